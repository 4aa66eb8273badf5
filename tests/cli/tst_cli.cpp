// SPDX-FileCopyrightText: 2026 Tideline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
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

    static Run run(const QStringList &arguments)
    {
        QProcess process;
        process.setProgram(qEnvironmentVariable("TIDELINE_BIN_DIR") + QStringLiteral("/tideline-cli"));
        process.setArguments(arguments);
        process.start();
        if (!process.waitForFinished(60000))
            qFatal("tideline-cli did not finish");
        return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1, process.readAllStandardOutput(),
                process.readAllStandardError()};
    }

private Q_SLOTS:
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
        QTest::newRow("access") << QStringLiteral("access") << 12345;
        QTest::newRow("json") << QStringLiteral("json") << 1;
        QTest::newRow("syslog") << QStringLiteral("syslog") << 0;
        QTest::newRow("mixed") << QStringLiteral("mixed") << 30000;
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
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
