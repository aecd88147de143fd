"""Word lists for the synthetic demo data, in English, French and Spanish.

Goals are written in the client's own words and in her language, as the plan prints
them; a few phrases per list are enough for a believable caseload. Kept apart from the
generator so that the data can grow without the code becoming hard to read.
"""

from __future__ import annotations

from shelterplan.core.vocab import Domain

LANGS = ("en", "fr", "es")
LOCALES = {"en": "en_CA", "fr": "fr_CA", "es": "es_MX"}
# en_CA and fr_CA have only Latin filler text; these locales write sentences in the language.
TEXT_LOCALES = {"en": "en_US", "fr": "fr_FR", "es": "es_MX"}
LANGUAGE_NAMES = {"en": "English", "fr": "French", "es": "Spanish"}
EXTRA_LANGUAGES = {
    "en": ("Cree", "Punjabi", "Tagalog", "Arabic", "Ojibwe"),
    "fr": ("English", "Arabic", "Haitian Creole"),
    "es": ("English", "Nahuatl", "French"),
}
NICKNAMES = ("Jo", "Bea", "Kiki", "Mimi", "Lupita", "Chela", "Nana", "Sunny", "Lou", "Mado")
PROGRAMS = ("Emergency shelter", "Second-stage housing", "Outreach", "Transitional housing")

_D = Domain
LONG_TERM_DOMAINS = (_D.HOUSING, _D.SAFETY, _D.INCOME, _D.CHILDREN, _D.EDUCATION_EMPLOYMENT,
                     _D.MENTAL_HEALTH, _D.SUBSTANCE_USE, _D.IMMIGRATION, _D.LEGAL,
                     _D.PHYSICAL_HEALTH, _D.SOCIAL_SUPPORT, _D.EDUCATION_EMPLOYMENT)  # fmt: skip
INTERMEDIATE_DOMAINS = (_D.HOUSING, _D.HOUSING, _D.INCOME, _D.INCOME, _D.SAFETY, _D.LEGAL,
                        _D.LEGAL, _D.MENTAL_HEALTH, _D.SUBSTANCE_USE, _D.IMMIGRATION,
                        _D.CHILDREN, _D.PHYSICAL_HEALTH, _D.EDUCATION_EMPLOYMENT,
                        _D.CULTURE)  # fmt: skip
SERVICE_DOMAINS = (*list(Domain), _D.HOUSING, _D.INCOME, _D.SAFETY)

# One block per language; "key: a | b | c", indented lines continue the list.
_WORDS = {
    "en": """
long_term: Find a permanent apartment | Feel safe at home and outside | Have a stable income
  | Live with my children again | Find work I like | Feel calmer and sleep better | Stop drinking
  | Get my permanent residence | Finish the court case | Take care of my health
  | Have friends I can count on | Go back to school
intermediate: Get on the social housing list | Stay in transitional housing
  | Apply for income assistance | Open my own bank account | Make a safety plan
  | Get a protection order | Meet a legal aid lawyer | See a counsellor every week
  | Start a treatment program | Renew my work permit | Find a daycare spot | Get a health card
  | Write my résumé | Join a women's circle
step: Call the housing office | Fill in the application form | Bring ID and proof of income
  | Go to the appointment with the lawyer | Visit two apartments | Ask the doctor for a letter
  | Write down three safe places | Phone the counselling service | Send the forms to the ministry
  | Meet the school social worker | Get a bus pass | Follow up on the referral
  | Prepare questions for the hearing | Change the phone number
option: Apply with the worker's help | Apply on her own | Ask a family member for help
  | Wait until she feels ready | Go through a community organisation
benefit: It is faster | She keeps control | Less stress for her | It costs nothing
alternative: Wait a few months | Ask another agency | Stay with a friend for now | Try again later
consequence: The wait list may be long | She must share her income details
  | She has to travel downtown | Her ex-partner could learn of it
reason: She prefers it | It fits her schedule | It keeps her and her children safe
strength: Resourceful | Loves her children deeply | Speaks three languages | Good at budgeting
  | Strong network of friends | Keeps her appointments | Knows what she wants | Determined
done: Done; it went well | Done with the worker's help | Done; waiting for an answer | Done early
missed: Missed; she was sick | Missed; no bus that day | Missed; the office was closed
  | Missed; she did not feel safe going
safe_times: Weekdays 9–11 am | Afternoons only | Tuesday and Thursday mornings | After 6 pm
review: Good progress on housing; income is next | Some steps missed; the plan was adjusted
  | She feels safer; goals are on track
consent: Share information with referred services | Contact her support people
do_not_tell: Never tell anyone where she is staying | Do not confirm she is a client
instructions: Bring your health card | Arrive 15 minutes early | Call the worker if you cannot go
documents: Photo ID | Proof of income | Lease or rent receipt
place: Shelter office | Community centre | Courthouse, room 2
support: sister | friend | aunt | neighbour | cousin
team: housing worker | nurse | legal aid lawyer | counsellor
pronouns: she/her | she/her | she/her | they/them
service: Housing help centre | Safe home network | Income support office | Community health clinic
  | Mental health crisis line | Addiction recovery services | Legal aid clinic
  | Newcomer settlement services | Family and child services | Employment resource centre
  | Women's drop-in | Cultural community centre | Emergency housing desk | Tax clinic
  | Victim services
hours: Mon–Fri 9:00–17:00 | Every day, 24 hours
eligibility: Women 18 and over | Open to everyone | Residents of the region
""",
    "fr": """
long_term: Trouver un logement permanent | Me sentir en sécurité chez moi et dehors
  | Avoir un revenu stable | Vivre de nouveau avec mes enfants | Trouver un emploi qui me plaît
  | Me sentir plus calme et mieux dormir | Arrêter de boire | Obtenir ma résidence permanente
  | Terminer la procédure au tribunal | Prendre soin de ma santé
  | Avoir des amies sur qui compter | Retourner aux études
intermediate: M'inscrire sur la liste des HLM | Habiter en logement de transition
  | Demander l'aide sociale | Ouvrir mon propre compte bancaire | Faire un plan de sécurité
  | Obtenir une ordonnance de protection | Rencontrer un avocat de l'aide juridique
  | Voir une intervenante chaque semaine | Commencer une thérapie
  | Renouveler mon permis de travail | Trouver une place en garderie
  | Obtenir ma carte d'assurance maladie | Rédiger mon CV | Participer à un cercle de femmes
step: Appeler l'office d'habitation | Remplir le formulaire de demande
  | Apporter une pièce d'identité et une preuve de revenu | Aller au rendez-vous avec l'avocat
  | Visiter deux appartements | Demander une lettre au médecin | Noter trois endroits sûrs
  | Téléphoner au service de consultation | Envoyer les formulaires au ministère
  | Rencontrer la travailleuse sociale de l'école | Obtenir une carte de transport
  | Faire le suivi de la référence | Préparer des questions pour l'audience
  | Changer de numéro de téléphone
option: Faire la demande avec l'intervenante | Faire la demande seule
  | Demander de l'aide à un proche | Attendre de se sentir prête
  | Passer par un organisme communautaire
benefit: C'est plus rapide | Elle garde le contrôle | Moins de stress pour elle | C'est gratuit
alternative: Attendre quelques mois | S'adresser à un autre organisme
  | Rester chez une amie pour l'instant | Réessayer plus tard
consequence: La liste d'attente peut être longue | Elle doit déclarer ses revenus
  | Elle doit se déplacer au centre-ville | Son ex-conjoint pourrait l'apprendre
reason: Elle le préfère | Cela convient à son horaire | Cela la protège, elle et ses enfants
strength: Débrouillarde | Très attachée à ses enfants | Parle trois langues
  | Sait gérer un budget | Bon réseau d'amies | Va à ses rendez-vous | Sait ce qu'elle veut
  | Déterminée
done: Fait; tout s'est bien passé | Fait avec l'aide de l'intervenante
  | Fait; en attente d'une réponse | Fait plus tôt que prévu
missed: Manqué; elle était malade | Manqué; pas d'autobus ce jour-là
  | Manqué; le bureau était fermé | Manqué; elle ne se sentait pas en sécurité
safe_times: En semaine de 9 h à 11 h | L'après-midi seulement | Mardi et jeudi matin | Après 18 h
review: Bons progrès pour le logement; le revenu est la prochaine étape
  | Quelques étapes manquées; le plan a été ajusté
  | Elle se sent plus en sécurité; les objectifs avancent
consent: Partager l'information avec les services référés | Joindre ses personnes de soutien
do_not_tell: Ne jamais dire où elle habite | Ne pas confirmer qu'elle est cliente
instructions: Apporter la carte d'assurance maladie | Arriver 15 minutes en avance
  | Appeler l'intervenante en cas d'empêchement
documents: Pièce d'identité avec photo | Preuve de revenu | Bail ou reçu de loyer
place: Bureau de la maison d'hébergement | Centre communautaire | Palais de justice, salle 2
support: sœur | amie | tante | voisine | cousine
team: intervenante en logement | infirmière | avocate de l'aide juridique | psychologue
pronouns: elle | elle | elle | iel
service: Centre d'aide au logement | Réseau de maisons sécuritaires
  | Bureau de l'aide financière | Clinique de santé communautaire
  | Ligne de crise en santé mentale | Services en dépendance | Clinique d'aide juridique
  | Services d'accueil aux nouveaux arrivants | Services à la famille et à l'enfance
  | Centre de ressources pour l'emploi | Halte-accueil pour femmes
  | Centre culturel communautaire | Comptoir d'hébergement d'urgence | Clinique d'impôts
  | Services aux victimes
hours: Lun–ven 9 h–17 h | Tous les jours, 24 h sur 24
eligibility: Femmes de 18 ans et plus | Ouvert à toutes et à tous | Résidentes de la région
""",
    "es": """
long_term: Encontrar una vivienda permanente | Sentirme segura en casa y afuera
  | Tener un ingreso estable | Volver a vivir con mis hijos | Encontrar un trabajo que me guste
  | Sentirme más tranquila y dormir mejor | Dejar de beber | Obtener mi residencia permanente
  | Terminar el proceso judicial | Cuidar mi salud | Tener amigas con quienes contar
  | Volver a estudiar
intermediate: Inscribirme en la lista de vivienda social | Vivir en una vivienda de transición
  | Solicitar la asistencia social | Abrir mi propia cuenta bancaria
  | Hacer un plan de seguridad | Obtener una orden de protección
  | Reunirme con un abogado de ayuda legal | Ver a una consejera cada semana
  | Empezar un programa de tratamiento | Renovar mi permiso de trabajo
  | Encontrar lugar en una guardería | Obtener mi tarjeta de salud | Escribir mi currículum
  | Unirme a un círculo de mujeres
step: Llamar a la oficina de vivienda | Llenar el formulario de solicitud
  | Llevar identificación y comprobante de ingresos | Ir a la cita con el abogado
  | Visitar dos departamentos | Pedir una carta al médico | Anotar tres lugares seguros
  | Llamar al servicio de consejería | Enviar los formularios al ministerio
  | Reunirse con la trabajadora social de la escuela | Conseguir un pase de autobús
  | Dar seguimiento a la referencia | Preparar preguntas para la audiencia
  | Cambiar el número de teléfono
option: Solicitar con ayuda de la trabajadora | Solicitar por su cuenta
  | Pedir ayuda a un familiar | Esperar hasta sentirse lista
  | Acudir a una organización comunitaria
benefit: Es más rápido | Ella mantiene el control | Menos estrés para ella | No cuesta nada
alternative: Esperar unos meses | Acudir a otra agencia | Quedarse con una amiga por ahora
  | Intentar de nuevo más adelante
consequence: La lista de espera puede ser larga | Debe declarar sus ingresos
  | Tiene que ir al centro | Su expareja podría enterarse
reason: Ella lo prefiere | Se ajusta a su horario | Las protege a ella y a sus hijos
strength: Ingeniosa | Quiere mucho a sus hijos | Habla tres idiomas
  | Sabe administrar el dinero | Buena red de amigas | Cumple con sus citas
  | Sabe lo que quiere | Decidida
done: Hecho; salió bien | Hecho con ayuda de la trabajadora | Hecho; esperando respuesta
  | Hecho antes de lo previsto
missed: No se hizo; estaba enferma | No se hizo; no hubo autobús
  | No se hizo; la oficina estaba cerrada | No se hizo; no se sentía segura
safe_times: Entre semana de 9 a 11 | Solo por la tarde | Martes y jueves por la mañana
  | Después de las 18 h
review: Buen avance en vivienda; sigue el ingreso
  | Algunos pasos no se hicieron; se ajustó el plan | Se siente más segura; las metas avanzan
consent: Compartir información con los servicios referidos | Contactar a sus personas de apoyo
do_not_tell: Nunca decir dónde se aloja | No confirmar que es usuaria del servicio
instructions: Traer la tarjeta de salud | Llegar 15 minutos antes
  | Llamar a la trabajadora si no puede ir
documents: Identificación con foto | Comprobante de ingresos | Contrato o recibo de renta
place: Oficina del refugio | Centro comunitario | Juzgado, sala 2
support: hermana | amiga | tía | vecina | prima
team: trabajadora de vivienda | enfermera | abogada de ayuda legal | psicóloga
pronouns: ella | ella | ella | elle
service: Centro de apoyo a la vivienda | Red de casas seguras | Oficina de apoyo económico
  | Clínica de salud comunitaria | Línea de crisis de salud mental | Servicios de adicciones
  | Clínica de ayuda legal | Servicios para personas recién llegadas
  | Servicios para la familia y la niñez | Centro de recursos de empleo
  | Espacio de acogida para mujeres | Centro cultural comunitario
  | Mesa de alojamiento de emergencia | Clínica de impuestos | Servicios a víctimas
hours: Lun–vie 9:00–17:00 | Todos los días, 24 horas
eligibility: Mujeres de 18 años o más | Abierto a todas las personas | Residentes de la región
""",
}


def _parse(block: str) -> dict[str, tuple[str, ...]]:
    sections: dict[str, str] = {}
    key = ""
    for line in block.strip().splitlines():
        if line[:1].isspace():
            sections[key] += " " + line.strip()
        else:
            key, _, rest = line.partition(":")
            sections[key] = rest
    return {k: tuple(p.strip() for p in v.split("|") if p.strip()) for k, v in sections.items()}


WORDS: dict[str, dict[str, tuple[str, ...]]] = {lang: _parse(b) for lang, b in _WORDS.items()}


def _check() -> None:
    """Lists indexed together must have the same length in every language."""
    sizes = {"long_term": len(LONG_TERM_DOMAINS), "intermediate": len(INTERMEDIATE_DOMAINS)}
    sizes["service"] = len(SERVICE_DOMAINS)
    for lang, words in WORDS.items():
        for key, words_of_key in words.items():
            expected = sizes.get(key, len(WORDS["en"][key]))
            if len(words_of_key) != expected:
                raise AssertionError(f"demo words {lang}.{key}: {len(words_of_key)} != {expected}")


_check()
