<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES" sourcelanguage="en">
<context>
    <name>ActionSet</name>
    <message>
        <location filename="../../ui/actions.py" line="21" />
        <source>Not connected yet: arrives with the jobs API</source>
        <translation>Aún no conectado: llega con la API de trabajos</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="77" />
        <source>Needs the {role} role.</source>
        <translation>Requiere el rol {role}.</translation>
    </message>
</context>
<context>
    <name>Actor</name>
    <message>
        <location filename="../../ui/acting.py" line="33" />
        <source>{where}{cause}
Do this: {remedy}</source>
        <translation>{where}{cause}
Solución: {remedy}</translation>
    </message>
    <message>
        <location filename="../../ui/acting.py" line="34" />
        <source>the cloud refused the request ({code}: {message})
Do this: check the name and version, then try again; if it keeps failing, call the line engineer.</source>
        <translation>la nube rechazó la solicitud ({code}: {message})
Solución: compruebe el nombre y la versión y vuelva a intentarlo; si sigue fallando, llame al ingeniero de línea.</translation>
    </message>
    <message>
        <location filename="../../ui/acting.py" line="36" />
        <source>the cloud could not be reached ({error})
Do this: check the network, then try again.</source>
        <translation>no se pudo conectar con la nube ({error})
Solución: compruebe la red y vuelva a intentarlo.</translation>
    </message>
    <message>
        <location filename="../../ui/acting.py" line="38" />
        <source>unexpected error {kind}: {error}
Do this: report it with the log file to the developers.</source>
        <translation>error inesperado {kind}: {error}
Solución: comuníquelo a los desarrolladores junto con el archivo de registro.</translation>
    </message>
    <message>
        <location filename="../../ui/acting.py" line="40" />
        <source>{action} refused: it needs the {role} role (unlocked now: {current}).</source>
        <translation>{action} rechazado: requiere el rol {role} (desbloqueado ahora: {current}).</translation>
    </message>
    <message>
        <location filename="../../ui/acting.py" line="41" />
        <source>{action} not done: the station is not connected to the cloud yet.</source>
        <translation>{action} no realizado: la estación aún no está conectada a la nube.</translation>
    </message>
    <message>
        <location filename="../../ui/acting.py" line="42" />
        <source>{action} not started: another action is still running; wait for it.</source>
        <translation>{action} no iniciado: otra acción sigue en curso; espere a que termine.</translation>
    </message>
    <message>
        <location filename="../../ui/acting.py" line="43" />
        <source>{action} not done: not confirmed.</source>
        <translation>{action} no realizado: no confirmado.</translation>
    </message>
    <message>
        <location filename="../../ui/acting.py" line="44" />
        <source>… {action} {target}: working</source>
        <translation>… {action} {target}: en curso</translation>
    </message>
    <message>
        <location filename="../../ui/acting.py" line="45" />
        <source>… {action} {target}: waiting for AWS ({why}; {op} again in {delay} s)</source>
        <translation>… {action} {target}: esperando a AWS ({why}; {op} de nuevo en {delay} s)</translation>
    </message>
    <message>
        <location filename="../../ui/acting.py" line="46" />
        <source>{action} failed: {error}</source>
        <translation>{action} falló: {error}</translation>
    </message>
    <message>
        <location filename="../../ui/acting.py" line="216" />
        <source>done</source>
        <extracomment>The same in English, for the audit trail ("" = ``text``, e.g. a view's own words).</extracomment>
        <translation>hecho</translation>
    </message>
</context>
<context>
    <name>ConfirmBar</name>
    <message>
        <location filename="../../ui/confirm.py" line="43" />
        <source>Confirm</source>
        <translation>Confirmar</translation>
    </message>
    <message>
        <location filename="../../ui/confirm.py" line="44" />
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <location filename="../../ui/dashboard/charts.py" line="56" />
        <source>Units per hour</source>
        <translation>Unidades por hora</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/charts.py" line="57" />
        <source>units</source>
        <translation>unidades</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/charts.py" line="58" />
        <source>hour of the shift (start)</source>
        <translation>hora del turno (inicio)</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/charts.py" line="85" />
        <source>Cycle time</source>
        <translation>Tiempo de ciclo</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/charts.py" line="86" />
        <source>steps</source>
        <translation>pasos</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/charts.py" line="87" />
        <source>seconds</source>
        <translation>segundos</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/charts.py" line="128" />
        <source>Failures by cause</source>
        <translation>Fallos por causa</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/charts.py" line="129" />
        <source>failures</source>
        <translation>fallos</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/charts.py" line="130" />
        <source>cause (rank, see the table)</source>
        <translation>causa (posición, vea la tabla)</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/charts.py" line="131" />
        <source>cumulative %</source>
        <translation>acumulado %</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <location filename="../../ui/dashboard/view.py" line="194" />
        <source>Shift:</source>
        <extracomment>Shift choices: hours back from now, or 0 = this station run. Seconds between refreshes while nothing finishes (a finished unit refreshes at once).</extracomment>
        <translation>Turno:</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/view.py" line="195" />
        <source>Last 8 hours</source>
        <translation>Últimas 8 horas</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/view.py" line="195" />
        <source>Last 12 hours</source>
        <translation>Últimas 12 horas</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/view.py" line="195" />
        <source>Last 24 hours</source>
        <translation>Últimas 24 horas</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/view.py" line="196" />
        <source>This station run</source>
        <translation>Esta ejecución de la estación</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/view.py" line="199" />
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/view.py" line="200" />
        <source>Export report…</source>
        <translation>Exportar informe…</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/view.py" line="201" />
        <source>Save the shift report as HTML or PDF</source>
        <translation>Guardar el informe del turno como HTML o PDF</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/view.py" line="202" />
        <location filename="../../ui/dashboard/view.py" line="357" />
        <source>Passed</source>
        <translation>Aprobadas</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/view.py" line="202" />
        <location filename="../../ui/dashboard/view.py" line="357" />
        <source>Failed</source>
        <translation>Fallidas</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/view.py" line="202" />
        <source>First-pass yield</source>
        <translation>Rendimiento a la primera</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/view.py" line="203" />
        <source>Slots that keep failing</source>
        <translation>Puestos que fallan repetidamente</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/view.py" line="206" />
        <source>Step:</source>
        <translation>Paso:</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/view.py" line="207" />
        <location filename="../../ui/dashboard/view.py" line="360" />
        <source>Failures by cause</source>
        <translation>Fallos por causa</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/view.py" line="208" />
        <location filename="../../ui/dashboard/view.py" line="360" />
        <source>Rank</source>
        <translation>Posición</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/view.py" line="208" />
        <location filename="../../ui/dashboard/view.py" line="358" />
        <location filename="../../ui/dashboard/view.py" line="360" />
        <source>Step</source>
        <translation>Paso</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/view.py" line="208" />
        <location filename="../../ui/dashboard/view.py" line="360" />
        <source>Cause</source>
        <translation>Causa</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/view.py" line="209" />
        <location filename="../../ui/dashboard/view.py" line="219" />
        <location filename="../../ui/dashboard/view.py" line="361" />
        <source>Failures</source>
        <translation>Fallos</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/view.py" line="209" />
        <location filename="../../ui/dashboard/view.py" line="361" />
        <source>Cumulative</source>
        <translation>Acumulado</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/view.py" line="210" />
        <location filename="../../ui/dashboard/view.py" line="362" />
        <source>Slot health</source>
        <translation>Estado de los puestos</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/view.py" line="219" />
        <source>Port</source>
        <translation>Puerto</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/view.py" line="219" />
        <source>Attempts</source>
        <translation>Intentos</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/view.py" line="219" />
        <source>Failure rate</source>
        <translation>Tasa de fallos</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/view.py" line="220" />
        <source>Failures in a row</source>
        <translation>Fallos seguidos</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/view.py" line="220" />
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/view.py" line="271" />
        <source>Could not read the records: {error}</source>
        <translation>No se pudieron leer los registros: {error}</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/view.py" line="270" />
        <source>Updated {time}</source>
        <translation>Actualizado {time}</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/view.py" line="307" />
        <location filename="../../ui/dashboard/view.py" line="349" />
        <source>Keeps failing</source>
        <translation>Falla repetidamente</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/view.py" line="307" />
        <location filename="../../ui/dashboard/view.py" line="349" />
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/view.py" line="311" />
        <source>A slot keeps failing when its last {streak} units failed and they were not all the same board, or when at least {rate} % of its {attempts} or more units failed.</source>
        <translation>Un puesto falla repetidamente cuando sus últimas {streak} unidades fallaron y no eran todas la misma placa, o cuando falló al menos el {rate} % de sus {attempts} o más unidades.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/view.py" line="330" />
        <source>No finished steps in this shift yet.</source>
        <translation>Aún no hay pasos terminados en este turno.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/view.py" line="332" />
        <source>{count} steps, median {median:.1f} s, mean {mean:.1f} s</source>
        <translation>{count} pasos, mediana {median:.1f} s, media {mean:.1f} s</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/view.py" line="343" />
        <source>Interrupted (board pulled, station stopped)</source>
        <translation>Interrumpido (placa retirada, estación detenida)</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/view.py" line="352" />
        <source>Shift report {station}</source>
        <translation>Informe del turno {station}</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/view.py" line="353" />
        <source>Units finished from {since} to {until}</source>
        <translation>Unidades terminadas de {since} a {until}</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/view.py" line="357" />
        <source>Units per hour</source>
        <translation>Unidades por hora</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/view.py" line="357" />
        <source>Hour from</source>
        <translation>Hora desde</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/view.py" line="358" />
        <source>Cycle time per step</source>
        <translation>Tiempo de ciclo por paso</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/view.py" line="358" />
        <source>Steps</source>
        <translation>Pasos</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/view.py" line="358" />
        <source>Median (s)</source>
        <translation>Mediana (s)</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/view.py" line="359" />
        <source>Mean (s)</source>
        <translation>Media (s)</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/view.py" line="374" />
        <source>Export the shift report</source>
        <translation>Exportar el informe del turno</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/view.py" line="375" />
        <source>HTML report (*.html);;PDF report (*.pdf)</source>
        <translation>Informe HTML (*.html);;Informe PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/view.py" line="273" />
        <source>Could not export the report: {error}</source>
        <translation>No se pudo exportar el informe: {error}</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/view.py" line="272" />
        <source>Report saved: {path}</source>
        <translation>Informe guardado: {path}</translation>
    </message>
</context>
<context>
    <name>DetailPanel</name>
    <message>
        <location filename="../../ui/operator/detail.py" line="120" />
        <source>Cloud identity</source>
        <translation>Identidad en la nube</translation>
    </message>
    <message>
        <location filename="../../ui/operator/detail.py" line="121" />
        <source>Thing name</source>
        <translation>Nombre del thing</translation>
    </message>
    <message>
        <location filename="../../ui/operator/detail.py" line="121" />
        <source>Certificate id</source>
        <translation>ID del certificado</translation>
    </message>
    <message>
        <location filename="../../ui/operator/detail.py" line="122" />
        <source>Thing group</source>
        <translation>Grupo de things</translation>
    </message>
    <message>
        <location filename="../../ui/operator/detail.py" line="122" />
        <source>Port</source>
        <translation>Puerto</translation>
    </message>
    <message>
        <location filename="../../ui/operator/detail.py" line="124" />
        <source>Label</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <location filename="../../ui/operator/detail.py" line="125" />
        <source>Steps</source>
        <translation>Pasos</translation>
    </message>
    <message>
        <location filename="../../ui/operator/detail.py" line="126" />
        <source>Step</source>
        <translation>Paso</translation>
    </message>
    <message>
        <location filename="../../ui/operator/detail.py" line="126" />
        <source>Time</source>
        <translation>Tiempo</translation>
    </message>
    <message>
        <location filename="../../ui/operator/detail.py" line="126" />
        <source>Detail</source>
        <translation>Detalle</translation>
    </message>
    <message>
        <location filename="../../ui/operator/detail.py" line="127" />
        <source>Job progress</source>
        <translation>Progreso del trabajo</translation>
    </message>
    <message>
        <location filename="../../ui/operator/detail.py" line="128" />
        <source>Log</source>
        <translation>Registro</translation>
    </message>
    <message>
        <location filename="../../ui/operator/detail.py" line="154" />
        <source>Printed once the unit is ready</source>
        <translation>Se imprime cuando la unidad esté lista</translation>
    </message>
    <message>
        <location filename="../../ui/operator/detail.py" line="155" />
        <source>Printed once the unit passes</source>
        <translation>Se imprime cuando la unidad sea aprobada</translation>
    </message>
    <message>
        <location filename="../../ui/operator/detail.py" line="157" />
        <source>Reprint: {status}</source>
        <translation>Reimpresión: {status}</translation>
    </message>
    <message>
        <location filename="../../ui/operator/detail.py" line="166" />
        <source>Select a slot to see its details</source>
        <translation>Seleccione un puesto para ver sus detalles</translation>
    </message>
    <message>
        <location filename="../../ui/operator/detail.py" line="175" />
        <source>serial not read yet</source>
        <translation>número de serie aún no leído</translation>
    </message>
    <message>
        <location filename="../../ui/operator/detail.py" line="176" />
        <source>Unit {unit}: {serial} — {result}</source>
        <translation>Unidad {unit}: {serial} — {result}</translation>
    </message>
    <message>
        <location filename="../../ui/operator/detail.py" line="186" />
        <source>{seconds} s</source>
        <translation>{seconds} s</translation>
    </message>
    <message>
        <location filename="../../ui/operator/detail.py" line="188" />
        <source>stopped</source>
        <translation>detenido</translation>
    </message>
    <message>
        <location filename="../../ui/operator/detail.py" line="188" />
        <source>running…</source>
        <translation>en curso…</translation>
    </message>
    <message>
        <location filename="../../ui/operator/detail.py" line="198" />
        <source>Waiting for the first job update</source>
        <translation>Esperando la primera actualización del trabajo</translation>
    </message>
    <message>
        <location filename="../../ui/operator/detail.py" line="199" />
        <source>No job activity: this station passes units once registered</source>
        <translation>Sin actividad de trabajos: esta estación aprueba las unidades al registrarlas</translation>
    </message>
</context>
<context>
    <name>EngineerView</name>
    <message>
        <location filename="../../ui/engineer/view.py" line="47" />
        <location filename="../../ui/engineer/view.py" line="172" />
        <location filename="../../ui/engineer/view.py" line="187" />
        <source>Kind</source>
        <extracomment>The catalog table's columns (translated at use: EngineerView.retranslate).</extracomment>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../ui/engineer/view.py" line="47" />
        <location filename="../../ui/engineer/view.py" line="187" />
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <location filename="../../ui/engineer/view.py" line="48" />
        <location filename="../../ui/engineer/view.py" line="172" />
        <location filename="../../ui/engineer/view.py" line="187" />
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <location filename="../../ui/engineer/view.py" line="48" />
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <location filename="../../ui/engineer/view.py" line="49" />
        <source>Uploaded</source>
        <translation>Subido</translation>
    </message>
    <message>
        <location filename="../../ui/engineer/view.py" line="50" />
        <location filename="../../ui/engineer/view.py" line="188" />
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location filename="../../ui/engineer/view.py" line="52" />
        <source>firmware</source>
        <extracomment>The catalog's kinds (data) and their words.</extracomment>
        <translation>firmware</translation>
    </message>
    <message>
        <location filename="../../ui/engineer/view.py" line="53" />
        <source>config</source>
        <translation>configuración</translation>
    </message>
    <message>
        <location filename="../../ui/engineer/view.py" line="101" />
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <location filename="../../ui/engineer/view.py" line="102" />
        <source>PROBLEM</source>
        <translation>PROBLEMA</translation>
    </message>
    <message>
        <location filename="../../ui/engineer/view.py" line="103" />
        <location filename="../../ui/engineer/view.py" line="169" />
        <source>not checked</source>
        <translation>sin comprobar</translation>
    </message>
    <message>
        <location filename="../../ui/engineer/view.py" line="108" />
        <source>do this: {remedy}</source>
        <translation>solución: {remedy}</translation>
    </message>
    <message>
        <location filename="../../ui/engineer/view.py" line="158" />
        <source>Station profile (read-only)</source>
        <translation>Perfil de la estación (solo lectura)</translation>
    </message>
    <message>
        <location filename="../../ui/engineer/view.py" line="162" />
        <source>Cloud connection</source>
        <translation>Conexión con la nube</translation>
    </message>
    <message>
        <location filename="../../ui/engineer/view.py" line="163" />
        <source>Check connection</source>
        <translation>Comprobar conexión</translation>
    </message>
    <message>
        <location filename="../../ui/engineer/view.py" line="164" />
        <source>Target</source>
        <translation>Destino</translation>
    </message>
    <message>
        <location filename="../../ui/engineer/view.py" line="164" />
        <source>Endpoint</source>
        <translation>Endpoint</translation>
    </message>
    <message>
        <location filename="../../ui/engineer/view.py" line="164" />
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../ui/engineer/view.py" line="170" />
        <source>Release firmware or configuration to a group</source>
        <translation>Publicar firmware o configuración para un grupo</translation>
    </message>
    <message>
        <location filename="../../ui/engineer/view.py" line="171" />
        <source>version from the catalog</source>
        <translation>versión del catálogo</translation>
    </message>
    <message>
        <location filename="../../ui/engineer/view.py" line="172" />
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <location filename="../../ui/engineer/view.py" line="175" />
        <source>Release…</source>
        <translation>Publicar…</translation>
    </message>
    <message>
        <location filename="../../ui/engineer/view.py" line="176" />
        <source>New continuous job for the group; the old one is cancelled</source>
        <translation>Nuevo trabajo continuo para el grupo; el anterior se cancela</translation>
    </message>
    <message>
        <location filename="../../ui/engineer/view.py" line="180" />
        <source>Upload to the catalog</source>
        <translation>Subir al catálogo</translation>
    </message>
    <message>
        <location filename="../../ui/engineer/view.py" line="181" />
        <source>new version, e.g. 1.4.2</source>
        <translation>nueva versión, p. ej. 1.4.2</translation>
    </message>
    <message>
        <location filename="../../ui/engineer/view.py" line="182" />
        <source>release notes (optional, at most 1024 characters)</source>
        <translation>notas de la versión (opcional, 1024 caracteres como máximo)</translation>
    </message>
    <message>
        <location filename="../../ui/engineer/view.py" line="183" />
        <source>firmware image (.bin) or configuration (.json)</source>
        <translation>imagen de firmware (.bin) o configuración (.json)</translation>
    </message>
    <message>
        <location filename="../../ui/engineer/view.py" line="184" />
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <location filename="../../ui/engineer/view.py" line="185" />
        <source>Replace an existing version</source>
        <translation>Reemplazar una versión existente</translation>
    </message>
    <message>
        <location filename="../../ui/engineer/view.py" line="186" />
        <source>Only if no unit can have received the old content yet (confirmed)</source>
        <translation>Solo si ninguna unidad puede haber recibido aún el contenido anterior (con confirmación)</translation>
    </message>
    <message>
        <location filename="../../ui/engineer/view.py" line="188" />
        <location filename="../../ui/engineer/view.py" line="218" />
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <location filename="../../ui/engineer/view.py" line="190" />
        <source>Upload to catalog</source>
        <translation>Subir al catálogo</translation>
    </message>
    <message>
        <location filename="../../ui/engineer/view.py" line="191" />
        <source>Add a firmware image or configuration version</source>
        <translation>Añadir una imagen de firmware o una versión de configuración</translation>
    </message>
    <message>
        <location filename="../../ui/engineer/view.py" line="192" />
        <source>Firmware and configuration catalog</source>
        <translation>Catálogo de firmware y configuración</translation>
    </message>
    <message>
        <location filename="../../ui/engineer/view.py" line="194" />
        <source>Not loaded.</source>
        <translation>No cargado.</translation>
    </message>
    <message>
        <location filename="../../ui/engineer/view.py" line="195" />
        <source>Refresh catalog</source>
        <translation>Actualizar catálogo</translation>
    </message>
    <message>
        <location filename="../../ui/engineer/view.py" line="212" />
        <source>embedded local cloud</source>
        <translation>nube local integrada</translation>
    </message>
    <message>
        <location filename="../../ui/engineer/view.py" line="213" />
        <source>AWS, profile {profile}, region {region}</source>
        <translation>AWS, perfil {profile}, región {region}</translation>
    </message>
    <message>
        <location filename="../../ui/engineer/view.py" line="214" />
        <source>(default chain)</source>
        <translation>(cadena predeterminada)</translation>
    </message>
    <message>
        <location filename="../../ui/engineer/view.py" line="215" />
        <source>model</source>
        <translation>modelo</translation>
    </message>
    <message>
        <location filename="../../ui/engineer/view.py" line="215" />
        <source>rev</source>
        <translation>rev.</translation>
    </message>
    <message>
        <location filename="../../ui/engineer/view.py" line="215" />
        <source>line</source>
        <translation>línea</translation>
    </message>
    <message>
        <location filename="../../ui/engineer/view.py" line="218" />
        <source>packaged demo profile</source>
        <translation>perfil de demostración incluido</translation>
    </message>
    <message>
        <location filename="../../ui/engineer/view.py" line="220" />
        <source>Station</source>
        <translation>Estación</translation>
    </message>
    <message>
        <location filename="../../ui/engineer/view.py" line="220" />
        <source>{station}, batch {batch}</source>
        <translation>{station}, lote {batch}</translation>
    </message>
    <message>
        <location filename="../../ui/engineer/view.py" line="222" />
        <source>Cloud</source>
        <translation>Nube</translation>
    </message>
    <message>
        <location filename="../../ui/engineer/view.py" line="223" />
        <source>In parallel</source>
        <translation>En paralelo</translation>
    </message>
    <message>
        <location filename="../../ui/engineer/view.py" line="224" />
        <source>Thing names</source>
        <translation>Nombres de things</translation>
    </message>
    <message>
        <location filename="../../ui/engineer/view.py" line="225" />
        <source>Keys</source>
        <translation>Claves</translation>
    </message>
    <message>
        <location filename="../../ui/engineer/view.py" line="226" />
        <source>Device policy</source>
        <translation>Política del dispositivo</translation>
    </message>
    <message>
        <location filename="../../ui/engineer/view.py" line="226" />
        <source>{policy} (attached to the {target})</source>
        <translation>{policy} (asociada a: {target})</translation>
    </message>
    <message>
        <location filename="../../ui/engineer/view.py" line="228" />
        <source>Unit passes when</source>
        <translation>La unidad se aprueba cuando</translation>
    </message>
    <message>
        <location filename="../../ui/engineer/view.py" line="229" />
        <source>Groups</source>
        <translation>Grupos</translation>
    </message>
    <message>
        <location filename="../../ui/engineer/view.py" line="233" />
        <source>Models</source>
        <translation>Modelos</translation>
    </message>
    <message>
        <location filename="../../ui/engineer/view.py" line="238" />
        <source>registered (certificate written and verified)</source>
        <translation>registrada (certificado escrito y verificado)</translation>
    </message>
    <message>
        <location filename="../../ui/engineer/view.py" line="239" />
        <source>ready (every current job of its group succeeded)</source>
        <translation>lista (todos los trabajos actuales de su grupo terminaron bien)</translation>
    </message>
    <message>
        <location filename="../../ui/engineer/view.py" line="242" />
        <source>{until}; profile says {profile}</source>
        <translation>{until}; el perfil indica {profile}</translation>
    </message>
    <message>
        <location filename="../../ui/engineer/view.py" line="363" />
        <source>checking…</source>
        <translation>comprobando…</translation>
    </message>
    <message>
        <location filename="../../ui/engineer/view.py" line="370" />
        <source>the check failed: {error}</source>
        <translation>la comprobación falló: {error}</translation>
    </message>
    <message>
        <location filename="../../ui/engineer/view.py" line="376" />
        <source>ready</source>
        <translation>listo</translation>
    </message>
    <message>
        <location filename="../../ui/engineer/view.py" line="377" />
        <source>1 problem</source>
        <translation>1 problema</translation>
    </message>
    <message>
        <location filename="../../ui/engineer/view.py" line="378" />
        <source>{n} problems</source>
        <translation>{n} problemas</translation>
    </message>
    <message>
        <location filename="../../ui/engineer/view.py" line="379" />
        <source>could not check</source>
        <translation>no se pudo comprobar</translation>
    </message>
    <message>
        <location filename="../../ui/engineer/view.py" line="389" />
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <location filename="../../ui/engineer/view.py" line="398" />
        <source>Catalog not available: {cause}</source>
        <translation>Catálogo no disponible: {cause}</translation>
    </message>
    <message>
        <location filename="../../ui/engineer/view.py" line="404" />
        <source>1 entry in {where}</source>
        <translation>1 entrada en {where}</translation>
    </message>
    <message>
        <location filename="../../ui/engineer/view.py" line="405" />
        <source>{n} entries in {where}</source>
        <translation>{n} entradas en {where}</translation>
    </message>
    <message>
        <location filename="../../ui/engineer/view.py" line="431" />
        <source>Firmware image or configuration</source>
        <translation>Imagen de firmware o configuración</translation>
    </message>
    <message>
        <location filename="../../ui/engineer/view.py" line="433" />
        <source>Firmware images (*.bin *.img *.hex)</source>
        <translation>Imágenes de firmware (*.bin *.img *.hex)</translation>
    </message>
    <message>
        <location filename="../../ui/engineer/view.py" line="433" />
        <source>Configurations (*.json)</source>
        <translation>Configuraciones (*.json)</translation>
    </message>
    <message>
        <location filename="../../ui/engineer/view.py" line="434" />
        <source>All files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../../ui/engineer/view.py" line="447" />
        <source>Upload: choose a file and type the version first.</source>
        <translation>Subir: primero elija un archivo y escriba la versión.</translation>
    </message>
    <message>
        <location filename="../../ui/engineer/view.py" line="458" />
        <source>REPLACE {kind} {model} {version} in the catalog? Units that already received it keep the old content.</source>
        <translation>¿REEMPLAZAR {kind} {model} {version} en el catálogo? Las unidades que ya la recibieron conservan el contenido anterior.</translation>
    </message>
    <message>
        <location filename="../../ui/engineer/view.py" line="460" />
        <source>Replace</source>
        <translation>Reemplazar</translation>
    </message>
    <message>
        <location filename="../../ui/engineer/view.py" line="461" />
        <source>{kind} {model} {version} is in the catalog ({size} B, sha256 {sha}…)</source>
        <translation>{kind} {model} {version} está en el catálogo ({size} B, sha256 {sha}…)</translation>
    </message>
    <message>
        <location filename="../../ui/engineer/view.py" line="475" />
        <source>Release: choose the group and the version first.</source>
        <translation>Publicar: primero elija el grupo y la versión.</translation>
    </message>
    <message>
        <location filename="../../ui/engineer/view.py" line="481" />
        <source>{kind} {model} {version} released to {group}: new continuous job {job}</source>
        <translation>{kind} {model} {version} publicada para {group}: nuevo trabajo continuo {job}</translation>
    </message>
    <message>
        <location filename="../../ui/engineer/view.py" line="484" />
        <source>{kind} {model} {version} was already the release of {group} (job {job})</source>
        <translation>{kind} {model} {version} ya era la versión publicada del grupo {group} (trabajo {job})</translation>
    </message>
    <message>
        <location filename="../../ui/engineer/view.py" line="486" />
        <source>; canceled {jobs}</source>
        <translation>; cancelados: {jobs}</translation>
    </message>
    <message>
        <location filename="../../ui/engineer/view.py" line="487" />
        <source>; nothing to cancel</source>
        <translation>; nada que cancelar</translation>
    </message>
    <message>
        <location filename="../../ui/engineer/view.py" line="492" />
        <source>Release {kind} {version} to every unit of group {group}? Its current {kind} job is cancelled (queued units get the new version; running installs finish).</source>
        <translation>¿Publicar {kind} {version} para todas las unidades del grupo {group}? Su trabajo actual de {kind} se cancela (las unidades en cola reciben la nueva versión; las instalaciones en curso terminan).</translation>
    </message>
    <message>
        <location filename="../../ui/engineer/view.py" line="495" />
        <source>Release {version}</source>
        <translation>Publicar {version}</translation>
    </message>
</context>
<context>
    <name>LabelPreview</name>
    <message>
        <location filename="../../ui/labels/preview.py" line="34" />
        <source>Preview of the unit's label, drawn from the profile's label template</source>
        <extracomment>What is drawn: the profile's fields filled with the unit's data (the printer gets the same).</extracomment>
        <translation>Vista previa de la etiqueta de la unidad, dibujada con la plantilla de etiqueta del perfil</translation>
    </message>
    <message>
        <location filename="../../ui/labels/preview.py" line="35" />
        <source>Label preview</source>
        <translation>Vista previa de la etiqueta</translation>
    </message>
</context>
<context>
    <name>LanguageSwitch</name>
    <message>
        <location filename="../../ui/language.py" line="48" />
        <source>Language of this window</source>
        <extracomment>Where the window's settings keep the language chosen on this PC (read by choose_language's ``remembered``).</extracomment>
        <translation>Idioma de esta ventana</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="280" />
        <source>Shift</source>
        <extracomment>The window's own key: full screen on and off (the operator view's keys are in ui.operator.view.KEYS).</extracomment>
        <translation>Turno</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="296" />
        <source>Provisioning station {version} — {cloud}</source>
        <translation>Estación de aprovisionamiento {version} — {cloud}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="298" />
        <source>Operator</source>
        <translation>Operario</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="299" />
        <source>QA</source>
        <translation>QA</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="300" />
        <source>Engineer</source>
        <translation>Ingeniero</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="302" />
        <source>Language of the window</source>
        <translation>Idioma de la ventana</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="305" />
        <source>Full screen on or off</source>
        <translation>Pantalla completa sí o no</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="306" />
        <source>Full screen on or off ({key})</source>
        <translation>Pantalla completa sí o no ({key})</translation>
    </message>
</context>
<context>
    <name>OperatorView</name>
    <message>
        <location filename="../../ui/operator/view.py" line="63" />
        <source>Scan: put the cursor in the scan field</source>
        <extracomment>Slots brought up to date (or created) per flush. A flush of all 64 at once (they start and finish together) took longer than a frame, and painting them all in one go too: the rest follow one frame later. New slot widgets per flush: creating and first showing (styling) one costs milliseconds, so 64 boards plugged at once join the wall a few per frame. Below this width (logical px) the detail panel is folded away and the wall takes the whole width; the Details button (F4) unfolds it. A 1366- or 1440-px line PC needs every pixel for 32 or 64 tiles. The operator's keys: one place, for the shortcuts, their tooltips and docs/gui.md ("Keyboard"). What the keys do, for their tooltips and the window's action list (translated where shown).</extracomment>
        <translation>Escanear: ponga el cursor en el campo de escaneo</translation>
    </message>
    <message>
        <location filename="../../ui/operator/view.py" line="64" />
        <location filename="../../ui/operator/view.py" line="321" />
        <source>Show or hide the detail panel</source>
        <translation>Mostrar u ocultar el panel de detalles</translation>
    </message>
    <message>
        <location filename="../../ui/operator/view.py" line="65" />
        <location filename="../../ui/operator/view.py" line="316" />
        <source>Start every plugged board that is waiting or failed</source>
        <translation>Iniciar todas las placas conectadas que esperan o fallaron</translation>
    </message>
    <message>
        <location filename="../../ui/operator/view.py" line="66" />
        <source>Start or retry the selected slot</source>
        <translation>Iniciar o reintentar el puesto seleccionado</translation>
    </message>
    <message>
        <location filename="../../ui/operator/view.py" line="67" />
        <source>Clear the selected slot's result (remove an empty slot)</source>
        <translation>Borrar el resultado del puesto seleccionado (quitar un puesto vacío)</translation>
    </message>
    <message>
        <location filename="../../ui/operator/view.py" line="68" />
        <source>Select the next failed slot and acknowledge it</source>
        <translation>Seleccionar el siguiente puesto fallido y confirmarlo</translation>
    </message>
    <message>
        <location filename="../../ui/operator/view.py" line="69" />
        <source>Select the next slot</source>
        <translation>Seleccionar el puesto siguiente</translation>
    </message>
    <message>
        <location filename="../../ui/operator/view.py" line="70" />
        <source>Select the previous slot</source>
        <translation>Seleccionar el puesto anterior</translation>
    </message>
    <message>
        <location filename="../../ui/operator/view.py" line="76" />
        <source>{text} ({key})</source>
        <translation>{text} ({key})</translation>
    </message>
    <message>
        <location filename="../../ui/operator/view.py" line="299" />
        <source>Scan label</source>
        <translation>Escanear etiqueta</translation>
    </message>
    <message>
        <location filename="../../ui/operator/view.py" line="300" />
        <source>scan a board's barcode (or type the serial and press Enter)</source>
        <translation>escanee el código de barras de una placa (o escriba el número de serie y pulse Intro)</translation>
    </message>
    <message>
        <location filename="../../ui/operator/view.py" line="301" />
        <source>Scan a label here</source>
        <translation>Escanee una etiqueta aquí</translation>
    </message>
    <message>
        <location filename="../../ui/operator/view.py" line="302" />
        <source>passed</source>
        <translation>aprobadas</translation>
    </message>
    <message>
        <location filename="../../ui/operator/view.py" line="303" />
        <source>failed</source>
        <translation>fallidas</translation>
    </message>
    <message>
        <location filename="../../ui/operator/view.py" line="304" />
        <source>waiting for cloud</source>
        <translation>esperando a la nube</translation>
    </message>
    <message>
        <location filename="../../ui/operator/view.py" line="305" />
        <source>Units provisioned while the cloud could not be reached: complete on the board and recorded; the station confirms each with AWS once it is back.</source>
        <translation>Unidades aprovisionadas mientras no se podía llegar a la nube: completas en la placa y registradas; la estación confirma cada una con AWS cuando la nube vuelva.</translation>
    </message>
    <message>
        <location filename="../../ui/operator/view.py" line="308" />
        <source>units / hour</source>
        <translation>unidades / hora</translation>
    </message>
    <message>
        <location filename="../../ui/operator/view.py" line="310" />
        <source>Units finished (passed or failed) over the last {minutes} minutes, per hour. Shown once at least 3 units finished and 2 minutes passed, or the whole {minutes} minutes did.</source>
        <translation>Unidades terminadas (aprobadas o fallidas) en los últimos {minutes} minutos, por hora. Se muestra cuando han terminado al menos 3 unidades y pasado 2 minutos, o cuando han pasado los {minutes} minutos completos.</translation>
    </message>
    <message>
        <location filename="../../ui/operator/view.py" line="312" />
        <source>Start on plug-in</source>
        <translation>Iniciar al conectar</translation>
    </message>
    <message>
        <location filename="../../ui/operator/view.py" line="314" />
        <source>Start each board as soon as it is plugged in; off: press Start all or Start</source>
        <translation>Iniciar cada placa en cuanto se conecte; desactivado: pulse Iniciar todo o Iniciar</translation>
    </message>
    <message>
        <location filename="../../ui/operator/view.py" line="315" />
        <source>Start all</source>
        <translation>Iniciar todo</translation>
    </message>
    <message>
        <location filename="../../ui/operator/view.py" line="318" />
        <source>Remove empty</source>
        <translation>Quitar vacíos</translation>
    </message>
    <message>
        <location filename="../../ui/operator/view.py" line="319" />
        <source>Take slots of removed boards off the wall</source>
        <translation>Quitar de la pared los puestos de placas retiradas</translation>
    </message>
    <message>
        <location filename="../../ui/operator/view.py" line="320" />
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <location filename="../../ui/operator/view.py" line="322" />
        <source>Check again</source>
        <translation>Comprobar de nuevo</translation>
    </message>
    <message>
        <location filename="../../ui/operator/view.py" line="434" />
        <source>1 port without a board driver, left alone: {ports} (re-plug a device to try again)</source>
        <translation>1 puerto sin controlador de placa, se deja sin usar: {ports} (vuelva a conectar el dispositivo para reintentar)</translation>
    </message>
    <message>
        <location filename="../../ui/operator/view.py" line="436" />
        <source>{n} port(s) without a board driver, left alone: {ports} (re-plug a device to try again)</source>
        <translation>{n} puertos sin controlador de placa, se dejan sin usar: {ports} (vuelva a conectar el dispositivo para reintentar)</translation>
    </message>
    <message>
        <location filename="../../ui/operator/view.py" line="463" />
        <source>Connecting to the cloud ({cloud})…</source>
        <translation>Conectando con la nube ({cloud})…</translation>
    </message>
    <message>
        <location filename="../../ui/operator/view.py" line="468" />
        <source>The station cannot run: {cause}
Do this: {remedy}</source>
        <translation>La estación no puede funcionar: {cause}
Solución: {remedy}</translation>
    </message>
    <message>
        <location filename="../../ui/operator/view.py" line="471" />
        <source>Station stopped.</source>
        <translation>Estación detenida.</translation>
    </message>
    <message>
        <location filename="../../ui/operator/view.py" line="485" />
        <source>{cloud} · checking…</source>
        <translation>{cloud} · comprobando…</translation>
    </message>
    <message>
        <location filename="../../ui/operator/view.py" line="495" />
        <source>No unit starts: the cloud cannot be used ({indicator}).</source>
        <translation>No se inicia ninguna unidad: la nube no se puede usar ({indicator}).</translation>
    </message>
    <message>
        <location filename="../../ui/operator/view.py" line="500" />
        <source>Do this: {remedy}</source>
        <translation>Solución: {remedy}</translation>
    </message>
    <message>
        <location filename="../../ui/operator/view.py" line="502" />
        <source>The station checks again by itself every {seconds} s, or press Check again.</source>
        <translation>La estación vuelve a comprobar sola cada {seconds} s, o pulse Comprobar de nuevo.</translation>
    </message>
    <message>
        <location filename="../../ui/operator/view.py" line="534" />
        <source>The cloud cannot be used yet: see the red banner.</source>
        <translation>La nube aún no se puede usar: vea el aviso rojo.</translation>
    </message>
    <message>
        <location filename="../../ui/operator/view.py" line="537" />
        <source>That board is no longer plugged in.</source>
        <translation>Esa placa ya no está conectada.</translation>
    </message>
    <message>
        <location filename="../../ui/operator/view.py" line="556" />
        <location filename="../../ui/operator/view.py" line="562" />
        <source>Select a slot first (PgDown, PgUp or F9).</source>
        <translation>Seleccione primero un puesto (AvPág, RePág o F9).</translation>
    </message>
    <message>
        <location filename="../../ui/operator/view.py" line="573" />
        <source>No failed slot.</source>
        <translation>Ningún puesto fallido.</translation>
    </message>
    <message>
        <location filename="../../ui/operator/view.py" line="656" />
        <source>⚠ {serial}: {reason}</source>
        <translation>⚠ {serial}: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/operator/view.py" line="663" />
        <source>{serial} → unit {unit} ({port}), waiting for the board's serial</source>
        <translation>{serial} → unidad {unit} ({port}), esperando el número de serie de la placa</translation>
    </message>
    <message>
        <location filename="../../ui/operator/view.py" line="665" />
        <source>✔ {serial} → unit {unit} ({port}): matches the board</source>
        <translation>✔ {serial} → unidad {unit} ({port}): coincide con la placa</translation>
    </message>
    <message>
        <location filename="../../ui/operator/view.py" line="666" />
        <source>⚠ {serial} → unit {unit} ({port}): DOES NOT MATCH the board ({reported})</source>
        <translation>⚠ {serial} → unidad {unit} ({port}): NO COINCIDE con la placa ({reported})</translation>
    </message>
</context>
<context>
    <name>QAView</name>
    <message>
        <location filename="../../ui/qa/view.py" line="55" />
        <source>Job</source>
        <extracomment>The job history's columns and the identity form's captions (translated at use: QAView.retranslate).</extracomment>
        <translation>Trabajo</translation>
    </message>
    <message>
        <location filename="../../ui/qa/view.py" line="55" />
        <source>Operation</source>
        <translation>Operación</translation>
    </message>
    <message>
        <location filename="../../ui/qa/view.py" line="56" />
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <location filename="../../ui/qa/view.py" line="56" />
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../ui/qa/view.py" line="57" />
        <source>Last update</source>
        <translation>Última actualización</translation>
    </message>
    <message>
        <location filename="../../ui/qa/view.py" line="57" />
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <location filename="../../ui/qa/view.py" line="59" />
        <source>Serial</source>
        <translation>N.º de serie</translation>
    </message>
    <message>
        <location filename="../../ui/qa/view.py" line="59" />
        <source>Model / revision</source>
        <translation>Modelo / revisión</translation>
    </message>
    <message>
        <location filename="../../ui/qa/view.py" line="60" />
        <location filename="../../ui/qa/view.py" line="227" />
        <source>Firmware</source>
        <translation>Firmware</translation>
    </message>
    <message>
        <location filename="../../ui/qa/view.py" line="60" />
        <location filename="../../ui/qa/view.py" line="220" />
        <source>Configuration</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <location filename="../../ui/qa/view.py" line="61" />
        <source>Thing name</source>
        <translation>Nombre del thing</translation>
    </message>
    <message>
        <location filename="../../ui/qa/view.py" line="61" />
        <source>Certificates</source>
        <translation>Certificados</translation>
    </message>
    <message>
        <location filename="../../ui/qa/view.py" line="62" />
        <source>Thing groups</source>
        <translation>Grupos de things</translation>
    </message>
    <message>
        <location filename="../../ui/qa/view.py" line="62" />
        <source>Station / batch</source>
        <translation>Estación / lote</translation>
    </message>
    <message>
        <location filename="../../ui/qa/view.py" line="63" />
        <source>Records here</source>
        <translation>Registros aquí</translation>
    </message>
    <message>
        <location filename="../../ui/qa/view.py" line="66" />
        <source>firmware install</source>
        <extracomment>The history's operation words (ui.qa.lookup.OPERATION_WORDS), translated at use.</extracomment>
        <translation>instalación de firmware</translation>
    </message>
    <message>
        <location filename="../../ui/qa/view.py" line="67" />
        <source>config download</source>
        <translation>descarga de configuración</translation>
    </message>
    <message>
        <location filename="../../ui/qa/view.py" line="68" />
        <source>config upload</source>
        <translation>subida de configuración</translation>
    </message>
    <message>
        <location filename="../../ui/qa/view.py" line="69" />
        <source>other</source>
        <translation>otra</translation>
    </message>
    <message>
        <location filename="../../ui/qa/view.py" line="205" />
        <source>Look up a unit</source>
        <translation>Buscar una unidad</translation>
    </message>
    <message>
        <location filename="../../ui/qa/view.py" line="206" />
        <source>serial number or thing name (scan or type)</source>
        <translation>número de serie o nombre del thing (escanear o escribir)</translation>
    </message>
    <message>
        <location filename="../../ui/qa/view.py" line="207" />
        <source>Look up</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <location filename="../../ui/qa/view.py" line="208" />
        <source>your name</source>
        <translation>su nombre</translation>
    </message>
    <message>
        <location filename="../../ui/qa/view.py" line="209" />
        <source>Written to the audit trail with every action (empty: the logged-in user)</source>
        <translation>Se escribe en el registro de auditoría con cada acción (vacío: el usuario que inició sesión)</translation>
    </message>
    <message>
        <location filename="../../ui/qa/view.py" line="210" />
        <source>Your name</source>
        <translation>Su nombre</translation>
    </message>
    <message>
        <location filename="../../ui/qa/view.py" line="211" />
        <source>Cloud identity</source>
        <translation>Identidad en la nube</translation>
    </message>
    <message>
        <location filename="../../ui/qa/view.py" line="214" />
        <source>Job history</source>
        <translation>Historial de trabajos</translation>
    </message>
    <message>
        <location filename="../../ui/qa/view.py" line="216" />
        <source>Every job execution of the unit (its own and its groups'), newest first. Select one to cancel it.</source>
        <translation>Todas las ejecuciones de trabajos de la unidad (propias y de sus grupos), la más reciente primero. Seleccione una para cancelarla.</translation>
    </message>
    <message>
        <location filename="../../ui/qa/view.py" line="218" />
        <source>Actions on this unit</source>
        <translation>Acciones sobre esta unidad</translation>
    </message>
    <message>
        <location filename="../../ui/qa/view.py" line="219" />
        <source>group's current</source>
        <translation>la actual del grupo</translation>
    </message>
    <message>
        <location filename="../../ui/qa/view.py" line="221" />
        <source>Re-run config</source>
        <translation>Repetir configuración</translation>
    </message>
    <message>
        <location filename="../../ui/qa/view.py" line="223" />
        <source>Queue a configuration download again for this unit (the group's current version unless one is chosen)</source>
        <translation>Volver a poner en cola una descarga de configuración para esta unidad (la versión actual del grupo salvo que se elija otra)</translation>
    </message>
    <message>
        <location filename="../../ui/qa/view.py" line="224" />
        <source>version, e.g. 1.4.2</source>
        <translation>versión, p. ej. 1.4.2</translation>
    </message>
    <message>
        <location filename="../../ui/qa/view.py" line="225" />
        <source>Forced downgrade</source>
        <translation>Retroceso forzado</translation>
    </message>
    <message>
        <location filename="../../ui/qa/view.py" line="226" />
        <source>Allow installing an older version (QA role, confirmation, audit trail)</source>
        <translation>Permitir instalar una versión anterior (rol QA, confirmación, registro de auditoría)</translation>
    </message>
    <message>
        <location filename="../../ui/qa/view.py" line="228" />
        <source>Push version</source>
        <translation>Enviar versión</translation>
    </message>
    <message>
        <location filename="../../ui/qa/view.py" line="229" />
        <source>Snapshot update job for this unit</source>
        <translation>Trabajo de actualización puntual para esta unidad</translation>
    </message>
    <message>
        <location filename="../../ui/qa/view.py" line="230" />
        <source>Upload golden config</source>
        <translation>Subir configuración de referencia</translation>
    </message>
    <message>
        <location filename="../../ui/qa/view.py" line="232" />
        <source>Ask this unit to upload its configuration; the upload key appears when done</source>
        <translation>Pedir a esta unidad que suba su configuración; la clave de subida aparece al terminar</translation>
    </message>
    <message>
        <location filename="../../ui/qa/view.py" line="233" />
        <source>upload key (from 'Upload golden config') or catalog config version</source>
        <translation>clave de subida (de «Subir configuración de referencia») o versión de configuración del catálogo</translation>
    </message>
    <message>
        <location filename="../../ui/qa/view.py" line="235" />
        <source>things or thing groups, separated by spaces or commas</source>
        <translation>things o grupos de things, separados por espacios o comas</translation>
    </message>
    <message>
        <location filename="../../ui/qa/view.py" line="236" />
        <source>Propagate to</source>
        <translation>Propagar a</translation>
    </message>
    <message>
        <location filename="../../ui/qa/view.py" line="237" />
        <source>Propagate config…</source>
        <translation>Propagar configuración…</translation>
    </message>
    <message>
        <location filename="../../ui/qa/view.py" line="239" />
        <source>Send the uploaded configuration (or a catalog version) to other units or a group</source>
        <translation>Enviar la configuración subida (o una versión del catálogo) a otras unidades o a un grupo</translation>
    </message>
    <message>
        <location filename="../../ui/qa/view.py" line="240" />
        <source>Force (also stop running executions)</source>
        <translation>Forzar (detener también las ejecuciones en curso)</translation>
    </message>
    <message>
        <location filename="../../ui/qa/view.py" line="241" />
        <source>Only for units known to be dead: a unit may be mid-install</source>
        <translation>Solo para unidades que se sabe que están muertas: una unidad puede estar a mitad de instalación</translation>
    </message>
    <message>
        <location filename="../../ui/qa/view.py" line="242" />
        <source>Cancel selected job…</source>
        <translation>Cancelar el trabajo seleccionado…</translation>
    </message>
    <message>
        <location filename="../../ui/qa/view.py" line="244" />
        <source>Cancel the job selected in the history (queued executions; with force also running ones)</source>
        <translation>Cancelar el trabajo seleccionado en el historial (ejecuciones en cola; con forzar, también las en curso)</translation>
    </message>
    <message>
        <location filename="../../ui/qa/view.py" line="245" />
        <source>Reprint label</source>
        <translation>Reimprimir etiqueta</translation>
    </message>
    <message>
        <location filename="../../ui/qa/view.py" line="247" />
        <source>Print this unit's label again on the station's label printer</source>
        <translation>Imprimir de nuevo la etiqueta de esta unidad en la impresora de etiquetas de la estación</translation>
    </message>
    <message>
        <location filename="../../ui/qa/view.py" line="248" />
        <source>Revoke certificate…</source>
        <translation>Revocar certificado…</translation>
    </message>
    <message>
        <location filename="../../ui/qa/view.py" line="250" />
        <source>Revoke every certificate of this unit (or of the typed serial): AWS refuses its connections from then on, also a unit provisioned offline that AWS has never seen</source>
        <translation>Revocar todos los certificados de esta unidad (o del número de serie escrito): AWS rechaza sus conexiones a partir de entonces, también las de una unidad aprovisionada sin conexión que AWS nunca ha visto</translation>
    </message>
    <message>
        <location filename="../../ui/qa/view.py" line="252" />
        <source>reason for revoking (audit trail and the unit's history)</source>
        <translation>motivo de la revocación (registro de auditoría e historial de la unidad)</translation>
    </message>
    <message>
        <location filename="../../ui/qa/view.py" line="253" />
        <source>Every action, refused or failed ones too, is written to the audit trail with your name and role.</source>
        <translation>Cada acción, también las rechazadas o fallidas, se escribe en el registro de auditoría con su nombre y rol.</translation>
    </message>
    <message>
        <location filename="../../ui/qa/view.py" line="258" />
        <source>Look a unit up to act on it.</source>
        <translation>Busque una unidad para actuar sobre ella.</translation>
    </message>
    <message>
        <location filename="../../ui/qa/view.py" line="332" />
        <source>Scan or type a serial number or thing name first.</source>
        <translation>Primero escanee o escriba un número de serie o un nombre de thing.</translation>
    </message>
    <message>
        <location filename="../../ui/qa/view.py" line="364" />
        <source>{serial}: provisioned, waiting for the cloud. AWS has not registered the unit yet (thing {thing}): its board has not connected.</source>
        <translation>{serial}: aprovisionada, esperando a la nube. AWS aún no ha registrado la unidad (thing {thing}): su placa no se ha conectado.</translation>
    </message>
    <message>
        <location filename="../../ui/qa/view.py" line="367" />
        <source>found {thing}: it was waiting for the cloud and is registered now (recorded)</source>
        <translation>encontrado {thing}: estaba esperando a la nube y ahora está registrado (anotado en los registros)</translation>
    </message>
    <message>
        <location filename="../../ui/qa/view.py" line="369" />
        <source>found {thing}</source>
        <translation>encontrado {thing}</translation>
    </message>
    <message>
        <location filename="../../ui/qa/view.py" line="374" />
        <source>found registered in AWS IoT by this lookup (it was waiting for the cloud)</source>
        <translation>encontrado registrado en AWS IoT por esta búsqueda (estaba esperando a la nube)</translation>
    </message>
    <message>
        <location filename="../../ui/qa/view.py" line="376" />
        <source>provisioned, waiting for the cloud: AWS has not seen the board connect yet</source>
        <translation>aprovisionada, esperando a la nube: AWS aún no ha visto conectarse la placa</translation>
    </message>
    <message>
        <location filename="../../ui/qa/view.py" line="378" />
        <source>waiting for the cloud: its certificate is ACTIVE, its thing is not made yet</source>
        <translation>esperando a la nube: su certificado está ACTIVE, su thing aún no se ha creado</translation>
    </message>
    <message>
        <location filename="../../ui/qa/view.py" line="379" />
        <source>waiting for the cloud: AWS holds its certificate as {status}</source>
        <translation>esperando a la nube: AWS tiene su certificado como {status}</translation>
    </message>
    <message>
        <location filename="../../ui/qa/view.py" line="385" />
        <source>not connected</source>
        <translation>no conectado</translation>
    </message>
    <message>
        <location filename="../../ui/qa/view.py" line="405" />
        <source>{model} rev {hw} (thing type {type})</source>
        <translation>{model} rev. {hw} (tipo de thing {type})</translation>
    </message>
    <message>
        <location filename="../../ui/qa/view.py" line="406" />
        <source>{model} rev {hw}</source>
        <translation>{model} rev. {hw}</translation>
    </message>
    <message>
        <location filename="../../ui/qa/view.py" line="407" />
        <location filename="../../ui/qa/view.py" line="408" />
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <location filename="../../ui/qa/view.py" line="410" />
        <source>{thing} (not in AWS IoT yet)</source>
        <translation>{thing} (aún no está en AWS IoT)</translation>
    </message>
    <message>
        <location filename="../../ui/qa/view.py" line="413" />
        <source>not seen by AWS yet</source>
        <translation>AWS aún no lo ha visto</translation>
    </message>
    <message>
        <location filename="../../ui/qa/view.py" line="415" />
        <source>none attached</source>
        <translation>ninguno asociado</translation>
    </message>
    <message>
        <location filename="../../ui/qa/view.py" line="416" />
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <location filename="../../ui/qa/view.py" line="422" />
        <source>attempt {n}: {outcome} ({when}, {station})</source>
        <translation>intento {n}: {outcome} ({when}, {station})</translation>
    </message>
    <message>
        <location filename="../../ui/qa/view.py" line="423" />
        <source>station</source>
        <translation>estación</translation>
    </message>
    <message>
        <location filename="../../ui/qa/view.py" line="426" />
        <source>failed at {step}: {cause}</source>
        <translation>falló en {step}: {cause}</translation>
    </message>
    <message>
        <location filename="../../ui/qa/view.py" line="432" />
        <source>no records of this unit on this PC</source>
        <translation>no hay registros de esta unidad en este PC</translation>
    </message>
    <message>
        <location filename="../../ui/qa/view.py" line="438" />
        <source>{operation} (forced)</source>
        <translation>{operation} (forzado)</translation>
    </message>
    <message>
        <location filename="../../ui/qa/view.py" line="458" />
        <source>{action}: look a unit up first.</source>
        <translation>{action}: primero busque una unidad.</translation>
    </message>
    <message>
        <location filename="../../ui/qa/view.py" line="476" />
        <source>configuration {version} queued for {thing} (job {job})</source>
        <translation>configuración {version} en cola para {thing} (trabajo {job})</translation>
    </message>
    <message>
        <location filename="../../ui/qa/view.py" line="495" />
        <source>Push version: type or pick the firmware version first.</source>
        <translation>Enviar versión: primero escriba o elija la versión de firmware.</translation>
    </message>
    <message>
        <location filename="../../ui/qa/view.py" line="503" />
        <source>FORCED install of firmware {version} on unit {unit} (thing {thing}). It runs {current} now; this is a DOWNGRADE. Continue?</source>
        <translation>Instalación FORZADA del firmware {version} en la unidad {unit} (thing {thing}). Ahora ejecuta {current}; esto es un RETROCESO. ¿Continuar?</translation>
    </message>
    <message>
        <location filename="../../ui/qa/view.py" line="505" />
        <source>FORCED install of firmware {version} on unit {unit} (thing {thing}). It runs {current} now. Continue?</source>
        <translation>Instalación FORZADA del firmware {version} en la unidad {unit} (thing {thing}). Ahora ejecuta {current}. ¿Continuar?</translation>
    </message>
    <message>
        <location filename="../../ui/qa/view.py" line="512" />
        <source>Force {version}</source>
        <translation>Forzar {version}</translation>
    </message>
    <message>
        <location filename="../../ui/qa/view.py" line="513" />
        <source>firmware {version} (forced) queued for {thing} (job {job})</source>
        <translation>firmware {version} (forzado) en cola para {thing} (trabajo {job})</translation>
    </message>
    <message>
        <location filename="../../ui/qa/view.py" line="514" />
        <source>firmware {version} queued for {thing} (job {job})</source>
        <translation>firmware {version} en cola para {thing} (trabajo {job})</translation>
    </message>
    <message>
        <location filename="../../ui/qa/view.py" line="530" />
        <source>{thing} asked to upload its configuration (job {job}); waiting for the unit</source>
        <translation>se pidió a {thing} que suba su configuración (trabajo {job}); esperando a la unidad</translation>
    </message>
    <message>
        <location filename="../../ui/qa/view.py" line="539" />
        <source>Configuration of {thing} uploaded: {key}. Type targets and press 'Propagate config…'.</source>
        <translation>Configuración de {thing} subida: {key}. Escriba los destinos y pulse «Propagar configuración…».</translation>
    </message>
    <message>
        <location filename="../../ui/qa/view.py" line="542" />
        <source>The configuration upload of {thing} ended {status} (job {job}); nothing to propagate.
Do this: check the unit is online, then try again.</source>
        <translation>La subida de configuración de {thing} terminó {status} (trabajo {job}); nada que propagar.
Solución: compruebe que la unidad está en línea y vuelva a intentarlo.</translation>
    </message>
    <message>
        <location filename="../../ui/qa/view.py" line="555" />
        <source>Propagate: upload a golden configuration (or type a config version) and type the targets first.</source>
        <translation>Propagar: primero suba una configuración de referencia (o escriba una versión de configuración) y escriba los destinos.</translation>
    </message>
    <message>
        <location filename="../../ui/qa/view.py" line="563" />
        <source>Send configuration {source} to these targets: {targets}? Each unit applies it at once.</source>
        <translation>¿Enviar la configuración {source} a estos destinos: {targets}? Cada unidad la aplica de inmediato.</translation>
    </message>
    <message>
        <location filename="../../ui/qa/view.py" line="565" />
        <source>Send configuration</source>
        <translation>Enviar configuración</translation>
    </message>
    <message>
        <location filename="../../ui/qa/view.py" line="566" />
        <source>configuration {version} sent to {targets} (job {job})</source>
        <translation>configuración {version} enviada a {targets} (trabajo {job})</translation>
    </message>
    <message>
        <location filename="../../ui/qa/view.py" line="582" />
        <source>Cancel job: select a job in the history first.</source>
        <translation>Cancelar trabajo: primero seleccione un trabajo en el historial.</translation>
    </message>
    <message>
        <location filename="../../ui/qa/view.py" line="585" />
        <source>Cancel job {job} for every unit it targets? FORCE: running executions are stopped too; a unit mid-install may be left half-updated.</source>
        <translation>¿Cancelar el trabajo {job} para todas las unidades a las que va dirigido? FORZAR: también se detienen las ejecuciones en curso; una unidad a mitad de instalación puede quedar a medio actualizar.</translation>
    </message>
    <message>
        <location filename="../../ui/qa/view.py" line="587" />
        <source>Cancel job {job} for every unit it targets? Queued executions become CANCELED; running ones finish.</source>
        <translation>¿Cancelar el trabajo {job} para todas las unidades a las que va dirigido? Las ejecuciones en cola pasan a CANCELADAS; las en curso terminan.</translation>
    </message>
    <message>
        <location filename="../../ui/qa/view.py" line="592" />
        <source>Cancel the job</source>
        <translation>Cancelar el trabajo</translation>
    </message>
    <message>
        <location filename="../../ui/qa/view.py" line="593" />
        <source>job {job} is now {status}</source>
        <translation>el trabajo {job} ahora está {status}</translation>
    </message>
    <message>
        <location filename="../../ui/qa/view.py" line="630" />
        <source>Label of {serial} queued for printing again</source>
        <translation>Etiqueta de {serial} en cola para imprimirse de nuevo</translation>
    </message>
    <message>
        <location filename="../../ui/qa/view.py" line="641" />
        <source>{action}: look a unit up (or type its serial) first.</source>
        <translation>{action}: primero busque una unidad (o escriba su número de serie).</translation>
    </message>
    <message>
        <location filename="../../ui/qa/view.py" line="653" />
        <source>REVOKE every certificate of unit {serial} (thing {thing})? AWS refuses the unit's connections from then on. This cannot be undone: the unit connects again only after it is provisioned anew.</source>
        <translation>¿REVOCAR todos los certificados de la unidad {serial} (thing {thing})? AWS rechaza las conexiones de la unidad a partir de entonces. No se puede deshacer: la unidad solo vuelve a conectarse después de aprovisionarla de nuevo.</translation>
    </message>
    <message>
        <location filename="../../ui/qa/view.py" line="656" />
        <source>REVOKE every certificate of unit {serial}? AWS refuses the unit's connections from then on, also its first one if it never connected. This cannot be undone: the unit connects again only after it is provisioned anew.</source>
        <translation>¿REVOCAR todos los certificados de la unidad {serial}? AWS rechaza las conexiones de la unidad a partir de entonces, también la primera si nunca se ha conectado. No se puede deshacer: la unidad solo vuelve a conectarse después de aprovisionarla de nuevo.</translation>
    </message>
    <message>
        <location filename="../../ui/qa/view.py" line="661" />
        <source>Revoke</source>
        <translation>Revocar</translation>
    </message>
    <message>
        <location filename="../../ui/qa/view.py" line="668" />
        <source>Nothing left to revoke for {serial}: its certificates are already revoked, deleted, or were never written to the board.</source>
        <translation>No queda nada que revocar para {serial}: sus certificados ya están revocados, eliminados o nunca se escribieron en la placa.</translation>
    </message>
    <message>
        <location filename="../../ui/qa/view.py" line="672" />
        <source>{count} certificate(s) of {serial} revoked ({ids}); AWS refuses them from now on.</source>
        <translation>{count} certificado(s) de {serial} revocado(s) ({ids}); AWS los rechaza a partir de ahora.</translation>
    </message>
    <message>
        <location filename="../../ui/qa/view.py" line="675" />
        <source>{count} of them AWS had never seen: registered as revoked, so the unit's first connect is refused.</source>
        <translation>AWS nunca había visto {count} de ellos: registrados como revocados, así que la primera conexión de la unidad se rechaza.</translation>
    </message>
    <message>
        <location filename="../../ui/qa/view.py" line="698" />
        <source>no unit reached yet</source>
        <translation>aún no se ha alcanzado ninguna unidad</translation>
    </message>
    <message>
        <location filename="../../ui/qa/view.py" line="700" />
        <source>Job {job} ({kind} {version}): {ends}.</source>
        <translation>Trabajo {job} ({kind} {version}): {ends}.</translation>
    </message>
</context>
<context>
    <name>Result</name>
    <message>
        <location filename="../../ui/operator/model.py" line="87" />
        <source>EMPTY</source>
        <extracomment>Steps of a run that stops once registered, and the two more of a run that follows jobs to "ready". The station's steps per certificates.mode where they differ from the csr modes' (docs/provisioning-modes.md): factory-ca signs on the line instead of registering; fleet-claim writes the claim and the board registers itself while the station waits in "connecting". factory-ca with the cloud away: the unit is complete on the board and recorded; the station confirms it with the cloud later. The board may leave the station. The banner words, marked for translation here and translated where shown (Result.word).</extracomment>
        <translation>VACÍO</translation>
    </message>
    <message>
        <location filename="../../ui/operator/model.py" line="88" />
        <source>IDLE</source>
        <translation>INACTIVO</translation>
    </message>
    <message>
        <location filename="../../ui/operator/model.py" line="89" />
        <source>WORKING</source>
        <translation>EN CURSO</translation>
    </message>
    <message>
        <location filename="../../ui/operator/model.py" line="90" />
        <source>WAITING</source>
        <translation>ESPERA</translation>
    </message>
    <message>
        <location filename="../../ui/operator/model.py" line="91" />
        <source>PASS</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../ui/operator/model.py" line="92" />
        <source>STORED</source>
        <translation>GUARDADA</translation>
    </message>
    <message>
        <location filename="../../ui/operator/model.py" line="93" />
        <source>READY</source>
        <translation>LISTA</translation>
    </message>
    <message>
        <location filename="../../ui/operator/model.py" line="94" />
        <source>FAIL</source>
        <translation>FALLO</translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <location filename="../../ui/roles.py" line="32" />
        <source>Operator</source>
        <translation>Operario</translation>
    </message>
    <message>
        <location filename="../../ui/roles.py" line="32" />
        <source>QA</source>
        <translation>QA</translation>
    </message>
    <message>
        <location filename="../../ui/roles.py" line="33" />
        <source>Engineer</source>
        <translation>Ingeniero</translation>
    </message>
</context>
<context>
    <name>RoleBar</name>
    <message>
        <location filename="../../ui/main_window.py" line="113" />
        <source>PIN</source>
        <extracomment>Input that counts as someone at the station (the idle re-lock waits for none of it). Wrong PINs (wall-clock times) an earlier run of the window left; emitted from any thread.</extracomment>
        <translation>PIN</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="114" />
        <source>Unlock</source>
        <translation>Desbloquear</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="115" />
        <source>Lock</source>
        <translation>Bloquear</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="135" />
        <location filename="../../ui/main_window.py" line="165" />
        <source>too many wrong PINs: try again in {wait}</source>
        <translation>demasiados PIN incorrectos: vuelva a intentarlo en {wait}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="160" />
        <source>no {role} PIN in this profile</source>
        <translation>no hay PIN de {role} en este perfil</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="170" />
        <source>wrong PIN: locked for {wait}</source>
        <translation>PIN incorrecto: bloqueado durante {wait}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="171" />
        <source>wrong PIN</source>
        <translation>PIN incorrecto</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="194" />
        <source>{role} locked after {wait} without input</source>
        <translation>{role} bloqueado tras {wait} sin actividad</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="209" />
        <source>Role: {role}</source>
        <translation>Rol: {role}</translation>
    </message>
</context>
<context>
    <name>ScanMatcher</name>
    <message>
        <location filename="../../ui/operator/scan.py" line="12" />
        <source>empty scan</source>
        <translation>escaneo vacío</translation>
    </message>
    <message>
        <location filename="../../ui/operator/scan.py" line="13" />
        <source>every slot already has a scan; select a slot to re-scan it</source>
        <translation>todos los puestos ya tienen un escaneo; seleccione un puesto para volver a escanearlo</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <location filename="../../ui/session.py" line="94" />
        <source>demo: embedded cloud, {boards} virtual boards</source>
        <extracomment>What the certificate mode keeps open for the Station: the line CA (factory-ca), the claim source.</extracomment>
        <translation>demo: nube integrada, {boards} placas virtuales</translation>
    </message>
    <message>
        <location filename="../../ui/session.py" line="95" />
        <source>embedded local cloud</source>
        <translation>nube local integrada</translation>
    </message>
    <message>
        <location filename="../../ui/session.py" line="96" />
        <source>AWS {who}, {region}</source>
        <translation>AWS {who}, {region}</translation>
    </message>
    <message>
        <location filename="../../ui/session.py" line="97" />
        <source>default credentials</source>
        <translation>credenciales predeterminadas</translation>
    </message>
</context>
<context>
    <name>SlotModel</name>
    <message>
        <location filename="../../ui/operator/model.py" line="99" />
        <source>Label queued</source>
        <extracomment>The tile's label line per LabelStatus state (the detail, why it waits, follows in brackets).</extracomment>
        <translation>Etiqueta en cola</translation>
    </message>
    <message>
        <location filename="../../ui/operator/model.py" line="100" />
        <source>Label printing</source>
        <translation>Imprimiendo etiqueta</translation>
    </message>
    <message>
        <location filename="../../ui/operator/model.py" line="101" />
        <source>Label printed</source>
        <translation>Etiqueta impresa</translation>
    </message>
    <message>
        <location filename="../../ui/operator/model.py" line="102" />
        <source>Label not printed</source>
        <translation>Etiqueta no impresa</translation>
    </message>
    <message>
        <location filename="../../ui/operator/model.py" line="175" />
        <source>No board: plug the next one</source>
        <extracomment>This run already ended "provisioned, waiting for the cloud" (counted then); the station follows it since. A failure nobody looked at yet: the slot flashes until the operator clicks it (or acts on it by keyboard).</extracomment>
        <translation>Sin placa: conecte la siguiente</translation>
    </message>
    <message>
        <location filename="../../ui/operator/model.py" line="177" />
        <source>Result cleared; press Retry to run again</source>
        <translation>Resultado borrado; pulse Reintentar para volver a ejecutar</translation>
    </message>
    <message>
        <location filename="../../ui/operator/model.py" line="179" />
        <source>Failed at {step}</source>
        <translation>Falló en: {step}</translation>
    </message>
    <message>
        <location filename="../../ui/operator/model.py" line="181" />
        <source>Ready: every update installed</source>
        <translation>Listo: todas las actualizaciones instaladas</translation>
    </message>
    <message>
        <location filename="../../ui/operator/model.py" line="182" />
        <source>Registered in the cloud</source>
        <translation>Registrado en la nube</translation>
    </message>
    <message>
        <location filename="../../ui/operator/model.py" line="195" />
        <source>{status} ({detail})</source>
        <translation>{status} ({detail})</translation>
    </message>
</context>
<context>
    <name>SlotWidget</name>
    <message>
        <location filename="../../ui/operator/slot.py" line="129" />
        <location filename="../../ui/operator/slot.py" line="397" />
        <source>Retry</source>
        <extracomment>A tile's size when it stands alone (a test, the screenshot of one slot); on the wall, the wall sets it. Advance of the widest result word per pixel of font size, per language (the word must fit its banner).</extracomment>
        <translation>Reintentar</translation>
    </message>
    <message>
        <location filename="../../ui/operator/slot.py" line="130" />
        <location filename="../../ui/operator/slot.py" line="401" />
        <source>Clear</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <location filename="../../ui/operator/slot.py" line="131" />
        <source>Run this board again from the start (finished steps are skipped)</source>
        <translation>Volver a procesar esta placa desde el principio (se omiten los pasos terminados)</translation>
    </message>
    <message>
        <location filename="../../ui/operator/slot.py" line="132" />
        <source>Clear the result shown here; an empty slot leaves the wall</source>
        <translation>Borrar el resultado mostrado aquí; un puesto vacío sale de la pared</translation>
    </message>
    <message>
        <location filename="../../ui/operator/slot.py" line="192" />
        <location filename="../../ui/operator/slot.py" line="338" />
        <source>Unit {n}</source>
        <translation>Unidad {n}</translation>
    </message>
    <message>
        <location filename="../../ui/operator/slot.py" line="343" />
        <source>rev {rev}</source>
        <translation>rev. {rev}</translation>
    </message>
    <message>
        <location filename="../../ui/operator/slot.py" line="344" />
        <source>fw {version}</source>
        <translation>fw {version}</translation>
    </message>
    <message>
        <location filename="../../ui/operator/slot.py" line="354" />
        <source>Unit {n} {word}</source>
        <translation>Unidad {n} {word}</translation>
    </message>
    <message>
        <location filename="../../ui/operator/slot.py" line="370" />
        <source>Do this: {remedy}</source>
        <translation>Solución: {remedy}</translation>
    </message>
    <message>
        <location filename="../../ui/operator/slot.py" line="373" />
        <source>Nothing to do: it retries by itself.</source>
        <translation>Nada que hacer: se reintenta solo.</translation>
    </message>
    <message>
        <location filename="../../ui/operator/slot.py" line="382" />
        <source>⚠ LABEL MISMATCH
label {scanned}
board {reported}</source>
        <translation>⚠ ETIQUETA NO COINCIDE
etiqueta {scanned}
placa {reported}</translation>
    </message>
    <message>
        <location filename="../../ui/operator/slot.py" line="385" />
        <source>✔ Label matches ({scanned})</source>
        <translation>✔ La etiqueta coincide ({scanned})</translation>
    </message>
    <message>
        <location filename="../../ui/operator/slot.py" line="387" />
        <source>Label scanned: {scanned}</source>
        <translation>Etiqueta escaneada: {scanned}</translation>
    </message>
    <message>
        <location filename="../../ui/operator/slot.py" line="397" />
        <source>Start</source>
        <translation>Iniciar</translation>
    </message>
    <message>
        <location filename="../../ui/operator/slot.py" line="401" />
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <location filename="../../ui/operator/slot.py" line="416" />
        <source>failed at {step}</source>
        <translation>falló en {step}</translation>
    </message>
</context>
<context>
    <name>WallWidget</name>
    <message>
        <location filename="../../ui/operator/wall.py" line="43" />
        <source>No boards yet.
Plug a board into the fixture: it appears here and starts.</source>
        <translation>Aún no hay placas.
Conecte una placa en el útil: aparece aquí y se inicia.</translation>
    </message>
</context>
<context>
    <name>core</name>
    <message>
        <source>answer to '{command}' started but did not end in time</source>
        <comment>board.answer-cut</comment>
        <translation>la respuesta a '{command}' empezó pero no terminó a tiempo</translation>
    </message>
    <message>
        <source>assembled {object} has sha256 {got}, board announced {announced}</source>
        <comment>board.assembled-sha256</comment>
        <translation>el {object} ensamblado tiene sha256 {got}, la placa anunció {announced}</translation>
    </message>
    <message>
        <source>bad command name {command}</source>
        <comment>board.bad-command</comment>
        <translation>nombre de comando incorrecto {command}</translation>
    </message>
    <message>
        <source>unknown frame kind {kind} (expected Q, A, E or N)</source>
        <comment>board.bad-kind</comment>
        <translation>tipo de trama desconocido {kind} (se esperaba Q, A, E o N)</translation>
    </message>
    <message>
        <source>request id {rid} is not 4 uppercase hex digits</source>
        <comment>board.bad-rid</comment>
        <translation>el id de solicitud {rid} no son 4 dígitos hexadecimales en mayúsculas</translation>
    </message>
    <message>
        <source>link lost: cannot open the port ({error})</source>
        <comment>board.cannot-open</comment>
        <translation>conexión perdida: no se puede abrir el puerto ({error})</translation>
    </message>
    <message>
        <source>the board's CSR is not PEM</source>
        <comment>board.csr-not-pem</comment>
        <translation>el CSR de la placa no es PEM</translation>
    </message>
    <message>
        <source>{command} answer: data is not valid base64</source>
        <comment>board.data-not-base64</comment>
        <translation>respuesta a {command}: los datos no son base64 válido</translation>
    </message>
    <message>
        <source>{command} answer: data is not a base64 string</source>
        <comment>board.data-not-base64-string</comment>
        <translation>respuesta a {command}: los datos no son una cadena base64</translation>
    </message>
    <message>
        <source>answer field '{field}' is missing or not a string</source>
        <comment>board.field-not-string</comment>
        <translation>el campo de respuesta '{field}' falta o no es una cadena</translation>
    </message>
    <message>
        <source>garbled data on the serial line (CRC check failed)</source>
        <comment>board.garbled.crc</comment>
        <translation>datos corruptos en la línea serie (falló la comprobación CRC)</translation>
    </message>
    <message>
        <source>garbled data on the serial line (bad frame header)</source>
        <comment>board.garbled.header</comment>
        <translation>datos corruptos en la línea serie (cabecera de trama incorrecta)</translation>
    </message>
    <message>
        <source>garbled data on the serial line (frame body is not valid JSON)</source>
        <comment>board.garbled.json</comment>
        <translation>datos corruptos en la línea serie (el cuerpo de la trama no es JSON válido)</translation>
    </message>
    <message>
        <source>garbled data on the serial line (no CRC trailer)</source>
        <comment>board.garbled.no-crc</comment>
        <translation>datos corruptos en la línea serie (sin CRC final)</translation>
    </message>
    <message>
        <source>garbled data on the serial line (no start marker)</source>
        <comment>board.garbled.no-start</comment>
        <translation>datos corruptos en la línea serie (sin marca de inicio)</translation>
    </message>
    <message>
        <source>garbled data on the serial line (frame body is not a JSON object)</source>
        <comment>board.garbled.object</comment>
        <translation>datos corruptos en la línea serie (el cuerpo de la trama no es un objeto JSON)</translation>
    </message>
    <message>
        <source>hello answer: 'caps' is not a list of strings</source>
        <comment>board.hello-caps</comment>
        <translation>respuesta a hello: 'caps' no es una lista de cadenas</translation>
    </message>
    <message>
        <source>hello answer: bad 'max_chunk' {value}</source>
        <comment>board.hello-max-chunk</comment>
        <translation>respuesta a hello: 'max_chunk' incorrecto {value}</translation>
    </message>
    <message>
        <source>board speaks protocol {version}, this station speaks {station}</source>
        <comment>board.hello-version</comment>
        <translation>la placa habla el protocolo {version}, esta estación habla {station}</translation>
    </message>
    <message>
        <source>keygen answer: bad 'sha256' {value}</source>
        <comment>board.keygen-sha256</comment>
        <translation>respuesta a keygen: 'sha256' incorrecto {value}</translation>
    </message>
    <message>
        <source>keygen answer: bad 'size' {value}</source>
        <comment>board.keygen-size</comment>
        <translation>respuesta a keygen: 'size' incorrecto {value}</translation>
    </message>
    <message>
        <source>line of {size}+ bytes exceeds the {limit}-byte limit</source>
        <comment>board.line-too-long</comment>
        <translation>una línea de {size}+ bytes supera el límite de {limit} bytes</translation>
    </message>
    <message>
        <source>link lost while flushing input: {error}</source>
        <comment>board.lost-flushing</comment>
        <translation>conexión perdida al vaciar la entrada: {error}</translation>
    </message>
    <message>
        <source>link lost while sending '{command}': {error}</source>
        <comment>board.lost-sending</comment>
        <translation>conexión perdida al enviar '{command}': {error}</translation>
    </message>
    <message>
        <source>link lost while waiting for '{command}': {error}</source>
        <comment>board.lost-waiting</comment>
        <translation>conexión perdida esperando '{command}': {error}</translation>
    </message>
    <message>
        <source>board cannot import a private key (no 'key-import' capability)</source>
        <comment>board.no-key-import</comment>
        <translation>la placa no puede importar una clave privada (sin capacidad 'key-import')</translation>
    </message>
    <message>
        <source>the board does not take data ({command})</source>
        <comment>board.no-take</comment>
        <translation>la placa no acepta datos ({command})</translation>
    </message>
    <message>
        <source>the port is not open</source>
        <comment>board.not-open</comment>
        <translation>el puerto no está abierto</translation>
    </message>
    <message>
        <source>{port}: {problem}</source>
        <comment>board.on-port</comment>
        <translation>{port}: {problem}</translation>
    </message>
    <message>
        <source>board speaks protocol version {board}, this station speaks version {station}</source>
        <comment>board.other-version</comment>
        <translation>la placa habla la versión de protocolo {board}, esta estación habla la versión {station}</translation>
    </message>
    <message>
        <source>prov-status answer: bad '{field}' {value}</source>
        <comment>board.prov-status-field</comment>
        <translation>respuesta a prov-status: '{field}' incorrecto {value}</translation>
    </message>
    <message>
        <source>prov-status answer: state '{state}' without '{field}'</source>
        <comment>board.prov-status-incomplete</comment>
        <translation>respuesta a prov-status: estado '{state}' sin '{field}'</translation>
    </message>
    <message>
        <source>read answer: 'eof' is not a boolean</source>
        <comment>board.read-eof</comment>
        <translation>respuesta a read: 'eof' no es un booleano</translation>
    </message>
    <message>
        <source>read answer for offset {offset}, asked for {asked}</source>
        <comment>board.read-offset</comment>
        <translation>respuesta a read para el desplazamiento {offset}, se pidió {asked}</translation>
    </message>
    <message>
        <source>read answer carries {size} bytes, asked for {asked}</source>
        <comment>board.read-size</comment>
        <translation>la respuesta a read trae {size} bytes, se pidieron {asked}</translation>
    </message>
    <message>
        <source>readback answer: bad hash for '{object}'</source>
        <comment>board.readback-hash</comment>
        <translation>respuesta a readback: hash incorrecto para '{object}'</translation>
    </message>
    <message>
        <source>readback answer: 'hashes' is not an object</source>
        <comment>board.readback-hashes</comment>
        <translation>respuesta a readback: 'hashes' no es un objeto</translation>
    </message>
    <message>
        <source>readback answer: bad 'pubkey_size' or 'pubkey_sha256'</source>
        <comment>board.readback-pubkey</comment>
        <translation>respuesta a readback: 'pubkey_size' o 'pubkey_sha256' incorrecto</translation>
    </message>
    <message>
        <source>board refused '{command}': {code}: {answer}</source>
        <comment>board.refused</comment>
        <translation>la placa rechazó '{command}': {code}: {answer}</translation>
    </message>
    <message>
        <source>no answer to '{command}' in time (board silent?)</source>
        <comment>board.silent</comment>
        <translation>sin respuesta a '{command}' a tiempo (¿placa sin respuesta?)</translation>
    </message>
    <message>
        <source>board stored '{object}' with sha256 {stored}, sent {sent}</source>
        <comment>board.stored-sha256</comment>
        <translation>la placa guardó '{object}' con sha256 {stored}, se envió {sent}</translation>
    </message>
    <message>
        <source>protocol version {version} is not a digit</source>
        <comment>board.version-not-digit</comment>
        <translation>la versión de protocolo {version} no es un dígito</translation>
    </message>
    <message>
        <source>wchunk answer says next={next}, expected {expected}</source>
        <comment>board.wchunk-next</comment>
        <translation>la respuesta a wchunk indica next={next}, se esperaba {expected}</translation>
    </message>
    <message>
        <source>expected an answer to {command} {rid}, got {frame}</source>
        <comment>board.wrong-answer</comment>
        <translation>se esperaba una respuesta a {command} {rid}, llegó {frame}</translation>
    </message>
    <message>
        <source>{path} already exists: a line CA certificate is not overwritten</source>
        <comment>ca.cert-exists</comment>
        <translation>{path} ya existe: un certificado de la CA de línea no se sobrescribe</translation>
    </message>
    <message>
        <source>the line CA certificate '{path}' is not valid now (valid from {not_before} to {not_after}) (certificates.factory_ca.ca_certificate)</source>
        <comment>ca.cert-expired</comment>
        <translation>el certificado de la CA de línea '{path}' no es válido ahora (válido de {not_before} a {not_after}) (certificates.factory_ca.ca_certificate)</translation>
    </message>
    <message>
        <source>the certificate '{path}' is not a CA certificate (basicConstraints CA is not true) (certificates.factory_ca.ca_certificate)</source>
        <comment>ca.cert-not-ca</comment>
        <translation>el certificado '{path}' no es un certificado de CA (basicConstraints CA no es true) (certificates.factory_ca.ca_certificate)</translation>
    </message>
    <message>
        <source>the line CA certificate '{path}' cannot be read (certificates.factory_ca.ca_certificate): {problem}</source>
        <comment>ca.cert-unreadable</comment>
        <translation>no se puede leer el certificado de la CA de línea '{path}' (certificates.factory_ca.ca_certificate): {problem}</translation>
    </message>
    <message>
        <source>no line CA certificate is set (certificates.factory_ca.ca_certificate)</source>
        <comment>ca.cert-unset</comment>
        <translation>no hay ningún certificado de la CA de línea configurado (certificates.factory_ca.ca_certificate)</translation>
    </message>
    <message>
        <source>AWS IoT refused the line CA's verification certificate: {reason}</source>
        <comment>ca.code-refused</comment>
        <translation>AWS IoT rechazó el certificado de verificación de la CA de línea: {reason}</translation>
    </message>
    <message>
        <source>the key '{label}' on token '{token}' may not sign (CKA_SIGN is false) (certificates.factory_ca.key_label)</source>
        <comment>ca.key-cannot-sign</comment>
        <translation>la clave '{label}' del token '{token}' no puede firmar (CKA_SIGN es false) (certificates.factory_ca.key_label)</translation>
    </message>
    <message>
        <source>the key '{label}' on token '{token}' can leave the token ({problem}), so it is refused as the line CA key (certificates.factory_ca.key_label)</source>
        <comment>ca.key-exportable</comment>
        <translation>la clave '{label}' del token '{token}' puede salir del token ({problem}), así que se rechaza como clave de la CA de línea (certificates.factory_ca.key_label)</translation>
    </message>
    <message>
        <source>the line CA certificate '{path}' (certificates.factory_ca.ca_certificate) does not belong to the key '{key}' on token '{token}' (certificates.factory_ca.key_label): its public key does not verify that key's signature</source>
        <comment>ca.key-mismatch</comment>
        <translation>el certificado de la CA de línea '{path}' (certificates.factory_ca.ca_certificate) no corresponde a la clave '{key}' del token '{token}' (certificates.factory_ca.key_label): su clave pública no verifica la firma de esa clave</translation>
    </message>
    <message>
        <source>the token '{token}' holds no private key labelled '{label}' (certificates.factory_ca.key_label)</source>
        <comment>ca.key-missing</comment>
        <translation>el token '{token}' no contiene ninguna clave privada con la etiqueta '{label}' (certificates.factory_ca.key_label)</translation>
    </message>
    <message>
        <source>the key '{label}' on token '{token}' is not an EC key (certificates.factory_ca.key_label): the line CA signs with ECDSA P-256</source>
        <comment>ca.key-not-ec</comment>
        <translation>la clave '{label}' del token '{token}' no es una clave EC (certificates.factory_ca.key_label): la CA de línea firma con ECDSA P-256</translation>
    </message>
    <message>
        <source>the token '{token}' holds more than one private key labelled '{label}' (certificates.factory_ca.key_label)</source>
        <comment>ca.key-twice</comment>
        <translation>el token '{token}' contiene más de una clave privada con la etiqueta '{label}' (certificates.factory_ca.key_label)</translation>
    </message>
    <message>
        <source>the token '{label}' could not make the line CA key: {problem}</source>
        <comment>ca.keygen-failed</comment>
        <translation>el token '{label}' no pudo generar la clave de la CA de línea: {problem}</translation>
    </message>
    <message>
        <source>the PKCS#11 module '{library}' is already open in this station with SOFTHSM2_CONF '{current}', so the token of SOFTHSM2_CONF '{wanted}' cannot be opened beside it (certificates.factory_ca.pkcs11_library)</source>
        <comment>ca.module-busy</comment>
        <translation>el módulo PKCS#11 '{library}' ya está abierto en esta estación con SOFTHSM2_CONF '{current}', así que el token de SOFTHSM2_CONF '{wanted}' no se puede abrir a la vez (certificates.factory_ca.pkcs11_library)</translation>
    </message>
    <message>
        <source>the PKCS#11 module '{library}' cannot be loaded (certificates.factory_ca.pkcs11_library): {problem}</source>
        <comment>ca.module-missing</comment>
        <translation>no se puede cargar el módulo PKCS#11 '{library}' (certificates.factory_ca.pkcs11_library): {problem}</translation>
    </message>
    <message>
        <source>the line CA certificate '{path}' cannot be read: {reason}</source>
        <comment>ca.no-file</comment>
        <translation>no se puede leer el certificado de la CA de línea '{path}': {reason}</translation>
    </message>
    <message>
        <source>no PKCS#11 module is set (certificates.factory_ca.pkcs11_library) and SoftHSM2 is not installed on this PC</source>
        <comment>ca.no-module</comment>
        <translation>no hay ningún módulo PKCS#11 configurado (certificates.factory_ca.pkcs11_library) y SoftHSM2 no está instalado en este PC</translation>
    </message>
    <message>
        <source>SoftHSM2 is not installed ({missing} not found), so no demo line CA token can be made</source>
        <comment>ca.no-softhsm</comment>
        <translation>SoftHSM2 no está instalado (no se encontró {missing}), así que no se puede crear un token de demostración para la CA de línea</translation>
    </message>
    <message>
        <source>the line CA {ca_id} is not registered with AWS IoT in {region}</source>
        <comment>ca.not-registered</comment>
        <translation>la CA de línea {ca_id} no está registrada en AWS IoT en {region}</translation>
    </message>
    <message>
        <source>{count} certificate(s) signed by the old CA {ca_id} are still ACTIVE; setting the CA INACTIVE would refuse those units' next connect</source>
        <comment>ca.old-still-used</comment>
        <translation>{count} certificado(s) firmado(s) por la CA antigua {ca_id} siguen ACTIVE; poner la CA en INACTIVE rechazaría la próxima conexión de esas unidades</translation>
    </message>
    <message>
        <source>the token '{label}' is locked after too many wrong PINs (certificates.factory_ca.pin_env)</source>
        <comment>ca.pin-locked</comment>
        <translation>el token '{label}' está bloqueado tras demasiados PIN incorrectos (certificates.factory_ca.pin_env)</translation>
    </message>
    <message>
        <source>the line CA token's PIN is not set: the environment variable {env} is empty (certificates.factory_ca.pin_env)</source>
        <comment>ca.pin-unset</comment>
        <translation>el PIN del token de la CA de línea no está definido: la variable de entorno {env} está vacía (certificates.factory_ca.pin_env)</translation>
    </message>
    <message>
        <source>the token '{label}' refused the PIN from the environment variable {env} (certificates.factory_ca.pin_env)</source>
        <comment>ca.pin-wrong</comment>
        <translation>el token '{label}' rechazó el PIN de la variable de entorno {env} (certificates.factory_ca.pin_env)</translation>
    </message>
    <message>
        <source>the token '{token}' holds no single public key labelled '{label}' (certificates.factory_ca.key_label), so its CA certificate cannot be made here</source>
        <comment>ca.public-key-missing</comment>
        <translation>el token '{token}' no contiene exactamente una clave pública con la etiqueta '{label}' (certificates.factory_ca.key_label), así que su certificado de CA no se puede crear aquí</translation>
    </message>
    <message>
        <source>AWS IoT refused the line CA certificate: {reason}</source>
        <comment>ca.refused</comment>
        <translation>AWS IoT rechazó el certificado de la CA de línea: {reason}</translation>
    </message>
    <message>
        <source>the new CA is the CA already registered for this line ({ca_id})</source>
        <comment>ca.same</comment>
        <translation>la CA nueva es la CA ya registrada para esta línea ({ca_id})</translation>
    </message>
    <message>
        <source>the line CA token '{token}' did not sign: {problem}</source>
        <comment>ca.sign-failed</comment>
        <translation>el token de la CA de línea '{token}' no firmó: {problem}</translation>
    </message>
    <message>
        <source>the certificate subject's {field} cannot be '{value}': {problem}</source>
        <comment>ca.subject-field</comment>
        <translation>el campo {field} del sujeto del certificado no puede ser '{value}': {problem}</translation>
    </message>
    <message>
        <source>the JITP template for this profile is {size} characters; AWS IoT takes at most {limit}</source>
        <comment>ca.template-too-big</comment>
        <translation>la plantilla JITP de este perfil tiene {size} caracteres; AWS IoT admite como máximo {limit}</translation>
    </message>
    <message>
        <source>{directory} already holds a SoftHSM2 token</source>
        <comment>ca.token-exists</comment>
        <translation>{directory} ya contiene un token de SoftHSM2</translation>
    </message>
    <message>
        <source>softhsm2-util could not make the token '{label}' in {directory}: {problem}</source>
        <comment>ca.token-init-failed</comment>
        <translation>softhsm2-util no pudo crear el token '{label}' en {directory}: {problem}</translation>
    </message>
    <message>
        <source>no token labelled '{label}' in the PKCS#11 module '{library}' (certificates.factory_ca.token_label); tokens present: {present}</source>
        <comment>ca.token-missing</comment>
        <translation>no hay ningún token con la etiqueta '{label}' en el módulo PKCS#11 '{library}' (certificates.factory_ca.token_label); tokens presentes: {present}</translation>
    </message>
    <message>
        <source>more than one token is labelled '{label}' in the PKCS#11 module '{library}' (certificates.factory_ca.token_label)</source>
        <comment>ca.token-twice</comment>
        <translation>hay más de un token con la etiqueta '{label}' en el módulo PKCS#11 '{library}' (certificates.factory_ca.token_label)</translation>
    </message>
    <message>
        <source>certificates.factory_ca.validity_days is {days}: a device certificate must be valid for at least one day</source>
        <comment>ca.validity</comment>
        <translation>certificates.factory_ca.validity_days es {days}: un certificado de dispositivo debe ser válido al menos un día</translation>
    </message>
    <message>
        <source>{answer} answered the {driver} probe (USB id {usb_id})</source>
        <comment>choice.answered</comment>
        <translation>{answer} respondió a la sonda del controlador {driver} (id USB {usb_id})</translation>
    </message>
    <message>
        <source>serial.driver (automatic choice is off)</source>
        <comment>choice.auto-off</comment>
        <translation>serial.driver (la elección automática está desactivada)</translation>
    </message>
    <message>
        <source>choosing its driver failed ({error}); see the log</source>
        <comment>choice.failed</comment>
        <translation>falló la elección de su controlador ({error}); vea el registro</translation>
    </message>
    <message>
        <source>fixed</source>
        <comment>choice.fixed</comment>
        <translation>fijo</translation>
    </message>
    <message>
        <source>USB id {usb_id} is claimed by {drivers}, but no such board answered (another port of the same device, or its firmware is not running)</source>
        <comment>choice.no-answer</comment>
        <translation>el id USB {usb_id} lo reclaman {drivers}, pero no respondió ninguna placa así (otro puerto del mismo dispositivo, o su firmware no está en marcha)</translation>
    </message>
    <message>
        <source>serial.driver (not a USB port)</source>
        <comment>choice.not-usb</comment>
        <translation>serial.driver (no es un puerto USB)</translation>
    </message>
    <message>
        <source>the profile's {rule}</source>
        <comment>choice.rule</comment>
        <translation>{rule} del perfil</translation>
    </message>
    <message>
        <source>the profile's {rule} says ignore</source>
        <comment>choice.rule-ignores</comment>
        <translation>{rule} del perfil indica ignorar</translation>
    </message>
    <message>
        <source>serial.driver (no driver claims this port's USB id)</source>
        <comment>choice.unclaimed</comment>
        <translation>serial.driver (ningún controlador reclama el id USB de este puerto)</translation>
    </message>
    <message>
        <source>USB id {usb_id} matches {glob}</source>
        <comment>choice.usb-match</comment>
        <translation>el id USB {usb_id} coincide con {glob}</translation>
    </message>
    <message>
        <source>the answer to {op} was lost ({reason}); AWS may have issued a certificate that the station did not receive</source>
        <comment>cloud.answer-lost</comment>
        <translation>se perdió la respuesta a {op} ({reason}); puede que AWS haya emitido un certificado que la estación no recibió</translation>
    </message>
    <message>
        <source>the catalog bucket '{bucket}' exists but this account cannot use it</source>
        <comment>cloud.bucket-taken</comment>
        <translation>el bucket del catálogo '{bucket}' existe pero esta cuenta no puede usarlo</translation>
    </message>
    <message>
        <source>{where}: {check}: {detail}</source>
        <comment>cloud.check-problem</comment>
        <translation>{where}: {check}: {detail}</translation>
    </message>
    <message>
        <source>{host}:{port} answered TLS but did not negotiate ALPN {alpn} (got {got}: a TLS-inspecting proxy in between?)</source>
        <comment>cloud.check.alpn-missing</comment>
        <translation>{host}:{port} respondió con TLS pero no negoció ALPN {alpn} (llegó {got}: ¿un proxy que inspecciona TLS en medio?)</translation>
    </message>
    <message>
        <source>custom device endpoint ([cloud] mqtt_endpoint): not applicable</source>
        <comment>cloud.check.alpn-na-custom</comment>
        <translation>endpoint de dispositivos propio ([cloud] mqtt_endpoint): no aplica</translation>
    </message>
    <message>
        <source>embedded cloud: not applicable</source>
        <comment>cloud.check.alpn-na-embedded</comment>
        <translation>nube integrada: no aplica</translation>
    </message>
    <message>
        <source>{why}; not needed while port 8883 works (boards dial 8883)</source>
        <comment>cloud.check.alpn-not-needed</comment>
        <translation>{why}; no hace falta mientras funcione el puerto 8883 (las placas usan el 8883)</translation>
    </message>
    <message>
        <source>{host}:{port} negotiates ALPN {alpn}</source>
        <comment>cloud.check.alpn-ok</comment>
        <translation>{host}:{port} negocia ALPN {alpn}</translation>
    </message>
    <message>
        <source>unreadable Date header {date}</source>
        <comment>cloud.check.bad-date-header</comment>
        <translation>cabecera Date ilegible {date}</translation>
    </message>
    <message>
        <source>access denied ({code}): the bucket belongs to another account, or this identity may not list the prefix</source>
        <comment>cloud.check.bucket-denied</comment>
        <translation>acceso denegado ({code}): el bucket pertenece a otra cuenta, o esta identidad no puede listar el prefijo</translation>
    </message>
    <message>
        <source>{allowed} of {needed} calls allowed for {principal} ({note})</source>
        <comment>cloud.check.calls-allowed</comment>
        <translation>{allowed} de {needed} llamadas permitidas para {principal} ({note})</translation>
    </message>
    <message>
        <source>cannot list it: {problem}</source>
        <comment>cloud.check.cannot-list</comment>
        <translation>no se puede listar: {problem}</translation>
    </message>
    <message>
        <source>cannot list the group's policies ({code})</source>
        <comment>cloud.check.cannot-list-group-policies</comment>
        <translation>no se pueden listar las políticas del grupo ({code})</translation>
    </message>
    <message>
        <source>cannot reach {where}: {problem}</source>
        <comment>cloud.check.cannot-reach</comment>
        <translation>no se puede llegar a {where}: {problem}</translation>
    </message>
    <message>
        <source>cannot reach S3: {problem}</source>
        <comment>cloud.check.cannot-reach-s3</comment>
        <translation>no se puede llegar a S3: {problem}</translation>
    </message>
    <message>
        <source>cannot reach the service: {problem}</source>
        <comment>cloud.check.cannot-reach-service</comment>
        <translation>no se puede llegar al servicio: {problem}</translation>
    </message>
    <message>
        <source>cannot read it: {problem}</source>
        <comment>cloud.check.cannot-read</comment>
        <translation>no se puede leer: {problem}</translation>
    </message>
    <message>
        <source>this PC's clock is {seconds} s ahead of the cloud's clock; AWS rejects signatures more than 5 minutes off</source>
        <comment>cloud.check.clock-ahead</comment>
        <translation>el reloj de este PC va {seconds} s adelantado respecto al de la nube; AWS rechaza firmas con más de 5 minutos de diferencia</translation>
    </message>
    <message>
        <source>this PC's clock is {seconds} s behind the cloud's clock; AWS rejects signatures more than 5 minutes off</source>
        <comment>cloud.check.clock-behind</comment>
        <translation>el reloj de este PC va {seconds} s atrasado respecto al de la nube; AWS rechaza firmas con más de 5 minutos de diferencia</translation>
    </message>
    <message>
        <source>within {seconds} s of the cloud's clock</source>
        <comment>cloud.check.clock-within</comment>
        <translation>a menos de {seconds} s del reloj de la nube</translation>
    </message>
    <message>
        <source>{actions}: granted only under a condition (s3:prefix, iam:PassedToService, iot:thingArn) that this control plane's simulator does not evaluate</source>
        <comment>cloud.check.conditions-unverified</comment>
        <translation>{actions}: concedido solo bajo una condición (s3:prefix, iam:PassedToService, iot:thingArn) que el simulador de este plano de control no evalúa</translation>
    </message>
    <message>
        <source>is deprecated: CreateThing with it fails</source>
        <comment>cloud.check.deprecated</comment>
        <translation>está obsoleto: CreateThing con él falla</translation>
    </message>
    <message>
        <source>DescribeEndpoint failed: {problem}</source>
        <comment>cloud.check.describe-endpoint-failed</comment>
        <translation>DescribeEndpoint falló: {problem}</translation>
    </message>
    <message>
        <source>does not exist</source>
        <comment>cloud.check.does-not-exist</comment>
        <translation>no existe</translation>
    </message>
    <message>
        <source>the embedded cloud's MQTT (mTLS) port {host}:{port} is unreachable: {error}</source>
        <comment>cloud.check.embedded-mqtt-unreachable</comment>
        <translation>el puerto MQTT (mTLS) {host}:{port} de la nube integrada es inaccesible: {error}</translation>
    </message>
    <message>
        <source>exists; nothing under the prefix yet (upload firmware with `station catalog upload`)</source>
        <comment>cloud.check.empty-catalog</comment>
        <translation>existe; aún no hay nada bajo el prefijo (suba firmware con `station catalog upload`)</translation>
    </message>
    <message>
        <source>exists; nothing under the prefix yet</source>
        <comment>cloud.check.empty-prefix</comment>
        <translation>existe; aún no hay nada bajo el prefijo</translation>
    </message>
    <message>
        <source>the device endpoint {host}:{port} is unreachable: {error}</source>
        <comment>cloud.check.endpoint-unreachable</comment>
        <translation>el endpoint de dispositivos {host}:{port} es inaccesible: {error}</translation>
    </message>
    <message>
        <source>not enabled in this account and region: the station follows every unit by polling (more AWS calls, slower ready)</source>
        <comment>cloud.check.events-off</comment>
        <translation>no activado en esta cuenta y región: la estación sigue cada unidad consultando periódicamente (más llamadas a AWS, listas más tarde)</translation>
    </message>
    <message>
        <source>enabled: units are followed to ready by events, with a slow safety poll</source>
        <comment>cloud.check.events-on</comment>
        <translation>activado: las unidades se siguen hasta listas mediante eventos, con una consulta de seguridad lenta</translation>
    </message>
    <message>
        <source>exists</source>
        <comment>cloud.check.exists</comment>
        <translation>existe</translation>
    </message>
    <message>
        <source>exists, has objects</source>
        <comment>cloud.check.has-objects</comment>
        <translation>existe, tiene objetos</translation>
    </message>
    <message>
        <source>could not reach IAM to simulate: {problem}</source>
        <comment>cloud.check.iam-unreachable</comment>
        <translation>no se pudo llegar a IAM para simular: {problem}</translation>
    </message>
    <message>
        <source>indicative: service control policies and permission boundaries are not seen by the simulator</source>
        <comment>cloud.check.indicative</comment>
        <translation>orientativo: el simulador no ve las políticas de control de servicios ni los límites de permisos</translation>
    </message>
    <message>
        <source>at most {units} units/hour for every station of this account and region together, bound by {binding} ({tps} TPS, {source})</source>
        <comment>cloud.check.line-rate</comment>
        <translation>como máximo {units} unidades/hora entre todas las estaciones de esta cuenta y región, limitado por {binding} ({tps} TPS, {source})</translation>
    </message>
    <message>
        <source>no AWS call on a unit's critical path in certificates.mode {mode}: the line's rate is bound by the serial link, the board's key generation and the station's own work, not by the account's API quotas</source>
        <comment>cloud.check.line-rate-unbound</comment>
        <translation>ninguna llamada a AWS en la ruta crítica de una unidad con certificates.mode {mode}: el ritmo de la línea lo limitan el enlace serie, la generación de claves de la placa y el trabajo propio de la estación, no las cuotas de API de la cuenta</translation>
    </message>
    <message>
        <source>access denied ({code}): this identity may not read it</source>
        <comment>cloud.check.may-not-read</comment>
        <translation>acceso denegado ({code}): esta identidad no puede leerlo</translation>
    </message>
    <message>
        <source>this identity may not read it ({code}); the station does not need to: run the check as the line engineer to see it</source>
        <comment>cloud.check.need-not-read</comment>
        <translation>esta identidad no puede leerlo ({code}); la estación no lo necesita: ejecute la comprobación como ingeniero de línea para verlo</translation>
    </message>
    <message>
        <source>the bucket {bucket} does not exist</source>
        <comment>cloud.check.no-bucket</comment>
        <translation>el bucket {bucket} no existe</translation>
    </message>
    <message>
        <source>the answer carried no Date header to compare with</source>
        <comment>cloud.check.no-date-header</comment>
        <translation>la respuesta no traía cabecera Date con la que comparar</translation>
    </message>
    <message>
        <source>DescribeEndpoint iot:Data-ATS failed ({code})</source>
        <comment>cloud.check.no-endpoint</comment>
        <translation>DescribeEndpoint iot:Data-ATS falló ({code})</translation>
    </message>
    <message>
        <source>no region configured</source>
        <comment>cloud.check.no-region</comment>
        <translation>no hay región configurada</translation>
    </message>
    <message>
        <source>could not simulate: the station identity lacks iam:SimulatePrincipalPolicy; grant it or check by running one unit</source>
        <comment>cloud.check.no-simulator</comment>
        <translation>no se pudo simular: la identidad de la estación no tiene iam:SimulatePrincipalPolicy; concédalo o compruebe procesando una unidad</translation>
    </message>
    <message>
        <source>'{region}' is not a region where AWS IoT Core is offered</source>
        <comment>cloud.check.not-an-iot-region</comment>
        <translation>'{region}' no es una región donde se ofrezca AWS IoT Core</translation>
    </message>
    <message>
        <source>not simulated: {why}</source>
        <comment>cloud.check.not-simulated</comment>
        <translation>no simulado: {why}</translation>
    </message>
    <message>
        <source>its trust policy does not let iot.amazonaws.com assume it: job documents could not get pre-signed download URLs</source>
        <comment>cloud.check.not-trusted</comment>
        <translation>su política de confianza no permite que iot.amazonaws.com lo asuma: los documentos de trabajo no podrían obtener URL de descarga prefirmadas</translation>
    </message>
    <message>
        <source>{principal} may not {action} on {resources} ({note})</source>
        <comment>cloud.check.permission-denied</comment>
        <translation>{principal} no puede {action} sobre {resources} ({note})</translation>
    </message>
    <message>
        <source>{policy} attached</source>
        <comment>cloud.check.policy-attached</comment>
        <translation>{policy} asociada</translation>
    </message>
    <message>
        <source>{policy} is not attached to the group (policy.attach_to = "group"): its devices could not connect</source>
        <comment>cloud.check.policy-not-attached</comment>
        <translation>{policy} no está asociada al grupo (policy.attach_to = "group"): sus dispositivos no podrían conectarse</translation>
    </message>
    <message>
        <source>this identity may not read them ({code})</source>
        <comment>cloud.check.quotas-denied</comment>
        <translation>esta identidad no puede leerlas ({code})</translation>
    </message>
    <message>
        <source>read from Service Quotas ({rates} IoT API rates)</source>
        <comment>cloud.check.quotas-read</comment>
        <translation>leídas de Service Quotas ({rates} tasas de la API de IoT)</translation>
    </message>
    <message>
        <source>read from Service Quotas ({rates} IoT API rates); {missing} from the shipped defaults</source>
        <comment>cloud.check.quotas-read-some</comment>
        <translation>leídas de Service Quotas ({rates} tasas de la API de IoT); {missing} de los valores predeterminados incluidos</translation>
    </message>
    <message>
        <source>Service Quotas did not answer ({code})</source>
        <comment>cloud.check.quotas-silent</comment>
        <translation>Service Quotas no respondió ({code})</translation>
    </message>
    <message>
        <source>account quotas not available: {why}; using the shipped defaults</source>
        <comment>cloud.check.quotas-unavailable</comment>
        <translation>cuotas de la cuenta no disponibles: {why}; se usan los valores predeterminados incluidos</translation>
    </message>
    <message>
        <source>{host}:{port} reachable ({ms} ms)</source>
        <comment>cloud.check.reachable</comment>
        <translation>{host}:{port} accesible ({ms} ms)</translation>
    </message>
    <message>
        <source>{region} (control plane at {endpoint})</source>
        <comment>cloud.check.region-at</comment>
        <translation>{region} (plano de control en {endpoint})</translation>
    </message>
    <message>
        <source>simulating as {principal}</source>
        <comment>cloud.check.simulating-as</comment>
        <translation>simulando como {principal}</translation>
    </message>
    <message>
        <source>could not simulate {principal}: {code}: {problem}</source>
        <comment>cloud.check.simulation-failed</comment>
        <translation>no se pudo simular {principal}: {code}: {problem}</translation>
    </message>
    <message>
        <source>sts GetCallerIdentity failed: {problem}</source>
        <comment>cloud.check.sts-failed</comment>
        <translation>sts GetCallerIdentity falló: {problem}</translation>
    </message>
    <message>
        <source>{host}:{port}: {error}</source>
        <comment>cloud.check.tls-failed</comment>
        <translation>{host}:{port}: {error}</translation>
    </message>
    <message>
        <source>TLS {version} handshake with {host}:{port}, server trusted by the device CA</source>
        <comment>cloud.check.tls-ok</comment>
        <translation>negociación TLS {version} con {host}:{port}, servidor de confianza para la CA de dispositivos</translation>
    </message>
    <message>
        <source>TLS {version} handshake with {host}:{port}, server trusted by the device CA; asks for a device certificate</source>
        <comment>cloud.check.tls-ok-asks-cert</comment>
        <translation>negociación TLS {version} con {host}:{port}, servidor de confianza para la CA de dispositivos; pide un certificado de dispositivo</translation>
    </message>
    <message>
        <source>exists; trusted by iot.amazonaws.com</source>
        <comment>cloud.check.trusted</comment>
        <translation>existe; iot.amazonaws.com confía en él</translation>
    </message>
    <message>
        <source>cannot ask AWS who this is: {error}: {problem}</source>
        <comment>cloud.check.who-am-i-failed</comment>
        <translation>no se puede preguntar a AWS quién es: {error}: {problem}</translation>
    </message>
    <message>
        <source>the AWS client failed: {problem}</source>
        <comment>cloud.client-failed</comment>
        <translation>el cliente de AWS falló: {problem}</translation>
    </message>
    <message>
        <source>AWS refused {operation}: the station's identity may not {action}</source>
        <comment>cloud.denied-action</comment>
        <translation>AWS rechazó {operation}: la identidad de la estación no tiene permiso para {action}</translation>
    </message>
    <message>
        <source>AWS refused {operation}: the station's identity may not {action} on {resource}</source>
        <comment>cloud.denied-action-on</comment>
        <translation>AWS rechazó {operation}: la identidad de la estación no tiene permiso para {action} en {resource}</translation>
    </message>
    <message>
        <source>AWS refused {operation}: the station's identity lacks the permission for {operation}</source>
        <comment>cloud.denied-operation</comment>
        <translation>AWS rechazó {operation}: la identidad de la estación no tiene el permiso para {operation}</translation>
    </message>
    <message>
        <source>AWS refused {operation}: the station's identity lacks the permission for {operation} on {resource}</source>
        <comment>cloud.denied-operation-on</comment>
        <translation>AWS rechazó {operation}: la identidad de la estación no tiene el permiso para {operation} en {resource}</translation>
    </message>
    <message>
        <source>{where} · {state}</source>
        <comment>cloud.indicator</comment>
        <translation>{where} · {state}</translation>
    </message>
    <message>
        <source>a value for AWS is invalid before it was even sent: {problem}</source>
        <comment>cloud.invalid-before-sent</comment>
        <translation>un valor para AWS no es válido incluso antes de enviarse: {problem}</translation>
    </message>
    <message>
        <source>the login of {who} has expired (AWS answered {code}); waiting for a renewed login</source>
        <comment>cloud.login-expired</comment>
        <translation>el inicio de sesión de {who} caducó (AWS respondió {code}); esperando un inicio de sesión renovado</translation>
    </message>
    <message>
        <source>AWS does not accept {who} (it answered {code}): the access key or session token is unknown, revoked or from another account; waiting for a renewed login</source>
        <comment>cloud.login-not-accepted</comment>
        <translation>AWS no acepta {who} (respondió {code}): la clave de acceso o el token de sesión es desconocido, revocado o de otra cuenta; esperando un inicio de sesión renovado</translation>
    </message>
    <message>
        <source>the login of {who} has expired or could not be refreshed ({error}); waiting for a renewed login</source>
        <comment>cloud.login-not-refreshed</comment>
        <translation>el inicio de sesión de {who} caducó o no se pudo renovar ({error}); esperando un inicio de sesión renovado</translation>
    </message>
    <message>
        <source>AWS refused {op}: the device policy it needs does not exist in this AWS account and region ({answer})</source>
        <comment>cloud.missing-device-policy</comment>
        <translation>AWS rechazó {op}: la política de dispositivo que necesita no existe en esta cuenta y región de AWS ({answer})</translation>
    </message>
    <message>
        <source>AWS refused {op}: the resource it needs does not exist in this AWS account and region ({answer})</source>
        <comment>cloud.missing-resource</comment>
        <translation>AWS rechazó {op}: el recurso que necesita no existe en esta cuenta y región de AWS ({answer})</translation>
    </message>
    <message>
        <source>AWS refused {op}: the thing it needs does not exist in this AWS account and region ({answer})</source>
        <comment>cloud.missing-thing</comment>
        <translation>AWS rechazó {op}: el thing que necesita no existe en esta cuenta y región de AWS ({answer})</translation>
    </message>
    <message>
        <source>AWS refused {op}: the thing group it needs does not exist in this AWS account and region ({answer})</source>
        <comment>cloud.missing-thing-group</comment>
        <translation>AWS rechazó {op}: el grupo de things que necesita no existe en esta cuenta y región de AWS ({answer})</translation>
    </message>
    <message>
        <source>AWS refused {op}: the thing type it needs does not exist in this AWS account and region ({answer})</source>
        <comment>cloud.missing-thing-type</comment>
        <translation>AWS rechazó {op}: el tipo de thing que necesita no existe en esta cuenta y región de AWS ({answer})</translation>
    </message>
    <message>
        <source>network error ({error})</source>
        <comment>cloud.network-error</comment>
        <translation>error de red ({error})</translation>
    </message>
    <message>
        <source>AWS profile {profile}, region {region}: the AWS profile '{profile}' is not configured on this PC</source>
        <comment>cloud.no-aws-profile</comment>
        <translation>perfil de AWS {profile}, región {region}: el perfil de AWS '{profile}' no está configurado en este PC</translation>
    </message>
    <message>
        <source>no AWS credentials were found for {who}; waiting for a login</source>
        <comment>cloud.no-credentials</comment>
        <translation>no se encontraron credenciales de AWS para {who}; esperando un inicio de sesión</translation>
    </message>
    <message>
        <source>the thing type '{thing_type}' does not exist in this AWS account and region</source>
        <comment>cloud.no-thing-type</comment>
        <translation>el tipo de thing '{thing_type}' no existe en esta cuenta y región de AWS</translation>
    </message>
    <message>
        <source>AWS did not accept {op} ({reason})</source>
        <comment>cloud.not-accepted</comment>
        <translation>AWS no aceptó {op} ({reason})</translation>
    </message>
    <message>
        <source>AWS did not accept {op} within {seconds} s ({reason})</source>
        <comment>cloud.not-accepted-within</comment>
        <translation>AWS no aceptó {op} en {seconds} s ({reason})</translation>
    </message>
    <message>
        <source>the AWS credentials found are incomplete for {who}; waiting for a login</source>
        <comment>cloud.partial-credentials</comment>
        <translation>las credenciales de AWS encontradas para {who} están incompletas; esperando un inicio de sesión</translation>
    </message>
    <message>
        <source>the AWS profile '{profile}' is not configured on this PC</source>
        <comment>cloud.profile-not-configured</comment>
        <translation>el perfil de AWS '{profile}' no está configurado en este PC</translation>
    </message>
    <message>
        <source>AWS refused {op}: {answer} ({code})</source>
        <comment>cloud.refused</comment>
        <translation>AWS rechazó {op}: {answer} ({code})</translation>
    </message>
    <message>
        <source>AWS refused {operation} as invalid: {answer}</source>
        <comment>cloud.refused-invalid</comment>
        <translation>AWS rechazó {operation} por no válido: {answer}</translation>
    </message>
    <message>
        <source>AWS refused {operation}: an account limit is reached ({answer})</source>
        <comment>cloud.refused-limit</comment>
        <translation>AWS rechazó {operation}: se alcanzó un límite de la cuenta ({answer})</translation>
    </message>
    <message>
        <source>AWS refused a request as expired ({code}): the station PC's clock is wrong, or the login of {who} is stale; waiting for a renewed login</source>
        <comment>cloud.request-expired</comment>
        <translation>AWS rechazó una solicitud por caducada ({code}): el reloj del PC de la estación está mal o el inicio de sesión de {who} está obsoleto; esperando un inicio de sesión renovado</translation>
    </message>
    <message>
        <source>AWS answered with a server error ({code})</source>
        <comment>cloud.server-error</comment>
        <translation>AWS respondió con un error del servidor ({code})</translation>
    </message>
    <message>
        <source>access denied</source>
        <comment>cloud.state.access-denied</comment>
        <translation>acceso denegado</translation>
    </message>
    <message>
        <source>bad region</source>
        <comment>cloud.state.bad-region</comment>
        <translation>región incorrecta</translation>
    </message>
    <message>
        <source>clock wrong</source>
        <comment>cloud.state.clock-wrong</comment>
        <translation>reloj incorrecto</translation>
    </message>
    <message>
        <source>credentials broken</source>
        <comment>cloud.state.credentials-broken</comment>
        <translation>credenciales dañadas</translation>
    </message>
    <message>
        <source>credentials expired</source>
        <comment>cloud.state.credentials-expired</comment>
        <translation>credenciales caducadas</translation>
    </message>
    <message>
        <source>credentials rejected</source>
        <comment>cloud.state.credentials-rejected</comment>
        <translation>credenciales rechazadas</translation>
    </message>
    <message>
        <source>endpoint TLS broken</source>
        <comment>cloud.state.endpoint-tls-broken</comment>
        <translation>TLS del endpoint dañado</translation>
    </message>
    <message>
        <source>endpoint unknown</source>
        <comment>cloud.state.endpoint-unknown</comment>
        <translation>endpoint desconocido</translation>
    </message>
    <message>
        <source>endpoint unreachable</source>
        <comment>cloud.state.endpoint-unreachable</comment>
        <translation>endpoint inaccesible</translation>
    </message>
    <message>
        <source>job events off</source>
        <comment>cloud.state.job-events-off</comment>
        <translation>eventos de trabajos desactivados</translation>
    </message>
    <message>
        <source>no credentials</source>
        <comment>cloud.state.no-credentials</comment>
        <translation>sin credenciales</translation>
    </message>
    <message>
        <source>no region</source>
        <comment>cloud.state.no-region</comment>
        <translation>sin región</translation>
    </message>
    <message>
        <source>not set up</source>
        <comment>cloud.state.not-set-up</comment>
        <translation>sin configurar</translation>
    </message>
    <message>
        <source>ok</source>
        <comment>cloud.state.ok</comment>
        <translation>ok</translation>
    </message>
    <message>
        <source>permission missing</source>
        <comment>cloud.state.permission-missing</comment>
        <translation>falta un permiso</translation>
    </message>
    <message>
        <source>problem</source>
        <comment>cloud.state.problem</comment>
        <translation>problema</translation>
    </message>
    <message>
        <source>AWS profile missing</source>
        <comment>cloud.state.profile-missing</comment>
        <translation>falta el perfil de AWS</translation>
    </message>
    <message>
        <source>cloud unreachable</source>
        <comment>cloud.state.unreachable</comment>
        <translation>nube inaccesible</translation>
    </message>
    <message>
        <source>AWS is throttling requests</source>
        <comment>cloud.throttled</comment>
        <translation>AWS está limitando las solicitudes</translation>
    </message>
    <message>
        <source>waiting for AWS: {reason} ({op})</source>
        <comment>cloud.waiting</comment>
        <translation>esperando a AWS: {reason} ({op})</translation>
    </message>
    <message>
        <source>AWS {account} · {region}</source>
        <comment>cloud.where-aws</comment>
        <translation>AWS {account} · {region}</translation>
    </message>
    <message>
        <source>embedded cloud</source>
        <comment>cloud.where-embedded</comment>
        <translation>nube integrada</translation>
    </message>
    <message>
        <source>embedded demo</source>
        <comment>cloud.where-embedded-demo</comment>
        <translation>demo integrada</translation>
    </message>
    <message>
        <source>AWS profile '{profile}'</source>
        <comment>cloud.who-profile</comment>
        <translation>perfil de AWS '{profile}'</translation>
    </message>
    <message>
        <source>the station's AWS credentials</source>
        <comment>cloud.who-station</comment>
        <translation>las credenciales de AWS de la estación</translation>
    </message>
    <message>
        <source>the board's key uses curve {curve}, AWS IoT accepts P-256/P-384/P-521</source>
        <comment>csr.bad-curve</comment>
        <translation>la clave de la placa usa la curva {curve}, AWS IoT acepta P-256/P-384/P-521</translation>
    </message>
    <message>
        <source>the board's key type {key_type} is not accepted by AWS IoT</source>
        <comment>csr.bad-key-type</comment>
        <translation>AWS IoT no acepta el tipo de clave {key_type} de la placa</translation>
    </message>
    <message>
        <source>the board's CSR signature does not verify (corrupt or forged CSR)</source>
        <comment>csr.bad-signature</comment>
        <translation>la firma del CSR de la placa no se verifica (CSR dañado o falsificado)</translation>
    </message>
    <message>
        <source>the board's CSR is not valid PEM/DER: {problem}</source>
        <comment>csr.not-pem</comment>
        <translation>el CSR de la placa no es PEM/DER válido: {problem}</translation>
    </message>
    <message>
        <source>the CSR's public key differs from the key the board reports holding</source>
        <comment>csr.other-key</comment>
        <translation>la clave pública del CSR difiere de la clave que la placa dice tener</translation>
    </message>
    <message>
        <source>the board's RSA key has {bits} bits, at least 2048 are required</source>
        <comment>csr.short-rsa</comment>
        <translation>la clave RSA de la placa tiene {bits} bits, se requieren al menos 2048</translation>
    </message>
    <message>
        <source>the CSR's signatureAlgorithm uses {hash}, which is not accepted: a CSR must be signed with SHA-256 or stronger</source>
        <comment>csr.weak-hash</comment>
        <translation>el signatureAlgorithm del CSR usa {hash}, que no se acepta: un CSR debe firmarse con SHA-256 o superior</translation>
    </message>
    <message>
        <source>the CSR's common name is '{cn}', expected the thing name '{thing_name}'</source>
        <comment>csr.wrong-cn</comment>
        <translation>el nombre común del CSR es '{cn}', se esperaba el nombre del thing '{thing_name}'</translation>
    </message>
    <message>
        <source>the demo needs 1 to {max} virtual boards, not {boards}</source>
        <comment>demo.boards</comment>
        <translation>la demo necesita de 1 a {max} placas virtuales, no {boards}</translation>
    </message>
    <message>
        <source>--fault {number}={spec}: board {number} is {kind}: {problem}</source>
        <comment>demo.fault-kind</comment>
        <translation>--fault {number}={spec}: la placa {number} es {kind}: {problem}</translation>
    </message>
    <message>
        <source>an nRF91 modem</source>
        <comment>demo.kind-modem</comment>
        <translation>un módem nRF91</translation>
    </message>
    <message>
        <source>a reference board</source>
        <comment>demo.kind-reference</comment>
        <translation>una placa de referencia</translation>
    </message>
    <message>
        <source>--nrf91 {nrf91} asks for more nRF91 modems than the {boards} boards</source>
        <comment>demo.modems</comment>
        <translation>--nrf91 {nrf91} pide más módems nRF91 que las {boards} placas</translation>
    </message>
    <message>
        <source>--fault {number}={spec}: there is no board {number} (the demo has {boards})</source>
        <comment>demo.no-board</comment>
        <translation>--fault {number}={spec}: no existe la placa {number} (la demo tiene {boards})</translation>
    </message>
    <message>
        <source>{detail}; {then}</source>
        <comment>detail.and</comment>
        <translation>{detail}; {then}</translation>
    </message>
    <message>
        <source>{detail}: {why}</source>
        <comment>detail.because</comment>
        <translation>{detail}: {why}</translation>
    </message>
    <message>
        <source>certificate {certificate}</source>
        <comment>detail.certificate</comment>
        <translation>certificado {certificate}</translation>
    </message>
    <message>
        <source>board refused a CSR: using cloud-generated keys</source>
        <comment>detail.cloud-keys</comment>
        <translation>la placa rechazó un CSR: se usan claves generadas en la nube</translation>
    </message>
    <message>
        <source>CSR checked (signature, key, common name)</source>
        <comment>detail.csr-checked</comment>
        <translation>CSR comprobado (firma, clave, nombre común)</translation>
    </message>
    <message>
        <source>CSR checked (signature, key, common name); new key for rework</source>
        <comment>detail.csr-checked-rework</comment>
        <translation>CSR comprobado (firma, clave, nombre común); clave nueva para el retrabajo</translation>
    </message>
    <message>
        <source>CSR from the board's existing key</source>
        <comment>detail.existing-key</comment>
        <translation>CSR a partir de la clave existente de la placa</translation>
    </message>
    <message>
        <source>CSR checked (signature, key, common name)</source>
        <comment>detail.factory-ca.csr</comment>
        <translation>CSR comprobado (firma, clave, nombre común)</translation>
    </message>
    <message>
        <source>registered: thing {thing}, certificate {certificate} ACTIVE</source>
        <comment>detail.factory-ca.registered</comment>
        <translation>registrado: thing {thing}, certificado {certificate} ACTIVE</translation>
    </message>
    <message>
        <source>signed by the line CA: certificate {certificate}, valid until {until}</source>
        <comment>detail.factory-ca.signed</comment>
        <translation>firmado por la CA de línea: certificado {certificate}, válido hasta {until}</translation>
    </message>
    <message>
        <source>claim certificate {certificate}, template {template}</source>
        <comment>detail.fleet-claim.claim</comment>
        <translation>certificado de reclamación {certificate}, plantilla {template}</translation>
    </message>
    <message>
        <source>registered itself: thing {thing}, certificate {certificate} ACTIVE</source>
        <comment>detail.fleet-claim.registered</comment>
        <translation>se registró por sí misma: thing {thing}, certificado {certificate} ACTIVE</translation>
    </message>
    <message>
        <source>hashes match (the claim key is checked as sent)</source>
        <comment>detail.fleet-claim.verified</comment>
        <translation>los hashes coinciden (la clave de reclamación se comprueba tal como se envió)</translation>
    </message>
    <message>
        <source>registered in AWS IoT: certificate {certificate} ACTIVE, thing {thing} exists (found by {by})</source>
        <comment>detail.found-registered-later</comment>
        <translation>registrado en AWS IoT: certificado {certificate} ACTIVE, el thing {thing} existe (encontrado por {by})</translation>
    </message>
    <message>
        <source>group {group}</source>
        <comment>detail.group</comment>
        <translation>grupo {group}</translation>
    </message>
    <message>
        <source>group {group}; retired certificate {retired}</source>
        <comment>detail.group-retired</comment>
        <translation>grupo {group}; certificado retirado {retired}</translation>
    </message>
    <message>
        <source>{model} {serial} hw {hw}</source>
        <comment>detail.identified</comment>
        <translation>{model} {serial} hw {hw}</translation>
    </message>
    <message>
        <source>set INACTIVE certificate {certificates} of an interrupted attempt: the board has replaced that key and cannot report keys, so it could not be reused</source>
        <comment>detail.leftovers-retired</comment>
        <translation>certificado {certificates} de un intento interrumpido puesto en INACTIVE: la placa reemplazó esa clave y no puede informar claves, así que no se pudo reutilizar</translation>
    </message>
    <message>
        <source>new certificate {certificate}</source>
        <comment>detail.new-certificate</comment>
        <translation>certificado nuevo {certificate}</translation>
    </message>
    <message>
        <source>no current job for group {group}: ready once registered</source>
        <comment>detail.no-job</comment>
        <translation>ningún trabajo vigente para el grupo {group}: lista al registrarse</translation>
    </message>
    <message>
        <source>device online: it started job {job}</source>
        <comment>detail.online</comment>
        <translation>dispositivo en línea: inició el trabajo {job}</translation>
    </message>
    <message>
        <source>ready: {reached}</source>
        <comment>detail.ready</comment>
        <translation>lista: {reached}</translation>
    </message>
    <message>
        <source>reusing certificate {certificate}</source>
        <comment>detail.reusing-certificate</comment>
        <translation>reutilizando el certificado {certificate}</translation>
    </message>
    <message>
        <source>hashes match; the certificate's key is the key of the board's CSR</source>
        <comment>detail.verified-csr-key</comment>
        <translation>los hash coinciden; la clave del certificado es la del CSR de la placa</translation>
    </message>
    <message>
        <source>hashes and public key match</source>
        <comment>detail.verified-key</comment>
        <translation>los hash y la clave pública coinciden</translation>
    </message>
    <message>
        <source>the board cannot report the key it held, so its earlier certificate could not be reused: it made a new key and the old certificate was retired</source>
        <comment>detail.why-keyless</comment>
        <translation>la placa no puede informar la clave que tenía, así que su certificado anterior no se pudo reutilizar: generó una clave nueva y el certificado antiguo se retiró</translation>
    </message>
    <message>
        <source>{objects} object(s), {size} bytes</source>
        <comment>detail.written</comment>
        <translation>{objects} objeto(s), {size} bytes</translation>
    </message>
    <message>
        <source>{objects} object(s), {size} bytes; {skipped} already on the board</source>
        <comment>detail.written-skipped</comment>
        <translation>{objects} objeto(s), {size} bytes; {skipped} ya en la placa</translation>
    </message>
    <message>
        <source>AWS IoT holds this unit's certificate {certificate} as {status}: it was revoked or deactivated</source>
        <comment>factory-ca.certificate-retired</comment>
        <translation>AWS IoT tiene el certificado {certificate} de esta unidad como {status}: se revocó o se desactivó</translation>
    </message>
    <message>
        <source>serial {serial} is already registered in AWS IoT (thing {thing} exists) and the rework policy is '{policy}'</source>
        <comment>factory-ca.duplicate</comment>
        <translation>el número de serie {serial} ya está registrado en AWS IoT (el thing {thing} existe) y la política de retrabajo es '{policy}'</translation>
    </message>
    <message>
        <source>the cloud is unreachable and the records already hold a verified provisioning of serial {serial} ({earlier}); the rework policy is '{policy}'</source>
        <comment>factory-ca.duplicate-recorded</comment>
        <translation>la nube no está accesible y los registros ya contienen un aprovisionamiento verificado del número de serie {serial} ({earlier}); la política de retrabajo es '{policy}'</translation>
    </message>
    <message>
        <source>the board cannot generate its own key (no 'csr' capability); factory-ca signs only keys made on the board</source>
        <comment>factory-ca.no-csr</comment>
        <translation>la placa no puede generar su propia clave (sin la capacidad 'csr'); factory-ca solo firma claves generadas en la placa</translation>
    </message>
    <message>
        <source>the device endpoint is not known: the station started without reaching AWS and the profile has no cloud.mqtt_endpoint</source>
        <comment>factory-ca.no-endpoint</comment>
        <translation>no se conoce el endpoint de dispositivos: la estación arrancó sin llegar a AWS y el perfil no tiene cloud.mqtt_endpoint</translation>
    </message>
    <message>
        <source>the board reports no hardware revision, and AWS IoT's just-in-time provisioning needs every field of the certificate's subject (the revision goes in its dnQualifier)</source>
        <comment>factory-ca.no-hw-revision</comment>
        <translation>la placa no informa de ninguna revisión de hardware, y el aprovisionamiento justo a tiempo de AWS IoT necesita todos los campos del sujeto del certificado (la revisión va en su dnQualifier)</translation>
    </message>
    <message>
        <source>the profile's certificates.mode is "factory-ca" but the station has no line CA open</source>
        <comment>factory-ca.no-line-ca</comment>
        <translation>el certificates.mode del perfil es "factory-ca", pero la estación no tiene ninguna CA de línea abierta</translation>
    </message>
    <message>
        <source>AWS has not seen the board connect within {seconds} s</source>
        <comment>factory-ca.wait-timeout</comment>
        <translation>AWS no ha visto conectarse la placa en {seconds} s</translation>
    </message>
    <message>
        <source>the cloud is unreachable; keys, signing, writing and verification are done</source>
        <comment>factory-ca.wait-unreachable</comment>
        <translation>la nube no está accesible; las claves, la firma, la escritura y la verificación están hechas</translation>
    </message>
    <message>
        <source>the profile's certificates.mode is "fleet-claim" but the station has no claim source</source>
        <comment>fleet-claim.no-claims</comment>
        <translation>el certificates.mode del perfil es "fleet-claim", pero la estación no tiene ninguna fuente de reclamaciones</translation>
    </message>
    <message>
        <source>the device endpoint is not known</source>
        <comment>fleet-claim.no-endpoint</comment>
        <translation>no se conoce el endpoint de dispositivos</translation>
    </message>
    <message>
        <source>the board reports it registered, but AWS IoT does not hold {what}</source>
        <comment>fleet-claim.not-registered</comment>
        <translation>la placa informa que se registró, pero AWS IoT no tiene {what}</translation>
    </message>
    <message>
        <source>the {driver} driver's boards cannot register themselves with a claim certificate, but the profile asks for fleet provisioning by claim (certificates.mode = "fleet-claim")</source>
        <comment>fleet-claim.not-supported</comment>
        <translation>las placas del controlador {driver} no pueden registrarse por sí mismas con un certificado de reclamación, pero el perfil pide aprovisionamiento de flota por reclamación (certificates.mode = "fleet-claim")</translation>
    </message>
    <message>
        <source>the board registered as thing {reported}, not {thing}</source>
        <comment>fleet-claim.other-thing</comment>
        <translation>la placa se registró como thing {reported}, no {thing}</translation>
    </message>
    <message>
        <source>the board did not report its registration within {seconds} s (last: {state} at {where})</source>
        <comment>fleet-claim.register-timeout</comment>
        <translation>la placa no informó de su registro en {seconds} s (último: {state} en {where})</translation>
    </message>
    <message>
        <source>certificate {certificate} ACTIVE and attached to {thing}</source>
        <comment>fleet-claim.what-certificate</comment>
        <translation>certificado {certificate} ACTIVE y asociado a {thing}</translation>
    </message>
    <message>
        <source>thing {thing}</source>
        <comment>fleet-claim.what-thing</comment>
        <translation>thing {thing}</translation>
    </message>
    <message>
        <source>AWS IoT has no provisioning template '{template}' to make a claim certificate for</source>
        <comment>fleet.claim-no-template</comment>
        <translation>AWS IoT no tiene ninguna plantilla de aprovisionamiento '{template}' para la que crear un certificado de reclamación</translation>
    </message>
    <message>
        <source>the claim certificate AWS issued has only {seconds} s left</source>
        <comment>fleet.claim-short-lived</comment>
        <translation>al certificado de reclamación que emitió AWS solo le quedan {seconds} s</translation>
    </message>
    <message>
        <source>fleet-claim puts every thing in a group, and no [[groups]] rule matches model '{model}' hardware revision '{hw}'</source>
        <comment>fleet.no-group</comment>
        <translation>fleet-claim pone cada thing en un grupo, y ninguna regla [[groups]] coincide con el modelo '{model}' revisión de hardware '{hw}'</translation>
    </message>
    <message>
        <source>AWS failed the board's registration on its side ({code}: {answer})</source>
        <comment>fleet.refused-aws</comment>
        <translation>el registro de la placa falló del lado de AWS ({code}: {answer})</translation>
    </message>
    <message>
        <source>AWS refused the board's connection with the claim certificate (expired, or not allowed by its policy) ({code}: {answer})</source>
        <comment>fleet.refused-claim</comment>
        <translation>AWS rechazó la conexión de la placa con el certificado de reclamación (caducado, o no permitido por su política) ({code}: {answer})</translation>
    </message>
    <message>
        <source>AWS refused the board's certificate request (create-from-csr): the key or CSR the board made is not acceptable ({code}: {answer})</source>
        <comment>fleet.refused-csr</comment>
        <translation>AWS rechazó la solicitud de certificado de la placa (create-from-csr): la clave o el CSR que generó la placa no es aceptable ({code}: {answer})</translation>
    </message>
    <message>
        <source>AWS has no enabled provisioning template '{template}' ({code}: {answer})</source>
        <comment>fleet.refused-no-template</comment>
        <translation>AWS no tiene ninguna plantilla de aprovisionamiento '{template}' habilitada ({code}: {answer})</translation>
    </message>
    <message>
        <source>AWS refused to register the thing with template '{template}': the template and this profile disagree on the unit's parameters ({code}: {answer})</source>
        <comment>fleet.refused-parameters</comment>
        <translation>AWS se negó a registrar el thing con la plantilla '{template}': la plantilla y este perfil no coinciden en los parámetros de la unidad ({code}: {answer})</translation>
    </message>
    <message>
        <source>AWS IoT could not apply template '{template}': its provisioning role may not make the writes the template asks for ({code}: {answer})</source>
        <comment>fleet.refused-role</comment>
        <translation>AWS IoT no pudo aplicar la plantilla '{template}': su rol de aprovisionamiento no puede hacer las escrituras que pide la plantilla ({code}: {answer})</translation>
    </message>
    <message>
        <source>AWS is throttling fleet provisioning in this account ({code}: {answer})</source>
        <comment>fleet.refused-throttled</comment>
        <translation>AWS está limitando el aprovisionamiento de flota en esta cuenta ({code}: {answer})</translation>
    </message>
    <message>
        <source>AWS refused the board's registration: the certificate ownership token was invalid or expired ({code}: {answer})</source>
        <comment>fleet.refused-token</comment>
        <translation>AWS rechazó el registro de la placa: el token de propiedad del certificado no era válido o había caducado ({code}: {answer})</translation>
    </message>
    <message>
        <source>AWS refused the board's fleet provisioning at step '{where}' ({code}: {answer})</source>
        <comment>fleet.refused-unknown</comment>
        <translation>AWS rechazó el aprovisionamiento de flota de la placa en el paso '{where}' ({code}: {answer})</translation>
    </message>
    <message>
        <source>{what} '{value}' is not valid ({allowed}; at most 64, starting with a letter or digit)</source>
        <comment>jobs.bad-name</comment>
        <translation>{what} '{value}' no es válido ({allowed}; como máximo 64, empezando por letra o dígito)</translation>
    </message>
    <message>
        <source>the station may not read the catalog s3://{bucket}/{key}</source>
        <comment>jobs.catalog-denied</comment>
        <translation>la estación no puede leer el catálogo s3://{bucket}/{key}</translation>
    </message>
    <message>
        <source>configuration is invalid at {path}: {problem}</source>
        <comment>jobs.config-invalid</comment>
        <translation>la configuración no es válida en {path}: {problem}</translation>
    </message>
    <message>
        <source>the firmware image is empty</source>
        <comment>jobs.empty-image</comment>
        <translation>la imagen de firmware está vacía</translation>
    </message>
    <message>
        <source>{what} was {status} for this unit</source>
        <comment>jobs.ended</comment>
        <translation>{what} quedó {status} para esta unidad</translation>
    </message>
    <message>
        <source>thing group '{group}' can hold models {models}</source>
        <comment>jobs.group-models</comment>
        <translation>el grupo de things '{group}' puede contener los modelos {models}</translation>
    </message>
    <message>
        <source>thing group '{group}' is not in the profile's [[groups]], so its model is unknown</source>
        <comment>jobs.group-not-in-profile</comment>
        <translation>el grupo de things '{group}' no está en [[groups]] del perfil, así que su modelo es desconocido</translation>
    </message>
    <message>
        <source>job {job} is current but delivers other content than the catalog now holds for {version} (the catalog object was replaced after the release)</source>
        <comment>jobs.id-other-content</comment>
        <translation>el trabajo {job} está vigente pero entrega otro contenido del que el catálogo tiene ahora para {version} (el objeto del catálogo se reemplazó después de la publicación)</translation>
    </message>
    <message>
        <source>job {job} already exists with status {status} (targets {targets})</source>
        <comment>jobs.id-taken</comment>
        <translation>el trabajo {job} ya existe con el estado {status} (destinos {targets})</translation>
    </message>
    <message>
        <source>{kind} {version} (job {job})</source>
        <comment>jobs.job</comment>
        <translation>{kind} {version} (trabajo {job})</translation>
    </message>
    <message>
        <source>letters, digits, _ and -</source>
        <comment>jobs.model-chars</comment>
        <translation>letras, dígitos, _ y -</translation>
    </message>
    <message>
        <source>the targets are different models ({models})</source>
        <comment>jobs.models-differ</comment>
        <translation>los destinos son modelos distintos ({models})</translation>
    </message>
    <message>
        <source>the catalog bucket '{bucket}' does not exist</source>
        <comment>jobs.no-catalog-bucket</comment>
        <translation>el bucket del catálogo '{bucket}' no existe</translation>
    </message>
    <message>
        <source>thing group '{group}' does not exist</source>
        <comment>jobs.no-group</comment>
        <translation>el grupo de things '{group}' no existe</translation>
    </message>
    <message>
        <source>there is no job '{job}'</source>
        <comment>jobs.no-job</comment>
        <translation>no existe el trabajo '{job}'</translation>
    </message>
    <message>
        <source>no target given</source>
        <comment>jobs.no-target</comment>
        <translation>no se indicó ningún destino</translation>
    </message>
    <message>
        <source>no uploaded configuration at s3://{bucket}/{key}</source>
        <comment>jobs.no-upload</comment>
        <translation>no hay configuración subida en s3://{bucket}/{key}</translation>
    </message>
    <message>
        <source>the device could not apply {what}</source>
        <comment>jobs.not-applied</comment>
        <translation>el dispositivo no pudo aplicar {what}</translation>
    </message>
    <message>
        <source>the device could not apply {what}: {reason}</source>
        <comment>jobs.not-applied-because</comment>
        <translation>el dispositivo no pudo aplicar {what}: {reason}</translation>
    </message>
    <message>
        <source>{kind} {model} {version} is not in the catalog (s3://{bucket}/{key})</source>
        <comment>jobs.not-in-catalog</comment>
        <translation>{kind} {model} {version} no está en el catálogo (s3://{bucket}/{key})</translation>
    </message>
    <message>
        <source>the unit did not come online within {seconds} s after its reboot</source>
        <comment>jobs.not-online</comment>
        <translation>la unidad no se conectó en {seconds} s tras reiniciarse</translation>
    </message>
    <message>
        <source>not ready after {seconds} s: still waiting for {waiting}</source>
        <comment>jobs.not-ready</comment>
        <translation>no está lista tras {seconds} s: sigue esperando {waiting}</translation>
    </message>
    <message>
        <source>'{key}' is not an upload key ({prefix}uploads/THING/STAMP.json)</source>
        <comment>jobs.not-upload-key</comment>
        <translation>'{key}' no es una clave de subida ({prefix}uploads/THING/STAMP.json)</translation>
    </message>
    <message>
        <source>release notes are {length} characters; at most {limit} fit in S3 metadata</source>
        <comment>jobs.notes-too-long</comment>
        <translation>las notas de la versión tienen {length} caracteres; en los metadatos de S3 caben como máximo {limit}</translation>
    </message>
    <message>
        <source>s3://{bucket}/{key} exists but the station may not read it</source>
        <comment>jobs.object-denied</comment>
        <translation>s3://{bucket}/{key} existe pero la estación no puede leerlo</translation>
    </message>
    <message>
        <source>give exactly one of an uploaded configuration's key or a catalog config version</source>
        <comment>jobs.one-config-source</comment>
        <translation>indique exactamente uno: la clave de una configuración subida o una versión de configuración del catálogo</translation>
    </message>
    <message>
        <source>the device refused {what}</source>
        <comment>jobs.refused</comment>
        <translation>el dispositivo rechazó {what}</translation>
    </message>
    <message>
        <source>the device refused {what}: {reason}</source>
        <comment>jobs.refused-because</comment>
        <translation>el dispositivo rechazó {what}: {reason}</translation>
    </message>
    <message>
        <source>'{name}' is both a thing and a thing group</source>
        <comment>jobs.target-both</comment>
        <translation>'{name}' es a la vez un thing y un grupo de things</translation>
    </message>
    <message>
        <source>'{name}' is neither a thing nor a thing group ARN</source>
        <comment>jobs.target-not-arn</comment>
        <translation>'{name}' no es un ARN de thing ni de grupo de things</translation>
    </message>
    <message>
        <source>'{name}' is neither a thing nor a thing group</source>
        <comment>jobs.target-not-found</comment>
        <translation>'{name}' no es un thing ni un grupo de things</translation>
    </message>
    <message>
        <source>'{name}' is neither a thing nor a thing group this station may use (the profile's name prefixes and groups)</source>
        <comment>jobs.target-not-found-here</comment>
        <translation>'{name}' no es un thing ni un grupo de things que esta estación pueda usar (los prefijos de nombre y los grupos del perfil)</translation>
    </message>
    <message>
        <source>cannot tell the model of thing '{thing}'</source>
        <comment>jobs.thing-model-unknown</comment>
        <translation>no se puede saber el modelo del thing '{thing}'</translation>
    </message>
    <message>
        <source>the device did not finish {what} in time (the job's timeout ran out)</source>
        <comment>jobs.timed-out</comment>
        <translation>el dispositivo no terminó {what} a tiempo (se agotó el tiempo del trabajo)</translation>
    </message>
    <message>
        <source>unknown catalog kind '{kind}' (known: {known})</source>
        <comment>jobs.unknown-catalog-kind</comment>
        <translation>tipo de catálogo desconocido '{kind}' (conocidos: {known})</translation>
    </message>
    <message>
        <source>unknown release kind '{kind}' (known: {known})</source>
        <comment>jobs.unknown-release-kind</comment>
        <translation>tipo de publicación desconocido '{kind}' (conocidos: {known})</translation>
    </message>
    <message>
        <source>unknown job status '{status}' (known: {known})</source>
        <comment>jobs.unknown-status</comment>
        <translation>estado de trabajo desconocido '{status}' (conocidos: {known})</translation>
    </message>
    <message>
        <source>firmware {problem}</source>
        <comment>jobs.unordered-version</comment>
        <translation>firmware {problem}</translation>
    </message>
    <message>
        <source>letters, digits and . + _ -</source>
        <comment>jobs.version-chars</comment>
        <translation>letras, dígitos y . + _ -</translation>
    </message>
    <message>
        <source>{kind} {model} {version} is already in the catalog</source>
        <comment>jobs.version-exists</comment>
        <translation>{kind} {model} {version} ya está en el catálogo</translation>
    </message>
    <message>
        <source>the label of {serial} is already waiting to be printed</source>
        <comment>labels.already-queued</comment>
        <translation>la etiqueta de {serial} ya está esperando a imprimirse</translation>
    </message>
    <message>
        <source>printer address '{printer}' is not tcp://host[:port] or serial:&lt;port&gt;[?baud=N]</source>
        <comment>labels.bad-address</comment>
        <translation>la dirección de impresora '{printer}' no es tcp://host[:port] ni serial:&lt;port&gt;[?baud=N]</translation>
    </message>
    <message>
        <source>printer head open</source>
        <comment>labels.head-open</comment>
        <translation>cabezal de la impresora abierto</translation>
    </message>
    <message>
        <source>the printer does not answer its status (paper out, head open or ribbon out)</source>
        <comment>labels.no-status</comment>
        <translation>la impresora no responde a su estado (sin papel, cabezal abierto o sin cinta)</translation>
    </message>
    <message>
        <source>labels are not printed on this station (labels.enabled is off, or the station is not running)</source>
        <comment>labels.not-enabled</comment>
        <translation>en esta estación no se imprimen etiquetas (labels.enabled está desactivado o la estación no está en marcha)</translation>
    </message>
    <message>
        <source>printer {printer} is offline</source>
        <comment>labels.offline</comment>
        <translation>la impresora {printer} está desconectada</translation>
    </message>
    <message>
        <source>printer out of paper</source>
        <comment>labels.paper-out</comment>
        <translation>impresora sin papel</translation>
    </message>
    <message>
        <source>printer paused</source>
        <comment>labels.paused</comment>
        <translation>impresora en pausa</translation>
    </message>
    <message>
        <source>printing the label failed: {error}</source>
        <comment>labels.print-error</comment>
        <translation>falló la impresión de la etiqueta: {error}</translation>
    </message>
    <message>
        <source>printer out of ribbon</source>
        <comment>labels.ribbon-out</comment>
        <translation>impresora sin cinta</translation>
    </message>
    <message>
        <source>printer {printer} stopped answering while the label was sent</source>
        <comment>labels.send-failed</comment>
        <translation>la impresora {printer} dejó de responder mientras se enviaba la etiqueta</translation>
    </message>
    <message>
        <source>the label template cannot be filled: {problem}</source>
        <comment>labels.template-failed</comment>
        <translation>no se puede rellenar la plantilla de etiqueta: {problem}</translation>
    </message>
    <message>
        <source>could not run {command}: {problem}</source>
        <comment>localcloud.cannot-run</comment>
        <translation>no se pudo ejecutar {command}: {problem}</translation>
    </message>
    <message>
        <source>the local cloud exited early with code {code}; last log lines:
{tail}</source>
        <comment>localcloud.exited</comment>
        <translation>la nube local terminó antes de tiempo con el código {code}; últimas líneas del registro:
{tail}</translation>
    </message>
    <message>
        <source>could not fetch the device CA (HTTP {status}: {answer})</source>
        <comment>localcloud.no-ca</comment>
        <translation>no se pudo obtener la CA de dispositivos (HTTP {status}: {answer})</translation>
    </message>
    <message>
        <source>ministack is not installed in {python}</source>
        <comment>localcloud.not-installed</comment>
        <translation>ministack no está instalado en {python}</translation>
    </message>
    <message>
        <source>the local cloud is not running</source>
        <comment>localcloud.not-running</comment>
        <translation>la nube local no está en marcha</translation>
    </message>
    <message>
        <source>could not bind a loopback port twice in a row: {problem}</source>
        <comment>localcloud.ports-taken</comment>
        <translation>no se pudo reservar un puerto de loopback dos veces seguidas: {problem}</translation>
    </message>
    <message>
        <source>the local cloud did not become healthy in time; last health check: {last}</source>
        <comment>localcloud.unhealthy</comment>
        <translation>la nube local no quedó operativa a tiempo; última comprobación: {last}</translation>
    </message>
    <message>
        <source>{role} locked after {wait} without input</source>
        <comment>lockout.idle-relocked</comment>
        <translation>{role} bloqueado tras {wait} sin actividad</translation>
    </message>
    <message>
        <source>too many wrong PINs: try again in {wait}</source>
        <comment>lockout.try-again</comment>
        <translation>demasiados PIN incorrectos: vuelva a intentarlo en {wait}</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <comment>lockout.wait-minutes</comment>
        <translation>{minutes} min</translation>
    </message>
    <message>
        <source>{minutes} min {seconds} s</source>
        <comment>lockout.wait-minutes-seconds</comment>
        <translation>{minutes} min {seconds} s</translation>
    </message>
    <message>
        <source>{seconds} s</source>
        <comment>lockout.wait-seconds</comment>
        <translation>{seconds} s</translation>
    </message>
    <message>
        <source>wrong PIN</source>
        <comment>lockout.wrong-pin</comment>
        <translation>PIN incorrecto</translation>
    </message>
    <message>
        <source>wrong PIN: locked for {wait}</source>
        <comment>lockout.wrong-pin-locked</comment>
        <translation>PIN incorrecto: bloqueado durante {wait}</translation>
    </message>
    <message>
        <source>waiting for the board's first connect</source>
        <comment>note.factory-ca.first-connect</comment>
        <translation>esperando la primera conexión de la placa</translation>
    </message>
    <message>
        <source>answer to '{command}': {problem}</source>
        <comment>nrf91.bad-answer</comment>
        <translation>respuesta a '{command}': {problem}</translation>
    </message>
    <message>
        <source>the thing name {name} has characters the modem's CSR subject cannot carry</source>
        <comment>nrf91.bad-cn</comment>
        <translation>el nombre del thing {name} tiene caracteres que el sujeto del CSR del módem no admite</translation>
    </message>
    <message>
        <source>modem identity field '{field}' is not acceptable: {value}</source>
        <comment>nrf91.bad-identity</comment>
        <translation>el campo de identidad del módem '{field}' no es aceptable: {value}</translation>
    </message>
    <message>
        <source>modem identity field 'imei' is not a valid IMEI: {value}</source>
        <comment>nrf91.bad-imei</comment>
        <translation>el campo de identidad del módem 'imei' no es un IMEI válido: {value}</translation>
    </message>
    <message>
        <source>the modem is still active (online), and it refuses credential changes while active</source>
        <comment>nrf91.cme.active</comment>
        <translation>el módem sigue activo (en línea) y rechaza cambios de credenciales mientras está activo</translation>
    </message>
    <message>
        <source>the modem does not support that functional mode</source>
        <comment>nrf91.cme.cfun-unsupported</comment>
        <translation>el módem no admite ese modo funcional</translation>
    </message>
    <message>
        <source>a credential already exists at that security tag and type</source>
        <comment>nrf91.cme.cmng-exists</comment>
        <translation>ya existe una credencial con esa etiqueta de seguridad y ese tipo</translation>
    </message>
    <message>
        <source>the modem's credential memory is full</source>
        <comment>nrf91.cme.cmng-full</comment>
        <translation>la memoria de credenciales del módem está llena</translation>
    </message>
    <message>
        <source>the modem does not allow access to that security tag (reserved or protected)</source>
        <comment>nrf91.cme.cmng-no-access</comment>
        <translation>el módem no permite acceder a esa etiqueta de seguridad (reservada o protegida)</translation>
    </message>
    <message>
        <source>the modem has no credential at that security tag and type</source>
        <comment>nrf91.cme.cmng-not-found</comment>
        <translation>el módem no tiene ninguna credencial con esa etiqueta de seguridad y ese tipo</translation>
    </message>
    <message>
        <source>the modem rejected the credential command's parameters</source>
        <comment>nrf91.cme.cmng-parameters</comment>
        <translation>el módem rechazó los parámetros del comando de credenciales</translation>
    </message>
    <message>
        <source>the command is disabled in this modem firmware build</source>
        <comment>nrf91.cme.disabled</comment>
        <translation>el comando está desactivado en esta compilación del firmware del módem</translation>
    </message>
    <message>
        <source>the modem answered ERROR (it did not accept the command)</source>
        <comment>nrf91.cme.error</comment>
        <translation>el módem respondió ERROR (no aceptó el comando)</translation>
    </message>
    <message>
        <source>the modem failed to generate a key pair</source>
        <comment>nrf91.cme.keygen-failed</comment>
        <translation>el módem no pudo generar un par de claves</translation>
    </message>
    <message>
        <source>the modem's key memory is full</source>
        <comment>nrf91.cme.keygen-full</comment>
        <translation>la memoria de claves del módem está llena</translation>
    </message>
    <message>
        <source>the modem does not allow a key in that security tag (reserved or protected)</source>
        <comment>nrf91.cme.keygen-no-access</comment>
        <translation>el módem no permite una clave en esa etiqueta de seguridad (reservada o protegida)</translation>
    </message>
    <message>
        <source>the modem could not find what key generation needs in that security tag</source>
        <comment>nrf91.cme.keygen-not-found</comment>
        <translation>el módem no encontró en esa etiqueta de seguridad lo que necesita la generación de la clave</translation>
    </message>
    <message>
        <source>the modem rejected the key generation parameters (sec_tag or the CSR's subject)</source>
        <comment>nrf91.cme.keygen-parameters</comment>
        <translation>el módem rechazó los parámetros de generación de la clave (sec_tag o el sujeto del CSR)</translation>
    </message>
    <message>
        <source>the modem rejected the command's parameters</source>
        <comment>nrf91.cme.parameters</comment>
        <translation>el módem rechazó los parámetros del comando</translation>
    </message>
    <message>
        <source>the modem reports a power-off warning (supply voltage too low) and blocks writes to its memory</source>
        <comment>nrf91.cme.power-off-warning</comment>
        <translation>el módem avisa de apagado (tensión de alimentación demasiado baja) y bloquea la escritura en su memoria</translation>
    </message>
    <message>
        <source>the modem refused {command} with error code {code}</source>
        <comment>nrf91.cme.unknown</comment>
        <translation>el módem rechazó {command} con el código de error {code}</translation>
    </message>
    <message>
        <source>the modem firmware does not support this command</source>
        <comment>nrf91.cme.unsupported</comment>
        <translation>el firmware del módem no admite este comando</translation>
    </message>
    <message>
        <source>%KEYGEN: the CSR is not valid DER</source>
        <comment>nrf91.csr-not-der</comment>
        <translation>%KEYGEN: el CSR no es DER válido</translation>
    </message>
    <message>
        <source>the modem lists {object} with sha256 {listed}, expected {expected}</source>
        <comment>nrf91.listed-sha256</comment>
        <translation>el módem lista {object} con sha256 {listed}, se esperaba {expected}</translation>
    </message>
    <message>
        <source>no AT answer in AT host mode nor through a Zephyr shell's `at` command</source>
        <comment>nrf91.no-at</comment>
        <translation>sin respuesta AT en modo host AT ni mediante el comando `at` de un shell de Zephyr</translation>
    </message>
    <message>
        <source>an nRF91 does not take a private key from the station: its key must be made by the modem (%KEYGEN), so the cloud-keys fallback is refused</source>
        <comment>nrf91.no-key-import</comment>
        <translation>un nRF91 no acepta una clave privada de la estación: su clave la debe generar el módem (%KEYGEN), así que se rechaza la alternativa de claves de la nube</translation>
    </message>
    <message>
        <source>the profile names a setting for the {object}, but the modem speaks raw AT (no Zephyr shell to write settings with)</source>
        <comment>nrf91.no-shell</comment>
        <translation>el perfil indica un ajuste para {object}, pero el módem solo habla AT (sin shell de Zephyr para escribir ajustes)</translation>
    </message>
    <message>
        <source>the modem does not take data ('{command}')</source>
        <comment>nrf91.no-take</comment>
        <translation>el módem no acepta datos ('{command}')</translation>
    </message>
    <message>
        <source>the modem does not list the {object} it accepted in sec_tag {sec_tag}</source>
        <comment>nrf91.not-listed</comment>
        <translation>el módem no lista el {object} que aceptó en el sec_tag {sec_tag}</translation>
    </message>
    <message>
        <source>settings read {name}: expected one value line, got {count}</source>
        <comment>nrf91.setting-lines</comment>
        <translation>settings read {name}: se esperaba una línea de valor, llegaron {count}</translation>
    </message>
    <message>
        <source>setting {name} reads back {got}, wrote {wrote}</source>
        <comment>nrf91.setting-reads</comment>
        <translation>el ajuste {name} devuelve {got}, se escribió {wrote}</translation>
    </message>
    <message>
        <source>the shell command failed</source>
        <comment>nrf91.shell-failed</comment>
        <translation>el comando del shell falló</translation>
    </message>
    <message>
        <source>the board's shell does not know the command ({answer})</source>
        <comment>nrf91.shell-unknown</comment>
        <translation>el shell de la placa no conoce el comando ({answer})</translation>
    </message>
    <message>
        <source>no complete answer to '{command}' in time (modem silent or answer damaged)</source>
        <comment>nrf91.silent</comment>
        <translation>sin respuesta completa a '{command}' a tiempo (módem sin respuesta o respuesta dañada)</translation>
    </message>
    <message>
        <source>the modem stayed active (functional mode {mode}) after the station switched it offline (AT+CFUN=4); it refuses key generation and credential writes while active</source>
        <comment>nrf91.stayed-active</comment>
        <translation>el módem siguió activo (modo funcional {mode}) después de que la estación lo desconectara (AT+CFUN=4); mientras está activo rechaza generar claves y escribir credenciales</translation>
    </message>
    <message>
        <source>CA certificate</source>
        <comment>object.ca</comment>
        <translation>certificado de la CA</translation>
    </message>
    <message>
        <source>device certificate</source>
        <comment>object.cert</comment>
        <translation>certificado del dispositivo</translation>
    </message>
    <message>
        <source>claim certificate</source>
        <comment>object.claim-cert</comment>
        <translation>certificado de reclamación</translation>
    </message>
    <message>
        <source>claim key</source>
        <comment>object.claim-key</comment>
        <translation>clave de reclamación</translation>
    </message>
    <message>
        <source>key and CSR</source>
        <comment>object.csr</comment>
        <translation>clave y CSR</translation>
    </message>
    <message>
        <source>cloud address</source>
        <comment>object.endpoint</comment>
        <translation>dirección de la nube</translation>
    </message>
    <message>
        <source>registration template</source>
        <comment>object.fleet</comment>
        <translation>plantilla de registro</translation>
    </message>
    <message>
        <source>private key</source>
        <comment>object.key</comment>
        <translation>clave privada</translation>
    </message>
    <message>
        <source>thing name</source>
        <comment>object.thing</comment>
        <translation>nombre del thing</translation>
    </message>
    <message>
        <source>serial {serial} is already provisioned (thing {thing}, certificate {certificate}) and the rework policy is 'refuse'</source>
        <comment>pipeline.already-provisioned</comment>
        <translation>el número de serie {serial} ya está aprovisionado (thing {thing}, certificado {certificate}) y la política de retrabajo es 'refuse'</translation>
    </message>
    <message>
        <source>the board's {field} {value} {problem}</source>
        <comment>pipeline.bad-identity</comment>
        <translation>{field} de la placa {value}: {problem}</translation>
    </message>
    <message>
        <source>thing {thing} changed {attempts} times while this station tried to claim it</source>
        <comment>pipeline.claim-changing</comment>
        <translation>el thing {thing} cambió {attempts} veces mientras esta estación intentaba reclamarlo</translation>
    </message>
    <message>
        <source>thing {thing} was deleted while this station was claiming it</source>
        <comment>pipeline.claim-deleted</comment>
        <translation>el thing {thing} se eliminó mientras esta estación lo reclamaba</translation>
    </message>
    <message>
        <source>the board refused to generate a key and CSR ({code}: {answer}) and the profile allows only on-board keys</source>
        <comment>pipeline.csr-refused</comment>
        <translation>la placa se negó a generar una clave y un CSR ({code}: {answer}) y el perfil solo admite claves generadas en la placa</translation>
    </message>
    <message>
        <source>thing {thing} already has an active certificate ({ids}) for a different key: another board with the same serial, or a reworked board</source>
        <comment>pipeline.foreign-certificate</comment>
        <translation>el thing {thing} ya tiene un certificado activo ({ids}) para otra clave: otra placa con el mismo número de serie, o una placa retrabajada</translation>
    </message>
    <message>
        <source>internal error: {kind}: {error}</source>
        <comment>pipeline.internal-error</comment>
        <translation>error interno: {kind}: {error}</translation>
    </message>
    <message>
        <source>the board's public key does not match its certificate</source>
        <comment>pipeline.key-mismatch</comment>
        <translation>la clave pública de la placa no coincide con su certificado</translation>
    </message>
    <message>
        <source>thing {thing} already has an active certificate ({ids}); this board cannot report the key it holds, so the station cannot tell it is the same board, and the rework policy is '{policy}'</source>
        <comment>pipeline.keyless-certificate</comment>
        <translation>el thing {thing} ya tiene un certificado activo ({ids}); esta placa no puede informar la clave que tiene, así que la estación no puede saber si es la misma placa, y la política de retrabajo es '{policy}'</translation>
    </message>
    <message>
        <source>the {driver} driver's boards make their private key themselves and cannot take one from the station, but the profile asks for cloud-generated keys (certificates.mode = "cloud-keys")</source>
        <comment>pipeline.keys-on-board</comment>
        <translation>las placas del controlador {driver} generan su propia clave privada y no pueden recibir una de la estación, pero el perfil pide claves generadas en la nube (certificates.mode = "cloud-keys")</translation>
    </message>
    <message>
        <source>the board cannot generate its own key (no 'csr' capability) and the profile allows only on-board keys</source>
        <comment>pipeline.no-csr</comment>
        <translation>la placa no puede generar su propia clave (sin capacidad 'csr') y el perfil solo admite claves generadas en la placa</translation>
    </message>
    <message>
        <source>no thing group rule matches model {model}, hardware {hw}</source>
        <comment>pipeline.no-group</comment>
        <translation>ninguna regla de grupo de things coincide con el modelo {model}, hardware {hw}</translation>
    </message>
    <message>
        <source>the board can neither generate a key nor accept one</source>
        <comment>pipeline.no-key-at-all</comment>
        <translation>la placa no puede generar una clave ni aceptarla</translation>
    </message>
    <message>
        <source>the certificate's public key is not the key the board made in this attempt</source>
        <comment>pipeline.not-csr-key</comment>
        <translation>la clave pública del certificado no es la que generó la placa en este intento</translation>
    </message>
    <message>
        <source>station {station} started provisioning this serial {age} s ago: the same board (or two boards with one serial) is on two stations</source>
        <comment>pipeline.other-station</comment>
        <translation>la estación {station} empezó a aprovisionar este número de serie hace {age} s: la misma placa (o dos placas con un mismo número de serie) está en dos estaciones</translation>
    </message>
    <message>
        <source>read-back of '{object}' does not match what was written</source>
        <comment>pipeline.readback-mismatch</comment>
        <translation>la lectura de '{object}' no coincide con lo escrito</translation>
    </message>
    <message>
        <source>serial {serial} is already being provisioned on {holder}: two boards report the same serial number</source>
        <comment>pipeline.serial-twice</comment>
        <translation>el número de serie {serial} ya se está aprovisionando en {holder}: dos placas informan el mismo número de serie</translation>
    </message>
    <message>
        <source>the board stored '{object}' with a different hash</source>
        <comment>pipeline.stored-other-hash</comment>
        <translation>la placa guardó '{object}' con otro hash</translation>
    </message>
    <message>
        <source>model '{model}' (serial {serial}) is not in the station profile</source>
        <comment>pipeline.unknown-model</comment>
        <translation>el modelo '{model}' (número de serie {serial}) no está en el perfil de la estación</translation>
    </message>
    <message>
        <source>profile key '{key}': {problem}</source>
        <comment>profile.key</comment>
        <translation>clave del perfil '{key}': {problem}</translation>
    </message>
    <message>
        <source>profile key '{key}' in {path}: {problem}</source>
        <comment>profile.key-in</comment>
        <translation>clave del perfil '{key}' en {path}: {problem}</translation>
    </message>
    <message>
        <source>now: {object}</source>
        <comment>progress.now</comment>
        <translation>ahora: {object}</translation>
    </message>
    <message>
        <source>no configuration is released to {groups}</source>
        <comment>qa.no-config</comment>
        <translation>no hay ninguna configuración publicada para {groups}</translation>
    </message>
    <message>
        <source>no configuration is released to the unit (it is in no group)</source>
        <comment>qa.no-config-ungrouped</comment>
        <translation>no hay ninguna configuración publicada para la unidad (no está en ningún grupo)</translation>
    </message>
    <message>
        <source>no thing named '{query}' and no thing with serial {query} in this cloud</source>
        <comment>qa.not-found</comment>
        <translation>en esta nube no hay ningún thing llamado '{query}' ni ninguno con el número de serie {query}</translation>
    </message>
    <message>
        <source>nothing to look up</source>
        <comment>qa.nothing-to-look-up</comment>
        <translation>nada que buscar</translation>
    </message>
    <message>
        <source>serial {serial} belongs to several things: {things}</source>
        <comment>qa.several-things</comment>
        <translation>el número de serie {serial} pertenece a varios things: {things}</translation>
    </message>
    <message>
        <source>{operation} on {where} failed: {code}: {answer}</source>
        <comment>records.anchor-failed</comment>
        <translation>{operation} en {where} falló: {code}: {answer}</translation>
    </message>
    <message>
        <source>no records database at {path}</source>
        <comment>records.no-database</comment>
        <translation>no hay base de datos de registros en {path}</translation>
    </message>
    <message>
        <source>{path} is not a usable records database: {error}</source>
        <comment>records.not-usable</comment>
        <translation>{path} no es una base de datos de registros utilizable: {error}</translation>
    </message>
    <message>
        <source>the records database could not be switched to WAL (journal mode is {mode})</source>
        <comment>records.not-wal</comment>
        <translation>no se pudo pasar la base de datos de registros a WAL (el modo de diario es {mode})</translation>
    </message>
    <message>
        <source>records database {path} has schema version {found}, newer than this station knows (up to {known}): it was written by a newer station version</source>
        <comment>records.too-new</comment>
        <translation>la base de datos de registros {path} tiene la versión de esquema {found}, más nueva de lo que conoce esta estación (hasta {known}): la escribió una versión más nueva de la estación</translation>
    </message>
    <message>
        <source>Allow {action} there: attach the station IAM policy rendered for this profile (resources/station-iam-policy.json) to the station's user or role.</source>
        <comment>remedy.allow-action</comment>
        <translation>Permita {action} ahí: asocie la política IAM de la estación generada para este perfil (resources/station-iam-policy.json) al usuario o rol de la estación.</translation>
    </message>
    <message>
        <source>Allow iot:DescribeEndpoint to the station (station IAM policy).</source>
        <comment>remedy.allow-describe-endpoint</comment>
        <translation>Permita iot:DescribeEndpoint a la estación (política IAM de la estación).</translation>
    </message>
    <message>
        <source>Check the records bucket and the station's IAM policy (station cloud policy).</source>
        <comment>remedy.anchor</comment>
        <translation>Compruebe el bucket de registros en la nube y la política IAM de la estación (station cloud policy).</translation>
    </message>
    <message>
        <source>Attach the station IAM policy for this profile (resources/station-iam-policy.json) to the station's user or role.</source>
        <comment>remedy.attach-iam-policy</comment>
        <translation>Asocie la política IAM de la estación para este perfil (resources/station-iam-policy.json) al usuario o rol de la estación.</translation>
    </message>
    <message>
        <source>Check the value AWS names (board identity, profile naming or batch); if it came from the board, set the board aside for the line engineer.</source>
        <comment>remedy.aws-invalid</comment>
        <translation>Compruebe el valor que indica AWS (identidad de la placa, nomenclatura del perfil o lote); si viene de la placa, apártela para el ingeniero de línea.</translation>
    </message>
    <message>
        <source>The line engineer raises the limit in AWS Service Quotas or frees resources; then retry the unit.</source>
        <comment>remedy.aws-limit</comment>
        <translation>El ingeniero de línea sube el límite en AWS Service Quotas o libera recursos; luego reintente la unidad.</translation>
    </message>
    <message>
        <source>Retry the unit; if AWS refuses it again, set the board aside and give the line engineer this message and the log file.</source>
        <comment>remedy.aws-refused</comment>
        <translation>Reintente la unidad; si AWS vuelve a rechazarla, aparte la placa y entregue al ingeniero de línea este mensaje y el archivo de registro.</translation>
    </message>
    <message>
        <source>Reseat the board's USB cable and retry; if it persists, try another port or cable.</source>
        <comment>remedy.board-link</comment>
        <translation>Vuelva a conectar el cable USB de la placa y reintente; si persiste, pruebe otro puerto u otro cable.</translation>
    </message>
    <message>
        <source>Check that the board is powered and running its factory firmware, then retry.</source>
        <comment>remedy.board-timeout</comment>
        <translation>Compruebe que la placa tiene alimentación y ejecuta su firmware de fábrica, y reintente.</translation>
    </message>
    <message>
        <source>The line engineer runs 'station cloud bootstrap --profile &lt;the station profile&gt;' (it creates the thing types, groups and the device policy the profile names), checks with 'station cloud check', then retries the unit.</source>
        <comment>remedy.bootstrap</comment>
        <translation>El ingeniero de línea ejecuta 'station cloud bootstrap --profile &lt;the station profile&gt;' (crea los tipos de thing, los grupos y la política de dispositivo que indica el perfil), comprueba con 'station cloud check' y reintenta la unidad.</translation>
    </message>
    <message>
        <source>Choose a unique name in the profile ([catalog] bucket), e.g. with your account id in it, and run bootstrap again.</source>
        <comment>remedy.bucket-taken</comment>
        <translation>Elija un nombre único en el perfil ([catalog] bucket), p. ej. con el id de su cuenta, y vuelva a ejecutar bootstrap.</translation>
    </message>
    <message>
        <source>Check the line CA token and the [certificates.factory_ca] keys of the profile (see docs/factory-ca.md), then retry the unit.</source>
        <comment>remedy.ca</comment>
        <translation>Compruebe el token de la CA de línea y las claves [certificates.factory_ca] del perfil (vea docs/factory-ca.md) y reintente la unidad.</translation>
    </message>
    <message>
        <source>Set certificates.factory_ca.ca_certificate to the line CA's certificate (PEM), the one made with the token's key (docs/factory-ca.md).</source>
        <comment>remedy.ca-cert</comment>
        <translation>Ponga en certificates.factory_ca.ca_certificate el certificado de la CA de línea (PEM), el creado con la clave del token (docs/factory-ca.md).</translation>
    </message>
    <message>
        <source>Write the new certificate to another file; a registered CA certificate is replaced only by CA rotation (docs/aws.md).</source>
        <comment>remedy.ca-cert-exists</comment>
        <translation>Escriba el certificado nuevo en otro archivo; un certificado de CA registrado solo se sustituye mediante la rotación de CA (docs/aws.md).</translation>
    </message>
    <message>
        <source>Rotate the line CA (docs/aws.md, CA rotation) and point certificates.factory_ca.ca_certificate at the new CA's certificate.</source>
        <comment>remedy.ca-cert-expired</comment>
        <translation>Rote la CA de línea (docs/aws.md, rotación de CA) y haga que certificates.factory_ca.ca_certificate apunte al certificado de la CA nueva.</translation>
    </message>
    <message>
        <source>Run bootstrap again: it asks AWS for this account's registration code and signs a fresh verification certificate with the CA's key.</source>
        <comment>remedy.ca-code-refused</comment>
        <translation>Vuelva a ejecutar bootstrap: pide a AWS el código de registro de esta cuenta y firma un certificado de verificación nuevo con la clave de la CA.</translation>
    </message>
    <message>
        <source>Generate a new CA key inside the token with CKA_EXTRACTABLE false and CKA_SENSITIVE true, and rotate the line CA to it (docs/factory-ca.md).</source>
        <comment>remedy.ca-key-exportable</comment>
        <translation>Genere una clave de CA nueva dentro del token con CKA_EXTRACTABLE false y CKA_SENSITIVE true, y rote la CA de línea a ella (docs/factory-ca.md).</translation>
    </message>
    <message>
        <source>Point certificates.factory_ca.ca_certificate and key_label at the same line CA: the certificate made with this token's key.</source>
        <comment>remedy.ca-key-mismatch</comment>
        <translation>Haga que certificates.factory_ca.ca_certificate y key_label apunten a la misma CA de línea: el certificado creado con la clave de este token.</translation>
    </message>
    <message>
        <source>Set certificates.factory_ca.key_label to the CA key's label (CKA_LABEL), or generate the CA key in this token (docs/factory-ca.md).</source>
        <comment>remedy.ca-key-missing</comment>
        <translation>Ponga en certificates.factory_ca.key_label la etiqueta de la clave de la CA (CKA_LABEL), o genere la clave de la CA en este token (docs/factory-ca.md).</translation>
    </message>
    <message>
        <source>Close the other line CA first: one station process uses one SoftHSM2 configuration at a time.</source>
        <comment>remedy.ca-module-busy</comment>
        <translation>Cierre primero la otra CA de línea: un proceso de la estación usa una sola configuración de SoftHSM2 a la vez.</translation>
    </message>
    <message>
        <source>Install the token's PKCS#11 module (its vendor's driver, or the softhsm2 package) and set certificates.factory_ca.pkcs11_library to its path.</source>
        <comment>remedy.ca-module-missing</comment>
        <translation>Instale el módulo PKCS#11 del token (el controlador de su fabricante, o el paquete softhsm2) y ponga su ruta en certificates.factory_ca.pkcs11_library.</translation>
    </message>
    <message>
        <source>Set [certificates.factory_ca] ca_certificate in the profile to the line CA's PEM file (relative to the profile's folder).</source>
        <comment>remedy.ca-no-file</comment>
        <translation>Ponga en [certificates.factory_ca] ca_certificate del perfil el archivo PEM de la CA de línea (relativo a la carpeta del perfil).</translation>
    </message>
    <message>
        <source>Set certificates.factory_ca.pkcs11_library to the line CA token's PKCS#11 module, or install SoftHSM2 for a demo token.</source>
        <comment>remedy.ca-no-module</comment>
        <translation>Ponga en certificates.factory_ca.pkcs11_library el módulo PKCS#11 del token de la CA de línea, o instale SoftHSM2 para un token de demostración.</translation>
    </message>
    <message>
        <source>Install SoftHSM2 (Debian/Ubuntu: apt install softhsm2; python3 run.py does it for the demo and tests).</source>
        <comment>remedy.ca-no-softhsm</comment>
        <translation>Instale SoftHSM2 (Debian/Ubuntu: apt install softhsm2; python3 run.py lo hace para la demostración y las pruebas).</translation>
    </message>
    <message>
        <source>Run 'station cloud bootstrap' with the factory-ca profile as the line engineer: it registers the CA.</source>
        <comment>remedy.ca-not-registered</comment>
        <translation>Ejecute 'station cloud bootstrap' con el perfil factory-ca como ingeniero de línea: registra la CA.</translation>
    </message>
    <message>
        <source>Re-key those units with the new CA first (station rework), or pass --force if they are retired.</source>
        <comment>remedy.ca-old-still-used</comment>
        <translation>Primero dé a esas unidades clave y certificado nuevos de la CA nueva (station rework, en la estación), o pase --force si están retiradas.</translation>
    </message>
    <message>
        <source>The token's security officer must unlock it (or the line CA must be rotated to a new token); see docs/factory-ca.md.</source>
        <comment>remedy.ca-pin-locked</comment>
        <translation>El responsable de seguridad (SO) del token debe desbloquearlo (o hay que rotar la CA de línea a un token nuevo); vea docs/factory-ca.md.</translation>
    </message>
    <message>
        <source>Start the station with the token's PIN in the environment variable named by certificates.factory_ca.pin_env (never in the profile or a file).</source>
        <comment>remedy.ca-pin-unset</comment>
        <translation>Arranque la estación con el PIN del token en la variable de entorno que indica certificates.factory_ca.pin_env (nunca en el perfil ni en un archivo).</translation>
    </message>
    <message>
        <source>Set the right PIN in that variable before retrying: tokens lock themselves after a few wrong PINs.</source>
        <comment>remedy.ca-pin-wrong</comment>
        <translation>Ponga el PIN correcto en esa variable antes de reintentar: los tokens se bloquean tras unos pocos PIN incorrectos.</translation>
    </message>
    <message>
        <source>Make the CA certificate with the token vendor's tool, or store the key pair's public half in the token under the same label.</source>
        <comment>remedy.ca-public-key-missing</comment>
        <translation>Cree el certificado de CA con la herramienta del fabricante del token, o guarde la mitad pública del par de claves en el token con la misma etiqueta.</translation>
    </message>
    <message>
        <source>Check the profile's [certificates.factory_ca] ca_certificate: it must be the CA certificate whose key is in the token (v3, CA:true, not expired).</source>
        <comment>remedy.ca-refused</comment>
        <translation>Compruebe [certificates.factory_ca] ca_certificate del perfil: debe ser el certificado de CA cuya clave está en el token (v3, CA:true, no caducado).</translation>
    </message>
    <message>
        <source>Give --new-ca the new CA's certificate (its key in a new token).</source>
        <comment>remedy.ca-same</comment>
        <translation>Dé a --new-ca el certificado de la CA nueva (con su clave en un token nuevo).</translation>
    </message>
    <message>
        <source>Check that the line CA token is plugged in, then retry the unit; if it keeps failing, restart the station.</source>
        <comment>remedy.ca-sign-failed</comment>
        <translation>Compruebe que el token de la CA de línea está conectado y reintente la unidad; si sigue fallando, reinicie la estación.</translation>
    </message>
    <message>
        <source>Check the board's identity (serial, model, hardware revision) and the profile's naming and [[groups]]; set the board aside if its identity is corrupt.</source>
        <comment>remedy.ca-subject</comment>
        <translation>Compruebe la identidad de la placa (número de serie, modelo, revisión de hardware) y la nomenclatura y los [[groups]] del perfil; aparte la placa si su identidad está dañada.</translation>
    </message>
    <message>
        <source>Use fewer models in the factory-ca profile (each adds a thing type mapping), or choose registration = "jitr".</source>
        <comment>remedy.ca-template-too-big</comment>
        <translation>Use menos modelos en el perfil factory-ca (cada uno añade una correspondencia de tipo de thing), o elija registration = "jitr".</translation>
    </message>
    <message>
        <source>Use that token (its PIN is the one it was made with), or make the new token in an empty folder.</source>
        <comment>remedy.ca-token-exists</comment>
        <translation>Use ese token (su PIN es el que se puso al crearlo), o cree el token nuevo en una carpeta vacía.</translation>
    </message>
    <message>
        <source>Plug in the line CA token, or set certificates.factory_ca.token_label to its label.</source>
        <comment>remedy.ca-token-missing</comment>
        <translation>Conecte el token de la CA de línea, o ponga su etiqueta en certificates.factory_ca.token_label.</translation>
    </message>
    <message>
        <source>Unplug the tokens that are not the line CA, or give the line CA token a label of its own.</source>
        <comment>remedy.ca-token-twice</comment>
        <translation>Desconecte los tokens que no son la CA de línea, o dé al token de la CA de línea una etiqueta propia.</translation>
    </message>
    <message>
        <source>Set certificates.factory_ca.validity_days to a positive number of days.</source>
        <comment>remedy.ca-validity</comment>
        <translation>Ponga en certificates.factory_ca.validity_days un número positivo de días.</translation>
    </message>
    <message>
        <source>Check [{section}] bucket/prefix in the profile and the station IAM policy (s3:ListBucket with the prefix).</source>
        <comment>remedy.check-bucket</comment>
        <translation>Compruebe [{section}] bucket/prefix en el perfil y la política IAM de la estación (s3:ListBucket con el prefijo).</translation>
    </message>
    <message>
        <source>Boards verify the endpoint with the device CA: check [cloud] ca_file, and that no proxy intercepts TLS to the endpoint.</source>
        <comment>remedy.check-ca-file</comment>
        <translation>Las placas verifican el endpoint con la CA de dispositivos: compruebe [cloud] ca_file y que ningún proxy intercepte el TLS hacia el endpoint.</translation>
    </message>
    <message>
        <source>Check the station PC's date, time and time zone. {renew}</source>
        <comment>remedy.check-clock</comment>
        <translation>Compruebe la fecha, la hora y la zona horaria del PC de la estación. {renew}</translation>
    </message>
    <message>
        <source>Check the network, proxy and firewall.</source>
        <comment>remedy.check-network</comment>
        <translation>Compruebe la red, el proxy y el cortafuegos.</translation>
    </message>
    <message>
        <source>Check the PC's network, proxy (HTTPS_PROXY) and firewall: the station needs HTTPS to sts, iot, s3 and iam in {region}; then check again.</source>
        <comment>remedy.check-network-aws</comment>
        <translation>Compruebe la red, el proxy (HTTPS_PROXY) y el cortafuegos del PC: la estación necesita HTTPS hacia sts, iot, s3 e iam en {region}; luego compruebe de nuevo.</translation>
    </message>
    <message>
        <source>Check the region and the network.</source>
        <comment>remedy.check-region-network</comment>
        <translation>Compruebe la región y la red.</translation>
    </message>
    <message>
        <source>Check the station's network and AWS settings (region, endpoint), then retry the unit.</source>
        <comment>remedy.client-failed</comment>
        <translation>Compruebe la red y la configuración de AWS de la estación (región, endpoint) y reintente la unidad.</translation>
    </message>
    <message>
        <source>Check the station's network and AWS credentials, then retry the unit.</source>
        <comment>remedy.cloud</comment>
        <translation>Compruebe la red y las credenciales de AWS de la estación, y reintente la unidad.</translation>
    </message>
    <message>
        <source>Retry the unit; the line engineer runs 'station reconcile' to retire any certificate AWS issued without the station knowing.</source>
        <comment>remedy.cloud-answer-lost</comment>
        <translation>Reintente la unidad; el ingeniero de línea ejecuta 'station reconcile' para retirar cualquier certificado que AWS emitió sin que la estación lo supiera.</translation>
    </message>
    <message>
        <source>Check the station's network; if AWS is throttling, lower station.parallel or ask for a higher account limit, then retry.</source>
        <comment>remedy.cloud-not-accepted</comment>
        <translation>Compruebe la red de la estación; si AWS está limitando, baje station.parallel o pida un límite de cuenta mayor, y reintente.</translation>
    </message>
    <message>
        <source>Renew the station's AWS login (aws sso login, or set AWS_PROFILE / run aws configure), then retry the unit.</source>
        <comment>remedy.credentials</comment>
        <translation>Renueve el inicio de sesión de AWS de la estación (aws sso login, o defina AWS_PROFILE / ejecute aws configure), y reintente la unidad.</translation>
    </message>
    <message>
        <source>Retry the unit; if the board keeps sending a bad CSR, its factory firmware is faulty.</source>
        <comment>remedy.csr</comment>
        <translation>Reintente la unidad; si la placa sigue enviando un CSR incorrecto, su firmware de fábrica es defectuoso.</translation>
    </message>
    <message>
        <source>Set the board aside: its factory firmware signs CSRs with a broken hash; the firmware must sign with SHA-256 (or SHA-384/SHA-512).</source>
        <comment>remedy.csr-weak-hash</comment>
        <translation>Aparte la placa: su firmware de fábrica firma los CSR con un hash inseguro; el firmware debe firmar con SHA-256 (o SHA-384/SHA-512).</translation>
    </message>
    <message>
        <source>Retry the unit; if it fails again, set it aside and call the line engineer.</source>
        <comment>remedy.default</comment>
        <translation>Reintente la unidad; si vuelve a fallar, apártela y llame al ingeniero de línea.</translation>
    </message>
    <message>
        <source>Ask for between 1 and {max} boards.</source>
        <comment>remedy.demo-boards</comment>
        <translation>Pida entre 1 y {max} placas.</translation>
    </message>
    <message>
        <source>Boards 1 to {reference} are reference boards, the last {modems} nRF91 modems; give each the faults of its kind (docs/virtual-boards.md).</source>
        <comment>remedy.demo-fault-kind</comment>
        <translation>Las placas 1 a {reference} son placas de referencia y las últimas {modems}, módems nRF91; dé a cada una los fallos de su tipo (docs/virtual-boards.md).</translation>
    </message>
    <message>
        <source>Ask for between 0 and {boards} nRF91 modems (they count among --boards).</source>
        <comment>remedy.demo-modems</comment>
        <translation>Pida entre 0 y {boards} módems nRF91 (cuentan dentro de --boards).</translation>
    </message>
    <message>
        <source>Number the boards from 1 to {boards}.</source>
        <comment>remedy.demo-number</comment>
        <translation>Numere las placas de 1 a {boards}.</translation>
    </message>
    <message>
        <source>{bootstrap} It enables them account-wide; AWS bills each event as a published message.</source>
        <comment>remedy.enable-events</comment>
        <translation>{bootstrap} Los activa para toda la cuenta; AWS factura cada evento como un mensaje publicado.</translation>
    </message>
    <message>
        <source>Boards that use MQTT on 443 need ALPN x-amzn-mqtt-ca passed untouched: ask the network team to exempt the IoT endpoint from TLS inspection, or open port 8883.</source>
        <comment>remedy.exempt-endpoint</comment>
        <translation>Las placas que usan MQTT en el 443 necesitan que ALPN x-amzn-mqtt-ca pase intacto: pida al equipo de red que excluya el endpoint de IoT de la inspección TLS, o abra el puerto 8883.</translation>
    </message>
    <message>
        <source>Set the board aside for QA; rework gives it a new key and certificate.</source>
        <comment>remedy.factory-ca.certificate-retired</comment>
        <translation>Aparte la placa para QA; el retrabajo le da una clave y un certificado nuevos.</translation>
    </message>
    <message>
        <source>Set the board aside for QA: check its serial label. A reworked board needs rework.policy = 'reprovision'. Nothing was signed or written.</source>
        <comment>remedy.factory-ca.duplicate</comment>
        <translation>Aparte la placa para QA: compruebe su etiqueta de número de serie. Una placa retrabajada requiere rework.policy = 'reprovision'. No se firmó ni se escribió nada.</translation>
    </message>
    <message>
        <source>Set the board aside for QA: two boards may share this serial, or it was provisioned before. A reworked board needs rework.policy = 'reprovision'. Nothing was signed or written.</source>
        <comment>remedy.factory-ca.duplicate-recorded</comment>
        <translation>Aparte la placa para QA: puede que dos placas compartan este número de serie, o ya se aprovisionó antes. Una placa retrabajada requiere rework.policy = 'reprovision'. No se firmó ni se escribió nada.</translation>
    </message>
    <message>
        <source>Set the board aside, or flash the factory firmware that makes its key; nothing was signed or written.</source>
        <comment>remedy.factory-ca.no-csr</comment>
        <translation>Aparte la placa, o grabe el firmware de fábrica que genera su clave; no se firmó ni se escribió nada.</translation>
    </message>
    <message>
        <source>The line engineer sets cloud.mqtt_endpoint in the profile (station cloud check shows it), or restarts the station once AWS answers.</source>
        <comment>remedy.factory-ca.no-endpoint</comment>
        <translation>El ingeniero de línea pone cloud.mqtt_endpoint en el perfil (lo muestra la comprobación de la nube, station cloud check), o reinicia la estación cuando AWS responda.</translation>
    </message>
    <message>
        <source>Set the board aside; its factory firmware must report its hardware revision. Nothing was signed.</source>
        <comment>remedy.factory-ca.no-hw-revision</comment>
        <translation>Aparte la placa; su firmware de fábrica debe informar de su revisión de hardware. No se firmó nada.</translation>
    </message>
    <message>
        <source>The line engineer starts the station with the line CA's token plugged in and its PIN in the environment variable the profile names (certificates.factory_ca.pin_env).</source>
        <comment>remedy.factory-ca.no-line-ca</comment>
        <translation>El ingeniero de línea arranca la estación con el token de la CA de línea conectado y su PIN en la variable de entorno que indica el perfil (certificates.factory_ca.pin_env).</translation>
    </message>
    <message>
        <source>Fix [cloud] region in the station profile (e.g. eu-west-1).</source>
        <comment>remedy.fix-region</comment>
        <translation>Corrija [cloud] region en el perfil de la estación (p. ej. eu-west-1).</translation>
    </message>
    <message>
        <source>The line engineer runs 'station cloud bootstrap' with this fleet-claim profile (it creates the template), then retries the unit.</source>
        <comment>remedy.fleet-claim-no-template</comment>
        <translation>El ingeniero de línea ejecuta 'station cloud bootstrap' con este perfil fleet-claim (crea la plantilla) y reintenta la unidad.</translation>
    </message>
    <message>
        <source>Check the station computer's clock (it must follow network time), then retry the unit.</source>
        <comment>remedy.fleet-claim-short-lived</comment>
        <translation>Compruebe el reloj del ordenador de la estación (debe seguir la hora de red) y reintente la unidad.</translation>
    </message>
    <message>
        <source>Restart the station; if it repeats, report it to the station's developers with the log file.</source>
        <comment>remedy.fleet-claim.no-claims</comment>
        <translation>Reinicie la estación; si se repite, comuníquelo a los desarrolladores de la estación con el archivo de registro.</translation>
    </message>
    <message>
        <source>The line engineer sets cloud.mqtt_endpoint in the profile, or restarts the station once AWS answers.</source>
        <comment>remedy.fleet-claim.no-endpoint</comment>
        <translation>El ingeniero de línea pone cloud.mqtt_endpoint en el perfil, o reinicia la estación cuando AWS responda.</translation>
    </message>
    <message>
        <source>Retry the unit; if it repeats, set the board aside for the line engineer.</source>
        <comment>remedy.fleet-claim.not-registered</comment>
        <translation>Reintente la unidad; si se repite, aparte la placa para el ingeniero de línea.</translation>
    </message>
    <message>
        <source>The line engineer uses certificates.mode = "csr" or "factory-ca" for this line; the board is fine. Nothing was written to it.</source>
        <comment>remedy.fleet-claim.not-supported</comment>
        <translation>El ingeniero de línea usa certificates.mode = "csr" o "factory-ca" para esta línea; la placa está bien. No se escribió nada en ella.</translation>
    </message>
    <message>
        <source>Set the board aside for the line engineer: its firmware does not register with the parameters the station wrote.</source>
        <comment>remedy.fleet-claim.other-thing</comment>
        <translation>Aparte la placa para el ingeniero de línea: su firmware no se registra con los parámetros que escribió la estación.</translation>
    </message>
    <message>
        <source>Check the board's network connection to AWS IoT, then retry the unit; the station writes a fresh claim.</source>
        <comment>remedy.fleet-claim.register-timeout</comment>
        <translation>Compruebe la conexión de red de la placa con AWS IoT y reintente la unidad; la estación escribe una reclamación nueva.</translation>
    </message>
    <message>
        <source>The line engineer adds a [[groups]] rule that matches this model to the profile (a rule with only a name matches every unit), runs 'station cloud bootstrap', then retries the unit.</source>
        <comment>remedy.fleet-no-group</comment>
        <translation>El ingeniero de línea añade al perfil una regla [[groups]] que coincida con este modelo (una regla con solo un nombre coincide con todas las unidades), ejecuta 'station cloud bootstrap' y reintenta la unidad.</translation>
    </message>
    <message>
        <source>Retry the unit; if AWS keeps failing, check the AWS Health Dashboard for AWS IoT in this region.</source>
        <comment>remedy.fleet-refused-aws</comment>
        <translation>Reintente la unidad; si AWS sigue fallando, consulte el AWS Health Dashboard para AWS IoT en esta región.</translation>
    </message>
    <message>
        <source>Retry the unit: the station writes a fresh claim. If it is refused again, check the station computer's clock and the board's, and have the line engineer run 'station cloud bootstrap' (the claim policy).</source>
        <comment>remedy.fleet-refused-claim</comment>
        <translation>Reintente la unidad: la estación escribe una reclamación nueva. Si se rechaza de nuevo, compruebe el reloj del ordenador de la estación y el de la placa, y pida al ingeniero de línea que ejecute 'station cloud bootstrap' (la política de reclamación).</translation>
    </message>
    <message>
        <source>Retry the unit once; if AWS refuses its CSR again, set the board aside for the line engineer (its firmware's key generation).</source>
        <comment>remedy.fleet-refused-csr</comment>
        <translation>Reintente la unidad una vez; si AWS vuelve a rechazar su CSR, aparte la placa para el ingeniero de línea (la generación de claves de su firmware).</translation>
    </message>
    <message>
        <source>The board is fine. The line engineer runs 'station cloud bootstrap' with this profile (it creates and enables the template), then retries the unit.</source>
        <comment>remedy.fleet-refused-no-template</comment>
        <translation>La placa está bien. El ingeniero de línea ejecuta 'station cloud bootstrap' con este perfil (crea y habilita la plantilla) y reintenta la unidad.</translation>
    </message>
    <message>
        <source>The board is fine. The line engineer runs 'station cloud bootstrap' with this profile (it updates the template, thing types and groups), then retries the unit.</source>
        <comment>remedy.fleet-refused-parameters</comment>
        <translation>La placa está bien. El ingeniero de línea ejecuta 'station cloud bootstrap' con este perfil (actualiza la plantilla, los tipos de thing y los grupos) y reintenta la unidad.</translation>
    </message>
    <message>
        <source>The board is fine. The line engineer runs 'station cloud bootstrap' with this profile (it sets the fleet provisioning role's policy), then retries the unit.</source>
        <comment>remedy.fleet-refused-role</comment>
        <translation>La placa está bien. El ingeniero de línea ejecuta 'station cloud bootstrap' con este perfil (define la política del rol de aprovisionamiento de flota) y reintenta la unidad.</translation>
    </message>
    <message>
        <source>Retry the unit later; if it keeps happening, lower the line's pace or ask AWS for a higher fleet provisioning quota.</source>
        <comment>remedy.fleet-refused-throttled</comment>
        <translation>Reintente la unidad más tarde; si sigue ocurriendo, baje el ritmo de la línea o pida a AWS una cuota mayor de aprovisionamiento de flota.</translation>
    </message>
    <message>
        <source>Retry the unit: the board asks for a new certificate and registers at once.</source>
        <comment>remedy.fleet-refused-token</comment>
        <translation>Reintente la unidad: la placa pide un certificado nuevo y se registra enseguida.</translation>
    </message>
    <message>
        <source>Retry the unit once; if it is refused the same way again, set it aside and give the line engineer the code shown.</source>
        <comment>remedy.fleet-refused-unknown</comment>
        <translation>Reintente la unidad una vez; si se rechaza de nuevo de la misma forma, apártela y dé al ingeniero de línea el código mostrado.</translation>
    </message>
    <message>
        <source>Give the station AWS credentials: set AWS_PROFILE (or [cloud] profile in the station profile) to a configured profile, or run 'aws configure' / 'aws sso login', then retry the unit.</source>
        <comment>remedy.give-credentials</comment>
        <translation>Dé credenciales de AWS a la estación: ponga AWS_PROFILE (o [cloud] profile en el perfil de la estación) a un perfil configurado, o ejecute 'aws configure' / 'aws sso login', y reintente la unidad.</translation>
    </message>
    <message>
        <source>The line engineer grants {action} to the station's role (the policy resources/station-iam-policy.json rendered for this profile), checks it with 'station cloud check', then retries the unit.</source>
        <comment>remedy.grant-action</comment>
        <translation>El ingeniero de línea concede {action} al rol de la estación (la política resources/station-iam-policy.json generada para este perfil), lo comprueba con 'station cloud check' y reintenta la unidad.</translation>
    </message>
    <message>
        <source>The line engineer grants {action} on {resource} to the station's role (the policy resources/station-iam-policy.json rendered for this profile), checks it with 'station cloud check', then retries the unit.</source>
        <comment>remedy.grant-action-on</comment>
        <translation>El ingeniero de línea concede {action} sobre {resource} al rol de la estación (la política resources/station-iam-policy.json generada para este perfil), lo comprueba con 'station cloud check' y reintenta la unidad.</translation>
    </message>
    <message>
        <source>The line engineer grants the permission for {operation} to the station's role (the policy resources/station-iam-policy.json rendered for this profile), checks it with 'station cloud check', then retries the unit.</source>
        <comment>remedy.grant-operation</comment>
        <translation>El ingeniero de línea concede el permiso para {operation} al rol de la estación (la política resources/station-iam-policy.json generada para este perfil), lo comprueba con 'station cloud check' y reintenta la unidad.</translation>
    </message>
    <message>
        <source>The line engineer grants the permission for {operation} on {resource} to the station's role (the policy resources/station-iam-policy.json rendered for this profile), checks it with 'station cloud check', then retries the unit.</source>
        <comment>remedy.grant-operation-on</comment>
        <translation>El ingeniero de línea concede el permiso para {operation} sobre {resource} al rol de la estación (la política resources/station-iam-policy.json generada para este perfil), lo comprueba con 'station cloud check' y reintenta la unidad.</translation>
    </message>
    <message>
        <source>Grant servicequotas:ListServiceQuotas and servicequotas:ListAWSDefaultServiceQuotas to see the account's own values.</source>
        <comment>remedy.grant-quotas</comment>
        <translation>Conceda servicequotas:ListServiceQuotas y servicequotas:ListAWSDefaultServiceQuotas para ver los valores propios de la cuenta.</translation>
    </message>
    <message>
        <source>Grant iam:SimulatePrincipalPolicy on {principal} to this identity, or provision one unit and look at its result.</source>
        <comment>remedy.grant-simulator</comment>
        <translation>Conceda iam:SimulatePrincipalPolicy sobre {principal} a esta identidad, o aprovisione una unidad y mire su resultado.</translation>
    </message>
    <message>
        <source>Check the value it names (board identity or profile naming); if it came from the board, set the board aside for the line engineer.</source>
        <comment>remedy.invalid-before-sent</comment>
        <translation>Compruebe el valor que indica (identidad de la placa o nomenclatura del perfil); si viene de la placa, apártela para el ingeniero de línea.</translation>
    </message>
    <message>
        <source>Check the model, version and file, then run the command again.</source>
        <comment>remedy.jobs.catalog</comment>
        <translation>Compruebe el modelo, la versión y el archivo, y vuelva a ejecutar el comando.</translation>
    </message>
    <message>
        <source>Grant the station's role s3:GetObject on the catalog prefix and s3:ListBucket on the bucket for that prefix (resources/station-iam-policy.json), or run station cloud check.</source>
        <comment>remedy.jobs.catalog-denied</comment>
        <translation>Conceda al rol de la estación s3:GetObject sobre el prefijo del catálogo y s3:ListBucket sobre el bucket para ese prefijo (política resources/station-iam-policy.json), o ejecute la comprobación de la nube station cloud check.</translation>
    </message>
    <message>
        <source>Fix the configuration file (see resources/config-schema.json) and upload it again.</source>
        <comment>remedy.jobs.config-invalid</comment>
        <translation>Corrija el archivo de configuración (vea resources/config-schema.json) y súbalo de nuevo.</translation>
    </message>
    <message>
        <source>Check the job id, target and version, then run the command again.</source>
        <comment>remedy.jobs.default</comment>
        <translation>Compruebe el id del trabajo, el destino y la versión, y vuelva a ejecutar el comando.</translation>
    </message>
    <message>
        <source>Check the --file path.</source>
        <comment>remedy.jobs.empty-image</comment>
        <translation>Compruebe la ruta de --file.</translation>
    </message>
    <message>
        <source>Someone canceled the job; retry the unit once a release is current again.</source>
        <comment>remedy.jobs.ended</comment>
        <translation>Alguien canceló el trabajo; reintente la unidad cuando vuelva a haber una publicación vigente.</translation>
    </message>
    <message>
        <source>AWS never reuses a job id. Upload the same content under a new version (e.g. {version}-r2) and release that.</source>
        <comment>remedy.jobs.id-taken</comment>
        <translation>AWS nunca reutiliza un id de trabajo. Suba el mismo contenido con una versión nueva (p. ej. {version}-r2) y publique esa.</translation>
    </message>
    <message>
        <source>Create one job per model, or name the model explicitly (--model).</source>
        <comment>remedy.jobs.models-differ</comment>
        <translation>Cree un trabajo por modelo, o indique el modelo explícitamente (--model).</translation>
    </message>
    <message>
        <source>Name the model explicitly (--model).</source>
        <comment>remedy.jobs.name-the-model</comment>
        <translation>Indique el modelo explícitamente (--model).</translation>
    </message>
    <message>
        <source>Run 'station cloud bootstrap' with this profile first.</source>
        <comment>remedy.jobs.no-catalog-bucket</comment>
        <translation>Ejecute primero 'station cloud bootstrap' con este perfil.</translation>
    </message>
    <message>
        <source>Add it to the profile's [[groups]] and run 'station cloud bootstrap'.</source>
        <comment>remedy.jobs.no-group</comment>
        <translation>Añádalo a [[groups]] del perfil y ejecute 'station cloud bootstrap'.</translation>
    </message>
    <message>
        <source>station job list shows the job ids.</source>
        <comment>remedy.jobs.no-job</comment>
        <translation>El comando de la estación station job list muestra los id de los trabajos.</translation>
    </message>
    <message>
        <source>Name at least one thing or thing group (--target).</source>
        <comment>remedy.jobs.no-target</comment>
        <translation>Indique al menos un thing o un grupo de things (--target).</translation>
    </message>
    <message>
        <source>Wait until the unit's config-upload job SUCCEEDED (station job show JOB_ID), then try again.</source>
        <comment>remedy.jobs.no-upload</comment>
        <translation>Espere a que el trabajo config-upload de la unidad esté en SUCCEEDED (comando de la estación station job show JOB_ID) y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The unit keeps its previous version. Retry it once; if it fails again set it aside and tell the line engineer (the image or config may be bad).</source>
        <comment>remedy.jobs.not-applied</comment>
        <translation>La unidad conserva su versión anterior. Reinténtela una vez; si vuelve a fallar, apártela y avise al ingeniero de línea (puede que la imagen o la configuración estén mal).</translation>
    </message>
    <message>
        <source>Upload it first: station catalog upload {kind} --model {model} --version {version} --file FILE</source>
        <comment>remedy.jobs.not-in-catalog</comment>
        <translation>Súbalo primero al catálogo con el comando de la estación: station catalog upload {kind} --model {model} --version {version} --file FILE</translation>
    </message>
    <message>
        <source>Check the unit's network (Wi-Fi/cellular/Ethernet) and that its firmware starts; then retry it.</source>
        <comment>remedy.jobs.not-online</comment>
        <translation>Compruebe la red de la unidad (Wi-Fi/móvil/Ethernet) y que su firmware arranca; luego reinténtela.</translation>
    </message>
    <message>
        <source>The device is slow or stuck; check its power and network and retry it.</source>
        <comment>remedy.jobs.not-ready</comment>
        <translation>El dispositivo va lento o está bloqueado; compruebe su alimentación y su red, y reinténtelo.</translation>
    </message>
    <message>
        <source>Use the key 'station job config-upload' printed.</source>
        <comment>remedy.jobs.not-upload-key</comment>
        <translation>Use la clave que mostró 'station job config-upload'.</translation>
    </message>
    <message>
        <source>Shorten the notes (link to the full release notes instead).</source>
        <comment>remedy.jobs.notes-too-long</comment>
        <translation>Acorte las notas (enlace a las notas completas de la versión en su lugar).</translation>
    </message>
    <message>
        <source>Grant the station's role s3:GetObject on the catalog prefix (resources/station-iam-policy.json), or run station cloud check.</source>
        <comment>remedy.jobs.object-denied</comment>
        <translation>Conceda al rol de la estación s3:GetObject sobre el prefijo del catálogo (política resources/station-iam-policy.json), o ejecute la comprobación de la nube station cloud check.</translation>
    </message>
    <message>
        <source>Use --from-upload KEY or --version V.</source>
        <comment>remedy.jobs.one-config-source</comment>
        <translation>Use --from-upload KEY o --version V.</translation>
    </message>
    <message>
        <source>This release does not fit the unit (wrong model, a downgrade without force, or a malformed job); the line engineer must check the release.</source>
        <comment>remedy.jobs.refused</comment>
        <translation>Esta publicación no corresponde a la unidad (modelo incorrecto, retroceso sin forzar o trabajo mal formado); el ingeniero de línea debe revisar la publicación.</translation>
    </message>
    <message>
        <source>Say which: --target thing/{name} or --target group/{name}.</source>
        <comment>remedy.jobs.target-both</comment>
        <translation>Indique cuál: --target thing/{name} o --target group/{name}.</translation>
    </message>
    <message>
        <source>Check the name (station job list shows jobs and their things).</source>
        <comment>remedy.jobs.target-not-found</comment>
        <translation>Compruebe el nombre (el comando de la estación station job list muestra los trabajos y sus things).</translation>
    </message>
    <message>
        <source>Check the name (station job list shows jobs and their things); a unit or group of another line needs that line's station.</source>
        <comment>remedy.jobs.target-not-found-here</comment>
        <translation>Compruebe el nombre (el comando de la estación station job list muestra los trabajos y sus things); una unidad o un grupo de otra línea necesita la estación de esa línea.</translation>
    </message>
    <message>
        <source>Check the unit's power and network, then retry it.</source>
        <comment>remedy.jobs.timed-out</comment>
        <translation>Compruebe la alimentación y la red de la unidad, y reinténtela.</translation>
    </message>
    <message>
        <source>Use a version the profile's [catalog] versioning orders (semver by default; versioning = "pep440" for Python-style versions).</source>
        <comment>remedy.jobs.unordered-version</comment>
        <translation>Use una versión que el versionado [catalog] del perfil sepa ordenar (semver por defecto; versioning = "pep440" para versiones al estilo de Python).</translation>
    </message>
    <message>
        <source>Upload it under a new version number, or pass --replace if no unit can have received the old content yet.</source>
        <comment>remedy.jobs.version-exists</comment>
        <translation>Súbalo con un número de versión nuevo, o use --replace si ninguna unidad puede haber recibido aún el contenido anterior.</translation>
    </message>
    <message>
        <source>Wait for it: it prints as soon as the printer is ready.</source>
        <comment>remedy.label-wait</comment>
        <translation>Espere: se imprime en cuanto la impresora esté lista.</translation>
    </message>
    <message>
        <source>Plug the board back in; the station resumes it from where it stopped.</source>
        <comment>remedy.link-lost</comment>
        <translation>Vuelva a conectar la placa; la estación continúa donde se detuvo.</translation>
    </message>
    <message>
        <source>Install the 'cloud' extra (pip install -e .[cloud]) and check the log it names.</source>
        <comment>remedy.local-cloud</comment>
        <translation>Instale el extra 'cloud' (pip install -e .[cloud]) y revise el registro que indica.</translation>
    </message>
    <message>
        <source>Check that 'cryptography' is installed; see {log}.</source>
        <comment>remedy.local-cloud-ca</comment>
        <translation>Compruebe que 'cryptography' está instalado; vea {log}.</translation>
    </message>
    <message>
        <source>This ministack version defeats the station's guards or strict mode; install ministack==1.5.33 and policy_sentry (pip install -e .[cloud]).</source>
        <comment>remedy.local-cloud-hooks</comment>
        <translation>Esta versión de ministack anula las protecciones o el modo estricto de la estación; instale ministack==1.5.33 y policy_sentry (pip install -e .[cloud]).</translation>
    </message>
    <message>
        <source>pip install -e .[cloud]</source>
        <comment>remedy.local-cloud-install</comment>
        <translation>pip install -e .[cloud]</translation>
    </message>
    <message>
        <source>Check what else is listening on this machine; see {log}.</source>
        <comment>remedy.local-cloud-ports</comment>
        <translation>Compruebe qué más está escuchando en esta máquina; vea {log}.</translation>
    </message>
    <message>
        <source>Start it first.</source>
        <comment>remedy.local-cloud-start</comment>
        <translation>Inícielo primero.</translation>
    </message>
    <message>
        <source>See the log {log}; the machine may be overloaded.</source>
        <comment>remedy.local-cloud-unhealthy</comment>
        <translation>Vea el registro {log}; puede que la máquina esté sobrecargada.</translation>
    </message>
    <message>
        <source>Log in again: run `aws sso login --profile {profile}`, then check again.</source>
        <comment>remedy.login-sso</comment>
        <translation>Inicie sesión de nuevo: ejecute `aws sso login --profile {profile}` y compruebe otra vez.</translation>
    </message>
    <message>
        <source>Log in again: run `aws sso login --profile {profile}` (AWS IAM Identity Center / SSO), or refresh the keys of profile '{profile}' with `aws configure --profile {profile}`; then check again.</source>
        <comment>remedy.login-sso-or-keys</comment>
        <translation>Inicie sesión de nuevo: ejecute `aws sso login --profile {profile}` (AWS IAM Identity Center / SSO), o renueve las claves del perfil '{profile}' con `aws configure --profile {profile}`; luego compruebe otra vez.</translation>
    </message>
    <message>
        <source>Name the line's AWS profile: set [cloud] profile in the station profile or AWS_PROFILE, then run `aws sso login --profile NAME` (SSO) or `aws configure` (access keys); then check again.</source>
        <comment>remedy.name-aws-profile</comment>
        <translation>Indique el perfil de AWS de la línea: ponga [cloud] profile en el perfil de la estación o AWS_PROFILE, y ejecute `aws sso login --profile NAME` (SSO) o `aws configure` (claves de acceso); luego compruebe otra vez.</translation>
    </message>
    <message>
        <source>Create it with `aws configure sso --profile {profile}` (or `aws configure --profile {profile}`), or fix [cloud] profile in the station profile.</source>
        <comment>remedy.no-aws-profile</comment>
        <translation>Créelo con `aws configure sso --profile {profile}` (o `aws configure --profile {profile}`), o corrija [cloud] profile en el perfil de la estación.</translation>
    </message>
    <message>
        <source>The line engineer runs 'station cloud bootstrap' with this profile (it creates the thing types), then retries the unit.</source>
        <comment>remedy.no-thing-type</comment>
        <translation>El ingeniero de línea ejecuta 'station cloud bootstrap' con este perfil (crea los tipos de thing) y reintenta la unidad.</translation>
    </message>
    <message>
        <source>Retry the unit: the station switches the modem offline first. If it repeats, the application firmware keeps turning the modem on; flash the factory image or hold the application, then retry.</source>
        <comment>remedy.nrf91.active</comment>
        <translation>Reintente la unidad: la estación desconecta primero el módem. Si se repite, el firmware de la aplicación vuelve a encender el módem; grabe la imagen de fábrica o detenga la aplicación, y reintente.</translation>
    </message>
    <message>
        <source>Retry the unit; if it repeats, check the cable and the baud rate.</source>
        <comment>remedy.nrf91.bad-answer</comment>
        <translation>Reintente la unidad; si se repite, compruebe el cable y la velocidad en baudios.</translation>
    </message>
    <message>
        <source>Change the profile's naming pattern: at most 64 letters, digits and : _ . @ - characters.</source>
        <comment>remedy.nrf91.bad-cn</comment>
        <translation>Cambie el patrón de nombres del perfil: como máximo 64 letras, dígitos y los caracteres : _ . @ -.</translation>
    </message>
    <message>
        <source>The modem firmware is too old for this station; update it (nRF Connect Programmer), then retry.</source>
        <comment>remedy.nrf91.cfun-unsupported</comment>
        <translation>El firmware del módem es demasiado antiguo para esta estación; actualícelo (nRF Connect Programmer) y reintente.</translation>
    </message>
    <message>
        <source>Retry the unit: the station deletes the old one and writes again.</source>
        <comment>remedy.nrf91.cmng-exists</comment>
        <translation>Reintente la unidad: la estación borra la anterior y vuelve a escribir.</translation>
    </message>
    <message>
        <source>Delete unused credentials from the modem (e.g. with nrfcredstore 'delete'), or re-flash it; then retry the unit.</source>
        <comment>remedy.nrf91.cmng-full</comment>
        <translation>Borre del módem las credenciales que no se usan (p. ej. con nrfcredstore 'delete') o vuelva a grabarlo; luego reintente la unidad.</translation>
    </message>
    <message>
        <source>Choose another sec_tag in the profile's [drivers.nrf91] table (the line engineer), then retry.</source>
        <comment>remedy.nrf91.cmng-no-access</comment>
        <translation>Elija otro sec_tag en la tabla [drivers.nrf91] del perfil (el ingeniero de línea) y reintente.</translation>
    </message>
    <message>
        <source>Retry the unit; the station writes it again.</source>
        <comment>remedy.nrf91.cmng-not-found</comment>
        <translation>Reintente la unidad; la estación lo vuelve a escribir.</translation>
    </message>
    <message>
        <source>Check the profile's [drivers.nrf91] sec_tag (0-2147483647) and the certificate file; then retry.</source>
        <comment>remedy.nrf91.cmng-parameters</comment>
        <translation>Compruebe el sec_tag de [drivers.nrf91] del perfil (0-2147483647) y el archivo del certificado; luego reintente.</translation>
    </message>
    <message>
        <source>Update the modem firmware, then retry.</source>
        <comment>remedy.nrf91.disabled</comment>
        <translation>Actualice el firmware del módem y reintente.</translation>
    </message>
    <message>
        <source>Check that the board runs modem firmware with AT access (at_client or the Zephyr AT shell) and retry; if it repeats, set the unit aside and call the line engineer with the code.</source>
        <comment>remedy.nrf91.error</comment>
        <translation>Compruebe que la placa ejecuta firmware de módem con acceso AT (at_client o el shell AT de Zephyr) y reintente; si se repite, aparte la unidad y llame al ingeniero de línea con el código.</translation>
    </message>
    <message>
        <source>Retry the unit once; if it fails again, set the unit aside and call the line engineer with the code.</source>
        <comment>remedy.nrf91.keygen-failed</comment>
        <translation>Reintente la unidad una vez; si vuelve a fallar, apártela y llame al ingeniero de línea con el código.</translation>
    </message>
    <message>
        <source>Delete unused credentials from the modem, then retry.</source>
        <comment>remedy.nrf91.keygen-full</comment>
        <translation>Borre del módem las credenciales que no se usan y reintente.</translation>
    </message>
    <message>
        <source>Choose another sec_tag in the profile's [drivers.nrf91] table, then retry.</source>
        <comment>remedy.nrf91.keygen-no-access</comment>
        <translation>Elija otro sec_tag en la tabla [drivers.nrf91] del perfil y reintente.</translation>
    </message>
    <message>
        <source>Retry the unit; if it repeats, set it aside.</source>
        <comment>remedy.nrf91.keygen-not-found</comment>
        <translation>Reintente la unidad; si se repite, apártela.</translation>
    </message>
    <message>
        <source>Check the profile's sec_tag and naming pattern (the thing name must be plain ASCII without quotes); then retry.</source>
        <comment>remedy.nrf91.keygen-parameters</comment>
        <translation>Compruebe el sec_tag y el patrón de nombres del perfil (el nombre del thing debe ser ASCII simple sin comillas); luego reintente.</translation>
    </message>
    <message>
        <source>The modem may still be generating the key: wait a few seconds and retry the unit; if it repeats, raise serial.timeouts.keygen in the profile.</source>
        <comment>remedy.nrf91.keygen-timeout</comment>
        <translation>Puede que el módem aún esté generando la clave: espere unos segundos y reintente la unidad; si se repite, aumente serial.timeouts.keygen en el perfil.</translation>
    </message>
    <message>
        <source>Check that the board runs nRF91 firmware with AT access (at_client, or CONFIG_AT_SHELL in the application) and that this is its modem port.</source>
        <comment>remedy.nrf91.no-at</comment>
        <translation>Compruebe que la placa ejecuta firmware nRF91 con acceso AT (at_client, o CONFIG_AT_SHELL en la aplicación) y que este es su puerto de módem.</translation>
    </message>
    <message>
        <source>Use certificates.mode = "csr" for nRF91 units; if KEYGEN fails, set the unit aside.</source>
        <comment>remedy.nrf91.no-key-import</comment>
        <translation>Use certificates.mode = "csr" para las unidades nRF91; si falla KEYGEN, aparte la unidad.</translation>
    </message>
    <message>
        <source>Clear endpoint_setting / thing_setting in [drivers.nrf91], or use application firmware with the Zephyr shell (mode = "shell").</source>
        <comment>remedy.nrf91.no-shell</comment>
        <translation>Vacíe endpoint_setting / thing_setting en [drivers.nrf91], o use firmware de aplicación con el shell de Zephyr (mode = "shell").</translation>
    </message>
    <message>
        <source>Check the unit's power supply or battery (charge it), then retry.</source>
        <comment>remedy.nrf91.power-off-warning</comment>
        <translation>Compruebe la alimentación o la batería de la unidad (cárguela) y reintente.</translation>
    </message>
    <message>
        <source>Set the unit aside and call the line engineer with the code.</source>
        <comment>remedy.nrf91.set-aside</comment>
        <translation>Aparte la unidad y llame al ingeniero de línea con el código.</translation>
    </message>
    <message>
        <source>Retry the unit; if it repeats, set it aside and call the line engineer.</source>
        <comment>remedy.nrf91.shell-failed</comment>
        <translation>Reintente la unidad; si se repite, apártela y llame al ingeniero de línea.</translation>
    </message>
    <message>
        <source>Flash application firmware with the AT shell and the settings shell enabled (docs/nrf91.md), or set [drivers.nrf91] mode / settings options to match it.</source>
        <comment>remedy.nrf91.shell-unknown</comment>
        <translation>Grabe firmware de aplicación con el shell AT y el shell de ajustes activados (docs/nrf91.md), o ajuste mode / las opciones de ajustes en [drivers.nrf91] para que coincidan.</translation>
    </message>
    <message>
        <source>The application firmware keeps turning the modem on: flash the factory image, or hold the application (e.g. its shell's modem commands), then retry the unit.</source>
        <comment>remedy.nrf91.stayed-active</comment>
        <translation>El firmware de la aplicación vuelve a encender el módem: grabe la imagen de fábrica o detenga la aplicación (p. ej. con los comandos de módem de su shell), y reintente la unidad.</translation>
    </message>
    <message>
        <source>Retry the unit; if it repeats, the modem's credential storage is faulty: set the unit aside.</source>
        <comment>remedy.nrf91.storage</comment>
        <translation>Reintente la unidad; si se repite, el almacén de credenciales del módem es defectuoso: aparte la unidad.</translation>
    </message>
    <message>
        <source>Update the modem firmware (mfw 1.3 or newer) and retry.</source>
        <comment>remedy.nrf91.unsupported</comment>
        <translation>Actualice el firmware del módem (mfw 1.3 o posterior) y reintente.</translation>
    </message>
    <message>
        <source>The modem reports an identity the station cannot trust: set the unit aside and call the line engineer (wrong firmware, or not an nRF91).</source>
        <comment>remedy.nrf91.untrusted-identity</comment>
        <translation>El módem informa una identidad en la que la estación no puede confiar: aparte la unidad y llame al ingeniero de línea (firmware incorrecto o no es un nRF91).</translation>
    </message>
    <message>
        <source>Boards could not connect: open outbound TCP 8883 (MQTT over TLS) to the endpoint, or check [cloud] mqtt_endpoint.</source>
        <comment>remedy.open-8883</comment>
        <translation>Las placas no pudieron conectarse: abra TCP 8883 saliente (MQTT sobre TLS) hacia el endpoint, o compruebe [cloud] mqtt_endpoint.</translation>
    </message>
    <message>
        <source>Set the board aside for QA; rework needs rework.policy = 'reuse' or 'reprovision'. Nothing was changed.</source>
        <comment>remedy.pipeline.already-provisioned</comment>
        <translation>Aparte la placa para QA; el retrabajo requiere rework.policy = 'reuse' o 'reprovision'. No se cambió nada.</translation>
    </message>
    <message>
        <source>Set the board aside; its factory firmware must report the {field} without spaces or other such characters (the line engineer can fix the firmware or its settings).</source>
        <comment>remedy.pipeline.bad-identity</comment>
        <translation>Aparte la placa; su firmware de fábrica debe informar el {field} sin espacios ni caracteres similares (el ingeniero de línea puede corregir el firmware o su configuración).</translation>
    </message>
    <message>
        <source>Retry the unit; if it fails again, check that no other station or tool works on this serial.</source>
        <comment>remedy.pipeline.claim</comment>
        <translation>Reintente la unidad; si vuelve a fallar, compruebe que ninguna otra estación o herramienta trabaje con este número de serie.</translation>
    </message>
    <message>
        <source>Set the board aside (its firmware cannot make a key), or the line engineer enables certificates.mode = "csr-or-cloud-keys".</source>
        <comment>remedy.pipeline.csr-refused</comment>
        <translation>Aparte la placa (su firmware no puede generar una clave), o el ingeniero de línea activa certificates.mode = "csr-or-cloud-keys".</translation>
    </message>
    <message>
        <source>Check the serial label against the board; a reworked board needs the rework procedure (QA). Nothing new was created.</source>
        <comment>remedy.pipeline.foreign-certificate</comment>
        <translation>Compare la etiqueta del número de serie con la placa; una placa retrabajada necesita el procedimiento de retrabajo (QA). No se creó nada nuevo.</translation>
    </message>
    <message>
        <source>Report this to the station's developers with the log file; retry the unit.</source>
        <comment>remedy.pipeline.internal-error</comment>
        <translation>Comunique esto a los desarrolladores de la estación con el archivo de registro; reintente la unidad.</translation>
    </message>
    <message>
        <source>Retry the unit; if it fails again set the board aside.</source>
        <comment>remedy.pipeline.key-mismatch</comment>
        <translation>Reintente la unidad; si vuelve a fallar, aparte la placa.</translation>
    </message>
    <message>
        <source>Set the board aside for QA; to provision it again the line engineer sets rework.policy = 'reprovision'. The new certificate was set INACTIVE.</source>
        <comment>remedy.pipeline.keyless-certificate</comment>
        <translation>Aparte la placa para QA; para aprovisionarla de nuevo, el ingeniero de línea pone rework.policy = 'reprovision'. El nuevo certificado quedó INACTIVE.</translation>
    </message>
    <message>
        <source>The line engineer sets certificates.mode = "csr" for this line; the board is fine. Nothing was created in the cloud.</source>
        <comment>remedy.pipeline.keys-on-board</comment>
        <translation>El ingeniero de línea pone certificates.mode = "csr" para esta línea; la placa está bien. No se creó nada en la nube.</translation>
    </message>
    <message>
        <source>Set the board aside, or the line engineer enables certificates.mode = "csr-or-cloud-keys".</source>
        <comment>remedy.pipeline.no-csr</comment>
        <translation>Aparte la placa, o el ingeniero de línea activa certificates.mode = "csr-or-cloud-keys".</translation>
    </message>
    <message>
        <source>The line engineer adds a [[groups]] rule for this model to the profile.</source>
        <comment>remedy.pipeline.no-group</comment>
        <translation>El ingeniero de línea añade al perfil una regla [[groups]] (grupo) para este modelo.</translation>
    </message>
    <message>
        <source>Flash the factory firmware that supports key generation; set the board aside.</source>
        <comment>remedy.pipeline.no-key-at-all</comment>
        <translation>Grabe el firmware de fábrica que admite generar claves; aparte la placa.</translation>
    </message>
    <message>
        <source>Retry the unit; the board makes a new key and gets a new certificate.</source>
        <comment>remedy.pipeline.not-csr-key</comment>
        <translation>Reintente la unidad; la placa genera una clave nueva y recibe un certificado nuevo.</translation>
    </message>
    <message>
        <source>Provision it on one station only; if {station} stopped, retry after {ttl} s.</source>
        <comment>remedy.pipeline.other-station</comment>
        <translation>Aprovisiónela en una sola estación; si {station} se detuvo, reintente después de {ttl} s.</translation>
    </message>
    <message>
        <source>Set both boards aside and have their serial numbers checked; nothing was created in the cloud for this one.</source>
        <comment>remedy.pipeline.serial-twice</comment>
        <translation>Aparte ambas placas y haga comprobar sus números de serie; no se creó nada en la nube para esta.</translation>
    </message>
    <message>
        <source>Retry the unit; if it fails again the board's storage is faulty.</source>
        <comment>remedy.pipeline.storage</comment>
        <translation>Reintente la unidad; si vuelve a fallar, el almacenamiento de la placa es defectuoso.</translation>
    </message>
    <message>
        <source>Check that this board belongs on this line; otherwise the line engineer adds the model to the profile.</source>
        <comment>remedy.pipeline.unknown-model</comment>
        <translation>Compruebe que esta placa corresponde a esta línea; si no, el ingeniero de línea añade el modelo al perfil.</translation>
    </message>
    <message>
        <source>Check the printer (power, cable or network, paper, head); queued labels print by themselves once it is ready.</source>
        <comment>remedy.printer</comment>
        <translation>Compruebe la impresora (alimentación, cable o red, papel, cabezal); las etiquetas en cola se imprimen solas cuando esté lista.</translation>
    </message>
    <message>
        <source>Fix labels.printer in the station profile (ask the line engineer).</source>
        <comment>remedy.printer-address</comment>
        <translation>Corrija labels.printer en el perfil de la estación (pregunte al ingeniero de línea).</translation>
    </message>
    <message>
        <source>Fix the station profile (ask the line engineer) and start the station again.</source>
        <comment>remedy.profile</comment>
        <translation>Corrija el perfil de la estación (pregunte al ingeniero de línea) e inicie la estación de nuevo.</translation>
    </message>
    <message>
        <source>Flash the factory firmware the station profile expects, or change the driver.</source>
        <comment>remedy.protocol-mismatch</comment>
        <translation>Grabe el firmware de fábrica que espera el perfil de la estación, o cambie el controlador.</translation>
    </message>
    <message>
        <source>Type the configuration version to send, or release one to the group first.</source>
        <comment>remedy.qa-no-config</comment>
        <translation>Escriba la versión de configuración que se enviará, o publique primero una para el grupo.</translation>
    </message>
    <message>
        <source>Check the serial (scan the label again); a unit that never passed registration has no thing yet.</source>
        <comment>remedy.qa-not-found</comment>
        <translation>Compruebe el número de serie (vuelva a escanear la etiqueta); una unidad que nunca superó el registro aún no tiene thing.</translation>
    </message>
    <message>
        <source>Scan or type a serial number or a thing name.</source>
        <comment>remedy.qa-scan</comment>
        <translation>Escanee o escriba un número de serie o un nombre de thing.</translation>
    </message>
    <message>
        <source>Look one of them up by its thing name.</source>
        <comment>remedy.qa-several</comment>
        <translation>Busque uno de ellos por su nombre de thing.</translation>
    </message>
    <message>
        <source>Check --db; the station creates the file when it provisions its first unit.</source>
        <comment>remedy.records-db</comment>
        <translation>Compruebe --db; la estación crea el archivo al aprovisionar su primera unidad.</translation>
    </message>
    <message>
        <source>Keep the records database on a local disk, not a network share.</source>
        <comment>remedy.records-local-disk</comment>
        <translation>Mantenga la base de datos de registros en un disco local, no en un recurso compartido de red.</translation>
    </message>
    <message>
        <source>Open it with the station version that wrote it, or point --db at another file; never edit the records database by hand.</source>
        <comment>remedy.records-schema</comment>
        <translation>Ábrala con la versión de la estación que la escribió, o apunte --db a otro archivo; nunca edite a mano la base de datos de registros.</translation>
    </message>
    <message>
        <source>Renew the station's AWS login: run 'aws sso login --profile {profile}' (or refresh the credentials of profile '{profile}' the way your company issues them), then retry the unit.</source>
        <comment>remedy.renew-profile</comment>
        <translation>Renueve el inicio de sesión de AWS de la estación: ejecute 'aws sso login --profile {profile}' (o renueve las credenciales del perfil '{profile}' como las emita su empresa), y reintente la unidad.</translation>
    </message>
    <message>
        <source>Restart the station (the embedded cloud is not answering).</source>
        <comment>remedy.restart-embedded</comment>
        <translation>Reinicie la estación (la nube integrada no responde).</translation>
    </message>
    <message>
        <source>Check the station's network and AWS credentials, then revoke again; 'station records search SERIAL' lists the unit's certificates.</source>
        <comment>remedy.revoke</comment>
        <translation>Compruebe la red y las credenciales de AWS de la estación y vuelva a revocar; 'station records search SERIAL' lista los certificados de la unidad.</translation>
    </message>
    <message>
        <source>While the line CA is INACTIVE no certificate it signed is provisioned. Before it is set ACTIVE again ('station cloud ca'), revoke this unit again in the same change, with auto-registration off until it is done.</source>
        <comment>remedy.revoke-ca-inactive</comment>
        <translation>Mientras la CA de línea esté INACTIVE no se aprovisiona ningún certificado firmado por ella. Antes de ponerla de nuevo en ACTIVE ('station cloud ca'), vuelva a revocar esta unidad en el mismo cambio, con el registro automático desactivado hasta terminar.</translation>
    </message>
    <message>
        <source>No board it signed can connect yet. The line engineer runs 'station cloud bootstrap' with the factory-ca profile (it registers the line CA), then revoke again before any of these boards goes online.</source>
        <comment>remedy.revoke-ca-unknown</comment>
        <translation>Aún no puede conectarse ninguna placa firmada por ella. El ingeniero de línea ejecuta 'station cloud bootstrap' con el perfil factory-ca (registra la CA de línea); después vuelva a revocar antes de que alguna de estas placas se conecte.</translation>
    </message>
    <message>
        <source>Run the command with the factory-ca profile whose [certificates.factory_ca] ca_certificate signed this unit, then revoke again.</source>
        <comment>remedy.revoke-no-ca</comment>
        <translation>Ejecute el comando con el perfil factory-ca cuyo [certificates.factory_ca] ca_certificate firmó esta unidad y vuelva a revocar.</translation>
    </message>
    <message>
        <source>Give the unit's certificate (it is public: read it from the board, or from the station that signed it) with --certificate FILE, then revoke again.</source>
        <comment>remedy.revoke-no-pem</comment>
        <translation>Dé el certificado de la unidad (es público: léalo de la placa, o de la estación que lo firmó) con --certificate FILE y vuelva a revocar.</translation>
    </message>
    <message>
        <source>Check the serial (scan the label again); 'station records search' shows what this station recorded. A unit provisioned by another station is revoked there, or by its thing's certificates once it has connected.</source>
        <comment>remedy.revoke-nothing</comment>
        <translation>Compruebe el número de serie (escanee de nuevo la etiqueta); 'station records search' muestra lo que registró esta estación. Una unidad aprovisionada por otra estación se revoca allí, o mediante los certificados de su thing una vez que se haya conectado.</translation>
    </message>
    <message>
        <source>Give this unit's own certificate (the first one of the chain the board holds), then revoke again.</source>
        <comment>remedy.revoke-other-pem</comment>
        <translation>Dé el certificado propio de esta unidad (el primero de la cadena que tiene la placa) y vuelva a revocar.</translation>
    </message>
    <message>
        <source>Run `station cloud bootstrap` as the line engineer (it creates what is missing).</source>
        <comment>remedy.run-bootstrap</comment>
        <translation>Ejecute `station cloud bootstrap` como ingeniero de línea (crea lo que falta).</translation>
    </message>
    <message>
        <source>Run `station cloud bootstrap --profile {profile}` as the line engineer (it creates what is missing).</source>
        <comment>remedy.run-bootstrap-with</comment>
        <translation>Ejecute `station cloud bootstrap --profile {profile}` como ingeniero de línea (crea lo que falta).</translation>
    </message>
    <message>
        <source>See the log {log}.</source>
        <comment>remedy.see-log</comment>
        <translation>Vea el registro {log}.</translation>
    </message>
    <message>
        <source>See the station log; run `station demo --boards 2 --plain` to watch the steps.</source>
        <comment>remedy.selftest</comment>
        <translation>Vea el registro de la estación; ejecute `station demo --boards 2 --plain` para seguir los pasos.</translation>
    </message>
    <message>
        <source>Set the PC's clock (enable time sync / NTP) and check again.</source>
        <comment>remedy.set-clock</comment>
        <translation>Ajuste el reloj del PC (active la sincronización horaria / NTP) y compruebe otra vez.</translation>
    </message>
    <message>
        <source>Set [cloud] region.</source>
        <comment>remedy.set-region</comment>
        <translation>Defina [cloud] region.</translation>
    </message>
    <message>
        <source>Set [cloud] region in the profile.</source>
        <comment>remedy.set-region-in-profile</comment>
        <translation>Defina [cloud] region en el perfil.</translation>
    </message>
    <message>
        <source>Set the role's trust policy to allow the service iot.amazonaws.com sts:AssumeRole (`station cloud bootstrap` creates it so).</source>
        <comment>remedy.set-trust</comment>
        <translation>Configure la política de confianza del rol para permitir al servicio iot.amazonaws.com sts:AssumeRole (`station cloud bootstrap` la crea así).</translation>
    </message>
    <message>
        <source>Undeprecate it (`aws iot deprecate-thing-type --thing-type-name {thing_type} --undo-deprecate`) or name another thing type in the profile.</source>
        <comment>remedy.undeprecate</comment>
        <translation>Quite la obsolescencia (`aws iot deprecate-thing-type --thing-type-name {thing_type} --undo-deprecate`) o indique otro tipo de thing en el perfil.</translation>
    </message>
    <message>
        <source>certificate {certificate} was never seen by AWS, and AWS refuses to register it because its line CA is not ACTIVE ({answer})</source>
        <comment>revoke.ca-inactive</comment>
        <translation>AWS nunca vio el certificado {certificate}, y AWS se niega a registrarlo porque su CA de línea no está ACTIVE ({answer})</translation>
    </message>
    <message>
        <source>certificate {certificate} was never seen by AWS, and its line CA is not registered with AWS IoT</source>
        <comment>revoke.ca-unknown</comment>
        <translation>AWS nunca vio el certificado {certificate}, y su CA de línea no está registrada en AWS IoT</translation>
    </message>
    <message>
        <source>certificate {certificate} was never seen by AWS and no known line CA certificate issued it, so it cannot be registered as revoked</source>
        <comment>revoke.no-ca</comment>
        <translation>AWS nunca vio el certificado {certificate} y ningún certificado de CA de línea conocido lo emitió, así que no se puede registrar como revocado</translation>
    </message>
    <message>
        <source>certificate {certificate} of serial {serial} was never seen by AWS, and the records do not keep the certificate itself, which registering it as revoked needs</source>
        <comment>revoke.no-pem</comment>
        <translation>AWS nunca vio el certificado {certificate} del número de serie {serial}, y los registros no guardan el propio certificado, que hace falta para registrarlo como revocado</translation>
    </message>
    <message>
        <source>no certificate of serial {serial} in this station's records or in the cloud</source>
        <comment>revoke.nothing</comment>
        <translation>no hay ningún certificado del número de serie {serial} en los registros de esta estación ni en la nube</translation>
    </message>
    <message>
        <source>the certificate given for {certificate} is another certificate (its id is {actual})</source>
        <comment>revoke.other-pem</comment>
        <translation>el certificado dado para {certificate} es otro certificado (su id es {actual})</translation>
    </message>
    <message>
        <source>{step}: {cause}</source>
        <comment>selftest.failed-at</comment>
        <translation>{step}: {cause}</translation>
    </message>
    <message>
        <source>{ready} of {boards} boards reached ready ({failed} failed, {running} unfinished after {seconds} s)</source>
        <comment>selftest.not-ready</comment>
        <translation>{ready} de {boards} placas quedaron listas ({failed} fallidas, {running} sin terminar tras {seconds} s)</translation>
    </message>
    <message>
        <source>{ready} of {boards} boards reached ready ({failed} failed, {running} unfinished after {seconds} s); first problem at {step}: {cause}</source>
        <comment>selftest.not-ready-at</comment>
        <translation>{ready} de {boards} placas quedaron listas ({failed} fallidas, {running} sin terminar tras {seconds} s); primer problema en {step}: {cause}</translation>
    </message>
    <message>
        <source>Linking certificate and group</source>
        <comment>state.attaching</comment>
        <translation>Vinculando certificado y grupo</translation>
    </message>
    <message>
        <source>Plugged in, not started</source>
        <comment>state.connected</comment>
        <translation>Conectada, sin iniciar</translation>
    </message>
    <message>
        <source>Waiting for the device to come online</source>
        <comment>state.connecting</comment>
        <translation>Esperando a que el dispositivo se conecte</translation>
    </message>
    <message>
        <source>Stopped with an error</source>
        <comment>state.failed</comment>
        <translation>Detenida por un error</translation>
    </message>
    <message>
        <source>Board is making its key</source>
        <comment>state.generating-key</comment>
        <translation>La placa está generando su clave</translation>
    </message>
    <message>
        <source>Reading the board's identity</source>
        <comment>state.identifying</comment>
        <translation>Leyendo la identidad de la placa</translation>
    </message>
    <message>
        <source>Finished</source>
        <comment>state.passed</comment>
        <translation>Terminada</translation>
    </message>
    <message>
        <source>Registering in the cloud</source>
        <comment>state.registering</comment>
        <translation>Registrando en la nube</translation>
    </message>
    <message>
        <source>Board removed</source>
        <comment>state.removed</comment>
        <translation>Placa retirada</translation>
    </message>
    <message>
        <source>Signing the board's certificate</source>
        <comment>state.signing</comment>
        <translation>Firmando el certificado de la placa</translation>
    </message>
    <message>
        <source>Installing firmware and configuration</source>
        <comment>state.updating</comment>
        <translation>Instalando firmware y configuración</translation>
    </message>
    <message>
        <source>Checking what the board stored</source>
        <comment>state.verifying</comment>
        <translation>Comprobando lo que guardó la placa</translation>
    </message>
    <message>
        <source>Provisioned, waiting for the cloud</source>
        <comment>state.waiting-cloud</comment>
        <translation>Aprovisionada, esperando a la nube</translation>
    </message>
    <message>
        <source>Writing the certificate to the board</source>
        <comment>state.writing</comment>
        <translation>Escribiendo el certificado en la placa</translation>
    </message>
    <message>
        <source>certificate and group</source>
        <comment>step.attaching</comment>
        <translation>certificado y grupo</translation>
    </message>
    <message>
        <source>start</source>
        <comment>step.connected</comment>
        <translation>inicio</translation>
    </message>
    <message>
        <source>device online</source>
        <comment>step.connecting</comment>
        <translation>dispositivo en línea</translation>
    </message>
    <message>
        <source>failed</source>
        <comment>step.failed</comment>
        <translation>fallido</translation>
    </message>
    <message>
        <source>key generation</source>
        <comment>step.generating-key</comment>
        <translation>generación de clave</translation>
    </message>
    <message>
        <source>identify</source>
        <comment>step.identifying</comment>
        <translation>identificación</translation>
    </message>
    <message>
        <source>passed</source>
        <comment>step.passed</comment>
        <translation>aprobado</translation>
    </message>
    <message>
        <source>cloud registration</source>
        <comment>step.registering</comment>
        <translation>registro en la nube</translation>
    </message>
    <message>
        <source>removed</source>
        <comment>step.removed</comment>
        <translation>retirada</translation>
    </message>
    <message>
        <source>certificate signing</source>
        <comment>step.signing</comment>
        <translation>firma del certificado</translation>
    </message>
    <message>
        <source>firmware and config update</source>
        <comment>step.updating</comment>
        <translation>actualización de firmware y configuración</translation>
    </message>
    <message>
        <source>read-back check</source>
        <comment>step.verifying</comment>
        <translation>comprobación de lectura</translation>
    </message>
    <message>
        <source>waiting for the cloud</source>
        <comment>step.waiting-cloud</comment>
        <translation>esperando a la nube</translation>
    </message>
    <message>
        <source>writing to the board</source>
        <comment>step.writing</comment>
        <translation>escritura en la placa</translation>
    </message>
</context>
</TS>
