"""The embedded font: what it can print, and what would print as a box."""

from __future__ import annotations

from shelterplan.reports.fonts import Face, missing_characters, register_fonts


def test_registering_twice_is_harmless() -> None:
    register_fonts()
    register_fonts()


def test_latin_accents_and_canadian_syllabics_are_covered() -> None:
    for text in ("Éloïse Bélanger-Côté", "Begoña Muñoz Ibáñez", "ᓀᐦᐃᔭᐍᐏᐣ", "œ « » ’ – · ¿¡"):
        assert missing_characters(text) == frozenset(), text
        assert missing_characters(text, Face.BOLD) == frozenset(), text


def test_characters_without_a_glyph_are_reported() -> None:
    assert missing_characters("Wang 王 Fang 🙂") == {"王", "🙂"}


def test_spacing_and_control_characters_are_not_reported() -> None:
    assert missing_characters("a\nb\tc\r\u00a0d\u202fe\x00") == frozenset()
