"""The report translator: every word a printed document shows, in en, fr and es.

Each entry holds the three languages side by side, so a label can never exist in one
language and be forgotten in another, and a translator compares them at a glance. The
French is written for a Québec shelter, the Spanish for a Spanish-speaking service: the
client is a woman, and so, most often, is her worker ("intervenante", "trabajadora").

Dates and times follow each language's conventions through Babel (en → en_CA,
fr → fr_CA, es → es): "November 23, 2026", "23 novembre 2026", "23 de noviembre de 2026".
"""

from __future__ import annotations

import re
from datetime import date, datetime, time
from functools import lru_cache
from typing import Final

from babel import Locale
from babel.dates import format_date, format_time

LANGUAGES: Final = ("en", "fr", "es")
_LOCALES: Final = {"en": "en_CA", "fr": "fr_CA", "es": "es"}

_NBSP = "\u00a0"

# key: (English, French, Spanish). Placeholders in braces are filled by `Terms.text`.
_ENTRIES: Final[dict[str, tuple[str, str, str]]] = {
    # The documents
    "doc.plan_title": ("Case plan", "Plan de cas", "Plan de caso"),
    "doc.safety_title": ("My notes", "Mes notes", "Mis notas"),
    "doc.printed_on": ("Printed on {date}", "Imprimé le {date}", "Impreso el {date}"),
    "doc.version": ("Version {number}", "Version {number}", "Versión {number}"),
    "doc.copy_full": ("Agency copy", "Copie de l'organisme", "Copia de la organización"),
    "doc.copy_take_home": ("Personal copy", "Copie personnelle", "Copia personal"),
    "footer.fingerprint": ("fingerprint {code}", "empreinte {code}", "huella {code}"),
    "footer.page": ("Page {page} of {pages}", "Page {page} de {pages}", "Página {page} de {pages}"),
    # Punctuation that differs between languages (French puts a no-break space before
    # a colon and inside guillemets).
    "punct.colon": ("{label}:", "{label}\u00a0:", "{label}:"),
    "punct.quote": ("\u201c{text}\u201d", "«\u00a0{text}\u00a0»", "«{text}»"),
    # Sections of the plan
    "section.goals": ("Goals and steps", "Objectifs et étapes", "Metas y pasos"),
    "section.goals_empty": (
        "No goals have been written down yet. We will add them as we work on the plan together.",
        "Aucun objectif n'est encore inscrit. Nous les ajouterons au fil de notre travail "
        "ensemble sur le plan.",
        "Todavía no hay metas anotadas. Las iremos agregando a medida que trabajemos en el plan.",
    ),
    "section.alongside": ("Alongside the plan", "En parallèle du plan", "A la par del plan"),
    "section.alongside_intro": (
        "What we keep working on at the same time as the goals above.",
        "Ce sur quoi nous continuons de travailler en même temps que les objectifs ci-dessus.",
        "Lo que seguimos trabajando al mismo tiempo que las metas anteriores.",
    ),
    "section.services": (
        "Services and referrals",
        "Services et références",
        "Servicios y derivaciones",
    ),
    "section.people": (
        "Support network and team",
        "Réseau de soutien et équipe",
        "Red de apoyo y equipo",
    ),
    "section.next_review": ("Next review", "Prochaine révision", "Próxima revisión"),
    "section.next_review_text": (
        "We will go over this plan together again on {date}.",
        "Nous referons le point ensemble sur ce plan le {date}.",
        "Volveremos a revisar este plan en conjunto el {date}.",
    ),
    "section.signatures": ("Signatures", "Signatures", "Firmas"),
    "section.signatures_intro": (
        "By signing, we agree to carry out this plan together and to review it as things change.",
        "En signant, nous convenons de réaliser ce plan ensemble et de le revoir au besoin.",
        "Al firmar, acordamos llevar a cabo este plan en conjunto y revisarlo cuando haga falta.",
    ),
    "section.safety_notes": (
        "Safety notes (agency copy only)",
        "Notes de sécurité (copie de l'organisme seulement)",
        "Notas de seguridad (solo en la copia de la organización)",
    ),
    # Goals
    "goal.long_term": ("Long-term goal", "Objectif à long terme", "Meta a largo plazo"),
    "goal.intermediate": ("Intermediate goal", "Objectif intermédiaire", "Meta intermedia"),
    "goal.target": ("Target date", "Date visée", "Fecha prevista"),
    "goal.status": ("Status", "État", "Estado"),
    "goal.chosen_option": ("Chosen option", "Option retenue", "Opción elegida"),
    "goal.reason": ("Why", "Pourquoi", "Por qué"),
    "goal.no_steps": ("No steps yet.", "Aucune étape pour l'instant.", "Todavía no hay pasos."),
    "label.not_for_client": ("Not on her copy", "Pas sur sa copie", "No figura en su copia"),
    # Steps
    "step.action": ("Step", "Étape", "Paso"),
    "step.number": ("Step {number}", "Étape {number}", "Paso {number}"),
    "step.who": ("Who", "Qui", "Quién"),
    "step.due": ("By when", "Échéance", "Fecha límite"),
    "step.appointment": ("Appointment", "Rendez-vous", "Cita"),
    "step.appointment_when": ("{date}, {time}", "{date} à {time}", "{date}, {time}"),
    "step.instructions": ("Instructions", "Consignes", "Indicaciones"),
    "step.documents": ("Bring", "Apporter", "Llevar"),
    "step.status": ("Status / outcome", "État / résultat", "Estado / resultado"),
    # Referrals
    "referral.service": ("Service", "Service", "Servicio"),
    "referral.address": ("Address", "Adresse", "Dirección"),
    "referral.phone": ("Phone", "Téléphone", "Teléfono"),
    "referral.hours": ("Hours", "Heures d'ouverture", "Horario"),
    "referral.status": ("Status", "État", "Estado"),
    # People
    "people.name": ("Name", "Nom", "Nombre"),
    "people.relationship": ("Relationship or role", "Lien ou rôle", "Relación o función"),
    "people.organisation": ("Organisation", "Organisme", "Organización"),
    "people.phone": ("Phone", "Téléphone", "Teléfono"),
    "people.group.support": ("Support people", "Personnes de soutien", "Personas de apoyo"),
    "people.group.team": ("Team members", "Membres de l'équipe", "Integrantes del equipo"),
    # Safety notes (agency copy)
    "safety_notes.safe_phone": ("Safe phone number", "Numéro de téléphone sûr", "Teléfono seguro"),
    "safety_notes.may_leave_message": (
        "May we leave a message?",
        "Peut-on laisser un message?",
        "¿Se puede dejar un mensaje?",
    ),
    "safety_notes.safe_times": (
        "Safe times to call",
        "Moments sûrs pour appeler",
        "Horarios seguros para llamar",
    ),
    "safety_notes.do_not_tell": (
        "Share nothing with",
        "Ne rien communiquer à",
        "No dar información a",
    ),
    "answer.yes": ("Yes", "Oui", "Sí"),
    "answer.no": ("No", "Non", "No"),
    "answer.unknown": ("Not discussed", "Non précisé", "Sin precisar"),
    # Signatures
    "signature.name": ("Name", "Nom", "Nombre"),
    "signature.signature": ("Signature", "Signature", "Firma"),
    "signature.date": ("Date", "Date", "Fecha"),
    "signature.signed_on": ("Signed on {date}", "Signé le {date}", "Firmado el {date}"),
    "signatory.client": ("Client", "Participante", "Participante"),
    "signatory.worker": ("Worker", "Intervenante", "Trabajadora"),
    "signatory.supervisor": ("Supervisor", "Superviseure", "Supervisora"),
    "signatory.other": ("Other", "Autre personne", "Otra persona"),
    # Vocabulary (core.vocab stored values)
    "domain.safety": ("Safety", "Sécurité", "Seguridad"),
    "domain.housing": ("Housing", "Logement", "Vivienda"),
    "domain.income": ("Income", "Revenu", "Ingresos"),
    "domain.physical_health": ("Physical health", "Santé physique", "Salud física"),
    "domain.mental_health": ("Mental health", "Santé mentale", "Salud mental"),
    "domain.substance_use": ("Substance use", "Consommation", "Consumo de sustancias"),
    "domain.legal": ("Legal and justice", "Justice et droit", "Asuntos legales"),
    "domain.immigration": ("Immigration", "Immigration", "Inmigración"),
    "domain.children": ("Children", "Enfants", "Hijas e hijos"),
    "domain.education_employment": ("Education and work", "Études et emploi", "Estudios y empleo"),
    "domain.social_support": ("Social support", "Soutien social", "Apoyo social"),
    "domain.culture": ("Culture", "Culture", "Cultura"),
    "goal_status.active": ("In progress", "En cours", "En curso"),
    "goal_status.achieved": ("Achieved", "Atteint", "Lograda"),
    "goal_status.set_aside": ("Set aside", "Mis de côté", "En pausa"),
    "responsible.client": ("Client", "Participante", "Participante"),
    "responsible.worker": ("Worker", "Intervenante", "Trabajadora"),
    "responsible.provider": ("Service provider", "Organisme partenaire", "Servicio externo"),
    "responsible.support_person": ("Support person", "Personne de soutien", "Persona de apoyo"),
    "step_status.open": ("To do", "À faire", "Pendiente"),
    "step_status.done": ("Done", "Fait", "Hecho"),
    "step_status.missed": ("Missed", "Manqué", "No realizado"),
    "step_status.cancelled": ("Cancelled", "Annulé", "Cancelado"),
    "referral_status.proposed": ("Suggested", "Proposée", "Propuesta"),
    "referral_status.made": ("Referral made", "Référence faite", "Derivación hecha"),
    "referral_status.accepted": ("Accepted", "Acceptée", "Aceptada"),
    "referral_status.declined": ("Declined", "Refusée", "Rechazada"),
    "referral_status.completed": ("Completed", "Terminée", "Completada"),
    "person_kind.support": ("Support person", "Personne de soutien", "Persona de apoyo"),
    "person_kind.team": ("Team member", "Membre de l'équipe", "Integrante del equipo"),
    # Outcome reports (supervisors and admins; aggregate figures, no client named)
    "outcomes.title": ("Outcome report", "Rapport de résultats", "Informe de resultados"),
    "outcomes.period": (
        "{start} to {end}",
        "Du {start} au {end}",
        "Del {start} al {end}",
    ),
    "outcomes.program": ("Program", "Programme", "Programa"),
    "outcomes.all_programs": ("All programs", "Tous les programmes", "Todos los programas"),
    "outcomes.worker": ("Lead worker", "Intervenante principale", "Trabajadora responsable"),
    "outcomes.all_workers": (
        "All workers",
        "Toutes les intervenantes",
        "Todas las trabajadoras",
    ),
    "outcomes.by": ("Grouped by", "Regroupé par", "Agrupado por"),
    "outcomes.by_month": ("month", "mois", "mes"),
    "outcomes.by_quarter": ("quarter", "trimestre", "trimestre"),
    "outcomes.as_of": ("Figures as of {date}", "Données au {date}", "Datos al {date}"),
    "outcomes.aggregate_note": (
        "Aggregate figures only: this report names no client and quotes nothing "
        "anyone wrote in a case.",
        "Données agrégées seulement\u00a0: ce rapport ne nomme aucune participante et ne "
        "cite rien de ce qui est écrit dans les dossiers.",
        "Solo datos agregados: este informe no nombra a ninguna participante ni cita "
        "nada de lo escrito en los expedientes.",
    ),
    "outcomes.quarter": ("Q{quarter} {year}", "T{quarter} {year}", "T{quarter} {year}"),
    "outcomes.nothing": (
        "Nothing in this period.",
        "Rien pour cette période.",
        "Nada en este período.",
    ),
    "outcomes.chart_caption": (
        "Chart of the table below.",
        "Graphique du tableau ci-dessous.",
        "Gráfico de la tabla siguiente.",
    ),
    "outcomes.active_cases": (
        "Active cases per worker",
        "Dossiers actifs par intervenante",
        "Casos activos por trabajadora",
    ),
    "outcomes.active_cases_note": (
        "Cases open at some time in the period, by lead worker.",
        "Dossiers ouverts à un moment de la période, par intervenante principale.",
        "Casos abiertos en algún momento del período, por trabajadora responsable.",
    ),
    "outcomes.overdue_steps": (
        "Overdue steps per worker",
        "Étapes en retard par intervenante",
        "Pasos atrasados por trabajadora",
    ),
    "outcomes.overdue_steps_note": (
        "Steps still to do whose deadline fell in the period, before today "
        "(closed cases left out), by lead worker.",
        "Étapes encore à faire dont l'échéance tombait dans la période, avant "
        "aujourd'hui (dossiers fermés exclus), par intervenante principale.",
        "Pasos pendientes cuya fecha límite cayó en el período, antes de hoy (sin los "
        "casos cerrados), por trabajadora responsable.",
    ),
    "outcomes.goals_achieved": (
        "Goals achieved by domain",
        "Objectifs atteints par domaine",
        "Metas logradas por ámbito",
    ),
    "outcomes.goals_achieved_note": (
        "Goals marked achieved, by the date they were achieved.",
        "Objectifs marqués comme atteints, selon la date où ils l'ont été.",
        "Metas marcadas como logradas, según la fecha en que se lograron.",
    ),
    "outcomes.housing_days": (
        "Days from intake to a housing goal achieved",
        "Jours entre l'accueil et un objectif de logement atteint",
        "Días desde el ingreso hasta una meta de vivienda lograda",
    ),
    "outcomes.housing_days_note": (
        "Median, per case, of the days from intake to its first housing goal achieved; "
        "a case counts in the month or quarter of that date.",
        "Médiane, par dossier, des jours entre l'accueil et le premier objectif de "
        "logement atteint; un dossier compte dans le mois ou le trimestre de cette date.",
        "Mediana, por caso, de los días desde el ingreso hasta la primera meta de "
        "vivienda lograda; un caso cuenta en el mes o trimestre de esa fecha.",
    ),
    "outcomes.referrals": (
        "Referral outcomes by service",
        "Suites des références par service",
        "Resultados de las derivaciones por servicio",
    ),
    "outcomes.referrals_note": (
        "Referrals made in the period (suggested ones: written down in it), by their status today.",
        "Références faites dans la période (proposées\u00a0: inscrites dans la période), "
        "selon leur état aujourd'hui.",
        "Derivaciones hechas en el período (las propuestas: anotadas en él), según su "
        "estado actual.",
    ),
    "outcomes.reviews": (
        "Reviews held on time",
        "Révisions tenues à temps",
        "Revisiones hechas a tiempo",
    ),
    "outcomes.reviews_note": (
        "A review is due on the date the previous review set; on time when the next "
        "review was held on or before it. Grouped by that due date.",
        "Une révision est due à la date fixée par la révision précédente; à temps si la "
        "suivante a eu lieu ce jour-là ou avant. Regroupé par date d'échéance.",
        "Una revisión vence en la fecha que fijó la revisión anterior; a tiempo si la "
        "siguiente se hizo ese día o antes. Agrupado por esa fecha.",
    ),
    "outcomes.col.worker": ("Worker", "Intervenante", "Trabajadora"),
    "outcomes.col.cases": ("Cases", "Dossiers", "Casos"),
    "outcomes.col.steps": ("Overdue steps", "Étapes en retard", "Pasos atrasados"),
    "outcomes.col.domain": ("Domain", "Domaine", "Ámbito"),
    "outcomes.col.total": ("Total", "Total", "Total"),
    "outcomes.col.period": ("Period", "Période", "Período"),
    "outcomes.col.median_days": ("Median days", "Jours (médiane)", "Días (mediana)"),
    "outcomes.col.service": ("Service", "Service", "Servicio"),
    "outcomes.col.on_time": ("On time", "À temps", "A tiempo"),
    "outcomes.col.late": ("Late", "En retard", "Con retraso"),
    "outcomes.col.not_held": ("Not held", "Non tenue", "No hecha"),
    "outcomes.col.not_yet_due": ("Not yet due", "Pas encore due", "Aún no vence"),
    "outcomes.col.share_on_time": ("% on time", "% à temps", "% a tiempo"),
    "outcomes.all_cases": (
        "All cases (each once)",
        "Tous les dossiers (chacun une fois)",
        "Todos los casos (cada uno una vez)",
    ),
    "outcomes.no_domain": ("No domain", "Sans domaine", "Sin ámbito"),
    "outcomes.other_domains": ("Other domains", "Autres domaines", "Otros ámbitos"),
    "outcomes.whole_period": ("Whole period", "Toute la période", "Todo el período"),
    # The safety plan: gentle, neutral headings (it may be seen by the wrong person)
    "safety.warning_signs": (
        "Signs to watch for",
        "Signes à surveiller",
        "Señales a tener en cuenta",
    ),
    "safety.safe_places": (
        "Places I can go",
        "Endroits où je peux aller",
        "Lugares a donde puedo ir",
    ),
    "safety.people_to_call": (
        "People I can call",
        "Personnes que je peux appeler",
        "Personas a quienes puedo llamar",
    ),
    "safety.code_word": ("Our agreed word", "Notre mot convenu", "Nuestra palabra acordada"),
    "safety.emergency_numbers": ("Numbers", "Numéros", "Números"),
    "safety.documents_and_items": (
        "Things to keep ready",
        "Choses à garder prêtes",
        "Cosas para tener listas",
    ),
    "safety.children_safety": ("My children", "Mes enfants", "Mis hijas e hijos"),
    "safety.work_safety": ("At work", "Au travail", "En el trabajo"),
    "safety.online_safety": ("Online", "En ligne", "En internet"),
    "safety.empty": (
        "Nothing written yet.",
        "Rien d'écrit pour l'instant.",
        "Todavía no hay nada escrito.",
    ),
    # Her progress page: in her voice, warm, only what went well (no agency address)
    "doc.progress_title": ("My progress", "Mes progrès", "Mis avances"),
    "progress.intro": (
        "Since {date}, I have been moving forward step by step. This page keeps a record "
        "of what I have already achieved.",
        "Depuis le {date}, j'avance pas à pas. Cette page garde la trace de ce que j'ai "
        "déjà accompli.",
        "Desde el {date}, voy avanzando paso a paso. Esta página guarda lo que ya he logrado.",
    ),
    "progress.encourage": ("Every step counts.", "Chaque pas compte.", "Cada paso cuenta."),
    "progress.nothing_yet": (
        "The first steps are still ahead of me. Each one will count, and this page will "
        "fill up with what I achieve.",
        "Les premiers pas sont encore devant moi. Chacun comptera, et cette page se "
        "remplira de ce que j'accomplirai.",
        "Los primeros pasos todavía están por delante. Cada uno contará, y esta página se "
        "irá llenando con lo que logre.",
    ),
    "progress.count_steps_one": ("step completed", "étape réalisée", "paso realizado"),
    "progress.count_steps_other": ("steps completed", "étapes réalisées", "pasos realizados"),
    "progress.count_goals_one": ("goal reached", "objectif atteint", "meta lograda"),
    "progress.count_goals_other": ("goals reached", "objectifs atteints", "metas logradas"),
    "progress.section_goals": (
        "Goals I have reached",
        "Les objectifs que j'ai atteints",
        "Las metas que he logrado",
    ),
    "progress.reached_on": ("Reached on {date}", "Atteint le {date}", "Lograda el {date}"),
    "progress.section_steps": (
        "Steps I have completed",
        "Les étapes que j'ai réalisées",
        "Los pasos que he realizado",
    ),
    "progress.step": ("What I did", "Ce que j'ai fait", "Lo que hice"),
    "progress.for_goal": ("Toward", "Pour", "Para"),
    "progress.done_on": ("Done on", "Date", "Fecha"),
    "progress.section_ongoing": (
        "What I am still working on",
        "Ce sur quoi je continue de travailler",
        "En lo que sigo trabajando",
    ),
    "progress.section_next": ("Next time", "La prochaine fois", "La próxima vez"),
    "progress.next_review": (
        "We will look at my progress together again on {date}.",
        "Nous referons le point ensemble sur mes progrès le {date}.",
        "Volveremos a mirar mis avances en conjunto el {date}.",
    ),
}

# The catalogue per language, built from the entries above: language -> key -> text.
CATALOGUES: Final[dict[str, dict[str, str]]] = {
    language: {key: texts[index] for key, texts in _ENTRIES.items()}
    for index, language in enumerate(LANGUAGES)
}

_VOCAB_GROUPS: Final = frozenset(
    {
        "domain",
        "goal_status",
        "responsible",
        "step_status",
        "referral_status",
        "person_kind",
        "signatory",
    }
)
_SPACES = re.compile(r"\s")


@lru_cache(maxsize=8)
def _locale(language: str) -> Locale:
    return Locale.parse(_LOCALES[language])


@lru_cache(maxsize=4096)
def _date(value: date, language: str, short: bool) -> str:
    if not short:
        return format_date(value, format="long", locale=_locale(language))
    # "Dec 4, 2026", "4 déc. 2026", "4 dic 2026": day and month tied, so a narrow
    # column breaks the date only before the year.
    return format_date(value, format="medium", locale=_locale(language)).replace(" ", _NBSP, 1)


@lru_cache(maxsize=4096)
def _short_time(value: time, language: str) -> str:
    # Keep "10 h 30" and "10:30 a.m." on one line: Babel's narrow no-break space is a
    # break opportunity for ReportLab, the plain no-break space is not.
    return _SPACES.sub(_NBSP, format_time(value, format="short", locale=_locale(language)))


class Terms:
    """The words and date formats of one document language."""

    def __init__(self, language: str) -> None:
        if language not in CATALOGUES:
            raise ValueError(
                "Unsupported document language; expected one of: " + ", ".join(LANGUAGES)
            )
        self.language = language
        self._catalogue = CATALOGUES[language]

    @property
    def pdf_lang(self) -> str:
        """The BCP 47 tag written into the PDF (screen readers pick a voice from it)."""
        return _LOCALES[self.language].replace("_", "-")

    def text(self, key: str, **values: object) -> str:
        """The label for `key`, with `{placeholders}` filled from `values`."""
        template = self._catalogue[key]
        return template.format(**values) if values else template

    def labelled(self, key: str) -> str:
        """The label for `key` followed by a colon, as this language writes it."""
        return self.text("punct.colon", label=self.text(key))

    def quote(self, text: str) -> str:
        return self.text("punct.quote", text=text)

    def vocab(self, group: str, value: str | None) -> str:
        """The label of a stored vocabulary value (e.g. group "domain", value "housing").

        A value this version does not know yet (a newer store) prints as written rather
        than stopping the print.
        """
        if group not in _VOCAB_GROUPS:
            raise KeyError(group)
        if not value:
            return ""
        return self._catalogue.get(f"{group}.{value}", value.replace("_", " "))

    def date(self, value: date | str | None, *, short: bool = False) -> str:
        """A date in words ("23 novembre 2026"); ISO strings are accepted; None → "".

        `short` abbreviates the month ("23 nov. 2026"), for narrow table columns.
        """
        if value is None or value == "":
            return ""
        if isinstance(value, str):
            try:
                value = date.fromisoformat(value[:10])
            except ValueError:
                return value
        if isinstance(value, datetime):
            value = value.date()
        return _date(value, self.language, short)

    def time(self, value: time) -> str:
        return _short_time(value.replace(second=0, microsecond=0, tzinfo=None), self.language)

    def appointment(self, value: datetime | date | str | None, *, short: bool = False) -> str:
        """An appointment's date and time ("25 novembre 2026 à 10 h 30")."""
        if value is None or value == "":
            return ""
        if isinstance(value, str):
            try:
                parsed: date = (
                    datetime.fromisoformat(value) if "T" in value else date.fromisoformat(value)
                )
            except ValueError:
                return value
            value = parsed
        if not isinstance(value, datetime):
            return self.date(value, short=short)
        return self.text(
            "step.appointment_when",
            date=self.date(value.date(), short=short),
            time=self.time(value.time()),
        )
