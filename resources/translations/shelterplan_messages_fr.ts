<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>errors</name>
    <message>
        <location filename="../../src/shelterplan/errors.py" line="17"/>
        <source>Something went wrong.</source>
        <translation>Un problème est survenu.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/errors.py" line="26"/>
        <source>The name or passphrase is not right. Check the spelling and try again.</source>
        <translation>Le nom ou la phrase de passe est incorrect. Vérifiez l&apos;orthographe et réessayez.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/errors.py" line="35"/>
        <source>Too many wrong passphrases. Wait {seconds} seconds and try again.</source>
        <translation>Trop de phrases de passe erronées. Attendez {seconds} secondes, puis réessayez.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/errors.py" line="43"/>
        <source>There is no shelterplan store in this folder. Check the data folder, or create one with &apos;shelterplan init&apos;.</source>
        <translation>Il n&apos;y a pas de base de données shelterplan dans ce dossier. Vérifiez le dossier des données, ou créez-en une avec &apos;shelterplan init&apos;.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/errors.py" line="51"/>
        <source>A shelterplan store already exists in this folder; nothing was changed.</source>
        <translation>Une base de données shelterplan existe déjà dans ce dossier; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/errors.py" line="57"/>
        <source>The key file (keyslots.json) is missing beside the database. Restore it from a backup; without it the store cannot be opened.</source>
        <translation>Le fichier de clés (keyslots.json) ne se trouve pas à côté de la base de données. Restaurez-le à partir d&apos;une sauvegarde; sans lui, la base de données ne peut pas être ouverte.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/errors.py" line="65"/>
        <source>The key file (keyslots.json) is damaged or not a shelterplan key file. Restore it from a backup.</source>
        <translation>Le fichier de clés (keyslots.json) est endommagé ou n&apos;est pas un fichier de clés shelterplan. Restaurez-le à partir d&apos;une sauvegarde.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/errors.py" line="73"/>
        <source>This file is not a shelterplan store, or it does not belong to this key file. Check that you chose the right folder.</source>
        <translation>Ce fichier n&apos;est pas une base de données shelterplan, ou il ne correspond pas à ce fichier de clés. Vérifiez que vous avez choisi le bon dossier.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/errors.py" line="81"/>
        <source>The store failed its integrity check: it is damaged or has been altered. Do not write to it; restore the latest backup and tell your administrator.</source>
        <translation>La base de données n&apos;a pas passé la vérification d&apos;intégrité : elle est endommagée ou a été altérée. N&apos;y enregistrez rien; restaurez la sauvegarde la plus récente et avertissez votre administratrice.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/errors.py" line="89"/>
        <source>This store is tied to this laptop&apos;s system keyring, which is not available now. Log in to the desktop session normally, or use the recovery key.</source>
        <translation>Cette base de données est liée au trousseau de clés du système de ce portable, qui n&apos;est pas disponible pour l&apos;instant. Ouvrez votre session sur l&apos;ordinateur de la façon habituelle, ou utilisez la clé de récupération.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/errors.py" line="97"/>
        <source>The disk is full, so nothing was saved. Free some space and try again.</source>
        <translation>Le disque est plein, rien n&apos;a donc été enregistré. Libérez de l&apos;espace, puis réessayez.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/errors.py" line="103"/>
        <source>The data folder cannot be written to (read-only disk or missing permission). Nothing was saved; ask your administrator.</source>
        <translation>Impossible d&apos;écrire dans le dossier des données (disque en lecture seule ou autorisation manquante). Rien n&apos;a été enregistré; adressez-vous à votre administratrice.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/errors.py" line="111"/>
        <source>The store is in use by another shelterplan window or program. Close it and try again.</source>
        <translation>La base de données est utilisée par une autre fenêtre ou un autre programme shelterplan. Fermez cette fenêtre ou ce programme, puis réessayez.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/errors.py" line="118"/>
        <source>Updating the store to this version of shelterplan failed; the store was put back as it was. Use the previous version and tell your administrator.</source>
        <translation>La mise à jour de la base de données pour cette version de shelterplan a échoué; la base de données a été remise dans son état d&apos;avant. Utilisez la version précédente et avertissez votre administratrice.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/errors.py" line="130"/>
        <source>This file is not a shelterplan backup; nothing was changed. Choose a file named shelterplan-backup-….spbackup.</source>
        <translation>Ce fichier n&apos;est pas une sauvegarde shelterplan; rien n&apos;a été modifié. Choisissez un fichier nommé shelterplan-backup-….spbackup.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/errors.py" line="138"/>
        <source>This backup file is damaged, incomplete or has been altered, so it cannot be restored; nothing was changed. Use another backup.</source>
        <translation>Ce fichier de sauvegarde est endommagé, incomplet ou altéré, il ne peut donc pas être restauré; rien n&apos;a été modifié. Utilisez une autre sauvegarde.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/errors.py" line="146"/>
        <source>This backup was made by a newer version of shelterplan; nothing was changed. Install the newer version to restore it.</source>
        <translation>Cette sauvegarde a été faite avec une version plus récente de shelterplan; rien n&apos;a été modifié. Installez la version plus récente pour la restaurer.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/errors.py" line="154"/>
        <source>This backup is of a different shelterplan store than the one in this folder; nothing was changed. Restore it into an empty folder instead.</source>
        <translation>Cette sauvegarde provient d&apos;une autre base de données shelterplan que celle de ce dossier; rien n&apos;a été modifié. Restaurez-la plutôt dans un dossier vide.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/errors.py" line="162"/>
        <source>That record does not exist or was deleted.</source>
        <translation>Cet élément n&apos;existe pas ou a été supprimé.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/errors.py" line="166"/>
        <source>Your role does not allow this.</source>
        <translation>Votre rôle ne le permet pas.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/core/accounts.py" line="78"/>
        <source>Only an administrator can manage accounts.</source>
        <translation>Seule une administratrice peut gérer les comptes.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/core/accounts.py" line="97"/>
        <source>There is no account with that name.</source>
        <translation>Il n&apos;y a aucun compte à ce nom.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/core/accounts.py" line="133"/>
        <source>Her name</source>
        <translation>Son nom</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/core/accounts.py" line="136"/>
        <source>A name can have at most {limit} characters.</source>
        <translation>Un nom peut avoir au plus {limit} caractères.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/core/accounts.py" line="139"/>
        <source>The role</source>
        <translation>Le rôle</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/core/accounts.py" line="145"/>
        <source>There is already an account with that name.</source>
        <translation>Il existe déjà un compte à ce nom.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/core/accounts.py" line="174"/>
        <source>You cannot disable your own account: ask another administrator.</source>
        <translation>Vous ne pouvez pas désactiver votre propre compte : demandez-le à une autre administratrice.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/core/accounts.py" line="179"/>
        <source>That account is already disabled.</source>
        <translation>Ce compte est déjà désactivé.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/core/accounts.py" line="183"/>
        <source>That is the last administrator&apos;s account: give another account administrator rights first.</source>
        <translation>C&apos;est le compte de la dernière administratrice : donnez d&apos;abord les droits d&apos;administratrice à un autre compte.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/core/accounts.py" line="228"/>
        <source>That account is disabled: add it again to give her a new passphrase.</source>
        <translation>Ce compte est désactivé : ajoutez-le de nouveau pour lui donner une nouvelle phrase de passe.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/core/accounts.py" line="250"/>
        <source>Sign in with your name to change your own passphrase.</source>
        <translation>Connectez-vous avec votre nom pour changer votre propre phrase de passe.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/core/actors.py" line="23"/>
        <source>An administrator&apos;s account does not see case content.</source>
        <translation>Un compte d&apos;administratrice ne voit pas le contenu des dossiers.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/core/actors.py" line="54"/>
        <source>There is no active worker with that name.</source>
        <translation>Il n&apos;y a aucune intervenante active à ce nom.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/core/actors.py" line="76"/>
        <source>This case is not assigned to you. Ask a supervisor to share it.</source>
        <translation>Ce dossier ne vous est pas assigné. Demandez à une superviseure de le partager avec vous.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/core/agency.py" line="64"/>
        <source>The logo is too large: use a PNG or JPEG image under 512 KB.</source>
        <translation>Le logo est trop volumineux : utilisez une image PNG ou JPEG de moins de 512 Ko.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/core/agency.py" line="69"/>
        <source>The logo must be a PNG or JPEG image.</source>
        <translation>Le logo doit être une image PNG ou JPEG.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/core/agency.py" line="86"/>
        <source>Only an administrator can change the agency&apos;s details.</source>
        <translation>Seule une administratrice peut modifier les coordonnées de l&apos;organisme.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/core/agency.py" line="89"/>
        <source>The paper size is &apos;letter&apos; or &apos;a4&apos;.</source>
        <translation>Le format du papier doit être &apos;letter&apos; ou &apos;a4&apos;.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/core/audit_view.py" line="40"/>
        <source>Only supervisors and administrators can read the audit trail.</source>
        <translation>Seules les superviseures et les administratrices peuvent consulter le journal d&apos;audit.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/core/audit_view.py" line="337"/>
        <source>Your role reads the audit trail without client names.</source>
        <translation>Votre rôle donne accès au journal d&apos;audit sans les noms des participantes.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/core/backups.py" line="48"/>
        <source>No backup folder is chosen yet. An administrator can choose one in Backups (or with &apos;shelterplan settings --backup-folder DIR&apos;).</source>
        <translation>Aucun emplacement des sauvegardes n&apos;a encore été choisi. Une administratrice peut en choisir un dans Sauvegardes (ou avec &apos;shelterplan settings --backup-folder DIR&apos;).</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/core/backups.py" line="85"/>
        <source>Only an administrator can make or restore backups.</source>
        <translation>Seule une administratrice peut faire ou restaurer des sauvegardes.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/core/backups.py" line="120"/>
        <source>Only an administrator can choose the backup folder.</source>
        <translation>Seule une administratrice peut choisir l&apos;emplacement des sauvegardes.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/core/backups.py" line="130"/>
        <source>Only an administrator can change the backup reminder.</source>
        <translation>Seule une administratrice peut modifier le rappel de sauvegarde.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/core/backups.py" line="134"/>
        <source>The backup reminder must be between 1 and {limit} days.</source>
        <translation>Le rappel de sauvegarde doit être entre 1 et {limit} jours.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/core/backups.py" line="196"/>
        <source>The backup folder ({folder}) is not available: plug in the drive or choose another folder. No backup was made.</source>
        <translation>L&apos;emplacement des sauvegardes ({folder}) n&apos;est pas disponible : branchez le support ou choisissez un autre dossier. Aucune sauvegarde n&apos;a été faite.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/core/cases.py" line="73"/>
        <source>The language for printed documents must be English, French or Spanish.</source>
        <translation>La langue des documents imprimés doit être l&apos;anglais, le français ou l&apos;espagnol.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/core/cases.py" line="79"/>
        <source>The approximate age must be between 1 and 129.</source>
        <translation>L&apos;âge approximatif doit être entre 1 et 129.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/core/cases.py" line="83"/>
        <source>Her preferred name or alias</source>
        <translation>Son nom choisi ou son pseudonyme</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/core/cases.py" line="104"/>
        <source>The intervention model</source>
        <translation>Le modèle d&apos;intervention</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/core/cases.py" line="129"/>
        <source>That worker does not exist or is no longer active.</source>
        <translation>Cette intervenante n&apos;existe pas ou n&apos;est plus active.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/core/cases.py" line="133"/>
        <source>An administrator&apos;s account does not see case content: share it with a worker or a supervisor.</source>
        <translation>Un compte d&apos;administratrice ne voit pas le contenu des dossiers : partagez ce dossier avec une intervenante ou une superviseure.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/core/cases.py" line="153"/>
        <source>The case phase</source>
        <translation>La phase du dossier</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/core/cases.py" line="169"/>
        <source>The note</source>
        <translation>La note</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/core/cases.py" line="192"/>
        <source>Her priority must be between 1 (most important) and 5.</source>
        <translation>Sa priorité doit être entre 1 (le plus important) et 5.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/core/cases.py" line="196"/>
        <location filename="../../src/shelterplan/core/directory.py" line="173"/>
        <location filename="../../src/shelterplan/core/planning.py" line="93"/>
        <location filename="../../src/shelterplan/core/planning.py" line="257"/>
        <source>The domain</source>
        <translation>Le domaine</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/core/cases.py" line="199"/>
        <source>The need level</source>
        <translation>Le niveau de besoin</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/core/cases.py" line="215"/>
        <source>The strength</source>
        <translation>La force</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/core/cases.py" line="239"/>
        <source>The kind of person</source>
        <translation>Le type de personne</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/core/cases.py" line="240"/>
        <source>The person&apos;s name</source>
        <translation>Le nom de la personne</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/core/cases.py" line="267"/>
        <source>A consent cannot expire before it was given.</source>
        <translation>Un consentement ne peut pas expirer avant d&apos;avoir été donné.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/core/cases.py" line="271"/>
        <source>The purpose of the consent</source>
        <translation>L&apos;objet du consentement</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/core/consents.py" line="38"/>
        <source>keeping a file about her</source>
        <translation>la tenue d&apos;un dossier la concernant</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/core/consents.py" line="39"/>
        <source>sharing her information with a provider</source>
        <translation>la communication de ses renseignements à un organisme partenaire</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/core/consents.py" line="40"/>
        <source>contacting her support people</source>
        <translation>la prise de contact avec ses personnes de soutien</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/core/consents.py" line="47"/>
        <source>She has no valid consent to sharing her information with {service} (never given, withdrawn or expired). Record her consent first.</source>
        <translation>Elle n&apos;a pas de consentement valide à la communication de ses renseignements à {service} (jamais donné, retiré ou expiré). Inscrivez d&apos;abord son consentement.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/core/consents.py" line="52"/>
        <source>this</source>
        <translation>cela</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/core/consents.py" line="53"/>
        <source>She has no valid consent for {what} (never given, withdrawn or expired). Record her consent first.</source>
        <translation>Elle n&apos;a pas de consentement valide pour {what} (jamais donné, retiré ou expiré). Inscrivez d&apos;abord son consentement.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/core/directory.py" line="56"/>
        <source>She has not consented to sharing her details with {service}. Record her consent first, or make the referral without sharing details.</source>
        <translation>Elle n&apos;a pas consenti à ce que ses renseignements soient communiqués à {service}. Inscrivez d&apos;abord son consentement ou faites la référence sans communiquer de renseignements.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/core/directory.py" line="157"/>
        <source>Only supervisors and administrators can change the service directory.</source>
        <translation>Seules les superviseures et les administratrices peuvent modifier le répertoire des ressources.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/core/directory.py" line="167"/>
        <location filename="../../src/shelterplan/core/planning.py" line="253"/>
        <source>Unknown service details: {names}.</source>
        <translation>Renseignements de service inconnus : {names}.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/core/directory.py" line="177"/>
        <source>The service&apos;s {detail} is longer than {limit} characters.</source>
        <translation>Le champ {detail} du service dépasse {limit} caractères.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/core/directory.py" line="187"/>
        <location filename="../../src/shelterplan/core/planning.py" line="258"/>
        <source>The service name</source>
        <translation>Le nom du service</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/core/directory.py" line="190"/>
        <source>The service name is longer than {limit} characters.</source>
        <translation>Le nom du service dépasse {limit} caractères.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/core/directory.py" line="289"/>
        <source>This case is closed; reopen it before changing its referrals.</source>
        <translation>Ce dossier est fermé; rouvrez-le avant de modifier ses références.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/core/directory.py" line="294"/>
        <location filename="../../src/shelterplan/core/planning.py" line="286"/>
        <source>The referral status</source>
        <translation>L&apos;état de la référence</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/core/directory.py" line="301"/>
        <source>What came of the referral (the outcome)</source>
        <translation>Ce qui est ressorti de la référence (le résultat)</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/core/erasure.py" line="110"/>
        <source>Only a supervisor or an administrator can erase a client&apos;s file.</source>
        <translation>Seule une superviseure ou une administratrice peut effacer le dossier d&apos;une participante.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/core/erasure.py" line="120"/>
        <source>No case has that id.</source>
        <translation>Aucun dossier ne porte cet identifiant.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/core/household.py" line="61"/>
        <source>This case is closed; reopen it before changing her children and dependants.</source>
        <translation>Ce dossier est fermé; rouvrez-le avant de modifier ses enfants et personnes à charge.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/core/household.py" line="72"/>
        <source>A child&apos;s or dependant&apos;s age must be between 0 and {limit}.</source>
        <translation>L&apos;âge d&apos;un enfant ou d&apos;une personne à charge doit être entre 0 et {limit}.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/core/household.py" line="81"/>
        <source>The child&apos;s or dependant&apos;s name</source>
        <translation>Le nom de l&apos;enfant ou de la personne à charge</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/core/outcomes.py" line="60"/>
        <source>Outcome reports are for supervisors and administrators.</source>
        <translation>Les rapports de résultats sont réservés aux superviseures et aux administratrices.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/core/outcomes.py" line="94"/>
        <source>The period must start on or before the day it ends.</source>
        <translation>La période doit commencer au plus tard le jour où elle se termine.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/core/outcomes.py" line="98"/>
        <source>The period is too long to show by {unit}: choose a shorter period, or quarters.</source>
        <translation>La période est trop longue pour être affichée par {unit} : choisissez une période plus courte, ou les trimestres.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/core/plan_edits.py" line="42"/>
        <source>This step was changed elsewhere since, so the change cannot be undone or redone. Nothing was saved.</source>
        <translation>Cette étape a été modifiée ailleurs entre-temps, la modification ne peut donc pas être annulée ni rétablie. Rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/core/client_copy.py" line="34"/>
        <source>Only goals, steps and referrals can be left off her copy.</source>
        <translation>Seuls les objectifs, les étapes et les références peuvent être retirés de sa copie.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/core/client_copy.py" line="41"/>
        <location filename="../../src/shelterplan/core/plan_edits.py" line="89"/>
        <location filename="../../src/shelterplan/core/planning.py" line="40"/>
        <source>This case is closed; reopen it before changing the plan.</source>
        <translation>Ce dossier est fermé; rouvrez-le avant de modifier le plan.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/core/plan_edits.py" line="104"/>
        <source>The due date must be a date.</source>
        <translation>L&apos;échéance doit être une date.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/core/plan_edits.py" line="108"/>
        <location filename="../../src/shelterplan/core/planning.py" line="176"/>
        <source>Who does the step</source>
        <translation>La personne qui fait l&apos;étape</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/core/plan_edits.py" line="113"/>
        <location filename="../../src/shelterplan/core/planning.py" line="174"/>
        <source>The step</source>
        <translation>L&apos;étape</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/core/planning.py" line="57"/>
        <source>The kind of goal</source>
        <translation>Le type d&apos;objectif</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/core/planning.py" line="61"/>
        <source>A long-term goal does not sit under another goal.</source>
        <translation>Un objectif à long terme ne peut pas être placé sous un autre objectif.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/core/planning.py" line="66"/>
        <source>An intermediate goal leads to a goal: choose which one.</source>
        <translation>Un objectif intermédiaire mène à un objectif : choisissez lequel.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/core/planning.py" line="73"/>
        <source>An intermediate goal must lead to a goal of the same case.</source>
        <translation>Un objectif intermédiaire doit mener à un objectif du même dossier.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/core/planning.py" line="79"/>
        <source>An intermediate goal must be reached before the goal it leads to.</source>
        <translation>Un objectif intermédiaire doit être atteint avant l&apos;objectif auquel il mène.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/core/planning.py" line="97"/>
        <source>The goal, in her words</source>
        <translation>L&apos;objectif, dans ses mots</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/core/planning.py" line="114"/>
        <source>The goal status</source>
        <translation>L&apos;état de l&apos;objectif</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/core/planning.py" line="132"/>
        <source>The option</source>
        <translation>L&apos;option</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/core/planning.py" line="205"/>
        <source>The step status</source>
        <translation>L&apos;état de l&apos;étape</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/core/planning.py" line="208"/>
        <source>What happened (the outcome)</source>
        <translation>Ce qui s&apos;est passé (le résultat)</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/core/planning.py" line="231"/>
        <source>The next review must come after this one.</source>
        <translation>La prochaine révision doit avoir lieu après celle-ci.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/core/planning.py" line="279"/>
        <source>The referral&apos;s goal belongs to another case.</source>
        <translation>L&apos;objectif de la référence appartient à un autre dossier.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/core/restore_flow.py" line="124"/>
        <source>Confirm that the store is to be replaced first. Nothing was changed.</source>
        <translation>Confirmez d&apos;abord que la base de données doit être remplacée. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/core/restore_flow.py" line="131"/>
        <source>Type the recovery key. Nothing was changed.</source>
        <translation>Tapez la clé de récupération. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/core/restore_flow.py" line="134"/>
        <source>Type an administrator&apos;s name and passphrase. Nothing was changed.</source>
        <translation>Tapez le nom et la phrase de passe d&apos;une administratrice. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/core/retention.py" line="57"/>
        <source>Only an administrator can manage the retention of closed cases.</source>
        <translation>Seule une administratrice peut gérer la conservation des dossiers fermés.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/core/retention.py" line="70"/>
        <source>The retention period must be a whole number of years from {least} to {most}.</source>
        <translation>La durée de conservation doit être un nombre entier d&apos;années, de {least} à {most}.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/core/retention.py" line="187"/>
        <source>Purging erases those clients&apos; files for good; confirm it first. Nothing was erased.</source>
        <translation>La purge efface définitivement les dossiers de ces participantes; confirmez-la d&apos;abord. Rien n&apos;a été effacé.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/core/reviews.py" line="253"/>
        <source>A goal can only be decided once in a review.</source>
        <translation>Un objectif ne peut faire l&apos;objet que d&apos;une seule décision par révision.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/core/reviews.py" line="259"/>
        <source>A goal of this review belongs to another case.</source>
        <translation>Un objectif de cette révision appartient à un autre dossier.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/core/reviews.py" line="263"/>
        <source>A goal of this review is no longer active in her plan. Start the review again.</source>
        <translation>Un objectif de cette révision n&apos;est plus actif dans son plan. Recommencez la révision.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/core/reviews.py" line="270"/>
        <source>The decision</source>
        <translation>La décision</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/core/reviews.py" line="274"/>
        <source>The progress</source>
        <translation>Le niveau de progrès</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/core/reviews.py" line="277"/>
        <source>Why the goal is set aside</source>
        <translation>La raison pour laquelle l&apos;objectif est mis de côté</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/core/reviews.py" line="345"/>
        <source>Choose the date of the next review.</source>
        <translation>Choisissez la date de la prochaine révision.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/core/reviews.py" line="347"/>
        <source>The next review must come after today.</source>
        <translation>La prochaine révision doit avoir lieu après aujourd&apos;hui.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/core/rules.py" line="32"/>
        <source>{what} cannot be empty.</source>
        <translation>{what} ne peut pas être vide.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/core/rules.py" line="47"/>
        <source>{what} must be one of: {allowed}.</source>
        <translation>{what} doit être l&apos;une des valeurs suivantes : {allowed}.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/core/safety_plan.py" line="82"/>
        <source>This case is closed; reopen it before changing the safety plan.</source>
        <translation>Ce dossier est fermé; rouvrez-le avant de modifier le plan de sécurité.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/core/safety_plan.py" line="130"/>
        <source>A safety plan has no section called: {names}.</source>
        <translation>Un plan de sécurité n&apos;a aucune section portant ce nom : {names}.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/core/safety_plan.py" line="137"/>
        <source>Each section of the safety plan is text.</source>
        <translation>Chaque section du plan de sécurité doit être du texte.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/core/safety_plan.py" line="143"/>
        <source>The code word is longer than {limit} characters.</source>
        <translation>Le mot code dépasse {limit} caractères.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/core/safety_plan.py" line="168"/>
        <source>The safety plan is empty, so nothing was saved.</source>
        <translation>Le plan de sécurité est vide, rien n&apos;a donc été enregistré.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/core/safety_plan.py" line="186"/>
        <source>There is no safety plan for this case yet; write one first.</source>
        <translation>Il n&apos;y a pas encore de plan de sécurité pour ce dossier; rédigez-en un d&apos;abord.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/core/settings.py" line="45"/>
        <source>Only an administrator can change when the app locks itself.</source>
        <translation>Seule une administratrice peut modifier le délai de verrouillage automatique.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/core/settings.py" line="51"/>
        <source>The idle lock must be between 1 and {limit} minutes.</source>
        <translation>Le verrouillage après inactivité doit être compris entre 1 et {limit} minutes.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/core/versions.py" line="196"/>
        <location filename="../../src/shelterplan/reports/printing.py" line="53"/>
        <source>A plan is printed in English, French or Spanish.</source>
        <translation>Un plan est imprimé en anglais, en français ou en espagnol.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/core/versions.py" line="239"/>
        <source>That plan version no longer exists.</source>
        <translation>Cette version du plan n&apos;existe plus.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/core/versions.py" line="244"/>
        <source>Version {number} was recorded without its printed copy, so it cannot be printed again exactly. Print the current plan instead.</source>
        <translation>La version {number} a été conservée sans sa copie imprimée : elle ne peut donc pas être réimprimée à l&apos;identique. Imprimez plutôt le plan actuel.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/core/versions.py" line="253"/>
        <source>The stored copy of version {number} does not match its fingerprint. Do not print it; run &apos;shelterplan verify&apos; and ask your administrator.</source>
        <translation>La copie conservée de la version {number} ne correspond pas à son empreinte. Ne l&apos;imprimez pas; lancez &apos;shelterplan verify&apos; et adressez-vous à votre administratrice.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/core/wizards/goals.py" line="147"/>
        <location filename="../../src/shelterplan/core/wizards/goals.py" line="374"/>
        <source>The goal wizard needs a case.</source>
        <translation>L&apos;assistant des objectifs a besoin d&apos;un dossier.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/core/wizards/goals.py" line="377"/>
        <source>Some pages of the goal wizard still need fixing.</source>
        <translation>Certaines pages de l&apos;assistant des objectifs doivent encore être corrigées.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/core/wizards/goals.py" line="388"/>
        <source>Choose a long-term goal of this case.</source>
        <translation>Choisissez un objectif à long terme de ce dossier.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/core/wizards/intake.py" line="339"/>
        <source>Some pages of the intake still have problems: go back to them.</source>
        <translation>Certaines pages de l&apos;accueil ont encore des problèmes : retournez-y.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/core/wizards/review.py" line="90"/>
        <location filename="../../src/shelterplan/core/wizards/review.py" line="279"/>
        <source>The review needs a case.</source>
        <translation>La révision a besoin d&apos;un dossier.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/core/wizards/review.py" line="94"/>
        <source>This case is closed; reopen it before reviewing the plan.</source>
        <translation>Ce dossier est fermé; rouvrez-le avant de revoir le plan.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/core/wizards/review.py" line="282"/>
        <source>Some pages of the review still need an answer.</source>
        <translation>Certaines pages de la révision attendent encore une réponse.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/core/wizards/steps.py" line="134"/>
        <location filename="../../src/shelterplan/core/wizards/steps.py" line="249"/>
        <source>The step wizard needs a goal.</source>
        <translation>L&apos;assistant des étapes a besoin d&apos;un objectif.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/core/wizards/steps.py" line="252"/>
        <source>Some steps still need fixing before they can be saved.</source>
        <translation>Certaines étapes doivent encore être corrigées avant de pouvoir être enregistrées.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/store/backup_file.py" line="128"/>
        <source>The folder for the backup does not exist or is not available (is the drive plugged in?). No backup was made.</source>
        <translation>Le dossier de la sauvegarde n&apos;existe pas ou n&apos;est pas disponible (le support est-il branché?). Aucune sauvegarde n&apos;a été faite.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/store/backup_file.py" line="136"/>
        <source>This opens the backup but not the store now in this folder, whose erasures must be carried over; nothing was changed. Use the recovery key or an administrator&apos;s passphrase that opens both.</source>
        <translation>Cela ouvre la sauvegarde, mais pas la base de données actuellement dans ce dossier, dont les effacements doivent être reportés; rien n&apos;a été modifié. Utilisez la clé de récupération, ou la phrase de passe d&apos;une administratrice qui ouvre les deux.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/store/backup_file.py" line="145"/>
        <source>On this computer the administrators&apos; passphrases cannot open this backup (its store was tied to another laptop&apos;s keyring). Restore it with the recovery key.</source>
        <translation>Sur cet ordinateur, les phrases de passe des administratrices ne peuvent pas ouvrir cette sauvegarde (sa base de données était liée au trousseau de clés d&apos;un autre portable). Restaurez-la avec la clé de récupération.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/store/backup_file.py" line="350"/>
        <source>This backup file cannot be read: check that the drive is plugged in and the file is there. Nothing was changed.</source>
        <translation>Ce fichier de sauvegarde ne peut pas être lu : vérifiez que le support est branché et que le fichier s&apos;y trouve. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/store/backup_file.py" line="364"/>
        <source>This backup file cannot be read: check the drive. Nothing was changed.</source>
        <translation>Ce fichier de sauvegarde ne peut pas être lu : vérifiez le support. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/store/casestore.py" line="174"/>
        <source>The database file (shelterplan.db) is missing beside the key file. Restore it from a backup.</source>
        <translation>Le fichier de la base de données (shelterplan.db) ne se trouve pas à côté du fichier de clés. Restaurez-le à partir d&apos;une sauvegarde.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/store/casestore.py" line="322"/>
        <location filename="../../src/shelterplan/store/keyslots.py" line="277"/>
        <source>That recovery key is not right for this store.</source>
        <translation>Cette clé de récupération ne correspond pas à cette base de données.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/store/keyslots.py" line="102"/>
        <location filename="../../src/shelterplan/store/keyslots.py" line="106"/>
        <source>That recovery key is not right. Check each group.</source>
        <translation>Cette clé de récupération est incorrecte. Vérifiez chaque groupe.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/store/keyslots.py" line="298"/>
        <source>The data key cannot be changed yet: these workers must each unlock the store once with this version of shelterplan first (or be disabled): {names}.</source>
        <translation>La clé de données ne peut pas encore être changée : chacune de ces intervenantes doit d&apos;abord déverrouiller une fois la base de données avec cette version de shelterplan (ou être désactivée) : {names}.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/store/keyslots.py" line="308"/>
        <source>The data key cannot be changed yet: this store&apos;s recovery key is of an older kind. Make a new recovery key first, then change the data key.</source>
        <translation>La clé de données ne peut pas encore être changée : la clé de récupération de cette base de données est d&apos;un type plus ancien. Créez d&apos;abord une nouvelle clé de récupération, puis changez la clé de données.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/store/keyslots.py" line="316"/>
        <source>This store has no recovery key: make one first.</source>
        <translation>Cette base de données n&apos;a pas de clé de récupération : créez-en une d&apos;abord.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/store/migrate.py" line="31"/>
        <source>This store was written by a newer shelterplan. Install the newer version.</source>
        <translation>Cette base de données a été enregistrée par une version plus récente de shelterplan. Installez la version plus récente.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/store/migrate.py" line="74"/>
        <source>This store has no schema version; it was not made by shelterplan.</source>
        <translation>Cette base de données n&apos;a pas de version de schéma; elle n&apos;a pas été créée par shelterplan.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/store/passphrases.py" line="59"/>
        <source>A passphrase needs at least {least} characters: a short sentence of your own is easy to remember.</source>
        <translation>Une phrase de passe doit avoir au moins {least} caractères : une courte phrase bien à vous est facile à retenir.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/store/passphrases.py" line="64"/>
        <source>A passphrase can have at most {most} characters.</source>
        <translation>Une phrase de passe peut avoir au plus {most} caractères.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/store/passphrases.py" line="65"/>
        <source>This passphrase is too common: choose a longer phrase of your own.</source>
        <translation>Cette phrase de passe est trop courante : choisissez une phrase plus longue, bien à vous.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/store/passphrases.py" line="68"/>
        <source>A passphrase cannot be your name: choose a phrase of your own.</source>
        <translation>Une phrase de passe ne peut pas être votre nom : choisissez une phrase bien à vous.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/reports/printing.py" line="176"/>
        <source>A plan cannot be signed on a date in the future.</source>
        <translation>Un plan ne peut pas être signé à une date future.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/reports/printing.py" line="181"/>
        <source>Both she and the worker sign the plan: give both names.</source>
        <translation>Elle et l&apos;intervenante signent toutes deux le plan : indiquez les deux noms.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/reports/printing.py" line="187"/>
        <source>The plan has changed since this copy was printed. Print it again, go over the changes with her, and sign the new copy.</source>
        <translation>Le plan a changé depuis l&apos;impression de cette copie. Imprimez-le de nouveau, revoyez les changements avec elle et signez la nouvelle copie.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/reports/printing.py" line="243"/>
        <source>There is no safety plan for this case yet.</source>
        <translation>Il n&apos;y a pas encore de plan de sécurité pour ce dossier.</translation>
    </message>
</context>
</TS>
