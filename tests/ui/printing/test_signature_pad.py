"""The signature pad records strokes in 0..1 of the pad's width, from mouse, pen or finger.

One unit for both axes (the pad's width), so a signature keeps its proportions in print.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QPointingDevice, QTabletEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from shelterplan.ui.printing.signature_pad import SignatureField, SignaturePad
from tests.ui.printing.drawing import draw


@pytest.fixture
def pad(qtbot) -> SignaturePad:  # type: ignore[no-untyped-def]
    widget = SignaturePad()
    qtbot.addWidget(widget)
    widget.resize(400, 200)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_a_mouse_stroke_is_recorded_normalised(qtbot, pad):
    assert pad.is_empty()
    with qtbot.waitSignal(pad.changed):
        draw(pad, [(40, 100), (100, 120), (200, 60), (360, 150)])
    (stroke,) = pad.strokes()
    assert stroke[0] == pytest.approx((0.1, 0.25), abs=0.01)  # 400 x 200: y runs to 0.5
    assert stroke[-1] == pytest.approx((0.9, 0.375), abs=0.01)
    assert len(stroke) == 4
    assert all(0.0 <= x <= 1.0 and 0.0 <= y <= 1.0 for x, y in stroke)
    assert not pad.is_empty()


def test_strokes_stay_inside_the_pad_and_scale_with_it(qtbot, pad):
    draw(pad, [(200, 100), (500, 300)])  # dragged out past the corner
    (stroke,) = pad.strokes()
    assert stroke[-1] == (1.0, 0.5)  # the bottom-right corner of a 400 x 200 pad
    before = pad.strokes()
    pad.resize(800, 200)
    assert pad.strokes() == before  # stored relative to the pad, drawn at any size
    pad.grab()
    # The drawing keeps its proportions: 400 pixels a unit, centred in the wider pad.
    draw(pad, [(200 + 40, 100), (200 + 80, 100)])
    assert pad.strokes()[-1][0] == pytest.approx((0.1, 0.25), abs=0.005)


def test_a_square_stays_square(qtbot, pad):
    draw(pad, [(100, 50), (200, 50), (200, 150), (100, 150), (100, 50)])
    (stroke,) = pad.strokes()
    xs, ys = [x for x, _ in stroke], [y for _, y in stroke]
    assert max(xs) - min(xs) == pytest.approx(max(ys) - min(ys), abs=0.005)


def test_a_tap_is_kept_as_a_tiny_stroke(qtbot, pad):
    draw(pad, [(100, 50)])
    (dot,) = pad.strokes()
    assert len(dot) == 2
    assert dot[0] == pytest.approx((0.25, 0.125), abs=0.01)
    assert abs(dot[1][0] - dot[0][0]) < 0.01 and dot[1][1] == dot[0][1]


def test_several_strokes_and_clear(qtbot, pad):
    draw(pad, [(20, 20), (80, 80)])
    draw(pad, [(120, 20), (180, 80)])
    assert len(pad.strokes()) == 2
    with qtbot.waitSignal(pad.changed):
        pad.clear()
    assert pad.is_empty()
    assert pad.strokes() == ()


def test_the_right_button_draws_nothing(qtbot, pad):
    QTest.mousePress(pad, Qt.MouseButton.RightButton, Qt.KeyboardModifier.NoModifier, QPoint(5, 5))
    QTest.mouseRelease(
        pad, Qt.MouseButton.RightButton, Qt.KeyboardModifier.NoModifier, QPoint(9, 9)
    )
    assert pad.is_empty()


def test_a_finger_draws_one_stroke(qtbot, pad):
    device = QTest.createTouchDevice()
    QTest.touchEvent(pad, device).press(0, QPoint(40, 40)).commit()
    QTest.touchEvent(pad, device).move(0, QPoint(120, 80)).commit()
    QTest.touchEvent(pad, device).move(0, QPoint(200, 120)).commit()
    QTest.touchEvent(pad, device).release(0, QPoint(200, 120)).commit()
    (stroke,) = pad.strokes()  # (touch points may land a pixel or two off)
    assert stroke[0] == pytest.approx((0.1, 0.1), abs=0.02)
    assert stroke[-1] == pytest.approx((0.5, 0.3), abs=0.02)


def test_a_pen_draws_one_stroke(qtbot, pad):
    pen = QPointingDevice.primaryPointingDevice()

    def send(kind, x: float, y: float, buttons) -> None:  # type: ignore[no-untyped-def]
        local = QPointF(x, y)
        event = QTabletEvent(
            kind,
            pen,
            local,
            QPointF(pad.mapToGlobal(local)),
            0.5,
            0.0,
            0.0,
            0.0,
            0.0,
            0.0,
            Qt.KeyboardModifier.NoModifier,
            Qt.MouseButton.LeftButton,
            buttons,
        )
        QApplication.sendEvent(pad, event)

    left, none = Qt.MouseButton.LeftButton, Qt.MouseButton.NoButton
    send(QTabletEvent.Type.TabletPress, 80, 100, left)
    send(QTabletEvent.Type.TabletMove, 160, 60, left)
    send(QTabletEvent.Type.TabletRelease, 240, 100, none)
    (stroke,) = pad.strokes()
    assert stroke[0] == pytest.approx((0.2, 0.25), abs=0.01)
    assert stroke[-1] == pytest.approx((0.6, 0.25), abs=0.01)


def test_the_field_clears_from_the_keyboard(qtbot):
    field = SignatureField(accessible_name="Client: signature drawn on screen")
    qtbot.addWidget(field)
    field.show()
    qtbot.waitExposed(field)
    assert field.pad.minimumWidth() >= 360 and field.pad.minimumHeight() >= 120
    assert not field.clear_button.isEnabled()  # nothing to clear yet
    draw(field.pad, [(20, 20), (100, 60)])
    assert field.clear_button.isEnabled()
    field.clear_button.setFocus()
    with qtbot.waitSignal(field.changed):
        QTest.keyClick(field.clear_button, Qt.Key.Key_Space)
    assert field.is_empty()
    assert field.clear_button.accessibleName().startswith("Clear the signature")
