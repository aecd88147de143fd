"""Child process for the intake crash test: fill the first four pages of the intake on a
real store, moving forward after each (so a draft is saved), say "ready", then wait to be
killed. What it types is in TYPED, so the parent knows what the draft must hold."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# Page key -> field -> the value the draft must hold once the page was left.
TYPED: dict[str, dict[str, Any]] = {
    "consent": {
        "agrees_to_file": True,
        "share_with": [{"provider": "Casa de las Mujeres", "service_id": None}],
        "contact_support_people": False,
    },
    "identity": {
        "preferred_name": "Begoña",
        "legal_name": "Begoña Ortiz Salazar",
        "pronouns": "ella",
        "approximate_age": 41,
        "languages": ["español", "inglés"],
        "document_language": "es",
    },
    "safe_contact": {
        "safe_phone": "438 555-0147",
        "may_leave_message": False,
        "safe_times": "Después de las 18 h",
        "code_word": "girasol",
        "do_not_tell": "Su expareja, Javier",
    },
    "household": {
        "dependants": [
            {"name": "Sofía", "age": 9, "relationship": "hija", "with_her": True, "notes": ""},
            {
                "name": "Mateo",
                "age": 15,
                "relationship": "hijo",
                "with_her": False,
                "notes": "Con su abuela en Laval",
            },
        ]
    },
}


def main() -> None:
    from PySide6.QtWidgets import QApplication

    from shelterplan.store.casestore import CaseStore
    from shelterplan.ui.context import Desk
    from shelterplan.ui.wizards.intake_wizard import IntakeWizard

    folder, worker, passphrase = Path(sys.argv[1]), sys.argv[2], sys.argv[3]
    app = QApplication([])
    store = CaseStore.unlock(folder, worker, passphrase)
    wizard = IntakeWizard.start(Desk.for_store(store))
    wizard.show()
    app.processEvents()

    page: Any = wizard.currentPage()
    page.agrees.setChecked(True)
    page.share_with.editor(0, "provider").setEditText("Casa de las Mujeres")
    wizard.next()

    page, typed = wizard.currentPage(), TYPED["identity"]
    page.preferred_name.setText(typed["preferred_name"])
    page.legal_name.setText(typed["legal_name"])
    page.pronouns.setText(typed["pronouns"])
    page.age.setValue(typed["approximate_age"])
    page.languages.setText(", ".join(typed["languages"]))
    page.document_language.setCurrentIndex(page.document_language.findData("es"))
    wizard.next()

    page, typed = wizard.currentPage(), TYPED["safe_contact"]
    page.phone.setText(typed["safe_phone"])
    page.message.setCurrentIndex(page.message.findData(False))
    page.safe_times.setText(typed["safe_times"])
    page.code_word.setText(typed["code_word"])
    page.do_not_tell.setPlainText(typed["do_not_tell"])
    wizard.next()

    page = wizard.currentPage()
    for number, row in enumerate(TYPED["household"]["dependants"]):
        if number:
            page.dependants.add_button.click()
        page.dependants.editor(number, "name").setText(row["name"])
        page.dependants.editor(number, "age").setText(str(row["age"]))
        page.dependants.editor(number, "relationship").setText(row["relationship"])
        page.dependants.editor(number, "with_her").setChecked(row["with_her"])
        page.dependants.editor(number, "notes").setText(row["notes"])
    wizard.next()

    if wizard.currentPage().key != "situation":
        raise SystemExit("the intake did not reach the situation page")
    print("ready", flush=True)
    app.exec()  # waits, like a worker thinking, until the laptop dies


if __name__ == "__main__":
    main()
