"""The outcome figures as one CSV file with a section per figure, for a spreadsheet.

Layout: the report's title and filters (label, value) first; then for each figure a
blank line, its title, its definition, its header row and its rows (the same tables as
the PDF, `outcome_tables`). UTF-8 with a byte-order mark, so that Excel shows accents
right; CRLF line ends, as the CSV standard asks. Numbers are plain integers, medians
use the document language's decimal mark.

Bytes in memory only: the caller writes them (atomically) when the worker asks.
"""

from __future__ import annotations

import csv
import io

from shelterplan.core.outcomes import OutcomeFigures
from shelterplan.reports.outcome_tables import filter_lines, outcome_tables
from shelterplan.reports.terms import Terms

BOM = "\ufeff"


def outcomes_csv(figures: OutcomeFigures, language: str = "en") -> bytes:
    terms = Terms(language)
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow([terms.text("outcomes.title")])
    for label, value in filter_lines(figures, terms):
        writer.writerow([label, value])
    writer.writerow([terms.text("outcomes.as_of", date=terms.date(figures.today, short=True))])
    for table in outcome_tables(figures, terms):
        writer.writerow([])
        writer.writerow([table.title])
        writer.writerow([table.note])
        writer.writerow(table.header)
        writer.writerows(table.rows)
    return (BOM + out.getvalue()).encode("utf-8")
