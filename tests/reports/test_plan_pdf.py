"""The printed case plan, read back from the PDF bytes with pypdf."""

from __future__ import annotations

import builtins
import io
import logging
import os
import re
from datetime import date
from typing import Any

import pytest
from PIL import Image
from pypdf import PdfReader
from reportlab.pdfbase.pdfmetrics import stringWidth

from shelterplan.reports.fonts import Face, register_fonts
from shelterplan.reports.model import (
    Agency,
    Audience,
    PaperSize,
    PlanPrint,
    SignatoryRole,
    SignatureBlock,
)
from shelterplan.reports.plan_pdf import render_plan, short_fingerprint
from tests.helpers.plan_samples import (
    AGENCY,
    FINGERPRINT,
    SIGNATURE_STROKES,
    big_plan,
    page_texts,
    pdf_text,
    sample_plan,
    sample_snapshot,
)

# What each language prints for the sample (literals: the test knows the conventions).
EXPECTED = {
    "en": {
        "title": "Case plan",
        "goal": "A safe apartment of my own, for me and my two children.",
        "step": "Fill in the social housing application",
        "due": "Dec 4, 2026",
        "target": "June 30, 2027",
        "appointment": "Dec 2, 2026, 10:30 a.m.",
        "signature": ["Signatures", "Client", "Worker", "Name", "Signature", "Date"],
        "review": "December 14, 2026",
    },
    "fr": {
        "title": "Plan de cas",
        "goal": "Un appartement sécuritaire à moi, pour moi et mes deux enfants.",
        "step": "Remplir la demande de logement social",
        "due": "4 déc. 2026",
        "target": "30 juin 2027",
        "appointment": "2 déc. 2026 à 10 h 30",
        "signature": ["Signatures", "Participante", "Intervenante", "Nom", "Signature"],
        "review": "14 décembre 2026",
    },
    "es": {
        "title": "Plan de caso",
        "goal": "Un departamento seguro propio, para mí y mis dos hijos.",
        "step": "Completar la solicitud de vivienda social",
        "due": "4 dic 2026",
        "target": "30 de junio de 2027",
        "appointment": "2 dic 2026, 10:30",
        "signature": ["Firmas", "Participante", "Trabajadora", "Nombre", "Firma", "Fecha"],
        "review": "14 de diciembre de 2026",
    },
}


def _hidden_texts(snapshot: dict[str, Any]) -> list[str]:
    """The words of every item kept off her copy (and of what hangs under it)."""
    texts = []
    for goal in snapshot["goals"]:
        if goal["not_for_client"] or goal["parent_id"] == "g-legal":
            texts.append(goal["in_her_words"])
            texts += [step["action"] for step in goal["steps"]]
        texts += [step["action"] for step in goal["steps"] if step["not_for_client"]]
    texts += [r["service"] for r in snapshot["referrals"] if r["not_for_client"]]
    return texts


@pytest.mark.parametrize("language", ["en", "fr", "es"])
def test_the_plan_prints_goals_steps_dates_and_signatures(language: str) -> None:
    expected = EXPECTED[language]
    text = pdf_text(render_plan(sample_plan(language)).data)
    for key in ("title", "goal", "step", "due", "target", "appointment", "review"):
        assert expected[key] in text, key
    for label in expected["signature"]:
        assert label in text, label
    assert "Éloïse Bélanger-Côté" in text
    assert "Marie Tremblay" in text


@pytest.mark.parametrize("language", ["en", "fr", "es"])
def test_the_take_home_copy_keeps_agency_details_and_hidden_items_out(language: str) -> None:
    snapshot = sample_snapshot(language)
    full = pdf_text(render_plan(sample_plan(language)).data)
    take_home = pdf_text(render_plan(sample_plan(language, audience=Audience.TAKE_HOME)).data)
    notes = snapshot["safety_notes"]
    agency_only = [
        AGENCY.address or "",
        AGENCY.phone or "",
        notes["safe_times"],
        notes["do_not_tell"],
        *_hidden_texts(snapshot),
    ]
    for text in agency_only:
        assert text in full, text
        assert text not in take_home, text
    # Her copy still has the agency's name, her goals and the services on her side.
    assert AGENCY.name in take_home
    assert EXPECTED[language]["goal"] in take_home
    assert "Centre Nouvelle Étape" in take_home


def test_the_full_copy_flags_what_is_not_on_her_copy() -> None:
    full = pdf_text(render_plan(sample_plan("en")).data)
    take_home = pdf_text(render_plan(sample_plan("en", audience=Audience.TAKE_HOME)).data)
    assert "Not on her copy" in full
    assert "Not on her copy" not in take_home
    assert "Safety notes (agency copy only)" in full
    assert "Agency copy" in full and "Personal copy" in take_home


@pytest.mark.parametrize(
    ("language", "title"), [("en", "Case plan"), ("fr", "Plan de cas"), ("es", "Plan de caso")]
)
def test_metadata_is_neutral(language: str, title: str) -> None:
    data = render_plan(sample_plan(language, preferred_name="Begoña Muñoz Ibáñez")).data
    metadata = PdfReader(io.BytesIO(data)).metadata
    assert metadata is not None
    assert metadata.title == title
    assert metadata.author == "shelterplan"
    assert metadata.creator == "shelterplan"
    assert not metadata.subject
    assert not metadata.get("/Keywords")
    everything = " ".join(str(value) for value in metadata.values())
    for word in ("Begoña", "Muñoz", "Marie", "Tremblay", AGENCY.name):
        assert word not in everything


@pytest.mark.parametrize("name", ["ᓀᐦᐃᔭᐍᐏᐣ", "Éloïse Bélanger-Côté", "Begoña Muñoz Ibáñez"])
def test_names_in_any_script_the_font_has_survive(name: str) -> None:
    pdf = render_plan(sample_plan("fr", preferred_name=name))
    assert name in pdf_text(pdf.data)
    assert pdf.missing_characters == frozenset()


def test_characters_the_font_lacks_are_reported_not_dropped() -> None:
    pdf = render_plan(sample_plan("en", preferred_name="Wang Fang 王芳 🙂"))
    assert pdf.missing_characters == {"王", "芳", "🙂"}
    assert "Wang Fang" in pdf_text(pdf.data)


def test_missing_characters_count_every_printed_field() -> None:
    plan = sample_plan("en")
    plan.snapshot["goals"][0]["steps"][0]["instructions"] = "Bring 📄 the form"
    plan.snapshot["referrals"][0]["hours"] = "9–5 ☎"  # ☎ is in DejaVu Sans
    assert render_plan(plan).missing_characters == {"📄"}


def test_same_input_gives_the_same_bytes() -> None:
    first = render_plan(sample_plan("fr", signed=True))
    second = render_plan(sample_plan("fr", signed=True))
    assert first.data == second.data
    assert first.sha256 == second.sha256


def test_signed_blocks_print_names_dates_and_strokes() -> None:
    blocks = (
        SignatureBlock(SignatoryRole.CLIENT, "Begoña Muñoz Ibáñez", date(2026, 11, 23)),
        SignatureBlock(SignatoryRole.WORKER, "Marie Tremblay", date(2026, 11, 24)),
        SignatureBlock(SignatoryRole.SUPERVISOR, "Nadia Ouellet"),
    )
    pdf = render_plan(sample_plan("es", signatures=blocks, signed=True))
    text = pdf_text(pdf.data)
    for expected in (
        "Begoña Muñoz Ibáñez",
        "23 de noviembre de 2026",
        "24 de noviembre de 2026",
        "Supervisora",
        "Nadia Ouellet",
        "Firmado el 24 de noviembre de 2026",
    ):
        assert expected in text, expected

    drawn = (
        SignatureBlock(SignatoryRole.CLIENT, "Begoña", date(2026, 11, 23), SIGNATURE_STROKES),
        *blocks[1:],
    )
    with_strokes = render_plan(sample_plan("es", signatures=drawn, signed=True))
    last = PdfReader(io.BytesIO(with_strokes.data)).pages[-1].get_contents()
    assert last is not None
    line_ops = re.findall(rb"[\d.]+ [\d.]+ l\b", last.get_data())
    assert len(line_ops) >= sum(len(stroke) - 1 for stroke in SIGNATURE_STROKES)


def test_an_unsigned_plan_prints_empty_lines_to_sign_on() -> None:
    text = pdf_text(render_plan(sample_plan("en")).data)
    assert "Signed on" not in text
    assert text.count("Signature") >= 3  # the heading, then one line per block


def test_every_page_is_numbered_out_of_the_total() -> None:
    pdf = render_plan(big_plan())
    pages = page_texts(pdf.data)
    assert pdf.pages == len(pages) > 5
    code = short_fingerprint(FINGERPRINT)
    assert code == "3f9a 1c07 be52"
    for number, text in enumerate(pages, start=1):
        assert f"Version 7 · fingerprint {code} · Page {number} of {pdf.pages}" in text


def test_large_print_takes_more_pages() -> None:
    normal = render_plan(sample_plan("en"))
    large = render_plan(sample_plan("en", large_print=True))
    assert large.pages > normal.pages
    assert EXPECTED["en"]["step"] in pdf_text(large.data)


def test_a_plan_with_no_goals_yet_still_prints() -> None:
    snapshot = sample_snapshot("fr")
    snapshot.update(goals=[], referrals=[], people=[], next_review_on=None)
    plan = PlanPrint(snapshot, FINGERPRINT, 1, "fr", date(2026, 11, 23))
    text = pdf_text(render_plan(plan).data)
    assert "Aucun objectif n'est encore inscrit." in text
    for absent in ("Services et références", "Réseau de soutien", "Prochaine révision"):
        assert absent not in text
    assert "Signatures" in text


def test_paper_size_follows_the_setting() -> None:
    letter = PdfReader(io.BytesIO(render_plan(sample_plan("en")).data)).pages[0]
    a4 = PdfReader(io.BytesIO(render_plan(sample_plan("en", paper=PaperSize.A4)).data)).pages[0]
    assert (round(letter.mediabox.width), round(letter.mediabox.height)) == (612, 792)
    assert (round(a4.mediabox.width), round(a4.mediabox.height)) == (595, 842)


def _logo() -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (240, 80), (43, 100, 104)).save(buffer, format="PNG")
    return buffer.getvalue()


def test_the_agency_logo_is_printed_and_a_broken_one_is_skipped(
    caplog: pytest.LogCaptureFixture,
) -> None:
    def plan_with(logo: bytes) -> PlanPrint:
        base = sample_plan("en", preferred_name="Begoña Muñoz Ibáñez")
        agency = Agency(AGENCY.name, AGENCY.address, AGENCY.phone, logo)
        return PlanPrint(**{**base.__dict__, "agency": agency})

    with_logo = render_plan(plan_with(_logo()))
    assert b"/Subtype /Image" in with_logo.data
    with caplog.at_level(logging.WARNING):
        broken = render_plan(plan_with(b"not an image"))
    assert b"/Subtype /Image" not in broken.data
    assert AGENCY.name in pdf_text(broken.data)
    assert "Begoña" not in caplog.text


def _text_right_edges(data: bytes) -> list[tuple[str, float, float]]:
    """(text, right edge, page width) for every run of text drawn."""
    register_fonts()
    faces = {"DejaVuSans": Face.REGULAR, "DejaVuSans-Bold": Face.BOLD}
    faces["DejaVuSans-Oblique"] = Face.OBLIQUE
    found: list[tuple[str, float, float]] = []
    for page in PdfReader(io.BytesIO(data)).pages:
        width = float(page.mediabox.width)

        def visit(
            text: str, cm: Any, tm: Any, font: Any, size: float, width: float = width
        ) -> None:
            text = text.rstrip("\n")
            if not text.strip() or not font:
                return
            face = faces[str(font["/BaseFont"]).split("+")[-1]]
            right = cm[4] + tm[4] + stringWidth(text, face.value, size)
            found.append((text, right, width))

        page.extract_text(visitor_text=visit)
    return found


def test_long_text_wraps_inside_the_page() -> None:
    plan = sample_plan("es", paper=PaperSize.A4)
    goal = plan.snapshot["goals"][1]  # an intermediate goal: indented, narrower
    goal["in_her_words"] = "Quiero " + "unbuentrabajoestableparamí" * 6
    step = goal["steps"][0]
    step["action"] = "Llamar " + "x" * 120
    step["instructions"] = ("Ir a la oficina con los papeles y preguntar por Ana. " * 120).strip()
    step["appointment_place"] = "Oficina " + "muylejos" * 20
    plan.snapshot["people"][0]["name"] = "Nombre" * 30
    for large in (False, True):
        data = render_plan(PlanPrint(**{**plan.__dict__, "large_print": large})).data
        assert "Ir a la oficina con los papeles" in pdf_text(data)
        for text, right, width in _text_right_edges(data):
            assert right <= width - 20, (text, right, width)
        # The cut step goes on under its table's header at the top of the next pages,
        # never under a header repeated in the middle of a page.
        header = "Paso Quién Fecha límite" if not large else "Paso Llamar"
        for page in page_texts(data):
            if "preguntar por Ana" in page:
                before = page[: page.rfind("preguntar por Ana")]
                assert before.count(header) <= 1, before[:300]


def test_nothing_is_read_or_written_on_disk_while_rendering(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    register_fonts()
    render_plan(sample_plan("fr"))  # caches warm

    def refuse(*args: Any, **kwargs: Any) -> Any:
        raise AssertionError("a file was opened while rendering")

    monkeypatch.setattr(builtins, "open", refuse)
    monkeypatch.setattr(io, "open", refuse)
    monkeypatch.setattr(os, "open", refuse)
    pdf = render_plan(sample_plan("fr", large_print=True, audience=Audience.TAKE_HOME))
    assert pdf.data.startswith(b"%PDF")


RENDERING_MODULES = (
    "__init__",
    "blocks",
    "flowtable",
    "fonts",
    "look",
    "plan_pdf",
    "plan_sections",
    "plan_view",
    "safety_pdf",
    "signatures",
    "terms",
)


def test_the_renderers_have_no_qt_and_no_file_writes() -> None:
    from pathlib import Path

    import shelterplan.reports as package

    folder = Path(package.__file__).parent
    for name in RENDERING_MODULES:
        source = (folder / f"{name}.py").read_text(encoding="utf-8")
        assert "PySide6" not in source and "QtCore" not in source, name
        assert "write_bytes" not in source and "open(" not in source, name
