<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>errors</name>
    <message>
        <location filename="../../src/shelterplan/errors.py" line="17"/>
        <source>Something went wrong.</source>
        <translation>Algo salió mal.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/errors.py" line="26"/>
        <source>The name or passphrase is not right. Check the spelling and try again.</source>
        <translation>El nombre o la frase de contraseña no son correctos. Revise cómo los escribió y vuelva a intentarlo.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/errors.py" line="35"/>
        <source>Too many wrong passphrases. Wait {seconds} seconds and try again.</source>
        <translation>Demasiadas frases de contraseña incorrectas. Espere {seconds} segundos y vuelva a intentarlo.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/errors.py" line="43"/>
        <source>There is no shelterplan store in this folder. Check the data folder, or create one with &apos;shelterplan init&apos;.</source>
        <translation>No hay una base de datos de shelterplan en esta carpeta. Revise la carpeta de datos o cree una base con &apos;shelterplan init&apos;.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/errors.py" line="51"/>
        <source>A shelterplan store already exists in this folder; nothing was changed.</source>
        <translation>Ya existe una base de datos de shelterplan en esta carpeta; no se cambió nada.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/errors.py" line="57"/>
        <source>The key file (keyslots.json) is missing beside the database. Restore it from a backup; without it the store cannot be opened.</source>
        <translation>Falta el archivo de claves (keyslots.json) junto al archivo de la base de datos. Restáurelo desde una copia de seguridad; sin él, la base de datos no se puede abrir.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/errors.py" line="65"/>
        <source>The key file (keyslots.json) is damaged or not a shelterplan key file. Restore it from a backup.</source>
        <translation>El archivo de claves (keyslots.json) está dañado o no es un archivo de claves de shelterplan. Restáurelo desde una copia de seguridad.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/errors.py" line="73"/>
        <source>This file is not a shelterplan store, or it does not belong to this key file. Check that you chose the right folder.</source>
        <translation>Este archivo no es una base de datos de shelterplan o no corresponde a este archivo de claves. Compruebe que eligió la carpeta correcta.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/errors.py" line="81"/>
        <source>The store failed its integrity check: it is damaged or has been altered. Do not write to it; restore the latest backup and tell your administrator.</source>
        <translation>La base de datos no superó la verificación de integridad: está dañada o fue modificada. No escriba en ella; restaure la copia de seguridad más reciente y avise a su administradora.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/errors.py" line="89"/>
        <source>This store is tied to this laptop&apos;s system keyring, which is not available now. Log in to the desktop session normally, or use the recovery key.</source>
        <translation>Esta base de datos está vinculada al llavero del sistema de esta computadora portátil, que ahora no está disponible. Inicie la sesión del escritorio de la forma habitual o use la clave de recuperación.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/errors.py" line="97"/>
        <source>The disk is full, so nothing was saved. Free some space and try again.</source>
        <translation>El disco está lleno, así que no se guardó nada. Libere espacio y vuelva a intentarlo.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/errors.py" line="103"/>
        <source>The data folder cannot be written to (read-only disk or missing permission). Nothing was saved; ask your administrator.</source>
        <translation>No se puede escribir en la carpeta de datos (disco de solo lectura o falta de permisos). No se guardó nada; consulte a su administradora.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/errors.py" line="111"/>
        <source>The store is in use by another shelterplan window or program. Close it and try again.</source>
        <translation>Otra ventana o programa de shelterplan está usando la base de datos. Cierre esa ventana o programa y vuelva a intentarlo.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/errors.py" line="118"/>
        <source>Updating the store to this version of shelterplan failed; the store was put back as it was. Use the previous version and tell your administrator.</source>
        <translation>No se pudo actualizar la base de datos a esta versión de shelterplan; la base de datos volvió a quedar como estaba. Use la versión anterior y avise a su administradora.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/errors.py" line="130"/>
        <source>This file is not a shelterplan backup; nothing was changed. Choose a file named shelterplan-backup-….spbackup.</source>
        <translation>Este archivo no es una copia de seguridad de shelterplan; no se cambió nada. Elija un archivo llamado shelterplan-backup-….spbackup.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/errors.py" line="138"/>
        <source>This backup file is damaged, incomplete or has been altered, so it cannot be restored; nothing was changed. Use another backup.</source>
        <translation>Este archivo de copia de seguridad está dañado, incompleto o fue modificado, así que no se puede restaurar; no se cambió nada. Use otra copia de seguridad.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/errors.py" line="146"/>
        <source>This backup was made by a newer version of shelterplan; nothing was changed. Install the newer version to restore it.</source>
        <translation>Esta copia de seguridad se hizo con una versión más reciente de shelterplan; no se cambió nada. Instale la versión más reciente para restaurarla.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/errors.py" line="154"/>
        <source>This backup is of a different shelterplan store than the one in this folder; nothing was changed. Restore it into an empty folder instead.</source>
        <translation>Esta copia de seguridad es de una base de datos de shelterplan distinta de la que está en esta carpeta; no se cambió nada. Restáurela en una carpeta vacía.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/errors.py" line="162"/>
        <source>That record does not exist or was deleted.</source>
        <translation>Ese registro no existe o fue eliminado.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/errors.py" line="166"/>
        <source>Your role does not allow this.</source>
        <translation>Su función no lo permite.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/core/accounts.py" line="78"/>
        <source>Only an administrator can manage accounts.</source>
        <translation>Solo una administradora puede gestionar las cuentas.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/core/accounts.py" line="97"/>
        <source>There is no account with that name.</source>
        <translation>No hay ninguna cuenta con ese nombre.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/core/accounts.py" line="133"/>
        <source>Her name</source>
        <translation>Su nombre</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/core/accounts.py" line="136"/>
        <source>A name can have at most {limit} characters.</source>
        <translation>Un nombre puede tener como máximo {limit} caracteres.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/core/accounts.py" line="139"/>
        <source>The role</source>
        <translation>La función</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/core/accounts.py" line="145"/>
        <source>There is already an account with that name.</source>
        <translation>Ya existe una cuenta con ese nombre.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/core/accounts.py" line="174"/>
        <source>You cannot disable your own account: ask another administrator.</source>
        <translation>No puede desactivar su propia cuenta: pídaselo a otra administradora.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/core/accounts.py" line="179"/>
        <source>That account is already disabled.</source>
        <translation>Esa cuenta ya está desactivada.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/core/accounts.py" line="183"/>
        <source>That is the last administrator&apos;s account: give another account administrator rights first.</source>
        <translation>Es la cuenta de la última administradora: primero dé permisos de administradora a otra cuenta.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/core/accounts.py" line="228"/>
        <source>That account is disabled: add it again to give her a new passphrase.</source>
        <translation>Esa cuenta está desactivada: vuelva a agregarla para darle una nueva frase de contraseña.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/core/accounts.py" line="250"/>
        <source>Sign in with your name to change your own passphrase.</source>
        <translation>Inicie sesión con su nombre para cambiar su propia frase de contraseña.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/core/actors.py" line="23"/>
        <source>An administrator&apos;s account does not see case content.</source>
        <translation>La cuenta de una administradora no ve el contenido de los casos.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/core/actors.py" line="54"/>
        <source>There is no active worker with that name.</source>
        <translation>No hay ninguna trabajadora activa con ese nombre.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/core/actors.py" line="76"/>
        <source>This case is not assigned to you. Ask a supervisor to share it.</source>
        <translation>Este caso no está asignado a usted. Pida a una supervisora que se lo comparta.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/core/agency.py" line="64"/>
        <source>The logo is too large: use a PNG or JPEG image under 512 KB.</source>
        <translation>El logotipo es demasiado grande: use una imagen PNG o JPEG de menos de 512 KB.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/core/agency.py" line="69"/>
        <source>The logo must be a PNG or JPEG image.</source>
        <translation>El logotipo debe ser una imagen PNG o JPEG.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/core/agency.py" line="86"/>
        <source>Only an administrator can change the agency&apos;s details.</source>
        <translation>Solo una administradora puede cambiar los datos de la organización.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/core/agency.py" line="89"/>
        <source>The paper size is &apos;letter&apos; or &apos;a4&apos;.</source>
        <translation>El tamaño del papel debe ser &apos;letter&apos; o &apos;a4&apos;.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/core/audit_view.py" line="40"/>
        <source>Only supervisors and administrators can read the audit trail.</source>
        <translation>Solo las supervisoras y las administradoras pueden consultar el registro de auditoría.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/core/audit_view.py" line="337"/>
        <source>Your role reads the audit trail without client names.</source>
        <translation>Con su función, el registro de auditoría se muestra sin nombres de participantes.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/core/backups.py" line="48"/>
        <source>No backup folder is chosen yet. An administrator can choose one in Backups (or with &apos;shelterplan settings --backup-folder DIR&apos;).</source>
        <translation>Todavía no se eligió ninguna carpeta de copias. Una administradora puede elegirla en Copias de seguridad (o con &apos;shelterplan settings --backup-folder DIR&apos;).</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/core/backups.py" line="85"/>
        <source>Only an administrator can make or restore backups.</source>
        <translation>Solo una administradora puede hacer o restaurar copias de seguridad.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/core/backups.py" line="120"/>
        <source>Only an administrator can choose the backup folder.</source>
        <translation>Solo una administradora puede elegir la carpeta de copias.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/core/backups.py" line="130"/>
        <source>Only an administrator can change the backup reminder.</source>
        <translation>Solo una administradora puede cambiar el recordatorio de copias de seguridad.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/core/backups.py" line="134"/>
        <source>The backup reminder must be between 1 and {limit} days.</source>
        <translation>El recordatorio de copias de seguridad debe estar entre 1 y {limit} días.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/core/backups.py" line="196"/>
        <source>The backup folder ({folder}) is not available: plug in the drive or choose another folder. No backup was made.</source>
        <translation>La carpeta de copias ({folder}) no está disponible: conecte la unidad o elija otra carpeta. No se hizo ninguna copia de seguridad.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/core/cases.py" line="73"/>
        <source>The language for printed documents must be English, French or Spanish.</source>
        <translation>El idioma de los documentos impresos debe ser inglés, francés o español.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/core/cases.py" line="79"/>
        <source>The approximate age must be between 1 and 129.</source>
        <translation>La edad aproximada debe estar entre 1 y 129.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/core/cases.py" line="83"/>
        <source>Her preferred name or alias</source>
        <translation>Su nombre preferido o alias</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/core/cases.py" line="104"/>
        <source>The intervention model</source>
        <translation>El modelo de intervención</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/core/cases.py" line="129"/>
        <source>That worker does not exist or is no longer active.</source>
        <translation>Esa trabajadora no existe o ya no está activa.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/core/cases.py" line="133"/>
        <source>An administrator&apos;s account does not see case content: share it with a worker or a supervisor.</source>
        <translation>La cuenta de una administradora no ve el contenido de los casos: comparta el caso con una trabajadora o una supervisora.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/core/cases.py" line="153"/>
        <source>The case phase</source>
        <translation>La etapa del caso</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/core/cases.py" line="169"/>
        <source>The note</source>
        <translation>La nota</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/core/cases.py" line="192"/>
        <source>Her priority must be between 1 (most important) and 5.</source>
        <translation>Su prioridad debe estar entre 1 (lo más importante) y 5.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/core/cases.py" line="196"/>
        <location filename="../../src/shelterplan/core/directory.py" line="173"/>
        <location filename="../../src/shelterplan/core/planning.py" line="93"/>
        <location filename="../../src/shelterplan/core/planning.py" line="257"/>
        <source>The domain</source>
        <translation>El ámbito</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/core/cases.py" line="199"/>
        <source>The need level</source>
        <translation>El nivel de necesidad</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/core/cases.py" line="215"/>
        <source>The strength</source>
        <translation>La fortaleza</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/core/cases.py" line="239"/>
        <source>The kind of person</source>
        <translation>El tipo de persona</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/core/cases.py" line="240"/>
        <source>The person&apos;s name</source>
        <translation>El nombre de la persona</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/core/cases.py" line="267"/>
        <source>A consent cannot expire before it was given.</source>
        <translation>Un consentimiento no puede vencer antes de la fecha en que se otorgó.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/core/cases.py" line="271"/>
        <source>The purpose of the consent</source>
        <translation>La finalidad del consentimiento</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/core/consents.py" line="38"/>
        <source>keeping a file about her</source>
        <translation>llevar un expediente sobre ella</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/core/consents.py" line="39"/>
        <source>sharing her information with a provider</source>
        <translation>compartir su información con un servicio externo</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/core/consents.py" line="40"/>
        <source>contacting her support people</source>
        <translation>contactar a sus personas de apoyo</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/core/consents.py" line="47"/>
        <source>She has no valid consent to sharing her information with {service} (never given, withdrawn or expired). Record her consent first.</source>
        <translation>Ella no tiene un consentimiento válido para compartir su información con {service} (nunca se otorgó, se retiró o venció). Registre primero su consentimiento.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/core/consents.py" line="52"/>
        <source>this</source>
        <translation>esto</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/core/consents.py" line="53"/>
        <source>She has no valid consent for {what} (never given, withdrawn or expired). Record her consent first.</source>
        <translation>Ella no tiene un consentimiento válido para {what} (nunca se otorgó, se retiró o venció). Registre primero su consentimiento.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/core/directory.py" line="56"/>
        <source>She has not consented to sharing her details with {service}. Record her consent first, or make the referral without sharing details.</source>
        <translation>Ella no dio su consentimiento para compartir sus datos con {service}. Registre primero su consentimiento o haga la derivación sin compartir datos.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/core/directory.py" line="157"/>
        <source>Only supervisors and administrators can change the service directory.</source>
        <translation>Solo las supervisoras y las administradoras pueden cambiar el directorio de servicios.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/core/directory.py" line="167"/>
        <location filename="../../src/shelterplan/core/planning.py" line="253"/>
        <source>Unknown service details: {names}.</source>
        <translation>Datos del servicio desconocidos: {names}.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/core/directory.py" line="177"/>
        <source>The service&apos;s {detail} is longer than {limit} characters.</source>
        <translation>El dato «{detail}» del servicio tiene más de {limit} caracteres.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/core/directory.py" line="187"/>
        <location filename="../../src/shelterplan/core/planning.py" line="258"/>
        <source>The service name</source>
        <translation>El nombre del servicio</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/core/directory.py" line="190"/>
        <source>The service name is longer than {limit} characters.</source>
        <translation>El nombre del servicio tiene más de {limit} caracteres.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/core/directory.py" line="289"/>
        <source>This case is closed; reopen it before changing its referrals.</source>
        <translation>Este caso está cerrado; vuelva a abrirlo antes de cambiar sus derivaciones.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/core/directory.py" line="294"/>
        <location filename="../../src/shelterplan/core/planning.py" line="286"/>
        <source>The referral status</source>
        <translation>El estado de la derivación</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/core/directory.py" line="301"/>
        <source>What came of the referral (the outcome)</source>
        <translation>En qué quedó la derivación (el resultado)</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/core/erasure.py" line="110"/>
        <source>Only a supervisor or an administrator can erase a client&apos;s file.</source>
        <translation>Solo una supervisora o una administradora puede borrar el expediente de una participante.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/core/erasure.py" line="120"/>
        <source>No case has that id.</source>
        <translation>Ningún caso tiene ese identificador.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/core/household.py" line="61"/>
        <source>This case is closed; reopen it before changing her children and dependants.</source>
        <translation>Este caso está cerrado; vuelva a abrirlo antes de cambiar los datos de sus hijas, hijos y personas a cargo.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/core/household.py" line="72"/>
        <source>A child&apos;s or dependant&apos;s age must be between 0 and {limit}.</source>
        <translation>La edad de una hija, un hijo o una persona a cargo debe estar entre 0 y {limit}.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/core/household.py" line="81"/>
        <source>The child&apos;s or dependant&apos;s name</source>
        <translation>El nombre de la hija, el hijo o la persona a cargo</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/core/outcomes.py" line="60"/>
        <source>Outcome reports are for supervisors and administrators.</source>
        <translation>Los informes de resultados son para supervisoras y administradoras.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/core/outcomes.py" line="94"/>
        <source>The period must start on or before the day it ends.</source>
        <translation>El período debe empezar el mismo día en que termina o antes.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/core/outcomes.py" line="98"/>
        <source>The period is too long to show by {unit}: choose a shorter period, or quarters.</source>
        <translation>El período es demasiado largo para mostrarlo agrupado por «{unit}»: elija un período más corto o agrupe por trimestres.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/core/plan_edits.py" line="42"/>
        <source>This step was changed elsewhere since, so the change cannot be undone or redone. Nothing was saved.</source>
        <translation>Este paso se modificó en otro lugar desde entonces, así que el cambio no se puede deshacer ni rehacer. No se guardó nada.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/core/client_copy.py" line="34"/>
        <source>Only goals, steps and referrals can be left off her copy.</source>
        <translation>Solo las metas, los pasos y las derivaciones pueden quedar fuera de su copia.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/core/client_copy.py" line="41"/>
        <location filename="../../src/shelterplan/core/plan_edits.py" line="89"/>
        <location filename="../../src/shelterplan/core/planning.py" line="40"/>
        <source>This case is closed; reopen it before changing the plan.</source>
        <translation>Este caso está cerrado; vuelva a abrirlo antes de cambiar el plan.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/core/plan_edits.py" line="104"/>
        <source>The due date must be a date.</source>
        <translation>La fecha límite debe ser una fecha.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/core/plan_edits.py" line="108"/>
        <location filename="../../src/shelterplan/core/planning.py" line="176"/>
        <source>Who does the step</source>
        <translation>Quién hace el paso</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/core/plan_edits.py" line="113"/>
        <location filename="../../src/shelterplan/core/planning.py" line="174"/>
        <source>The step</source>
        <translation>El paso</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/core/planning.py" line="57"/>
        <source>The kind of goal</source>
        <translation>El tipo de meta</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/core/planning.py" line="61"/>
        <source>A long-term goal does not sit under another goal.</source>
        <translation>Una meta a largo plazo no puede depender de otra meta.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/core/planning.py" line="66"/>
        <source>An intermediate goal leads to a goal: choose which one.</source>
        <translation>Una meta intermedia conduce a otra meta: elija a cuál.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/core/planning.py" line="73"/>
        <source>An intermediate goal must lead to a goal of the same case.</source>
        <translation>Una meta intermedia debe conducir a una meta del mismo caso.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/core/planning.py" line="79"/>
        <source>An intermediate goal must be reached before the goal it leads to.</source>
        <translation>Una meta intermedia debe lograrse antes de la meta a la que conduce.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/core/planning.py" line="97"/>
        <source>The goal, in her words</source>
        <translation>La meta, en sus palabras</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/core/planning.py" line="114"/>
        <source>The goal status</source>
        <translation>El estado de la meta</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/core/planning.py" line="132"/>
        <source>The option</source>
        <translation>La opción</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/core/planning.py" line="205"/>
        <source>The step status</source>
        <translation>El estado del paso</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/core/planning.py" line="208"/>
        <source>What happened (the outcome)</source>
        <translation>Qué pasó (el resultado)</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/core/planning.py" line="231"/>
        <source>The next review must come after this one.</source>
        <translation>La próxima revisión debe ser posterior a esta.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/core/planning.py" line="279"/>
        <source>The referral&apos;s goal belongs to another case.</source>
        <translation>La meta de la derivación pertenece a otro caso.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/core/restore_flow.py" line="124"/>
        <source>Confirm that the store is to be replaced first. Nothing was changed.</source>
        <translation>Primero confirme que se debe reemplazar la base de datos. No se cambió nada.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/core/restore_flow.py" line="131"/>
        <source>Type the recovery key. Nothing was changed.</source>
        <translation>Escriba la clave de recuperación. No se cambió nada.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/core/restore_flow.py" line="134"/>
        <source>Type an administrator&apos;s name and passphrase. Nothing was changed.</source>
        <translation>Escriba el nombre y la frase de contraseña de una administradora. No se cambió nada.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/core/retention.py" line="57"/>
        <source>Only an administrator can manage the retention of closed cases.</source>
        <translation>Solo una administradora puede gestionar la conservación de los casos cerrados.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/core/retention.py" line="70"/>
        <source>The retention period must be a whole number of years from {least} to {most}.</source>
        <translation>El período de conservación debe ser un número entero de años, de {least} a {most}.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/core/retention.py" line="187"/>
        <source>Purging erases those clients&apos; files for good; confirm it first. Nothing was erased.</source>
        <translation>La depuración borra para siempre los expedientes de esas participantes; primero confírmela. No se borró nada.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/core/reviews.py" line="253"/>
        <source>A goal can only be decided once in a review.</source>
        <translation>En una revisión, solo se puede tomar una decisión por meta.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/core/reviews.py" line="259"/>
        <source>A goal of this review belongs to another case.</source>
        <translation>Una meta de esta revisión pertenece a otro caso.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/core/reviews.py" line="263"/>
        <source>A goal of this review is no longer active in her plan. Start the review again.</source>
        <translation>Una meta de esta revisión ya no está en curso en su plan. Vuelva a empezar la revisión.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/core/reviews.py" line="270"/>
        <source>The decision</source>
        <translation>La decisión</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/core/reviews.py" line="274"/>
        <source>The progress</source>
        <translation>El avance</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/core/reviews.py" line="277"/>
        <source>Why the goal is set aside</source>
        <translation>Por qué la meta queda en pausa</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/core/reviews.py" line="345"/>
        <source>Choose the date of the next review.</source>
        <translation>Elija la fecha de la próxima revisión.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/core/reviews.py" line="347"/>
        <source>The next review must come after today.</source>
        <translation>La próxima revisión debe ser después de hoy.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/core/rules.py" line="32"/>
        <source>{what} cannot be empty.</source>
        <translation>{what}: este dato no puede quedar vacío.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/core/rules.py" line="47"/>
        <source>{what} must be one of: {allowed}.</source>
        <translation>{what}: debe ser uno de estos valores: {allowed}.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/core/safety_plan.py" line="82"/>
        <source>This case is closed; reopen it before changing the safety plan.</source>
        <translation>Este caso está cerrado; vuelva a abrirlo antes de cambiar el plan de seguridad.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/core/safety_plan.py" line="130"/>
        <source>A safety plan has no section called: {names}.</source>
        <translation>Un plan de seguridad no tiene ninguna sección llamada: {names}.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/core/safety_plan.py" line="137"/>
        <source>Each section of the safety plan is text.</source>
        <translation>Cada sección del plan de seguridad debe ser texto.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/core/safety_plan.py" line="143"/>
        <source>The code word is longer than {limit} characters.</source>
        <translation>La palabra clave tiene más de {limit} caracteres.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/core/safety_plan.py" line="168"/>
        <source>The safety plan is empty, so nothing was saved.</source>
        <translation>El plan de seguridad está vacío, así que no se guardó nada.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/core/safety_plan.py" line="186"/>
        <source>There is no safety plan for this case yet; write one first.</source>
        <translation>Todavía no hay plan de seguridad para este caso; primero escriba uno.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/core/settings.py" line="45"/>
        <source>Only an administrator can change when the app locks itself.</source>
        <translation>Solo una administradora puede cambiar cuándo se bloquea la aplicación.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/core/settings.py" line="51"/>
        <source>The idle lock must be between 1 and {limit} minutes.</source>
        <translation>El bloqueo por inactividad debe estar entre 1 y {limit} minutos.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/core/versions.py" line="196"/>
        <location filename="../../src/shelterplan/reports/printing.py" line="53"/>
        <source>A plan is printed in English, French or Spanish.</source>
        <translation>Un plan se imprime en inglés, francés o español.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/core/versions.py" line="239"/>
        <source>That plan version no longer exists.</source>
        <translation>Esa versión del plan ya no existe.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/core/versions.py" line="244"/>
        <source>Version {number} was recorded without its printed copy, so it cannot be printed again exactly. Print the current plan instead.</source>
        <translation>La versión {number} se registró sin su copia impresa, así que no se puede volver a imprimir exactamente igual. Imprima el plan actual en su lugar.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/core/versions.py" line="253"/>
        <source>The stored copy of version {number} does not match its fingerprint. Do not print it; run &apos;shelterplan verify&apos; and ask your administrator.</source>
        <translation>La copia guardada de la versión {number} no coincide con su huella. No la imprima; ejecute &apos;shelterplan verify&apos; y consulte a su administradora.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/core/wizards/goals.py" line="147"/>
        <location filename="../../src/shelterplan/core/wizards/goals.py" line="374"/>
        <source>The goal wizard needs a case.</source>
        <translation>El asistente de metas necesita un caso.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/core/wizards/goals.py" line="377"/>
        <source>Some pages of the goal wizard still need fixing.</source>
        <translation>Algunas páginas del asistente de metas todavía tienen que corregirse.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/core/wizards/goals.py" line="388"/>
        <source>Choose a long-term goal of this case.</source>
        <translation>Elija una meta a largo plazo de este caso.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/core/wizards/intake.py" line="339"/>
        <source>Some pages of the intake still have problems: go back to them.</source>
        <translation>Algunas páginas del ingreso todavía tienen problemas: vuelva a ellas.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/core/wizards/review.py" line="90"/>
        <location filename="../../src/shelterplan/core/wizards/review.py" line="279"/>
        <source>The review needs a case.</source>
        <translation>La revisión necesita un caso.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/core/wizards/review.py" line="94"/>
        <source>This case is closed; reopen it before reviewing the plan.</source>
        <translation>Este caso está cerrado; vuelva a abrirlo antes de revisar el plan.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/core/wizards/review.py" line="282"/>
        <source>Some pages of the review still need an answer.</source>
        <translation>Algunas páginas de la revisión todavía necesitan una respuesta.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/core/wizards/steps.py" line="134"/>
        <location filename="../../src/shelterplan/core/wizards/steps.py" line="249"/>
        <source>The step wizard needs a goal.</source>
        <translation>El asistente de pasos necesita una meta.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/core/wizards/steps.py" line="252"/>
        <source>Some steps still need fixing before they can be saved.</source>
        <translation>Algunos pasos todavía tienen que corregirse antes de poder guardarlos.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/store/backup_file.py" line="128"/>
        <source>The folder for the backup does not exist or is not available (is the drive plugged in?). No backup was made.</source>
        <translation>La carpeta para la copia de seguridad no existe o no está disponible (¿está conectada la unidad?). No se hizo ninguna copia de seguridad.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/store/backup_file.py" line="136"/>
        <source>This opens the backup but not the store now in this folder, whose erasures must be carried over; nothing was changed. Use the recovery key or an administrator&apos;s passphrase that opens both.</source>
        <translation>Esto abre la copia de seguridad, pero no la base de datos que está ahora en esta carpeta, y hay que abrirla para trasladar sus borrados; no se cambió nada. Use la clave de recuperación o una frase de contraseña de administradora que abra las dos.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/store/backup_file.py" line="145"/>
        <source>On this computer the administrators&apos; passphrases cannot open this backup (its store was tied to another laptop&apos;s keyring). Restore it with the recovery key.</source>
        <translation>En esta computadora, las frases de contraseña de las administradoras no pueden abrir esta copia de seguridad (su base de datos estaba vinculada al llavero de otra computadora portátil). Restáurela con la clave de recuperación.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/store/backup_file.py" line="350"/>
        <source>This backup file cannot be read: check that the drive is plugged in and the file is there. Nothing was changed.</source>
        <translation>No se puede leer este archivo de copia de seguridad: compruebe que la unidad esté conectada y que el archivo esté allí. No se cambió nada.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/store/backup_file.py" line="364"/>
        <source>This backup file cannot be read: check the drive. Nothing was changed.</source>
        <translation>No se puede leer este archivo de copia de seguridad: revise la unidad. No se cambió nada.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/store/casestore.py" line="174"/>
        <source>The database file (shelterplan.db) is missing beside the key file. Restore it from a backup.</source>
        <translation>Falta el archivo de la base de datos (shelterplan.db) junto al archivo de claves. Restáurelo desde una copia de seguridad.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/store/casestore.py" line="322"/>
        <location filename="../../src/shelterplan/store/keyslots.py" line="277"/>
        <source>That recovery key is not right for this store.</source>
        <translation>Esa clave de recuperación no corresponde a esta base de datos.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/store/keyslots.py" line="102"/>
        <location filename="../../src/shelterplan/store/keyslots.py" line="106"/>
        <source>That recovery key is not right. Check each group.</source>
        <translation>Esa clave de recuperación no es correcta. Revise cada grupo.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/store/keyslots.py" line="298"/>
        <source>The data key cannot be changed yet: these workers must each unlock the store once with this version of shelterplan first (or be disabled): {names}.</source>
        <translation>Todavía no se puede cambiar la clave de datos: antes, cada una de estas trabajadoras debe desbloquear la base de datos una vez con esta versión de shelterplan (o su cuenta debe desactivarse): {names}.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/store/keyslots.py" line="308"/>
        <source>The data key cannot be changed yet: this store&apos;s recovery key is of an older kind. Make a new recovery key first, then change the data key.</source>
        <translation>Todavía no se puede cambiar la clave de datos: la clave de recuperación de esta base de datos es de un tipo antiguo. Primero cree una nueva clave de recuperación y luego cambie la clave de datos.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/store/keyslots.py" line="316"/>
        <source>This store has no recovery key: make one first.</source>
        <translation>Esta base de datos no tiene clave de recuperación: primero cree una.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/store/migrate.py" line="31"/>
        <source>This store was written by a newer shelterplan. Install the newer version.</source>
        <translation>Esta base de datos se guardó con una versión más reciente de shelterplan. Instale la versión más reciente.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/store/migrate.py" line="74"/>
        <source>This store has no schema version; it was not made by shelterplan.</source>
        <translation>Esta base de datos no tiene versión de esquema; no la creó shelterplan.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/store/passphrases.py" line="59"/>
        <source>A passphrase needs at least {least} characters: a short sentence of your own is easy to remember.</source>
        <translation>Una frase de contraseña necesita al menos {least} caracteres: una frase corta propia es fácil de recordar.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/store/passphrases.py" line="64"/>
        <source>A passphrase can have at most {most} characters.</source>
        <translation>Una frase de contraseña puede tener como máximo {most} caracteres.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/store/passphrases.py" line="65"/>
        <source>This passphrase is too common: choose a longer phrase of your own.</source>
        <translation>Esta frase de contraseña es demasiado común: elija una frase propia más larga.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/store/passphrases.py" line="68"/>
        <source>A passphrase cannot be your name: choose a phrase of your own.</source>
        <translation>Una frase de contraseña no puede ser su nombre: elija una frase propia.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/reports/printing.py" line="176"/>
        <source>A plan cannot be signed on a date in the future.</source>
        <translation>Un plan no se puede firmar con una fecha futura.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/reports/printing.py" line="181"/>
        <source>Both she and the worker sign the plan: give both names.</source>
        <translation>Tanto ella como la trabajadora firman el plan: escriba los dos nombres.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/reports/printing.py" line="187"/>
        <source>The plan has changed since this copy was printed. Print it again, go over the changes with her, and sign the new copy.</source>
        <translation>El plan cambió desde que se imprimió esta copia. Vuelva a imprimirlo, repase los cambios con ella y firmen la nueva copia.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/reports/printing.py" line="243"/>
        <source>There is no safety plan for this case yet.</source>
        <translation>Todavía no hay plan de seguridad para este caso.</translation>
    </message>
</context>
</TS>
