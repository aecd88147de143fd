"""Printed plan documents (ReportLab, in memory). Filled in by the printing issue."""
