"""Printing and signing: preview a PDF held in memory, print it, save a copy on request,
and record who signed the printed plan (on paper, optionally also drawn on screen).

Nothing here touches the database: callers hand in bytes and a render callback, and get
back plain values (`PrintChoice`, `RenderedPdf`, `SignatureBlock`).
"""
