// SPDX-FileCopyrightText: 2026 Tideline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "parse/jsonformat.h"
#include "record/record.h"

#include <QTest>

#include <thread>

/// JSON lines read by the shape of an earlier line (JsonHeadShape) get the
/// time and level the full walk gives them: the memo may only skip work.
class TestJsonHeadShape : public QObject
{
    Q_OBJECT

private:
    const TimeContext m_context{0, QTimeZone::UTC};
    const JsonFormat m_format;

    struct Reading
    {
        bool ok = false;
        TimeNs time = kNoTime;
        Level level = Level::Unknown;
    };

    Reading read(const QByteArray &line) const
    {
        Reading r;
        r.ok = m_format.extractTimeLevel(line, r.time, r.level, m_context);
        return r;
    }

    /// The line read here, where the memo knows earlier lines, and on a
    /// new thread, whose memo is empty (the full walk).
    void expectSameAsFullWalk(const QByteArray &line)
    {
        const Reading here = read(line);
        Reading fresh;
        std::thread([&] { fresh = read(line); }).join();
        const bool same = here.ok == fresh.ok && here.time == fresh.time && here.level == fresh.level;
        QVERIFY2(same, qPrintable(QStringLiteral("%1: ok %2/%3, time %4/%5, level %6/%7")
                                      .arg(QString::fromUtf8(line))
                                      .arg(here.ok).arg(fresh.ok).arg(here.time).arg(fresh.time)
                                      .arg(int(here.level)).arg(int(fresh.level))));
    }

private Q_SLOTS:
    void readsLikeTheFullWalk_data()
    {
        QTest::addColumn<QByteArray>("taught");
        QTest::addColumn<QByteArray>("line");
        // `taught` teaches the memo its shape; `line` is then read by it or not.
        const QByteArray usual = "{\"ts\":\"2026-03-14T08:00:00.210Z\",\"level\":\"info\",\"msg\":\"a\"}";
        QTest::newRow("same shape") << usual << QByteArray("{\"ts\":\"2026-03-14T09:10:11.999Z\",\"level\":\"warn\",\"msg\":\"b\"}");
        QTest::newRow("longer time value") << usual << QByteArray("{\"ts\":\"2026-03-14T09:10:11.123456789+02:00\",\"level\":\"error\"}");
        QTest::newRow("time that does not read, a later one does")
            << usual << QByteArray("{\"ts\":\"soon\",\"level\":\"info\",\"time\":\"2026-03-14T08:00:00Z\"}");
        QTest::newRow("level that does not read, a later one does")
            << usual << QByteArray("{\"ts\":\"2026-03-14T08:00:00Z\",\"level\":\"chatty\",\"severity\":\"error\"}");
        QTest::newRow("another key in the gap")
            << usual << QByteArray("{\"ts\":\"2026-03-14T08:00:00Z\",\"lvl\":\"debug\",\"level\":\"error\"}");
        QTest::newRow("escaped quote in the level")
            << usual << QByteArray("{\"ts\":\"2026-03-14T08:00:00Z\",\"level\":\"in\\\"fo\",\"severity\":\"warn\"}");
        QTest::newRow("line ends inside the time") << usual << QByteArray("{\"ts\":\"2026-03-14T08:00");
        QTest::newRow("line ends after the gap") << usual << QByteArray("{\"ts\":\"2026-03-14T08:00:00Z\",\"level\":");
        QTest::newRow("time is an object here") << usual << QByteArray("{\"ts\":{\"x\":1},\"level\":\"info\",\"time\":\"2026-03-14T08:00:00Z\"}");
        QTest::newRow("level first") << QByteArray("{\"level\":\"warn\",\"ts\":\"2026-03-14T08:00:00Z\"}")
                                     << QByteArray("{\"level\":\"fatal\",\"ts\":\"2026-03-15T08:00:00Z\"}");
        QTest::newRow("epoch numbers") << QByteArray("{\"time\":1773475200,\"level\":30,\"msg\":\"pino\"}")
                                       << QByteArray("{\"time\":1773475200123,\"level\":50,\"msg\":\"pino\"}");
        QTest::newRow("number then text") << QByteArray("{\"time\":1773475200,\"level\":30}")
                                          << QByteArray("{\"time\":\"2026-03-14T08:00:00Z\",\"level\":\"30\"}");
        QTest::newRow("nested date") << QByteArray("{\"t\":{\"$date\":\"2026-03-14T08:00:00Z\"},\"level\":\"info\"}")
                                     << QByteArray("{\"t\":{\"$date\":\"2026-03-14T08:00:01Z\"},\"level\":\"error\"}");
        QTest::newRow("level nested in log, the line broken after it")
            << QByteArray("{\"@timestamp\":\"2024-01-15T11:00:02+01:00\",\"log\":{\"level\":\"error\",\"logger\":&db\"},\"m\":\"x\"}")
            << QByteArray("{\"@timestamp\":\"2024-01-15T11:00:03+01:00\",\"log\":{\"level\":\"warn\"},\"m\":\"y\"}");
        QTest::newRow("level nested in log, a sound line taught")
            << QByteArray("{\"@timestamp\":\"2024-01-15T11:00:02+01:00\",\"log\":{\"level\":\"error\"},\"m\":\"x\"}")
            << QByteArray("{\"@timestamp\":\"2024-01-15T11:00:03+01:00\",\"log\":{\"level\":\"warn\",\"logger\":&db\"},\"m\":\"y\"}");
        QTest::newRow("level cache sees another spelling")
            << usual << QByteArray("{\"ts\":\"2026-03-14T08:00:00Z\",\"level\":\"INFO\"}");
        QTest::newRow("no level at all") << usual << QByteArray("{\"ts\":\"2026-03-14T08:00:00Z\",\"msg\":\"x\"}");
    }

    void readsLikeTheFullWalk()
    {
        QFETCH(QByteArray, taught);
        QFETCH(QByteArray, line);
        expectSameAsFullWalk(taught);
        expectSameAsFullWalk(line);
        expectSameAsFullWalk(taught); // back to the first shape after a miss
    }

    void levelCacheKeepsEachSpellingApart()
    {
        // Same length and end bytes hash alike: the cache must compare the bytes.
        const QByteArray lines[] = {"{\"ts\":\"2026-03-14T08:00:00Z\",\"level\":\"warn\"}",
                                    "{\"ts\":\"2026-03-14T08:00:00Z\",\"level\":\"wxrn\"}",
                                    "{\"ts\":\"2026-03-14T08:00:00Z\",\"level\":\"info\"}",
                                    "{\"ts\":\"2026-03-14T08:00:00Z\",\"level\":\"warn\"}"};
        for (const QByteArray &line : lines)
            expectSameAsFullWalk(line);
    }
};

QTEST_GUILESS_MAIN(TestJsonHeadShape)
#include "tst_jsonheadshape.moc"
