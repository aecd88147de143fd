"""Domain rules and use cases of case planning. Plain Python: no Qt widgets here."""
