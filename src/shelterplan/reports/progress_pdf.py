"""Her progress page: `render_progress(ProgressPrint) -> RenderedPdf`, all in memory.

What she has achieved since the plan began, in her document language and in her own
voice ("My progress"), for her to keep: how many steps she completed and goals she
reached, each goal reached with its day, each step completed with its day and the goal
it was for, the goals she is still working on, and when we look at it together again.
Only what went well is listed. Like her take-home copy of the plan it carries no agency
address or phone and no safety notes; the PDF metadata names no one.
"""

from __future__ import annotations

from reportlab.platypus import Flowable, KeepTogether, Table

from shelterplan.core.progress import Progress
from shelterplan.reports.blocks import (
    Block,
    Sheet,
    data_table,
    gap,
    height_of,
    muted_note,
    with_heading,
)
from shelterplan.reports.look import (
    ACCENT,
    ACCENT_LIGHT,
    BODY_LARGE,
    BODY_NORMAL,
    PANEL,
    Ink,
    Metadata,
    Run,
    build_pdf,
    frame_height,
    frame_width,
    page_size,
    plain_page,
    styles,
)
from shelterplan.reports.model import ProgressPrint, RenderedPdf
from shelterplan.reports.terms import Terms

CHECK = "\u2713"  # ✓, in DejaVu Sans
BULLET = "\u2022"


def _counts(sh: Sheet, progress: Progress) -> list[Flowable]:
    """The two numbers first, large, in a calm shaded band (a count of 0 is left out)."""
    t, st = sh.terms, sh.st
    figures = []
    for count, one, other in (
        (len(progress.steps_done), "progress.count_steps_one", "progress.count_steps_other"),
        (len(progress.goals_reached), "progress.count_goals_one", "progress.count_goals_other"),
    ):
        if count:
            label = t.text(one if count == 1 else other)
            figures.append([sh.ink.para(st.title, str(count)), sh.ink.para(st.subsection, label)])
    if not figures:
        return []
    width = sh.width / len(figures)
    band = Table(
        [figures],
        colWidths=[width] * len(figures),
        hAlign="LEFT",
        spaceBefore=st.gap * 0.8,
        spaceAfter=st.gap * 0.4,
        style=[
            ("BACKGROUND", (0, 0), (-1, -1), PANEL),
            ("LINEBEFORE", (0, 0), (0, -1), 3, ACCENT),
            ("LINEBEFORE", (1, 0), (-1, -1), 0.6, ACCENT_LIGHT),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), st.body_size * 1.1),
            ("TOPPADDING", (0, 0), (-1, -1), st.body_size * 0.7),
            ("BOTTOMPADDING", (0, 0), (-1, -1), st.body_size * 0.9),
        ],
    )
    return [KeepTogether([band])]


def _goals_reached(sh: Sheet, progress: Progress) -> list[Flowable]:
    if not progress.goals_reached:
        return []
    t, st = sh.terms, sh.st
    blocks = []
    for goal in progress.goals_reached:
        lines = [sh.ink.para(st.goal, Run(CHECK + "  ", color=ACCENT), goal.in_her_words)]
        if goal.achieved_on is not None:
            when = t.text("progress.reached_on", date=t.date(goal.achieved_on))
            lines.append(sh.ink.para(st.body_muted, when))
        lead = sum(height_of(line, sh.width) for line in lines)
        blocks.append(Block([KeepTogether(lines)], lead))
    return with_heading(sh, t.text("progress.section_goals"), *blocks)


def _steps_done(sh: Sheet, progress: Progress) -> list[Flowable]:
    if not progress.steps_done:
        return []
    t = sh.terms
    columns = [
        (t.text("progress.step"), 5.0),
        (t.text("progress.for_goal"), 3.6),
        (t.text("progress.done_on"), 1.6),
    ]
    rows = [
        [
            sh.cell(Run(CHECK + " ", color=ACCENT), step.action),
            sh.cell(step.goal_words, style="cell_muted"),
            sh.cell(t.date(step.done_on, short=True)),
        ]
        for step in progress.steps_done
    ]
    table = data_table(sh, columns, rows, sh.width)
    return with_heading(sh, t.text("progress.section_steps"), table)


def _ongoing(sh: Sheet, progress: Progress) -> list[Flowable]:
    if not progress.goals_ongoing:
        return []
    st = sh.st
    lines = [
        sh.ink.para(st.body, Run(BULLET + "  ", color=ACCENT), words)
        for words in progress.goals_ongoing
    ]
    block = Block(lines, height_of(lines[0], sh.width))
    return with_heading(sh, sh.terms.text("progress.section_ongoing"), block)


def _next_time(sh: Sheet, progress: Progress) -> list[Flowable]:
    if progress.next_review_on is None:
        return []
    t = sh.terms
    text = t.text("progress.next_review", date=t.date(progress.next_review_on))
    note = sh.ink.para(sh.st.body, text)
    return with_heading(
        sh, t.text("progress.section_next"), Block([note], height_of(note, sh.width))
    )


def render_progress(p: ProgressPrint) -> RenderedPdf:
    """Her progress page as a PDF (bytes in memory), in `p.language`."""
    terms = Terms(p.language)
    st = styles(BODY_LARGE if p.large_print else BODY_NORMAL)
    page = plain_page(page_size(p.paper), st)
    ink = Ink()
    sh = Sheet(terms, st, ink, frame_width(page), frame_height(page))
    progress = p.progress

    story: list[Flowable] = [
        *sh.cell(terms.text("doc.progress_title"), style="title"),
        *sh.cell(progress.preferred_name, style="subtitle"),
        *sh.cell(terms.text("doc.printed_on", date=terms.date(p.printed_on)), style="meta"),
        gap(sh, 0.4),
    ]
    anything = progress.steps_done or progress.goals_reached
    if anything:
        since = terms.text("progress.intro", date=terms.date(progress.plan_began_on))
        story += sh.cell(since, style="body")
        story += _counts(sh, progress)
        story += sh.cell(
            Run(terms.text("progress.encourage"), bold=True, color=ACCENT), style="body"
        )
    else:
        story.append(muted_note(sh, terms.text("progress.nothing_yet")))
    story += _goals_reached(sh, progress)
    story += _steps_done(sh, progress)
    story += _ongoing(sh, progress)
    story += _next_time(sh, progress)

    def footer(page_number: int, pages: int) -> str:
        return terms.text("footer.page", page=page_number, pages=pages)

    ink.note(footer(0, 0))
    data, pages = build_pdf(
        story,
        page,
        Metadata(title=terms.text("doc.progress_title"), lang=terms.pdf_lang),
        footer,
    )
    return RenderedPdf(data=data, pages=pages, missing_characters=ink.missing())
