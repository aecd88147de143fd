"""Her progress page: what she achieved, in her language, warm, and nothing about the agency.

The pages are also written as PNGs in screenshots/review/ (git-ignored) to look at.
"""

from __future__ import annotations

import io
import shutil
import subprocess
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader

from shelterplan.core import agency, cases, planning, reviews
from shelterplan.core.actors import actor_named
from shelterplan.core.progress import GoalReached, Progress, StepDone
from shelterplan.core.reviews import GoalDecision
from shelterplan.reports import printing
from shelterplan.reports.model import ProgressPrint
from shelterplan.reports.progress_pdf import render_progress
from shelterplan.reports.terms import Terms
from shelterplan.store.casestore import CaseStore
from shelterplan.store.models import AuditEvent
from tests.conftest import ADMIN
from tests.helpers.plan_samples import page_texts, pdf_text

TODAY = date(2026, 11, 23)
OPENED = TODAY - timedelta(days=75)
SHOTS = Path(__file__).resolve().parents[2] / "screenshots" / "review"
AGENCY_NAME, ADDRESS, PHONE = (
    "Maison Horizon",
    "1200, rue des Érables, Trois-Rivières",
    "819-555-0100",
)
SAFE_PHONE, DO_NOT_TELL = "438-555-0177", "son ex-conjoint et sa famille"

# Her words, per document language: (goal reached, step done, step done, goal ongoing,
# step missed, step left off her copy).
WORDS = {
    "en": ("A steady income to pay the rent", "Apply for social assistance",
           "Open a bank account", "A flat of my own near my daughter's school",
           "Bring the papers", "Call the legal clinic about custody"),
    "fr": ("Un revenu stable pour payer le loyer", "Demander l'aide sociale",
           "Ouvrir un compte bancaire", "Un logement à moi, près de l'école de ma fille",
           "Apporter les papiers", "Appeler la clinique juridique pour la garde"),
    "es": ("Un ingreso estable para pagar el alquiler", "Solicitar la ayuda social",
           "Abrir una cuenta bancaria", "Un piso propio cerca de la escuela de mi hija",
           "Llevar los papeles", "Llamar a la clínica jurídica por la custodia"),
}  # fmt: skip
NAMES = {"en": "Jasmine Lee", "fr": "Éloïse Bélanger-Côté", "es": "Begoña Ruiz"}
TITLES = {"en": "My progress", "fr": "Mes progrès", "es": "Mis avances"}
COUNTS = {
    "en": ("2 steps completed", "1 goal reached"),
    "fr": ("2 étapes réalisées", "1 objectif atteint"),
    "es": ("2 pasos realizados", "1 meta lograda"),
}


@dataclass
class Reviewed:
    case_id: str
    language: str


def _reviewed_case(store: CaseStore, language: str) -> Reviewed:
    reached, first, second, ongoing, missed, hidden = WORDS[language]
    with store.session() as session:
        actor = actor_named(session, ADMIN)
        agency.set_agency_details(session, actor, name=AGENCY_NAME, address=ADDRESS, phone=PHONE)
        client = cases.NewClient(
            NAMES[language],
            document_language=language,
            safe_phone=SAFE_PHONE,
            do_not_tell=DO_NOT_TELL,
        )
        case = cases.open_new_case(session, actor, client, opened_on=OPENED)
        home = planning.add_goal(session, actor, case.id, ongoing, domain="housing")
        income = planning.add_goal(
            session, actor, case.id, reached, "intermediate", home.id, "income"
        )
        for action, status, day in (
            (first, "done", OPENED + timedelta(days=12)),
            (second, "done", TODAY - timedelta(days=6)),
            (missed, "missed", TODAY - timedelta(days=20)),
            (hidden, "done", TODAY - timedelta(days=2)),
        ):
            step = planning.add_step(session, actor, income.id, action, due_on=day)
            planning.record_step_outcome(session, actor, step.id, status, "ok", day)
            step.not_for_client = action == hidden
        reviews.apply_review(
            session,
            actor,
            case.id,
            next_review_on=TODAY + timedelta(days=28),
            summary="ok",
            decisions=[
                GoalDecision(income.id, "achieved", "achieved"),
                GoalDecision(home.id, "keep"),
            ],
            held_on=TODAY,
        )
        return Reviewed(case.id, language)


def _render(store: CaseStore, reviewed: Reviewed, **options: object):  # type: ignore[no-untyped-def]
    with store.session() as session:
        actor = actor_named(session, ADMIN)
        found = printing.progress_print(session, actor, reviewed.case_id, today=TODAY, **options)  # type: ignore[arg-type]
    return found, render_progress(found)


def _png(name: str, data: bytes) -> None:
    """Pages as PNGs to look at (pdftoppm -png -r 60), when poppler is installed."""
    pdftoppm = shutil.which("pdftoppm")
    if pdftoppm is None:
        return
    SHOTS.mkdir(parents=True, exist_ok=True)
    pdf = SHOTS / f"{name}.pdf"
    pdf.write_bytes(data)
    subprocess.run([pdftoppm, "-png", "-r", "60", str(pdf), str(SHOTS / name)], check=True)


@pytest.mark.parametrize("language", ["en", "fr", "es"])
def test_her_progress_in_her_language(store, language):
    reviewed = _reviewed_case(store, language)
    found, pdf = _render(store, reviewed)
    assert found.language == language  # her document language, by default
    reached, first, second, ongoing, missed, hidden = WORDS[language]
    text = pdf_text(pdf.data)
    terms = Terms(language)
    assert text.startswith(TITLES[language] + " " + NAMES[language])
    for expected in (
        reached,
        terms.text("progress.reached_on", date=terms.date(TODAY)),
        first,
        terms.date(OPENED + timedelta(days=12), short=True),
        second,
        terms.date(TODAY - timedelta(days=6), short=True),
        ongoing,
        terms.text("progress.next_review", date=terms.date(TODAY + timedelta(days=28))),
        terms.text("progress.intro", date=terms.date(OPENED)),
        *COUNTS[language],
    ):
        assert " ".join(expected.split()) in text, expected
    assert text.index(first) < text.index(second)  # in the order she did them
    for absent in (missed, hidden, AGENCY_NAME, ADDRESS, PHONE, SAFE_PHONE, DO_NOT_TELL):
        assert absent not in text  # only what went well; nothing about the agency or safety
    assert pdf.missing_characters == frozenset()
    metadata = PdfReader(io.BytesIO(pdf.data)).metadata
    assert metadata is not None and metadata.title == TITLES[language]
    assert NAMES[language] not in str(dict(metadata))
    _png(f"progress-{language}", pdf.data)


def test_another_language_and_large_print(store):
    reviewed = _reviewed_case(store, "fr")
    _found, normal = _render(store, reviewed, language="es")
    assert "Mis avances" in pdf_text(normal.data)
    _found, large = _render(store, reviewed, large_print=True)
    assert large.pages >= normal.pages
    body = PdfReader(io.BytesIO(large.data)).pages[0].get_contents()
    assert body is not None and b" 16 Tf" in body.get_data()
    for number, text in enumerate(page_texts(large.data), start=1):
        assert f"Page {number} de {large.pages}" in text
    _png("progress-fr-large", large.data)


def test_nothing_yet_is_said_kindly():
    empty = Progress("Zoé", "en", OPENED, (), (), ("A safe place to live",), None)
    text = pdf_text(render_progress(ProgressPrint(empty, "en", TODAY)).data)
    assert "The first steps are still ahead of me." in text
    assert "A safe place to live" in text
    assert "steps completed" not in text and "Goals I have reached" not in text


def test_a_long_record_runs_over_pages_and_is_repeatable():
    steps = tuple(
        StepDone(f"s{n}", f"Step number {n} of a long journey", OPENED + timedelta(days=n), "Home")
        for n in range(60)
    )
    goals = tuple(GoalReached(f"g{n}", f"Goal {n}", None, TODAY) for n in range(8))
    many = ProgressPrint(Progress("Zoé", "en", OPENED, goals, steps, (), None), "en", TODAY)
    first = render_progress(many)
    assert first.pages >= 2
    assert render_progress(many).data == first.data
    text = pdf_text(first.data)
    assert "Step number 59 of a long journey" in text and "60 steps completed" in text
    _png("progress-en-long", first.data)


def test_printing_it_is_audited_by_case_id_only(store):
    reviewed = _reviewed_case(store, "en")
    with store.session() as session:
        actor = actor_named(session, ADMIN)
        printing.record_output(session, actor, reviewed.case_id, "progress.print")
        printing.record_output(session, actor, reviewed.case_id, "progress.save_pdf")
        last = session.query(AuditEvent).order_by(AuditEvent.sequence.desc()).limit(2).all()
    assert [(e.action, e.record_type, e.record_id) for e in reversed(last)] == [
        ("progress.print", "case", reviewed.case_id),
        ("progress.save_pdf", "case", reviewed.case_id),
    ]
