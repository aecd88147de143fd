"""Her safety plan: discreet, neutral, pocket-sized when asked."""

from __future__ import annotations

import io
from datetime import date

import pytest
from pypdf import PdfReader

from shelterplan.reports.model import PaperSize, SafetyPrint
from shelterplan.reports.safety_pdf import render_safety_plan
from tests.helpers.plan_samples import AGENCY, page_texts, pdf_text, sample_safety

HEADINGS = {
    "en": ["Signs to watch for", "Places I can go", "People I can call", "Things to keep ready"],
    "fr": ["Signes à surveiller", "Endroits où je peux aller", "Personnes que je peux appeler"],
    "es": ["Señales a tener en cuenta", "Lugares a donde puedo ir", "Mis hijas e hijos"],
}
TITLES = {"en": "My notes", "fr": "Mes notes", "es": "Mis notas"}


@pytest.mark.parametrize("language", ["en", "fr", "es"])
def test_the_safety_plan_is_discreet(language: str) -> None:
    pdf = render_safety_plan(sample_safety(language))
    text = pdf_text(pdf.data)
    assert text.startswith(TITLES[language])
    for heading in HEADINGS[language]:
        assert heading in text
    for revealing in (AGENCY.name, AGENCY.address or "", AGENCY.phone or "", "Maison Horizon"):
        assert revealing not in text
    lowered = text.lower()
    for word in ("violence", "abuse", "shelter", "violencia", "refugio", "hébergement"):
        assert word not in lowered
    metadata = PdfReader(io.BytesIO(pdf.data)).metadata
    assert metadata is not None
    assert metadata.title == TITLES[language]
    assert metadata.author == "shelterplan"
    assert not metadata.subject
    assert b"/Subtype /Image" not in pdf.data


def test_her_line_breaks_are_kept() -> None:
    pages = page_texts(render_safety_plan(sample_safety("en")).data)
    assert "Emergency: 911 Help line (24/7): 1-800-555-0199" in pages[0]
    raw = PdfReader(io.BytesIO(render_safety_plan(sample_safety("en")).data)).pages[0]
    assert "Emergency: 911\nHelp line" in raw.extract_text()


def test_the_agreed_word_prints_only_when_there_is_one() -> None:
    with_word = pdf_text(render_safety_plan(sample_safety("fr")).data)
    without = pdf_text(render_safety_plan(sample_safety("fr", code_word=False)).data)
    assert "Notre mot convenu" in with_word and "Tarte aux bleuets" in with_word
    assert "Notre mot convenu" not in without


def test_empty_sections_are_left_out() -> None:
    text = pdf_text(render_safety_plan(sample_safety("en")).data)
    assert "At work" not in text  # the sample leaves that section empty
    empty = SafetyPrint(sections={}, language="es", printed_on=date(2026, 11, 23))
    assert "Todavía no hay nada escrito." in pdf_text(render_safety_plan(empty).data)


def test_the_pocket_card_is_small_and_may_run_to_several_pages() -> None:
    card = render_safety_plan(sample_safety("es", pocket_card=True))
    reader = PdfReader(io.BytesIO(card.data))
    for page in reader.pages:
        assert (round(page.mediabox.width), round(page.mediabox.height)) == (252, 360)
    assert card.pages == len(reader.pages) >= 2
    for number, text in enumerate(page_texts(card.data), start=1):
        assert f"Página {number} de {card.pages}" in text
    assert "Pastel de arándanos" in pdf_text(card.data)
    large = render_safety_plan(sample_safety("es", pocket_card=True, large_print=True))
    assert large.pages >= card.pages
    body = PdfReader(io.BytesIO(large.data)).pages[0].get_contents()
    assert body is not None and b" 11 Tf" in body.get_data()


def test_letter_and_a4() -> None:
    for paper, size in ((PaperSize.LETTER, (612, 792)), (PaperSize.A4, (595, 842))):
        page = PdfReader(io.BytesIO(render_safety_plan(sample_safety(paper=paper)).data)).pages[0]
        assert (round(page.mediabox.width), round(page.mediabox.height)) == size


def test_missing_characters_are_reported_and_output_is_repeatable() -> None:
    plan = sample_safety("en")
    plan.sections["safe_places"] = "ᓀᐦᐃᔭᐍᐏᐣ's place 🏠"
    first = render_safety_plan(plan)
    assert first.missing_characters == {"🏠"}
    assert "ᓀᐦᐃᔭᐍᐏᐣ's place" in pdf_text(first.data)
    assert render_safety_plan(plan).data == first.data
