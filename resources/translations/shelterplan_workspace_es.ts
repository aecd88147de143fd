<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>AssessmentTab</name>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/assessment_tab.py" line="51"/>
        <location filename="../../src/shelterplan/ui/workspace/assessment_tab.py" line="69"/>
        <source>Needs by domain</source>
        <translation>Necesidades por ámbito</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/assessment_tab.py" line="71"/>
        <source>No domain has been assessed yet.</source>
        <translation>Todavía no se evaluó ningún ámbito.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/assessment_tab.py" line="76"/>
        <location filename="../../src/shelterplan/ui/workspace/assessment_tab.py" line="80"/>
        <source>Her strengths and skills</source>
        <translation>Sus fortalezas y habilidades</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/assessment_tab.py" line="113"/>
        <source>No strength recorded yet.</source>
        <translation>Todavía no hay fortalezas anotadas.</translation>
    </message>
</context>
<context>
    <name>CasePrinting</name>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/case_printing.py" line="101"/>
        <location filename="../../src/shelterplan/ui/workspace/case_printing.py" line="118"/>
        <location filename="../../src/shelterplan/ui/workspace/case_printing.py" line="257"/>
        <source>Printing</source>
        <translation>Impresión</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/case_printing.py" line="150"/>
        <source>Print the case plan</source>
        <translation>Imprimir el plan de caso</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/case_printing.py" line="166"/>
        <location filename="../../src/shelterplan/ui/workspace/case_printing.py" line="181"/>
        <source>Sign the plan</source>
        <translation>Firmar el plan</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/case_printing.py" line="168"/>
        <source>When she and you have signed the paper copy, mark the plan as signed: this version is then kept exactly as printed. Mark it as signed now?</source>
        <translation>Cuando ella y usted hayan firmado la copia en papel, marque el plan como firmado: esta versión se guardará tal como se imprimió. ¿Marcarlo como firmado ahora?</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/case_printing.py" line="190"/>
        <source>The plan was not marked as signed</source>
        <translation>El plan no se marcó como firmado</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/case_printing.py" line="236"/>
        <source>No copy for this provider</source>
        <translation>No hay copia para este servicio</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/case_printing.py" line="264"/>
        <source>Print her plan for a provider</source>
        <translation>Imprimir su plan para un servicio externo</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/case_printing.py" line="273"/>
        <source>The signed version cannot be printed</source>
        <translation>No se puede imprimir la versión firmada</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/case_printing.py" line="280"/>
        <source>Version {0}, signed on {1}: printed exactly as it was signed.</source>
        <translation>Versión {0}, firmada el {1}: se imprime tal como se firmó.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/case_printing.py" line="285"/>
        <source>Print a signed version</source>
        <translation>Imprimir una versión firmada</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/case_printing.py" line="302"/>
        <source>Large print</source>
        <translation>Letra grande</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/case_printing.py" line="319"/>
        <source>Print her progress page</source>
        <translation>Imprimir su página de avances</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/case_printing.py" line="333"/>
        <source>Include the code word</source>
        <translation>Incluir la palabra clave</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/case_printing.py" line="334"/>
        <source>Only if she wants it written down.</source>
        <translation>Solo si ella quiere que quede por escrito.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/case_printing.py" line="355"/>
        <source>Print her safety plan</source>
        <translation>Imprimir su plan de seguridad</translation>
    </message>
</context>
<context>
    <name>CaseWorkspace</name>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/case_workspace.py" line="43"/>
        <source>Parts of the case</source>
        <translation>Secciones del caso</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/case_workspace.py" line="44"/>
        <source>&amp;Overview</source>
        <translation>&amp;Resumen</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/case_workspace.py" line="45"/>
        <source>&amp;Safety plan</source>
        <translation>Plan de &amp;seguridad</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/case_workspace.py" line="46"/>
        <source>&amp;Assessment</source>
        <translation>&amp;Evaluación</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/case_workspace.py" line="47"/>
        <source>&amp;Plan</source>
        <translation>&amp;Plan</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/case_workspace.py" line="48"/>
        <source>Re&amp;ferrals</source>
        <translation>&amp;Derivaciones</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/case_workspace.py" line="49"/>
        <source>&amp;Notes</source>
        <translation>&amp;Notas</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/case_workspace.py" line="50"/>
        <source>&amp;Reviews and versions</source>
        <translation>Re&amp;visiones y versiones</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/case_workspace.py" line="81"/>
        <source>Safety plan</source>
        <translation>Plan de seguridad</translation>
    </message>
</context>
<context>
    <name>DependantDialog</name>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/dependant_dialog.py" line="57"/>
        <source>Edit a child or dependant</source>
        <translation>Editar hija, hijo o persona a cargo</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/dependant_dialog.py" line="57"/>
        <source>Add a child or dependant</source>
        <translation>Agregar hija, hijo o persona a cargo</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/dependant_dialog.py" line="64"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/dependant_dialog.py" line="65"/>
        <source>A first name, initials or a nickname is enough</source>
        <translation>Basta con un nombre de pila, iniciales o un apodo</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/dependant_dialog.py" line="68"/>
        <source>Age in years</source>
        <translation>Edad en años</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/dependant_dialog.py" line="70"/>
        <source>Blank if not known</source>
        <translation>En blanco si no se sabe</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/dependant_dialog.py" line="77"/>
        <source>Relationship to her</source>
        <translation>Relación con ella</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/dependant_dialog.py" line="78"/>
        <source>For example: son, daughter, niece</source>
        <translation>Por ejemplo: hijo, hija, sobrina</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/dependant_dialog.py" line="79"/>
        <source>&amp;With her at the shelter</source>
        <translation>&amp;Con ella en el refugio</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/dependant_dialog.py" line="84"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/dependant_dialog.py" line="101"/>
        <source>&amp;Name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/dependant_dialog.py" line="102"/>
        <source>A&amp;ge</source>
        <translation>&amp;Edad</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/dependant_dialog.py" line="103"/>
        <source>&amp;Relationship to her</source>
        <translation>&amp;Relación con ella</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/dependant_dialog.py" line="105"/>
        <source>N&amp;otes</source>
        <translation>N&amp;otas</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/dependant_dialog.py" line="121"/>
        <source>Write a name: a first name, initials or a nickname is enough.</source>
        <translation>Escriba un nombre: basta con un nombre de pila, iniciales o un apodo.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/dependant_dialog.py" line="124"/>
        <source>The age must be between 0 and {0}, or left blank.</source>
        <translation>La edad debe estar entre 0 y {0}, o quedar en blanco.</translation>
    </message>
</context>
<context>
    <name>ErasePrompt</name>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/erase_action.py" line="46"/>
        <source>Erase her file</source>
        <translation>Borrar su expediente</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/erase_action.py" line="47"/>
        <source>ERASE</source>
        <translation>BORRAR</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/erase_action.py" line="52"/>
        <source>This erases {0}&apos;s file for good: her client record and her {1} case(s), {2} records in all — notes, plans, signed versions, consents, everything.

It cannot be undone. Backups and exports taken before will not bring it back: restoring or importing one erases her again.

Erase only when she asked for it, or your agency&apos;s retention rules require it. On a large store, rewriting the file afterwards can take a minute.</source>
        <translation>Esto borra para siempre el expediente de {0}: su ficha de participante y sus {1} caso(s), {2} registros en total — notas, planes, versiones firmadas, consentimientos, todo.

No se puede deshacer. Las copias de seguridad y exportaciones anteriores no lo recuperarán: al restaurar o importar una, se vuelve a borrar.

Borre solo si ella lo pidió o si las normas de conservación de su organización lo exigen. En una base de datos grande, reescribir el archivo después puede tardar un minuto.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/erase_action.py" line="63"/>
        <source>Type {0} to confirm:</source>
        <translation>Escriba {0} para confirmar:</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/erase_action.py" line="66"/>
        <source>Type {0} to confirm</source>
        <translation>Escriba {0} para confirmar</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/erase_action.py" line="70"/>
        <source>Erase for good</source>
        <translation>Borrar para siempre</translation>
    </message>
</context>
<context>
    <name>HerFileActions</name>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/erase_action.py" line="113"/>
        <source>Export her file…</source>
        <translation>Exportar su expediente…</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/erase_action.py" line="116"/>
        <source>Her own copy of everything held about her, as a ZIP file (not encrypted)</source>
        <translation>Su propia copia de todo lo que se guarda sobre ella, en un archivo ZIP (sin cifrar)</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/erase_action.py" line="119"/>
        <source>Erase her file…</source>
        <translation>Borrar su expediente…</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/erase_action.py" line="122"/>
        <source>At her request: remove her file from this store for good</source>
        <translation>A pedido de ella: quitar para siempre su expediente de esta base de datos</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/erase_action.py" line="152"/>
        <source>Save an unencrypted copy of her file?</source>
        <translation>¿Guardar una copia sin cifrar de su expediente?</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/erase_action.py" line="154"/>
        <source>Her file is saved as a ZIP file that is not encrypted: her records, notes and signed plans, as she asked. Anyone who has this laptop, the folder or the USB stick it is saved on can open it and read everything in it.

Give it to her, save it only where your agency allows, and delete it when you no longer need it.

Save her file anyway?</source>
        <translation>Su expediente se guarda como un archivo ZIP sin cifrar: sus registros, notas y planes firmados, tal como ella lo pidió. Cualquier persona que tenga esta computadora, la carpeta o la memoria USB donde se guarde puede abrirlo y leer todo su contenido.

Entrégueselo a ella, guárdelo solo donde su organización lo permita y bórrelo cuando ya no lo necesite.

¿Guardar su expediente de todos modos?</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/erase_action.py" line="160"/>
        <source>Save her file as ZIP (not encrypted)</source>
        <translation>Guardar su expediente como ZIP (sin cifrar)</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/erase_action.py" line="161"/>
        <source>ZIP files (*.zip)</source>
        <translation>Archivos ZIP (*.zip)</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/erase_action.py" line="162"/>
        <location filename="../../src/shelterplan/ui/workspace/erase_action.py" line="199"/>
        <source>Her file was not saved</source>
        <translation>Su expediente no se guardó</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/erase_action.py" line="164"/>
        <source>The disk is full, so her file was not saved. Free some space, or choose another place, and try again.</source>
        <translation>El disco está lleno, así que su expediente no se guardó. Libere espacio o elija otro lugar, e inténtelo de nuevo.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/erase_action.py" line="168"/>
        <source>Her file could not be saved there: the folder is read-only or you do not have permission to write in it. Nothing was saved; choose another folder and try again.</source>
        <translation>No se pudo guardar su expediente allí: la carpeta es de solo lectura o usted no tiene permiso para escribir en ella. No se guardó nada; elija otra carpeta e inténtelo de nuevo.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/erase_action.py" line="173"/>
        <source>Her file could not be saved there, and nothing was saved. Check that the folder still exists (a USB stick may have been taken out), then choose another place and try again.</source>
        <translation>No se pudo guardar su expediente allí y no se guardó nada. Compruebe que la carpeta todavía exista (quizás se retiró una memoria USB), luego elija otro lugar e inténtelo de nuevo.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/erase_action.py" line="204"/>
        <source>Her file is saved</source>
        <translation>Su expediente está guardado</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/erase_action.py" line="206"/>
        <source>Saved {0}: {1} case(s) and {2} signed plan(s). The file is not encrypted.</source>
        <translation>Se guardó {0}: {1} caso(s) y {2} plan(es) firmado(s). El archivo no está cifrado.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/erase_action.py" line="221"/>
        <source>Erase her file</source>
        <translation>Borrar su expediente</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/erase_action.py" line="235"/>
        <source>Her file was not erased</source>
        <translation>Su expediente no se borró</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/erase_action.py" line="244"/>
        <source>Her file is erased</source>
        <translation>Su expediente está borrado</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/erase_action.py" line="246"/>
        <source>Her file was erased from this store. The audit trail keeps only that a file was erased, by whom and when.</source>
        <translation>Su expediente se borró de esta base de datos. El registro de auditoría solo conserva que se borró un expediente, quién lo hizo y cuándo.</translation>
    </message>
</context>
<context>
    <name>HouseholdBox</name>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/household_box.py" line="43"/>
        <location filename="../../src/shelterplan/ui/workspace/household_box.py" line="81"/>
        <location filename="../../src/shelterplan/ui/workspace/household_box.py" line="262"/>
        <source>Children and dependants</source>
        <translation>Hijas, hijos y personas a cargo</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/household_box.py" line="52"/>
        <source>No child or dependant recorded.</source>
        <translation>No hay hijas, hijos ni personas a cargo registrados.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/household_box.py" line="54"/>
        <source>Add…</source>
        <translation>Agregar…</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/household_box.py" line="56"/>
        <source>Record a child or dependant in her care</source>
        <translation>Registrar una hija, un hijo o una persona a su cargo</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/household_box.py" line="58"/>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/household_box.py" line="60"/>
        <source>Change the selected child or dependant</source>
        <translation>Modificar los datos de la persona seleccionada</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/household_box.py" line="62"/>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/household_box.py" line="64"/>
        <source>Take the selected child or dependant off the case</source>
        <translation>Quitar del caso a la persona seleccionada</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/household_box.py" line="209"/>
        <source>The case is no longer open on this screen; nothing was saved.</source>
        <translation>El caso ya no está abierto en esta pantalla; no se guardó nada.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/household_box.py" line="237"/>
        <source>Not saved: {0}</source>
        <translation>No se guardó: {0}</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/household_box.py" line="247"/>
        <source>Take {0} off her list of children and dependants? The record is kept in the store but no longer shown.</source>
        <translation>¿Quitar a {0} de su lista de hijas, hijos y personas a cargo? El registro se conserva en la base de datos, pero ya no se muestra.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/household_box.py" line="250"/>
        <source>Remove a child or dependant</source>
        <translation>Quitar hija, hijo o persona a cargo</translation>
    </message>
</context>
<context>
    <name>NotesTab</name>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/notes_tab.py" line="125"/>
        <source>Write a note…</source>
        <translation>Escriba una nota…</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/notes_tab.py" line="126"/>
        <source>New note</source>
        <translation>Nueva nota</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/notes_tab.py" line="127"/>
        <source>Press Ctrl+Return to add the note.</source>
        <translation>Pulse Ctrl+Return para agregar la nota.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/notes_tab.py" line="134"/>
        <source>&amp;Add note</source>
        <translation>&amp;Agregar nota</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/notes_tab.py" line="136"/>
        <source>Add the note (Ctrl+Return)</source>
        <translation>Agregar la nota (Ctrl+Return)</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/notes_tab.py" line="141"/>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/notes_tab.py" line="145"/>
        <source>Notes, newest first</source>
        <translation>Notas, las más recientes primero</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/notes_tab.py" line="154"/>
        <source>&amp;Write a note</source>
        <translation>&amp;Escribir una nota</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/notes_tab.py" line="156"/>
        <source>&amp;Timeline — newest first</source>
        <translation>&amp;Cronología — lo más reciente primero</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/notes_tab.py" line="163"/>
        <source>No notes yet.</source>
        <translation>Todavía no hay notas.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/notes_tab.py" line="218"/>
        <source>The note is empty, so nothing was saved.</source>
        <translation>La nota está vacía, así que no se guardó nada.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/notes_tab.py" line="226"/>
        <source>The note was not saved: {0} Your text is still here.</source>
        <translation>La nota no se guardó: {0} Su texto sigue aquí.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/notes_tab.py" line="230"/>
        <source>Note added.</source>
        <translation>Nota agregada.</translation>
    </message>
</context>
<context>
    <name>OutcomeDialog</name>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/outcome_dialog.py" line="34"/>
        <source>Step missed</source>
        <translation>Paso no realizado</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/outcome_dialog.py" line="36"/>
        <source>Step done</source>
        <translation>Paso hecho</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/outcome_dialog.py" line="47"/>
        <source>What happened?</source>
        <translation>¿Qué pasó?</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/outcome_dialog.py" line="48"/>
        <source>In a few words, what happened.</source>
        <translation>En pocas palabras, qué pasó.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/outcome_dialog.py" line="57"/>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/outcome_dialog.py" line="65"/>
        <source>Save (Ctrl+Enter)</source>
        <translation>Guardar (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/outcome_dialog.py" line="72"/>
        <source>&amp;What happened?</source>
        <translation>¿&amp;Qué pasó?</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/outcome_dialog.py" line="73"/>
        <source>Wh&amp;en</source>
        <translation>&amp;Cuándo</translation>
    </message>
</context>
<context>
    <name>OverviewTab</name>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/overview_tab.py" line="123"/>
        <source>Support people</source>
        <translation>Personas de apoyo</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/overview_tab.py" line="124"/>
        <source>Her team</source>
        <translation>Su equipo</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/overview_tab.py" line="125"/>
        <location filename="../../src/shelterplan/ui/workspace/overview_tab.py" line="137"/>
        <source>Consents</source>
        <translation>Consentimientos</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/overview_tab.py" line="127"/>
        <source>People around her</source>
        <translation>Personas de su entorno</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/overview_tab.py" line="130"/>
        <source>Trusted support people</source>
        <translation>Personas de apoyo de confianza</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/overview_tab.py" line="131"/>
        <source>Her team (service providers)</source>
        <translation>Su equipo (servicios externos)</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/overview_tab.py" line="176"/>
        <source>Safe contact</source>
        <translation>Contacto seguro</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/overview_tab.py" line="182"/>
        <source>Safe contact — read before any call, message or visit</source>
        <translation>Contacto seguro — leer antes de cualquier llamada, mensaje o visita</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/overview_tab.py" line="193"/>
        <location filename="../../src/shelterplan/ui/workspace/overview_tab.py" line="326"/>
        <source>Code word on file</source>
        <translation>Palabra clave registrada</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/overview_tab.py" line="196"/>
        <location filename="../../src/shelterplan/ui/workspace/overview_tab.py" line="417"/>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/overview_tab.py" line="198"/>
        <location filename="../../src/shelterplan/ui/workspace/overview_tab.py" line="418"/>
        <source>Show the code word</source>
        <translation>Mostrar la palabra clave</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/overview_tab.py" line="200"/>
        <source>Showing the code word is recorded in the audit trail.</source>
        <translation>Mostrar la palabra clave queda anotado en el registro de auditoría.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/overview_tab.py" line="221"/>
        <source>About her</source>
        <translation>Sobre ella</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/overview_tab.py" line="226"/>
        <source>Legal name</source>
        <translation>Nombre legal</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/overview_tab.py" line="227"/>
        <source>Pronouns</source>
        <translation>Pronombres</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/overview_tab.py" line="228"/>
        <source>Age</source>
        <translation>Edad</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/overview_tab.py" line="229"/>
        <source>Languages</source>
        <translation>Idiomas</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/overview_tab.py" line="230"/>
        <source>Printed plan in</source>
        <translation>Plan impreso en</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/overview_tab.py" line="231"/>
        <source>Program</source>
        <translation>Programa</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/overview_tab.py" line="232"/>
        <source>Phase</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/overview_tab.py" line="233"/>
        <source>Case opened</source>
        <translation>Apertura del caso</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/overview_tab.py" line="234"/>
        <source>Lead worker</source>
        <translation>Trabajadora responsable</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/overview_tab.py" line="279"/>
        <source>Client</source>
        <translation>Participante</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/overview_tab.py" line="283"/>
        <source>{0} years old</source>
        <translation>{0} años</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/overview_tab.py" line="297"/>
        <location filename="../../src/shelterplan/ui/workspace/overview_tab.py" line="335"/>
        <source>Not recorded</source>
        <translation>Sin registrar</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/overview_tab.py" line="308"/>
        <source>Nobody assigned</source>
        <translation>Sin asignar</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/overview_tab.py" line="311"/>
        <source>Nobody listed yet.</source>
        <translation>Todavía no hay nadie anotado.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/overview_tab.py" line="312"/>
        <source>No provider listed yet.</source>
        <translation>Todavía no hay servicios anotados.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/overview_tab.py" line="317"/>
        <source>Do not tell anyone she is here: {0}</source>
        <translation>No decir a nadie que ella está aquí: {0}</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/overview_tab.py" line="318"/>
        <source>Do not leave messages</source>
        <translation>No dejar mensajes</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/overview_tab.py" line="320"/>
        <source>Not known whether messages are safe — do not leave one</source>
        <translation>No se sabe si es seguro dejar mensajes — no deje ninguno</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/overview_tab.py" line="322"/>
        <source>Messages may be left</source>
        <translation>Se pueden dejar mensajes</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/overview_tab.py" line="323"/>
        <source>No safe phone — contact only in person</source>
        <translation>Sin teléfono seguro — contactarla solo en persona</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/overview_tab.py" line="324"/>
        <source>Safe phone: {0}</source>
        <translation>Teléfono seguro: {0}</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/overview_tab.py" line="325"/>
        <source>Safe times: {0}</source>
        <translation>Horarios seguros: {0}</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/overview_tab.py" line="332"/>
        <source>{0} (born {1})</source>
        <translation>{0} (nacida el {1})</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/overview_tab.py" line="334"/>
        <source>About {0}</source>
        <translation>Unos {0}</translation>
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
        <translation>Se puede contactar</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/overview_tab.py" line="345"/>
        <source>Safe to contact: {0}</source>
        <translation>Se puede contactar: {0}</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/overview_tab.py" line="347"/>
        <source>NOT safe to contact</source>
        <translation>NO es seguro contactar</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/overview_tab.py" line="349"/>
        <source>may share her information</source>
        <translation>se puede compartir su información</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/overview_tab.py" line="351"/>
        <source>do not share her information</source>
        <translation>no compartir su información</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/overview_tab.py" line="365"/>
        <source>WITHDRAWN on {0} — do not share</source>
        <translation>RETIRADO el {0} — no compartir</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/overview_tab.py" line="369"/>
        <source>EXPIRED on {0} — ask her again before sharing</source>
        <translation>VENCIDO el {0} — volver a preguntarle antes de compartir</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/overview_tab.py" line="373"/>
        <source>Not given</source>
        <translation>No otorgado</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/overview_tab.py" line="375"/>
        <source>Starts on {0}</source>
        <translation>Empieza el {0}</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/overview_tab.py" line="377"/>
        <source>Valid until {0}</source>
        <translation>Válido hasta el {0}</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/overview_tab.py" line="378"/>
        <source>Valid, no end date</source>
        <translation>Válido, sin fecha de fin</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/overview_tab.py" line="395"/>
        <source>Given on {0}</source>
        <translation>Otorgado el {0}</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/overview_tab.py" line="398"/>
        <source>No consent recorded yet.</source>
        <translation>Todavía no hay consentimientos registrados.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/overview_tab.py" line="435"/>
        <source>Hide</source>
        <translation>Ocultar</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/overview_tab.py" line="436"/>
        <source>Hide the code word</source>
        <translation>Ocultar la palabra clave</translation>
    </message>
</context>
<context>
    <name>PlanTab</name>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/plan_tab.py" line="152"/>
        <source>Plan: goals and steps</source>
        <translation>Plan: metas y pasos</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/plan_tab.py" line="168"/>
        <source>Who does the step</source>
        <translation>Quién hace el paso</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/plan_tab.py" line="171"/>
        <source>Step status</source>
        <translation>Estado del paso</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/plan_tab.py" line="175"/>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/plan_tab.py" line="178"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/plan_tab.py" line="186"/>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/plan_tab.py" line="189"/>
        <source>New &amp;goal…</source>
        <translation>Nueva &amp;meta…</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/plan_tab.py" line="192"/>
        <source>New &amp;steps…</source>
        <translation>Nuevos &amp;pasos…</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/plan_tab.py" line="195"/>
        <source>Re&amp;view…</source>
        <translation>Re&amp;visión…</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/plan_tab.py" line="198"/>
        <source>Go over the plan with her: progress, what helped, what got in the way</source>
        <translation>Repasar el plan con ella: avances, lo que ayudó, lo que dificultó</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/plan_tab.py" line="210"/>
        <source>Printing</source>
        <translation>Impresión</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/plan_tab.py" line="213"/>
        <source>&amp;Print plan…</source>
        <translation>&amp;Imprimir plan…</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/plan_tab.py" line="216"/>
        <source>Mark as si&amp;gned…</source>
        <translation>Marcar como &amp;firmado…</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/plan_tab.py" line="218"/>
        <source>Print p&amp;rogress…</source>
        <translation>Imprimir pro&amp;greso…</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/plan_tab.py" line="220"/>
        <source>Her progress page: what she has achieved since the plan began</source>
        <translation>Su página de avances: lo que logró desde que empezó el plan</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/plan_tab.py" line="223"/>
        <source>&amp;Agency copy only</source>
        <translation>Solo &amp;copia de la organización</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/plan_tab.py" line="226"/>
        <source>Leave the selected goal or step off her take-home copy</source>
        <translation>Dejar la meta o el paso seleccionado fuera de su copia personal</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/plan_tab.py" line="240"/>
        <source>Plan summary</source>
        <translation>Resumen del plan</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/plan_tab.py" line="242"/>
        <source>This case is closed: the plan can be read but no longer changed.</source>
        <translation>Este caso está cerrado: el plan se puede leer, pero ya no se puede cambiar.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/plan_tab.py" line="251"/>
        <source>Enter or F2 changes the selected cell. {0} undoes, {1} redoes.</source>
        <translation>Enter o F2 modifica la celda seleccionada. {0} deshace, {1} rehace.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/plan_tab.py" line="370"/>
        <source>The plan could not be shown</source>
        <translation>No se pudo mostrar el plan</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/plan_tab.py" line="372"/>
        <source>The plan was not changed</source>
        <translation>El plan no se modificó</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/plan_tab.py" line="409"/>
        <source>change the step&apos;s status</source>
        <translation>cambiar el estado del paso</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/plan_tab.py" line="410"/>
        <source>change the due date</source>
        <translation>cambiar la fecha límite</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/plan_tab.py" line="411"/>
        <source>change who does the step</source>
        <translation>cambiar quién hace el paso</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/plan_tab.py" line="412"/>
        <source>change the step&apos;s wording</source>
        <translation>cambiar la redacción del paso</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/plan_tab.py" line="495"/>
        <source>No goals yet: a plan starts with her long-term goal.</source>
        <translation>Todavía no hay metas: un plan empieza por su meta a largo plazo.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/plan_tab.py" line="498"/>
        <source>Goals: {0}   Steps: {1}   Overdue: {2}</source>
        <translation>Metas: {0}   Pasos: {1}   Atrasados: {2}</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/plan_tab.py" line="505"/>
        <source>Undo: {0}</source>
        <translation>Deshacer: {0}</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/plan_tab.py" line="505"/>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/plan_tab.py" line="508"/>
        <source>Redo: {0}</source>
        <translation>Rehacer: {0}</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/plan_tab.py" line="508"/>
        <source>Redo</source>
        <translation>Rehacer</translation>
    </message>
</context>
<context>
    <name>ReferralsTab</name>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/referrals_tab.py" line="60"/>
        <source>Referrals</source>
        <translation>Derivaciones</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/referrals_tab.py" line="65"/>
        <source>N&amp;ew referral…</source>
        <translation>&amp;Nueva derivación…</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/referrals_tab.py" line="67"/>
        <source>Find a service in the directory and refer her</source>
        <translation>Buscar un servicio en el directorio y derivarla</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/referrals_tab.py" line="72"/>
        <source>Referrals, newest first</source>
        <translation>Derivaciones, las más recientes primero</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/referrals_tab.py" line="75"/>
        <source>Service</source>
        <translation>Servicio</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/referrals_tab.py" line="76"/>
        <location filename="../../src/shelterplan/ui/workspace/referrals_tab.py" line="123"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/referrals_tab.py" line="77"/>
        <source>Made on</source>
        <translation>Hecha el</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/referrals_tab.py" line="78"/>
        <source>Her details</source>
        <translation>Sus datos</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/referrals_tab.py" line="79"/>
        <location filename="../../src/shelterplan/ui/workspace/referrals_tab.py" line="128"/>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/referrals_tab.py" line="100"/>
        <source>No referral yet. Use New referral… to find a service in the directory.</source>
        <translation>Todavía no hay derivaciones. Use Nueva derivación… para buscar un servicio en el directorio.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/referrals_tab.py" line="117"/>
        <source>Selected referral</source>
        <translation>Derivación seleccionada</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/referrals_tab.py" line="130"/>
        <source>What came of it — needed when it is completed or declined.</source>
        <translation>En qué quedó — obligatorio cuando está completada o rechazada.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/referrals_tab.py" line="134"/>
        <source>Save c&amp;hanges</source>
        <translation>&amp;Guardar cambios</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/referrals_tab.py" line="137"/>
        <source>Plan copy for this &amp;provider…</source>
        <translation>Copia del plan para este &amp;servicio…</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/referrals_tab.py" line="140"/>
        <source>Print her plan for this provider: only with her consent to share with it</source>
        <translation>Imprimir su plan para este servicio: solo con su consentimiento para compartir información con él</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/referrals_tab.py" line="151"/>
        <source>S&amp;tatus</source>
        <translation>&amp;Estado</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/referrals_tab.py" line="154"/>
        <source>Outco&amp;me</source>
        <translation>&amp;Resultado</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/referrals_tab.py" line="190"/>
        <source>{0} (no longer in the directory)</source>
        <translation>{0} (ya no está en el directorio)</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/referrals_tab.py" line="192"/>
        <source>{0}
For: {1}</source>
        <translation>{0}
Para: {1}</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/referrals_tab.py" line="193"/>
        <source>Shared</source>
        <translation>Compartidos</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/referrals_tab.py" line="193"/>
        <source>Not shared</source>
        <translation>No compartidos</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/referrals_tab.py" line="197"/>
        <source>Not yet</source>
        <translation>Todavía no</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/referrals_tab.py" line="223"/>
        <source>{0} — {1}</source>
        <translation>{0} — {1}</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/referrals_tab.py" line="291"/>
        <source>Referral to {0} added.</source>
        <translation>Derivación a {0} agregada.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/referrals_tab.py" line="299"/>
        <source>She has not consented to sharing her details with {0}. Record her consent first, or make the referral without sharing details.</source>
        <translation>Ella no dio su consentimiento para compartir sus datos con {0}. Registre primero su consentimiento o haga la derivación sin compartir datos.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/referrals_tab.py" line="302"/>
        <source>Her consent is needed</source>
        <translation>Se necesita su consentimiento</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/referrals_tab.py" line="304"/>
        <source>Referral</source>
        <translation>Derivación</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/referrals_tab.py" line="322"/>
        <source>Not saved: {0} Your text is still here.</source>
        <translation>No se guardó: {0} Su texto sigue aquí.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/referrals_tab.py" line="325"/>
        <source>Referral updated.</source>
        <translation>Derivación actualizada.</translation>
    </message>
</context>
<context>
    <name>SafetyTab</name>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/safety_tab.py" line="84"/>
        <source>Safety plan</source>
        <translation>Plan de seguridad</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/safety_tab.py" line="91"/>
        <source>Reviewed with her &amp;today</source>
        <translation>Revisado con ella h&amp;oy</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/safety_tab.py" line="93"/>
        <source>Record that you went over the plan with her and it still holds.</source>
        <translation>Registrar que repasó el plan con ella y que sigue vigente.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/safety_tab.py" line="96"/>
        <source>Sa&amp;ve</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/safety_tab.py" line="98"/>
        <source>Save the safety plan (Ctrl+S)</source>
        <translation>Guardar el plan de seguridad (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/safety_tab.py" line="100"/>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/safety_tab.py" line="103"/>
        <source>Print her safety plan: no shelter name or address on it</source>
        <translation>Imprimir su plan de seguridad: sin el nombre ni la dirección del refugio</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/safety_tab.py" line="115"/>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/safety_tab.py" line="130"/>
        <source>Knowing when danger is coming</source>
        <translation>Reconocer cuándo se acerca el peligro</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/safety_tab.py" line="133"/>
        <source>Ready to leave</source>
        <translation>Lista para irse</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/safety_tab.py" line="135"/>
        <source>Children, work and online</source>
        <translation>Hijas e hijos, trabajo e internet</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/safety_tab.py" line="159"/>
        <source>&amp;Warning signs she watches for</source>
        <translation>&amp;Señales de alerta que ella vigila</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/safety_tab.py" line="160"/>
        <source>What tells her danger is rising: his moods, drinking, threats…</source>
        <translation>Lo que le indica que el peligro aumenta: los cambios de humor de él, la bebida, las amenazas…</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/safety_tab.py" line="163"/>
        <source>Safe p&amp;laces to go</source>
        <translation>&amp;Lugares seguros adonde ir</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/safety_tab.py" line="164"/>
        <source>Where she can go at any hour, and how she gets there</source>
        <translation>Adónde puede ir a cualquier hora y cómo llega</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/safety_tab.py" line="167"/>
        <source>People she can &amp;call</source>
        <translation>&amp;Personas a quienes puede llamar</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/safety_tab.py" line="168"/>
        <source>Who will help, and how to reach them</source>
        <translation>Quién la ayudará y cómo comunicarse con esas personas</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/safety_tab.py" line="171"/>
        <source>&amp;Emergency numbers</source>
        <translation>&amp;Números de emergencia</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/safety_tab.py" line="172"/>
        <source>911, the shelter&apos;s crisis line, her worker…</source>
        <translation>911, la línea de crisis del refugio, su trabajadora…</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/safety_tab.py" line="175"/>
        <source>Documents and things to &amp;keep ready</source>
        <translation>&amp;Documentos y cosas para tener a mano</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/safety_tab.py" line="177"/>
        <source>Identification, health cards, medication, keys, money, bank cards, phone charger — and where they are kept</source>
        <translation>Documentos de identidad, tarjetas sanitarias, medicamentos, llaves, dinero, tarjetas bancarias, cargador del teléfono — y dónde están guardados</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/safety_tab.py" line="182"/>
        <source>C&amp;hildren&apos;s safety</source>
        <translation>Seguridad de &amp;hijas e hijos</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/safety_tab.py" line="183"/>
        <source>What the children know to do; who may pick them up</source>
        <translation>Qué saben hacer las niñas y los niños; quién puede recogerlos</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/safety_tab.py" line="186"/>
        <source>Safet&amp;y at work</source>
        <translation>Seguridad en el &amp;trabajo</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/safety_tab.py" line="187"/>
        <source>Who at work knows; screening calls; getting to and from work</source>
        <translation>Quién lo sabe en el trabajo; filtrar llamadas; ir y volver del trabajo</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/safety_tab.py" line="190"/>
        <source>Safety online and &amp;by phone</source>
        <translation>Seguridad en línea y por telé&amp;fono</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/safety_tab.py" line="191"/>
        <source>Passwords, location sharing, social media, a safe phone</source>
        <translation>Contraseñas, ubicación compartida, redes sociales, un teléfono seguro</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/safety_tab.py" line="218"/>
        <source>Where to go, whom to call</source>
        <translation>Adónde ir, a quién llamar</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/safety_tab.py" line="225"/>
        <source>Code word</source>
        <translation>Palabra clave</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/safety_tab.py" line="227"/>
        <location filename="../../src/shelterplan/ui/workspace/safety_tab.py" line="312"/>
        <location filename="../../src/shelterplan/ui/workspace/safety_tab.py" line="329"/>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/safety_tab.py" line="229"/>
        <source>Show the code word</source>
        <translation>Mostrar la palabra clave</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/safety_tab.py" line="231"/>
        <source>Showing a saved code word is recorded in the audit trail.</source>
        <translation>Mostrar una palabra clave guardada queda anotado en el registro de auditoría.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/safety_tab.py" line="234"/>
        <source>Code wor&amp;d (she says or texts it to ask her people for help)</source>
        <translation>Pala&amp;bra clave (ella la dice o la envía por mensaje para pedir ayuda a su gente)</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/safety_tab.py" line="269"/>
        <source>No safety plan yet: write what she wants, then save.</source>
        <translation>Todavía no hay plan de seguridad: escriba lo que ella quiera y luego guarde.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/safety_tab.py" line="273"/>
        <source>Last reviewed on {0}</source>
        <translation>Última revisión el {0}</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/safety_tab.py" line="275"/>
        <source>Not reviewed yet</source>
        <translation>Todavía sin revisar</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/safety_tab.py" line="279"/>
        <source>This case is closed: the safety plan can be read, not changed.</source>
        <translation>Este caso está cerrado: el plan de seguridad se puede leer, pero no cambiar.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/safety_tab.py" line="318"/>
        <source>On file — press Show to see or change it</source>
        <translation>Registrada — pulse Mostrar para verla o cambiarla</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/safety_tab.py" line="320"/>
        <source>A word only she and her people know</source>
        <translation>Una palabra que solo conocen ella y su gente</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/safety_tab.py" line="347"/>
        <source>Hide</source>
        <translation>Ocultar</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/safety_tab.py" line="410"/>
        <source>The safety plan was not saved: {0} Your text is still here.</source>
        <translation>El plan de seguridad no se guardó: {0} Su texto sigue aquí.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/safety_tab.py" line="416"/>
        <source>Safety plan saved.</source>
        <translation>Plan de seguridad guardado.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/safety_tab.py" line="435"/>
        <source>Marked as reviewed with her today.</source>
        <translation>Marcado como revisado con ella hoy.</translation>
    </message>
</context>
<context>
    <name>VersionsTab</name>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/versions_tab.py" line="66"/>
        <source>Plan versions, newest first</source>
        <translation>Versiones del plan, las más recientes primero</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/versions_tab.py" line="87"/>
        <location filename="../../src/shelterplan/ui/workspace/versions_tab.py" line="107"/>
        <source>Changes since the last signed version</source>
        <translation>Cambios desde la última versión firmada</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/versions_tab.py" line="89"/>
        <source>Reviews, newest first</source>
        <translation>Revisiones, las más recientes primero</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/versions_tab.py" line="92"/>
        <source>Print this &amp;version again…</source>
        <translation>Volver a imprimir esta &amp;versión…</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/versions_tab.py" line="95"/>
        <source>Prints the selected signed version exactly as it was signed</source>
        <translation>Imprime la versión firmada seleccionada tal como se firmó</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/versions_tab.py" line="100"/>
        <source>Plan versions</source>
        <translation>Versiones del plan</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/versions_tab.py" line="111"/>
        <source>Reviews</source>
        <translation>Revisiones</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/versions_tab.py" line="135"/>
        <source>No review held yet.</source>
        <translation>Todavía no se hizo ninguna revisión.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/versions_tab.py" line="164"/>
        <source>No version signed yet — print the plan and sign it with her.</source>
        <translation>Todavía no hay versiones firmadas — imprima el plan y fírmelo con ella.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/versions_tab.py" line="170"/>
        <source>No changes since version {0} was signed.</source>
        <translation>No hay cambios desde que se firmó la versión {0}.</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/versions_tab.py" line="175"/>
        <source>Since version {0} was signed ({1} changes) — print and sign a new version so she holds the current plan:</source>
        <translation>Desde que se firmó la versión {0} ({1} cambios) — imprima y firme una nueva versión para que ella tenga el plan actual:</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/versions_tab.py" line="184"/>
        <source>no date</source>
        <translation>sin fecha</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/versions_tab.py" line="194"/>
        <source>New goal: {0}</source>
        <translation>Nueva meta: {0}</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/versions_tab.py" line="195"/>
        <source>Goal removed: {0}</source>
        <translation>Meta eliminada: {0}</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/versions_tab.py" line="196"/>
        <source>Goal reworded: “{1}” became “{2}”</source>
        <translation>Meta reformulada: «{1}» pasó a ser «{2}»</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/versions_tab.py" line="197"/>
        <source>Goal “{0}”: target date {1} → {2}</source>
        <translation>Meta «{0}»: fecha prevista {1} → {2}</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/versions_tab.py" line="198"/>
        <source>Goal “{0}”: {1} → {2}</source>
        <translation>Meta «{0}»: {1} → {2}</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/versions_tab.py" line="199"/>
        <source>New step: {0}</source>
        <translation>Nuevo paso: {0}</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/versions_tab.py" line="200"/>
        <source>Step removed: {0}</source>
        <translation>Paso eliminado: {0}</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/versions_tab.py" line="201"/>
        <source>Step reworded: “{1}” became “{2}”</source>
        <translation>Paso reformulado: «{1}» pasó a ser «{2}»</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/versions_tab.py" line="202"/>
        <source>Step “{0}”: {1} → {2}</source>
        <translation>Paso «{0}»: {1} → {2}</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/versions_tab.py" line="203"/>
        <source>Step “{0}”: due date {1} → {2}</source>
        <translation>Paso «{0}»: fecha límite {1} → {2}</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/versions_tab.py" line="205"/>
        <source>Step “{0}”: who does it, appointment or instructions changed</source>
        <translation>Paso «{0}»: cambió quién lo hace, la cita o las indicaciones</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/versions_tab.py" line="207"/>
        <source>Referrals changed</source>
        <translation>Cambiaron las derivaciones</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/versions_tab.py" line="208"/>
        <source>People listed on the plan changed</source>
        <translation>Cambiaron las personas que figuran en el plan</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/versions_tab.py" line="209"/>
        <source>Next review: {1} → {2}</source>
        <translation>Próxima revisión: {1} → {2}</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/versions_tab.py" line="210"/>
        <location filename="../../src/shelterplan/ui/workspace/versions_tab.py" line="212"/>
        <source>Other details of the plan changed</source>
        <translation>Cambiaron otros detalles del plan</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/versions_tab.py" line="223"/>
        <source>{0} · {1}</source>
        <translation>{0} · {1}</translation>
    </message>
    <message>
        <location filename="../../src/shelterplan/ui/workspace/versions_tab.py" line="228"/>
        <source>Next review: {0}</source>
        <translation>Próxima revisión: {0}</translation>
    </message>
</context>
</TS>
