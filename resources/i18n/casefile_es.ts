<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>ActorKind</name>
    <message>
        <location filename="../../ui/formatting.py" line="147"/>
        <source>person</source>
        <translation>persona</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="148"/>
        <source>organisation</source>
        <translation>organización</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="149"/>
        <source>place</source>
        <translation>lugar</translation>
    </message>
</context>
<context>
    <name>ActorTableModel</name>
    <message>
        <location filename="../../ui/models/actors.py" line="28"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../ui/models/actors.py" line="31"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../ui/models/actors.py" line="37"/>
        <source>Role</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <location filename="../../ui/models/actors.py" line="44"/>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <location filename="../../ui/models/actors.py" line="50"/>
        <source>Also known as</source>
        <translation>También conocido como</translation>
    </message>
    <message>
        <location filename="../../ui/models/actors.py" line="57"/>
        <source>Quotes</source>
        <translation>Citas</translation>
    </message>
    <message>
        <location filename="../../ui/models/actors.py" line="63"/>
        <source>Review</source>
        <translation>Revisión</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../ui/app.py" line="244"/>
        <source>You can open it read-only here to look things up; changes are made in the other window.</source>
        <translation>Puede abrirla aquí en solo lectura para consultarla; los cambios se hacen en la otra ventana.</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="251"/>
        <source>Open read-only</source>
        <translation>Abrir en solo lectura</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="253"/>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
</context>
<context>
    <name>BackupListModel</name>
    <message>
        <location filename="../../ui/views/backup_dialog.py" line="109"/>
        <source>Made on</source>
        <translation>Hecha el</translation>
    </message>
    <message>
        <location filename="../../ui/views/backup_dialog.py" line="109"/>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
</context>
<context>
    <name>CaptionTableModel</name>
    <message>
        <location filename="../../ui/models/captions.py" line="25"/>
        <source>No caption yet: write one</source>
        <translation>Aún sin pie de foto: escriba uno</translation>
    </message>
    <message>
        <location filename="../../ui/models/captions.py" line="34"/>
        <source>Caption</source>
        <translation>Pie de foto</translation>
    </message>
    <message>
        <location filename="../../ui/models/captions.py" line="40"/>
        <source>Credit</source>
        <translation>Crédito</translation>
    </message>
    <message>
        <location filename="../../ui/models/captions.py" line="47"/>
        <source>Review</source>
        <translation>Revisión</translation>
    </message>
</context>
<context>
    <name>CaseCountsLabel</name>
    <message>
        <location filename="../../ui/views/case_counts.py" line="51"/>
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
        <location filename="../../ui/views/case_list.py" line="173"/>
        <source>Filter cases</source>
        <translation>Filtrar casos</translation>
    </message>
    <message>
        <location filename="../../ui/views/case_list.py" line="184"/>
        <source>Show archived</source>
        <translation>Mostrar archivados</translation>
    </message>
    <message>
        <location filename="../../ui/views/case_list.py" line="185"/>
        <source>Show archived cases in the list, greyed</source>
        <translation>Mostrar en la lista, en gris, los casos archivados</translation>
    </message>
</context>
<context>
    <name>CaseTabs</name>
    <message>
        <location filename="../../ui/views/case_tabs.py" line="64"/>
        <source>Timeline</source>
        <translation>Cronología</translation>
    </message>
    <message>
        <location filename="../../ui/views/case_tabs.py" line="64"/>
        <source>Filter the timeline</source>
        <translation>Filtrar la cronología</translation>
    </message>
    <message>
        <location filename="../../ui/views/case_tabs.py" line="65"/>
        <source>Quotes</source>
        <translation>Declaraciones</translation>
    </message>
    <message>
        <location filename="../../ui/views/case_tabs.py" line="65"/>
        <source>Filter quotes</source>
        <translation>Filtrar declaraciones</translation>
    </message>
    <message>
        <location filename="../../ui/views/case_tabs.py" line="66"/>
        <source>Sources</source>
        <translation>Fuentes</translation>
    </message>
    <message>
        <location filename="../../ui/views/case_tabs.py" line="66"/>
        <source>Filter sources</source>
        <translation>Filtrar fuentes</translation>
    </message>
    <message>
        <location filename="../../ui/views/case_tabs.py" line="67"/>
        <source>Captions</source>
        <translation>Pies de foto</translation>
    </message>
    <message>
        <location filename="../../ui/views/case_tabs.py" line="67"/>
        <source>Filter captions</source>
        <translation>Filtrar pies de foto</translation>
    </message>
    <message>
        <location filename="../../ui/views/case_tabs.py" line="68"/>
        <source>Actors</source>
        <translation>Actores</translation>
    </message>
    <message>
        <location filename="../../ui/views/case_tabs.py" line="68"/>
        <source>Filter actors</source>
        <translation>Filtrar actores</translation>
    </message>
    <message>
        <location filename="../../ui/views/case_tabs.py" line="96"/>
        <location filename="../../ui/views/case_tabs.py" line="150"/>
        <source>Review</source>
        <translation>Revisión</translation>
    </message>
    <message>
        <location filename="../../ui/views/case_tabs.py" line="132"/>
        <source>Create a case, then drop articles here.</source>
        <translation>Cree un caso y luego arrastre aquí los artículos.</translation>
    </message>
    <message>
        <location filename="../../ui/views/case_tabs.py" line="140"/>
        <source>This case has no sources yet.

Drop articles here (files, folders, links or text),
or use File ▸ Import files… (Ctrl+O).</source>
        <translation>Este caso aún no tiene fuentes.

Arrastre aquí artículos (archivos, carpetas, enlaces o texto)
o use Archivo ▸ Importar archivos… (Ctrl+O).</translation>
    </message>
</context>
<context>
    <name>Category</name>
    <message>
        <location filename="../../ui/formatting.py" line="112"/>
        <source>meeting</source>
        <translation>reunión</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="113"/>
        <source>agreement</source>
        <translation>acuerdo</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="114"/>
        <source>cooperation</source>
        <translation>cooperación</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="115"/>
        <source>aid</source>
        <translation>ayuda</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="116"/>
        <source>request</source>
        <translation>petición</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="117"/>
        <source>accusation</source>
        <translation>acusación</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="118"/>
        <source>rejection</source>
        <translation>rechazo</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="119"/>
        <source>threat</source>
        <translation>amenaza</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="120"/>
        <source>sanction</source>
        <translation>sanción</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="121"/>
        <source>force</source>
        <translation>fuerza</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="122"/>
        <source>other</source>
        <translation>otro</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <location filename="../../ui/commands.py" line="61"/>
        <source>Accept {kind}</source>
        <translation>Aceptar {kind}</translation>
    </message>
    <message>
        <location filename="../../ui/commands.py" line="63"/>
        <source>Reject {kind}</source>
        <translation>Rechazar {kind}</translation>
    </message>
    <message>
        <location filename="../../ui/commands.py" line="64"/>
        <source>Reopen {kind}</source>
        <translation>Reabrir {kind}</translation>
    </message>
    <message>
        <location filename="../../ui/commands.py" line="201"/>
        <source>Delete {kind}</source>
        <translation>Eliminar {kind}</translation>
    </message>
    <message>
        <location filename="../../ui/commands.py" line="280"/>
        <source>Rename case</source>
        <translation>Cambiar nombre del caso</translation>
    </message>
    <message>
        <location filename="../../ui/commands.py" line="291"/>
        <source>Archive case</source>
        <translation>Archivar caso</translation>
    </message>
    <message>
        <location filename="../../ui/commands.py" line="293"/>
        <source>Restore case</source>
        <translation>Restaurar caso</translation>
    </message>
    <message>
        <location filename="../../ui/commands.py" line="305"/>
        <source>Remove source “{title}”</source>
        <translation>Quitar la fuente «{title}»</translation>
    </message>
    <message>
        <location filename="../../ui/commands.py" line="343"/>
        <source>Merge events</source>
        <translation>Fusionar hechos</translation>
    </message>
    <message>
        <location filename="../../ui/commands.py" line="370"/>
        <source>Split event</source>
        <translation>Separar hecho</translation>
    </message>
    <message>
        <location filename="../../ui/commands.py" line="397"/>
        <source>Save search</source>
        <translation>Guardar búsqueda</translation>
    </message>
    <message>
        <location filename="../../ui/commands.py" line="434"/>
        <source>Rename saved search</source>
        <translation>Renombrar búsqueda guardada</translation>
    </message>
    <message>
        <location filename="../../ui/commands.py" line="467"/>
        <source>Delete saved search</source>
        <translation>Eliminar búsqueda guardada</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <location filename="../../ui/views/conflicts_dialog.py" line="147"/>
        <source>Sync conflicts</source>
        <translation>Conflictos de sincronización</translation>
    </message>
    <message>
        <location filename="../../ui/views/conflicts_dialog.py" line="164"/>
        <source>No conflicts: every sync so far agreed.</source>
        <translation>No hay conflictos: todas las sincronizaciones coincidieron.</translation>
    </message>
    <message>
        <location filename="../../ui/views/conflicts_dialog.py" line="169"/>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <location filename="../../ui/views/conflicts_dialog.py" line="170"/>
        <source>Put the replaced value back</source>
        <translation>Volver a poner el valor reemplazado</translation>
    </message>
    <message>
        <location filename="../../ui/views/conflicts_dialog.py" line="172"/>
        <source>Dismiss</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <location filename="../../ui/views/conflicts_dialog.py" line="173"/>
        <source>Keep the value that won</source>
        <translation>Conservar el valor que prevaleció</translation>
    </message>
</context>
<context>
    <name>ConflictsModel</name>
    <message>
        <location filename="../../ui/views/conflicts_dialog.py" line="54"/>
        <source>Item</source>
        <translation>Elemento</translation>
    </message>
    <message>
        <location filename="../../ui/views/conflicts_dialog.py" line="55"/>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <location filename="../../ui/views/conflicts_dialog.py" line="56"/>
        <source>Kept</source>
        <translation>Conservado</translation>
    </message>
    <message>
        <location filename="../../ui/views/conflicts_dialog.py" line="57"/>
        <source>Replaced</source>
        <translation>Reemplazado</translation>
    </message>
    <message>
        <location filename="../../ui/views/conflicts_dialog.py" line="58"/>
        <source>Replaced on</source>
        <translation>Reemplazado en</translation>
    </message>
    <message>
        <location filename="../../ui/views/conflicts_dialog.py" line="59"/>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <location filename="../../ui/views/conflicts_dialog.py" line="103"/>
        <source>the team library</source>
        <translation>la biblioteca de equipo</translation>
    </message>
    <message>
        <location filename="../../ui/views/conflicts_dialog.py" line="105"/>
        <source>this library</source>
        <translation>esta biblioteca</translation>
    </message>
    <message>
        <location filename="../../ui/views/conflicts_dialog.py" line="117"/>
        <source>the whole item</source>
        <translation>el elemento completo</translation>
    </message>
    <message>
        <location filename="../../ui/views/conflicts_dialog.py" line="118"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location filename="../../ui/views/conflicts_dialog.py" line="119"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../../ui/views/conflicts_dialog.py" line="120"/>
        <source>Precision</source>
        <translation>Precisión</translation>
    </message>
    <message>
        <location filename="../../ui/views/conflicts_dialog.py" line="121"/>
        <source>Place</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <location filename="../../ui/views/conflicts_dialog.py" line="122"/>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <location filename="../../ui/views/conflicts_dialog.py" line="123"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../ui/views/conflicts_dialog.py" line="124"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../ui/views/conflicts_dialog.py" line="125"/>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <location filename="../../ui/views/conflicts_dialog.py" line="126"/>
        <source>Speaker</source>
        <translation>Declarante</translation>
    </message>
    <message>
        <location filename="../../ui/views/conflicts_dialog.py" line="127"/>
        <source>Caption</source>
        <translation>Pie de foto</translation>
    </message>
    <message>
        <location filename="../../ui/views/conflicts_dialog.py" line="128"/>
        <source>Credit</source>
        <translation>Crédito</translation>
    </message>
    <message>
        <location filename="../../ui/views/conflicts_dialog.py" line="129"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../ui/views/conflicts_dialog.py" line="130"/>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <location filename="../../ui/views/conflicts_dialog.py" line="131"/>
        <source>Review</source>
        <translation>Revisión</translation>
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
        <location filename="../../ui/views/detail.py" line="126"/>
        <source>Select an item to see and edit it here.</source>
        <translation>Seleccione un elemento para verlo y editarlo aquí.</translation>
    </message>
    <message>
        <location filename="../../ui/views/detail.py" line="158"/>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-DD</translation>
    </message>
    <message>
        <location filename="../../ui/views/detail.py" line="228"/>
        <source>A day (YYYY-MM-DD), a month (YYYY-MM) or a year (YYYY)</source>
        <translation>Un día (AAAA-MM-DD), un mes (AAAA-MM) o un año (AAAA)</translation>
    </message>
    <message>
        <location filename="../../ui/views/detail.py" line="159"/>
        <source>e.g. fentanyl, arms</source>
        <translation>p. ej. fentanilo, armas</translation>
    </message>
    <message>
        <location filename="../../ui/views/detail.py" line="160"/>
        <source>Tags, separated by commas</source>
        <translation>Etiquetas, separadas por comas</translation>
    </message>
    <message>
        <location filename="../../ui/views/detail.py" line="161"/>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <location filename="../../ui/views/detail.py" line="165"/>
        <location filename="../../ui/views/detail.py" line="179"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location filename="../../ui/views/detail.py" line="168"/>
        <source>Countries</source>
        <translation>Países</translation>
    </message>
    <message>
        <location filename="../../ui/views/detail.py" line="169"/>
        <source>ISO codes, e.g. MX, US</source>
        <translation>códigos ISO, p. ej. MX, US</translation>
    </message>
    <message>
        <location filename="../../ui/views/detail.py" line="171"/>
        <location filename="../../ui/views/detail.py" line="192"/>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <location filename="../../ui/views/detail.py" line="174"/>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <location filename="../../ui/views/detail.py" line="175"/>
        <source>Your summary, printed in the brief</source>
        <translation>Su resumen, impreso en el informe</translation>
    </message>
    <message>
        <location filename="../../ui/views/detail.py" line="180"/>
        <source>Outlet</source>
        <translation>Medio</translation>
    </message>
    <message>
        <location filename="../../ui/views/detail.py" line="181"/>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <location filename="../../ui/views/detail.py" line="182"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location filename="../../ui/views/detail.py" line="183"/>
        <source>Published</source>
        <translation>Publicado</translation>
    </message>
    <message>
        <location filename="../../ui/views/detail.py" line="184"/>
        <location filename="../../ui/views/detail.py" line="195"/>
        <location filename="../../ui/views/detail.py" line="213"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../ui/views/detail.py" line="185"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location filename="../../ui/views/detail.py" line="188"/>
        <location filename="../../ui/views/detail.py" line="205"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../../ui/views/detail.py" line="189"/>
        <source>Precision</source>
        <translation>Precisión</translation>
    </message>
    <message>
        <location filename="../../ui/views/detail.py" line="190"/>
        <source>Until</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <location filename="../../ui/views/detail.py" line="190"/>
        <source>optional, YYYY-MM-DD</source>
        <translation>opcional, AAAA-MM-DD</translation>
    </message>
    <message>
        <location filename="../../ui/views/detail.py" line="191"/>
        <source>Event</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <location filename="../../ui/views/detail.py" line="193"/>
        <source>Place</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <location filename="../../ui/views/detail.py" line="194"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../ui/views/detail.py" line="198"/>
        <source>Direction</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <location filename="../../ui/views/detail.py" line="199"/>
        <source>who acts on whom, e.g. MX&gt;US</source>
        <translation>quién actúa sobre quién, p. ej. MX&gt;US</translation>
    </message>
    <message>
        <location filename="../../ui/views/detail.py" line="203"/>
        <source>Quote</source>
        <translation>Declaración</translation>
    </message>
    <message>
        <location filename="../../ui/views/detail.py" line="204"/>
        <source>Speaker</source>
        <translation>Declarante</translation>
    </message>
    <message>
        <location filename="../../ui/views/detail.py" line="208"/>
        <source>Caption</source>
        <translation>Pie de foto</translation>
    </message>
    <message>
        <location filename="../../ui/views/detail.py" line="209"/>
        <source>Credit</source>
        <translation>Crédito</translation>
    </message>
    <message>
        <location filename="../../ui/views/detail.py" line="212"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../ui/views/detail.py" line="216"/>
        <source>Also known as</source>
        <translation>También conocido como</translation>
    </message>
    <message>
        <location filename="../../ui/views/detail.py" line="217"/>
        <source>separated by ;</source>
        <translation>separados por ;</translation>
    </message>
    <message>
        <location filename="../../ui/views/detail.py" line="219"/>
        <source>Role</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <location filename="../../ui/views/detail.py" line="220"/>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <location filename="../../ui/views/detail.py" line="220"/>
        <source>ISO code, e.g. MX</source>
        <translation>código ISO, p. ej. MX</translation>
    </message>
    <message>
        <location filename="../../ui/views/detail.py" line="247"/>
        <source>Accept</source>
        <translation>Aceptar</translation>
    </message>
    <message>
        <location filename="../../ui/views/detail.py" line="248"/>
        <source>Reject</source>
        <translation>Rechazar</translation>
    </message>
    <message>
        <location filename="../../ui/views/detail.py" line="281"/>
        <source>Evidence</source>
        <translation>Evidencia</translation>
    </message>
    <message>
        <location filename="../../ui/views/detail.py" line="289"/>
        <source>Show in source</source>
        <translation>Ver en la fuente</translation>
    </message>
    <message>
        <location filename="../../ui/views/detail.py" line="289"/>
        <source>Show text</source>
        <translation>Ver texto</translation>
    </message>
    <message>
        <location filename="../../ui/views/detail.py" line="297"/>
        <source>Sources</source>
        <translation>Fuentes</translation>
    </message>
    <message>
        <location filename="../../ui/views/detail.py" line="353"/>
        <source>Review: {state}</source>
        <translation>Revisión: {state}</translation>
    </message>
    <message>
        <location filename="../../ui/views/detail.py" line="375"/>
        <source>Typed by hand; no source.</source>
        <translation>Escrito a mano; sin fuente.</translation>
    </message>
    <message>
        <location filename="../../ui/views/detail.py" line="379"/>
        <source>The source has been removed.</source>
        <translation>La fuente ha sido eliminada.</translation>
    </message>
    <message>
        <location filename="../../ui/views/detail.py" line="380"/>
        <source>Untitled source</source>
        <translation>Fuente sin título</translation>
    </message>
    <message>
        <location filename="../../ui/views/detail.py" line="382"/>
        <source>From: {source}</source>
        <translation>De: {source}</translation>
    </message>
    <message>
        <location filename="../../ui/views/detail.py" line="429"/>
        <source>This field cannot be empty.</source>
        <translation>Este campo no puede quedar vacío.</translation>
    </message>
    <message>
        <location filename="../../ui/views/detail.py" line="435"/>
        <source>Tag {kind}</source>
        <translation>Etiquetar {kind}</translation>
    </message>
    <message>
        <location filename="../../ui/views/detail.py" line="442"/>
        <source>Edit {kind}</source>
        <translation>Editar {kind}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/detail.py" line="457"/>
        <source>With this source&apos;s date, its relative dates propose %n event(s): review them in the Review tab.</source>
        <translation>
            <numerusform>Con la fecha de esta fuente, sus fechas relativas proponen %n evento: revíselo en la pestaña Revisión.</numerusform>
            <numerusform>Con la fecha de esta fuente, sus fechas relativas proponen %n eventos: revíselos en la pestaña Revisión.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/views/detail.py" line="473"/>
        <source>“{text}” is not a date; write YYYY-MM-DD, YYYY-MM or YYYY.</source>
        <translation>«{text}» no es una fecha; escriba AAAA-MM-DD, AAAA-MM o AAAA.</translation>
    </message>
</context>
<context>
    <name>DropPayload</name>
    <message>
        <location filename="../../ui/dnd.py" line="39"/>
        <source>The dropped text</source>
        <translation>El texto arrastrado</translation>
    </message>
    <message>
        <location filename="../../ui/dnd.py" line="40"/>
        <source>The dropped page</source>
        <translation>La página arrastrada</translation>
    </message>
</context>
<context>
    <name>EventSourcesBox</name>
    <message>
        <location filename="../../ui/views/event_sources.py" line="63"/>
        <source>Show in source</source>
        <translation>Ver en la fuente</translation>
    </message>
    <message>
        <location filename="../../ui/views/event_sources.py" line="65"/>
        <source>Split off</source>
        <translation>Separar</translation>
    </message>
    <message>
        <location filename="../../ui/views/event_sources.py" line="67"/>
        <source>Make this source&apos;s report an event of its own, on the day it gives</source>
        <translation>Hacer del relato de esta fuente un hecho aparte, en el día que da</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/event_sources.py" line="94"/>
        <source>Reported by %n source(s).</source>
        <translation>
            <numerusform>Lo recoge %n fuente.</numerusform>
            <numerusform>Lo recogen %n fuentes.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/views/event_sources.py" line="96"/>
        <source>Typed by hand; no source.</source>
        <translation>Escrito a mano; sin fuente.</translation>
    </message>
    <message>
        <location filename="../../ui/views/event_sources.py" line="99"/>
        <source>The sources give different days for it.</source>
        <translation>Las fuentes le dan días distintos.</translation>
    </message>
    <message>
        <location filename="../../ui/views/event_sources.py" line="106"/>
        <source>(source removed)</source>
        <translation>(fuente retirada)</translation>
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
        <location filename="../../ui/models/events.py" line="35"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../../ui/models/events.py" line="42"/>
        <source>Event</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <location filename="../../ui/models/events.py" line="48"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../ui/models/events.py" line="55"/>
        <source>Sources</source>
        <translation>Fuentes</translation>
    </message>
    <message>
        <location filename="../../ui/models/events.py" line="61"/>
        <source>Place</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <location filename="../../ui/models/events.py" line="68"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../ui/models/events.py" line="74"/>
        <source>Review</source>
        <translation>Revisión</translation>
    </message>
</context>
<context>
    <name>ExportBriefDialog</name>
    <message>
        <location filename="../../ui/views/export_dialog.py" line="98"/>
        <source>Export brief</source>
        <translation>Exportar informe</translation>
    </message>
    <message>
        <location filename="../../ui/views/export_dialog.py" line="110"/>
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <location filename="../../ui/views/export_dialog.py" line="112"/>
        <source>All dates</source>
        <translation>Todas las fechas</translation>
    </message>
    <message>
        <location filename="../../ui/views/export_dialog.py" line="118"/>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <location filename="../../ui/views/export_dialog.py" line="118"/>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <location filename="../../ui/views/export_dialog.py" line="128"/>
        <source>Sections</source>
        <translation>Secciones</translation>
    </message>
    <message>
        <location filename="../../ui/views/export_dialog.py" line="131"/>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <location filename="../../ui/views/export_dialog.py" line="132"/>
        <source>Timeline</source>
        <translation>Cronología</translation>
    </message>
    <message>
        <location filename="../../ui/views/export_dialog.py" line="133"/>
        <source>Quotes</source>
        <translation>Declaraciones</translation>
    </message>
    <message>
        <location filename="../../ui/views/export_dialog.py" line="134"/>
        <source>Photo captions</source>
        <translation>Pies de foto</translation>
    </message>
    <message>
        <location filename="../../ui/views/export_dialog.py" line="135"/>
        <source>Actors</source>
        <translation>Actores</translation>
    </message>
    <message>
        <location filename="../../ui/views/export_dialog.py" line="136"/>
        <source>Sources</source>
        <translation>Fuentes</translation>
    </message>
    <message>
        <location filename="../../ui/views/export_dialog.py" line="148"/>
        <source>Only items tagged (none checked: all items)</source>
        <translation>Solo elementos con estas etiquetas (ninguna marcada: todos)</translation>
    </message>
    <message>
        <location filename="../../ui/views/export_dialog.py" line="171"/>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <location filename="../../ui/views/export_dialog.py" line="172"/>
        <source>US Letter</source>
        <translation>Carta (EE. UU.)</translation>
    </message>
    <message>
        <location filename="../../ui/views/export_dialog.py" line="178"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../../ui/views/export_dialog.py" line="179"/>
        <source>Paper</source>
        <translation>Papel</translation>
    </message>
    <message>
        <location filename="../../ui/views/export_dialog.py" line="180"/>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <location filename="../../ui/views/export_dialog.py" line="181"/>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <location filename="../../ui/views/export_dialog.py" line="182"/>
        <source>Classification</source>
        <translation>Clasificación</translation>
    </message>
    <message>
        <location filename="../../ui/views/export_dialog.py" line="187"/>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <location filename="../../ui/views/export_dialog.py" line="190"/>
        <source>Save as</source>
        <translation>Guardar como</translation>
    </message>
    <message>
        <location filename="../../ui/views/export_dialog.py" line="201"/>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <location filename="../../ui/views/export_dialog.py" line="204"/>
        <location filename="../../ui/views/export_dialog.py" line="366"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../ui/views/export_dialog.py" line="206"/>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <location filename="../../ui/views/export_dialog.py" line="208"/>
        <source>Show folder</source>
        <translation>Mostrar carpeta</translation>
    </message>
    <message>
        <location filename="../../ui/views/export_dialog.py" line="233"/>
        <source>Save brief as</source>
        <translation>Guardar informe como</translation>
    </message>
    <message>
        <location filename="../../ui/views/export_dialog.py" line="233"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/views/export_dialog.py" line="275"/>
        <source>Choose where to save the brief.</source>
        <translation>Elija dónde guardar el informe.</translation>
    </message>
    <message>
        <location filename="../../ui/views/export_dialog.py" line="278"/>
        <source>The period ends before it starts.</source>
        <translation>El periodo termina antes de empezar.</translation>
    </message>
    <message>
        <location filename="../../ui/views/export_dialog.py" line="282"/>
        <source>The folder %s does not exist.</source>
        <translation>La carpeta %s no existe.</translation>
    </message>
    <message>
        <location filename="../../ui/views/export_dialog.py" line="293"/>
        <source>The brief could not be built</source>
        <translation>No se pudo generar el informe</translation>
    </message>
    <message>
        <location filename="../../ui/views/export_dialog.py" line="299"/>
        <source>Building the brief…</source>
        <translation>Preparando el informe…</translation>
    </message>
    <message>
        <location filename="../../ui/views/export_dialog.py" line="320"/>
        <source>Cancelled; no file was written.</source>
        <translation>Cancelado; no se escribió ningún archivo.</translation>
    </message>
    <message>
        <location filename="../../ui/views/export_dialog.py" line="311"/>
        <source>Saved to %s</source>
        <translation>Guardado en %s</translation>
    </message>
    <message>
        <location filename="../../ui/views/export_dialog.py" line="335"/>
        <source>Cancelling after the current step…</source>
        <translation>Cancelando tras el paso en curso…</translation>
    </message>
    <message>
        <location filename="../../ui/views/export_dialog.py" line="366"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
</context>
<context>
    <name>GlossaryEditor</name>
    <message>
        <location filename="../../ui/views/settings_dialog.py" line="225"/>
        <source>A search for a word also finds its translation. Add the terms of your track that Casefile does not know; separate several forms with |, as in “halcón | halcones” and “lookout | lookouts”.</source>
        <translation>Al buscar una palabra también se encuentra su traducción. Añada los términos de su tema que Casefile no conoce; separe varias formas con |, como en «halcón | halcones» y «lookout | lookouts».</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_dialog.py" line="263"/>
        <source>Spanish</source>
        <translation>Español</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_dialog.py" line="263"/>
        <source>English</source>
        <translation>Inglés</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_dialog.py" line="241"/>
        <source>Add term</source>
        <translation>Añadir término</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_dialog.py" line="243"/>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_dialog.py" line="255"/>
        <source>Shipped with Casefile ({count} terms)</source>
        <translation>Incluidos en Casefile ({count} términos)</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_dialog.py" line="258"/>
        <source>Filter the shipped terms</source>
        <translation>Filtrar los términos incluidos</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_dialog.py" line="283"/>
        <source>This library is read-only; its glossary cannot be changed.</source>
        <translation>Esta biblioteca es de solo lectura; su glosario no se puede cambiar.</translation>
    </message>
</context>
<context>
    <name>GlossaryModel</name>
    <message>
        <location filename="../../ui/views/settings_dialog.py" line="157"/>
        <source>Spanish</source>
        <translation>Español</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_dialog.py" line="157"/>
        <source>English</source>
        <translation>Inglés</translation>
    </message>
</context>
<context>
    <name>ImportFlow</name>
    <message>
        <location filename="../../ui/import_flow.py" line="70"/>
        <source>Cancel import</source>
        <translation>Cancelar importación</translation>
    </message>
    <message>
        <location filename="../../ui/import_flow.py" line="140"/>
        <source>An import is already running; wait for it to end.</source>
        <translation>Ya hay una importación en curso; espere a que termine.</translation>
    </message>
    <message>
        <location filename="../../ui/import_flow.py" line="152"/>
        <source>The import stopped</source>
        <translation>La importación se detuvo</translation>
    </message>
    <message>
        <location filename="../../ui/import_flow.py" line="162"/>
        <source>Importing…</source>
        <translation>Importando…</translation>
    </message>
    <message>
        <location filename="../../ui/import_flow.py" line="170"/>
        <source>Importing {name} ({done} of {total})</source>
        <translation>Importando {name} ({done} de {total})</translation>
    </message>
    <message>
        <location filename="../../ui/import_flow.py" line="181"/>
        <source>Import finished: {summary}</source>
        <translation>Importación terminada: {summary}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/import_flow.py" line="189"/>
        <source>%n added</source>
        <translation>
            <numerusform>%n añadida</numerusform>
            <numerusform>%n añadidas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/import_flow.py" line="192"/>
        <source>%n already in the library, added to this case</source>
        <translation>
            <numerusform>%n ya estaba en la biblioteca, añadida a este caso</numerusform>
            <numerusform>%n ya estaban en la biblioteca, añadidas a este caso</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/import_flow.py" line="195"/>
        <source>%n duplicate</source>
        <translation>
            <numerusform>%n duplicada</numerusform>
            <numerusform>%n duplicadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/import_flow.py" line="197"/>
        <source>%n unreadable</source>
        <translation>
            <numerusform>%n ilegible</numerusform>
            <numerusform>%n ilegibles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/import_flow.py" line="202"/>
        <source>%n without a date (type it in Sources to date its relative dates)</source>
        <translation>
            <numerusform>%n sin fecha (escríbala en Fuentes para fechar sus fechas relativas)</numerusform>
            <numerusform>%n sin fecha (escríbalas en Fuentes para fechar sus fechas relativas)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/import_flow.py" line="208"/>
        <source>cancelled</source>
        <translation>cancelada</translation>
    </message>
    <message>
        <location filename="../../ui/import_flow.py" line="224"/>
        <source>Import stopped</source>
        <translation>Importación detenida</translation>
    </message>
    <message>
        <location filename="../../ui/import_flow.py" line="230"/>
        <source>Import cancelled.</source>
        <translation>Importación cancelada.</translation>
    </message>
    <message>
        <location filename="../../ui/import_flow.py" line="237"/>
        <source>Cancelling after the current article…</source>
        <translation>Cancelando tras el artículo en curso…</translation>
    </message>
</context>
<context>
    <name>ImportSummaryDialog</name>
    <message>
        <location filename="../../ui/views/import_summary.py" line="42"/>
        <source>Import finished</source>
        <translation>Importación terminada</translation>
    </message>
    <message>
        <location filename="../../ui/views/import_summary.py" line="48"/>
        <source>What happened</source>
        <translation>Qué ocurrió</translation>
    </message>
    <message>
        <location filename="../../ui/views/import_summary.py" line="57"/>
        <source>Added</source>
        <translation>Añadidas</translation>
    </message>
    <message>
        <location filename="../../ui/views/import_summary.py" line="59"/>
        <source>Already in the library, added to this case</source>
        <translation>Ya estaban en la biblioteca, añadidas a este caso</translation>
    </message>
    <message>
        <location filename="../../ui/views/import_summary.py" line="63"/>
        <source>Duplicates, skipped</source>
        <translation>Duplicadas, omitidas</translation>
    </message>
    <message>
        <location filename="../../ui/views/import_summary.py" line="65"/>
        <source>Unreadable, skipped</source>
        <translation>Ilegibles, omitidas</translation>
    </message>
    <message>
        <location filename="../../ui/views/import_summary.py" line="105"/>
        <source>1 source added</source>
        <translation>1 fuente añadida</translation>
    </message>
    <message>
        <location filename="../../ui/views/import_summary.py" line="105"/>
        <source>%d sources added</source>
        <translation>%d fuentes añadidas</translation>
    </message>
    <message>
        <location filename="../../ui/views/import_summary.py" line="107"/>
        <source>%d already in the library, added to this case</source>
        <translation>%d ya estaban en la biblioteca, añadidas a este caso</translation>
    </message>
    <message>
        <location filename="../../ui/views/import_summary.py" line="109"/>
        <source>%d skipped</source>
        <translation>%d omitidas</translation>
    </message>
    <message>
        <location filename="../../ui/views/import_summary.py" line="113"/>
        <source>The import was cancelled; the sources listed were imported whole.</source>
        <translation>La importación se canceló; las fuentes listadas se importaron completas.</translation>
    </message>
</context>
<context>
    <name>ImportWorker</name>
    <message>
        <location filename="../../ui/workers.py" line="190"/>
        <source>The import stopped</source>
        <translation>La importación se detuvo</translation>
    </message>
</context>
<context>
    <name>ItemKind</name>
    <message>
        <location filename="../../ui/formatting.py" line="171"/>
        <source>case</source>
        <translation>caso</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="172"/>
        <source>source</source>
        <translation>fuente</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="173"/>
        <source>event</source>
        <translation>hecho</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="174"/>
        <source>quote</source>
        <translation>declaración</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="175"/>
        <source>caption</source>
        <translation>pie de foto</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="176"/>
        <source>actor</source>
        <translation>actor</translation>
    </message>
</context>
<context>
    <name>JobRunner</name>
    <message>
        <location filename="../../ui/jobs.py" line="212"/>
        <source>The job failed</source>
        <translation>La tarea falló</translation>
    </message>
</context>
<context>
    <name>LibraryActions</name>
    <message>
        <location filename="../../ui/library_actions.py" line="161"/>
        <location filename="../../ui/library_actions.py" line="196"/>
        <source>Backing up the library…</source>
        <translation>Haciendo copia de seguridad de la biblioteca…</translation>
    </message>
    <message>
        <location filename="../../ui/library_actions.py" line="168"/>
        <source>Library backed up ({name}).</source>
        <translation>Copia de seguridad de la biblioteca hecha ({name}).</translation>
    </message>
    <message>
        <location filename="../../ui/library_actions.py" line="174"/>
        <source>The automatic backup failed: {error}</source>
        <translation>Falló la copia de seguridad automática: {error}</translation>
    </message>
    <message>
        <location filename="../../ui/library_actions.py" line="181"/>
        <source>Back up library</source>
        <translation>Copia de seguridad de la biblioteca</translation>
    </message>
    <message>
        <location filename="../../ui/library_actions.py" line="183"/>
        <source>Casefile backups (*.db)</source>
        <translation>Copias de seguridad de Casefile (*.db)</translation>
    </message>
    <message>
        <location filename="../../ui/library_actions.py" line="195"/>
        <source>Backup failed</source>
        <translation>Falló la copia de seguridad</translation>
    </message>
    <message>
        <location filename="../../ui/library_actions.py" line="204"/>
        <source>Library backed up</source>
        <translation>Copia de seguridad hecha</translation>
    </message>
    <message>
        <location filename="../../ui/library_actions.py" line="206"/>
        <source>The library&apos;s database was copied to:
{path}

Restore it with File ▸ Restore from backup… ▸ Other backup file…</source>
        <translation>La base de datos de la biblioteca se copió en:
{path}

Restáurela con Archivo ▸ Restaurar copia de seguridad… ▸ Otro archivo de copia…</translation>
    </message>
    <message>
        <location filename="../../ui/library_actions.py" line="230"/>
        <location filename="../../ui/views/backup_dialog.py" line="76"/>
        <source>Restore from backup</source>
        <translation>Restaurar copia de seguridad</translation>
    </message>
    <message>
        <location filename="../../ui/views/backup_dialog.py" line="77"/>
        <source>Put the library back as it was in the backup of {which}?

Everything changed since then leaves the library. Its current state is kept as a new backup first, so you can undo this by restoring that one.</source>
        <translation>¿Devolver la biblioteca al estado de la copia del {which}?

Todo lo cambiado desde entonces sale de la biblioteca. Antes se guarda su estado actual como una copia nueva, así que puede deshacerlo restaurando esa copia.</translation>
    </message>
    <message>
        <location filename="../../ui/library_actions.py" line="231"/>
        <source>Wait for the running import, backup or export to finish, then restore.</source>
        <translation>Espere a que termine la importación, copia o exportación en curso y restaure después.</translation>
    </message>
    <message>
        <location filename="../../ui/library_actions.py" line="268"/>
        <source>Restore failed</source>
        <translation>Falló la restauración</translation>
    </message>
    <message>
        <location filename="../../ui/library_actions.py" line="259"/>
        <source>Library restored. The state before is kept as backup {name}.</source>
        <translation>Biblioteca restaurada. El estado anterior queda en la copia {name}.</translation>
    </message>
    <message>
        <location filename="../../ui/library_actions.py" line="162"/>
        <source>The automatic backup failed</source>
        <translation>Falló la copia de seguridad automática</translation>
    </message>
    <message>
        <location filename="../../ui/library_actions.py" line="197"/>
        <source>The backup failed</source>
        <translation>Falló la copia de seguridad</translation>
    </message>
    <message>
        <location filename="../../ui/library_actions.py" line="247"/>
        <source>Restoring the library…</source>
        <translation>Restaurando la biblioteca…</translation>
    </message>
    <message>
        <location filename="../../ui/library_actions.py" line="248"/>
        <source>The restore failed</source>
        <translation>Falló la restauración</translation>
    </message>
    <message>
        <location filename="../../ui/library_actions.py" line="272"/>
        <source>The library is closed</source>
        <translation>La biblioteca está cerrada</translation>
    </message>
    <message>
        <location filename="../../ui/library_actions.py" line="274"/>
        <source>{problem}

Close this window and start Casefile again. Until then the library stays locked by this window.</source>
        <translation>{problem}

Cierre esta ventana y vuelva a iniciar Casefile. Hasta entonces, la biblioteca sigue bloqueada por esta ventana.</translation>
    </message>
    <message>
        <location filename="../../ui/library_actions.py" line="290"/>
        <source>Export case bundle</source>
        <translation>Exportar paquete del caso</translation>
    </message>
    <message>
        <location filename="../../ui/library_actions.py" line="292"/>
        <location filename="../../ui/library_actions.py" line="332"/>
        <source>Case bundles (*.casefile)</source>
        <translation>Paquetes de caso (*.casefile)</translation>
    </message>
    <message>
        <location filename="../../ui/library_actions.py" line="310"/>
        <source>Export failed</source>
        <translation>Falló la exportación</translation>
    </message>
    <message>
        <location filename="../../ui/library_actions.py" line="311"/>
        <source>Exporting the case…</source>
        <translation>Exportando el caso…</translation>
    </message>
    <message>
        <location filename="../../ui/library_actions.py" line="312"/>
        <source>The case could not be exported</source>
        <translation>No se pudo exportar el caso</translation>
    </message>
    <message>
        <location filename="../../ui/library_actions.py" line="319"/>
        <source>Case exported</source>
        <translation>Caso exportado</translation>
    </message>
    <message>
        <location filename="../../ui/library_actions.py" line="321"/>
        <source>The case, its sources and their files are in:
{path}

Another Casefile opens it with File ▸ Import case bundle…</source>
        <translation>El caso, sus fuentes y sus archivos están en:
{path}

Otro Casefile lo abre con Archivo ▸ Importar paquete de caso…</translation>
    </message>
    <message>
        <location filename="../../ui/library_actions.py" line="330"/>
        <source>Import case bundle</source>
        <translation>Importar paquete de caso</translation>
    </message>
    <message>
        <location filename="../../ui/library_actions.py" line="354"/>
        <source>Import failed</source>
        <translation>Falló la importación</translation>
    </message>
    <message>
        <location filename="../../ui/library_actions.py" line="355"/>
        <source>Importing {name}…</source>
        <translation>Importando {name}…</translation>
    </message>
    <message>
        <location filename="../../ui/library_actions.py" line="356"/>
        <source>The bundle could not be imported</source>
        <translation>No se pudo importar el paquete</translation>
    </message>
    <message>
        <location filename="../../ui/library_actions.py" line="367"/>
        <source>Case imported: {title}</source>
        <translation>Caso importado: {title}</translation>
    </message>
    <message>
        <location filename="../../ui/library_actions.py" line="370"/>
        <source>Case imported</source>
        <translation>Caso importado</translation>
    </message>
    <message>
        <location filename="../../ui/library_actions.py" line="378"/>
        <source>“{title}” is a new case in this library.</source>
        <translation>«{title}» es un caso nuevo en esta biblioteca.</translation>
    </message>
    <message>
        <location filename="../../ui/library_actions.py" line="380"/>
        <source>“{title}” was already in this library; the bundle was merged.</source>
        <translation>«{title}» ya estaba en esta biblioteca; el paquete se ha fusionado con él.</translation>
    </message>
    <message>
        <location filename="../../ui/library_actions.py" line="385"/>
        <source>Added: {counts}.</source>
        <translation>Añadido: {counts}.</translation>
    </message>
    <message>
        <location filename="../../ui/library_actions.py" line="385"/>
        <source>nothing new</source>
        <translation>nada nuevo</translation>
    </message>
    <message>
        <location filename="../../ui/library_actions.py" line="387"/>
        <source>Already there: {counts}.</source>
        <translation>Ya estaba: {counts}.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="116"/>
        <source>Main toolbar</source>
        <translation>Barra principal</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="312"/>
        <source>Restore case</source>
        <translation>Restaurar caso</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="312"/>
        <source>Archive case</source>
        <translation>Archivar caso</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="315"/>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="315"/>
        <source>Archive</source>
        <translation>Archivar</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="320"/>
        <source>New case</source>
        <translation>Nuevo caso</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="320"/>
        <source>Title of the case:</source>
        <translation>Título del caso:</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="331"/>
        <source>Case created. Drop articles on it to start.</source>
        <translation>Caso creado. Arrastre artículos sobre él para empezar.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="337"/>
        <source>New case…</source>
        <translation>Nuevo caso…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="340"/>
        <source>Import articles</source>
        <translation>Importar artículos</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="340"/>
        <source>Import into which case?</source>
        <translation>¿En qué caso importarlos?</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="373"/>
        <source>Rename case</source>
        <translation>Cambiar nombre del caso</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="374"/>
        <source>New title:</source>
        <translation>Nuevo título:</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="453"/>
        <source>Deleted. Ctrl+Z puts it back.</source>
        <translation>Eliminado. Ctrl+Z lo restaura.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="462"/>
        <source>Merge {n} events</source>
        <translation>Fusionar {n} hechos</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="469"/>
        <source>Merged. Ctrl+Z splits them again.</source>
        <translation>Fusionados. Ctrl+Z los vuelve a separar.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="505"/>
        <source>This source is in no case.</source>
        <translation>Esta fuente no está en ningún caso.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="529"/>
        <source>Import files into the case</source>
        <translation>Importar archivos al caso</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="536"/>
        <source>Create a case first, then drop articles on it.</source>
        <translation>Cree primero un caso y luego arrastre artículos sobre él.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="546"/>
        <source>The brief cannot be exported: {error}</source>
        <translation>No se puede exportar el informe: {error}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="558"/>
        <source>The team library opens in a window of its own.</source>
        <translation>La biblioteca de equipo se abre en una ventana propia.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="562"/>
        <source>This is a team library: laptops sync with it.</source>
        <translation>Esta es una biblioteca de equipo: los portátiles se sincronizan con ella.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="578"/>
        <source>Restart Casefile for the new settings to take effect.</source>
        <translation>Reinicie Casefile para aplicar los nuevos ajustes.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="581"/>
        <source>About Casefile</source>
        <translation>Acerca de Casefile</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="590"/>
        <source>Casefile keeps case files on bilateral relations: articles, the dated events, quotes, captions and actors drawn from them, and briefs.</source>
        <translation>Casefile guarda expedientes de relaciones bilaterales: artículos, los hechos con fecha, declaraciones, pies de foto y actores extraídos de ellos, e informes.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="593"/>
        <source>Everything stays on this computer, or on the team library you choose.</source>
        <translation>Todo se queda en este equipo, o en la biblioteca de equipo que usted elija.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="595"/>
        <source>Version {version}</source>
        <translation>Versión {version}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="597"/>
        <source>Casefile uses and carries:</source>
        <translation>Casefile usa e incluye:</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../ui/messages.py" line="32"/>
        <source>{name}: Casefile cannot read {suffix} files; it reads {kinds}</source>
        <translation>{name}: Casefile no puede leer archivos {suffix}; lee {kinds}</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="35"/>
        <source>{name}: Casefile cannot read files without an extension; it reads {kinds}</source>
        <translation>{name}: Casefile no puede leer archivos sin extensión; lee {kinds}</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="38"/>
        <source>{name}: this is a folder, not a file</source>
        <translation>{name}: es una carpeta, no un archivo</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="39"/>
        <source>{name}: the file no longer exists</source>
        <translation>{name}: el archivo ya no existe</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="40"/>
        <source>{name}: Casefile is not allowed to read this file</source>
        <translation>{name}: Casefile no tiene permiso para leer este archivo</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="43"/>
        <source>{name}: the file cannot be read ({detail})</source>
        <translation>{name}: no se puede leer el archivo ({detail})</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="44"/>
        <source>{name}: the file is empty</source>
        <translation>{name}: el archivo está vacío</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="49"/>
        <source>{address}: this is not a web address</source>
        <translation>{address}: no es una dirección web</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="50"/>
        <source>The dropped link: this is not a web address</source>
        <translation>El enlace arrastrado: no es una dirección web</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="51"/>
        <source>{name}: there is no text in it (empty or only blank space)</source>
        <translation>{name}: no contiene texto (está vacío o solo tiene espacios en blanco)</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="54"/>
        <source>{name}: this looks like a binary file, not text</source>
        <translation>{name}: parece un archivo binario, no texto</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="55"/>
        <source>{name}: the file claims to be {codec} but is damaged</source>
        <translation>{name}: el archivo dice estar en {codec} pero está dañado</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="58"/>
        <source>{name}: the text encoding could not be recognised; save it as UTF-8 and try again</source>
        <translation>{name}: no se reconoce la codificación del texto; guárdelo como UTF-8 e inténtelo de nuevo</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="62"/>
        <source>{name}: this is not a Word document that can be read ({detail})</source>
        <translation>{name}: no es un documento de Word que se pueda leer ({detail})</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="65"/>
        <source>{name}: this is not a .docx file (an old .doc? save it as .docx and try again)</source>
        <translation>{name}: no es un archivo .docx (¿un .doc antiguo? guárdelo como .docx e inténtelo de nuevo)</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="68"/>
        <source>{name}: this zip file is not a Word document</source>
        <translation>{name}: este archivo zip no es un documento de Word</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="69"/>
        <source>{name}: the document unpacks to more than Casefile reads</source>
        <translation>{name}: el documento descomprimido ocupa más de lo que Casefile lee</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="72"/>
        <source>{name}: this is not an e-mail message (no headers)</source>
        <translation>{name}: no es un mensaje de correo electrónico (no tiene encabezados)</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="75"/>
        <source>{name}: the e-mail is damaged and cannot be read ({detail})</source>
        <translation>{name}: el correo electrónico está dañado y no se puede leer ({detail})</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="78"/>
        <source>{name}: the e-mail has no text and no article attached</source>
        <translation>{name}: el correo electrónico no tiene texto ni ningún artículo adjunto</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="81"/>
        <source>{name}: the PDF is damaged and cannot be read ({detail})</source>
        <translation>{name}: el PDF está dañado y no se puede leer ({detail})</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="45"/>
        <source>{name}: the file is {size:.1f} MB; Casefile reads files of this kind up to {limit} MB</source>
        <translation>{name}: el archivo ocupa {size:.1f} MB; Casefile lee archivos de este tipo de hasta {limit} MB</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="84"/>
        <source>{name}: no text could be read in the scanned pages</source>
        <translation>{name}: no se pudo leer texto en las páginas escaneadas</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="88"/>
        <source>{name}: reading text in pictures needs Tesseract with its Spanish and English data, which is not installed (on Debian or Ubuntu: apt install tesseract-ocr tesseract-ocr-spa tesseract-ocr-eng)</source>
        <translation>{name}: leer texto en imágenes requiere Tesseract con sus datos de español e inglés, que no está instalado (en Debian o Ubuntu: apt install tesseract-ocr tesseract-ocr-spa tesseract-ocr-eng)</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="94"/>
        <source>{name}: Tesseract could not read the page ({detail})</source>
        <translation>{name}: Tesseract no pudo leer la página ({detail})</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="98"/>
        <source>{name}: the picture is too large to open safely (more than 90 megapixels)</source>
        <translation>{name}: la imagen es demasiado grande para abrirla con seguridad (más de 90 megapíxeles)</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="102"/>
        <source>{name}: the file is not a picture Casefile can open, or it is damaged</source>
        <translation>{name}: el archivo no es una imagen que Casefile pueda abrir, o está dañado</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="106"/>
        <source>{name}: the picture is damaged or cut short and cannot be read ({detail})</source>
        <translation>{name}: la imagen está dañada o incompleta y no se puede leer ({detail})</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="110"/>
        <source>{name}: the PDF is encrypted in a way Casefile cannot open; save an unprotected copy and try again</source>
        <translation>{name}: el PDF está cifrado de un modo que Casefile no puede abrir; guarde una copia sin protección e inténtelo de nuevo</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="115"/>
        <source>{name}: the PDF is password-protected; save an unprotected copy and try again</source>
        <translation>{name}: el PDF está protegido con contraseña; guarde una copia sin protección e inténtelo de nuevo</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="118"/>
        <source>{name}: already in this case as “{shown}”.</source>
        <translation>{name}: ya está en este caso como «{shown}».</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="121"/>
        <source>{name}: already in the library.</source>
        <translation>{name}: ya está en la biblioteca.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="122"/>
        <source>{name}: cannot store the file in the library {folder} ({detail}); the import stopped.</source>
        <translation>{name}: no se puede guardar el archivo en la biblioteca {folder} ({detail}); la importación se detuvo.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="126"/>
        <source>{name}: {problem}</source>
        <translation>{name}: {problem}</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="127"/>
        <source>The disk holding the library {folder} is full; nothing was saved.</source>
        <translation>El disco de la biblioteca {folder} está lleno; no se guardó nada.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="130"/>
        <source>The library {folder} is read-only; nothing was saved.</source>
        <translation>La biblioteca {folder} es de solo lectura; no se guardó nada.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="133"/>
        <source>The library {folder} is read-only (or its disk failed); nothing was saved.</source>
        <translation>La biblioteca {folder} es de solo lectura (o su disco falló); no se guardó nada.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="136"/>
        <source>The library {folder} is open in another Casefile window. Close that window first, or open a different library.</source>
        <translation>La biblioteca {folder} está abierta en otra ventana de Casefile. Cierre esa ventana primero o abra otra biblioteca.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="141"/>
        <source>The library {folder} is open in another Casefile window (pid {pid}). Close that window first, or open a different library.</source>
        <translation>La biblioteca {folder} está abierta en otra ventana de Casefile (pid {pid}). Cierre esa ventana primero o abra otra biblioteca.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="146"/>
        <source>Cannot open the library at {url}: {detail}</source>
        <translation>No se puede abrir la biblioteca en {url}: {detail}</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="149"/>
        <source>There is no library in {folder} (no {database}).</source>
        <translation>No hay ninguna biblioteca en {folder} (falta {database}).</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="150"/>
        <source>Cannot create the library folder {folder}: {detail}</source>
        <translation>No se puede crear la carpeta de la biblioteca {folder}: {detail}</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="153"/>
        <source>The library at {url} is read-only and was made by an older Casefile; open it once where it can be written so that it can be upgraded.</source>
        <translation>La biblioteca en {url} es de solo lectura y la creó un Casefile anterior; ábrala una vez donde se pueda escribir para que se actualice.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="158"/>
        <source>The library {folder} is closed while its database is replaced.</source>
        <translation>La biblioteca {folder} está cerrada mientras se reemplaza su base de datos.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="161"/>
        <source>The library {folder} is closed: it could not be opened again.</source>
        <translation>La biblioteca {folder} está cerrada: no se pudo volver a abrir.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="164"/>
        <source>{url}: this is not a team library&apos;s address; write it as postgresql://user@server/database</source>
        <translation>{url}: esta no es la dirección de una biblioteca de equipo; escríbala como postgresql://usuario@servidor/base</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="169"/>
        <source>This computer has no keyring Casefile can use, so the password is not kept. Put it in ~/.pgpass (server:port:database:user:password) or a pg_service.conf service, and Casefile will find it there.</source>
        <translation>Este equipo no tiene un llavero que Casefile pueda usar, así que la contraseña no se guarda. Póngala en ~/.pgpass (servidor:puerto:base:usuario:contraseña) o en un servicio de pg_service.conf, y Casefile la encontrará allí.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="175"/>
        <source>This item cannot be put back: the case or event it belonged to has been deleted.</source>
        <translation>Este elemento no se puede recuperar: se eliminó el caso o el hecho al que pertenecía.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="179"/>
        <source>A case needs a title.</source>
        <translation>Un caso necesita un título.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="180"/>
        <source>No case with id {case_id}.</source>
        <translation>No hay ningún caso con id {case_id}.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="181"/>
        <source>Several cases are titled {reference!r} (ids {ids}); use the id.</source>
        <translation>Hay varios casos titulados {reference!r} (ids {ids}); use el id.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="184"/>
        <source>No case with id or title {reference!r}; see &apos;casefile case list&apos;.</source>
        <translation>No hay ningún caso con id o título {reference!r}; consulte &apos;casefile case list&apos;.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="187"/>
        <source>No {kind} with id {item_id}.</source>
        <translation>No hay ningún elemento ({kind}) con id {item_id}.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="188"/>
        <source>Someone else changed this while you were editing it. It now shows their version; make your change again if it still stands.</source>
        <translation>Otra persona cambió esto mientras usted lo editaba. Ahora se muestra su versión; repita su cambio si sigue siendo válido.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="193"/>
        <source>A saved search needs a name.</source>
        <translation>Una búsqueda guardada necesita un nombre.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="194"/>
        <source>There is nothing to save: the search is empty.</source>
        <translation>No hay nada que guardar: la búsqueda está vacía.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="197"/>
        <source>A saved search is already named {name!r}.</source>
        <translation>Ya hay una búsqueda guardada llamada {name!r}.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="200"/>
        <source>This saved search is no longer there (deleted elsewhere?).</source>
        <translation>Esta búsqueda guardada ya no existe (¿se eliminó en otro lugar?).</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="203"/>
        <source>“{term}” needs its form in the other language too.</source>
        <translation>«{term}» necesita también su forma en el otro idioma.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="206"/>
        <source>No saved search named {name!r}; see &apos;casefile search --saved&apos;.</source>
        <translation>No hay ninguna búsqueda guardada llamada {name!r}; véase &apos;casefile search --saved&apos;.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="209"/>
        <source>A {kind} has no field {field!r}.</source>
        <translation>Un elemento ({kind}) no tiene el campo {field!r}.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="210"/>
        <source>Event {item_id} cannot be merged into itself.</source>
        <translation>El hecho {item_id} no puede fusionarse consigo mismo.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="211"/>
        <source>Event {item_id} belongs to another case; events merge within one case.</source>
        <translation>El hecho {item_id} pertenece a otro caso; los hechos se fusionan dentro de un mismo caso.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="214"/>
        <source>Event {item_id} stands on one source only; there is nothing to split off.</source>
        <translation>El hecho {item_id} se apoya en una sola fuente; no hay nada que separar.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="217"/>
        <source>Event {item_id} is not proposed as the same as another event.</source>
        <translation>El hecho {item_id} no está propuesto como el mismo que otro hecho.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="220"/>
        <source>Unknown item kind {kind!r}.</source>
        <translation>Tipo de elemento desconocido: {kind!r}.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="221"/>
        <source>Source {source_id} is not in case {case_id}.</source>
        <translation>La fuente {source_id} no está en el caso {case_id}.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="224"/>
        <source>Backups are made of SQLite libraries; back up the server instead.</source>
        <translation>Solo se hacen copias de seguridad de bibliotecas SQLite; haga la copia en el servidor.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="227"/>
        <source>Backups are restored into SQLite libraries only.</source>
        <translation>Las copias de seguridad solo se restauran en bibliotecas SQLite.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="230"/>
        <source>The library {folder} is open (in this or another Casefile process); close it before restoring a backup.</source>
        <translation>La biblioteca {folder} está abierta (en este u otro proceso de Casefile); ciérrela antes de restaurar una copia de seguridad.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="235"/>
        <source>Cannot restore {name}: {detail}</source>
        <translation>No se puede restaurar {name}: {detail}</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="236"/>
        <source>The backup was restored; the state before it is kept as {name}.

The library could not be opened again: {detail}</source>
        <translation>La copia de seguridad se restauró; el estado anterior se guarda como {name}.

No se pudo volver a abrir la biblioteca: {detail}</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="241"/>
        <source>{problem}

The library could not be opened again: {detail}</source>
        <translation>{problem}

No se pudo volver a abrir la biblioteca: {detail}</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="244"/>
        <source>{name}: there is no such backup file.</source>
        <translation>{name}: no existe ese archivo de copia de seguridad.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="245"/>
        <source>{name}: this is not a Casefile backup ({detail}).</source>
        <translation>{name}: no es una copia de seguridad de Casefile ({detail}).</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="248"/>
        <source>{name}: the backup is damaged ({detail}).</source>
        <translation>{name}: la copia de seguridad está dañada ({detail}).</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="249"/>
        <source>{name}: this database is not a Casefile library.</source>
        <translation>{name}: esta base de datos no es una biblioteca de Casefile.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="252"/>
        <source>{name}: the backup was made by a newer Casefile (schema {version}).</source>
        <translation>{name}: la copia de seguridad la hizo un Casefile más reciente (esquema {version}).</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="255"/>
        <source>Cannot write the backup to {folder}: {detail}</source>
        <translation>No se puede escribir la copia de seguridad en {folder}: {detail}</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="258"/>
        <source>Cannot write the backup {path}: {detail}</source>
        <translation>No se puede escribir la copia de seguridad {path}: {detail}</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="259"/>
        <source>Cannot write the bundle {path}: {detail}</source>
        <translation>No se puede escribir el paquete {path}: {detail}</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="260"/>
        <source>The file of source “{title}” is missing from the library ({file}); restore it before exporting.</source>
        <translation>Falta en la biblioteca el archivo de la fuente «{title}» ({file}); restáurelo antes de exportar.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="265"/>
        <source>Cannot store {member} in the library: {detail}</source>
        <translation>No se puede guardar {member} en la biblioteca: {detail}</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="268"/>
        <source>The actor {name!r} vanished during the import.</source>
        <translation>El actor {name!r} desapareció durante la importación.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="271"/>
        <source>{name}: this is not a Casefile bundle (not a readable zip).</source>
        <translation>{name}: no es un paquete de Casefile (no es un zip legible).</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="274"/>
        <source>{name}: the bundle holds too many files ({count}).</source>
        <translation>{name}: el paquete contiene demasiados archivos ({count}).</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="277"/>
        <source>{name}: the bundle holds an unsafe path {member!r}; not imported.</source>
        <translation>{name}: el paquete contiene una ruta insegura {member!r}; no se importó.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="280"/>
        <source>{name}: the bundle holds a symbolic link {member!r}; not imported.</source>
        <translation>{name}: el paquete contiene un enlace simbólico {member!r}; no se importó.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="283"/>
        <source>{name}: the bundle holds an encrypted file {member!r}.</source>
        <translation>{name}: el paquete contiene un archivo cifrado {member!r}.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="286"/>
        <source>{name}: the bundle names {member!r} twice.</source>
        <translation>{name}: el paquete nombra {member!r} dos veces.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="289"/>
        <source>{name}: {member!r} is too large to import.</source>
        <translation>{name}: {member!r} es demasiado grande para importarlo.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="292"/>
        <source>{name}: the bundle unpacks to {size:.1f} GB, over the {limit} GB Casefile accepts.</source>
        <translation>{name}: el paquete descomprimido ocupa {size:.1f} GB, más de los {limit} GB que acepta Casefile.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="296"/>
        <source>{name}: this is not a Casefile bundle (no {manifest}).</source>
        <translation>{name}: no es un paquete de Casefile (falta {manifest}).</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="299"/>
        <source>{name}: the bundle lacks {member!r}.</source>
        <translation>{name}: al paquete le falta {member!r}.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="300"/>
        <source>{name}: {member!r} is damaged ({detail}).</source>
        <translation>{name}: {member!r} está dañado ({detail}).</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="303"/>
        <source>{name}: the manifest is not valid JSON ({detail}).</source>
        <translation>{name}: el manifiesto no es JSON válido ({detail}).</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="306"/>
        <source>{name}: this is not a Casefile bundle.</source>
        <translation>{name}: no es un paquete de Casefile.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="307"/>
        <source>{name}: bundle version {version!r}; this Casefile reads version {supported}.</source>
        <translation>{name}: versión de paquete {version!r}; este Casefile lee la versión {supported}.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="310"/>
        <source>{name}: the manifest does not identify its case.</source>
        <translation>{name}: el manifiesto no identifica su caso.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="313"/>
        <source>{name}: the manifest lists a source twice.</source>
        <translation>{name}: el manifiesto incluye una fuente dos veces.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="316"/>
        <source>{name}: a source has no valid content hash.</source>
        <translation>{name}: una fuente no tiene un hash de contenido válido.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="319"/>
        <source>{name}: a source&apos;s file {file!r} is not under {prefix}.</source>
        <translation>{name}: el archivo de una fuente, {file!r}, no está bajo {prefix}.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="322"/>
        <source>{name}: an item of {kind} refers to a source the bundle lacks.</source>
        <translation>{name}: un elemento de {kind} remite a una fuente que no está en el paquete.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="325"/>
        <source>{name}: a caption&apos;s image {image!r} is not under {prefix}.</source>
        <translation>{name}: la imagen de un pie de foto, {image!r}, no está bajo {prefix}.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="328"/>
        <source>{name}: two actors share a key.</source>
        <translation>{name}: dos actores comparten una clave.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="329"/>
        <source>{name}: an item refers to an actor the bundle lacks.</source>
        <translation>{name}: un elemento remite a un actor que no está en el paquete.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="332"/>
        <source>{name}: the manifest lists {member!r}, which is not in it.</source>
        <translation>{name}: el manifiesto incluye {member!r}, que no está en el paquete.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="335"/>
        <source>{name}: {member!r} does not match its source (damaged?).</source>
        <translation>{name}: {member!r} no coincide con su fuente (¿dañado?).</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="338"/>
        <source>{name}: a {what} has a bad {field}: {detail}.</source>
        <translation>{name}: un elemento ({what}) tiene un valor incorrecto en {field}: {detail}.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="341"/>
        <source>{name}: the manifest&apos;s {what} is not an object.</source>
        <translation>{name}: el elemento {what} del manifiesto no es un objeto.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="344"/>
        <source>{name}: the manifest&apos;s {what} is not a list.</source>
        <translation>{name}: el elemento {what} del manifiesto no es una lista.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="347"/>
        <source>{name}: the manifest holds a key that is not a number: {value!r}.</source>
        <translation>{name}: el manifiesto contiene una clave que no es un número: {value!r}.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="350"/>
        <source>{name}: the manifest holds tags that are not a list of text.</source>
        <translation>{name}: el manifiesto contiene etiquetas que no son una lista de textos.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="353"/>
        <source>{path}: cannot write the brief ({detail}).</source>
        <translation>{path}: no se puede escribir el informe ({detail}).</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="354"/>
        <source>The brief could not be built: {detail}</source>
        <translation>No se pudo generar el informe: {detail}</translation>
    </message>
</context>
<context>
    <name>OpenTeamLibraryDialog</name>
    <message>
        <location filename="../../ui/views/team_dialog.py" line="103"/>
        <source>Open team library</source>
        <translation>Abrir biblioteca de equipo</translation>
    </message>
    <message>
        <location filename="../../ui/views/team_dialog.py" line="134"/>
        <source>Give the server and the database.</source>
        <translation>Indique el servidor y la base de datos.</translation>
    </message>
    <message>
        <location filename="../../ui/views/team_dialog.py" line="161"/>
        <source>Casefile could not start a window for the team library.</source>
        <translation>Casefile no pudo abrir una ventana para la biblioteca de equipo.</translation>
    </message>
</context>
<context>
    <name>PendingSourcesModel</name>
    <message>
        <location filename="../../ui/models/pending_sources.py" line="52"/>
        <source>Untitled source</source>
        <translation>Fuente sin título</translation>
    </message>
    <message>
        <location filename="../../ui/models/pending_sources.py" line="103"/>
        <source>Proposals pending: %d</source>
        <translation>Propuestas pendientes: %d</translation>
    </message>
</context>
<context>
    <name>PicturePreview</name>
    <message>
        <location filename="../../ui/views/picture_preview.py" line="31"/>
        <source>Open picture</source>
        <translation>Abrir imagen</translation>
    </message>
    <message>
        <location filename="../../ui/views/picture_preview.py" line="32"/>
        <source>Open the original picture in the system&apos;s viewer</source>
        <translation>Abrir la imagen original en el visor del sistema</translation>
    </message>
    <message>
        <location filename="../../ui/views/picture_preview.py" line="50"/>
        <source>The picture cannot be shown (missing or damaged).</source>
        <translation>No se puede mostrar la imagen (falta o está dañada).</translation>
    </message>
</context>
<context>
    <name>Precision</name>
    <message>
        <location filename="../../ui/formatting.py" line="137"/>
        <source>day</source>
        <translation>día</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="138"/>
        <source>month</source>
        <translation>mes</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="139"/>
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
        <location filename="../../ui/views/proposal_editor.py" line="45"/>
        <source>Quote</source>
        <translation>Declaración</translation>
    </message>
    <message>
        <location filename="../../ui/views/proposal_editor.py" line="46"/>
        <source>Speaker</source>
        <translation>Declarante</translation>
    </message>
    <message>
        <location filename="../../ui/views/proposal_editor.py" line="48"/>
        <source>Caption</source>
        <translation>Pie de foto</translation>
    </message>
    <message>
        <location filename="../../ui/views/proposal_editor.py" line="49"/>
        <source>Credit</source>
        <translation>Crédito</translation>
    </message>
    <message>
        <location filename="../../ui/views/proposal_editor.py" line="51"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../ui/views/proposal_editor.py" line="43"/>
        <location filename="../../ui/views/proposal_editor.py" line="52"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../ui/views/proposal_editor.py" line="56"/>
        <source>Accept</source>
        <translation>Aceptar</translation>
    </message>
</context>
<context>
    <name>ProposalTableModel</name>
    <message>
        <location filename="../../ui/models/proposals.py" line="62"/>
        <source>Same as: {date} {title}</source>
        <translation>El mismo que: {date} {title}</translation>
    </message>
    <message>
        <location filename="../../ui/models/proposals.py" line="70"/>
        <source>A photo with no caption in its file: press E to write one</source>
        <translation>Una foto sin pie en su archivo: pulse E para escribirlo</translation>
    </message>
    <message>
        <location filename="../../ui/models/proposals.py" line="163"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../ui/models/proposals.py" line="163"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../../ui/models/proposals.py" line="163"/>
        <source>Proposal</source>
        <translation>Propuesta</translation>
    </message>
    <message>
        <location filename="../../ui/models/proposals.py" line="164"/>
        <source>Speaker / credit</source>
        <translation>Declarante / crédito</translation>
    </message>
    <message>
        <location filename="../../ui/models/proposals.py" line="164"/>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../ui/models/proposals.py" line="179"/>
        <source>Event</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <location filename="../../ui/models/proposals.py" line="179"/>
        <source>Quote</source>
        <translation>Declaración</translation>
    </message>
    <message>
        <location filename="../../ui/models/proposals.py" line="180"/>
        <source>Caption</source>
        <translation>Pie de foto</translation>
    </message>
    <message>
        <location filename="../../ui/models/proposals.py" line="180"/>
        <source>Actor</source>
        <translation>Actor</translation>
    </message>
    <message>
        <location filename="../../ui/models/proposals.py" line="184"/>
        <source>proposed</source>
        <translation>propuesto</translation>
    </message>
    <message>
        <location filename="../../ui/models/proposals.py" line="184"/>
        <source>accepted</source>
        <translation>aceptado</translation>
    </message>
    <message>
        <location filename="../../ui/models/proposals.py" line="185"/>
        <source>rejected</source>
        <translation>rechazado</translation>
    </message>
</context>
<context>
    <name>QuoteTableModel</name>
    <message>
        <location filename="../../ui/models/quotes.py" line="22"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../../ui/models/quotes.py" line="29"/>
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
        <location filename="../../ui/read_only.py" line="59"/>
        <source>Read-only</source>
        <translation>Solo lectura</translation>
    </message>
    <message>
        <location filename="../../ui/read_only.py" line="61"/>
        <source>Nothing can be changed in this library here: its folder cannot be written, or another Casefile window has it open.</source>
        <translation>Aquí no se puede cambiar nada de esta biblioteca: su carpeta no admite escritura, u otra ventana de Casefile la tiene abierta.</translation>
    </message>
    <message>
        <location filename="../../ui/read_only.py" line="117"/>
        <source>This library is read-only; nothing can be added.</source>
        <translation>Esta biblioteca es de solo lectura; no se puede añadir nada.</translation>
    </message>
    <message>
        <location filename="../../ui/read_only.py" line="121"/>
        <source> (read-only)</source>
        <translation> (solo lectura)</translation>
    </message>
    <message>
        <location filename="../../ui/read_only.py" line="134"/>
        <source>Not saved</source>
        <translation>No se guardó</translation>
    </message>
</context>
<context>
    <name>RestoreBackupDialog</name>
    <message>
        <location filename="../../ui/views/backup_dialog.py" line="134"/>
        <source>Restore from backup</source>
        <translation>Restaurar copia de seguridad</translation>
    </message>
    <message>
        <location filename="../../ui/views/backup_dialog.py" line="139"/>
        <source>Casefile backs the library up when it opens and when it closes, keeping the last ten. Choose the state to go back to.</source>
        <translation>Casefile hace una copia de seguridad de la biblioteca al abrirla y al cerrarla, y guarda las diez últimas. Elija el estado al que volver.</translation>
    </message>
    <message>
        <location filename="../../ui/views/backup_dialog.py" line="156"/>
        <source>There are no backups of this library yet.</source>
        <translation>Aún no hay copias de seguridad de esta biblioteca.</translation>
    </message>
    <message>
        <location filename="../../ui/views/backup_dialog.py" line="160"/>
        <source>Restore…</source>
        <translation>Restaurar…</translation>
    </message>
    <message>
        <location filename="../../ui/views/backup_dialog.py" line="162"/>
        <source>Other backup file…</source>
        <translation>Otro archivo de copia…</translation>
    </message>
    <message>
        <location filename="../../ui/views/backup_dialog.py" line="188"/>
        <source>Restore from a backup file</source>
        <translation>Restaurar desde un archivo de copia</translation>
    </message>
    <message>
        <location filename="../../ui/views/backup_dialog.py" line="190"/>
        <source>Casefile backups ({pattern})</source>
        <translation>Copias de seguridad de Casefile ({pattern})</translation>
    </message>
</context>
<context>
    <name>RestoreProgressDialog</name>
    <message>
        <location filename="../../ui/views/backup_dialog.py" line="220"/>
        <source>Restore from backup</source>
        <translation>Restaurar copia de seguridad</translation>
    </message>
    <message>
        <location filename="../../ui/views/backup_dialog.py" line="221"/>
        <source>Restoring the library…</source>
        <translation>Restaurando la biblioteca…</translation>
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
        <location filename="../../ui/views/review.py" line="130"/>
        <source>Accept all of this source</source>
        <translation>Aceptar todo lo de esta fuente</translation>
    </message>
    <message>
        <location filename="../../ui/views/review.py" line="132"/>
        <source>A accept · R reject · E edit and accept · ↑↓ move</source>
        <translation>A aceptar · R rechazar · E editar y aceptar · ↑↓ moverse</translation>
    </message>
    <message>
        <location filename="../../ui/views/review.py" line="248"/>
        <source>Read-only: proposals can be read, not decided · ↑↓ move</source>
        <translation>Solo lectura: las propuestas se leen, no se deciden · ↑↓ moverse</translation>
    </message>
    <message>
        <location filename="../../ui/views/review.py" line="360"/>
        <source>Accept as the same event</source>
        <translation>Aceptar como el mismo hecho</translation>
    </message>
    <message>
        <location filename="../../ui/views/review.py" line="384"/>
        <source>Edit and accept {kind}</source>
        <translation>Editar y aceptar {kind}</translation>
    </message>
    <message>
        <location filename="../../ui/views/review.py" line="402"/>
        <source>Accept all of this source (%d)</source>
        <translation>Aceptar todo lo de esta fuente (%d)</translation>
    </message>
</context>
<context>
    <name>SavedSearchesView</name>
    <message>
        <location filename="../../ui/views/saved_searches.py" line="128"/>
        <source>Saved searches</source>
        <translation>Búsquedas guardadas</translation>
    </message>
    <message>
        <location filename="../../ui/views/saved_searches.py" line="148"/>
        <source>Save a search with the star in the search field to keep it here.</source>
        <translation>Guarde una búsqueda con la estrella del campo de búsqueda para tenerla aquí.</translation>
    </message>
    <message>
        <location filename="../../ui/views/saved_searches.py" line="153"/>
        <source>Run</source>
        <translation>Ejecutar</translation>
    </message>
    <message>
        <location filename="../../ui/views/saved_searches.py" line="155"/>
        <source>Rename…</source>
        <translation>Renombrar…</translation>
    </message>
    <message>
        <location filename="../../ui/views/saved_searches.py" line="159"/>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <location filename="../../ui/views/saved_searches.py" line="202"/>
        <source>Save search</source>
        <translation>Guardar búsqueda</translation>
    </message>
    <message>
        <location filename="../../ui/views/saved_searches.py" line="202"/>
        <source>Name:</source>
        <translation>Nombre:</translation>
    </message>
    <message>
        <location filename="../../ui/views/saved_searches.py" line="223"/>
        <source>Rename saved search</source>
        <translation>Renombrar búsqueda guardada</translation>
    </message>
    <message>
        <location filename="../../ui/views/saved_searches.py" line="223"/>
        <source>New name:</source>
        <translation>Nombre nuevo:</translation>
    </message>
</context>
<context>
    <name>SearchField</name>
    <message>
        <location filename="../../ui/views/search.py" line="76"/>
        <source>found: {forms}</source>
        <translation>encontrado: {forms}</translation>
    </message>
    <message>
        <location filename="../../ui/views/search.py" line="225"/>
        <source>Search the library (Ctrl+K)</source>
        <translation>Buscar en la biblioteca (Ctrl+K)</translation>
    </message>
    <message>
        <location filename="../../ui/views/search.py" line="239"/>
        <source>Save this search…</source>
        <translation>Guardar esta búsqueda…</translation>
    </message>
    <message>
        <location filename="../../ui/views/search.py" line="240"/>
        <source>Keep this search in the sidebar</source>
        <translation>Conservar esta búsqueda en la barra lateral</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../ui/views/settings_dialog.py" line="59"/>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_dialog.py" line="64"/>
        <source>Default location</source>
        <translation>Ubicación predeterminada</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_dialog.py" line="65"/>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_dialog.py" line="73"/>
        <source>Spanish</source>
        <translation>Español</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_dialog.py" line="74"/>
        <source>English</source>
        <translation>Inglés</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_dialog.py" line="79"/>
        <source>optional, e.g. RESERVADO</source>
        <translation>opcional, p. ej. RESERVADO</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_dialog.py" line="81"/>
        <source>System language</source>
        <translation>Idioma del sistema</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_dialog.py" line="86"/>
        <location filename="../../ui/views/settings_dialog.py" line="122"/>
        <source>Library folder</source>
        <translation>Carpeta de la biblioteca</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_dialog.py" line="87"/>
        <source>Analyst name</source>
        <translation>Nombre del analista</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_dialog.py" line="88"/>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_dialog.py" line="89"/>
        <source>Brief language</source>
        <translation>Idioma del informe</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_dialog.py" line="90"/>
        <source>Classification marking</source>
        <translation>Marca de clasificación</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_dialog.py" line="91"/>
        <source>Interface language</source>
        <translation>Idioma de la interfaz</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_dialog.py" line="94"/>
        <source>A new library folder or interface language takes effect the next time Casefile starts.</source>
        <translation>Una nueva carpeta de biblioteca o idioma de la interfaz se aplica la próxima vez que se inicie Casefile.</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_dialog.py" line="111"/>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_dialog.py" line="114"/>
        <source>Glossary</source>
        <translation>Glosario</translation>
    </message>
</context>
<context>
    <name>SourceActions</name>
    <message>
        <location filename="../../ui/source_actions.py" line="28"/>
        <source>Remove “{title}” from this case?</source>
        <translation>¿Quitar «{title}» de este expediente?</translation>
    </message>
    <message>
        <location filename="../../ui/source_actions.py" line="32"/>
        <source>Remove {count} sources from this case?</source>
        <translation>¿Quitar {count} fuentes de este expediente?</translation>
    </message>
    <message>
        <location filename="../../ui/source_actions.py" line="37"/>
        <source>Remove sources</source>
        <translation>Quitar fuentes</translation>
    </message>
    <message>
        <location filename="../../ui/source_actions.py" line="41"/>
        <source>The events, quotes, captions and proposed actors drawn from it go too ({items} items). Ctrl+Z puts everything back.</source>
        <translation>Con ella se van los hechos, citas, pies de foto y actores propuestos que se extrajeron de ella ({items} elementos). Ctrl+Z lo devuelve todo.</translation>
    </message>
    <message>
        <location filename="../../ui/source_actions.py" line="48"/>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <location filename="../../ui/source_actions.py" line="79"/>
        <source>Remove {count} sources</source>
        <translation>Quitar {count} fuentes</translation>
    </message>
    <message>
        <location filename="../../ui/source_actions.py" line="86"/>
        <source>Removed. Ctrl+Z puts it back.</source>
        <translation>Quitada. Ctrl+Z la devuelve.</translation>
    </message>
</context>
<context>
    <name>SourceKind</name>
    <message>
        <location filename="../../ui/formatting.py" line="157"/>
        <source>article</source>
        <translation>artículo</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="158"/>
        <source>communiqué</source>
        <translation>comunicado</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="159"/>
        <source>statement</source>
        <translation>declaración oficial</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="160"/>
        <source>transcript</source>
        <translation>transcripción</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="161"/>
        <source>social media post</source>
        <translation>publicación en redes</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="162"/>
        <source>image</source>
        <translation>imagen</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="163"/>
        <source>other</source>
        <translation>otro</translation>
    </message>
</context>
<context>
    <name>SourceTableModel</name>
    <message>
        <location filename="../../ui/models/sources.py" line="26"/>
        <source>Published</source>
        <translation>Publicado</translation>
    </message>
    <message>
        <location filename="../../ui/models/sources.py" line="33"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location filename="../../ui/models/sources.py" line="39"/>
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
    <name>SyncDialog</name>
    <message>
        <location filename="../../ui/sync_flow.py" line="45"/>
        <source>Sync with team library</source>
        <translation>Sincronizar con la biblioteca de equipo</translation>
    </message>
    <message>
        <location filename="../../ui/sync_flow.py" line="48"/>
        <source>optional: the title of a case there</source>
        <translation>opcional: el título de un caso de allí</translation>
    </message>
    <message>
        <location filename="../../ui/sync_flow.py" line="49"/>
        <source>Also follow</source>
        <translation>Seguir también</translation>
    </message>
    <message>
        <location filename="../../ui/sync_flow.py" line="52"/>
        <source>Your cases go to the team library and come back with your colleagues&apos; changes. Where both of you changed the same field, the later change wins and the other is kept under View ▸ Sync conflicts.</source>
        <translation>Sus casos van a la biblioteca de equipo y vuelven con los cambios de sus colegas. Donde ambos cambiaron el mismo campo, prevalece el cambio más reciente y el otro se guarda en Ver ▸ Conflictos de sincronización.</translation>
    </message>
    <message>
        <location filename="../../ui/sync_flow.py" line="65"/>
        <source>Sync</source>
        <translation>Sincronizar</translation>
    </message>
    <message>
        <location filename="../../ui/sync_flow.py" line="78"/>
        <source>Give the server and the database.</source>
        <translation>Indique el servidor y la base de datos.</translation>
    </message>
</context>
<context>
    <name>SyncFlow</name>
    <message>
        <location filename="../../ui/sync_flow.py" line="100"/>
        <source>Cancel sync</source>
        <translation>Cancelar sincronización</translation>
    </message>
    <message>
        <location filename="../../ui/sync_flow.py" line="129"/>
        <source>A sync is already running.</source>
        <translation>Ya hay una sincronización en curso.</translation>
    </message>
    <message>
        <location filename="../../ui/sync_flow.py" line="134"/>
        <source>The sync stopped</source>
        <translation>La sincronización se detuvo</translation>
    </message>
    <message>
        <location filename="../../ui/sync_flow.py" line="143"/>
        <source>Syncing with the team library…</source>
        <translation>Sincronizando con la biblioteca de equipo…</translation>
    </message>
    <message>
        <location filename="../../ui/sync_flow.py" line="166"/>
        <source>Synced: {sent} changes sent, {received} received.</source>
        <translation>Sincronizado: {sent} cambios enviados, {received} recibidos.</translation>
    </message>
    <message>
        <location filename="../../ui/sync_flow.py" line="175"/>
        <source>Sync conflicts</source>
        <translation>Conflictos de sincronización</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/sync_flow.py" line="177"/>
        <source>%n value(s) changed on both sides: the later change was kept, the other is listed under View ▸ Sync conflicts.</source>
        <translation>
            <numerusform>%n valor cambió en ambos lados: se conservó el cambio más reciente y el otro aparece en Ver ▸ Conflictos de sincronización.</numerusform>
            <numerusform>%n valores cambiaron en ambos lados: se conservó el cambio más reciente y los otros aparecen en Ver ▸ Conflictos de sincronización.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/sync_flow.py" line="186"/>
        <source>Sync stopped</source>
        <translation>Sincronización detenida</translation>
    </message>
    <message>
        <location filename="../../ui/sync_flow.py" line="190"/>
        <source>Sync cancelled; nothing changed.</source>
        <translation>Sincronización cancelada; nada cambió.</translation>
    </message>
    <message>
        <location filename="../../ui/sync_flow.py" line="201"/>
        <source>Last synced {when}</source>
        <translation>Última sincronización: {when}</translation>
    </message>
</context>
<context>
    <name>TeamAddressForm</name>
    <message>
        <location filename="../../ui/views/team_dialog.py" line="54"/>
        <source>e.g. casefile.example.org</source>
        <translation>p. ej. casefile.example.org</translation>
    </message>
    <message>
        <location filename="../../ui/views/team_dialog.py" line="62"/>
        <source>empty: from ~/.pgpass or the keyring</source>
        <translation>vacía: de ~/.pgpass o del llavero</translation>
    </message>
    <message>
        <location filename="../../ui/views/team_dialog.py" line="63"/>
        <source>Remember the password in this computer&apos;s keyring</source>
        <translation>Recordar la contraseña en el llavero de este equipo</translation>
    </message>
    <message>
        <location filename="../../ui/views/team_dialog.py" line="66"/>
        <source>Server</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <location filename="../../ui/views/team_dialog.py" line="67"/>
        <source>Port</source>
        <translation>Puerto</translation>
    </message>
    <message>
        <location filename="../../ui/views/team_dialog.py" line="68"/>
        <source>Database</source>
        <translation>Base de datos</translation>
    </message>
    <message>
        <location filename="../../ui/views/team_dialog.py" line="69"/>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <location filename="../../ui/views/team_dialog.py" line="70"/>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
</context>
<context>
    <name>TimelineCanvas</name>
    <message>
        <location filename="../../ui/views/timeline_picture.py" line="129"/>
        <source>Timeline picture</source>
        <translation>Cronología en imagen</translation>
    </message>
    <message>
        <location filename="../../ui/views/timeline_picture.py" line="459"/>
        <source>Relation</source>
        <translation>Relación</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/timeline_picture.py" line="591"/>
        <source>Reported by %n source(s).</source>
        <translation>
            <numerusform>Lo recoge %n fuente.</numerusform>
            <numerusform>Lo recogen %n fuentes.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/views/timeline_picture.py" line="593"/>
        <source>The sources give different days for it.</source>
        <translation>Las fuentes le dan días distintos.</translation>
    </message>
</context>
<context>
    <name>TimelinePicture</name>
    <message>
        <location filename="../../ui/views/timeline_picture.py" line="749"/>
        <source>Lanes by kind</source>
        <translation>Carriles por tipo</translation>
    </message>
    <message>
        <location filename="../../ui/views/timeline_picture.py" line="750"/>
        <source>Lanes by acting country</source>
        <translation>Carriles por país que actúa</translation>
    </message>
    <message>
        <location filename="../../ui/views/timeline_picture.py" line="751"/>
        <source>Lanes by actor</source>
        <translation>Carriles por actor</translation>
    </message>
    <message>
        <location filename="../../ui/views/timeline_picture.py" line="754"/>
        <source>Ctrl+wheel or +/− zooms, wheel or drag pans, ←/→ step, 0 shows all</source>
        <translation>Ctrl+rueda o +/− amplía, rueda o arrastrar desplaza, ←/→ avanza, 0 muestra todo</translation>
    </message>
    <message>
        <location filename="../../ui/views/timeline_picture.py" line="809"/>
        <source>No direction</source>
        <translation>Sin dirección</translation>
    </message>
    <message>
        <location filename="../../ui/views/timeline_picture.py" line="809"/>
        <source>No actor</source>
        <translation>Sin actor</translation>
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
        <source>Open team library…</source>
        <translation>Abrir biblioteca de equipo…</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="60"/>
        <source>Open a library shared on a PostgreSQL server, in a window of its own</source>
        <translation>Abrir una biblioteca compartida en un servidor PostgreSQL, en una ventana propia</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="63"/>
        <source>Sync with team library…</source>
        <translation>Sincronizar con la biblioteca de equipo…</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="64"/>
        <source>Send this library&apos;s changes to a team library and bring back theirs</source>
        <translation>Enviar los cambios de esta biblioteca a una biblioteca de equipo y traer los de allí</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="67"/>
        <source>Sync conflicts…</source>
        <translation>Conflictos de sincronización…</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="68"/>
        <source>Values a sync replaced with a later change from the other side</source>
        <translation>Valores que una sincronización reemplazó por un cambio posterior del otro lado</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="71"/>
        <source>Import files…</source>
        <translation>Importar archivos…</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="74"/>
        <source>Add articles to the case</source>
        <translation>Añadir artículos al caso</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="77"/>
        <source>Export brief…</source>
        <translation>Exportar informe…</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="80"/>
        <source>Write the case&apos;s brief as a PDF</source>
        <translation>Escribir el informe del caso en PDF</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="83"/>
        <source>Export case bundle…</source>
        <translation>Exportar paquete del caso…</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="84"/>
        <source>Write the case, its sources and files as one .casefile file to share</source>
        <translation>Guardar el caso, sus fuentes y archivos en un solo archivo .casefile para compartir</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="87"/>
        <source>Import case bundle…</source>
        <translation>Importar paquete de caso…</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="88"/>
        <source>Bring in a case from a .casefile file, adding only what is new</source>
        <translation>Traer un caso desde un archivo .casefile, añadiendo solo lo nuevo</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="91"/>
        <source>Back up library now…</source>
        <translation>Hacer copia de seguridad ahora…</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="92"/>
        <source>Save a copy of the library&apos;s database to a file</source>
        <translation>Guardar una copia de la base de datos de la biblioteca en un archivo</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="95"/>
        <source>Restore from backup…</source>
        <translation>Restaurar copia de seguridad…</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="96"/>
        <source>Put the library back as it was in an earlier backup</source>
        <translation>Devolver la biblioteca al estado de una copia anterior</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="98"/>
        <source>Settings…</source>
        <translation>Ajustes…</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="100"/>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="103"/>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="106"/>
        <source>Redo</source>
        <translation>Rehacer</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="112"/>
        <source>Accept</source>
        <translation>Aceptar</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="115"/>
        <source>Accept the selected proposals</source>
        <translation>Aceptar las propuestas seleccionadas</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="119"/>
        <source>Reject</source>
        <translation>Rechazar</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="122"/>
        <source>Reject the selected proposals</source>
        <translation>Rechazar las propuestas seleccionadas</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="126"/>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="129"/>
        <source>Delete the selected items</source>
        <translation>Eliminar los elementos seleccionados</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="133"/>
        <source>Merge events</source>
        <translation>Fusionar hechos</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="135"/>
        <source>Make the selected events one event standing on all their sources</source>
        <translation>Hacer de los hechos seleccionados uno solo, con todas sus fuentes</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="137"/>
        <source>Search the library</source>
        <translation>Buscar en la biblioteca</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="144"/>
        <source>Show rejected proposals</source>
        <translation>Mostrar propuestas rechazadas</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="146"/>
        <source>Show archived cases</source>
        <translation>Mostrar casos archivados</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="152"/>
        <source>Timeline</source>
        <translation>Cronología</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="153"/>
        <source>Quotes</source>
        <translation>Declaraciones</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="154"/>
        <source>Sources</source>
        <translation>Fuentes</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="155"/>
        <source>Captions</source>
        <translation>Pies de foto</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="156"/>
        <source>Actors</source>
        <translation>Actores</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="157"/>
        <source>Review</source>
        <translation>Revisión</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="162"/>
        <source>Go to the case list</source>
        <translation>Ir a la lista de casos</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="163"/>
        <source>About Casefile</source>
        <translation>Acerca de Casefile</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="172"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="184"/>
        <source>&amp;Edit</source>
        <translation>&amp;Edición</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="191"/>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="197"/>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
</context>
<context>
    <name>WindowJobs</name>
    <message>
        <location filename="../../ui/library_actions.py" line="126"/>
        <source>Wait for the running job to finish.</source>
        <translation>Espere a que termine la tarea en curso.</translation>
    </message>
</context>
<context>
    <name>Workers</name>
    <message>
        <location filename="../../ui/workers.py" line="60"/>
        <source>{name}, pages</source>
        <translation>{name}, páginas</translation>
    </message>
    <message>
        <location filename="../../ui/workers.py" line="78"/>
        <source>text</source>
        <translation>texto</translation>
    </message>
</context>
</TS>
