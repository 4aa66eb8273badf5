<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AccessFormat</name>
    <message>
        <source>Apache/nginx combined access log (CLF + referer + user agent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apache/nginx common access log (CLF)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>tideline-cli: reading “%1” failed: %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prints the records of the files that match a query, exactly as in the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The query (see the query language).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only records at or after T (-15m, 2024-01-15T10:00).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only records before T.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the number of matching records only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output: raw (default) or jsonl.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the files as format NAME instead of detecting it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log files; - reads standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>filter needs at least one FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown output format “%1”: use raw or jsonl</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown format “%1”; “tideline-cli formats” lists them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>standard input (-) can be read only once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists the built-in and user-defined log formats.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One JSON array of {name, description, builtin}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>formats takes no FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (user format)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes a deterministic sample log: the same options give the same bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of lines to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Random seed (default 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>access, json, syslog or mixed (default).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write to FILE instead of standard output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>generate takes no FILE arguments; use -o FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--lines needs a whole number of lines, e.g. --lines 1000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--seed needs a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown --format “%1”: use access, json, syslog or mixed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tideline-cli: cannot write “%1”: %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tideline-cli: cannot write to standard output
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create a temporary file for standard input: %1. Set TMPDIR to a writable folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading standard input failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>spooling standard input to “%1” failed: %2. Free some space or set TMPDIR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>spooling standard input failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: tideline-cli COMMAND [ARGS...]

commands:
  stats FILE... [--json]           lines, bytes and index time of each file
  generate --lines N [--seed S] [--format access|json|syslog|mixed] [-o FILE]
                                   write a deterministic sample log

Run tideline-cli COMMAND --help for a command&apos;s options.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run “tideline-cli --help” for usage.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading “%1” failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 lines, %3 bytes, indexed in %4 ms
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  format: %1, %2 records
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  time: %1 to %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  time: none
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  levels: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prints the format, lines, records, time range and levels of each file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One JSON object per file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stats needs at least one FILE</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoLog</name>
    <message>
        <source>Cannot create the demo log in %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FileAccess</name>
    <message>
        <source>“%1” does not exist. Check the path, or choose another file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is a folder, not a file. Open a log file inside it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a regular file (a pipe or a device). Pipe it into “tideline -” instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read “%1”: %2. Check the file&apos;s permissions.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilterText</name>
    <message>
        <source>read error at byte %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file was truncated at byte %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JsonFormat</name>
    <message>
        <source>JSON lines (one object per line)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LineIndexer</name>
    <message>
        <source>read error at byte %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LogFile</name>
    <message>
        <source>Reading “%1” stopped: %2. The lines before it are shown.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LogTab</name>
    <message>
        <source>%1 — %2 — %3 lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — format: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — only the first %1 lines can be shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — indexing %1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — indexed in %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — following</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LogTableModel</name>
    <message>
        <source> … [line cut: %1 bytes in all]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LogfmtFormat</name>
    <message>
        <source>logfmt key=value pairs</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Tideline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;No log open&lt;/h2&gt;&lt;p&gt;Open a file with &lt;b&gt;File ▸ Open&lt;/b&gt; (Ctrl+O), drop one here, or start &lt;tt&gt;tideline --demo&lt;/tt&gt;.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close Tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Follow New Lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go to Line…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Tideline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Tideline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tideline %1
A native log viewer for large files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Log Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log files (*.log *.txt *.json *.jsonl *.out);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line (1 to %1):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — Tideline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlainFormat</name>
    <message>
        <source>Plain text, one record per line</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Query</name>
    <message>
        <source>unterminated phrase starting at column %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty phrase at column %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unterminated regular expression starting at column %1 (put text that starts with &apos;/&apos; in quotes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected &apos;%1&apos; after the regular expression at column %2 (the only flag is i; put text that starts with &apos;/&apos; in quotes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty regular expression at column %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing value after &quot;%1&quot; at column %2 (put text with &apos;:&apos; in quotes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected &apos;%1&apos; at column %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing after &apos;%1&apos; at column %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the query is nested too deeply at column %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing &apos;)&apos; for the &apos;(&apos; at column %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty parentheses at column %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid regular expression at column %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a number after &quot;%1&quot; at column %2, not &quot;%3&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown level &quot;%1&quot; at column %2 (use trace, debug, info, notice, warn, error, critical or fatal)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown time &quot;%1&quot; at column %2 (use -30s, -15m, -2h, -1d, 2024-01-15 or 2024-01-15T10:00)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Syslog5424Format</name>
    <message>
        <source>Syslog RFC 5424: &lt;PRI&gt;1 timestamp host app procid msgid [sd] message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyslogFormat</name>
    <message>
        <source>BSD syslog (RFC 3164): Oct 11 22:14:15 host program[pid]: message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TextFormat</name>
    <message>
        <source>Text logs: timestamp, level, message (log4j, Python, Go, glog, ...)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimePattern</name>
    <message>
        <source>unknown conversion &apos;%%1&apos; at column %2 of timestamp layout &quot;%3&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserFormatLoader</name>
    <message>
        <source>invalid JSON: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file must hold one JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is larger than 1 MiB</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Tideline, a log viewer for large files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log files to open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the files as they grow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a live demo log that keeps growing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tideline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading standard input is not supported yet. Save the output to a file and open that.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
