<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_CA">
<context>
    <name>AccountsDialog</name>
    <message>
        <location filename="../../src/shelterplan/ui/admin/accounts_dialog.py" line="315"/>
        <location filename="../../src/shelterplan/ui/admin/accounts_dialog.py" line="328"/>
        <location filename="../../src/shelterplan/ui/admin/accounts_dialog.py" line="414"/>
        <source>Accounts</source>
        <translation>Comptes</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/admin/accounts_dialog.py" line="321"/>
        <source>Who can unlock this store, and what each can see. Disabling an account takes her key away at once.</source>
        <translation>Qui peut déverrouiller cette base de données, et ce que chacune peut voir. Désactiver un compte lui retire sa clé sur-le-champ.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/admin/accounts_dialog.py" line="343"/>
        <source>&amp;Add…</source>
        <translation>&amp;Ajouter…</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/admin/accounts_dialog.py" line="344"/>
        <source>A new account, with her own passphrase</source>
        <translation>Un nouveau compte, avec sa propre phrase de passe</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/admin/accounts_dialog.py" line="345"/>
        <source>&amp;Disable…</source>
        <translation>&amp;Désactiver…</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/admin/accounts_dialog.py" line="346"/>
        <source>She can no longer unlock the store</source>
        <translation>Elle ne pourra plus déverrouiller la base de données</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/admin/accounts_dialog.py" line="347"/>
        <source>&amp;Reset passphrase…</source>
        <translation>&amp;Réinitialiser la phrase de passe…</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/admin/accounts_dialog.py" line="348"/>
        <source>A forgotten passphrase, with the recovery key</source>
        <translation>Pour une phrase de passe oubliée, avec la clé de récupération</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/admin/accounts_dialog.py" line="349"/>
        <source>New re&amp;covery key…</source>
        <translation>&amp;Nouvelle clé de récupération…</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/admin/accounts_dialog.py" line="350"/>
        <source>The old recovery key stops working</source>
        <translation>L&apos;ancienne clé de récupération cesse de fonctionner</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/admin/accounts_dialog.py" line="351"/>
        <source>Rotate data &amp;key…</source>
        <translation>&amp;Changer la clé de données…</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/admin/accounts_dialog.py" line="353"/>
        <source>Re-encrypt the store so that old copies of the key file open nothing</source>
        <translation>Rechiffrer la base de données pour que les anciennes copies du fichier de clés n&apos;ouvrent plus rien</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/admin/accounts_dialog.py" line="441"/>
        <source>Disable an account</source>
        <translation>Désactiver un compte</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/admin/accounts_dialog.py" line="443"/>
        <source>{0} will no longer be able to unlock the store; her name stays on her records.

If she may have kept a copy of the store&apos;s files, also change the data key: copies made before then stop opening. This takes a moment, and every other shelterplan window on this store must be closed.</source>
        <translation>{0} ne pourra plus déverrouiller la base de données; son nom reste sur ce qu&apos;elle a inscrit.

Si elle a pu garder une copie des fichiers de la base de données, changez aussi la clé de données&#xa0;: les copies faites avant ce changement ne s&apos;ouvriront plus. Cela prend un moment, et toutes les autres fenêtres de shelterplan ouvertes sur cette base de données doivent être fermées.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/admin/accounts_dialog.py" line="449"/>
        <source>Disable</source>
        <translation>Désactiver</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/admin/accounts_dialog.py" line="450"/>
        <source>Disable and change the data key</source>
        <translation>Désactiver et changer la clé de données</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/admin/accounts_dialog.py" line="451"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/admin/accounts_dialog.py" line="480"/>
        <source>Reset passphrase</source>
        <translation>Réinitialiser la phrase de passe</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/admin/accounts_dialog.py" line="481"/>
        <source>{0} can now unlock the store with her new passphrase.</source>
        <translation>{0} peut maintenant déverrouiller la base de données avec sa nouvelle phrase de passe.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/admin/accounts_dialog.py" line="490"/>
        <source>New recovery key</source>
        <translation>Nouvelle clé de récupération</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/admin/accounts_dialog.py" line="492"/>
        <source>Make a new recovery key? The current one stops working at once. The new one is shown only once: have paper and a pen ready.</source>
        <translation>Créer une nouvelle clé de récupération? La clé actuelle cessera aussitôt de fonctionner. La nouvelle ne sera affichée qu&apos;une seule fois&#xa0;: ayez du papier et un crayon à portée de main.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/admin/accounts_dialog.py" line="508"/>
        <location filename="../../src/shelterplan/ui/admin/accounts_dialog.py" line="512"/>
        <location filename="../../src/shelterplan/ui/admin/accounts_dialog.py" line="527"/>
        <source>Rotate data key</source>
        <translation>Changer la clé de données</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/admin/accounts_dialog.py" line="514"/>
        <source>Re-encrypt the whole store under a new data key? Every active worker and the recovery key keep working; old copies of the key file stop opening it. Close every other shelterplan window on this store first.</source>
        <translation>Rechiffrer toute la base de données avec une nouvelle clé de données? Les intervenantes actives gardent leur accès et la clé de récupération reste valide; les anciennes copies du fichier de clés ne l&apos;ouvriront plus. Fermez d&apos;abord toutes les autres fenêtres de shelterplan ouvertes sur cette base de données.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/admin/accounts_dialog.py" line="529"/>
        <source>The store is now encrypted under a new data key. Backups made before now are still under the old one.</source>
        <translation>La base de données est maintenant chiffrée avec une nouvelle clé de données. Les sauvegardes faites avant ce changement restent chiffrées avec l&apos;ancienne.</translation>
    </message>
</context>
<context>
    <name>AccountsModel</name>
    <message>
        <location filename="../../src/shelterplan/ui/models/accounts_model.py" line="44"/>
        <source>Worker</source>
        <translation>Intervenante</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/models/accounts_model.py" line="45"/>
        <source>Supervisor</source>
        <translation>Superviseure</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/models/accounts_model.py" line="46"/>
        <source>Admin (no case content)</source>
        <translation>Administratrice (sans accès aux dossiers)</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/models/accounts_model.py" line="51"/>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/models/accounts_model.py" line="53"/>
        <source>No passphrase yet</source>
        <translation>Pas encore de phrase de passe</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/models/accounts_model.py" line="54"/>
        <source>Disabled</source>
        <translation>Désactivé</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/models/accounts_model.py" line="62"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/models/accounts_model.py" line="63"/>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/models/accounts_model.py" line="64"/>
        <source>Administrator</source>
        <translation>Administratrice</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/models/accounts_model.py" line="65"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/models/accounts_model.py" line="74"/>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/models/accounts_model.py" line="74"/>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/models/accounts_model.py" line="87"/>
        <source>She can no longer unlock the store.</source>
        <translation>Elle ne peut plus déverrouiller la base de données.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/models/accounts_model.py" line="89"/>
        <source>Add her again to give her a passphrase.</source>
        <translation>Ajoutez-la de nouveau pour lui donner une phrase de passe.</translation>
    </message>
</context>
<context>
    <name>AddWorkerForm</name>
    <message>
        <location filename="../../src/shelterplan/ui/admin/accounts_dialog.py" line="143"/>
        <source>Add a worker</source>
        <translation>Ajouter une intervenante</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/admin/accounts_dialog.py" line="147"/>
        <source>Her name</source>
        <translation>Son nom</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/admin/accounts_dialog.py" line="150"/>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/admin/accounts_dialog.py" line="155"/>
        <source>Also an &amp;administrator (accounts, settings, backups)</source>
        <translation>Aussi &amp;administratrice (comptes, paramètres, sauvegardes)</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/admin/accounts_dialog.py" line="161"/>
        <source>A worker sees her own cases and those shared with her; a supervisor sees every case; an admin manages accounts and settings but sees no case.</source>
        <translation>Une intervenante voit ses propres dossiers et ceux qu&apos;on partage avec elle; une superviseure voit tous les dossiers; une administratrice gère les comptes et les paramètres, mais ne voit aucun dossier.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/admin/accounts_dialog.py" line="167"/>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/admin/accounts_dialog.py" line="168"/>
        <source>&amp;Role</source>
        <translation>&amp;Rôle</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/admin/accounts_dialog.py" line="175"/>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
</context>
<context>
    <name>AgencyDialog</name>
    <message>
        <location filename="../../src/shelterplan/ui/admin/agency_dialog.py" line="41"/>
        <source>Agency details for printed plans</source>
        <translation>Coordonnées de l&apos;organisme sur les plans imprimés</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/admin/agency_dialog.py" line="48"/>
        <source>Agency name</source>
        <translation>Nom de l&apos;organisme</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/admin/agency_dialog.py" line="51"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/admin/agency_dialog.py" line="56"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/admin/agency_dialog.py" line="59"/>
        <source>Paper size</source>
        <translation>Format du papier</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/admin/agency_dialog.py" line="60"/>
        <source>Letter (8.5 × 11 in)</source>
        <translation>Lettre (8,5 × 11 po)</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/admin/agency_dialog.py" line="61"/>
        <source>A4 (210 × 297 mm)</source>
        <translation>A4 (210 × 297 mm)</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/admin/agency_dialog.py" line="65"/>
        <location filename="../../src/shelterplan/ui/admin/agency_dialog.py" line="86"/>
        <location filename="../../src/shelterplan/ui/admin/agency_dialog.py" line="150"/>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/admin/agency_dialog.py" line="69"/>
        <source>Choose &amp;logo…</source>
        <translation>Choisir le &amp;logo…</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/admin/agency_dialog.py" line="71"/>
        <source>&amp;Remove logo</source>
        <translation>&amp;Retirer le logo</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/admin/agency_dialog.py" line="82"/>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/admin/agency_dialog.py" line="83"/>
        <source>&amp;Address</source>
        <translation>&amp;Adresse</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/admin/agency_dialog.py" line="84"/>
        <source>&amp;Phone</source>
        <translation>&amp;Téléphone</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/admin/agency_dialog.py" line="85"/>
        <source>Paper si&amp;ze</source>
        <translation>&amp;Format du papier</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/admin/agency_dialog.py" line="89"/>
        <source>The name and logo print at the top of every plan. The address and phone print only on the agency&apos;s copy, never on her take-home copy; her safety plan carries nothing of the agency.</source>
        <translation>Le nom et le logo sont imprimés en haut de chaque plan. L&apos;adresse et le téléphone ne sont imprimés que sur la copie de l&apos;organisme, jamais sur la copie qu&apos;elle rapporte chez elle; son plan de sécurité ne porte aucune mention de l&apos;organisme.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/admin/agency_dialog.py" line="130"/>
        <source>No logo</source>
        <translation>Aucun logo</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/admin/agency_dialog.py" line="135"/>
        <source>Choose the agency&apos;s logo</source>
        <translation>Choisir le logo de l&apos;organisme</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/admin/agency_dialog.py" line="135"/>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Images (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/admin/agency_dialog.py" line="151"/>
        <source>Choose a PNG or JPEG image under 512 KB that this computer can read.</source>
        <translation>Choisissez une image PNG ou JPEG de moins de 512 Ko que cet ordinateur peut lire.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/admin/agency_dialog.py" line="177"/>
        <source>The details were not saved</source>
        <translation>Les coordonnées n&apos;ont pas été enregistrées</translation>
    </message>
</context>
<context>
    <name>AssessmentModel</name>
    <message>
        <location filename="../../src/shelterplan/ui/models/assessment_model.py" line="59"/>
        <source>Domain</source>
        <translation>Domaine</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/models/assessment_model.py" line="60"/>
        <source>Need</source>
        <translation>Besoin</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/models/assessment_model.py" line="61"/>
        <source>Her priority</source>
        <translation>Sa priorité</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/models/assessment_model.py" line="62"/>
        <source>Situation</source>
        <translation>Situation</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/models/assessment_model.py" line="63"/>
        <source>Risks</source>
        <translation>Risques</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/models/assessment_model.py" line="66"/>
        <source>What matters most to her: 1 is the most important, 5 the least.</source>
        <translation>Ce qui compte le plus pour elle&#xa0;: 1 est le plus important, 5 le moins important.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/models/assessment_model.py" line="72"/>
        <source>⚠ {0}</source>
        <translation>⚠ {0}</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/models/assessment_model.py" line="97"/>
        <source>Assessed on {0}</source>
        <translation>Évalué le {0}</translation>
    </message>
</context>
<context>
    <name>AuditDialog</name>
    <message>
        <location filename="../../src/shelterplan/ui/audit/audit_dialog.py" line="91"/>
        <location filename="../../src/shelterplan/ui/audit/audit_dialog.py" line="92"/>
        <location filename="../../src/shelterplan/ui/audit/audit_dialog.py" line="450"/>
        <source>Audit trail</source>
        <translation>Journal d&apos;audit</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/audit/audit_dialog.py" line="100"/>
        <source>Worker</source>
        <translation>Intervenante</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/audit/audit_dialog.py" line="101"/>
        <source>Any worker</source>
        <translation>Toutes les intervenantes</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/audit/audit_dialog.py" line="105"/>
        <source>Find a client by name</source>
        <translation>Trouver une participante par son nom</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/audit/audit_dialog.py" line="106"/>
        <source>Type part of her name…</source>
        <translation>Tapez une partie de son nom…</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/audit/audit_dialog.py" line="110"/>
        <source>Client</source>
        <translation>Participante</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/audit/audit_dialog.py" line="112"/>
        <location filename="../../src/shelterplan/ui/audit/audit_dialog.py" line="314"/>
        <source>Any client</source>
        <translation>Toutes les participantes</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/audit/audit_dialog.py" line="114"/>
        <source>Your role reads the audit trail without client names.</source>
        <translation>Votre rôle donne accès au journal d&apos;audit sans les noms des participantes.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/audit/audit_dialog.py" line="121"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/audit/audit_dialog.py" line="122"/>
        <source>Any action</source>
        <translation>Toutes les actions</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/audit/audit_dialog.py" line="126"/>
        <source>From date</source>
        <translation>Date de début</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/audit/audit_dialog.py" line="127"/>
        <source>To date (included)</source>
        <translation>Date de fin (incluse)</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/audit/audit_dialog.py" line="128"/>
        <source>C&amp;lear filters</source>
        <translation>&amp;Effacer les filtres</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/audit/audit_dialog.py" line="136"/>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/audit/audit_dialog.py" line="142"/>
        <source>&amp;Worker:</source>
        <translation>&amp;Intervenante&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/audit/audit_dialog.py" line="144"/>
        <source>&amp;Client:</source>
        <translation>&amp;Participante&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/audit/audit_dialog.py" line="146"/>
        <source>&amp;Action:</source>
        <translation>&amp;Action&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/audit/audit_dialog.py" line="148"/>
        <source>&amp;Days:</source>
        <translation>&amp;Dates&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/audit/audit_dialog.py" line="154"/>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/audit/audit_dialog.py" line="161"/>
        <source>Audit trail entries, newest first</source>
        <translation>Entrées du journal d&apos;audit, les plus récentes d&apos;abord</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/audit/audit_dialog.py" line="179"/>
        <source>How many entries are shown</source>
        <translation>Nombre d&apos;entrées affichées</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/audit/audit_dialog.py" line="180"/>
        <source>Show &amp;more</source>
        <translation>&amp;Voir plus</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/audit/audit_dialog.py" line="182"/>
        <source>Fetch the next older entries</source>
        <translation>Charger les entrées plus anciennes</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/audit/audit_dialog.py" line="185"/>
        <source>C&amp;heck the chain</source>
        <translation>Vérifier la &amp;chaîne</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/audit/audit_dialog.py" line="189"/>
        <source>Check every page of the database and that no entry of the audit trail was changed, removed or reordered (as `shelterplan verify` does)</source>
        <translation>Vérifier chaque page de la base de données et qu&apos;aucune entrée du journal d&apos;audit n&apos;a été modifiée, supprimée ou déplacée (comme le fait `shelterplan verify`)</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/audit/audit_dialog.py" line="195"/>
        <source>Result of the check</source>
        <translation>Résultat de la vérification</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/audit/audit_dialog.py" line="258"/>
        <source>Any day</source>
        <translation>Toute date</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/audit/audit_dialog.py" line="318"/>
        <source>{0} (since {1})</source>
        <translation>{0} (depuis le {1})</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/audit/audit_dialog.py" line="343"/>
        <source>{0} clients found: pick one to see her entries</source>
        <translation>{0} participantes trouvées&#xa0;: choisissez-en une pour voir ses entrées</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/audit/audit_dialog.py" line="364"/>
        <source>No entries match.</source>
        <translation>Aucune entrée ne correspond.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/audit/audit_dialog.py" line="367"/>
        <source>Showing the newest {0} of {1} entries</source>
        <translation>Affichage des {0} entrées les plus récentes sur {1}</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/audit/audit_dialog.py" line="370"/>
        <source>1 entry</source>
        <translation>1 entrée</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/audit/audit_dialog.py" line="372"/>
        <source>{0} entries</source>
        <translation>{0} entrées</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/audit/audit_dialog.py" line="384"/>
        <source>Checking every page of the store and every entry of the trail…</source>
        <translation>Vérification de chaque page de la base de données et de chaque entrée du journal…</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/audit/audit_dialog.py" line="395"/>
        <location filename="../../src/shelterplan/ui/audit/audit_dialog.py" line="397"/>
        <source>⚠ {0}</source>
        <translation>⚠ {0}</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/audit/audit_dialog.py" line="403"/>
        <source>The database file is damaged: some of its pages fail their check. Keep the store as it is, do not write to it, and tell your administrator; a backup can be restored.</source>
        <translation>Le fichier de la base de données est endommagé&#xa0;: certaines de ses pages échouent à la vérification. Laissez la base de données telle quelle, n&apos;y enregistrez rien et avertissez votre administratrice; une sauvegarde peut être restaurée.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/audit/audit_dialog.py" line="410"/>
        <source>The store is intact: every page of the database checks out and the audit trail of {0} entries is unbroken.</source>
        <translation>La base de données est intacte&#xa0;: chaque page passe la vérification et la chaîne du journal d&apos;audit ({0} entrées) est ininterrompue.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/audit/audit_dialog.py" line="414"/>
        <source>an entry is missing</source>
        <translation>une entrée manque</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/audit/audit_dialog.py" line="416"/>
        <source>it does not follow the entry before it</source>
        <translation>elle ne suit pas l&apos;entrée précédente</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/audit/audit_dialog.py" line="418"/>
        <source>the entry was changed</source>
        <translation>l&apos;entrée a été modifiée</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/audit/audit_dialog.py" line="421"/>
        <source>The audit trail is broken at entry {0} of {1}: {2}.</source>
        <translation>Le journal d&apos;audit est rompu à l&apos;entrée {0} sur {1}&#xa0;: {2}.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/audit/audit_dialog.py" line="426"/>
        <source>That entry reads: {0}.</source>
        <translation>Cette entrée indique&#xa0;: {0}.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/audit/audit_dialog.py" line="428"/>
        <source>Everything up to entry {0} ({1}) checks out.</source>
        <translation>Tout est valide jusqu&apos;à l&apos;entrée {0} ({1}).</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/audit/audit_dialog.py" line="432"/>
        <source>The break is at the very start of the trail.</source>
        <translation>La rupture se trouve au tout début du journal.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/audit/audit_dialog.py" line="437"/>
        <source>The store may have been altered outside the app: keep it as it is and tell your administrator.</source>
        <translation>La base de données a peut-être été modifiée en dehors de l&apos;application&#xa0;: laissez-la telle quelle et avertissez votre administratrice.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/audit/audit_dialog.py" line="443"/>
        <source>no worker named</source>
        <translation>aucune intervenante nommée</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/audit/audit_dialog.py" line="444"/>
        <source>{0}, {1}, {2}</source>
        <translation>{0}, {1}, {2}</translation>
    </message>
</context>
<context>
    <name>AuditModel</name>
    <message>
        <location filename="../../src/shelterplan/ui/models/audit_model.py" line="158"/>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/models/audit_model.py" line="158"/>
        <source>Worker</source>
        <translation>Intervenante</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/models/audit_model.py" line="158"/>
        <source>What</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/models/audit_model.py" line="158"/>
        <source>Record</source>
        <translation>Élément</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/models/audit_model.py" line="161"/>
        <source>In this computer&apos;s local time</source>
        <translation>À l&apos;heure locale de cet ordinateur</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/models/audit_model.py" line="162"/>
        <source>Who was signed in (empty: nobody, or a name not known)</source>
        <translation>Qui était connectée (vide&#xa0;: personne, ou un nom inconnu)</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/models/audit_model.py" line="163"/>
        <source>What it was done to, and whose file it belongs to</source>
        <translation>Sur quoi porte l&apos;action, et à quel dossier cela appartient</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/models/audit_model.py" line="184"/>
        <source>Entry {0} of the trail</source>
        <translation>Entrée {0} du journal</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/models/audit_model.py" line="188"/>
        <source>No worker named</source>
        <translation>Aucune intervenante nommée</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/models/audit_model.py" line="205"/>
        <source>{0} · {1}</source>
        <translation>{0} · {1}</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/models/audit_model.py" line="209"/>
        <source>{0} · no longer in the store</source>
        <translation>{0} · ne figure plus dans la base de données</translation>
    </message>
</context>
<context>
    <name>BackupReminder</name>
    <message>
        <location filename="../../src/shelterplan/ui/admin/backups_dialog.py" line="274"/>
        <source>Backups…</source>
        <translation>Sauvegardes…</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/admin/backups_dialog.py" line="276"/>
        <source>No backup yet: back up now…</source>
        <translation>Aucune sauvegarde&#xa0;: sauvegarder maintenant…</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/admin/backups_dialog.py" line="278"/>
        <source>Last backup {0} days ago: back up now…</source>
        <translation>Dernière sauvegarde il y a {0} jours&#xa0;: sauvegarder maintenant…</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/admin/backups_dialog.py" line="281"/>
        <source>Backup folder, reminder and Back up now</source>
        <translation>Emplacement des sauvegardes, rappel et «&#xa0;Sauvegarder maintenant&#xa0;»</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <location filename="../../src/shelterplan/ui/admin/backups_dialog.py" line="60"/>
        <source>Backups</source>
        <translation>Sauvegardes</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/admin/backups_dialog.py" line="68"/>
        <source>Backup folder</source>
        <translation>Emplacement des sauvegardes</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/admin/backups_dialog.py" line="69"/>
        <source>For example a USB drive</source>
        <translation>Par exemple, une clé USB</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/admin/backups_dialog.py" line="70"/>
        <source>C&amp;hoose…</source>
        <translation>&amp;Choisir…</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/admin/backups_dialog.py" line="72"/>
        <location filename="../../src/shelterplan/ui/admin/backups_dialog.py" line="166"/>
        <source>Choose the backup folder</source>
        <translation>Choisir l&apos;emplacement des sauvegardes</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/admin/backups_dialog.py" line="80"/>
        <source>Remind after this many days without a backup</source>
        <translation>Rappeler après ce nombre de jours sans sauvegarde</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/admin/backups_dialog.py" line="82"/>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/admin/backups_dialog.py" line="86"/>
        <location filename="../../src/shelterplan/ui/admin/backups_dialog.py" line="118"/>
        <source>Last backup</source>
        <translation>Dernière sauvegarde</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/admin/backups_dialog.py" line="89"/>
        <source>&amp;Back up now</source>
        <translation>&amp;Sauvegarder maintenant</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/admin/backups_dialog.py" line="91"/>
        <source>Back up now</source>
        <translation>Sauvegarder maintenant</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/admin/backups_dialog.py" line="95"/>
        <source>Backing up</source>
        <translation>Sauvegarde en cours</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/admin/backups_dialog.py" line="100"/>
        <source>Backup result</source>
        <translation>Résultat de la sauvegarde</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/admin/backups_dialog.py" line="105"/>
        <source>R&amp;estore from a backup…</source>
        <translation>R&amp;estaurer une sauvegarde…</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/admin/backups_dialog.py" line="108"/>
        <source>Replace the store with a backup (the store now in use is kept)</source>
        <translation>Remplacer la base de données par une sauvegarde (la base actuelle est conservée)</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/admin/backups_dialog.py" line="113"/>
        <source>Backup &amp;folder</source>
        <translation>&amp;Emplacement des sauvegardes</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/admin/backups_dialog.py" line="117"/>
        <source>&amp;Remind after</source>
        <translation>&amp;Rappel après</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/admin/backups_dialog.py" line="121"/>
        <source>Each backup is one encrypted file. The recovery key restores it on any computer; an administrator&apos;s passphrase restores it on this computer (and on any computer when the store works with passphrases only). Keep the drive somewhere safe, away from this laptop.</source>
        <translation>Chaque sauvegarde est un fichier chiffré. La clé de récupération permet de la restaurer sur n&apos;importe quel ordinateur; la phrase de passe d&apos;une administratrice permet de la restaurer sur cet ordinateur (et sur n&apos;importe quel ordinateur lorsque la base de données fonctionne avec des phrases de passe seulement). Rangez le support en lieu sûr, loin de cet ordinateur portable.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/admin/backups_dialog.py" line="155"/>
        <source>Never</source>
        <translation>Jamais</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/admin/backups_dialog.py" line="159"/>
        <source>{0} (today)</source>
        <translation>{0} (aujourd&apos;hui)</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/admin/backups_dialog.py" line="161"/>
        <source>{0} ({1} days ago)</source>
        <translation>{0} (il y a {1} jours)</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/admin/backups_dialog.py" line="183"/>
        <source>The settings were not saved</source>
        <translation>Les paramètres n&apos;ont pas été enregistrés</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/admin/backups_dialog.py" line="200"/>
        <source>Backing up… the app can be used meanwhile.</source>
        <translation>Sauvegarde en cours… Vous pouvez continuer d&apos;utiliser l&apos;application.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/admin/backups_dialog.py" line="217"/>
        <source>No backup was made</source>
        <translation>Aucune sauvegarde n&apos;a été faite</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/admin/backups_dialog.py" line="221"/>
        <source>Backup written: {0} ({1} MB).</source>
        <translation>Sauvegarde enregistrée&#xa0;: {0} ({1} Mo).</translation>
    </message>
</context>
<context>
    <name>CaseloadModel</name>
    <message>
        <location filename="../../src/shelterplan/ui/models/caseload_model.py" line="189"/>
        <source>Client</source>
        <translation>Participante</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/models/caseload_model.py" line="190"/>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/models/caseload_model.py" line="191"/>
        <source>Next step</source>
        <translation>Prochaine étape</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/models/caseload_model.py" line="192"/>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/models/caseload_model.py" line="193"/>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/models/caseload_model.py" line="194"/>
        <source>Last contact</source>
        <translation>Dernier contact</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/models/caseload_model.py" line="195"/>
        <source>Worker</source>
        <translation>Intervenante</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/models/caseload_model.py" line="201"/>
        <source>Her preferred name or alias</source>
        <translation>Son nom choisi ou son pseudonyme</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/models/caseload_model.py" line="202"/>
        <source>When the next open step is due</source>
        <translation>Échéance de la prochaine étape à faire</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/models/caseload_model.py" line="203"/>
        <source>Open steps past their due date</source>
        <translation>Étapes à faire dont l&apos;échéance est passée</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/models/caseload_model.py" line="204"/>
        <source>The lead worker</source>
        <translation>L&apos;intervenante principale</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/models/caseload_model.py" line="251"/>
        <source>⚠ {0}</source>
        <translation>⚠ {0}</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/models/caseload_model.py" line="258"/>
        <source>1 step overdue</source>
        <translation>1 étape en retard</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/models/caseload_model.py" line="259"/>
        <source>{0} steps overdue</source>
        <translation>{0} étapes en retard</translation>
    </message>
</context>
<context>
    <name>CaseloadView</name>
    <message>
        <location filename="../../src/shelterplan/ui/caseload_view.py" line="63"/>
        <source>Search names, aliases and notes</source>
        <translation>Chercher par nom, pseudonyme ou note</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/caseload_view.py" line="64"/>
        <source>Search cases</source>
        <translation>Rechercher des dossiers</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/caseload_view.py" line="66"/>
        <source>Searches her preferred name, legal name and notes as you type.</source>
        <translation>Cherche dans son nom choisi, son nom légal et les notes pendant que vous tapez.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/caseload_view.py" line="70"/>
        <source>&amp;Search</source>
        <translation>&amp;Rechercher</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/caseload_view.py" line="75"/>
        <source>My cases</source>
        <translation>Mes dossiers</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/caseload_view.py" line="76"/>
        <source>All cases</source>
        <translation>Tous les dossiers</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/caseload_view.py" line="77"/>
        <source>Which cases to show</source>
        <translation>Dossiers à afficher</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/caseload_view.py" line="78"/>
        <source>Sho&amp;w</source>
        <translation>&amp;Afficher</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/caseload_view.py" line="83"/>
        <source>Worker</source>
        <translation>Intervenante</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/caseload_view.py" line="84"/>
        <source>Wor&amp;ker</source>
        <translation>&amp;Intervenante</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/caseload_view.py" line="89"/>
        <source>All phases</source>
        <translation>Toutes les phases</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/caseload_view.py" line="92"/>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/caseload_view.py" line="93"/>
        <source>P&amp;hase</source>
        <translation>&amp;Phase</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/caseload_view.py" line="96"/>
        <source>Only &amp;overdue</source>
        <translation>&amp;En retard seulement</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/caseload_view.py" line="98"/>
        <source>Only cases with overdue steps</source>
        <translation>Seulement les dossiers ayant des étapes en retard</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/caseload_view.py" line="102"/>
        <source>Cases</source>
        <translation>Dossiers</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/caseload_view.py" line="121"/>
        <source>Number of cases</source>
        <translation>Nombre de dossiers</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/caseload_view.py" line="183"/>
        <source>Any worker</source>
        <translation>Toutes les intervenantes</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/caseload_view.py" line="257"/>
        <source>{0}+ cases</source>
        <translation>{0}+ dossiers</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/caseload_view.py" line="265"/>
        <source>1 case</source>
        <translation>1 dossier</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/caseload_view.py" line="267"/>
        <source>{0} cases</source>
        <translation>{0} dossiers</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/caseload_view.py" line="281"/>
        <source>&amp;Open case</source>
        <translation>&amp;Ouvrir le dossier</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/caseload_view.py" line="284"/>
        <source>&amp;Sort by</source>
        <translation>&amp;Trier par</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/caseload_view.py" line="335"/>
        <source>Caseload</source>
        <translation>Charge de cas</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../../src/shelterplan/ui/crash.py" line="58"/>
        <source>shelterplan hit a problem</source>
        <translation>shelterplan a rencontré un problème</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/crash.py" line="61"/>
        <source>Something unexpected went wrong. Your saved work is safe in the store. Please copy the report below and give it to your administrator; it contains no client information.</source>
        <translation>Une erreur inattendue s&apos;est produite. Votre travail enregistré est en sécurité dans la base de données. Veuillez copier le rapport ci-dessous et le remettre à votre administratrice; il ne contient aucun renseignement sur les participantes.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/crash.py" line="69"/>
        <source>Problem report</source>
        <translation>Rapport de problème</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/crash.py" line="71"/>
        <source>&amp;Copy report</source>
        <translation>&amp;Copier le rapport</translation>
    </message>
</context>
<context>
    <name>DateDelegate</name>
    <message>
        <location filename="../../src/shelterplan/ui/delegates.py" line="84"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/delegates.py" line="87"/>
        <source>No date</source>
        <translation>Aucune date</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/delegates.py" line="88"/>
        <source>Press Delete for no date.</source>
        <translation>Appuyez sur Suppr pour n&apos;indiquer aucune date.</translation>
    </message>
</context>
<context>
    <name>DependantsModel</name>
    <message>
        <location filename="../../src/shelterplan/ui/models/dependants_model.py" line="58"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/models/dependants_model.py" line="59"/>
        <source>Age</source>
        <translation>Âge</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/models/dependants_model.py" line="60"/>
        <source>Relationship</source>
        <translation>Lien</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/models/dependants_model.py" line="61"/>
        <location filename="../../src/shelterplan/ui/models/dependants_model.py" line="90"/>
        <source>With her</source>
        <translation>Avec elle</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/models/dependants_model.py" line="82"/>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/models/dependants_model.py" line="82"/>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/models/dependants_model.py" line="88"/>
        <source>Age not recorded</source>
        <translation>Âge non indiqué</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/models/dependants_model.py" line="90"/>
        <source>Not with her</source>
        <translation>Pas avec elle</translation>
    </message>
</context>
<context>
    <name>DirectoryDialog</name>
    <message>
        <location filename="../../src/shelterplan/ui/directory_dialog.py" line="149"/>
        <source>Choose a service</source>
        <translation>Choisir un service</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/directory_dialog.py" line="149"/>
        <location filename="../../src/shelterplan/ui/directory_dialog.py" line="339"/>
        <location filename="../../src/shelterplan/ui/directory_dialog.py" line="399"/>
        <source>Service directory</source>
        <translation>Répertoire des ressources</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/directory_dialog.py" line="162"/>
        <source>Name, languages, eligibility, notes…</source>
        <translation>Nom, langues, admissibilité, notes…</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/directory_dialog.py" line="163"/>
        <source>Search the directory</source>
        <translation>Chercher dans le répertoire</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/directory_dialog.py" line="168"/>
        <location filename="../../src/shelterplan/ui/directory_dialog.py" line="244"/>
        <source>Domain</source>
        <translation>Domaine</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/directory_dialog.py" line="169"/>
        <source>All domains</source>
        <translation>Tous les domaines</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/directory_dialog.py" line="173"/>
        <source>&amp;Search</source>
        <translation>&amp;Rechercher</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/directory_dialog.py" line="173"/>
        <source>Do&amp;main</source>
        <translation>&amp;Domaine</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/directory_dialog.py" line="179"/>
        <source>Services</source>
        <translation>Services</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/directory_dialog.py" line="196"/>
        <source>No service matches. Try fewer words.</source>
        <translation>Aucun service ne correspond. Essayez avec moins de mots.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/directory_dialog.py" line="230"/>
        <source>About this service</source>
        <translation>À propos de ce service</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/directory_dialog.py" line="245"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/directory_dialog.py" line="246"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/directory_dialog.py" line="247"/>
        <source>Hours</source>
        <translation>Heures d&apos;ouverture</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/directory_dialog.py" line="248"/>
        <source>Eligibility</source>
        <translation>Admissibilité</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/directory_dialog.py" line="249"/>
        <source>Languages</source>
        <translation>Langues</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/directory_dialog.py" line="250"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/directory_dialog.py" line="265"/>
        <source>&amp;Add…</source>
        <translation>&amp;Ajouter…</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/directory_dialog.py" line="266"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/directory_dialog.py" line="267"/>
        <source>Remo&amp;ve</source>
        <translation>Re&amp;tirer</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/directory_dialog.py" line="268"/>
        <source>Take the service out of the directory</source>
        <translation>Retirer le service du répertoire</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/directory_dialog.py" line="284"/>
        <source>S&amp;hare her details with this service</source>
        <translation>&amp;Communiquer ses renseignements à ce service</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/directory_dialog.py" line="287"/>
        <source>Only with her consent to sharing with this service, recorded in her case.</source>
        <translation>Seulement avec son consentement à la communication avec ce service, inscrit à son dossier.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/directory_dialog.py" line="292"/>
        <source>The goal this referral serves</source>
        <translation>L&apos;objectif visé par cette référence</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/directory_dialog.py" line="293"/>
        <source>No particular goal</source>
        <translation>Aucun objectif en particulier</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/directory_dialog.py" line="297"/>
        <source>For &amp;goal</source>
        <translation>&amp;Pour l&apos;objectif</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/directory_dialog.py" line="304"/>
        <source>&amp;Refer her</source>
        <translation>&amp;Faire la référence</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/directory_dialog.py" line="360"/>
        <source>No service selected</source>
        <translation>Aucun service sélectionné</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/directory_dialog.py" line="364"/>
        <source>Not known</source>
        <translation>Non indiqué</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/directory_dialog.py" line="430"/>
        <source>Take {0} out of the directory? Referrals already made to it keep its name.</source>
        <translation>Retirer {0} du répertoire? Les références déjà faites vers ce service garderont son nom.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/directory_dialog.py" line="432"/>
        <source>Remove service</source>
        <translation>Retirer le service</translation>
    </message>
</context>
<context>
    <name>FigurePanel</name>
    <message>
        <location filename="../../src/shelterplan/ui/reports/figure_panel.py" line="50"/>
        <source>Chart</source>
        <translation>Graphique</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/reports/figure_panel.py" line="65"/>
        <source>Table</source>
        <translation>Tableau</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/reports/figure_panel.py" line="78"/>
        <source>&amp;Chart</source>
        <translation>&amp;Graphique</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/reports/figure_panel.py" line="79"/>
        <source>T&amp;able</source>
        <translation>&amp;Tableau</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/reports/figure_panel.py" line="96"/>
        <source>{0}: chart</source>
        <translation>{0}&#xa0;: graphique</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/reports/figure_panel.py" line="97"/>
        <source>The same figures are in the Table tab.</source>
        <translation>Les mêmes données figurent dans l&apos;onglet Tableau.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/reports/figure_panel.py" line="98"/>
        <source>{0}: table</source>
        <translation>{0}&#xa0;: tableau</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/shelterplan/ui/main_window.py" line="61"/>
        <location filename="../../src/shelterplan/ui/main_window.py" line="421"/>
        <source>shelterplan</source>
        <translation>shelterplan</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/main_window.py" line="80"/>
        <source>Your desk</source>
        <translation>Votre bureau</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/main_window.py" line="81"/>
        <location filename="../../src/shelterplan/ui/main_window.py" line="129"/>
        <source>Caseload</source>
        <translation>Charge de cas</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/main_window.py" line="82"/>
        <location filename="../../src/shelterplan/ui/main_window.py" line="130"/>
        <source>Today</source>
        <translation>Aujourd&apos;hui</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/main_window.py" line="83"/>
        <location filename="../../src/shelterplan/ui/main_window.py" line="131"/>
        <location filename="../../src/shelterplan/ui/main_window.py" line="366"/>
        <location filename="../../src/shelterplan/ui/main_window.py" line="410"/>
        <source>Case</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/main_window.py" line="112"/>
        <source>Main</source>
        <translation>Barre principale</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/main_window.py" line="120"/>
        <source>{0} ({1})</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/main_window.py" line="132"/>
        <source>&amp;Find a client</source>
        <translation>&amp;Trouver une participante</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/main_window.py" line="133"/>
        <source>&amp;New client…</source>
        <translation>&amp;Nouvelle participante…</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/main_window.py" line="134"/>
        <source>&amp;Lock</source>
        <translation>&amp;Verrouiller</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/main_window.py" line="135"/>
        <source>Lock now (Ctrl+L): hides every client detail</source>
        <translation>Verrouiller maintenant (Ctrl+L)&#xa0;: masque tous les renseignements sur les participantes</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/main_window.py" line="137"/>
        <source>&amp;Audit trail…</source>
        <translation>&amp;Journal d&apos;audit…</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/main_window.py" line="139"/>
        <source>A&amp;ccounts…</source>
        <translation>&amp;Comptes…</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/main_window.py" line="140"/>
        <source>A&amp;gency details…</source>
        <translation>Coordonnées de l&apos;&amp;organisme…</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/main_window.py" line="142"/>
        <source>The agency&apos;s name, address and logo on printed plans</source>
        <translation>Le nom, l&apos;adresse et le logo de l&apos;organisme sur les plans imprimés</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/main_window.py" line="144"/>
        <source>&amp;Retention…</source>
        <translation>&amp;Conservation…</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/main_window.py" line="146"/>
        <source>How long closed cases are kept, and purging older ones</source>
        <translation>Durée de conservation des dossiers fermés, et purge des plus anciens</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/main_window.py" line="149"/>
        <source>&amp;Outcomes…</source>
        <translation>Rés&amp;ultats…</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/main_window.py" line="190"/>
        <source> · passphrase-only mode</source>
        <translation> · mode phrase de passe seulement</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/main_window.py" line="191"/>
        <source>Signed in as {0}</source>
        <translation>Connectée en tant que {0}</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/main_window.py" line="224"/>
        <source>Safety plan</source>
        <translation>Plan de sécurité</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/main_window.py" line="226"/>
        <source>The case is created. Would she like to make her safety plan now? (You can also do it later from the Safety plan tab.)</source>
        <translation>Le dossier est créé. Souhaite-t-elle faire son plan de sécurité maintenant? (Vous pourrez aussi le faire plus tard dans l&apos;onglet Plan de sécurité.)</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/main_window.py" line="418"/>
        <source>Case: {0}</source>
        <translation>Dossier&#xa0;: {0}</translation>
    </message>
</context>
<context>
    <name>NotesModel</name>
    <message>
        <location filename="../../src/shelterplan/ui/models/notes_model.py" line="57"/>
        <source>{0} · {1}</source>
        <translation>{0} · {1}</translation>
    </message>
</context>
<context>
    <name>OutcomesDialog</name>
    <message>
        <location filename="../../src/shelterplan/ui/reports/dashboard.py" line="76"/>
        <source>Outcomes</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/reports/dashboard.py" line="77"/>
        <source>Outcome reports</source>
        <translation>Rapports de résultats</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/reports/dashboard.py" line="101"/>
        <source>Save &amp;PDF report…</source>
        <translation>Enregistrer le rapport &amp;PDF…</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/reports/dashboard.py" line="103"/>
        <source>Save the report as a PDF file (not encrypted)</source>
        <translation>Enregistrer le rapport dans un fichier PDF (non chiffré)</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/reports/dashboard.py" line="105"/>
        <source>Save &amp;CSV…</source>
        <translation>Enregistrer en &amp;CSV…</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/reports/dashboard.py" line="107"/>
        <source>Save every table as a CSV file (not encrypted)</source>
        <translation>Enregistrer chaque tableau dans un fichier CSV (non chiffré)</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/reports/dashboard.py" line="109"/>
        <source>&amp;Export for funders…</source>
        <translation>&amp;Exporter pour les bailleurs de fonds…</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/reports/dashboard.py" line="112"/>
        <source>Save the de-identified export for funders: no names, small counts hidden</source>
        <translation>Enregistrer l&apos;exportation dépersonnalisée pour les bailleurs de fonds&#xa0;: aucun nom, petits nombres masqués</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/reports/dashboard.py" line="115"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/reports/dashboard.py" line="133"/>
        <source>Period starts on</source>
        <translation>Début de la période</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/reports/dashboard.py" line="134"/>
        <source>Period ends on</source>
        <translation>Fin de la période</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/reports/dashboard.py" line="137"/>
        <source>Group by month or quarter</source>
        <translation>Regrouper par mois ou par trimestre</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/reports/dashboard.py" line="138"/>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/reports/dashboard.py" line="139"/>
        <source>Quarter</source>
        <translation>Trimestre</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/reports/dashboard.py" line="145"/>
        <source>Program</source>
        <translation>Programme</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/reports/dashboard.py" line="148"/>
        <source>Lead worker</source>
        <translation>Intervenante principale</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/reports/dashboard.py" line="151"/>
        <source>&amp;From</source>
        <translation>&amp;Du</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/reports/dashboard.py" line="152"/>
        <source>&amp;To</source>
        <translation>&amp;Au</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/reports/dashboard.py" line="153"/>
        <source>&amp;By</source>
        <translation>&amp;Regrouper par</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/reports/dashboard.py" line="154"/>
        <source>Pro&amp;gram</source>
        <translation>Pro&amp;gramme</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/reports/dashboard.py" line="155"/>
        <source>&amp;Worker</source>
        <translation>&amp;Intervenante</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/reports/dashboard.py" line="187"/>
        <source>All programs</source>
        <translation>Tous les programmes</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/reports/dashboard.py" line="188"/>
        <source>All workers</source>
        <translation>Toutes les intervenantes</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/reports/dashboard.py" line="251"/>
        <source>Figures as of {0} · {1} cases in the period</source>
        <translation>Données au {0} · {1} dossiers dans la période</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/reports/dashboard.py" line="277"/>
        <source>Export for funders</source>
        <translation>Exportation pour les bailleurs de fonds</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/reports/dashboard.py" line="279"/>
        <source>Saved {0}. It holds aggregate figures for the whole agency over the period, with counts under 5 hidden; the export is recorded in the audit trail.</source>
        <translation>{0} a été enregistré. Le fichier contient des données agrégées pour l&apos;ensemble de l&apos;organisme sur la période, les nombres inférieurs à 5 étant masqués; l&apos;exportation est consignée dans le journal d&apos;audit.</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <location filename="../../src/shelterplan/ui/printing/pdf_preview.py" line="38"/>
        <source>Preview of the document</source>
        <translation>Aperçu du document</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/printing/pdf_preview.py" line="59"/>
        <source>Zoom out</source>
        <translation>Zoom arrière</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/printing/pdf_preview.py" line="61"/>
        <source>Zoom in</source>
        <translation>Zoom avant</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/printing/pdf_preview.py" line="64"/>
        <source>Fit width</source>
        <translation>Ajuster à la largeur</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/printing/pdf_preview.py" line="64"/>
        <source>Fit the page to the width</source>
        <translation>Ajuster la page à la largeur</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/printing/pdf_preview.py" line="98"/>
        <location filename="../../src/shelterplan/ui/printing/pdf_preview.py" line="151"/>
        <source>Nothing to show yet.</source>
        <translation>Rien à afficher pour l&apos;instant.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/printing/pdf_preview.py" line="121"/>
        <source>This document cannot be shown: it is damaged or not a PDF. Close this window and try again; if it happens again, tell your administrator.</source>
        <translation>Ce document ne peut pas être affiché&#xa0;: il est endommagé ou ce n&apos;est pas un PDF. Fermez cette fenêtre et réessayez; si le problème se reproduit, avertissez votre administratrice.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/printing/pdf_preview.py" line="205"/>
        <source>{0} %</source>
        <translation>{0}&#xa0;%</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/printing/pdf_preview.py" line="215"/>
        <source>Page {0} of {1}</source>
        <translation>Page {0} de {1}</translation>
    </message>
</context>
<context>
    <name>PlanTreeModel</name>
    <message>
        <location filename="../../src/shelterplan/ui/models/plan_tree_model.py" line="51"/>
        <source>Open</source>
        <translation>À faire</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/models/plan_tree_model.py" line="52"/>
        <source>Done</source>
        <translation>Fait</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/models/plan_tree_model.py" line="53"/>
        <source>Missed</source>
        <translation>Manqué</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/models/plan_tree_model.py" line="54"/>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/models/plan_tree_model.py" line="57"/>
        <source>Active</source>
        <translation>En cours</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/models/plan_tree_model.py" line="58"/>
        <source>Achieved</source>
        <translation>Atteint</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/models/plan_tree_model.py" line="59"/>
        <source>Set aside</source>
        <translation>Mis de côté</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/models/plan_tree_model.py" line="62"/>
        <source>Client</source>
        <translation>Participante</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/models/plan_tree_model.py" line="63"/>
        <source>Worker</source>
        <translation>Intervenante</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/models/plan_tree_model.py" line="64"/>
        <source>Provider</source>
        <translation>Organisme partenaire</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/models/plan_tree_model.py" line="65"/>
        <source>Support person</source>
        <translation>Personne de soutien</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/models/plan_tree_model.py" line="68"/>
        <source>Long-term goal</source>
        <translation>Objectif à long terme</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/models/plan_tree_model.py" line="69"/>
        <source>Intermediate goal</source>
        <translation>Objectif intermédiaire</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/models/plan_tree_model.py" line="72"/>
        <source>Long-term goal: {0}</source>
        <translation>Objectif à long terme&#xa0;: {0}</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/models/plan_tree_model.py" line="73"/>
        <source>Intermediate goal: {0}</source>
        <translation>Objectif intermédiaire&#xa0;: {0}</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/models/plan_tree_model.py" line="76"/>
        <source>Safety</source>
        <translation>Sécurité</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/models/plan_tree_model.py" line="77"/>
        <source>Housing</source>
        <translation>Logement</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/models/plan_tree_model.py" line="78"/>
        <source>Income</source>
        <translation>Revenu</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/models/plan_tree_model.py" line="79"/>
        <source>Physical health</source>
        <translation>Santé physique</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/models/plan_tree_model.py" line="80"/>
        <source>Mental health</source>
        <translation>Santé mentale</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/models/plan_tree_model.py" line="81"/>
        <source>Substance use</source>
        <translation>Consommation</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/models/plan_tree_model.py" line="82"/>
        <source>Legal and justice</source>
        <translation>Justice et droit</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/models/plan_tree_model.py" line="83"/>
        <source>Immigration</source>
        <translation>Immigration</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/models/plan_tree_model.py" line="84"/>
        <source>Children</source>
        <translation>Enfants</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/models/plan_tree_model.py" line="85"/>
        <source>Education and employment</source>
        <translation>Études et emploi</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/models/plan_tree_model.py" line="86"/>
        <source>Social support</source>
        <translation>Soutien social</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/models/plan_tree_model.py" line="87"/>
        <source>Culture</source>
        <translation>Culture</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/models/plan_tree_model.py" line="286"/>
        <source>Goal or step</source>
        <translation>Objectif ou étape</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/models/plan_tree_model.py" line="287"/>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/models/plan_tree_model.py" line="288"/>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/models/plan_tree_model.py" line="289"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/models/plan_tree_model.py" line="290"/>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/models/plan_tree_model.py" line="321"/>
        <source>Target {0}</source>
        <translation>Date visée&#xa0;: {0}</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/models/plan_tree_model.py" line="330"/>
        <source>Domain: {0}</source>
        <translation>Domaine&#xa0;: {0}</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/models/plan_tree_model.py" line="332"/>
        <source>A concurrent theme, worked on alongside the plan.</source>
        <translation>Un thème travaillé en parallèle du plan.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/models/plan_tree_model.py" line="374"/>
        <source>{0}  (agency copy only)</source>
        <comment>an item left off her copy</comment>
        <translation>{0}  (copie de l&apos;organisme seulement)</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/models/plan_tree_model.py" line="383"/>
        <source>Overdue: {0}</source>
        <translation>En retard&#xa0;: {0}</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/models/plan_tree_model.py" line="388"/>
        <source>{0}: {1}</source>
        <comment>outcome date: what happened</comment>
        <translation>{0}&#xa0;: {1}</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/models/plan_tree_model.py" line="395"/>
        <source>This step is overdue: it is still open and was due {0}.</source>
        <translation>Cette étape est en retard&#xa0;: elle est toujours à faire et son échéance était le {0}.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/models/plan_tree_model.py" line="403"/>
        <source>{0}: {1}</source>
        <comment>party: name</comment>
        <translation>{0}&#xa0;: {1}</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/models/plan_tree_model.py" line="410"/>
        <source>Appointment: {0} at {1}</source>
        <translation>Rendez-vous&#xa0;: {0} à {1}</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/models/plan_tree_model.py" line="412"/>
        <source>Where: {0}</source>
        <translation>Lieu&#xa0;: {0}</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/models/plan_tree_model.py" line="414"/>
        <source>Instructions: {0}</source>
        <translation>Consignes&#xa0;: {0}</translation>
    </message>
</context>
<context>
    <name>PrintDialog</name>
    <message>
        <location filename="../../src/shelterplan/ui/printing/print_dialog.py" line="118"/>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/printing/print_dialog.py" line="120"/>
        <source>Save as P&amp;DF…</source>
        <translation>Enregistrer en P&amp;DF…</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/printing/print_dialog.py" line="121"/>
        <source>Save a copy on disk (not encrypted)</source>
        <translation>Enregistrer une copie sur le disque (non chiffrée)</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/printing/print_dialog.py" line="177"/>
        <source>Language of the document</source>
        <translation>Langue du document</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/printing/print_dialog.py" line="182"/>
        <source>Document &amp;language</source>
        <translation>&amp;Langue du document</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/printing/print_dialog.py" line="185"/>
        <source>Options</source>
        <translation>Options</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/printing/print_dialog.py" line="277"/>
        <source>These characters cannot be printed with the document font and show as boxes: {0}</source>
        <translation>Ces caractères ne peuvent pas être imprimés avec la police du document et s&apos;affichent sous forme de carrés&#xa0;: {0}</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/printing/print_dialog.py" line="306"/>
        <source>Print</source>
        <translation>Imprimer</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/printing/print_dialog.py" line="341"/>
        <source>Not printed</source>
        <translation>Rien n&apos;a été imprimé</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/printing/print_dialog.py" line="344"/>
        <source>No page was in the range chosen; nothing printed.</source>
        <translation>Aucune page dans l&apos;intervalle choisi; rien n&apos;a été imprimé.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/shelterplan/ui/printing/print_dialog.py" line="346"/>
        <source>Sent %n page(s) to the printer.</source>
        <translation>
            <numerusform>%n page envoyée à l&apos;imprimante.</numerusform>
            <numerusform>%n pages envoyées à l&apos;imprimante.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/printing/print_dialog.py" line="358"/>
        <source>Saved a copy as {0}.</source>
        <translation>Copie enregistrée sous {0}.</translation>
    </message>
</context>
<context>
    <name>PurgePrompt</name>
    <message>
        <location filename="../../src/shelterplan/ui/admin/retention_dialog.py" line="55"/>
        <source>Purge closed cases</source>
        <translation>Purger les dossiers fermés</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/admin/retention_dialog.py" line="57"/>
        <source>This erases {0} client file(s) for good: every record of their {1} case(s), all closed before {2}. It cannot be undone.

Backups made before still hold these files; restoring one erases them again.</source>
        <translation>Ceci efface définitivement {0} dossier(s) de participante : toutes les données de leurs {1} suivi(s), tous fermés avant le {2}. C&apos;est irréversible.

Les sauvegardes antérieures contiennent encore ces dossiers; en restaurer une les efface de nouveau.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/admin/retention_dialog.py" line="63"/>
        <source>{0} old case(s) stay because their client has a more recent or open case.</source>
        <translation>{0} ancien(s) suivi(s) restent, car leur participante a un suivi plus récent ou ouvert.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/admin/retention_dialog.py" line="69"/>
        <source>I understand: erase these {0} client file(s) for good.</source>
        <translation>Je comprends : effacer définitivement ces {0} dossier(s).</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/admin/retention_dialog.py" line="76"/>
        <source>&amp;Erase for good</source>
        <translation>&amp;Effacer définitivement</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
    <message>
        <location filename="../../src/shelterplan/ui/admin/accounts_dialog.py" line="259"/>
        <source>New recovery key</source>
        <translation>Nouvelle clé de récupération</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/admin/accounts_dialog.py" line="262"/>
        <source>&lt;b&gt;Write this recovery key down now and keep it locked away.&lt;/b&gt; It is shown only this once. The old recovery key no longer opens the store. Without a recovery key, a forgotten passphrase cannot be reset.</source>
        <translation>&lt;b&gt;Notez cette clé de récupération maintenant et rangez-la sous clé.&lt;/b&gt; Elle n&apos;est affichée que cette fois-ci. L&apos;ancienne clé de récupération n&apos;ouvre plus la base de données. Sans clé de récupération, une phrase de passe oubliée ne peut pas être réinitialisée.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/admin/accounts_dialog.py" line="272"/>
        <source>The new recovery key</source>
        <translation>La nouvelle clé de récupération</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/admin/accounts_dialog.py" line="280"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/admin/accounts_dialog.py" line="281"/>
        <source>The clipboard is cleared after a minute</source>
        <translation>Le presse-papiers est vidé après une minute</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/admin/accounts_dialog.py" line="287"/>
        <source>I have written it down</source>
        <translation>Je l&apos;ai notée</translation>
    </message>
</context>
<context>
    <name>ResetPassphraseForm</name>
    <message>
        <location filename="../../src/shelterplan/ui/admin/accounts_dialog.py" line="213"/>
        <source>Reset a forgotten passphrase</source>
        <translation>Réinitialiser une phrase de passe oubliée</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/admin/accounts_dialog.py" line="217"/>
        <source>Give {0} a new passphrase. The store&apos;s recovery key is needed; her old passphrase stops working.</source>
        <translation>Donnez une nouvelle phrase de passe à {0}. La clé de récupération de la base de données est nécessaire; son ancienne phrase de passe cessera de fonctionner.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/admin/accounts_dialog.py" line="222"/>
        <source>Recovery key</source>
        <translation>Clé de récupération</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/admin/accounts_dialog.py" line="227"/>
        <source>Recovery &amp;key</source>
        <translation>Clé de &amp;récupération</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/admin/accounts_dialog.py" line="231"/>
        <source>Set passphrase</source>
        <translation>Définir la phrase de passe</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../src/shelterplan/ui/admin/restore_dialog.py" line="72"/>
        <source>Restore from a backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/admin/restore_dialog.py" line="88"/>
        <source>Backup file</source>
        <translation>Fichier de sauvegarde</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/admin/restore_dialog.py" line="90"/>
        <source>C&amp;hoose…</source>
        <translation>C&amp;hoisir…</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/admin/restore_dialog.py" line="92"/>
        <source>Choose the backup file</source>
        <translation>Choisir le fichier de sauvegarde</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/admin/restore_dialog.py" line="100"/>
        <source>Backup made on</source>
        <translation>Sauvegarde faite le</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/admin/restore_dialog.py" line="103"/>
        <source>What the backup replaces</source>
        <translation>Ce que la sauvegarde remplace</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/admin/restore_dialog.py" line="106"/>
        <source>&amp;The recovery key</source>
        <translation>&amp;La clé de récupération</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/admin/restore_dialog.py" line="108"/>
        <source>An &amp;administrator&apos;s passphrase</source>
        <translation>La phrase de passe d&apos;une &amp;administratrice</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/admin/restore_dialog.py" line="121"/>
        <source>Recovery key</source>
        <translation>Clé de récupération</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/admin/restore_dialog.py" line="123"/>
        <source>Groups of four letters and digits</source>
        <translation>Groupes de quatre lettres et chiffres</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/admin/restore_dialog.py" line="127"/>
        <source>Administrator&apos;s name</source>
        <translation>Nom de l&apos;administratrice</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/admin/restore_dialog.py" line="130"/>
        <source>Administrator&apos;s passphrase</source>
        <translation>Phrase de passe de l&apos;administratrice</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/admin/restore_dialog.py" line="139"/>
        <source>Give the recovery key (shown once when the store was made, and kept on paper), or the name and passphrase of an administrator as they were when the backup was made.</source>
        <translation>Entrez la clé de récupération (affichée une seule fois à la création de la base de données et conservée sur papier), ou le nom et la phrase de passe d&apos;une administratrice tels qu&apos;ils étaient au moment de la sauvegarde.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/admin/restore_dialog.py" line="163"/>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/admin/restore_dialog.py" line="168"/>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurer</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/admin/restore_dialog.py" line="170"/>
        <source>Restore this backup</source>
        <translation>Restaurer cette sauvegarde</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/admin/restore_dialog.py" line="174"/>
        <source>Restoring</source>
        <translation>Restauration en cours</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/admin/restore_dialog.py" line="185"/>
        <source>Restore status</source>
        <translation>État de la restauration</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/admin/restore_dialog.py" line="193"/>
        <source>Backup &amp;file</source>
        <translation>&amp;Fichier de sauvegarde</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/admin/restore_dialog.py" line="196"/>
        <source>Made on</source>
        <translation>Faite le</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/admin/restore_dialog.py" line="197"/>
        <source>Replaces</source>
        <translation>Remplace</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/admin/restore_dialog.py" line="198"/>
        <source>Open it with</source>
        <translation>L&apos;ouvrir avec</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/admin/restore_dialog.py" line="199"/>
        <source>Recovery &amp;key</source>
        <translation>&amp;Clé de récupération</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/admin/restore_dialog.py" line="200"/>
        <source>Administrator&apos;s &amp;name</source>
        <translation>&amp;Nom de l&apos;administratrice</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/admin/restore_dialog.py" line="201"/>
        <source>&amp;Passphrase</source>
        <translation>&amp;Phrase de passe</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/admin/restore_dialog.py" line="245"/>
        <source>Choose a backup file.</source>
        <translation>Choisissez un fichier de sauvegarde.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/admin/restore_dialog.py" line="255"/>
        <source>{0} ({1} MB)</source>
        <translation>{0} ({1} Mo)</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/admin/restore_dialog.py" line="258"/>
        <source>The store now in this folder, with everything recorded in it.</source>
        <translation>La base de données actuellement dans ce dossier, avec tout ce qui y est enregistré.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/admin/restore_dialog.py" line="262"/>
        <source>The store now in use is not changed until the restored one has passed every check. It is then kept, not deleted, in a folder named replaced-… beside it. shelterplan then locks, and you sign in to the restored store.</source>
        <translation>La base de données actuelle n&apos;est pas modifiée tant que la base restaurée n&apos;a pas passé toutes les vérifications. Elle est ensuite conservée, et non supprimée, dans un dossier nommé replaced-… à côté. shelterplan se verrouille alors et vous vous connectez à la base restaurée.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/admin/restore_dialog.py" line="270"/>
        <source>Replace the store in this folder with this backup of {0}. What was recorded after {0} is not in the backup (files erased since then are erased again).</source>
        <translation>Remplacer la base de données de ce dossier par cette sauvegarde du {0}. Ce qui a été enregistré après le {0} n&apos;est pas dans la sauvegarde (les dossiers effacés depuis sont effacés de nouveau).</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/admin/restore_dialog.py" line="276"/>
        <source>Nothing: this folder has no store yet.</source>
        <translation>Rien : ce dossier n&apos;a pas encore de base de données.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/admin/restore_dialog.py" line="279"/>
        <source>Nothing in this folder is written until the backup has passed every check. Then you sign in to the restored store.</source>
        <translation>Rien n&apos;est écrit dans ce dossier avant que la sauvegarde ait passé toutes les vérifications. Vous vous connectez ensuite à la base restaurée.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/admin/restore_dialog.py" line="284"/>
        <source>Put this backup of {0} in this folder as its store.</source>
        <translation>Placer cette sauvegarde du {0} dans ce dossier comme base de données.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/admin/restore_dialog.py" line="326"/>
        <source>Checking the backup… The store in this folder is not changed meanwhile.</source>
        <translation>Vérification de la sauvegarde… La base de données de ce dossier n&apos;est pas modifiée pendant ce temps.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/admin/restore_dialog.py" line="341"/>
        <source>The backup passed every check. Putting it in place…</source>
        <translation>La sauvegarde a passé toutes les vérifications. Mise en place…</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/admin/restore_dialog.py" line="377"/>
        <source>The store in this folder was not changed. shelterplan is locked: sign in again to go on working.</source>
        <translation>La base de données de ce dossier n&apos;a pas été modifiée. shelterplan est verrouillé : connectez-vous de nouveau pour continuer.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/admin/restore_dialog.py" line="404"/>
        <source>The backup of {0} is restored; it passed every check.</source>
        <translation>La sauvegarde du {0} est restaurée; elle a passé toutes les vérifications.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/admin/restore_dialog.py" line="409"/>
        <source>The store it replaced is kept in {0}.</source>
        <translation>La base de données remplacée est conservée dans {0}.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/admin/restore_dialog.py" line="413"/>
        <source>The replaced store could not be read, so files erased after this backup could not be erased again: check that no erased client came back.</source>
        <translation>La base remplacée n&apos;a pas pu être lue, donc les dossiers effacés après cette sauvegarde n&apos;ont pas pu être effacés de nouveau : vérifiez qu&apos;aucune participante effacée n&apos;est revenue.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/admin/restore_dialog.py" line="419"/>
        <source>{0} client file(s) erased after the backup were erased again.</source>
        <translation>{0} dossier(s) effacé(s) après la sauvegarde ont été effacés de nouveau.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/admin/restore_dialog.py" line="424"/>
        <source>It was updated to this version of shelterplan.</source>
        <translation>Elle a été mise à jour pour cette version de shelterplan.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/admin/restore_dialog.py" line="428"/>
        <source>It was tied to another laptop, so the passphrases do not open it here: with the recovery key, an administrator gives each worker a new passphrase (shelterplan worker reset-passphrase NAME).</source>
        <translation>Elle était liée à un autre portable, donc les phrases de passe ne l&apos;ouvrent pas ici : avec la clé de récupération, une administratrice donne à chaque intervenante une nouvelle phrase de passe (shelterplan worker reset-passphrase NOM).</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/admin/restore_dialog.py" line="436"/>
        <source>These accounts cannot sign in until an administrator sets a new passphrase: {0}.</source>
        <translation>Ces comptes ne peuvent pas se connecter tant qu&apos;une administratrice ne leur a pas donné une nouvelle phrase de passe : {0}.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/admin/restore_dialog.py" line="440"/>
        <source>Sign in to the restored store on the unlock screen.</source>
        <translation>Connectez-vous à la base restaurée sur l&apos;écran de déverrouillage.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/admin/restore_dialog.py" line="456"/>
        <source>Choose the backup to restore</source>
        <translation>Choisir la sauvegarde à restaurer</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/admin/restore_dialog.py" line="458"/>
        <source>shelterplan backups (*.spbackup);;All files (*)</source>
        <translation>Sauvegardes shelterplan (*.spbackup);;Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>RetentionDialog</name>
    <message>
        <location filename="../../src/shelterplan/ui/admin/retention_dialog.py" line="101"/>
        <source>Retention of closed cases</source>
        <translation>Conservation des dossiers fermés</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/admin/retention_dialog.py" line="108"/>
        <source>&amp;Purge closed cases after</source>
        <translation>&amp;Purger les dossiers fermés après</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/admin/retention_dialog.py" line="112"/>
        <source>Years to keep closed cases</source>
        <translation>Années de conservation des dossiers fermés</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/admin/retention_dialog.py" line="114"/>
        <source> years</source>
        <translation> ans</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/admin/retention_dialog.py" line="122"/>
        <source>Closed cases older than the period</source>
        <translation>Dossiers fermés plus anciens que la période</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/admin/retention_dialog.py" line="126"/>
        <source>Purge &amp;now…</source>
        <translation>Purger &amp;maintenant…</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/admin/retention_dialog.py" line="128"/>
        <source>Purge now</source>
        <translation>Purger maintenant</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/admin/retention_dialog.py" line="132"/>
        <source>Purging</source>
        <translation>Purge en cours</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/admin/retention_dialog.py" line="143"/>
        <source>Purge result</source>
        <translation>Résultat de la purge</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/admin/retention_dialog.py" line="148"/>
        <source>Nothing is erased by itself: an administrator purges when the agency&apos;s rules say so. A client is erased only when all her cases are closed and older than the period; a client with a more recent or open case keeps her whole file. Backups made before still hold erased files, and restoring one erases them again.</source>
        <translation>Rien n&apos;est effacé automatiquement : une administratrice purge quand les règles de l&apos;organisme le prévoient. Une participante n&apos;est effacée que si tous ses suivis sont fermés et plus anciens que la période; une participante qui a un suivi plus récent ou ouvert garde tout son dossier. Les sauvegardes antérieures contiennent encore les dossiers effacés, et en restaurer une les efface de nouveau.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/admin/retention_dialog.py" line="166"/>
        <source>Now</source>
        <translation>Maintenant</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/admin/retention_dialog.py" line="218"/>
        <source>Off: closed cases are kept until someone erases them.</source>
        <translation>Désactivé : les dossiers fermés sont conservés jusqu&apos;à ce que quelqu&apos;un les efface.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/admin/retention_dialog.py" line="224"/>
        <source>{0} closed case(s) were closed before {1}: purging would erase {2} client file(s) ({3} case(s)); {4} case(s) stay because their client has a more recent or open case.</source>
        <translation>{0} suivi(s) ont été fermés avant le {1} : la purge effacerait {2} dossier(s) de participante ({3} suivi(s)); {4} suivi(s) restent, car leur participante a un suivi plus récent ou ouvert.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/admin/retention_dialog.py" line="249"/>
        <source>The setting was not saved</source>
        <translation>Le paramètre n&apos;a pas été enregistré</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/admin/retention_dialog.py" line="265"/>
        <source>Nothing was erased</source>
        <translation>Rien n&apos;a été effacé</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/admin/retention_dialog.py" line="273"/>
        <source>Nothing was erased.</source>
        <translation>Rien n&apos;a été effacé.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/admin/retention_dialog.py" line="285"/>
        <source>Erasing, then rewriting the store file… this can take a minute.</source>
        <translation>Effacement, puis réécriture du fichier de la base de données… cela peut prendre une minute.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/admin/retention_dialog.py" line="304"/>
        <source>The purge did not finish</source>
        <translation>La purge n&apos;a pas abouti</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/admin/retention_dialog.py" line="308"/>
        <source>Erased {0} client file(s) with {1} case(s).</source>
        <translation>{0} dossier(s) de participante effacé(s), avec {1} suivi(s).</translation>
    </message>
</context>
<context>
    <name>ScreenTerms</name>
    <message>
        <location filename="../../src/shelterplan/ui/reports/screen_terms.py" line="31"/>
        <source>Outcome report</source>
        <translation>Rapport de résultats</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/reports/screen_terms.py" line="32"/>
        <source>{start} to {end}</source>
        <translation>Du {start} au {end}</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/reports/screen_terms.py" line="33"/>
        <source>Program</source>
        <translation>Programme</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/reports/screen_terms.py" line="34"/>
        <source>All programs</source>
        <translation>Tous les programmes</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/reports/screen_terms.py" line="35"/>
        <source>Lead worker</source>
        <translation>Intervenante principale</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/reports/screen_terms.py" line="36"/>
        <source>All workers</source>
        <translation>Toutes les intervenantes</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/reports/screen_terms.py" line="37"/>
        <source>Grouped by</source>
        <translation>Regroupé par</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/reports/screen_terms.py" line="38"/>
        <source>month</source>
        <translation>mois</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/reports/screen_terms.py" line="39"/>
        <source>quarter</source>
        <translation>trimestre</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/reports/screen_terms.py" line="40"/>
        <source>Figures as of {date}</source>
        <translation>Données au {date}</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/reports/screen_terms.py" line="41"/>
        <source>Q{quarter} {year}</source>
        <translation>T{quarter} {year}</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/reports/screen_terms.py" line="42"/>
        <source>Nothing in this period.</source>
        <translation>Rien pour cette période.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/reports/screen_terms.py" line="43"/>
        <source>Active cases per worker</source>
        <translation>Dossiers actifs par intervenante</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/reports/screen_terms.py" line="45"/>
        <source>Cases open at some time in the period, by lead worker.</source>
        <translation>Dossiers ouverts à un moment de la période, par intervenante principale.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/reports/screen_terms.py" line="47"/>
        <source>Overdue steps per worker</source>
        <translation>Étapes en retard par intervenante</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/reports/screen_terms.py" line="49"/>
        <source>Steps still to do whose deadline fell in the period, before today (closed cases left out), by lead worker.</source>
        <translation>Étapes encore à faire dont l&apos;échéance tombait dans la période, avant aujourd&apos;hui (dossiers fermés exclus), par intervenante principale.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/reports/screen_terms.py" line="52"/>
        <source>Goals achieved by domain</source>
        <translation>Objectifs atteints par domaine</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/reports/screen_terms.py" line="54"/>
        <source>Goals marked achieved, by the date they were achieved.</source>
        <translation>Objectifs marqués comme atteints, selon la date où ils l&apos;ont été.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/reports/screen_terms.py" line="56"/>
        <source>Days from intake to a housing goal achieved</source>
        <translation>Jours entre l&apos;accueil et un objectif de logement atteint</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/reports/screen_terms.py" line="58"/>
        <source>Median, per case, of the days from intake to its first housing goal achieved; a case counts in the month or quarter of that date.</source>
        <translation>Médiane, par dossier, des jours entre l&apos;accueil et le premier objectif de logement atteint; un dossier compte dans le mois ou le trimestre de cette date.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/reports/screen_terms.py" line="61"/>
        <source>Referral outcomes by service</source>
        <translation>Suites des références par service</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/reports/screen_terms.py" line="63"/>
        <source>Referrals made in the period (suggested ones: written down in it), by their status today.</source>
        <translation>Références faites dans la période (proposées&#xa0;: inscrites dans la période), selon leur état aujourd&apos;hui.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/reports/screen_terms.py" line="66"/>
        <source>Reviews held on time</source>
        <translation>Révisions tenues à temps</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/reports/screen_terms.py" line="68"/>
        <source>A review is due on the date the previous review set; on time when the next review was held on or before it. Grouped by that due date.</source>
        <translation>Une révision est due à la date fixée par la révision précédente; à temps si la suivante a eu lieu ce jour-là ou avant. Regroupé par date d&apos;échéance.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/reports/screen_terms.py" line="71"/>
        <source>Worker</source>
        <translation>Intervenante</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/reports/screen_terms.py" line="72"/>
        <source>Cases</source>
        <translation>Dossiers</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/reports/screen_terms.py" line="73"/>
        <source>Overdue steps</source>
        <translation>Étapes en retard</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/reports/screen_terms.py" line="74"/>
        <source>Domain</source>
        <translation>Domaine</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/reports/screen_terms.py" line="75"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/reports/screen_terms.py" line="76"/>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/reports/screen_terms.py" line="77"/>
        <source>Median days</source>
        <translation>Jours (médiane)</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/reports/screen_terms.py" line="78"/>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/reports/screen_terms.py" line="79"/>
        <source>On time</source>
        <translation>À temps</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/reports/screen_terms.py" line="80"/>
        <source>Late</source>
        <translation>En retard</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/reports/screen_terms.py" line="81"/>
        <source>Not held</source>
        <translation>Non tenue</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/reports/screen_terms.py" line="82"/>
        <source>Not yet due</source>
        <translation>Pas encore due</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/reports/screen_terms.py" line="83"/>
        <source>% on time</source>
        <translation>% à temps</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/reports/screen_terms.py" line="84"/>
        <source>All cases (each once)</source>
        <translation>Tous les dossiers (chacun une fois)</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/reports/screen_terms.py" line="85"/>
        <source>No domain</source>
        <translation>Sans domaine</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/reports/screen_terms.py" line="86"/>
        <source>Other domains</source>
        <translation>Autres domaines</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/reports/screen_terms.py" line="87"/>
        <source>Whole period</source>
        <translation>Toute la période</translation>
    </message>
</context>
<context>
    <name>ServiceForm</name>
    <message>
        <location filename="../../src/shelterplan/ui/directory_dialog.py" line="75"/>
        <source>Edit service</source>
        <translation>Modifier le service</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/directory_dialog.py" line="75"/>
        <source>Add a service</source>
        <translation>Ajouter un service</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/directory_dialog.py" line="79"/>
        <source>No domain</source>
        <translation>Aucun domaine</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/directory_dialog.py" line="86"/>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/directory_dialog.py" line="87"/>
        <source>&amp;Domain</source>
        <translation>&amp;Domaine</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/directory_dialog.py" line="113"/>
        <source>&amp;Address</source>
        <translation>&amp;Adresse</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/directory_dialog.py" line="114"/>
        <source>&amp;Phone</source>
        <translation>&amp;Téléphone</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/directory_dialog.py" line="115"/>
        <source>&amp;Hours</source>
        <translation>&amp;Heures d&apos;ouverture</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/directory_dialog.py" line="116"/>
        <source>&amp;Eligibility</source>
        <translation>&amp;Critères d&apos;admissibilité</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/directory_dialog.py" line="117"/>
        <source>&amp;Languages</source>
        <translation>&amp;Langues</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/directory_dialog.py" line="118"/>
        <source>N&amp;otes</source>
        <translation>N&amp;otes</translation>
    </message>
</context>
<context>
    <name>ServicesModel</name>
    <message>
        <location filename="../../src/shelterplan/ui/models/services_model.py" line="55"/>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/models/services_model.py" line="56"/>
        <source>Domain</source>
        <translation>Domaine</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/models/services_model.py" line="57"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/models/services_model.py" line="58"/>
        <source>Languages</source>
        <translation>Langues</translation>
    </message>
</context>
<context>
    <name>SignDialog</name>
    <message>
        <location filename="../../src/shelterplan/ui/printing/sign_dialog.py" line="137"/>
        <location filename="../../src/shelterplan/ui/printing/sign_dialog.py" line="291"/>
        <source>Mark as signed</source>
        <translation>Marquer comme signé</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/printing/sign_dialog.py" line="142"/>
        <source>Version {0} of the plan will be kept exactly as printed and signed. Later changes will make a new version.</source>
        <translation>La version {0} du plan sera conservée exactement telle qu&apos;elle a été imprimée et signée. Toute modification ultérieure créera une nouvelle version.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/printing/sign_dialog.py" line="154"/>
        <source>Fingerprint</source>
        <translation>Empreinte</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/printing/sign_dialog.py" line="155"/>
        <source>Check that this matches the footer of the paper copy.</source>
        <translation>Vérifiez qu&apos;elle correspond au pied de page de la copie papier.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/printing/sign_dialog.py" line="162"/>
        <source>Signed on</source>
        <translation>Date de signature</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/printing/sign_dialog.py" line="166"/>
        <source>Signed &amp;on</source>
        <translation>&amp;Date de signature</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/printing/sign_dialog.py" line="168"/>
        <source>The date cannot be in the future.</source>
        <translation>La date ne peut pas être dans le futur.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/printing/sign_dialog.py" line="203"/>
        <source>&amp;Mark as signed</source>
        <translation>&amp;Marquer comme signé</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/printing/sign_dialog.py" line="210"/>
        <source>Fingerprint:</source>
        <translation>Empreinte&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/printing/sign_dialog.py" line="270"/>
        <source>{0}: signature</source>
        <translation>{0}&#xa0;: signature</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/printing/sign_dialog.py" line="272"/>
        <source>{0}: name</source>
        <translation>{0}&#xa0;: nom</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/printing/sign_dialog.py" line="274"/>
        <source>a date that is not in the future</source>
        <translation>une date qui n&apos;est pas dans le futur</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/printing/sign_dialog.py" line="283"/>
        <source>Still needed: {0}</source>
        <translation>Il manque encore&#xa0;: {0}</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/printing/sign_dialog.py" line="292"/>
        <source>The signing date is in the future. Choose the day it was signed.</source>
        <translation>La date de signature est dans le futur. Choisissez le jour où le plan a été signé.</translation>
    </message>
</context>
<context>
    <name>SignatureBlockEditor</name>
    <message>
        <location filename="../../src/shelterplan/ui/printing/sign_dialog.py" line="77"/>
        <source>{0}: name</source>
        <translation>{0}&#xa0;: nom</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/printing/sign_dialog.py" line="79"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/printing/sign_dialog.py" line="82"/>
        <source>Signed on paper</source>
        <translation>Signé sur papier</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/printing/sign_dialog.py" line="84"/>
        <source>{0}: signed on paper</source>
        <translation>{0}&#xa0;: signé sur papier</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/printing/sign_dialog.py" line="89"/>
        <source>{0}: signature drawn on screen</source>
        <translation>{0}&#xa0;: signature tracée à l&apos;écran</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/printing/sign_dialog.py" line="94"/>
        <source>Signature drawn on screen (optional)</source>
        <translation>Signature tracée à l&apos;écran (facultatif)</translation>
    </message>
</context>
<context>
    <name>SignatureField</name>
    <message>
        <location filename="../../src/shelterplan/ui/printing/signature_pad.py" line="278"/>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/printing/signature_pad.py" line="281"/>
        <source>Clear the signature: {0}</source>
        <translation>Effacer la signature&#xa0;: {0}</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/printing/signature_pad.py" line="283"/>
        <source>Clear the signature</source>
        <translation>Effacer la signature</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/printing/signature_pad.py" line="285"/>
        <source>Clear the signature and start again</source>
        <translation>Effacer la signature et recommencer</translation>
    </message>
</context>
<context>
    <name>SignaturePad</name>
    <message>
        <location filename="../../src/shelterplan/ui/printing/signature_pad.py" line="53"/>
        <source>Signature pad</source>
        <translation>Zone de signature</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/printing/signature_pad.py" line="55"/>
        <source>Draw the signature with the mouse, a pen or a finger.</source>
        <translation>Tracez la signature avec la souris, un stylet ou le doigt.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/printing/signature_pad.py" line="246"/>
        <source>Sign here</source>
        <translation>Signez ici</translation>
    </message>
</context>
<context>
    <name>TodayModel</name>
    <message>
        <location filename="../../src/shelterplan/ui/models/today_model.py" line="47"/>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/models/today_model.py" line="47"/>
        <source>Client</source>
        <translation>Participante</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/models/today_model.py" line="47"/>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/models/today_model.py" line="78"/>
        <source>Overdue steps</source>
        <translation>Étapes en retard</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/models/today_model.py" line="79"/>
        <source>Appointments today</source>
        <translation>Rendez-vous aujourd&apos;hui</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/models/today_model.py" line="80"/>
        <source>Steps due this week</source>
        <translation>Étapes à échéance cette semaine</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/models/today_model.py" line="81"/>
        <source>Appointments later this week</source>
        <translation>Rendez-vous plus tard cette semaine</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/models/today_model.py" line="82"/>
        <source>Reviews due</source>
        <translation>Révisions à faire</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/models/today_model.py" line="85"/>
        <source>{0} (the first {1})</source>
        <translation>{0} ({1} premières lignes)</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/models/today_model.py" line="87"/>
        <source>{0} ({1})</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/models/today_model.py" line="107"/>
        <source>Review the plan together</source>
        <translation>Revoir le plan ensemble</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/models/today_model.py" line="109"/>
        <source>{0} — {1}</source>
        <translation>{0} — {1}</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/models/today_model.py" line="124"/>
        <source>Overdue: {0}</source>
        <translation>En retard : {0}</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/models/today_model.py" line="137"/>
        <source>Today, {0}</source>
        <translation>Aujourd&apos;hui à {0}</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/models/today_model.py" line="138"/>
        <source>{0}, {1}</source>
        <translation>{0} à {1}</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/models/today_model.py" line="143"/>
        <source>1 day late</source>
        <translation>1 jour de retard</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/models/today_model.py" line="143"/>
        <source>{0} days late</source>
        <translation>{0} jours de retard</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/models/today_model.py" line="144"/>
        <source>{0} · {1}</source>
        <translation>{0} · {1}</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/models/today_model.py" line="149"/>
        <source>Today</source>
        <translation>Aujourd&apos;hui</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/models/today_model.py" line="151"/>
        <source>Tomorrow</source>
        <translation>Demain</translation>
    </message>
</context>
<context>
    <name>TodayView</name>
    <message>
        <location filename="../../src/shelterplan/ui/today_view.py" line="59"/>
        <source>&amp;All cases</source>
        <translation>Tous les &amp;dossiers</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/today_view.py" line="61"/>
        <source>Show every case of the agency</source>
        <translation>Afficher tous les dossiers de l&apos;organisme</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/today_view.py" line="64"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/today_view.py" line="66"/>
        <source>Read today&apos;s list again</source>
        <translation>Relire la liste du jour</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/today_view.py" line="71"/>
        <source>Today&apos;s steps, appointments and reviews</source>
        <translation>Étapes, rendez-vous et révisions du jour</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/today_view.py" line="84"/>
        <source>{0} · {1}</source>
        <translation>{0} · {1}</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/today_view.py" line="86"/>
        <source>{0} days late</source>
        <translation>{0} jours de retard</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/today_view.py" line="92"/>
        <source>Nothing overdue or due this week.</source>
        <translation>Rien en retard ni à échéance cette semaine.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/today_view.py" line="122"/>
        <source>Today</source>
        <translation>Aujourd&apos;hui</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/today_view.py" line="127"/>
        <source>Today, {0}</source>
        <translation>Aujourd&apos;hui, {0}</translation>
    </message>
</context>
<context>
    <name>UnlockScreen</name>
    <message>
        <location filename="../../src/shelterplan/ui/unlock.py" line="41"/>
        <source>shelterplan</source>
        <translation>shelterplan</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/unlock.py" line="51"/>
        <source>Your name</source>
        <translation>Votre nom</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/unlock.py" line="57"/>
        <source>Passphrase</source>
        <translation>Phrase de passe</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/unlock.py" line="60"/>
        <source>Unlock</source>
        <translation>Déverrouiller</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/unlock.py" line="67"/>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/unlock.py" line="71"/>
        <source>There is no shelterplan store in this folder yet. If this laptop replaces one whose store was backed up, restore the backup. Otherwise an administrator creates a store with &apos;shelterplan init&apos;.</source>
        <translation>Il n&apos;y a pas encore de base de données shelterplan dans ce dossier. Si ce portable en remplace un dont la base a été sauvegardée, restaurez la sauvegarde. Sinon, une administratrice crée une base avec « shelterplan init ».</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/unlock.py" line="78"/>
        <source>&amp;Restore from a backup…</source>
        <translation>&amp;Restaurer une sauvegarde…</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/unlock.py" line="81"/>
        <source>With the recovery key or an administrator&apos;s passphrase</source>
        <translation>Avec la clé de récupération ou la phrase de passe d&apos;une administratrice</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/unlock.py" line="89"/>
        <source>&amp;Your name</source>
        <translation>&amp;Votre nom</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/unlock.py" line="90"/>
        <source>&amp;Passphrase</source>
        <translation>&amp;Phrase de passe</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/unlock.py" line="97"/>
        <source>No system keyring is available: this store is protected by passphrases only, not tied to this computer.</source>
        <translation>Aucun trousseau de clés du système n&apos;est disponible&#xa0;: cette base de données est protégée uniquement par des phrases de passe, sans être liée à cet ordinateur.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/unlock.py" line="105"/>
        <source>Demo store with synthetic cases. Every passphrase is: {0}</source>
        <translation>Base de démonstration avec des dossiers fictifs. Toutes les phrases de passe sont&#xa0;: {0}</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/unlock.py" line="116"/>
        <source>Language of the screen</source>
        <translation>Langue de l&apos;écran</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/unlock.py" line="117"/>
        <source>As the computer is set</source>
        <translation>Comme l&apos;ordinateur</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/unlock.py" line="126"/>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/unlock.py" line="181"/>
        <source>The backup is restored, but it was tied to another laptop: the passphrases open it here only once an administrator has set new ones with the recovery key.</source>
        <translation>La sauvegarde est restaurée, mais elle était liée à un autre portable : les phrases de passe ne l&apos;ouvriront ici qu&apos;après qu&apos;une administratrice en aura défini de nouvelles avec la clé de récupération.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/unlock.py" line="187"/>
        <source>The backup is restored. Sign in to the restored store.</source>
        <translation>La sauvegarde est restaurée. Connectez-vous à la base restaurée.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/unlock.py" line="206"/>
        <source>Type your name and your passphrase.</source>
        <translation>Tapez votre nom et votre phrase de passe.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/unlock.py" line="220"/>
        <source>The screen will be in this language the next time shelterplan starts.</source>
        <translation>L&apos;écran sera dans cette langue au prochain démarrage de shelterplan.</translation>
    </message>
</context>
<context>
    <name>VersionsModel</name>
    <message>
        <location filename="../../src/shelterplan/ui/models/versions_model.py" line="51"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/models/versions_model.py" line="52"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/models/versions_model.py" line="53"/>
        <source>Signed</source>
        <translation>Signé le</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/models/versions_model.py" line="54"/>
        <source>Signed by</source>
        <translation>Signé par</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/models/versions_model.py" line="55"/>
        <source>Fingerprint</source>
        <translation>Empreinte</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/models/versions_model.py" line="60"/>
        <source>{0} ({1})</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/models/versions_model.py" line="71"/>
        <source>Draft — not signed</source>
        <translation>Brouillon — non signé</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/models/versions_model.py" line="88"/>
        <source>The start of the plan&apos;s SHA-256 fingerprint: the same plan always gives the same fingerprint, so a printed copy can be checked against it.</source>
        <translation>Le début de l&apos;empreinte SHA-256 du plan&#xa0;: un même plan donne toujours la même empreinte, ce qui permet de vérifier une copie imprimée.</translation>
    </message>
</context>
<context>
    <name>_PassphraseForm</name>
    <message>
        <location filename="../../src/shelterplan/ui/admin/accounts_dialog.py" line="75"/>
        <source>New passphrase</source>
        <translation>Nouvelle phrase de passe</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/admin/accounts_dialog.py" line="77"/>
        <source>New passphrase again</source>
        <translation>Nouvelle phrase de passe (confirmation)</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/admin/accounts_dialog.py" line="82"/>
        <source>New &amp;passphrase</source>
        <translation>Nouvelle &amp;phrase de passe</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/admin/accounts_dialog.py" line="83"/>
        <source>&amp;Again</source>
        <translation>Con&amp;firmation</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/admin/accounts_dialog.py" line="98"/>
        <source>The two passphrases differ.</source>
        <translation>Les deux phrases de passe sont différentes.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/admin/accounts_dialog.py" line="103"/>
        <source>At least 12 characters: a short sentence of your own.</source>
        <translation>Au moins 12 caractères&#xa0;: une courte phrase de votre choix.</translation>
    </message>
</context>
<context>
    <name>audit</name>
    <message>
        <location filename="../../src/shelterplan/ui/audit/action_words.py" line="16"/>
        <source>Signed in</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/audit/action_words.py" line="17"/>
        <source>Failed to sign in (wrong name or passphrase)</source>
        <translation>Échec de connexion (nom ou phrase de passe erroné)</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/audit/action_words.py" line="18"/>
        <source>Opened the store with the recovery key</source>
        <translation>Ouverture de la base de données avec la clé de récupération</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/audit/action_words.py" line="19"/>
        <source>Locked the app</source>
        <translation>Verrouillage de l&apos;application</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/audit/action_words.py" line="20"/>
        <source>Changed her passphrase</source>
        <translation>Changement de sa phrase de passe</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/audit/action_words.py" line="21"/>
        <source>Opened a new case</source>
        <translation>Ouverture d&apos;un nouveau dossier</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/audit/action_words.py" line="22"/>
        <source>Opened a case</source>
        <translation>Consultation d&apos;un dossier</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/audit/action_words.py" line="23"/>
        <source>Shared a case with a worker</source>
        <translation>Partage d&apos;un dossier avec une intervenante</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/audit/action_words.py" line="24"/>
        <source>Moved a case to another phase</source>
        <translation>Passage d&apos;un dossier à une autre phase</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/audit/action_words.py" line="25"/>
        <source>Showed a client&apos;s code word</source>
        <translation>Affichage du mot convenu d&apos;une participante</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/audit/action_words.py" line="26"/>
        <source>Recorded a consent</source>
        <translation>Inscription d&apos;un consentement</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/audit/action_words.py" line="27"/>
        <source>Recorded a withdrawn consent</source>
        <translation>Inscription d&apos;un retrait de consentement</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/audit/action_words.py" line="28"/>
        <source>Added a child or dependant</source>
        <translation>Ajout d&apos;un enfant ou d&apos;une personne à charge</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/audit/action_words.py" line="29"/>
        <source>Changed a child or dependant</source>
        <translation>Modification d&apos;un enfant ou d&apos;une personne à charge</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/audit/action_words.py" line="30"/>
        <source>Removed a child or dependant</source>
        <translation>Retrait d&apos;un enfant ou d&apos;une personne à charge</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/audit/action_words.py" line="31"/>
        <source>Held a review</source>
        <translation>Tenue d&apos;une révision</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/audit/action_words.py" line="32"/>
        <source>Updated an assessment in a review</source>
        <translation>Mise à jour d&apos;une évaluation lors d&apos;une révision</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/audit/action_words.py" line="33"/>
        <source>Reviewed a goal</source>
        <translation>Révision d&apos;un objectif</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/audit/action_words.py" line="34"/>
        <source>Marked a goal as achieved</source>
        <translation>Objectif marqué comme atteint</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/audit/action_words.py" line="35"/>
        <source>Set a goal aside</source>
        <translation>Objectif mis de côté</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/audit/action_words.py" line="36"/>
        <source>Made a referral</source>
        <translation>Référence faite</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/audit/action_words.py" line="37"/>
        <source>Updated a referral</source>
        <translation>Mise à jour d&apos;une référence</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/audit/action_words.py" line="38"/>
        <source>Printed a plan</source>
        <translation>Impression d&apos;un plan</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/audit/action_words.py" line="39"/>
        <source>Printed her progress page</source>
        <translation>Impression de sa page de progrès</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/audit/action_words.py" line="40"/>
        <source>Gave a provider a copy of her plan</source>
        <translation>Remise d&apos;une copie de son plan à un organisme partenaire</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/audit/action_words.py" line="41"/>
        <source>Saved her progress page as a PDF file</source>
        <translation>Enregistrement de sa page de progrès en PDF</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/audit/action_words.py" line="42"/>
        <source>Saved a plan as a PDF file</source>
        <translation>Enregistrement d&apos;un plan en PDF</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/audit/action_words.py" line="43"/>
        <source>Printed a signed plan again</source>
        <translation>Réimpression d&apos;un plan signé</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/audit/action_words.py" line="44"/>
        <source>Marked a plan as signed</source>
        <translation>Plan marqué comme signé</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/audit/action_words.py" line="45"/>
        <source>Kept a plan version</source>
        <translation>Conservation d&apos;une version du plan</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/audit/action_words.py" line="46"/>
        <source>Changed what her copy of the plan shows</source>
        <translation>Modification du contenu de sa copie du plan</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/audit/action_words.py" line="47"/>
        <source>Saved a safety plan</source>
        <translation>Enregistrement d&apos;un plan de sécurité</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/audit/action_words.py" line="48"/>
        <source>Reviewed a safety plan</source>
        <translation>Révision d&apos;un plan de sécurité</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/audit/action_words.py" line="49"/>
        <source>Printed a safety plan</source>
        <translation>Impression d&apos;un plan de sécurité</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/audit/action_words.py" line="50"/>
        <source>Saved a safety plan as a PDF file</source>
        <translation>Enregistrement d&apos;un plan de sécurité en PDF</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/audit/action_words.py" line="51"/>
        <source>Showed a safety plan&apos;s code word</source>
        <translation>Affichage du mot convenu d&apos;un plan de sécurité</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/audit/action_words.py" line="52"/>
        <source>Added a service to the directory</source>
        <translation>Ajout d&apos;un service au répertoire</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/audit/action_words.py" line="53"/>
        <source>Changed a service in the directory</source>
        <translation>Modification d&apos;un service du répertoire</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/audit/action_words.py" line="54"/>
        <source>Removed a service from the directory</source>
        <translation>Retrait d&apos;un service du répertoire</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/audit/action_words.py" line="55"/>
        <source>Exported the store to a file</source>
        <translation>Exportation de la base de données dans un fichier</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/audit/action_words.py" line="56"/>
        <source>Imported cases from a file</source>
        <translation>Importation de dossiers depuis un fichier</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/audit/action_words.py" line="57"/>
        <source>Exported a client&apos;s file for her</source>
        <translation>Exportation du dossier d&apos;une participante, à son intention</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/audit/action_words.py" line="58"/>
        <source>Exported a client&apos;s file for a third party (with her consent)</source>
        <translation>Exportation du dossier d&apos;une participante pour un tiers (avec son consentement)</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/audit/action_words.py" line="61"/>
        <source>Exported figures for a funder</source>
        <translation>Exportation de données pour un bailleur de fonds</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/audit/action_words.py" line="62"/>
        <source>Erased a client&apos;s file at her request</source>
        <translation>Effacement du dossier d&apos;une participante à sa demande</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/audit/action_words.py" line="63"/>
        <source>Erased again a client&apos;s file brought back by a restore</source>
        <translation>Nouvel effacement du dossier d&apos;une participante ramené par une restauration</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/audit/action_words.py" line="66"/>
        <source>Removed old closed cases</source>
        <translation>Suppression d&apos;anciens dossiers fermés</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/audit/action_words.py" line="67"/>
        <source>Changed the agency&apos;s details</source>
        <translation>Modification des coordonnées de l&apos;organisme</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/audit/action_words.py" line="68"/>
        <source>Changed when the app locks itself</source>
        <translation>Modification du délai de verrouillage automatique</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/audit/action_words.py" line="69"/>
        <source>Changed how long closed cases are kept</source>
        <translation>Modification de la durée de conservation des dossiers fermés</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/audit/action_words.py" line="70"/>
        <source>Changed the backup folder</source>
        <translation>Modification de l&apos;emplacement des sauvegardes</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/audit/action_words.py" line="71"/>
        <source>Changed the backup reminder</source>
        <translation>Modification du rappel de sauvegarde</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/audit/action_words.py" line="72"/>
        <source>Took a backup</source>
        <translation>Création d&apos;une sauvegarde</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/audit/action_words.py" line="73"/>
        <source>Restored a backup</source>
        <translation>Restauration d&apos;une sauvegarde</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/audit/action_words.py" line="74"/>
        <source>Added a worker account</source>
        <translation>Ajout d&apos;un compte d&apos;intervenante</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/audit/action_words.py" line="75"/>
        <source>Disabled a worker account</source>
        <translation>Désactivation d&apos;un compte d&apos;intervenante</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/audit/action_words.py" line="76"/>
        <source>Reset a worker&apos;s passphrase with the recovery key</source>
        <translation>Réinitialisation de la phrase de passe d&apos;une intervenante avec la clé de récupération</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/audit/action_words.py" line="79"/>
        <source>Changed the store&apos;s encryption key</source>
        <translation>Changement de la clé de chiffrement de la base de données</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/audit/action_words.py" line="80"/>
        <source>Made a new recovery key</source>
        <translation>Création d&apos;une nouvelle clé de récupération</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/audit/action_words.py" line="81"/>
        <source>Created the store</source>
        <translation>Création de la base de données</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/audit/action_words.py" line="82"/>
        <source>Added synthetic demo cases</source>
        <translation>Ajout de dossiers fictifs de démonstration</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/audit/action_words.py" line="83"/>
        <source>Read the audit trail</source>
        <translation>Consultation du journal d&apos;audit</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/audit/action_words.py" line="84"/>
        <source>Checked the audit trail</source>
        <translation>Vérification du journal d&apos;audit</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/audit/action_words.py" line="88"/>
        <source>Case</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/audit/action_words.py" line="89"/>
        <source>Client</source>
        <translation>Participante</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/audit/action_words.py" line="90"/>
        <source>Consent</source>
        <translation>Consentement</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/audit/action_words.py" line="91"/>
        <source>Review</source>
        <translation>Révision</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/audit/action_words.py" line="92"/>
        <source>Referral</source>
        <translation>Référence</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/audit/action_words.py" line="93"/>
        <source>Child or dependant</source>
        <translation>Enfant ou personne à charge</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/audit/action_words.py" line="94"/>
        <source>Safety plan</source>
        <translation>Plan de sécurité</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/audit/action_words.py" line="95"/>
        <source>Plan version</source>
        <translation>Version du plan</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/audit/action_words.py" line="96"/>
        <source>Goal</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/audit/action_words.py" line="97"/>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/audit/action_words.py" line="98"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/audit/action_words.py" line="99"/>
        <source>Support person</source>
        <translation>Personne de soutien</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/audit/action_words.py" line="100"/>
        <source>Assessment</source>
        <translation>Évaluation</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/audit/action_words.py" line="101"/>
        <source>Strength</source>
        <translation>Force</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/audit/action_words.py" line="102"/>
        <source>Goal review</source>
        <translation>Révision d&apos;un objectif</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/audit/action_words.py" line="103"/>
        <source>Figures per case</source>
        <translation>Données par dossier</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/audit/action_words.py" line="104"/>
        <source>Service in the directory</source>
        <translation>Service du répertoire</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/audit/action_words.py" line="105"/>
        <source>Worker account</source>
        <translation>Compte d&apos;intervenante</translation>
    </message>
</context>
<context>
    <name>crash</name>
    <message>
        <location filename="../../src/shelterplan/ui/crash.py" line="97"/>
        <source>shelterplan</source>
        <translation>shelterplan</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../src/shelterplan/ui/audit/audit_dialog.py" line="80"/>
        <source>The check could not run.</source>
        <translation>La vérification n&apos;a pas pu se faire.</translation>
    </message>
</context>
<context>
    <name>vocab</name>
    <message>
        <location filename="../../src/shelterplan/ui/vocab_labels.py" line="33"/>
        <source>Safety</source>
        <translation>Sécurité</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/vocab_labels.py" line="34"/>
        <source>Housing</source>
        <translation>Logement</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/vocab_labels.py" line="35"/>
        <source>Income</source>
        <translation>Revenu</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/vocab_labels.py" line="36"/>
        <source>Physical health</source>
        <translation>Santé physique</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/vocab_labels.py" line="37"/>
        <source>Mental health</source>
        <translation>Santé mentale</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/vocab_labels.py" line="38"/>
        <source>Substance use</source>
        <translation>Consommation</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/vocab_labels.py" line="39"/>
        <source>Legal and justice</source>
        <translation>Justice et droit</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/vocab_labels.py" line="40"/>
        <source>Immigration</source>
        <translation>Immigration</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/vocab_labels.py" line="41"/>
        <source>Children</source>
        <translation>Enfants</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/vocab_labels.py" line="42"/>
        <source>Education and employment</source>
        <translation>Études et emploi</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/vocab_labels.py" line="43"/>
        <source>Social support</source>
        <translation>Soutien social</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/vocab_labels.py" line="44"/>
        <source>Culture</source>
        <translation>Culture</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/vocab_labels.py" line="47"/>
        <source>No need</source>
        <translation>Aucun besoin</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/vocab_labels.py" line="48"/>
        <source>Low</source>
        <translation>Faible</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/vocab_labels.py" line="49"/>
        <source>Moderate</source>
        <translation>Modéré</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/vocab_labels.py" line="50"/>
        <source>High</source>
        <translation>Élevé</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/vocab_labels.py" line="51"/>
        <source>Urgent</source>
        <translation>Urgent</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/vocab_labels.py" line="52"/>
        <source>She chose not to say</source>
        <translation>Elle a préféré ne pas répondre</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/vocab_labels.py" line="55"/>
        <source>Engagement</source>
        <translation>Création du lien</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/vocab_labels.py" line="56"/>
        <source>Assessment</source>
        <translation>Évaluation</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/vocab_labels.py" line="57"/>
        <source>Planning</source>
        <translation>Planification</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/vocab_labels.py" line="58"/>
        <source>Carrying out the plan</source>
        <translation>Mise en œuvre du plan</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/vocab_labels.py" line="59"/>
        <source>Review</source>
        <translation>Révision</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/vocab_labels.py" line="60"/>
        <source>Closed</source>
        <translation>Fermé</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/vocab_labels.py" line="63"/>
        <source>Standard</source>
        <translation>Standard</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/vocab_labels.py" line="64"/>
        <source>Critical time intervention</source>
        <translation>Intervention en temps critique</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/vocab_labels.py" line="65"/>
        <source>Intensive (ACT team)</source>
        <translation>Intensif (équipe SIM)</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/vocab_labels.py" line="68"/>
        <source>Client</source>
        <translation>Participante</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/vocab_labels.py" line="69"/>
        <source>Worker</source>
        <translation>Intervenante</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/vocab_labels.py" line="70"/>
        <source>Provider</source>
        <translation>Organisme partenaire</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/vocab_labels.py" line="71"/>
        <location filename="../../src/shelterplan/ui/vocab_labels.py" line="89"/>
        <source>Support person</source>
        <translation>Personne de soutien</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/vocab_labels.py" line="74"/>
        <source>Open</source>
        <translation>À faire</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/vocab_labels.py" line="75"/>
        <source>Done</source>
        <translation>Fait</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/vocab_labels.py" line="76"/>
        <source>Missed</source>
        <translation>Manqué</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/vocab_labels.py" line="77"/>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/vocab_labels.py" line="80"/>
        <source>Active</source>
        <translation>En cours</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/vocab_labels.py" line="81"/>
        <source>Achieved</source>
        <translation>Atteint</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/vocab_labels.py" line="82"/>
        <source>Set aside</source>
        <translation>Mis de côté</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/vocab_labels.py" line="85"/>
        <source>Long-term goal</source>
        <translation>Objectif à long terme</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/vocab_labels.py" line="86"/>
        <source>Intermediate goal</source>
        <translation>Objectif intermédiaire</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/vocab_labels.py" line="90"/>
        <source>Team member</source>
        <translation>Membre de l&apos;équipe</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/vocab_labels.py" line="93"/>
        <source>Proposed</source>
        <translation>Proposée</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/vocab_labels.py" line="94"/>
        <source>Referral made</source>
        <translation>Référence faite</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/vocab_labels.py" line="95"/>
        <source>Accepted</source>
        <translation>Acceptée</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/vocab_labels.py" line="96"/>
        <source>Declined</source>
        <translation>Refusée</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/vocab_labels.py" line="97"/>
        <source>Completed</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/vocab_labels.py" line="100"/>
        <source>client</source>
        <translation>participante</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/vocab_labels.py" line="101"/>
        <source>worker</source>
        <translation>intervenante</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/vocab_labels.py" line="102"/>
        <source>supervisor</source>
        <translation>superviseure</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/vocab_labels.py" line="103"/>
        <source>other</source>
        <translation>autre personne</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/vocab_labels.py" line="106"/>
        <source>English</source>
        <translation>Anglais</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/vocab_labels.py" line="107"/>
        <source>French</source>
        <translation>Français</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/vocab_labels.py" line="108"/>
        <source>Spanish</source>
        <translation>Espagnol</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/vocab_labels.py" line="115"/>
        <source>Keeping a file about her</source>
        <translation>Tenue d&apos;un dossier à son sujet</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/vocab_labels.py" line="116"/>
        <source>Sharing with a provider</source>
        <translation>Communication à un organisme partenaire</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/vocab_labels.py" line="117"/>
        <source>Contacting her support people</source>
        <translation>Contact avec ses personnes de soutien</translation>
    </message>
</context>
</TS>
