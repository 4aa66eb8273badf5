// SPDX-FileCopyrightText: 2026 Tideline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

/// Runs the real `tideline-cli watch` on generated logs: replayed with
/// --from-start --once, and followed while lines are appended.
class TestCliWatch : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    struct Run
    {
        int exitCode;
        QList<QJsonObject> events;
        QByteArray err;
    };

    static QString program() { return qEnvironmentVariable("TIDELINE_BIN_DIR") + QStringLiteral("/tideline-cli"); }

    static QProcessEnvironment environment()
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("TZ"), QStringLiteral("UTC"));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), QDir::tempPath() + QStringLiteral("/tideline-cli-test-none"));
        return env;
    }

    static QList<QJsonObject> parseEvents(const QByteArray &out)
    {
        QList<QJsonObject> events;
        for (const QByteArray &line : out.split('\n')) {
            if (line.isEmpty())
                continue;
            const QJsonDocument doc = QJsonDocument::fromJson(line);
            if (!doc.isObject())
                qFatal("not a JSON line: %s", line.constData());
            events << doc.object();
        }
        return events;
    }

    static Run run(const QStringList &arguments)
    {
        QProcess process;
        process.setProgram(program());
        process.setArguments(arguments);
        process.setProcessEnvironment(environment());
        process.start();
        if (!process.waitForFinished(60000))
            qFatal("tideline-cli did not finish");
        return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1, parseEvents(process.readAllStandardOutput()),
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

    QString rulesFile(const QByteArray &rules) { return writeFile(QStringLiteral("rules.json"), "{\"version\":1,\"rules\":[" + rules + "]}"); }

    static QString example(const char *name)
    {
        return qEnvironmentVariable("TIDELINE_SOURCE_DIR") + QStringLiteral("/resources/examples/") + QString::fromLatin1(name);
    }

    static qint64 secondsOf(const QJsonObject &event)
    {
        return QDateTime::fromString(event.value(QStringLiteral("time")).toString(), Qt::ISODateWithMs).toSecsSinceEpoch();
    }

    /// Access lines at @p perSecond per second for @p seconds from @p start (seconds since the epoch).
    static void appendTraffic(QByteArray &out, qint64 &start, int seconds, int perSecond)
    {
        for (int s = 0; s < seconds; ++s, ++start) {
            const QByteArray stamp = QDateTime::fromSecsSinceEpoch(start, QTimeZone::UTC).toString(QStringLiteral("dd/MMM/yyyy:HH:mm:ss")).toLatin1();
            for (int i = 0; i < perSecond; ++i)
                out += "203.0.113.7 - - [" + stamp + " +0000] \"GET /index.html HTTP/1.1\" 200 512 \"-\" \"curl/8.5.0\"\n";
        }
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    /// GlanceMetrics' default rule on traffic that rises from 5/s to 20/s for
    /// three minutes: triggered once the 120 s average passes 10/s (40 s
    /// into the rise), recovered once it is back at 9/s (88 s after it).
    void httpRateExample()
    {
        const qint64 t0 = 1773475200; // 2026-03-14T08:00:00Z
        qint64 t = t0;
        QByteArray log;
        appendTraffic(log, t, 300, 5);
        appendTraffic(log, t, 180, 20);
        appendTraffic(log, t, 300, 5);
        const QString path = writeFile(QStringLiteral("traffic.log"), log);
        const Run r = run({QStringLiteral("watch"), path, QStringLiteral("--rules"), example("http-rate.json"), QStringLiteral("--from-start"),
                           QStringLiteral("--once")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.events.size(), 2);
        const QJsonObject &triggered = r.events[0];
        QCOMPARE(triggered.value(QStringLiteral("rule")).toString(), QStringLiteral("high-traffic"));
        QCOMPARE(triggered.value(QStringLiteral("event")).toString(), QStringLiteral("triggered"));
        QCOMPARE(secondsOf(triggered) - t0, 340); // (220, 340]: 5·79 + 20·41 = 1215 > 1200
        QCOMPARE(triggered.value(QStringLiteral("value")).toDouble(), 10.125);
        QCOMPARE(triggered.value(QStringLiteral("time")).toString(), QStringLiteral("2026-03-14T08:05:40+00:00"));
        QCOMPARE(triggered.value(QStringLiteral("line")).toInteger(), 5 * 300 + 20 * 41);
        QCOMPARE(triggered.value(QStringLiteral("file")).toString(), path);
        const QJsonObject &recovered = r.events[1];
        QCOMPARE(recovered.value(QStringLiteral("event")).toString(), QStringLiteral("recovered"));
        QCOMPARE(secondsOf(recovered) - t0, 567); // (447, 567]: 20·32 + 5·88 = 1080 = 9/s
        QCOMPARE(recovered.value(QStringLiteral("value")).toDouble(), 9.0);
    }

    /// `generate --format access` has an error burst every ten minutes
    /// (second 300 to 340 of each): a rate rule on 5xx fires in each.
    void generatedBursts()
    {
        const QString path = m_dir.filePath(QStringLiteral("access.log"));
        QProcess gen;
        gen.setProcessEnvironment(environment());
        gen.start(program(), {QStringLiteral("generate"), QStringLiteral("--lines"), QStringLiteral("10000"), QStringLiteral("--format"),
                              QStringLiteral("access"), QStringLiteral("-o"), path});
        QVERIFY(gen.waitForFinished(60000));
        QCOMPARE(gen.exitCode(), 0);
        const QString rules = rulesFile("{\"name\":\"5xx\",\"kind\":\"rate\",\"query\":\"status:>=500\",\"window\":60,\"threshold\":1},"
                                        "{\"name\":\"5xx-burst\",\"kind\":\"pattern\",\"query\":\"status:>=500\",\"count\":20,\"within\":60,\"cooldown\":300}");
        const Run r = run({QStringLiteral("watch"), path, QStringLiteral("--rules"), rules, QStringLiteral("--from-start"), QStringLiteral("--once")});
        QCOMPARE(r.exitCode, 0);
        const qint64 t0 = 1773475200;
        QStringList seen;
        for (const QJsonObject &e : r.events) {
            const qint64 second = secondsOf(e) - t0;
            const QString what = e.value(QStringLiteral("rule")).toString() + u' ' + e.value(QStringLiteral("event")).toString();
            seen << QStringLiteral("%1@%2").arg(what).arg(second / 600);
            const qint64 ofCycle = second % 600;
            if (what == u"5xx recovered")
                QVERIFY2(ofCycle > 340 && ofCycle <= 400, qPrintable(what + QString::number(second)));
            else
                QVERIFY2(ofCycle >= 300 && ofCycle <= 340, qPrintable(what + QString::number(second)));
        }
        // ~2000 s of log: bursts at 300, 900 and 1500 s
        const QStringList expected{QStringLiteral("5xx-burst fired@0"), QStringLiteral("5xx triggered@0"), QStringLiteral("5xx recovered@0"),
                                   QStringLiteral("5xx-burst fired@1"), QStringLiteral("5xx triggered@1"), QStringLiteral("5xx recovered@1"),
                                   QStringLiteral("5xx-burst fired@2"), QStringLiteral("5xx triggered@2"), QStringLiteral("5xx recovered@2")};
        QCOMPARE(seen, expected);
    }

    void errors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        const QString log = m_dir.filePath(QStringLiteral("errors.log"));
        QFile::remove(log);
        QFile file(log);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("2026-03-14 08:00:00,000 INFO  [main] app.Boot - started\n");
        file.close();
        const QString bad = writeFile(QStringLiteral("bad.json"), "{\"version\":1,\"rules\":[{\"name\":\"ok\",\"kind\":\"absence\"},"
                                                                  "{\"name\":\"api-errors\",\"kind\":\"rate\",\"threshold\":0}]}");
        const QString badQuery = writeFile(QStringLiteral("badquery.json"),
                                           "{\"version\":1,\"rules\":[{\"name\":\"q\",\"kind\":\"pattern\",\"query\":\"(level:error\"}]}");
        QTest::newRow("no rules") << QStringList{QStringLiteral("watch"), log} << 2 << "watch needs --rules RULES.json";
        QTest::newRow("no file") << QStringList{QStringLiteral("watch"), QStringLiteral("--rules"), bad} << 2 << "watch needs at least one FILE";
        QTest::newRow("bad rule") << QStringList{QStringLiteral("watch"), log, QStringLiteral("--rules"), bad, QStringLiteral("--once")} << 2
                                  << bad + QStringLiteral(": rule 2 “api-errors”: “threshold” must be a positive number");
        QTest::newRow("bad query") << QStringList{QStringLiteral("watch"), log, QStringLiteral("--rules"), badQuery, QStringLiteral("--once")}
                                   << 2 << badQuery + QStringLiteral(": rule 1 “q”: query: ");
        QTest::newRow("missing rules file") << QStringList{QStringLiteral("watch"), log, QStringLiteral("--rules"), m_dir.filePath(QStringLiteral("none.json"))}
                                            << 2 << QStringLiteral("cannot read the rules file");
        QTest::newRow("missing log") << QStringList{QStringLiteral("watch"), m_dir.filePath(QStringLiteral("none.log")), QStringLiteral("--rules"),
                                                    example("quiet-source.json"), QStringLiteral("--once")}
                                     << 1 << QStringLiteral("none.log");
    }
    void errors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        const Run r = run(arguments);
        QCOMPARE(r.exitCode, exitCode);
        QVERIFY2(QString::fromUtf8(r.err).contains(message), r.err.constData());
        QVERIFY(r.events.isEmpty());
    }

    /// Without --from-start: starts at the end, reports only what is appended,
    /// with its line number, and ends cleanly on SIGTERM.
    void followsAppendedLines()
    {
        const QString path = writeFile(QStringLiteral("app.log"),
                                       "{\"ts\":\"2026-03-14T08:00:00Z\",\"level\":\"error\",\"service\":\"payments\",\"msg\":\"old\"}\n"
                                       "{\"ts\":\"2026-03-14T08:00:01Z\",\"level\":\"info\",\"service\":\"payments\",\"msg\":\"ok\"}\n");
        QProcess process;
        process.setProcessEnvironment(environment());
        process.start(program(), {QStringLiteral("watch"), path, QStringLiteral("--rules"), example("payments-errors.json")});
        QVERIFY(process.waitForStarted());
        // Append a non-payments error and a payments error until watch reports
        // (it may still be starting); each pair gives the payments error an even line.
        QFile file(path);
        QVERIFY(file.open(QIODevice::Append));
        QByteArray out;
        for (int attempt = 0; attempt < 20 && !out.contains('\n'); ++attempt) {
            file.write("{\"ts\":\"2026-03-14T08:00:02Z\",\"level\":\"error\",\"service\":\"auth\",\"msg\":\"other\"}\n"
                       "{\"ts\":\"2026-03-14T08:00:03Z\",\"level\":\"error\",\"service\":\"payments\",\"msg\":\"declined\"}\n");
            file.flush();
            process.waitForReadyRead(1000);
            out += process.readAllStandardOutput();
        }
        file.close();
        QTest::qWait(500);
        out += process.readAllStandardOutput();
        const QList<QJsonObject> events = parseEvents(out);
        QCOMPARE(events.size(), 1); // the cooldown (60 s) holds back the rest
        QCOMPARE(events[0].value(QStringLiteral("rule")).toString(), QStringLiteral("payments-errors"));
        QCOMPARE(events[0].value(QStringLiteral("event")).toString(), QStringLiteral("fired"));
        const qint64 line = events[0].value(QStringLiteral("line")).toInteger();
        QVERIFY2(line >= 4 && line % 2 == 0, qPrintable(QString::number(line))); // not line 1, which was there before
        QVERIFY(events[0].value(QStringLiteral("text")).toString().contains(QStringLiteral("declined")));
        process.terminate();
        QVERIFY(process.waitForFinished(5000));
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(process.exitCode(), 0);
    }
};

QTEST_GUILESS_MAIN(TestCliWatch)
#include "tst_cli_watch.moc"
