"""The Safety plan tab: what she will watch for, where she will go, whom she will call.

The sections are grouped the way the conversation usually goes and laid out as plain
labelled boxes, because this is filled in with a frightened woman, not for a form's sake.
The code word stays off the screen (and out of the widget) until the worker presses
"Show"; that fetch is audited. Untouched, it is not sent back on save, so it cannot be
overwritten by accident.

Unsaved changes are never dropped silently: `clear()` (called on a lock and when another
case opens) first saves them. The main window may call `save()` itself before locking
and check `has_unsaved_changes()`; if the save in `clear()` fails, `save_failed` says why
(in words free of client data) after the text is wiped, because a lock must always hide.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QResizeEvent, QShortcut
from PySide6.QtWidgets import (
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from shelterplan.core import safety_plan
from shelterplan.core.safety_plan import SafetyPlanView
from shelterplan.errors import ShelterplanError
from shelterplan.ui.context import Desk
from shelterplan.ui.error_text import error_text
from shelterplan.ui.vocab_labels import date_text

FEWEST_LINES, MOST_LINES = 3, 12  # an editor grows with its text between these


class SectionEditor(QPlainTextEdit):
    """A section's text box, as tall as its text (wrapped) within a calm range, so the
    page reads like a document instead of a stack of scrolling boxes."""

    def __init__(self) -> None:
        super().__init__()
        self.setTabChangesFocus(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.textChanged.connect(self.fit)
        self.fit()

    def fit(self) -> None:
        lines = int(self.document().size().height())  # laid-out lines, wraps included
        shown = min(max(lines + 1, FEWEST_LINES), MOST_LINES)  # a free line invites writing
        padding = 2 * (self.frameWidth() + int(self.document().documentMargin())) + 2
        self.setFixedHeight(shown * self.fontMetrics().lineSpacing() + padding)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit()  # a new width wraps the text differently


class SafetyTab(QWidget):
    saved = Signal(str)  # the plan's id
    save_failed = Signal(str)  # why unsaved changes could not be kept when clearing
    print_requested = Signal()  # print her safety plan (discreet, or as a pocket card)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("safetyTab")
        self._desk: Desk | None = None
        self._case_id: str | None = None
        self._dirty = False
        self._filling = False  # text set by the tab itself is not an edit
        self._code_word_fetched = False  # the editor holds the stored word (or there is none)
        self._has_stored_code_word = False
        self._editable = False  # no case yet
        self._has_plan = False
        self._code_word_changed = False
        self.editors: dict[str, QPlainTextEdit] = {}

        self.title = QLabel(self.tr("Safety plan"))
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.title.setFont(font)
        self.reviewed_label = QLabel()
        self.reviewed_label.setObjectName("safetyReviewed")
        self.review_button = QPushButton(self.tr("Reviewed with her &today"))
        self.review_button.setToolTip(
            self.tr("Record that you went over the plan with her and it still holds.")
        )
        self.review_button.clicked.connect(self.mark_reviewed)
        self.save_button = QPushButton(self.tr("Sa&ve"))
        self.save_button.setObjectName("safetySave")
        self.save_button.setToolTip(self.tr("Save the safety plan (Ctrl+S)"))
        self.save_button.clicked.connect(self.save)
        self.print_button = QPushButton(self.tr("&Print…"))
        self.print_button.setObjectName("safetyPrint")
        self.print_button.setToolTip(
            self.tr("Print her safety plan: no shelter name or address on it")
        )
        self.print_button.clicked.connect(self._request_print)
        QShortcut(
            QKeySequence.StandardKey.Save,
            self,
            activated=self.save,
            context=Qt.ShortcutContext.WidgetWithChildrenShortcut,
        )
        self.message = QLabel()
        self.message.setObjectName("safetyMessage")
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Message"))

        header = QHBoxLayout()
        header.addWidget(self.title)
        header.addSpacing(16)
        header.addWidget(self.reviewed_label, 1)
        header.addWidget(self.review_button)
        header.addWidget(self.print_button)
        header.addWidget(self.save_button)

        content = QWidget()
        content.setObjectName("safetyContent")
        columns = QHBoxLayout(content)
        columns.setSpacing(18)
        left, right = QVBoxLayout(), QVBoxLayout()
        left.addWidget(self._group(self.tr("Knowing when danger is coming"), ["warning_signs"]))
        left.addWidget(self._where_to_go())
        left.addStretch(1)
        right.addWidget(self._group(self.tr("Ready to leave"), ["documents_and_items"]))
        children_work_online = ["children_safety", "work_safety", "online_safety"]
        right.addWidget(self._group(self.tr("Children, work and online"), children_work_online))
        right.addStretch(1)
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)
        scroll = QScrollArea()
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the fields in it
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)

        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(self.message)
        layout.addWidget(scroll, 1)
        for editor in self.editors.values():
            editor.setReadOnly(True)  # until a case is shown
        self._reset_code_word()
        self._update_buttons()

    # --- building -------------------------------------------------------------------
    def _captions(self) -> dict[str, tuple[str, str]]:
        """Each section's caption and the hint shown while it is empty."""
        return {
            "warning_signs": (
                self.tr("&Warning signs she watches for"),
                self.tr("What tells her danger is rising: his moods, drinking, threats…"),
            ),
            "safe_places": (
                self.tr("Safe p&laces to go"),
                self.tr("Where she can go at any hour, and how she gets there"),
            ),
            "people_to_call": (
                self.tr("People she can &call"),
                self.tr("Who will help, and how to reach them"),
            ),
            "emergency_numbers": (
                self.tr("&Emergency numbers"),
                self.tr("911, the shelter's crisis line, her worker…"),
            ),
            "documents_and_items": (
                self.tr("Documents and things to &keep ready"),
                self.tr(
                    "Identification, health cards, medication, keys, money, bank cards, "
                    "phone charger — and where they are kept"
                ),
            ),
            "children_safety": (
                self.tr("C&hildren's safety"),
                self.tr("What the children know to do; who may pick them up"),
            ),
            "work_safety": (
                self.tr("Safet&y at work"),
                self.tr("Who at work knows; screening calls; getting to and from work"),
            ),
            "online_safety": (
                self.tr("Safety online and &by phone"),
                self.tr("Passwords, location sharing, social media, a safe phone"),
            ),
        }

    def _editor(self, name: str, layout: QVBoxLayout) -> None:
        caption, hint = self._captions()[name]
        label = QLabel(caption)
        editor = SectionEditor()
        editor.setObjectName("safety_" + name)
        editor.setAccessibleName(caption.replace("&", ""))
        editor.setPlaceholderText(hint)
        editor.textChanged.connect(self._changed)
        label.setBuddy(editor)
        self.editors[name] = editor
        layout.addWidget(label)
        layout.addWidget(editor)

    def _group(self, title: str, names: list[str]) -> QGroupBox:
        box = QGroupBox(title)
        layout = QVBoxLayout(box)
        layout.setSpacing(4)
        for name in names:
            self._editor(name, layout)
            layout.addSpacing(6)
        return box

    def _where_to_go(self) -> QGroupBox:
        box = self._group(self.tr("Where to go, whom to call"), ["safe_places", "people_to_call"])
        layout = box.layout()
        assert isinstance(layout, QVBoxLayout)
        self.code_word_edit = QLineEdit()
        self.code_word_edit.setObjectName("safety_code_word")
        self.code_word_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.code_word_edit.setMaxLength(safety_plan.CODE_WORD_LENGTH)
        self.code_word_edit.setAccessibleName(self.tr("Code word"))
        self.code_word_edit.textChanged.connect(self._code_word_typed)
        self.show_code_word = QPushButton(self.tr("Show"))
        self.show_code_word.setCheckable(True)
        self.show_code_word.setAccessibleName(self.tr("Show the code word"))
        self.show_code_word.setToolTip(
            self.tr("Showing a saved code word is recorded in the audit trail.")
        )
        self.show_code_word.toggled.connect(self._toggle_code_word)
        label = QLabel(self.tr("Code wor&d (she says or texts it to ask her people for help)"))
        label.setWordWrap(True)
        label.setBuddy(self.code_word_edit)
        row = QHBoxLayout()
        row.addWidget(self.code_word_edit, 1)
        row.addWidget(self.show_code_word)
        layout.addWidget(label)
        layout.addLayout(row)
        layout.addSpacing(6)
        self._editor("emergency_numbers", layout)
        return box

    # --- loading and clearing -------------------------------------------------------
    def load(self, desk: Desk, case_id: str) -> None:
        """Show a case's safety plan (changes to the case shown before are saved first)."""
        self.clear()
        with desk.session() as session:
            view = safety_plan.safety_plan(session, desk.actor, case_id)
            editable = view.editable if view else safety_plan.can_edit(session, desk.actor, case_id)
        self._desk, self._case_id = desk, case_id
        self._show(view, editable)

    def _show(self, view: SafetyPlanView | None, editable: bool) -> None:
        self._filling = True
        for name, editor in self.editors.items():
            editor.setPlainText((getattr(view, name) or "") if view else "")
        self._has_stored_code_word = bool(view and view.has_code_word)
        self._editable = editable
        self._reset_code_word()
        self._filling = False
        self._dirty = False
        for editor in self.editors.values():
            editor.setReadOnly(not self._editable)
        if view is None:
            self.reviewed_label.setText(
                self.tr("No safety plan yet: write what she wants, then save.")
            )
        elif view.reviewed_on is not None:
            when = date_text(view.reviewed_on)
            self.reviewed_label.setText(self.tr("Last reviewed on {0}").format(when))
        else:
            self.reviewed_label.setText(self.tr("Not reviewed yet"))
        self._has_plan = view is not None
        if not self._editable:
            self.message.setText(
                self.tr("This case is closed: the safety plan can be read, not changed.")
            )
        self._update_buttons()

    def clear(self) -> None:
        """Remove every client detail, saving unsaved changes first (see the module)."""
        failure = None
        if self._dirty and (self._has_plan or any(v and v.strip() for v in self.fields().values())):
            failure = self._save()
        self._desk, self._case_id = None, None
        self._filling = True
        for editor in self.editors.values():
            editor.clear()
            editor.setReadOnly(True)  # nothing to type into until a case is shown
        self._editable = False
        self._has_stored_code_word = False
        self._reset_code_word()
        self._filling = False
        self._dirty = False
        self._has_plan = False
        self.reviewed_label.clear()
        self.message.clear()
        self._update_buttons()
        if failure is not None:
            self.save_failed.emit(failure)

    # --- the code word --------------------------------------------------------------
    def _reset_code_word(self) -> None:
        """Back to masked; a stored word is dropped from the widget until asked for."""
        filling, self._filling = self._filling, True
        self.show_code_word.blockSignals(True)
        self.show_code_word.setChecked(False)
        self.show_code_word.blockSignals(False)
        self.show_code_word.setText(self.tr("Show"))
        self.code_word_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.code_word_edit.clear()
        self._code_word_fetched = not self._has_stored_code_word
        self._code_word_changed = False
        if self._has_stored_code_word:
            hint = self.tr("On file — press Show to see or change it")
        else:
            hint = self.tr("A word only she and her people know")
        self.code_word_edit.setPlaceholderText(hint)
        self.code_word_edit.setReadOnly(not self._code_word_fetched or not self._editable)
        self._filling = filling

    def _toggle_code_word(self, shown: bool) -> None:
        if not shown:
            if self._code_word_changed:
                self.code_word_edit.setEchoMode(QLineEdit.EchoMode.Password)
                self.show_code_word.setText(self.tr("Show"))
            else:
                self._reset_code_word()  # unchanged: forget it again
            return
        if not self._code_word_fetched and self._desk is not None and self._case_id is not None:
            try:
                with self._desk.session() as session:
                    word = safety_plan.reveal_code_word(session, self._desk.actor, self._case_id)
            except ShelterplanError as error:
                self.message.setText(error_text(error))
                self._reset_code_word()
                return
            self._filling = True
            self.code_word_edit.setText(word or "")
            self._filling = False
            self._code_word_fetched = True
            self.code_word_edit.setReadOnly(not self._editable)
        self.code_word_edit.setEchoMode(QLineEdit.EchoMode.Normal)
        self.show_code_word.setText(self.tr("Hide"))

    # --- editing and saving ---------------------------------------------------------
    def _code_word_typed(self, _text: str) -> None:
        if not self._filling:
            self._code_word_changed = True
            self._changed()

    def _changed(self) -> None:
        if self._filling:
            return
        self._dirty = True
        self.message.clear()
        self._update_buttons()

    def _update_buttons(self) -> None:
        loaded = self._case_id is not None and self._editable
        self.save_button.setEnabled(loaded and self._dirty)
        self.review_button.setEnabled(loaded and self._has_plan)
        self.print_button.setEnabled(loaded and self._has_plan)
        self.show_code_word.setEnabled(self._case_id is not None)

    def has_unsaved_changes(self) -> bool:
        return self._dirty

    def fields(self) -> dict[str, str | None]:
        """What the worker sees, as `save_safety_plan` takes it; a code word never
        fetched is left out so that saving cannot wipe it."""
        values: dict[str, str | None] = {
            name: editor.toPlainText() for name, editor in self.editors.items()
        }
        if self._code_word_fetched:
            values["code_word"] = self.code_word_edit.text()
        return values

    def _save(self) -> str | None:
        """Save now; returns None when saved, else the plain reason it was not."""
        if self._desk is None or self._case_id is None:
            return None
        try:
            with self._desk.session() as session:
                plan_id = safety_plan.save_safety_plan(
                    session, self._desk.actor, self._case_id, self.fields(), self._desk.today()
                )
        except ShelterplanError as error:
            return error_text(error)
        self._dirty = False
        self.saved.emit(plan_id)
        return None

    def _request_print(self) -> None:
        """Print what is saved: unsaved changes are saved first, so paper matches the file."""
        if not self.save():
            return
        self.print_requested.emit()

    def save(self) -> bool:
        """Save unsaved changes; True when nothing is left unsaved."""
        if not self._dirty:
            return True
        failure = self._save()
        if failure is not None:
            self.message.setText(
                self.tr("The safety plan was not saved: {0} Your text is still here.").format(
                    failure
                )
            )
            return False
        self._reload()
        self.message.setText(self.tr("Safety plan saved."))
        return True

    def mark_reviewed(self) -> None:
        """Reviewed with her: unsaved changes are saved (that is a review too)."""
        if self._dirty:
            self.save()
            return
        if self._desk is None or self._case_id is None:
            return
        try:
            with self._desk.session() as session:
                safety_plan.mark_reviewed(
                    session, self._desk.actor, self._case_id, self._desk.today()
                )
        except ShelterplanError as error:
            self.message.setText(error_text(error))
            return
        self._reload()
        self.message.setText(self.tr("Marked as reviewed with her today."))

    def _reload(self) -> None:
        if self._desk is None or self._case_id is None:
            return
        with self._desk.session() as session:
            view = safety_plan.safety_plan(session, self._desk.actor, self._case_id)
        self._show(view, view.editable if view else True)
