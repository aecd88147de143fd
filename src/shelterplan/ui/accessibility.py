"""What the whole application does for workers who need it: a visible focus ring, and
high contrast.

Focus: the style shows where the focus is on most controls (a coloured frame on a text
field, a frame round a button or a check box), but not on every one: an item view, a
text area, a flat button or the default button looks the same focused or not.
`install_focus_ring` puts one ring, in the palette's highlight colour, round whichever
control has the focus.

High contrast: followed from the platform (`QStyleHints.accessibility()`, Qt 6.10+), or
forced with SHELTERPLAN_HIGH_CONTRAST=1 (`dark` for light text on dark, `0` to turn the
platform's preference off). When it is on, colours the app paints itself (an overdue
date, a finished step) give way to the palette's text colour, and if the platform's
palette is not itself high contrast, the app's own high-contrast palette is applied.
"""

from __future__ import annotations

import os

from PySide6.QtCore import QEvent, QObject, QPoint, QRect, Qt
from PySide6.QtGui import QColor, QGuiApplication, QPainter, QPaintEvent, QPalette, QRegion
from PySide6.QtWidgets import QApplication, QLabel, QSplitter, QTabBar, QToolBar, QWidget
from shiboken6 import isValid

HIGH_CONTRAST_ENV = "SHELTERPLAN_HIGH_CONTRAST"
HIGH_CONTRAST_RATIO = 7.0  # WCAG AAA for text
RING_WIDTH = 2  # pixels inside the control's edge; one more is drawn outside it

_state = {"high_contrast": False}
_kept: dict[str, object] = {}


# --- contrast -----------------------------------------------------------------------------
def relative_luminance(colour: QColor) -> float:
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(colour.redF())
        + 0.7152 * channel(colour.greenF())
        + 0.0722 * channel(colour.blueF())
    )


def contrast_ratio(first: QColor, second: QColor) -> float:
    """The WCAG contrast ratio of two opaque colours, from 1 to 21."""
    light, dark = sorted((relative_luminance(first), relative_luminance(second)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def platform_wants_high_contrast(app: QGuiApplication) -> bool:
    """The platform's accessibility setting (False where Qt cannot tell)."""
    hints = app.styleHints()
    accessibility = getattr(hints, "accessibility", None)  # Qt 6.10 and later
    if accessibility is None:
        return False
    preference = accessibility().contrastPreference()
    return bool(preference == Qt.ContrastPreference.HighContrast)


def _forced() -> str:
    """SHELTERPLAN_HIGH_CONTRAST: "" or "auto" (follow the platform), "0" (off), "1",
    "light" or "dark" (on)."""
    value = os.environ.get(HIGH_CONTRAST_ENV, "").strip().lower()
    return "" if value == "auto" else value


def high_contrast_requested(app: QGuiApplication) -> bool:
    forced = _forced()
    if forced in ("0", "off", "no", "false"):
        return False
    if forced:
        return True
    return platform_wants_high_contrast(app)


def high_contrast() -> bool:
    """True while the application shows high contrast."""
    return _state["high_contrast"]


def palette_is_high_contrast(palette: QPalette) -> bool:
    role = QPalette.ColorRole
    pairs = ((role.Text, role.Base), (role.WindowText, role.Window), (role.ButtonText, role.Button))
    return all(
        contrast_ratio(palette.color(fg), palette.color(bg)) >= HIGH_CONTRAST_RATIO
        for fg, bg in pairs
    )


def high_contrast_palette(dark: bool = False) -> QPalette:
    """Black on white (or white on near-black), with every text pair at 7:1 or more."""
    role, group = QPalette.ColorRole, QPalette.ColorGroup
    if dark:
        colours = {
            role.Window: "#2b2b2b", role.WindowText: "#ffffff", role.Base: "#000000",
            role.AlternateBase: "#1e1e1e", role.Text: "#ffffff", role.Button: "#3c3c3c",
            role.ButtonText: "#ffffff", role.BrightText: "#ffffff", role.Highlight: "#ffd60a",
            role.HighlightedText: "#000000", role.Link: "#8ad4ff", role.LinkVisited: "#e0b0ff",
            role.ToolTipBase: "#000000", role.ToolTipText: "#ffffff",
            role.PlaceholderText: "#d0d0d0", role.Light: "#6a6a6a", role.Midlight: "#555555",
            role.Mid: "#9a9a9a", role.Dark: "#c8c8c8", role.Shadow: "#ffffff",
            role.Accent: "#ffd60a",
        }  # fmt: skip
        disabled = "#a8a8a8"
    else:
        colours = {
            role.Window: "#f0f0f0", role.WindowText: "#000000", role.Base: "#ffffff",
            role.AlternateBase: "#ebebeb", role.Text: "#000000", role.Button: "#e1e1e1",
            role.ButtonText: "#000000", role.BrightText: "#ffffff", role.Highlight: "#0b3d91",
            role.HighlightedText: "#ffffff", role.Link: "#0000c8", role.LinkVisited: "#551a8b",
            role.ToolTipBase: "#ffffff", role.ToolTipText: "#000000",
            role.PlaceholderText: "#3c3c3c", role.Light: "#ffffff", role.Midlight: "#d0d0d0",
            role.Mid: "#5a5a5a", role.Dark: "#3c3c3c", role.Shadow: "#000000",
            role.Accent: "#0b3d91",
        }  # fmt: skip
        disabled = "#545454"
    palette = QPalette()
    for colour_role, name in colours.items():
        palette.setColor(colour_role, QColor(name))
    for colour_role in (role.WindowText, role.Text, role.ButtonText):
        palette.setColor(group.Disabled, colour_role, QColor(disabled))
    return palette


def apply_contrast(app: QApplication, wanted: bool | None = None) -> bool:
    """Show high contrast if asked for (by `wanted`, else SHELTERPLAN_HIGH_CONTRAST, else
    the platform); returns whether it is on. Called at start, and again when the platform
    setting changes (views read their colours again when they next load)."""
    forced = _forced()
    if wanted is None:
        wanted = high_contrast_requested(app)
    _state["high_contrast"] = wanted
    if wanted and (forced or not palette_is_high_contrast(app.palette())):
        scheme = app.styleHints().colorScheme()
        dark = forced == "dark" or (forced != "light" and scheme == Qt.ColorScheme.Dark)
        set_palette(app, high_contrast_palette(dark))
    return wanted


def set_palette(app: QApplication, palette: QPalette) -> None:
    """The application's palette, on every widget already shown too: a widget with a
    style sheet keeps the palette it was polished with until its sheet is set again."""
    app.setPalette(palette)
    for window in app.topLevelWidgets():
        for widget in [window, *window.findChildren(QWidget)]:
            sheet = widget.styleSheet()
            if sheet:
                widget.setStyleSheet("")
                widget.setStyleSheet(sheet)


def follow_platform_contrast(app: QApplication) -> None:
    """Apply the platform's contrast setting now and whenever it changes."""
    apply_contrast(app)
    hints = app.styleHints()
    accessibility = getattr(hints, "accessibility", None)
    if accessibility is None or _forced():
        return
    watched = accessibility()
    _kept["hints"] = (hints, watched)  # the signal needs both wrappers alive

    def changed(_preference: object) -> None:
        if not apply_contrast(app):
            set_palette(app, QPalette())  # back to the platform's own palette

    watched.contrastPreferenceChanged.connect(changed)


def overdue_colour(palette: QPalette | None = None) -> QColor:
    """The colour of an overdue date: a red readable on light and dark palettes, or the
    palette's own text colour under high contrast (the word "Overdue" and a bold weight
    or icon always say it too: colour is never the only sign)."""
    palette = palette or QGuiApplication.palette()
    if high_contrast():
        return palette.color(QPalette.ColorRole.Text)
    base = palette.color(QPalette.ColorRole.Base)
    return QColor("#ff8a80") if base.lightnessF() < 0.5 else QColor("#b3261e")


def muted_colour(palette: QPalette | None = None) -> QColor:
    """Text that matters less (a finished step, a disabled account): the palette's
    placeholder colour, or its full text colour under high contrast."""
    palette = palette or QGuiApplication.palette()
    if high_contrast():
        return palette.color(QPalette.ColorRole.Text)
    return palette.color(QPalette.ColorRole.PlaceholderText)


# --- labels -------------------------------------------------------------------------------
def room_for_shortcuts(root: QWidget) -> None:
    """Labels with a shortcut letter under `root` get the room their words are drawn in.

    Qt draws the underlined letter apart from its neighbours, without kerning, but sizes
    the label as if kerned: the last letter is cut ("&To" shows "Tc"). Without kerning
    on such a label, its size and its drawing agree."""
    for label in root.findChildren(QLabel):
        if label.buddy() is not None and "&" in label.text().replace("&&", ""):
            font = label.font()
            if font.kerning():
                font.setKerning(False)
                label.setFont(font)


# --- focus --------------------------------------------------------------------------------
def reachable_by_tab(toolbar: QToolBar) -> list[QWidget]:
    """Let Tab stop at the buttons of `toolbar` (Qt's toolbars leave them out), so that
    the actions without a shortcut (Agency details, Mark as signed...) are reachable from
    the keyboard too. Call it once its actions are added; returns the buttons in order."""
    buttons: list[QWidget] = []
    for action in toolbar.actions():
        button = toolbar.widgetForAction(action)
        if button is not None and not action.isSeparator():
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
            buttons.append(button)
    return buttons


def needs_focus_ring(widget: QWidget | None) -> bool:
    """Every control but a tab bar (the style frames its current tab) and windows.

    The styles' own signs are faint or missing on many controls (Fusion: none on an item
    view, a text area or a flat button; on the default button, focused looks the same as
    not), so one ring, the same everywhere, says where the focus is."""
    if widget is None or widget.isWindow() or widget.parentWidget() is None:
        return False
    return not isinstance(widget, QTabBar)


class FocusRing(QWidget):
    """A ring in the highlight colour round the focused control, drawn above it (a
    sibling, so that the control's own painting cannot hide it)."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("focusRing")
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setAttribute(Qt.WidgetAttribute.WA_NoSystemBackground)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.target: QWidget | None = None

    def follow(self, widget: QWidget | None) -> None:
        if self.target is not None and isValid(self.target):
            self.target.removeEventFilter(self)
        self.target = widget if needs_focus_ring(widget) else None
        if self.target is None:
            self.hide()
            return
        self.target.installEventFilter(self)
        self.place()

    def place(self) -> None:
        target = self.target
        if target is None or not isValid(target):
            self.hide()
            return
        host = target.parentWidget()
        while isinstance(host, QSplitter) and host.parentWidget() is not None:
            host = host.parentWidget()  # a splitter makes every child a pane of its own
        if self.parentWidget() is not host:
            self.setParent(host)
        outside = 1
        where = QRect(target.mapTo(host, QPoint(0, 0)), target.size())
        self.setGeometry(where.adjusted(-outside, -outside, outside, outside))
        inner = self.rect().adjusted(*(RING_WIDTH + outside,) * 2, *(-(RING_WIDTH + outside),) * 2)
        self.setMask(QRegion(self.rect()) - QRegion(inner))
        self.raise_()
        self.setVisible(target.isVisible())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.target and event.type() in (
            QEvent.Type.Move,
            QEvent.Type.Resize,
            QEvent.Type.Show,
            QEvent.Type.Hide,
            QEvent.Type.ParentChange,
        ):
            self.place()
        return False

    def paintEvent(self, _event: QPaintEvent) -> None:
        target = self.target if self.target is not None and isValid(self.target) else self
        painter = QPainter(self)
        painter.fillRect(QRect(self.rect()), target.palette().color(QPalette.ColorRole.Highlight))
        painter.end()


class _RingKeeper(QObject):
    """Moves the ring to each newly focused control (a new ring if its parent is gone)."""

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self.setObjectName("focusRingKeeper")
        self.ring: FocusRing | None = None
        app.focusChanged.connect(self._focus_changed)

    def _focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        if self.ring is None or not isValid(self.ring):
            self.ring = FocusRing()
        self.ring.follow(new)


def install_focus_ring(app: QApplication) -> None:
    """From now on, a focused control the style does not frame gets a ring (once)."""
    if app.findChild(_RingKeeper, "focusRingKeeper") is None:
        _RingKeeper(app)


def uninstall_focus_ring(app: QApplication) -> None:
    """Take the ring away again (tests that must see the bare style)."""
    keeper = app.findChild(_RingKeeper, "focusRingKeeper")
    if keeper is None:
        return
    app.focusChanged.disconnect(keeper._focus_changed)
    if keeper.ring is not None and isValid(keeper.ring):
        keeper.ring.follow(None)
        keeper.ring.setParent(None)
        keeper.ring.deleteLater()
    keeper.setParent(None)
    keeper.deleteLater()
