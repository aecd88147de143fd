<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>ConcurrentPage</name>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/goal_choices.py" line="203"/>
        <source>Themes that run alongside</source>
        <translation>Temas que van a la par</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/goal_choices.py" line="204"/>
        <source>Some needs run beside the plan rather than leading to it.</source>
        <translation>Algunas necesidades acompañan al plan en lugar de conducir a él.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/goal_choices.py" line="207"/>
        <source>For example treatment for substance use, or counselling for her mental health. Name them in her words so they are part of the plan too. Leave the list empty if there are none.</source>
        <translation>Por ejemplo, un tratamiento por consumo de sustancias o acompañamiento psicológico para su salud mental. Nómbralos con sus palabras para que también formen parte del plan. Deja la lista vacía si no hay ninguno.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/goal_choices.py" line="213"/>
        <source>Theme, in her words</source>
        <translation>Tema, en sus palabras</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/goal_choices.py" line="216"/>
        <source>&amp;Add a theme</source>
        <translation>&amp;Agregar un tema</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/goal_choices.py" line="217"/>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/goal_choices.py" line="218"/>
        <source>Concurrent themes</source>
        <translation>Temas a la par</translation>
    </message>
</context>
<context>
    <name>ConsentPage</name>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/intake_pages.py" line="53"/>
        <source>Read this with her before anything is written down.</source>
        <translation>Lee esto con ella antes de anotar nada.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/intake_pages.py" line="58"/>
        <source>What we write down</source>
        <translation>Lo que anotamos</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/intake_pages.py" line="60"/>
        <source>What she tells us for her plan: her name, how to reach her safely, her situation, her goals and the people around her.</source>
        <translation>Lo que ella nos cuenta para su plan: su nombre, cómo comunicarnos con ella de forma segura, su situación, sus metas y las personas de su entorno.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/intake_pages.py" line="65"/>
        <source>Who can see it</source>
        <translation>Quién puede verlo</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/intake_pages.py" line="67"/>
        <source>The workers of this shelter who work with her, and their supervisors. It is kept encrypted on this computer.</source>
        <translation>Las trabajadoras de este refugio que la acompañan y sus supervisoras. Se guarda cifrado en esta computadora.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/intake_pages.py" line="72"/>
        <source>Sharing</source>
        <translation>Compartir información</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/intake_pages.py" line="74"/>
        <source>Nothing leaves the shelter without her separate consent below, except where the law requires it (a child in danger, a risk to someone&apos;s life).</source>
        <translation>Nada sale del refugio sin su consentimiento aparte, más abajo, salvo cuando la ley lo exige (una niña o un niño en peligro, un riesgo para la vida de alguien).</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/intake_pages.py" line="79"/>
        <source>Her choices</source>
        <translation>Sus decisiones</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/intake_pages.py" line="80"/>
        <source>She may refuse any question, and withdraw any consent later.</source>
        <translation>Puede negarse a responder cualquier pregunta y retirar cualquier consentimiento más adelante.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/intake_pages.py" line="87"/>
        <source>She agrees that the shelter keeps a file about her, as explained (required)</source>
        <translation>Acepta que el refugio lleve un expediente sobre ella, como se explicó (obligatorio)</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/intake_pages.py" line="96"/>
        <source>Sharing, only with her separate consent</source>
        <translation>Compartir información, solo con su consentimiento aparte</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/intake_pages.py" line="101"/>
        <source>Provider she agrees we share information with</source>
        <translation>Servicio externo con el que acepta que compartamos información</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/intake_pages.py" line="106"/>
        <source>Pick from the directory, or type a name</source>
        <translation>Elige del directorio o escribe un nombre</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/intake_pages.py" line="109"/>
        <source>Add a provider</source>
        <translation>Agregar un servicio externo</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/intake_pages.py" line="110"/>
        <source>providers she agrees we share with</source>
        <translation>servicios externos con los que acepta que compartamos</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/intake_pages.py" line="115"/>
        <source>She agrees that we contact the support people she names as safe to contact</source>
        <translation>Acepta que contactemos a las personas de apoyo que ella indique como seguras</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/intake_pages.py" line="121"/>
        <source>If she would rather not decide about sharing now, press “She prefers not to answer”: nothing will be shared, and her file is kept as she agreed.</source>
        <translation>Si prefiere no decidir ahora sobre compartir información, pulsa «Prefiere no responder»: no se compartirá nada y su expediente se guarda según lo que aceptó.</translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/review_closing.py" line="303"/>
        <source>The review is saved</source>
        <translation>La revisión está guardada</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/review_closing.py" line="304"/>
        <source>What to do now, while she is here.</source>
        <translation>Qué hacer ahora, mientras ella está aquí.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/review_closing.py" line="310"/>
        <source>&amp;Print the updated plan…</source>
        <translation>&amp;Imprimir el plan actualizado…</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/review_closing.py" line="313"/>
        <source>Print her p&amp;rogress page…</source>
        <translation>Imprimir su página de a&amp;vances…</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/review_closing.py" line="316"/>
        <source>What she has achieved since the plan began, in her language, to keep</source>
        <translation>Lo que ha logrado desde que empezó el plan, en su idioma, para que lo guarde</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/review_closing.py" line="319"/>
        <source>For her to take home</source>
        <translation>Para que se lo lleve a casa</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/review_closing.py" line="325"/>
        <source>Amend the plan</source>
        <translation>Modificar el plan</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/review_closing.py" line="344"/>
        <source>The review is saved. Her next review is on {0}.</source>
        <translation>La revisión está guardada. Su próxima revisión es el {0}.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/review_closing.py" line="350"/>
        <source>She reached a goal: something to celebrate with her.</source>
        <translation>Logró una meta: algo para celebrar con ella.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/review_closing.py" line="353"/>
        <source>She reached {0} goals: something to celebrate with her.</source>
        <translation>Logró {0} metas: algo para celebrar con ella.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/review_closing.py" line="358"/>
        <source>The plan now differs from the version she signed: print the updated plan, go over the changes with her and sign it together.</source>
        <translation>El plan ya no coincide con la versión que firmó: imprime el plan actualizado, revisa los cambios con ella y fírmenlo juntas.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/review_closing.py" line="363"/>
        <source>Print the updated plan so that she has the current one.</source>
        <translation>Imprime el plan actualizado para que tenga la versión vigente.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/review_closing.py" line="371"/>
        <source>She wants to change:
{0}

When you finish, the Plan tab opens at “{1}”: change its words or dates there, or add steps with New steps…</source>
        <translation>Quiere cambiar:
{0}

Al terminar, la pestaña Plan se abre en «{1}»: cambia allí sus palabras o fechas, o agrega pasos con Pasos nuevos…</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/review_closing.py" line="375"/>
        <source>&amp;Add steps to “{0}” now</source>
        <translation>Agregar &amp;pasos a «{0}» ahora</translation>
    </message>
</context>
<context>
    <name>FlowPage</name>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/base.py" line="39"/>
        <source>Problems on this page</source>
        <translation>Problemas en esta página</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/base.py" line="95"/>
        <source>Press Next again to go on anyway.</source>
        <translation>Pulsa Siguiente otra vez para continuar de todos modos.</translation>
    </message>
</context>
<context>
    <name>FlowWizard</name>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/base.py" line="130"/>
        <source>She prefers not to &amp;answer</source>
        <translation>Prefiere no &amp;responder</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/base.py" line="229"/>
        <source>Close the wizard?</source>
        <translation>¿Cerrar el asistente?</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/base.py" line="231"/>
        <source>Throw away what was typed in this wizard? Choose No to keep it as a draft you can finish later.</source>
        <translation>¿Descartar lo escrito en este asistente? Elige No para guardarlo como borrador y terminarlo más tarde.</translation>
    </message>
</context>
<context>
    <name>GoalForm</name>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/goal_pages.py" line="236"/>
        <source>No particular domain</source>
        <translation>Ningún ámbito en particular</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/goal_pages.py" line="236"/>
        <source>Domain</source>
        <translation>Ámbito</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/goal_pages.py" line="239"/>
        <source>In her &amp;words:</source>
        <translation>En sus &amp;palabras:</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/goal_pages.py" line="240"/>
        <source>D&amp;omain:</source>
        <translation>Á&amp;mbito:</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/goal_pages.py" line="243"/>
        <source>Set a date</source>
        <translation>Fijar una fecha</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/goal_pages.py" line="244"/>
        <source>Target date</source>
        <translation>Fecha prevista</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/goal_pages.py" line="245"/>
        <source>Target &amp;date:</source>
        <translation>&amp;Fecha prevista:</translation>
    </message>
</context>
<context>
    <name>GoalReviewForm</name>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/review_pages.py" line="349"/>
        <source>This goal&apos;s steps since the last review</source>
        <translation>Los pasos de esta meta desde la última revisión</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/review_pages.py" line="354"/>
        <source>How far did it come?</source>
        <translation>¿Cuánto avanzó?</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/review_pages.py" line="354"/>
        <source>Progress</source>
        <translation>Avance</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/review_pages.py" line="357"/>
        <source>What helped</source>
        <translation>Lo que ayudó</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/review_pages.py" line="358"/>
        <source>Her strengths, people around her, services… in her words</source>
        <translation>Sus fortalezas, las personas de su entorno, los servicios… en sus palabras</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/review_pages.py" line="361"/>
        <source>What got in the way</source>
        <translation>Lo que lo dificultó</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/review_pages.py" line="362"/>
        <source>Waiting lists, money, health, fear… in her words</source>
        <translation>Listas de espera, dinero, salud, miedo… en sus palabras</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/review_pages.py" line="365"/>
        <source>What now?</source>
        <translation>¿Y ahora qué?</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/review_pages.py" line="365"/>
        <source>Decision</source>
        <translation>Decisión</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/review_pages.py" line="368"/>
        <source>Why it is set aside</source>
        <translation>Por qué queda en pausa</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/review_pages.py" line="369"/>
        <source>Required when the goal is set aside</source>
        <translation>Obligatorio si la meta queda en pausa</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/review_pages.py" line="373"/>
        <source>What hel&amp;ped:</source>
        <translation>Lo que a&amp;yudó:</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/review_pages.py" line="374"/>
        <source>What got in the &amp;way:</source>
        <translation>Lo que lo &amp;dificultó:</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/review_pages.py" line="376"/>
        <source>Why set a&amp;side:</source>
        <translation>&amp;Por qué en pausa:</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/review_pages.py" line="401"/>
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/review_pages.py" line="410"/>
        <source>No step done, missed or open for this goal.</source>
        <translation>Ningún paso hecho, no realizado o pendiente para esta meta.</translation>
    </message>
</context>
<context>
    <name>GoalSummaryPage</name>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/goal_choices.py" line="234"/>
        <source>Read it back to her</source>
        <translation>Léeselo en voz alta</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/goal_choices.py" line="236"/>
        <source>Check the plan with her. Finish saves it; Back lets you change anything.</source>
        <translation>Revisa el plan con ella. Terminar lo guarda; Atrás te permite cambiar lo que sea.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/goal_choices.py" line="240"/>
        <source>What will be saved</source>
        <translation>Lo que se guardará</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/goal_choices.py" line="250"/>
        <source>{0} (already in her plan)</source>
        <translation>{0} (ya está en su plan)</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/goal_choices.py" line="256"/>
        <location filename="../../src/shelterplan/ui/wizards/goal_choices.py" line="267"/>
        <source>{0} ({1})</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/goal_choices.py" line="257"/>
        <source>Concurrent theme: {0}</source>
        <translation>Tema a la par: {0}</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/goal_choices.py" line="262"/>
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/goal_choices.py" line="265"/>
        <source>by {0}</source>
        <translation>para el {0}</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/goal_choices.py" line="272"/>
        <source>Her choice: {0}</source>
        <translation>Su elección: {0}</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/goal_choices.py" line="274"/>
        <source>{0}, because: {1}</source>
        <translation>{0}, porque: {1}</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/goal_choices.py" line="276"/>
        <source>Option weighed: {0}</source>
        <translation>Opción considerada: {0}</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/goal_choices.py" line="282"/>
        <source>Referral proposed: {0}</source>
        <translation>Derivación propuesta: {0}</translation>
    </message>
</context>
<context>
    <name>GoalWizard</name>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/goal_choices.py" line="31"/>
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/goal_choices.py" line="113"/>
        <source>(not described yet)</source>
        <translation>(todavía sin describir)</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/goal_choices.py" line="115"/>
        <source>Her choice: {0}</source>
        <translation>Su elección: {0}</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/goal_pages.py" line="45"/>
        <source>“{0}” has no words yet: write it in her words, or remove it.</source>
        <translation>«{0}» todavía no tiene texto: escríbelo con sus palabras o quítalo.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/goal_pages.py" line="48"/>
        <source>Choose another domain for “{0}”.</source>
        <translation>Elige otro ámbito para «{0}».</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/goal_pages.py" line="49"/>
        <source>The target date of “{0}” is not a valid date.</source>
        <translation>La fecha prevista de «{0}» no es una fecha válida.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/goal_pages.py" line="52"/>
        <source>Choose the long-term goal that the new intermediate goals lead to.</source>
        <translation>Elige la meta a largo plazo a la que conducen las nuevas metas intermedias.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/goal_pages.py" line="55"/>
        <source>A service is ticked for a goal that was removed. Choose its goal again.</source>
        <translation>Hay un servicio marcado para una meta que se quitó. Vuelve a elegir su meta.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/goal_pages.py" line="58"/>
        <source>The target date of “{0}”, {1}, has already passed.</source>
        <translation>La fecha prevista de «{0}», {1}, ya pasó.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/goal_pages.py" line="61"/>
        <source>“{0}” is set after the long-term goal&apos;s target date ({1}). A goal on the way must be reached before the goal it leads to.</source>
        <translation>«{0}» está fijada después de la fecha prevista de la meta a largo plazo ({1}). Una meta intermedia debe lograrse antes de la meta a la que conduce.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/goal_pages.py" line="66"/>
        <source>No goals on the way yet. Working backwards, most long-term goals need one or two intermediate goals before them.</source>
        <translation>Todavía no hay metas intermedias. Trabajando hacia atrás, la mayoría de las metas a largo plazo necesitan una o dos metas intermedias antes.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/goal_pages.py" line="71"/>
        <source>An option for “{0}” is not described yet: describe it, or remove it.</source>
        <translation>Una opción para «{0}» todavía no está descrita: descríbela o quítala.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/goal_pages.py" line="74"/>
        <source>More than one option is marked as her choice for “{0}”: keep only one.</source>
        <translation>Hay más de una opción marcada como su elección para «{0}»: deja solo una.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/goal_pages.py" line="77"/>
        <source>Options were explored for “{0}”, but none is marked as her choice yet.</source>
        <translation>Se exploraron opciones para «{0}», pero todavía ninguna está marcada como su elección.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/goal_pages.py" line="80"/>
        <source>A ticked service is no longer in the directory: untick it.</source>
        <translation>Un servicio marcado ya no está en el directorio: desmárcalo.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/goal_pages.py" line="86"/>
        <source>Write the long-term goal in her words.</source>
        <translation>Escribe la meta a largo plazo con sus palabras.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/goal_pages.py" line="89"/>
        <source>That long-term goal is no longer in her plan. Choose another, or write a new one.</source>
        <translation>Esa meta a largo plazo ya no está en su plan. Elige otra o escribe una nueva.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/goal_pages.py" line="100"/>
        <source>the long-term goal</source>
        <translation>la meta a largo plazo</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/goal_pages.py" line="103"/>
        <source>intermediate goal {0}</source>
        <translation>la meta intermedia {0}</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/goal_pages.py" line="109"/>
        <source>theme {0}</source>
        <translation>el tema {0}</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/goal_pages.py" line="269"/>
        <source>(not written yet)</source>
        <translation>(todavía sin escribir)</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/goal_pages.py" line="271"/>
        <source>{0} — by {1}</source>
        <translation>{0} — para el {1}</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/goal_wizard.py" line="53"/>
        <source>Goals, worked backwards</source>
        <translation>Metas, trabajando hacia atrás</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/goal_wizard.py" line="55"/>
        <source>No &amp;services now</source>
        <translation>Sin servicios &amp;por ahora</translation>
    </message>
</context>
<context>
    <name>GoalsPage</name>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/intake_closing_pages.py" line="148"/>
        <source>What does she want to reach? Write it the way she says it. The goal wizard will later work backwards from each goal.</source>
        <translation>¿Qué quiere lograr? Escríbelo tal como ella lo dice. Más adelante, el asistente de metas trabajará hacia atrás desde cada meta.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/intake_closing_pages.py" line="155"/>
        <source>Her goal, in her words</source>
        <translation>Su meta, en sus palabras</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/intake_closing_pages.py" line="156"/>
        <source>Domain (if any)</source>
        <translation>Ámbito (si corresponde)</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/intake_closing_pages.py" line="158"/>
        <source>Add another goal</source>
        <translation>Agregar otra meta</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/intake_closing_pages.py" line="159"/>
        <source>her goals</source>
        <translation>sus metas</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/review_pages.py" line="436"/>
        <source>Goal by goal</source>
        <translation>Meta por meta</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/review_pages.py" line="439"/>
        <source>For each goal: how far it came, what helped and what got in the way, and what to do with it now.</source>
        <translation>Para cada meta: cuánto avanzó, qué ayudó, qué lo dificultó y qué hacer con ella ahora.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/review_pages.py" line="446"/>
        <source>Goals to review</source>
        <translation>Metas por revisar</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/review_pages.py" line="456"/>
        <source>She has no active goal to review. Go on to her needs and the next date.</source>
        <translation>No tiene metas activas que revisar. Continúa con sus necesidades y la próxima fecha.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/review_pages.py" line="472"/>
        <source>to decide</source>
        <translation>por decidir</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/review_pages.py" line="474"/>
        <source>{0}{1}
{0}→ {2}</source>
        <translation>{0}{1}
{0}→ {2}</translation>
    </message>
</context>
<context>
    <name>HouseholdPage</name>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/intake_pages.py" line="295"/>
        <source>Children and other dependants with her or in her care. A first name, initials or a nickname is enough.</source>
        <translation>Hijas, hijos y otras personas a cargo que están con ella o bajo su cuidado. Basta con un nombre de pila, las iniciales o un apodo.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/intake_pages.py" line="301"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/intake_pages.py" line="302"/>
        <source>Age</source>
        <translation>Edad</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/intake_pages.py" line="303"/>
        <source>Relationship to her</source>
        <translation>Relación con ella</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/intake_pages.py" line="304"/>
        <source>With her here</source>
        <translation>Aquí con ella</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/intake_pages.py" line="305"/>
        <source>Notes (school, health, custody)</source>
        <translation>Notas (escuela, salud, custodia)</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/intake_pages.py" line="307"/>
        <source>Add a child or dependant</source>
        <translation>Agregar hija, hijo o persona a cargo</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/intake_pages.py" line="308"/>
        <source>children and dependants</source>
        <translation>hijas, hijos y personas a cargo</translation>
    </message>
</context>
<context>
    <name>IdentityPage</name>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/intake_pages.py" line="145"/>
        <source>Only the name she wants to be called by is needed.</source>
        <translation>Solo hace falta el nombre con el que quiere que la llamen.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/intake_pages.py" line="150"/>
        <source>Only if she wants it written down</source>
        <translation>Solo si quiere que se anote</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/intake_pages.py" line="152"/>
        <source>For example: she/her, elle, ella, they</source>
        <translation>Por ejemplo: ella, elle, she/her, they</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/intake_pages.py" line="153"/>
        <source>Known</source>
        <translation>Conocida</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/intake_pages.py" line="154"/>
        <source>Birth date known</source>
        <translation>Fecha de nacimiento conocida</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/intake_pages.py" line="159"/>
        <source>Birth date</source>
        <translation>Fecha de nacimiento</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/intake_pages.py" line="167"/>
        <source>Not given</source>
        <translation>Sin indicar</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/intake_pages.py" line="169"/>
        <source>Separate with commas: French, Wolof</source>
        <translation>Separados por comas: francés, wolof</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/intake_pages.py" line="176"/>
        <source>P&amp;referred name or alias (required):</source>
        <translation>&amp;Nombre preferido o alias (obligatorio):</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/intake_pages.py" line="177"/>
        <source>&amp;Legal name:</source>
        <translation>Nombre &amp;legal:</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/intake_pages.py" line="178"/>
        <source>&amp;Pronouns:</source>
        <translation>&amp;Pronombres:</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/intake_pages.py" line="179"/>
        <source>Birth date:</source>
        <translation>Fecha de nacimiento:</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/intake_pages.py" line="180"/>
        <source>Appro&amp;ximate age:</source>
        <translation>&amp;Edad aproximada:</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/intake_pages.py" line="181"/>
        <source>Languages she &amp;speaks:</source>
        <translation>&amp;Idiomas que habla:</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/intake_pages.py" line="182"/>
        <source>Language of printed &amp;documents:</source>
        <translation>Idioma de los &amp;documentos impresos:</translation>
    </message>
</context>
<context>
    <name>IntakePage</name>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/intake_widgets.py" line="158"/>
        <source>She preferred not to answer this page. What is typed here now will be saved as her answer.</source>
        <translation>Prefirió no responder esta página. Lo que se escriba aquí ahora se guardará como su respuesta.</translation>
    </message>
</context>
<context>
    <name>IntakeWizard</name>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/intake_closing_pages.py" line="44"/>
        <source>Has kept herself and others safe</source>
        <translation>Ha sabido protegerse y proteger a otras personas</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/intake_closing_pages.py" line="45"/>
        <source>Protects and cares for her children</source>
        <translation>Protege y cuida a sus hijas e hijos</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/intake_closing_pages.py" line="46"/>
        <source>Reached out for help: she is here</source>
        <translation>Pidió ayuda: está aquí</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/intake_closing_pages.py" line="47"/>
        <source>Resourceful: finds a way</source>
        <translation>Ingeniosa: encuentra la manera</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/intake_closing_pages.py" line="48"/>
        <source>Determined and persistent</source>
        <translation>Decidida y perseverante</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/intake_closing_pages.py" line="49"/>
        <source>Work experience or a trade</source>
        <translation>Experiencia laboral o un oficio</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/intake_closing_pages.py" line="50"/>
        <source>Speaks more than one language</source>
        <translation>Habla más de un idioma</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/intake_closing_pages.py" line="51"/>
        <source>Makes a little money go far</source>
        <translation>Sabe estirar el dinero</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/intake_closing_pages.py" line="52"/>
        <source>Has people who care about her</source>
        <translation>Tiene personas que se preocupan por ella</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/intake_closing_pages.py" line="53"/>
        <source>Draws strength from her faith, culture or community</source>
        <translation>Encuentra fuerza en su fe, su cultura o su comunidad</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/intake_closing_pages.py" line="56"/>
        <source>Creative: cooking, sewing, art, music</source>
        <translation>Creativa: cocina, costura, arte, música</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/intake_closing_pages.py" line="57"/>
        <source>Knows what she wants for her life</source>
        <translation>Sabe lo que quiere para su vida</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/intake_widgets.py" line="39"/>
        <source>Consent and confidentiality</source>
        <translation>Consentimiento y confidencialidad</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/intake_widgets.py" line="40"/>
        <source>Who she is</source>
        <translation>Quién es</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/intake_widgets.py" line="41"/>
        <source>Safe contact</source>
        <translation>Contacto seguro</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/intake_widgets.py" line="42"/>
        <source>Children and dependants</source>
        <translation>Hijas, hijos y personas a cargo</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/intake_widgets.py" line="43"/>
        <source>Her situation</source>
        <translation>Su situación</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/intake_widgets.py" line="44"/>
        <source>Strengths and skills</source>
        <translation>Fortalezas y habilidades</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/intake_widgets.py" line="45"/>
        <source>Her goals</source>
        <translation>Sus metas</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/intake_widgets.py" line="46"/>
        <source>Her team and support people</source>
        <translation>Su equipo y personas de apoyo</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/intake_widgets.py" line="47"/>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/intake_widgets.py" line="51"/>
        <source>A file can only be kept with her agreement. If she does not agree, cancel the intake: nothing will be saved.</source>
        <translation>Solo se puede llevar un expediente con su acuerdo. Si no está de acuerdo, cancela el ingreso: no se guardará nada.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/intake_widgets.py" line="56"/>
        <source>Write the name she wants to be called by (an alias is fine).</source>
        <translation>Escribe el nombre con el que quiere que la llamen (un alias está bien).</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/intake_widgets.py" line="59"/>
        <source>The approximate age must be between 1 and 129.</source>
        <translation>La edad aproximada debe estar entre 1 y 129.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/intake_widgets.py" line="62"/>
        <source>The birth date is not a date.</source>
        <translation>La fecha de nacimiento no es una fecha.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/intake_widgets.py" line="63"/>
        <source>The birth date is in the future.</source>
        <translation>La fecha de nacimiento está en el futuro.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/intake_widgets.py" line="64"/>
        <source>The birth date is more than 129 years ago.</source>
        <translation>La fecha de nacimiento es de hace más de 129 años.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/intake_widgets.py" line="67"/>
        <source>The approximate age does not match the birth date.</source>
        <translation>La edad aproximada no coincide con la fecha de nacimiento.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/intake_widgets.py" line="70"/>
        <source>She seems to be {0} years old: follow your agency&apos;s rules for minors.</source>
        <translation>Parece tener {0} años: sigue las normas de tu organización para personas menores de edad.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/intake_widgets.py" line="73"/>
        <source>Printed documents can be in English, French or Spanish.</source>
        <translation>Los documentos impresos pueden estar en inglés, francés o español.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/intake_widgets.py" line="76"/>
        <source>A message may be left, but there is no safe phone to leave it on.</source>
        <translation>Se puede dejar un mensaje, pero no hay un teléfono seguro donde dejarlo.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/intake_widgets.py" line="79"/>
        <source>Row {0} has no name: a first name, initials or a nickname is enough.</source>
        <translation>La fila {0} no tiene nombre: basta con un nombre de pila, las iniciales o un apodo.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/intake_widgets.py" line="83"/>
        <source>Row {0}: the age must be between 0 and 129.</source>
        <translation>Fila {0}: la edad debe estar entre 0 y 129.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/intake_widgets.py" line="86"/>
        <source>“{0}” is not a domain we know.</source>
        <translation>«{0}» no es un ámbito conocido.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/intake_widgets.py" line="87"/>
        <source>{0}: choose a need level from the list.</source>
        <translation>{0}: elige un nivel de necesidad de la lista.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/intake_widgets.py" line="90"/>
        <source>{0}: her priority goes from 1 (most important) to 5.</source>
        <translation>{0}: su prioridad va de 1 (lo más importante) a 5.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/intake_widgets.py" line="93"/>
        <source>{0}: no need level is chosen; it will be saved as “No need”.</source>
        <translation>{0}: no se eligió ningún nivel de necesidad; se guardará como «Sin necesidad».</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/intake_widgets.py" line="96"/>
        <source>No strength is noted yet. Every woman has some: go through the list with her.</source>
        <translation>Todavía no hay fortalezas anotadas. Toda mujer tiene alguna: repasa la lista con ella.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/intake_widgets.py" line="100"/>
        <source>Goal {0}: choose a domain from the list, or none.</source>
        <translation>Meta {0}: elige un ámbito de la lista, o ninguno.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/intake_widgets.py" line="103"/>
        <source>Row {0} has no name: write at least a first name or the service.</source>
        <translation>La fila {0} no tiene nombre: escribe al menos un nombre de pila o el servicio.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/intake_widgets.py" line="106"/>
        <source>The page “{0}” still has a problem: go back to it.</source>
        <translation>La página «{0}» todavía tiene un problema: vuelve a ella.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/intake_wizard.py" line="61"/>
        <source>New client</source>
        <translation>Nueva participante</translation>
    </message>
</context>
<context>
    <name>IntermediatePage</name>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/goal_pages.py" line="281"/>
        <source>Goals on the way there</source>
        <translation>Metas intermedias</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/goal_pages.py" line="283"/>
        <source>Now work backwards: what has to be in place before she gets there?</source>
        <translation>Ahora trabaja hacia atrás: ¿qué tiene que estar resuelto antes de que llegue allí?</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/goal_pages.py" line="291"/>
        <source>For a home of her own that may be a steady income, and a safe bed in the meantime. Each goal here must be reached by the long-term goal&apos;s date.</source>
        <translation>Para tener un hogar propio, puede ser un ingreso estable y, mientras tanto, un lugar seguro donde dormir. Cada meta de aquí debe lograrse antes de la fecha de la meta a largo plazo.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/goal_pages.py" line="296"/>
        <source>Intermediate goal, in her words</source>
        <translation>Meta intermedia, en sus palabras</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/goal_pages.py" line="299"/>
        <source>&amp;Add a goal</source>
        <translation>A&amp;gregar una meta</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/goal_pages.py" line="300"/>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/goal_pages.py" line="301"/>
        <source>Intermediate goals</source>
        <translation>Metas intermedias</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/goal_pages.py" line="307"/>
        <source>&lt;b&gt;Long-term goal:&lt;/b&gt; {0}</source>
        <translation>&lt;b&gt;Meta a largo plazo:&lt;/b&gt; {0}</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/goal_pages.py" line="309"/>
        <source>{0}, by {1}</source>
        <translation>{0}, para el {1}</translation>
    </message>
</context>
<context>
    <name>LongTermPage</name>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/goal_pages.py" line="149"/>
        <source>Her long-term goal</source>
        <translation>Su meta a largo plazo</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/goal_pages.py" line="151"/>
        <source>Start with where she wants to be in the long run. You will work backwards.</source>
        <translation>Empieza por dónde quiere estar a largo plazo. Luego trabajarás hacia atrás.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/goal_pages.py" line="155"/>
        <source>Ask her what her life should look like once this is behind her: a home of her own, her children with her, work she likes. Write it the way she says it.</source>
        <translation>Pregúntale cómo quiere que sea su vida cuando esto quede atrás: un hogar propio, sus hijas e hijos con ella, un trabajo que le guste. Escríbelo tal como ella lo dice.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/goal_pages.py" line="160"/>
        <source>A new &amp;long-term goal</source>
        <translation>Una &amp;nueva meta a largo plazo</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/goal_pages.py" line="162"/>
        <source>Goals on the way to a long-term goal &amp;already in her plan:</source>
        <translation>Metas intermedias para una meta a largo plazo que &amp;ya está en su plan:</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/goal_pages.py" line="170"/>
        <source>Her long-term goal, in her words</source>
        <translation>Su meta a largo plazo, en sus palabras</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/goal_pages.py" line="172"/>
        <source>For example: a safe home of my own for me and the kids</source>
        <translation>Por ejemplo: un hogar seguro y propio para mí y mis hijos</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/goal_pages.py" line="174"/>
        <source>No particular domain</source>
        <translation>Ningún ámbito en particular</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/goal_pages.py" line="174"/>
        <source>Domain</source>
        <translation>Ámbito</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/goal_pages.py" line="175"/>
        <source>Set a date</source>
        <translation>Fijar una fecha</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/goal_pages.py" line="176"/>
        <source>Target date</source>
        <translation>Fecha prevista</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/goal_pages.py" line="179"/>
        <source>In her &amp;words:</source>
        <translation>En sus &amp;palabras:</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/goal_pages.py" line="180"/>
        <source>&amp;Domain:</source>
        <translation>Á&amp;mbito:</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/goal_pages.py" line="181"/>
        <source>&amp;Target date:</source>
        <translation>&amp;Fecha prevista:</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/goal_pages.py" line="184"/>
        <source>Long-term goal already in her plan</source>
        <translation>Meta a largo plazo que ya está en su plan</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/goal_pages.py" line="188"/>
        <source>{0} (by {1})</source>
        <translation>{0} (para el {1})</translation>
    </message>
</context>
<context>
    <name>NeedsPage</name>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/review_closing.py" line="85"/>
        <source>Her needs now</source>
        <translation>Sus necesidades ahora</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/review_closing.py" line="88"/>
        <source>Change what is different since her needs were last assessed; leave the rest as it is. Changed domains are shown in bold.</source>
        <translation>Cambia lo que sea distinto desde la última evaluación de sus necesidades; deja el resto como está. Los ámbitos modificados aparecen en negrita.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/review_closing.py" line="97"/>
        <source>Domain</source>
        <translation>Ámbito</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/review_closing.py" line="97"/>
        <source>Need</source>
        <translation>Necesidad</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/review_closing.py" line="97"/>
        <source>Her situation now</source>
        <translation>Su situación ahora</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/review_closing.py" line="97"/>
        <source>Assessed</source>
        <translation>Evaluado</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/review_closing.py" line="108"/>
        <source>not assessed</source>
        <translation>sin evaluar</translation>
    </message>
</context>
<context>
    <name>NextPage</name>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/review_closing.py" line="156"/>
        <source>The next review, and her words</source>
        <translation>La próxima revisión y sus palabras</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/review_closing.py" line="158"/>
        <source>When you will go over the plan together again, and how she sees it today.</source>
        <translation>Cuándo volverán a revisar el plan juntas, y cómo lo ve ella hoy.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/review_closing.py" line="167"/>
        <source>Date of the next review</source>
        <translation>Fecha de la próxima revisión</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/review_closing.py" line="172"/>
        <source>In &amp;2 weeks</source>
        <translation>En &amp;2 semanas</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/review_closing.py" line="173"/>
        <source>In &amp;4 weeks</source>
        <translation>En &amp;4 semanas</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/review_closing.py" line="174"/>
        <source>In &amp;3 months</source>
        <translation>En &amp;3 meses</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/review_closing.py" line="183"/>
        <source>The review, in her words</source>
        <translation>La revisión, en sus palabras</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/review_closing.py" line="188"/>
        <source>How she sees the time since the last review and what comes next — in her words, as she would say it.</source>
        <translation>Cómo ve ella el tiempo desde la última revisión y lo que viene — en sus palabras, tal como lo diría.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/review_closing.py" line="193"/>
        <source>Next re&amp;view:</source>
        <translation>Próxima re&amp;visión:</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/review_closing.py" line="196"/>
        <source>In her &amp;words:</source>
        <translation>En sus &amp;palabras:</translation>
    </message>
</context>
<context>
    <name>OptionForm</name>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/goal_choices.py" line="66"/>
        <source>The option</source>
        <translation>La opción</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/goal_choices.py" line="67"/>
        <source>Benefits</source>
        <translation>Beneficios</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/goal_choices.py" line="68"/>
        <source>Alternatives</source>
        <translation>Alternativas</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/goal_choices.py" line="69"/>
        <source>Consequences</source>
        <translation>Consecuencias</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/goal_choices.py" line="70"/>
        <source>She &amp;chooses this option</source>
        <translation>Ella &amp;elige esta opción</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/goal_choices.py" line="72"/>
        <source>Why she chooses it</source>
        <translation>Por qué la elige</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/goal_choices.py" line="75"/>
        <source>The o&amp;ption:</source>
        <translation>La &amp;opción:</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/goal_choices.py" line="76"/>
        <source>B&amp;enefits:</source>
        <translation>&amp;Beneficios:</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/goal_choices.py" line="77"/>
        <source>Alternati&amp;ves:</source>
        <translation>Alter&amp;nativas:</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/goal_choices.py" line="78"/>
        <source>Conse&amp;quences:</source>
        <translation>&amp;Consecuencias:</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/goal_choices.py" line="80"/>
        <source>&amp;Why:</source>
        <translation>Por &amp;qué:</translation>
    </message>
</context>
<context>
    <name>OptionsPage</name>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/goal_choices.py" line="124"/>
        <source>Options and her choice</source>
        <translation>Opciones y su elección</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/goal_choices.py" line="126"/>
        <source>For each goal, talk through her options; then mark the one she chooses.</source>
        <translation>Para cada meta, conversen sobre sus opciones; luego marca la que ella elija.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/goal_choices.py" line="130"/>
        <source>Benefits: what the option would bring her. Alternatives: what else she could do. Consequences: what could follow, good or hard. Options are not required: add them where there is a real choice to make.</source>
        <translation>Beneficios: lo que la opción le aportaría. Alternativas: qué otra cosa podría hacer. Consecuencias: lo que podría pasar después, bueno o difícil. Las opciones no son obligatorias: agrégalas cuando haya una verdadera decisión que tomar.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/goal_choices.py" line="135"/>
        <source>Goal the options are for</source>
        <translation>Meta a la que corresponden las opciones</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/goal_choices.py" line="137"/>
        <source>&amp;Goal:</source>
        <translation>&amp;Meta:</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/goal_choices.py" line="147"/>
        <source>Add an &amp;option</source>
        <translation>A&amp;gregar una opción</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/goal_choices.py" line="148"/>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/goal_choices.py" line="149"/>
        <source>Options for this goal</source>
        <translation>Opciones para esta meta</translation>
    </message>
</context>
<context>
    <name>ReviewSummaryPage</name>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/review_closing.py" line="222"/>
        <source>Read the review back to her</source>
        <translation>Léele la revisión en voz alta</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/review_closing.py" line="224"/>
        <source>Save the review when she agrees. Back lets you change anything before.</source>
        <translation>Guarda la revisión cuando ella esté de acuerdo. Atrás te permite cambiar lo que sea antes.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/review_closing.py" line="230"/>
        <source>What the review will save</source>
        <translation>Lo que guardará la revisión</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/review_closing.py" line="239"/>
        <source>Her goals</source>
        <translation>Sus metas</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/review_closing.py" line="244"/>
        <source>Her needs, updated</source>
        <translation>Sus necesidades, actualizadas</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/review_closing.py" line="249"/>
        <source>{0} → {1}</source>
        <translation>{0} → {1}</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/review_closing.py" line="250"/>
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/review_closing.py" line="252"/>
        <source>{0} — {1}</source>
        <translation>{0} — {1}</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/review_closing.py" line="255"/>
        <source>Next review: {0}</source>
        <translation>Próxima revisión: {0}</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/review_closing.py" line="258"/>
        <source>In her words: {0}</source>
        <translation>En sus palabras: {0}</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/review_closing.py" line="265"/>
        <source>not decided yet</source>
        <translation>todavía sin decidir</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/review_closing.py" line="266"/>
        <source>“{0}”: {1}</source>
        <translation>«{0}»: {1}</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/review_closing.py" line="268"/>
        <source>{0} (progress: {1})</source>
        <translation>{0} (avance: {1})</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/review_closing.py" line="271"/>
        <source>What helped: {0}</source>
        <translation>Lo que ayudó: {0}</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/review_closing.py" line="272"/>
        <source>What got in the way: {0}</source>
        <translation>Lo que lo dificultó: {0}</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/review_closing.py" line="278"/>
        <source>Why it is set aside: {0}</source>
        <translation>Por qué queda en pausa: {0}</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/review_closing.py" line="282"/>
        <source>Its open step will be cancelled.</source>
        <translation>Su paso pendiente se cancelará.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/review_closing.py" line="284"/>
        <source>Its {0} open steps will be cancelled.</source>
        <translation>Sus {0} pasos pendientes se cancelarán.</translation>
    </message>
</context>
<context>
    <name>ReviewWizard</name>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/review_pages.py" line="45"/>
        <source>Not yet</source>
        <translation>Todavía no</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/review_pages.py" line="46"/>
        <source>Some progress</source>
        <translation>Algún avance</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/review_pages.py" line="47"/>
        <source>Good progress</source>
        <translation>Buen avance</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/review_pages.py" line="48"/>
        <source>Reached</source>
        <translation>Alcanzada</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/review_pages.py" line="53"/>
        <source>Not &amp;yet</source>
        <translation>Todavía &amp;no</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/review_pages.py" line="54"/>
        <source>S&amp;ome progress</source>
        <translation>A&amp;lgún avance</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/review_pages.py" line="55"/>
        <source>&amp;Good progress</source>
        <translation>&amp;Buen avance</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/review_pages.py" line="56"/>
        <source>&amp;Reached</source>
        <translation>Alcan&amp;zada</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/review_pages.py" line="59"/>
        <source>Keep as it is</source>
        <translation>Mantener igual</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/review_pages.py" line="60"/>
        <source>Amend</source>
        <translation>Modificar</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/review_pages.py" line="61"/>
        <source>Achieved</source>
        <translation>Lograda</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/review_pages.py" line="62"/>
        <source>Set aside</source>
        <translation>En pausa</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/review_pages.py" line="65"/>
        <source>&amp;Keep as it is</source>
        <translation>&amp;Mantener igual</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/review_pages.py" line="66"/>
        <source>A&amp;mend it</source>
        <translation>Modi&amp;ficarla</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/review_pages.py" line="67"/>
        <source>Ac&amp;hieved</source>
        <translation>L&amp;ograda</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/review_pages.py" line="68"/>
        <source>Set it as&amp;ide</source>
        <translation>Ponerla en pa&amp;usa</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/review_pages.py" line="74"/>
        <source>Decide what happens to “{0}”: keep it, amend it, mark it achieved or set it aside.</source>
        <translation>Decide qué pasa con «{0}»: mantenerla, modificarla, marcarla como lograda o ponerla en pausa.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/review_pages.py" line="78"/>
        <source>Choose the decision for “{0}” again.</source>
        <translation>Vuelve a elegir la decisión para «{0}».</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/review_pages.py" line="81"/>
        <source>Say why “{0}” is set aside: the reason is kept with the review.</source>
        <translation>Indica por qué «{0}» queda en pausa: el motivo se guarda con la revisión.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/review_pages.py" line="84"/>
        <source>Choose how far “{0}” came again.</source>
        <translation>Vuelve a elegir cuánto avanzó «{0}».</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/review_pages.py" line="87"/>
        <source>No progress is chosen for “{0}” yet.</source>
        <translation>Todavía no se eligió el avance de «{0}».</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/review_pages.py" line="90"/>
        <source>“{0}” is reached, but not marked achieved.</source>
        <translation>«{0}» está alcanzada, pero no marcada como lograda.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/review_pages.py" line="93"/>
        <source>Choose the need level for {0} again.</source>
        <translation>Vuelve a elegir el nivel de necesidad para {0}.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/review_pages.py" line="96"/>
        <source>Choose a need level for {0}, or clear what is written about it.</source>
        <translation>Elige un nivel de necesidad para {0}, o borra lo que está escrito al respecto.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/review_pages.py" line="99"/>
        <source>Choose the date of the next review.</source>
        <translation>Elige la fecha de la próxima revisión.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/review_pages.py" line="102"/>
        <source>The date of the next review is not a valid date.</source>
        <translation>La fecha de la próxima revisión no es una fecha válida.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/review_pages.py" line="105"/>
        <source>The next review must come after today ({0} does not).</source>
        <translation>La próxima revisión debe ser después de hoy ({0} no lo es).</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/review_pages.py" line="108"/>
        <source>The next review, on {0}, is more than six months away.</source>
        <translation>La próxima revisión, el {0}, es dentro de más de seis meses.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/review_pages.py" line="111"/>
        <source>Nothing is written in her words yet: a sentence or two helps at the next review.</source>
        <translation>Todavía no hay nada escrito en sus palabras: una o dos frases ayudan en la próxima revisión.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/review_pages.py" line="116"/>
        <source>“{0}” still has an open step: it is cancelled when the review is saved.</source>
        <translation>«{0}» todavía tiene un paso pendiente: se cancela al guardar la revisión.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/review_pages.py" line="119"/>
        <source>“{0}” still has {1} open steps: they are cancelled when the review is saved.</source>
        <translation>«{0}» todavía tiene {1} pasos pendientes: se cancelan al guardar la revisión.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/review_wizard.py" line="74"/>
        <source>Review the plan together</source>
        <translation>Revisar el plan juntas</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/review_wizard.py" line="75"/>
        <source>&amp;Save the review</source>
        <translation>&amp;Guardar la revisión</translation>
    </message>
</context>
<context>
    <name>RowTable</name>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/intake_widgets.py" line="269"/>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/intake_widgets.py" line="325"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/intake_widgets.py" line="386"/>
        <source>{0}, row {1}</source>
        <translation>{0}, fila {1}</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/intake_widgets.py" line="391"/>
        <source>Remove row {0} of {1}</source>
        <translation>Quitar la fila {0} de {1}</translation>
    </message>
</context>
<context>
    <name>SafeContactPage</name>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/intake_pages.py" line="232"/>
        <source>How to reach her without putting her at risk. Ask; never assume.</source>
        <translation>Cómo comunicarse con ella sin ponerla en riesgo. Pregunta; nunca supongas.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/intake_pages.py" line="236"/>
        <source>She has no safe phone</source>
        <translation>No tiene un teléfono seguro</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/intake_pages.py" line="243"/>
        <source>Not answered — do not leave one</source>
        <translation>Sin respuesta — no dejar mensaje</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/intake_pages.py" line="244"/>
        <source>Yes, a message may be left</source>
        <translation>Sí, se puede dejar un mensaje</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/intake_pages.py" line="245"/>
        <source>No, never leave a message</source>
        <translation>No, nunca dejar un mensaje</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/intake_pages.py" line="250"/>
        <source>For example: weekdays between 10 and 2</source>
        <translation>Por ejemplo: días de semana entre las 10 y las 2</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/intake_pages.py" line="253"/>
        <source>A word that tells her it is really us</source>
        <translation>Una palabra que le confirma que somos nosotras</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/intake_pages.py" line="257"/>
        <source>Safe &amp;phone:</source>
        <translation>Telé&amp;fono seguro:</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/intake_pages.py" line="260"/>
        <source>May we leave a &amp;message?</source>
        <translation>¿Se puede dejar un &amp;mensaje?</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/intake_pages.py" line="261"/>
        <source>Safe &amp;times to call:</source>
        <translation>&amp;Horarios seguros para llamar:</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/intake_pages.py" line="262"/>
        <source>&amp;Code word:</source>
        <translation>&amp;Palabra clave:</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/intake_pages.py" line="263"/>
        <source>People who must not be tol&amp;d she is here:</source>
        <translation>Personas que no deben saber que está a&amp;quí:</translation>
    </message>
</context>
<context>
    <name>ServicesPage</name>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/goal_services.py" line="34"/>
        <source>Services and resources</source>
        <translation>Servicios y recursos</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/goal_services.py" line="36"/>
        <source>Which services in the directory could help her reach these goals?</source>
        <translation>¿Qué servicios del directorio podrían ayudarla a lograr estas metas?</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/goal_services.py" line="42"/>
        <source>Tick each service she wants to try (Space ticks the selected one) and pick the goal it serves. Each becomes a proposed referral; you make the referral itself when she is ready.</source>
        <translation>Marca cada servicio que quiere probar (Espacio marca el seleccionado) y elige la meta a la que sirve. Cada uno se convierte en una derivación propuesta; la derivación en sí la haces cuando ella esté lista.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/goal_services.py" line="50"/>
        <source>The agency&apos;s directory has no services yet. Skip this page: referrals can be added to the plan later.</source>
        <translation>El directorio de la organización todavía no tiene servicios. Omite esta página: las derivaciones se pueden agregar al plan más adelante.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/goal_services.py" line="55"/>
        <source>Services in the directory</source>
        <translation>Servicios del directorio</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/goal_services.py" line="59"/>
        <source>{0} ({1})</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/goal_services.py" line="70"/>
        <source>Goal the referral is for</source>
        <translation>Meta de la derivación</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/goal_services.py" line="75"/>
        <source>Address:</source>
        <translation>Dirección:</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/goal_services.py" line="76"/>
        <source>Phone:</source>
        <translation>Teléfono:</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/goal_services.py" line="77"/>
        <source>Hours:</source>
        <translation>Horario:</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/goal_services.py" line="78"/>
        <source>Languages:</source>
        <translation>Idiomas:</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/goal_services.py" line="79"/>
        <source>For the &amp;goal:</source>
        <translation>Para la &amp;meta:</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/goal_services.py" line="118"/>
        <source>{0} — for “{1}”</source>
        <translation>{0} — para «{1}»</translation>
    </message>
</context>
<context>
    <name>SincePage</name>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/review_pages.py" line="239"/>
        <source>What happened since the last review</source>
        <translation>Lo que pasó desde la última revisión</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/review_pages.py" line="241"/>
        <source>Look at it together first: what she did, what did not happen, what is left.</source>
        <translation>Mírenlo juntas primero: lo que hizo, lo que no se dio, lo que queda.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/review_pages.py" line="251"/>
        <source>Her goals and their steps since the last review</source>
        <translation>Sus metas y sus pasos desde la última revisión</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/review_pages.py" line="264"/>
        <source>{0}: {1} steps done, {2} missed, {3} still open.</source>
        <translation>{0}: {1} pasos hechos, {2} no realizados, {3} todavía pendientes.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/review_pages.py" line="269"/>
        <source>{0}. She has no active goal: record how she is, and when you meet again.</source>
        <translation>{0}. No tiene metas activas: anota cómo está y cuándo volverán a verse.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/review_pages.py" line="275"/>
        <source>{0} — {1}</source>
        <translation>{0} — {1}</translation>
    </message>
</context>
<context>
    <name>SituationPage</name>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/intake_pages.py" line="338"/>
        <source>A few words per domain. Leave a line blank if it was not talked about; choose “She chose not to say” if she declined that one.</source>
        <translation>Unas pocas palabras por ámbito. Deja la línea en blanco si no se habló del tema; elige «Prefirió no decirlo» si no quiso responder sobre ese ámbito.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/intake_pages.py" line="347"/>
        <source>Domain</source>
        <translation>Ámbito</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/intake_pages.py" line="348"/>
        <source>Her situation, briefly</source>
        <translation>Su situación, en breve</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/intake_pages.py" line="349"/>
        <source>Need</source>
        <translation>Necesidad</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/intake_pages.py" line="350"/>
        <source>Her priority</source>
        <translation>Su prioridad</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/intake_pages.py" line="360"/>
        <location filename="../../src/shelterplan/ui/wizards/intake_pages.py" line="365"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/intake_pages.py" line="367"/>
        <source>{0}: her situation</source>
        <translation>{0}: su situación</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/intake_pages.py" line="368"/>
        <source>{0}: need level</source>
        <translation>{0}: nivel de necesidad</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/intake_pages.py" line="370"/>
        <source>{0}: her priority, 1 most important to 5</source>
        <translation>{0}: su prioridad, de 1 (lo más importante) a 5</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/intake_pages.py" line="381"/>
        <source>Her priority: 1 is what matters most to her.</source>
        <translation>Su prioridad: 1 es lo que más le importa.</translation>
    </message>
</context>
<context>
    <name>StepForm</name>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/step_wizard.py" line="111"/>
        <source>What is done</source>
        <translation>Qué se hace</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/step_wizard.py" line="113"/>
        <source>Who does it</source>
        <translation>Quién lo hace</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/step_wizard.py" line="117"/>
        <location filename="../../src/shelterplan/ui/wizards/step_wizard.py" line="118"/>
        <source>Name of who does it</source>
        <translation>Nombre de quien lo hace</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/step_wizard.py" line="123"/>
        <source>Set a date</source>
        <translation>Fijar una fecha</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/step_wizard.py" line="124"/>
        <source>Due date</source>
        <translation>Fecha límite</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/step_wizard.py" line="125"/>
        <source>Boo&amp;ked for</source>
        <translation>Con cita &amp;el</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/step_wizard.py" line="129"/>
        <source>Appointment date</source>
        <translation>Fecha de la cita</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/step_wizard.py" line="132"/>
        <source>Appointment time</source>
        <translation>Hora de la cita</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/step_wizard.py" line="134"/>
        <source>Where the appointment is</source>
        <translation>Lugar de la cita</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/step_wizard.py" line="135"/>
        <source>Where</source>
        <translation>Dónde</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/step_wizard.py" line="141"/>
        <source>Instructions for her</source>
        <translation>Indicaciones para ella</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/step_wizard.py" line="142"/>
        <source>Documents or forms needed</source>
        <translation>Documentos o formularios necesarios</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/step_wizard.py" line="145"/>
        <source>&amp;What is done:</source>
        <translation>Qué se &amp;hace:</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/step_wizard.py" line="146"/>
        <source>W&amp;ho does it:</source>
        <translation>Q&amp;uién lo hace:</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/step_wizard.py" line="149"/>
        <source>&amp;Due date:</source>
        <translation>&amp;Fecha límite:</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/step_wizard.py" line="150"/>
        <source>Appointment:</source>
        <translation>Cita:</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/step_wizard.py" line="151"/>
        <source>There is an appointment</source>
        <translation>Hay una cita</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/step_wizard.py" line="152"/>
        <source>Wh&amp;ere:</source>
        <translation>&amp;Dónde:</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/step_wizard.py" line="153"/>
        <source>&amp;Instructions for her:</source>
        <translation>&amp;Indicaciones para ella:</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/step_wizard.py" line="154"/>
        <source>Do&amp;cuments, forms:</source>
        <translation>Do&amp;cumentos, formularios:</translation>
    </message>
</context>
<context>
    <name>StepSummaryPage</name>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/step_wizard.py" line="310"/>
        <source>Read the steps back to her</source>
        <translation>Léele los pasos en voz alta</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/step_wizard.py" line="311"/>
        <source>Finish adds them to her plan; Back lets you change anything.</source>
        <translation>Terminar los agrega a su plan; Atrás te permite cambiar lo que sea.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/step_wizard.py" line="315"/>
        <source>Steps that will be saved</source>
        <translation>Pasos que se guardarán</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/step_wizard.py" line="323"/>
        <source>{0} at {1}</source>
        <translation>{0} a las {1}</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/step_wizard.py" line="327"/>
        <source>Appointment: {0}</source>
        <translation>Cita: {0}</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/step_wizard.py" line="329"/>
        <source>{0}, {1}</source>
        <translation>{0}, {1}</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/step_wizard.py" line="332"/>
        <source>For her: {0}</source>
        <translation>Para ella: {0}</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/step_wizard.py" line="334"/>
        <source>To bring: {0}</source>
        <translation>Llevar: {0}</translation>
    </message>
</context>
<context>
    <name>StepWizard</name>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/step_wizard.py" line="58"/>
        <source>Add at least one step.</source>
        <translation>Agrega al menos un paso.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/step_wizard.py" line="59"/>
        <source>Step {0} does not say what is done yet: write it, or remove the step.</source>
        <translation>El paso {0} todavía no dice qué se hace: escríbelo o quita el paso.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/step_wizard.py" line="62"/>
        <source>Step {0} (“{1}”): choose who does it.</source>
        <translation>Paso {0} («{1}»): elige quién lo hace.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/step_wizard.py" line="65"/>
        <source>Step {0} (“{1}”): a date is not valid.</source>
        <translation>Paso {0} («{1}»): una fecha no es válida.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/step_wizard.py" line="66"/>
        <source>Step {0} (“{1}”): give the appointment a time.</source>
        <translation>Paso {0} («{1}»): indica la hora de la cita.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/step_wizard.py" line="69"/>
        <source>Step {0} (“{1}”) is due on {2}, which has already passed.</source>
        <translation>La fecha límite del paso {0} («{1}») es el {2}, que ya pasó.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/step_wizard.py" line="72"/>
        <source>Step {0} (“{1}”) is due after the goal&apos;s target date, {2}.</source>
        <translation>La fecha límite del paso {0} («{1}») es posterior a la fecha prevista de la meta, {2}.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/step_wizard.py" line="76"/>
        <source>The week of {0} is crowded: she would have {1} or more open steps due that week. Is that too much at once?</source>
        <translation>La semana del {0} está muy cargada: tendría {1} pasos pendientes o más con fecha límite esa semana. ¿Es demasiado a la vez?</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/step_wizard.py" line="357"/>
        <source>New steps</source>
        <translation>Pasos nuevos</translation>
    </message>
</context>
<context>
    <name>StepsPage</name>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/step_wizard.py" line="261"/>
        <source>Definite steps, with deadlines</source>
        <translation>Pasos concretos, con fecha límite</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/step_wizard.py" line="263"/>
        <source>Write each step she agreed to: what is done, who does it, and by when.</source>
        <translation>Escribe cada paso que acordó: qué se hace, quién lo hace y para cuándo.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/step_wizard.py" line="267"/>
        <source>Be concrete: “Call the housing office”, not “Housing”. Note any appointment, what she needs to bring, and instructions in words she will understand later.</source>
        <translation>Sé concreta: «Llamar a la oficina de vivienda», no «Vivienda». Anota cualquier cita, lo que tiene que llevar y las indicaciones con palabras que entienda más tarde.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/step_wizard.py" line="277"/>
        <source>&amp;Add a step</source>
        <translation>A&amp;gregar un paso</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/step_wizard.py" line="278"/>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/step_wizard.py" line="279"/>
        <source>Steps for this goal</source>
        <translation>Pasos para esta meta</translation>
    </message>
</context>
<context>
    <name>StrengthsPage</name>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/intake_closing_pages.py" line="80"/>
        <source>What does she do well? What has helped her through hard times? Tick what she recognises in herself, and add her own words.</source>
        <translation>¿Qué hace bien? ¿Qué la ha ayudado en los momentos difíciles? Marca lo que ella reconoce en sí misma y agrega sus propias palabras.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/intake_closing_pages.py" line="94"/>
        <source>In her own &amp;words (one per line):</source>
        <translation>En sus propias &amp;palabras (una por línea):</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/intake_closing_pages.py" line="97"/>
        <source>Strengths in her own words</source>
        <translation>Fortalezas en sus propias palabras</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/intake_closing_pages.py" line="229"/>
        <source>Read it through with her. Finish creates her file and case with this.</source>
        <translation>Léelo completo con ella. Terminar crea su expediente y su caso con esto.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/intake_closing_pages.py" line="233"/>
        <source>What the intake will create</source>
        <translation>Lo que creará el ingreso</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/intake_closing_pages.py" line="254"/>
        <source>She preferred not to answer: {0}.</source>
        <translation>Prefirió no responder: {0}.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/intake_closing_pages.py" line="262"/>
        <source>She preferred not to decide about sharing: nothing will be shared.</source>
        <translation>Prefirió no decidir sobre compartir información: no se compartirá nada.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/intake_closing_pages.py" line="266"/>
        <source>Every domain is recorded as “{0}”.</source>
        <translation>Todos los ámbitos quedan registrados como «{0}».</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/intake_closing_pages.py" line="282"/>
        <source>Born on {0}</source>
        <translation>Nació el {0}</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/intake_closing_pages.py" line="284"/>
        <source>About {0} years old</source>
        <translation>Unos {0} años</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/intake_closing_pages.py" line="286"/>
        <source>Called: {0}</source>
        <translation>Nombre de uso: {0}</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/intake_closing_pages.py" line="287"/>
        <source>Legal name: {0}</source>
        <translation>Nombre legal: {0}</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/intake_closing_pages.py" line="288"/>
        <source>Pronouns: {0}</source>
        <translation>Pronombres: {0}</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/intake_closing_pages.py" line="290"/>
        <source>Speaks: {0}</source>
        <translation>Habla: {0}</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/intake_closing_pages.py" line="291"/>
        <source>Printed documents in {0}</source>
        <translation>Documentos impresos en {0}</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/intake_closing_pages.py" line="297"/>
        <source>She agrees that the shelter keeps her file (on {0})</source>
        <translation>Acepta que el refugio lleve su expediente (el {0})</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/intake_closing_pages.py" line="299"/>
        <source>She agrees we share information with {0}</source>
        <translation>Acepta que compartamos información con {0}</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/intake_closing_pages.py" line="300"/>
        <source>She agrees we contact her support people marked safe to contact</source>
        <translation>Acepta que contactemos a sus personas de apoyo marcadas como seguras</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/intake_closing_pages.py" line="304"/>
        <source>A message may be left</source>
        <translation>Se puede dejar un mensaje</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/intake_closing_pages.py" line="305"/>
        <source>Never leave a message</source>
        <translation>Nunca dejar un mensaje</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/intake_closing_pages.py" line="306"/>
        <source>Not asked about messages: do not leave one</source>
        <translation>No se preguntó sobre mensajes: no dejar ninguno</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/intake_closing_pages.py" line="308"/>
        <source>Safe phone: {0}</source>
        <translation>Teléfono seguro: {0}</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/intake_closing_pages.py" line="310"/>
        <source>No safe phone: contact in person only</source>
        <translation>Sin teléfono seguro: contacto solo en persona</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/intake_closing_pages.py" line="312"/>
        <source>Safe times: {0}</source>
        <translation>Horarios seguros: {0}</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/intake_closing_pages.py" line="313"/>
        <source>A code word is recorded</source>
        <translation>Hay una palabra clave registrada</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/intake_closing_pages.py" line="314"/>
        <source>Must not be told: {0}</source>
        <translation>No dar información a: {0}</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/intake_closing_pages.py" line="319"/>
        <source>with her</source>
        <translation>con ella</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/intake_closing_pages.py" line="319"/>
        <source>not with her</source>
        <translation>no está con ella</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/intake_closing_pages.py" line="320"/>
        <location filename="../../src/shelterplan/ui/wizards/intake_closing_pages.py" line="334"/>
        <location filename="../../src/shelterplan/ui/wizards/intake_closing_pages.py" line="342"/>
        <source>{0} ({1})</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/intake_closing_pages.py" line="321"/>
        <location filename="../../src/shelterplan/ui/wizards/intake_closing_pages.py" line="327"/>
        <source>{0} — {1}</source>
        <translation>{0} — {1}</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/intake_closing_pages.py" line="324"/>
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/intake_closing_pages.py" line="326"/>
        <source>{0}, her priority {1}</source>
        <translation>{0}, su prioridad {1}</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/intake_closing_pages.py" line="340"/>
        <source>safe to contact</source>
        <translation>contacto seguro</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/intake_closing_pages.py" line="340"/>
        <source>NOT safe to contact</source>
        <translation>contacto NO seguro</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/intake_closing_pages.py" line="344"/>
        <source>{0}: {1} — {2}</source>
        <translation>{0}: {1} — {2}</translation>
    </message>
</context>
<context>
    <name>TeamPage</name>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/intake_closing_pages.py" line="177"/>
        <source>Who already helps her? Ask about each person whether contact is safe.</source>
        <translation>¿Quién la ayuda ya? Pregunta por cada persona si es seguro contactarla.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/intake_closing_pages.py" line="179"/>
        <source>Safe to contact</source>
        <translation>Contacto seguro</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/intake_closing_pages.py" line="182"/>
        <location filename="../../src/shelterplan/ui/wizards/intake_closing_pages.py" line="199"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/intake_closing_pages.py" line="183"/>
        <source>Role</source>
        <translation>Función</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/intake_closing_pages.py" line="186"/>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/intake_closing_pages.py" line="191"/>
        <location filename="../../src/shelterplan/ui/wizards/intake_closing_pages.py" line="201"/>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/intake_closing_pages.py" line="194"/>
        <source>Add a provider</source>
        <translation>Agregar un servicio externo</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/intake_closing_pages.py" line="195"/>
        <source>service providers</source>
        <translation>servicios externos</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/intake_closing_pages.py" line="200"/>
        <source>Relationship to her</source>
        <translation>Relación con ella</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/intake_closing_pages.py" line="204"/>
        <source>Add a support person</source>
        <translation>Agregar una persona de apoyo</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/intake_closing_pages.py" line="205"/>
        <source>support people</source>
        <translation>personas de apoyo</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/intake_closing_pages.py" line="207"/>
        <source>Service providers already involved</source>
        <translation>Servicios externos que ya intervienen</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/intake_closing_pages.py" line="209"/>
        <source>Trusted support people</source>
        <translation>Personas de apoyo de confianza</translation>
    </message>
</context>
<context>
    <name>drafts</name>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/launcher.py" line="32"/>
        <source>shelterplan</source>
        <translation>shelterplan</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/launcher.py" line="99"/>
        <source>an intake</source>
        <translation>un ingreso</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/launcher.py" line="100"/>
        <source>goal setting</source>
        <translation>la definición de metas</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/launcher.py" line="101"/>
        <source>new steps</source>
        <translation>los pasos nuevos</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/launcher.py" line="102"/>
        <source>a review</source>
        <translation>una revisión</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/launcher.py" line="116"/>
        <source>Unfinished work</source>
        <translation>Trabajo sin terminar</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/launcher.py" line="117"/>
        <source>You did not finish {0} (saved {1}). Nothing typed was lost.</source>
        <translation>No terminaste {0} (guardado el {1}). No se perdió nada de lo escrito.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/launcher.py" line="121"/>
        <source>&amp;Resume where I stopped</source>
        <translation>&amp;Retomar donde lo dejé</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/launcher.py" line="122"/>
        <source>&amp;Discard it</source>
        <translation>&amp;Descartarlo</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/launcher.py" line="123"/>
        <source>&amp;Later</source>
        <translation>Más &amp;tarde</translation>
    </message>
</context>
<context>
    <name>page</name>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/review_closing.py" line="56"/>
        <source>Need: {0}</source>
        <translation>Necesidad: {0}</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/review_closing.py" line="58"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/review_closing.py" line="63"/>
        <source>Her situation now: {0}</source>
        <translation>Su situación ahora: {0}</translation>
    </message>
</context>
</TS>
