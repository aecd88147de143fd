"""Wizard flows: page order, skipping, validation and saving, without any screen.

The Qt wizards in ui/wizards/ only show a flow's pages and ask it what to do.
"""
