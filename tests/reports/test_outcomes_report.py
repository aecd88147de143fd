"""The outcome report as PDF (read back with pypdf) and CSV (read back with csv): the
figures and their words in en/fr/es, no client named; PNG renders in
screenshots/outcomes-pdf/ to look at."""

from __future__ import annotations

import csv
import io
import shutil
import subprocess
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from shelterplan.core.actors import actor_named
from shelterplan.core.outcomes import OutcomeFigures, OutcomeFilter, outcome_figures
from shelterplan.core.periods import Granularity
from shelterplan.reports.outcomes_csv import outcomes_csv
from shelterplan.reports.outcomes_pdf import render_outcomes
from shelterplan.reports.terms import Terms
from shelterplan.store.casestore import CaseStore
from shelterplan.store.models import Client, Note, Service, Worker
from tests.conftest import ADMIN
from tests.helpers.content import write_everything
from tests.helpers.outcomes import TODAY, outcome_store, supervisor_name

PNGS = Path(__file__).resolve().parents[2] / "screenshots" / "outcomes-pdf"


@pytest.fixture
def figures(store: CaseStore) -> OutcomeFigures:
    outcome_store(store, clients=150, seed=11)
    with store.session() as session:
        write_everything(session, ADMIN)
        actor = actor_named(session, supervisor_name(store))
        return outcome_figures(session, actor, OutcomeFilter.default(TODAY), TODAY)


def _pdf_text(data: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)


def _client_words(store: CaseStore) -> list[str]:
    """Clients' names and the start of every note (a client's first name that is also
    a worker's or a service's is left out: those are printed)."""
    with store.session() as session:
        staff = " ".join(session.scalars(select(Worker.name)))
        staff += " ".join(session.scalars(select(Service.name)))
        words = [n for n in session.scalars(select(Client.preferred_name)) if len(n) > 3]
        words = [n for n in words if n not in staff]
        words += [b[:30] for b in session.scalars(select(Note.body))]
    return words


@pytest.mark.parametrize("language", ["en", "fr", "es"])
def test_the_pdf_holds_every_figure_and_no_client(figures, store, language):
    document = render_outcomes(figures, language, agency_name="Maison Synthétique")
    assert document.missing_characters == frozenset()
    text = _pdf_text(document.data)
    terms = Terms(language)
    for key in ("title", "active_cases", "overdue_steps", "goals_achieved", "housing_days"):
        assert terms.text(f"outcomes.{key}") in text, key
    assert terms.text("outcomes.referrals") in text
    assert terms.text("outcomes.reviews") in text
    pages = len(PdfReader(io.BytesIO(document.data)).pages)
    assert terms.text("footer.page", page=pages, pages=pages) in text
    for worker in figures.active_cases:
        assert worker.worker_name in text
    assert str(figures.active_cases_total) in text
    for word in _client_words(store):
        assert word not in text, word
    for canary in ("CANARYPreferred", "CANARYLegal", "CANARYNote", "CANARYLongGoal"):
        assert canary not in text
    metadata = PdfReader(io.BytesIO(document.data)).metadata
    assert metadata is not None and metadata.title == terms.text("outcomes.title")


def test_the_pdf_is_deterministic(figures):
    assert render_outcomes(figures, "en").data == render_outcomes(figures, "en").data


def test_the_csv_round_trips_through_the_csv_module(figures):
    data = outcomes_csv(figures, "en")
    assert data.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"))))
    assert rows[0] == ["Outcome report"]
    start = rows.index(["Active cases per worker"])
    header = rows[start + 2]
    assert header == ["Worker", "Cases"]
    body = rows[start + 3 : start + 3 + len(figures.active_cases) + 1]
    assert body[:-1] == [[w.worker_name, str(w.count)] for w in figures.active_cases]
    assert body[-1] == ["All cases (each once)", str(figures.active_cases_total)]
    goals = rows.index(["Goals achieved by domain"])
    assert rows[goals + 2][1:-1] == [
        d.strftime("%b %Y") for d in (b.first for b in figures.buckets)
    ]
    assert "CANARY" not in data.decode("utf-8-sig").replace("CANARYServiceQZX", "")


@pytest.fixture
def by_quarter(figures: OutcomeFigures, store: CaseStore) -> OutcomeFigures:
    with store.session() as session:
        actor = actor_named(session, supervisor_name(store))
        f = OutcomeFilter(TODAY.replace(year=TODAY.year - 2, day=1), TODAY, None, None)
        f = OutcomeFilter(f.start, f.end, granularity=Granularity.QUARTER)
        return outcome_figures(session, actor, f, TODAY)


def test_png_renders_of_the_report(figures, by_quarter):
    """Renders each language and quarters; look at them in screenshots/outcomes-pdf/."""
    pdftoppm = shutil.which("pdftoppm")
    if pdftoppm is None:
        pytest.skip("pdftoppm (poppler-utils) is not installed")
    PNGS.mkdir(parents=True, exist_ok=True)
    for old in PNGS.glob("*.png"):
        old.unlink()
    for name, data in (
        ("outcomes-en", render_outcomes(figures, "en", agency_name="Maison Synthétique").data),
        ("outcomes-fr", render_outcomes(figures, "fr", agency_name="Maison Synthétique").data),
        ("outcomes-es-quarters", render_outcomes(by_quarter, "es").data),
    ):
        pdf = PNGS / f"{name}.pdf"
        pdf.write_bytes(data)
        subprocess.run([pdftoppm, "-png", "-r", "60", str(pdf), str(PNGS / name)], check=True)
    assert len(list(PNGS.glob("outcomes-en-*.png"))) >= 3
