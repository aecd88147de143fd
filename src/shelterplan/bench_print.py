"""Benchmark of the printed plan (DESIGN.md §7): 10 goals and 60 steps, budget 100 ms.

Three figures, each a median over `repeat` runs after a warm-up:
- the app's generator as the Print dialog calls it: plan read from the encrypted store,
  story built, pages laid out with the footer, PDF bytes;
- the renderer alone (plan already read);
- the bare ReportLab build of the same story (`SimpleDocTemplate`, default canvas, no
  footer or page count), the physical limit: the ratio is generator / bare build.
"""

from __future__ import annotations

import io
import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass

from reportlab.platypus import SimpleDocTemplate

from shelterplan.core.actors import actor_named
from shelterplan.reports.model import PlanPrint
from shelterplan.reports.plan_pdf import plan_story, render_plan
from shelterplan.reports.printing import plan_print, render_case_plan
from shelterplan.store.casestore import CaseStore

BUDGET_MS = 100.0


@dataclass(frozen=True)
class PrintFigures:
    generator_ms: float
    renderer_ms: float
    bare_build_ms: float
    pages: int
    kilobytes: float

    @property
    def ratio(self) -> float:
        return self.generator_ms / self.bare_build_ms


def _median_ms(action: Callable[[], object], repeat: int) -> float:
    action()
    samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        action()
        samples.append((time.perf_counter() - start) * 1000)
    return statistics.median(samples)


def _bare_build_ms(p: PlanPrint, repeat: int) -> float:
    """Only `build()` is timed; a fresh story each run (flowables are used up by a build)."""
    samples = []
    for _ in range(repeat + 1):
        built = plan_story(p)
        doc = SimpleDocTemplate(io.BytesIO(), pagesize=built.page.size, invariant=1)
        start = time.perf_counter()
        doc.build(built.story)
        samples.append((time.perf_counter() - start) * 1000)
    return statistics.median(samples[1:])


def measure(store: CaseStore, worker: str, case_id: str, repeat: int) -> PrintFigures:
    with store.session() as session:
        actor = actor_named(session, worker)
    last: list[bytes] = []

    def generator() -> None:
        with store.session() as session:
            last[:] = [render_case_plan(session, actor, case_id).data]

    generator_ms = _median_ms(generator, repeat)
    with store.session() as session:
        printed = plan_print(session, actor, case_id)
    rendered = render_plan(printed)
    return PrintFigures(
        generator_ms=generator_ms,
        renderer_ms=_median_ms(lambda: render_plan(printed), repeat),
        bare_build_ms=_bare_build_ms(printed, repeat),
        pages=rendered.pages,
        kilobytes=len(last[0]) / 1024,
    )


def report(figures: PrintFigures, out: Callable[[str], None]) -> None:
    verdict = "OK" if figures.generator_ms <= BUDGET_MS else "over"
    out(f"\nplan PDF, 10 goals / 60 steps ({figures.pages} pages, {figures.kilobytes:.0f} KB)")
    out(
        f"{'app generator (store to bytes)':<36} {figures.generator_ms:>8.1f} ms"
        f"  budget {BUDGET_MS:g} ms  {verdict}"
    )
    out(f"{'renderer only':<36} {figures.renderer_ms:>8.1f} ms")
    out(f"{'bare ReportLab build, same story':<36} {figures.bare_build_ms:>8.1f} ms")
    out(f"{'ratio generator / bare build':<36} {figures.ratio:>8.2f}")
