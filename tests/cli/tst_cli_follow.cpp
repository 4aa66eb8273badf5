// SPDX-FileCopyrightText: 2026 Tideline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

/// `tideline-cli filter FILE --follow`: the real binary follows a real file
/// while the test appends, rotates and truncates it, and stops on a signal
/// or at the end of standard input.
class TestCliFollow : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    static QByteArray record(const char *level, const QByteArray &text)
    {
        return QByteArray("2026-03-14 08:00:00,000 ") + level + " [main] app.Svc - " + text + '\n';
    }

    static void put(const QString &path, const QByteArray &data, QIODevice::OpenMode mode = QIODevice::Append)
    {
        QFile file(path);
        if (!file.open(mode) || file.write(data) != data.size())
            qFatal("cannot write %s", qPrintable(path));
    }

    static void start(QProcess &process, const QStringList &arguments)
    {
        process.setProgram(qEnvironmentVariable("TIDELINE_BIN_DIR") + QStringLiteral("/tideline-cli"));
        process.setArguments(arguments);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("TZ"), QStringLiteral("UTC"));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), QDir::tempPath() + QStringLiteral("/tideline-cli-test-none"));
        env.insert(QStringLiteral("XDG_CACHE_HOME"), QDir::tempPath() + QStringLiteral("/tideline-cli-follow-cache"));
        process.setProcessEnvironment(env);
        process.start();
    }

    /// Reads @p process's output into @p out until it holds @p text.
    static bool waitForOutput(QProcess &process, QByteArray &out, const QByteArray &text)
    {
        return QTest::qWaitFor([&] {
            out += process.readAllStandardOutput();
            return out.contains(text);
        }, 20000);
    }

private Q_SLOTS:
    void printsMatchesThroughRotationAndTruncation_data()
    {
        QTest::addColumn<int>("stopSignal");
        QTest::newRow("SIGTERM") << int(SIGTERM);
        QTest::newRow("SIGINT") << int(SIGINT);
    }

    void printsMatchesThroughRotationAndTruncation()
    {
        QFETCH(int, stopSignal);
        const QString path = m_dir.filePath(QStringLiteral("follow-%1.log").arg(stopSignal));
        put(path, record("ERROR", "a") + record("INFO", "b"), QIODevice::WriteOnly);
        QProcess process;
        start(process, {QStringLiteral("filter"), path, QStringLiteral("--follow"), QStringLiteral("--from-start"), QStringLiteral("-q"),
                        QStringLiteral("level:error")});
        QVERIFY(process.waitForStarted());
        QByteArray out;
        QVERIFY2(waitForOutput(process, out, "- a\n"), process.readAllStandardError().constData());

        put(path, record("INFO", "c") + record("ERROR", "d") + "2026-03-14 08:00:00,000 ERROR [main] app.Svc - hal");
        QVERIFY(waitForOutput(process, out, "- d\n"));
        put(path, "f\n"); // the half-written line, completed
        QVERIFY(waitForOutput(process, out, "- half\n"));

        QVERIFY(QFile::rename(path, path + QStringLiteral(".1")));
        put(path, record("WARN", "e") + record("ERROR", "f"), QIODevice::WriteOnly);
        QVERIFY(waitForOutput(process, out, "- f\n"));

        QVERIFY(QFile::resize(path, 0));
        put(path, record("ERROR", "g"));
        QVERIFY(waitForOutput(process, out, "- g\n"));

        QCOMPARE(out, record("ERROR", "a") + record("ERROR", "d") + record("ERROR", "half") + record("ERROR", "f") + record("ERROR", "g"));
        ::kill(pid_t(process.processId()), stopSignal);
        QVERIFY(process.waitForFinished(20000));
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(process.exitCode(), 0);
        const QByteArray err = process.readAllStandardError();
        QVERIFY2(err.contains("file rotated at") && err.contains("file truncated at"), err.constData());
    }

    /// Whether the follow mirror of the running CLI (in its cache folder)
    /// holds @p text yet: then the CLI has read it, and what is written
    /// next arrives in a later follow step.
    static bool mirrorHolds(const QByteArray &text)
    {
        QDirIterator it(QDir::tempPath() + QStringLiteral("/tideline-cli-follow-cache"), {QStringLiteral("follow-*")}, QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile mirror(it.next());
            if (mirror.open(QIODevice::ReadOnly) && mirror.readAll().contains(text))
                return true;
        }
        return false;
    }

    void lateContinuationLinesStayWithTheirRecord_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<QByteArray>("expected");
        const QByteArray frameOne = "\tat Frame.one(App.java:1)\n";
        QTest::newRow("raw") << QStringLiteral("raw")
                             << record("ERROR", "timeout a") + frameOne + record("ERROR", "timeout b") + record("ERROR", "timeout c");
        QByteArray jsonl;
        for (const char *text : {"timeout a", "timeout b", "timeout c"})
            jsonl += "app.Svc - " + QByteArray(text) + '\n';
        QTest::newRow("jsonl") << QStringLiteral("jsonl") << jsonl;
    }

    /// A stack frame written after its record was printed belongs to that
    /// record: printed after it (raw) when the record matched, never as a
    /// record of its own.
    void lateContinuationLinesStayWithTheirRecord()
    {
        QFETCH(QString, format);
        QFETCH(QByteArray, expected);
        const QString path = m_dir.filePath(QStringLiteral("late-%1.log").arg(format));
        put(path, record("ERROR", "timeout a"), QIODevice::WriteOnly);
        QProcess process;
        start(process, {QStringLiteral("filter"), path, QStringLiteral("--follow"), QStringLiteral("--from-start"), QStringLiteral("--format"),
                        format, QStringLiteral("-q"), QStringLiteral("timeout")});
        QVERIFY(process.waitForStarted());
        QByteArray out;
        QVERIFY2(waitForOutput(process, out, "timeout a"), process.readAllStandardError().constData());

        put(path, "\tat Frame.one(App.java:1)\n"); // of the record printed, which matched
        QVERIFY(QTest::qWaitFor([] { return mirrorHolds("Frame.one"); }, 20000));
        put(path, record("ERROR", "timeout b"));
        QVERIFY(waitForOutput(process, out, "timeout b"));

        put(path, record("INFO", "quiet"));
        QVERIFY(QTest::qWaitFor([] { return mirrorHolds("- quiet\n"); }, 20000));
        put(path, "\tat timeout.Frame.two(App.java:2)\n"); // of the record that did not match
        QVERIFY(QTest::qWaitFor([] { return mirrorHolds("Frame.two"); }, 20000));
        put(path, record("ERROR", "timeout c"));
        QVERIFY(waitForOutput(process, out, "timeout c"));

        process.terminate();
        QVERIFY(process.waitForFinished(20000));
        out += process.readAllStandardOutput();
        QCOMPARE(process.exitCode(), 0);
        if (format == u"jsonl") { // one object per record: compare the messages
            QByteArray messages;
            for (const QByteArray &line : out.split('\n'))
                if (!line.isEmpty())
                    messages += QJsonDocument::fromJson(line).object().value(QStringLiteral("message")).toString().toUtf8() + '\n';
            out = messages;
        }
        QCOMPARE(out, expected);
    }

    /// A regex that backtracks without end stops the follow as a bad query would.
    void tooExpensiveQueryEndsTheFollow()
    {
        const QString path = m_dir.filePath(QStringLiteral("redos.log"));
        put(path, record("ERROR", QByteArray(40, 'a') + '!'), QIODevice::WriteOnly);
        QProcess process;
        start(process, {QStringLiteral("filter"), path, QStringLiteral("--follow"), QStringLiteral("--from-start"), QStringLiteral("-q"),
                        QStringLiteral("/(a+)+$/")});
        QVERIFY(process.waitForFinished(20000));
        QCOMPARE(process.exitCode(), 2);
        const QByteArray err = process.readAllStandardError();
        QVERIFY2(err.contains("query too expensive: the regex /(a+)+$/ backtracks too much; make it more specific"), err.constData());
        QCOMPARE(process.readAllStandardOutput(), QByteArray());
    }

    void startsAtTheEndByDefault()
    {
        const QString path = m_dir.filePath(QStringLiteral("fromend.log"));
        put(path, record("ERROR", "old"), QIODevice::WriteOnly);
        QProcess process;
        start(process, {QStringLiteral("filter"), path, QStringLiteral("-f"), QStringLiteral("-q"), QStringLiteral("probe")});
        QVERIFY(process.waitForStarted());
        QByteArray out;
        // Until it has read the file once, what is appended counts as old: probe until a line comes through.
        int probes = 0;
        QVERIFY(QTest::qWaitFor([&] {
            put(path, record("INFO", "probe " + QByteArray::number(++probes)));
            out += process.readAllStandardOutput();
            return out.contains("probe");
        }, 20000));
        QVERIFY(!out.contains("old"));
        process.terminate();
        QVERIFY(process.waitForFinished(20000));
        QCOMPARE(process.exitCode(), 0);
    }

    void standardInputEndsTheFollow()
    {
        QProcess process;
        start(process, {QStringLiteral("filter"), QStringLiteral("-"), QStringLiteral("--follow"), QStringLiteral("-q"),
                        QStringLiteral("level:error")});
        QVERIFY(process.waitForStarted());
        process.write(record("ERROR", "one") + record("INFO", "two"));
        QByteArray out;
        QVERIFY(waitForOutput(process, out, "- one\n"));
        process.write(record("ERROR", "three") + "2026-03-14 08:00:00,000 ERROR [main] app.Svc - last, no newline");
        process.closeWriteChannel();
        QVERIFY(process.waitForFinished(20000));
        out += process.readAllStandardOutput();
        QCOMPARE(process.exitCode(), 0);
        QCOMPARE(out, record("ERROR", "one") + record("ERROR", "three") + "2026-03-14 08:00:00,000 ERROR [main] app.Svc - last, no newline");
    }

    void followNeedsOneFileAndStandardOutput_data()
    {
        QTest::addColumn<QStringList>("extra");
        QTest::newRow("two files") << QStringList{QStringLiteral("other.log")};
        QTest::newRow("count") << QStringList{QStringLiteral("--count")};
        QTest::newRow("output file") << QStringList{QStringLiteral("-o"), QStringLiteral("out.log")};
    }

    void followNeedsOneFileAndStandardOutput()
    {
        QFETCH(QStringList, extra);
        const QString path = m_dir.filePath(QStringLiteral("usage.log"));
        put(path, record("INFO", "x"), QIODevice::WriteOnly);
        QProcess process;
        start(process, QStringList{QStringLiteral("filter"), path, QStringLiteral("--follow")} + extra);
        QVERIFY(process.waitForFinished(20000));
        QCOMPARE(process.exitCode(), 2);
        QVERIFY(process.readAllStandardError().contains("--follow"));
    }
};

QTEST_GUILESS_MAIN(TestCliFollow)
#include "tst_cli_follow.moc"
