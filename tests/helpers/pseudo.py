"""Checks run under pseudo-localisation (every tr() string longer and in brackets).

`escaped` finds words a widget shows by itself that did not go through tr(); `clipped`
finds words a widget cannot show whole at its present size (a longer language would be
cut off); `shot` saves a screenshot in `screenshots/pseudo/`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QScrollArea,
    QSpinBox,
    QStyle,
    QStyleOptionGroupBox,
    QTabBar,
    QToolBar,
    QToolButton,
    QWidget,
)

from shelterplan.ui.translations import install_translators

SCREENSHOTS = Path(__file__).resolve().parents[2] / "screenshots" / "pseudo"


@contextmanager
def pseudo_language(app: QCoreApplication) -> Iterator[None]:
    """The pseudo translator installed for the duration (views built inside use it)."""
    installed = install_translators(app, "pseudo")
    try:
        yield
    finally:
        for translator in installed:
            app.removeTranslator(translator)


def own_texts(root: QWidget) -> list[tuple[str, str]]:
    """(widget class, text) for the words a widget shows by itself: labels, buttons,
    group titles, tabs, placeholders and tooltips (not the data of models or combos)."""
    found: list[tuple[str, str]] = []
    for widget in [root, *root.findChildren(QWidget)]:
        texts: list[str] = [widget.toolTip()]
        if isinstance(widget, QLabel | QAbstractButton):
            texts.append(widget.text())
        if isinstance(widget, QGroupBox):
            texts.append(widget.title())
        if isinstance(widget, QLineEdit):
            texts.append(widget.placeholderText())
        if isinstance(widget, QTabBar):
            texts += [widget.tabText(i) for i in range(widget.count())]
        found += [(type(widget).__name__, t) for t in texts if re.search("[A-Za-z]{2}", t)]
    return found


def spoken_texts(root: QWidget) -> list[tuple[str, str]]:
    """(widget class, text) for the other words of a screen: names and descriptions a
    screen reader says, window titles, the choices of combo boxes, spin box words and
    the column titles of tables (combo choices may be data: names, services)."""
    found: list[tuple[str, str]] = []
    for widget in [root, *root.findChildren(QWidget)]:
        texts = [widget.accessibleName(), widget.accessibleDescription()]
        if widget.isWindow():
            texts.append(widget.windowTitle())
        if isinstance(widget, QComboBox):
            texts += [widget.itemText(i) for i in range(widget.count())]
        if isinstance(widget, QAbstractSpinBox):
            texts.append(widget.specialValueText())
        if isinstance(widget, QSpinBox):
            texts += [widget.prefix(), widget.suffix()]
        if isinstance(widget, QHeaderView) and widget.model() is not None and widget.isVisible():
            model, across = widget.model(), widget.orientation()
            count = widget.count()
            texts += [str(model.headerData(i, across) or "") for i in range(count)]
        found += [(type(widget).__name__, t) for t in texts if re.search("[A-Za-z]{2}", t)]
    return found


# The letters the pseudo translator accents: a word of the screen holding one of them
# unaccented did not go through it.
_ACCENTABLE = re.compile("[aceginorstuyzACEGINORSTUYZ]")
# Dates and times as the screen shows them ("23 Nov 2026", "09:30"), shortcuts, markup
# and entities: not words to translate.
_NOT_WORDS = re.compile(r"\b\d{1,2}:\d{2}\b|\b(?:Ctrl|Shift|Alt|Meta)\+\S*|<[^>]*>|&[a-z]+;|&#\d+;")
Allowed = tuple[str | re.Pattern[str], ...]


def _calendar_words() -> list[str]:
    """Month and day names in the locale in use: dates are data, not words to translate."""
    locale, kinds = QLocale(), (QLocale.FormatType.LongFormat, QLocale.FormatType.ShortFormat)
    months = [locale.monthName(m, k) for m in range(1, 13) for k in kinds]
    days = [locale.dayName(d, k) for d in range(1, 8) for k in kinds]
    return sorted(set(months + days), key=len, reverse=True)


def untranslated(text: str, allowed: Allowed = ()) -> str:
    """The words of `text` that did not go through tr(), once the `allowed` data, dates,
    shortcuts and markup are taken out ("" when there are none). Under the pseudo
    translator every translated word is accented, so an unaccented English word is one
    that escaped, whether alone or inside a translated sentence ("[Šâvéd {0} ~~]" filled
    with an English word)."""
    rest = text
    for data in allowed:
        rest = data.sub(" ", rest) if isinstance(data, re.Pattern) else rest.replace(data, " ")
    rest = _NOT_WORDS.sub(" ", rest)
    for word in _calendar_words():
        rest = re.sub(rf"\b{re.escape(word)}\b", " ", rest)
    words = [w for w in re.findall("[A-Za-z]{2,}", rest) if _ACCENTABLE.search(w)]
    return " ".join(words)


def escaped(root: QWidget, allowed: Allowed = (), spoken: bool = False) -> list[str]:
    """Texts, or parts of texts, that did not go through the (pseudo) translator: they
    lack its brackets. `allowed` are pieces of data (names, goals typed by the worker)
    that may show, alone or inside a translated sentence; `spoken` also looks at the
    words of `spoken_texts`."""
    texts = own_texts(root) + (spoken_texts(root) if spoken else [])
    return [f"{kind}: {text!r}" for kind, text in texts if untranslated(text, allowed)]


def _shown(widget: QWidget, root: QWidget) -> bool:
    return widget is root or widget.isVisibleTo(root)


def _name(widget: QWidget, text: str) -> str:
    return " ".join(filter(None, (type(widget).__name__, widget.objectName(), repr(text[:40]))))


def _on_bar(bar: QToolBar, action: QAction) -> bool:
    button = bar.widgetForAction(action)
    return (
        action.isSeparator()
        or not action.isVisible()
        or (button is not None and button.isVisibleTo(bar))
    )


def _plain(text: str) -> str:
    return re.sub(r"&(.)", r"\1", text)


def clipped(root: QWidget) -> list[str]:
    """Words that do not fit: a shown one-line label, button, group title, tab or an
    empty field's placeholder is narrower than its text needs, a wrapped label is
    shorter than its lines need, a tab bar hides tabs behind its scroll arrows, a
    toolbar hides actions behind » or a form in a scroll area must be scrolled sideways."""
    found: list[str] = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not _shown(widget, root) or widget.width() <= 0:
            continue
        if isinstance(widget, QLabel) and widget.text() and widget.wordWrap():
            need = widget.heightForWidth(widget.width())
            if widget.height() < need:
                text = widget.text()
                found.append(f"{_name(widget, text)}: height {widget.height()} < {need}")
        elif isinstance(widget, QLabel) and widget.text():
            if widget.pixmap() is None or widget.pixmap().isNull():
                need = widget.minimumSizeHint().width()
                if widget.width() < need:
                    found.append(f"{_name(widget, widget.text())}: {widget.width()} < {need}")
        elif isinstance(widget, QLineEdit) and widget.placeholderText() and not widget.text():
            pad = 12 + (24 if widget.isClearButtonEnabled() else 0)
            need = widget.fontMetrics().horizontalAdvance(widget.placeholderText()) + pad
            if widget.width() < need:
                text = widget.placeholderText()
                found.append(f"{_name(widget, text)}: placeholder {widget.width()} < {need}")
        elif isinstance(widget, QScrollArea) and widget.widget() is not None:
            inner, room = widget.widget(), widget.viewport().width()
            if inner.isVisibleTo(widget) and inner.width() > room:
                found.append(f"{_name(widget, '')} scrolls sideways: {room} < {inner.width()}")
        elif isinstance(widget, QToolBar):
            more = widget.findChild(QToolButton, "qt_toolbar_ext_button")
            if more is not None and more.isVisibleTo(widget):
                hidden = [a.text() for a in widget.actions() if not _on_bar(widget, a)]
                found.append(f"toolbar {widget.objectName()!r} hides {hidden}")
        elif isinstance(widget, QAbstractButton) and widget.text():
            if isinstance(widget.parent(), QTabBar):
                continue  # a tab bar's scroll arrows
            need = widget.minimumSizeHint().width()
            if widget.width() < need:
                found.append(f"{_name(widget, widget.text())}: {widget.width()} < {need}")
        elif isinstance(widget, QGroupBox) and widget.title():
            option = QStyleOptionGroupBox()
            widget.initStyleOption(option)
            title = widget.style().subControlRect(
                QStyle.ComplexControl.CC_GroupBox,
                option,
                QStyle.SubControl.SC_GroupBoxLabel,
                widget,
            )
            need = widget.fontMetrics().horizontalAdvance(_plain(widget.title()))
            if title.width() < need or title.right() > widget.width():
                found.append(f"{_name(widget, widget.title())}: title {title.width()} < {need}")
        elif isinstance(widget, QTabBar):
            for index in range(widget.count()):
                rect = widget.tabRect(index)
                need = widget.fontMetrics().horizontalAdvance(_plain(widget.tabText(index)))
                if rect.width() < need or rect.right() > widget.width() or rect.left() < 0:
                    text = widget.tabText(index)
                    found.append(f"tab {text[:40]!r}: {rect.width()} < {need} or out of view")
    return found


def shot(widget: QWidget, name: str) -> Path:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    QApplication.processEvents()
    path = SCREENSHOTS / f"{name}.png"
    assert widget.grab().save(str(path)), path
    return path
