<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>ActorKind</name>
    <message>
        <location filename="../../ui/formatting.py" line="122"/>
        <source>person</source>
        <translation>persona</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="123"/>
        <source>organisation</source>
        <translation>organización</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="124"/>
        <source>place</source>
        <translation>lugar</translation>
    </message>
</context>
<context>
    <name>ActorTableModel</name>
    <message>
        <location filename="../../ui/models/actors.py" line="22"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../ui/models/actors.py" line="25"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../ui/models/actors.py" line="31"/>
        <source>Role</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <location filename="../../ui/models/actors.py" line="34"/>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <location filename="../../ui/models/actors.py" line="40"/>
        <source>Also known as</source>
        <translation>También conocido como</translation>
    </message>
    <message>
        <location filename="../../ui/models/actors.py" line="46"/>
        <source>Review</source>
        <translation>Revisión</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../ui/app.py" line="138"/>
        <source>You can open it read-only here to look things up; changes are made in the other window.</source>
        <translation>Puede abrirla aquí en solo lectura para consultarla; los cambios se hacen en la otra ventana.</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="145"/>
        <source>Open read-only</source>
        <translation>Abrir en solo lectura</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="147"/>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
</context>
<context>
    <name>BackupListModel</name>
    <message>
        <location filename="../../ui/views/backup_dialog.py" line="76"/>
        <source>Made on</source>
        <translation>Hecha el</translation>
    </message>
    <message>
        <location filename="../../ui/views/backup_dialog.py" line="76"/>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
</context>
<context>
    <name>CaptionTableModel</name>
    <message>
        <location filename="../../ui/models/captions.py" line="22"/>
        <source>Caption</source>
        <translation>Pie de foto</translation>
    </message>
    <message>
        <location filename="../../ui/models/captions.py" line="28"/>
        <source>Credit</source>
        <translation>Crédito</translation>
    </message>
    <message>
        <location filename="../../ui/models/captions.py" line="34"/>
        <source>Review</source>
        <translation>Revisión</translation>
    </message>
</context>
<context>
    <name>CaseCountsLabel</name>
    <message>
        <location filename="../../ui/views/case_counts.py" line="73"/>
        <source>{count} to review</source>
        <translation>{count} por revisar</translation>
    </message>
</context>
<context>
    <name>CaseListModel</name>
    <message>
        <location filename="../../ui/models/cases.py" line="128"/>
        <source>archived</source>
        <translation>archivado</translation>
    </message>
</context>
<context>
    <name>CaseListView</name>
    <message>
        <location filename="../../ui/views/case_list.py" line="96"/>
        <source>Filter cases</source>
        <translation>Filtrar casos</translation>
    </message>
    <message>
        <location filename="../../ui/views/case_list.py" line="107"/>
        <source>Show archived cases</source>
        <translation>Mostrar casos archivados</translation>
    </message>
</context>
<context>
    <name>CaseTabs</name>
    <message>
        <location filename="../../ui/views/case_tabs.py" line="63"/>
        <source>Timeline</source>
        <translation>Cronología</translation>
    </message>
    <message>
        <location filename="../../ui/views/case_tabs.py" line="63"/>
        <source>Filter the timeline</source>
        <translation>Filtrar la cronología</translation>
    </message>
    <message>
        <location filename="../../ui/views/case_tabs.py" line="64"/>
        <source>Quotes</source>
        <translation>Declaraciones</translation>
    </message>
    <message>
        <location filename="../../ui/views/case_tabs.py" line="64"/>
        <source>Filter quotes</source>
        <translation>Filtrar declaraciones</translation>
    </message>
    <message>
        <location filename="../../ui/views/case_tabs.py" line="65"/>
        <source>Sources</source>
        <translation>Fuentes</translation>
    </message>
    <message>
        <location filename="../../ui/views/case_tabs.py" line="65"/>
        <source>Filter sources</source>
        <translation>Filtrar fuentes</translation>
    </message>
    <message>
        <location filename="../../ui/views/case_tabs.py" line="66"/>
        <source>Captions</source>
        <translation>Pies de foto</translation>
    </message>
    <message>
        <location filename="../../ui/views/case_tabs.py" line="66"/>
        <source>Filter captions</source>
        <translation>Filtrar pies de foto</translation>
    </message>
    <message>
        <location filename="../../ui/views/case_tabs.py" line="67"/>
        <source>Actors</source>
        <translation>Actores</translation>
    </message>
    <message>
        <location filename="../../ui/views/case_tabs.py" line="67"/>
        <source>Filter actors</source>
        <translation>Filtrar actores</translation>
    </message>
    <message>
        <location filename="../../ui/views/case_tabs.py" line="80"/>
        <location filename="../../ui/views/case_tabs.py" line="124"/>
        <source>Review</source>
        <translation>Revisión</translation>
    </message>
    <message>
        <location filename="../../ui/views/case_tabs.py" line="106"/>
        <source>Create a case, then drop articles here.</source>
        <translation>Cree un caso y luego arrastre aquí los artículos.</translation>
    </message>
    <message>
        <location filename="../../ui/views/case_tabs.py" line="114"/>
        <source>This case has no sources yet.

Drop articles here (files, folders, links or text),
or use File ▸ Import files… (Ctrl+O).</source>
        <translation>Este caso aún no tiene fuentes.

Arrastre aquí artículos (archivos, carpetas, enlaces o texto)
o use Archivo ▸ Importar archivos… (Ctrl+O).</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <location filename="../../ui/commands.py" line="59"/>
        <source>Accept {kind}</source>
        <translation>Aceptar {kind}</translation>
    </message>
    <message>
        <location filename="../../ui/commands.py" line="61"/>
        <source>Reject {kind}</source>
        <translation>Rechazar {kind}</translation>
    </message>
    <message>
        <location filename="../../ui/commands.py" line="62"/>
        <source>Reopen {kind}</source>
        <translation>Reabrir {kind}</translation>
    </message>
    <message>
        <location filename="../../ui/commands.py" line="118"/>
        <source>Delete {kind}</source>
        <translation>Eliminar {kind}</translation>
    </message>
    <message>
        <location filename="../../ui/commands.py" line="197"/>
        <source>Rename case</source>
        <translation>Cambiar nombre del caso</translation>
    </message>
    <message>
        <location filename="../../ui/commands.py" line="208"/>
        <source>Archive case</source>
        <translation>Archivar caso</translation>
    </message>
    <message>
        <location filename="../../ui/commands.py" line="210"/>
        <source>Restore case</source>
        <translation>Restaurar caso</translation>
    </message>
    <message>
        <location filename="../../ui/commands.py" line="222"/>
        <source>Remove source “{title}”</source>
        <translation>Quitar la fuente «{title}»</translation>
    </message>
</context>
<context>
    <name>Counts</name>
    <message>
        <location filename="../../ui/models/cases.py" line="46"/>
        <source>1 source</source>
        <translation>1 fuente</translation>
    </message>
    <message>
        <location filename="../../ui/models/cases.py" line="47"/>
        <source>{n} sources</source>
        <translation>{n} fuentes</translation>
    </message>
    <message>
        <location filename="../../ui/models/cases.py" line="50"/>
        <source>1 event</source>
        <translation>1 hecho</translation>
    </message>
    <message>
        <location filename="../../ui/models/cases.py" line="51"/>
        <source>{n} events</source>
        <translation>{n} hechos</translation>
    </message>
    <message>
        <location filename="../../ui/models/cases.py" line="54"/>
        <source>1 quote</source>
        <translation>1 declaración</translation>
    </message>
    <message>
        <location filename="../../ui/models/cases.py" line="55"/>
        <source>{n} quotes</source>
        <translation>{n} declaraciones</translation>
    </message>
    <message>
        <location filename="../../ui/models/cases.py" line="58"/>
        <source>1 caption</source>
        <translation>1 pie de foto</translation>
    </message>
    <message>
        <location filename="../../ui/models/cases.py" line="59"/>
        <source>{n} captions</source>
        <translation>{n} pies de foto</translation>
    </message>
    <message>
        <location filename="../../ui/models/cases.py" line="62"/>
        <source>1 actor</source>
        <translation>1 actor</translation>
    </message>
    <message>
        <location filename="../../ui/models/cases.py" line="63"/>
        <source>{n} actors</source>
        <translation>{n} actores</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <location filename="../../ui/views/detail.py" line="104"/>
        <source>Select an item to see and edit it here.</source>
        <translation>Seleccione un elemento para verlo y editarlo aquí.</translation>
    </message>
    <message>
        <location filename="../../ui/views/detail.py" line="124"/>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-DD</translation>
    </message>
    <message>
        <location filename="../../ui/views/detail.py" line="125"/>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <location filename="../../ui/views/detail.py" line="125"/>
        <source>comma-separated, e.g. fentanyl, arms</source>
        <translation>separadas por comas, p. ej. fentanilo, armas</translation>
    </message>
    <message>
        <location filename="../../ui/views/detail.py" line="128"/>
        <location filename="../../ui/views/detail.py" line="142"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location filename="../../ui/views/detail.py" line="131"/>
        <source>Countries</source>
        <translation>Países</translation>
    </message>
    <message>
        <location filename="../../ui/views/detail.py" line="132"/>
        <source>ISO codes, e.g. MX, US</source>
        <translation>códigos ISO, p. ej. MX, US</translation>
    </message>
    <message>
        <location filename="../../ui/views/detail.py" line="134"/>
        <location filename="../../ui/views/detail.py" line="159"/>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <location filename="../../ui/views/detail.py" line="137"/>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <location filename="../../ui/views/detail.py" line="138"/>
        <source>Your summary, printed in the brief</source>
        <translation>Su resumen, impreso en el informe</translation>
    </message>
    <message>
        <location filename="../../ui/views/detail.py" line="143"/>
        <source>Outlet</source>
        <translation>Medio</translation>
    </message>
    <message>
        <location filename="../../ui/views/detail.py" line="144"/>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <location filename="../../ui/views/detail.py" line="145"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location filename="../../ui/views/detail.py" line="146"/>
        <source>Published</source>
        <translation>Publicado</translation>
    </message>
    <message>
        <location filename="../../ui/views/detail.py" line="147"/>
        <location filename="../../ui/views/detail.py" line="174"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../ui/views/detail.py" line="148"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location filename="../../ui/views/detail.py" line="153"/>
        <location filename="../../ui/views/detail.py" line="166"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../../ui/views/detail.py" line="154"/>
        <source>YYYY-MM-DD, YYYY-MM or YYYY</source>
        <translation>AAAA-MM-DD, AAAA-MM o AAAA</translation>
    </message>
    <message>
        <location filename="../../ui/views/detail.py" line="156"/>
        <source>Precision</source>
        <translation>Precisión</translation>
    </message>
    <message>
        <location filename="../../ui/views/detail.py" line="157"/>
        <source>Until</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <location filename="../../ui/views/detail.py" line="157"/>
        <source>optional, YYYY-MM-DD</source>
        <translation>opcional, AAAA-MM-DD</translation>
    </message>
    <message>
        <location filename="../../ui/views/detail.py" line="158"/>
        <source>Event</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <location filename="../../ui/views/detail.py" line="160"/>
        <source>Place</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <location filename="../../ui/views/detail.py" line="161"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../ui/views/detail.py" line="164"/>
        <source>Quote</source>
        <translation>Declaración</translation>
    </message>
    <message>
        <location filename="../../ui/views/detail.py" line="165"/>
        <source>Speaker</source>
        <translation>Declarante</translation>
    </message>
    <message>
        <location filename="../../ui/views/detail.py" line="169"/>
        <source>Caption</source>
        <translation>Pie de foto</translation>
    </message>
    <message>
        <location filename="../../ui/views/detail.py" line="170"/>
        <source>Credit</source>
        <translation>Crédito</translation>
    </message>
    <message>
        <location filename="../../ui/views/detail.py" line="173"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../ui/views/detail.py" line="177"/>
        <source>Also known as</source>
        <translation>También conocido como</translation>
    </message>
    <message>
        <location filename="../../ui/views/detail.py" line="178"/>
        <source>separated by ;</source>
        <translation>separados por ;</translation>
    </message>
    <message>
        <location filename="../../ui/views/detail.py" line="180"/>
        <source>Role</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <location filename="../../ui/views/detail.py" line="181"/>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <location filename="../../ui/views/detail.py" line="181"/>
        <source>ISO code, e.g. MX</source>
        <translation>código ISO, p. ej. MX</translation>
    </message>
    <message>
        <location filename="../../ui/views/detail.py" line="197"/>
        <source>Accept</source>
        <translation>Aceptar</translation>
    </message>
    <message>
        <location filename="../../ui/views/detail.py" line="198"/>
        <source>Reject</source>
        <translation>Rechazar</translation>
    </message>
    <message>
        <location filename="../../ui/views/detail.py" line="223"/>
        <source>Evidence</source>
        <translation>Evidencia</translation>
    </message>
    <message>
        <location filename="../../ui/views/detail.py" line="231"/>
        <source>Show in source</source>
        <translation>Ver en la fuente</translation>
    </message>
    <message>
        <location filename="../../ui/views/detail.py" line="231"/>
        <source>Show text</source>
        <translation>Ver texto</translation>
    </message>
    <message>
        <location filename="../../ui/views/detail.py" line="289"/>
        <source>Review: {state}</source>
        <translation>Revisión: {state}</translation>
    </message>
    <message>
        <location filename="../../ui/views/detail.py" line="303"/>
        <source>Typed by hand; no source.</source>
        <translation>Escrito a mano; sin fuente.</translation>
    </message>
    <message>
        <location filename="../../ui/views/detail.py" line="307"/>
        <source>The source has been removed.</source>
        <translation>La fuente ha sido eliminada.</translation>
    </message>
    <message>
        <location filename="../../ui/views/detail.py" line="308"/>
        <source>Untitled source</source>
        <translation>Fuente sin título</translation>
    </message>
    <message>
        <location filename="../../ui/views/detail.py" line="310"/>
        <source>From: {source}</source>
        <translation>De: {source}</translation>
    </message>
    <message>
        <location filename="../../ui/views/detail.py" line="337"/>
        <source>This field cannot be empty.</source>
        <translation>Este campo no puede quedar vacío.</translation>
    </message>
    <message>
        <location filename="../../ui/views/detail.py" line="343"/>
        <source>Tag {kind}</source>
        <translation>Etiquetar {kind}</translation>
    </message>
    <message>
        <location filename="../../ui/views/detail.py" line="350"/>
        <source>Edit {kind}</source>
        <translation>Editar {kind}</translation>
    </message>
    <message>
        <location filename="../../ui/views/detail.py" line="363"/>
        <source>“{text}” is not a date; write YYYY-MM-DD, YYYY-MM or YYYY.</source>
        <translation>«{text}» no es una fecha; escriba AAAA-MM-DD, AAAA-MM o AAAA.</translation>
    </message>
</context>
<context>
    <name>EventStatus</name>
    <message>
        <location filename="../../ui/formatting.py" line="102"/>
        <source>occurred</source>
        <translation>ocurrido</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="103"/>
        <source>planned</source>
        <translation>previsto</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="104"/>
        <source>reported</source>
        <translation>reportado</translation>
    </message>
</context>
<context>
    <name>EventTableModel</name>
    <message>
        <location filename="../../ui/models/events.py" line="28"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../../ui/models/events.py" line="34"/>
        <source>Event</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <location filename="../../ui/models/events.py" line="40"/>
        <source>Place</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <location filename="../../ui/models/events.py" line="46"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../ui/models/events.py" line="52"/>
        <source>Review</source>
        <translation>Revisión</translation>
    </message>
</context>
<context>
    <name>ExportBriefDialog</name>
    <message>
        <location filename="../../ui/views/export_dialog.py" line="121"/>
        <source>Export brief</source>
        <translation>Exportar informe</translation>
    </message>
    <message>
        <location filename="../../ui/views/export_dialog.py" line="133"/>
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <location filename="../../ui/views/export_dialog.py" line="135"/>
        <source>All dates</source>
        <translation>Todas las fechas</translation>
    </message>
    <message>
        <location filename="../../ui/views/export_dialog.py" line="141"/>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <location filename="../../ui/views/export_dialog.py" line="141"/>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <location filename="../../ui/views/export_dialog.py" line="151"/>
        <source>Sections</source>
        <translation>Secciones</translation>
    </message>
    <message>
        <location filename="../../ui/views/export_dialog.py" line="154"/>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <location filename="../../ui/views/export_dialog.py" line="155"/>
        <source>Timeline</source>
        <translation>Cronología</translation>
    </message>
    <message>
        <location filename="../../ui/views/export_dialog.py" line="156"/>
        <source>Quotes</source>
        <translation>Declaraciones</translation>
    </message>
    <message>
        <location filename="../../ui/views/export_dialog.py" line="157"/>
        <source>Photo captions</source>
        <translation>Pies de foto</translation>
    </message>
    <message>
        <location filename="../../ui/views/export_dialog.py" line="158"/>
        <source>Actors</source>
        <translation>Actores</translation>
    </message>
    <message>
        <location filename="../../ui/views/export_dialog.py" line="159"/>
        <source>Sources</source>
        <translation>Fuentes</translation>
    </message>
    <message>
        <location filename="../../ui/views/export_dialog.py" line="171"/>
        <source>Only items tagged (none checked: all items)</source>
        <translation>Solo elementos con estas etiquetas (ninguna marcada: todos)</translation>
    </message>
    <message>
        <location filename="../../ui/views/export_dialog.py" line="194"/>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <location filename="../../ui/views/export_dialog.py" line="195"/>
        <source>US Letter</source>
        <translation>Carta (EE. UU.)</translation>
    </message>
    <message>
        <location filename="../../ui/views/export_dialog.py" line="201"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../../ui/views/export_dialog.py" line="202"/>
        <source>Paper</source>
        <translation>Papel</translation>
    </message>
    <message>
        <location filename="../../ui/views/export_dialog.py" line="203"/>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <location filename="../../ui/views/export_dialog.py" line="204"/>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <location filename="../../ui/views/export_dialog.py" line="205"/>
        <source>Classification</source>
        <translation>Clasificación</translation>
    </message>
    <message>
        <location filename="../../ui/views/export_dialog.py" line="210"/>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <location filename="../../ui/views/export_dialog.py" line="213"/>
        <source>Save as</source>
        <translation>Guardar como</translation>
    </message>
    <message>
        <location filename="../../ui/views/export_dialog.py" line="224"/>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <location filename="../../ui/views/export_dialog.py" line="227"/>
        <location filename="../../ui/views/export_dialog.py" line="379"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../ui/views/export_dialog.py" line="229"/>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <location filename="../../ui/views/export_dialog.py" line="231"/>
        <source>Show folder</source>
        <translation>Mostrar carpeta</translation>
    </message>
    <message>
        <location filename="../../ui/views/export_dialog.py" line="256"/>
        <source>Save brief as</source>
        <translation>Guardar informe como</translation>
    </message>
    <message>
        <location filename="../../ui/views/export_dialog.py" line="256"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/views/export_dialog.py" line="298"/>
        <source>Choose where to save the brief.</source>
        <translation>Elija dónde guardar el informe.</translation>
    </message>
    <message>
        <location filename="../../ui/views/export_dialog.py" line="301"/>
        <source>The period ends before it starts.</source>
        <translation>El periodo termina antes de empezar.</translation>
    </message>
    <message>
        <location filename="../../ui/views/export_dialog.py" line="305"/>
        <source>The folder %s does not exist.</source>
        <translation>La carpeta %s no existe.</translation>
    </message>
    <message>
        <location filename="../../ui/views/export_dialog.py" line="314"/>
        <source>Building the brief…</source>
        <translation>Preparando el informe…</translation>
    </message>
    <message>
        <location filename="../../ui/views/export_dialog.py" line="327"/>
        <source>Cancelled; no file was written.</source>
        <translation>Cancelado; no se escribió ningún archivo.</translation>
    </message>
    <message>
        <location filename="../../ui/views/export_dialog.py" line="330"/>
        <source>Saved to %s</source>
        <translation>Guardado en %s</translation>
    </message>
    <message>
        <location filename="../../ui/views/export_dialog.py" line="348"/>
        <source>Cancelling after the current step…</source>
        <translation>Cancelando tras el paso en curso…</translation>
    </message>
    <message>
        <location filename="../../ui/views/export_dialog.py" line="379"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
</context>
<context>
    <name>ImportFlow</name>
    <message>
        <location filename="../../ui/import_flow.py" line="46"/>
        <source>Cancel import</source>
        <translation>Cancelar importación</translation>
    </message>
    <message>
        <location filename="../../ui/import_flow.py" line="116"/>
        <source>An import is already running; wait for it to end.</source>
        <translation>Ya hay una importación en curso; espere a que termine.</translation>
    </message>
    <message>
        <location filename="../../ui/import_flow.py" line="127"/>
        <source>Importing…</source>
        <translation>Importando…</translation>
    </message>
    <message>
        <location filename="../../ui/import_flow.py" line="136"/>
        <source>Importing {name} ({done} of {total})</source>
        <translation>Importando {name} ({done} de {total})</translation>
    </message>
    <message>
        <location filename="../../ui/import_flow.py" line="148"/>
        <source>Import finished: {summary}</source>
        <translation>Importación terminada: {summary}</translation>
    </message>
    <message>
        <location filename="../../ui/import_flow.py" line="167"/>
        <source>Import stopped</source>
        <translation>Importación detenida</translation>
    </message>
    <message>
        <location filename="../../ui/import_flow.py" line="173"/>
        <source>Cancelling after the current article…</source>
        <translation>Cancelando tras el artículo en curso…</translation>
    </message>
</context>
<context>
    <name>ImportSummaryDialog</name>
    <message>
        <location filename="../../ui/views/import_summary.py" line="38"/>
        <source>Import finished</source>
        <translation>Importación terminada</translation>
    </message>
    <message>
        <location filename="../../ui/views/import_summary.py" line="44"/>
        <source>What happened</source>
        <translation>Qué ocurrió</translation>
    </message>
    <message>
        <location filename="../../ui/views/import_summary.py" line="51"/>
        <source>Added</source>
        <translation>Añadidas</translation>
    </message>
    <message>
        <location filename="../../ui/views/import_summary.py" line="53"/>
        <source>Already in the library, added to this case</source>
        <translation>Ya estaban en la biblioteca, añadidas a este caso</translation>
    </message>
    <message>
        <location filename="../../ui/views/import_summary.py" line="57"/>
        <source>Duplicates, skipped</source>
        <translation>Duplicadas, omitidas</translation>
    </message>
    <message>
        <location filename="../../ui/views/import_summary.py" line="58"/>
        <source>Unreadable, skipped</source>
        <translation>Ilegibles, omitidas</translation>
    </message>
    <message>
        <location filename="../../ui/views/import_summary.py" line="95"/>
        <source>1 source added</source>
        <translation>1 fuente añadida</translation>
    </message>
    <message>
        <location filename="../../ui/views/import_summary.py" line="95"/>
        <source>%d sources added</source>
        <translation>%d fuentes añadidas</translation>
    </message>
    <message>
        <location filename="../../ui/views/import_summary.py" line="97"/>
        <source>%d already in the library, added to this case</source>
        <translation>%d ya estaban en la biblioteca, añadidas a este caso</translation>
    </message>
    <message>
        <location filename="../../ui/views/import_summary.py" line="99"/>
        <source>%d skipped</source>
        <translation>%d omitidas</translation>
    </message>
    <message>
        <location filename="../../ui/views/import_summary.py" line="103"/>
        <source>The import was cancelled; the sources listed were imported whole.</source>
        <translation>La importación se canceló; las fuentes listadas se importaron completas.</translation>
    </message>
</context>
<context>
    <name>ItemKind</name>
    <message>
        <location filename="../../ui/formatting.py" line="146"/>
        <source>case</source>
        <translation>caso</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="147"/>
        <source>source</source>
        <translation>fuente</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="148"/>
        <source>event</source>
        <translation>hecho</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="149"/>
        <source>quote</source>
        <translation>declaración</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="150"/>
        <source>caption</source>
        <translation>pie de foto</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="151"/>
        <source>actor</source>
        <translation>actor</translation>
    </message>
</context>
<context>
    <name>LibraryActions</name>
    <message>
        <location filename="../../ui/library_actions.py" line="109"/>
        <location filename="../../ui/library_actions.py" line="140"/>
        <source>Backing up the library…</source>
        <translation>Haciendo copia de seguridad de la biblioteca…</translation>
    </message>
    <message>
        <location filename="../../ui/library_actions.py" line="114"/>
        <source>Library backed up ({name}).</source>
        <translation>Copia de seguridad de la biblioteca hecha ({name}).</translation>
    </message>
    <message>
        <location filename="../../ui/library_actions.py" line="120"/>
        <source>The automatic backup failed: {error}</source>
        <translation>Falló la copia de seguridad automática: {error}</translation>
    </message>
    <message>
        <location filename="../../ui/library_actions.py" line="127"/>
        <source>Back up library</source>
        <translation>Copia de seguridad de la biblioteca</translation>
    </message>
    <message>
        <location filename="../../ui/library_actions.py" line="129"/>
        <source>Casefile backups (*.db)</source>
        <translation>Copias de seguridad de Casefile (*.db)</translation>
    </message>
    <message>
        <location filename="../../ui/library_actions.py" line="139"/>
        <source>Backup failed</source>
        <translation>Falló la copia de seguridad</translation>
    </message>
    <message>
        <location filename="../../ui/library_actions.py" line="146"/>
        <source>Library backed up</source>
        <translation>Copia de seguridad hecha</translation>
    </message>
    <message>
        <location filename="../../ui/library_actions.py" line="148"/>
        <source>The library&apos;s database was copied to:
{path}

Restore it with File ▸ Restore from backup… ▸ Other backup file…</source>
        <translation>La base de datos de la biblioteca se copió en:
{path}

Restáurela con Archivo ▸ Restaurar copia de seguridad… ▸ Otro archivo de copia…</translation>
    </message>
    <message>
        <location filename="../../ui/library_actions.py" line="166"/>
        <location filename="../../ui/library_actions.py" line="192"/>
        <source>Restore from backup</source>
        <translation>Restaurar copia de seguridad</translation>
    </message>
    <message>
        <location filename="../../ui/library_actions.py" line="181"/>
        <source>Put the library back as it was in the backup of {which}?

Everything changed since then leaves the library. Its current state is kept as a new backup first, so you can undo this by restoring that one.</source>
        <translation>¿Devolver la biblioteca al estado de la copia del {which}?

Todo lo cambiado desde entonces sale de la biblioteca. Antes se guarda su estado actual como una copia nueva, así que puede deshacerlo restaurando esa copia.</translation>
    </message>
    <message>
        <location filename="../../ui/library_actions.py" line="193"/>
        <source>Wait for the running import, backup or export to finish, then restore.</source>
        <translation>Espere a que termine la importación, copia o exportación en curso y restaure después.</translation>
    </message>
    <message>
        <location filename="../../ui/library_actions.py" line="219"/>
        <source>Restore failed</source>
        <translation>Falló la restauración</translation>
    </message>
    <message>
        <location filename="../../ui/library_actions.py" line="223"/>
        <source>Library restored. The state before is kept as backup {name}.</source>
        <translation>Biblioteca restaurada. El estado anterior queda en la copia {name}.</translation>
    </message>
    <message>
        <location filename="../../ui/library_actions.py" line="240"/>
        <source>Export case bundle</source>
        <translation>Exportar paquete del caso</translation>
    </message>
    <message>
        <location filename="../../ui/library_actions.py" line="242"/>
        <location filename="../../ui/library_actions.py" line="278"/>
        <source>Case bundles (*.casefile)</source>
        <translation>Paquetes de caso (*.casefile)</translation>
    </message>
    <message>
        <location filename="../../ui/library_actions.py" line="258"/>
        <source>Export failed</source>
        <translation>Falló la exportación</translation>
    </message>
    <message>
        <location filename="../../ui/library_actions.py" line="259"/>
        <source>Exporting the case…</source>
        <translation>Exportando el caso…</translation>
    </message>
    <message>
        <location filename="../../ui/library_actions.py" line="265"/>
        <source>Case exported</source>
        <translation>Caso exportado</translation>
    </message>
    <message>
        <location filename="../../ui/library_actions.py" line="267"/>
        <source>The case, its sources and their files are in:
{path}

Another Casefile opens it with File ▸ Import case bundle…</source>
        <translation>El caso, sus fuentes y sus archivos están en:
{path}

Otro Casefile lo abre con Archivo ▸ Importar paquete de caso…</translation>
    </message>
    <message>
        <location filename="../../ui/library_actions.py" line="276"/>
        <source>Import case bundle</source>
        <translation>Importar paquete de caso</translation>
    </message>
    <message>
        <location filename="../../ui/library_actions.py" line="298"/>
        <source>Import failed</source>
        <translation>Falló la importación</translation>
    </message>
    <message>
        <location filename="../../ui/library_actions.py" line="299"/>
        <source>Importing {name}…</source>
        <translation>Importando {name}…</translation>
    </message>
    <message>
        <location filename="../../ui/library_actions.py" line="316"/>
        <source>Case imported</source>
        <translation>Caso importado</translation>
    </message>
    <message>
        <location filename="../../ui/library_actions.py" line="325"/>
        <source>“{title}” is a new case in this library.</source>
        <translation>«{title}» es un caso nuevo en esta biblioteca.</translation>
    </message>
    <message>
        <location filename="../../ui/library_actions.py" line="327"/>
        <source>“{title}” was already in this library; the bundle was merged.</source>
        <translation>«{title}» ya estaba en esta biblioteca; el paquete se ha fusionado con él.</translation>
    </message>
    <message>
        <location filename="../../ui/library_actions.py" line="332"/>
        <source>Added: {counts}.</source>
        <translation>Añadido: {counts}.</translation>
    </message>
    <message>
        <location filename="../../ui/library_actions.py" line="332"/>
        <source>nothing new</source>
        <translation>nada nuevo</translation>
    </message>
    <message>
        <location filename="../../ui/library_actions.py" line="334"/>
        <source>Already there: {counts}.</source>
        <translation>Ya estaba: {counts}.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="97"/>
        <source>Main toolbar</source>
        <translation>Barra principal</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="217"/>
        <source>Restore case</source>
        <translation>Restaurar caso</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="217"/>
        <source>Archive case</source>
        <translation>Archivar caso</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="220"/>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="220"/>
        <source>Archive</source>
        <translation>Archivar</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="225"/>
        <source>New case</source>
        <translation>Nuevo caso</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="225"/>
        <source>Title of the case:</source>
        <translation>Título del caso:</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="236"/>
        <source>Case created. Drop articles on it to start.</source>
        <translation>Caso creado. Arrastre artículos sobre él para empezar.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="242"/>
        <source>New case…</source>
        <translation>Nuevo caso…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="245"/>
        <source>Import articles</source>
        <translation>Importar artículos</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="245"/>
        <source>Import into which case?</source>
        <translation>¿En qué caso importarlos?</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="259"/>
        <source>Rename case</source>
        <translation>Cambiar nombre del caso</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="260"/>
        <source>New title:</source>
        <translation>Nuevo título:</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="331"/>
        <source>Deleted. Ctrl+Z puts it back.</source>
        <translation>Eliminado. Ctrl+Z lo restaura.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="363"/>
        <source>This source is in no case.</source>
        <translation>Esta fuente no está en ningún caso.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="387"/>
        <source>Import files into the case</source>
        <translation>Importar archivos al caso</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="394"/>
        <source>Create a case first, then drop articles on it.</source>
        <translation>Cree primero un caso y luego arrastre artículos sobre él.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="404"/>
        <source>The brief cannot be exported: {error}</source>
        <translation>No se puede exportar el informe: {error}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="414"/>
        <source>Restart Casefile for the new settings to take effect.</source>
        <translation>Reinicie Casefile para aplicar los nuevos ajustes.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="419"/>
        <source>About Casefile</source>
        <translation>Acerca de Casefile</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="421"/>
        <source>Casefile keeps case files on bilateral relations: articles, the dated events, quotes, captions and actors drawn from them, and briefs.

Everything stays on this computer.</source>
        <translation>Casefile lleva expedientes sobre relaciones bilaterales: artículos, los hechos fechados, declaraciones, pies de foto y actores extraídos de ellos, e informes.

Todo permanece en este equipo.</translation>
    </message>
</context>
<context>
    <name>PendingSourcesModel</name>
    <message>
        <location filename="../../ui/models/pending_sources.py" line="53"/>
        <source>Untitled source</source>
        <translation>Fuente sin título</translation>
    </message>
    <message>
        <location filename="../../ui/models/pending_sources.py" line="91"/>
        <source>Proposals pending: %d</source>
        <translation>Propuestas pendientes: %d</translation>
    </message>
</context>
<context>
    <name>Precision</name>
    <message>
        <location filename="../../ui/formatting.py" line="112"/>
        <source>day</source>
        <translation>día</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="113"/>
        <source>month</source>
        <translation>mes</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="114"/>
        <source>year</source>
        <translation>año</translation>
    </message>
</context>
<context>
    <name>ProposalEditor</name>
    <message>
        <location filename="../../ui/views/proposal_editor.py" line="30"/>
        <source>Edit and accept</source>
        <translation>Editar y aceptar</translation>
    </message>
    <message>
        <location filename="../../ui/views/proposal_editor.py" line="37"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../../ui/views/proposal_editor.py" line="39"/>
        <source>Precision</source>
        <translation>Precisión</translation>
    </message>
    <message>
        <location filename="../../ui/views/proposal_editor.py" line="41"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location filename="../../ui/views/proposal_editor.py" line="43"/>
        <source>Quote</source>
        <translation>Declaración</translation>
    </message>
    <message>
        <location filename="../../ui/views/proposal_editor.py" line="44"/>
        <source>Speaker</source>
        <translation>Declarante</translation>
    </message>
    <message>
        <location filename="../../ui/views/proposal_editor.py" line="46"/>
        <source>Caption</source>
        <translation>Pie de foto</translation>
    </message>
    <message>
        <location filename="../../ui/views/proposal_editor.py" line="47"/>
        <source>Credit</source>
        <translation>Crédito</translation>
    </message>
    <message>
        <location filename="../../ui/views/proposal_editor.py" line="49"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../ui/views/proposal_editor.py" line="50"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../ui/views/proposal_editor.py" line="54"/>
        <source>Accept</source>
        <translation>Aceptar</translation>
    </message>
</context>
<context>
    <name>ProposalTableModel</name>
    <message>
        <location filename="../../ui/models/proposals.py" line="157"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../ui/models/proposals.py" line="157"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../../ui/models/proposals.py" line="157"/>
        <source>Proposal</source>
        <translation>Propuesta</translation>
    </message>
    <message>
        <location filename="../../ui/models/proposals.py" line="158"/>
        <source>Speaker / credit</source>
        <translation>Declarante / crédito</translation>
    </message>
    <message>
        <location filename="../../ui/models/proposals.py" line="158"/>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../ui/models/proposals.py" line="162"/>
        <source>Event</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <location filename="../../ui/models/proposals.py" line="162"/>
        <source>Quote</source>
        <translation>Declaración</translation>
    </message>
    <message>
        <location filename="../../ui/models/proposals.py" line="163"/>
        <source>Caption</source>
        <translation>Pie de foto</translation>
    </message>
    <message>
        <location filename="../../ui/models/proposals.py" line="163"/>
        <source>Actor</source>
        <translation>Actor</translation>
    </message>
    <message>
        <location filename="../../ui/models/proposals.py" line="167"/>
        <source>proposed</source>
        <translation>propuesto</translation>
    </message>
    <message>
        <location filename="../../ui/models/proposals.py" line="167"/>
        <source>accepted</source>
        <translation>aceptado</translation>
    </message>
    <message>
        <location filename="../../ui/models/proposals.py" line="168"/>
        <source>rejected</source>
        <translation>rechazado</translation>
    </message>
</context>
<context>
    <name>QuoteTableModel</name>
    <message>
        <location filename="../../ui/models/quotes.py" line="24"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../../ui/models/quotes.py" line="30"/>
        <source>Speaker</source>
        <translation>Declarante</translation>
    </message>
    <message>
        <location filename="../../ui/models/quotes.py" line="36"/>
        <source>Quote</source>
        <translation>Declaración</translation>
    </message>
    <message>
        <location filename="../../ui/models/quotes.py" line="39"/>
        <source>Review</source>
        <translation>Revisión</translation>
    </message>
</context>
<context>
    <name>ReadOnlyMode</name>
    <message>
        <location filename="../../ui/read_only.py" line="36"/>
        <source>Read-only</source>
        <translation>Solo lectura</translation>
    </message>
    <message>
        <location filename="../../ui/read_only.py" line="38"/>
        <source>Nothing can be changed in this library here: its folder cannot be written, or another Casefile window has it open.</source>
        <translation>Aquí no se puede cambiar nada de esta biblioteca: su carpeta no admite escritura, u otra ventana de Casefile la tiene abierta.</translation>
    </message>
    <message>
        <location filename="../../ui/read_only.py" line="93"/>
        <source>This library is read-only; nothing can be added.</source>
        <translation>Esta biblioteca es de solo lectura; no se puede añadir nada.</translation>
    </message>
    <message>
        <location filename="../../ui/read_only.py" line="97"/>
        <source> (read-only)</source>
        <translation> (solo lectura)</translation>
    </message>
    <message>
        <location filename="../../ui/read_only.py" line="110"/>
        <source>Not saved</source>
        <translation>No se guardó</translation>
    </message>
</context>
<context>
    <name>RestoreBackupDialog</name>
    <message>
        <location filename="../../ui/views/backup_dialog.py" line="101"/>
        <source>Restore from backup</source>
        <translation>Restaurar copia de seguridad</translation>
    </message>
    <message>
        <location filename="../../ui/views/backup_dialog.py" line="106"/>
        <source>Casefile backs the library up when it opens and when it closes, keeping the last ten. Choose the state to go back to.</source>
        <translation>Casefile hace una copia de seguridad de la biblioteca al abrirla y al cerrarla, y guarda las diez últimas. Elija el estado al que volver.</translation>
    </message>
    <message>
        <location filename="../../ui/views/backup_dialog.py" line="123"/>
        <source>There are no backups of this library yet.</source>
        <translation>Aún no hay copias de seguridad de esta biblioteca.</translation>
    </message>
    <message>
        <location filename="../../ui/views/backup_dialog.py" line="127"/>
        <source>Restore…</source>
        <translation>Restaurar…</translation>
    </message>
    <message>
        <location filename="../../ui/views/backup_dialog.py" line="129"/>
        <source>Other backup file…</source>
        <translation>Otro archivo de copia…</translation>
    </message>
    <message>
        <location filename="../../ui/views/backup_dialog.py" line="155"/>
        <source>Restore from a backup file</source>
        <translation>Restaurar desde un archivo de copia</translation>
    </message>
    <message>
        <location filename="../../ui/views/backup_dialog.py" line="157"/>
        <source>Casefile backups ({pattern})</source>
        <translation>Copias de seguridad de Casefile ({pattern})</translation>
    </message>
</context>
<context>
    <name>Review</name>
    <message>
        <location filename="../../ui/formatting.py" line="92"/>
        <source>proposed</source>
        <translation>propuesto</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="93"/>
        <source>accepted</source>
        <translation>aceptado</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="94"/>
        <source>rejected</source>
        <translation>rechazado</translation>
    </message>
</context>
<context>
    <name>ReviewKeys</name>
    <message>
        <location filename="../../ui/views/review_keys.py" line="22"/>
        <source>Accept</source>
        <translation>Aceptar</translation>
    </message>
    <message>
        <location filename="../../ui/views/review_keys.py" line="23"/>
        <source>Reject</source>
        <translation>Rechazar</translation>
    </message>
    <message>
        <location filename="../../ui/views/review_keys.py" line="24"/>
        <source>Edit and accept…</source>
        <translation>Editar y aceptar…</translation>
    </message>
    <message>
        <location filename="../../ui/views/review_keys.py" line="25"/>
        <source>Accept all of this source</source>
        <translation>Aceptar todo lo de esta fuente</translation>
    </message>
</context>
<context>
    <name>ReviewPanel</name>
    <message>
        <location filename="../../ui/views/review.py" line="103"/>
        <source>Accept all of this source</source>
        <translation>Aceptar todo lo de esta fuente</translation>
    </message>
    <message>
        <location filename="../../ui/views/review.py" line="105"/>
        <source>A accept · R reject · E edit and accept · ↑↓ move</source>
        <translation>A aceptar · R rechazar · E editar y aceptar · ↑↓ moverse</translation>
    </message>
    <message>
        <location filename="../../ui/views/review.py" line="142"/>
        <source>Read-only: proposals can be read, not decided · ↑↓ move</source>
        <translation>Solo lectura: las propuestas se leen, no se deciden · ↑↓ moverse</translation>
    </message>
    <message>
        <location filename="../../ui/views/review.py" line="258"/>
        <source>Edit and accept {kind}</source>
        <translation>Editar y aceptar {kind}</translation>
    </message>
    <message>
        <location filename="../../ui/views/review.py" line="275"/>
        <source>Accept all of this source (%d)</source>
        <translation>Aceptar todo lo de esta fuente (%d)</translation>
    </message>
</context>
<context>
    <name>SearchField</name>
    <message>
        <location filename="../../ui/views/search.py" line="189"/>
        <source>Search the library (Ctrl+K)</source>
        <translation>Buscar en la biblioteca (Ctrl+K)</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../ui/views/settings_dialog.py" line="30"/>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_dialog.py" line="35"/>
        <source>Default location</source>
        <translation>Ubicación predeterminada</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_dialog.py" line="36"/>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_dialog.py" line="44"/>
        <source>Spanish</source>
        <translation>Español</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_dialog.py" line="45"/>
        <source>English</source>
        <translation>Inglés</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_dialog.py" line="50"/>
        <source>optional, e.g. RESERVADO</source>
        <translation>opcional, p. ej. RESERVADO</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_dialog.py" line="52"/>
        <source>System language</source>
        <translation>Idioma del sistema</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_dialog.py" line="57"/>
        <location filename="../../ui/views/settings_dialog.py" line="84"/>
        <source>Library folder</source>
        <translation>Carpeta de la biblioteca</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_dialog.py" line="58"/>
        <source>Analyst name</source>
        <translation>Nombre del analista</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_dialog.py" line="59"/>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_dialog.py" line="60"/>
        <source>Brief language</source>
        <translation>Idioma del informe</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_dialog.py" line="61"/>
        <source>Classification marking</source>
        <translation>Marca de clasificación</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_dialog.py" line="62"/>
        <source>Interface language</source>
        <translation>Idioma de la interfaz</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_dialog.py" line="65"/>
        <source>A new library folder or interface language takes effect the next time Casefile starts.</source>
        <translation>Una nueva carpeta de biblioteca o idioma de la interfaz se aplica la próxima vez que se inicie Casefile.</translation>
    </message>
</context>
<context>
    <name>SourceActions</name>
    <message>
        <location filename="../../ui/source_actions.py" line="29"/>
        <source>Remove “{title}” from this case?</source>
        <translation>¿Quitar «{title}» de este expediente?</translation>
    </message>
    <message>
        <location filename="../../ui/source_actions.py" line="33"/>
        <source>Remove {count} sources from this case?</source>
        <translation>¿Quitar {count} fuentes de este expediente?</translation>
    </message>
    <message>
        <location filename="../../ui/source_actions.py" line="38"/>
        <source>Remove sources</source>
        <translation>Quitar fuentes</translation>
    </message>
    <message>
        <location filename="../../ui/source_actions.py" line="42"/>
        <source>The events, quotes, captions and proposed actors drawn from it go too ({items} items). Ctrl+Z puts everything back.</source>
        <translation>Con ella se van los hechos, citas, pies de foto y actores propuestos que se extrajeron de ella ({items} elementos). Ctrl+Z lo devuelve todo.</translation>
    </message>
    <message>
        <location filename="../../ui/source_actions.py" line="49"/>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <location filename="../../ui/source_actions.py" line="75"/>
        <source>Remove {count} sources</source>
        <translation>Quitar {count} fuentes</translation>
    </message>
    <message>
        <location filename="../../ui/source_actions.py" line="83"/>
        <source>Removed. Ctrl+Z puts it back.</source>
        <translation>Quitada. Ctrl+Z la devuelve.</translation>
    </message>
</context>
<context>
    <name>SourceKind</name>
    <message>
        <location filename="../../ui/formatting.py" line="132"/>
        <source>article</source>
        <translation>artículo</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="133"/>
        <source>communiqué</source>
        <translation>comunicado</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="134"/>
        <source>statement</source>
        <translation>declaración oficial</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="135"/>
        <source>transcript</source>
        <translation>transcripción</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="136"/>
        <source>social media post</source>
        <translation>publicación en redes</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="137"/>
        <source>image</source>
        <translation>imagen</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="138"/>
        <source>other</source>
        <translation>otro</translation>
    </message>
</context>
<context>
    <name>SourceTableModel</name>
    <message>
        <location filename="../../ui/models/sources.py" line="28"/>
        <source>Published</source>
        <translation>Publicado</translation>
    </message>
    <message>
        <location filename="../../ui/models/sources.py" line="34"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location filename="../../ui/models/sources.py" line="40"/>
        <source>Outlet</source>
        <translation>Medio</translation>
    </message>
    <message>
        <location filename="../../ui/models/sources.py" line="46"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../ui/models/sources.py" line="52"/>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
</context>
<context>
    <name>SourceTextDialog</name>
    <message>
        <location filename="../../ui/views/source_text.py" line="59"/>
        <source>Untitled source</source>
        <translation>Fuente sin título</translation>
    </message>
    <message>
        <location filename="../../ui/views/source_text.py" line="60"/>
        <source>Source: {title}</source>
        <translation>Fuente: {title}</translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <location filename="../../ui/actions.py" line="45"/>
        <source>New case…</source>
        <translation>Nuevo caso…</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="48"/>
        <source>Create a case file</source>
        <translation>Crear un expediente</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="51"/>
        <source>Rename case…</source>
        <translation>Cambiar nombre del caso…</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="51"/>
        <source>Give the case a new title</source>
        <translation>Dar un nuevo título al caso</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="53"/>
        <source>Rename</source>
        <translation>Renombrar</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="55"/>
        <source>Archive case</source>
        <translation>Archivar caso</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="55"/>
        <source>Archive or restore the selected case</source>
        <translation>Archivar o restaurar el caso seleccionado</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="57"/>
        <source>Archive</source>
        <translation>Archivar</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="59"/>
        <source>Import files…</source>
        <translation>Importar archivos…</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="62"/>
        <source>Add articles to the case</source>
        <translation>Añadir artículos al caso</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="65"/>
        <source>Export brief…</source>
        <translation>Exportar informe…</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="68"/>
        <source>Write the case&apos;s brief as a PDF</source>
        <translation>Escribir el informe del caso en PDF</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="71"/>
        <source>Export case bundle…</source>
        <translation>Exportar paquete del caso…</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="72"/>
        <source>Write the case, its sources and files as one .casefile file to share</source>
        <translation>Guardar el caso, sus fuentes y archivos en un solo archivo .casefile para compartir</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="75"/>
        <source>Import case bundle…</source>
        <translation>Importar paquete de caso…</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="76"/>
        <source>Bring in a case from a .casefile file, adding only what is new</source>
        <translation>Traer un caso desde un archivo .casefile, añadiendo solo lo nuevo</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="79"/>
        <source>Back up library now…</source>
        <translation>Hacer copia de seguridad ahora…</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="80"/>
        <source>Save a copy of the library&apos;s database to a file</source>
        <translation>Guardar una copia de la base de datos de la biblioteca en un archivo</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="83"/>
        <source>Restore from backup…</source>
        <translation>Restaurar copia de seguridad…</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="84"/>
        <source>Put the library back as it was in an earlier backup</source>
        <translation>Devolver la biblioteca al estado de una copia anterior</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="86"/>
        <source>Settings…</source>
        <translation>Ajustes…</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="88"/>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="91"/>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="94"/>
        <source>Redo</source>
        <translation>Rehacer</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="100"/>
        <source>Accept</source>
        <translation>Aceptar</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="103"/>
        <source>Accept the selected proposals</source>
        <translation>Aceptar las propuestas seleccionadas</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="107"/>
        <source>Reject</source>
        <translation>Rechazar</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="110"/>
        <source>Reject the selected proposals</source>
        <translation>Rechazar las propuestas seleccionadas</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="114"/>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="117"/>
        <source>Delete the selected items</source>
        <translation>Eliminar los elementos seleccionados</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="120"/>
        <source>Search the library</source>
        <translation>Buscar en la biblioteca</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="127"/>
        <source>Show rejected proposals</source>
        <translation>Mostrar propuestas rechazadas</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="129"/>
        <source>Show archived cases</source>
        <translation>Mostrar casos archivados</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="135"/>
        <source>Timeline</source>
        <translation>Cronología</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="136"/>
        <source>Quotes</source>
        <translation>Declaraciones</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="137"/>
        <source>Sources</source>
        <translation>Fuentes</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="138"/>
        <source>Captions</source>
        <translation>Pies de foto</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="139"/>
        <source>Actors</source>
        <translation>Actores</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="140"/>
        <source>Review</source>
        <translation>Revisión</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="145"/>
        <source>Go to the case list</source>
        <translation>Ir a la lista de casos</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="146"/>
        <source>About Casefile</source>
        <translation>Acerca de Casefile</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="155"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="165"/>
        <source>&amp;Edit</source>
        <translation>&amp;Edición</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="171"/>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="175"/>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
</context>
<context>
    <name>WindowJobs</name>
    <message>
        <location filename="../../ui/window_jobs.py" line="51"/>
        <source>Wait for the running job to finish.</source>
        <translation>Espere a que termine la tarea en curso.</translation>
    </message>
</context>
</TS>
