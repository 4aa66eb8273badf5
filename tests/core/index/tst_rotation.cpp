// SPDX-FileCopyrightText: 2026 Tideline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "index/logfile.h"
#include "model/filteredmodel.h"
#include "model/logtablemodel.h"
#include "query/query.h"
#include "timeline/timelinemodel.h"

#include <QAbstractItemModelTester>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <fcntl.h>
#include <unistd.h>

/// Following real files in a temporary folder through every way a log is
/// rotated or cut: no line lost, none shown twice, a FollowEvent where it
/// happened. The file operations of one scheme run without returning to the
/// event loop while no follow step is under way, so LogFile sees them as
/// logrotate's are seen: all at once, between two polls.
class TestRotation : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString pathOf(const QString &name) const { return m_dir.filePath(name); }

    static void put(const QString &path, const QByteArray &content, QIODevice::OpenMode mode = QIODevice::WriteOnly)
    {
        QFile file(path);
        if (!file.open(mode) || file.write(content) != content.size())
            qFatal("cannot write fixture");
    }

    /// What a writer without O_APPEND does: write at its own offset, whatever
    /// the file's size (past the end: a hole of NULs before the bytes).
    static void writeAt(const QString &path, const QByteArray &content, qint64 offset)
    {
        const int fd = ::open(QFile::encodeName(path).constData(), O_WRONLY | O_CLOEXEC);
        const bool written = fd >= 0 && ::pwrite(fd, content.constData(), size_t(content.size()), offset) == content.size();
        if (fd >= 0)
            ::close(fd);
        if (!written)
            qFatal("cannot write fixture");
    }

    static QByteArray numbered(int from, int count)
    {
        QByteArray out;
        for (int i = from; i < from + count; ++i)
            out += "line " + QByteArray::number(i) + '\n';
        return out;
    }

    static QStringList rows(const LogTableModel &model)
    {
        QStringList out;
        for (int row = 0; row < model.rowCount(); ++row)
            out << model.index(row, 0).data(LogTableModel::RawTextRole).toString();
        return out;
    }

    static QStringList numberedRows(int from, int count)
    {
        QStringList out;
        for (int i = from; i < from + count; ++i)
            out << QStringLiteral("line %1").arg(i);
        return out;
    }

    /// Waits until @p file has @p lines rows and no follow step runs.
    static bool settle(const LogFile &file, const LogTableModel &model, int lines)
    {
        return QTest::qWaitFor([&] { return model.rowCount() == lines && !file.isIndexing(); }, 20000);
    }

    /// A followed file shown in a model that QAbstractItemModelTester checks.
    struct Followed
    {
        LogFile file;
        LogTableModel model{&file};
        QAbstractItemModelTester tester{&model, QAbstractItemModelTester::FailureReportingMode::QtTest};

        /// Opens @p path, follows it (a poll every 20 ms) and waits for its @p lines rows.
        bool follow(const QString &path, int lines)
        {
            return file.open(path) && file.setFollowing(true, 20) && settle(file, model, lines);
        }
    };

private Q_SLOTS:
    void schemes_data()
    {
        QTest::addColumn<QString>("scheme");
        QTest::addColumn<QByteArray>("before");
        QTest::addColumn<QStringList>("expected");
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("markerLine");
        const QByteArray ten = numbered(0, 10);
        const QStringList after = numberedRows(100, 5);
        QTest::newRow("rename and create") << QStringLiteral("rename") << ten << numberedRows(0, 11) + after
                                           << int(FollowEventKind::Rotated) << 11;
        QTest::newRow("rename, old file ends mid-line") << QStringLiteral("rename") << ten + "half"
                                                        << numberedRows(0, 10) + QStringList{QStringLiteral("halfline 10")} + after
                                                        << int(FollowEventKind::Rotated) << 11;
        QTest::newRow("delete and recreate") << QStringLiteral("delete") << ten << numberedRows(0, 10) + after
                                             << int(FollowEventKind::Recreated) << 10;
        QTest::newRow("copytruncate") << QStringLiteral("copytruncate") << ten << numberedRows(0, 10) + after
                                      << int(FollowEventKind::Truncated) << 10;
        QTest::newRow("copytruncate, writer without O_APPEND") << QStringLiteral("sparse") << ten << numberedRows(0, 10) + after
                                                               << int(FollowEventKind::Truncated) << 10;
        QTest::newRow("truncate in place") << QStringLiteral("truncate") << ten << numberedRows(0, 10) + after
                                           << int(FollowEventKind::Truncated) << 10;
        QTest::newRow("truncate, refilled past the old size") << QStringLiteral("refill") << ten
                                                              << numberedRows(0, 10) + numberedRows(100, 20)
                                                              << int(FollowEventKind::Truncated) << 10;
    }

    void schemes()
    {
        QFETCH(QString, scheme);
        QFETCH(QByteArray, before);
        QFETCH(QStringList, expected);
        QFETCH(int, kind);
        QFETCH(int, markerLine);
        const QString path = pathOf(scheme + QStringLiteral(".log"));
        const QString rotated = path + QStringLiteral(".1");
        QFile::remove(rotated);
        put(path, before);
        Followed followed;
        LogFile &file = followed.file;
        LogTableModel &model = followed.model;
        QSignalSpy events(&file, &LogFile::followEventAdded);
        QVERIFY(followed.follow(path, 10));

        // One scheme, all at once (see the class comment).
        if (scheme == u"rename") {
            QVERIFY(QFile::rename(path, rotated));
            put(rotated, "line 10\n", QIODevice::Append); // the writer's last words to the old file
            put(path, numbered(100, 5));
        } else if (scheme == u"delete") {
            QVERIFY(QFile::remove(path));
            put(path, numbered(100, 5));
        } else if (scheme == u"copytruncate") {
            QVERIFY(QFile::copy(path, rotated));
            put(path, {}, QIODevice::WriteOnly | QIODevice::Truncate);
            put(path, numbered(100, 5), QIODevice::Append);
        } else if (scheme == u"sparse") {
            QVERIFY(QFile::copy(path, rotated));
            QVERIFY(QFile::resize(path, 0));
            writeAt(path, numbered(100, 5), before.size()); // NULs up to the writer's old offset
        } else if (scheme == u"truncate") {
            QVERIFY(QFile::resize(path, 0));
            put(path, numbered(100, 5), QIODevice::Append);
        } else {
            put(path, numbered(100, 20), QIODevice::WriteOnly | QIODevice::Truncate);
        }

        QVERIFY(settle(file, model, int(expected.size())));
        QCOMPARE(rows(model), expected);
        QCOMPARE(events.count(), 1);
        QCOMPARE(file.followEvents().size(), std::size_t(1));
        const FollowEvent &event = file.followEvents().front();
        QCOMPARE(int(event.kind), kind);
        QCOMPARE(event.line, qint64(markerLine));
        QVERIFY(qAbs(event.time.secsTo(QDateTime::currentDateTime())) < 600);
        QVERIFY(LogFile::describe(event).contains(event.time.toString(QStringLiteral("HH:mm:ss"))));

        // Later appends go on after the new lines, once.
        put(path, numbered(200, 2), QIODevice::Append);
        QVERIFY(settle(file, model, int(expected.size()) + 2));
        QCOMPARE(rows(model).mid(expected.size()), numberedRows(200, 2));
        QCOMPARE(file.followEvents().size(), std::size_t(1));
    }

    void writerReopensLate_data()
    {
        QTest::addColumn<QString>("scheme");
        QTest::addColumn<int>("kind");
        QTest::newRow("rename and create") << QStringLiteral("rename") << int(FollowEventKind::Rotated);
        QTest::newRow("delete and recreate") << QStringLiteral("delete") << int(FollowEventKind::Recreated);
    }

    /// The new file at the path stays empty while the writer, which has not
    /// reopened yet, goes on appending to the old one through its descriptor.
    void writerReopensLate()
    {
        QFETCH(QString, scheme);
        QFETCH(int, kind);
        const QString path = pathOf(QStringLiteral("late-") + scheme + QStringLiteral(".log"));
        const QString rotated = path + QStringLiteral(".1");
        QFile::remove(rotated);
        put(path, numbered(0, 10));
        QFile writer(path);
        QVERIFY(writer.open(QIODevice::Append | QIODevice::Unbuffered));
        Followed followed;
        LogFile &file = followed.file;
        LogTableModel &model = followed.model;
        QVERIFY(followed.follow(path, 10));

        QVERIFY(scheme == u"rename" ? QFile::rename(path, rotated) : QFile::remove(path));
        QCOMPARE(writer.write(numbered(10, 1)), qint64(8));
        put(path, {}); // created empty, as logrotate's "create" does
        QVERIFY(settle(file, model, 11));
        // The writer never reopened: what it appends keeps arriving, over several polls.
        for (int i = 11; i < 15; ++i) {
            QCOMPARE(writer.write(numbered(i, 1)), qint64(8));
            QVERIFY(settle(file, model, i + 1));
        }
        QCOMPARE(rows(model), numberedRows(0, 15));
        QVERIFY(file.followEvents().empty()); // no switch while the new file is empty

        // Its last words to the old file and its first to the new one, between two polls.
        QCOMPARE(writer.write(numbered(15, 1)), qint64(8));
        writer.close();
        put(path, numbered(100, 5), QIODevice::Append);
        QVERIFY(settle(file, model, 21));
        QCOMPARE(rows(model), numberedRows(0, 16) + numberedRows(100, 5));
        QCOMPARE(file.followEvents().size(), std::size_t(1));
        QCOMPARE(int(file.followEvents().front().kind), kind);
        QCOMPARE(file.followEvents().front().line, qint64(16));

        put(path, numbered(200, 2), QIODevice::Append);
        QVERIFY(settle(file, model, 23));
        QCOMPARE(rows(model).mid(21), numberedRows(200, 2));
        QCOMPARE(file.followEvents().size(), std::size_t(1));
    }

    void nulsAfterTruncation_data()
    {
        QTest::addColumn<bool>("dataLate");
        QTest::addColumn<QByteArray>("written");
        QTest::addColumn<QStringList>("expected");
        const QByteArray five = numbered(100, 5);
        QTest::newRow("hole, then the data") << false << five << numberedRows(0, 10) + numberedRows(100, 5);
        QTest::newRow("hole grown before its data is written") << true << five << numberedRows(0, 10) + numberedRows(100, 5);
        const QString twoNuls(2, QChar(0x2400)); // a NUL is shown as U+2400
        QTest::newRow("NULs after the first data byte stay")
            << false << QByteArray("line 100\n\0\0line 101\n", 20)
            << numberedRows(0, 10) + QStringList{QStringLiteral("line 100"), twoNuls + QStringLiteral("line 101")};
    }

    /// After copytruncate a writer without O_APPEND writes at its old offset:
    /// the hole of NULs before it is not shown, what it writes is, once.
    void nulsAfterTruncation()
    {
        QFETCH(bool, dataLate);
        QFETCH(QByteArray, written);
        QFETCH(QStringList, expected);
        const QString path = pathOf(QStringLiteral("hole-%1.log").arg(QString::fromLatin1(QTest::currentDataTag())));
        const QByteArray ten = numbered(0, 10);
        put(path, ten);
        Followed followed;
        LogFile &file = followed.file;
        LogTableModel &model = followed.model;
        QVERIFY(followed.follow(path, 10));

        QVERIFY(QFile::resize(path, 0));
        if (dataLate) {
            // The size is there, the bytes are not yet: a pump sees only NULs.
            QVERIFY(QFile::resize(path, ten.size() + written.size()));
            QTRY_COMPARE(file.followEvents().size(), std::size_t(1));
            QVERIFY(settle(file, model, 10));
        }
        writeAt(path, written, ten.size());

        QVERIFY(settle(file, model, int(expected.size())));
        QCOMPARE(rows(model), expected);
        QCOMPARE(file.followEvents().size(), std::size_t(1));
        QCOMPARE(int(file.followEvents().front().kind), int(FollowEventKind::Truncated));
        QCOMPARE(file.followEvents().front().line, qint64(10));

        // Cut and written at the old offset again: recognised, and again no NULs.
        const qint64 end = QFileInfo(path).size();
        QVERIFY(QFile::resize(path, 0));
        writeAt(path, numbered(200, 2), end);
        QVERIFY(settle(file, model, int(expected.size()) + 2));
        QCOMPARE(rows(model).mid(expected.size()), numberedRows(200, 2));
        QCOMPARE(file.followEvents().size(), std::size_t(2));
    }

    void manySmallWritesAndPartialLines()
    {
        const QString path = pathOf(QStringLiteral("small.log"));
        put(path, {});
        LogFile file;
        LogTableModel model(&file);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(file.open(path));
        QVERIFY(file.setFollowing(true, 5));
        const QByteArray content = numbered(0, 300);
        QFile writer(path);
        QVERIFY(writer.open(QIODevice::Append | QIODevice::Unbuffered));
        for (qsizetype at = 0; at < content.size(); at += 7) {
            QCOMPARE(writer.write(content.mid(at, 7)), std::min<qsizetype>(7, content.size() - at));
            if (at % 91 == 0)
                QTest::qWait(3); // let some polls see a half-written line
        }
        QVERIFY(settle(file, model, 300));
        QCOMPARE(rows(model), numberedRows(0, 300));
        QVERIFY(file.followEvents().empty());
    }

    void deletedThenReappears()
    {
        const QString path = pathOf(QStringLiteral("gone.log"));
        put(path, numbered(0, 3));
        LogFile file;
        LogTableModel model(&file);
        QVERIFY(file.open(path));
        QVERIFY(file.setFollowing(true, 20));
        QVERIFY(settle(file, model, 3));
        QVERIFY(QFile::remove(path));
        QTRY_COMPARE(file.followEvents().size(), std::size_t(1));
        QCOMPARE(int(file.followEvents()[0].kind), int(FollowEventKind::Deleted));
        QCOMPARE(model.rowCount(), 3); // the lines read stay
        put(path, numbered(50, 2));
        QVERIFY(settle(file, model, 5));
        QCOMPARE(rows(model), numberedRows(0, 3) + numberedRows(50, 2));
        QCOMPARE(file.followEvents().size(), std::size_t(2));
        QCOMPARE(int(file.followEvents()[1].kind), int(FollowEventKind::Recreated));
        QCOMPARE(file.followEvents()[1].line, qint64(3));
    }

    void replacedWhileTheFirstScanRuns()
    {
        const QString path = pathOf(QStringLiteral("busy.log"));
        put(path, numbered(0, 50000));
        LogFile file;
        file.setIndexOptions({1, 4096, 4096}); // a long first scan
        LogTableModel model(&file);
        QVERIFY(file.setFollowing(true, 20));
        QVERIFY(file.open(path));
        QVERIFY(QFile::rename(path, path + QStringLiteral(".1")));
        put(path, numbered(50000, 3));
        QVERIFY(settle(file, model, 50003));
        QCOMPARE(rows(model).mid(49998), numberedRows(49998, 5));
        QCOMPARE(file.followEvents().size(), std::size_t(1));
        QCOMPARE(file.followEvents()[0].line, qint64(50000));
    }

    void mirrorIsRemovedWithTheFile()
    {
        const QString path = pathOf(QStringLiteral("mirrored.log"));
        put(path, numbered(0, 2));
        QString mirror;
        {
            LogFile file;
            LogTableModel model(&file);
            QVERIFY(file.open(path));
            QVERIFY(file.setFollowing(true, 20));
            QTRY_VERIFY(file.dataPath() != path);
            mirror = file.dataPath();
            QVERIFY(QFile::exists(mirror));
            QVERIFY(settle(file, model, 2));
        }
        QVERIFY(!QFile::exists(mirror));
    }

    /// The incremental path (appends reach the filter and the timeline
    /// only) ends with the counts a full scan of the final file gives.
    void appendedCountsEqualAFreshOpen()
    {
        const QString path = pathOf(QStringLiteral("counts.log"));
        const auto record = [](int i) {
            static const char *const levels[] = {"INFO", "WARN", "ERROR", "DEBUG"};
            return QByteArray("2026-03-01T10:") + QByteArray::number(10 + i / 60) + ':' + QByteArray::number(10 + i % 40) + ' '
                   + levels[i % 4] + " request " + QByteArray::number(i) + (i % 3 == 0 ? " timeout\n" : " ok\n");
        };
        QByteArray first;
        for (int i = 0; i < 200; ++i)
            first += record(i);
        put(path, first);
        const Query query = *Query::parse(QStringLiteral("/time(out)?/"), QDateTime::currentMSecsSinceEpoch() * 1000000);

        LogFile followed;
        LogTableModel followedRows(&followed);
        FilteredModel followedFilter(&followedRows, &followed);
        QAbstractItemModelTester tester(&followedFilter, QAbstractItemModelTester::FailureReportingMode::QtTest);
        TimelineModel followedTimeline(&followedFilter);
        QVERIFY(followed.setFollowing(true, 10));
        QVERIFY(followed.open(path));
        followedFilter.setQuery(query);
        QVERIFY(settle(followed, followedRows, 200));
        for (int batch = 0; batch < 20; ++batch) {
            QByteArray more;
            for (int i = 200 + batch * 30; i < 230 + batch * 30; ++i)
                more += record(i);
            put(path, more, QIODevice::Append);
            QTest::qWait(5);
        }
        put(path, record(9999), QIODevice::Append); // the last record waits for the next: the same in both
        QVERIFY(settle(followed, followedRows, 801));

        LogFile fresh;
        LogTableModel freshRows(&fresh);
        FilteredModel freshFilter(&freshRows, &fresh);
        TimelineModel freshTimeline(&freshFilter);
        QVERIFY(fresh.setFollowing(true, 10));
        QVERIFY(fresh.open(path));
        freshFilter.setQuery(query);
        QVERIFY(settle(fresh, freshRows, 801));
        QTRY_VERIFY(!freshFilter.isScanning() && !freshTimeline.isScanning() && !followedFilter.isScanning()
                    && !followedTimeline.isScanning());
        QVERIFY(freshFilter.matchCount() > 200);
        QTRY_COMPARE(followedFilter.matchCount(), freshFilter.matchCount());
        QTRY_COMPARE(followedFilter.rowCount(), freshFilter.rowCount());
        QTRY_COMPARE(followedTimeline.counts().timedTotal(), freshTimeline.counts().timedTotal());
        QCOMPARE(followedTimeline.counts().untimedTotal(), freshTimeline.counts().untimedTotal());
        QCOMPARE(followedTimeline.counts().timedTotal() + followedTimeline.counts().untimedTotal(), followedFilter.matchCount());
        QCOMPARE(followedFilter.levelCounts().levels, freshFilter.levelCounts().levels);
    }
};

QTEST_GUILESS_MAIN(TestRotation)
#include "tst_rotation.moc"
