"""Draw a signature on screen with a mouse, a pen or a finger.

Strokes are points in 0..1, x to the right and y downwards, measured in the pad's longer
side (its width): x spans 0..1 across the pad and y spans 0..height/width down it. One
unit for both axes keeps the signature's proportions, which is what the PDF renderer
expects (it fits the drawing into its box without stretching it). The frame is fixed by
the first stroke, so the drawing scales with the pad when it is resized and later strokes
land where they are drawn. A tap without movement is kept as a tiny stroke (the dot over
an i), so that every renderer draws it.
"""

from __future__ import annotations

import math
from collections.abc import Iterable

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QEventPoint,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPen,
    QTabletEvent,
    QTouchEvent,
)
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from shelterplan.reports.model import Stroke

DOT_LENGTH = 0.004  # a tap becomes a stroke this long (in pad widths)
Frame = tuple[float, float]  # the pad's width and height in units of its longer side
MIN_STEP_PX = 1.0  # points closer than this to the last one add nothing
BASELINE = 0.74  # the line to sign on, as a fraction of the height
MARGIN = 0.05  # the baseline's inset from the sides
DIGITS = 4  # enough for a 4000-pixel pad; keeps stored snapshots small

INK = QColor(20, 30, 90)
LINE = QColor(150, 150, 150)
HINT = QColor(95, 95, 95)  # "Sign here" on the white pad: 6.4:1, readable


class SignaturePad(QWidget):
    """A white pad to sign on. `changed` fires when a stroke ends and on `clear()`."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("signaturePad")
        self.setAccessibleName(self.tr("Signature pad"))
        self.setAccessibleDescription(
            self.tr("Draw the signature with the mouse, a pen or a finger.")
        )
        self.setMinimumSize(360, 120)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAttribute(Qt.WidgetAttribute.WA_AcceptTouchEvents)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.setCursor(Qt.CursorShape.CrossCursor)
        self._strokes: list[list[tuple[float, float]]] = []
        self._frame: Frame | None = None  # set by the first stroke, forgotten by clear()
        self._drawing: str | None = None  # "mouse", "tablet" or "touch" while a stroke goes
        self._touch_id: int | None = None

    def sizeHint(self) -> QSize:
        return QSize(420, 130)

    # --- the signature --------------------------------------------------------------------
    def strokes(self) -> tuple[Stroke, ...]:
        """The finished strokes: points (x, y) in 0..1 of the pad's width, y downwards."""
        finished = self._strokes[:-1] if self._drawing else self._strokes
        return tuple(_finished(stroke) for stroke in finished if stroke)

    def is_empty(self) -> bool:
        return not self.strokes()

    def set_strokes(self, strokes: Iterable[Stroke]) -> None:
        """Show a signature drawn before (points in 0..1, as `strokes()` gives them)."""
        self._strokes = [[(float(x), float(y)) for x, y in stroke] for stroke in strokes if stroke]
        self._frame = self._size_frame() if self._strokes else None
        self._drawing = None
        self._touch_id = None
        self.update()
        self.changed.emit()

    def clear(self) -> None:
        had_strokes = bool(self._strokes)
        self._strokes = []
        self._frame = None
        self._drawing = None
        self._touch_id = None
        self.update()
        if had_strokes:
            self.changed.emit()

    # --- drawing --------------------------------------------------------------------------
    def _begin(self, source: str, position: QPointF) -> None:
        if self._drawing is not None:
            self._end()
        if not self._strokes:
            self._frame = self._size_frame()
        self._drawing = source
        self._strokes.append([self._normalised(position)])
        self.update()

    def _extend(self, source: str, position: QPointF) -> None:
        if self._drawing != source:
            return
        stroke = self._strokes[-1]
        point = self._normalised(position)
        last_x, last_y = stroke[-1]
        scale, _left, _top = self._mapping()
        if math.hypot(point[0] - last_x, point[1] - last_y) * scale >= MIN_STEP_PX:
            stroke.append(point)
            self.update()

    def _end(self, source: str | None = None, position: QPointF | None = None) -> None:
        if self._drawing is None or (source is not None and self._drawing != source):
            return
        if position is not None:
            self._extend(self._drawing, position)
        self._drawing = None
        self._touch_id = None
        self.update()
        self.changed.emit()

    def _cancel(self) -> None:
        if self._drawing is not None:
            self._strokes.pop()
        self._drawing = None
        self._touch_id = None
        self.update()

    def _size_frame(self) -> Frame:
        width, height = max(self.width(), 1), max(self.height(), 1)
        longer = max(width, height)
        return width / longer, height / longer

    def _mapping(self) -> tuple[float, float, float]:
        """Pixels per unit and the frame's top-left corner in the pad (centred)."""
        frame_w, frame_h = self._frame or self._size_frame()
        width, height = max(self.width(), 1), max(self.height(), 1)
        scale = min(width / frame_w, height / frame_h)
        return scale, (width - frame_w * scale) / 2, (height - frame_h * scale) / 2

    def _normalised(self, position: QPointF) -> tuple[float, float]:
        frame_w, frame_h = self._frame or self._size_frame()
        scale, left, top = self._mapping()
        x = min(max((position.x() - left) / scale, 0.0), frame_w)
        y = min(max((position.y() - top) / scale, 0.0), frame_h)
        return round(x, DIGITS), round(y, DIGITS)

    # --- input events ---------------------------------------------------------------------
    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self._drawing is None:
            self._begin("mouse", event.position())
            event.accept()
        else:
            event.ignore()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._drawing == "mouse" and event.buttons() & Qt.MouseButton.LeftButton:
            self._extend("mouse", event.position())
            event.accept()
        else:
            event.ignore()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self._drawing == "mouse":
            self._end("mouse", event.position())
            event.accept()
        else:
            event.ignore()

    def tabletEvent(self, event: QTabletEvent) -> None:
        kind = event.type()
        if kind == QEvent.Type.TabletPress:
            self._begin("tablet", event.position())
        elif kind == QEvent.Type.TabletMove:
            self._extend("tablet", event.position())
        elif kind == QEvent.Type.TabletRelease:
            self._end("tablet", event.position())
        event.accept()  # accepted: Qt does not also send the same stroke as mouse events

    def event(self, event: QEvent) -> bool:
        kind = event.type()
        if kind in (QEvent.Type.TouchBegin, QEvent.Type.TouchUpdate, QEvent.Type.TouchEnd):
            assert isinstance(event, QTouchEvent)
            self._touch(event)
            event.accept()
            return True
        if kind == QEvent.Type.TouchCancel:
            self._cancel()
            event.accept()
            return True
        return super().event(event)

    def _touch(self, event: QTouchEvent) -> None:
        """One finger draws; a second finger on the pad is ignored."""
        for point in event.points():
            state = point.state()
            if self._touch_id is None and state == QEventPoint.State.Pressed:
                self._begin("touch", point.position())
                self._touch_id = point.id()
            elif point.id() != self._touch_id:
                continue
            elif state == QEventPoint.State.Released:
                self._end("touch", point.position())
            else:
                self._extend("touch", point.position())

    # --- painting -------------------------------------------------------------------------
    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = QRectF(self.rect())
        painter.fillRect(rect, Qt.GlobalColor.white)
        painter.setPen(QPen(LINE, 1))
        painter.drawRect(rect.adjusted(0.5, 0.5, -0.5, -0.5))
        left, right = rect.width() * MARGIN, rect.width() * (1 - MARGIN)
        baseline = rect.height() * BASELINE
        painter.drawLine(QPointF(left, baseline), QPointF(right, baseline))
        if not self._strokes:
            self._paint_hint(painter, left, baseline)
        ink = QPen(INK, max(2.0, rect.height() / 55.0))
        ink.setCapStyle(Qt.PenCapStyle.RoundCap)
        ink.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        painter.setPen(ink)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        for stroke in self._strokes:
            painter.drawPath(self._path(stroke))
        painter.end()

    def _paint_hint(self, painter: QPainter, left: float, baseline: float) -> None:
        font = self.font()
        font.setPointSizeF(font.pointSizeF() * 1.15)
        painter.setFont(font)
        painter.setPen(HINT)
        metrics = painter.fontMetrics()
        cross = "×"
        painter.drawText(QPointF(left, baseline - metrics.descent() - 4), cross)
        painter.drawText(
            QPointF(left, baseline + metrics.ascent() + 4),
            self.tr("Sign here"),
        )

    def _path(self, stroke: list[tuple[float, float]]) -> QPainterPath:
        scale, left, top = self._mapping()
        points = _finished(stroke)
        path = QPainterPath(QPointF(left + points[0][0] * scale, top + points[0][1] * scale))
        for x, y in points[1:]:
            path.lineTo(left + x * scale, top + y * scale)
        return path


def _finished(stroke: list[tuple[float, float]]) -> Stroke:
    """The stroke as stored: a lone point becomes a tiny stroke so that it prints."""
    if len(stroke) > 1:
        return tuple(stroke)
    x, y = stroke[0]
    end = x + DOT_LENGTH if x + DOT_LENGTH <= 1.0 else x - DOT_LENGTH
    return ((x, y), (round(end, DIGITS), y))


class SignatureField(QWidget):
    """A signature pad with a Clear button beside it (the button is keyboard-reachable)."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None, accessible_name: str = "") -> None:
        super().__init__(parent)
        self.setObjectName("signatureField")
        self.pad = SignaturePad()
        if accessible_name:
            self.pad.setAccessibleName(accessible_name)
        self.clear_button = QPushButton(self.tr("Clear"))
        self.clear_button.setObjectName("clearSignature")
        self.clear_button.setAccessibleName(
            self.tr("Clear the signature: {0}").format(self.pad.accessibleName())
            if accessible_name
            else self.tr("Clear the signature")
        )
        self.clear_button.setToolTip(self.tr("Clear the signature and start again"))
        self.clear_button.setAutoDefault(False)
        self.clear_button.clicked.connect(self.clear)
        self.pad.changed.connect(self._on_changed)

        buttons = QVBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.clear_button)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.pad, 1)
        layout.addLayout(buttons)
        self.setFocusProxy(self.clear_button)
        self._on_changed(emit=False)

    def strokes(self) -> tuple[Stroke, ...]:
        return self.pad.strokes()

    def is_empty(self) -> bool:
        return self.pad.is_empty()

    def clear(self) -> None:
        self.pad.clear()

    def set_strokes(self, strokes: Iterable[Stroke]) -> None:
        self.pad.set_strokes(strokes)

    def _on_changed(self, emit: bool = True) -> None:
        self.clear_button.setEnabled(not self.pad.is_empty())
        if emit:
            self.changed.emit()
