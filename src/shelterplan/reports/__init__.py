"""Printed documents: the case plan and the discreet safety plan.

Built with ReportLab into bytes in memory (nothing is written to disk), in the
document's own language (English, French or Spanish), byte for byte the same for the
same input. Entry points: `plan_pdf.render_plan` and `safety_pdf.render_safety_plan`;
the inputs and the result are the plain values in `model`.
"""
