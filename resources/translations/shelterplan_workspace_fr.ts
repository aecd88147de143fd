<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_CA">
<context>
    <name>AssessmentTab</name>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/assessment_tab.py" line="51"/>
        <location filename="../../src/shelterplan/ui/workspace/assessment_tab.py" line="69"/>
        <source>Needs by domain</source>
        <translation>Besoins par domaine</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/assessment_tab.py" line="71"/>
        <source>No domain has been assessed yet.</source>
        <translation>Aucun domaine n&apos;a encore été évalué.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/assessment_tab.py" line="76"/>
        <location filename="../../src/shelterplan/ui/workspace/assessment_tab.py" line="80"/>
        <source>Her strengths and skills</source>
        <translation>Ses forces et compétences</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/assessment_tab.py" line="113"/>
        <source>No strength recorded yet.</source>
        <translation>Aucune force inscrite pour l&apos;instant.</translation>
    </message>
</context>
<context>
    <name>CasePrinting</name>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/case_printing.py" line="101"/>
        <location filename="../../src/shelterplan/ui/workspace/case_printing.py" line="118"/>
        <location filename="../../src/shelterplan/ui/workspace/case_printing.py" line="257"/>
        <source>Printing</source>
        <translation>Impression</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/case_printing.py" line="150"/>
        <source>Print the case plan</source>
        <translation>Imprimer le plan de cas</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/case_printing.py" line="166"/>
        <location filename="../../src/shelterplan/ui/workspace/case_printing.py" line="181"/>
        <source>Sign the plan</source>
        <translation>Signer le plan</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/case_printing.py" line="168"/>
        <source>When she and you have signed the paper copy, mark the plan as signed: this version is then kept exactly as printed. Mark it as signed now?</source>
        <translation>Une fois que la participante et vous avez signé la copie papier, marquez le plan comme signé&#xa0;: cette version est alors conservée exactement telle qu&apos;imprimée. Le marquer comme signé maintenant?</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/case_printing.py" line="190"/>
        <source>The plan was not marked as signed</source>
        <translation>Le plan n&apos;a pas été marqué comme signé</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/case_printing.py" line="236"/>
        <source>No copy for this provider</source>
        <translation>Aucune copie pour cet organisme</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/case_printing.py" line="264"/>
        <source>Print her plan for a provider</source>
        <translation>Imprimer son plan pour un organisme partenaire</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/case_printing.py" line="273"/>
        <source>The signed version cannot be printed</source>
        <translation>La version signée ne peut pas être imprimée</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/case_printing.py" line="280"/>
        <source>Version {0}, signed on {1}: printed exactly as it was signed.</source>
        <translation>Version {0}, signée le {1}&#xa0;: imprimée exactement telle qu&apos;elle a été signée.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/case_printing.py" line="285"/>
        <source>Print a signed version</source>
        <translation>Imprimer une version signée</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/case_printing.py" line="302"/>
        <source>Large print</source>
        <translation>Gros caractères</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/case_printing.py" line="319"/>
        <source>Print her progress page</source>
        <translation>Imprimer sa page de progrès</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/case_printing.py" line="333"/>
        <source>Include the code word</source>
        <translation>Inclure le mot code</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/case_printing.py" line="334"/>
        <source>Only if she wants it written down.</source>
        <translation>Seulement si elle veut qu&apos;il soit écrit.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/case_printing.py" line="355"/>
        <source>Print her safety plan</source>
        <translation>Imprimer son plan de sécurité</translation>
    </message>
</context>
<context>
    <name>CaseWorkspace</name>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/case_workspace.py" line="43"/>
        <source>Parts of the case</source>
        <translation>Parties du dossier</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/case_workspace.py" line="44"/>
        <source>&amp;Overview</source>
        <translation>&amp;Aperçu</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/case_workspace.py" line="45"/>
        <source>&amp;Safety plan</source>
        <translation>Plan de &amp;sécurité</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/case_workspace.py" line="46"/>
        <source>&amp;Assessment</source>
        <translation>É&amp;valuation</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/case_workspace.py" line="47"/>
        <source>&amp;Plan</source>
        <translation>&amp;Plan</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/case_workspace.py" line="48"/>
        <source>Re&amp;ferrals</source>
        <translation>Ré&amp;férences</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/case_workspace.py" line="49"/>
        <source>&amp;Notes</source>
        <translation>&amp;Notes</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/case_workspace.py" line="50"/>
        <source>&amp;Reviews and versions</source>
        <translation>&amp;Révisions et versions</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/case_workspace.py" line="81"/>
        <source>Safety plan</source>
        <translation>Plan de sécurité</translation>
    </message>
</context>
<context>
    <name>DependantDialog</name>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/dependant_dialog.py" line="57"/>
        <source>Edit a child or dependant</source>
        <translation>Modifier un enfant ou une personne à charge</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/dependant_dialog.py" line="57"/>
        <source>Add a child or dependant</source>
        <translation>Ajouter un enfant ou une personne à charge</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/dependant_dialog.py" line="64"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/dependant_dialog.py" line="65"/>
        <source>A first name, initials or a nickname is enough</source>
        <translation>Un prénom, des initiales ou un surnom suffisent</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/dependant_dialog.py" line="68"/>
        <source>Age in years</source>
        <translation>Âge en années</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/dependant_dialog.py" line="70"/>
        <source>Blank if not known</source>
        <translation>Vide si inconnu</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/dependant_dialog.py" line="77"/>
        <source>Relationship to her</source>
        <translation>Lien avec elle</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/dependant_dialog.py" line="78"/>
        <source>For example: son, daughter, niece</source>
        <translation>Par exemple&#xa0;: fils, fille, nièce</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/dependant_dialog.py" line="79"/>
        <source>&amp;With her at the shelter</source>
        <translation>&amp;Avec elle à la maison d&apos;hébergement</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/dependant_dialog.py" line="84"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/dependant_dialog.py" line="101"/>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/dependant_dialog.py" line="102"/>
        <source>A&amp;ge</source>
        <translation>Â&amp;ge</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/dependant_dialog.py" line="103"/>
        <source>&amp;Relationship to her</source>
        <translation>&amp;Lien avec elle</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/dependant_dialog.py" line="105"/>
        <source>N&amp;otes</source>
        <translation>N&amp;otes</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/dependant_dialog.py" line="121"/>
        <source>Write a name: a first name, initials or a nickname is enough.</source>
        <translation>Inscrivez un nom&#xa0;: un prénom, des initiales ou un surnom suffisent.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/dependant_dialog.py" line="124"/>
        <source>The age must be between 0 and {0}, or left blank.</source>
        <translation>L&apos;âge doit être entre 0 et {0}, ou laissé vide.</translation>
    </message>
</context>
<context>
    <name>ErasePrompt</name>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/erase_action.py" line="46"/>
        <source>Erase her file</source>
        <translation>Effacer son dossier</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/erase_action.py" line="47"/>
        <source>ERASE</source>
        <translation>EFFACER</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/erase_action.py" line="52"/>
        <source>This erases {0}&apos;s file for good: her client record and her {1} case(s), {2} records in all — notes, plans, signed versions, consents, everything.

It cannot be undone. Backups and exports taken before will not bring it back: restoring or importing one erases her again.

Erase only when she asked for it, or your agency&apos;s retention rules require it. On a large store, rewriting the file afterwards can take a minute.</source>
        <translation>Ceci efface définitivement le dossier de {0}&#xa0;: sa fiche de participante et ses {1} plan(s) de cas, {2} enregistrements en tout — notes, plans, versions signées, consentements, tout.

C&apos;est irréversible. Les sauvegardes et exportations faites avant ne le ramèneront pas&#xa0;: en restaurer ou en importer une l&apos;efface de nouveau.

N&apos;effacez que si elle l&apos;a demandé ou si les règles de conservation de votre organisme l&apos;exigent. Sur une grosse base de données, la réécriture du fichier peut ensuite prendre une minute.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/erase_action.py" line="63"/>
        <source>Type {0} to confirm:</source>
        <translation>Tapez {0} pour confirmer&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/erase_action.py" line="66"/>
        <source>Type {0} to confirm</source>
        <translation>Tapez {0} pour confirmer</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/erase_action.py" line="70"/>
        <source>Erase for good</source>
        <translation>Effacer définitivement</translation>
    </message>
</context>
<context>
    <name>HerFileActions</name>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/erase_action.py" line="113"/>
        <source>Export her file…</source>
        <translation>Exporter son dossier…</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/erase_action.py" line="116"/>
        <source>Her own copy of everything held about her, as a ZIP file (not encrypted)</source>
        <translation>Sa propre copie de tout ce qui est conservé à son sujet, en fichier ZIP (non chiffré)</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/erase_action.py" line="119"/>
        <source>Erase her file…</source>
        <translation>Effacer son dossier…</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/erase_action.py" line="122"/>
        <source>At her request: remove her file from this store for good</source>
        <translation>À sa demande&#xa0;: retirer définitivement son dossier de cette base de données</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/erase_action.py" line="152"/>
        <source>Save an unencrypted copy of her file?</source>
        <translation>Enregistrer une copie non chiffrée de son dossier?</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/erase_action.py" line="154"/>
        <source>Her file is saved as a ZIP file that is not encrypted: her records, notes and signed plans, as she asked. Anyone who has this laptop, the folder or the USB stick it is saved on can open it and read everything in it.

Give it to her, save it only where your agency allows, and delete it when you no longer need it.

Save her file anyway?</source>
        <translation>Son dossier est enregistré dans un fichier ZIP non chiffré&#xa0;: ses renseignements, notes et plans signés, comme elle l&apos;a demandé. Toute personne qui a cet ordinateur portable, le dossier ou la clé USB où il est enregistré peut l&apos;ouvrir et tout lire.

Remettez-le-lui, enregistrez-le seulement là où votre organisme le permet et supprimez-le dès que vous n&apos;en avez plus besoin.

Enregistrer son dossier quand même?</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/erase_action.py" line="160"/>
        <source>Save her file as ZIP (not encrypted)</source>
        <translation>Enregistrer son dossier en ZIP (non chiffré)</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/erase_action.py" line="161"/>
        <source>ZIP files (*.zip)</source>
        <translation>Fichiers ZIP (*.zip)</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/erase_action.py" line="162"/>
        <location filename="../../src/shelterplan/ui/workspace/erase_action.py" line="199"/>
        <source>Her file was not saved</source>
        <translation>Son dossier n&apos;a pas été enregistré</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/erase_action.py" line="164"/>
        <source>The disk is full, so her file was not saved. Free some space, or choose another place, and try again.</source>
        <translation>Le disque est plein, son dossier n&apos;a donc pas été enregistré. Libérez de l&apos;espace ou choisissez un autre emplacement, puis réessayez.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/erase_action.py" line="168"/>
        <source>Her file could not be saved there: the folder is read-only or you do not have permission to write in it. Nothing was saved; choose another folder and try again.</source>
        <translation>Son dossier n&apos;a pas pu être enregistré à cet endroit&#xa0;: le dossier est en lecture seule ou vous n&apos;avez pas la permission d&apos;y écrire. Rien n&apos;a été enregistré; choisissez un autre dossier et réessayez.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/erase_action.py" line="173"/>
        <source>Her file could not be saved there, and nothing was saved. Check that the folder still exists (a USB stick may have been taken out), then choose another place and try again.</source>
        <translation>Son dossier n&apos;a pas pu être enregistré à cet endroit, et rien n&apos;a été enregistré. Vérifiez que le dossier existe encore (une clé USB a peut-être été retirée), puis choisissez un autre emplacement et réessayez.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/erase_action.py" line="204"/>
        <source>Her file is saved</source>
        <translation>Son dossier est enregistré</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/erase_action.py" line="206"/>
        <source>Saved {0}: {1} case(s) and {2} signed plan(s). The file is not encrypted.</source>
        <translation>{0} enregistré&#xa0;: {1} plan(s) de cas et {2} plan(s) signé(s). Le fichier n&apos;est pas chiffré.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/erase_action.py" line="221"/>
        <source>Erase her file</source>
        <translation>Effacer son dossier</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/erase_action.py" line="235"/>
        <source>Her file was not erased</source>
        <translation>Son dossier n&apos;a pas été effacé</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/erase_action.py" line="244"/>
        <source>Her file is erased</source>
        <translation>Son dossier est effacé</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/erase_action.py" line="246"/>
        <source>Her file was erased from this store. The audit trail keeps only that a file was erased, by whom and when.</source>
        <translation>Son dossier a été effacé de cette base de données. Le journal d&apos;audit garde seulement la trace qu&apos;un dossier a été effacé, par qui et quand.</translation>
    </message>
</context>
<context>
    <name>HouseholdBox</name>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/household_box.py" line="43"/>
        <location filename="../../src/shelterplan/ui/workspace/household_box.py" line="81"/>
        <location filename="../../src/shelterplan/ui/workspace/household_box.py" line="262"/>
        <source>Children and dependants</source>
        <translation>Enfants et personnes à charge</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/household_box.py" line="52"/>
        <source>No child or dependant recorded.</source>
        <translation>Aucun enfant ni personne à charge inscrit.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/household_box.py" line="54"/>
        <source>Add…</source>
        <translation>Ajouter…</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/household_box.py" line="56"/>
        <source>Record a child or dependant in her care</source>
        <translation>Inscrire un enfant ou une personne à sa charge</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/household_box.py" line="58"/>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/household_box.py" line="60"/>
        <source>Change the selected child or dependant</source>
        <translation>Modifier l&apos;enfant ou la personne à charge sélectionné</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/household_box.py" line="62"/>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/household_box.py" line="64"/>
        <source>Take the selected child or dependant off the case</source>
        <translation>Retirer du dossier l&apos;enfant ou la personne à charge sélectionné</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/household_box.py" line="209"/>
        <source>The case is no longer open on this screen; nothing was saved.</source>
        <translation>Le dossier n&apos;est plus ouvert à cet écran; rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/household_box.py" line="237"/>
        <source>Not saved: {0}</source>
        <translation>Non enregistré&#xa0;: {0}</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/household_box.py" line="247"/>
        <source>Take {0} off her list of children and dependants? The record is kept in the store but no longer shown.</source>
        <translation>Retirer {0} de sa liste d&apos;enfants et de personnes à charge? La fiche est conservée dans la base de données, mais n&apos;est plus affichée.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/household_box.py" line="250"/>
        <source>Remove a child or dependant</source>
        <translation>Retirer un enfant ou une personne à charge</translation>
    </message>
</context>
<context>
    <name>NotesTab</name>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/notes_tab.py" line="125"/>
        <source>Write a note…</source>
        <translation>Rédigez une note…</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/notes_tab.py" line="126"/>
        <source>New note</source>
        <translation>Nouvelle note</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/notes_tab.py" line="127"/>
        <source>Press Ctrl+Return to add the note.</source>
        <translation>Appuyez sur Ctrl+Return pour ajouter la note.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/notes_tab.py" line="134"/>
        <source>&amp;Add note</source>
        <translation>&amp;Ajouter la note</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/notes_tab.py" line="136"/>
        <source>Add the note (Ctrl+Return)</source>
        <translation>Ajouter la note (Ctrl+Return)</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/notes_tab.py" line="141"/>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/notes_tab.py" line="145"/>
        <source>Notes, newest first</source>
        <translation>Notes, plus récentes d&apos;abord</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/notes_tab.py" line="154"/>
        <source>&amp;Write a note</source>
        <translation>&amp;Rédiger une note</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/notes_tab.py" line="156"/>
        <source>&amp;Timeline — newest first</source>
        <translation>&amp;Chronologie — plus récentes d&apos;abord</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/notes_tab.py" line="163"/>
        <source>No notes yet.</source>
        <translation>Aucune note pour l&apos;instant.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/notes_tab.py" line="218"/>
        <source>The note is empty, so nothing was saved.</source>
        <translation>La note est vide, rien n&apos;a donc été enregistré.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/notes_tab.py" line="226"/>
        <source>The note was not saved: {0} Your text is still here.</source>
        <translation>La note n&apos;a pas été enregistrée&#xa0;: {0} Votre texte est toujours là.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/notes_tab.py" line="230"/>
        <source>Note added.</source>
        <translation>Note ajoutée.</translation>
    </message>
</context>
<context>
    <name>OutcomeDialog</name>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/outcome_dialog.py" line="34"/>
        <source>Step missed</source>
        <translation>Étape manquée</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/outcome_dialog.py" line="36"/>
        <source>Step done</source>
        <translation>Étape faite</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/outcome_dialog.py" line="47"/>
        <source>What happened?</source>
        <translation>Que s&apos;est-il passé?</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/outcome_dialog.py" line="48"/>
        <source>In a few words, what happened.</source>
        <translation>En quelques mots, ce qui s&apos;est passé.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/outcome_dialog.py" line="57"/>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/outcome_dialog.py" line="65"/>
        <source>Save (Ctrl+Enter)</source>
        <translation>Enregistrer (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/outcome_dialog.py" line="72"/>
        <source>&amp;What happened?</source>
        <translation>&amp;Que s&apos;est-il passé?</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/outcome_dialog.py" line="73"/>
        <source>Wh&amp;en</source>
        <translation>Qua&amp;nd</translation>
    </message>
</context>
<context>
    <name>OverviewTab</name>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/overview_tab.py" line="123"/>
        <source>Support people</source>
        <translation>Personnes de soutien</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/overview_tab.py" line="124"/>
        <source>Her team</source>
        <translation>Son équipe</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/overview_tab.py" line="125"/>
        <location filename="../../src/shelterplan/ui/workspace/overview_tab.py" line="137"/>
        <source>Consents</source>
        <translation>Consentements</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/overview_tab.py" line="127"/>
        <source>People around her</source>
        <translation>Son entourage</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/overview_tab.py" line="130"/>
        <source>Trusted support people</source>
        <translation>Personnes de soutien de confiance</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/overview_tab.py" line="131"/>
        <source>Her team (service providers)</source>
        <translation>Son équipe (organismes partenaires)</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/overview_tab.py" line="176"/>
        <source>Safe contact</source>
        <translation>Contact sécuritaire</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/overview_tab.py" line="182"/>
        <source>Safe contact — read before any call, message or visit</source>
        <translation>Contact sécuritaire — à lire avant tout appel, message ou visite</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/overview_tab.py" line="193"/>
        <location filename="../../src/shelterplan/ui/workspace/overview_tab.py" line="326"/>
        <source>Code word on file</source>
        <translation>Mot code au dossier</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/overview_tab.py" line="196"/>
        <location filename="../../src/shelterplan/ui/workspace/overview_tab.py" line="417"/>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/overview_tab.py" line="198"/>
        <location filename="../../src/shelterplan/ui/workspace/overview_tab.py" line="418"/>
        <source>Show the code word</source>
        <translation>Afficher le mot code</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/overview_tab.py" line="200"/>
        <source>Showing the code word is recorded in the audit trail.</source>
        <translation>L&apos;affichage du mot code est inscrit au journal d&apos;audit.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/overview_tab.py" line="221"/>
        <source>About her</source>
        <translation>À propos d&apos;elle</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/overview_tab.py" line="226"/>
        <source>Legal name</source>
        <translation>Nom légal</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/overview_tab.py" line="227"/>
        <source>Pronouns</source>
        <translation>Pronoms</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/overview_tab.py" line="228"/>
        <source>Age</source>
        <translation>Âge</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/overview_tab.py" line="229"/>
        <source>Languages</source>
        <translation>Langues</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/overview_tab.py" line="230"/>
        <source>Printed plan in</source>
        <translation>Plan imprimé en</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/overview_tab.py" line="231"/>
        <source>Program</source>
        <translation>Programme</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/overview_tab.py" line="232"/>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/overview_tab.py" line="233"/>
        <source>Case opened</source>
        <translation>Dossier ouvert le</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/overview_tab.py" line="234"/>
        <source>Lead worker</source>
        <translation>Intervenante principale</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/overview_tab.py" line="279"/>
        <source>Client</source>
        <translation>Participante</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/overview_tab.py" line="283"/>
        <source>{0} years old</source>
        <translation>{0} ans</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/overview_tab.py" line="297"/>
        <location filename="../../src/shelterplan/ui/workspace/overview_tab.py" line="335"/>
        <source>Not recorded</source>
        <translation>Non inscrit</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/overview_tab.py" line="308"/>
        <source>Nobody assigned</source>
        <translation>Aucune intervenante assignée</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/overview_tab.py" line="311"/>
        <source>Nobody listed yet.</source>
        <translation>Aucune personne inscrite pour l&apos;instant.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/overview_tab.py" line="312"/>
        <source>No provider listed yet.</source>
        <translation>Aucun organisme inscrit pour l&apos;instant.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/overview_tab.py" line="317"/>
        <source>Do not tell anyone she is here: {0}</source>
        <translation>Ne dire à personne qu&apos;elle est ici&#xa0;: {0}</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/overview_tab.py" line="318"/>
        <source>Do not leave messages</source>
        <translation>Ne pas laisser de message</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/overview_tab.py" line="320"/>
        <source>Not known whether messages are safe — do not leave one</source>
        <translation>On ne sait pas si les messages sont sécuritaires — ne pas en laisser</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/overview_tab.py" line="322"/>
        <source>Messages may be left</source>
        <translation>On peut laisser des messages</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/overview_tab.py" line="323"/>
        <source>No safe phone — contact only in person</source>
        <translation>Aucun téléphone sûr — contact en personne seulement</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/overview_tab.py" line="324"/>
        <source>Safe phone: {0}</source>
        <translation>Téléphone sûr&#xa0;: {0}</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/overview_tab.py" line="325"/>
        <source>Safe times: {0}</source>
        <translation>Moments sûrs&#xa0;: {0}</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/overview_tab.py" line="332"/>
        <source>{0} (born {1})</source>
        <translation>{0} (née le {1})</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/overview_tab.py" line="334"/>
        <source>About {0}</source>
        <translation>Environ {0}</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/overview_tab.py" line="341"/>
        <location filename="../../src/shelterplan/ui/workspace/overview_tab.py" line="385"/>
        <source>{0} — {1}</source>
        <translation>{0} — {1}</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/overview_tab.py" line="343"/>
        <source>Safe to contact</source>
        <translation>Peut être contactée sans risque</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/overview_tab.py" line="345"/>
        <source>Safe to contact: {0}</source>
        <translation>Peut être contactée sans risque&#xa0;: {0}</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/overview_tab.py" line="347"/>
        <source>NOT safe to contact</source>
        <translation>NE PAS contacter</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/overview_tab.py" line="349"/>
        <source>may share her information</source>
        <translation>peut recevoir ses renseignements</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/overview_tab.py" line="351"/>
        <source>do not share her information</source>
        <translation>ne pas communiquer ses renseignements</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/overview_tab.py" line="365"/>
        <source>WITHDRAWN on {0} — do not share</source>
        <translation>RETIRÉ le {0} — ne rien communiquer</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/overview_tab.py" line="369"/>
        <source>EXPIRED on {0} — ask her again before sharing</source>
        <translation>EXPIRÉ le {0} — lui redemander avant de communiquer</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/overview_tab.py" line="373"/>
        <source>Not given</source>
        <translation>Non donné</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/overview_tab.py" line="375"/>
        <source>Starts on {0}</source>
        <translation>À partir du {0}</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/overview_tab.py" line="377"/>
        <source>Valid until {0}</source>
        <translation>Valide jusqu&apos;au {0}</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/overview_tab.py" line="378"/>
        <source>Valid, no end date</source>
        <translation>Valide, sans date de fin</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/overview_tab.py" line="395"/>
        <source>Given on {0}</source>
        <translation>Donné le {0}</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/overview_tab.py" line="398"/>
        <source>No consent recorded yet.</source>
        <translation>Aucun consentement inscrit pour l&apos;instant.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/overview_tab.py" line="435"/>
        <source>Hide</source>
        <translation>Masquer</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/overview_tab.py" line="436"/>
        <source>Hide the code word</source>
        <translation>Masquer le mot code</translation>
    </message>
</context>
<context>
    <name>PlanTab</name>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/plan_tab.py" line="152"/>
        <source>Plan: goals and steps</source>
        <translation>Plan&#xa0;: objectifs et étapes</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/plan_tab.py" line="168"/>
        <source>Who does the step</source>
        <translation>Qui fait l&apos;étape</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/plan_tab.py" line="171"/>
        <source>Step status</source>
        <translation>État de l&apos;étape</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/plan_tab.py" line="175"/>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/plan_tab.py" line="178"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/plan_tab.py" line="186"/>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/plan_tab.py" line="189"/>
        <source>New &amp;goal…</source>
        <translation>Nouvel &amp;objectif…</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/plan_tab.py" line="192"/>
        <source>New &amp;steps…</source>
        <translation>Nouvelles é&amp;tapes…</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/plan_tab.py" line="195"/>
        <source>Re&amp;view…</source>
        <translation>Ré&amp;vision…</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/plan_tab.py" line="198"/>
        <source>Go over the plan with her: progress, what helped, what got in the way</source>
        <translation>Revoir le plan avec elle&#xa0;: progrès, ce qui a aidé, ce qui a nui</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/plan_tab.py" line="210"/>
        <source>Printing</source>
        <translation>Impression</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/plan_tab.py" line="213"/>
        <source>&amp;Print plan…</source>
        <translation>&amp;Imprimer le plan…</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/plan_tab.py" line="216"/>
        <source>Mark as si&amp;gned…</source>
        <translation>Marquer comme si&amp;gné…</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/plan_tab.py" line="218"/>
        <source>Print p&amp;rogress…</source>
        <translation>Imprimer les &amp;progrès…</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/plan_tab.py" line="220"/>
        <source>Her progress page: what she has achieved since the plan began</source>
        <translation>Sa page de progrès&#xa0;: ce qu&apos;elle a accompli depuis le début du plan</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/plan_tab.py" line="223"/>
        <source>&amp;Agency copy only</source>
        <translation>Copie de l&apos;organi&amp;sme seulement</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/plan_tab.py" line="226"/>
        <source>Leave the selected goal or step off her take-home copy</source>
        <translation>Exclure l&apos;objectif ou l&apos;étape sélectionné de sa copie personnelle</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/plan_tab.py" line="240"/>
        <source>Plan summary</source>
        <translation>Résumé du plan</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/plan_tab.py" line="242"/>
        <source>This case is closed: the plan can be read but no longer changed.</source>
        <translation>Ce dossier est fermé&#xa0;: le plan peut être consulté, mais plus modifié.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/plan_tab.py" line="251"/>
        <source>Enter or F2 changes the selected cell. {0} undoes, {1} redoes.</source>
        <translation>Entrée ou F2 modifie la cellule sélectionnée. {0} annule, {1} rétablit.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/plan_tab.py" line="370"/>
        <source>The plan could not be shown</source>
        <translation>Le plan n&apos;a pas pu être affiché</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/plan_tab.py" line="372"/>
        <source>The plan was not changed</source>
        <translation>Le plan n&apos;a pas été modifié</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/plan_tab.py" line="409"/>
        <source>change the step&apos;s status</source>
        <translation>modifier l&apos;état de l&apos;étape</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/plan_tab.py" line="410"/>
        <source>change the due date</source>
        <translation>modifier l&apos;échéance</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/plan_tab.py" line="411"/>
        <source>change who does the step</source>
        <translation>modifier qui fait l&apos;étape</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/plan_tab.py" line="412"/>
        <source>change the step&apos;s wording</source>
        <translation>modifier le libellé de l&apos;étape</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/plan_tab.py" line="495"/>
        <source>No goals yet: a plan starts with her long-term goal.</source>
        <translation>Aucun objectif pour l&apos;instant&#xa0;: un plan commence par son objectif à long terme.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/plan_tab.py" line="498"/>
        <source>Goals: {0}   Steps: {1}   Overdue: {2}</source>
        <translation>Objectifs&#xa0;: {0}   Étapes&#xa0;: {1}   En retard&#xa0;: {2}</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/plan_tab.py" line="505"/>
        <source>Undo: {0}</source>
        <translation>Annuler&#xa0;: {0}</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/plan_tab.py" line="505"/>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/plan_tab.py" line="508"/>
        <source>Redo: {0}</source>
        <translation>Rétablir&#xa0;: {0}</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/plan_tab.py" line="508"/>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
</context>
<context>
    <name>ReferralsTab</name>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/referrals_tab.py" line="60"/>
        <source>Referrals</source>
        <translation>Références</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/referrals_tab.py" line="65"/>
        <source>N&amp;ew referral…</source>
        <translation>&amp;Nouvelle référence…</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/referrals_tab.py" line="67"/>
        <source>Find a service in the directory and refer her</source>
        <translation>Trouver un service dans le répertoire et l&apos;y référer</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/referrals_tab.py" line="72"/>
        <source>Referrals, newest first</source>
        <translation>Références, plus récentes d&apos;abord</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/referrals_tab.py" line="75"/>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/referrals_tab.py" line="76"/>
        <location filename="../../src/shelterplan/ui/workspace/referrals_tab.py" line="123"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/referrals_tab.py" line="77"/>
        <source>Made on</source>
        <translation>Faite le</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/referrals_tab.py" line="78"/>
        <source>Her details</source>
        <translation>Ses renseignements</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/referrals_tab.py" line="79"/>
        <location filename="../../src/shelterplan/ui/workspace/referrals_tab.py" line="128"/>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/referrals_tab.py" line="100"/>
        <source>No referral yet. Use New referral… to find a service in the directory.</source>
        <translation>Aucune référence pour l&apos;instant. Utilisez Nouvelle référence… pour trouver un service dans le répertoire.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/referrals_tab.py" line="117"/>
        <source>Selected referral</source>
        <translation>Référence sélectionnée</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/referrals_tab.py" line="130"/>
        <source>What came of it — needed when it is completed or declined.</source>
        <translation>Ce qui en est ressorti — requis si elle est terminée ou refusée.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/referrals_tab.py" line="134"/>
        <source>Save c&amp;hanges</source>
        <translation>Enregistrer les &amp;modifications</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/referrals_tab.py" line="137"/>
        <source>Plan copy for this &amp;provider…</source>
        <translation>Copie du plan pour cet &amp;organisme…</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/referrals_tab.py" line="140"/>
        <source>Print her plan for this provider: only with her consent to share with it</source>
        <translation>Imprimer son plan pour cet organisme&#xa0;: seulement avec son consentement à lui communiquer ses renseignements</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/referrals_tab.py" line="151"/>
        <source>S&amp;tatus</source>
        <translation>É&amp;tat</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/referrals_tab.py" line="154"/>
        <source>Outco&amp;me</source>
        <translation>&amp;Résultat</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/referrals_tab.py" line="190"/>
        <source>{0} (no longer in the directory)</source>
        <translation>{0} (ne figure plus au répertoire)</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/referrals_tab.py" line="192"/>
        <source>{0}
For: {1}</source>
        <translation>{0}
Pour&#xa0;: {1}</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/referrals_tab.py" line="193"/>
        <source>Shared</source>
        <translation>Communiqués</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/referrals_tab.py" line="193"/>
        <source>Not shared</source>
        <translation>Non communiqués</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/referrals_tab.py" line="197"/>
        <source>Not yet</source>
        <translation>Pas encore</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/referrals_tab.py" line="223"/>
        <source>{0} — {1}</source>
        <translation>{0} — {1}</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/referrals_tab.py" line="291"/>
        <source>Referral to {0} added.</source>
        <translation>Référence vers {0} ajoutée.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/referrals_tab.py" line="299"/>
        <source>She has not consented to sharing her details with {0}. Record her consent first, or make the referral without sharing details.</source>
        <translation>Elle n&apos;a pas consenti à ce que ses renseignements soient communiqués à {0}. Inscrivez d&apos;abord son consentement ou faites la référence sans communiquer de renseignements.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/referrals_tab.py" line="302"/>
        <source>Her consent is needed</source>
        <translation>Son consentement est nécessaire</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/referrals_tab.py" line="304"/>
        <source>Referral</source>
        <translation>Référence</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/referrals_tab.py" line="322"/>
        <source>Not saved: {0} Your text is still here.</source>
        <translation>Non enregistré&#xa0;: {0} Votre texte est toujours là.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/referrals_tab.py" line="325"/>
        <source>Referral updated.</source>
        <translation>Référence mise à jour.</translation>
    </message>
</context>
<context>
    <name>SafetyTab</name>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/safety_tab.py" line="84"/>
        <source>Safety plan</source>
        <translation>Plan de sécurité</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/safety_tab.py" line="91"/>
        <source>Reviewed with her &amp;today</source>
        <translation>Revu avec elle &amp;aujourd&apos;hui</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/safety_tab.py" line="93"/>
        <source>Record that you went over the plan with her and it still holds.</source>
        <translation>Noter que vous avez revu le plan avec elle et qu&apos;il tient toujours.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/safety_tab.py" line="96"/>
        <source>Sa&amp;ve</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/safety_tab.py" line="98"/>
        <source>Save the safety plan (Ctrl+S)</source>
        <translation>Enregistrer le plan de sécurité (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/safety_tab.py" line="100"/>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/safety_tab.py" line="103"/>
        <source>Print her safety plan: no shelter name or address on it</source>
        <translation>Imprimer son plan de sécurité&#xa0;: sans nom ni adresse de la maison d&apos;hébergement</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/safety_tab.py" line="115"/>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/safety_tab.py" line="130"/>
        <source>Knowing when danger is coming</source>
        <translation>Savoir quand le danger approche</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/safety_tab.py" line="133"/>
        <source>Ready to leave</source>
        <translation>Prête à partir</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/safety_tab.py" line="135"/>
        <source>Children, work and online</source>
        <translation>Enfants, travail et en ligne</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/safety_tab.py" line="159"/>
        <source>&amp;Warning signs she watches for</source>
        <translation>&amp;Signes avant-coureurs qu&apos;elle surveille</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/safety_tab.py" line="160"/>
        <source>What tells her danger is rising: his moods, drinking, threats…</source>
        <translation>Ce qui lui indique que le danger monte&#xa0;: ses humeurs à lui, la consommation d&apos;alcool, les menaces…</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/safety_tab.py" line="163"/>
        <source>Safe p&amp;laces to go</source>
        <translation>&amp;Lieux sûrs où aller</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/safety_tab.py" line="164"/>
        <source>Where she can go at any hour, and how she gets there</source>
        <translation>Où elle peut aller à toute heure, et comment s&apos;y rendre</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/safety_tab.py" line="167"/>
        <source>People she can &amp;call</source>
        <translation>&amp;Personnes qu&apos;elle peut appeler</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/safety_tab.py" line="168"/>
        <source>Who will help, and how to reach them</source>
        <translation>Qui l&apos;aidera, et comment les joindre</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/safety_tab.py" line="171"/>
        <source>&amp;Emergency numbers</source>
        <translation>&amp;Numéros d&apos;urgence</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/safety_tab.py" line="172"/>
        <source>911, the shelter&apos;s crisis line, her worker…</source>
        <translation>911, la ligne de crise de la maison d&apos;hébergement, son intervenante…</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/safety_tab.py" line="175"/>
        <source>Documents and things to &amp;keep ready</source>
        <translation>Documents et objets à &amp;garder prêts</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/safety_tab.py" line="177"/>
        <source>Identification, health cards, medication, keys, money, bank cards, phone charger — and where they are kept</source>
        <translation>Pièces d&apos;identité, cartes d&apos;assurance maladie, médicaments, clés, argent, cartes bancaires, chargeur de téléphone — et où ils sont rangés</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/safety_tab.py" line="182"/>
        <source>C&amp;hildren&apos;s safety</source>
        <translation>Sécurité des en&amp;fants</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/safety_tab.py" line="183"/>
        <source>What the children know to do; who may pick them up</source>
        <translation>Ce que les enfants savent faire; qui peut venir les chercher</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/safety_tab.py" line="186"/>
        <source>Safet&amp;y at work</source>
        <translation>Sécurité au &amp;travail</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/safety_tab.py" line="187"/>
        <source>Who at work knows; screening calls; getting to and from work</source>
        <translation>Qui est au courant au travail; filtrage des appels; trajets pour aller au travail et en revenir</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/safety_tab.py" line="190"/>
        <source>Safety online and &amp;by phone</source>
        <translation>Sécurité en ligne et au télép&amp;hone</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/safety_tab.py" line="191"/>
        <source>Passwords, location sharing, social media, a safe phone</source>
        <translation>Mots de passe, partage de position, réseaux sociaux, un téléphone sûr</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/safety_tab.py" line="218"/>
        <source>Where to go, whom to call</source>
        <translation>Où aller, qui appeler</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/safety_tab.py" line="225"/>
        <source>Code word</source>
        <translation>Mot code</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/safety_tab.py" line="227"/>
        <location filename="../../src/shelterplan/ui/workspace/safety_tab.py" line="312"/>
        <location filename="../../src/shelterplan/ui/workspace/safety_tab.py" line="329"/>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/safety_tab.py" line="229"/>
        <source>Show the code word</source>
        <translation>Afficher le mot code</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/safety_tab.py" line="231"/>
        <source>Showing a saved code word is recorded in the audit trail.</source>
        <translation>L&apos;affichage d&apos;un mot code enregistré est inscrit au journal d&apos;audit.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/safety_tab.py" line="234"/>
        <source>Code wor&amp;d (she says or texts it to ask her people for help)</source>
        <translation>&amp;Mot code (elle le dit ou l&apos;envoie par texto pour demander de l&apos;aide à ses proches)</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/safety_tab.py" line="269"/>
        <source>No safety plan yet: write what she wants, then save.</source>
        <translation>Aucun plan de sécurité pour l&apos;instant&#xa0;: écrivez ce qu&apos;elle souhaite, puis enregistrez.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/safety_tab.py" line="273"/>
        <source>Last reviewed on {0}</source>
        <translation>Dernière révision le {0}</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/safety_tab.py" line="275"/>
        <source>Not reviewed yet</source>
        <translation>Pas encore révisé</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/safety_tab.py" line="279"/>
        <source>This case is closed: the safety plan can be read, not changed.</source>
        <translation>Ce dossier est fermé&#xa0;: le plan de sécurité peut être consulté, mais pas modifié.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/safety_tab.py" line="318"/>
        <source>On file — press Show to see or change it</source>
        <translation>Au dossier — appuyez sur Afficher pour le voir ou le modifier</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/safety_tab.py" line="320"/>
        <source>A word only she and her people know</source>
        <translation>Un mot connu d&apos;elle et de ses proches seulement</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/safety_tab.py" line="347"/>
        <source>Hide</source>
        <translation>Masquer</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/safety_tab.py" line="410"/>
        <source>The safety plan was not saved: {0} Your text is still here.</source>
        <translation>Le plan de sécurité n&apos;a pas été enregistré&#xa0;: {0} Votre texte est toujours là.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/safety_tab.py" line="416"/>
        <source>Safety plan saved.</source>
        <translation>Plan de sécurité enregistré.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/safety_tab.py" line="435"/>
        <source>Marked as reviewed with her today.</source>
        <translation>Noté comme revu avec elle aujourd&apos;hui.</translation>
    </message>
</context>
<context>
    <name>VersionsTab</name>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/versions_tab.py" line="66"/>
        <source>Plan versions, newest first</source>
        <translation>Versions du plan, plus récentes d&apos;abord</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/versions_tab.py" line="87"/>
        <location filename="../../src/shelterplan/ui/workspace/versions_tab.py" line="107"/>
        <source>Changes since the last signed version</source>
        <translation>Changements depuis la dernière version signée</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/versions_tab.py" line="89"/>
        <source>Reviews, newest first</source>
        <translation>Révisions, plus récentes d&apos;abord</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/versions_tab.py" line="92"/>
        <source>Print this &amp;version again…</source>
        <translation>Réimprimer cette &amp;version…</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/versions_tab.py" line="95"/>
        <source>Prints the selected signed version exactly as it was signed</source>
        <translation>Imprime la version signée sélectionnée exactement telle qu&apos;elle a été signée</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/versions_tab.py" line="100"/>
        <source>Plan versions</source>
        <translation>Versions du plan</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/versions_tab.py" line="111"/>
        <source>Reviews</source>
        <translation>Révisions</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/versions_tab.py" line="135"/>
        <source>No review held yet.</source>
        <translation>Aucune révision tenue pour l&apos;instant.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/versions_tab.py" line="164"/>
        <source>No version signed yet — print the plan and sign it with her.</source>
        <translation>Aucune version signée pour l&apos;instant — imprimez le plan et signez-le avec elle.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/versions_tab.py" line="170"/>
        <source>No changes since version {0} was signed.</source>
        <translation>Aucun changement depuis la signature de la version {0}.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/versions_tab.py" line="175"/>
        <source>Since version {0} was signed ({1} changes) — print and sign a new version so she holds the current plan:</source>
        <translation>Depuis la signature de la version {0} ({1} changements) — imprimez et signez une nouvelle version pour qu&apos;elle ait le plan à jour&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/versions_tab.py" line="184"/>
        <source>no date</source>
        <translation>sans date</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/versions_tab.py" line="194"/>
        <source>New goal: {0}</source>
        <translation>Nouvel objectif&#xa0;: {0}</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/versions_tab.py" line="195"/>
        <source>Goal removed: {0}</source>
        <translation>Objectif retiré&#xa0;: {0}</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/versions_tab.py" line="196"/>
        <source>Goal reworded: “{1}” became “{2}”</source>
        <translation>Objectif reformulé&#xa0;: «&#xa0;{1}&#xa0;» est devenu «&#xa0;{2}&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/versions_tab.py" line="197"/>
        <source>Goal “{0}”: target date {1} → {2}</source>
        <translation>Objectif «&#xa0;{0}&#xa0;»&#xa0;: date visée {1} → {2}</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/versions_tab.py" line="198"/>
        <source>Goal “{0}”: {1} → {2}</source>
        <translation>Objectif «&#xa0;{0}&#xa0;»&#xa0;: {1} → {2}</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/versions_tab.py" line="199"/>
        <source>New step: {0}</source>
        <translation>Nouvelle étape&#xa0;: {0}</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/versions_tab.py" line="200"/>
        <source>Step removed: {0}</source>
        <translation>Étape retirée&#xa0;: {0}</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/versions_tab.py" line="201"/>
        <source>Step reworded: “{1}” became “{2}”</source>
        <translation>Étape reformulée&#xa0;: «&#xa0;{1}&#xa0;» est devenue «&#xa0;{2}&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/versions_tab.py" line="202"/>
        <source>Step “{0}”: {1} → {2}</source>
        <translation>Étape «&#xa0;{0}&#xa0;»&#xa0;: {1} → {2}</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/versions_tab.py" line="203"/>
        <source>Step “{0}”: due date {1} → {2}</source>
        <translation>Étape «&#xa0;{0}&#xa0;»&#xa0;: échéance {1} → {2}</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/versions_tab.py" line="205"/>
        <source>Step “{0}”: who does it, appointment or instructions changed</source>
        <translation>Étape «&#xa0;{0}&#xa0;»&#xa0;: responsable, rendez-vous ou consignes modifiés</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/versions_tab.py" line="207"/>
        <source>Referrals changed</source>
        <translation>Références modifiées</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/versions_tab.py" line="208"/>
        <source>People listed on the plan changed</source>
        <translation>Personnes inscrites au plan modifiées</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/versions_tab.py" line="209"/>
        <source>Next review: {1} → {2}</source>
        <translation>Prochaine révision&#xa0;: {1} → {2}</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/versions_tab.py" line="210"/>
        <location filename="../../src/shelterplan/ui/workspace/versions_tab.py" line="212"/>
        <source>Other details of the plan changed</source>
        <translation>Autres détails du plan modifiés</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/versions_tab.py" line="223"/>
        <source>{0} · {1}</source>
        <translation>{0} · {1}</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/versions_tab.py" line="228"/>
        <source>Next review: {0}</source>
        <translation>Prochaine révision&#xa0;: {0}</translation>
    </message>
</context>
</TS>
