<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
<context>
    <name>ActionSet</name>
    <message>
        <location filename="../../ui/actions.py" line="21" />
        <source>Not connected yet: arrives with the jobs API</source>
        <translation>Noch nicht angebunden: kommt mit der Jobs-API</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="77" />
        <source>Needs the {role} role.</source>
        <translation>Erfordert die Rolle {role}.</translation>
    </message>
</context>
<context>
    <name>Actor</name>
    <message>
        <location filename="../../ui/acting.py" line="33" />
        <source>{where}{cause}
Do this: {remedy}</source>
        <translation>{where}{cause}
Abhilfe: {remedy}</translation>
    </message>
    <message>
        <location filename="../../ui/acting.py" line="34" />
        <source>the cloud refused the request ({code}: {message})
Do this: check the name and version, then try again; if it keeps failing, call the line engineer.</source>
        <translation>die Cloud hat die Anfrage abgelehnt ({code}: {message})
Abhilfe: Name und Version prüfen, dann erneut versuchen; wenn es weiter fehlschlägt, den Linieningenieur rufen.</translation>
    </message>
    <message>
        <location filename="../../ui/acting.py" line="36" />
        <source>the cloud could not be reached ({error})
Do this: check the network, then try again.</source>
        <translation>die Cloud ist nicht erreichbar ({error})
Abhilfe: Netzwerk prüfen, dann erneut versuchen.</translation>
    </message>
    <message>
        <location filename="../../ui/acting.py" line="38" />
        <source>unexpected error {kind}: {error}
Do this: report it with the log file to the developers.</source>
        <translation>unerwarteter Fehler {kind}: {error}
Abhilfe: mit der Logdatei an die Entwickler melden.</translation>
    </message>
    <message>
        <location filename="../../ui/acting.py" line="40" />
        <source>{action} refused: it needs the {role} role (unlocked now: {current}).</source>
        <translation>{action} abgelehnt: erfordert die Rolle {role} (jetzt entsperrt: {current}).</translation>
    </message>
    <message>
        <location filename="../../ui/acting.py" line="41" />
        <source>{action} not done: the station is not connected to the cloud yet.</source>
        <translation>{action} nicht ausgeführt: die Station ist noch nicht mit der Cloud verbunden.</translation>
    </message>
    <message>
        <location filename="../../ui/acting.py" line="42" />
        <source>{action} not started: another action is still running; wait for it.</source>
        <translation>{action} nicht gestartet: eine andere Aktion läuft noch; bitte warten.</translation>
    </message>
    <message>
        <location filename="../../ui/acting.py" line="43" />
        <source>{action} not done: not confirmed.</source>
        <translation>{action} nicht ausgeführt: nicht bestätigt.</translation>
    </message>
    <message>
        <location filename="../../ui/acting.py" line="44" />
        <source>… {action} {target}: working</source>
        <translation>… {action} {target}: läuft</translation>
    </message>
    <message>
        <location filename="../../ui/acting.py" line="45" />
        <source>… {action} {target}: waiting for AWS ({why}; {op} again in {delay} s)</source>
        <translation>… {action} {target}: wartet auf AWS ({why}; {op} erneut in {delay} s)</translation>
    </message>
    <message>
        <location filename="../../ui/acting.py" line="46" />
        <source>{action} failed: {error}</source>
        <translation>{action} fehlgeschlagen: {error}</translation>
    </message>
    <message>
        <location filename="../../ui/acting.py" line="216" />
        <source>done</source>
        <extracomment>The same in English, for the audit trail ("" = ``text``, e.g. a view's own words).</extracomment>
        <translation>erledigt</translation>
    </message>
</context>
<context>
    <name>ConfirmBar</name>
    <message>
        <location filename="../../ui/confirm.py" line="43" />
        <source>Confirm</source>
        <translation>Bestätigen</translation>
    </message>
    <message>
        <location filename="../../ui/confirm.py" line="44" />
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <location filename="../../ui/dashboard/charts.py" line="56" />
        <source>Units per hour</source>
        <translation>Geräte pro Stunde</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/charts.py" line="57" />
        <source>units</source>
        <translation>Geräte</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/charts.py" line="58" />
        <source>hour of the shift (start)</source>
        <translation>Stunde der Schicht (Beginn)</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/charts.py" line="85" />
        <source>Cycle time</source>
        <translation>Taktzeit</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/charts.py" line="86" />
        <source>steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/charts.py" line="87" />
        <source>seconds</source>
        <translation>Sekunden</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/charts.py" line="128" />
        <source>Failures by cause</source>
        <translation>Fehler nach Ursache</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/charts.py" line="129" />
        <source>failures</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/charts.py" line="130" />
        <source>cause (rank, see the table)</source>
        <translation>Ursache (Rang, siehe Tabelle)</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/charts.py" line="131" />
        <source>cumulative %</source>
        <translation>kumuliert %</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <location filename="../../ui/dashboard/view.py" line="194" />
        <source>Shift:</source>
        <extracomment>Shift choices: hours back from now, or 0 = this station run. Seconds between refreshes while nothing finishes (a finished unit refreshes at once).</extracomment>
        <translation>Schicht:</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/view.py" line="195" />
        <source>Last 8 hours</source>
        <translation>Letzte 8 Stunden</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/view.py" line="195" />
        <source>Last 12 hours</source>
        <translation>Letzte 12 Stunden</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/view.py" line="195" />
        <source>Last 24 hours</source>
        <translation>Letzte 24 Stunden</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/view.py" line="196" />
        <source>This station run</source>
        <translation>Dieser Stationslauf</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/view.py" line="199" />
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/view.py" line="200" />
        <source>Export report…</source>
        <translation>Bericht exportieren…</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/view.py" line="201" />
        <source>Save the shift report as HTML or PDF</source>
        <translation>Schichtbericht als HTML oder PDF speichern</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/view.py" line="202" />
        <location filename="../../ui/dashboard/view.py" line="357" />
        <source>Passed</source>
        <translation>Bestanden</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/view.py" line="202" />
        <location filename="../../ui/dashboard/view.py" line="357" />
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/view.py" line="202" />
        <source>First-pass yield</source>
        <translation>Erstdurchlaufquote</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/view.py" line="203" />
        <source>Slots that keep failing</source>
        <translation>Steckplätze mit wiederholten Fehlern</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/view.py" line="206" />
        <source>Step:</source>
        <translation>Schritt:</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/view.py" line="207" />
        <location filename="../../ui/dashboard/view.py" line="360" />
        <source>Failures by cause</source>
        <translation>Fehler nach Ursache</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/view.py" line="208" />
        <location filename="../../ui/dashboard/view.py" line="360" />
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/view.py" line="208" />
        <location filename="../../ui/dashboard/view.py" line="358" />
        <location filename="../../ui/dashboard/view.py" line="360" />
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/view.py" line="208" />
        <location filename="../../ui/dashboard/view.py" line="360" />
        <source>Cause</source>
        <translation>Ursache</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/view.py" line="209" />
        <location filename="../../ui/dashboard/view.py" line="219" />
        <location filename="../../ui/dashboard/view.py" line="361" />
        <source>Failures</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/view.py" line="209" />
        <location filename="../../ui/dashboard/view.py" line="361" />
        <source>Cumulative</source>
        <translation>Kumuliert</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/view.py" line="210" />
        <location filename="../../ui/dashboard/view.py" line="362" />
        <source>Slot health</source>
        <translation>Zustand der Steckplätze</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/view.py" line="219" />
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/view.py" line="219" />
        <source>Attempts</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/view.py" line="219" />
        <source>Failure rate</source>
        <translation>Fehlerquote</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/view.py" line="220" />
        <source>Failures in a row</source>
        <translation>Fehler in Folge</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/view.py" line="220" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/view.py" line="271" />
        <source>Could not read the records: {error}</source>
        <translation>Aufzeichnungen nicht lesbar: {error}</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/view.py" line="270" />
        <source>Updated {time}</source>
        <translation>Aktualisiert {time}</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/view.py" line="307" />
        <location filename="../../ui/dashboard/view.py" line="349" />
        <source>Keeps failing</source>
        <translation>Fehler wiederholt sich</translation>
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
        <translation>Ein Steckplatz gilt als wiederholt fehlerhaft, wenn seine letzten {streak} Geräte fehlschlugen und nicht alle dieselbe Platine waren, oder wenn mindestens {rate} % seiner {attempts} oder mehr Geräte fehlschlugen.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/view.py" line="330" />
        <source>No finished steps in this shift yet.</source>
        <translation>In dieser Schicht noch keine abgeschlossenen Schritte.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/view.py" line="332" />
        <source>{count} steps, median {median:.1f} s, mean {mean:.1f} s</source>
        <translation>{count} Schritte, Median {median:.1f} s, Mittel {mean:.1f} s</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/view.py" line="343" />
        <source>Interrupted (board pulled, station stopped)</source>
        <translation>Unterbrochen (Platine gezogen, Station angehalten)</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/view.py" line="352" />
        <source>Shift report {station}</source>
        <translation>Schichtbericht {station}</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/view.py" line="353" />
        <source>Units finished from {since} to {until}</source>
        <translation>Fertige Geräte von {since} bis {until}</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/view.py" line="357" />
        <source>Units per hour</source>
        <translation>Geräte pro Stunde</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/view.py" line="357" />
        <source>Hour from</source>
        <translation>Stunde ab</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/view.py" line="358" />
        <source>Cycle time per step</source>
        <translation>Taktzeit pro Schritt</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/view.py" line="358" />
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/view.py" line="358" />
        <source>Median (s)</source>
        <translation>Median (s)</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/view.py" line="359" />
        <source>Mean (s)</source>
        <translation>Mittel (s)</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/view.py" line="374" />
        <source>Export the shift report</source>
        <translation>Schichtbericht exportieren</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/view.py" line="375" />
        <source>HTML report (*.html);;PDF report (*.pdf)</source>
        <translation>HTML-Bericht (*.html);;PDF-Bericht (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/view.py" line="273" />
        <source>Could not export the report: {error}</source>
        <translation>Bericht konnte nicht exportiert werden: {error}</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/view.py" line="272" />
        <source>Report saved: {path}</source>
        <translation>Bericht gespeichert: {path}</translation>
    </message>
</context>
<context>
    <name>DetailPanel</name>
    <message>
        <location filename="../../ui/operator/detail.py" line="120" />
        <source>Cloud identity</source>
        <translation>Identität in der Cloud</translation>
    </message>
    <message>
        <location filename="../../ui/operator/detail.py" line="121" />
        <source>Thing name</source>
        <translation>Thing-Name</translation>
    </message>
    <message>
        <location filename="../../ui/operator/detail.py" line="121" />
        <source>Certificate id</source>
        <translation>Zertifikat-ID</translation>
    </message>
    <message>
        <location filename="../../ui/operator/detail.py" line="122" />
        <source>Thing group</source>
        <translation>Thing-Gruppe</translation>
    </message>
    <message>
        <location filename="../../ui/operator/detail.py" line="122" />
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <location filename="../../ui/operator/detail.py" line="124" />
        <source>Label</source>
        <translation>Etikett</translation>
    </message>
    <message>
        <location filename="../../ui/operator/detail.py" line="125" />
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <location filename="../../ui/operator/detail.py" line="126" />
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <location filename="../../ui/operator/detail.py" line="126" />
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location filename="../../ui/operator/detail.py" line="126" />
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <location filename="../../ui/operator/detail.py" line="127" />
        <source>Job progress</source>
        <translation>Job-Fortschritt</translation>
    </message>
    <message>
        <location filename="../../ui/operator/detail.py" line="128" />
        <source>Log</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <location filename="../../ui/operator/detail.py" line="154" />
        <source>Printed once the unit is ready</source>
        <translation>Wird gedruckt, sobald das Gerät bereit ist</translation>
    </message>
    <message>
        <location filename="../../ui/operator/detail.py" line="155" />
        <source>Printed once the unit passes</source>
        <translation>Wird gedruckt, sobald das Gerät bestanden hat</translation>
    </message>
    <message>
        <location filename="../../ui/operator/detail.py" line="157" />
        <source>Reprint: {status}</source>
        <translation>Nachdruck: {status}</translation>
    </message>
    <message>
        <location filename="../../ui/operator/detail.py" line="166" />
        <source>Select a slot to see its details</source>
        <translation>Steckplatz auswählen, um Details zu sehen</translation>
    </message>
    <message>
        <location filename="../../ui/operator/detail.py" line="175" />
        <source>serial not read yet</source>
        <translation>Seriennummer noch nicht gelesen</translation>
    </message>
    <message>
        <location filename="../../ui/operator/detail.py" line="176" />
        <source>Unit {unit}: {serial} — {result}</source>
        <translation>Gerät {unit}: {serial} — {result}</translation>
    </message>
    <message>
        <location filename="../../ui/operator/detail.py" line="186" />
        <source>{seconds} s</source>
        <translation>{seconds} s</translation>
    </message>
    <message>
        <location filename="../../ui/operator/detail.py" line="188" />
        <source>stopped</source>
        <translation>angehalten</translation>
    </message>
    <message>
        <location filename="../../ui/operator/detail.py" line="188" />
        <source>running…</source>
        <translation>läuft…</translation>
    </message>
    <message>
        <location filename="../../ui/operator/detail.py" line="198" />
        <source>Waiting for the first job update</source>
        <translation>Warten auf die erste Job-Meldung</translation>
    </message>
    <message>
        <location filename="../../ui/operator/detail.py" line="199" />
        <source>No job activity: this station passes units once registered</source>
        <translation>Keine Job-Aktivität: diese Station gibt Geräte nach der Registrierung frei</translation>
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
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../../ui/engineer/view.py" line="47" />
        <location filename="../../ui/engineer/view.py" line="187" />
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location filename="../../ui/engineer/view.py" line="48" />
        <location filename="../../ui/engineer/view.py" line="172" />
        <location filename="../../ui/engineer/view.py" line="187" />
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../ui/engineer/view.py" line="48" />
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location filename="../../ui/engineer/view.py" line="49" />
        <source>Uploaded</source>
        <translation>Hochgeladen</translation>
    </message>
    <message>
        <location filename="../../ui/engineer/view.py" line="50" />
        <location filename="../../ui/engineer/view.py" line="188" />
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location filename="../../ui/engineer/view.py" line="52" />
        <source>firmware</source>
        <extracomment>The catalog's kinds (data) and their words.</extracomment>
        <translation>Firmware</translation>
    </message>
    <message>
        <location filename="../../ui/engineer/view.py" line="53" />
        <source>config</source>
        <translation>Konfiguration</translation>
    </message>
    <message>
        <location filename="../../ui/engineer/view.py" line="101" />
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <location filename="../../ui/engineer/view.py" line="102" />
        <source>PROBLEM</source>
        <translation>PROBLEM</translation>
    </message>
    <message>
        <location filename="../../ui/engineer/view.py" line="103" />
        <location filename="../../ui/engineer/view.py" line="169" />
        <source>not checked</source>
        <translation>nicht geprüft</translation>
    </message>
    <message>
        <location filename="../../ui/engineer/view.py" line="108" />
        <source>do this: {remedy}</source>
        <translation>Abhilfe: {remedy}</translation>
    </message>
    <message>
        <location filename="../../ui/engineer/view.py" line="158" />
        <source>Station profile (read-only)</source>
        <translation>Stationsprofil (nur lesen)</translation>
    </message>
    <message>
        <location filename="../../ui/engineer/view.py" line="162" />
        <source>Cloud connection</source>
        <translation>Cloud-Verbindung</translation>
    </message>
    <message>
        <location filename="../../ui/engineer/view.py" line="163" />
        <source>Check connection</source>
        <translation>Verbindung prüfen</translation>
    </message>
    <message>
        <location filename="../../ui/engineer/view.py" line="164" />
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <location filename="../../ui/engineer/view.py" line="164" />
        <source>Endpoint</source>
        <translation>Endpunkt</translation>
    </message>
    <message>
        <location filename="../../ui/engineer/view.py" line="164" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/engineer/view.py" line="170" />
        <source>Release firmware or configuration to a group</source>
        <translation>Firmware oder Konfiguration für eine Gruppe freigeben</translation>
    </message>
    <message>
        <location filename="../../ui/engineer/view.py" line="171" />
        <source>version from the catalog</source>
        <translation>Version aus dem Katalog</translation>
    </message>
    <message>
        <location filename="../../ui/engineer/view.py" line="172" />
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <location filename="../../ui/engineer/view.py" line="175" />
        <source>Release…</source>
        <translation>Freigeben…</translation>
    </message>
    <message>
        <location filename="../../ui/engineer/view.py" line="176" />
        <source>New continuous job for the group; the old one is cancelled</source>
        <translation>Neuer fortlaufender Job für die Gruppe; der alte wird abgebrochen</translation>
    </message>
    <message>
        <location filename="../../ui/engineer/view.py" line="180" />
        <source>Upload to the catalog</source>
        <translation>In den Katalog hochladen</translation>
    </message>
    <message>
        <location filename="../../ui/engineer/view.py" line="181" />
        <source>new version, e.g. 1.4.2</source>
        <translation>neue Version, z. B. 1.4.2</translation>
    </message>
    <message>
        <location filename="../../ui/engineer/view.py" line="182" />
        <source>release notes (optional, at most 1024 characters)</source>
        <translation>Versionshinweise (optional, höchstens 1024 Zeichen)</translation>
    </message>
    <message>
        <location filename="../../ui/engineer/view.py" line="183" />
        <source>firmware image (.bin) or configuration (.json)</source>
        <translation>Firmware-Image (.bin) oder Konfiguration (.json)</translation>
    </message>
    <message>
        <location filename="../../ui/engineer/view.py" line="184" />
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <location filename="../../ui/engineer/view.py" line="185" />
        <source>Replace an existing version</source>
        <translation>Vorhandene Version ersetzen</translation>
    </message>
    <message>
        <location filename="../../ui/engineer/view.py" line="186" />
        <source>Only if no unit can have received the old content yet (confirmed)</source>
        <translation>Nur wenn noch kein Gerät den alten Inhalt erhalten haben kann (mit Bestätigung)</translation>
    </message>
    <message>
        <location filename="../../ui/engineer/view.py" line="188" />
        <location filename="../../ui/engineer/view.py" line="218" />
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location filename="../../ui/engineer/view.py" line="190" />
        <source>Upload to catalog</source>
        <translation>In Katalog hochladen</translation>
    </message>
    <message>
        <location filename="../../ui/engineer/view.py" line="191" />
        <source>Add a firmware image or configuration version</source>
        <translation>Ein Firmware-Image oder eine Konfigurationsversion hinzufügen</translation>
    </message>
    <message>
        <location filename="../../ui/engineer/view.py" line="192" />
        <source>Firmware and configuration catalog</source>
        <translation>Katalog für Firmware und Konfiguration</translation>
    </message>
    <message>
        <location filename="../../ui/engineer/view.py" line="194" />
        <source>Not loaded.</source>
        <translation>Nicht geladen.</translation>
    </message>
    <message>
        <location filename="../../ui/engineer/view.py" line="195" />
        <source>Refresh catalog</source>
        <translation>Katalog aktualisieren</translation>
    </message>
    <message>
        <location filename="../../ui/engineer/view.py" line="212" />
        <source>embedded local cloud</source>
        <translation>eingebettete lokale Cloud</translation>
    </message>
    <message>
        <location filename="../../ui/engineer/view.py" line="213" />
        <source>AWS, profile {profile}, region {region}</source>
        <translation>AWS, Profil {profile}, Region {region}</translation>
    </message>
    <message>
        <location filename="../../ui/engineer/view.py" line="214" />
        <source>(default chain)</source>
        <translation>(Standardkette)</translation>
    </message>
    <message>
        <location filename="../../ui/engineer/view.py" line="215" />
        <source>model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location filename="../../ui/engineer/view.py" line="215" />
        <source>rev</source>
        <translation>Rev.</translation>
    </message>
    <message>
        <location filename="../../ui/engineer/view.py" line="215" />
        <source>line</source>
        <translation>Linie</translation>
    </message>
    <message>
        <location filename="../../ui/engineer/view.py" line="218" />
        <source>packaged demo profile</source>
        <translation>mitgeliefertes Demo-Profil</translation>
    </message>
    <message>
        <location filename="../../ui/engineer/view.py" line="220" />
        <source>Station</source>
        <translation>Station</translation>
    </message>
    <message>
        <location filename="../../ui/engineer/view.py" line="220" />
        <source>{station}, batch {batch}</source>
        <translation>{station}, Charge {batch}</translation>
    </message>
    <message>
        <location filename="../../ui/engineer/view.py" line="222" />
        <source>Cloud</source>
        <translation>Cloud</translation>
    </message>
    <message>
        <location filename="../../ui/engineer/view.py" line="223" />
        <source>In parallel</source>
        <translation>Parallel</translation>
    </message>
    <message>
        <location filename="../../ui/engineer/view.py" line="224" />
        <source>Thing names</source>
        <translation>Thing-Namen</translation>
    </message>
    <message>
        <location filename="../../ui/engineer/view.py" line="225" />
        <source>Keys</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <location filename="../../ui/engineer/view.py" line="226" />
        <source>Device policy</source>
        <translation>Geräte-Richtlinie</translation>
    </message>
    <message>
        <location filename="../../ui/engineer/view.py" line="226" />
        <source>{policy} (attached to the {target})</source>
        <translation>{policy} (angehängt an: {target})</translation>
    </message>
    <message>
        <location filename="../../ui/engineer/view.py" line="228" />
        <source>Unit passes when</source>
        <translation>Gerät besteht, wenn</translation>
    </message>
    <message>
        <location filename="../../ui/engineer/view.py" line="229" />
        <source>Groups</source>
        <translation>Gruppen</translation>
    </message>
    <message>
        <location filename="../../ui/engineer/view.py" line="233" />
        <source>Models</source>
        <translation>Modelle</translation>
    </message>
    <message>
        <location filename="../../ui/engineer/view.py" line="238" />
        <source>registered (certificate written and verified)</source>
        <translation>registriert (Zertifikat geschrieben und geprüft)</translation>
    </message>
    <message>
        <location filename="../../ui/engineer/view.py" line="239" />
        <source>ready (every current job of its group succeeded)</source>
        <translation>bereit (jeder aktuelle Job seiner Gruppe erfolgreich)</translation>
    </message>
    <message>
        <location filename="../../ui/engineer/view.py" line="242" />
        <source>{until}; profile says {profile}</source>
        <translation>{until}; laut Profil {profile}</translation>
    </message>
    <message>
        <location filename="../../ui/engineer/view.py" line="363" />
        <source>checking…</source>
        <translation>wird geprüft…</translation>
    </message>
    <message>
        <location filename="../../ui/engineer/view.py" line="370" />
        <source>the check failed: {error}</source>
        <translation>die Prüfung ist fehlgeschlagen: {error}</translation>
    </message>
    <message>
        <location filename="../../ui/engineer/view.py" line="376" />
        <source>ready</source>
        <translation>bereit</translation>
    </message>
    <message>
        <location filename="../../ui/engineer/view.py" line="377" />
        <source>1 problem</source>
        <translation>1 Problem</translation>
    </message>
    <message>
        <location filename="../../ui/engineer/view.py" line="378" />
        <source>{n} problems</source>
        <translation>{n} Probleme</translation>
    </message>
    <message>
        <location filename="../../ui/engineer/view.py" line="379" />
        <source>could not check</source>
        <translation>Prüfung nicht möglich</translation>
    </message>
    <message>
        <location filename="../../ui/engineer/view.py" line="389" />
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <location filename="../../ui/engineer/view.py" line="398" />
        <source>Catalog not available: {cause}</source>
        <translation>Katalog nicht verfügbar: {cause}</translation>
    </message>
    <message>
        <location filename="../../ui/engineer/view.py" line="404" />
        <source>1 entry in {where}</source>
        <translation>1 Eintrag in {where}</translation>
    </message>
    <message>
        <location filename="../../ui/engineer/view.py" line="405" />
        <source>{n} entries in {where}</source>
        <translation>{n} Einträge in {where}</translation>
    </message>
    <message>
        <location filename="../../ui/engineer/view.py" line="431" />
        <source>Firmware image or configuration</source>
        <translation>Firmware-Image oder Konfiguration</translation>
    </message>
    <message>
        <location filename="../../ui/engineer/view.py" line="433" />
        <source>Firmware images (*.bin *.img *.hex)</source>
        <translation>Firmware-Images (*.bin *.img *.hex)</translation>
    </message>
    <message>
        <location filename="../../ui/engineer/view.py" line="433" />
        <source>Configurations (*.json)</source>
        <translation>Konfigurationen (*.json)</translation>
    </message>
    <message>
        <location filename="../../ui/engineer/view.py" line="434" />
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../../ui/engineer/view.py" line="447" />
        <source>Upload: choose a file and type the version first.</source>
        <translation>Hochladen: zuerst eine Datei wählen und die Version eingeben.</translation>
    </message>
    <message>
        <location filename="../../ui/engineer/view.py" line="458" />
        <source>REPLACE {kind} {model} {version} in the catalog? Units that already received it keep the old content.</source>
        <translation>{kind} {model} {version} im Katalog ERSETZEN? Geräte, die sie schon erhalten haben, behalten den alten Inhalt.</translation>
    </message>
    <message>
        <location filename="../../ui/engineer/view.py" line="460" />
        <source>Replace</source>
        <translation>Ersetzen</translation>
    </message>
    <message>
        <location filename="../../ui/engineer/view.py" line="461" />
        <source>{kind} {model} {version} is in the catalog ({size} B, sha256 {sha}…)</source>
        <translation>{kind} {model} {version} ist im Katalog ({size} B, sha256 {sha}…)</translation>
    </message>
    <message>
        <location filename="../../ui/engineer/view.py" line="475" />
        <source>Release: choose the group and the version first.</source>
        <translation>Freigabe: zuerst Gruppe und Version wählen.</translation>
    </message>
    <message>
        <location filename="../../ui/engineer/view.py" line="481" />
        <source>{kind} {model} {version} released to {group}: new continuous job {job}</source>
        <translation>{kind} {model} {version} für {group} freigegeben: neuer fortlaufender Job {job}</translation>
    </message>
    <message>
        <location filename="../../ui/engineer/view.py" line="484" />
        <source>{kind} {model} {version} was already the release of {group} (job {job})</source>
        <translation>{kind} {model} {version} war bereits die Freigabe für die Gruppe {group} (Job {job})</translation>
    </message>
    <message>
        <location filename="../../ui/engineer/view.py" line="486" />
        <source>; canceled {jobs}</source>
        <translation>; abgebrochen: {jobs}</translation>
    </message>
    <message>
        <location filename="../../ui/engineer/view.py" line="487" />
        <source>; nothing to cancel</source>
        <translation>; nichts abzubrechen</translation>
    </message>
    <message>
        <location filename="../../ui/engineer/view.py" line="492" />
        <source>Release {kind} {version} to every unit of group {group}? Its current {kind} job is cancelled (queued units get the new version; running installs finish).</source>
        <translation>{kind} {version} für jedes Gerät der Gruppe {group} freigeben? Ihr aktueller {kind}-Job wird abgebrochen (wartende Geräte erhalten die neue Version; laufende Installationen werden beendet).</translation>
    </message>
    <message>
        <location filename="../../ui/engineer/view.py" line="495" />
        <source>Release {version}</source>
        <translation>{version} freigeben</translation>
    </message>
</context>
<context>
    <name>LabelPreview</name>
    <message>
        <location filename="../../ui/labels/preview.py" line="34" />
        <source>Preview of the unit's label, drawn from the profile's label template</source>
        <extracomment>What is drawn: the profile's fields filled with the unit's data (the printer gets the same).</extracomment>
        <translation>Vorschau des Geräte-Etiketts, gezeichnet nach der Etikettvorlage des Profils</translation>
    </message>
    <message>
        <location filename="../../ui/labels/preview.py" line="35" />
        <source>Label preview</source>
        <translation>Etikett-Vorschau</translation>
    </message>
</context>
<context>
    <name>LanguageSwitch</name>
    <message>
        <location filename="../../ui/language.py" line="48" />
        <source>Language of this window</source>
        <extracomment>Where the window's settings keep the language chosen on this PC (read by choose_language's ``remembered``).</extracomment>
        <translation>Sprache dieses Fensters</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="280" />
        <source>Shift</source>
        <extracomment>The window's own key: full screen on and off (the operator view's keys are in ui.operator.view.KEYS).</extracomment>
        <translation>Schicht</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="296" />
        <source>Provisioning station {version} — {cloud}</source>
        <translation>Provisionierungsstation {version} — {cloud}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="298" />
        <source>Operator</source>
        <translation>Bediener</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="299" />
        <source>QA</source>
        <translation>QA</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="300" />
        <source>Engineer</source>
        <translation>Ingenieur</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="302" />
        <source>Language of the window</source>
        <translation>Sprache des Fensters</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="305" />
        <source>Full screen on or off</source>
        <translation>Vollbild ein oder aus</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="306" />
        <source>Full screen on or off ({key})</source>
        <translation>Vollbild ein oder aus ({key})</translation>
    </message>
</context>
<context>
    <name>OperatorView</name>
    <message>
        <location filename="../../ui/operator/view.py" line="63" />
        <source>Scan: put the cursor in the scan field</source>
        <extracomment>Slots brought up to date (or created) per flush. A flush of all 64 at once (they start and finish together) took longer than a frame, and painting them all in one go too: the rest follow one frame later. New slot widgets per flush: creating and first showing (styling) one costs milliseconds, so 64 boards plugged at once join the wall a few per frame. Below this width (logical px) the detail panel is folded away and the wall takes the whole width; the Details button (F4) unfolds it. A 1366- or 1440-px line PC needs every pixel for 32 or 64 tiles. The operator's keys: one place, for the shortcuts, their tooltips and docs/gui.md ("Keyboard"). What the keys do, for their tooltips and the window's action list (translated where shown).</extracomment>
        <translation>Scannen: Cursor ins Scanfeld setzen</translation>
    </message>
    <message>
        <location filename="../../ui/operator/view.py" line="64" />
        <location filename="../../ui/operator/view.py" line="321" />
        <source>Show or hide the detail panel</source>
        <translation>Detailbereich ein- oder ausblenden</translation>
    </message>
    <message>
        <location filename="../../ui/operator/view.py" line="65" />
        <location filename="../../ui/operator/view.py" line="316" />
        <source>Start every plugged board that is waiting or failed</source>
        <translation>Jede eingesteckte Platine starten, die wartet oder fehlgeschlagen ist</translation>
    </message>
    <message>
        <location filename="../../ui/operator/view.py" line="66" />
        <source>Start or retry the selected slot</source>
        <translation>Ausgewählten Steckplatz starten oder wiederholen</translation>
    </message>
    <message>
        <location filename="../../ui/operator/view.py" line="67" />
        <source>Clear the selected slot's result (remove an empty slot)</source>
        <translation>Ergebnis des ausgewählten Steckplatzes löschen (leeren Steckplatz entfernen)</translation>
    </message>
    <message>
        <location filename="../../ui/operator/view.py" line="68" />
        <source>Select the next failed slot and acknowledge it</source>
        <translation>Nächsten fehlgeschlagenen Steckplatz auswählen und quittieren</translation>
    </message>
    <message>
        <location filename="../../ui/operator/view.py" line="69" />
        <source>Select the next slot</source>
        <translation>Nächsten Steckplatz auswählen</translation>
    </message>
    <message>
        <location filename="../../ui/operator/view.py" line="70" />
        <source>Select the previous slot</source>
        <translation>Vorherigen Steckplatz auswählen</translation>
    </message>
    <message>
        <location filename="../../ui/operator/view.py" line="76" />
        <source>{text} ({key})</source>
        <translation>{text} ({key})</translation>
    </message>
    <message>
        <location filename="../../ui/operator/view.py" line="299" />
        <source>Scan label</source>
        <translation>Etikett scannen</translation>
    </message>
    <message>
        <location filename="../../ui/operator/view.py" line="300" />
        <source>scan a board's barcode (or type the serial and press Enter)</source>
        <translation>Barcode einer Platine scannen (oder Seriennummer eingeben und Enter drücken)</translation>
    </message>
    <message>
        <location filename="../../ui/operator/view.py" line="301" />
        <source>Scan a label here</source>
        <translation>Etikett hier scannen</translation>
    </message>
    <message>
        <location filename="../../ui/operator/view.py" line="302" />
        <source>passed</source>
        <translation>bestanden</translation>
    </message>
    <message>
        <location filename="../../ui/operator/view.py" line="303" />
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../../ui/operator/view.py" line="304" />
        <source>waiting for cloud</source>
        <translation>wartet auf Cloud</translation>
    </message>
    <message>
        <location filename="../../ui/operator/view.py" line="305" />
        <source>Units provisioned while the cloud could not be reached: complete on the board and recorded; the station confirms each with AWS once it is back.</source>
        <translation>Geräte, die provisioniert wurden, während die Cloud nicht erreichbar war: auf der Platine vollständig und aufgezeichnet; die Station bestätigt jedes bei AWS, sobald sie wieder erreichbar ist.</translation>
    </message>
    <message>
        <location filename="../../ui/operator/view.py" line="308" />
        <source>units / hour</source>
        <translation>Geräte / Stunde</translation>
    </message>
    <message>
        <location filename="../../ui/operator/view.py" line="310" />
        <source>Units finished (passed or failed) over the last {minutes} minutes, per hour. Shown once at least 3 units finished and 2 minutes passed, or the whole {minutes} minutes did.</source>
        <translation>Fertige Geräte (bestanden oder fehlgeschlagen) der letzten {minutes} Minuten, pro Stunde. Angezeigt, sobald mindestens 3 Geräte fertig und 2 Minuten vergangen sind oder die ganzen {minutes} Minuten.</translation>
    </message>
    <message>
        <location filename="../../ui/operator/view.py" line="312" />
        <source>Start on plug-in</source>
        <translation>Beim Einstecken starten</translation>
    </message>
    <message>
        <location filename="../../ui/operator/view.py" line="314" />
        <source>Start each board as soon as it is plugged in; off: press Start all or Start</source>
        <translation>Jede Platine sofort nach dem Einstecken starten; aus: „Alle starten“ oder „Start“ drücken</translation>
    </message>
    <message>
        <location filename="../../ui/operator/view.py" line="315" />
        <source>Start all</source>
        <translation>Alle starten</translation>
    </message>
    <message>
        <location filename="../../ui/operator/view.py" line="318" />
        <source>Remove empty</source>
        <translation>Leere entfernen</translation>
    </message>
    <message>
        <location filename="../../ui/operator/view.py" line="319" />
        <source>Take slots of removed boards off the wall</source>
        <translation>Steckplätze abgezogener Platinen von der Wand nehmen</translation>
    </message>
    <message>
        <location filename="../../ui/operator/view.py" line="320" />
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../ui/operator/view.py" line="322" />
        <source>Check again</source>
        <translation>Erneut prüfen</translation>
    </message>
    <message>
        <location filename="../../ui/operator/view.py" line="434" />
        <source>1 port without a board driver, left alone: {ports} (re-plug a device to try again)</source>
        <translation>1 Port ohne Platinentreiber, wird ignoriert: {ports} (Gerät neu einstecken, um es erneut zu versuchen)</translation>
    </message>
    <message>
        <location filename="../../ui/operator/view.py" line="436" />
        <source>{n} port(s) without a board driver, left alone: {ports} (re-plug a device to try again)</source>
        <translation>{n} Ports ohne Platinentreiber, werden ignoriert: {ports} (Gerät neu einstecken, um es erneut zu versuchen)</translation>
    </message>
    <message>
        <location filename="../../ui/operator/view.py" line="463" />
        <source>Connecting to the cloud ({cloud})…</source>
        <translation>Verbindung zur Cloud ({cloud})…</translation>
    </message>
    <message>
        <location filename="../../ui/operator/view.py" line="468" />
        <source>The station cannot run: {cause}
Do this: {remedy}</source>
        <translation>Die Station kann nicht laufen: {cause}
Abhilfe: {remedy}</translation>
    </message>
    <message>
        <location filename="../../ui/operator/view.py" line="471" />
        <source>Station stopped.</source>
        <translation>Station angehalten.</translation>
    </message>
    <message>
        <location filename="../../ui/operator/view.py" line="485" />
        <source>{cloud} · checking…</source>
        <translation>{cloud} · wird geprüft…</translation>
    </message>
    <message>
        <location filename="../../ui/operator/view.py" line="495" />
        <source>No unit starts: the cloud cannot be used ({indicator}).</source>
        <translation>Kein Gerät startet: die Cloud ist nicht nutzbar ({indicator}).</translation>
    </message>
    <message>
        <location filename="../../ui/operator/view.py" line="500" />
        <source>Do this: {remedy}</source>
        <translation>Abhilfe: {remedy}</translation>
    </message>
    <message>
        <location filename="../../ui/operator/view.py" line="502" />
        <source>The station checks again by itself every {seconds} s, or press Check again.</source>
        <translation>Die Station prüft alle {seconds} s selbst erneut, oder „Erneut prüfen“ drücken.</translation>
    </message>
    <message>
        <location filename="../../ui/operator/view.py" line="534" />
        <source>The cloud cannot be used yet: see the red banner.</source>
        <translation>Die Cloud ist noch nicht nutzbar: siehe rotes Banner.</translation>
    </message>
    <message>
        <location filename="../../ui/operator/view.py" line="537" />
        <source>That board is no longer plugged in.</source>
        <translation>Diese Platine ist nicht mehr eingesteckt.</translation>
    </message>
    <message>
        <location filename="../../ui/operator/view.py" line="556" />
        <location filename="../../ui/operator/view.py" line="562" />
        <source>Select a slot first (PgDown, PgUp or F9).</source>
        <translation>Zuerst einen Steckplatz auswählen (Bild ab, Bild auf oder F9).</translation>
    </message>
    <message>
        <location filename="../../ui/operator/view.py" line="573" />
        <source>No failed slot.</source>
        <translation>Kein fehlgeschlagener Steckplatz.</translation>
    </message>
    <message>
        <location filename="../../ui/operator/view.py" line="656" />
        <source>⚠ {serial}: {reason}</source>
        <translation>⚠ {serial}: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/operator/view.py" line="663" />
        <source>{serial} → unit {unit} ({port}), waiting for the board's serial</source>
        <translation>{serial} → Gerät {unit} ({port}), wartet auf die Seriennummer der Platine</translation>
    </message>
    <message>
        <location filename="../../ui/operator/view.py" line="665" />
        <source>✔ {serial} → unit {unit} ({port}): matches the board</source>
        <translation>✔ {serial} → Gerät {unit} ({port}): passt zur Platine</translation>
    </message>
    <message>
        <location filename="../../ui/operator/view.py" line="666" />
        <source>⚠ {serial} → unit {unit} ({port}): DOES NOT MATCH the board ({reported})</source>
        <translation>⚠ {serial} → Gerät {unit} ({port}): PASST NICHT zur Platine ({reported})</translation>
    </message>
</context>
<context>
    <name>QAView</name>
    <message>
        <location filename="../../ui/qa/view.py" line="55" />
        <source>Job</source>
        <extracomment>The job history's columns and the identity form's captions (translated at use: QAView.retranslate).</extracomment>
        <translation>Job</translation>
    </message>
    <message>
        <location filename="../../ui/qa/view.py" line="55" />
        <source>Operation</source>
        <translation>Vorgang</translation>
    </message>
    <message>
        <location filename="../../ui/qa/view.py" line="56" />
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../ui/qa/view.py" line="56" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/qa/view.py" line="57" />
        <source>Last update</source>
        <translation>Letzte Änderung</translation>
    </message>
    <message>
        <location filename="../../ui/qa/view.py" line="57" />
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../ui/qa/view.py" line="59" />
        <source>Serial</source>
        <translation>Seriennr.</translation>
    </message>
    <message>
        <location filename="../../ui/qa/view.py" line="59" />
        <source>Model / revision</source>
        <translation>Modell / Revision</translation>
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
        <translation>Konfiguration</translation>
    </message>
    <message>
        <location filename="../../ui/qa/view.py" line="61" />
        <source>Thing name</source>
        <translation>Thing-Name</translation>
    </message>
    <message>
        <location filename="../../ui/qa/view.py" line="61" />
        <source>Certificates</source>
        <translation>Zertifikate</translation>
    </message>
    <message>
        <location filename="../../ui/qa/view.py" line="62" />
        <source>Thing groups</source>
        <translation>Thing-Gruppen</translation>
    </message>
    <message>
        <location filename="../../ui/qa/view.py" line="62" />
        <source>Station / batch</source>
        <translation>Station / Charge</translation>
    </message>
    <message>
        <location filename="../../ui/qa/view.py" line="63" />
        <source>Records here</source>
        <translation>Aufzeichnungen hier</translation>
    </message>
    <message>
        <location filename="../../ui/qa/view.py" line="66" />
        <source>firmware install</source>
        <extracomment>The history's operation words (ui.qa.lookup.OPERATION_WORDS), translated at use.</extracomment>
        <translation>Firmware-Installation</translation>
    </message>
    <message>
        <location filename="../../ui/qa/view.py" line="67" />
        <source>config download</source>
        <translation>Konfiguration laden</translation>
    </message>
    <message>
        <location filename="../../ui/qa/view.py" line="68" />
        <source>config upload</source>
        <translation>Konfiguration hochladen</translation>
    </message>
    <message>
        <location filename="../../ui/qa/view.py" line="69" />
        <source>other</source>
        <translation>sonstige</translation>
    </message>
    <message>
        <location filename="../../ui/qa/view.py" line="205" />
        <source>Look up a unit</source>
        <translation>Gerät suchen</translation>
    </message>
    <message>
        <location filename="../../ui/qa/view.py" line="206" />
        <source>serial number or thing name (scan or type)</source>
        <translation>Seriennummer oder Thing-Name (scannen oder eingeben)</translation>
    </message>
    <message>
        <location filename="../../ui/qa/view.py" line="207" />
        <source>Look up</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <location filename="../../ui/qa/view.py" line="208" />
        <source>your name</source>
        <translation>Ihr Name</translation>
    </message>
    <message>
        <location filename="../../ui/qa/view.py" line="209" />
        <source>Written to the audit trail with every action (empty: the logged-in user)</source>
        <translation>Wird bei jeder Aktion ins Audit-Protokoll geschrieben (leer: der angemeldete Benutzer)</translation>
    </message>
    <message>
        <location filename="../../ui/qa/view.py" line="210" />
        <source>Your name</source>
        <translation>Ihr Name</translation>
    </message>
    <message>
        <location filename="../../ui/qa/view.py" line="211" />
        <source>Cloud identity</source>
        <translation>Identität in der Cloud</translation>
    </message>
    <message>
        <location filename="../../ui/qa/view.py" line="214" />
        <source>Job history</source>
        <translation>Job-Verlauf</translation>
    </message>
    <message>
        <location filename="../../ui/qa/view.py" line="216" />
        <source>Every job execution of the unit (its own and its groups'), newest first. Select one to cancel it.</source>
        <translation>Jede Job-Ausführung des Geräts (eigene und die seiner Gruppen), neueste zuerst. Eine auswählen, um sie abzubrechen.</translation>
    </message>
    <message>
        <location filename="../../ui/qa/view.py" line="218" />
        <source>Actions on this unit</source>
        <translation>Aktionen für dieses Gerät</translation>
    </message>
    <message>
        <location filename="../../ui/qa/view.py" line="219" />
        <source>group's current</source>
        <translation>aktuelle der Gruppe</translation>
    </message>
    <message>
        <location filename="../../ui/qa/view.py" line="221" />
        <source>Re-run config</source>
        <translation>Konfiguration erneut laden</translation>
    </message>
    <message>
        <location filename="../../ui/qa/view.py" line="223" />
        <source>Queue a configuration download again for this unit (the group's current version unless one is chosen)</source>
        <translation>Konfigurations-Download für dieses Gerät erneut einreihen (die aktuelle Version der Gruppe, sofern keine gewählt ist)</translation>
    </message>
    <message>
        <location filename="../../ui/qa/view.py" line="224" />
        <source>version, e.g. 1.4.2</source>
        <translation>Version, z. B. 1.4.2</translation>
    </message>
    <message>
        <location filename="../../ui/qa/view.py" line="225" />
        <source>Forced downgrade</source>
        <translation>Erzwungenes Downgrade</translation>
    </message>
    <message>
        <location filename="../../ui/qa/view.py" line="226" />
        <source>Allow installing an older version (QA role, confirmation, audit trail)</source>
        <translation>Installation einer älteren Version erlauben (Rolle QA, Bestätigung, Audit-Protokoll)</translation>
    </message>
    <message>
        <location filename="../../ui/qa/view.py" line="228" />
        <source>Push version</source>
        <translation>Version aufspielen</translation>
    </message>
    <message>
        <location filename="../../ui/qa/view.py" line="229" />
        <source>Snapshot update job for this unit</source>
        <translation>Einmaliger Update-Job für dieses Gerät</translation>
    </message>
    <message>
        <location filename="../../ui/qa/view.py" line="230" />
        <source>Upload golden config</source>
        <translation>Referenz-Konfiguration hochladen</translation>
    </message>
    <message>
        <location filename="../../ui/qa/view.py" line="232" />
        <source>Ask this unit to upload its configuration; the upload key appears when done</source>
        <translation>Dieses Gerät seine Konfiguration hochladen lassen; der Upload-Schlüssel erscheint danach</translation>
    </message>
    <message>
        <location filename="../../ui/qa/view.py" line="233" />
        <source>upload key (from 'Upload golden config') or catalog config version</source>
        <translation>Upload-Schlüssel (aus „Referenz-Konfiguration hochladen“) oder Konfigurationsversion aus dem Katalog</translation>
    </message>
    <message>
        <location filename="../../ui/qa/view.py" line="235" />
        <source>things or thing groups, separated by spaces or commas</source>
        <translation>Things oder Thing-Gruppen, getrennt durch Leerzeichen oder Kommas</translation>
    </message>
    <message>
        <location filename="../../ui/qa/view.py" line="236" />
        <source>Propagate to</source>
        <translation>Verteilen an</translation>
    </message>
    <message>
        <location filename="../../ui/qa/view.py" line="237" />
        <source>Propagate config…</source>
        <translation>Konfiguration verteilen…</translation>
    </message>
    <message>
        <location filename="../../ui/qa/view.py" line="239" />
        <source>Send the uploaded configuration (or a catalog version) to other units or a group</source>
        <translation>Die hochgeladene Konfiguration (oder eine Katalogversion) an andere Geräte oder eine Gruppe senden</translation>
    </message>
    <message>
        <location filename="../../ui/qa/view.py" line="240" />
        <source>Force (also stop running executions)</source>
        <translation>Erzwingen (auch laufende Ausführungen stoppen)</translation>
    </message>
    <message>
        <location filename="../../ui/qa/view.py" line="241" />
        <source>Only for units known to be dead: a unit may be mid-install</source>
        <translation>Nur für Geräte, die sicher ausgefallen sind: ein Gerät kann mitten in der Installation sein</translation>
    </message>
    <message>
        <location filename="../../ui/qa/view.py" line="242" />
        <source>Cancel selected job…</source>
        <translation>Ausgewählten Job abbrechen…</translation>
    </message>
    <message>
        <location filename="../../ui/qa/view.py" line="244" />
        <source>Cancel the job selected in the history (queued executions; with force also running ones)</source>
        <translation>Den im Verlauf ausgewählten Job abbrechen (wartende Ausführungen; mit Erzwingen auch laufende)</translation>
    </message>
    <message>
        <location filename="../../ui/qa/view.py" line="245" />
        <source>Reprint label</source>
        <translation>Etikett nachdrucken</translation>
    </message>
    <message>
        <location filename="../../ui/qa/view.py" line="247" />
        <source>Print this unit's label again on the station's label printer</source>
        <translation>Etikett dieses Geräts erneut auf dem Etikettendrucker der Station drucken</translation>
    </message>
    <message>
        <location filename="../../ui/qa/view.py" line="248" />
        <source>Revoke certificate…</source>
        <translation>Zertifikat widerrufen…</translation>
    </message>
    <message>
        <location filename="../../ui/qa/view.py" line="250" />
        <source>Revoke every certificate of this unit (or of the typed serial): AWS refuses its connections from then on, also a unit provisioned offline that AWS has never seen</source>
        <translation>Jedes Zertifikat dieses Geräts (oder der eingegebenen Seriennummer) widerrufen: AWS lehnt danach seine Verbindungen ab, auch bei einem offline provisionierten Gerät, das AWS nie gesehen hat</translation>
    </message>
    <message>
        <location filename="../../ui/qa/view.py" line="252" />
        <source>reason for revoking (audit trail and the unit's history)</source>
        <translation>Grund für den Widerruf (Audit-Protokoll und Verlauf des Geräts)</translation>
    </message>
    <message>
        <location filename="../../ui/qa/view.py" line="253" />
        <source>Every action, refused or failed ones too, is written to the audit trail with your name and role.</source>
        <translation>Jede Aktion, auch abgelehnte oder fehlgeschlagene, wird mit Ihrem Namen und Ihrer Rolle ins Audit-Protokoll geschrieben.</translation>
    </message>
    <message>
        <location filename="../../ui/qa/view.py" line="258" />
        <source>Look a unit up to act on it.</source>
        <translation>Ein Gerät suchen, um damit zu arbeiten.</translation>
    </message>
    <message>
        <location filename="../../ui/qa/view.py" line="332" />
        <source>Scan or type a serial number or thing name first.</source>
        <translation>Zuerst eine Seriennummer oder einen Thing-Namen scannen oder eingeben.</translation>
    </message>
    <message>
        <location filename="../../ui/qa/view.py" line="364" />
        <source>{serial}: provisioned, waiting for the cloud. AWS has not registered the unit yet (thing {thing}): its board has not connected.</source>
        <translation>{serial}: provisioniert, wartet auf die Cloud. AWS hat das Gerät noch nicht registriert (Thing {thing}): seine Platine hat sich noch nicht verbunden.</translation>
    </message>
    <message>
        <location filename="../../ui/qa/view.py" line="367" />
        <source>found {thing}: it was waiting for the cloud and is registered now (recorded)</source>
        <translation>{thing} gefunden: es wartete auf die Cloud und ist jetzt registriert (aufgezeichnet)</translation>
    </message>
    <message>
        <location filename="../../ui/qa/view.py" line="369" />
        <source>found {thing}</source>
        <translation>{thing} gefunden</translation>
    </message>
    <message>
        <location filename="../../ui/qa/view.py" line="374" />
        <source>found registered in AWS IoT by this lookup (it was waiting for the cloud)</source>
        <translation>bei dieser Suche in AWS IoT als registriert gefunden (es wartete auf die Cloud)</translation>
    </message>
    <message>
        <location filename="../../ui/qa/view.py" line="376" />
        <source>provisioned, waiting for the cloud: AWS has not seen the board connect yet</source>
        <translation>provisioniert, wartet auf die Cloud: AWS hat die Platine noch keine Verbindung aufbauen sehen</translation>
    </message>
    <message>
        <location filename="../../ui/qa/view.py" line="378" />
        <source>waiting for the cloud: its certificate is ACTIVE, its thing is not made yet</source>
        <translation>wartet auf die Cloud: sein Zertifikat ist ACTIVE, sein Thing ist noch nicht angelegt</translation>
    </message>
    <message>
        <location filename="../../ui/qa/view.py" line="379" />
        <source>waiting for the cloud: AWS holds its certificate as {status}</source>
        <translation>wartet auf die Cloud: AWS führt sein Zertifikat als {status}</translation>
    </message>
    <message>
        <location filename="../../ui/qa/view.py" line="385" />
        <source>not connected</source>
        <translation>nicht verbunden</translation>
    </message>
    <message>
        <location filename="../../ui/qa/view.py" line="405" />
        <source>{model} rev {hw} (thing type {type})</source>
        <translation>{model} Rev. {hw} (Thing-Typ {type})</translation>
    </message>
    <message>
        <location filename="../../ui/qa/view.py" line="406" />
        <source>{model} rev {hw}</source>
        <translation>{model} Rev. {hw}</translation>
    </message>
    <message>
        <location filename="../../ui/qa/view.py" line="407" />
        <location filename="../../ui/qa/view.py" line="408" />
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location filename="../../ui/qa/view.py" line="410" />
        <source>{thing} (not in AWS IoT yet)</source>
        <translation>{thing} (noch nicht in AWS IoT)</translation>
    </message>
    <message>
        <location filename="../../ui/qa/view.py" line="413" />
        <source>not seen by AWS yet</source>
        <translation>von AWS noch nicht gesehen</translation>
    </message>
    <message>
        <location filename="../../ui/qa/view.py" line="415" />
        <source>none attached</source>
        <translation>keines angehängt</translation>
    </message>
    <message>
        <location filename="../../ui/qa/view.py" line="416" />
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location filename="../../ui/qa/view.py" line="422" />
        <source>attempt {n}: {outcome} ({when}, {station})</source>
        <translation>Versuch {n}: {outcome} ({when}, {station})</translation>
    </message>
    <message>
        <location filename="../../ui/qa/view.py" line="423" />
        <source>station</source>
        <translation>Station</translation>
    </message>
    <message>
        <location filename="../../ui/qa/view.py" line="426" />
        <source>failed at {step}: {cause}</source>
        <translation>fehlgeschlagen bei {step}: {cause}</translation>
    </message>
    <message>
        <location filename="../../ui/qa/view.py" line="432" />
        <source>no records of this unit on this PC</source>
        <translation>keine Aufzeichnungen zu diesem Gerät auf diesem PC</translation>
    </message>
    <message>
        <location filename="../../ui/qa/view.py" line="438" />
        <source>{operation} (forced)</source>
        <translation>{operation} (erzwungen)</translation>
    </message>
    <message>
        <location filename="../../ui/qa/view.py" line="458" />
        <source>{action}: look a unit up first.</source>
        <translation>{action}: zuerst ein Gerät suchen.</translation>
    </message>
    <message>
        <location filename="../../ui/qa/view.py" line="476" />
        <source>configuration {version} queued for {thing} (job {job})</source>
        <translation>Konfiguration {version} für {thing} eingereiht (Job {job})</translation>
    </message>
    <message>
        <location filename="../../ui/qa/view.py" line="495" />
        <source>Push version: type or pick the firmware version first.</source>
        <translation>Version aufspielen: zuerst die Firmware-Version eingeben oder wählen.</translation>
    </message>
    <message>
        <location filename="../../ui/qa/view.py" line="503" />
        <source>FORCED install of firmware {version} on unit {unit} (thing {thing}). It runs {current} now; this is a DOWNGRADE. Continue?</source>
        <translation>ERZWUNGENE Installation der Firmware {version} auf Gerät {unit} (Thing {thing}). Es läuft jetzt {current}; das ist ein DOWNGRADE. Fortfahren?</translation>
    </message>
    <message>
        <location filename="../../ui/qa/view.py" line="505" />
        <source>FORCED install of firmware {version} on unit {unit} (thing {thing}). It runs {current} now. Continue?</source>
        <translation>ERZWUNGENE Installation der Firmware {version} auf Gerät {unit} (Thing {thing}). Es läuft jetzt {current}. Fortfahren?</translation>
    </message>
    <message>
        <location filename="../../ui/qa/view.py" line="512" />
        <source>Force {version}</source>
        <translation>{version} erzwingen</translation>
    </message>
    <message>
        <location filename="../../ui/qa/view.py" line="513" />
        <source>firmware {version} (forced) queued for {thing} (job {job})</source>
        <translation>Firmware {version} (erzwungen) für {thing} eingereiht (Job {job})</translation>
    </message>
    <message>
        <location filename="../../ui/qa/view.py" line="514" />
        <source>firmware {version} queued for {thing} (job {job})</source>
        <translation>Firmware {version} für {thing} eingereiht (Job {job})</translation>
    </message>
    <message>
        <location filename="../../ui/qa/view.py" line="530" />
        <source>{thing} asked to upload its configuration (job {job}); waiting for the unit</source>
        <translation>{thing} soll seine Konfiguration hochladen (Job {job}); warte auf das Gerät</translation>
    </message>
    <message>
        <location filename="../../ui/qa/view.py" line="539" />
        <source>Configuration of {thing} uploaded: {key}. Type targets and press 'Propagate config…'.</source>
        <translation>Konfiguration von {thing} hochgeladen: {key}. Ziele eingeben und „Konfiguration verteilen…“ drücken.</translation>
    </message>
    <message>
        <location filename="../../ui/qa/view.py" line="542" />
        <source>The configuration upload of {thing} ended {status} (job {job}); nothing to propagate.
Do this: check the unit is online, then try again.</source>
        <translation>Das Hochladen der Konfiguration von {thing} endete mit {status} (Job {job}); nichts zu verteilen.
Abhilfe: prüfen, ob das Gerät online ist, dann erneut versuchen.</translation>
    </message>
    <message>
        <location filename="../../ui/qa/view.py" line="555" />
        <source>Propagate: upload a golden configuration (or type a config version) and type the targets first.</source>
        <translation>Verteilen: zuerst eine Referenz-Konfiguration hochladen (oder eine Konfigurationsversion eingeben) und die Ziele eingeben.</translation>
    </message>
    <message>
        <location filename="../../ui/qa/view.py" line="563" />
        <source>Send configuration {source} to these targets: {targets}? Each unit applies it at once.</source>
        <translation>Konfiguration {source} an diese Ziele senden: {targets}? Jedes Gerät übernimmt sie sofort.</translation>
    </message>
    <message>
        <location filename="../../ui/qa/view.py" line="565" />
        <source>Send configuration</source>
        <translation>Konfiguration senden</translation>
    </message>
    <message>
        <location filename="../../ui/qa/view.py" line="566" />
        <source>configuration {version} sent to {targets} (job {job})</source>
        <translation>Konfiguration {version} an {targets} gesendet (Job {job})</translation>
    </message>
    <message>
        <location filename="../../ui/qa/view.py" line="582" />
        <source>Cancel job: select a job in the history first.</source>
        <translation>Job abbrechen: zuerst einen Job im Verlauf auswählen.</translation>
    </message>
    <message>
        <location filename="../../ui/qa/view.py" line="585" />
        <source>Cancel job {job} for every unit it targets? FORCE: running executions are stopped too; a unit mid-install may be left half-updated.</source>
        <translation>Job {job} für jedes Zielgerät abbrechen? ERZWINGEN: auch laufende Ausführungen werden gestoppt; ein Gerät mitten in der Installation kann halb aktualisiert bleiben.</translation>
    </message>
    <message>
        <location filename="../../ui/qa/view.py" line="587" />
        <source>Cancel job {job} for every unit it targets? Queued executions become CANCELED; running ones finish.</source>
        <translation>Job {job} für jedes Zielgerät abbrechen? Wartende Ausführungen werden ABGEBROCHEN; laufende werden beendet.</translation>
    </message>
    <message>
        <location filename="../../ui/qa/view.py" line="592" />
        <source>Cancel the job</source>
        <translation>Job abbrechen</translation>
    </message>
    <message>
        <location filename="../../ui/qa/view.py" line="593" />
        <source>job {job} is now {status}</source>
        <translation>Job {job} ist jetzt {status}</translation>
    </message>
    <message>
        <location filename="../../ui/qa/view.py" line="630" />
        <source>Label of {serial} queued for printing again</source>
        <translation>Etikett von {serial} zum erneuten Drucken eingereiht</translation>
    </message>
    <message>
        <location filename="../../ui/qa/view.py" line="641" />
        <source>{action}: look a unit up (or type its serial) first.</source>
        <translation>{action}: zuerst ein Gerät suchen (oder seine Seriennummer eingeben).</translation>
    </message>
    <message>
        <location filename="../../ui/qa/view.py" line="653" />
        <source>REVOKE every certificate of unit {serial} (thing {thing})? AWS refuses the unit's connections from then on. This cannot be undone: the unit connects again only after it is provisioned anew.</source>
        <translation>Jedes Zertifikat von Gerät {serial} (Thing {thing}) WIDERRUFEN? AWS lehnt danach die Verbindungen des Geräts ab. Das lässt sich nicht rückgängig machen: das Gerät verbindet sich erst wieder, nachdem es neu provisioniert wurde.</translation>
    </message>
    <message>
        <location filename="../../ui/qa/view.py" line="656" />
        <source>REVOKE every certificate of unit {serial}? AWS refuses the unit's connections from then on, also its first one if it never connected. This cannot be undone: the unit connects again only after it is provisioned anew.</source>
        <translation>Jedes Zertifikat von Gerät {serial} WIDERRUFEN? AWS lehnt danach die Verbindungen des Geräts ab, auch seine erste, falls es sich nie verbunden hat. Das lässt sich nicht rückgängig machen: das Gerät verbindet sich erst wieder, nachdem es neu provisioniert wurde.</translation>
    </message>
    <message>
        <location filename="../../ui/qa/view.py" line="661" />
        <source>Revoke</source>
        <translation>Widerrufen</translation>
    </message>
    <message>
        <location filename="../../ui/qa/view.py" line="668" />
        <source>Nothing left to revoke for {serial}: its certificates are already revoked, deleted, or were never written to the board.</source>
        <translation>Für {serial} gibt es nichts mehr zu widerrufen: seine Zertifikate sind bereits widerrufen, gelöscht oder wurden nie auf die Platine geschrieben.</translation>
    </message>
    <message>
        <location filename="../../ui/qa/view.py" line="672" />
        <source>{count} certificate(s) of {serial} revoked ({ids}); AWS refuses them from now on.</source>
        <translation>{count} Zertifikat(e) von {serial} widerrufen ({ids}); AWS lehnt sie ab jetzt ab.</translation>
    </message>
    <message>
        <location filename="../../ui/qa/view.py" line="675" />
        <source>{count} of them AWS had never seen: registered as revoked, so the unit's first connect is refused.</source>
        <translation>{count} davon hatte AWS nie gesehen: als widerrufen registriert, daher wird die erste Verbindung des Geräts abgelehnt.</translation>
    </message>
    <message>
        <location filename="../../ui/qa/view.py" line="698" />
        <source>no unit reached yet</source>
        <translation>noch kein Gerät erreicht</translation>
    </message>
    <message>
        <location filename="../../ui/qa/view.py" line="700" />
        <source>Job {job} ({kind} {version}): {ends}.</source>
        <translation>Job {job} ({kind} {version}): {ends}.</translation>
    </message>
</context>
<context>
    <name>Result</name>
    <message>
        <location filename="../../ui/operator/model.py" line="87" />
        <source>EMPTY</source>
        <extracomment>Steps of a run that stops once registered, and the two more of a run that follows jobs to "ready". The station's steps per certificates.mode where they differ from the csr modes' (docs/provisioning-modes.md): factory-ca signs on the line instead of registering; fleet-claim writes the claim and the board registers itself while the station waits in "connecting". factory-ca with the cloud away: the unit is complete on the board and recorded; the station confirms it with the cloud later. The board may leave the station. The banner words, marked for translation here and translated where shown (Result.word).</extracomment>
        <translation>LEER</translation>
    </message>
    <message>
        <location filename="../../ui/operator/model.py" line="88" />
        <source>IDLE</source>
        <translation>INAKTIV</translation>
    </message>
    <message>
        <location filename="../../ui/operator/model.py" line="89" />
        <source>WORKING</source>
        <translation>LÄUFT</translation>
    </message>
    <message>
        <location filename="../../ui/operator/model.py" line="90" />
        <source>WAITING</source>
        <translation>WARTET</translation>
    </message>
    <message>
        <location filename="../../ui/operator/model.py" line="91" />
        <source>PASS</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../ui/operator/model.py" line="92" />
        <source>STORED</source>
        <translation>GESPEICHERT</translation>
    </message>
    <message>
        <location filename="../../ui/operator/model.py" line="93" />
        <source>READY</source>
        <translation>FERTIG</translation>
    </message>
    <message>
        <location filename="../../ui/operator/model.py" line="94" />
        <source>FAIL</source>
        <translation>FEHLER</translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <location filename="../../ui/roles.py" line="32" />
        <source>Operator</source>
        <translation>Bediener</translation>
    </message>
    <message>
        <location filename="../../ui/roles.py" line="32" />
        <source>QA</source>
        <translation>QA</translation>
    </message>
    <message>
        <location filename="../../ui/roles.py" line="33" />
        <source>Engineer</source>
        <translation>Ingenieur</translation>
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
        <translation>Entsperren</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="115" />
        <source>Lock</source>
        <translation>Sperren</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="135" />
        <location filename="../../ui/main_window.py" line="165" />
        <source>too many wrong PINs: try again in {wait}</source>
        <translation>zu viele falsche PINs: erneut versuchen in {wait}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="160" />
        <source>no {role} PIN in this profile</source>
        <translation>keine PIN für {role} in diesem Profil</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="170" />
        <source>wrong PIN: locked for {wait}</source>
        <translation>falsche PIN: gesperrt für {wait}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="171" />
        <source>wrong PIN</source>
        <translation>falsche PIN</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="194" />
        <source>{role} locked after {wait} without input</source>
        <translation>{role} gesperrt nach {wait} ohne Eingabe</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="209" />
        <source>Role: {role}</source>
        <translation>Rolle: {role}</translation>
    </message>
</context>
<context>
    <name>ScanMatcher</name>
    <message>
        <location filename="../../ui/operator/scan.py" line="12" />
        <source>empty scan</source>
        <translation>leerer Scan</translation>
    </message>
    <message>
        <location filename="../../ui/operator/scan.py" line="13" />
        <source>every slot already has a scan; select a slot to re-scan it</source>
        <translation>jeder Steckplatz hat schon einen Scan; Steckplatz auswählen, um neu zu scannen</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <location filename="../../ui/session.py" line="94" />
        <source>demo: embedded cloud, {boards} virtual boards</source>
        <extracomment>What the certificate mode keeps open for the Station: the line CA (factory-ca), the claim source.</extracomment>
        <translation>Demo: eingebettete Cloud, {boards} virtuelle Platinen</translation>
    </message>
    <message>
        <location filename="../../ui/session.py" line="95" />
        <source>embedded local cloud</source>
        <translation>eingebettete lokale Cloud</translation>
    </message>
    <message>
        <location filename="../../ui/session.py" line="96" />
        <source>AWS {who}, {region}</source>
        <translation>AWS {who}, {region}</translation>
    </message>
    <message>
        <location filename="../../ui/session.py" line="97" />
        <source>default credentials</source>
        <translation>Standard-Anmeldedaten</translation>
    </message>
</context>
<context>
    <name>SlotModel</name>
    <message>
        <location filename="../../ui/operator/model.py" line="99" />
        <source>Label queued</source>
        <extracomment>The tile's label line per LabelStatus state (the detail, why it waits, follows in brackets).</extracomment>
        <translation>Etikett in Warteschlange</translation>
    </message>
    <message>
        <location filename="../../ui/operator/model.py" line="100" />
        <source>Label printing</source>
        <translation>Etikett wird gedruckt</translation>
    </message>
    <message>
        <location filename="../../ui/operator/model.py" line="101" />
        <source>Label printed</source>
        <translation>Etikett gedruckt</translation>
    </message>
    <message>
        <location filename="../../ui/operator/model.py" line="102" />
        <source>Label not printed</source>
        <translation>Etikett nicht gedruckt</translation>
    </message>
    <message>
        <location filename="../../ui/operator/model.py" line="175" />
        <source>No board: plug the next one</source>
        <extracomment>This run already ended "provisioned, waiting for the cloud" (counted then); the station follows it since. A failure nobody looked at yet: the slot flashes until the operator clicks it (or acts on it by keyboard).</extracomment>
        <translation>Keine Platine: nächste einstecken</translation>
    </message>
    <message>
        <location filename="../../ui/operator/model.py" line="177" />
        <source>Result cleared; press Retry to run again</source>
        <translation>Ergebnis gelöscht; zum erneuten Durchlauf „Wiederholen“ drücken</translation>
    </message>
    <message>
        <location filename="../../ui/operator/model.py" line="179" />
        <source>Failed at {step}</source>
        <translation>Fehlgeschlagen bei: {step}</translation>
    </message>
    <message>
        <location filename="../../ui/operator/model.py" line="181" />
        <source>Ready: every update installed</source>
        <translation>Bereit: alle Updates installiert</translation>
    </message>
    <message>
        <location filename="../../ui/operator/model.py" line="182" />
        <source>Registered in the cloud</source>
        <translation>In der Cloud registriert</translation>
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
        <translation>Wiederholen</translation>
    </message>
    <message>
        <location filename="../../ui/operator/slot.py" line="130" />
        <location filename="../../ui/operator/slot.py" line="401" />
        <source>Clear</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location filename="../../ui/operator/slot.py" line="131" />
        <source>Run this board again from the start (finished steps are skipped)</source>
        <translation>Diese Platine erneut von vorn durchlaufen lassen (erledigte Schritte werden übersprungen)</translation>
    </message>
    <message>
        <location filename="../../ui/operator/slot.py" line="132" />
        <source>Clear the result shown here; an empty slot leaves the wall</source>
        <translation>Hier angezeigtes Ergebnis löschen; ein leerer Steckplatz verschwindet von der Wand</translation>
    </message>
    <message>
        <location filename="../../ui/operator/slot.py" line="192" />
        <location filename="../../ui/operator/slot.py" line="338" />
        <source>Unit {n}</source>
        <translation>Gerät {n}</translation>
    </message>
    <message>
        <location filename="../../ui/operator/slot.py" line="343" />
        <source>rev {rev}</source>
        <translation>Rev. {rev}</translation>
    </message>
    <message>
        <location filename="../../ui/operator/slot.py" line="344" />
        <source>fw {version}</source>
        <translation>FW {version}</translation>
    </message>
    <message>
        <location filename="../../ui/operator/slot.py" line="354" />
        <source>Unit {n} {word}</source>
        <translation>Gerät {n} {word}</translation>
    </message>
    <message>
        <location filename="../../ui/operator/slot.py" line="370" />
        <source>Do this: {remedy}</source>
        <translation>Abhilfe: {remedy}</translation>
    </message>
    <message>
        <location filename="../../ui/operator/slot.py" line="373" />
        <source>Nothing to do: it retries by itself.</source>
        <translation>Nichts zu tun: es wird selbst wiederholt.</translation>
    </message>
    <message>
        <location filename="../../ui/operator/slot.py" line="382" />
        <source>⚠ LABEL MISMATCH
label {scanned}
board {reported}</source>
        <translation>⚠ ETIKETT PASST NICHT
Etikett {scanned}
Platine {reported}</translation>
    </message>
    <message>
        <location filename="../../ui/operator/slot.py" line="385" />
        <source>✔ Label matches ({scanned})</source>
        <translation>✔ Etikett passt ({scanned})</translation>
    </message>
    <message>
        <location filename="../../ui/operator/slot.py" line="387" />
        <source>Label scanned: {scanned}</source>
        <translation>Etikett gescannt: {scanned}</translation>
    </message>
    <message>
        <location filename="../../ui/operator/slot.py" line="397" />
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../ui/operator/slot.py" line="401" />
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location filename="../../ui/operator/slot.py" line="416" />
        <source>failed at {step}</source>
        <translation>fehlgeschlagen bei {step}</translation>
    </message>
</context>
<context>
    <name>WallWidget</name>
    <message>
        <location filename="../../ui/operator/wall.py" line="43" />
        <source>No boards yet.
Plug a board into the fixture: it appears here and starts.</source>
        <translation>Noch keine Platinen.
Platine in die Vorrichtung stecken: sie erscheint hier und startet.</translation>
    </message>
</context>
<context>
    <name>core</name>
    <message>
        <source>answer to '{command}' started but did not end in time</source>
        <comment>board.answer-cut</comment>
        <translation>Antwort auf '{command}' begann, endete aber nicht rechtzeitig</translation>
    </message>
    <message>
        <source>assembled {object} has sha256 {got}, board announced {announced}</source>
        <comment>board.assembled-sha256</comment>
        <translation>zusammengesetztes {object} hat sha256 {got}, die Platine kündigte {announced} an</translation>
    </message>
    <message>
        <source>bad command name {command}</source>
        <comment>board.bad-command</comment>
        <translation>ungültiger Befehlsname {command}</translation>
    </message>
    <message>
        <source>unknown frame kind {kind} (expected Q, A, E or N)</source>
        <comment>board.bad-kind</comment>
        <translation>unbekannte Rahmenart {kind} (erwartet Q, A, E oder N)</translation>
    </message>
    <message>
        <source>request id {rid} is not 4 uppercase hex digits</source>
        <comment>board.bad-rid</comment>
        <translation>Anfrage-ID {rid} sind nicht 4 Hex-Ziffern in Großbuchstaben</translation>
    </message>
    <message>
        <source>link lost: cannot open the port ({error})</source>
        <comment>board.cannot-open</comment>
        <translation>Verbindung verloren: Port lässt sich nicht öffnen ({error})</translation>
    </message>
    <message>
        <source>the board's CSR is not PEM</source>
        <comment>board.csr-not-pem</comment>
        <translation>der CSR der Platine ist kein PEM</translation>
    </message>
    <message>
        <source>{command} answer: data is not valid base64</source>
        <comment>board.data-not-base64</comment>
        <translation>Antwort auf {command}: Daten sind kein gültiges base64</translation>
    </message>
    <message>
        <source>{command} answer: data is not a base64 string</source>
        <comment>board.data-not-base64-string</comment>
        <translation>Antwort auf {command}: Daten sind keine base64-Zeichenkette</translation>
    </message>
    <message>
        <source>answer field '{field}' is missing or not a string</source>
        <comment>board.field-not-string</comment>
        <translation>Antwortfeld '{field}' fehlt oder ist keine Zeichenkette</translation>
    </message>
    <message>
        <source>garbled data on the serial line (CRC check failed)</source>
        <comment>board.garbled.crc</comment>
        <translation>gestörte Daten auf der seriellen Leitung (CRC-Prüfung fehlgeschlagen)</translation>
    </message>
    <message>
        <source>garbled data on the serial line (bad frame header)</source>
        <comment>board.garbled.header</comment>
        <translation>gestörte Daten auf der seriellen Leitung (fehlerhafter Rahmenkopf)</translation>
    </message>
    <message>
        <source>garbled data on the serial line (frame body is not valid JSON)</source>
        <comment>board.garbled.json</comment>
        <translation>gestörte Daten auf der seriellen Leitung (Rahmeninhalt ist kein gültiges JSON)</translation>
    </message>
    <message>
        <source>garbled data on the serial line (no CRC trailer)</source>
        <comment>board.garbled.no-crc</comment>
        <translation>gestörte Daten auf der seriellen Leitung (keine CRC-Prüfsumme)</translation>
    </message>
    <message>
        <source>garbled data on the serial line (no start marker)</source>
        <comment>board.garbled.no-start</comment>
        <translation>gestörte Daten auf der seriellen Leitung (keine Startmarke)</translation>
    </message>
    <message>
        <source>garbled data on the serial line (frame body is not a JSON object)</source>
        <comment>board.garbled.object</comment>
        <translation>gestörte Daten auf der seriellen Leitung (Rahmeninhalt ist kein JSON-Objekt)</translation>
    </message>
    <message>
        <source>hello answer: 'caps' is not a list of strings</source>
        <comment>board.hello-caps</comment>
        <translation>Antwort auf hello: 'caps' ist keine Liste von Zeichenketten</translation>
    </message>
    <message>
        <source>hello answer: bad 'max_chunk' {value}</source>
        <comment>board.hello-max-chunk</comment>
        <translation>Antwort auf hello: ungültiges 'max_chunk' {value}</translation>
    </message>
    <message>
        <source>board speaks protocol {version}, this station speaks {station}</source>
        <comment>board.hello-version</comment>
        <translation>Platine spricht Protokoll {version}, diese Station spricht {station}</translation>
    </message>
    <message>
        <source>keygen answer: bad 'sha256' {value}</source>
        <comment>board.keygen-sha256</comment>
        <translation>Antwort auf keygen: ungültiges 'sha256' {value}</translation>
    </message>
    <message>
        <source>keygen answer: bad 'size' {value}</source>
        <comment>board.keygen-size</comment>
        <translation>Antwort auf keygen: ungültiges 'size' {value}</translation>
    </message>
    <message>
        <source>line of {size}+ bytes exceeds the {limit}-byte limit</source>
        <comment>board.line-too-long</comment>
        <translation>Zeile mit {size}+ Bytes überschreitet die Grenze von {limit} Bytes</translation>
    </message>
    <message>
        <source>link lost while flushing input: {error}</source>
        <comment>board.lost-flushing</comment>
        <translation>Verbindung verloren beim Leeren der Eingabe: {error}</translation>
    </message>
    <message>
        <source>link lost while sending '{command}': {error}</source>
        <comment>board.lost-sending</comment>
        <translation>Verbindung verloren beim Senden von '{command}': {error}</translation>
    </message>
    <message>
        <source>link lost while waiting for '{command}': {error}</source>
        <comment>board.lost-waiting</comment>
        <translation>Verbindung verloren beim Warten auf '{command}': {error}</translation>
    </message>
    <message>
        <source>board cannot import a private key (no 'key-import' capability)</source>
        <comment>board.no-key-import</comment>
        <translation>Platine kann keinen privaten Schlüssel importieren (keine Fähigkeit 'key-import')</translation>
    </message>
    <message>
        <source>the board does not take data ({command})</source>
        <comment>board.no-take</comment>
        <translation>die Platine nimmt keine Daten an ({command})</translation>
    </message>
    <message>
        <source>the port is not open</source>
        <comment>board.not-open</comment>
        <translation>der Port ist nicht geöffnet</translation>
    </message>
    <message>
        <source>{port}: {problem}</source>
        <comment>board.on-port</comment>
        <translation>{port}: {problem}</translation>
    </message>
    <message>
        <source>board speaks protocol version {board}, this station speaks version {station}</source>
        <comment>board.other-version</comment>
        <translation>Platine spricht Protokollversion {board}, diese Station spricht Version {station}</translation>
    </message>
    <message>
        <source>prov-status answer: bad '{field}' {value}</source>
        <comment>board.prov-status-field</comment>
        <translation>Antwort auf prov-status: ungültiges '{field}' {value}</translation>
    </message>
    <message>
        <source>prov-status answer: state '{state}' without '{field}'</source>
        <comment>board.prov-status-incomplete</comment>
        <translation>Antwort auf prov-status: Zustand '{state}' ohne '{field}'</translation>
    </message>
    <message>
        <source>read answer: 'eof' is not a boolean</source>
        <comment>board.read-eof</comment>
        <translation>Antwort auf read: 'eof' ist kein Wahrheitswert</translation>
    </message>
    <message>
        <source>read answer for offset {offset}, asked for {asked}</source>
        <comment>board.read-offset</comment>
        <translation>Antwort auf read für Offset {offset}, angefragt war {asked}</translation>
    </message>
    <message>
        <source>read answer carries {size} bytes, asked for {asked}</source>
        <comment>board.read-size</comment>
        <translation>Antwort auf read enthält {size} Bytes, angefragt waren {asked}</translation>
    </message>
    <message>
        <source>readback answer: bad hash for '{object}'</source>
        <comment>board.readback-hash</comment>
        <translation>Antwort auf readback: ungültiger Hash für '{object}'</translation>
    </message>
    <message>
        <source>readback answer: 'hashes' is not an object</source>
        <comment>board.readback-hashes</comment>
        <translation>Antwort auf readback: 'hashes' ist kein Objekt</translation>
    </message>
    <message>
        <source>readback answer: bad 'pubkey_size' or 'pubkey_sha256'</source>
        <comment>board.readback-pubkey</comment>
        <translation>Antwort auf readback: ungültiges 'pubkey_size' oder 'pubkey_sha256'</translation>
    </message>
    <message>
        <source>board refused '{command}': {code}: {answer}</source>
        <comment>board.refused</comment>
        <translation>Platine hat '{command}' abgelehnt: {code}: {answer}</translation>
    </message>
    <message>
        <source>no answer to '{command}' in time (board silent?)</source>
        <comment>board.silent</comment>
        <translation>keine rechtzeitige Antwort auf '{command}' (Platine stumm?)</translation>
    </message>
    <message>
        <source>board stored '{object}' with sha256 {stored}, sent {sent}</source>
        <comment>board.stored-sha256</comment>
        <translation>Platine hat '{object}' mit sha256 {stored} gespeichert, gesendet wurde {sent}</translation>
    </message>
    <message>
        <source>protocol version {version} is not a digit</source>
        <comment>board.version-not-digit</comment>
        <translation>Protokollversion {version} ist keine Ziffer</translation>
    </message>
    <message>
        <source>wchunk answer says next={next}, expected {expected}</source>
        <comment>board.wchunk-next</comment>
        <translation>Antwort auf wchunk meldet next={next}, erwartet {expected}</translation>
    </message>
    <message>
        <source>expected an answer to {command} {rid}, got {frame}</source>
        <comment>board.wrong-answer</comment>
        <translation>Antwort auf {command} {rid} erwartet, erhalten: {frame}</translation>
    </message>
    <message>
        <source>{path} already exists: a line CA certificate is not overwritten</source>
        <comment>ca.cert-exists</comment>
        <translation>{path} existiert bereits: ein Zertifikat der Linien-CA wird nicht überschrieben</translation>
    </message>
    <message>
        <source>the line CA certificate '{path}' is not valid now (valid from {not_before} to {not_after}) (certificates.factory_ca.ca_certificate)</source>
        <comment>ca.cert-expired</comment>
        <translation>das Zertifikat der Linien-CA '{path}' ist derzeit nicht gültig (gültig von {not_before} bis {not_after}) (certificates.factory_ca.ca_certificate)</translation>
    </message>
    <message>
        <source>the certificate '{path}' is not a CA certificate (basicConstraints CA is not true) (certificates.factory_ca.ca_certificate)</source>
        <comment>ca.cert-not-ca</comment>
        <translation>das Zertifikat '{path}' ist kein CA-Zertifikat (basicConstraints CA ist nicht true) (certificates.factory_ca.ca_certificate)</translation>
    </message>
    <message>
        <source>the line CA certificate '{path}' cannot be read (certificates.factory_ca.ca_certificate): {problem}</source>
        <comment>ca.cert-unreadable</comment>
        <translation>das Zertifikat der Linien-CA '{path}' kann nicht gelesen werden (certificates.factory_ca.ca_certificate): {problem}</translation>
    </message>
    <message>
        <source>no line CA certificate is set (certificates.factory_ca.ca_certificate)</source>
        <comment>ca.cert-unset</comment>
        <translation>kein Zertifikat der Linien-CA eingestellt (certificates.factory_ca.ca_certificate)</translation>
    </message>
    <message>
        <source>AWS IoT refused the line CA's verification certificate: {reason}</source>
        <comment>ca.code-refused</comment>
        <translation>AWS IoT hat das Verifizierungszertifikat der Linien-CA abgelehnt: {reason}</translation>
    </message>
    <message>
        <source>the key '{label}' on token '{token}' may not sign (CKA_SIGN is false) (certificates.factory_ca.key_label)</source>
        <comment>ca.key-cannot-sign</comment>
        <translation>der Schlüssel '{label}' auf Token '{token}' darf nicht signieren (CKA_SIGN ist false) (certificates.factory_ca.key_label)</translation>
    </message>
    <message>
        <source>the key '{label}' on token '{token}' can leave the token ({problem}), so it is refused as the line CA key (certificates.factory_ca.key_label)</source>
        <comment>ca.key-exportable</comment>
        <translation>der Schlüssel '{label}' auf Token '{token}' kann das Token verlassen ({problem}), daher wird er als Schlüssel der Linien-CA abgelehnt (certificates.factory_ca.key_label)</translation>
    </message>
    <message>
        <source>the line CA certificate '{path}' (certificates.factory_ca.ca_certificate) does not belong to the key '{key}' on token '{token}' (certificates.factory_ca.key_label): its public key does not verify that key's signature</source>
        <comment>ca.key-mismatch</comment>
        <translation>das Zertifikat der Linien-CA '{path}' (certificates.factory_ca.ca_certificate) gehört nicht zum Schlüssel '{key}' auf Token '{token}' (certificates.factory_ca.key_label): sein öffentlicher Schlüssel bestätigt die Signatur dieses Schlüssels nicht</translation>
    </message>
    <message>
        <source>the token '{token}' holds no private key labelled '{label}' (certificates.factory_ca.key_label)</source>
        <comment>ca.key-missing</comment>
        <translation>das Token '{token}' enthält keinen privaten Schlüssel mit dem Etikett '{label}' (certificates.factory_ca.key_label)</translation>
    </message>
    <message>
        <source>the key '{label}' on token '{token}' is not an EC key (certificates.factory_ca.key_label): the line CA signs with ECDSA P-256</source>
        <comment>ca.key-not-ec</comment>
        <translation>der Schlüssel '{label}' auf Token '{token}' ist kein EC-Schlüssel (certificates.factory_ca.key_label): die Linien-CA signiert mit ECDSA P-256</translation>
    </message>
    <message>
        <source>the token '{token}' holds more than one private key labelled '{label}' (certificates.factory_ca.key_label)</source>
        <comment>ca.key-twice</comment>
        <translation>das Token '{token}' enthält mehr als einen privaten Schlüssel mit dem Etikett '{label}' (certificates.factory_ca.key_label)</translation>
    </message>
    <message>
        <source>the token '{label}' could not make the line CA key: {problem}</source>
        <comment>ca.keygen-failed</comment>
        <translation>das Token '{label}' konnte den Schlüssel der Linien-CA nicht erzeugen: {problem}</translation>
    </message>
    <message>
        <source>the PKCS#11 module '{library}' is already open in this station with SOFTHSM2_CONF '{current}', so the token of SOFTHSM2_CONF '{wanted}' cannot be opened beside it (certificates.factory_ca.pkcs11_library)</source>
        <comment>ca.module-busy</comment>
        <translation>das PKCS#11-Modul '{library}' ist in dieser Station bereits mit SOFTHSM2_CONF '{current}' geöffnet, daher kann das Token von SOFTHSM2_CONF '{wanted}' nicht daneben geöffnet werden (certificates.factory_ca.pkcs11_library)</translation>
    </message>
    <message>
        <source>the PKCS#11 module '{library}' cannot be loaded (certificates.factory_ca.pkcs11_library): {problem}</source>
        <comment>ca.module-missing</comment>
        <translation>das PKCS#11-Modul '{library}' kann nicht geladen werden (certificates.factory_ca.pkcs11_library): {problem}</translation>
    </message>
    <message>
        <source>the line CA certificate '{path}' cannot be read: {reason}</source>
        <comment>ca.no-file</comment>
        <translation>das Zertifikat der Linien-CA '{path}' kann nicht gelesen werden: {reason}</translation>
    </message>
    <message>
        <source>no PKCS#11 module is set (certificates.factory_ca.pkcs11_library) and SoftHSM2 is not installed on this PC</source>
        <comment>ca.no-module</comment>
        <translation>kein PKCS#11-Modul eingestellt (certificates.factory_ca.pkcs11_library), und SoftHSM2 ist auf diesem PC nicht installiert</translation>
    </message>
    <message>
        <source>SoftHSM2 is not installed ({missing} not found), so no demo line CA token can be made</source>
        <comment>ca.no-softhsm</comment>
        <translation>SoftHSM2 ist nicht installiert ({missing} nicht gefunden), daher kann kein Demo-Token für die Linien-CA angelegt werden</translation>
    </message>
    <message>
        <source>the line CA {ca_id} is not registered with AWS IoT in {region}</source>
        <comment>ca.not-registered</comment>
        <translation>die Linien-CA {ca_id} ist in {region} nicht bei AWS IoT registriert</translation>
    </message>
    <message>
        <source>{count} certificate(s) signed by the old CA {ca_id} are still ACTIVE; setting the CA INACTIVE would refuse those units' next connect</source>
        <comment>ca.old-still-used</comment>
        <translation>{count} von der alten CA {ca_id} signierte(s) Zertifikat(e) sind noch ACTIVE; die CA auf INACTIVE zu setzen, würde die nächste Verbindung dieser Geräte ablehnen</translation>
    </message>
    <message>
        <source>the token '{label}' is locked after too many wrong PINs (certificates.factory_ca.pin_env)</source>
        <comment>ca.pin-locked</comment>
        <translation>das Token '{label}' ist nach zu vielen falschen PINs gesperrt (certificates.factory_ca.pin_env)</translation>
    </message>
    <message>
        <source>the line CA token's PIN is not set: the environment variable {env} is empty (certificates.factory_ca.pin_env)</source>
        <comment>ca.pin-unset</comment>
        <translation>die PIN des Tokens der Linien-CA ist nicht gesetzt: die Umgebungsvariable {env} ist leer (certificates.factory_ca.pin_env)</translation>
    </message>
    <message>
        <source>the token '{label}' refused the PIN from the environment variable {env} (certificates.factory_ca.pin_env)</source>
        <comment>ca.pin-wrong</comment>
        <translation>das Token '{label}' hat die PIN aus der Umgebungsvariable {env} abgelehnt (certificates.factory_ca.pin_env)</translation>
    </message>
    <message>
        <source>the token '{token}' holds no single public key labelled '{label}' (certificates.factory_ca.key_label), so its CA certificate cannot be made here</source>
        <comment>ca.public-key-missing</comment>
        <translation>das Token '{token}' enthält nicht genau einen öffentlichen Schlüssel mit dem Etikett '{label}' (certificates.factory_ca.key_label), daher kann sein CA-Zertifikat hier nicht erstellt werden</translation>
    </message>
    <message>
        <source>AWS IoT refused the line CA certificate: {reason}</source>
        <comment>ca.refused</comment>
        <translation>AWS IoT hat das Zertifikat der Linien-CA abgelehnt: {reason}</translation>
    </message>
    <message>
        <source>the new CA is the CA already registered for this line ({ca_id})</source>
        <comment>ca.same</comment>
        <translation>die neue CA ist die bereits für diese Linie registrierte CA ({ca_id})</translation>
    </message>
    <message>
        <source>the line CA token '{token}' did not sign: {problem}</source>
        <comment>ca.sign-failed</comment>
        <translation>das Token der Linien-CA '{token}' hat nicht signiert: {problem}</translation>
    </message>
    <message>
        <source>the certificate subject's {field} cannot be '{value}': {problem}</source>
        <comment>ca.subject-field</comment>
        <translation>{field} im Subject des Zertifikats kann nicht '{value}' sein: {problem}</translation>
    </message>
    <message>
        <source>the JITP template for this profile is {size} characters; AWS IoT takes at most {limit}</source>
        <comment>ca.template-too-big</comment>
        <translation>die JITP-Vorlage für dieses Profil hat {size} Zeichen; AWS IoT nimmt höchstens {limit}</translation>
    </message>
    <message>
        <source>{directory} already holds a SoftHSM2 token</source>
        <comment>ca.token-exists</comment>
        <translation>{directory} enthält bereits ein SoftHSM2-Token</translation>
    </message>
    <message>
        <source>softhsm2-util could not make the token '{label}' in {directory}: {problem}</source>
        <comment>ca.token-init-failed</comment>
        <translation>softhsm2-util konnte das Token '{label}' in {directory} nicht anlegen: {problem}</translation>
    </message>
    <message>
        <source>no token labelled '{label}' in the PKCS#11 module '{library}' (certificates.factory_ca.token_label); tokens present: {present}</source>
        <comment>ca.token-missing</comment>
        <translation>kein Token mit dem Etikett '{label}' im PKCS#11-Modul '{library}' (certificates.factory_ca.token_label); vorhandene Tokens: {present}</translation>
    </message>
    <message>
        <source>more than one token is labelled '{label}' in the PKCS#11 module '{library}' (certificates.factory_ca.token_label)</source>
        <comment>ca.token-twice</comment>
        <translation>mehr als ein Token hat das Etikett '{label}' im PKCS#11-Modul '{library}' (certificates.factory_ca.token_label)</translation>
    </message>
    <message>
        <source>certificates.factory_ca.validity_days is {days}: a device certificate must be valid for at least one day</source>
        <comment>ca.validity</comment>
        <translation>certificates.factory_ca.validity_days ist {days}: ein Gerätezertifikat muss mindestens einen Tag gültig sein</translation>
    </message>
    <message>
        <source>{answer} answered the {driver} probe (USB id {usb_id})</source>
        <comment>choice.answered</comment>
        <translation>{answer} hat auf die Abfrage des Treibers {driver} geantwortet (USB-ID {usb_id})</translation>
    </message>
    <message>
        <source>serial.driver (automatic choice is off)</source>
        <comment>choice.auto-off</comment>
        <translation>serial.driver (automatische Auswahl ist aus)</translation>
    </message>
    <message>
        <source>choosing its driver failed ({error}); see the log</source>
        <comment>choice.failed</comment>
        <translation>Auswahl des Treibers fehlgeschlagen ({error}); siehe Protokoll</translation>
    </message>
    <message>
        <source>fixed</source>
        <comment>choice.fixed</comment>
        <translation>fest eingestellt</translation>
    </message>
    <message>
        <source>USB id {usb_id} is claimed by {drivers}, but no such board answered (another port of the same device, or its firmware is not running)</source>
        <comment>choice.no-answer</comment>
        <translation>USB-ID {usb_id} wird von {drivers} beansprucht, aber keine solche Platine hat geantwortet (ein anderer Port desselben Geräts, oder seine Firmware läuft nicht)</translation>
    </message>
    <message>
        <source>serial.driver (not a USB port)</source>
        <comment>choice.not-usb</comment>
        <translation>serial.driver (kein USB-Port)</translation>
    </message>
    <message>
        <source>the profile's {rule}</source>
        <comment>choice.rule</comment>
        <translation>{rule} des Profils</translation>
    </message>
    <message>
        <source>the profile's {rule} says ignore</source>
        <comment>choice.rule-ignores</comment>
        <translation>{rule} des Profils sagt: ignorieren</translation>
    </message>
    <message>
        <source>serial.driver (no driver claims this port's USB id)</source>
        <comment>choice.unclaimed</comment>
        <translation>serial.driver (kein Treiber beansprucht die USB-ID dieses Ports)</translation>
    </message>
    <message>
        <source>USB id {usb_id} matches {glob}</source>
        <comment>choice.usb-match</comment>
        <translation>USB-ID {usb_id} passt zu {glob}</translation>
    </message>
    <message>
        <source>the answer to {op} was lost ({reason}); AWS may have issued a certificate that the station did not receive</source>
        <comment>cloud.answer-lost</comment>
        <translation>die Antwort auf {op} ging verloren ({reason}); AWS hat eventuell ein Zertifikat ausgestellt, das die Station nicht erhalten hat</translation>
    </message>
    <message>
        <source>the catalog bucket '{bucket}' exists but this account cannot use it</source>
        <comment>cloud.bucket-taken</comment>
        <translation>der Katalog-Bucket '{bucket}' existiert, aber dieses Konto kann ihn nicht nutzen</translation>
    </message>
    <message>
        <source>{where}: {check}: {detail}</source>
        <comment>cloud.check-problem</comment>
        <translation>{where}: {check}: {detail}</translation>
    </message>
    <message>
        <source>{host}:{port} answered TLS but did not negotiate ALPN {alpn} (got {got}: a TLS-inspecting proxy in between?)</source>
        <comment>cloud.check.alpn-missing</comment>
        <translation>{host}:{port} antwortete mit TLS, handelte aber ALPN {alpn} nicht aus (erhalten {got}: ein TLS-prüfender Proxy dazwischen?)</translation>
    </message>
    <message>
        <source>custom device endpoint ([cloud] mqtt_endpoint): not applicable</source>
        <comment>cloud.check.alpn-na-custom</comment>
        <translation>eigener Geräte-Endpunkt ([cloud] mqtt_endpoint): nicht zutreffend</translation>
    </message>
    <message>
        <source>embedded cloud: not applicable</source>
        <comment>cloud.check.alpn-na-embedded</comment>
        <translation>eingebettete Cloud: nicht zutreffend</translation>
    </message>
    <message>
        <source>{why}; not needed while port 8883 works (boards dial 8883)</source>
        <comment>cloud.check.alpn-not-needed</comment>
        <translation>{why}; nicht nötig, solange Port 8883 funktioniert (Platinen wählen 8883)</translation>
    </message>
    <message>
        <source>{host}:{port} negotiates ALPN {alpn}</source>
        <comment>cloud.check.alpn-ok</comment>
        <translation>{host}:{port} handelt ALPN {alpn} aus</translation>
    </message>
    <message>
        <source>unreadable Date header {date}</source>
        <comment>cloud.check.bad-date-header</comment>
        <translation>unlesbarer Date-Header {date}</translation>
    </message>
    <message>
        <source>access denied ({code}): the bucket belongs to another account, or this identity may not list the prefix</source>
        <comment>cloud.check.bucket-denied</comment>
        <translation>Zugriff verweigert ({code}): der Bucket gehört einem anderen Konto, oder diese Identität darf das Präfix nicht auflisten</translation>
    </message>
    <message>
        <source>{allowed} of {needed} calls allowed for {principal} ({note})</source>
        <comment>cloud.check.calls-allowed</comment>
        <translation>{allowed} von {needed} Aufrufen für {principal} erlaubt ({note})</translation>
    </message>
    <message>
        <source>cannot list it: {problem}</source>
        <comment>cloud.check.cannot-list</comment>
        <translation>Auflisten nicht möglich: {problem}</translation>
    </message>
    <message>
        <source>cannot list the group's policies ({code})</source>
        <comment>cloud.check.cannot-list-group-policies</comment>
        <translation>die Richtlinien der Gruppe lassen sich nicht auflisten ({code})</translation>
    </message>
    <message>
        <source>cannot reach {where}: {problem}</source>
        <comment>cloud.check.cannot-reach</comment>
        <translation>{where} nicht erreichbar: {problem}</translation>
    </message>
    <message>
        <source>cannot reach S3: {problem}</source>
        <comment>cloud.check.cannot-reach-s3</comment>
        <translation>S3 nicht erreichbar: {problem}</translation>
    </message>
    <message>
        <source>cannot reach the service: {problem}</source>
        <comment>cloud.check.cannot-reach-service</comment>
        <translation>Dienst nicht erreichbar: {problem}</translation>
    </message>
    <message>
        <source>cannot read it: {problem}</source>
        <comment>cloud.check.cannot-read</comment>
        <translation>Lesen nicht möglich: {problem}</translation>
    </message>
    <message>
        <source>this PC's clock is {seconds} s ahead of the cloud's clock; AWS rejects signatures more than 5 minutes off</source>
        <comment>cloud.check.clock-ahead</comment>
        <translation>die Uhr dieses PCs geht {seconds} s gegenüber der Cloud-Uhr vor; AWS lehnt Signaturen ab, die mehr als 5 Minuten abweichen</translation>
    </message>
    <message>
        <source>this PC's clock is {seconds} s behind the cloud's clock; AWS rejects signatures more than 5 minutes off</source>
        <comment>cloud.check.clock-behind</comment>
        <translation>die Uhr dieses PCs geht {seconds} s gegenüber der Cloud-Uhr nach; AWS lehnt Signaturen ab, die mehr als 5 Minuten abweichen</translation>
    </message>
    <message>
        <source>within {seconds} s of the cloud's clock</source>
        <comment>cloud.check.clock-within</comment>
        <translation>höchstens {seconds} s Abweichung von der Cloud-Uhr</translation>
    </message>
    <message>
        <source>{actions}: granted only under a condition (s3:prefix, iam:PassedToService, iot:thingArn) that this control plane's simulator does not evaluate</source>
        <comment>cloud.check.conditions-unverified</comment>
        <translation>{actions}: nur unter einer Bedingung gewährt (s3:prefix, iam:PassedToService, iot:thingArn), die der Simulator dieser Control Plane nicht auswertet</translation>
    </message>
    <message>
        <source>is deprecated: CreateThing with it fails</source>
        <comment>cloud.check.deprecated</comment>
        <translation>ist abgekündigt: CreateThing damit schlägt fehl</translation>
    </message>
    <message>
        <source>DescribeEndpoint failed: {problem}</source>
        <comment>cloud.check.describe-endpoint-failed</comment>
        <translation>DescribeEndpoint fehlgeschlagen: {problem}</translation>
    </message>
    <message>
        <source>does not exist</source>
        <comment>cloud.check.does-not-exist</comment>
        <translation>existiert nicht</translation>
    </message>
    <message>
        <source>the embedded cloud's MQTT (mTLS) port {host}:{port} is unreachable: {error}</source>
        <comment>cloud.check.embedded-mqtt-unreachable</comment>
        <translation>der MQTT-Port (mTLS) {host}:{port} der eingebetteten Cloud ist nicht erreichbar: {error}</translation>
    </message>
    <message>
        <source>exists; nothing under the prefix yet (upload firmware with `station catalog upload`)</source>
        <comment>cloud.check.empty-catalog</comment>
        <translation>existiert; noch nichts unter dem Präfix (Firmware mit `station catalog upload` hochladen)</translation>
    </message>
    <message>
        <source>exists; nothing under the prefix yet</source>
        <comment>cloud.check.empty-prefix</comment>
        <translation>existiert; noch nichts unter dem Präfix</translation>
    </message>
    <message>
        <source>the device endpoint {host}:{port} is unreachable: {error}</source>
        <comment>cloud.check.endpoint-unreachable</comment>
        <translation>der Geräte-Endpunkt {host}:{port} ist nicht erreichbar: {error}</translation>
    </message>
    <message>
        <source>not enabled in this account and region: the station follows every unit by polling (more AWS calls, slower ready)</source>
        <comment>cloud.check.events-off</comment>
        <translation>in diesem Konto und dieser Region nicht aktiviert: die Station verfolgt jedes Gerät durch Abfragen (mehr AWS-Aufrufe, langsamer bereit)</translation>
    </message>
    <message>
        <source>enabled: units are followed to ready by events, with a slow safety poll</source>
        <comment>cloud.check.events-on</comment>
        <translation>aktiviert: Geräte werden per Ereignis bis bereit verfolgt, mit langsamer Sicherheitsabfrage</translation>
    </message>
    <message>
        <source>exists</source>
        <comment>cloud.check.exists</comment>
        <translation>existiert</translation>
    </message>
    <message>
        <source>exists, has objects</source>
        <comment>cloud.check.has-objects</comment>
        <translation>existiert, enthält Objekte</translation>
    </message>
    <message>
        <source>could not reach IAM to simulate: {problem}</source>
        <comment>cloud.check.iam-unreachable</comment>
        <translation>IAM zum Simulieren nicht erreichbar: {problem}</translation>
    </message>
    <message>
        <source>indicative: service control policies and permission boundaries are not seen by the simulator</source>
        <comment>cloud.check.indicative</comment>
        <translation>Richtwert: Service-Control-Richtlinien und Berechtigungsgrenzen sieht der Simulator nicht</translation>
    </message>
    <message>
        <source>at most {units} units/hour for every station of this account and region together, bound by {binding} ({tps} TPS, {source})</source>
        <comment>cloud.check.line-rate</comment>
        <translation>höchstens {units} Geräte/Stunde für alle Stationen dieses Kontos und dieser Region zusammen, begrenzt durch {binding} ({tps} TPS, {source})</translation>
    </message>
    <message>
        <source>no AWS call on a unit's critical path in certificates.mode {mode}: the line's rate is bound by the serial link, the board's key generation and the station's own work, not by the account's API quotas</source>
        <comment>cloud.check.line-rate-unbound</comment>
        <translation>kein AWS-Aufruf auf dem kritischen Pfad eines Geräts in certificates.mode {mode}: die Rate der Linie begrenzen die serielle Verbindung, die Schlüsselerzeugung der Platine und die Arbeit der Station selbst, nicht die API-Kontingente des Kontos</translation>
    </message>
    <message>
        <source>access denied ({code}): this identity may not read it</source>
        <comment>cloud.check.may-not-read</comment>
        <translation>Zugriff verweigert ({code}): diese Identität darf es nicht lesen</translation>
    </message>
    <message>
        <source>this identity may not read it ({code}); the station does not need to: run the check as the line engineer to see it</source>
        <comment>cloud.check.need-not-read</comment>
        <translation>diese Identität darf es nicht lesen ({code}); die Station muss das nicht: die Prüfung als Linieningenieur ausführen, um es zu sehen</translation>
    </message>
    <message>
        <source>the bucket {bucket} does not exist</source>
        <comment>cloud.check.no-bucket</comment>
        <translation>der Bucket {bucket} existiert nicht</translation>
    </message>
    <message>
        <source>the answer carried no Date header to compare with</source>
        <comment>cloud.check.no-date-header</comment>
        <translation>die Antwort enthielt keinen Date-Header zum Vergleich</translation>
    </message>
    <message>
        <source>DescribeEndpoint iot:Data-ATS failed ({code})</source>
        <comment>cloud.check.no-endpoint</comment>
        <translation>DescribeEndpoint iot:Data-ATS fehlgeschlagen ({code})</translation>
    </message>
    <message>
        <source>no region configured</source>
        <comment>cloud.check.no-region</comment>
        <translation>keine Region eingerichtet</translation>
    </message>
    <message>
        <source>could not simulate: the station identity lacks iam:SimulatePrincipalPolicy; grant it or check by running one unit</source>
        <comment>cloud.check.no-simulator</comment>
        <translation>Simulation nicht möglich: der Identität der Station fehlt iam:SimulatePrincipalPolicy; gewähren oder mit einem Gerät testen</translation>
    </message>
    <message>
        <source>'{region}' is not a region where AWS IoT Core is offered</source>
        <comment>cloud.check.not-an-iot-region</comment>
        <translation>'{region}' ist keine Region, in der AWS IoT Core angeboten wird</translation>
    </message>
    <message>
        <source>not simulated: {why}</source>
        <comment>cloud.check.not-simulated</comment>
        <translation>nicht simuliert: {why}</translation>
    </message>
    <message>
        <source>its trust policy does not let iot.amazonaws.com assume it: job documents could not get pre-signed download URLs</source>
        <comment>cloud.check.not-trusted</comment>
        <translation>ihre Vertrauensrichtlinie erlaubt iot.amazonaws.com nicht, sie zu übernehmen: Job-Dokumente könnten keine vorsignierten Download-URLs erhalten</translation>
    </message>
    <message>
        <source>{principal} may not {action} on {resources} ({note})</source>
        <comment>cloud.check.permission-denied</comment>
        <translation>{principal} darf {action} auf {resources} nicht ({note})</translation>
    </message>
    <message>
        <source>{policy} attached</source>
        <comment>cloud.check.policy-attached</comment>
        <translation>{policy} angehängt</translation>
    </message>
    <message>
        <source>{policy} is not attached to the group (policy.attach_to = "group"): its devices could not connect</source>
        <comment>cloud.check.policy-not-attached</comment>
        <translation>{policy} ist nicht an die Gruppe angehängt (policy.attach_to = "group"): ihre Geräte könnten sich nicht verbinden</translation>
    </message>
    <message>
        <source>this identity may not read them ({code})</source>
        <comment>cloud.check.quotas-denied</comment>
        <translation>diese Identität darf sie nicht lesen ({code})</translation>
    </message>
    <message>
        <source>read from Service Quotas ({rates} IoT API rates)</source>
        <comment>cloud.check.quotas-read</comment>
        <translation>aus Service Quotas gelesen ({rates} IoT-API-Raten)</translation>
    </message>
    <message>
        <source>read from Service Quotas ({rates} IoT API rates); {missing} from the shipped defaults</source>
        <comment>cloud.check.quotas-read-some</comment>
        <translation>aus Service Quotas gelesen ({rates} IoT-API-Raten); {missing} aus den mitgelieferten Standardwerten</translation>
    </message>
    <message>
        <source>Service Quotas did not answer ({code})</source>
        <comment>cloud.check.quotas-silent</comment>
        <translation>Service Quotas antwortete nicht ({code})</translation>
    </message>
    <message>
        <source>account quotas not available: {why}; using the shipped defaults</source>
        <comment>cloud.check.quotas-unavailable</comment>
        <translation>Kontokontingente nicht verfügbar: {why}; die mitgelieferten Standardwerte werden verwendet</translation>
    </message>
    <message>
        <source>{host}:{port} reachable ({ms} ms)</source>
        <comment>cloud.check.reachable</comment>
        <translation>{host}:{port} erreichbar ({ms} ms)</translation>
    </message>
    <message>
        <source>{region} (control plane at {endpoint})</source>
        <comment>cloud.check.region-at</comment>
        <translation>{region} (Control Plane unter {endpoint})</translation>
    </message>
    <message>
        <source>simulating as {principal}</source>
        <comment>cloud.check.simulating-as</comment>
        <translation>Simulation als {principal}</translation>
    </message>
    <message>
        <source>could not simulate {principal}: {code}: {problem}</source>
        <comment>cloud.check.simulation-failed</comment>
        <translation>{principal} konnte nicht simuliert werden: {code}: {problem}</translation>
    </message>
    <message>
        <source>sts GetCallerIdentity failed: {problem}</source>
        <comment>cloud.check.sts-failed</comment>
        <translation>sts GetCallerIdentity fehlgeschlagen: {problem}</translation>
    </message>
    <message>
        <source>{host}:{port}: {error}</source>
        <comment>cloud.check.tls-failed</comment>
        <translation>{host}:{port}: {error}</translation>
    </message>
    <message>
        <source>TLS {version} handshake with {host}:{port}, server trusted by the device CA</source>
        <comment>cloud.check.tls-ok</comment>
        <translation>TLS-{version}-Handshake mit {host}:{port}, Server von der Geräte-CA als vertrauenswürdig bestätigt</translation>
    </message>
    <message>
        <source>TLS {version} handshake with {host}:{port}, server trusted by the device CA; asks for a device certificate</source>
        <comment>cloud.check.tls-ok-asks-cert</comment>
        <translation>TLS-{version}-Handshake mit {host}:{port}, Server von der Geräte-CA als vertrauenswürdig bestätigt; verlangt ein Gerätezertifikat</translation>
    </message>
    <message>
        <source>exists; trusted by iot.amazonaws.com</source>
        <comment>cloud.check.trusted</comment>
        <translation>existiert; iot.amazonaws.com vertraut ihr</translation>
    </message>
    <message>
        <source>cannot ask AWS who this is: {error}: {problem}</source>
        <comment>cloud.check.who-am-i-failed</comment>
        <translation>AWS kann nicht gefragt werden, wer dies ist: {error}: {problem}</translation>
    </message>
    <message>
        <source>the AWS client failed: {problem}</source>
        <comment>cloud.client-failed</comment>
        <translation>der AWS-Client ist fehlgeschlagen: {problem}</translation>
    </message>
    <message>
        <source>AWS refused {operation}: the station's identity may not {action}</source>
        <comment>cloud.denied-action</comment>
        <translation>AWS hat {operation} abgelehnt: die Identität der Station darf {action} nicht</translation>
    </message>
    <message>
        <source>AWS refused {operation}: the station's identity may not {action} on {resource}</source>
        <comment>cloud.denied-action-on</comment>
        <translation>AWS hat {operation} abgelehnt: die Identität der Station darf {action} auf {resource} nicht</translation>
    </message>
    <message>
        <source>AWS refused {operation}: the station's identity lacks the permission for {operation}</source>
        <comment>cloud.denied-operation</comment>
        <translation>AWS hat {operation} abgelehnt: der Identität der Station fehlt die Berechtigung für {operation}</translation>
    </message>
    <message>
        <source>AWS refused {operation}: the station's identity lacks the permission for {operation} on {resource}</source>
        <comment>cloud.denied-operation-on</comment>
        <translation>AWS hat {operation} abgelehnt: der Identität der Station fehlt die Berechtigung für {operation} auf {resource}</translation>
    </message>
    <message>
        <source>{where} · {state}</source>
        <comment>cloud.indicator</comment>
        <translation>{where} · {state}</translation>
    </message>
    <message>
        <source>a value for AWS is invalid before it was even sent: {problem}</source>
        <comment>cloud.invalid-before-sent</comment>
        <translation>ein Wert für AWS ist schon vor dem Senden ungültig: {problem}</translation>
    </message>
    <message>
        <source>the login of {who} has expired (AWS answered {code}); waiting for a renewed login</source>
        <comment>cloud.login-expired</comment>
        <translation>die Anmeldung von {who} ist abgelaufen (AWS antwortete {code}); warte auf eine erneuerte Anmeldung</translation>
    </message>
    <message>
        <source>AWS does not accept {who} (it answered {code}): the access key or session token is unknown, revoked or from another account; waiting for a renewed login</source>
        <comment>cloud.login-not-accepted</comment>
        <translation>AWS akzeptiert {who} nicht (Antwort {code}): der Zugriffsschlüssel oder das Sitzungstoken ist unbekannt, widerrufen oder von einem anderen Konto; warte auf eine erneuerte Anmeldung</translation>
    </message>
    <message>
        <source>the login of {who} has expired or could not be refreshed ({error}); waiting for a renewed login</source>
        <comment>cloud.login-not-refreshed</comment>
        <translation>die Anmeldung von {who} ist abgelaufen oder konnte nicht erneuert werden ({error}); warte auf eine erneuerte Anmeldung</translation>
    </message>
    <message>
        <source>AWS refused {op}: the device policy it needs does not exist in this AWS account and region ({answer})</source>
        <comment>cloud.missing-device-policy</comment>
        <translation>AWS hat {op} abgelehnt: die benötigte Geräte-Richtlinie existiert in diesem AWS-Konto und dieser Region nicht ({answer})</translation>
    </message>
    <message>
        <source>AWS refused {op}: the resource it needs does not exist in this AWS account and region ({answer})</source>
        <comment>cloud.missing-resource</comment>
        <translation>AWS hat {op} abgelehnt: die benötigte Ressource existiert in diesem AWS-Konto und dieser Region nicht ({answer})</translation>
    </message>
    <message>
        <source>AWS refused {op}: the thing it needs does not exist in this AWS account and region ({answer})</source>
        <comment>cloud.missing-thing</comment>
        <translation>AWS hat {op} abgelehnt: das benötigte Thing existiert in diesem AWS-Konto und dieser Region nicht ({answer})</translation>
    </message>
    <message>
        <source>AWS refused {op}: the thing group it needs does not exist in this AWS account and region ({answer})</source>
        <comment>cloud.missing-thing-group</comment>
        <translation>AWS hat {op} abgelehnt: die benötigte Thing-Gruppe existiert in diesem AWS-Konto und dieser Region nicht ({answer})</translation>
    </message>
    <message>
        <source>AWS refused {op}: the thing type it needs does not exist in this AWS account and region ({answer})</source>
        <comment>cloud.missing-thing-type</comment>
        <translation>AWS hat {op} abgelehnt: der benötigte Thing-Typ existiert in diesem AWS-Konto und dieser Region nicht ({answer})</translation>
    </message>
    <message>
        <source>network error ({error})</source>
        <comment>cloud.network-error</comment>
        <translation>Netzwerkfehler ({error})</translation>
    </message>
    <message>
        <source>AWS profile {profile}, region {region}: the AWS profile '{profile}' is not configured on this PC</source>
        <comment>cloud.no-aws-profile</comment>
        <translation>AWS-Profil {profile}, Region {region}: das AWS-Profil '{profile}' ist auf diesem PC nicht eingerichtet</translation>
    </message>
    <message>
        <source>no AWS credentials were found for {who}; waiting for a login</source>
        <comment>cloud.no-credentials</comment>
        <translation>für {who} wurden keine AWS-Anmeldedaten gefunden; warte auf eine Anmeldung</translation>
    </message>
    <message>
        <source>the thing type '{thing_type}' does not exist in this AWS account and region</source>
        <comment>cloud.no-thing-type</comment>
        <translation>der Thing-Typ '{thing_type}' existiert in diesem AWS-Konto und dieser Region nicht</translation>
    </message>
    <message>
        <source>AWS did not accept {op} ({reason})</source>
        <comment>cloud.not-accepted</comment>
        <translation>AWS hat {op} nicht angenommen ({reason})</translation>
    </message>
    <message>
        <source>AWS did not accept {op} within {seconds} s ({reason})</source>
        <comment>cloud.not-accepted-within</comment>
        <translation>AWS hat {op} nicht innerhalb von {seconds} s angenommen ({reason})</translation>
    </message>
    <message>
        <source>the AWS credentials found are incomplete for {who}; waiting for a login</source>
        <comment>cloud.partial-credentials</comment>
        <translation>die gefundenen AWS-Anmeldedaten für {who} sind unvollständig; warte auf eine Anmeldung</translation>
    </message>
    <message>
        <source>the AWS profile '{profile}' is not configured on this PC</source>
        <comment>cloud.profile-not-configured</comment>
        <translation>das AWS-Profil '{profile}' ist auf diesem PC nicht eingerichtet</translation>
    </message>
    <message>
        <source>AWS refused {op}: {answer} ({code})</source>
        <comment>cloud.refused</comment>
        <translation>AWS hat {op} abgelehnt: {answer} ({code})</translation>
    </message>
    <message>
        <source>AWS refused {operation} as invalid: {answer}</source>
        <comment>cloud.refused-invalid</comment>
        <translation>AWS hat {operation} als ungültig abgelehnt: {answer}</translation>
    </message>
    <message>
        <source>AWS refused {operation}: an account limit is reached ({answer})</source>
        <comment>cloud.refused-limit</comment>
        <translation>AWS hat {operation} abgelehnt: ein Kontolimit ist erreicht ({answer})</translation>
    </message>
    <message>
        <source>AWS refused a request as expired ({code}): the station PC's clock is wrong, or the login of {who} is stale; waiting for a renewed login</source>
        <comment>cloud.request-expired</comment>
        <translation>AWS hat eine Anfrage als abgelaufen abgelehnt ({code}): die Uhr des Stations-PCs geht falsch, oder die Anmeldung von {who} ist veraltet; warte auf eine erneuerte Anmeldung</translation>
    </message>
    <message>
        <source>AWS answered with a server error ({code})</source>
        <comment>cloud.server-error</comment>
        <translation>AWS antwortete mit einem Serverfehler ({code})</translation>
    </message>
    <message>
        <source>access denied</source>
        <comment>cloud.state.access-denied</comment>
        <translation>Zugriff verweigert</translation>
    </message>
    <message>
        <source>bad region</source>
        <comment>cloud.state.bad-region</comment>
        <translation>falsche Region</translation>
    </message>
    <message>
        <source>clock wrong</source>
        <comment>cloud.state.clock-wrong</comment>
        <translation>Uhr falsch</translation>
    </message>
    <message>
        <source>credentials broken</source>
        <comment>cloud.state.credentials-broken</comment>
        <translation>Anmeldedaten defekt</translation>
    </message>
    <message>
        <source>credentials expired</source>
        <comment>cloud.state.credentials-expired</comment>
        <translation>Anmeldedaten abgelaufen</translation>
    </message>
    <message>
        <source>credentials rejected</source>
        <comment>cloud.state.credentials-rejected</comment>
        <translation>Anmeldedaten abgelehnt</translation>
    </message>
    <message>
        <source>endpoint TLS broken</source>
        <comment>cloud.state.endpoint-tls-broken</comment>
        <translation>Endpunkt-TLS gestört</translation>
    </message>
    <message>
        <source>endpoint unknown</source>
        <comment>cloud.state.endpoint-unknown</comment>
        <translation>Endpunkt unbekannt</translation>
    </message>
    <message>
        <source>endpoint unreachable</source>
        <comment>cloud.state.endpoint-unreachable</comment>
        <translation>Endpunkt nicht erreichbar</translation>
    </message>
    <message>
        <source>job events off</source>
        <comment>cloud.state.job-events-off</comment>
        <translation>Job-Ereignisse aus</translation>
    </message>
    <message>
        <source>no credentials</source>
        <comment>cloud.state.no-credentials</comment>
        <translation>keine Anmeldedaten</translation>
    </message>
    <message>
        <source>no region</source>
        <comment>cloud.state.no-region</comment>
        <translation>keine Region</translation>
    </message>
    <message>
        <source>not set up</source>
        <comment>cloud.state.not-set-up</comment>
        <translation>nicht eingerichtet</translation>
    </message>
    <message>
        <source>ok</source>
        <comment>cloud.state.ok</comment>
        <translation>ok</translation>
    </message>
    <message>
        <source>permission missing</source>
        <comment>cloud.state.permission-missing</comment>
        <translation>Berechtigung fehlt</translation>
    </message>
    <message>
        <source>problem</source>
        <comment>cloud.state.problem</comment>
        <translation>Problem</translation>
    </message>
    <message>
        <source>AWS profile missing</source>
        <comment>cloud.state.profile-missing</comment>
        <translation>AWS-Profil fehlt</translation>
    </message>
    <message>
        <source>cloud unreachable</source>
        <comment>cloud.state.unreachable</comment>
        <translation>Cloud nicht erreichbar</translation>
    </message>
    <message>
        <source>AWS is throttling requests</source>
        <comment>cloud.throttled</comment>
        <translation>AWS drosselt Anfragen</translation>
    </message>
    <message>
        <source>waiting for AWS: {reason} ({op})</source>
        <comment>cloud.waiting</comment>
        <translation>warte auf AWS: {reason} ({op})</translation>
    </message>
    <message>
        <source>AWS {account} · {region}</source>
        <comment>cloud.where-aws</comment>
        <translation>AWS {account} · {region}</translation>
    </message>
    <message>
        <source>embedded cloud</source>
        <comment>cloud.where-embedded</comment>
        <translation>eingebettete Cloud</translation>
    </message>
    <message>
        <source>embedded demo</source>
        <comment>cloud.where-embedded-demo</comment>
        <translation>eingebettete Demo</translation>
    </message>
    <message>
        <source>AWS profile '{profile}'</source>
        <comment>cloud.who-profile</comment>
        <translation>AWS-Profil '{profile}'</translation>
    </message>
    <message>
        <source>the station's AWS credentials</source>
        <comment>cloud.who-station</comment>
        <translation>die AWS-Anmeldedaten der Station</translation>
    </message>
    <message>
        <source>the board's key uses curve {curve}, AWS IoT accepts P-256/P-384/P-521</source>
        <comment>csr.bad-curve</comment>
        <translation>der Schlüssel der Platine nutzt die Kurve {curve}, AWS IoT akzeptiert P-256/P-384/P-521</translation>
    </message>
    <message>
        <source>the board's key type {key_type} is not accepted by AWS IoT</source>
        <comment>csr.bad-key-type</comment>
        <translation>der Schlüsseltyp {key_type} der Platine wird von AWS IoT nicht akzeptiert</translation>
    </message>
    <message>
        <source>the board's CSR signature does not verify (corrupt or forged CSR)</source>
        <comment>csr.bad-signature</comment>
        <translation>die CSR-Signatur der Platine ist ungültig (beschädigter oder gefälschter CSR)</translation>
    </message>
    <message>
        <source>the board's CSR is not valid PEM/DER: {problem}</source>
        <comment>csr.not-pem</comment>
        <translation>der CSR der Platine ist kein gültiges PEM/DER: {problem}</translation>
    </message>
    <message>
        <source>the CSR's public key differs from the key the board reports holding</source>
        <comment>csr.other-key</comment>
        <translation>der öffentliche Schlüssel im CSR weicht vom Schlüssel ab, den die Platine angibt</translation>
    </message>
    <message>
        <source>the board's RSA key has {bits} bits, at least 2048 are required</source>
        <comment>csr.short-rsa</comment>
        <translation>der RSA-Schlüssel der Platine hat {bits} Bit, mindestens 2048 sind nötig</translation>
    </message>
    <message>
        <source>the CSR's signatureAlgorithm uses {hash}, which is not accepted: a CSR must be signed with SHA-256 or stronger</source>
        <comment>csr.weak-hash</comment>
        <translation>der signatureAlgorithm des CSR nutzt {hash}, das nicht akzeptiert wird: ein CSR muss mit SHA-256 oder stärker signiert sein</translation>
    </message>
    <message>
        <source>the CSR's common name is '{cn}', expected the thing name '{thing_name}'</source>
        <comment>csr.wrong-cn</comment>
        <translation>der Common Name des CSR ist '{cn}', erwartet wurde der Thing-Name '{thing_name}'</translation>
    </message>
    <message>
        <source>the demo needs 1 to {max} virtual boards, not {boards}</source>
        <comment>demo.boards</comment>
        <translation>die Demo braucht 1 bis {max} virtuelle Platinen, nicht {boards}</translation>
    </message>
    <message>
        <source>--fault {number}={spec}: board {number} is {kind}: {problem}</source>
        <comment>demo.fault-kind</comment>
        <translation>--fault {number}={spec}: Platine {number} ist {kind}: {problem}</translation>
    </message>
    <message>
        <source>an nRF91 modem</source>
        <comment>demo.kind-modem</comment>
        <translation>ein nRF91-Modem</translation>
    </message>
    <message>
        <source>a reference board</source>
        <comment>demo.kind-reference</comment>
        <translation>eine Referenzplatine</translation>
    </message>
    <message>
        <source>--nrf91 {nrf91} asks for more nRF91 modems than the {boards} boards</source>
        <comment>demo.modems</comment>
        <translation>--nrf91 {nrf91} verlangt mehr nRF91-Modems als die {boards} Platinen</translation>
    </message>
    <message>
        <source>--fault {number}={spec}: there is no board {number} (the demo has {boards})</source>
        <comment>demo.no-board</comment>
        <translation>--fault {number}={spec}: es gibt keine Platine {number} (die Demo hat {boards})</translation>
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
        <translation>Zertifikat {certificate}</translation>
    </message>
    <message>
        <source>board refused a CSR: using cloud-generated keys</source>
        <comment>detail.cloud-keys</comment>
        <translation>Platine hat einen CSR abgelehnt: in der Cloud erzeugte Schlüssel werden verwendet</translation>
    </message>
    <message>
        <source>CSR checked (signature, key, common name)</source>
        <comment>detail.csr-checked</comment>
        <translation>CSR geprüft (Signatur, Schlüssel, Common Name)</translation>
    </message>
    <message>
        <source>CSR checked (signature, key, common name); new key for rework</source>
        <comment>detail.csr-checked-rework</comment>
        <translation>CSR geprüft (Signatur, Schlüssel, Common Name); neuer Schlüssel für die Nacharbeit</translation>
    </message>
    <message>
        <source>CSR from the board's existing key</source>
        <comment>detail.existing-key</comment>
        <translation>CSR aus dem vorhandenen Schlüssel der Platine</translation>
    </message>
    <message>
        <source>CSR checked (signature, key, common name)</source>
        <comment>detail.factory-ca.csr</comment>
        <translation>CSR geprüft (Signatur, Schlüssel, Common Name)</translation>
    </message>
    <message>
        <source>registered: thing {thing}, certificate {certificate} ACTIVE</source>
        <comment>detail.factory-ca.registered</comment>
        <translation>registriert: Thing {thing}, Zertifikat {certificate} ACTIVE</translation>
    </message>
    <message>
        <source>signed by the line CA: certificate {certificate}, valid until {until}</source>
        <comment>detail.factory-ca.signed</comment>
        <translation>von der Linien-CA signiert: Zertifikat {certificate}, gültig bis {until}</translation>
    </message>
    <message>
        <source>claim certificate {certificate}, template {template}</source>
        <comment>detail.fleet-claim.claim</comment>
        <translation>Claim-Zertifikat {certificate}, Vorlage {template}</translation>
    </message>
    <message>
        <source>registered itself: thing {thing}, certificate {certificate} ACTIVE</source>
        <comment>detail.fleet-claim.registered</comment>
        <translation>selbst registriert: Thing {thing}, Zertifikat {certificate} ACTIVE</translation>
    </message>
    <message>
        <source>hashes match (the claim key is checked as sent)</source>
        <comment>detail.fleet-claim.verified</comment>
        <translation>Hashes stimmen überein (der Claim-Schlüssel wird wie gesendet geprüft)</translation>
    </message>
    <message>
        <source>registered in AWS IoT: certificate {certificate} ACTIVE, thing {thing} exists (found by {by})</source>
        <comment>detail.found-registered-later</comment>
        <translation>in AWS IoT registriert: Zertifikat {certificate} ACTIVE, Thing {thing} existiert (gefunden über {by})</translation>
    </message>
    <message>
        <source>group {group}</source>
        <comment>detail.group</comment>
        <translation>Gruppe {group}</translation>
    </message>
    <message>
        <source>group {group}; retired certificate {retired}</source>
        <comment>detail.group-retired</comment>
        <translation>Gruppe {group}; stillgelegtes Zertifikat {retired}</translation>
    </message>
    <message>
        <source>{model} {serial} hw {hw}</source>
        <comment>detail.identified</comment>
        <translation>{model} {serial} HW {hw}</translation>
    </message>
    <message>
        <source>set INACTIVE certificate {certificates} of an interrupted attempt: the board has replaced that key and cannot report keys, so it could not be reused</source>
        <comment>detail.leftovers-retired</comment>
        <translation>Zertifikat {certificates} eines unterbrochenen Versuchs auf INACTIVE gesetzt: die Platine hat diesen Schlüssel ersetzt und kann Schlüssel nicht melden, daher war keine Wiederverwendung möglich</translation>
    </message>
    <message>
        <source>new certificate {certificate}</source>
        <comment>detail.new-certificate</comment>
        <translation>neues Zertifikat {certificate}</translation>
    </message>
    <message>
        <source>no current job for group {group}: ready once registered</source>
        <comment>detail.no-job</comment>
        <translation>kein aktueller Job für Gruppe {group}: bereit, sobald registriert</translation>
    </message>
    <message>
        <source>device online: it started job {job}</source>
        <comment>detail.online</comment>
        <translation>Gerät online: es hat Job {job} gestartet</translation>
    </message>
    <message>
        <source>ready: {reached}</source>
        <comment>detail.ready</comment>
        <translation>bereit: {reached}</translation>
    </message>
    <message>
        <source>reusing certificate {certificate}</source>
        <comment>detail.reusing-certificate</comment>
        <translation>Zertifikat {certificate} wird wiederverwendet</translation>
    </message>
    <message>
        <source>hashes match; the certificate's key is the key of the board's CSR</source>
        <comment>detail.verified-csr-key</comment>
        <translation>Hashes stimmen; der Schlüssel des Zertifikats ist der Schlüssel aus dem CSR der Platine</translation>
    </message>
    <message>
        <source>hashes and public key match</source>
        <comment>detail.verified-key</comment>
        <translation>Hashes und öffentlicher Schlüssel stimmen</translation>
    </message>
    <message>
        <source>the board cannot report the key it held, so its earlier certificate could not be reused: it made a new key and the old certificate was retired</source>
        <comment>detail.why-keyless</comment>
        <translation>die Platine kann ihren bisherigen Schlüssel nicht melden, daher war ihr früheres Zertifikat nicht wiederverwendbar: sie hat einen neuen Schlüssel erzeugt und das alte Zertifikat wurde stillgelegt</translation>
    </message>
    <message>
        <source>{objects} object(s), {size} bytes</source>
        <comment>detail.written</comment>
        <translation>{objects} Objekt(e), {size} Bytes</translation>
    </message>
    <message>
        <source>{objects} object(s), {size} bytes; {skipped} already on the board</source>
        <comment>detail.written-skipped</comment>
        <translation>{objects} Objekt(e), {size} Bytes; {skipped} bereits auf der Platine</translation>
    </message>
    <message>
        <source>AWS IoT holds this unit's certificate {certificate} as {status}: it was revoked or deactivated</source>
        <comment>factory-ca.certificate-retired</comment>
        <translation>AWS IoT führt das Zertifikat {certificate} dieses Geräts als {status}: es wurde widerrufen oder deaktiviert</translation>
    </message>
    <message>
        <source>serial {serial} is already registered in AWS IoT (thing {thing} exists) and the rework policy is '{policy}'</source>
        <comment>factory-ca.duplicate</comment>
        <translation>Seriennummer {serial} ist bereits in AWS IoT registriert (Thing {thing} existiert) und die Nacharbeitsrichtlinie ist '{policy}'</translation>
    </message>
    <message>
        <source>the cloud is unreachable and the records already hold a verified provisioning of serial {serial} ({earlier}); the rework policy is '{policy}'</source>
        <comment>factory-ca.duplicate-recorded</comment>
        <translation>die Cloud ist nicht erreichbar und die Aufzeichnungen enthalten bereits eine geprüfte Provisionierung der Seriennummer {serial} ({earlier}); die Nacharbeitsrichtlinie ist '{policy}'</translation>
    </message>
    <message>
        <source>the board cannot generate its own key (no 'csr' capability); factory-ca signs only keys made on the board</source>
        <comment>factory-ca.no-csr</comment>
        <translation>die Platine kann keinen eigenen Schlüssel erzeugen (keine Fähigkeit 'csr'); factory-ca signiert nur auf der Platine erzeugte Schlüssel</translation>
    </message>
    <message>
        <source>the device endpoint is not known: the station started without reaching AWS and the profile has no cloud.mqtt_endpoint</source>
        <comment>factory-ca.no-endpoint</comment>
        <translation>der Geräte-Endpunkt ist unbekannt: die Station wurde gestartet, ohne AWS zu erreichen, und das Profil hat kein cloud.mqtt_endpoint</translation>
    </message>
    <message>
        <source>the board reports no hardware revision, and AWS IoT's just-in-time provisioning needs every field of the certificate's subject (the revision goes in its dnQualifier)</source>
        <comment>factory-ca.no-hw-revision</comment>
        <translation>die Platine meldet keine Hardware-Revision, und das Just-in-Time-Provisioning von AWS IoT braucht jedes Feld im Subject des Zertifikats (die Revision steht in dessen dnQualifier)</translation>
    </message>
    <message>
        <source>the profile's certificates.mode is "factory-ca" but the station has no line CA open</source>
        <comment>factory-ca.no-line-ca</comment>
        <translation>certificates.mode des Profils ist "factory-ca", aber die Station hat keine Linien-CA geöffnet</translation>
    </message>
    <message>
        <source>AWS has not seen the board connect within {seconds} s</source>
        <comment>factory-ca.wait-timeout</comment>
        <translation>AWS hat innerhalb von {seconds} s keine Verbindung der Platine gesehen</translation>
    </message>
    <message>
        <source>the cloud is unreachable; keys, signing, writing and verification are done</source>
        <comment>factory-ca.wait-unreachable</comment>
        <translation>die Cloud ist nicht erreichbar; Schlüssel, Signieren, Schreiben und Prüfung sind erledigt</translation>
    </message>
    <message>
        <source>the profile's certificates.mode is "fleet-claim" but the station has no claim source</source>
        <comment>fleet-claim.no-claims</comment>
        <translation>certificates.mode des Profils ist "fleet-claim", aber die Station hat keine Claim-Quelle</translation>
    </message>
    <message>
        <source>the device endpoint is not known</source>
        <comment>fleet-claim.no-endpoint</comment>
        <translation>der Geräte-Endpunkt ist unbekannt</translation>
    </message>
    <message>
        <source>the board reports it registered, but AWS IoT does not hold {what}</source>
        <comment>fleet-claim.not-registered</comment>
        <translation>die Platine meldet sich als registriert, aber AWS IoT führt {what} nicht</translation>
    </message>
    <message>
        <source>the {driver} driver's boards cannot register themselves with a claim certificate, but the profile asks for fleet provisioning by claim (certificates.mode = "fleet-claim")</source>
        <comment>fleet-claim.not-supported</comment>
        <translation>die Platinen des Treibers {driver} können sich nicht selbst mit einem Claim-Zertifikat registrieren, aber das Profil verlangt Fleet Provisioning per Claim (certificates.mode = "fleet-claim")</translation>
    </message>
    <message>
        <source>the board registered as thing {reported}, not {thing}</source>
        <comment>fleet-claim.other-thing</comment>
        <translation>die Platine hat sich als Thing {reported} registriert, nicht als {thing}</translation>
    </message>
    <message>
        <source>the board did not report its registration within {seconds} s (last: {state} at {where})</source>
        <comment>fleet-claim.register-timeout</comment>
        <translation>die Platine hat ihre Registrierung nicht innerhalb von {seconds} s gemeldet (zuletzt: {state} bei {where})</translation>
    </message>
    <message>
        <source>certificate {certificate} ACTIVE and attached to {thing}</source>
        <comment>fleet-claim.what-certificate</comment>
        <translation>Zertifikat {certificate} ACTIVE und an {thing} angehängt</translation>
    </message>
    <message>
        <source>thing {thing}</source>
        <comment>fleet-claim.what-thing</comment>
        <translation>Thing {thing}</translation>
    </message>
    <message>
        <source>AWS IoT has no provisioning template '{template}' to make a claim certificate for</source>
        <comment>fleet.claim-no-template</comment>
        <translation>AWS IoT hat keine Provisioning-Vorlage '{template}', für die ein Claim-Zertifikat erstellt werden könnte</translation>
    </message>
    <message>
        <source>the claim certificate AWS issued has only {seconds} s left</source>
        <comment>fleet.claim-short-lived</comment>
        <translation>das von AWS ausgestellte Claim-Zertifikat ist nur noch {seconds} s gültig</translation>
    </message>
    <message>
        <source>fleet-claim puts every thing in a group, and no [[groups]] rule matches model '{model}' hardware revision '{hw}'</source>
        <comment>fleet.no-group</comment>
        <translation>fleet-claim legt jedes Thing in eine Gruppe, und keine [[groups]]-Regel passt zu Modell '{model}' Hardware-Revision '{hw}'</translation>
    </message>
    <message>
        <source>AWS failed the board's registration on its side ({code}: {answer})</source>
        <comment>fleet.refused-aws</comment>
        <translation>die Registrierung der Platine ist auf Seiten von AWS fehlgeschlagen ({code}: {answer})</translation>
    </message>
    <message>
        <source>AWS refused the board's connection with the claim certificate (expired, or not allowed by its policy) ({code}: {answer})</source>
        <comment>fleet.refused-claim</comment>
        <translation>AWS hat die Verbindung der Platine mit dem Claim-Zertifikat abgelehnt (abgelaufen oder von seiner Richtlinie nicht erlaubt) ({code}: {answer})</translation>
    </message>
    <message>
        <source>AWS refused the board's certificate request (create-from-csr): the key or CSR the board made is not acceptable ({code}: {answer})</source>
        <comment>fleet.refused-csr</comment>
        <translation>AWS hat die Zertifikatsanforderung der Platine abgelehnt (create-from-csr): der Schlüssel oder CSR, den die Platine erzeugt hat, ist nicht annehmbar ({code}: {answer})</translation>
    </message>
    <message>
        <source>AWS has no enabled provisioning template '{template}' ({code}: {answer})</source>
        <comment>fleet.refused-no-template</comment>
        <translation>AWS hat keine aktivierte Provisioning-Vorlage '{template}' ({code}: {answer})</translation>
    </message>
    <message>
        <source>AWS refused to register the thing with template '{template}': the template and this profile disagree on the unit's parameters ({code}: {answer})</source>
        <comment>fleet.refused-parameters</comment>
        <translation>AWS hat abgelehnt, das Thing mit der Vorlage '{template}' zu registrieren: die Vorlage und dieses Profil stimmen bei den Parametern des Geräts nicht überein ({code}: {answer})</translation>
    </message>
    <message>
        <source>AWS IoT could not apply template '{template}': its provisioning role may not make the writes the template asks for ({code}: {answer})</source>
        <comment>fleet.refused-role</comment>
        <translation>AWS IoT konnte die Vorlage '{template}' nicht anwenden: ihre Provisioning-Rolle darf die Schreibvorgänge nicht ausführen, die die Vorlage verlangt ({code}: {answer})</translation>
    </message>
    <message>
        <source>AWS is throttling fleet provisioning in this account ({code}: {answer})</source>
        <comment>fleet.refused-throttled</comment>
        <translation>AWS drosselt Fleet Provisioning in diesem Konto ({code}: {answer})</translation>
    </message>
    <message>
        <source>AWS refused the board's registration: the certificate ownership token was invalid or expired ({code}: {answer})</source>
        <comment>fleet.refused-token</comment>
        <translation>AWS hat die Registrierung der Platine abgelehnt: das Eigentumstoken des Zertifikats war ungültig oder abgelaufen ({code}: {answer})</translation>
    </message>
    <message>
        <source>AWS refused the board's fleet provisioning at step '{where}' ({code}: {answer})</source>
        <comment>fleet.refused-unknown</comment>
        <translation>AWS hat das Fleet Provisioning der Platine bei Schritt '{where}' abgelehnt ({code}: {answer})</translation>
    </message>
    <message>
        <source>{what} '{value}' is not valid ({allowed}; at most 64, starting with a letter or digit)</source>
        <comment>jobs.bad-name</comment>
        <translation>{what} '{value}' ist ungültig ({allowed}; höchstens 64, beginnend mit Buchstabe oder Ziffer)</translation>
    </message>
    <message>
        <source>the station may not read the catalog s3://{bucket}/{key}</source>
        <comment>jobs.catalog-denied</comment>
        <translation>die Station darf den Katalog s3://{bucket}/{key} nicht lesen</translation>
    </message>
    <message>
        <source>configuration is invalid at {path}: {problem}</source>
        <comment>jobs.config-invalid</comment>
        <translation>Konfiguration ist ungültig bei {path}: {problem}</translation>
    </message>
    <message>
        <source>the firmware image is empty</source>
        <comment>jobs.empty-image</comment>
        <translation>das Firmware-Image ist leer</translation>
    </message>
    <message>
        <source>{what} was {status} for this unit</source>
        <comment>jobs.ended</comment>
        <translation>{what} wurde für dieses Gerät {status}</translation>
    </message>
    <message>
        <source>thing group '{group}' can hold models {models}</source>
        <comment>jobs.group-models</comment>
        <translation>Thing-Gruppe '{group}' kann die Modelle {models} enthalten</translation>
    </message>
    <message>
        <source>thing group '{group}' is not in the profile's [[groups]], so its model is unknown</source>
        <comment>jobs.group-not-in-profile</comment>
        <translation>Thing-Gruppe '{group}' steht nicht in [[groups]] des Profils, daher ist ihr Modell unbekannt</translation>
    </message>
    <message>
        <source>job {job} is current but delivers other content than the catalog now holds for {version} (the catalog object was replaced after the release)</source>
        <comment>jobs.id-other-content</comment>
        <translation>Job {job} ist aktuell, liefert aber anderen Inhalt, als der Katalog jetzt für {version} enthält (das Katalogobjekt wurde nach der Freigabe ersetzt)</translation>
    </message>
    <message>
        <source>job {job} already exists with status {status} (targets {targets})</source>
        <comment>jobs.id-taken</comment>
        <translation>Job {job} existiert bereits mit Status {status} (Ziele {targets})</translation>
    </message>
    <message>
        <source>{kind} {version} (job {job})</source>
        <comment>jobs.job</comment>
        <translation>{kind} {version} (Job {job})</translation>
    </message>
    <message>
        <source>letters, digits, _ and -</source>
        <comment>jobs.model-chars</comment>
        <translation>Buchstaben, Ziffern, _ und -</translation>
    </message>
    <message>
        <source>the targets are different models ({models})</source>
        <comment>jobs.models-differ</comment>
        <translation>die Ziele sind unterschiedliche Modelle ({models})</translation>
    </message>
    <message>
        <source>the catalog bucket '{bucket}' does not exist</source>
        <comment>jobs.no-catalog-bucket</comment>
        <translation>der Katalog-Bucket '{bucket}' existiert nicht</translation>
    </message>
    <message>
        <source>thing group '{group}' does not exist</source>
        <comment>jobs.no-group</comment>
        <translation>Thing-Gruppe '{group}' existiert nicht</translation>
    </message>
    <message>
        <source>there is no job '{job}'</source>
        <comment>jobs.no-job</comment>
        <translation>es gibt keinen Job '{job}'</translation>
    </message>
    <message>
        <source>no target given</source>
        <comment>jobs.no-target</comment>
        <translation>kein Ziel angegeben</translation>
    </message>
    <message>
        <source>no uploaded configuration at s3://{bucket}/{key}</source>
        <comment>jobs.no-upload</comment>
        <translation>keine hochgeladene Konfiguration unter s3://{bucket}/{key}</translation>
    </message>
    <message>
        <source>the device could not apply {what}</source>
        <comment>jobs.not-applied</comment>
        <translation>das Gerät konnte {what} nicht anwenden</translation>
    </message>
    <message>
        <source>the device could not apply {what}: {reason}</source>
        <comment>jobs.not-applied-because</comment>
        <translation>das Gerät konnte {what} nicht anwenden: {reason}</translation>
    </message>
    <message>
        <source>{kind} {model} {version} is not in the catalog (s3://{bucket}/{key})</source>
        <comment>jobs.not-in-catalog</comment>
        <translation>{kind} {model} {version} ist nicht im Katalog (s3://{bucket}/{key})</translation>
    </message>
    <message>
        <source>the unit did not come online within {seconds} s after its reboot</source>
        <comment>jobs.not-online</comment>
        <translation>das Gerät war {seconds} s nach dem Neustart nicht online</translation>
    </message>
    <message>
        <source>not ready after {seconds} s: still waiting for {waiting}</source>
        <comment>jobs.not-ready</comment>
        <translation>nach {seconds} s nicht bereit: wartet noch auf {waiting}</translation>
    </message>
    <message>
        <source>'{key}' is not an upload key ({prefix}uploads/THING/STAMP.json)</source>
        <comment>jobs.not-upload-key</comment>
        <translation>'{key}' ist kein Upload-Schlüssel ({prefix}uploads/THING/STAMP.json)</translation>
    </message>
    <message>
        <source>release notes are {length} characters; at most {limit} fit in S3 metadata</source>
        <comment>jobs.notes-too-long</comment>
        <translation>Versionshinweise haben {length} Zeichen; höchstens {limit} passen in die S3-Metadaten</translation>
    </message>
    <message>
        <source>s3://{bucket}/{key} exists but the station may not read it</source>
        <comment>jobs.object-denied</comment>
        <translation>s3://{bucket}/{key} existiert, aber die Station darf es nicht lesen</translation>
    </message>
    <message>
        <source>give exactly one of an uploaded configuration's key or a catalog config version</source>
        <comment>jobs.one-config-source</comment>
        <translation>genau eines angeben: den Schlüssel einer hochgeladenen Konfiguration oder eine Konfigurationsversion aus dem Katalog</translation>
    </message>
    <message>
        <source>the device refused {what}</source>
        <comment>jobs.refused</comment>
        <translation>das Gerät hat {what} abgelehnt</translation>
    </message>
    <message>
        <source>the device refused {what}: {reason}</source>
        <comment>jobs.refused-because</comment>
        <translation>das Gerät hat {what} abgelehnt: {reason}</translation>
    </message>
    <message>
        <source>'{name}' is both a thing and a thing group</source>
        <comment>jobs.target-both</comment>
        <translation>'{name}' ist sowohl ein Thing als auch eine Thing-Gruppe</translation>
    </message>
    <message>
        <source>'{name}' is neither a thing nor a thing group ARN</source>
        <comment>jobs.target-not-arn</comment>
        <translation>'{name}' ist weder ein Thing- noch ein Thing-Gruppen-ARN</translation>
    </message>
    <message>
        <source>'{name}' is neither a thing nor a thing group</source>
        <comment>jobs.target-not-found</comment>
        <translation>'{name}' ist weder ein Thing noch eine Thing-Gruppe</translation>
    </message>
    <message>
        <source>'{name}' is neither a thing nor a thing group this station may use (the profile's name prefixes and groups)</source>
        <comment>jobs.target-not-found-here</comment>
        <translation>'{name}' ist weder ein Thing noch eine Thing-Gruppe, die diese Station nutzen darf (Namenspräfixe und Gruppen des Profils)</translation>
    </message>
    <message>
        <source>cannot tell the model of thing '{thing}'</source>
        <comment>jobs.thing-model-unknown</comment>
        <translation>das Modell von Thing '{thing}' ist nicht erkennbar</translation>
    </message>
    <message>
        <source>the device did not finish {what} in time (the job's timeout ran out)</source>
        <comment>jobs.timed-out</comment>
        <translation>das Gerät hat {what} nicht rechtzeitig abgeschlossen (die Zeitgrenze des Jobs ist abgelaufen)</translation>
    </message>
    <message>
        <source>unknown catalog kind '{kind}' (known: {known})</source>
        <comment>jobs.unknown-catalog-kind</comment>
        <translation>unbekannte Katalogart '{kind}' (bekannt: {known})</translation>
    </message>
    <message>
        <source>unknown release kind '{kind}' (known: {known})</source>
        <comment>jobs.unknown-release-kind</comment>
        <translation>unbekannte Freigabeart '{kind}' (bekannt: {known})</translation>
    </message>
    <message>
        <source>unknown job status '{status}' (known: {known})</source>
        <comment>jobs.unknown-status</comment>
        <translation>unbekannter Job-Status '{status}' (bekannt: {known})</translation>
    </message>
    <message>
        <source>firmware {problem}</source>
        <comment>jobs.unordered-version</comment>
        <translation>Firmware {problem}</translation>
    </message>
    <message>
        <source>letters, digits and . + _ -</source>
        <comment>jobs.version-chars</comment>
        <translation>Buchstaben, Ziffern und . + _ -</translation>
    </message>
    <message>
        <source>{kind} {model} {version} is already in the catalog</source>
        <comment>jobs.version-exists</comment>
        <translation>{kind} {model} {version} ist bereits im Katalog</translation>
    </message>
    <message>
        <source>the label of {serial} is already waiting to be printed</source>
        <comment>labels.already-queued</comment>
        <translation>das Etikett von {serial} wartet bereits auf den Druck</translation>
    </message>
    <message>
        <source>printer address '{printer}' is not tcp://host[:port] or serial:&lt;port&gt;[?baud=N]</source>
        <comment>labels.bad-address</comment>
        <translation>Druckeradresse '{printer}' ist weder tcp://host[:port] noch serial:&lt;port&gt;[?baud=N]</translation>
    </message>
    <message>
        <source>printer head open</source>
        <comment>labels.head-open</comment>
        <translation>Druckkopf des Druckers offen</translation>
    </message>
    <message>
        <source>the printer does not answer its status (paper out, head open or ribbon out)</source>
        <comment>labels.no-status</comment>
        <translation>der Drucker meldet keinen Status (Papier leer, Kopf offen oder Farbband leer)</translation>
    </message>
    <message>
        <source>labels are not printed on this station (labels.enabled is off, or the station is not running)</source>
        <comment>labels.not-enabled</comment>
        <translation>auf dieser Station werden keine Etiketten gedruckt (labels.enabled ist aus, oder die Station läuft nicht)</translation>
    </message>
    <message>
        <source>printer {printer} is offline</source>
        <comment>labels.offline</comment>
        <translation>Drucker {printer} ist offline</translation>
    </message>
    <message>
        <source>printer out of paper</source>
        <comment>labels.paper-out</comment>
        <translation>Drucker ohne Papier</translation>
    </message>
    <message>
        <source>printer paused</source>
        <comment>labels.paused</comment>
        <translation>Drucker pausiert</translation>
    </message>
    <message>
        <source>printing the label failed: {error}</source>
        <comment>labels.print-error</comment>
        <translation>Drucken des Etiketts fehlgeschlagen: {error}</translation>
    </message>
    <message>
        <source>printer out of ribbon</source>
        <comment>labels.ribbon-out</comment>
        <translation>Drucker ohne Farbband</translation>
    </message>
    <message>
        <source>printer {printer} stopped answering while the label was sent</source>
        <comment>labels.send-failed</comment>
        <translation>Drucker {printer} antwortete nicht mehr, während das Etikett gesendet wurde</translation>
    </message>
    <message>
        <source>the label template cannot be filled: {problem}</source>
        <comment>labels.template-failed</comment>
        <translation>die Etikettvorlage kann nicht ausgefüllt werden: {problem}</translation>
    </message>
    <message>
        <source>could not run {command}: {problem}</source>
        <comment>localcloud.cannot-run</comment>
        <translation>{command} konnte nicht ausgeführt werden: {problem}</translation>
    </message>
    <message>
        <source>the local cloud exited early with code {code}; last log lines:
{tail}</source>
        <comment>localcloud.exited</comment>
        <translation>die lokale Cloud wurde vorzeitig mit Code {code} beendet; letzte Logzeilen:
{tail}</translation>
    </message>
    <message>
        <source>could not fetch the device CA (HTTP {status}: {answer})</source>
        <comment>localcloud.no-ca</comment>
        <translation>Geräte-CA konnte nicht abgerufen werden (HTTP {status}: {answer})</translation>
    </message>
    <message>
        <source>ministack is not installed in {python}</source>
        <comment>localcloud.not-installed</comment>
        <translation>ministack ist in {python} nicht installiert</translation>
    </message>
    <message>
        <source>the local cloud is not running</source>
        <comment>localcloud.not-running</comment>
        <translation>die lokale Cloud läuft nicht</translation>
    </message>
    <message>
        <source>could not bind a loopback port twice in a row: {problem}</source>
        <comment>localcloud.ports-taken</comment>
        <translation>zweimal hintereinander konnte kein Loopback-Port belegt werden: {problem}</translation>
    </message>
    <message>
        <source>the local cloud did not become healthy in time; last health check: {last}</source>
        <comment>localcloud.unhealthy</comment>
        <translation>die lokale Cloud wurde nicht rechtzeitig betriebsbereit; letzte Zustandsprüfung: {last}</translation>
    </message>
    <message>
        <source>{role} locked after {wait} without input</source>
        <comment>lockout.idle-relocked</comment>
        <translation>{role} gesperrt nach {wait} ohne Eingabe</translation>
    </message>
    <message>
        <source>too many wrong PINs: try again in {wait}</source>
        <comment>lockout.try-again</comment>
        <translation>zu viele falsche PINs: erneut versuchen in {wait}</translation>
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
        <translation>falsche PIN</translation>
    </message>
    <message>
        <source>wrong PIN: locked for {wait}</source>
        <comment>lockout.wrong-pin-locked</comment>
        <translation>falsche PIN: gesperrt für {wait}</translation>
    </message>
    <message>
        <source>waiting for the board's first connect</source>
        <comment>note.factory-ca.first-connect</comment>
        <translation>warte auf die erste Verbindung der Platine</translation>
    </message>
    <message>
        <source>answer to '{command}': {problem}</source>
        <comment>nrf91.bad-answer</comment>
        <translation>Antwort auf '{command}': {problem}</translation>
    </message>
    <message>
        <source>the thing name {name} has characters the modem's CSR subject cannot carry</source>
        <comment>nrf91.bad-cn</comment>
        <translation>der Thing-Name {name} enthält Zeichen, die der CSR-Subject des Modems nicht aufnehmen kann</translation>
    </message>
    <message>
        <source>modem identity field '{field}' is not acceptable: {value}</source>
        <comment>nrf91.bad-identity</comment>
        <translation>Identitätsfeld '{field}' des Modems ist nicht zulässig: {value}</translation>
    </message>
    <message>
        <source>modem identity field 'imei' is not a valid IMEI: {value}</source>
        <comment>nrf91.bad-imei</comment>
        <translation>Identitätsfeld 'imei' des Modems ist keine gültige IMEI: {value}</translation>
    </message>
    <message>
        <source>the modem is still active (online), and it refuses credential changes while active</source>
        <comment>nrf91.cme.active</comment>
        <translation>das Modem ist noch aktiv (online) und lehnt im aktiven Zustand Änderungen an Zugangsdaten ab</translation>
    </message>
    <message>
        <source>the modem does not support that functional mode</source>
        <comment>nrf91.cme.cfun-unsupported</comment>
        <translation>das Modem unterstützt diesen Funktionsmodus nicht</translation>
    </message>
    <message>
        <source>a credential already exists at that security tag and type</source>
        <comment>nrf91.cme.cmng-exists</comment>
        <translation>unter diesem Security-Tag und Typ gibt es bereits Zugangsdaten</translation>
    </message>
    <message>
        <source>the modem's credential memory is full</source>
        <comment>nrf91.cme.cmng-full</comment>
        <translation>der Speicher für Zugangsdaten des Modems ist voll</translation>
    </message>
    <message>
        <source>the modem does not allow access to that security tag (reserved or protected)</source>
        <comment>nrf91.cme.cmng-no-access</comment>
        <translation>das Modem erlaubt keinen Zugriff auf dieses Security-Tag (reserviert oder geschützt)</translation>
    </message>
    <message>
        <source>the modem has no credential at that security tag and type</source>
        <comment>nrf91.cme.cmng-not-found</comment>
        <translation>das Modem hat unter diesem Security-Tag und Typ keine Zugangsdaten</translation>
    </message>
    <message>
        <source>the modem rejected the credential command's parameters</source>
        <comment>nrf91.cme.cmng-parameters</comment>
        <translation>das Modem hat die Parameter des Zugangsdaten-Befehls abgelehnt</translation>
    </message>
    <message>
        <source>the command is disabled in this modem firmware build</source>
        <comment>nrf91.cme.disabled</comment>
        <translation>der Befehl ist in diesem Build der Modem-Firmware deaktiviert</translation>
    </message>
    <message>
        <source>the modem answered ERROR (it did not accept the command)</source>
        <comment>nrf91.cme.error</comment>
        <translation>das Modem antwortete ERROR (es hat den Befehl nicht angenommen)</translation>
    </message>
    <message>
        <source>the modem failed to generate a key pair</source>
        <comment>nrf91.cme.keygen-failed</comment>
        <translation>das Modem konnte kein Schlüsselpaar erzeugen</translation>
    </message>
    <message>
        <source>the modem's key memory is full</source>
        <comment>nrf91.cme.keygen-full</comment>
        <translation>der Schlüsselspeicher des Modems ist voll</translation>
    </message>
    <message>
        <source>the modem does not allow a key in that security tag (reserved or protected)</source>
        <comment>nrf91.cme.keygen-no-access</comment>
        <translation>das Modem erlaubt in diesem Security-Tag keinen Schlüssel (reserviert oder geschützt)</translation>
    </message>
    <message>
        <source>the modem could not find what key generation needs in that security tag</source>
        <comment>nrf91.cme.keygen-not-found</comment>
        <translation>das Modem fand in diesem Security-Tag nicht, was die Schlüsselerzeugung braucht</translation>
    </message>
    <message>
        <source>the modem rejected the key generation parameters (sec_tag or the CSR's subject)</source>
        <comment>nrf91.cme.keygen-parameters</comment>
        <translation>das Modem hat die Parameter der Schlüsselerzeugung abgelehnt (sec_tag oder Subject des CSR)</translation>
    </message>
    <message>
        <source>the modem rejected the command's parameters</source>
        <comment>nrf91.cme.parameters</comment>
        <translation>das Modem hat die Parameter des Befehls abgelehnt</translation>
    </message>
    <message>
        <source>the modem reports a power-off warning (supply voltage too low) and blocks writes to its memory</source>
        <comment>nrf91.cme.power-off-warning</comment>
        <translation>das Modem meldet eine Abschaltwarnung (Versorgungsspannung zu niedrig) und sperrt Schreibzugriffe auf seinen Speicher</translation>
    </message>
    <message>
        <source>the modem refused {command} with error code {code}</source>
        <comment>nrf91.cme.unknown</comment>
        <translation>das Modem hat {command} mit Fehlercode {code} abgelehnt</translation>
    </message>
    <message>
        <source>the modem firmware does not support this command</source>
        <comment>nrf91.cme.unsupported</comment>
        <translation>die Modem-Firmware unterstützt diesen Befehl nicht</translation>
    </message>
    <message>
        <source>%KEYGEN: the CSR is not valid DER</source>
        <comment>nrf91.csr-not-der</comment>
        <translation>%KEYGEN: der CSR ist kein gültiges DER</translation>
    </message>
    <message>
        <source>the modem lists {object} with sha256 {listed}, expected {expected}</source>
        <comment>nrf91.listed-sha256</comment>
        <translation>das Modem listet {object} mit sha256 {listed}, erwartet {expected}</translation>
    </message>
    <message>
        <source>no AT answer in AT host mode nor through a Zephyr shell's `at` command</source>
        <comment>nrf91.no-at</comment>
        <translation>keine AT-Antwort im AT-Host-Modus und auch nicht über den Befehl `at` einer Zephyr-Shell</translation>
    </message>
    <message>
        <source>an nRF91 does not take a private key from the station: its key must be made by the modem (%KEYGEN), so the cloud-keys fallback is refused</source>
        <comment>nrf91.no-key-import</comment>
        <translation>ein nRF91 übernimmt keinen privaten Schlüssel von der Station: sein Schlüssel muss vom Modem erzeugt werden (%KEYGEN), daher wird die Ausweichlösung mit Cloud-Schlüsseln abgelehnt</translation>
    </message>
    <message>
        <source>the profile names a setting for the {object}, but the modem speaks raw AT (no Zephyr shell to write settings with)</source>
        <comment>nrf91.no-shell</comment>
        <translation>das Profil nennt eine Einstellung für {object}, aber das Modem spricht nur AT (keine Zephyr-Shell zum Schreiben von Einstellungen)</translation>
    </message>
    <message>
        <source>the modem does not take data ('{command}')</source>
        <comment>nrf91.no-take</comment>
        <translation>das Modem nimmt keine Daten an ('{command}')</translation>
    </message>
    <message>
        <source>the modem does not list the {object} it accepted in sec_tag {sec_tag}</source>
        <comment>nrf91.not-listed</comment>
        <translation>das Modem listet das in sec_tag {sec_tag} angenommene {object} nicht auf</translation>
    </message>
    <message>
        <source>settings read {name}: expected one value line, got {count}</source>
        <comment>nrf91.setting-lines</comment>
        <translation>settings read {name}: eine Wertzeile erwartet, {count} erhalten</translation>
    </message>
    <message>
        <source>setting {name} reads back {got}, wrote {wrote}</source>
        <comment>nrf91.setting-reads</comment>
        <translation>Einstellung {name} liest {got} zurück, geschrieben wurde {wrote}</translation>
    </message>
    <message>
        <source>the shell command failed</source>
        <comment>nrf91.shell-failed</comment>
        <translation>der Shell-Befehl ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>the board's shell does not know the command ({answer})</source>
        <comment>nrf91.shell-unknown</comment>
        <translation>die Shell der Platine kennt den Befehl nicht ({answer})</translation>
    </message>
    <message>
        <source>no complete answer to '{command}' in time (modem silent or answer damaged)</source>
        <comment>nrf91.silent</comment>
        <translation>keine vollständige Antwort auf '{command}' rechtzeitig (Modem stumm oder Antwort beschädigt)</translation>
    </message>
    <message>
        <source>the modem stayed active (functional mode {mode}) after the station switched it offline (AT+CFUN=4); it refuses key generation and credential writes while active</source>
        <comment>nrf91.stayed-active</comment>
        <translation>das Modem blieb aktiv (Funktionsmodus {mode}), nachdem die Station es offline geschaltet hatte (AT+CFUN=4); im aktiven Zustand lehnt es Schlüsselerzeugung und Schreiben von Zugangsdaten ab</translation>
    </message>
    <message>
        <source>CA certificate</source>
        <comment>object.ca</comment>
        <translation>CA-Zertifikat</translation>
    </message>
    <message>
        <source>device certificate</source>
        <comment>object.cert</comment>
        <translation>Gerätezertifikat</translation>
    </message>
    <message>
        <source>claim certificate</source>
        <comment>object.claim-cert</comment>
        <translation>Claim-Zertifikat</translation>
    </message>
    <message>
        <source>claim key</source>
        <comment>object.claim-key</comment>
        <translation>Claim-Schlüssel</translation>
    </message>
    <message>
        <source>key and CSR</source>
        <comment>object.csr</comment>
        <translation>Schlüssel und CSR</translation>
    </message>
    <message>
        <source>cloud address</source>
        <comment>object.endpoint</comment>
        <translation>Cloud-Adresse</translation>
    </message>
    <message>
        <source>registration template</source>
        <comment>object.fleet</comment>
        <translation>Registrierungsvorlage</translation>
    </message>
    <message>
        <source>private key</source>
        <comment>object.key</comment>
        <translation>privater Schlüssel</translation>
    </message>
    <message>
        <source>thing name</source>
        <comment>object.thing</comment>
        <translation>Thing-Name</translation>
    </message>
    <message>
        <source>serial {serial} is already provisioned (thing {thing}, certificate {certificate}) and the rework policy is 'refuse'</source>
        <comment>pipeline.already-provisioned</comment>
        <translation>Seriennummer {serial} ist bereits provisioniert (Thing {thing}, Zertifikat {certificate}) und die Nacharbeitsrichtlinie ist 'refuse'</translation>
    </message>
    <message>
        <source>the board's {field} {value} {problem}</source>
        <comment>pipeline.bad-identity</comment>
        <translation>{field} der Platine {value}: {problem}</translation>
    </message>
    <message>
        <source>thing {thing} changed {attempts} times while this station tried to claim it</source>
        <comment>pipeline.claim-changing</comment>
        <translation>Thing {thing} hat sich {attempts}-mal geändert, während diese Station es übernehmen wollte</translation>
    </message>
    <message>
        <source>thing {thing} was deleted while this station was claiming it</source>
        <comment>pipeline.claim-deleted</comment>
        <translation>Thing {thing} wurde gelöscht, während diese Station es übernahm</translation>
    </message>
    <message>
        <source>the board refused to generate a key and CSR ({code}: {answer}) and the profile allows only on-board keys</source>
        <comment>pipeline.csr-refused</comment>
        <translation>die Platine hat das Erzeugen von Schlüssel und CSR abgelehnt ({code}: {answer}) und das Profil erlaubt nur Schlüssel aus der Platine</translation>
    </message>
    <message>
        <source>thing {thing} already has an active certificate ({ids}) for a different key: another board with the same serial, or a reworked board</source>
        <comment>pipeline.foreign-certificate</comment>
        <translation>Thing {thing} hat bereits ein aktives Zertifikat ({ids}) für einen anderen Schlüssel: eine andere Platine mit derselben Seriennummer oder eine nachgearbeitete Platine</translation>
    </message>
    <message>
        <source>internal error: {kind}: {error}</source>
        <comment>pipeline.internal-error</comment>
        <translation>interner Fehler: {kind}: {error}</translation>
    </message>
    <message>
        <source>the board's public key does not match its certificate</source>
        <comment>pipeline.key-mismatch</comment>
        <translation>der öffentliche Schlüssel der Platine passt nicht zu ihrem Zertifikat</translation>
    </message>
    <message>
        <source>thing {thing} already has an active certificate ({ids}); this board cannot report the key it holds, so the station cannot tell it is the same board, and the rework policy is '{policy}'</source>
        <comment>pipeline.keyless-certificate</comment>
        <translation>Thing {thing} hat bereits ein aktives Zertifikat ({ids}); diese Platine kann ihren Schlüssel nicht melden, daher kann die Station nicht erkennen, ob es dieselbe Platine ist, und die Nacharbeitsrichtlinie ist '{policy}'</translation>
    </message>
    <message>
        <source>the {driver} driver's boards make their private key themselves and cannot take one from the station, but the profile asks for cloud-generated keys (certificates.mode = "cloud-keys")</source>
        <comment>pipeline.keys-on-board</comment>
        <translation>die Platinen des Treibers {driver} erzeugen ihren privaten Schlüssel selbst und können keinen von der Station übernehmen, aber das Profil verlangt in der Cloud erzeugte Schlüssel (certificates.mode = "cloud-keys")</translation>
    </message>
    <message>
        <source>the board cannot generate its own key (no 'csr' capability) and the profile allows only on-board keys</source>
        <comment>pipeline.no-csr</comment>
        <translation>die Platine kann keinen eigenen Schlüssel erzeugen (keine Fähigkeit 'csr') und das Profil erlaubt nur Schlüssel aus der Platine</translation>
    </message>
    <message>
        <source>no thing group rule matches model {model}, hardware {hw}</source>
        <comment>pipeline.no-group</comment>
        <translation>keine Thing-Gruppen-Regel passt zu Modell {model}, Hardware {hw}</translation>
    </message>
    <message>
        <source>the board can neither generate a key nor accept one</source>
        <comment>pipeline.no-key-at-all</comment>
        <translation>die Platine kann weder einen Schlüssel erzeugen noch einen annehmen</translation>
    </message>
    <message>
        <source>the certificate's public key is not the key the board made in this attempt</source>
        <comment>pipeline.not-csr-key</comment>
        <translation>der öffentliche Schlüssel des Zertifikats ist nicht der, den die Platine in diesem Versuch erzeugt hat</translation>
    </message>
    <message>
        <source>station {station} started provisioning this serial {age} s ago: the same board (or two boards with one serial) is on two stations</source>
        <comment>pipeline.other-station</comment>
        <translation>Station {station} hat vor {age} s begonnen, diese Seriennummer zu provisionieren: dieselbe Platine (oder zwei Platinen mit einer Seriennummer) ist an zwei Stationen</translation>
    </message>
    <message>
        <source>read-back of '{object}' does not match what was written</source>
        <comment>pipeline.readback-mismatch</comment>
        <translation>Rücklesen von '{object}' stimmt nicht mit dem Geschriebenen überein</translation>
    </message>
    <message>
        <source>serial {serial} is already being provisioned on {holder}: two boards report the same serial number</source>
        <comment>pipeline.serial-twice</comment>
        <translation>Seriennummer {serial} wird bereits an {holder} provisioniert: zwei Platinen melden dieselbe Seriennummer</translation>
    </message>
    <message>
        <source>the board stored '{object}' with a different hash</source>
        <comment>pipeline.stored-other-hash</comment>
        <translation>die Platine hat '{object}' mit einem anderen Hash gespeichert</translation>
    </message>
    <message>
        <source>model '{model}' (serial {serial}) is not in the station profile</source>
        <comment>pipeline.unknown-model</comment>
        <translation>Modell '{model}' (Seriennummer {serial}) ist nicht im Stationsprofil</translation>
    </message>
    <message>
        <source>profile key '{key}': {problem}</source>
        <comment>profile.key</comment>
        <translation>Profilschlüssel '{key}': {problem}</translation>
    </message>
    <message>
        <source>profile key '{key}' in {path}: {problem}</source>
        <comment>profile.key-in</comment>
        <translation>Profilschlüssel '{key}' in {path}: {problem}</translation>
    </message>
    <message>
        <source>now: {object}</source>
        <comment>progress.now</comment>
        <translation>jetzt: {object}</translation>
    </message>
    <message>
        <source>no configuration is released to {groups}</source>
        <comment>qa.no-config</comment>
        <translation>für {groups} ist keine Konfiguration freigegeben</translation>
    </message>
    <message>
        <source>no configuration is released to the unit (it is in no group)</source>
        <comment>qa.no-config-ungrouped</comment>
        <translation>für das Gerät ist keine Konfiguration freigegeben (es ist in keiner Gruppe)</translation>
    </message>
    <message>
        <source>no thing named '{query}' and no thing with serial {query} in this cloud</source>
        <comment>qa.not-found</comment>
        <translation>in dieser Cloud gibt es kein Thing namens '{query}' und keines mit der Seriennummer {query}</translation>
    </message>
    <message>
        <source>nothing to look up</source>
        <comment>qa.nothing-to-look-up</comment>
        <translation>nichts zu suchen</translation>
    </message>
    <message>
        <source>serial {serial} belongs to several things: {things}</source>
        <comment>qa.several-things</comment>
        <translation>Seriennummer {serial} gehört zu mehreren Things: {things}</translation>
    </message>
    <message>
        <source>{operation} on {where} failed: {code}: {answer}</source>
        <comment>records.anchor-failed</comment>
        <translation>{operation} auf {where} fehlgeschlagen: {code}: {answer}</translation>
    </message>
    <message>
        <source>no records database at {path}</source>
        <comment>records.no-database</comment>
        <translation>keine Aufzeichnungsdatenbank unter {path}</translation>
    </message>
    <message>
        <source>{path} is not a usable records database: {error}</source>
        <comment>records.not-usable</comment>
        <translation>{path} ist keine nutzbare Aufzeichnungsdatenbank: {error}</translation>
    </message>
    <message>
        <source>the records database could not be switched to WAL (journal mode is {mode})</source>
        <comment>records.not-wal</comment>
        <translation>die Aufzeichnungsdatenbank ließ sich nicht auf WAL umstellen (Journal-Modus ist {mode})</translation>
    </message>
    <message>
        <source>records database {path} has schema version {found}, newer than this station knows (up to {known}): it was written by a newer station version</source>
        <comment>records.too-new</comment>
        <translation>Aufzeichnungsdatenbank {path} hat Schemaversion {found}, neuer als diese Station kennt (bis {known}): sie wurde von einer neueren Stationsversion geschrieben</translation>
    </message>
    <message>
        <source>Allow {action} there: attach the station IAM policy rendered for this profile (resources/station-iam-policy.json) to the station's user or role.</source>
        <comment>remedy.allow-action</comment>
        <translation>{action} dort erlauben: die für dieses Profil erzeugte IAM-Richtlinie der Station (resources/station-iam-policy.json) an Benutzer oder Rolle der Station anhängen.</translation>
    </message>
    <message>
        <source>Allow iot:DescribeEndpoint to the station (station IAM policy).</source>
        <comment>remedy.allow-describe-endpoint</comment>
        <translation>iot:DescribeEndpoint für die Station erlauben (IAM-Richtlinie der Station).</translation>
    </message>
    <message>
        <source>Check the records bucket and the station's IAM policy (station cloud policy).</source>
        <comment>remedy.anchor</comment>
        <translation>Aufzeichnungs-Bucket und IAM-Richtlinie der Station prüfen (station cloud policy).</translation>
    </message>
    <message>
        <source>Attach the station IAM policy for this profile (resources/station-iam-policy.json) to the station's user or role.</source>
        <comment>remedy.attach-iam-policy</comment>
        <translation>Die IAM-Richtlinie der Station für dieses Profil (resources/station-iam-policy.json) an Benutzer oder Rolle der Station anhängen.</translation>
    </message>
    <message>
        <source>Check the value AWS names (board identity, profile naming or batch); if it came from the board, set the board aside for the line engineer.</source>
        <comment>remedy.aws-invalid</comment>
        <translation>Den von AWS genannten Wert prüfen (Identität der Platine, Benennung im Profil oder Charge); stammt er von der Platine, Platine für den Linieningenieur beiseitelegen.</translation>
    </message>
    <message>
        <source>The line engineer raises the limit in AWS Service Quotas or frees resources; then retry the unit.</source>
        <comment>remedy.aws-limit</comment>
        <translation>Der Linieningenieur erhöht das Limit in AWS Service Quotas oder gibt Ressourcen frei; dann das Gerät erneut versuchen.</translation>
    </message>
    <message>
        <source>Retry the unit; if AWS refuses it again, set the board aside and give the line engineer this message and the log file.</source>
        <comment>remedy.aws-refused</comment>
        <translation>Gerät erneut versuchen; lehnt AWS erneut ab, Platine beiseitelegen und dem Linieningenieur diese Meldung und die Logdatei geben.</translation>
    </message>
    <message>
        <source>Reseat the board's USB cable and retry; if it persists, try another port or cable.</source>
        <comment>remedy.board-link</comment>
        <translation>USB-Kabel der Platine neu einstecken und erneut versuchen; wenn es bleibt, anderen Port oder anderes Kabel verwenden.</translation>
    </message>
    <message>
        <source>Check that the board is powered and running its factory firmware, then retry.</source>
        <comment>remedy.board-timeout</comment>
        <translation>Prüfen, ob die Platine Strom hat und ihre Werks-Firmware läuft, dann erneut versuchen.</translation>
    </message>
    <message>
        <source>The line engineer runs 'station cloud bootstrap --profile &lt;the station profile&gt;' (it creates the thing types, groups and the device policy the profile names), checks with 'station cloud check', then retries the unit.</source>
        <comment>remedy.bootstrap</comment>
        <translation>Der Linieningenieur führt 'station cloud bootstrap --profile &lt;the station profile&gt;' aus (legt die Thing-Typen, Gruppen und die Geräte-Richtlinie an, die das Profil nennt), prüft mit 'station cloud check' und versucht das Gerät erneut.</translation>
    </message>
    <message>
        <source>Choose a unique name in the profile ([catalog] bucket), e.g. with your account id in it, and run bootstrap again.</source>
        <comment>remedy.bucket-taken</comment>
        <translation>Im Profil einen eindeutigen Namen wählen ([catalog] bucket), z. B. mit Ihrer Konto-ID darin, und bootstrap erneut ausführen.</translation>
    </message>
    <message>
        <source>Check the line CA token and the [certificates.factory_ca] keys of the profile (see docs/factory-ca.md), then retry the unit.</source>
        <comment>remedy.ca</comment>
        <translation>Token der Linien-CA und die Schlüssel [certificates.factory_ca] des Profils prüfen (siehe docs/factory-ca.md), dann das Gerät erneut versuchen.</translation>
    </message>
    <message>
        <source>Set certificates.factory_ca.ca_certificate to the line CA's certificate (PEM), the one made with the token's key (docs/factory-ca.md).</source>
        <comment>remedy.ca-cert</comment>
        <translation>certificates.factory_ca.ca_certificate auf das Zertifikat der Linien-CA (PEM) setzen, das mit dem Schlüssel des Tokens erstellt wurde (docs/factory-ca.md).</translation>
    </message>
    <message>
        <source>Write the new certificate to another file; a registered CA certificate is replaced only by CA rotation (docs/aws.md).</source>
        <comment>remedy.ca-cert-exists</comment>
        <translation>Das neue Zertifikat in eine andere Datei schreiben; ein registriertes CA-Zertifikat wird nur durch CA-Rotation ersetzt (docs/aws.md).</translation>
    </message>
    <message>
        <source>Rotate the line CA (docs/aws.md, CA rotation) and point certificates.factory_ca.ca_certificate at the new CA's certificate.</source>
        <comment>remedy.ca-cert-expired</comment>
        <translation>Linien-CA rotieren (docs/aws.md, CA-Rotation) und certificates.factory_ca.ca_certificate auf das Zertifikat der neuen CA setzen.</translation>
    </message>
    <message>
        <source>Run bootstrap again: it asks AWS for this account's registration code and signs a fresh verification certificate with the CA's key.</source>
        <comment>remedy.ca-code-refused</comment>
        <translation>Bootstrap erneut ausführen: es fragt AWS nach dem Registrierungscode dieses Kontos und signiert ein neues Verifizierungszertifikat mit dem Schlüssel der CA.</translation>
    </message>
    <message>
        <source>Generate a new CA key inside the token with CKA_EXTRACTABLE false and CKA_SENSITIVE true, and rotate the line CA to it (docs/factory-ca.md).</source>
        <comment>remedy.ca-key-exportable</comment>
        <translation>Einen neuen CA-Schlüssel im Token mit CKA_EXTRACTABLE false und CKA_SENSITIVE true erzeugen und die Linien-CA darauf rotieren (docs/factory-ca.md).</translation>
    </message>
    <message>
        <source>Point certificates.factory_ca.ca_certificate and key_label at the same line CA: the certificate made with this token's key.</source>
        <comment>remedy.ca-key-mismatch</comment>
        <translation>certificates.factory_ca.ca_certificate und key_label auf dieselbe Linien-CA setzen: das Zertifikat, das mit dem Schlüssel dieses Tokens erstellt wurde.</translation>
    </message>
    <message>
        <source>Set certificates.factory_ca.key_label to the CA key's label (CKA_LABEL), or generate the CA key in this token (docs/factory-ca.md).</source>
        <comment>remedy.ca-key-missing</comment>
        <translation>certificates.factory_ca.key_label auf das Etikett (CKA_LABEL) des CA-Schlüssels setzen oder den CA-Schlüssel in diesem Token erzeugen (docs/factory-ca.md).</translation>
    </message>
    <message>
        <source>Close the other line CA first: one station process uses one SoftHSM2 configuration at a time.</source>
        <comment>remedy.ca-module-busy</comment>
        <translation>Zuerst die andere Linien-CA schließen: ein Stationsprozess verwendet jeweils nur eine SoftHSM2-Konfiguration.</translation>
    </message>
    <message>
        <source>Install the token's PKCS#11 module (its vendor's driver, or the softhsm2 package) and set certificates.factory_ca.pkcs11_library to its path.</source>
        <comment>remedy.ca-module-missing</comment>
        <translation>Das PKCS#11-Modul des Tokens installieren (Treiber des Herstellers oder das Paket softhsm2) und certificates.factory_ca.pkcs11_library auf seinen Pfad setzen.</translation>
    </message>
    <message>
        <source>Set [certificates.factory_ca] ca_certificate in the profile to the line CA's PEM file (relative to the profile's folder).</source>
        <comment>remedy.ca-no-file</comment>
        <translation>[certificates.factory_ca] ca_certificate im Profil auf die PEM-Datei der Linien-CA setzen (relativ zum Ordner des Profils).</translation>
    </message>
    <message>
        <source>Set certificates.factory_ca.pkcs11_library to the line CA token's PKCS#11 module, or install SoftHSM2 for a demo token.</source>
        <comment>remedy.ca-no-module</comment>
        <translation>certificates.factory_ca.pkcs11_library auf das PKCS#11-Modul des Tokens der Linien-CA setzen oder SoftHSM2 für ein Demo-Token installieren.</translation>
    </message>
    <message>
        <source>Install SoftHSM2 (Debian/Ubuntu: apt install softhsm2; python3 run.py does it for the demo and tests).</source>
        <comment>remedy.ca-no-softhsm</comment>
        <translation>SoftHSM2 installieren (Debian/Ubuntu: apt install softhsm2; python3 run.py erledigt das für die Demo und die Tests).</translation>
    </message>
    <message>
        <source>Run 'station cloud bootstrap' with the factory-ca profile as the line engineer: it registers the CA.</source>
        <comment>remedy.ca-not-registered</comment>
        <translation>Als Linieningenieur 'station cloud bootstrap' mit dem Profil factory-ca ausführen: es registriert die CA.</translation>
    </message>
    <message>
        <source>Re-key those units with the new CA first (station rework), or pass --force if they are retired.</source>
        <comment>remedy.ca-old-still-used</comment>
        <translation>Diese Geräte zuerst mit neuem Schlüssel und Zertifikat der neuen CA versehen (station rework) oder --force angeben, wenn sie ausgemustert sind.</translation>
    </message>
    <message>
        <source>The token's security officer must unlock it (or the line CA must be rotated to a new token); see docs/factory-ca.md.</source>
        <comment>remedy.ca-pin-locked</comment>
        <translation>Der Security Officer des Tokens muss es entsperren (oder die Linien-CA muss auf ein neues Token rotiert werden); siehe docs/factory-ca.md.</translation>
    </message>
    <message>
        <source>Start the station with the token's PIN in the environment variable named by certificates.factory_ca.pin_env (never in the profile or a file).</source>
        <comment>remedy.ca-pin-unset</comment>
        <translation>Die Station mit der PIN des Tokens in der Umgebungsvariable starten, die certificates.factory_ca.pin_env nennt (nie im Profil oder in einer Datei).</translation>
    </message>
    <message>
        <source>Set the right PIN in that variable before retrying: tokens lock themselves after a few wrong PINs.</source>
        <comment>remedy.ca-pin-wrong</comment>
        <translation>Vor dem erneuten Versuch die richtige PIN in dieser Variable setzen: Tokens sperren sich nach wenigen falschen PINs.</translation>
    </message>
    <message>
        <source>Make the CA certificate with the token vendor's tool, or store the key pair's public half in the token under the same label.</source>
        <comment>remedy.ca-public-key-missing</comment>
        <translation>Das CA-Zertifikat mit dem Werkzeug des Token-Herstellers erstellen oder den öffentlichen Teil des Schlüsselpaars unter demselben Etikett im Token speichern.</translation>
    </message>
    <message>
        <source>Check the profile's [certificates.factory_ca] ca_certificate: it must be the CA certificate whose key is in the token (v3, CA:true, not expired).</source>
        <comment>remedy.ca-refused</comment>
        <translation>[certificates.factory_ca] ca_certificate des Profils prüfen: es muss das CA-Zertifikat sein, dessen Schlüssel im Token liegt (v3, CA:true, nicht abgelaufen).</translation>
    </message>
    <message>
        <source>Give --new-ca the new CA's certificate (its key in a new token).</source>
        <comment>remedy.ca-same</comment>
        <translation>--new-ca das Zertifikat der neuen CA geben (ihr Schlüssel in einem neuen Token).</translation>
    </message>
    <message>
        <source>Check that the line CA token is plugged in, then retry the unit; if it keeps failing, restart the station.</source>
        <comment>remedy.ca-sign-failed</comment>
        <translation>Prüfen, ob das Token der Linien-CA eingesteckt ist, dann das Gerät erneut versuchen; schlägt es weiter fehl, die Station neu starten.</translation>
    </message>
    <message>
        <source>Check the board's identity (serial, model, hardware revision) and the profile's naming and [[groups]]; set the board aside if its identity is corrupt.</source>
        <comment>remedy.ca-subject</comment>
        <translation>Identität der Platine prüfen (Seriennummer, Modell, Hardware-Revision) sowie Benennung und [[groups]] des Profils; Platine beiseitelegen, wenn ihre Identität beschädigt ist.</translation>
    </message>
    <message>
        <source>Use fewer models in the factory-ca profile (each adds a thing type mapping), or choose registration = "jitr".</source>
        <comment>remedy.ca-template-too-big</comment>
        <translation>Weniger Modelle im Profil factory-ca verwenden (jedes fügt eine Thing-Typ-Zuordnung hinzu) oder registration = "jitr" wählen.</translation>
    </message>
    <message>
        <source>Use that token (its PIN is the one it was made with), or make the new token in an empty folder.</source>
        <comment>remedy.ca-token-exists</comment>
        <translation>Dieses Token verwenden (seine PIN ist die, mit der es angelegt wurde) oder das neue Token in einem leeren Ordner anlegen.</translation>
    </message>
    <message>
        <source>Plug in the line CA token, or set certificates.factory_ca.token_label to its label.</source>
        <comment>remedy.ca-token-missing</comment>
        <translation>Token der Linien-CA einstecken oder certificates.factory_ca.token_label auf sein Etikett setzen.</translation>
    </message>
    <message>
        <source>Unplug the tokens that are not the line CA, or give the line CA token a label of its own.</source>
        <comment>remedy.ca-token-twice</comment>
        <translation>Die Tokens abziehen, die nicht die Linien-CA sind, oder dem Token der Linien-CA ein eigenes Etikett geben.</translation>
    </message>
    <message>
        <source>Set certificates.factory_ca.validity_days to a positive number of days.</source>
        <comment>remedy.ca-validity</comment>
        <translation>certificates.factory_ca.validity_days auf eine positive Anzahl Tage setzen.</translation>
    </message>
    <message>
        <source>Check [{section}] bucket/prefix in the profile and the station IAM policy (s3:ListBucket with the prefix).</source>
        <comment>remedy.check-bucket</comment>
        <translation>[{section}] bucket/prefix im Profil und die IAM-Richtlinie der Station prüfen (s3:ListBucket mit dem Präfix).</translation>
    </message>
    <message>
        <source>Boards verify the endpoint with the device CA: check [cloud] ca_file, and that no proxy intercepts TLS to the endpoint.</source>
        <comment>remedy.check-ca-file</comment>
        <translation>Platinen prüfen den Endpunkt mit der Geräte-CA: [cloud] ca_file prüfen und sicherstellen, dass kein Proxy TLS zum Endpunkt abfängt.</translation>
    </message>
    <message>
        <source>Check the station PC's date, time and time zone. {renew}</source>
        <comment>remedy.check-clock</comment>
        <translation>Datum, Uhrzeit und Zeitzone des Stations-PCs prüfen. {renew}</translation>
    </message>
    <message>
        <source>Check the network, proxy and firewall.</source>
        <comment>remedy.check-network</comment>
        <translation>Netzwerk, Proxy und Firewall prüfen.</translation>
    </message>
    <message>
        <source>Check the PC's network, proxy (HTTPS_PROXY) and firewall: the station needs HTTPS to sts, iot, s3 and iam in {region}; then check again.</source>
        <comment>remedy.check-network-aws</comment>
        <translation>Netzwerk, Proxy (HTTPS_PROXY) und Firewall des PCs prüfen: die Station braucht HTTPS zu sts, iot, s3 und iam in {region}; dann erneut prüfen.</translation>
    </message>
    <message>
        <source>Check the region and the network.</source>
        <comment>remedy.check-region-network</comment>
        <translation>Region und Netzwerk prüfen.</translation>
    </message>
    <message>
        <source>Check the station's network and AWS settings (region, endpoint), then retry the unit.</source>
        <comment>remedy.client-failed</comment>
        <translation>Netzwerk und AWS-Einstellungen der Station prüfen (Region, Endpunkt), dann das Gerät erneut versuchen.</translation>
    </message>
    <message>
        <source>Check the station's network and AWS credentials, then retry the unit.</source>
        <comment>remedy.cloud</comment>
        <translation>Netzwerk und AWS-Anmeldedaten der Station prüfen, dann das Gerät erneut versuchen.</translation>
    </message>
    <message>
        <source>Retry the unit; the line engineer runs 'station reconcile' to retire any certificate AWS issued without the station knowing.</source>
        <comment>remedy.cloud-answer-lost</comment>
        <translation>Gerät erneut versuchen; der Linieningenieur führt 'station reconcile' aus, um jedes Zertifikat stillzulegen, das AWS ohne Wissen der Station ausgestellt hat.</translation>
    </message>
    <message>
        <source>Check the station's network; if AWS is throttling, lower station.parallel or ask for a higher account limit, then retry.</source>
        <comment>remedy.cloud-not-accepted</comment>
        <translation>Netzwerk der Station prüfen; drosselt AWS, station.parallel senken oder ein höheres Kontolimit beantragen, dann erneut versuchen.</translation>
    </message>
    <message>
        <source>Renew the station's AWS login (aws sso login, or set AWS_PROFILE / run aws configure), then retry the unit.</source>
        <comment>remedy.credentials</comment>
        <translation>AWS-Anmeldung der Station erneuern (aws sso login, oder AWS_PROFILE setzen / aws configure ausführen), dann das Gerät erneut versuchen.</translation>
    </message>
    <message>
        <source>Retry the unit; if the board keeps sending a bad CSR, its factory firmware is faulty.</source>
        <comment>remedy.csr</comment>
        <translation>Gerät erneut versuchen; wenn die Platine weiter einen fehlerhaften CSR sendet, ist ihre Werks-Firmware defekt.</translation>
    </message>
    <message>
        <source>Set the board aside: its factory firmware signs CSRs with a broken hash; the firmware must sign with SHA-256 (or SHA-384/SHA-512).</source>
        <comment>remedy.csr-weak-hash</comment>
        <translation>Platine beiseitelegen: ihre Werks-Firmware signiert CSRs mit einem unsicheren Hash; die Firmware muss mit SHA-256 (oder SHA-384/SHA-512) signieren.</translation>
    </message>
    <message>
        <source>Retry the unit; if it fails again, set it aside and call the line engineer.</source>
        <comment>remedy.default</comment>
        <translation>Gerät erneut versuchen; wenn es wieder fehlschlägt, beiseitelegen und den Linieningenieur rufen.</translation>
    </message>
    <message>
        <source>Ask for between 1 and {max} boards.</source>
        <comment>remedy.demo-boards</comment>
        <translation>Zwischen 1 und {max} Platinen anfordern.</translation>
    </message>
    <message>
        <source>Boards 1 to {reference} are reference boards, the last {modems} nRF91 modems; give each the faults of its kind (docs/virtual-boards.md).</source>
        <comment>remedy.demo-fault-kind</comment>
        <translation>Platinen 1 bis {reference} sind Referenzplatinen, die letzten {modems} nRF91-Modems; jeder die Fehler ihrer Art geben (docs/virtual-boards.md).</translation>
    </message>
    <message>
        <source>Ask for between 0 and {boards} nRF91 modems (they count among --boards).</source>
        <comment>remedy.demo-modems</comment>
        <translation>Zwischen 0 und {boards} nRF91-Modems anfordern (sie zählen zu --boards).</translation>
    </message>
    <message>
        <source>Number the boards from 1 to {boards}.</source>
        <comment>remedy.demo-number</comment>
        <translation>Platinen von 1 bis {boards} nummerieren.</translation>
    </message>
    <message>
        <source>{bootstrap} It enables them account-wide; AWS bills each event as a published message.</source>
        <comment>remedy.enable-events</comment>
        <translation>{bootstrap} Das aktiviert sie kontoweit; AWS berechnet jedes Ereignis als veröffentlichte Nachricht.</translation>
    </message>
    <message>
        <source>Boards that use MQTT on 443 need ALPN x-amzn-mqtt-ca passed untouched: ask the network team to exempt the IoT endpoint from TLS inspection, or open port 8883.</source>
        <comment>remedy.exempt-endpoint</comment>
        <translation>Platinen, die MQTT über 443 nutzen, brauchen ALPN x-amzn-mqtt-ca unverändert: das Netzwerkteam bitten, den IoT-Endpunkt von der TLS-Prüfung auszunehmen, oder Port 8883 öffnen.</translation>
    </message>
    <message>
        <source>Set the board aside for QA; rework gives it a new key and certificate.</source>
        <comment>remedy.factory-ca.certificate-retired</comment>
        <translation>Platine für QA beiseitelegen; die Nacharbeit gibt ihr einen neuen Schlüssel und ein neues Zertifikat.</translation>
    </message>
    <message>
        <source>Set the board aside for QA: check its serial label. A reworked board needs rework.policy = 'reprovision'. Nothing was signed or written.</source>
        <comment>remedy.factory-ca.duplicate</comment>
        <translation>Platine für QA beiseitelegen: ihr Seriennummern-Etikett prüfen. Eine nachgearbeitete Platine braucht rework.policy = 'reprovision'. Nichts wurde signiert oder geschrieben.</translation>
    </message>
    <message>
        <source>Set the board aside for QA: two boards may share this serial, or it was provisioned before. A reworked board needs rework.policy = 'reprovision'. Nothing was signed or written.</source>
        <comment>remedy.factory-ca.duplicate-recorded</comment>
        <translation>Platine für QA beiseitelegen: möglicherweise haben zwei Platinen diese Seriennummer, oder sie wurde schon früher provisioniert. Eine nachgearbeitete Platine braucht rework.policy = 'reprovision'. Nichts wurde signiert oder geschrieben.</translation>
    </message>
    <message>
        <source>Set the board aside, or flash the factory firmware that makes its key; nothing was signed or written.</source>
        <comment>remedy.factory-ca.no-csr</comment>
        <translation>Platine beiseitelegen oder die Werks-Firmware flashen, die ihren Schlüssel erzeugt; nichts wurde signiert oder geschrieben.</translation>
    </message>
    <message>
        <source>The line engineer sets cloud.mqtt_endpoint in the profile (station cloud check shows it), or restarts the station once AWS answers.</source>
        <comment>remedy.factory-ca.no-endpoint</comment>
        <translation>Der Linieningenieur setzt cloud.mqtt_endpoint im Profil (station cloud check zeigt ihn) oder startet die Station neu, sobald AWS antwortet.</translation>
    </message>
    <message>
        <source>Set the board aside; its factory firmware must report its hardware revision. Nothing was signed.</source>
        <comment>remedy.factory-ca.no-hw-revision</comment>
        <translation>Platine beiseitelegen; ihre Werks-Firmware muss ihre Hardware-Revision melden. Nichts wurde signiert.</translation>
    </message>
    <message>
        <source>The line engineer starts the station with the line CA's token plugged in and its PIN in the environment variable the profile names (certificates.factory_ca.pin_env).</source>
        <comment>remedy.factory-ca.no-line-ca</comment>
        <translation>Der Linieningenieur startet die Station mit eingestecktem Token der Linien-CA und dessen PIN in der Umgebungsvariable, die das Profil nennt (certificates.factory_ca.pin_env).</translation>
    </message>
    <message>
        <source>Fix [cloud] region in the station profile (e.g. eu-west-1).</source>
        <comment>remedy.fix-region</comment>
        <translation>[cloud] region im Stationsprofil korrigieren (z. B. eu-west-1).</translation>
    </message>
    <message>
        <source>The line engineer runs 'station cloud bootstrap' with this fleet-claim profile (it creates the template), then retries the unit.</source>
        <comment>remedy.fleet-claim-no-template</comment>
        <translation>Der Linieningenieur führt 'station cloud bootstrap' mit diesem fleet-claim-Profil aus (legt die Vorlage an) und versucht das Gerät erneut.</translation>
    </message>
    <message>
        <source>Check the station computer's clock (it must follow network time), then retry the unit.</source>
        <comment>remedy.fleet-claim-short-lived</comment>
        <translation>Uhr des Stationsrechners prüfen (sie muss der Netzwerkzeit folgen), dann das Gerät erneut versuchen.</translation>
    </message>
    <message>
        <source>Restart the station; if it repeats, report it to the station's developers with the log file.</source>
        <comment>remedy.fleet-claim.no-claims</comment>
        <translation>Station neu starten; wiederholt es sich, es den Entwicklern der Station mit der Logdatei melden.</translation>
    </message>
    <message>
        <source>The line engineer sets cloud.mqtt_endpoint in the profile, or restarts the station once AWS answers.</source>
        <comment>remedy.fleet-claim.no-endpoint</comment>
        <translation>Der Linieningenieur setzt cloud.mqtt_endpoint im Profil oder startet die Station neu, sobald AWS antwortet.</translation>
    </message>
    <message>
        <source>Retry the unit; if it repeats, set the board aside for the line engineer.</source>
        <comment>remedy.fleet-claim.not-registered</comment>
        <translation>Gerät erneut versuchen; wiederholt es sich, Platine für den Linieningenieur beiseitelegen.</translation>
    </message>
    <message>
        <source>The line engineer uses certificates.mode = "csr" or "factory-ca" for this line; the board is fine. Nothing was written to it.</source>
        <comment>remedy.fleet-claim.not-supported</comment>
        <translation>Der Linieningenieur verwendet certificates.mode = "csr" oder "factory-ca" für diese Linie; die Platine ist in Ordnung. Es wurde nichts auf sie geschrieben.</translation>
    </message>
    <message>
        <source>Set the board aside for the line engineer: its firmware does not register with the parameters the station wrote.</source>
        <comment>remedy.fleet-claim.other-thing</comment>
        <translation>Platine für den Linieningenieur beiseitelegen: ihre Firmware registriert sich nicht mit den Parametern, die die Station geschrieben hat.</translation>
    </message>
    <message>
        <source>Check the board's network connection to AWS IoT, then retry the unit; the station writes a fresh claim.</source>
        <comment>remedy.fleet-claim.register-timeout</comment>
        <translation>Netzwerkverbindung der Platine zu AWS IoT prüfen, dann das Gerät erneut versuchen; die Station schreibt einen neuen Claim.</translation>
    </message>
    <message>
        <source>The line engineer adds a [[groups]] rule that matches this model to the profile (a rule with only a name matches every unit), runs 'station cloud bootstrap', then retries the unit.</source>
        <comment>remedy.fleet-no-group</comment>
        <translation>Der Linieningenieur fügt dem Profil eine [[groups]]-Regel hinzu, die zu diesem Modell passt (eine Regel nur mit Namen passt zu jedem Gerät), führt 'station cloud bootstrap' aus und versucht das Gerät erneut.</translation>
    </message>
    <message>
        <source>Retry the unit; if AWS keeps failing, check the AWS Health Dashboard for AWS IoT in this region.</source>
        <comment>remedy.fleet-refused-aws</comment>
        <translation>Gerät erneut versuchen; schlägt AWS weiter fehl, das AWS Health Dashboard für AWS IoT in dieser Region prüfen.</translation>
    </message>
    <message>
        <source>Retry the unit: the station writes a fresh claim. If it is refused again, check the station computer's clock and the board's, and have the line engineer run 'station cloud bootstrap' (the claim policy).</source>
        <comment>remedy.fleet-refused-claim</comment>
        <translation>Gerät erneut versuchen: die Station schreibt einen neuen Claim. Wird er erneut abgelehnt, die Uhr des Stationsrechners und die der Platine prüfen und den Linieningenieur 'station cloud bootstrap' ausführen lassen (die Claim-Richtlinie).</translation>
    </message>
    <message>
        <source>Retry the unit once; if AWS refuses its CSR again, set the board aside for the line engineer (its firmware's key generation).</source>
        <comment>remedy.fleet-refused-csr</comment>
        <translation>Gerät einmal erneut versuchen; lehnt AWS seinen CSR erneut ab, Platine für den Linieningenieur beiseitelegen (Schlüsselerzeugung ihrer Firmware).</translation>
    </message>
    <message>
        <source>The board is fine. The line engineer runs 'station cloud bootstrap' with this profile (it creates and enables the template), then retries the unit.</source>
        <comment>remedy.fleet-refused-no-template</comment>
        <translation>Die Platine ist in Ordnung. Der Linieningenieur führt 'station cloud bootstrap' mit diesem Profil aus (legt die Vorlage an und aktiviert sie) und versucht das Gerät erneut.</translation>
    </message>
    <message>
        <source>The board is fine. The line engineer runs 'station cloud bootstrap' with this profile (it updates the template, thing types and groups), then retries the unit.</source>
        <comment>remedy.fleet-refused-parameters</comment>
        <translation>Die Platine ist in Ordnung. Der Linieningenieur führt 'station cloud bootstrap' mit diesem Profil aus (aktualisiert Vorlage, Thing-Typen und Gruppen) und versucht das Gerät erneut.</translation>
    </message>
    <message>
        <source>The board is fine. The line engineer runs 'station cloud bootstrap' with this profile (it sets the fleet provisioning role's policy), then retries the unit.</source>
        <comment>remedy.fleet-refused-role</comment>
        <translation>Die Platine ist in Ordnung. Der Linieningenieur führt 'station cloud bootstrap' mit diesem Profil aus (setzt die Richtlinie der Fleet-Provisioning-Rolle) und versucht das Gerät erneut.</translation>
    </message>
    <message>
        <source>Retry the unit later; if it keeps happening, lower the line's pace or ask AWS for a higher fleet provisioning quota.</source>
        <comment>remedy.fleet-refused-throttled</comment>
        <translation>Gerät später erneut versuchen; passiert es weiterhin, das Tempo der Linie senken oder AWS um ein höheres Kontingent für Fleet Provisioning bitten.</translation>
    </message>
    <message>
        <source>Retry the unit: the board asks for a new certificate and registers at once.</source>
        <comment>remedy.fleet-refused-token</comment>
        <translation>Gerät erneut versuchen: die Platine fordert ein neues Zertifikat an und registriert sich sofort.</translation>
    </message>
    <message>
        <source>Retry the unit once; if it is refused the same way again, set it aside and give the line engineer the code shown.</source>
        <comment>remedy.fleet-refused-unknown</comment>
        <translation>Gerät einmal erneut versuchen; wird es erneut genauso abgelehnt, beiseitelegen und dem Linieningenieur den angezeigten Code geben.</translation>
    </message>
    <message>
        <source>Give the station AWS credentials: set AWS_PROFILE (or [cloud] profile in the station profile) to a configured profile, or run 'aws configure' / 'aws sso login', then retry the unit.</source>
        <comment>remedy.give-credentials</comment>
        <translation>Der Station AWS-Anmeldedaten geben: AWS_PROFILE (oder [cloud] profile im Stationsprofil) auf ein eingerichtetes Profil setzen, oder 'aws configure' / 'aws sso login' ausführen, dann das Gerät erneut versuchen.</translation>
    </message>
    <message>
        <source>The line engineer grants {action} to the station's role (the policy resources/station-iam-policy.json rendered for this profile), checks it with 'station cloud check', then retries the unit.</source>
        <comment>remedy.grant-action</comment>
        <translation>Der Linieningenieur gewährt der Rolle der Station {action} (die für dieses Profil erzeugte Richtlinie resources/station-iam-policy.json), prüft mit 'station cloud check' und versucht das Gerät erneut.</translation>
    </message>
    <message>
        <source>The line engineer grants {action} on {resource} to the station's role (the policy resources/station-iam-policy.json rendered for this profile), checks it with 'station cloud check', then retries the unit.</source>
        <comment>remedy.grant-action-on</comment>
        <translation>Der Linieningenieur gewährt der Rolle der Station {action} auf {resource} (die für dieses Profil erzeugte Richtlinie resources/station-iam-policy.json), prüft mit 'station cloud check' und versucht das Gerät erneut.</translation>
    </message>
    <message>
        <source>The line engineer grants the permission for {operation} to the station's role (the policy resources/station-iam-policy.json rendered for this profile), checks it with 'station cloud check', then retries the unit.</source>
        <comment>remedy.grant-operation</comment>
        <translation>Der Linieningenieur gewährt der Rolle der Station die Berechtigung für {operation} (die für dieses Profil erzeugte Richtlinie resources/station-iam-policy.json), prüft mit 'station cloud check' und versucht das Gerät erneut.</translation>
    </message>
    <message>
        <source>The line engineer grants the permission for {operation} on {resource} to the station's role (the policy resources/station-iam-policy.json rendered for this profile), checks it with 'station cloud check', then retries the unit.</source>
        <comment>remedy.grant-operation-on</comment>
        <translation>Der Linieningenieur gewährt der Rolle der Station die Berechtigung für {operation} auf {resource} (die für dieses Profil erzeugte Richtlinie resources/station-iam-policy.json), prüft mit 'station cloud check' und versucht das Gerät erneut.</translation>
    </message>
    <message>
        <source>Grant servicequotas:ListServiceQuotas and servicequotas:ListAWSDefaultServiceQuotas to see the account's own values.</source>
        <comment>remedy.grant-quotas</comment>
        <translation>servicequotas:ListServiceQuotas und servicequotas:ListAWSDefaultServiceQuotas gewähren, um die Werte des Kontos zu sehen.</translation>
    </message>
    <message>
        <source>Grant iam:SimulatePrincipalPolicy on {principal} to this identity, or provision one unit and look at its result.</source>
        <comment>remedy.grant-simulator</comment>
        <translation>Dieser Identität iam:SimulatePrincipalPolicy auf {principal} gewähren, oder ein Gerät provisionieren und dessen Ergebnis ansehen.</translation>
    </message>
    <message>
        <source>Check the value it names (board identity or profile naming); if it came from the board, set the board aside for the line engineer.</source>
        <comment>remedy.invalid-before-sent</comment>
        <translation>Den genannten Wert prüfen (Identität der Platine oder Benennung im Profil); stammt er von der Platine, Platine für den Linieningenieur beiseitelegen.</translation>
    </message>
    <message>
        <source>Check the model, version and file, then run the command again.</source>
        <comment>remedy.jobs.catalog</comment>
        <translation>Modell, Version und Datei prüfen, dann den Befehl erneut ausführen.</translation>
    </message>
    <message>
        <source>Grant the station's role s3:GetObject on the catalog prefix and s3:ListBucket on the bucket for that prefix (resources/station-iam-policy.json), or run station cloud check.</source>
        <comment>remedy.jobs.catalog-denied</comment>
        <translation>Der Rolle der Station s3:GetObject auf das Katalog-Präfix und s3:ListBucket auf den Bucket für dieses Präfix gewähren (Richtlinie resources/station-iam-policy.json), oder station cloud check ausführen.</translation>
    </message>
    <message>
        <source>Fix the configuration file (see resources/config-schema.json) and upload it again.</source>
        <comment>remedy.jobs.config-invalid</comment>
        <translation>Konfigurationsdatei korrigieren (siehe resources/config-schema.json) und erneut hochladen.</translation>
    </message>
    <message>
        <source>Check the job id, target and version, then run the command again.</source>
        <comment>remedy.jobs.default</comment>
        <translation>Job-ID, Ziel und Version prüfen, dann den Befehl erneut ausführen.</translation>
    </message>
    <message>
        <source>Check the --file path.</source>
        <comment>remedy.jobs.empty-image</comment>
        <translation>Pfad von --file prüfen.</translation>
    </message>
    <message>
        <source>Someone canceled the job; retry the unit once a release is current again.</source>
        <comment>remedy.jobs.ended</comment>
        <translation>Jemand hat den Job abgebrochen; das Gerät erneut versuchen, sobald wieder eine Freigabe aktuell ist.</translation>
    </message>
    <message>
        <source>AWS never reuses a job id. Upload the same content under a new version (e.g. {version}-r2) and release that.</source>
        <comment>remedy.jobs.id-taken</comment>
        <translation>AWS verwendet eine Job-ID nie wieder. Denselben Inhalt unter einer neuen Version hochladen (z. B. {version}-r2) und diese freigeben.</translation>
    </message>
    <message>
        <source>Create one job per model, or name the model explicitly (--model).</source>
        <comment>remedy.jobs.models-differ</comment>
        <translation>Einen Job pro Modell anlegen oder das Modell ausdrücklich angeben (--model).</translation>
    </message>
    <message>
        <source>Name the model explicitly (--model).</source>
        <comment>remedy.jobs.name-the-model</comment>
        <translation>Das Modell ausdrücklich angeben (--model).</translation>
    </message>
    <message>
        <source>Run 'station cloud bootstrap' with this profile first.</source>
        <comment>remedy.jobs.no-catalog-bucket</comment>
        <translation>Zuerst 'station cloud bootstrap' mit diesem Profil ausführen.</translation>
    </message>
    <message>
        <source>Add it to the profile's [[groups]] and run 'station cloud bootstrap'.</source>
        <comment>remedy.jobs.no-group</comment>
        <translation>In [[groups]] des Profils ergänzen und 'station cloud bootstrap' ausführen.</translation>
    </message>
    <message>
        <source>station job list shows the job ids.</source>
        <comment>remedy.jobs.no-job</comment>
        <translation>station job list zeigt die Job-IDs.</translation>
    </message>
    <message>
        <source>Name at least one thing or thing group (--target).</source>
        <comment>remedy.jobs.no-target</comment>
        <translation>Mindestens ein Thing oder eine Thing-Gruppe angeben (--target).</translation>
    </message>
    <message>
        <source>Wait until the unit's config-upload job SUCCEEDED (station job show JOB_ID), then try again.</source>
        <comment>remedy.jobs.no-upload</comment>
        <translation>Warten, bis der config-upload-Job des Geräts SUCCEEDED ist (station job show JOB_ID), dann erneut versuchen.</translation>
    </message>
    <message>
        <source>The unit keeps its previous version. Retry it once; if it fails again set it aside and tell the line engineer (the image or config may be bad).</source>
        <comment>remedy.jobs.not-applied</comment>
        <translation>Das Gerät behält seine vorige Version. Einmal erneut versuchen; schlägt es wieder fehl, beiseitelegen und den Linieningenieur informieren (Image oder Konfiguration sind eventuell fehlerhaft).</translation>
    </message>
    <message>
        <source>Upload it first: station catalog upload {kind} --model {model} --version {version} --file FILE</source>
        <comment>remedy.jobs.not-in-catalog</comment>
        <translation>Zuerst hochladen (in den Katalog): station catalog upload {kind} --model {model} --version {version} --file FILE</translation>
    </message>
    <message>
        <source>Check the unit's network (Wi-Fi/cellular/Ethernet) and that its firmware starts; then retry it.</source>
        <comment>remedy.jobs.not-online</comment>
        <translation>Netzwerk des Geräts prüfen (WLAN/Mobilfunk/Ethernet) und ob seine Firmware startet; dann erneut versuchen.</translation>
    </message>
    <message>
        <source>The device is slow or stuck; check its power and network and retry it.</source>
        <comment>remedy.jobs.not-ready</comment>
        <translation>Das Gerät ist langsam oder hängt; Stromversorgung und Netzwerk prüfen und erneut versuchen.</translation>
    </message>
    <message>
        <source>Use the key 'station job config-upload' printed.</source>
        <comment>remedy.jobs.not-upload-key</comment>
        <translation>Den Schlüssel verwenden, den 'station job config-upload' ausgegeben hat.</translation>
    </message>
    <message>
        <source>Shorten the notes (link to the full release notes instead).</source>
        <comment>remedy.jobs.notes-too-long</comment>
        <translation>Notizen kürzen (stattdessen auf die vollständigen Versionshinweise verlinken).</translation>
    </message>
    <message>
        <source>Grant the station's role s3:GetObject on the catalog prefix (resources/station-iam-policy.json), or run station cloud check.</source>
        <comment>remedy.jobs.object-denied</comment>
        <translation>Der Rolle der Station s3:GetObject auf das Katalog-Präfix gewähren (Richtlinie resources/station-iam-policy.json), oder station cloud check ausführen.</translation>
    </message>
    <message>
        <source>Use --from-upload KEY or --version V.</source>
        <comment>remedy.jobs.one-config-source</comment>
        <translation>--from-upload KEY oder --version V verwenden.</translation>
    </message>
    <message>
        <source>This release does not fit the unit (wrong model, a downgrade without force, or a malformed job); the line engineer must check the release.</source>
        <comment>remedy.jobs.refused</comment>
        <translation>Diese Freigabe passt nicht zum Gerät (falsches Modell, Downgrade ohne Erzwingen oder fehlerhafter Job); der Linieningenieur muss die Freigabe prüfen.</translation>
    </message>
    <message>
        <source>Say which: --target thing/{name} or --target group/{name}.</source>
        <comment>remedy.jobs.target-both</comment>
        <translation>Angeben, welches: --target thing/{name} oder --target group/{name}.</translation>
    </message>
    <message>
        <source>Check the name (station job list shows jobs and their things).</source>
        <comment>remedy.jobs.target-not-found</comment>
        <translation>Namen prüfen (station job list zeigt Jobs und ihre Things).</translation>
    </message>
    <message>
        <source>Check the name (station job list shows jobs and their things); a unit or group of another line needs that line's station.</source>
        <comment>remedy.jobs.target-not-found-here</comment>
        <translation>Namen prüfen (station job list zeigt Jobs und ihre Things); ein Gerät oder eine Gruppe einer anderen Linie braucht die Station dieser Linie.</translation>
    </message>
    <message>
        <source>Check the unit's power and network, then retry it.</source>
        <comment>remedy.jobs.timed-out</comment>
        <translation>Stromversorgung und Netzwerk des Geräts prüfen, dann erneut versuchen.</translation>
    </message>
    <message>
        <source>Use a version the profile's [catalog] versioning orders (semver by default; versioning = "pep440" for Python-style versions).</source>
        <comment>remedy.jobs.unordered-version</comment>
        <translation>Eine Version verwenden, die die [catalog]-Versionierung des Profils ordnen kann (standardmäßig semver; versioning = "pep440" für Versionen im Python-Stil).</translation>
    </message>
    <message>
        <source>Upload it under a new version number, or pass --replace if no unit can have received the old content yet.</source>
        <comment>remedy.jobs.version-exists</comment>
        <translation>Unter einer neuen Versionsnummer hochladen, oder --replace angeben, wenn noch kein Gerät den alten Inhalt erhalten haben kann.</translation>
    </message>
    <message>
        <source>Wait for it: it prints as soon as the printer is ready.</source>
        <comment>remedy.label-wait</comment>
        <translation>Abwarten: es wird gedruckt, sobald der Drucker bereit ist.</translation>
    </message>
    <message>
        <source>Plug the board back in; the station resumes it from where it stopped.</source>
        <comment>remedy.link-lost</comment>
        <translation>Platine wieder einstecken; die Station setzt dort fort, wo sie aufgehört hat.</translation>
    </message>
    <message>
        <source>Install the 'cloud' extra (pip install -e .[cloud]) and check the log it names.</source>
        <comment>remedy.local-cloud</comment>
        <translation>Das Extra 'cloud' installieren (pip install -e .[cloud]) und das genannte Protokoll prüfen.</translation>
    </message>
    <message>
        <source>Check that 'cryptography' is installed; see {log}.</source>
        <comment>remedy.local-cloud-ca</comment>
        <translation>Prüfen, ob 'cryptography' installiert ist; siehe {log}.</translation>
    </message>
    <message>
        <source>This ministack version defeats the station's guards or strict mode; install ministack==1.5.33 and policy_sentry (pip install -e .[cloud]).</source>
        <comment>remedy.local-cloud-hooks</comment>
        <translation>Diese ministack-Version hebelt die Schutzmechanismen oder den Strict-Modus der Station aus; ministack==1.5.33 und policy_sentry installieren (pip install -e .[cloud]).</translation>
    </message>
    <message>
        <source>pip install -e .[cloud]</source>
        <comment>remedy.local-cloud-install</comment>
        <translation>pip install -e .[cloud]</translation>
    </message>
    <message>
        <source>Check what else is listening on this machine; see {log}.</source>
        <comment>remedy.local-cloud-ports</comment>
        <translation>Prüfen, was sonst auf diesem Rechner lauscht; siehe {log}.</translation>
    </message>
    <message>
        <source>Start it first.</source>
        <comment>remedy.local-cloud-start</comment>
        <translation>Zuerst starten.</translation>
    </message>
    <message>
        <source>See the log {log}; the machine may be overloaded.</source>
        <comment>remedy.local-cloud-unhealthy</comment>
        <translation>Siehe Protokoll {log}; der Rechner ist eventuell überlastet.</translation>
    </message>
    <message>
        <source>Log in again: run `aws sso login --profile {profile}`, then check again.</source>
        <comment>remedy.login-sso</comment>
        <translation>Erneut anmelden: `aws sso login --profile {profile}` ausführen, dann erneut prüfen.</translation>
    </message>
    <message>
        <source>Log in again: run `aws sso login --profile {profile}` (AWS IAM Identity Center / SSO), or refresh the keys of profile '{profile}' with `aws configure --profile {profile}`; then check again.</source>
        <comment>remedy.login-sso-or-keys</comment>
        <translation>Erneut anmelden: `aws sso login --profile {profile}` ausführen (AWS IAM Identity Center / SSO), oder die Schlüssel des Profils '{profile}' mit `aws configure --profile {profile}` erneuern; dann erneut prüfen.</translation>
    </message>
    <message>
        <source>Name the line's AWS profile: set [cloud] profile in the station profile or AWS_PROFILE, then run `aws sso login --profile NAME` (SSO) or `aws configure` (access keys); then check again.</source>
        <comment>remedy.name-aws-profile</comment>
        <translation>Das AWS-Profil der Linie angeben: [cloud] profile im Stationsprofil oder AWS_PROFILE setzen, dann `aws sso login --profile NAME` (SSO) oder `aws configure` (Zugriffsschlüssel) ausführen; dann erneut prüfen.</translation>
    </message>
    <message>
        <source>Create it with `aws configure sso --profile {profile}` (or `aws configure --profile {profile}`), or fix [cloud] profile in the station profile.</source>
        <comment>remedy.no-aws-profile</comment>
        <translation>Mit `aws configure sso --profile {profile}` (oder `aws configure --profile {profile}`) anlegen, oder [cloud] profile im Stationsprofil korrigieren.</translation>
    </message>
    <message>
        <source>The line engineer runs 'station cloud bootstrap' with this profile (it creates the thing types), then retries the unit.</source>
        <comment>remedy.no-thing-type</comment>
        <translation>Der Linieningenieur führt 'station cloud bootstrap' mit diesem Profil aus (legt die Thing-Typen an) und versucht das Gerät erneut.</translation>
    </message>
    <message>
        <source>Retry the unit: the station switches the modem offline first. If it repeats, the application firmware keeps turning the modem on; flash the factory image or hold the application, then retry.</source>
        <comment>remedy.nrf91.active</comment>
        <translation>Gerät erneut versuchen: die Station schaltet das Modem zuerst offline. Wiederholt es sich, schaltet die Anwendungs-Firmware das Modem immer wieder ein; Werks-Image flashen oder die Anwendung anhalten, dann erneut versuchen.</translation>
    </message>
    <message>
        <source>Retry the unit; if it repeats, check the cable and the baud rate.</source>
        <comment>remedy.nrf91.bad-answer</comment>
        <translation>Gerät erneut versuchen; wiederholt es sich, Kabel und Baudrate prüfen.</translation>
    </message>
    <message>
        <source>Change the profile's naming pattern: at most 64 letters, digits and : _ . @ - characters.</source>
        <comment>remedy.nrf91.bad-cn</comment>
        <translation>Benennungsmuster im Profil ändern: höchstens 64 Buchstaben, Ziffern und die Zeichen : _ . @ -.</translation>
    </message>
    <message>
        <source>The modem firmware is too old for this station; update it (nRF Connect Programmer), then retry.</source>
        <comment>remedy.nrf91.cfun-unsupported</comment>
        <translation>Die Modem-Firmware ist zu alt für diese Station; aktualisieren (nRF Connect Programmer), dann erneut versuchen.</translation>
    </message>
    <message>
        <source>Retry the unit: the station deletes the old one and writes again.</source>
        <comment>remedy.nrf91.cmng-exists</comment>
        <translation>Gerät erneut versuchen: die Station löscht die alten und schreibt neu.</translation>
    </message>
    <message>
        <source>Delete unused credentials from the modem (e.g. with nrfcredstore 'delete'), or re-flash it; then retry the unit.</source>
        <comment>remedy.nrf91.cmng-full</comment>
        <translation>Ungenutzte Zugangsdaten vom Modem löschen (z. B. mit nrfcredstore 'delete') oder neu flashen; dann das Gerät erneut versuchen.</translation>
    </message>
    <message>
        <source>Choose another sec_tag in the profile's [drivers.nrf91] table (the line engineer), then retry.</source>
        <comment>remedy.nrf91.cmng-no-access</comment>
        <translation>Ein anderes sec_tag in der Tabelle [drivers.nrf91] des Profils wählen (Linieningenieur), dann erneut versuchen.</translation>
    </message>
    <message>
        <source>Retry the unit; the station writes it again.</source>
        <comment>remedy.nrf91.cmng-not-found</comment>
        <translation>Gerät erneut versuchen; die Station schreibt es neu.</translation>
    </message>
    <message>
        <source>Check the profile's [drivers.nrf91] sec_tag (0-2147483647) and the certificate file; then retry.</source>
        <comment>remedy.nrf91.cmng-parameters</comment>
        <translation>sec_tag in [drivers.nrf91] des Profils (0-2147483647) und die Zertifikatsdatei prüfen; dann erneut versuchen.</translation>
    </message>
    <message>
        <source>Update the modem firmware, then retry.</source>
        <comment>remedy.nrf91.disabled</comment>
        <translation>Modem-Firmware aktualisieren, dann erneut versuchen.</translation>
    </message>
    <message>
        <source>Check that the board runs modem firmware with AT access (at_client or the Zephyr AT shell) and retry; if it repeats, set the unit aside and call the line engineer with the code.</source>
        <comment>remedy.nrf91.error</comment>
        <translation>Prüfen, ob die Platine Modem-Firmware mit AT-Zugang ausführt (at_client oder die Zephyr-AT-Shell), und erneut versuchen; wiederholt es sich, Gerät beiseitelegen und den Linieningenieur mit dem Code rufen.</translation>
    </message>
    <message>
        <source>Retry the unit once; if it fails again, set the unit aside and call the line engineer with the code.</source>
        <comment>remedy.nrf91.keygen-failed</comment>
        <translation>Gerät einmal erneut versuchen; schlägt es wieder fehl, Gerät beiseitelegen und den Linieningenieur mit dem Code rufen.</translation>
    </message>
    <message>
        <source>Delete unused credentials from the modem, then retry.</source>
        <comment>remedy.nrf91.keygen-full</comment>
        <translation>Ungenutzte Zugangsdaten vom Modem löschen, dann erneut versuchen.</translation>
    </message>
    <message>
        <source>Choose another sec_tag in the profile's [drivers.nrf91] table, then retry.</source>
        <comment>remedy.nrf91.keygen-no-access</comment>
        <translation>Ein anderes sec_tag in der Tabelle [drivers.nrf91] des Profils wählen, dann erneut versuchen.</translation>
    </message>
    <message>
        <source>Retry the unit; if it repeats, set it aside.</source>
        <comment>remedy.nrf91.keygen-not-found</comment>
        <translation>Gerät erneut versuchen; wiederholt es sich, beiseitelegen.</translation>
    </message>
    <message>
        <source>Check the profile's sec_tag and naming pattern (the thing name must be plain ASCII without quotes); then retry.</source>
        <comment>remedy.nrf91.keygen-parameters</comment>
        <translation>sec_tag und Benennungsmuster des Profils prüfen (der Thing-Name muss reines ASCII ohne Anführungszeichen sein); dann erneut versuchen.</translation>
    </message>
    <message>
        <source>The modem may still be generating the key: wait a few seconds and retry the unit; if it repeats, raise serial.timeouts.keygen in the profile.</source>
        <comment>remedy.nrf91.keygen-timeout</comment>
        <translation>Das Modem erzeugt den Schlüssel eventuell noch: einige Sekunden warten und das Gerät erneut versuchen; wiederholt es sich, serial.timeouts.keygen im Profil erhöhen.</translation>
    </message>
    <message>
        <source>Check that the board runs nRF91 firmware with AT access (at_client, or CONFIG_AT_SHELL in the application) and that this is its modem port.</source>
        <comment>remedy.nrf91.no-at</comment>
        <translation>Prüfen, ob die Platine nRF91-Firmware mit AT-Zugang ausführt (at_client oder CONFIG_AT_SHELL in der Anwendung) und ob dies ihr Modem-Port ist.</translation>
    </message>
    <message>
        <source>Use certificates.mode = "csr" for nRF91 units; if KEYGEN fails, set the unit aside.</source>
        <comment>remedy.nrf91.no-key-import</comment>
        <translation>Für nRF91-Geräte certificates.mode = "csr" verwenden; schlägt KEYGEN fehl, Gerät beiseitelegen.</translation>
    </message>
    <message>
        <source>Clear endpoint_setting / thing_setting in [drivers.nrf91], or use application firmware with the Zephyr shell (mode = "shell").</source>
        <comment>remedy.nrf91.no-shell</comment>
        <translation>endpoint_setting / thing_setting in [drivers.nrf91] leeren, oder Anwendungs-Firmware mit der Zephyr-Shell verwenden (mode = "shell").</translation>
    </message>
    <message>
        <source>Check the unit's power supply or battery (charge it), then retry.</source>
        <comment>remedy.nrf91.power-off-warning</comment>
        <translation>Stromversorgung oder Akku des Geräts prüfen (aufladen), dann erneut versuchen.</translation>
    </message>
    <message>
        <source>Set the unit aside and call the line engineer with the code.</source>
        <comment>remedy.nrf91.set-aside</comment>
        <translation>Gerät beiseitelegen und den Linieningenieur mit dem Code rufen.</translation>
    </message>
    <message>
        <source>Retry the unit; if it repeats, set it aside and call the line engineer.</source>
        <comment>remedy.nrf91.shell-failed</comment>
        <translation>Gerät erneut versuchen; wiederholt es sich, beiseitelegen und den Linieningenieur rufen.</translation>
    </message>
    <message>
        <source>Flash application firmware with the AT shell and the settings shell enabled (docs/nrf91.md), or set [drivers.nrf91] mode / settings options to match it.</source>
        <comment>remedy.nrf91.shell-unknown</comment>
        <translation>Anwendungs-Firmware mit aktivierter AT-Shell und Settings-Shell flashen (docs/nrf91.md), oder mode / Settings-Optionen in [drivers.nrf91] passend setzen.</translation>
    </message>
    <message>
        <source>The application firmware keeps turning the modem on: flash the factory image, or hold the application (e.g. its shell's modem commands), then retry the unit.</source>
        <comment>remedy.nrf91.stayed-active</comment>
        <translation>Die Anwendungs-Firmware schaltet das Modem immer wieder ein: Werks-Image flashen oder die Anwendung anhalten (z. B. über die Modem-Befehle ihrer Shell), dann das Gerät erneut versuchen.</translation>
    </message>
    <message>
        <source>Retry the unit; if it repeats, the modem's credential storage is faulty: set the unit aside.</source>
        <comment>remedy.nrf91.storage</comment>
        <translation>Gerät erneut versuchen; wiederholt es sich, ist der Zugangsdatenspeicher des Modems defekt: Gerät beiseitelegen.</translation>
    </message>
    <message>
        <source>Update the modem firmware (mfw 1.3 or newer) and retry.</source>
        <comment>remedy.nrf91.unsupported</comment>
        <translation>Modem-Firmware aktualisieren (mfw 1.3 oder neuer) und erneut versuchen.</translation>
    </message>
    <message>
        <source>The modem reports an identity the station cannot trust: set the unit aside and call the line engineer (wrong firmware, or not an nRF91).</source>
        <comment>remedy.nrf91.untrusted-identity</comment>
        <translation>Das Modem meldet eine Identität, der die Station nicht trauen kann: Gerät beiseitelegen und den Linieningenieur rufen (falsche Firmware oder kein nRF91).</translation>
    </message>
    <message>
        <source>Boards could not connect: open outbound TCP 8883 (MQTT over TLS) to the endpoint, or check [cloud] mqtt_endpoint.</source>
        <comment>remedy.open-8883</comment>
        <translation>Platinen konnten keine Verbindung aufbauen: ausgehendes TCP 8883 (MQTT über TLS) zum Endpunkt öffnen, oder [cloud] mqtt_endpoint prüfen.</translation>
    </message>
    <message>
        <source>Set the board aside for QA; rework needs rework.policy = 'reuse' or 'reprovision'. Nothing was changed.</source>
        <comment>remedy.pipeline.already-provisioned</comment>
        <translation>Platine für QA beiseitelegen; Nacharbeit erfordert rework.policy = 'reuse' oder 'reprovision'. Nichts wurde geändert.</translation>
    </message>
    <message>
        <source>Set the board aside; its factory firmware must report the {field} without spaces or other such characters (the line engineer can fix the firmware or its settings).</source>
        <comment>remedy.pipeline.bad-identity</comment>
        <translation>Platine beiseitelegen; ihre Werks-Firmware muss {field} ohne Leerzeichen oder ähnliche Zeichen melden (der Linieningenieur kann Firmware oder Einstellungen korrigieren).</translation>
    </message>
    <message>
        <source>Retry the unit; if it fails again, check that no other station or tool works on this serial.</source>
        <comment>remedy.pipeline.claim</comment>
        <translation>Gerät erneut versuchen; wenn es wieder fehlschlägt, prüfen, dass keine andere Station und kein anderes Werkzeug diese Seriennummer bearbeitet.</translation>
    </message>
    <message>
        <source>Set the board aside (its firmware cannot make a key), or the line engineer enables certificates.mode = "csr-or-cloud-keys".</source>
        <comment>remedy.pipeline.csr-refused</comment>
        <translation>Platine beiseitelegen (ihre Firmware kann keinen Schlüssel erzeugen), oder der Linieningenieur aktiviert certificates.mode = "csr-or-cloud-keys".</translation>
    </message>
    <message>
        <source>Check the serial label against the board; a reworked board needs the rework procedure (QA). Nothing new was created.</source>
        <comment>remedy.pipeline.foreign-certificate</comment>
        <translation>Seriennummern-Etikett mit der Platine vergleichen; eine nachgearbeitete Platine braucht das Nacharbeitsverfahren (QA). Nichts Neues wurde angelegt.</translation>
    </message>
    <message>
        <source>Report this to the station's developers with the log file; retry the unit.</source>
        <comment>remedy.pipeline.internal-error</comment>
        <translation>Dies mit der Logdatei an die Entwickler der Station melden; Gerät erneut versuchen.</translation>
    </message>
    <message>
        <source>Retry the unit; if it fails again set the board aside.</source>
        <comment>remedy.pipeline.key-mismatch</comment>
        <translation>Gerät erneut versuchen; wenn es wieder fehlschlägt, Platine beiseitelegen.</translation>
    </message>
    <message>
        <source>Set the board aside for QA; to provision it again the line engineer sets rework.policy = 'reprovision'. The new certificate was set INACTIVE.</source>
        <comment>remedy.pipeline.keyless-certificate</comment>
        <translation>Platine für QA beiseitelegen; zum erneuten Provisionieren setzt der Linieningenieur rework.policy = 'reprovision'. Das neue Zertifikat wurde auf INACTIVE gesetzt.</translation>
    </message>
    <message>
        <source>The line engineer sets certificates.mode = "csr" for this line; the board is fine. Nothing was created in the cloud.</source>
        <comment>remedy.pipeline.keys-on-board</comment>
        <translation>Der Linieningenieur setzt certificates.mode = "csr" für diese Linie; die Platine ist in Ordnung. In der Cloud wurde nichts angelegt.</translation>
    </message>
    <message>
        <source>Set the board aside, or the line engineer enables certificates.mode = "csr-or-cloud-keys".</source>
        <comment>remedy.pipeline.no-csr</comment>
        <translation>Platine beiseitelegen, oder der Linieningenieur aktiviert certificates.mode = "csr-or-cloud-keys".</translation>
    </message>
    <message>
        <source>The line engineer adds a [[groups]] rule for this model to the profile.</source>
        <comment>remedy.pipeline.no-group</comment>
        <translation>Der Linieningenieur ergänzt im Profil eine [[groups]]-Regel (Gruppe) für dieses Modell.</translation>
    </message>
    <message>
        <source>Flash the factory firmware that supports key generation; set the board aside.</source>
        <comment>remedy.pipeline.no-key-at-all</comment>
        <translation>Werks-Firmware mit Schlüsselerzeugung flashen; Platine beiseitelegen.</translation>
    </message>
    <message>
        <source>Retry the unit; the board makes a new key and gets a new certificate.</source>
        <comment>remedy.pipeline.not-csr-key</comment>
        <translation>Gerät erneut versuchen; die Platine erzeugt einen neuen Schlüssel und erhält ein neues Zertifikat.</translation>
    </message>
    <message>
        <source>Provision it on one station only; if {station} stopped, retry after {ttl} s.</source>
        <comment>remedy.pipeline.other-station</comment>
        <translation>Nur auf einer Station provisionieren; wenn {station} angehalten wurde, nach {ttl} s erneut versuchen.</translation>
    </message>
    <message>
        <source>Set both boards aside and have their serial numbers checked; nothing was created in the cloud for this one.</source>
        <comment>remedy.pipeline.serial-twice</comment>
        <translation>Beide Platinen beiseitelegen und ihre Seriennummern prüfen lassen; für diese wurde in der Cloud nichts angelegt.</translation>
    </message>
    <message>
        <source>Retry the unit; if it fails again the board's storage is faulty.</source>
        <comment>remedy.pipeline.storage</comment>
        <translation>Gerät erneut versuchen; wenn es wieder fehlschlägt, ist der Speicher der Platine defekt.</translation>
    </message>
    <message>
        <source>Check that this board belongs on this line; otherwise the line engineer adds the model to the profile.</source>
        <comment>remedy.pipeline.unknown-model</comment>
        <translation>Prüfen, ob diese Platine auf diese Linie gehört; sonst ergänzt der Linieningenieur das Modell im Profil.</translation>
    </message>
    <message>
        <source>Check the printer (power, cable or network, paper, head); queued labels print by themselves once it is ready.</source>
        <comment>remedy.printer</comment>
        <translation>Drucker prüfen (Strom, Kabel oder Netzwerk, Papier, Kopf); wartende Etiketten werden von selbst gedruckt, sobald er bereit ist.</translation>
    </message>
    <message>
        <source>Fix labels.printer in the station profile (ask the line engineer).</source>
        <comment>remedy.printer-address</comment>
        <translation>labels.printer im Stationsprofil korrigieren (Linieningenieur fragen).</translation>
    </message>
    <message>
        <source>Fix the station profile (ask the line engineer) and start the station again.</source>
        <comment>remedy.profile</comment>
        <translation>Stationsprofil korrigieren (Linieningenieur fragen) und die Station neu starten.</translation>
    </message>
    <message>
        <source>Flash the factory firmware the station profile expects, or change the driver.</source>
        <comment>remedy.protocol-mismatch</comment>
        <translation>Die Werks-Firmware flashen, die das Stationsprofil erwartet, oder den Treiber wechseln.</translation>
    </message>
    <message>
        <source>Type the configuration version to send, or release one to the group first.</source>
        <comment>remedy.qa-no-config</comment>
        <translation>Die zu sendende Konfigurationsversion eingeben oder zuerst eine für die Gruppe freigeben.</translation>
    </message>
    <message>
        <source>Check the serial (scan the label again); a unit that never passed registration has no thing yet.</source>
        <comment>remedy.qa-not-found</comment>
        <translation>Seriennummer prüfen (Etikett erneut scannen); ein Gerät, das die Registrierung nie bestanden hat, hat noch kein Thing.</translation>
    </message>
    <message>
        <source>Scan or type a serial number or a thing name.</source>
        <comment>remedy.qa-scan</comment>
        <translation>Eine Seriennummer oder einen Thing-Namen scannen oder eingeben.</translation>
    </message>
    <message>
        <source>Look one of them up by its thing name.</source>
        <comment>remedy.qa-several</comment>
        <translation>Eines davon über seinen Thing-Namen suchen.</translation>
    </message>
    <message>
        <source>Check --db; the station creates the file when it provisions its first unit.</source>
        <comment>remedy.records-db</comment>
        <translation>--db prüfen; die Station legt die Datei an, wenn sie ihr erstes Gerät provisioniert.</translation>
    </message>
    <message>
        <source>Keep the records database on a local disk, not a network share.</source>
        <comment>remedy.records-local-disk</comment>
        <translation>Die Aufzeichnungsdatenbank auf einer lokalen Festplatte halten, nicht auf einer Netzwerkfreigabe.</translation>
    </message>
    <message>
        <source>Open it with the station version that wrote it, or point --db at another file; never edit the records database by hand.</source>
        <comment>remedy.records-schema</comment>
        <translation>Mit der Stationsversion öffnen, die sie geschrieben hat, oder --db auf eine andere Datei zeigen lassen; die Aufzeichnungsdatenbank nie von Hand bearbeiten.</translation>
    </message>
    <message>
        <source>Renew the station's AWS login: run 'aws sso login --profile {profile}' (or refresh the credentials of profile '{profile}' the way your company issues them), then retry the unit.</source>
        <comment>remedy.renew-profile</comment>
        <translation>AWS-Anmeldung der Station erneuern: 'aws sso login --profile {profile}' ausführen (oder die Anmeldedaten des Profils '{profile}' so erneuern, wie Ihr Unternehmen sie ausgibt), dann das Gerät erneut versuchen.</translation>
    </message>
    <message>
        <source>Restart the station (the embedded cloud is not answering).</source>
        <comment>remedy.restart-embedded</comment>
        <translation>Station neu starten (die eingebettete Cloud antwortet nicht).</translation>
    </message>
    <message>
        <source>Check the station's network and AWS credentials, then revoke again; 'station records search SERIAL' lists the unit's certificates.</source>
        <comment>remedy.revoke</comment>
        <translation>Netzwerk und AWS-Anmeldedaten der Station prüfen, dann erneut widerrufen; 'station records search SERIAL' listet die Zertifikate des Geräts auf.</translation>
    </message>
    <message>
        <source>While the line CA is INACTIVE no certificate it signed is provisioned. Before it is set ACTIVE again ('station cloud ca'), revoke this unit again in the same change, with auto-registration off until it is done.</source>
        <comment>remedy.revoke-ca-inactive</comment>
        <translation>Solange die Linien-CA INACTIVE ist, wird kein von ihr signiertes Zertifikat provisioniert. Bevor sie wieder auf ACTIVE gesetzt wird ('station cloud ca'), dieses Gerät in derselben Änderung erneut widerrufen, mit ausgeschalteter Auto-Registrierung, bis das erledigt ist.</translation>
    </message>
    <message>
        <source>No board it signed can connect yet. The line engineer runs 'station cloud bootstrap' with the factory-ca profile (it registers the line CA), then revoke again before any of these boards goes online.</source>
        <comment>remedy.revoke-ca-unknown</comment>
        <translation>Noch kann sich keine von ihr signierte Platine verbinden. Der Linieningenieur führt 'station cloud bootstrap' mit dem Profil factory-ca aus (registriert die Linien-CA); dann erneut widerrufen, bevor eine dieser Platinen online geht.</translation>
    </message>
    <message>
        <source>Run the command with the factory-ca profile whose [certificates.factory_ca] ca_certificate signed this unit, then revoke again.</source>
        <comment>remedy.revoke-no-ca</comment>
        <translation>Den Befehl mit dem factory-ca-Profil ausführen, dessen [certificates.factory_ca] ca_certificate dieses Gerät signiert hat, dann erneut widerrufen.</translation>
    </message>
    <message>
        <source>Give the unit's certificate (it is public: read it from the board, or from the station that signed it) with --certificate FILE, then revoke again.</source>
        <comment>remedy.revoke-no-pem</comment>
        <translation>Das Zertifikat des Geräts (es ist öffentlich: von der Platine lesen oder von der Station, die es signiert hat) mit --certificate FILE angeben, dann erneut widerrufen.</translation>
    </message>
    <message>
        <source>Check the serial (scan the label again); 'station records search' shows what this station recorded. A unit provisioned by another station is revoked there, or by its thing's certificates once it has connected.</source>
        <comment>remedy.revoke-nothing</comment>
        <translation>Seriennummer prüfen (Etikett erneut scannen); 'station records search' zeigt, was diese Station aufgezeichnet hat. Ein von einer anderen Station provisioniertes Gerät wird dort widerrufen oder über die Zertifikate seines Things, sobald es sich verbunden hat.</translation>
    </message>
    <message>
        <source>Give this unit's own certificate (the first one of the chain the board holds), then revoke again.</source>
        <comment>remedy.revoke-other-pem</comment>
        <translation>Das eigene Zertifikat dieses Geräts angeben (das erste der Kette, die die Platine hält), dann erneut widerrufen.</translation>
    </message>
    <message>
        <source>Run `station cloud bootstrap` as the line engineer (it creates what is missing).</source>
        <comment>remedy.run-bootstrap</comment>
        <translation>`station cloud bootstrap` als Linieningenieur ausführen (legt an, was fehlt).</translation>
    </message>
    <message>
        <source>Run `station cloud bootstrap --profile {profile}` as the line engineer (it creates what is missing).</source>
        <comment>remedy.run-bootstrap-with</comment>
        <translation>`station cloud bootstrap --profile {profile}` als Linieningenieur ausführen (legt an, was fehlt).</translation>
    </message>
    <message>
        <source>See the log {log}.</source>
        <comment>remedy.see-log</comment>
        <translation>Siehe Protokoll {log}.</translation>
    </message>
    <message>
        <source>See the station log; run `station demo --boards 2 --plain` to watch the steps.</source>
        <comment>remedy.selftest</comment>
        <translation>Siehe Protokoll der Station; `station demo --boards 2 --plain` ausführen, um die Schritte zu verfolgen.</translation>
    </message>
    <message>
        <source>Set the PC's clock (enable time sync / NTP) and check again.</source>
        <comment>remedy.set-clock</comment>
        <translation>Uhr des PCs stellen (Zeitsynchronisation / NTP aktivieren) und erneut prüfen.</translation>
    </message>
    <message>
        <source>Set [cloud] region.</source>
        <comment>remedy.set-region</comment>
        <translation>[cloud] region setzen.</translation>
    </message>
    <message>
        <source>Set [cloud] region in the profile.</source>
        <comment>remedy.set-region-in-profile</comment>
        <translation>[cloud] region im Profil setzen.</translation>
    </message>
    <message>
        <source>Set the role's trust policy to allow the service iot.amazonaws.com sts:AssumeRole (`station cloud bootstrap` creates it so).</source>
        <comment>remedy.set-trust</comment>
        <translation>Die Vertrauensrichtlinie der Rolle so setzen, dass der Dienst iot.amazonaws.com sts:AssumeRole darf (`station cloud bootstrap` legt sie so an).</translation>
    </message>
    <message>
        <source>Undeprecate it (`aws iot deprecate-thing-type --thing-type-name {thing_type} --undo-deprecate`) or name another thing type in the profile.</source>
        <comment>remedy.undeprecate</comment>
        <translation>Die Abkündigung aufheben (`aws iot deprecate-thing-type --thing-type-name {thing_type} --undo-deprecate`) oder im Profil einen anderen Thing-Typ nennen.</translation>
    </message>
    <message>
        <source>certificate {certificate} was never seen by AWS, and AWS refuses to register it because its line CA is not ACTIVE ({answer})</source>
        <comment>revoke.ca-inactive</comment>
        <translation>Zertifikat {certificate} wurde von AWS nie gesehen, und AWS lehnt seine Registrierung ab, weil seine Linien-CA nicht ACTIVE ist ({answer})</translation>
    </message>
    <message>
        <source>certificate {certificate} was never seen by AWS, and its line CA is not registered with AWS IoT</source>
        <comment>revoke.ca-unknown</comment>
        <translation>Zertifikat {certificate} wurde von AWS nie gesehen, und seine Linien-CA ist nicht bei AWS IoT registriert</translation>
    </message>
    <message>
        <source>certificate {certificate} was never seen by AWS and no known line CA certificate issued it, so it cannot be registered as revoked</source>
        <comment>revoke.no-ca</comment>
        <translation>Zertifikat {certificate} wurde von AWS nie gesehen und von keinem bekannten Zertifikat einer Linien-CA ausgestellt, daher kann es nicht als widerrufen registriert werden</translation>
    </message>
    <message>
        <source>certificate {certificate} of serial {serial} was never seen by AWS, and the records do not keep the certificate itself, which registering it as revoked needs</source>
        <comment>revoke.no-pem</comment>
        <translation>Zertifikat {certificate} der Seriennummer {serial} wurde von AWS nie gesehen, und die Aufzeichnungen enthalten das Zertifikat selbst nicht, das für die Registrierung als widerrufen nötig ist</translation>
    </message>
    <message>
        <source>no certificate of serial {serial} in this station's records or in the cloud</source>
        <comment>revoke.nothing</comment>
        <translation>kein Zertifikat der Seriennummer {serial} in den Aufzeichnungen dieser Station oder in der Cloud</translation>
    </message>
    <message>
        <source>the certificate given for {certificate} is another certificate (its id is {actual})</source>
        <comment>revoke.other-pem</comment>
        <translation>das für {certificate} angegebene Zertifikat ist ein anderes Zertifikat (seine ID ist {actual})</translation>
    </message>
    <message>
        <source>{step}: {cause}</source>
        <comment>selftest.failed-at</comment>
        <translation>{step}: {cause}</translation>
    </message>
    <message>
        <source>{ready} of {boards} boards reached ready ({failed} failed, {running} unfinished after {seconds} s)</source>
        <comment>selftest.not-ready</comment>
        <translation>{ready} von {boards} Platinen wurden bereit ({failed} fehlgeschlagen, {running} nach {seconds} s nicht fertig)</translation>
    </message>
    <message>
        <source>{ready} of {boards} boards reached ready ({failed} failed, {running} unfinished after {seconds} s); first problem at {step}: {cause}</source>
        <comment>selftest.not-ready-at</comment>
        <translation>{ready} von {boards} Platinen wurden bereit ({failed} fehlgeschlagen, {running} nach {seconds} s nicht fertig); erstes Problem bei {step}: {cause}</translation>
    </message>
    <message>
        <source>Linking certificate and group</source>
        <comment>state.attaching</comment>
        <translation>Zertifikat und Gruppe werden verknüpft</translation>
    </message>
    <message>
        <source>Plugged in, not started</source>
        <comment>state.connected</comment>
        <translation>Eingesteckt, nicht gestartet</translation>
    </message>
    <message>
        <source>Waiting for the device to come online</source>
        <comment>state.connecting</comment>
        <translation>Warten, bis das Gerät online ist</translation>
    </message>
    <message>
        <source>Stopped with an error</source>
        <comment>state.failed</comment>
        <translation>Mit Fehler angehalten</translation>
    </message>
    <message>
        <source>Board is making its key</source>
        <comment>state.generating-key</comment>
        <translation>Platine erzeugt ihren Schlüssel</translation>
    </message>
    <message>
        <source>Reading the board's identity</source>
        <comment>state.identifying</comment>
        <translation>Identität der Platine wird gelesen</translation>
    </message>
    <message>
        <source>Finished</source>
        <comment>state.passed</comment>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Registering in the cloud</source>
        <comment>state.registering</comment>
        <translation>Registrierung in der Cloud</translation>
    </message>
    <message>
        <source>Board removed</source>
        <comment>state.removed</comment>
        <translation>Platine entfernt</translation>
    </message>
    <message>
        <source>Signing the board's certificate</source>
        <comment>state.signing</comment>
        <translation>Zertifikat der Platine wird signiert</translation>
    </message>
    <message>
        <source>Installing firmware and configuration</source>
        <comment>state.updating</comment>
        <translation>Firmware und Konfiguration werden installiert</translation>
    </message>
    <message>
        <source>Checking what the board stored</source>
        <comment>state.verifying</comment>
        <translation>Gespeicherte Daten der Platine werden geprüft</translation>
    </message>
    <message>
        <source>Provisioned, waiting for the cloud</source>
        <comment>state.waiting-cloud</comment>
        <translation>Provisioniert, wartet auf die Cloud</translation>
    </message>
    <message>
        <source>Writing the certificate to the board</source>
        <comment>state.writing</comment>
        <translation>Zertifikat wird auf die Platine geschrieben</translation>
    </message>
    <message>
        <source>certificate and group</source>
        <comment>step.attaching</comment>
        <translation>Zertifikat und Gruppe</translation>
    </message>
    <message>
        <source>start</source>
        <comment>step.connected</comment>
        <translation>Start</translation>
    </message>
    <message>
        <source>device online</source>
        <comment>step.connecting</comment>
        <translation>Gerät online</translation>
    </message>
    <message>
        <source>failed</source>
        <comment>step.failed</comment>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>key generation</source>
        <comment>step.generating-key</comment>
        <translation>Schlüsselerzeugung</translation>
    </message>
    <message>
        <source>identify</source>
        <comment>step.identifying</comment>
        <translation>Identifizierung</translation>
    </message>
    <message>
        <source>passed</source>
        <comment>step.passed</comment>
        <translation>bestanden</translation>
    </message>
    <message>
        <source>cloud registration</source>
        <comment>step.registering</comment>
        <translation>Cloud-Registrierung</translation>
    </message>
    <message>
        <source>removed</source>
        <comment>step.removed</comment>
        <translation>entfernt</translation>
    </message>
    <message>
        <source>certificate signing</source>
        <comment>step.signing</comment>
        <translation>Zertifikatssignierung</translation>
    </message>
    <message>
        <source>firmware and config update</source>
        <comment>step.updating</comment>
        <translation>Firmware- und Konfigurations-Update</translation>
    </message>
    <message>
        <source>read-back check</source>
        <comment>step.verifying</comment>
        <translation>Rücklese-Prüfung</translation>
    </message>
    <message>
        <source>waiting for the cloud</source>
        <comment>step.waiting-cloud</comment>
        <translation>Warten auf die Cloud</translation>
    </message>
    <message>
        <source>writing to the board</source>
        <comment>step.writing</comment>
        <translation>Schreiben auf die Platine</translation>
    </message>
</context>
</TS>
