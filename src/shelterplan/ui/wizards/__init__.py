"""Qt wizards: each page shows one page of a core flow and asks the flow what to do."""
