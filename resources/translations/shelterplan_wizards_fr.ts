<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_CA">
<context>
    <name>ConcurrentPage</name>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/goal_choices.py" line="203"/>
        <source>Themes that run alongside</source>
        <translation>Thèmes en parallèle</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/goal_choices.py" line="204"/>
        <source>Some needs run beside the plan rather than leading to it.</source>
        <translation>Certains besoins se travaillent en parallèle du plan plutôt que d&apos;y mener.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/goal_choices.py" line="207"/>
        <source>For example treatment for substance use, or counselling for her mental health. Name them in her words so they are part of the plan too. Leave the list empty if there are none.</source>
        <translation>Par exemple, un traitement pour sa consommation ou un suivi psychologique pour sa santé mentale. Nommez-les dans ses mots pour qu&apos;ils fassent aussi partie du plan. Laissez la liste vide s&apos;il n&apos;y en a pas.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/goal_choices.py" line="213"/>
        <source>Theme, in her words</source>
        <translation>Thème, dans ses mots</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/goal_choices.py" line="216"/>
        <source>&amp;Add a theme</source>
        <translation>&amp;Ajouter un thème</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/goal_choices.py" line="217"/>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/goal_choices.py" line="218"/>
        <source>Concurrent themes</source>
        <translation>Thèmes en parallèle</translation>
    </message>
</context>
<context>
    <name>ConsentPage</name>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/intake_pages.py" line="53"/>
        <source>Read this with her before anything is written down.</source>
        <translation>Lisez ceci avec elle avant de noter quoi que ce soit.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/intake_pages.py" line="58"/>
        <source>What we write down</source>
        <translation>Ce que nous notons</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/intake_pages.py" line="60"/>
        <source>What she tells us for her plan: her name, how to reach her safely, her situation, her goals and the people around her.</source>
        <translation>Ce qu&apos;elle nous confie pour son plan&#xa0;: son nom, comment la joindre en sécurité, sa situation, ses objectifs et les personnes de son entourage.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/intake_pages.py" line="65"/>
        <source>Who can see it</source>
        <translation>Qui peut le consulter</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/intake_pages.py" line="67"/>
        <source>The workers of this shelter who work with her, and their supervisors. It is kept encrypted on this computer.</source>
        <translation>Les intervenantes de la maison qui travaillent avec elle, et leurs superviseures. Le tout est conservé chiffré sur cet ordinateur.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/intake_pages.py" line="72"/>
        <source>Sharing</source>
        <translation>Partage</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/intake_pages.py" line="74"/>
        <source>Nothing leaves the shelter without her separate consent below, except where the law requires it (a child in danger, a risk to someone&apos;s life).</source>
        <translation>Rien ne sort de la maison sans son consentement distinct ci-dessous, sauf si la loi l&apos;exige (un enfant en danger, un risque pour la vie de quelqu&apos;un).</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/intake_pages.py" line="79"/>
        <source>Her choices</source>
        <translation>Ses choix</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/intake_pages.py" line="80"/>
        <source>She may refuse any question, and withdraw any consent later.</source>
        <translation>Elle peut refuser de répondre à toute question et retirer tout consentement plus tard.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/intake_pages.py" line="87"/>
        <source>She agrees that the shelter keeps a file about her, as explained (required)</source>
        <translation>Elle accepte que la maison tienne un dossier à son sujet, tel qu&apos;expliqué (obligatoire)</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/intake_pages.py" line="96"/>
        <source>Sharing, only with her separate consent</source>
        <translation>Partage, seulement avec son consentement distinct</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/intake_pages.py" line="101"/>
        <source>Provider she agrees we share information with</source>
        <translation>Organisme avec lequel elle accepte que nous partagions de l&apos;information</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/intake_pages.py" line="106"/>
        <source>Pick from the directory, or type a name</source>
        <translation>Choisissez dans le répertoire ou tapez un nom</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/intake_pages.py" line="109"/>
        <source>Add a provider</source>
        <translation>Ajouter un organisme</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/intake_pages.py" line="110"/>
        <source>providers she agrees we share with</source>
        <translation>organismes avec lesquels elle accepte le partage</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/intake_pages.py" line="115"/>
        <source>She agrees that we contact the support people she names as safe to contact</source>
        <translation>Elle accepte que nous communiquions avec les personnes de soutien qu&apos;elle désigne comme sûres</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/intake_pages.py" line="121"/>
        <source>If she would rather not decide about sharing now, press “She prefers not to answer”: nothing will be shared, and her file is kept as she agreed.</source>
        <translation>Si elle préfère ne pas décider du partage maintenant, appuyez sur «&#xa0;Elle préfère ne pas répondre&#xa0;»&#xa0;: rien ne sera communiqué, et son dossier est conservé comme elle l&apos;a accepté.</translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/review_closing.py" line="303"/>
        <source>The review is saved</source>
        <translation>La révision est enregistrée</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/review_closing.py" line="304"/>
        <source>What to do now, while she is here.</source>
        <translation>Ce qu&apos;il reste à faire maintenant, pendant qu&apos;elle est là.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/review_closing.py" line="310"/>
        <source>&amp;Print the updated plan…</source>
        <translation>&amp;Imprimer le plan à jour…</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/review_closing.py" line="313"/>
        <source>Print her p&amp;rogress page…</source>
        <translation>Imprimer sa page de p&amp;rogrès…</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/review_closing.py" line="316"/>
        <source>What she has achieved since the plan began, in her language, to keep</source>
        <translation>Ce qu&apos;elle a accompli depuis le début du plan, dans sa langue, à garder</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/review_closing.py" line="319"/>
        <source>For her to take home</source>
        <translation>Pour qu&apos;elle l&apos;apporte chez elle</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/review_closing.py" line="325"/>
        <source>Amend the plan</source>
        <translation>Modifier le plan</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/review_closing.py" line="344"/>
        <source>The review is saved. Her next review is on {0}.</source>
        <translation>La révision est enregistrée. Sa prochaine révision aura lieu le {0}.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/review_closing.py" line="350"/>
        <source>She reached a goal: something to celebrate with her.</source>
        <translation>Elle a atteint un objectif&#xa0;: une réussite à célébrer avec elle.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/review_closing.py" line="353"/>
        <source>She reached {0} goals: something to celebrate with her.</source>
        <translation>Elle a atteint {0} objectifs&#xa0;: une réussite à célébrer avec elle.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/review_closing.py" line="358"/>
        <source>The plan now differs from the version she signed: print the updated plan, go over the changes with her and sign it together.</source>
        <translation>Le plan diffère maintenant de la version qu&apos;elle a signée&#xa0;: imprimez le plan à jour, passez les changements en revue avec elle et signez-le ensemble.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/review_closing.py" line="363"/>
        <source>Print the updated plan so that she has the current one.</source>
        <translation>Imprimez le plan à jour pour qu&apos;elle ait la version actuelle.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/review_closing.py" line="371"/>
        <source>She wants to change:
{0}

When you finish, the Plan tab opens at “{1}”: change its words or dates there, or add steps with New steps…</source>
        <translation>Elle veut modifier&#xa0;:
{0}

Quand vous aurez terminé, l&apos;onglet Plan s&apos;ouvrira sur «&#xa0;{1}&#xa0;»&#xa0;: modifiez-y le libellé ou les dates, ou ajoutez des étapes avec Nouvelles étapes…</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/review_closing.py" line="375"/>
        <source>&amp;Add steps to “{0}” now</source>
        <translation>&amp;Ajouter des étapes à «&#xa0;{0}&#xa0;» maintenant</translation>
    </message>
</context>
<context>
    <name>FlowPage</name>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/base.py" line="39"/>
        <source>Problems on this page</source>
        <translation>Problèmes sur cette page</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/base.py" line="95"/>
        <source>Press Next again to go on anyway.</source>
        <translation>Appuyez de nouveau sur Suivant pour continuer quand même.</translation>
    </message>
</context>
<context>
    <name>FlowWizard</name>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/base.py" line="130"/>
        <source>She prefers not to &amp;answer</source>
        <translation>Elle préfère ne pas &amp;répondre</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/base.py" line="229"/>
        <source>Close the wizard?</source>
        <translation>Fermer l&apos;assistant?</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/base.py" line="231"/>
        <source>Throw away what was typed in this wizard? Choose No to keep it as a draft you can finish later.</source>
        <translation>Effacer ce qui a été saisi dans cet assistant? Choisissez Non pour le garder comme brouillon à terminer plus tard.</translation>
    </message>
</context>
<context>
    <name>GoalForm</name>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/goal_pages.py" line="236"/>
        <source>No particular domain</source>
        <translation>Aucun domaine en particulier</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/goal_pages.py" line="236"/>
        <source>Domain</source>
        <translation>Domaine</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/goal_pages.py" line="239"/>
        <source>In her &amp;words:</source>
        <translation>Dans ses &amp;mots&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/goal_pages.py" line="240"/>
        <source>D&amp;omain:</source>
        <translation>D&amp;omaine&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/goal_pages.py" line="243"/>
        <source>Set a date</source>
        <translation>Fixer une date</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/goal_pages.py" line="244"/>
        <source>Target date</source>
        <translation>Date visée</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/goal_pages.py" line="245"/>
        <source>Target &amp;date:</source>
        <translation>&amp;Date visée&#xa0;:</translation>
    </message>
</context>
<context>
    <name>GoalReviewForm</name>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/review_pages.py" line="349"/>
        <source>This goal&apos;s steps since the last review</source>
        <translation>Étapes de cet objectif depuis la dernière révision</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/review_pages.py" line="354"/>
        <source>How far did it come?</source>
        <translation>Où en est-il?</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/review_pages.py" line="354"/>
        <source>Progress</source>
        <translation>Progrès</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/review_pages.py" line="357"/>
        <source>What helped</source>
        <translation>Ce qui a aidé</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/review_pages.py" line="358"/>
        <source>Her strengths, people around her, services… in her words</source>
        <translation>Ses forces, son entourage, des services… dans ses mots</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/review_pages.py" line="361"/>
        <source>What got in the way</source>
        <translation>Ce qui a fait obstacle</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/review_pages.py" line="362"/>
        <source>Waiting lists, money, health, fear… in her words</source>
        <translation>Listes d&apos;attente, argent, santé, peur… dans ses mots</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/review_pages.py" line="365"/>
        <source>What now?</source>
        <translation>Et maintenant?</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/review_pages.py" line="365"/>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/review_pages.py" line="368"/>
        <source>Why it is set aside</source>
        <translation>Pourquoi il est mis de côté</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/review_pages.py" line="369"/>
        <source>Required when the goal is set aside</source>
        <translation>Obligatoire si l&apos;objectif est mis de côté</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/review_pages.py" line="373"/>
        <source>What hel&amp;ped:</source>
        <translation>Ce qui a ai&amp;dé&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/review_pages.py" line="374"/>
        <source>What got in the &amp;way:</source>
        <translation>Ce qui a fait &amp;obstacle&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/review_pages.py" line="376"/>
        <source>Why set a&amp;side:</source>
        <translation>Po&amp;urquoi mis de côté&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/review_pages.py" line="401"/>
        <source>{0}: {1}</source>
        <translation>{0}&#xa0;: {1}</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/review_pages.py" line="410"/>
        <source>No step done, missed or open for this goal.</source>
        <translation>Aucune étape faite, manquée ou à faire pour cet objectif.</translation>
    </message>
</context>
<context>
    <name>GoalSummaryPage</name>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/goal_choices.py" line="234"/>
        <source>Read it back to her</source>
        <translation>Relisez-le avec elle</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/goal_choices.py" line="236"/>
        <source>Check the plan with her. Finish saves it; Back lets you change anything.</source>
        <translation>Vérifiez le plan avec elle. Terminer l&apos;enregistre; Précédent permet de tout modifier.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/goal_choices.py" line="240"/>
        <source>What will be saved</source>
        <translation>Ce qui sera enregistré</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/goal_choices.py" line="250"/>
        <source>{0} (already in her plan)</source>
        <translation>{0} (déjà dans son plan)</translation>
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
        <translation>Thème en parallèle&#xa0;: {0}</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/goal_choices.py" line="262"/>
        <source>{0}: {1}</source>
        <translation>{0}&#xa0;: {1}</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/goal_choices.py" line="265"/>
        <source>by {0}</source>
        <translation>d&apos;ici le {0}</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/goal_choices.py" line="272"/>
        <source>Her choice: {0}</source>
        <translation>Son choix&#xa0;: {0}</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/goal_choices.py" line="274"/>
        <source>{0}, because: {1}</source>
        <translation>{0}, parce que&#xa0;: {1}</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/goal_choices.py" line="276"/>
        <source>Option weighed: {0}</source>
        <translation>Option envisagée&#xa0;: {0}</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/goal_choices.py" line="282"/>
        <source>Referral proposed: {0}</source>
        <translation>Référence proposée&#xa0;: {0}</translation>
    </message>
</context>
<context>
    <name>GoalWizard</name>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/goal_choices.py" line="31"/>
        <source>{0}: {1}</source>
        <translation>{0}&#xa0;: {1}</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/goal_choices.py" line="113"/>
        <source>(not described yet)</source>
        <translation>(pas encore décrite)</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/goal_choices.py" line="115"/>
        <source>Her choice: {0}</source>
        <translation>Son choix&#xa0;: {0}</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/goal_pages.py" line="45"/>
        <source>“{0}” has no words yet: write it in her words, or remove it.</source>
        <translation>«&#xa0;{0}&#xa0;» n&apos;a pas encore de libellé&#xa0;: écrivez-le dans ses mots, ou retirez-le.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/goal_pages.py" line="48"/>
        <source>Choose another domain for “{0}”.</source>
        <translation>Choisissez un autre domaine pour «&#xa0;{0}&#xa0;».</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/goal_pages.py" line="49"/>
        <source>The target date of “{0}” is not a valid date.</source>
        <translation>La date visée de «&#xa0;{0}&#xa0;» n&apos;est pas une date valide.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/goal_pages.py" line="52"/>
        <source>Choose the long-term goal that the new intermediate goals lead to.</source>
        <translation>Choisissez l&apos;objectif à long terme auquel mènent les nouveaux objectifs intermédiaires.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/goal_pages.py" line="55"/>
        <source>A service is ticked for a goal that was removed. Choose its goal again.</source>
        <translation>Un service est coché pour un objectif qui a été retiré. Choisissez de nouveau son objectif.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/goal_pages.py" line="58"/>
        <source>The target date of “{0}”, {1}, has already passed.</source>
        <translation>La date visée de «&#xa0;{0}&#xa0;», le {1}, est déjà passée.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/goal_pages.py" line="61"/>
        <source>“{0}” is set after the long-term goal&apos;s target date ({1}). A goal on the way must be reached before the goal it leads to.</source>
        <translation>«&#xa0;{0}&#xa0;» est prévu après la date visée de l&apos;objectif à long terme ({1}). Un objectif intermédiaire doit être atteint avant l&apos;objectif auquel il mène.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/goal_pages.py" line="66"/>
        <source>No goals on the way yet. Working backwards, most long-term goals need one or two intermediate goals before them.</source>
        <translation>Aucun objectif intermédiaire pour l&apos;instant. En partant de la fin, la plupart des objectifs à long terme demandent un ou deux objectifs intermédiaires.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/goal_pages.py" line="71"/>
        <source>An option for “{0}” is not described yet: describe it, or remove it.</source>
        <translation>Une option pour «&#xa0;{0}&#xa0;» n&apos;est pas encore décrite&#xa0;: décrivez-la, ou retirez-la.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/goal_pages.py" line="74"/>
        <source>More than one option is marked as her choice for “{0}”: keep only one.</source>
        <translation>Plus d&apos;une option est marquée comme son choix pour «&#xa0;{0}&#xa0;»&#xa0;: n&apos;en gardez qu&apos;une.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/goal_pages.py" line="77"/>
        <source>Options were explored for “{0}”, but none is marked as her choice yet.</source>
        <translation>Des options ont été explorées pour «&#xa0;{0}&#xa0;», mais aucune n&apos;est encore marquée comme son choix.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/goal_pages.py" line="80"/>
        <source>A ticked service is no longer in the directory: untick it.</source>
        <translation>Un service coché n&apos;est plus dans le répertoire&#xa0;: décochez-le.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/goal_pages.py" line="86"/>
        <source>Write the long-term goal in her words.</source>
        <translation>Écrivez l&apos;objectif à long terme dans ses mots.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/goal_pages.py" line="89"/>
        <source>That long-term goal is no longer in her plan. Choose another, or write a new one.</source>
        <translation>Cet objectif à long terme n&apos;est plus dans son plan. Choisissez-en un autre, ou écrivez-en un nouveau.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/goal_pages.py" line="100"/>
        <source>the long-term goal</source>
        <translation>objectif à long terme</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/goal_pages.py" line="103"/>
        <source>intermediate goal {0}</source>
        <translation>objectif intermédiaire {0}</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/goal_pages.py" line="109"/>
        <source>theme {0}</source>
        <translation>thème {0}</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/goal_pages.py" line="269"/>
        <source>(not written yet)</source>
        <translation>(pas encore écrit)</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/goal_pages.py" line="271"/>
        <source>{0} — by {1}</source>
        <translation>{0} — d&apos;ici le {1}</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/goal_wizard.py" line="53"/>
        <source>Goals, worked backwards</source>
        <translation>Objectifs, en partant de la fin</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/goal_wizard.py" line="55"/>
        <source>No &amp;services now</source>
        <translation>Aucun &amp;service pour l&apos;instant</translation>
    </message>
</context>
<context>
    <name>GoalsPage</name>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/intake_closing_pages.py" line="148"/>
        <source>What does she want to reach? Write it the way she says it. The goal wizard will later work backwards from each goal.</source>
        <translation>Qu&apos;est-ce qu&apos;elle veut atteindre? Écrivez-le comme elle le dit. L&apos;assistant des objectifs partira ensuite de chaque objectif pour remonter vers aujourd&apos;hui.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/intake_closing_pages.py" line="155"/>
        <source>Her goal, in her words</source>
        <translation>Son objectif, dans ses mots</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/intake_closing_pages.py" line="156"/>
        <source>Domain (if any)</source>
        <translation>Domaine (s&apos;il y a lieu)</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/intake_closing_pages.py" line="158"/>
        <source>Add another goal</source>
        <translation>Ajouter un autre objectif</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/intake_closing_pages.py" line="159"/>
        <source>her goals</source>
        <translation>ses objectifs</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/review_pages.py" line="436"/>
        <source>Goal by goal</source>
        <translation>Objectif par objectif</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/review_pages.py" line="439"/>
        <source>For each goal: how far it came, what helped and what got in the way, and what to do with it now.</source>
        <translation>Pour chaque objectif&#xa0;: où il en est, ce qui a aidé et ce qui a fait obstacle, et ce qu&apos;on en fait maintenant.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/review_pages.py" line="446"/>
        <source>Goals to review</source>
        <translation>Objectifs à réviser</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/review_pages.py" line="456"/>
        <source>She has no active goal to review. Go on to her needs and the next date.</source>
        <translation>Elle n&apos;a aucun objectif en cours à réviser. Passez à ses besoins et à la prochaine date.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/review_pages.py" line="472"/>
        <source>to decide</source>
        <translation>à décider</translation>
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
        <translation>Enfants et autres personnes à charge avec elle ou sous sa garde. Un prénom, des initiales ou un surnom suffit.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/intake_pages.py" line="301"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/intake_pages.py" line="302"/>
        <source>Age</source>
        <translation>Âge</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/intake_pages.py" line="303"/>
        <source>Relationship to her</source>
        <translation>Lien avec elle</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/intake_pages.py" line="304"/>
        <source>With her here</source>
        <translation>Avec elle ici</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/intake_pages.py" line="305"/>
        <source>Notes (school, health, custody)</source>
        <translation>Notes (école, santé, garde)</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/intake_pages.py" line="307"/>
        <source>Add a child or dependant</source>
        <translation>Ajouter un enfant ou une personne à charge</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/intake_pages.py" line="308"/>
        <source>children and dependants</source>
        <translation>enfants et personnes à charge</translation>
    </message>
</context>
<context>
    <name>IdentityPage</name>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/intake_pages.py" line="145"/>
        <source>Only the name she wants to be called by is needed.</source>
        <translation>Seul le nom par lequel elle veut être appelée est nécessaire.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/intake_pages.py" line="150"/>
        <source>Only if she wants it written down</source>
        <translation>Seulement si elle veut qu&apos;il soit noté</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/intake_pages.py" line="152"/>
        <source>For example: she/her, elle, ella, they</source>
        <translation>Par exemple&#xa0;: elle, she/her, ella, iel</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/intake_pages.py" line="153"/>
        <source>Known</source>
        <translation>Connue</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/intake_pages.py" line="154"/>
        <source>Birth date known</source>
        <translation>Date de naissance connue</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/intake_pages.py" line="159"/>
        <source>Birth date</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/intake_pages.py" line="167"/>
        <source>Not given</source>
        <translation>Non précisé</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/intake_pages.py" line="169"/>
        <source>Separate with commas: French, Wolof</source>
        <translation>Séparez par des virgules&#xa0;: français, wolof</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/intake_pages.py" line="176"/>
        <source>P&amp;referred name or alias (required):</source>
        <translation>Nom &amp;usuel ou pseudonyme (obligatoire)&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/intake_pages.py" line="177"/>
        <source>&amp;Legal name:</source>
        <translation>Nom &amp;légal&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/intake_pages.py" line="178"/>
        <source>&amp;Pronouns:</source>
        <translation>&amp;Pronoms&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/intake_pages.py" line="179"/>
        <source>Birth date:</source>
        <translation>Date de naissance&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/intake_pages.py" line="180"/>
        <source>Appro&amp;ximate age:</source>
        <translation>Âge appro&amp;ximatif&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/intake_pages.py" line="181"/>
        <source>Languages she &amp;speaks:</source>
        <translation>Langues qu&apos;elle p&amp;arle&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/intake_pages.py" line="182"/>
        <source>Language of printed &amp;documents:</source>
        <translation>Langue des &amp;documents imprimés&#xa0;:</translation>
    </message>
</context>
<context>
    <name>IntakePage</name>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/intake_widgets.py" line="158"/>
        <source>She preferred not to answer this page. What is typed here now will be saved as her answer.</source>
        <translation>Elle a préféré ne pas répondre à cette page. Ce qui est saisi ici maintenant sera enregistré comme sa réponse.</translation>
    </message>
</context>
<context>
    <name>IntakeWizard</name>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/intake_closing_pages.py" line="44"/>
        <source>Has kept herself and others safe</source>
        <translation>A su se protéger et protéger les autres</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/intake_closing_pages.py" line="45"/>
        <source>Protects and cares for her children</source>
        <translation>Protège ses enfants et en prend soin</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/intake_closing_pages.py" line="46"/>
        <source>Reached out for help: she is here</source>
        <translation>A demandé de l&apos;aide&#xa0;: elle est ici</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/intake_closing_pages.py" line="47"/>
        <source>Resourceful: finds a way</source>
        <translation>Débrouillarde&#xa0;: trouve des solutions</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/intake_closing_pages.py" line="48"/>
        <source>Determined and persistent</source>
        <translation>Déterminée et persévérante</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/intake_closing_pages.py" line="49"/>
        <source>Work experience or a trade</source>
        <translation>Expérience de travail ou métier</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/intake_closing_pages.py" line="50"/>
        <source>Speaks more than one language</source>
        <translation>Parle plus d&apos;une langue</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/intake_closing_pages.py" line="51"/>
        <source>Makes a little money go far</source>
        <translation>Sait faire durer un petit budget</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/intake_closing_pages.py" line="52"/>
        <source>Has people who care about her</source>
        <translation>A des personnes qui tiennent à elle</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/intake_closing_pages.py" line="53"/>
        <source>Draws strength from her faith, culture or community</source>
        <translation>Puise sa force dans sa foi, sa culture ou sa communauté</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/intake_closing_pages.py" line="56"/>
        <source>Creative: cooking, sewing, art, music</source>
        <translation>Créative&#xa0;: cuisine, couture, art, musique</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/intake_closing_pages.py" line="57"/>
        <source>Knows what she wants for her life</source>
        <translation>Sait ce qu&apos;elle veut pour sa vie</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/intake_widgets.py" line="39"/>
        <source>Consent and confidentiality</source>
        <translation>Consentement et confidentialité</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/intake_widgets.py" line="40"/>
        <source>Who she is</source>
        <translation>Qui elle est</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/intake_widgets.py" line="41"/>
        <source>Safe contact</source>
        <translation>Coordonnées sûres</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/intake_widgets.py" line="42"/>
        <source>Children and dependants</source>
        <translation>Enfants et personnes à charge</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/intake_widgets.py" line="43"/>
        <source>Her situation</source>
        <translation>Sa situation</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/intake_widgets.py" line="44"/>
        <source>Strengths and skills</source>
        <translation>Forces et compétences</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/intake_widgets.py" line="45"/>
        <source>Her goals</source>
        <translation>Ses objectifs</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/intake_widgets.py" line="46"/>
        <source>Her team and support people</source>
        <translation>Son équipe et ses personnes de soutien</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/intake_widgets.py" line="47"/>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/intake_widgets.py" line="51"/>
        <source>A file can only be kept with her agreement. If she does not agree, cancel the intake: nothing will be saved.</source>
        <translation>Un dossier ne peut être tenu qu&apos;avec son accord. Si elle n&apos;est pas d&apos;accord, annulez l&apos;accueil&#xa0;: rien ne sera enregistré.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/intake_widgets.py" line="56"/>
        <source>Write the name she wants to be called by (an alias is fine).</source>
        <translation>Écrivez le nom par lequel elle veut être appelée (un pseudonyme convient).</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/intake_widgets.py" line="59"/>
        <source>The approximate age must be between 1 and 129.</source>
        <translation>L&apos;âge approximatif doit être entre 1 et 129.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/intake_widgets.py" line="62"/>
        <source>The birth date is not a date.</source>
        <translation>La date de naissance n&apos;est pas une date valide.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/intake_widgets.py" line="63"/>
        <source>The birth date is in the future.</source>
        <translation>La date de naissance est dans le futur.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/intake_widgets.py" line="64"/>
        <source>The birth date is more than 129 years ago.</source>
        <translation>La date de naissance remonte à plus de 129 ans.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/intake_widgets.py" line="67"/>
        <source>The approximate age does not match the birth date.</source>
        <translation>L&apos;âge approximatif ne correspond pas à la date de naissance.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/intake_widgets.py" line="70"/>
        <source>She seems to be {0} years old: follow your agency&apos;s rules for minors.</source>
        <translation>Elle semble avoir {0} ans&#xa0;: suivez les règles de votre organisme pour les personnes mineures.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/intake_widgets.py" line="73"/>
        <source>Printed documents can be in English, French or Spanish.</source>
        <translation>Les documents imprimés peuvent être en anglais, en français ou en espagnol.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/intake_widgets.py" line="76"/>
        <source>A message may be left, but there is no safe phone to leave it on.</source>
        <translation>On peut laisser un message, mais il n&apos;y a aucun téléphone sûr où le laisser.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/intake_widgets.py" line="79"/>
        <source>Row {0} has no name: a first name, initials or a nickname is enough.</source>
        <translation>La ligne {0} n&apos;a pas de nom&#xa0;: un prénom, des initiales ou un surnom suffit.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/intake_widgets.py" line="83"/>
        <source>Row {0}: the age must be between 0 and 129.</source>
        <translation>Ligne {0}&#xa0;: l&apos;âge doit être entre 0 et 129.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/intake_widgets.py" line="86"/>
        <source>“{0}” is not a domain we know.</source>
        <translation>«&#xa0;{0}&#xa0;» n&apos;est pas un domaine connu.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/intake_widgets.py" line="87"/>
        <source>{0}: choose a need level from the list.</source>
        <translation>{0}&#xa0;: choisissez un niveau de besoin dans la liste.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/intake_widgets.py" line="90"/>
        <source>{0}: her priority goes from 1 (most important) to 5.</source>
        <translation>{0}&#xa0;: sa priorité va de 1 (le plus important) à 5.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/intake_widgets.py" line="93"/>
        <source>{0}: no need level is chosen; it will be saved as “No need”.</source>
        <translation>{0}&#xa0;: aucun niveau de besoin n&apos;est choisi; il sera enregistré comme «&#xa0;Aucun besoin&#xa0;».</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/intake_widgets.py" line="96"/>
        <source>No strength is noted yet. Every woman has some: go through the list with her.</source>
        <translation>Aucune force n&apos;est encore notée. Chaque femme en a&#xa0;: parcourez la liste avec elle.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/intake_widgets.py" line="100"/>
        <source>Goal {0}: choose a domain from the list, or none.</source>
        <translation>Objectif {0}&#xa0;: choisissez un domaine dans la liste, ou aucun.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/intake_widgets.py" line="103"/>
        <source>Row {0} has no name: write at least a first name or the service.</source>
        <translation>La ligne {0} n&apos;a pas de nom&#xa0;: écrivez au moins un prénom ou le service.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/intake_widgets.py" line="106"/>
        <source>The page “{0}” still has a problem: go back to it.</source>
        <translation>La page «&#xa0;{0}&#xa0;» a encore un problème&#xa0;: retournez-y.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/intake_wizard.py" line="61"/>
        <source>New client</source>
        <translation>Nouvelle participante</translation>
    </message>
</context>
<context>
    <name>IntermediatePage</name>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/goal_pages.py" line="281"/>
        <source>Goals on the way there</source>
        <translation>Objectifs intermédiaires</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/goal_pages.py" line="283"/>
        <source>Now work backwards: what has to be in place before she gets there?</source>
        <translation>Remontez maintenant vers aujourd&apos;hui&#xa0;: que faut-il mettre en place avant qu&apos;elle y arrive?</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/goal_pages.py" line="291"/>
        <source>For a home of her own that may be a steady income, and a safe bed in the meantime. Each goal here must be reached by the long-term goal&apos;s date.</source>
        <translation>Pour un logement à elle, ce peut être un revenu stable et, d&apos;ici là, un lit en sécurité. Chaque objectif ici doit être atteint d&apos;ici la date de l&apos;objectif à long terme.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/goal_pages.py" line="296"/>
        <source>Intermediate goal, in her words</source>
        <translation>Objectif intermédiaire, dans ses mots</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/goal_pages.py" line="299"/>
        <source>&amp;Add a goal</source>
        <translation>&amp;Ajouter un objectif</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/goal_pages.py" line="300"/>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/goal_pages.py" line="301"/>
        <source>Intermediate goals</source>
        <translation>Objectifs intermédiaires</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/goal_pages.py" line="307"/>
        <source>&lt;b&gt;Long-term goal:&lt;/b&gt; {0}</source>
        <translation>&lt;b&gt;Objectif à long terme&#xa0;:&lt;/b&gt; {0}</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/goal_pages.py" line="309"/>
        <source>{0}, by {1}</source>
        <translation>{0}, d&apos;ici le {1}</translation>
    </message>
</context>
<context>
    <name>LongTermPage</name>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/goal_pages.py" line="149"/>
        <source>Her long-term goal</source>
        <translation>Son objectif à long terme</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/goal_pages.py" line="151"/>
        <source>Start with where she wants to be in the long run. You will work backwards.</source>
        <translation>Commencez par là où elle veut être à long terme. Vous remonterez ensuite vers aujourd&apos;hui.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/goal_pages.py" line="155"/>
        <source>Ask her what her life should look like once this is behind her: a home of her own, her children with her, work she likes. Write it the way she says it.</source>
        <translation>Demandez-lui à quoi elle veut que sa vie ressemble une fois tout cela derrière elle&#xa0;: un logement à elle, ses enfants avec elle, un travail qu&apos;elle aime. Écrivez-le comme elle le dit.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/goal_pages.py" line="160"/>
        <source>A new &amp;long-term goal</source>
        <translation>Un nouvel objectif à &amp;long terme</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/goal_pages.py" line="162"/>
        <source>Goals on the way to a long-term goal &amp;already in her plan:</source>
        <translation>Objectifs intermédiaires vers un objectif à long terme &amp;existant dans son plan&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/goal_pages.py" line="170"/>
        <source>Her long-term goal, in her words</source>
        <translation>Son objectif à long terme, dans ses mots</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/goal_pages.py" line="172"/>
        <source>For example: a safe home of my own for me and the kids</source>
        <translation>Par exemple&#xa0;: un logement sécuritaire à moi, pour moi et les enfants</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/goal_pages.py" line="174"/>
        <source>No particular domain</source>
        <translation>Aucun domaine en particulier</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/goal_pages.py" line="174"/>
        <source>Domain</source>
        <translation>Domaine</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/goal_pages.py" line="175"/>
        <source>Set a date</source>
        <translation>Fixer une date</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/goal_pages.py" line="176"/>
        <source>Target date</source>
        <translation>Date visée</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/goal_pages.py" line="179"/>
        <source>In her &amp;words:</source>
        <translation>Dans ses &amp;mots&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/goal_pages.py" line="180"/>
        <source>&amp;Domain:</source>
        <translation>&amp;Domaine&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/goal_pages.py" line="181"/>
        <source>&amp;Target date:</source>
        <translation>Date &amp;visée&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/goal_pages.py" line="184"/>
        <source>Long-term goal already in her plan</source>
        <translation>Objectif à long terme déjà dans son plan</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/goal_pages.py" line="188"/>
        <source>{0} (by {1})</source>
        <translation>{0} (d&apos;ici le {1})</translation>
    </message>
</context>
<context>
    <name>NeedsPage</name>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/review_closing.py" line="85"/>
        <source>Her needs now</source>
        <translation>Ses besoins actuels</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/review_closing.py" line="88"/>
        <source>Change what is different since her needs were last assessed; leave the rest as it is. Changed domains are shown in bold.</source>
        <translation>Modifiez ce qui a changé depuis la dernière évaluation de ses besoins; laissez le reste tel quel. Les domaines modifiés sont affichés en gras.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/review_closing.py" line="97"/>
        <source>Domain</source>
        <translation>Domaine</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/review_closing.py" line="97"/>
        <source>Need</source>
        <translation>Besoin</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/review_closing.py" line="97"/>
        <source>Her situation now</source>
        <translation>Sa situation actuelle</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/review_closing.py" line="97"/>
        <source>Assessed</source>
        <translation>Évalué</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/review_closing.py" line="108"/>
        <source>not assessed</source>
        <translation>non évalué</translation>
    </message>
</context>
<context>
    <name>NextPage</name>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/review_closing.py" line="156"/>
        <source>The next review, and her words</source>
        <translation>La prochaine révision, et ses mots</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/review_closing.py" line="158"/>
        <source>When you will go over the plan together again, and how she sees it today.</source>
        <translation>Quand vous referez le point ensemble sur le plan, et comment elle voit les choses aujourd&apos;hui.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/review_closing.py" line="167"/>
        <source>Date of the next review</source>
        <translation>Date de la prochaine révision</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/review_closing.py" line="172"/>
        <source>In &amp;2 weeks</source>
        <translation>Dans &amp;2 semaines</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/review_closing.py" line="173"/>
        <source>In &amp;4 weeks</source>
        <translation>Dans &amp;4 semaines</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/review_closing.py" line="174"/>
        <source>In &amp;3 months</source>
        <translation>Dans &amp;3 mois</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/review_closing.py" line="183"/>
        <source>The review, in her words</source>
        <translation>La révision, dans ses mots</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/review_closing.py" line="188"/>
        <source>How she sees the time since the last review and what comes next — in her words, as she would say it.</source>
        <translation>Comment elle voit la période depuis la dernière révision et la suite — dans ses mots, comme elle le dirait.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/review_closing.py" line="193"/>
        <source>Next re&amp;view:</source>
        <translation>Prochaine ré&amp;vision&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/review_closing.py" line="196"/>
        <source>In her &amp;words:</source>
        <translation>Dans ses &amp;mots&#xa0;:</translation>
    </message>
</context>
<context>
    <name>OptionForm</name>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/goal_choices.py" line="66"/>
        <source>The option</source>
        <translation>L&apos;option</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/goal_choices.py" line="67"/>
        <source>Benefits</source>
        <translation>Avantages</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/goal_choices.py" line="68"/>
        <source>Alternatives</source>
        <translation>Autres possibilités</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/goal_choices.py" line="69"/>
        <source>Consequences</source>
        <translation>Conséquences</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/goal_choices.py" line="70"/>
        <source>She &amp;chooses this option</source>
        <translation>Elle c&amp;hoisit cette option</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/goal_choices.py" line="72"/>
        <source>Why she chooses it</source>
        <translation>Pourquoi elle la choisit</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/goal_choices.py" line="75"/>
        <source>The o&amp;ption:</source>
        <translation>L&apos;op&amp;tion&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/goal_choices.py" line="76"/>
        <source>B&amp;enefits:</source>
        <translation>&amp;Avantages&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/goal_choices.py" line="77"/>
        <source>Alternati&amp;ves:</source>
        <translation>Autres possi&amp;bilités&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/goal_choices.py" line="78"/>
        <source>Conse&amp;quences:</source>
        <translation>&amp;Conséquences&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/goal_choices.py" line="80"/>
        <source>&amp;Why:</source>
        <translation>&amp;Pourquoi&#xa0;:</translation>
    </message>
</context>
<context>
    <name>OptionsPage</name>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/goal_choices.py" line="124"/>
        <source>Options and her choice</source>
        <translation>Les options et son choix</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/goal_choices.py" line="126"/>
        <source>For each goal, talk through her options; then mark the one she chooses.</source>
        <translation>Pour chaque objectif, discutez de ses options, puis marquez celle qu&apos;elle choisit.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/goal_choices.py" line="130"/>
        <source>Benefits: what the option would bring her. Alternatives: what else she could do. Consequences: what could follow, good or hard. Options are not required: add them where there is a real choice to make.</source>
        <translation>Avantages&#xa0;: ce que l&apos;option lui apporterait. Autres possibilités&#xa0;: ce qu&apos;elle pourrait faire d&apos;autre. Conséquences&#xa0;: ce qui pourrait en découler, de bon ou de difficile. Les options ne sont pas obligatoires&#xa0;: ajoutez-en là où il y a un vrai choix à faire.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/goal_choices.py" line="135"/>
        <source>Goal the options are for</source>
        <translation>Objectif visé par les options</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/goal_choices.py" line="137"/>
        <source>&amp;Goal:</source>
        <translation>&amp;Objectif&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/goal_choices.py" line="147"/>
        <source>Add an &amp;option</source>
        <translation>A&amp;jouter une option</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/goal_choices.py" line="148"/>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/goal_choices.py" line="149"/>
        <source>Options for this goal</source>
        <translation>Options pour cet objectif</translation>
    </message>
</context>
<context>
    <name>ReviewSummaryPage</name>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/review_closing.py" line="222"/>
        <source>Read the review back to her</source>
        <translation>Relisez la révision avec elle</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/review_closing.py" line="224"/>
        <source>Save the review when she agrees. Back lets you change anything before.</source>
        <translation>Enregistrez la révision quand elle est d&apos;accord. Précédent permet de tout modifier avant.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/review_closing.py" line="230"/>
        <source>What the review will save</source>
        <translation>Ce que la révision enregistrera</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/review_closing.py" line="239"/>
        <source>Her goals</source>
        <translation>Ses objectifs</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/review_closing.py" line="244"/>
        <source>Her needs, updated</source>
        <translation>Ses besoins, mis à jour</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/review_closing.py" line="249"/>
        <source>{0} → {1}</source>
        <translation>{0} → {1}</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/review_closing.py" line="250"/>
        <source>{0}: {1}</source>
        <translation>{0}&#xa0;: {1}</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/review_closing.py" line="252"/>
        <source>{0} — {1}</source>
        <translation>{0} — {1}</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/review_closing.py" line="255"/>
        <source>Next review: {0}</source>
        <translation>Prochaine révision&#xa0;: {0}</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/review_closing.py" line="258"/>
        <source>In her words: {0}</source>
        <translation>Dans ses mots&#xa0;: {0}</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/review_closing.py" line="265"/>
        <source>not decided yet</source>
        <translation>pas encore décidé</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/review_closing.py" line="266"/>
        <source>“{0}”: {1}</source>
        <translation>«&#xa0;{0}&#xa0;»&#xa0;: {1}</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/review_closing.py" line="268"/>
        <source>{0} (progress: {1})</source>
        <translation>{0} (progrès&#xa0;: {1})</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/review_closing.py" line="271"/>
        <source>What helped: {0}</source>
        <translation>Ce qui a aidé&#xa0;: {0}</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/review_closing.py" line="272"/>
        <source>What got in the way: {0}</source>
        <translation>Ce qui a fait obstacle&#xa0;: {0}</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/review_closing.py" line="278"/>
        <source>Why it is set aside: {0}</source>
        <translation>Pourquoi il est mis de côté&#xa0;: {0}</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/review_closing.py" line="282"/>
        <source>Its open step will be cancelled.</source>
        <translation>Son étape à faire sera annulée.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/review_closing.py" line="284"/>
        <source>Its {0} open steps will be cancelled.</source>
        <translation>Ses {0} étapes à faire seront annulées.</translation>
    </message>
</context>
<context>
    <name>ReviewWizard</name>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/review_pages.py" line="45"/>
        <source>Not yet</source>
        <translation>Pas encore</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/review_pages.py" line="46"/>
        <source>Some progress</source>
        <translation>Quelques progrès</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/review_pages.py" line="47"/>
        <source>Good progress</source>
        <translation>Bons progrès</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/review_pages.py" line="48"/>
        <source>Reached</source>
        <translation>Atteint</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/review_pages.py" line="53"/>
        <source>Not &amp;yet</source>
        <translation>&amp;Pas encore</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/review_pages.py" line="54"/>
        <source>S&amp;ome progress</source>
        <translation>&amp;Quelques progrès</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/review_pages.py" line="55"/>
        <source>&amp;Good progress</source>
        <translation>&amp;Bons progrès</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/review_pages.py" line="56"/>
        <source>&amp;Reached</source>
        <translation>A&amp;tteint</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/review_pages.py" line="59"/>
        <source>Keep as it is</source>
        <translation>Garder tel quel</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/review_pages.py" line="60"/>
        <source>Amend</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/review_pages.py" line="61"/>
        <source>Achieved</source>
        <translation>Atteint</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/review_pages.py" line="62"/>
        <source>Set aside</source>
        <translation>Mis de côté</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/review_pages.py" line="65"/>
        <source>&amp;Keep as it is</source>
        <translation>&amp;Garder tel quel</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/review_pages.py" line="66"/>
        <source>A&amp;mend it</source>
        <translation>&amp;Modifier</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/review_pages.py" line="67"/>
        <source>Ac&amp;hieved</source>
        <translation>Attei&amp;nt</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/review_pages.py" line="68"/>
        <source>Set it as&amp;ide</source>
        <translation>Mettre de &amp;côté</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/review_pages.py" line="74"/>
        <source>Decide what happens to “{0}”: keep it, amend it, mark it achieved or set it aside.</source>
        <translation>Décidez de la suite pour «&#xa0;{0}&#xa0;»&#xa0;: le garder, le modifier, le marquer comme atteint ou le mettre de côté.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/review_pages.py" line="78"/>
        <source>Choose the decision for “{0}” again.</source>
        <translation>Choisissez de nouveau la décision pour «&#xa0;{0}&#xa0;».</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/review_pages.py" line="81"/>
        <source>Say why “{0}” is set aside: the reason is kept with the review.</source>
        <translation>Indiquez pourquoi «&#xa0;{0}&#xa0;» est mis de côté&#xa0;: la raison est conservée avec la révision.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/review_pages.py" line="84"/>
        <source>Choose how far “{0}” came again.</source>
        <translation>Indiquez de nouveau où en est «&#xa0;{0}&#xa0;».</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/review_pages.py" line="87"/>
        <source>No progress is chosen for “{0}” yet.</source>
        <translation>Aucun progrès n&apos;est encore choisi pour «&#xa0;{0}&#xa0;».</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/review_pages.py" line="90"/>
        <source>“{0}” is reached, but not marked achieved.</source>
        <translation>«&#xa0;{0}&#xa0;» est atteint, mais n&apos;est pas marqué comme atteint.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/review_pages.py" line="93"/>
        <source>Choose the need level for {0} again.</source>
        <translation>Choisissez de nouveau le niveau de besoin pour {0}.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/review_pages.py" line="96"/>
        <source>Choose a need level for {0}, or clear what is written about it.</source>
        <translation>Choisissez un niveau de besoin pour {0}, ou effacez ce qui est écrit à ce sujet.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/review_pages.py" line="99"/>
        <source>Choose the date of the next review.</source>
        <translation>Choisissez la date de la prochaine révision.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/review_pages.py" line="102"/>
        <source>The date of the next review is not a valid date.</source>
        <translation>La date de la prochaine révision n&apos;est pas une date valide.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/review_pages.py" line="105"/>
        <source>The next review must come after today ({0} does not).</source>
        <translation>La prochaine révision doit être après aujourd&apos;hui (ce n&apos;est pas le cas du {0}).</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/review_pages.py" line="108"/>
        <source>The next review, on {0}, is more than six months away.</source>
        <translation>La prochaine révision, le {0}, est dans plus de six mois.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/review_pages.py" line="111"/>
        <source>Nothing is written in her words yet: a sentence or two helps at the next review.</source>
        <translation>Rien n&apos;est encore écrit dans ses mots&#xa0;: une phrase ou deux aideront à la prochaine révision.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/review_pages.py" line="116"/>
        <source>“{0}” still has an open step: it is cancelled when the review is saved.</source>
        <translation>«&#xa0;{0}&#xa0;» a encore une étape à faire&#xa0;: elle sera annulée à l&apos;enregistrement de la révision.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/review_pages.py" line="119"/>
        <source>“{0}” still has {1} open steps: they are cancelled when the review is saved.</source>
        <translation>«&#xa0;{0}&#xa0;» a encore {1} étapes à faire&#xa0;: elles seront annulées à l&apos;enregistrement de la révision.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/review_wizard.py" line="74"/>
        <source>Review the plan together</source>
        <translation>Réviser le plan ensemble</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/review_wizard.py" line="75"/>
        <source>&amp;Save the review</source>
        <translation>&amp;Enregistrer la révision</translation>
    </message>
</context>
<context>
    <name>RowTable</name>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/intake_widgets.py" line="269"/>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/intake_widgets.py" line="325"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/intake_widgets.py" line="386"/>
        <source>{0}, row {1}</source>
        <translation>{0}, ligne {1}</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/intake_widgets.py" line="391"/>
        <source>Remove row {0} of {1}</source>
        <translation>Retirer la ligne {0} ({1})</translation>
    </message>
</context>
<context>
    <name>SafeContactPage</name>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/intake_pages.py" line="232"/>
        <source>How to reach her without putting her at risk. Ask; never assume.</source>
        <translation>Comment la joindre sans la mettre en danger. Demandez-lui; ne présumez jamais.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/intake_pages.py" line="236"/>
        <source>She has no safe phone</source>
        <translation>Elle n&apos;a pas de téléphone sûr</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/intake_pages.py" line="243"/>
        <source>Not answered — do not leave one</source>
        <translation>Sans réponse — ne pas en laisser</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/intake_pages.py" line="244"/>
        <source>Yes, a message may be left</source>
        <translation>Oui, on peut laisser un message</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/intake_pages.py" line="245"/>
        <source>No, never leave a message</source>
        <translation>Non, ne jamais laisser de message</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/intake_pages.py" line="250"/>
        <source>For example: weekdays between 10 and 2</source>
        <translation>Par exemple&#xa0;: en semaine entre 10 h et 14 h</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/intake_pages.py" line="253"/>
        <source>A word that tells her it is really us</source>
        <translation>Un mot qui lui confirme que c&apos;est bien nous</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/intake_pages.py" line="257"/>
        <source>Safe &amp;phone:</source>
        <translation>&amp;Téléphone sûr&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/intake_pages.py" line="260"/>
        <source>May we leave a &amp;message?</source>
        <translation>Peut-on laisser un &amp;message?</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/intake_pages.py" line="261"/>
        <source>Safe &amp;times to call:</source>
        <translation>Moments sûrs pour a&amp;ppeler&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/intake_pages.py" line="262"/>
        <source>&amp;Code word:</source>
        <translation>Mot de &amp;code&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/intake_pages.py" line="263"/>
        <source>People who must not be tol&amp;d she is here:</source>
        <translation>Personnes qui ne doivent pas &amp;savoir qu&apos;elle est ici&#xa0;:</translation>
    </message>
</context>
<context>
    <name>ServicesPage</name>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/goal_services.py" line="34"/>
        <source>Services and resources</source>
        <translation>Services et ressources</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/goal_services.py" line="36"/>
        <source>Which services in the directory could help her reach these goals?</source>
        <translation>Quels services du répertoire pourraient l&apos;aider à atteindre ces objectifs?</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/goal_services.py" line="42"/>
        <source>Tick each service she wants to try (Space ticks the selected one) and pick the goal it serves. Each becomes a proposed referral; you make the referral itself when she is ready.</source>
        <translation>Cochez chaque service qu&apos;elle veut essayer (la barre d&apos;espacement coche celui qui est sélectionné) et choisissez l&apos;objectif visé. Chacun devient une référence proposée; vous ferez la référence elle-même quand elle sera prête.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/goal_services.py" line="50"/>
        <source>The agency&apos;s directory has no services yet. Skip this page: referrals can be added to the plan later.</source>
        <translation>Le répertoire de l&apos;organisme ne contient encore aucun service. Passez cette page&#xa0;: les références pourront être ajoutées au plan plus tard.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/goal_services.py" line="55"/>
        <source>Services in the directory</source>
        <translation>Services du répertoire</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/goal_services.py" line="59"/>
        <source>{0} ({1})</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/goal_services.py" line="70"/>
        <source>Goal the referral is for</source>
        <translation>Objectif visé par la référence</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/goal_services.py" line="75"/>
        <source>Address:</source>
        <translation>Adresse&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/goal_services.py" line="76"/>
        <source>Phone:</source>
        <translation>Téléphone&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/goal_services.py" line="77"/>
        <source>Hours:</source>
        <translation>Heures d&apos;ouverture&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/goal_services.py" line="78"/>
        <source>Languages:</source>
        <translation>Langues&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/goal_services.py" line="79"/>
        <source>For the &amp;goal:</source>
        <translation>Pour l&apos;&amp;objectif&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/goal_services.py" line="118"/>
        <source>{0} — for “{1}”</source>
        <translation>{0} — pour «&#xa0;{1}&#xa0;»</translation>
    </message>
</context>
<context>
    <name>SincePage</name>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/review_pages.py" line="239"/>
        <source>What happened since the last review</source>
        <translation>Ce qui s&apos;est passé depuis la dernière révision</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/review_pages.py" line="241"/>
        <source>Look at it together first: what she did, what did not happen, what is left.</source>
        <translation>Regardez-le d&apos;abord ensemble&#xa0;: ce qu&apos;elle a fait, ce qui ne s&apos;est pas fait, ce qui reste.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/review_pages.py" line="251"/>
        <source>Her goals and their steps since the last review</source>
        <translation>Ses objectifs et leurs étapes depuis la dernière révision</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/review_pages.py" line="264"/>
        <source>{0}: {1} steps done, {2} missed, {3} still open.</source>
        <translation>{0} — étapes faites&#xa0;: {1}, manquées&#xa0;: {2}, encore à faire&#xa0;: {3}.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/review_pages.py" line="269"/>
        <source>{0}. She has no active goal: record how she is, and when you meet again.</source>
        <translation>{0}. Elle n&apos;a aucun objectif en cours&#xa0;: notez comment elle va, et quand vous vous reverrez.</translation>
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
        <translation>Quelques mots par domaine. Laissez une ligne vide si le sujet n&apos;a pas été abordé; choisissez «&#xa0;Elle a choisi de ne pas le dire&#xa0;» si elle a refusé d&apos;en parler.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/intake_pages.py" line="347"/>
        <source>Domain</source>
        <translation>Domaine</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/intake_pages.py" line="348"/>
        <source>Her situation, briefly</source>
        <translation>Sa situation, en bref</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/intake_pages.py" line="349"/>
        <source>Need</source>
        <translation>Besoin</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/intake_pages.py" line="350"/>
        <source>Her priority</source>
        <translation>Sa priorité</translation>
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
        <translation>{0}&#xa0;: sa situation</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/intake_pages.py" line="368"/>
        <source>{0}: need level</source>
        <translation>{0}&#xa0;: niveau de besoin</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/intake_pages.py" line="370"/>
        <source>{0}: her priority, 1 most important to 5</source>
        <translation>{0}&#xa0;: sa priorité, de 1 (le plus important) à 5</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/intake_pages.py" line="381"/>
        <source>Her priority: 1 is what matters most to her.</source>
        <translation>Sa priorité&#xa0;: 1 est ce qui compte le plus pour elle.</translation>
    </message>
</context>
<context>
    <name>StepForm</name>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/step_wizard.py" line="111"/>
        <source>What is done</source>
        <translation>Ce qu&apos;il faut faire</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/step_wizard.py" line="113"/>
        <source>Who does it</source>
        <translation>Qui s&apos;en charge</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/step_wizard.py" line="117"/>
        <location filename="../../src/shelterplan/ui/wizards/step_wizard.py" line="118"/>
        <source>Name of who does it</source>
        <translation>Nom de la personne qui s&apos;en charge</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/step_wizard.py" line="123"/>
        <source>Set a date</source>
        <translation>Fixer une date</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/step_wizard.py" line="124"/>
        <source>Due date</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/step_wizard.py" line="125"/>
        <source>Boo&amp;ked for</source>
        <translation>&amp;Prévu le</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/step_wizard.py" line="129"/>
        <source>Appointment date</source>
        <translation>Date du rendez-vous</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/step_wizard.py" line="132"/>
        <source>Appointment time</source>
        <translation>Heure du rendez-vous</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/step_wizard.py" line="134"/>
        <source>Where the appointment is</source>
        <translation>Lieu du rendez-vous</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/step_wizard.py" line="135"/>
        <source>Where</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/step_wizard.py" line="141"/>
        <source>Instructions for her</source>
        <translation>Consignes pour elle</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/step_wizard.py" line="142"/>
        <source>Documents or forms needed</source>
        <translation>Documents ou formulaires nécessaires</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/step_wizard.py" line="145"/>
        <source>&amp;What is done:</source>
        <translation>Ce qu&apos;il faut &amp;faire&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/step_wizard.py" line="146"/>
        <source>W&amp;ho does it:</source>
        <translation>&amp;Qui s&apos;en charge&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/step_wizard.py" line="149"/>
        <source>&amp;Due date:</source>
        <translation>É&amp;chéance&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/step_wizard.py" line="150"/>
        <source>Appointment:</source>
        <translation>Rendez-vous&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/step_wizard.py" line="151"/>
        <source>There is an appointment</source>
        <translation>Il y a un rendez-vous</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/step_wizard.py" line="152"/>
        <source>Wh&amp;ere:</source>
        <translation>&amp;Lieu&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/step_wizard.py" line="153"/>
        <source>&amp;Instructions for her:</source>
        <translation>Co&amp;nsignes pour elle&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/step_wizard.py" line="154"/>
        <source>Do&amp;cuments, forms:</source>
        <translation>&amp;Documents, formulaires&#xa0;:</translation>
    </message>
</context>
<context>
    <name>StepSummaryPage</name>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/step_wizard.py" line="310"/>
        <source>Read the steps back to her</source>
        <translation>Relisez les étapes avec elle</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/step_wizard.py" line="311"/>
        <source>Finish adds them to her plan; Back lets you change anything.</source>
        <translation>Terminer les ajoute à son plan; Précédent permet de tout modifier.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/step_wizard.py" line="315"/>
        <source>Steps that will be saved</source>
        <translation>Étapes qui seront enregistrées</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/step_wizard.py" line="323"/>
        <source>{0} at {1}</source>
        <translation>{0} à {1}</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/step_wizard.py" line="327"/>
        <source>Appointment: {0}</source>
        <translation>Rendez-vous&#xa0;: {0}</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/step_wizard.py" line="329"/>
        <source>{0}, {1}</source>
        <translation>{0}, {1}</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/step_wizard.py" line="332"/>
        <source>For her: {0}</source>
        <translation>Pour elle&#xa0;: {0}</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/step_wizard.py" line="334"/>
        <source>To bring: {0}</source>
        <translation>À apporter&#xa0;: {0}</translation>
    </message>
</context>
<context>
    <name>StepWizard</name>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/step_wizard.py" line="58"/>
        <source>Add at least one step.</source>
        <translation>Ajoutez au moins une étape.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/step_wizard.py" line="59"/>
        <source>Step {0} does not say what is done yet: write it, or remove the step.</source>
        <translation>L&apos;étape {0} ne dit pas encore ce qu&apos;il faut faire&#xa0;: écrivez-le, ou retirez l&apos;étape.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/step_wizard.py" line="62"/>
        <source>Step {0} (“{1}”): choose who does it.</source>
        <translation>Étape {0} («&#xa0;{1}&#xa0;»)&#xa0;: choisissez qui s&apos;en charge.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/step_wizard.py" line="65"/>
        <source>Step {0} (“{1}”): a date is not valid.</source>
        <translation>Étape {0} («&#xa0;{1}&#xa0;»)&#xa0;: une date n&apos;est pas valide.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/step_wizard.py" line="66"/>
        <source>Step {0} (“{1}”): give the appointment a time.</source>
        <translation>Étape {0} («&#xa0;{1}&#xa0;»)&#xa0;: indiquez l&apos;heure du rendez-vous.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/step_wizard.py" line="69"/>
        <source>Step {0} (“{1}”) is due on {2}, which has already passed.</source>
        <translation>L&apos;échéance de l&apos;étape {0} («&#xa0;{1}&#xa0;») est le {2}, une date déjà passée.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/step_wizard.py" line="72"/>
        <source>Step {0} (“{1}”) is due after the goal&apos;s target date, {2}.</source>
        <translation>L&apos;échéance de l&apos;étape {0} («&#xa0;{1}&#xa0;») tombe après la date visée de l&apos;objectif, le {2}.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/step_wizard.py" line="76"/>
        <source>The week of {0} is crowded: she would have {1} or more open steps due that week. Is that too much at once?</source>
        <translation>La semaine du {0} est chargée&#xa0;: elle aurait {1} étapes ou plus à faire cette semaine-là. Est-ce trop à la fois?</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/step_wizard.py" line="357"/>
        <source>New steps</source>
        <translation>Nouvelles étapes</translation>
    </message>
</context>
<context>
    <name>StepsPage</name>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/step_wizard.py" line="261"/>
        <source>Definite steps, with deadlines</source>
        <translation>Des étapes précises, avec échéances</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/step_wizard.py" line="263"/>
        <source>Write each step she agreed to: what is done, who does it, and by when.</source>
        <translation>Écrivez chaque étape qu&apos;elle a acceptée&#xa0;: ce qu&apos;il faut faire, qui s&apos;en charge et pour quand.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/step_wizard.py" line="267"/>
        <source>Be concrete: “Call the housing office”, not “Housing”. Note any appointment, what she needs to bring, and instructions in words she will understand later.</source>
        <translation>Soyez concrète&#xa0;: «&#xa0;Appeler l&apos;office d&apos;habitation&#xa0;», pas «&#xa0;Logement&#xa0;». Notez tout rendez-vous, ce qu&apos;elle doit apporter et des consignes dans des mots qu&apos;elle comprendra plus tard.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/step_wizard.py" line="277"/>
        <source>&amp;Add a step</source>
        <translation>&amp;Ajouter une étape</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/step_wizard.py" line="278"/>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/step_wizard.py" line="279"/>
        <source>Steps for this goal</source>
        <translation>Étapes pour cet objectif</translation>
    </message>
</context>
<context>
    <name>StrengthsPage</name>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/intake_closing_pages.py" line="80"/>
        <source>What does she do well? What has helped her through hard times? Tick what she recognises in herself, and add her own words.</source>
        <translation>Qu&apos;est-ce qu&apos;elle fait bien? Qu&apos;est-ce qui l&apos;a aidée à traverser les moments difficiles? Cochez ce qu&apos;elle reconnaît en elle, et ajoutez ses propres mots.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/intake_closing_pages.py" line="94"/>
        <source>In her own &amp;words (one per line):</source>
        <translation>Dans ses propres &amp;mots (un par ligne)&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/intake_closing_pages.py" line="97"/>
        <source>Strengths in her own words</source>
        <translation>Forces dans ses propres mots</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/intake_closing_pages.py" line="229"/>
        <source>Read it through with her. Finish creates her file and case with this.</source>
        <translation>Relisez le tout avec elle. Terminer crée son dossier et son plan avec ces renseignements.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/intake_closing_pages.py" line="233"/>
        <source>What the intake will create</source>
        <translation>Ce que l&apos;accueil va créer</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/intake_closing_pages.py" line="254"/>
        <source>She preferred not to answer: {0}.</source>
        <translation>Elle a préféré ne pas répondre&#xa0;: {0}.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/intake_closing_pages.py" line="262"/>
        <source>She preferred not to decide about sharing: nothing will be shared.</source>
        <translation>Elle a préféré ne pas décider du partage&#xa0;: rien ne sera communiqué.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/intake_closing_pages.py" line="266"/>
        <source>Every domain is recorded as “{0}”.</source>
        <translation>Tous les domaines sont enregistrés comme «&#xa0;{0}&#xa0;».</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/intake_closing_pages.py" line="282"/>
        <source>Born on {0}</source>
        <translation>Née le {0}</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/intake_closing_pages.py" line="284"/>
        <source>About {0} years old</source>
        <translation>Environ {0} ans</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/intake_closing_pages.py" line="286"/>
        <source>Called: {0}</source>
        <translation>Appelée&#xa0;: {0}</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/intake_closing_pages.py" line="287"/>
        <source>Legal name: {0}</source>
        <translation>Nom légal&#xa0;: {0}</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/intake_closing_pages.py" line="288"/>
        <source>Pronouns: {0}</source>
        <translation>Pronoms&#xa0;: {0}</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/intake_closing_pages.py" line="290"/>
        <source>Speaks: {0}</source>
        <translation>Parle&#xa0;: {0}</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/intake_closing_pages.py" line="291"/>
        <source>Printed documents in {0}</source>
        <translation>Documents imprimés en {0}</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/intake_closing_pages.py" line="297"/>
        <source>She agrees that the shelter keeps her file (on {0})</source>
        <translation>Elle accepte que la maison tienne son dossier (le {0})</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/intake_closing_pages.py" line="299"/>
        <source>She agrees we share information with {0}</source>
        <translation>Elle accepte que nous partagions de l&apos;information avec {0}</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/intake_closing_pages.py" line="300"/>
        <source>She agrees we contact her support people marked safe to contact</source>
        <translation>Elle accepte que nous communiquions avec ses personnes de soutien marquées comme sûres</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/intake_closing_pages.py" line="304"/>
        <source>A message may be left</source>
        <translation>On peut laisser un message</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/intake_closing_pages.py" line="305"/>
        <source>Never leave a message</source>
        <translation>Ne jamais laisser de message</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/intake_closing_pages.py" line="306"/>
        <source>Not asked about messages: do not leave one</source>
        <translation>Question des messages non abordée&#xa0;: ne pas en laisser</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/intake_closing_pages.py" line="308"/>
        <source>Safe phone: {0}</source>
        <translation>Téléphone sûr&#xa0;: {0}</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/intake_closing_pages.py" line="310"/>
        <source>No safe phone: contact in person only</source>
        <translation>Aucun téléphone sûr&#xa0;: contact en personne seulement</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/intake_closing_pages.py" line="312"/>
        <source>Safe times: {0}</source>
        <translation>Moments sûrs&#xa0;: {0}</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/intake_closing_pages.py" line="313"/>
        <source>A code word is recorded</source>
        <translation>Un mot code est enregistré</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/intake_closing_pages.py" line="314"/>
        <source>Must not be told: {0}</source>
        <translation>Ne rien communiquer à&#xa0;: {0}</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/intake_closing_pages.py" line="319"/>
        <source>with her</source>
        <translation>avec elle</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/intake_closing_pages.py" line="319"/>
        <source>not with her</source>
        <translation>pas avec elle</translation>
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
        <translation>{0}&#xa0;: {1}</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/intake_closing_pages.py" line="326"/>
        <source>{0}, her priority {1}</source>
        <translation>{0}, sa priorité {1}</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/intake_closing_pages.py" line="340"/>
        <source>safe to contact</source>
        <translation>contact sûr</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/intake_closing_pages.py" line="340"/>
        <source>NOT safe to contact</source>
        <translation>contact NON sûr</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/intake_closing_pages.py" line="344"/>
        <source>{0}: {1} — {2}</source>
        <translation>{0}&#xa0;: {1} — {2}</translation>
    </message>
</context>
<context>
    <name>TeamPage</name>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/intake_closing_pages.py" line="177"/>
        <source>Who already helps her? Ask about each person whether contact is safe.</source>
        <translation>Qui l&apos;aide déjà? Pour chaque personne, demandez s&apos;il est sûr de communiquer avec elle.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/intake_closing_pages.py" line="179"/>
        <source>Safe to contact</source>
        <translation>Contact sûr</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/intake_closing_pages.py" line="182"/>
        <location filename="../../src/shelterplan/ui/wizards/intake_closing_pages.py" line="199"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/intake_closing_pages.py" line="183"/>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/intake_closing_pages.py" line="186"/>
        <source>Organisation</source>
        <translation>Organisme</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/intake_closing_pages.py" line="191"/>
        <location filename="../../src/shelterplan/ui/wizards/intake_closing_pages.py" line="201"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/intake_closing_pages.py" line="194"/>
        <source>Add a provider</source>
        <translation>Ajouter un organisme</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/intake_closing_pages.py" line="195"/>
        <source>service providers</source>
        <translation>organismes partenaires</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/intake_closing_pages.py" line="200"/>
        <source>Relationship to her</source>
        <translation>Lien avec elle</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/intake_closing_pages.py" line="204"/>
        <source>Add a support person</source>
        <translation>Ajouter une personne de soutien</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/intake_closing_pages.py" line="205"/>
        <source>support people</source>
        <translation>personnes de soutien</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/intake_closing_pages.py" line="207"/>
        <source>Service providers already involved</source>
        <translation>Organismes partenaires déjà impliqués</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/intake_closing_pages.py" line="209"/>
        <source>Trusted support people</source>
        <translation>Personnes de soutien de confiance</translation>
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
        <translation>un accueil</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/launcher.py" line="100"/>
        <source>goal setting</source>
        <translation>la définition d&apos;objectifs</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/launcher.py" line="101"/>
        <source>new steps</source>
        <translation>l&apos;ajout d&apos;étapes</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/launcher.py" line="102"/>
        <source>a review</source>
        <translation>une révision</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/launcher.py" line="116"/>
        <source>Unfinished work</source>
        <translation>Travail non terminé</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/launcher.py" line="117"/>
        <source>You did not finish {0} (saved {1}). Nothing typed was lost.</source>
        <translation>Vous n&apos;avez pas terminé {0} (dernier enregistrement&#xa0;: {1}). Rien de ce qui a été saisi n&apos;a été perdu.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/launcher.py" line="121"/>
        <source>&amp;Resume where I stopped</source>
        <translation>&amp;Reprendre où j&apos;en étais</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/launcher.py" line="122"/>
        <source>&amp;Discard it</source>
        <translation>&amp;Abandonner</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/launcher.py" line="123"/>
        <source>&amp;Later</source>
        <translation>Plus &amp;tard</translation>
    </message>
</context>
<context>
    <name>page</name>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/review_closing.py" line="56"/>
        <source>Need: {0}</source>
        <translation>Besoin&#xa0;: {0}</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/review_closing.py" line="58"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/wizards/review_closing.py" line="63"/>
        <source>Her situation now: {0}</source>
        <translation>Sa situation actuelle&#xa0;: {0}</translation>
    </message>
</context>
</TS>
