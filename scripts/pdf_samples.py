"""Render the sample documents and turn their pages into PNGs to look at.

    /tmp/venv/bin/python scripts/pdf_samples.py [--out screenshots/pdf] [--dpi 60]

Writes, from the synthetic sample plan (tests/helpers/plan_samples.py): the plan's
agency copy, take-home copy and large print in English, French and Spanish, and the
safety plan on letter paper and as a pocket card, as PDFs and as one PNG per page
(`pdftoppm -png`, from poppler-utils). The output folder is git-ignored; only invented
data is ever written there.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "src")]

from tests.helpers.plan_samples import (  # noqa: E402
    SIGNATURE_STROKES,
    sample_plan,
    sample_safety,
)

from shelterplan.reports.model import Audience, RenderedPdf  # noqa: E402
from shelterplan.reports.plan_pdf import render_plan  # noqa: E402
from shelterplan.reports.safety_pdf import render_safety_plan  # noqa: E402


def _samples() -> dict[str, Callable[[], RenderedPdf]]:
    from datetime import date

    from shelterplan.reports.model import SignatoryRole, SignatureBlock

    signed = (
        SignatureBlock(
            SignatoryRole.CLIENT, "Éloïse Bélanger-Côté", date(2026, 11, 23), SIGNATURE_STROKES
        ),
        SignatureBlock(SignatoryRole.WORKER, "Marie Tremblay", date(2026, 11, 23)),
        SignatureBlock(SignatoryRole.SUPERVISOR, "Nadia Ouellet"),
    )
    samples: dict[str, Callable[[], RenderedPdf]] = {}
    for language in ("en", "fr", "es"):
        samples[f"plan-{language}-full"] = lambda lang=language: render_plan(sample_plan(lang))
        samples[f"plan-{language}-take-home"] = lambda lang=language: render_plan(
            sample_plan(lang, audience=Audience.TAKE_HOME)
        )
        samples[f"plan-{language}-large"] = lambda lang=language: render_plan(
            sample_plan(lang, audience=Audience.TAKE_HOME, large_print=True)
        )
        samples[f"safety-{language}-letter"] = lambda lang=language: render_safety_plan(
            sample_safety(lang)
        )
        samples[f"safety-{language}-pocket"] = lambda lang=language: render_safety_plan(
            sample_safety(lang, pocket_card=True)
        )
    samples["plan-en-signed"] = lambda: render_plan(
        sample_plan("en", signatures=signed, signed=True)
    )
    return samples


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "screenshots" / "pdf")
    parser.add_argument("--dpi", type=int, default=60)
    args = parser.parse_args(argv)
    pdftoppm = shutil.which("pdftoppm")
    if pdftoppm is None:
        print("pdftoppm is missing (Debian: poppler-utils); PDFs only.", file=sys.stderr)
    args.out.mkdir(parents=True, exist_ok=True)
    for old in args.out.glob("*.p*"):
        old.unlink()
    samples = _samples()
    next(iter(samples.values()))()  # fonts and date formats load once, before timing
    for name, render in samples.items():
        started = time.perf_counter()
        pdf = render()
        took = (time.perf_counter() - started) * 1000
        path = args.out / f"{name}.pdf"
        path.write_bytes(pdf.data)
        missing = "".join(sorted(pdf.missing_characters)) or "-"
        print(f"{name:28} {pdf.pages:2} pages {took:7.1f} ms  missing: {missing}")
        if pdftoppm:
            subprocess.run(
                [pdftoppm, "-png", "-r", str(args.dpi), str(path), str(args.out / name)],
                check=True,
            )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
