// SPDX-FileCopyrightText: 2026 Tideline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

/// tideline-cli filter with --format csv, -o, compression, redaction and
/// compressed input, run as the real binary.
class TestCliExport : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_log;
    QByteArray m_text;

    struct Run
    {
        int exitCode;
        QByteArray out;
        QByteArray err;
    };

    static QString cli() { return qEnvironmentVariable("TIDELINE_BIN_DIR") + QStringLiteral("/tideline-cli"); }

    static Run run(const QStringList &arguments, const QString &shellPrefix = {})
    {
        QProcess process;
        if (shellPrefix.isEmpty()) {
            process.setProgram(cli());
            process.setArguments(arguments);
        } else {
            // e.g. "ulimit -f 4": the limit applies to tideline-cli only.
            QString command = shellPrefix + QStringLiteral("; exec \"$0\" \"$@\"");
            process.setProgram(QStringLiteral("/bin/sh"));
            process.setArguments(QStringList{QStringLiteral("-c"), command, cli()} + arguments);
        }
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("TZ"), QStringLiteral("UTC"));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), QDir::tempPath() + QStringLiteral("/tideline-cli-test-none"));
        process.setProcessEnvironment(env);
        process.start();
        process.closeWriteChannel();
        if (!process.waitForFinished(60000))
            qFatal("tideline-cli did not finish");
        return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1, process.readAllStandardOutput(),
                process.readAllStandardError()};
    }

    static QByteArray readFile(const QString &path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    QString path(const QString &name) const { return m_dir.filePath(name); }

private Q_SLOTS:
    void initTestCase()
    {
        m_log = path(QStringLiteral("app.log"));
        const Run generated = run({QStringLiteral("generate"), QStringLiteral("--lines"), QStringLiteral("30000"), QStringLiteral("--format"),
                                   QStringLiteral("mixed"), QStringLiteral("-o"), m_log});
        QCOMPARE(generated.exitCode, 0);
        m_text = readFile(m_log);
        QVERIFY(m_text.size() > 1000000);
    }

    /// Export with -o in every format and compression, then read the export
    /// back with tideline-cli itself (compressed input): the same records.
    void roundTripThroughCompressedInput_data()
    {
        QTest::addColumn<QString>("suffix");
        QTest::newRow("plain") << QString();
        QTest::newRow("zst") << QStringLiteral(".zst");
        QTest::newRow("gz") << QStringLiteral(".gz");
    }
    void roundTripThroughCompressedInput()
    {
        QFETCH(QString, suffix);
        const QString out = path(QStringLiteral("errors.log") + suffix);
        const QStringList query{QStringLiteral("-q"), QStringLiteral("level:>=warn")};
        const Run exported = run(QStringList{QStringLiteral("filter"), m_log, QStringLiteral("-o"), out} + query);
        QCOMPARE(exported.exitCode, 0);
        const Run counted = run(QStringList{QStringLiteral("filter"), m_log, QStringLiteral("--count")} + query);
        QVERIFY2(exported.err.contains(" " + counted.out.trimmed() + " record"), exported.err.constData());
        const Run direct = run(QStringList{QStringLiteral("filter"), m_log} + query);
        const Run back = run({QStringLiteral("filter"), out});
        QCOMPARE(back.exitCode, 0);
        QVERIFY(back.out == direct.out);
        QVERIFY(!back.out.isEmpty());
        if (!suffix.isEmpty())
            QVERIFY(readFile(out).size() < direct.out.size() / 3);
    }

    void csvAndJsonlToStdout()
    {
        const Run csv = run({QStringLiteral("filter"), m_log, QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("-q"),
                             QStringLiteral("level:error"), QStringLiteral("--columns"), QStringLiteral("line,level,message")});
        QCOMPARE(csv.exitCode, 0);
        QVERIFY(csv.out.startsWith("line,level,message\r\n"));
        const QList<QByteArray> rows = csv.out.split('\n');
        QVERIFY(rows.size() > 3);
        QVERIFY(rows[1].contains(",error,"));
        const Run jsonl = run({QStringLiteral("filter"), m_log, QStringLiteral("--format"), QStringLiteral("jsonl"), QStringLiteral("-q"),
                               QStringLiteral("level:error"), QStringLiteral("-o"), path(QStringLiteral("e.jsonl.gz"))});
        QCOMPARE(jsonl.exitCode, 0);
        const Run back = run({QStringLiteral("filter"), path(QStringLiteral("e.jsonl.gz")), QStringLiteral("-q"), QStringLiteral("level:error")});
        const QJsonObject first = QJsonDocument::fromJson(back.out.split('\n').first()).object();
        QCOMPARE(first.value(QStringLiteral("level")).toString(), QStringLiteral("error"));
        QVERIFY(first.contains(QStringLiteral("raw")));
    }

    void redaction()
    {
        const QString log = path(QStringLiteral("secrets.log"));
        QFile file(log);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("2026-03-14 08:00:00,000 INFO [m] a.B - login bob@example.com from 10.1.2.3 order-42 build 1.2.3\n");
        file.close();
        const Run r = run({QStringLiteral("filter"), log, QStringLiteral("--redact"), QStringLiteral("--redact-regex"), QStringLiteral("order-\\d+")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out, QByteArray("2026-03-14 08:00:00,000 INFO [m] a.B - login [REDACTED] from [REDACTED] [REDACTED] build 1.2.3\n"));
        const Run bad = run({QStringLiteral("filter"), log, QStringLiteral("--redact-regex"), QStringLiteral("(")});
        QCOMPARE(bad.exitCode, 2);
        QVERIFY2(bad.err.contains("column"), bad.err.constData());
    }

    void badOptions_data()
    {
        QTest::addColumn<QStringList>("options");
        QTest::newRow("format") << QStringList{QStringLiteral("--format"), QStringLiteral("xml")};
        QTest::newRow("compress") << QStringList{QStringLiteral("--compress"), QStringLiteral("bzip2")};
        QTest::newRow("level") << QStringList{QStringLiteral("--level"), QStringLiteral("99")};
    }
    void badOptions()
    {
        QFETCH(QStringList, options);
        const Run r = run(QStringList{QStringLiteral("filter"), m_log} + options);
        QCOMPARE(r.exitCode, 2);
        QVERIFY(!r.err.isEmpty());
    }

    void truncatedCompressedInputShowsWhatCameBefore_data()
    {
        QTest::addColumn<QString>("suffix");
        QTest::newRow("zst") << QStringLiteral(".zst");
        QTest::newRow("gz") << QStringLiteral(".gz");
    }
    void truncatedCompressedInputShowsWhatCameBefore()
    {
        QFETCH(QString, suffix);
        const QString full = path(QStringLiteral("all.log") + suffix);
        QCOMPARE(run({QStringLiteral("filter"), m_log, QStringLiteral("-o"), full}).exitCode, 0);
        QByteArray packed = readFile(full);
        packed.truncate(packed.size() / 2);
        const QString cut = path(QStringLiteral("cut.log.1") + suffix);
        QFile file(cut);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(packed);
        file.close();
        const Run r = run({QStringLiteral("filter"), cut});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("ends early, at byte"), r.err.constData());
        QVERIFY(r.out.size() > m_text.size() / 4);
        QVERIFY(m_text.startsWith(r.out.first(r.out.lastIndexOf('\n') + 1)));
    }

    /// A file size limit makes the write fail: a clean error, and the file
    /// that was there before is untouched (QSaveFile).
    void fullDiskKeepsTheOldFile()
    {
        const QString out = path(QStringLiteral("limited.log"));
        QFile old(out);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("the old export\n");
        old.close();
        const Run r = run({QStringLiteral("filter"), m_log, QStringLiteral("-o"), out}, QStringLiteral("ulimit -f 64"));
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("limited.log") && r.err.contains("not changed"), r.err.constData());
        QCOMPARE(readFile(out), QByteArray("the old export\n"));
        QCOMPARE(QDir(m_dir.path()).entryList({QStringLiteral("limited*")}).size(), qsizetype(1));
    }
};

QTEST_GUILESS_MAIN(TestCliExport)
#include "tst_cli_export.moc"
