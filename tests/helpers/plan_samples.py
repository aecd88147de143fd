"""Synthetic plan snapshots for the report tests, the sample PDFs and the benchmarks.

Everything here is invented. The shape is `shelterplan.core.versions.plan_snapshot()`:
a long-term housing goal worked backwards into two intermediate goals (income,
temporary shelter), steps with appointments and instructions, a concurrent counselling
theme, a goal and a step kept off her copy, referrals, people and safety notes.
"""

from __future__ import annotations

import io
import math
from datetime import date
from typing import Any

from pypdf import PdfReader

from shelterplan.reports.model import (
    Agency,
    Audience,
    PaperSize,
    PlanPrint,
    SafetyPrint,
    SignatoryRole,
    SignatureBlock,
)

PRINTED_ON = date(2026, 11, 23)
FINGERPRINT = "3f9a1c07be52d4e8a6b0c9d17e2f4a5b6c7d8e9f0a1b2c3d4e5f60718293a4b5"
AGENCY = Agency(
    name="Maison Horizon",
    address="1200, rue des Érables, Trois-Rivières (Québec) G9A 0A0",
    phone="819-555-0100",
)

# Text per language: (en, fr, es). Keys name the pieces of the sample.
_TEXT: dict[str, tuple[str, str, str]] = {
    "housing": (
        "A safe apartment of my own, for me and my two children.",
        "Un appartement sécuritaire à moi, pour moi et mes deux enfants.",
        "Un departamento seguro propio, para mí y mis dos hijos.",
    ),
    "housing_option": (
        "Apply for subsidised housing and keep looking on the private market.",
        "Faire une demande de HLM et continuer à chercher sur le marché privé.",
        "Solicitar vivienda social y seguir buscando en el mercado privado.",
    ),
    "housing_reason": (
        "Subsidised rent fits her income; the private search keeps a second door open.",
        "Le loyer subventionné convient à son revenu; la recherche au privé garde une "
        "autre porte ouverte.",
        "El alquiler social se ajusta a sus ingresos; la búsqueda privada deja otra puerta "
        "abierta.",
    ),
    "apply_housing": (
        "Fill in the social housing application",
        "Remplir la demande de logement social",
        "Completar la solicitud de vivienda social",
    ),
    "apply_place": (
        "Housing office, 2nd floor, 45 Main Street",
        "Office d'habitation, 2e étage, 45, rue Principale",
        "Oficina de vivienda, 2.º piso, calle Mayor 45",
    ),
    "apply_instructions": (
        "Bring the form we started together and ask for a receipt.",
        "Apporter le formulaire commencé ensemble et demander un accusé de réception.",
        "Traer el formulario que empezamos juntas y pedir un comprobante.",
    ),
    "apply_documents": (
        "Children's birth certificates, proof of income",
        "Certificats de naissance des enfants, preuve de revenu",
        "Actas de nacimiento de los niños, comprobante de ingresos",
    ),
    "landlords": (
        "Call three landlords from the list",
        "Appeler trois propriétaires de la liste",
        "Llamar a tres propietarios de la lista",
    ),
    "landlords_outcome": (
        "Two visits booked",
        "Deux visites prévues",
        "Dos visitas agendadas",
    ),
    "support_letter": (
        "Write a support letter for the application",
        "Rédiger une lettre d'appui pour la demande",
        "Redactar una carta de apoyo para la solicitud",
    ),
    "landlord_check": (
        "Check the landlord's references with the housing committee",
        "Vérifier les références du propriétaire auprès du comité logement",
        "Verificar las referencias del propietario con el comité de vivienda",
    ),
    "income": (
        "Have my own income so I can pay the rent.",
        "Avoir mon propre revenu pour pouvoir payer le loyer.",
        "Tener mis propios ingresos para poder pagar el alquiler.",
    ),
    "income_option": (
        "Social assistance now, a job search once the children are settled.",
        "L'aide sociale maintenant, une recherche d'emploi quand les enfants seront installés.",
        "Asistencia social ahora y buscar empleo cuando los niños estén instalados.",
    ),
    "income_reason": (
        "She wants the children settled in school before she starts working.",
        "Elle veut que les enfants soient bien installés à l'école avant de travailler.",
        "Quiere que los niños estén instalados en la escuela antes de empezar a trabajar.",
    ),
    "assistance": (
        "Apply for social assistance",
        "Faire la demande d'aide sociale",
        "Solicitar la asistencia social",
    ),
    "assistance_place": (
        "Service Canada centre, 300 Laviolette Street",
        "Centre Service Canada, 300, rue Laviolette",
        "Centro de Service Canada, calle Laviolette 300",
    ),
    "assistance_instructions": (
        "Go to the front desk and say you have an appointment. Marie will meet you there.",
        "Se présenter à l'accueil et dire qu'on a rendez-vous. Marie vous y rejoindra.",
        "Presentarse en la recepción y decir que tiene cita. Marie la encontrará allí.",
    ),
    "assistance_documents": (
        "Health card, bank details, lease or shelter letter",
        "Carte d'assurance maladie, spécimen de chèque, lettre de la maison",
        "Tarjeta de salud, datos bancarios, carta de la casa",
    ),
    "bank": (
        "Open a bank account in her own name",
        "Ouvrir un compte bancaire à son nom",
        "Abrir una cuenta bancaria a su nombre",
    ),
    "shelter": (
        "Stay at the shelter until the apartment is ready.",
        "Rester à la maison d'hébergement jusqu'à ce que l'appartement soit prêt.",
        "Quedarme en la casa de acogida hasta que el departamento esté listo.",
    ),
    "extend": (
        "Ask the team to extend her stay by one month",
        "Demander à l'équipe de prolonger le séjour d'un mois",
        "Pedir al equipo que extienda la estadía un mes",
    ),
    "counselling": (
        "Talk to someone about what happened, at my own pace.",
        "Parler à quelqu'un de ce qui s'est passé, à mon rythme.",
        "Hablar con alguien de lo que pasó, a mi ritmo.",
    ),
    "counselling_intake": (
        "First meeting at the counselling centre",
        "Première rencontre au centre de consultation",
        "Primera cita en el centro de orientación",
    ),
    "counselling_instructions": (
        "You can bring your sister. Tell them if the time no longer suits you.",
        "Vous pouvez venir avec votre sœur. Dites-leur si l'heure ne vous convient plus.",
        "Puede venir con su hermana. Avíseles si el horario ya no le conviene.",
    ),
    "legal": (
        "Prepare for the custody hearing.",
        "Préparer l'audience sur la garde des enfants.",
        "Preparar la audiencia sobre la custodia.",
    ),
    "legal_sub": (
        "Gather the papers the lawyer asked for.",
        "Rassembler les papiers demandés par l'avocate.",
        "Reunir los papeles que pidió la abogada.",
    ),
    "legal_step": (
        "Book a meeting with legal aid",
        "Prendre rendez-vous à l'aide juridique",
        "Pedir cita en asistencia jurídica",
    ),
    "sister": ("Sister", "Sœur", "Hermana"),
    "worker_role": ("Shelter worker", "Intervenante", "Trabajadora del refugio"),
    "counsellor_role": ("Counsellor", "Thérapeute", "Terapeuta"),
    "hours_office": (
        "Mon–Fri, 8:30–16:30",
        "Lun.–ven., 8 h 30 à 16 h 30",
        "Lun.–vie., 8:30–16:30",
    ),
    "hours_centre": (
        "Tue and Thu evenings",
        "Mardi et jeudi soir",
        "Martes y jueves por la tarde",
    ),
    "safe_times": (
        "Weekdays between 1 and 3 p.m.",
        "En semaine entre 13 h et 15 h",
        "Entre semana de 13 a 15 h",
    ),
    "do_not_tell": (
        "Her former partner and his family",
        "Son ex-conjoint et la famille de celui-ci",
        "Su expareja y la familia de él",
    ),
    "referral_outcome": (
        "File opened, waiting list about 8 months",
        "Dossier ouvert, liste d'attente d'environ 8 mois",
        "Expediente abierto, lista de espera de unos 8 meses",
    ),
}

_INDEX = {"en": 0, "fr": 1, "es": 2}


def _t(key: str, language: str) -> str:
    return _TEXT[key][_INDEX[language]]


def _step(
    step_id: str,
    action: str,
    responsible: str = "client",
    *,
    responsible_name: str | None = None,
    due_on: str | None = None,
    appointment_at: str | None = None,
    appointment_place: str | None = None,
    instructions: str | None = None,
    documents_needed: str | None = None,
    status: str = "open",
    outcome: str | None = None,
    outcome_on: str | None = None,
    not_for_client: bool = False,
) -> dict[str, Any]:
    return {
        "id": step_id,
        "action": action,
        "responsible": responsible,
        "responsible_name": responsible_name,
        "due_on": due_on,
        "appointment_at": appointment_at,
        "appointment_place": appointment_place,
        "instructions": instructions,
        "documents_needed": documents_needed,
        "status": status,
        "outcome": outcome,
        "outcome_on": outcome_on,
        "not_for_client": not_for_client,
    }


def _goal(
    goal_id: str,
    words: str,
    *,
    parent_id: str | None = None,
    domain: str = "housing",
    target_on: str | None = None,
    status: str = "active",
    concurrent_theme: bool = False,
    chosen_option: dict[str, str] | None = None,
    steps: list[dict[str, Any]] | None = None,
    not_for_client: bool = False,
) -> dict[str, Any]:
    return {
        "id": goal_id,
        "parent_id": parent_id,
        "kind": "intermediate" if parent_id else "long_term",
        "domain": domain,
        "in_her_words": words,
        "target_on": target_on,
        "status": status,
        "concurrent_theme": concurrent_theme,
        "chosen_option": chosen_option,
        "steps": steps or [],
        "not_for_client": not_for_client,
    }


def sample_snapshot(
    language: str = "en", preferred_name: str = "Éloïse Bélanger-Côté"
) -> dict[str, Any]:
    """A realistic plan, its words in `language` (en, fr, es)."""

    def t(key: str) -> str:
        return _t(key, language)

    goals = [
        _goal(
            "g-housing",
            t("housing"),
            target_on="2027-06-30",
            chosen_option={"description": t("housing_option"), "reason": t("housing_reason")},
            steps=[
                _step(
                    "s-apply",
                    t("apply_housing"),
                    due_on="2026-12-04",
                    appointment_at="2026-12-02T10:30:00",
                    appointment_place=t("apply_place"),
                    instructions=t("apply_instructions"),
                    documents_needed=t("apply_documents"),
                ),
                _step(
                    "s-landlords",
                    t("landlords"),
                    due_on="2026-11-20",
                    status="done",
                    outcome=t("landlords_outcome"),
                    outcome_on="2026-11-19",
                ),
                _step(
                    "s-letter",
                    t("support_letter"),
                    "worker",
                    responsible_name="Marie Tremblay",
                    due_on="2026-11-30",
                ),
                _step(
                    "s-landlord-check",
                    t("landlord_check"),
                    "worker",
                    responsible_name="Marie Tremblay",
                    due_on="2026-12-10",
                    not_for_client=True,
                ),
            ],
        ),
        _goal(
            "g-income",
            t("income"),
            parent_id="g-housing",
            domain="income",
            target_on="2027-01-15",
            chosen_option={"description": t("income_option"), "reason": t("income_reason")},
            steps=[
                _step(
                    "s-assistance",
                    t("assistance"),
                    due_on="2026-12-09",
                    appointment_at="2026-12-09T14:00:00",
                    appointment_place=t("assistance_place"),
                    instructions=t("assistance_instructions"),
                    documents_needed=t("assistance_documents"),
                ),
                _step("s-bank", t("bank"), due_on="2026-12-15", status="missed"),
            ],
        ),
        _goal(
            "g-shelter",
            t("shelter"),
            parent_id="g-housing",
            target_on="2026-12-31",
            steps=[
                _step(
                    "s-extend",
                    t("extend"),
                    "worker",
                    responsible_name="Marie Tremblay",
                    due_on="2026-11-27",
                    status="done",
                    outcome=t("landlords_outcome"),
                    outcome_on="2026-11-21",
                ),
            ],
        ),
        _goal(
            "g-counselling",
            t("counselling"),
            domain="mental_health",
            concurrent_theme=True,
            steps=[
                _step(
                    "s-intake",
                    t("counselling_intake"),
                    "provider",
                    responsible_name="Centre Nouvelle Étape",
                    due_on="2026-12-03",
                    appointment_at="2026-12-03T18:30:00",
                    appointment_place="Centre Nouvelle Étape, 88, rue Saint-Paul",
                    instructions=t("counselling_instructions"),
                ),
            ],
        ),
        _goal(
            "g-legal",
            t("legal"),
            domain="legal",
            target_on="2027-03-01",
            not_for_client=True,
            steps=[_step("s-legal", t("legal_step"), "worker", due_on="2026-12-01")],
        ),
        _goal(
            "g-legal-papers",
            t("legal_sub"),
            parent_id="g-legal",
            domain="legal",
            steps=[_step("s-legal-papers", t("legal_sub"), due_on="2027-01-10")],
        ),
    ]
    return {
        "case_id": "case-sample",
        "client": {"preferred_name": preferred_name},
        "opened_on": "2026-11-02",
        "safety_notes": {
            "safe_phone": "819-555-0142",
            "may_leave_message": False,
            "safe_times": t("safe_times"),
            "do_not_tell": t("do_not_tell"),
        },
        "document_language": language,
        "goals": goals,
        "referrals": [
            {
                "service": "Office municipal d'habitation",
                "address": "45, rue Principale, Trois-Rivières",
                "phone": "819-555-0177",
                "hours": t("hours_office"),
                "status": "made",
                "outcome": t("referral_outcome"),
                "goal_id": "g-housing",
                "not_for_client": False,
            },
            {
                "service": "Centre Nouvelle Étape",
                "address": "88, rue Saint-Paul, Trois-Rivières",
                "phone": "819-555-0190",
                "hours": t("hours_centre"),
                "status": "accepted",
                "outcome": None,
                "goal_id": "g-counselling",
                "not_for_client": False,
            },
            {
                "service": "Aide juridique Mauricie",
                "address": "10, rue du Palais, Trois-Rivières",
                "phone": "819-555-0133",
                "hours": None,
                "status": "proposed",
                "outcome": None,
                "goal_id": "g-legal",
                "not_for_client": True,
            },
        ],
        "people": [
            {
                "kind": "support",
                "name": "Sophie Bélanger",
                "relationship_or_role": t("sister"),
                "organisation": None,
                "phone": "819-555-0142",
            },
            {
                "kind": "team",
                "name": "Marie Tremblay",
                "relationship_or_role": t("worker_role"),
                "organisation": "Maison Horizon",
                "phone": "819-555-0111",
            },
            {
                "kind": "team",
                "name": "Dre Lucie Gagnon",
                "relationship_or_role": t("counsellor_role"),
                "organisation": "Centre Nouvelle Étape",
                "phone": None,
            },
        ],
        "next_review_on": "2026-12-14",
    }


def sample_plan(
    language: str = "en",
    *,
    audience: Audience = Audience.FULL,
    large_print: bool = False,
    paper: PaperSize = PaperSize.LETTER,
    preferred_name: str = "Éloïse Bélanger-Côté",
    signatures: tuple[SignatureBlock, ...] | None = None,
    signed: bool = False,
) -> PlanPrint:
    return PlanPrint(
        snapshot=sample_snapshot(language, preferred_name),
        fingerprint=FINGERPRINT,
        version_number=3,
        language=language,
        printed_on=PRINTED_ON,
        agency=AGENCY,
        audience=audience,
        large_print=large_print,
        paper=paper,
        signatures=signatures
        or (
            SignatureBlock(SignatoryRole.CLIENT, preferred_name),
            SignatureBlock(SignatoryRole.WORKER, "Marie Tremblay"),
        ),
        signed=signed,
    )


# A drawn signature: a wave, a stroke and an underline, as the signature pad gives them
# (x and y in units of the pad's width, y downwards; the pad is about 3.2 times as wide
# as it is tall).
SIGNATURE_STROKES = (
    tuple(
        (round(0.06 + 0.62 * i / 40, 4), round(0.16 - 0.09 * math.sin(i / 40 * math.pi * 5), 4))
        for i in range(41)
    ),
    ((0.52, 0.07), (0.5, 0.19), (0.47, 0.25)),
    ((0.08, 0.27), (0.4, 0.26), (0.74, 0.25)),
)


def big_snapshot(goals: int = 10, steps_per_goal: int = 6, dense: bool = True) -> dict[str, Any]:
    """A long plan for benchmarks: by default 10 goals and 60 steps.

    `dense` fills every field of every step and goal (the worst case: 12 letter pages);
    otherwise the fields are filled as often as in a real plan (instructions on half the
    steps, an appointment on a third, a chosen option on the long-term goals).
    """
    snapshot = sample_snapshot("en")
    words = (
        "Keep going with the plan we made together, one step at a time, and ask for help "
        "when something gets in the way."
    )

    def every(n: int, index: int, value: str) -> str | None:
        return value if dense or index % n == 0 else None

    snapshot["goals"] = [
        _goal(
            f"g{g}",
            f"Goal {g + 1}: {words}" if dense else f"Goal {g + 1}: find a safe place to live",
            parent_id=None if g % 3 == 0 else f"g{g - g % 3}",
            domain=("housing", "income", "mental_health", "children", "legal")[g % 5],
            target_on=f"2027-{g % 12 + 1:02d}-15",
            chosen_option={"description": words, "reason": words} if dense or g % 3 == 0 else None,
            steps=[
                _step(
                    f"g{g}s{s}",
                    f"Step {s + 1} of goal {g + 1}: call the office and confirm the papers",
                    ("client", "worker", "provider", "support_person")[s % 4],
                    responsible_name="Marie Tremblay" if s % 2 else None,
                    due_on=f"2026-12-{s + 1:02d}",
                    appointment_at=every(3, s, f"2026-12-{s + 1:02d}T10:30:00"),
                    appointment_place=every(3, s, "Service Canada centre, 300 Laviolette Street"),
                    instructions=every(2, s, words),
                    documents_needed=every(3, s, "Health card, proof of income"),
                    status=("open", "done", "missed", "cancelled")[s % 4],
                    outcome="Went well" if s % 4 == 1 else None,
                )
                for s in range(steps_per_goal)
            ],
        )
        for g in range(goals)
    ]
    return snapshot


def big_plan(dense: bool = True, **kwargs: Any) -> PlanPrint:
    return PlanPrint(
        snapshot=big_snapshot(dense=dense),
        fingerprint=FINGERPRINT,
        version_number=7,
        language=kwargs.pop("language", "en"),
        printed_on=PRINTED_ON,
        agency=AGENCY,
        **kwargs,
    )


_SAFETY: dict[str, tuple[str, str, str] | str] = {
    "warning_signs": (
        "He starts checking my phone.\nHe talks about the children's school.",
        "Il recommence à vérifier mon téléphone.\nIl parle de l'école des enfants.",
        "Empieza a revisar mi teléfono.\nHabla de la escuela de los niños.",
    ),
    "safe_places": (
        "Sophie's place (my sister)\nThe library on Laviolette Street",
        "Chez Sophie (ma sœur)\nLa bibliothèque de la rue Laviolette",
        "La casa de Sophie (mi hermana)\nLa biblioteca de la calle Laviolette",
    ),
    "people_to_call": (
        "Sophie: 819-555-0142\nMarie at the house: 819-555-0111",
        "Sophie : 819-555-0142\nMarie à la maison : 819-555-0111",
        "Sophie: 819-555-0142\nMarie en la casa: 819-555-0111",
    ),
    "code_word": ("Blueberry pie", "Tarte aux bleuets", "Pastel de arándanos"),
    "emergency_numbers": (
        "Emergency: 911\nHelp line (24/7): 1-800-555-0199",
        "Urgence : 911\nLigne d'écoute (24/7) : 1-800-555-0199",
        "Emergencias: 911\nLínea de ayuda (24/7): 1-800-555-0199",
    ),
    "documents_and_items": (
        "Health cards, birth certificates, spare keys, some cash, medication",
        "Cartes d'assurance maladie, certificats de naissance, clés de rechange, un peu "
        "d'argent, médicaments",
        "Tarjetas de salud, actas de nacimiento, llaves de repuesto, algo de efectivo, "
        "medicamentos",
    ),
    "children_safety": (
        "The school knows who may pick them up.",
        "L'école sait qui peut venir les chercher.",
        "La escuela sabe quién puede recogerlos.",
    ),
    "work_safety": "",  # left empty on purpose: empty sections are not printed
    "online_safety": (
        "New email address; location sharing turned off.",
        "Nouvelle adresse courriel; partage de position désactivé.",
        "Correo nuevo; ubicación compartida desactivada.",
    ),
}


def sample_safety(
    language: str = "en",
    *,
    pocket_card: bool = False,
    large_print: bool = False,
    paper: PaperSize = PaperSize.LETTER,
    code_word: bool = True,
) -> SafetyPrint:
    sections = {
        key: (value[_INDEX[language]] if isinstance(value, tuple) else value)
        for key, value in _SAFETY.items()
    }
    if not code_word:
        del sections["code_word"]
    return SafetyPrint(
        sections=sections,
        language=language,
        printed_on=PRINTED_ON,
        pocket_card=pocket_card,
        large_print=large_print,
        paper=paper,
    )


def page_texts(data: bytes) -> list[str]:
    """The text of each page of a PDF as pypdf reads it back, whitespace collapsed."""
    reader = PdfReader(io.BytesIO(data))
    return [" ".join(page.extract_text().split()) for page in reader.pages]


def pdf_text(data: bytes) -> str:
    """All the text of a PDF, pages joined, whitespace collapsed."""
    return " ".join(page_texts(data))
