<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>AccountsDialog</name>
    <message>
        <location filename="../../src/shelterplan/ui/admin/accounts_dialog.py" line="315"/>
        <location filename="../../src/shelterplan/ui/admin/accounts_dialog.py" line="328"/>
        <location filename="../../src/shelterplan/ui/admin/accounts_dialog.py" line="414"/>
        <source>Accounts</source>
        <translation>Cuentas</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/admin/accounts_dialog.py" line="321"/>
        <source>Who can unlock this store, and what each can see. Disabling an account takes her key away at once.</source>
        <translation>Quién puede desbloquear esta base de datos y qué puede ver cada una. Al desactivar una cuenta, se le retira la clave de inmediato.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/admin/accounts_dialog.py" line="343"/>
        <source>&amp;Add…</source>
        <translation>&amp;Agregar…</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/admin/accounts_dialog.py" line="344"/>
        <source>A new account, with her own passphrase</source>
        <translation>Una cuenta nueva, con su propia frase de contraseña</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/admin/accounts_dialog.py" line="345"/>
        <source>&amp;Disable…</source>
        <translation>&amp;Desactivar…</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/admin/accounts_dialog.py" line="346"/>
        <source>She can no longer unlock the store</source>
        <translation>Ya no podrá desbloquear la base de datos</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/admin/accounts_dialog.py" line="347"/>
        <source>&amp;Reset passphrase…</source>
        <translation>&amp;Restablecer frase de contraseña…</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/admin/accounts_dialog.py" line="348"/>
        <source>A forgotten passphrase, with the recovery key</source>
        <translation>Una frase de contraseña olvidada, con la clave de recuperación</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/admin/accounts_dialog.py" line="349"/>
        <source>New re&amp;covery key…</source>
        <translation>Nueva clave de re&amp;cuperación…</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/admin/accounts_dialog.py" line="350"/>
        <source>The old recovery key stops working</source>
        <translation>La clave de recuperación anterior deja de funcionar</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/admin/accounts_dialog.py" line="351"/>
        <source>Rotate data &amp;key…</source>
        <translation>Ca&amp;mbiar la clave de datos…</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/admin/accounts_dialog.py" line="353"/>
        <source>Re-encrypt the store so that old copies of the key file open nothing</source>
        <translation>Volver a cifrar la base de datos para que las copias antiguas del archivo de claves no abran nada</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/admin/accounts_dialog.py" line="441"/>
        <source>Disable an account</source>
        <translation>Desactivar una cuenta</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/admin/accounts_dialog.py" line="443"/>
        <source>{0} will no longer be able to unlock the store; her name stays on her records.

If she may have kept a copy of the store&apos;s files, also change the data key: copies made before then stop opening. This takes a moment, and every other shelterplan window on this store must be closed.</source>
        <translation>{0} ya no podrá desbloquear la base de datos; su nombre se mantiene en sus registros.

Si es posible que haya guardado una copia de los archivos de la base de datos, cambie también la clave de datos: las copias hechas antes dejarán de abrirse. Esto tarda un momento, y todas las demás ventanas de shelterplan abiertas sobre esta base de datos deben estar cerradas.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/admin/accounts_dialog.py" line="449"/>
        <source>Disable</source>
        <translation>Desactivar</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/admin/accounts_dialog.py" line="450"/>
        <source>Disable and change the data key</source>
        <translation>Desactivar y cambiar la clave de datos</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/admin/accounts_dialog.py" line="451"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/admin/accounts_dialog.py" line="480"/>
        <source>Reset passphrase</source>
        <translation>Restablecer frase de contraseña</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/admin/accounts_dialog.py" line="481"/>
        <source>{0} can now unlock the store with her new passphrase.</source>
        <translation>{0} ya puede desbloquear la base de datos con su nueva frase de contraseña.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/admin/accounts_dialog.py" line="490"/>
        <source>New recovery key</source>
        <translation>Nueva clave de recuperación</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/admin/accounts_dialog.py" line="492"/>
        <source>Make a new recovery key? The current one stops working at once. The new one is shown only once: have paper and a pen ready.</source>
        <translation>¿Crear una nueva clave de recuperación? La actual deja de funcionar de inmediato. La nueva se muestra una sola vez: tenga a mano papel y bolígrafo.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/admin/accounts_dialog.py" line="508"/>
        <location filename="../../src/shelterplan/ui/admin/accounts_dialog.py" line="512"/>
        <location filename="../../src/shelterplan/ui/admin/accounts_dialog.py" line="527"/>
        <source>Rotate data key</source>
        <translation>Cambiar la clave de datos</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/admin/accounts_dialog.py" line="514"/>
        <source>Re-encrypt the whole store under a new data key? Every active worker and the recovery key keep working; old copies of the key file stop opening it. Close every other shelterplan window on this store first.</source>
        <translation>¿Volver a cifrar toda la base de datos con una nueva clave de datos? Todas las trabajadoras activas y la clave de recuperación seguirán funcionando; las copias antiguas del archivo de claves dejarán de abrirla. Primero cierre todas las demás ventanas de shelterplan abiertas sobre esta base de datos.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/admin/accounts_dialog.py" line="529"/>
        <source>The store is now encrypted under a new data key. Backups made before now are still under the old one.</source>
        <translation>La base de datos ahora está cifrada con una nueva clave de datos. Las copias de seguridad hechas antes siguen cifradas con la anterior.</translation>
    </message>
</context>
<context>
    <name>AccountsModel</name>
    <message>
        <location filename="../../src/shelterplan/ui/models/accounts_model.py" line="44"/>
        <source>Worker</source>
        <translation>Trabajadora</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/models/accounts_model.py" line="45"/>
        <source>Supervisor</source>
        <translation>Supervisora</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/models/accounts_model.py" line="46"/>
        <source>Admin (no case content)</source>
        <translation>Administradora (sin acceso a casos)</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/models/accounts_model.py" line="51"/>
        <source>Active</source>
        <translation>Activa</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/models/accounts_model.py" line="53"/>
        <source>No passphrase yet</source>
        <translation>Aún sin frase de contraseña</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/models/accounts_model.py" line="54"/>
        <source>Disabled</source>
        <translation>Desactivada</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/models/accounts_model.py" line="62"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/models/accounts_model.py" line="63"/>
        <source>Role</source>
        <translation>Función</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/models/accounts_model.py" line="64"/>
        <source>Administrator</source>
        <translation>Administradora</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/models/accounts_model.py" line="65"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/models/accounts_model.py" line="74"/>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/models/accounts_model.py" line="74"/>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/models/accounts_model.py" line="87"/>
        <source>She can no longer unlock the store.</source>
        <translation>Ya no puede desbloquear la base de datos.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/models/accounts_model.py" line="89"/>
        <source>Add her again to give her a passphrase.</source>
        <translation>Vuelva a agregarla para darle una frase de contraseña.</translation>
    </message>
</context>
<context>
    <name>AddWorkerForm</name>
    <message>
        <location filename="../../src/shelterplan/ui/admin/accounts_dialog.py" line="143"/>
        <source>Add a worker</source>
        <translation>Agregar una trabajadora</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/admin/accounts_dialog.py" line="147"/>
        <source>Her name</source>
        <translation>Su nombre</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/admin/accounts_dialog.py" line="150"/>
        <source>Role</source>
        <translation>Función</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/admin/accounts_dialog.py" line="155"/>
        <source>Also an &amp;administrator (accounts, settings, backups)</source>
        <translation>También &amp;administradora (cuentas, configuración, copias de seguridad)</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/admin/accounts_dialog.py" line="161"/>
        <source>A worker sees her own cases and those shared with her; a supervisor sees every case; an admin manages accounts and settings but sees no case.</source>
        <translation>Una trabajadora ve sus propios casos y los que se comparten con ella; una supervisora ve todos los casos; una administradora gestiona las cuentas y la configuración, pero no ve ningún caso.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/admin/accounts_dialog.py" line="167"/>
        <source>&amp;Name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/admin/accounts_dialog.py" line="168"/>
        <source>&amp;Role</source>
        <translation>&amp;Función</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/admin/accounts_dialog.py" line="175"/>
        <source>Add</source>
        <translation>Agregar</translation>
    </message>
</context>
<context>
    <name>AgencyDialog</name>
    <message>
        <location filename="../../src/shelterplan/ui/admin/agency_dialog.py" line="41"/>
        <source>Agency details for printed plans</source>
        <translation>Datos de la organización para los planes impresos</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/admin/agency_dialog.py" line="48"/>
        <source>Agency name</source>
        <translation>Nombre de la organización</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/admin/agency_dialog.py" line="51"/>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/admin/agency_dialog.py" line="56"/>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/admin/agency_dialog.py" line="59"/>
        <source>Paper size</source>
        <translation>Tamaño del papel</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/admin/agency_dialog.py" line="60"/>
        <source>Letter (8.5 × 11 in)</source>
        <translation>Carta (8,5 × 11 pulg.)</translation>
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
        <translation>Logotipo</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/admin/agency_dialog.py" line="69"/>
        <source>Choose &amp;logo…</source>
        <translation>Elegir &amp;logotipo…</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/admin/agency_dialog.py" line="71"/>
        <source>&amp;Remove logo</source>
        <translation>&amp;Quitar logotipo</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/admin/agency_dialog.py" line="82"/>
        <source>&amp;Name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/admin/agency_dialog.py" line="83"/>
        <source>&amp;Address</source>
        <translation>&amp;Dirección</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/admin/agency_dialog.py" line="84"/>
        <source>&amp;Phone</source>
        <translation>&amp;Teléfono</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/admin/agency_dialog.py" line="85"/>
        <source>Paper si&amp;ze</source>
        <translation>Tamaño del &amp;papel</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/admin/agency_dialog.py" line="89"/>
        <source>The name and logo print at the top of every plan. The address and phone print only on the agency&apos;s copy, never on her take-home copy; her safety plan carries nothing of the agency.</source>
        <translation>El nombre y el logotipo se imprimen en la parte superior de cada plan. La dirección y el teléfono se imprimen solo en la copia de la organización, nunca en la copia personal que ella se lleva; su plan de seguridad no lleva nada de la organización.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/admin/agency_dialog.py" line="130"/>
        <source>No logo</source>
        <translation>Sin logotipo</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/admin/agency_dialog.py" line="135"/>
        <source>Choose the agency&apos;s logo</source>
        <translation>Elegir el logotipo de la organización</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/admin/agency_dialog.py" line="135"/>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Imágenes (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/admin/agency_dialog.py" line="151"/>
        <source>Choose a PNG or JPEG image under 512 KB that this computer can read.</source>
        <translation>Elija una imagen PNG o JPEG de menos de 512 KB que esta computadora pueda leer.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/admin/agency_dialog.py" line="177"/>
        <source>The details were not saved</source>
        <translation>No se guardaron los datos</translation>
    </message>
</context>
<context>
    <name>AssessmentModel</name>
    <message>
        <location filename="../../src/shelterplan/ui/models/assessment_model.py" line="59"/>
        <source>Domain</source>
        <translation>Ámbito</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/models/assessment_model.py" line="60"/>
        <source>Need</source>
        <translation>Necesidad</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/models/assessment_model.py" line="61"/>
        <source>Her priority</source>
        <translation>Su prioridad</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/models/assessment_model.py" line="62"/>
        <source>Situation</source>
        <translation>Situación</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/models/assessment_model.py" line="63"/>
        <source>Risks</source>
        <translation>Riesgos</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/models/assessment_model.py" line="66"/>
        <source>What matters most to her: 1 is the most important, 5 the least.</source>
        <translation>Lo que más le importa a ella: 1 es lo más importante, 5 lo menos.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/models/assessment_model.py" line="72"/>
        <source>⚠ {0}</source>
        <translation>⚠ {0}</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/models/assessment_model.py" line="97"/>
        <source>Assessed on {0}</source>
        <translation>Evaluado el {0}</translation>
    </message>
</context>
<context>
    <name>AuditDialog</name>
    <message>
        <location filename="../../src/shelterplan/ui/audit/audit_dialog.py" line="91"/>
        <location filename="../../src/shelterplan/ui/audit/audit_dialog.py" line="92"/>
        <location filename="../../src/shelterplan/ui/audit/audit_dialog.py" line="450"/>
        <source>Audit trail</source>
        <translation>Registro de auditoría</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/audit/audit_dialog.py" line="100"/>
        <source>Worker</source>
        <translation>Trabajadora</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/audit/audit_dialog.py" line="101"/>
        <source>Any worker</source>
        <translation>Cualquier trabajadora</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/audit/audit_dialog.py" line="105"/>
        <source>Find a client by name</source>
        <translation>Buscar a una participante por nombre</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/audit/audit_dialog.py" line="106"/>
        <source>Type part of her name…</source>
        <translation>Escriba parte de su nombre…</translation>
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
        <translation>Cualquier participante</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/audit/audit_dialog.py" line="114"/>
        <source>Your role reads the audit trail without client names.</source>
        <translation>Con su función, el registro de auditoría se muestra sin nombres de participantes.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/audit/audit_dialog.py" line="121"/>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/audit/audit_dialog.py" line="122"/>
        <source>Any action</source>
        <translation>Cualquier acción</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/audit/audit_dialog.py" line="126"/>
        <source>From date</source>
        <translation>Desde la fecha</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/audit/audit_dialog.py" line="127"/>
        <source>To date (included)</source>
        <translation>Hasta la fecha (incluida)</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/audit/audit_dialog.py" line="128"/>
        <source>C&amp;lear filters</source>
        <translation>&amp;Borrar filtros</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/audit/audit_dialog.py" line="136"/>
        <source>to</source>
        <translation>a</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/audit/audit_dialog.py" line="142"/>
        <source>&amp;Worker:</source>
        <translation>&amp;Trabajadora:</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/audit/audit_dialog.py" line="144"/>
        <source>&amp;Client:</source>
        <translation>&amp;Participante:</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/audit/audit_dialog.py" line="146"/>
        <source>&amp;Action:</source>
        <translation>&amp;Acción:</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/audit/audit_dialog.py" line="148"/>
        <source>&amp;Days:</source>
        <translation>&amp;Días:</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/audit/audit_dialog.py" line="154"/>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/audit/audit_dialog.py" line="161"/>
        <source>Audit trail entries, newest first</source>
        <translation>Entradas del registro de auditoría, las más recientes primero</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/audit/audit_dialog.py" line="179"/>
        <source>How many entries are shown</source>
        <translation>Cuántas entradas se muestran</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/audit/audit_dialog.py" line="180"/>
        <source>Show &amp;more</source>
        <translation>Mostrar &amp;más</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/audit/audit_dialog.py" line="182"/>
        <source>Fetch the next older entries</source>
        <translation>Cargar las siguientes entradas más antiguas</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/audit/audit_dialog.py" line="185"/>
        <source>C&amp;heck the chain</source>
        <translation>&amp;Verificar la cadena</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/audit/audit_dialog.py" line="189"/>
        <source>Check every page of the database and that no entry of the audit trail was changed, removed or reordered (as `shelterplan verify` does)</source>
        <translation>Verificar cada página de la base de datos y que ninguna entrada del registro de auditoría se haya modificado, eliminado ni reordenado (como hace `shelterplan verify`)</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/audit/audit_dialog.py" line="195"/>
        <source>Result of the check</source>
        <translation>Resultado de la verificación</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/audit/audit_dialog.py" line="258"/>
        <source>Any day</source>
        <translation>Cualquier día</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/audit/audit_dialog.py" line="318"/>
        <source>{0} (since {1})</source>
        <translation>{0} (desde {1})</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/audit/audit_dialog.py" line="343"/>
        <source>{0} clients found: pick one to see her entries</source>
        <translation>Se encontraron {0} participantes: elija una para ver sus entradas</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/audit/audit_dialog.py" line="364"/>
        <source>No entries match.</source>
        <translation>Ninguna entrada coincide.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/audit/audit_dialog.py" line="367"/>
        <source>Showing the newest {0} of {1} entries</source>
        <translation>Se muestran las {0} entradas más recientes de {1}</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/audit/audit_dialog.py" line="370"/>
        <source>1 entry</source>
        <translation>1 entrada</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/audit/audit_dialog.py" line="372"/>
        <source>{0} entries</source>
        <translation>{0} entradas</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/audit/audit_dialog.py" line="384"/>
        <source>Checking every page of the store and every entry of the trail…</source>
        <translation>Verificando cada página de la base de datos y cada entrada del registro…</translation>
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
        <translation>El archivo de la base de datos está dañado: algunas de sus páginas no superan la verificación. Deje la base de datos tal como está, no escriba en ella y avise a su administradora; se puede restaurar una copia de seguridad.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/audit/audit_dialog.py" line="410"/>
        <source>The store is intact: every page of the database checks out and the audit trail of {0} entries is unbroken.</source>
        <translation>La base de datos está intacta: todas sus páginas superan la verificación y el registro de auditoría de {0} entradas no tiene interrupciones.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/audit/audit_dialog.py" line="414"/>
        <source>an entry is missing</source>
        <translation>falta una entrada</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/audit/audit_dialog.py" line="416"/>
        <source>it does not follow the entry before it</source>
        <translation>no sigue a la entrada anterior</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/audit/audit_dialog.py" line="418"/>
        <source>the entry was changed</source>
        <translation>la entrada fue modificada</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/audit/audit_dialog.py" line="421"/>
        <source>The audit trail is broken at entry {0} of {1}: {2}.</source>
        <translation>El registro de auditoría se interrumpe en la entrada {0} de {1}: {2}.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/audit/audit_dialog.py" line="426"/>
        <source>That entry reads: {0}.</source>
        <translation>Esa entrada dice: {0}.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/audit/audit_dialog.py" line="428"/>
        <source>Everything up to entry {0} ({1}) checks out.</source>
        <translation>Todo hasta la entrada {0} ({1}) es correcto.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/audit/audit_dialog.py" line="432"/>
        <source>The break is at the very start of the trail.</source>
        <translation>La interrupción está al principio mismo del registro.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/audit/audit_dialog.py" line="437"/>
        <source>The store may have been altered outside the app: keep it as it is and tell your administrator.</source>
        <translation>Es posible que la base de datos se haya modificado fuera de la aplicación: déjela tal como está y avise a su administradora.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/audit/audit_dialog.py" line="443"/>
        <source>no worker named</source>
        <translation>sin trabajadora indicada</translation>
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
        <translation>Cuándo</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/models/audit_model.py" line="158"/>
        <source>Worker</source>
        <translation>Trabajadora</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/models/audit_model.py" line="158"/>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/models/audit_model.py" line="158"/>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/models/audit_model.py" line="161"/>
        <source>In this computer&apos;s local time</source>
        <translation>En la hora local de esta computadora</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/models/audit_model.py" line="162"/>
        <source>Who was signed in (empty: nobody, or a name not known)</source>
        <translation>Quién había iniciado sesión (vacío: nadie, o un nombre desconocido)</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/models/audit_model.py" line="163"/>
        <source>What it was done to, and whose file it belongs to</source>
        <translation>Sobre qué se hizo y a qué expediente pertenece</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/models/audit_model.py" line="184"/>
        <source>Entry {0} of the trail</source>
        <translation>Entrada {0} del registro</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/models/audit_model.py" line="188"/>
        <source>No worker named</source>
        <translation>Sin trabajadora indicada</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/models/audit_model.py" line="205"/>
        <source>{0} · {1}</source>
        <translation>{0} · {1}</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/models/audit_model.py" line="209"/>
        <source>{0} · no longer in the store</source>
        <translation>{0} · ya no está en la base de datos</translation>
    </message>
</context>
<context>
    <name>BackupReminder</name>
    <message>
        <location filename="../../src/shelterplan/ui/admin/backups_dialog.py" line="274"/>
        <source>Backups…</source>
        <translation>Copias de seguridad…</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/admin/backups_dialog.py" line="276"/>
        <source>No backup yet: back up now…</source>
        <translation>Aún no hay copia de seguridad: hacerla ahora…</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/admin/backups_dialog.py" line="278"/>
        <source>Last backup {0} days ago: back up now…</source>
        <translation>Última copia hace {0} días: hacer una ahora…</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/admin/backups_dialog.py" line="281"/>
        <source>Backup folder, reminder and Back up now</source>
        <translation>Carpeta de copias, recordatorio y Hacer copia ahora</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <location filename="../../src/shelterplan/ui/admin/backups_dialog.py" line="60"/>
        <source>Backups</source>
        <translation>Copias de seguridad</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/admin/backups_dialog.py" line="68"/>
        <source>Backup folder</source>
        <translation>Carpeta de copias</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/admin/backups_dialog.py" line="69"/>
        <source>For example a USB drive</source>
        <translation>Por ejemplo, una memoria USB</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/admin/backups_dialog.py" line="70"/>
        <source>C&amp;hoose…</source>
        <translation>&amp;Elegir…</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/admin/backups_dialog.py" line="72"/>
        <location filename="../../src/shelterplan/ui/admin/backups_dialog.py" line="166"/>
        <source>Choose the backup folder</source>
        <translation>Elegir la carpeta de copias</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/admin/backups_dialog.py" line="80"/>
        <source>Remind after this many days without a backup</source>
        <translation>Recordar después de esta cantidad de días sin copia de seguridad</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/admin/backups_dialog.py" line="82"/>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/admin/backups_dialog.py" line="86"/>
        <location filename="../../src/shelterplan/ui/admin/backups_dialog.py" line="118"/>
        <source>Last backup</source>
        <translation>Última copia</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/admin/backups_dialog.py" line="89"/>
        <source>&amp;Back up now</source>
        <translation>&amp;Hacer copia ahora</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/admin/backups_dialog.py" line="91"/>
        <source>Back up now</source>
        <translation>Hacer copia ahora</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/admin/backups_dialog.py" line="95"/>
        <source>Backing up</source>
        <translation>Copia en curso</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/admin/backups_dialog.py" line="100"/>
        <source>Backup result</source>
        <translation>Resultado de la copia</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/admin/backups_dialog.py" line="105"/>
        <source>R&amp;estore from a backup…</source>
        <translation>R&amp;estaurar una copia de seguridad…</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/admin/backups_dialog.py" line="108"/>
        <source>Replace the store with a backup (the store now in use is kept)</source>
        <translation>Reemplazar la base de datos por una copia de seguridad (la base actual se conserva)</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/admin/backups_dialog.py" line="113"/>
        <source>Backup &amp;folder</source>
        <translation>&amp;Carpeta de copias</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/admin/backups_dialog.py" line="117"/>
        <source>&amp;Remind after</source>
        <translation>&amp;Recordar después de</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/admin/backups_dialog.py" line="121"/>
        <source>Each backup is one encrypted file. The recovery key restores it on any computer; an administrator&apos;s passphrase restores it on this computer (and on any computer when the store works with passphrases only). Keep the drive somewhere safe, away from this laptop.</source>
        <translation>Cada copia de seguridad es un único archivo cifrado. La clave de recuperación la restaura en cualquier computadora; la frase de contraseña de una administradora la restaura en esta computadora (y en cualquiera cuando la base de datos funciona solo con frases de contraseña). Guarde la memoria en un lugar seguro, lejos de esta computadora portátil.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/admin/backups_dialog.py" line="155"/>
        <source>Never</source>
        <translation>Nunca</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/admin/backups_dialog.py" line="159"/>
        <source>{0} (today)</source>
        <translation>{0} (hoy)</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/admin/backups_dialog.py" line="161"/>
        <source>{0} ({1} days ago)</source>
        <translation>{0} (hace {1} días)</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/admin/backups_dialog.py" line="183"/>
        <source>The settings were not saved</source>
        <translation>No se guardó la configuración</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/admin/backups_dialog.py" line="200"/>
        <source>Backing up… the app can be used meanwhile.</source>
        <translation>Haciendo la copia… mientras tanto se puede seguir usando la aplicación.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/admin/backups_dialog.py" line="217"/>
        <source>No backup was made</source>
        <translation>No se hizo ninguna copia de seguridad</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/admin/backups_dialog.py" line="221"/>
        <source>Backup written: {0} ({1} MB).</source>
        <translation>Copia guardada: {0} ({1} MB).</translation>
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
        <translation>Etapa</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/models/caseload_model.py" line="191"/>
        <source>Next step</source>
        <translation>Próximo paso</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/models/caseload_model.py" line="192"/>
        <source>Due</source>
        <translation>Vence</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/models/caseload_model.py" line="193"/>
        <source>Overdue</source>
        <translation>Atrasados</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/models/caseload_model.py" line="194"/>
        <source>Last contact</source>
        <translation>Último contacto</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/models/caseload_model.py" line="195"/>
        <source>Worker</source>
        <translation>Trabajadora</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/models/caseload_model.py" line="201"/>
        <source>Her preferred name or alias</source>
        <translation>Su nombre preferido o alias</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/models/caseload_model.py" line="202"/>
        <source>When the next open step is due</source>
        <translation>Cuándo vence el próximo paso pendiente</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/models/caseload_model.py" line="203"/>
        <source>Open steps past their due date</source>
        <translation>Pasos pendientes con la fecha límite vencida</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/models/caseload_model.py" line="204"/>
        <source>The lead worker</source>
        <translation>La trabajadora responsable</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/models/caseload_model.py" line="251"/>
        <source>⚠ {0}</source>
        <translation>⚠ {0}</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/models/caseload_model.py" line="258"/>
        <source>1 step overdue</source>
        <translation>1 paso atrasado</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/models/caseload_model.py" line="259"/>
        <source>{0} steps overdue</source>
        <translation>{0} pasos atrasados</translation>
    </message>
</context>
<context>
    <name>CaseloadView</name>
    <message>
        <location filename="../../src/shelterplan/ui/caseload_view.py" line="63"/>
        <source>Search names, aliases and notes</source>
        <translation>Buscar nombres, alias y notas</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/caseload_view.py" line="64"/>
        <source>Search cases</source>
        <translation>Buscar casos</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/caseload_view.py" line="66"/>
        <source>Searches her preferred name, legal name and notes as you type.</source>
        <translation>Busca en su nombre preferido, su nombre legal y las notas a medida que escribe.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/caseload_view.py" line="70"/>
        <source>&amp;Search</source>
        <translation>&amp;Buscar</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/caseload_view.py" line="75"/>
        <source>My cases</source>
        <translation>Mis casos</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/caseload_view.py" line="76"/>
        <source>All cases</source>
        <translation>Todos los casos</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/caseload_view.py" line="77"/>
        <source>Which cases to show</source>
        <translation>Qué casos mostrar</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/caseload_view.py" line="78"/>
        <source>Sho&amp;w</source>
        <translation>&amp;Mostrar</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/caseload_view.py" line="83"/>
        <source>Worker</source>
        <translation>Trabajadora</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/caseload_view.py" line="84"/>
        <source>Wor&amp;ker</source>
        <translation>&amp;Trabajadora</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/caseload_view.py" line="89"/>
        <source>All phases</source>
        <translation>Todas las etapas</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/caseload_view.py" line="92"/>
        <source>Phase</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/caseload_view.py" line="93"/>
        <source>P&amp;hase</source>
        <translation>&amp;Etapa</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/caseload_view.py" line="96"/>
        <source>Only &amp;overdue</source>
        <translation>Solo &amp;atrasados</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/caseload_view.py" line="98"/>
        <source>Only cases with overdue steps</source>
        <translation>Solo casos con pasos atrasados</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/caseload_view.py" line="102"/>
        <source>Cases</source>
        <translation>Casos</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/caseload_view.py" line="121"/>
        <source>Number of cases</source>
        <translation>Número de casos</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/caseload_view.py" line="183"/>
        <source>Any worker</source>
        <translation>Cualquier trabajadora</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/caseload_view.py" line="257"/>
        <source>{0}+ cases</source>
        <translation>{0}+ casos</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/caseload_view.py" line="265"/>
        <source>1 case</source>
        <translation>1 caso</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/caseload_view.py" line="267"/>
        <source>{0} cases</source>
        <translation>{0} casos</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/caseload_view.py" line="281"/>
        <source>&amp;Open case</source>
        <translation>Abrir &amp;caso</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/caseload_view.py" line="284"/>
        <source>&amp;Sort by</source>
        <translation>&amp;Ordenar por</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/caseload_view.py" line="335"/>
        <source>Caseload</source>
        <translation>Casos a cargo</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../../src/shelterplan/ui/crash.py" line="58"/>
        <source>shelterplan hit a problem</source>
        <translation>shelterplan tuvo un problema</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/crash.py" line="61"/>
        <source>Something unexpected went wrong. Your saved work is safe in the store. Please copy the report below and give it to your administrator; it contains no client information.</source>
        <translation>Ocurrió un error inesperado. Su trabajo guardado está a salvo en la base de datos. Copie el informe de abajo y entrégueselo a su administradora; no contiene información de ninguna participante.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/crash.py" line="69"/>
        <source>Problem report</source>
        <translation>Informe del problema</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/crash.py" line="71"/>
        <source>&amp;Copy report</source>
        <translation>&amp;Copiar informe</translation>
    </message>
</context>
<context>
    <name>DateDelegate</name>
    <message>
        <location filename="../../src/shelterplan/ui/delegates.py" line="84"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/delegates.py" line="87"/>
        <source>No date</source>
        <translation>Sin fecha</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/delegates.py" line="88"/>
        <source>Press Delete for no date.</source>
        <translation>Pulse Supr para dejar sin fecha.</translation>
    </message>
</context>
<context>
    <name>DependantsModel</name>
    <message>
        <location filename="../../src/shelterplan/ui/models/dependants_model.py" line="58"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/models/dependants_model.py" line="59"/>
        <source>Age</source>
        <translation>Edad</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/models/dependants_model.py" line="60"/>
        <source>Relationship</source>
        <translation>Parentesco</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/models/dependants_model.py" line="61"/>
        <location filename="../../src/shelterplan/ui/models/dependants_model.py" line="90"/>
        <source>With her</source>
        <translation>Con ella</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/models/dependants_model.py" line="82"/>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/models/dependants_model.py" line="82"/>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/models/dependants_model.py" line="88"/>
        <source>Age not recorded</source>
        <translation>Edad no registrada</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/models/dependants_model.py" line="90"/>
        <source>Not with her</source>
        <translation>No está con ella</translation>
    </message>
</context>
<context>
    <name>DirectoryDialog</name>
    <message>
        <location filename="../../src/shelterplan/ui/directory_dialog.py" line="149"/>
        <source>Choose a service</source>
        <translation>Elegir un servicio</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/directory_dialog.py" line="149"/>
        <location filename="../../src/shelterplan/ui/directory_dialog.py" line="339"/>
        <location filename="../../src/shelterplan/ui/directory_dialog.py" line="399"/>
        <source>Service directory</source>
        <translation>Directorio de servicios</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/directory_dialog.py" line="162"/>
        <source>Name, languages, eligibility, notes…</source>
        <translation>Nombre, idiomas, requisitos, notas…</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/directory_dialog.py" line="163"/>
        <source>Search the directory</source>
        <translation>Buscar en el directorio</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/directory_dialog.py" line="168"/>
        <location filename="../../src/shelterplan/ui/directory_dialog.py" line="244"/>
        <source>Domain</source>
        <translation>Ámbito</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/directory_dialog.py" line="169"/>
        <source>All domains</source>
        <translation>Todos los ámbitos</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/directory_dialog.py" line="173"/>
        <source>&amp;Search</source>
        <translation>&amp;Buscar</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/directory_dialog.py" line="173"/>
        <source>Do&amp;main</source>
        <translation>Á&amp;mbito</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/directory_dialog.py" line="179"/>
        <source>Services</source>
        <translation>Servicios</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/directory_dialog.py" line="196"/>
        <source>No service matches. Try fewer words.</source>
        <translation>Ningún servicio coincide. Pruebe con menos palabras.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/directory_dialog.py" line="230"/>
        <source>About this service</source>
        <translation>Sobre este servicio</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/directory_dialog.py" line="245"/>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/directory_dialog.py" line="246"/>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/directory_dialog.py" line="247"/>
        <source>Hours</source>
        <translation>Horario</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/directory_dialog.py" line="248"/>
        <source>Eligibility</source>
        <translation>Requisitos</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/directory_dialog.py" line="249"/>
        <source>Languages</source>
        <translation>Idiomas</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/directory_dialog.py" line="250"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/directory_dialog.py" line="265"/>
        <source>&amp;Add…</source>
        <translation>&amp;Agregar…</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/directory_dialog.py" line="266"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/directory_dialog.py" line="267"/>
        <source>Remo&amp;ve</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/directory_dialog.py" line="268"/>
        <source>Take the service out of the directory</source>
        <translation>Quitar el servicio del directorio</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/directory_dialog.py" line="284"/>
        <source>S&amp;hare her details with this service</source>
        <translation>&amp;Compartir sus datos con este servicio</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/directory_dialog.py" line="287"/>
        <source>Only with her consent to sharing with this service, recorded in her case.</source>
        <translation>Solo con su consentimiento para compartir con este servicio, registrado en su caso.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/directory_dialog.py" line="292"/>
        <source>The goal this referral serves</source>
        <translation>La meta a la que responde esta derivación</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/directory_dialog.py" line="293"/>
        <source>No particular goal</source>
        <translation>Ninguna meta en particular</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/directory_dialog.py" line="297"/>
        <source>For &amp;goal</source>
        <translation>&amp;Para la meta</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/directory_dialog.py" line="304"/>
        <source>&amp;Refer her</source>
        <translation>&amp;Derivarla</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/directory_dialog.py" line="360"/>
        <source>No service selected</source>
        <translation>Ningún servicio seleccionado</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/directory_dialog.py" line="364"/>
        <source>Not known</source>
        <translation>Se desconoce</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/directory_dialog.py" line="430"/>
        <source>Take {0} out of the directory? Referrals already made to it keep its name.</source>
        <translation>¿Quitar {0} del directorio? Las derivaciones ya hechas a este servicio conservan su nombre.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/directory_dialog.py" line="432"/>
        <source>Remove service</source>
        <translation>Quitar servicio</translation>
    </message>
</context>
<context>
    <name>FigurePanel</name>
    <message>
        <location filename="../../src/shelterplan/ui/reports/figure_panel.py" line="50"/>
        <source>Chart</source>
        <translation>Gráfico</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/reports/figure_panel.py" line="65"/>
        <source>Table</source>
        <translation>Tabla</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/reports/figure_panel.py" line="78"/>
        <source>&amp;Chart</source>
        <translation>&amp;Gráfico</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/reports/figure_panel.py" line="79"/>
        <source>T&amp;able</source>
        <translation>&amp;Tabla</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/reports/figure_panel.py" line="96"/>
        <source>{0}: chart</source>
        <translation>{0}: gráfico</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/reports/figure_panel.py" line="97"/>
        <source>The same figures are in the Table tab.</source>
        <translation>Las mismas cifras están en la pestaña Tabla.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/reports/figure_panel.py" line="98"/>
        <source>{0}: table</source>
        <translation>{0}: tabla</translation>
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
        <translation>Su escritorio</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/main_window.py" line="81"/>
        <location filename="../../src/shelterplan/ui/main_window.py" line="129"/>
        <source>Caseload</source>
        <translation>Casos a cargo</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/main_window.py" line="82"/>
        <location filename="../../src/shelterplan/ui/main_window.py" line="130"/>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/main_window.py" line="83"/>
        <location filename="../../src/shelterplan/ui/main_window.py" line="131"/>
        <location filename="../../src/shelterplan/ui/main_window.py" line="366"/>
        <location filename="../../src/shelterplan/ui/main_window.py" line="410"/>
        <source>Case</source>
        <translation>Caso</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/main_window.py" line="112"/>
        <source>Main</source>
        <translation>Principal</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/main_window.py" line="120"/>
        <source>{0} ({1})</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/main_window.py" line="132"/>
        <source>&amp;Find a client</source>
        <translation>&amp;Buscar una participante</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/main_window.py" line="133"/>
        <source>&amp;New client…</source>
        <translation>&amp;Nueva participante…</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/main_window.py" line="134"/>
        <source>&amp;Lock</source>
        <translation>B&amp;loquear</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/main_window.py" line="135"/>
        <source>Lock now (Ctrl+L): hides every client detail</source>
        <translation>Bloquear ahora (Ctrl+L): oculta todos los datos de las participantes</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/main_window.py" line="137"/>
        <source>&amp;Audit trail…</source>
        <translation>&amp;Registro de auditoría…</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/main_window.py" line="139"/>
        <source>A&amp;ccounts…</source>
        <translation>&amp;Cuentas…</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/main_window.py" line="140"/>
        <source>A&amp;gency details…</source>
        <translation>&amp;Datos de la organización…</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/main_window.py" line="142"/>
        <source>The agency&apos;s name, address and logo on printed plans</source>
        <translation>El nombre, la dirección y el logotipo de la organización en los planes impresos</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/main_window.py" line="144"/>
        <source>&amp;Retention…</source>
        <translation>&amp;Conservación…</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/main_window.py" line="146"/>
        <source>How long closed cases are kept, and purging older ones</source>
        <translation>Cuánto tiempo se conservan los casos cerrados, y depuración de los más antiguos</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/main_window.py" line="149"/>
        <source>&amp;Outcomes…</source>
        <translation>Res&amp;ultados…</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/main_window.py" line="190"/>
        <source> · passphrase-only mode</source>
        <translation> · modo solo con frase de contraseña</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/main_window.py" line="191"/>
        <source>Signed in as {0}</source>
        <translation>Sesión iniciada como {0}</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/main_window.py" line="224"/>
        <source>Safety plan</source>
        <translation>Plan de seguridad</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/main_window.py" line="226"/>
        <source>The case is created. Would she like to make her safety plan now? (You can also do it later from the Safety plan tab.)</source>
        <translation>El caso está creado. ¿Quiere hacer su plan de seguridad ahora? (También puede hacerlo más tarde desde la pestaña Plan de seguridad.)</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/main_window.py" line="418"/>
        <source>Case: {0}</source>
        <translation>Caso: {0}</translation>
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
        <translation>Resultados</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/reports/dashboard.py" line="77"/>
        <source>Outcome reports</source>
        <translation>Informes de resultados</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/reports/dashboard.py" line="101"/>
        <source>Save &amp;PDF report…</source>
        <translation>Guardar informe &amp;PDF…</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/reports/dashboard.py" line="103"/>
        <source>Save the report as a PDF file (not encrypted)</source>
        <translation>Guardar el informe como archivo PDF (sin cifrar)</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/reports/dashboard.py" line="105"/>
        <source>Save &amp;CSV…</source>
        <translation>Guardar &amp;CSV…</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/reports/dashboard.py" line="107"/>
        <source>Save every table as a CSV file (not encrypted)</source>
        <translation>Guardar cada tabla como archivo CSV (sin cifrar)</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/reports/dashboard.py" line="109"/>
        <source>&amp;Export for funders…</source>
        <translation>&amp;Exportar para financiadores…</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/reports/dashboard.py" line="112"/>
        <source>Save the de-identified export for funders: no names, small counts hidden</source>
        <translation>Guardar la exportación anonimizada para financiadores: sin nombres y con los recuentos pequeños ocultos</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/reports/dashboard.py" line="115"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/reports/dashboard.py" line="133"/>
        <source>Period starts on</source>
        <translation>El período empieza el</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/reports/dashboard.py" line="134"/>
        <source>Period ends on</source>
        <translation>El período termina el</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/reports/dashboard.py" line="137"/>
        <source>Group by month or quarter</source>
        <translation>Agrupar por mes o trimestre</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/reports/dashboard.py" line="138"/>
        <source>Month</source>
        <translation>Mes</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/reports/dashboard.py" line="139"/>
        <source>Quarter</source>
        <translation>Trimestre</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/reports/dashboard.py" line="145"/>
        <source>Program</source>
        <translation>Programa</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/reports/dashboard.py" line="148"/>
        <source>Lead worker</source>
        <translation>Trabajadora responsable</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/reports/dashboard.py" line="151"/>
        <source>&amp;From</source>
        <translation>&amp;Desde</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/reports/dashboard.py" line="152"/>
        <source>&amp;To</source>
        <translation>&amp;Hasta</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/reports/dashboard.py" line="153"/>
        <source>&amp;By</source>
        <translation>Po&amp;r</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/reports/dashboard.py" line="154"/>
        <source>Pro&amp;gram</source>
        <translation>Pro&amp;grama</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/reports/dashboard.py" line="155"/>
        <source>&amp;Worker</source>
        <translation>&amp;Trabajadora</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/reports/dashboard.py" line="187"/>
        <source>All programs</source>
        <translation>Todos los programas</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/reports/dashboard.py" line="188"/>
        <source>All workers</source>
        <translation>Todas las trabajadoras</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/reports/dashboard.py" line="251"/>
        <source>Figures as of {0} · {1} cases in the period</source>
        <translation>Datos al {0} · {1} casos en el período</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/reports/dashboard.py" line="277"/>
        <source>Export for funders</source>
        <translation>Exportar para financiadores</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/reports/dashboard.py" line="279"/>
        <source>Saved {0}. It holds aggregate figures for the whole agency over the period, with counts under 5 hidden; the export is recorded in the audit trail.</source>
        <translation>Se guardó {0}. Contiene datos agregados de toda la organización durante el período, con los recuentos menores de 5 ocultos; la exportación queda anotada en el registro de auditoría.</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <location filename="../../src/shelterplan/ui/printing/pdf_preview.py" line="38"/>
        <source>Preview of the document</source>
        <translation>Vista previa del documento</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/printing/pdf_preview.py" line="59"/>
        <source>Zoom out</source>
        <translation>Alejar</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/printing/pdf_preview.py" line="61"/>
        <source>Zoom in</source>
        <translation>Acercar</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/printing/pdf_preview.py" line="64"/>
        <source>Fit width</source>
        <translation>Ajustar al ancho</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/printing/pdf_preview.py" line="64"/>
        <source>Fit the page to the width</source>
        <translation>Ajustar la página al ancho</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/printing/pdf_preview.py" line="98"/>
        <location filename="../../src/shelterplan/ui/printing/pdf_preview.py" line="151"/>
        <source>Nothing to show yet.</source>
        <translation>Todavía no hay nada que mostrar.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/printing/pdf_preview.py" line="121"/>
        <source>This document cannot be shown: it is damaged or not a PDF. Close this window and try again; if it happens again, tell your administrator.</source>
        <translation>No se puede mostrar este documento: está dañado o no es un PDF. Cierre esta ventana y vuelva a intentarlo; si vuelve a ocurrir, avise a su administradora.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/printing/pdf_preview.py" line="205"/>
        <source>{0} %</source>
        <translation>{0} %</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/printing/pdf_preview.py" line="215"/>
        <source>Page {0} of {1}</source>
        <translation>Página {0} de {1}</translation>
    </message>
</context>
<context>
    <name>PlanTreeModel</name>
    <message>
        <location filename="../../src/shelterplan/ui/models/plan_tree_model.py" line="51"/>
        <source>Open</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/models/plan_tree_model.py" line="52"/>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/models/plan_tree_model.py" line="53"/>
        <source>Missed</source>
        <translation>No realizado</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/models/plan_tree_model.py" line="54"/>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/models/plan_tree_model.py" line="57"/>
        <source>Active</source>
        <translation>En curso</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/models/plan_tree_model.py" line="58"/>
        <source>Achieved</source>
        <translation>Lograda</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/models/plan_tree_model.py" line="59"/>
        <source>Set aside</source>
        <translation>En pausa</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/models/plan_tree_model.py" line="62"/>
        <source>Client</source>
        <translation>Participante</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/models/plan_tree_model.py" line="63"/>
        <source>Worker</source>
        <translation>Trabajadora</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/models/plan_tree_model.py" line="64"/>
        <source>Provider</source>
        <translation>Servicio externo</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/models/plan_tree_model.py" line="65"/>
        <source>Support person</source>
        <translation>Persona de apoyo</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/models/plan_tree_model.py" line="68"/>
        <source>Long-term goal</source>
        <translation>Meta a largo plazo</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/models/plan_tree_model.py" line="69"/>
        <source>Intermediate goal</source>
        <translation>Meta intermedia</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/models/plan_tree_model.py" line="72"/>
        <source>Long-term goal: {0}</source>
        <translation>Meta a largo plazo: {0}</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/models/plan_tree_model.py" line="73"/>
        <source>Intermediate goal: {0}</source>
        <translation>Meta intermedia: {0}</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/models/plan_tree_model.py" line="76"/>
        <source>Safety</source>
        <translation>Seguridad</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/models/plan_tree_model.py" line="77"/>
        <source>Housing</source>
        <translation>Vivienda</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/models/plan_tree_model.py" line="78"/>
        <source>Income</source>
        <translation>Ingresos</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/models/plan_tree_model.py" line="79"/>
        <source>Physical health</source>
        <translation>Salud física</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/models/plan_tree_model.py" line="80"/>
        <source>Mental health</source>
        <translation>Salud mental</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/models/plan_tree_model.py" line="81"/>
        <source>Substance use</source>
        <translation>Consumo de sustancias</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/models/plan_tree_model.py" line="82"/>
        <source>Legal and justice</source>
        <translation>Asuntos legales</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/models/plan_tree_model.py" line="83"/>
        <source>Immigration</source>
        <translation>Inmigración</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/models/plan_tree_model.py" line="84"/>
        <source>Children</source>
        <translation>Hijas e hijos</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/models/plan_tree_model.py" line="85"/>
        <source>Education and employment</source>
        <translation>Estudios y empleo</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/models/plan_tree_model.py" line="86"/>
        <source>Social support</source>
        <translation>Apoyo social</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/models/plan_tree_model.py" line="87"/>
        <source>Culture</source>
        <translation>Cultura</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/models/plan_tree_model.py" line="286"/>
        <source>Goal or step</source>
        <translation>Meta o paso</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/models/plan_tree_model.py" line="287"/>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/models/plan_tree_model.py" line="288"/>
        <source>Due</source>
        <translation>Vence</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/models/plan_tree_model.py" line="289"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/models/plan_tree_model.py" line="290"/>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/models/plan_tree_model.py" line="321"/>
        <source>Target {0}</source>
        <translation>Prevista para {0}</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/models/plan_tree_model.py" line="330"/>
        <source>Domain: {0}</source>
        <translation>Ámbito: {0}</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/models/plan_tree_model.py" line="332"/>
        <source>A concurrent theme, worked on alongside the plan.</source>
        <translation>Un tema paralelo, que se trabaja a la par del plan.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/models/plan_tree_model.py" line="374"/>
        <source>{0}  (agency copy only)</source>
        <comment>an item left off her copy</comment>
        <translation>{0}  (solo en la copia de la organización)</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/models/plan_tree_model.py" line="383"/>
        <source>Overdue: {0}</source>
        <translation>Atrasado: {0}</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/models/plan_tree_model.py" line="388"/>
        <source>{0}: {1}</source>
        <comment>outcome date: what happened</comment>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/models/plan_tree_model.py" line="395"/>
        <source>This step is overdue: it is still open and was due {0}.</source>
        <translation>Este paso está atrasado: sigue pendiente y vencía el {0}.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/models/plan_tree_model.py" line="403"/>
        <source>{0}: {1}</source>
        <comment>party: name</comment>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/models/plan_tree_model.py" line="410"/>
        <source>Appointment: {0} at {1}</source>
        <translation>Cita: {0} a las {1}</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/models/plan_tree_model.py" line="412"/>
        <source>Where: {0}</source>
        <translation>Dónde: {0}</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/models/plan_tree_model.py" line="414"/>
        <source>Instructions: {0}</source>
        <translation>Indicaciones: {0}</translation>
    </message>
</context>
<context>
    <name>PrintDialog</name>
    <message>
        <location filename="../../src/shelterplan/ui/printing/print_dialog.py" line="118"/>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/printing/print_dialog.py" line="120"/>
        <source>Save as P&amp;DF…</source>
        <translation>Guardar como P&amp;DF…</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/printing/print_dialog.py" line="121"/>
        <source>Save a copy on disk (not encrypted)</source>
        <translation>Guardar una copia en el disco (sin cifrar)</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/printing/print_dialog.py" line="177"/>
        <source>Language of the document</source>
        <translation>Idioma del documento</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/printing/print_dialog.py" line="182"/>
        <source>Document &amp;language</source>
        <translation>Idio&amp;ma del documento</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/printing/print_dialog.py" line="185"/>
        <source>Options</source>
        <translation>Opciones</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/printing/print_dialog.py" line="277"/>
        <source>These characters cannot be printed with the document font and show as boxes: {0}</source>
        <translation>Estos caracteres no se pueden imprimir con la fuente del documento y aparecen como recuadros: {0}</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/printing/print_dialog.py" line="306"/>
        <source>Print</source>
        <translation>Imprimir</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/printing/print_dialog.py" line="341"/>
        <source>Not printed</source>
        <translation>No se imprimió</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/printing/print_dialog.py" line="344"/>
        <source>No page was in the range chosen; nothing printed.</source>
        <translation>Ninguna página estaba en el intervalo elegido; no se imprimió nada.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/shelterplan/ui/printing/print_dialog.py" line="346"/>
        <source>Sent %n page(s) to the printer.</source>
        <translation>
            <numerusform>Se envió %n página a la impresora.</numerusform>
            <numerusform>Se enviaron %n páginas a la impresora.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/printing/print_dialog.py" line="358"/>
        <source>Saved a copy as {0}.</source>
        <translation>Se guardó una copia como {0}.</translation>
    </message>
</context>
<context>
    <name>PurgePrompt</name>
    <message>
        <location filename="../../src/shelterplan/ui/admin/retention_dialog.py" line="55"/>
        <source>Purge closed cases</source>
        <translation>Depurar casos cerrados</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/admin/retention_dialog.py" line="57"/>
        <source>This erases {0} client file(s) for good: every record of their {1} case(s), all closed before {2}. It cannot be undone.

Backups made before still hold these files; restoring one erases them again.</source>
        <translation>Esto borra para siempre {0} expediente(s) de participante: todos los registros de sus {1} caso(s), todos cerrados antes del {2}. No se puede deshacer.

Las copias de seguridad anteriores todavía contienen estos expedientes; al restaurar una, se vuelven a borrar.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/admin/retention_dialog.py" line="63"/>
        <source>{0} old case(s) stay because their client has a more recent or open case.</source>
        <translation>{0} caso(s) antiguo(s) se conservan porque su participante tiene un caso más reciente o abierto.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/admin/retention_dialog.py" line="69"/>
        <source>I understand: erase these {0} client file(s) for good.</source>
        <translation>Entiendo: borrar para siempre estos {0} expediente(s).</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/admin/retention_dialog.py" line="76"/>
        <source>&amp;Erase for good</source>
        <translation>&amp;Borrar para siempre</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
    <message>
        <location filename="../../src/shelterplan/ui/admin/accounts_dialog.py" line="259"/>
        <source>New recovery key</source>
        <translation>Nueva clave de recuperación</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/admin/accounts_dialog.py" line="262"/>
        <source>&lt;b&gt;Write this recovery key down now and keep it locked away.&lt;/b&gt; It is shown only this once. The old recovery key no longer opens the store. Without a recovery key, a forgotten passphrase cannot be reset.</source>
        <translation>&lt;b&gt;Anote esta clave de recuperación ahora y guárdela bajo llave.&lt;/b&gt; Se muestra solo esta vez. La clave de recuperación anterior ya no abre la base de datos. Sin una clave de recuperación, no se puede restablecer una frase de contraseña olvidada.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/admin/accounts_dialog.py" line="272"/>
        <source>The new recovery key</source>
        <translation>La nueva clave de recuperación</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/admin/accounts_dialog.py" line="280"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/admin/accounts_dialog.py" line="281"/>
        <source>The clipboard is cleared after a minute</source>
        <translation>El portapapeles se vacía al cabo de un minuto</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/admin/accounts_dialog.py" line="287"/>
        <source>I have written it down</source>
        <translation>Ya la anoté</translation>
    </message>
</context>
<context>
    <name>ResetPassphraseForm</name>
    <message>
        <location filename="../../src/shelterplan/ui/admin/accounts_dialog.py" line="213"/>
        <source>Reset a forgotten passphrase</source>
        <translation>Restablecer una frase de contraseña olvidada</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/admin/accounts_dialog.py" line="217"/>
        <source>Give {0} a new passphrase. The store&apos;s recovery key is needed; her old passphrase stops working.</source>
        <translation>Dé a {0} una nueva frase de contraseña. Se necesita la clave de recuperación de la base de datos; su frase de contraseña anterior deja de funcionar.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/admin/accounts_dialog.py" line="222"/>
        <source>Recovery key</source>
        <translation>Clave de recuperación</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/admin/accounts_dialog.py" line="227"/>
        <source>Recovery &amp;key</source>
        <translation>&amp;Clave de recuperación</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/admin/accounts_dialog.py" line="231"/>
        <source>Set passphrase</source>
        <translation>Establecer frase de contraseña</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../src/shelterplan/ui/admin/restore_dialog.py" line="72"/>
        <source>Restore from a backup</source>
        <translation>Restaurar una copia de seguridad</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/admin/restore_dialog.py" line="88"/>
        <source>Backup file</source>
        <translation>Archivo de copia de seguridad</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/admin/restore_dialog.py" line="90"/>
        <source>C&amp;hoose…</source>
        <translation>&amp;Elegir…</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/admin/restore_dialog.py" line="92"/>
        <source>Choose the backup file</source>
        <translation>Elegir el archivo de copia de seguridad</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/admin/restore_dialog.py" line="100"/>
        <source>Backup made on</source>
        <translation>Copia hecha el</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/admin/restore_dialog.py" line="103"/>
        <source>What the backup replaces</source>
        <translation>Lo que la copia reemplaza</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/admin/restore_dialog.py" line="106"/>
        <source>&amp;The recovery key</source>
        <translation>&amp;La clave de recuperación</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/admin/restore_dialog.py" line="108"/>
        <source>An &amp;administrator&apos;s passphrase</source>
        <translation>La frase de contraseña de una &amp;administradora</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/admin/restore_dialog.py" line="121"/>
        <source>Recovery key</source>
        <translation>Clave de recuperación</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/admin/restore_dialog.py" line="123"/>
        <source>Groups of four letters and digits</source>
        <translation>Grupos de cuatro letras y dígitos</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/admin/restore_dialog.py" line="127"/>
        <source>Administrator&apos;s name</source>
        <translation>Nombre de la administradora</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/admin/restore_dialog.py" line="130"/>
        <source>Administrator&apos;s passphrase</source>
        <translation>Frase de contraseña de la administradora</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/admin/restore_dialog.py" line="139"/>
        <source>Give the recovery key (shown once when the store was made, and kept on paper), or the name and passphrase of an administrator as they were when the backup was made.</source>
        <translation>Escriba la clave de recuperación (mostrada una sola vez al crear la base de datos y guardada en papel), o el nombre y la frase de contraseña de una administradora tal como eran cuando se hizo la copia.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/admin/restore_dialog.py" line="163"/>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/admin/restore_dialog.py" line="168"/>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurar</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/admin/restore_dialog.py" line="170"/>
        <source>Restore this backup</source>
        <translation>Restaurar esta copia de seguridad</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/admin/restore_dialog.py" line="174"/>
        <source>Restoring</source>
        <translation>Restaurando</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/admin/restore_dialog.py" line="185"/>
        <source>Restore status</source>
        <translation>Estado de la restauración</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/admin/restore_dialog.py" line="193"/>
        <source>Backup &amp;file</source>
        <translation>&amp;Archivo de copia</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/admin/restore_dialog.py" line="196"/>
        <source>Made on</source>
        <translation>Hecha el</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/admin/restore_dialog.py" line="197"/>
        <source>Replaces</source>
        <translation>Reemplaza</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/admin/restore_dialog.py" line="198"/>
        <source>Open it with</source>
        <translation>Abrirla con</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/admin/restore_dialog.py" line="199"/>
        <source>Recovery &amp;key</source>
        <translation>&amp;Clave de recuperación</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/admin/restore_dialog.py" line="200"/>
        <source>Administrator&apos;s &amp;name</source>
        <translation>&amp;Nombre de la administradora</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/admin/restore_dialog.py" line="201"/>
        <source>&amp;Passphrase</source>
        <translation>&amp;Frase de contraseña</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/admin/restore_dialog.py" line="245"/>
        <source>Choose a backup file.</source>
        <translation>Elija un archivo de copia de seguridad.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/admin/restore_dialog.py" line="255"/>
        <source>{0} ({1} MB)</source>
        <translation>{0} ({1} MB)</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/admin/restore_dialog.py" line="258"/>
        <source>The store now in this folder, with everything recorded in it.</source>
        <translation>La base de datos que está ahora en esta carpeta, con todo lo que tiene registrado.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/admin/restore_dialog.py" line="262"/>
        <source>The store now in use is not changed until the restored one has passed every check. It is then kept, not deleted, in a folder named replaced-… beside it. shelterplan then locks, and you sign in to the restored store.</source>
        <translation>La base de datos actual no cambia hasta que la restaurada haya pasado todas las comprobaciones. Después se conserva, sin borrarla, en una carpeta llamada replaced-… a su lado. Luego shelterplan se bloquea y usted inicia sesión en la base restaurada.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/admin/restore_dialog.py" line="270"/>
        <source>Replace the store in this folder with this backup of {0}. What was recorded after {0} is not in the backup (files erased since then are erased again).</source>
        <translation>Reemplazar la base de datos de esta carpeta por esta copia del {0}. Lo registrado después del {0} no está en la copia (los expedientes borrados desde entonces se vuelven a borrar).</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/admin/restore_dialog.py" line="276"/>
        <source>Nothing: this folder has no store yet.</source>
        <translation>Nada: esta carpeta todavía no tiene base de datos.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/admin/restore_dialog.py" line="279"/>
        <source>Nothing in this folder is written until the backup has passed every check. Then you sign in to the restored store.</source>
        <translation>No se escribe nada en esta carpeta hasta que la copia haya pasado todas las comprobaciones. Después usted inicia sesión en la base restaurada.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/admin/restore_dialog.py" line="284"/>
        <source>Put this backup of {0} in this folder as its store.</source>
        <translation>Poner esta copia del {0} en esta carpeta como su base de datos.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/admin/restore_dialog.py" line="326"/>
        <source>Checking the backup… The store in this folder is not changed meanwhile.</source>
        <translation>Comprobando la copia… Mientras tanto, la base de datos de esta carpeta no cambia.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/admin/restore_dialog.py" line="341"/>
        <source>The backup passed every check. Putting it in place…</source>
        <translation>La copia pasó todas las comprobaciones. Colocándola…</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/admin/restore_dialog.py" line="377"/>
        <source>The store in this folder was not changed. shelterplan is locked: sign in again to go on working.</source>
        <translation>La base de datos de esta carpeta no cambió. shelterplan está bloqueado: inicie sesión de nuevo para seguir trabajando.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/admin/restore_dialog.py" line="404"/>
        <source>The backup of {0} is restored; it passed every check.</source>
        <translation>La copia del {0} está restaurada; pasó todas las comprobaciones.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/admin/restore_dialog.py" line="409"/>
        <source>The store it replaced is kept in {0}.</source>
        <translation>La base de datos reemplazada se conserva en {0}.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/admin/restore_dialog.py" line="413"/>
        <source>The replaced store could not be read, so files erased after this backup could not be erased again: check that no erased client came back.</source>
        <translation>No se pudo leer la base reemplazada, así que los expedientes borrados después de esta copia no se pudieron volver a borrar: compruebe que ninguna participante borrada haya vuelto.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/admin/restore_dialog.py" line="419"/>
        <source>{0} client file(s) erased after the backup were erased again.</source>
        <translation>{0} expediente(s) borrado(s) después de la copia se volvieron a borrar.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/admin/restore_dialog.py" line="424"/>
        <source>It was updated to this version of shelterplan.</source>
        <translation>Se actualizó a esta versión de shelterplan.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/admin/restore_dialog.py" line="428"/>
        <source>It was tied to another laptop, so the passphrases do not open it here: with the recovery key, an administrator gives each worker a new passphrase (shelterplan worker reset-passphrase NAME).</source>
        <translation>Estaba vinculada a otra computadora portátil, así que las frases de contraseña no la abren aquí: con la clave de recuperación, una administradora da a cada trabajadora una nueva frase de contraseña (shelterplan worker reset-passphrase NOMBRE).</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/admin/restore_dialog.py" line="436"/>
        <source>These accounts cannot sign in until an administrator sets a new passphrase: {0}.</source>
        <translation>Estas cuentas no pueden iniciar sesión hasta que una administradora les dé una nueva frase de contraseña: {0}.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/admin/restore_dialog.py" line="440"/>
        <source>Sign in to the restored store on the unlock screen.</source>
        <translation>Inicie sesión en la base restaurada en la pantalla de desbloqueo.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/admin/restore_dialog.py" line="456"/>
        <source>Choose the backup to restore</source>
        <translation>Elegir la copia que se va a restaurar</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/admin/restore_dialog.py" line="458"/>
        <source>shelterplan backups (*.spbackup);;All files (*)</source>
        <translation>Copias de shelterplan (*.spbackup);;Todos los archivos (*)</translation>
    </message>
</context>
<context>
    <name>RetentionDialog</name>
    <message>
        <location filename="../../src/shelterplan/ui/admin/retention_dialog.py" line="101"/>
        <source>Retention of closed cases</source>
        <translation>Conservación de casos cerrados</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/admin/retention_dialog.py" line="108"/>
        <source>&amp;Purge closed cases after</source>
        <translation>&amp;Depurar los casos cerrados después de</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/admin/retention_dialog.py" line="112"/>
        <source>Years to keep closed cases</source>
        <translation>Años que se conservan los casos cerrados</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/admin/retention_dialog.py" line="114"/>
        <source> years</source>
        <translation> años</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/admin/retention_dialog.py" line="122"/>
        <source>Closed cases older than the period</source>
        <translation>Casos cerrados más antiguos que el período</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/admin/retention_dialog.py" line="126"/>
        <source>Purge &amp;now…</source>
        <translation>Depurar &amp;ahora…</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/admin/retention_dialog.py" line="128"/>
        <source>Purge now</source>
        <translation>Depurar ahora</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/admin/retention_dialog.py" line="132"/>
        <source>Purging</source>
        <translation>Depurando</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/admin/retention_dialog.py" line="143"/>
        <source>Purge result</source>
        <translation>Resultado de la depuración</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/admin/retention_dialog.py" line="148"/>
        <source>Nothing is erased by itself: an administrator purges when the agency&apos;s rules say so. A client is erased only when all her cases are closed and older than the period; a client with a more recent or open case keeps her whole file. Backups made before still hold erased files, and restoring one erases them again.</source>
        <translation>Nada se borra solo: una administradora depura cuando las reglas de la organización lo indican. Una participante se borra solo si todos sus casos están cerrados y son más antiguos que el período; una participante con un caso más reciente o abierto conserva todo su expediente. Las copias anteriores todavía contienen los expedientes borrados, y al restaurar una se vuelven a borrar.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/admin/retention_dialog.py" line="166"/>
        <source>Now</source>
        <translation>Ahora</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/admin/retention_dialog.py" line="218"/>
        <source>Off: closed cases are kept until someone erases them.</source>
        <translation>Desactivado: los casos cerrados se conservan hasta que alguien los borre.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/admin/retention_dialog.py" line="224"/>
        <source>{0} closed case(s) were closed before {1}: purging would erase {2} client file(s) ({3} case(s)); {4} case(s) stay because their client has a more recent or open case.</source>
        <translation>{0} caso(s) se cerraron antes del {1}: la depuración borraría {2} expediente(s) ({3} caso(s)); {4} caso(s) se conservan porque su participante tiene un caso más reciente o abierto.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/admin/retention_dialog.py" line="249"/>
        <source>The setting was not saved</source>
        <translation>La configuración no se guardó</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/admin/retention_dialog.py" line="265"/>
        <source>Nothing was erased</source>
        <translation>No se borró nada</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/admin/retention_dialog.py" line="273"/>
        <source>Nothing was erased.</source>
        <translation>No se borró nada.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/admin/retention_dialog.py" line="285"/>
        <source>Erasing, then rewriting the store file… this can take a minute.</source>
        <translation>Borrando y luego reescribiendo el archivo de la base de datos… puede tardar un minuto.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/admin/retention_dialog.py" line="304"/>
        <source>The purge did not finish</source>
        <translation>La depuración no terminó</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/admin/retention_dialog.py" line="308"/>
        <source>Erased {0} client file(s) with {1} case(s).</source>
        <translation>Se borraron {0} expediente(s) con {1} caso(s).</translation>
    </message>
</context>
<context>
    <name>ScreenTerms</name>
    <message>
        <location filename="../../src/shelterplan/ui/reports/screen_terms.py" line="31"/>
        <source>Outcome report</source>
        <translation>Informe de resultados</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/reports/screen_terms.py" line="32"/>
        <source>{start} to {end}</source>
        <translation>Del {start} al {end}</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/reports/screen_terms.py" line="33"/>
        <source>Program</source>
        <translation>Programa</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/reports/screen_terms.py" line="34"/>
        <source>All programs</source>
        <translation>Todos los programas</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/reports/screen_terms.py" line="35"/>
        <source>Lead worker</source>
        <translation>Trabajadora responsable</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/reports/screen_terms.py" line="36"/>
        <source>All workers</source>
        <translation>Todas las trabajadoras</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/reports/screen_terms.py" line="37"/>
        <source>Grouped by</source>
        <translation>Agrupado por</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/reports/screen_terms.py" line="38"/>
        <source>month</source>
        <translation>mes</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/reports/screen_terms.py" line="39"/>
        <source>quarter</source>
        <translation>trimestre</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/reports/screen_terms.py" line="40"/>
        <source>Figures as of {date}</source>
        <translation>Datos al {date}</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/reports/screen_terms.py" line="41"/>
        <source>Q{quarter} {year}</source>
        <translation>T{quarter} {year}</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/reports/screen_terms.py" line="42"/>
        <source>Nothing in this period.</source>
        <translation>Nada en este período.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/reports/screen_terms.py" line="43"/>
        <source>Active cases per worker</source>
        <translation>Casos activos por trabajadora</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/reports/screen_terms.py" line="45"/>
        <source>Cases open at some time in the period, by lead worker.</source>
        <translation>Casos abiertos en algún momento del período, por trabajadora responsable.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/reports/screen_terms.py" line="47"/>
        <source>Overdue steps per worker</source>
        <translation>Pasos atrasados por trabajadora</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/reports/screen_terms.py" line="49"/>
        <source>Steps still to do whose deadline fell in the period, before today (closed cases left out), by lead worker.</source>
        <translation>Pasos pendientes cuya fecha límite cayó en el período, antes de hoy (sin los casos cerrados), por trabajadora responsable.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/reports/screen_terms.py" line="52"/>
        <source>Goals achieved by domain</source>
        <translation>Metas logradas por ámbito</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/reports/screen_terms.py" line="54"/>
        <source>Goals marked achieved, by the date they were achieved.</source>
        <translation>Metas marcadas como logradas, según la fecha en que se lograron.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/reports/screen_terms.py" line="56"/>
        <source>Days from intake to a housing goal achieved</source>
        <translation>Días desde el ingreso hasta una meta de vivienda lograda</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/reports/screen_terms.py" line="58"/>
        <source>Median, per case, of the days from intake to its first housing goal achieved; a case counts in the month or quarter of that date.</source>
        <translation>Mediana, por caso, de los días desde el ingreso hasta la primera meta de vivienda lograda; un caso cuenta en el mes o trimestre de esa fecha.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/reports/screen_terms.py" line="61"/>
        <source>Referral outcomes by service</source>
        <translation>Resultados de las derivaciones por servicio</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/reports/screen_terms.py" line="63"/>
        <source>Referrals made in the period (suggested ones: written down in it), by their status today.</source>
        <translation>Derivaciones hechas en el período (las propuestas: anotadas en él), según su estado actual.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/reports/screen_terms.py" line="66"/>
        <source>Reviews held on time</source>
        <translation>Revisiones hechas a tiempo</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/reports/screen_terms.py" line="68"/>
        <source>A review is due on the date the previous review set; on time when the next review was held on or before it. Grouped by that due date.</source>
        <translation>Una revisión vence en la fecha que fijó la revisión anterior; a tiempo si la siguiente se hizo ese día o antes. Agrupado por esa fecha.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/reports/screen_terms.py" line="71"/>
        <source>Worker</source>
        <translation>Trabajadora</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/reports/screen_terms.py" line="72"/>
        <source>Cases</source>
        <translation>Casos</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/reports/screen_terms.py" line="73"/>
        <source>Overdue steps</source>
        <translation>Pasos atrasados</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/reports/screen_terms.py" line="74"/>
        <source>Domain</source>
        <translation>Ámbito</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/reports/screen_terms.py" line="75"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/reports/screen_terms.py" line="76"/>
        <source>Period</source>
        <translation>Período</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/reports/screen_terms.py" line="77"/>
        <source>Median days</source>
        <translation>Días (mediana)</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/reports/screen_terms.py" line="78"/>
        <source>Service</source>
        <translation>Servicio</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/reports/screen_terms.py" line="79"/>
        <source>On time</source>
        <translation>A tiempo</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/reports/screen_terms.py" line="80"/>
        <source>Late</source>
        <translation>Con retraso</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/reports/screen_terms.py" line="81"/>
        <source>Not held</source>
        <translation>No hecha</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/reports/screen_terms.py" line="82"/>
        <source>Not yet due</source>
        <translation>Aún no vence</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/reports/screen_terms.py" line="83"/>
        <source>% on time</source>
        <translation>% a tiempo</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/reports/screen_terms.py" line="84"/>
        <source>All cases (each once)</source>
        <translation>Todos los casos (cada uno una vez)</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/reports/screen_terms.py" line="85"/>
        <source>No domain</source>
        <translation>Sin ámbito</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/reports/screen_terms.py" line="86"/>
        <source>Other domains</source>
        <translation>Otros ámbitos</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/reports/screen_terms.py" line="87"/>
        <source>Whole period</source>
        <translation>Todo el período</translation>
    </message>
</context>
<context>
    <name>ServiceForm</name>
    <message>
        <location filename="../../src/shelterplan/ui/directory_dialog.py" line="75"/>
        <source>Edit service</source>
        <translation>Editar servicio</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/directory_dialog.py" line="75"/>
        <source>Add a service</source>
        <translation>Agregar un servicio</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/directory_dialog.py" line="79"/>
        <source>No domain</source>
        <translation>Sin ámbito</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/directory_dialog.py" line="86"/>
        <source>&amp;Name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/directory_dialog.py" line="87"/>
        <source>&amp;Domain</source>
        <translation>Á&amp;mbito</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/directory_dialog.py" line="113"/>
        <source>&amp;Address</source>
        <translation>&amp;Dirección</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/directory_dialog.py" line="114"/>
        <source>&amp;Phone</source>
        <translation>&amp;Teléfono</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/directory_dialog.py" line="115"/>
        <source>&amp;Hours</source>
        <translation>&amp;Horario</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/directory_dialog.py" line="116"/>
        <source>&amp;Eligibility</source>
        <translation>&amp;Requisitos</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/directory_dialog.py" line="117"/>
        <source>&amp;Languages</source>
        <translation>&amp;Idiomas</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/directory_dialog.py" line="118"/>
        <source>N&amp;otes</source>
        <translation>N&amp;otas</translation>
    </message>
</context>
<context>
    <name>ServicesModel</name>
    <message>
        <location filename="../../src/shelterplan/ui/models/services_model.py" line="55"/>
        <source>Service</source>
        <translation>Servicio</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/models/services_model.py" line="56"/>
        <source>Domain</source>
        <translation>Ámbito</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/models/services_model.py" line="57"/>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/models/services_model.py" line="58"/>
        <source>Languages</source>
        <translation>Idiomas</translation>
    </message>
</context>
<context>
    <name>SignDialog</name>
    <message>
        <location filename="../../src/shelterplan/ui/printing/sign_dialog.py" line="137"/>
        <location filename="../../src/shelterplan/ui/printing/sign_dialog.py" line="291"/>
        <source>Mark as signed</source>
        <translation>Marcar como firmado</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/printing/sign_dialog.py" line="142"/>
        <source>Version {0} of the plan will be kept exactly as printed and signed. Later changes will make a new version.</source>
        <translation>La versión {0} del plan se conservará tal como se imprimió y firmó. Los cambios posteriores crearán una nueva versión.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/printing/sign_dialog.py" line="154"/>
        <source>Fingerprint</source>
        <translation>Huella</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/printing/sign_dialog.py" line="155"/>
        <source>Check that this matches the footer of the paper copy.</source>
        <translation>Compruebe que coincide con el pie de página de la copia en papel.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/printing/sign_dialog.py" line="162"/>
        <source>Signed on</source>
        <translation>Firmado el</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/printing/sign_dialog.py" line="166"/>
        <source>Signed &amp;on</source>
        <translation>&amp;Firmado el</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/printing/sign_dialog.py" line="168"/>
        <source>The date cannot be in the future.</source>
        <translation>La fecha no puede ser futura.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/printing/sign_dialog.py" line="203"/>
        <source>&amp;Mark as signed</source>
        <translation>&amp;Marcar como firmado</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/printing/sign_dialog.py" line="210"/>
        <source>Fingerprint:</source>
        <translation>Huella:</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/printing/sign_dialog.py" line="270"/>
        <source>{0}: signature</source>
        <translation>{0}: firma</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/printing/sign_dialog.py" line="272"/>
        <source>{0}: name</source>
        <translation>{0}: nombre</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/printing/sign_dialog.py" line="274"/>
        <source>a date that is not in the future</source>
        <translation>una fecha que no sea futura</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/printing/sign_dialog.py" line="283"/>
        <source>Still needed: {0}</source>
        <translation>Falta: {0}</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/printing/sign_dialog.py" line="292"/>
        <source>The signing date is in the future. Choose the day it was signed.</source>
        <translation>La fecha de firma es futura. Elija el día en que se firmó.</translation>
    </message>
</context>
<context>
    <name>SignatureBlockEditor</name>
    <message>
        <location filename="../../src/shelterplan/ui/printing/sign_dialog.py" line="77"/>
        <source>{0}: name</source>
        <translation>{0}: nombre</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/printing/sign_dialog.py" line="79"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/printing/sign_dialog.py" line="82"/>
        <source>Signed on paper</source>
        <translation>Firmado en papel</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/printing/sign_dialog.py" line="84"/>
        <source>{0}: signed on paper</source>
        <translation>{0}: firmado en papel</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/printing/sign_dialog.py" line="89"/>
        <source>{0}: signature drawn on screen</source>
        <translation>{0}: firma dibujada en la pantalla</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/printing/sign_dialog.py" line="94"/>
        <source>Signature drawn on screen (optional)</source>
        <translation>Firma dibujada en la pantalla (opcional)</translation>
    </message>
</context>
<context>
    <name>SignatureField</name>
    <message>
        <location filename="../../src/shelterplan/ui/printing/signature_pad.py" line="278"/>
        <source>Clear</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/printing/signature_pad.py" line="281"/>
        <source>Clear the signature: {0}</source>
        <translation>Borrar la firma: {0}</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/printing/signature_pad.py" line="283"/>
        <source>Clear the signature</source>
        <translation>Borrar la firma</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/printing/signature_pad.py" line="285"/>
        <source>Clear the signature and start again</source>
        <translation>Borrar la firma y volver a empezar</translation>
    </message>
</context>
<context>
    <name>SignaturePad</name>
    <message>
        <location filename="../../src/shelterplan/ui/printing/signature_pad.py" line="53"/>
        <source>Signature pad</source>
        <translation>Panel de firma</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/printing/signature_pad.py" line="55"/>
        <source>Draw the signature with the mouse, a pen or a finger.</source>
        <translation>Dibuje la firma con el ratón, un lápiz o un dedo.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/printing/signature_pad.py" line="246"/>
        <source>Sign here</source>
        <translation>Firme aquí</translation>
    </message>
</context>
<context>
    <name>TodayModel</name>
    <message>
        <location filename="../../src/shelterplan/ui/models/today_model.py" line="47"/>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/models/today_model.py" line="47"/>
        <source>Client</source>
        <translation>Participante</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/models/today_model.py" line="47"/>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/models/today_model.py" line="78"/>
        <source>Overdue steps</source>
        <translation>Pasos atrasados</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/models/today_model.py" line="79"/>
        <source>Appointments today</source>
        <translation>Citas de hoy</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/models/today_model.py" line="80"/>
        <source>Steps due this week</source>
        <translation>Pasos que vencen esta semana</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/models/today_model.py" line="81"/>
        <source>Appointments later this week</source>
        <translation>Citas más adelante esta semana</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/models/today_model.py" line="82"/>
        <source>Reviews due</source>
        <translation>Revisiones pendientes</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/models/today_model.py" line="85"/>
        <source>{0} (the first {1})</source>
        <translation>{0} (se muestran {1})</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/models/today_model.py" line="87"/>
        <source>{0} ({1})</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/models/today_model.py" line="107"/>
        <source>Review the plan together</source>
        <translation>Revisar el plan en conjunto</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/models/today_model.py" line="109"/>
        <source>{0} — {1}</source>
        <translation>{0} — {1}</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/models/today_model.py" line="124"/>
        <source>Overdue: {0}</source>
        <translation>Atrasado: {0}</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/models/today_model.py" line="137"/>
        <source>Today, {0}</source>
        <translation>Hoy, {0}</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/models/today_model.py" line="138"/>
        <source>{0}, {1}</source>
        <translation>{0}, {1}</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/models/today_model.py" line="143"/>
        <source>1 day late</source>
        <translation>1 día de retraso</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/models/today_model.py" line="143"/>
        <source>{0} days late</source>
        <translation>{0} días de retraso</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/models/today_model.py" line="144"/>
        <source>{0} · {1}</source>
        <translation>{0} · {1}</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/models/today_model.py" line="149"/>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/models/today_model.py" line="151"/>
        <source>Tomorrow</source>
        <translation>Mañana</translation>
    </message>
</context>
<context>
    <name>TodayView</name>
    <message>
        <location filename="../../src/shelterplan/ui/today_view.py" line="59"/>
        <source>&amp;All cases</source>
        <translation>&amp;Todos los casos</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/today_view.py" line="61"/>
        <source>Show every case of the agency</source>
        <translation>Mostrar todos los casos de la organización</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/today_view.py" line="64"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/today_view.py" line="66"/>
        <source>Read today&apos;s list again</source>
        <translation>Volver a cargar la lista de hoy</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/today_view.py" line="71"/>
        <source>Today&apos;s steps, appointments and reviews</source>
        <translation>Pasos, citas y revisiones de hoy</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/today_view.py" line="84"/>
        <source>{0} · {1}</source>
        <translation>{0} · {1}</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/today_view.py" line="86"/>
        <source>{0} days late</source>
        <translation>{0} días de retraso</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/today_view.py" line="92"/>
        <source>Nothing overdue or due this week.</source>
        <translation>Nada atrasado ni por vencer esta semana.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/today_view.py" line="122"/>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/today_view.py" line="127"/>
        <source>Today, {0}</source>
        <translation>Hoy, {0}</translation>
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
        <translation>Su nombre</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/unlock.py" line="57"/>
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/unlock.py" line="60"/>
        <source>Unlock</source>
        <translation>Desbloquear</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/unlock.py" line="67"/>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/unlock.py" line="71"/>
        <source>There is no shelterplan store in this folder yet. If this laptop replaces one whose store was backed up, restore the backup. Otherwise an administrator creates a store with &apos;shelterplan init&apos;.</source>
        <translation>Todavía no hay una base de datos de shelterplan en esta carpeta. Si esta computadora reemplaza a otra cuya base tenía copia de seguridad, restaure la copia. Si no, una administradora crea una base con «shelterplan init».</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/unlock.py" line="78"/>
        <source>&amp;Restore from a backup…</source>
        <translation>&amp;Restaurar una copia de seguridad…</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/unlock.py" line="81"/>
        <source>With the recovery key or an administrator&apos;s passphrase</source>
        <translation>Con la clave de recuperación o la frase de contraseña de una administradora</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/unlock.py" line="89"/>
        <source>&amp;Your name</source>
        <translation>Su &amp;nombre</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/unlock.py" line="90"/>
        <source>&amp;Passphrase</source>
        <translation>&amp;Frase de contraseña</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/unlock.py" line="97"/>
        <source>No system keyring is available: this store is protected by passphrases only, not tied to this computer.</source>
        <translation>No hay ningún llavero del sistema disponible: esta base de datos está protegida solo por frases de contraseña, sin vínculo con esta computadora.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/unlock.py" line="105"/>
        <source>Demo store with synthetic cases. Every passphrase is: {0}</source>
        <translation>Base de datos de demostración con casos ficticios. Todas las frases de contraseña son: {0}</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/unlock.py" line="116"/>
        <source>Language of the screen</source>
        <translation>Idioma de la pantalla</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/unlock.py" line="117"/>
        <source>As the computer is set</source>
        <translation>Como la computadora</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/unlock.py" line="126"/>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/unlock.py" line="181"/>
        <source>The backup is restored, but it was tied to another laptop: the passphrases open it here only once an administrator has set new ones with the recovery key.</source>
        <translation>La copia está restaurada, pero estaba vinculada a otra computadora: las frases de contraseña solo la abrirán aquí cuando una administradora haya establecido otras nuevas con la clave de recuperación.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/unlock.py" line="187"/>
        <source>The backup is restored. Sign in to the restored store.</source>
        <translation>La copia está restaurada. Inicie sesión en la base restaurada.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/unlock.py" line="206"/>
        <source>Type your name and your passphrase.</source>
        <translation>Escriba su nombre y su frase de contraseña.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/unlock.py" line="220"/>
        <source>The screen will be in this language the next time shelterplan starts.</source>
        <translation>La pantalla estará en este idioma la próxima vez que se abra shelterplan.</translation>
    </message>
</context>
<context>
    <name>VersionsModel</name>
    <message>
        <location filename="../../src/shelterplan/ui/models/versions_model.py" line="51"/>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/models/versions_model.py" line="52"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/models/versions_model.py" line="53"/>
        <source>Signed</source>
        <translation>Firmado</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/models/versions_model.py" line="54"/>
        <source>Signed by</source>
        <translation>Firmado por</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/models/versions_model.py" line="55"/>
        <source>Fingerprint</source>
        <translation>Huella</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/models/versions_model.py" line="60"/>
        <source>{0} ({1})</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/models/versions_model.py" line="71"/>
        <source>Draft — not signed</source>
        <translation>Borrador — sin firmar</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/models/versions_model.py" line="88"/>
        <source>The start of the plan&apos;s SHA-256 fingerprint: the same plan always gives the same fingerprint, so a printed copy can be checked against it.</source>
        <translation>El comienzo de la huella SHA-256 del plan: el mismo plan siempre da la misma huella, así que una copia impresa se puede comprobar con ella.</translation>
    </message>
</context>
<context>
    <name>_PassphraseForm</name>
    <message>
        <location filename="../../src/shelterplan/ui/admin/accounts_dialog.py" line="75"/>
        <source>New passphrase</source>
        <translation>Nueva frase de contraseña</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/admin/accounts_dialog.py" line="77"/>
        <source>New passphrase again</source>
        <translation>Repita la nueva frase de contraseña</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/admin/accounts_dialog.py" line="82"/>
        <source>New &amp;passphrase</source>
        <translation>Nueva &amp;frase de contraseña</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/admin/accounts_dialog.py" line="83"/>
        <source>&amp;Again</source>
        <translation>&amp;Repetir</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/admin/accounts_dialog.py" line="98"/>
        <source>The two passphrases differ.</source>
        <translation>Las dos frases de contraseña no coinciden.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/admin/accounts_dialog.py" line="103"/>
        <source>At least 12 characters: a short sentence of your own.</source>
        <translation>Al menos 12 caracteres: una frase corta de su invención.</translation>
    </message>
</context>
<context>
    <name>audit</name>
    <message>
        <location filename="../../src/shelterplan/ui/audit/action_words.py" line="16"/>
        <source>Signed in</source>
        <translation>Inició sesión</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/audit/action_words.py" line="17"/>
        <source>Failed to sign in (wrong name or passphrase)</source>
        <translation>No pudo iniciar sesión (nombre o frase de contraseña incorrectos)</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/audit/action_words.py" line="18"/>
        <source>Opened the store with the recovery key</source>
        <translation>Abrió la base de datos con la clave de recuperación</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/audit/action_words.py" line="19"/>
        <source>Locked the app</source>
        <translation>Bloqueó la aplicación</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/audit/action_words.py" line="20"/>
        <source>Changed her passphrase</source>
        <translation>Cambió su frase de contraseña</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/audit/action_words.py" line="21"/>
        <source>Opened a new case</source>
        <translation>Abrió un caso nuevo</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/audit/action_words.py" line="22"/>
        <source>Opened a case</source>
        <translation>Abrió un caso</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/audit/action_words.py" line="23"/>
        <source>Shared a case with a worker</source>
        <translation>Compartió un caso con una trabajadora</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/audit/action_words.py" line="24"/>
        <source>Moved a case to another phase</source>
        <translation>Pasó un caso a otra etapa</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/audit/action_words.py" line="25"/>
        <source>Showed a client&apos;s code word</source>
        <translation>Mostró la palabra clave de una participante</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/audit/action_words.py" line="26"/>
        <source>Recorded a consent</source>
        <translation>Registró un consentimiento</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/audit/action_words.py" line="27"/>
        <source>Recorded a withdrawn consent</source>
        <translation>Registró el retiro de un consentimiento</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/audit/action_words.py" line="28"/>
        <source>Added a child or dependant</source>
        <translation>Agregó una hija, un hijo o una persona a cargo</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/audit/action_words.py" line="29"/>
        <source>Changed a child or dependant</source>
        <translation>Modificó los datos de una hija, un hijo o una persona a cargo</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/audit/action_words.py" line="30"/>
        <source>Removed a child or dependant</source>
        <translation>Quitó una hija, un hijo o una persona a cargo</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/audit/action_words.py" line="31"/>
        <source>Held a review</source>
        <translation>Hizo una revisión</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/audit/action_words.py" line="32"/>
        <source>Updated an assessment in a review</source>
        <translation>Actualizó una evaluación en una revisión</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/audit/action_words.py" line="33"/>
        <source>Reviewed a goal</source>
        <translation>Revisó una meta</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/audit/action_words.py" line="34"/>
        <source>Marked a goal as achieved</source>
        <translation>Marcó una meta como lograda</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/audit/action_words.py" line="35"/>
        <source>Set a goal aside</source>
        <translation>Puso una meta en pausa</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/audit/action_words.py" line="36"/>
        <source>Made a referral</source>
        <translation>Hizo una derivación</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/audit/action_words.py" line="37"/>
        <source>Updated a referral</source>
        <translation>Actualizó una derivación</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/audit/action_words.py" line="38"/>
        <source>Printed a plan</source>
        <translation>Imprimió un plan</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/audit/action_words.py" line="39"/>
        <source>Printed her progress page</source>
        <translation>Imprimió su hoja de avances</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/audit/action_words.py" line="40"/>
        <source>Gave a provider a copy of her plan</source>
        <translation>Entregó una copia de su plan a un servicio externo</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/audit/action_words.py" line="41"/>
        <source>Saved her progress page as a PDF file</source>
        <translation>Guardó su hoja de avances como archivo PDF</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/audit/action_words.py" line="42"/>
        <source>Saved a plan as a PDF file</source>
        <translation>Guardó un plan como archivo PDF</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/audit/action_words.py" line="43"/>
        <source>Printed a signed plan again</source>
        <translation>Volvió a imprimir un plan firmado</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/audit/action_words.py" line="44"/>
        <source>Marked a plan as signed</source>
        <translation>Marcó un plan como firmado</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/audit/action_words.py" line="45"/>
        <source>Kept a plan version</source>
        <translation>Conservó una versión del plan</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/audit/action_words.py" line="46"/>
        <source>Changed what her copy of the plan shows</source>
        <translation>Cambió lo que muestra su copia del plan</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/audit/action_words.py" line="47"/>
        <source>Saved a safety plan</source>
        <translation>Guardó un plan de seguridad</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/audit/action_words.py" line="48"/>
        <source>Reviewed a safety plan</source>
        <translation>Revisó un plan de seguridad</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/audit/action_words.py" line="49"/>
        <source>Printed a safety plan</source>
        <translation>Imprimió un plan de seguridad</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/audit/action_words.py" line="50"/>
        <source>Saved a safety plan as a PDF file</source>
        <translation>Guardó un plan de seguridad como archivo PDF</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/audit/action_words.py" line="51"/>
        <source>Showed a safety plan&apos;s code word</source>
        <translation>Mostró la palabra clave de un plan de seguridad</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/audit/action_words.py" line="52"/>
        <source>Added a service to the directory</source>
        <translation>Agregó un servicio al directorio</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/audit/action_words.py" line="53"/>
        <source>Changed a service in the directory</source>
        <translation>Modificó un servicio del directorio</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/audit/action_words.py" line="54"/>
        <source>Removed a service from the directory</source>
        <translation>Quitó un servicio del directorio</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/audit/action_words.py" line="55"/>
        <source>Exported the store to a file</source>
        <translation>Exportó la base de datos a un archivo</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/audit/action_words.py" line="56"/>
        <source>Imported cases from a file</source>
        <translation>Importó casos desde un archivo</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/audit/action_words.py" line="57"/>
        <source>Exported a client&apos;s file for her</source>
        <translation>Exportó el expediente de una participante para ella</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/audit/action_words.py" line="58"/>
        <source>Exported a client&apos;s file for a third party (with her consent)</source>
        <translation>Exportó el expediente de una participante para un tercero (con su consentimiento)</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/audit/action_words.py" line="61"/>
        <source>Exported figures for a funder</source>
        <translation>Exportó datos para un financiador</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/audit/action_words.py" line="62"/>
        <source>Erased a client&apos;s file at her request</source>
        <translation>Borró el expediente de una participante a pedido de ella</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/audit/action_words.py" line="63"/>
        <source>Erased again a client&apos;s file brought back by a restore</source>
        <translation>Volvió a borrar el expediente de una participante recuperado por una restauración</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/audit/action_words.py" line="66"/>
        <source>Removed old closed cases</source>
        <translation>Eliminó casos cerrados antiguos</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/audit/action_words.py" line="67"/>
        <source>Changed the agency&apos;s details</source>
        <translation>Cambió los datos de la organización</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/audit/action_words.py" line="68"/>
        <source>Changed when the app locks itself</source>
        <translation>Cambió cuándo se bloquea la aplicación</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/audit/action_words.py" line="69"/>
        <source>Changed how long closed cases are kept</source>
        <translation>Cambió cuánto tiempo se conservan los casos cerrados</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/audit/action_words.py" line="70"/>
        <source>Changed the backup folder</source>
        <translation>Cambió la carpeta de copias de seguridad</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/audit/action_words.py" line="71"/>
        <source>Changed the backup reminder</source>
        <translation>Cambió el recordatorio de copias de seguridad</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/audit/action_words.py" line="72"/>
        <source>Took a backup</source>
        <translation>Hizo una copia de seguridad</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/audit/action_words.py" line="73"/>
        <source>Restored a backup</source>
        <translation>Restauró una copia de seguridad</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/audit/action_words.py" line="74"/>
        <source>Added a worker account</source>
        <translation>Agregó una cuenta de trabajadora</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/audit/action_words.py" line="75"/>
        <source>Disabled a worker account</source>
        <translation>Desactivó una cuenta de trabajadora</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/audit/action_words.py" line="76"/>
        <source>Reset a worker&apos;s passphrase with the recovery key</source>
        <translation>Restableció la frase de contraseña de una trabajadora con la clave de recuperación</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/audit/action_words.py" line="79"/>
        <source>Changed the store&apos;s encryption key</source>
        <translation>Cambió la clave de cifrado de la base de datos</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/audit/action_words.py" line="80"/>
        <source>Made a new recovery key</source>
        <translation>Creó una nueva clave de recuperación</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/audit/action_words.py" line="81"/>
        <source>Created the store</source>
        <translation>Creó la base de datos</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/audit/action_words.py" line="82"/>
        <source>Added synthetic demo cases</source>
        <translation>Agregó casos ficticios de demostración</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/audit/action_words.py" line="83"/>
        <source>Read the audit trail</source>
        <translation>Consultó el registro de auditoría</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/audit/action_words.py" line="84"/>
        <source>Checked the audit trail</source>
        <translation>Verificó el registro de auditoría</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/audit/action_words.py" line="88"/>
        <source>Case</source>
        <translation>Caso</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/audit/action_words.py" line="89"/>
        <source>Client</source>
        <translation>Participante</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/audit/action_words.py" line="90"/>
        <source>Consent</source>
        <translation>Consentimiento</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/audit/action_words.py" line="91"/>
        <source>Review</source>
        <translation>Revisión</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/audit/action_words.py" line="92"/>
        <source>Referral</source>
        <translation>Derivación</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/audit/action_words.py" line="93"/>
        <source>Child or dependant</source>
        <translation>Hija, hijo o persona a cargo</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/audit/action_words.py" line="94"/>
        <source>Safety plan</source>
        <translation>Plan de seguridad</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/audit/action_words.py" line="95"/>
        <source>Plan version</source>
        <translation>Versión del plan</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/audit/action_words.py" line="96"/>
        <source>Goal</source>
        <translation>Meta</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/audit/action_words.py" line="97"/>
        <source>Step</source>
        <translation>Paso</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/audit/action_words.py" line="98"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/audit/action_words.py" line="99"/>
        <source>Support person</source>
        <translation>Persona de apoyo</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/audit/action_words.py" line="100"/>
        <source>Assessment</source>
        <translation>Evaluación</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/audit/action_words.py" line="101"/>
        <source>Strength</source>
        <translation>Fortaleza</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/audit/action_words.py" line="102"/>
        <source>Goal review</source>
        <translation>Revisión de meta</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/audit/action_words.py" line="103"/>
        <source>Figures per case</source>
        <translation>Datos por caso</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/audit/action_words.py" line="104"/>
        <source>Service in the directory</source>
        <translation>Servicio del directorio</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/audit/action_words.py" line="105"/>
        <source>Worker account</source>
        <translation>Cuenta de trabajadora</translation>
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
        <translation>No se pudo hacer la comprobación.</translation>
    </message>
</context>
<context>
    <name>vocab</name>
    <message>
        <location filename="../../src/shelterplan/ui/vocab_labels.py" line="33"/>
        <source>Safety</source>
        <translation>Seguridad</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/vocab_labels.py" line="34"/>
        <source>Housing</source>
        <translation>Vivienda</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/vocab_labels.py" line="35"/>
        <source>Income</source>
        <translation>Ingresos</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/vocab_labels.py" line="36"/>
        <source>Physical health</source>
        <translation>Salud física</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/vocab_labels.py" line="37"/>
        <source>Mental health</source>
        <translation>Salud mental</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/vocab_labels.py" line="38"/>
        <source>Substance use</source>
        <translation>Consumo de sustancias</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/vocab_labels.py" line="39"/>
        <source>Legal and justice</source>
        <translation>Asuntos legales</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/vocab_labels.py" line="40"/>
        <source>Immigration</source>
        <translation>Inmigración</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/vocab_labels.py" line="41"/>
        <source>Children</source>
        <translation>Hijas e hijos</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/vocab_labels.py" line="42"/>
        <source>Education and employment</source>
        <translation>Estudios y empleo</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/vocab_labels.py" line="43"/>
        <source>Social support</source>
        <translation>Apoyo social</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/vocab_labels.py" line="44"/>
        <source>Culture</source>
        <translation>Cultura</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/vocab_labels.py" line="47"/>
        <source>No need</source>
        <translation>Sin necesidad</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/vocab_labels.py" line="48"/>
        <source>Low</source>
        <translation>Baja</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/vocab_labels.py" line="49"/>
        <source>Moderate</source>
        <translation>Moderada</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/vocab_labels.py" line="50"/>
        <source>High</source>
        <translation>Alta</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/vocab_labels.py" line="51"/>
        <source>Urgent</source>
        <translation>Urgente</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/vocab_labels.py" line="52"/>
        <source>She chose not to say</source>
        <translation>Prefirió no decirlo</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/vocab_labels.py" line="55"/>
        <source>Engagement</source>
        <translation>Vinculación</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/vocab_labels.py" line="56"/>
        <source>Assessment</source>
        <translation>Evaluación</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/vocab_labels.py" line="57"/>
        <source>Planning</source>
        <translation>Planificación</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/vocab_labels.py" line="58"/>
        <source>Carrying out the plan</source>
        <translation>Puesta en marcha del plan</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/vocab_labels.py" line="59"/>
        <source>Review</source>
        <translation>Revisión</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/vocab_labels.py" line="60"/>
        <source>Closed</source>
        <translation>Cerrado</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/vocab_labels.py" line="63"/>
        <source>Standard</source>
        <translation>Estándar</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/vocab_labels.py" line="64"/>
        <source>Critical time intervention</source>
        <translation>Intervención en tiempo crítico</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/vocab_labels.py" line="65"/>
        <source>Intensive (ACT team)</source>
        <translation>Intensivo (equipo ACT)</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/vocab_labels.py" line="68"/>
        <source>Client</source>
        <translation>Participante</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/vocab_labels.py" line="69"/>
        <source>Worker</source>
        <translation>Trabajadora</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/vocab_labels.py" line="70"/>
        <source>Provider</source>
        <translation>Servicio externo</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/vocab_labels.py" line="71"/>
        <location filename="../../src/shelterplan/ui/vocab_labels.py" line="89"/>
        <source>Support person</source>
        <translation>Persona de apoyo</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/vocab_labels.py" line="74"/>
        <source>Open</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/vocab_labels.py" line="75"/>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/vocab_labels.py" line="76"/>
        <source>Missed</source>
        <translation>No realizado</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/vocab_labels.py" line="77"/>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/vocab_labels.py" line="80"/>
        <source>Active</source>
        <translation>En curso</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/vocab_labels.py" line="81"/>
        <source>Achieved</source>
        <translation>Lograda</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/vocab_labels.py" line="82"/>
        <source>Set aside</source>
        <translation>En pausa</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/vocab_labels.py" line="85"/>
        <source>Long-term goal</source>
        <translation>Meta a largo plazo</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/vocab_labels.py" line="86"/>
        <source>Intermediate goal</source>
        <translation>Meta intermedia</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/vocab_labels.py" line="90"/>
        <source>Team member</source>
        <translation>Integrante del equipo</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/vocab_labels.py" line="93"/>
        <source>Proposed</source>
        <translation>Propuesta</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/vocab_labels.py" line="94"/>
        <source>Referral made</source>
        <translation>Derivación hecha</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/vocab_labels.py" line="95"/>
        <source>Accepted</source>
        <translation>Aceptada</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/vocab_labels.py" line="96"/>
        <source>Declined</source>
        <translation>Rechazada</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/vocab_labels.py" line="97"/>
        <source>Completed</source>
        <translation>Completada</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/vocab_labels.py" line="100"/>
        <source>client</source>
        <translation>participante</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/vocab_labels.py" line="101"/>
        <source>worker</source>
        <translation>trabajadora</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/vocab_labels.py" line="102"/>
        <source>supervisor</source>
        <translation>supervisora</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/vocab_labels.py" line="103"/>
        <source>other</source>
        <translation>otra persona</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/vocab_labels.py" line="106"/>
        <source>English</source>
        <translation>Inglés</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/vocab_labels.py" line="107"/>
        <source>French</source>
        <translation>Francés</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/vocab_labels.py" line="108"/>
        <source>Spanish</source>
        <translation>Español</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/vocab_labels.py" line="115"/>
        <source>Keeping a file about her</source>
        <translation>Llevar un expediente sobre ella</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/vocab_labels.py" line="116"/>
        <source>Sharing with a provider</source>
        <translation>Compartir información con un servicio externo</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/vocab_labels.py" line="117"/>
        <source>Contacting her support people</source>
        <translation>Contactar a sus personas de apoyo</translation>
    </message>
</context>
</TS>
