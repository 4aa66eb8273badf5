// SPDX-FileCopyrightText: 2026 Tideline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QStringEncoder>
#include <QTest>

/// Runs the real tideline-cli binary and checks its output and exit codes.
class TestCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    struct Run
    {
        int exitCode;
        QByteArray out;
        QByteArray err;
    };

    static Run run(const QStringList &arguments, const QByteArray &input = {}, const QString &configHome = {})
    {
        QProcess process;
        process.setProgram(qEnvironmentVariable("TIDELINE_BIN_DIR") + QStringLiteral("/tideline-cli"));
        process.setArguments(arguments);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("TZ"), QStringLiteral("UTC"));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), configHome.isEmpty() ? QDir::tempPath() + QStringLiteral("/tideline-cli-test-none") : configHome);
        process.setProcessEnvironment(env);
        process.start();
        process.write(input);
        process.closeWriteChannel();
        if (!process.waitForFinished(60000))
            qFatal("tideline-cli did not finish");
        return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1, process.readAllStandardOutput(),
                process.readAllStandardError()};
    }

    QString writeFile(const QString &name, const QByteArray &data)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size())
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }

    static QByteArray textLog()
    {
        return "2026-03-14 08:00:00,000 INFO  [main] app.Boot - started\r\n"
               "2026-03-14 08:00:01,000 ERROR [worker-1] app.Db - query failed: timeout\r\n"
               "java.lang.IllegalStateException: timed out\r\n"
               "\tat app.Db.run(Db.java:10)\r\n"
               "2026-03-14 08:00:02,000 WARN  [worker-2] app.Cache - slow\r\n"
               "2026-03-14 08:10:00,000 INFO  [main] app.Boot - stopping";
    }

private Q_SLOTS:
    void filterPrintsRecordsExactly_data()
    {
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<QByteArray>("expected");
        const QByteArray log = textLog();
        const QByteArray error = log.mid(log.indexOf("2026-03-14 08:00:01"), log.indexOf("2026-03-14 08:00:02") - log.indexOf("2026-03-14 08:00:01"));
        const QByteArray last = log.mid(log.indexOf("2026-03-14 08:10:00"));
        QTest::newRow("all") << QStringList{} << log;
        QTest::newRow("word in continuation") << QStringList{QStringLiteral("-q"), QStringLiteral("IllegalState")} << error;
        QTest::newRow("regex") << QStringList{QStringLiteral("-q"), QStringLiteral("/time(d)?out/")} << error;
        QTest::newRow("level") << QStringList{QStringLiteral("-q"), QStringLiteral("level:>=error")} << error;
        QTest::newRow("none") << QStringList{QStringLiteral("-q"), QStringLiteral("nothing-like-this")} << QByteArray();
        QTest::newRow("last line without newline") << QStringList{QStringLiteral("-q"), QStringLiteral("stopping")} << last;
        QTest::newRow("since") << QStringList{QStringLiteral("--since"), QStringLiteral("2026-03-14T08:05")} << last;
        QTest::newRow("until") << QStringList{QStringLiteral("-q"), QStringLiteral("started OR stopping"), QStringLiteral("--until"),
                                              QStringLiteral("2026-03-14T08:05")}
                               << log.first(log.indexOf("2026-03-14 08:00:01"));
    }

    void filterPrintsRecordsExactly()
    {
        QFETCH(QStringList, options);
        QFETCH(QByteArray, expected);
        const QString path = writeFile(QStringLiteral("text.log"), textLog());
        const Run r = run(QStringList{QStringLiteral("filter"), path} + options);
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out, expected);
        QVERIFY2(r.err.isEmpty(), r.err.constData());
        // The same through standard input.
        const Run piped = run(QStringList{QStringLiteral("filter"), QStringLiteral("-")} + options, textLog());
        QCOMPARE(piped.exitCode, 0);
        QCOMPARE(piped.out, expected);
    }

    void countEqualsPrintedRecords_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<QString>("query");
        for (const QString &format : {QStringLiteral("access"), QStringLiteral("mixed"), QStringLiteral("json")}) {
            for (const QString &query : {QString(), QStringLiteral("GET"), QStringLiteral("error"), QStringLiteral("/time(d)?out/i"),
                                         QStringLiteral("status:>=500"), QStringLiteral("level:>=warn -checkout")}) {
                QTest::newRow(qPrintable(format + u' ' + query)) << format << query;
            }
        }
    }

    void countEqualsPrintedRecords()
    {
        QFETCH(QString, format);
        QFETCH(QString, query);
        const QString path = m_dir.filePath(QStringLiteral("count-%1.log").arg(format));
        if (!QFile::exists(path))
            QCOMPARE(run({QStringLiteral("generate"), QStringLiteral("--lines"), QStringLiteral("20000"), QStringLiteral("--format"), format,
                          QStringLiteral("-o"), path}).exitCode, 0);
        const Run count = run({QStringLiteral("filter"), QStringLiteral("--count"), QStringLiteral("-q"), query, path});
        QCOMPARE(count.exitCode, 0);
        bool ok = false;
        const qint64 n = count.out.trimmed().toLongLong(&ok);
        QVERIFY2(ok, count.out.constData());
        const Run jsonl = run({QStringLiteral("filter"), QStringLiteral("--format"), QStringLiteral("jsonl"), QStringLiteral("-q"), query, path});
        QCOMPARE(jsonl.exitCode, 0);
        QCOMPARE(jsonl.out.count('\n'), n);
        const Run raw = run({QStringLiteral("filter"), QStringLiteral("-q"), query, path});
        QCOMPARE(raw.exitCode, 0);
        if (format == u"access") {
            QCOMPARE(raw.out.count('\n'), n); // one line per record
            if (query == u"GET") {
                QFile file(path);
                QVERIFY(file.open(QIODevice::ReadOnly));
                qint64 lines = 0;
                for (const QByteArray &line : file.readAll().split('\n'))
                    lines += line.contains("GET") ? 1 : 0;
                QCOMPARE(n, lines);
            }
        }
        if (query.isEmpty()) {
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadOnly));
            QCOMPARE(raw.out, file.readAll());
        }
    }

    void jsonlCarriesParsedRecord()
    {
        const QByteArray line = "192.0.2.1 - - [14/Mar/2026:08:00:38 +0000] \"GET /api/cart HTTP/1.1\" 503 12 \"-\" \"curl/8.5.0\"\n";
        const QString path = writeFile(QStringLiteral("access.log"), "192.0.2.1 - - [14/Mar/2026:08:00:37 +0000] \"GET / HTTP/1.1\" 200 1 \"-\" \"x\"\n" + line);
        const Run r = run({QStringLiteral("filter"), QStringLiteral("--format"), QStringLiteral("jsonl"), QStringLiteral("-q"),
                           QStringLiteral("status:>=500"), path});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out.count('\n'), 1);
        const QJsonObject object = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(object.value(QStringLiteral("line")).toInteger(), 2);
        QCOMPARE(object.value(QStringLiteral("time")).toString(), QStringLiteral("2026-03-14T08:00:38+00:00"));
        QCOMPARE(object.value(QStringLiteral("level")).toString(), QStringLiteral("error"));
        QCOMPARE(object.value(QStringLiteral("raw")).toString().toUtf8() + '\n', line);
        QCOMPARE(object.value(QStringLiteral("fields")).toObject().value(QStringLiteral("status")).toString(), QStringLiteral("503"));
        QVERIFY(object.contains(QStringLiteral("message")));

        const Run text = run({QStringLiteral("filter"), QStringLiteral("--format"), QStringLiteral("jsonl"), QStringLiteral("-q"),
                              QStringLiteral("IllegalState"), writeFile(QStringLiteral("t.log"), textLog())});
        const QJsonObject folded = QJsonDocument::fromJson(text.out).object();
        QCOMPARE(folded.value(QStringLiteral("line")).toInteger(), 2);
        QCOMPARE(folded.value(QStringLiteral("level")).toString(), QStringLiteral("error"));
        QVERIFY(folded.value(QStringLiteral("raw")).toString().endsWith(u"(Db.java:10)"));
        QVERIFY(folded.value(QStringLiteral("time")).isString());
    }

    void malformedQueryShowsColumn_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<int>("column");
        QTest::newRow("paren") << QStringLiteral("error AND (x))") << 14;
        QTest::newRow("regex") << QStringLiteral("/time(out/") << 0;
        QTest::newRow("dangling or") << QStringLiteral("error OR") << 0;
    }

    void malformedQueryShowsColumn()
    {
        QFETCH(QString, query);
        QFETCH(int, column);
        const QString path = writeFile(QStringLiteral("q.log"), textLog());
        const Run r = run({QStringLiteral("filter"), QStringLiteral("-q"), query, path});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.out.isEmpty());
        const QString err = QString::fromUtf8(r.err);
        QVERIFY2(err.startsWith(u"tideline-cli: "), qPrintable(err));
        QVERIFY2(err.contains(u"column"), qPrintable(err));
        if (column > 0)
            QVERIFY2(err.contains(QStringLiteral("unexpected ')' at column %1").arg(column)), qPrintable(err));
        const QStringList lines = err.split(u'\n');
        QVERIFY(lines.size() >= 3);
        QCOMPARE(lines.at(1), QStringLiteral("  ") + query);
        const qsizetype caret = lines.at(2).indexOf(u'^');
        QVERIFY(caret >= 2);
        if (column > 0)
            QCOMPARE(caret - 2 + 1, column);
        QVERIFY(caret - 2 < query.size() + 1);
    }

    void filterUsageErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("no file") << QStringList{QStringLiteral("filter"), QStringLiteral("-q"), QStringLiteral("x")} << QStringLiteral("at least one FILE");
        QTest::newRow("bad output") << QStringList{QStringLiteral("filter"), QStringLiteral("--format"), QStringLiteral("xml"), QStringLiteral("f")}
                                    << QStringLiteral("xml");
        QTest::newRow("bad format name") << QStringList{QStringLiteral("filter"), QStringLiteral("--format-name"), QStringLiteral("nope"), QStringLiteral("f")}
                                         << QStringLiteral("nope");
        QTest::newRow("formats with file") << QStringList{QStringLiteral("formats"), QStringLiteral("f")} << QStringLiteral("FILE");
    }

    void filterUsageErrors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const Run r = run(arguments);
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.out.isEmpty());
        QVERIFY2(QString::fromUtf8(r.err).contains(message), r.err.constData());
    }

    void filterMissingFileExitsWithOne()
    {
        const QString good = writeFile(QStringLiteral("g.log"), "a\nb\n");
        const Run r = run({QStringLiteral("filter"), QStringLiteral("--count"), m_dir.filePath(QStringLiteral("missing.log")), good});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains("does not exist"));
        QVERIFY2(r.out.endsWith(":2\n"), r.out.constData());
    }

    void statsReportsFormatTimeAndLevels()
    {
        const QString path = writeFile(QStringLiteral("s.log"), textLog());
        const Run r = run({QStringLiteral("stats"), QStringLiteral("--json"), path});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject object = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(object.value(QStringLiteral("format")).toString(), QStringLiteral("text"));
        QCOMPARE(object.value(QStringLiteral("lines")).toInteger(), 6);
        QCOMPARE(object.value(QStringLiteral("records")).toInteger(), 4);
        QCOMPARE(object.value(QStringLiteral("first_time")).toString(), QStringLiteral("2026-03-14T08:00:00+00:00"));
        QCOMPARE(object.value(QStringLiteral("last_time")).toString(), QStringLiteral("2026-03-14T08:10:00+00:00"));
        const QJsonObject levels = object.value(QStringLiteral("levels")).toObject();
        QCOMPARE(levels.value(QStringLiteral("info")).toInteger(), 2);
        QCOMPARE(levels.value(QStringLiteral("error")).toInteger(), 1);
        QCOMPARE(levels.value(QStringLiteral("warn")).toInteger(), 1);
        QCOMPARE(levels.size(), 3);
        const Run text = run({QStringLiteral("stats"), path});
        QVERIFY2(text.out.contains("format: text, 4 records"), text.out.constData());
        QVERIFY2(text.out.contains("error 1"), text.out.constData());
    }

    void formatsListsBuiltinsAndUserErrors()
    {
        const Run plain = run({QStringLiteral("formats")});
        QCOMPARE(plain.exitCode, 0);
        for (const char *name : {"json", "logfmt", "access-combined", "syslog-rfc3164", "text", "plain"})
            QVERIFY2(plain.out.contains(name), name);
        QTemporaryDir config;
        const QString formats = config.filePath(QStringLiteral("Tideline/tideline/formats"));
        QVERIFY(QDir().mkpath(formats));
        const QString source = qEnvironmentVariable("TIDELINE_SOURCE_DIR") + QStringLiteral("/tests/data/formats/user/");
        QVERIFY(QFile::copy(source + QStringLiteral("good.json"), formats + QStringLiteral("/good.json")));
        QVERIFY(QFile::copy(source + QStringLiteral("broken-syntax.json"), formats + QStringLiteral("/broken-syntax.json")));
        const Run json = run({QStringLiteral("formats"), QStringLiteral("--json")}, {}, config.path());
        QCOMPARE(json.exitCode, 0);
        const QJsonArray array = QJsonDocument::fromJson(json.out).array();
        QVERIFY(array.size() >= 9);
        int users = 0;
        for (const QJsonValue &v : array) {
            QVERIFY(!v.toObject().value(QStringLiteral("name")).toString().isEmpty());
            QVERIFY(!v.toObject().value(QStringLiteral("description")).toString().isEmpty());
            users += v.toObject().value(QStringLiteral("builtin")).toBool() ? 0 : 1;
        }
        QCOMPARE(users, 1);
        QVERIFY2(QString::fromUtf8(json.err).contains(QRegularExpression(QStringLiteral("broken-syntax\\.json:\\d+: "))), json.err.constData());
    }

    void usageErrorsExitWithTwo_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("no command") << QStringList{} << QStringLiteral("missing command");
        QTest::newRow("unknown command") << QStringList{QStringLiteral("frobnicate")} << QStringLiteral("unknown command");
        QTest::newRow("stats without file") << QStringList{QStringLiteral("stats")} << QStringLiteral("at least one FILE");
        QTest::newRow("stats bad option") << QStringList{QStringLiteral("stats"), QStringLiteral("--frob"), QStringLiteral("x")}
                                          << QStringLiteral("frob");
        QTest::newRow("generate without lines") << QStringList{QStringLiteral("generate")} << QStringLiteral("--lines");
        QTest::newRow("generate bad lines") << QStringList{QStringLiteral("generate"), QStringLiteral("--lines"), QStringLiteral("ten")}
                                            << QStringLiteral("--lines");
        QTest::newRow("generate bad format")
            << QStringList{QStringLiteral("generate"), QStringLiteral("--lines"), QStringLiteral("5"), QStringLiteral("--format"),
                           QStringLiteral("xml")}
            << QStringLiteral("xml");
        QTest::newRow("generate negative lines")
            << QStringList{QStringLiteral("generate"), QStringLiteral("--lines"), QStringLiteral("-5")} << QStringLiteral("--lines");
        QTest::newRow("generate too many lines")
            << QStringList{QStringLiteral("generate"), QStringLiteral("--lines"), QStringLiteral("99999999999999999999999")}
            << QStringLiteral("--lines");
        QTest::newRow("generate bad seed")
            << QStringList{QStringLiteral("generate"), QStringLiteral("--lines"), QStringLiteral("5"), QStringLiteral("--seed"),
                           QStringLiteral("abc")}
            << QStringLiteral("--seed");
        QTest::newRow("generate with a file")
            << QStringList{QStringLiteral("generate"), QStringLiteral("--lines"), QStringLiteral("2"), QStringLiteral("extra")}
            << QStringLiteral("-o FILE");
        QTest::newRow("generate unknown option")
            << QStringList{QStringLiteral("generate"), QStringLiteral("--lines"), QStringLiteral("2"), QStringLiteral("--frob")}
            << QStringLiteral("frob");
    }

    void usageErrorsExitWithTwo()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const Run r = run(arguments);
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.out.isEmpty());
        QVERIFY2(QString::fromUtf8(r.err).contains(message), r.err.constData());
    }

    /// A German user gets the German catalogue (it is complete, see
    /// translations_complete), from the catalogue compiled into the binary.
    void germanMessagesForAGermanUser()
    {
        QProcess process;
        process.setProgram(qEnvironmentVariable("TIDELINE_BIN_DIR") + QStringLiteral("/tideline-cli"));
        process.setArguments({QStringLiteral("stats"), m_dir.filePath(QStringLiteral("nicht-da.log"))});
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const QString &name : {QStringLiteral("LC_ALL"), QStringLiteral("LC_MESSAGES"), QStringLiteral("LANGUAGE")})
            env.remove(name);
        env.insert(QStringLiteral("LANG"), QStringLiteral("de_DE.UTF-8"));
        process.setProcessEnvironment(env);
        process.start();
        QVERIFY(process.waitForFinished(60000));
        QCOMPARE(process.exitCode(), 1);
        const QString err = QString::fromUtf8(process.readAllStandardError());
        QVERIFY2(err.contains(QStringLiteral("nicht-da.log")), qPrintable(err));
        QVERIFY2(err.contains(QStringLiteral("existiert nicht")), qPrintable(err));
    }

    void generateIsDeterministic()
    {
        const QStringList args{QStringLiteral("generate"), QStringLiteral("--lines"), QStringLiteral("2000"),
                               QStringLiteral("--seed"), QStringLiteral("9")};
        const Run a = run(args);
        const Run b = run(args);
        QCOMPARE(a.exitCode, 0);
        QCOMPARE(a.out.count('\n'), 2000);
        QCOMPARE(a.out, b.out);
        const Run c = run({QStringLiteral("generate"), QStringLiteral("--lines"), QStringLiteral("2000"),
                           QStringLiteral("--seed"), QStringLiteral("10")});
        QVERIFY(a.out != c.out);
    }

    void generateToFileThenStats_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<int>("lines");
        QTest::addColumn<QString>("detected");
        QTest::addColumn<int>("records"); // -1: fewer than lines (folded stack traces)
        QTest::newRow("access") << QStringLiteral("access") << 12345 << QStringLiteral("access-combined") << 12345;
        QTest::newRow("json") << QStringLiteral("json") << 1 << QStringLiteral("json") << 1;
        QTest::newRow("syslog") << QStringLiteral("syslog") << 0 << QStringLiteral("plain") << 0;
        QTest::newRow("mixed") << QStringLiteral("mixed") << 30000 << QStringLiteral("json") << -1;
    }

    void generateToFileThenStats()
    {
        QFETCH(QString, format);
        QFETCH(int, lines);
        const QString path = m_dir.filePath(format + QStringLiteral(".log"));
        const Run gen = run({QStringLiteral("generate"), QStringLiteral("--lines"), QString::number(lines),
                             QStringLiteral("--format"), format, QStringLiteral("-o"), path});
        QCOMPARE(gen.exitCode, 0);
        const Run stats = run({QStringLiteral("stats"), QStringLiteral("--json"), path});
        QCOMPARE(stats.exitCode, 0);
        const QJsonObject object = QJsonDocument::fromJson(stats.out).object();
        QCOMPARE(object.value(QStringLiteral("lines")).toInteger(), lines);
        QCOMPARE(object.value(QStringLiteral("bytes")).toInteger(), QFile(path).size());
        QCOMPARE(object.value(QStringLiteral("file")).toString(), path);
        QVERIFY(object.contains(QStringLiteral("index_ms")));
        QVERIFY(object.value(QStringLiteral("rss_anon_bytes")).toInteger() > 0);
        QFETCH(QString, detected);
        QCOMPARE(object.value(QStringLiteral("format")).toString(), detected);
        QFETCH(int, records);
        if (records >= 0)
            QCOMPARE(object.value(QStringLiteral("records")).toInteger(), records);
        else
            QVERIFY(object.value(QStringLiteral("records")).toInteger() < lines);
        qint64 levelSum = 0;
        const QJsonObject levels = object.value(QStringLiteral("levels")).toObject();
        for (auto it = levels.begin(); it != levels.end(); ++it) {
            QVERIFY2(it.value().toInteger() > 0, qPrintable(it.key()));
            levelSum += it.value().toInteger();
        }
        QCOMPARE(levelSum, object.value(QStringLiteral("records")).toInteger());
        QCOMPARE(object.value(QStringLiteral("first_time")).isNull(), lines == 0);
        if (lines > 0) {
            QVERIFY2(object.value(QStringLiteral("first_time")).toString().startsWith(u"2026-03-14T08:00:"), stats.out.constData());
            QVERIFY(object.value(QStringLiteral("last_time")).toString() >= object.value(QStringLiteral("first_time")).toString());
        }
    }

    void statsCountsALastLineWithoutNewline()
    {
        const QString path = m_dir.filePath(QStringLiteral("nonl.log"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("one\r\ntwo\r\nthree");
        file.close();
        const Run stats = run({QStringLiteral("stats"), path});
        QCOMPARE(stats.exitCode, 0);
        QVERIFY2(stats.out.contains(": 3 lines, 15 bytes"), stats.out.constData());
    }

    void unreadableFileExitsWithOneButGoesOn()
    {
        const QString good = m_dir.filePath(QStringLiteral("good.log"));
        QFile file(good);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("a\nb\n");
        file.close();
        const Run r = run({QStringLiteral("stats"), m_dir.filePath(QStringLiteral("missing.log")), m_dir.path(), good});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains("does not exist"));
        QVERIFY(r.err.contains("is a folder"));
        QVERIFY(r.out.contains(": 2 lines"));
    }
    void utf16InputIsReadAsText_data()
    {
        QTest::addColumn<int>("encoding");
        QTest::newRow("utf-16le") << int(QStringConverter::Utf16LE);
        QTest::newRow("utf-16be") << int(QStringConverter::Utf16BE);
    }

    void utf16InputIsReadAsText()
    {
        QFETCH(int, encoding);
        QStringEncoder encoder(QStringConverter::Encoding(encoding), QStringConverter::Flag::WriteBom);
        const QString text = QStringLiteral("2026-03-14 08:00:01 INFO grüße\r\n2026-03-14 08:00:02 ERROR kaputt €\r\n");
        const QString path = m_dir.filePath(QString::fromLatin1(QTest::currentDataTag()) + QStringLiteral(".log"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(encoder.encode(text));
        file.close();
        const Run stats = run({QStringLiteral("stats"), QStringLiteral("--json"), path});
        QCOMPARE(stats.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(stats.out).object().value(QStringLiteral("lines")).toInteger(), 2);
        const Run filtered = run({QStringLiteral("filter"), QStringLiteral("-q"), QStringLiteral("level:error"), path});
        QCOMPARE(filtered.exitCode, 0);
        QCOMPARE(QString::fromUtf8(filtered.out), QStringLiteral("2026-03-14 08:00:02 ERROR kaputt €\r\n"));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
