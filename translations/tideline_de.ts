<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AccessFormat</name>
    <message>
        <source>Apache/nginx combined access log (CLF + referer + user agent)</source>
        <translation>Apache/nginx-Zugriffsprotokoll im Combined-Format (CLF + Referer + User-Agent)</translation>
    </message>
    <message>
        <source>Apache/nginx common access log (CLF)</source>
        <translation>Apache/nginx-Zugriffsprotokoll im Common-Format (CLF)</translation>
    </message>
</context>
<context>
    <name>AlertController</name>
    <message>
        <source>The tab of “%1” is closed; open the file again to see the record.</source>
        <translation>Der Tab von „%1“ ist geschlossen; öffnen Sie die Datei erneut, um den Eintrag zu sehen.</translation>
    </message>
    <message>
        <source>This alert has no record behind it (the source went quiet).</source>
        <translation>Zu diesem Alarm gehört kein Eintrag (die Quelle ist verstummt).</translation>
    </message>
    <message>
        <source>Line %1 is hidden by the filter; clear the filter to see it.</source>
        <translation>Zeile %1 ist vom Filter ausgeblendet; leeren Sie den Filter, um sie zu sehen.</translation>
    </message>
</context>
<context>
    <name>AlertDock</name>
    <message>
        <source>Alerts</source>
        <translation>Alarme</translation>
    </message>
    <message>
        <source>&amp;Alerts Panel</source>
        <translation>&amp;Alarmbereich</translation>
    </message>
    <message>
        <source>Ac&amp;knowledge</source>
        <translation>&amp;Bestätigen</translation>
    </message>
    <message>
        <source>Mark the selected rule&apos;s alerts as seen</source>
        <translation>Die Alarme der gewählten Regel als gesehen markieren</translation>
    </message>
    <message>
        <source>&amp;Mute</source>
        <translation>&amp;Stumm</translation>
    </message>
    <message>
        <source>Record and announce no new alerts of the selected rule</source>
        <translation>Neue Alarme der gewählten Regel weder aufzeichnen noch melden</translation>
    </message>
    <message>
        <source>&amp;Edit Rules…</source>
        <translation>Regeln &amp;bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Alerts</source>
        <translation>&amp;Alarme</translation>
    </message>
    <message>
        <source>&amp;Log Events to File…</source>
        <translation>Ereignisse in &amp;Datei protokollieren…</translation>
    </message>
    <message>
        <source>&amp;Stop Logging Events</source>
        <translation>Protokollieren &amp;beenden</translation>
    </message>
    <message>
        <source>Log Alert Events to File</source>
        <translation>Alarmereignisse in Datei protokollieren</translation>
    </message>
    <message>
        <source>JSON lines (*.jsonl *.json);;All files (*)</source>
        <translation>JSON-Zeilen (*.jsonl *.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Tideline Alerts</source>
        <translation>Tideline-Alarme</translation>
    </message>
</context>
<context>
    <name>AlertFileReader</name>
    <message>
        <source>reading failed: %1</source>
        <translation>Lesen fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>AlertFileRun</name>
    <message>
        <source>the file&apos;s format is not known yet</source>
        <translation>das Format der Datei ist noch nicht bekannt</translation>
    </message>
    <message>
        <source>cannot read “%1” for alert rules: %2</source>
        <translation>„%1“ kann für Alarmregeln nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>cannot read the file for alert rules: %1</source>
        <translation>die Datei kann für Alarmregeln nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>AlertHistoryModel</name>
    <message>
        <source>firing</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <source>Line %1 of %2; double-click to show it</source>
        <translation>Zeile %1 von %2; Doppelklick zeigt sie</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Triggered</source>
        <translation>Ausgelöst</translation>
    </message>
    <message>
        <source>Recovered</source>
        <translation>Erholt</translation>
    </message>
    <message>
        <source>Peak</source>
        <translation>Spitze</translation>
    </message>
</context>
<context>
    <name>AlertNotifier</name>
    <message>
        <source>Alert: %1</source>
        <translation>Alarm: %1</translation>
    </message>
    <message>
        <source>no time</source>
        <translation>ohne Zeit</translation>
    </message>
    <message>
        <source>%1: matched at %2 (%3 times)</source>
        <translation>%1: Treffer um %2 (%3-mal)</translation>
    </message>
    <message>
        <source>%1: %2 at %3, value %4</source>
        <translation>%1: %2 um %3, Wert %4</translation>
    </message>
    <message>
        <source>Tideline alerts</source>
        <translation>Tideline-Alarme</translation>
    </message>
    <message>
        <source>Cannot append alert events to “%1”: %2. Choose another file in Alerts ▸ Log Events to File.</source>
        <translation>Alarmereignisse können nicht an „%1“ angehängt werden: %2. Wählen Sie eine andere Datei unter Alarme ▸ Ereignisse in Datei protokollieren.</translation>
    </message>
</context>
<context>
    <name>AlertRuleForm</name>
    <message>
        <source>unique name, shown in alerts</source>
        <translation>eindeutiger Name, in Alarmen angezeigt</translation>
    </message>
    <message>
        <source>Rate threshold</source>
        <translation>Ratenschwelle</translation>
    </message>
    <message>
        <source>Pattern</source>
        <translation>Muster</translation>
    </message>
    <message>
        <source>Anomaly</source>
        <translation>Anomalie</translation>
    </message>
    <message>
        <source>Absence</source>
        <translation>Ausbleiben</translation>
    </message>
    <message>
        <source>filter query; empty: every record</source>
        <translation>Filterabfrage; leer: jeder Eintrag</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <source>&amp;Query:</source>
        <translation>Ab&amp;frage:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <source>&amp;Threshold (records/s):</source>
        <translation>&amp;Schwelle (Einträge/s):</translation>
    </message>
    <message>
        <source>required, &gt; 0</source>
        <translation>erforderlich, &gt; 0</translation>
    </message>
    <message>
        <source>&amp;Window (s):</source>
        <translation>&amp;Fenster (s):</translation>
    </message>
    <message>
        <source>&amp;Recover at (records/s):</source>
        <translation>&amp;Erholung bei (Einträge/s):</translation>
    </message>
    <message>
        <source>90% of the threshold</source>
        <translation>90 % der Schwelle</translation>
    </message>
    <message>
        <source>&amp;Minimum duration (s):</source>
        <translation>&amp;Mindestdauer (s):</translation>
    </message>
    <message>
        <source>&amp;Count:</source>
        <translation>An&amp;zahl:</translation>
    </message>
    <message>
        <source>&amp;Within (s):</source>
        <translation>&amp;Innerhalb (s):</translation>
    </message>
    <message>
        <source>&amp;Cooldown (s):</source>
        <translation>Ab&amp;kühlzeit (s):</translation>
    </message>
    <message>
        <source>&amp;Bucket (s):</source>
        <translation>&amp;Intervall (s):</translation>
    </message>
    <message>
        <source>&amp;History (buckets):</source>
        <translation>&amp;Verlauf (Intervalle):</translation>
    </message>
    <message>
        <source>Minimum &amp;history (buckets):</source>
        <translation>Mindest&amp;verlauf (Intervalle):</translation>
    </message>
    <message>
        <source>&amp;k (MADs):</source>
        <translation>&amp;k (MADs):</translation>
    </message>
    <message>
        <source>Minimum &amp;deviation:</source>
        <translation>Mindest&amp;abweichung:</translation>
    </message>
    <message>
        <source>&amp;After (s of silence):</source>
        <translation>&amp;Nach (s Stille):</translation>
    </message>
    <message>
        <source>default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>above</source>
        <translation>darüber</translation>
    </message>
    <message>
        <source>below</source>
        <translation>darunter</translation>
    </message>
    <message>
        <source>both</source>
        <translation>beide</translation>
    </message>
    <message>
        <source>D&amp;irection:</source>
        <translation>&amp;Richtung:</translation>
    </message>
</context>
<context>
    <name>AlertRuleStateModel</name>
    <message>
        <source>muted</source>
        <translation>stumm</translation>
    </message>
    <message>
        <source>firing (acknowledged)</source>
        <translation>aktiv (bestätigt)</translation>
    </message>
    <message>
        <source>firing</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>Verlauf</translation>
    </message>
</context>
<context>
    <name>AlertRulesDialog</name>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Alert Rules</source>
        <translation>Alarmregeln</translation>
    </message>
    <message>
        <source>rule %1</source>
        <translation>Regel %1</translation>
    </message>
    <message>
        <source>the name is already used by rule %1</source>
        <translation>der Name wird schon von Regel %1 verwendet</translation>
    </message>
</context>
<context>
    <name>AlertRulesLoader</name>
    <message>
        <source>rule %1</source>
        <translation>Regel %1</translation>
    </message>
    <message>
        <source>rule %1 “%2”</source>
        <translation>Regel %1 „%2“</translation>
    </message>
    <message>
        <source>“version” is missing: the file must start with {&quot;version&quot;: 1, &quot;rules&quot;: [...]}</source>
        <translation>„version“ fehlt: Die Datei muss mit {&quot;version&quot;: 1, &quot;rules&quot;: [...]} beginnen</translation>
    </message>
    <message>
        <source>“version” must be a whole number, 1 for this version of Tideline</source>
        <translation>„version“ muss eine ganze Zahl sein, 1 für diese Version von Tideline</translation>
    </message>
    <message>
        <source>version %1 is newer than this Tideline reads (%2); update Tideline</source>
        <translation>Version %1 ist neuer als die, die dieses Tideline liest (%2); aktualisieren Sie Tideline</translation>
    </message>
    <message>
        <source>cannot read the rules file: %1</source>
        <translation>die Regeldatei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>not valid JSON: %1 at byte %2</source>
        <translation>kein gültiges JSON: %1 bei Byte %2</translation>
    </message>
    <message>
        <source>the file must hold an object: {&quot;version&quot;: 1, &quot;rules&quot;: [...]}</source>
        <translation>die Datei muss ein Objekt enthalten: {&quot;version&quot;: 1, &quot;rules&quot;: [...]}</translation>
    </message>
    <message>
        <source>“rules” must be an array of rules</source>
        <translation>„rules“ muss eine Liste von Regeln sein</translation>
    </message>
    <message>
        <source>a rule must be an object</source>
        <translation>eine Regel muss ein Objekt sein</translation>
    </message>
    <message>
        <source>the name is already used by rule %1</source>
        <translation>der Name wird schon von Regel %1 verwendet</translation>
    </message>
    <message>
        <source>query: %1</source>
        <translation>Abfrage: %1</translation>
    </message>
    <message>
        <source>“name” must be a non-empty string</source>
        <translation>„name“ muss eine nicht leere Zeichenkette sein</translation>
    </message>
    <message>
        <source>“kind” must be one of rate, pattern, anomaly, absence</source>
        <translation>„kind“ muss rate, pattern, anomaly oder absence sein</translation>
    </message>
    <message>
        <source>“%1” must be a string</source>
        <translation>„%1“ muss eine Zeichenkette sein</translation>
    </message>
    <message>
        <source>unknown field “%1” for this kind of rule</source>
        <translation>unbekanntes Feld „%1“ für diese Art von Regel</translation>
    </message>
    <message>
        <source>“%1” must be a number, zero or more</source>
        <translation>„%1“ muss eine Zahl sein, null oder mehr</translation>
    </message>
    <message>
        <source>“%1” must be a positive number</source>
        <translation>„%1“ muss eine positive Zahl sein</translation>
    </message>
    <message>
        <source>“%1” must be at most %2 seconds</source>
        <translation>„%1“ darf höchstens %2 Sekunden betragen</translation>
    </message>
    <message>
        <source>“%1” must be a whole number from %2 to 1000000</source>
        <translation>„%1“ muss eine ganze Zahl von %2 bis 1000000 sein</translation>
    </message>
    <message>
        <source>“%1” must be above, below or both</source>
        <translation>„%1“ muss above, below oder both sein</translation>
    </message>
    <message>
        <source>“%1” must be above or below</source>
        <translation>„%1“ muss above oder below sein</translation>
    </message>
    <message>
        <source>“recover” must not be above the threshold of a rule with direction above</source>
        <translation>„recover“ darf bei einer Regel mit Richtung above nicht über dem Schwellwert liegen</translation>
    </message>
    <message>
        <source>“recover” must not be below the threshold of a rule with direction below</source>
        <translation>„recover“ darf bei einer Regel mit Richtung below nicht unter dem Schwellwert liegen</translation>
    </message>
    <message>
        <source>“minHistory” must not be more than “history”</source>
        <translation>„minHistory“ darf nicht größer als „history“ sein</translation>
    </message>
</context>
<context>
    <name>AlertRulesStore</name>
    <message>
        <source>The alert rules could not be loaded:
%1

The file was kept as “%2”. Tideline starts without these rules; fix the backup and copy it back to “%3”, or add the rules again in Alerts ▸ Edit Rules.</source>
        <translation>Die Alarmregeln konnten nicht geladen werden:
%1

Die Datei wurde als „%2“ aufbewahrt. Tideline startet ohne diese Regeln; korrigieren Sie die Sicherung und kopieren Sie sie zurück nach „%3“, oder legen Sie die Regeln unter Alarme ▸ Regeln bearbeiten neu an.</translation>
    </message>
    <message>
        <source>The alert rules could not be loaded:
%1

The file stays where it is; Tideline starts without these rules and does not overwrite it until you save rules in Alerts ▸ Edit Rules.</source>
        <translation>Die Alarmregeln konnten nicht geladen werden:
%1

Die Datei bleibt, wo sie ist; Tideline startet ohne diese Regeln und überschreibt sie erst, wenn Sie unter Alarme ▸ Regeln bearbeiten Regeln speichern.</translation>
    </message>
    <message>
        <source>Cannot save the alert rules to “%1”: %2</source>
        <translation>Die Alarmregeln können nicht in „%1“ gespeichert werden: %2</translation>
    </message>
</context>
<context>
    <name>ByteSink</name>
    <message>
        <source>writing failed: %1</source>
        <translation>Schreiben fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>gzip compression could not start (out of memory?)</source>
        <translation>gzip-Kompression konnte nicht starten (Speicher voll?)</translation>
    </message>
    <message>
        <source>gzip compression failed</source>
        <translation>gzip-Kompression fehlgeschlagen</translation>
    </message>
    <message>
        <source>zstd compression failed: %1</source>
        <translation>zstd-Kompression fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>tideline-cli: reading “%1” failed: %2
</source>
        <translation>tideline-cli: Lesen von „%1“ fehlgeschlagen: %2
</translation>
    </message>
    <message>
        <source>Prints the records of the files that match a query, exactly as in the file.</source>
        <translation>Gibt die Einträge der Dateien, die auf eine Abfrage passen, genau so aus, wie sie in der Datei stehen.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <source>The query (see the query language).</source>
        <translation>Die Abfrage (siehe Abfragesprache).</translation>
    </message>
    <message>
        <source>Only records at or after T (-15m, 2024-01-15T10:00).</source>
        <translation>Nur Einträge ab T (-15m, 2024-01-15T10:00).</translation>
    </message>
    <message>
        <source>Only records before T.</source>
        <translation>Nur Einträge vor T.</translation>
    </message>
    <message>
        <source>Print the number of matching records only.</source>
        <translation>Nur die Anzahl der passenden Einträge ausgeben.</translation>
    </message>
    <message>
        <source>Read the files as format NAME instead of detecting it.</source>
        <translation>Die Dateien im Format NAME lesen, statt das Format zu erkennen.</translation>
    </message>
    <message>
        <source>Log files; - reads standard input.</source>
        <translation>Protokolldateien; - liest die Standardeingabe.</translation>
    </message>
    <message>
        <source>filter needs at least one FILE</source>
        <translation>filter benötigt mindestens ein FILE-Argument</translation>
    </message>
    <message>
        <source>unknown format “%1”; “tideline-cli formats” lists them</source>
        <translation>unbekanntes Format „%1“; „tideline-cli formats“ listet alle auf</translation>
    </message>
    <message>
        <source>standard input (-) can be read only once</source>
        <translation>die Standardeingabe (-) kann nur einmal gelesen werden</translation>
    </message>
    <message>
        <source>Lists the built-in and user-defined log formats.</source>
        <translation>Listet die eingebauten und benutzerdefinierten Protokollformate auf.</translation>
    </message>
    <message>
        <source>One JSON array of {name, description, builtin}.</source>
        <translation>Ein JSON-Array aus {name, description, builtin}.</translation>
    </message>
    <message>
        <source>formats takes no FILE</source>
        <translation>formats akzeptiert kein FILE-Argument</translation>
    </message>
    <message>
        <source> (user format)</source>
        <translation> (benutzerdefiniertes Format)</translation>
    </message>
    <message>
        <source>Writes a deterministic sample log: the same options give the same bytes.</source>
        <translation>Schreibt ein deterministisches Beispielprotokoll: Gleiche Optionen ergeben die gleichen Bytes.</translation>
    </message>
    <message>
        <source>Number of lines to write.</source>
        <translation>Anzahl der zu schreibenden Zeilen.</translation>
    </message>
    <message>
        <source>Random seed (default 1).</source>
        <translation>Startwert des Zufallsgenerators (Standard: 1).</translation>
    </message>
    <message>
        <source>access, json, syslog or mixed (default).</source>
        <translation>access, json, syslog oder mixed (Standard).</translation>
    </message>
    <message>
        <source>Write to FILE instead of standard output.</source>
        <translation>In FILE statt auf die Standardausgabe schreiben.</translation>
    </message>
    <message>
        <source>generate takes no FILE arguments; use -o FILE</source>
        <translation>generate akzeptiert keine FILE-Argumente; -o FILE verwenden</translation>
    </message>
    <message>
        <source>--lines needs a whole number of lines, e.g. --lines 1000</source>
        <translation>--lines benötigt eine ganze Zahl als Zeilenanzahl, z. B. --lines 1000</translation>
    </message>
    <message>
        <source>--seed needs a whole number</source>
        <translation>--seed benötigt eine ganze Zahl</translation>
    </message>
    <message>
        <source>unknown --format “%1”: use access, json, syslog or mixed</source>
        <translation>unbekanntes --format „%1“: access, json, syslog oder mixed verwenden</translation>
    </message>
    <message>
        <source>tideline-cli: cannot write “%1”: %2
</source>
        <translation>tideline-cli: „%1“ kann nicht geschrieben werden: %2
</translation>
    </message>
    <message>
        <source>tideline-cli: cannot write to standard output
</source>
        <translation>tideline-cli: Schreiben auf die Standardausgabe nicht möglich
</translation>
    </message>
    <message>
        <source>cannot create a temporary file for standard input: %1. Set TMPDIR to a writable folder.</source>
        <translation>für die Standardeingabe kann keine temporäre Datei angelegt werden: %1. Setzen Sie TMPDIR auf einen beschreibbaren Ordner.</translation>
    </message>
    <message>
        <source>reading standard input failed: %1</source>
        <translation>Lesen der Standardeingabe fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>spooling standard input to “%1” failed: %2. Free some space or set TMPDIR.</source>
        <translation>Zwischenspeichern der Standardeingabe in „%1“ fehlgeschlagen: %2. Geben Sie Speicherplatz frei oder setzen Sie TMPDIR.</translation>
    </message>
    <message>
        <source>spooling standard input failed: %1</source>
        <translation>Zwischenspeichern der Standardeingabe fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Run “tideline-cli --help” for usage.
</source>
        <translation>„tideline-cli --help“ liefert weitere Informationen.
</translation>
    </message>
    <message>
        <source>missing command</source>
        <translation>Befehl fehlt</translation>
    </message>
    <message>
        <source>unknown command “%1”</source>
        <translation>unbekannter Befehl „%1“</translation>
    </message>
    <message>
        <source>reading “%1” failed: %2</source>
        <translation>Lesen von „%1“ fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>%1: %2 lines, %3 bytes, indexed in %4 ms
</source>
        <translation>%1: %2 Zeilen, %3 Bytes, indiziert in %4 ms
</translation>
    </message>
    <message>
        <source>  format: %1, %2 records
</source>
        <translation>  Format: %1, %2 Einträge
</translation>
    </message>
    <message>
        <source>  time: %1 to %2
</source>
        <translation>  Zeit: %1 bis %2
</translation>
    </message>
    <message>
        <source>  time: none
</source>
        <translation>  Zeit: keine
</translation>
    </message>
    <message>
        <source>  levels: %1
</source>
        <translation>  Stufen: %1
</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Prints the format, lines, records, time range and levels of each file.</source>
        <translation>Gibt Format, Zeilen, Einträge, Zeitraum und Stufen jeder Datei aus.</translation>
    </message>
    <message>
        <source>One JSON object per file.</source>
        <translation>Ein JSON-Objekt pro Datei.</translation>
    </message>
    <message>
        <source>cannot create a temporary file to convert “%1” from %2: %3. Set TMPDIR to a writable folder.</source>
        <translation>für die Umwandlung von „%1“ aus %2 kann keine temporäre Datei angelegt werden: %3. Setzen Sie TMPDIR auf einen beschreibbaren Ordner.</translation>
    </message>
    <message>
        <source>converting “%1” from %2 failed: %3</source>
        <translation>die Umwandlung von „%1“ aus %2 ist fehlgeschlagen: %3</translation>
    </message>
    <message>
        <source>tideline-cli: “%1” was truncated; reading it from the start
</source>
        <translation>tideline-cli: „%1“ wurde gekürzt; es wird von vorn gelesen
</translation>
    </message>
    <message>
        <source>Runs alert rules over log files and prints alert events as JSON lines.
Without --from-start it starts at the end of each file and follows it.</source>
        <translation>Wendet Alarmregeln auf Protokolldateien an und gibt Alarmereignisse als JSON-Zeilen aus.
Ohne --from-start beginnt es am Ende jeder Datei und verfolgt sie.</translation>
    </message>
    <message>
        <source>The rules file (JSON, see ALERTS.md).</source>
        <translation>Die Regeldatei (JSON, siehe ALERTS.md).</translation>
    </message>
    <message>
        <source>Replay the files from their start (log time), then follow.</source>
        <translation>Die Dateien von Anfang an abspielen (Protokollzeit), dann verfolgen.</translation>
    </message>
    <message>
        <source>Replay the files from their start and exit.</source>
        <translation>Die Dateien von Anfang an abspielen und beenden.</translation>
    </message>
    <message>
        <source>watch needs at least one FILE</source>
        <translation>watch benötigt mindestens ein FILE-Argument</translation>
    </message>
    <message>
        <source>watch needs --rules RULES.json</source>
        <translation>watch benötigt --rules RULES.json</translation>
    </message>
    <message>
        <source>unknown output format “%1”: use raw, csv or jsonl</source>
        <translation>unbekanntes Ausgabeformat „%1“: raw, csv oder jsonl verwenden</translation>
    </message>
    <message>
        <source>unknown compression “%1”: use zstd, gzip or none</source>
        <translation>unbekannte Kompression „%1“: zstd, gzip oder none verwenden</translation>
    </message>
    <message>
        <source>--level needs a number from 1 to 19, not “%1”</source>
        <translation>--level benötigt eine Zahl von 1 bis 19, nicht „%1“</translation>
    </message>
    <message>
        <source>Output: raw (default), csv or jsonl.</source>
        <translation>Ausgabe: raw (Standard), csv oder jsonl.</translation>
    </message>
    <message>
        <source>Write to FILE (atomically) instead of standard output; .zst and .gz compress.</source>
        <translation>In FILE (atomar) statt auf die Standardausgabe schreiben; .zst und .gz komprimieren.</translation>
    </message>
    <message>
        <source>Compress the output: zstd, gzip or none (default: by the -o name).</source>
        <translation>Die Ausgabe komprimieren: zstd, gzip oder none (Standard: nach dem Namen bei -o).</translation>
    </message>
    <message>
        <source>Compression level (zstd 1-19, default 3; gzip 1-9, default 6).</source>
        <translation>Kompressionsstufe (zstd 1-19, Standard 3; gzip 1-9, Standard 6).</translation>
    </message>
    <message>
        <source>CSV columns, comma-separated (default: line,time,level,source,message).</source>
        <translation>CSV-Spalten, durch Kommas getrennt (Standard: line,time,level,source,message).</translation>
    </message>
    <message>
        <source>Mask e-mail and IP addresses, tokens, API keys and card numbers.</source>
        <translation>E-Mail- und IP-Adressen, Tokens, API-Schlüssel und Kartennummern maskieren.</translation>
    </message>
    <message>
        <source>Also mask what the regular expression RE matches (repeatable).</source>
        <translation>Auch maskieren, worauf der reguläre Ausdruck RE passt (wiederholbar).</translation>
    </message>
    <message numerus="yes">
        <source>tideline-cli: %n record(s) written to “%1”
</source>
        <translation>
            <numerusform>tideline-cli: %n Eintrag nach „%1“ geschrieben
</numerusform>
            <numerusform>tideline-cli: %n Einträge nach „%1“ geschrieben
</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 records in buckets of %3, %4 without a time
</source>
        <translation>%1: %2 Einträge in Abschnitten von %3, %4 ohne Zeit
</translation>
    </message>
    <message>
        <source>“%1” spans %2 s: buckets of %3 would be too many; use a larger --bucket</source>
        <translation>„%1“ umfasst %2 s: Eimer von %3 wären zu viele; wählen Sie ein größeres --bucket</translation>
    </message>
    <message>
        <source>Prints the records per time bucket and level, as the timeline shows them.</source>
        <translation>Gibt die Einträge je Zeitabschnitt und Stufe aus, wie die Zeitleiste sie zeigt.</translation>
    </message>
    <message>
        <source>Count only the records that match QUERY.</source>
        <translation>Nur die Einträge zählen, die zu QUERY passen.</translation>
    </message>
    <message>
        <source>Bucket size: 1s, 5s, 10s, 30s, 1m, 5m, 10m, 30m, 1h, 3h, 6h, 12h or 1d (default: from the time span).</source>
        <translation>Abschnittsgröße: 1s, 5s, 10s, 30s, 1m, 5m, 10m, 30m, 1h, 3h, 6h, 12h oder 1d (Standard: nach der Zeitspanne).</translation>
    </message>
    <message>
        <source>Buckets and times in UTC instead of the local time zone.</source>
        <translation>Abschnitte und Zeiten in UTC statt in der lokalen Zeitzone.</translation>
    </message>
    <message>
        <source>unknown bucket size “%1”: use 1s, 5s, 10s, 30s, 1m, 5m, 10m, 30m, 1h, 3h, 6h, 12h or 1d</source>
        <translation>unbekannte Abschnittsgröße „%1“: verwenden Sie 1s, 5s, 10s, 30s, 1m, 5m, 10m, 30m, 1h, 3h, 6h, 12h oder 1d</translation>
    </message>
    <message>
        <source>cannot create a temporary file to decompress “%1”: %2. Set TMPDIR to a writable folder.</source>
        <translation>zum Entpacken von „%1“ kann keine temporäre Datei angelegt werden: %2. Setzen Sie TMPDIR auf einen beschreibbaren Ordner.</translation>
    </message>
    <message>
        <source>decompressing “%1” failed: %2</source>
        <translation>Entpacken von „%1“ fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>“%1”: %2; the records before it were read</source>
        <translation>„%1“: %2; die Einträge davor wurden gelesen</translation>
    </message>
    <message>
        <source>usage: tideline-cli COMMAND [ARGS...]

commands:
  stats FILE... [--json]           format, lines, records, time range and levels of each file
  filter FILE... [-q QUERY] [--since T] [--until T] [--count] [--format raw|csv|jsonl] [--follow]
                                   print the records that match a query (--follow: as they are appended)
  histogram FILE... [-q QUERY] [--bucket 1m] [--utc] [--json]
                                   records per time bucket and level, as the timeline shows them
  formats [--json]                 list the built-in and user formats
  watch FILE... --rules RULES.json [--from-start] [--once]
                                   print alert events as JSON lines; follows the files
  generate --lines N [--seed S] [--format access|json|syslog|mixed] [-o FILE]
                                   write a deterministic sample log

Run tideline-cli COMMAND --help for a command&apos;s options.
</source>
        <translation>Aufruf: tideline-cli BEFEHL [ARGUMENTE...]

Befehle:
  stats FILE... [--json]           Format, Zeilen, Einträge, Zeitraum und Stufen jeder Datei
  filter FILE... [-q QUERY] [--since T] [--until T] [--count] [--format raw|csv|jsonl] [--follow]
                                   die Einträge ausgeben, auf die eine Abfrage passt (--follow: sobald sie angehängt werden)
  histogram FILE... [-q QUERY] [--bucket 1m] [--utc] [--json]
                                   Einträge je Zeitabschnitt und Stufe, wie die Zeitleiste sie zeigt
  formats [--json]                 die eingebauten und eigenen Formate auflisten
  watch FILE... --rules RULES.json [--from-start] [--once]
                                   Alarmereignisse als JSON-Zeilen ausgeben; verfolgt die Dateien
  generate --lines N [--seed S] [--format access|json|syslog|mixed] [-o FILE]
                                   ein reproduzierbares Beispielprotokoll schreiben

„tideline-cli BEFEHL --help“ zeigt die Optionen eines Befehls.
</translation>
    </message>
    <message>
        <source>cannot write to standard output: %1</source>
        <translation>Schreiben auf die Standardausgabe nicht möglich: %1</translation>
    </message>
    <message>
        <source>writing to standard output failed: %1</source>
        <translation>Schreiben auf die Standardausgabe fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>%1: scan %2 ms, buckets %3 µs; %4 slots of %5 s, %6 bytes
</source>
        <translation>%1: Lesen %2 ms, Einteilen %3 µs; %4 Abschnitte zu %5 s, %6 Bytes
</translation>
    </message>
    <message>
        <source>Print the scan and bucketing times to standard error.</source>
        <translation>Die Zeiten für das Lesen und das Einteilen auf der Standardfehlerausgabe ausgeben.</translation>
    </message>
    <message>
        <source>%1 needs at least one FILE</source>
        <translation>%1 braucht mindestens eine DATEI</translation>
    </message>
    <message>
        <source>Keep reading the FILE and print matching records as they are appended, through rotation and truncation, until Ctrl+C (or until standard input ends).</source>
        <translation>Die DATEI weiterlesen und passende Einträge ausgeben, sobald sie angehängt werden, auch über Rotation und Kürzen hinweg, bis Strg+C (oder bis die Standardeingabe endet).</translation>
    </message>
    <message>
        <source>With --follow: print the records already in the file first.</source>
        <translation>Mit --follow: zuerst die Einträge ausgeben, die schon in der Datei stehen.</translation>
    </message>
    <message>
        <source>--follow reads one FILE and prints to standard output (no --count, no -o)</source>
        <translation>--follow liest eine DATEI und schreibt auf die Standardausgabe (kein --count, kein -o)</translation>
    </message>
    <message>
        <source>“%1” cannot be followed (a compressed or UTF-16 file is read once)</source>
        <translation>„%1“ kann nicht verfolgt werden (eine komprimierte oder UTF-16-Datei wird einmal gelesen)</translation>
    </message>
    <message>
        <source>tideline-cli: cannot set up the stop signal handlers
</source>
        <translation>tideline-cli: die Signalbehandlung zum Beenden lässt sich nicht einrichten
</translation>
    </message>
</context>
<context>
    <name>ColumnController</name>
    <message>
        <source>Add Field Column</source>
        <translation>Feldspalte hinzufügen</translation>
    </message>
    <message>
        <source>Remove Column “%1”</source>
        <translation>Spalte „%1“ entfernen</translation>
    </message>
    <message>
        <source>Reset Columns</source>
        <translation>Spalten zurücksetzen</translation>
    </message>
</context>
<context>
    <name>Decompressor</name>
    <message>
        <source>reading the compressed file failed at byte %1: %2</source>
        <translation>Lesen der komprimierten Datei bei Byte %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>the zstd data is damaged at byte %1 of the compressed file (%2)</source>
        <translation>die zstd-Daten sind bei Byte %1 der komprimierten Datei beschädigt (%2)</translation>
    </message>
    <message>
        <source>the zstd file ends early, at byte %1: it was cut off</source>
        <translation>die zstd-Datei endet vorzeitig bei Byte %1: sie wurde abgeschnitten</translation>
    </message>
    <message>
        <source>gzip decompression could not start (out of memory?)</source>
        <translation>gzip-Entpacken konnte nicht starten (Speicher voll?)</translation>
    </message>
    <message>
        <source>the gzip data is damaged at byte %1 of the compressed file (%2)</source>
        <translation>die gzip-Daten sind bei Byte %1 der komprimierten Datei beschädigt (%2)</translation>
    </message>
    <message>
        <source>the gzip file ends early, at byte %1: it was cut off</source>
        <translation>die gzip-Datei endet vorzeitig bei Byte %1: sie wurde abgeschnitten</translation>
    </message>
    <message>
        <source>the file is not compressed</source>
        <translation>die Datei ist nicht komprimiert</translation>
    </message>
    <message>
        <source>writing the decompressed copy failed: %1</source>
        <translation>Schreiben der entpackten Kopie fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>DemoLog</name>
    <message>
        <source>Cannot create the demo log in %1: %2</source>
        <translation>Das Demo-Protokoll kann in %1 nicht angelegt werden: %2</translation>
    </message>
</context>
<context>
    <name>DetailController</name>
    <message>
        <source>%1 UTC</source>
        <translation>%1 UTC</translation>
    </message>
    <message>
        <source>%1 local time</source>
        <translation>%1 Ortszeit</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <source>Wrap lines</source>
        <translation>Zeilen umbrechen</translation>
    </message>
    <message>
        <source>Wrap long lines at the pane&apos;s width</source>
        <translation>Lange Zeilen an der Breite des Bereichs umbrechen</translation>
    </message>
    <message>
        <source>Select a line to see the whole record and its fields.</source>
        <translation>Wählen Sie eine Zeile, um den ganzen Eintrag und seine Felder zu sehen.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Eintrag</translation>
    </message>
    <message>
        <source>Format: %1</source>
        <translation>Format: %1</translation>
    </message>
    <message>
        <source>pretty-printed JSON</source>
        <translation>formatiertes JSON</translation>
    </message>
    <message>
        <source>cut after %1 characters</source>
        <translation>nach %1 Zeichen abgeschnitten</translation>
    </message>
    <message>
        <source>too long to highlight</source>
        <translation>zu lang zum Hervorheben</translation>
    </message>
    <message>
        <source>cut: %1 bytes in all</source>
        <translation>abgeschnitten: insgesamt %1 Bytes</translation>
    </message>
    <message>
        <source>&amp;Exclude This Value</source>
        <translation>Diesen Wert &amp;ausschließen</translation>
    </message>
    <message>
        <source>&amp;Filter on This Value</source>
        <translation>Nach diesem Wert &amp;filtern</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Raw text (the lines as in the file)</source>
        <translation>Rohtext (die Zeilen wie in der Datei)</translation>
    </message>
    <message>
        <source>CSV (the visible columns)</source>
        <translation>CSV (die sichtbaren Spalten)</translation>
    </message>
    <message>
        <source>JSON Lines (parsed fields and the raw text)</source>
        <translation>JSON Lines (erkannte Felder und der Rohtext)</translation>
    </message>
    <message>
        <source>By file name (.zst, .gz)</source>
        <translation>Nach Dateiname (.zst, .gz)</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>zstd</source>
        <translation>zstd</translation>
    </message>
    <message>
        <source>gzip</source>
        <translation>gzip</translation>
    </message>
    <message>
        <source>Mask e-mail and IP addresses, tokens, API keys and card numbers</source>
        <translation>E-Mail- und IP-Adressen, Tokens, API-Schlüssel und Kartennummern maskieren</translation>
    </message>
    <message>
        <source>More regular expressions to mask, one per line</source>
        <translation>Weitere zu maskierende reguläre Ausdrücke, einer pro Zeile</translation>
    </message>
    <message>
        <source>Only the selected rows</source>
        <translation>Nur die ausgewählten Zeilen</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>&amp;Compression:</source>
        <translation>&amp;Kompression:</translation>
    </message>
    <message>
        <source>&amp;Mask also:</source>
        <translation>Auch &amp;maskieren:</translation>
    </message>
    <message>
        <source>F&amp;ile:</source>
        <translation>Da&amp;tei:</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) match the filter.</source>
        <translation>
            <numerusform>%n Eintrag passt auf den Filter.</numerusform>
            <numerusform>%n Einträge passen auf den Filter.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every record of the file.</source>
        <translation>Alle Einträge der Datei.</translation>
    </message>
    <message>
        <source>Export To</source>
        <translation>Exportieren nach</translation>
    </message>
    <message>
        <source>Logs (*.log *.txt);;CSV (*.csv);;JSON Lines (*.jsonl);;Compressed (*.zst *.gz);;All files (*)</source>
        <translation>Protokolle (*.log *.txt);;CSV (*.csv);;JSON Lines (*.jsonl);;Komprimiert (*.zst *.gz);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Choose the file to write.</source>
        <translation>Wählen Sie die Datei, die geschrieben werden soll.</translation>
    </message>
    <message>
        <source>Cannot read “%1”: %2.</source>
        <translation>„%1“ kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>Exporting to “%1”…</source>
        <translation>Exportiere nach „%1“…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation>Der Export wurde abgebrochen; es wurde keine Datei geschrieben.</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) written to “%1”.</source>
        <translation>
            <numerusform>%n Eintrag nach „%1“ geschrieben.</numerusform>
            <numerusform>%n Einträge nach „%1“ geschrieben.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select the rows to copy first.</source>
        <translation>Wählen Sie zuerst die zu kopierenden Zeilen aus.</translation>
    </message>
</context>
<context>
    <name>ExportOptions</name>
    <message>
        <source>empty column name in “%1”: separate names with single commas</source>
        <translation>leerer Spaltenname in „%1“: Namen durch einzelne Kommas trennen</translation>
    </message>
</context>
<context>
    <name>Exporter</name>
    <message>
        <source>reading “%1” failed at byte %2: %3</source>
        <translation>Lesen von „%1“ bei Byte %2 fehlgeschlagen: %3</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>Der Export wurde abgebrochen.</translation>
    </message>
    <message>
        <source>reading “%1” failed: %2</source>
        <translation>Lesen von „%1“ fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2. Choose another folder or file name.</source>
        <translation>„%1“ kann nicht geschrieben werden: %2. Wählen Sie einen anderen Ordner oder Dateinamen.</translation>
    </message>
    <message>
        <source>Writing “%1” failed: %2. The file was not changed.</source>
        <translation>Schreiben von „%1“ fehlgeschlagen: %2. Die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>Writing “%1” failed: %2. The file was not changed; free some space and try again.</source>
        <translation>Schreiben von „%1“ fehlgeschlagen: %2. Die Datei wurde nicht verändert; geben Sie Speicherplatz frei und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>“%1” shrank while it was exported: the export ends where its data ended, at byte %2 of %3.</source>
        <translation>„%1“ ist während des Exports geschrumpft: Der Export endet dort, wo seine Daten endeten, bei Byte %2 von %3.</translation>
    </message>
</context>
<context>
    <name>FileAccess</name>
    <message>
        <source>“%1” does not exist. Check the path, or choose another file.</source>
        <translation>„%1“ existiert nicht. Prüfen Sie den Pfad oder wählen Sie eine andere Datei.</translation>
    </message>
    <message>
        <source>“%1” is a folder, not a file. Open a log file inside it.</source>
        <translation>„%1“ ist ein Ordner, keine Datei. Öffnen Sie eine Protokolldatei darin.</translation>
    </message>
    <message>
        <source>“%1” is not a regular file (a pipe or a device). Pipe it into “tideline -” instead.</source>
        <translation>„%1“ ist keine reguläre Datei (eine Pipe oder ein Gerät). Leiten Sie den Inhalt stattdessen per Pipe an „tideline -“ weiter.</translation>
    </message>
    <message>
        <source>Cannot read “%1”: %2. Check the file&apos;s permissions.</source>
        <translation>„%1“ kann nicht gelesen werden: %2. Prüfen Sie die Zugriffsrechte der Datei.</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Filter, e.g. level:&gt;=warn status:&gt;=500 &quot;disk full&quot; -healthcheck  (Ctrl+F)</source>
        <translation>Filtern, z. B. level:&gt;=warn status:&gt;=500 &quot;disk full&quot; -healthcheck  (Strg+F)</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filtern</translation>
    </message>
    <message>
        <source>Filter mode: show only the matching records</source>
        <translation>Filtermodus: nur die passenden Einträge zeigen</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Find mode: show all records and mark the matching ones (F3, Shift+F3 to step)</source>
        <translation>Suchmodus: alle Einträge zeigen und die passenden markieren (F3, Umschalt+F3 zum Springen)</translation>
    </message>
    <message>
        <source>Query language</source>
        <translation>Abfragesprache</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <source>Save the query under a name, run a saved one or delete one</source>
        <translation>Die Abfrage unter einem Namen speichern, eine gespeicherte ausführen oder löschen</translation>
    </message>
    <message>
        <source>&amp;Save Query As…</source>
        <translation>Abfrage &amp;speichern unter…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Save Query</source>
        <translation>Abfrage speichern</translation>
    </message>
    <message>
        <source>Name for “%1”:</source>
        <translation>Name für „%1“:</translation>
    </message>
    <message>
        <source>Records of context: show this many records before and after each match (Filter mode)</source>
        <translation>Kontext-Einträge: so viele Einträge vor und nach jedem Treffer zeigen (Filtermodus)</translation>
    </message>
    <message>
        <source>timeout                 word, anywhere in the record (ignores case)
Timeout                 with an uppercase letter: exact case
&quot;disk full&quot;             phrase
/time(d)?out/i          regular expression, i: ignore case
level:error             level equals
level:&gt;=warn            level at least warn
status:500              field equals (ignores case)
path:/api/*             field matches, * is any text
status:&gt;=500            numeric comparison: &gt; &gt;= &lt; &lt;= =
since:-15m  until:-1h   relative time: s m h d w
since:2024-01-15T10:00  absolute time
a b   a AND b           both
a OR b                  either
NOT a   -a              not
( ... )                 grouping


Up/Down: history   Esc: clear   Return: run now
Find mode: F3 / Shift+F3 or n / N step through the matches
Saved: keep a query under a name   ±N: records of context around matches
Right-click a value in the table or the fields pane to filter on it or exclude it</source>
        <translation>timeout                 Wort, irgendwo im Eintrag (ohne Groß-/Kleinschreibung)
Timeout                 mit Großbuchstaben: genau so geschrieben
&quot;disk full&quot;             Phrase
/time(d)?out/i          regulärer Ausdruck, i: Groß-/Kleinschreibung egal
level:error             Level gleich
level:&gt;=warn            Level mindestens warn
status:500              Feld gleich (ohne Groß-/Kleinschreibung)
path:/api/*             Feld passt, * steht für beliebigen Text
status:&gt;=500            Zahlenvergleich: &gt; &gt;= &lt; &lt;= =
since:-15m  until:-1h   relative Zeit: s m h d w
since:2024-01-15T10:00  absolute Zeit
a b   a AND b           beide
a OR b                  eines von beiden
NOT a   -a              nicht
( ... )                 Gruppierung


Auf/Ab: Verlauf   Esc: leeren   Eingabe: sofort ausführen
Suchmodus: F3 / Umschalt+F3 oder n / N springen von Treffer zu Treffer
Gespeichert: eine Abfrage unter einem Namen behalten   ±N: Einträge Kontext um Treffer
Rechtsklick auf einen Wert in der Tabelle oder im Feldbereich filtert danach oder schließt ihn aus</translation>
    </message>
    <message>
        <source>Records at level %1 that match the query: %L2. Click to hide or show them.</source>
        <translation>Einträge mit Level %1, die auf die Abfrage passen: %L2. Klicken, um sie aus- oder einzublenden.</translation>
    </message>
</context>
<context>
    <name>FilterRunner</name>
    <message>
        <source>Filtering “%1” stopped: %2</source>
        <translation>Filtern von „%1“ abgebrochen: %2</translation>
    </message>
</context>
<context>
    <name>FilterText</name>
    <message>
        <source>read error at byte %1: %2</source>
        <translation>Lesefehler bei Byte %1: %2</translation>
    </message>
    <message>
        <source>the file was truncated at byte %1</source>
        <translation>die Datei wurde bei Byte %1 gekürzt</translation>
    </message>
</context>
<context>
    <name>FollowMirror</name>
    <message>
        <source>cannot read the file&apos;s size: %1</source>
        <translation>die Größe der Datei lässt sich nicht lesen: %1</translation>
    </message>
    <message>
        <source>read error at byte %1: %2</source>
        <translation>Lesefehler bei Byte %1: %2</translation>
    </message>
    <message>
        <source>cannot write the copy: %1</source>
        <translation>die Kopie lässt sich nicht schreiben: %1</translation>
    </message>
</context>
<context>
    <name>HighlightRules</name>
    <message>
        <source>The pattern is empty.</source>
        <translation>Das Muster ist leer.</translation>
    </message>
    <message>
        <source>“%1” has no valid colour; write one like #ffd54f or orange.</source>
        <translation>„%1“ ist keine gültige Farbe; schreiben Sie etwa #ffd54f oder orange.</translation>
    </message>
    <message>
        <source>“%1”: %2 at column %3</source>
        <translation>„%1“: %2 in Spalte %3</translation>
    </message>
</context>
<context>
    <name>HighlightRulesDialog</name>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>&amp;Colour…</source>
        <translation>&amp;Farbe…</translation>
    </message>
    <message>
        <source>Highlight Rules</source>
        <translation>Hervorhebungsregeln</translation>
    </message>
    <message>
        <source>Pattern</source>
        <translation>Muster</translation>
    </message>
    <message>
        <source>Regular expression</source>
        <translation>Regulärer Ausdruck</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Farbe</translation>
    </message>
    <message>
        <source>Matches in the log table get the rule&apos;s colour. A plain pattern ignores case.</source>
        <translation>Treffer in der Protokolltabelle bekommen die Farbe der Regel. Ein einfaches Muster ignoriert Groß-/Kleinschreibung.</translation>
    </message>
    <message>
        <source>Highlight Colour</source>
        <translation>Hervorhebungsfarbe</translation>
    </message>
</context>
<context>
    <name>JsonFormat</name>
    <message>
        <source>JSON lines (one object per line)</source>
        <translation>JSON Lines (ein Objekt pro Zeile)</translation>
    </message>
</context>
<context>
    <name>LineIndexer</name>
    <message>
        <source>read error at byte %1: %2</source>
        <translation>Lesefehler bei Byte %1: %2</translation>
    </message>
</context>
<context>
    <name>LogFile</name>
    <message>
        <source>Reading “%1” stopped: %2. The lines before it are shown.</source>
        <translation>Lesen von „%1“ abgebrochen: %2. Die Zeilen davor werden angezeigt.</translation>
    </message>
    <message>
        <source>Cannot read “%1”: %2.</source>
        <translation>„%1“ kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>Cannot read the temporary copy “%1”: %2.</source>
        <translation>Die temporäre Kopie „%1“ kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>A stream cannot be read again.</source>
        <translation>Ein Datenstrom kann nicht erneut gelesen werden.</translation>
    </message>
    <message>
        <source>Cannot follow “%1”: no room for its copy in %2 (%3). Free some space or check the permissions.</source>
        <translation>„%1“ kann nicht verfolgt werden: kein Platz für die Kopie in %2 (%3). Geben Sie Speicherplatz frei oder prüfen Sie die Berechtigungen.</translation>
    </message>
    <message>
        <source>Cannot read the copy “%1” of “%2”: %3.</source>
        <translation>Die Kopie „%1“ von „%2“ lässt sich nicht lesen: %3.</translation>
    </message>
    <message>
        <source>file rotated at %1</source>
        <translation>Datei rotiert um %1</translation>
    </message>
    <message>
        <source>file replaced at %1</source>
        <translation>Datei ersetzt um %1</translation>
    </message>
    <message>
        <source>file truncated at %1</source>
        <translation>Datei gekürzt um %1</translation>
    </message>
    <message>
        <source>file deleted at %1</source>
        <translation>Datei gelöscht um %1</translation>
    </message>
</context>
<context>
    <name>LogTab</name>
    <message>
        <source>%1 — %2 — %3 lines</source>
        <translation>%1 — %2 — %3 Zeilen</translation>
    </message>
    <message>
        <source> — format: %1</source>
        <translation> — Format: %1</translation>
    </message>
    <message>
        <source> — only the first %1 lines can be shown</source>
        <translation> — nur die ersten %1 Zeilen können angezeigt werden</translation>
    </message>
    <message>
        <source> — indexing %1%</source>
        <translation> — Indizierung %1 %</translation>
    </message>
    <message>
        <source> — indexed in %1 ms</source>
        <translation> — indiziert in %1 ms</translation>
    </message>
    <message>
        <source> — following</source>
        <translation> — wird verfolgt</translation>
    </message>
    <message>
        <source>match %L1 of %L2</source>
        <translation>Treffer %L1 von %L2</translation>
    </message>
    <message>
        <source>1 match</source>
        <translation>1 Treffer</translation>
    </message>
    <message>
        <source>%L1 matches</source>
        <translation>%L1 Treffer</translation>
    </message>
    <message>
        <source>Filter on %1</source>
        <translation>Filtern nach %1</translation>
    </message>
    <message>
        <source>Exclude %1</source>
        <translation>%1 ausschließen</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source> — filtering %1%</source>
        <translation> — Filterung %1 %</translation>
    </message>
    <message>
        <source> — encoding: %1</source>
        <translation> — Kodierung: %1</translation>
    </message>
    <message>
        <source> — reading the stream</source>
        <translation> — Datenstrom wird gelesen</translation>
    </message>
    <message>
        <source> — the stream has ended</source>
        <translation> — der Datenstrom ist beendet</translation>
    </message>
</context>
<context>
    <name>LogTableModel</name>
    <message>
        <source> … [line cut: %1 bytes in all]</source>
        <translation> … [Zeile gekürzt: insgesamt %1 Bytes]</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
</context>
<context>
    <name>LogView</name>
    <message>
        <source>+1 line</source>
        <translation>+1 Zeile</translation>
    </message>
    <message>
        <source>+%L1 lines</source>
        <translation>+%L1 Zeilen</translation>
    </message>
</context>
<context>
    <name>LogfmtFormat</name>
    <message>
        <source>logfmt key=value pairs</source>
        <translation>logfmt key=value-Paare</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Tideline</source>
        <translation>Tideline</translation>
    </message>
    <message>
        <source>&lt;h2&gt;No log open&lt;/h2&gt;&lt;p&gt;Open a file with &lt;b&gt;File ▸ Open&lt;/b&gt; (Ctrl+O), drop one here, or start &lt;tt&gt;tideline --demo&lt;/tt&gt;.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Kein Protokoll geöffnet&lt;/h2&gt;&lt;p&gt;Öffnen Sie eine Datei mit &lt;b&gt;Datei ▸ Öffnen&lt;/b&gt; (Strg+O), ziehen Sie eine hierher oder starten Sie &lt;tt&gt;tideline --demo&lt;/tt&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Öffnen…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;Close Tab</source>
        <translation>Tab &amp;schließen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Follow New Lines</source>
        <translation>Neue Zeilen &amp;verfolgen</translation>
    </message>
    <message>
        <source>&amp;Go to Line…</source>
        <translation>&amp;Gehe zu Zeile…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Tideline</source>
        <translation>&amp;Über Tideline</translation>
    </message>
    <message>
        <source>About Tideline</source>
        <translation>Über Tideline</translation>
    </message>
    <message>
        <source>Tideline %1
A native log viewer for large files.</source>
        <translation>Tideline %1
Ein nativer Protokollbetrachter für große Dateien.</translation>
    </message>
    <message>
        <source>Open Log Files</source>
        <translation>Protokolldateien öffnen</translation>
    </message>
    <message>
        <source>Log files (*.log *.txt *.json *.jsonl *.out);;All files (*)</source>
        <translation>Protokolldateien (*.log *.txt *.json *.jsonl *.out);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Go to Line</source>
        <translation>Gehe zu Zeile</translation>
    </message>
    <message>
        <source>Line (1 to %1):</source>
        <translation>Zeile (1 bis %1):</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <source>%1 — Tideline</source>
        <translation>%1 — Tideline</translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation>Keine zuletzt geöffneten Dateien</translation>
    </message>
    <message>
        <source>F&amp;ormat</source>
        <translation>&amp;Format</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <source>&amp;Filter…</source>
        <translation>&amp;Filtern …</translation>
    </message>
    <message>
        <source>&amp;Next Match</source>
        <translation>&amp;Nächster Treffer</translation>
    </message>
    <message>
        <source>&amp;Previous Match</source>
        <translation>&amp;Vorheriger Treffer</translation>
    </message>
    <message>
        <source>&amp;Encoding</source>
        <translation>&amp;Kodierung</translation>
    </message>
    <message>
        <source>&amp;Detail Pane</source>
        <translation>&amp;Detailbereich</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>Copy &amp;As</source>
        <translation>Kopieren &amp;als</translation>
    </message>
    <message>
        <source>&amp;Text</source>
        <translation>&amp;Text</translation>
    </message>
    <message>
        <source>&amp;CSV</source>
        <translation>&amp;CSV</translation>
    </message>
    <message>
        <source>&amp;JSON Lines</source>
        <translation>&amp;JSON Lines</translation>
    </message>
    <message>
        <source>&amp;Timeline</source>
        <translation>&amp;Zeitleiste</translation>
    </message>
    <message>
        <source>Times in &amp;UTC</source>
        <translation>Zeiten in &amp;UTC</translation>
    </message>
    <message>
        <source>&amp;Highlight Rules…</source>
        <translation>&amp;Hervorhebungsregeln…</translation>
    </message>
    <message>
        <source>Some user formats could not be loaded; the other formats work:
%1</source>
        <translation>Einige Benutzerformate ließen sich nicht laden; die übrigen Formate funktionieren:
%1</translation>
    </message>
</context>
<context>
    <name>MatchOverview</name>
    <message>
        <source>Where the matches are in the file; click to go there</source>
        <translation>Wo die Treffer in der Datei liegen; klicken, um dorthin zu springen</translation>
    </message>
</context>
<context>
    <name>NewLinesBadge</name>
    <message>
        <source>Jump to the newest line (End)</source>
        <translation>Zur neuesten Zeile springen (Ende)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln new line(s) ↓</source>
        <translation>
            <numerusform>%Ln neue Zeile ↓</numerusform>
            <numerusform>%Ln neue Zeilen ↓</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlainFormat</name>
    <message>
        <source>Plain text, one record per line</source>
        <translation>Reiner Text, ein Eintrag pro Zeile</translation>
    </message>
</context>
<context>
    <name>Query</name>
    <message>
        <source>unterminated phrase starting at column %1</source>
        <translation>nicht abgeschlossene Phrase ab Spalte %1</translation>
    </message>
    <message>
        <source>empty phrase at column %1</source>
        <translation>leere Phrase in Spalte %1</translation>
    </message>
    <message>
        <source>unterminated regular expression starting at column %1 (put text that starts with &apos;/&apos; in quotes)</source>
        <translation>nicht abgeschlossener regulärer Ausdruck ab Spalte %1 (Text, der mit &apos;/&apos; beginnt, in Anführungszeichen setzen)</translation>
    </message>
    <message>
        <source>unexpected &apos;%1&apos; after the regular expression at column %2 (the only flag is i; put text that starts with &apos;/&apos; in quotes)</source>
        <translation>unerwartetes &apos;%1&apos; nach dem regulären Ausdruck in Spalte %2 (einziges Flag ist i; Text, der mit &apos;/&apos; beginnt, in Anführungszeichen setzen)</translation>
    </message>
    <message>
        <source>empty regular expression at column %1</source>
        <translation>leerer regulärer Ausdruck in Spalte %1</translation>
    </message>
    <message>
        <source>missing value after &quot;%1&quot; at column %2 (put text with &apos;:&apos; in quotes)</source>
        <translation>fehlender Wert nach &quot;%1&quot; in Spalte %2 (Text mit &apos;:&apos; in Anführungszeichen setzen)</translation>
    </message>
    <message>
        <source>unexpected &apos;%1&apos; at column %2</source>
        <translation>unerwartetes &apos;%1&apos; in Spalte %2</translation>
    </message>
    <message>
        <source>nothing after &apos;%1&apos; at column %2</source>
        <translation>nichts nach &apos;%1&apos; in Spalte %2</translation>
    </message>
    <message>
        <source>the query is nested too deeply at column %1</source>
        <translation>die Abfrage ist in Spalte %1 zu tief verschachtelt</translation>
    </message>
    <message>
        <source>missing &apos;)&apos; for the &apos;(&apos; at column %1</source>
        <translation>fehlende &apos;)&apos; zur &apos;(&apos; in Spalte %1</translation>
    </message>
    <message>
        <source>empty parentheses at column %1</source>
        <translation>leere Klammern in Spalte %1</translation>
    </message>
    <message>
        <source>invalid regular expression at column %1: %2</source>
        <translation>ungültiger regulärer Ausdruck in Spalte %1: %2</translation>
    </message>
    <message>
        <source>expected a number after &quot;%1&quot; at column %2, not &quot;%3&quot;</source>
        <translation>Zahl nach &quot;%1&quot; in Spalte %2 erwartet, nicht &quot;%3&quot;</translation>
    </message>
    <message>
        <source>unknown level &quot;%1&quot; at column %2 (use trace, debug, info, notice, warn, error, critical or fatal)</source>
        <translation>unbekannte Stufe &quot;%1&quot; in Spalte %2 (trace, debug, info, notice, warn, error, critical oder fatal verwenden)</translation>
    </message>
    <message>
        <source>unknown time &quot;%1&quot; at column %2 (use -30s, -15m, -2h, -1d, 2024-01-15 or 2024-01-15T10:00)</source>
        <translation>unbekannte Zeitangabe &quot;%1&quot; in Spalte %2 (-30s, -15m, -2h, -1d, 2024-01-15 oder 2024-01-15T10:00 verwenden)</translation>
    </message>
    <message>
        <source>query too expensive: the regex /%1/ backtracks too much; make it more specific</source>
        <translation>Abfrage zu aufwendig: Der reguläre Ausdruck /%1/ verfolgt zu viele Wege zurück; formulieren Sie ihn genauer</translation>
    </message>
</context>
<context>
    <name>Redactor</name>
    <message>
        <source>redaction pattern “%1”: %2 at column %3; fix the regular expression</source>
        <translation>Maskierungsmuster „%1“: %2 in Spalte %3; korrigieren Sie den regulären Ausdruck</translation>
    </message>
</context>
<context>
    <name>SettingsGuard</name>
    <message>
        <source>The settings file “%1” is damaged and could not be moved aside. Tideline may overwrite the parts it cannot read: copy the file somewhere safe, then delete it.</source>
        <translation>Die Einstellungsdatei „%1“ ist beschädigt und ließ sich nicht beiseitelegen. Tideline überschreibt womöglich die Teile, die es nicht lesen kann: Kopieren Sie die Datei an einen sicheren Ort und löschen Sie sie dann.</translation>
    </message>
    <message>
        <source>The settings file “%1” is damaged. It was kept as “%2” and Tideline starts with the default settings. Copy values back from the backup by hand, or delete it.</source>
        <translation>Die Einstellungsdatei „%1“ ist beschädigt. Sie wurde als „%2“ aufbewahrt, und Tideline startet mit den Standardeinstellungen. Übernehmen Sie Werte von Hand aus der Sicherung oder löschen Sie sie.</translation>
    </message>
</context>
<context>
    <name>Syslog5424Format</name>
    <message>
        <source>Syslog RFC 5424: &lt;PRI&gt;1 timestamp host app procid msgid [sd] message</source>
        <translation>Syslog nach RFC 5424: &lt;PRI&gt;1 timestamp host app procid msgid [sd] message</translation>
    </message>
</context>
<context>
    <name>SyslogFormat</name>
    <message>
        <source>BSD syslog (RFC 3164): Oct 11 22:14:15 host program[pid]: message</source>
        <translation>BSD-Syslog (RFC 3164): Oct 11 22:14:15 host program[pid]: message</translation>
    </message>
</context>
<context>
    <name>TextFormat</name>
    <message>
        <source>Text logs: timestamp, level, message (log4j, Python, Go, glog, ...)</source>
        <translation>Textprotokolle: Zeitstempel, Stufe, Nachricht (log4j, Python, Go, glog, ...)</translation>
    </message>
</context>
<context>
    <name>TextSpool</name>
    <message>
        <source>Cannot create a temporary copy in %1: %2. Free some space or check the permissions.</source>
        <translation>In %1 kann keine temporäre Kopie angelegt werden: %2. Geben Sie Speicherplatz frei oder prüfen Sie die Berechtigungen.</translation>
    </message>
</context>
<context>
    <name>TimePattern</name>
    <message>
        <source>unknown conversion &apos;%%1&apos; at column %2 of timestamp layout &quot;%3&quot;</source>
        <translation>unbekannte Umwandlungsangabe &apos;%%1&apos; in Spalte %2 des Zeitstempel-Layouts &quot;%3&quot;</translation>
    </message>
</context>
<context>
    <name>TimelineLegend</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n h</numerusform>
            <numerusform>%n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n s</numerusform>
            <numerusform>%n s</numerusform>
        </translation>
    </message>
    <message>
        <source>Show or hide %1 records</source>
        <translation>Einträge der Stufe %1 zeigen oder ausblenden</translation>
    </message>
    <message>
        <source>%1 buckets</source>
        <translation>Abschnitte von %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s) without a time, not in the chart</source>
        <translation>
            <numerusform>%Ln Eintrag ohne Zeit, nicht im Diagramm</numerusform>
            <numerusform>%Ln Einträge ohne Zeit, nicht im Diagramm</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimelinePlot</name>
    <message>
        <source>%1, %2 – %3</source>
        <translation>%1, %2 – %3</translation>
    </message>
    <message>
        <source>no records</source>
        <translation>keine Einträge</translation>
    </message>
    <message>
        <source>%1: %L2</source>
        <translation>%1: %L2</translation>
    </message>
    <message>
        <source>total: %L1</source>
        <translation>gesamt: %L1</translation>
    </message>
    <message>
        <source>No matching record has a time</source>
        <translation>Kein passender Eintrag hat eine Zeit</translation>
    </message>
</context>
<context>
    <name>TimelineWidget</name>
    <message>
        <source>Times in &amp;UTC</source>
        <translation>Zeiten in &amp;UTC</translation>
    </message>
    <message>
        <source>&amp;Show All Records</source>
        <translation>&amp;Alle Einträge zeigen</translation>
    </message>
</context>
<context>
    <name>UserFormatText</name>
    <message>
        <source>&quot;levels&quot; must be an object mapping a level name to a list of values</source>
        <translation>„levels“ muss ein Objekt sein, das einem Stufennamen eine Liste von Werten zuordnet</translation>
    </message>
    <message>
        <source>unknown level &quot;%1&quot; in &quot;levels&quot; (use trace, debug, info, notice, warn, error, critical or fatal)</source>
        <translation>unbekannte Stufe „%1“ in „levels“ (trace, debug, info, notice, warn, error, critical oder fatal verwenden)</translation>
    </message>
    <message>
        <source>values for level &quot;%1&quot; must be strings or numbers</source>
        <translation>Werte für Stufe „%1“ müssen Zeichenketten oder Zahlen sein</translation>
    </message>
    <message>
        <source>missing &quot;name&quot; (a non-empty string)</source>
        <translation>„name“ fehlt (eine nicht leere Zeichenkette)</translation>
    </message>
    <message>
        <source>missing &quot;regex&quot; (a string)</source>
        <translation>„regex“ fehlt (eine Zeichenkette)</translation>
    </message>
    <message>
        <source>bad &quot;regex&quot; at column %1: %2</source>
        <translation>ungültiger „regex“ in Spalte %1: %2</translation>
    </message>
    <message>
        <source>&quot;source&quot; names group &quot;%1&quot;, which the regex does not have</source>
        <translation>„source“ nennt die Gruppe „%1“, die es im regex nicht gibt</translation>
    </message>
    <message>
        <source>sample %1 does not match the regex: %2</source>
        <translation>Beispiel %1 passt nicht auf den regex: %2</translation>
    </message>
    <message>
        <source>invalid JSON: %1</source>
        <translation>ungültiges JSON: %1</translation>
    </message>
    <message>
        <source>the file must hold one JSON object</source>
        <translation>die Datei muss genau ein JSON-Objekt enthalten</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>die Datei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>the file is larger than 1 MiB</source>
        <translation>die Datei ist größer als 1 MiB</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Tideline, a log viewer for large files.</source>
        <translation>Tideline, ein Protokollbetrachter für große Dateien.</translation>
    </message>
    <message>
        <source>Log files to open.</source>
        <translation>Zu öffnende Protokolldateien.</translation>
    </message>
    <message>
        <source>Follow the files as they grow.</source>
        <translation>Die Dateien verfolgen, während sie wachsen.</translation>
    </message>
    <message>
        <source>Open a live demo log that keeps growing.</source>
        <translation>Ein ständig wachsendes Demo-Protokoll öffnen.</translation>
    </message>
    <message>
        <source>Tideline</source>
        <translation>Tideline</translation>
    </message>
    <message>
        <source>Filter the opened files with QUERY.</source>
        <translation>Die geöffneten Dateien mit QUERY filtern.</translation>
    </message>
    <message>
        <source>standard input</source>
        <translation>Standardeingabe</translation>
    </message>
</context>
</TS>
