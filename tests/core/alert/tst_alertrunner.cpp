// SPDX-FileCopyrightText: 2026 Tideline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "alert/alertengine.h"
#include "alert/alertfilereader.h"
#include "alert/alertrulesloader.h"
#include "alert/alertrunner.h"
#include "gen/loggenerator.h"
#include "index/logfile.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <fcntl.h>
#include <unistd.h>

/// AlertRunner: the replay in the background equals a synchronous run;
/// appended bytes are read incrementally; new rules start over.
class TestAlertRunner : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    static std::vector<AlertRule> rules()
    {
        const QByteArray json = "{\"version\": 1, \"rules\": ["
            "{\"name\": \"5xx\", \"kind\": \"rate\", \"query\": \"status:>=500\", \"window\": 60, \"threshold\": 1},"
            "{\"name\": \"503\", \"kind\": \"pattern\", \"query\": \"status:503\", \"count\": 10, \"within\": 30, \"cooldown\": 120}]}";
        return *AlertRulesLoader::parse(json, QStringLiteral("test"), 0);
    }

    static QByteArray generated(qint64 lines)
    {
        GeneratorOptions options;
        options.format = GeneratorFormat::Access;
        LogGenerator generator(options);
        QByteArray out;
        for (qint64 i = 0; i < lines; ++i)
            generator.appendRecord(out);
        return out;
    }

    /// The events of a synchronous run over @p path.
    static QList<AlertEvent> direct(const QString &path, const LogFile &file)
    {
        QList<AlertEvent> events;
        AlertEngine engine(rules(), [&](const AlertEvent &e) { events << e; });
        const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY);
        AlertFileReader reader(fd, *file.format(), file.timeContext(), engine);
        (void)reader.read(file.sizeBytes(), AlertFileReader::End::FlushAll);
        engine.advanceTo(engine.clock());
        ::close(fd);
        return events;
    }

    static QList<AlertEvent> eventsOf(const QSignalSpy &spy)
    {
        QList<AlertEvent> events;
        for (const QList<QVariant> &arguments : spy) {
            for (const AlertOccurrence &occurrence : arguments.at(0).value<QList<AlertOccurrence>>())
                events << occurrence.event;
        }
        return events;
    }

    static bool sameEvents(const QList<AlertEvent> &a, const QList<AlertEvent> &b)
    {
        return std::equal(a.begin(), a.end(), b.begin(), b.end(), [](const AlertEvent &x, const AlertEvent &y) {
            return x.ruleName == y.ruleName && x.type == y.type && x.time == y.time && x.line == y.line && x.value == y.value;
        });
    }

private Q_SLOTS:
    void replayEqualsASynchronousRun()
    {
        const QString path = m_dir.filePath(QStringLiteral("replay.log"));
        QFile out(path);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(generated(20000));
        out.close();
        LogFile file;
        QVERIFY(file.open(path));
        AlertRunner runner(&file, rules());
        QSignalSpy occurred(&runner, &AlertRunner::occurred);
        QSignalSpy finished(&runner, &AlertRunner::replayFinished);
        QVERIFY(finished.wait(30000));
        QVERIFY(!runner.isReplaying());
        const QList<AlertEvent> expected = direct(path, file);
        QVERIFY(expected.size() > 5);
        QVERIFY(sameEvents(eventsOf(occurred), expected));
        for (const QList<QVariant> &arguments : occurred)
            QVERIFY(!arguments.at(1).toBool()); // replayed, not live
        QCOMPARE(runner.snapshot().size(), std::size_t(2));
        QVERIFY(!runner.snapshot()[0].samples.isEmpty());

        // New rules: the replay starts over.
        QSignalSpy started(&runner, &AlertRunner::started);
        occurred.clear();
        runner.setRules({rules()[1]});
        QCOMPARE(started.size(), 1);
        QVERIFY(finished.wait(30000));
        QVERIFY(!eventsOf(occurred).isEmpty());
        for (const AlertEvent &event : eventsOf(occurred))
            QCOMPARE(event.ruleName, QStringLiteral("503"));
    }

    void appendedBytesAreReadLive()
    {
        const QByteArray all = generated(12000);
        const qsizetype cut = all.indexOf('\n', all.size() / 3) + 1;
        const QString path = m_dir.filePath(QStringLiteral("live.log"));
        QFile out(path);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(all.first(cut));
        out.flush();
        LogFile file;
        QVERIFY(file.open(path));
        AlertRunner runner(&file, rules());
        runner.setWallClockInterval(3600 * 1000); // log time only; the wall clock is years ahead
        QSignalSpy occurred(&runner, &AlertRunner::occurred);
        QSignalSpy finished(&runner, &AlertRunner::replayFinished);
        QVERIFY(finished.wait(30000));
        out.write(all.sliced(cut));
        out.close();
        // Without following, the file is not re-read: no wall clock, nothing live.
        QTest::qWait(300);
        QVERIFY(std::none_of(occurred.begin(), occurred.end(), [](const QList<QVariant> &a) { return a.at(1).toBool(); }));
        QVERIFY(file.setFollowing(true, 50));
        QTRY_COMPARE_WITH_TIMEOUT(file.lineCount(), 12000, 20000);
        QTRY_VERIFY(std::any_of(occurred.begin(), occurred.end(), [](const QList<QVariant> &a) { return a.at(1).toBool(); }));
    }

    void rulesReadOnAfterRotation()
    {
        const QByteArray all = generated(12000);
        const qsizetype cut = all.indexOf('\n', all.size() / 3) + 1;
        const QString path = m_dir.filePath(QStringLiteral("rotated.log"));
        QFile out(path);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(all.first(cut));
        out.close();
        LogFile file;
        QVERIFY(file.open(path));
        AlertRunner runner(&file, rules());
        runner.setWallClockInterval(3600 * 1000);
        QSignalSpy finished(&runner, &AlertRunner::replayFinished);
        QVERIFY(finished.wait(30000));
        QVERIFY(file.setFollowing(true, 50)); // after the replay: the runner read the original file
        QVERIFY(QFile::rename(path, path + QStringLiteral(".1"))); // logrotate's rename and create
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(all.sliced(cut));
        out.close();
        QTRY_COMPARE_WITH_TIMEOUT(file.lineCount(), 12000, 20000);
        QTRY_COMPARE_WITH_TIMEOUT(runner.readBytes(), file.indexedBytes(), 20000);
    }
};

QTEST_MAIN(TestAlertRunner)
#include "tst_alertrunner.moc"
