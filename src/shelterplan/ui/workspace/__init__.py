"""The case workspace: one tab per part of the case file."""
