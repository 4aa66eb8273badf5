// SPDX-FileCopyrightText: 2026 Tideline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "timeline/timegrid.h"

#include <QDateTime>
#include <QTest>

#include <ctime>

using namespace Qt::StringLiterals;

namespace {
qint64 utcSeconds(const QString &iso)
{
    const QDateTime time = QDateTime::fromString(iso, Qt::ISODate);
    if (!time.isValid())
        qFatal("bad test time %s", qPrintable(iso));
    return time.toSecsSinceEpoch();
}
} // namespace

class TstTimeGrid : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void floorAndNext_data()
    {
        QTest::addColumn<QByteArray>("zone");
        QTest::addColumn<qint64>("size");
        QTest::addColumn<QString>("time");
        QTest::addColumn<QString>("start");
        QTest::addColumn<QString>("next");
        // clang-format off
        QTest::newRow("utc 5s") << QByteArray("UTC") << qint64(5) << u"2026-03-14T08:00:07Z"_s << u"2026-03-14T08:00:05Z"_s << u"2026-03-14T08:00:10Z"_s;
        QTest::newRow("utc 1m") << QByteArray("UTC") << qint64(60) << u"2026-03-14T08:00:30Z"_s << u"2026-03-14T08:00:00Z"_s << u"2026-03-14T08:01:00Z"_s;
        QTest::newRow("utc on a boundary") << QByteArray("UTC") << qint64(600) << u"2026-03-14T08:10:00Z"_s << u"2026-03-14T08:10:00Z"_s << u"2026-03-14T08:20:00Z"_s;
        QTest::newRow("utc 1d") << QByteArray("UTC") << qint64(86400) << u"2026-03-14T23:59:59Z"_s << u"2026-03-14T00:00:00Z"_s << u"2026-03-15T00:00:00Z"_s;
        QTest::newRow("before 1970") << QByteArray("UTC") << qint64(60) << u"1969-12-31T23:59:59Z"_s << u"1969-12-31T23:59:00Z"_s << u"1970-01-01T00:00:00Z"_s;
        QTest::newRow("berlin 1d") << QByteArray("Europe/Berlin") << qint64(86400) << u"2026-03-14T23:30:00Z"_s << u"2026-03-14T23:00:00Z"_s << u"2026-03-15T23:00:00Z"_s;
        QTest::newRow("berlin 1h") << QByteArray("Europe/Berlin") << qint64(3600) << u"2026-03-14T08:59:59Z"_s << u"2026-03-14T08:00:00Z"_s << u"2026-03-14T09:00:00Z"_s;
        QTest::newRow("berlin spring day is 23h") << QByteArray("Europe/Berlin") << qint64(86400) << u"2026-03-29T12:00:00Z"_s << u"2026-03-28T23:00:00Z"_s << u"2026-03-29T22:00:00Z"_s;
        QTest::newRow("berlin autumn day is 25h") << QByteArray("Europe/Berlin") << qint64(86400) << u"2026-10-25T12:00:00Z"_s << u"2026-10-24T22:00:00Z"_s << u"2026-10-25T23:00:00Z"_s;
        QTest::newRow("berlin 02:30 CEST") << QByteArray("Europe/Berlin") << qint64(3600) << u"2026-10-25T00:30:00Z"_s << u"2026-10-25T00:00:00Z"_s << u"2026-10-25T01:00:00Z"_s;
        QTest::newRow("berlin 02:30 CET") << QByteArray("Europe/Berlin") << qint64(3600) << u"2026-10-25T01:30:00Z"_s << u"2026-10-25T01:00:00Z"_s << u"2026-10-25T02:00:00Z"_s;
        QTest::newRow("berlin 12h over spring change") << QByteArray("Europe/Berlin") << qint64(43200) << u"2026-03-29T05:00:00Z"_s << u"2026-03-28T23:00:00Z"_s << u"2026-03-29T10:00:00Z"_s;
        QTest::newRow("new york 6h over spring change") << QByteArray("America/New_York") << qint64(21600) << u"2026-03-08T08:00:00Z"_s << u"2026-03-08T05:00:00Z"_s << u"2026-03-08T10:00:00Z"_s;
        QTest::newRow("kolkata 1h") << QByteArray("Asia/Kolkata") << qint64(3600) << u"2026-03-14T08:10:00Z"_s << u"2026-03-14T07:30:00Z"_s << u"2026-03-14T08:30:00Z"_s;
        QTest::newRow("kolkata 30m") << QByteArray("Asia/Kolkata") << qint64(1800) << u"2026-03-14T08:10:00Z"_s << u"2026-03-14T08:00:00Z"_s << u"2026-03-14T08:30:00Z"_s;
        QTest::newRow("kathmandu 1d") << QByteArray("Asia/Kathmandu") << qint64(86400) << u"2026-03-14T20:00:00Z"_s << u"2026-03-14T18:15:00Z"_s << u"2026-03-15T18:15:00Z"_s;
        // clang-format on
    }

    void floorAndNext()
    {
        QFETCH(QByteArray, zone);
        QFETCH(qint64, size);
        QFETCH(QString, time);
        QFETCH(QString, start);
        QFETCH(QString, next);
        const QTimeZone tz = zone == "UTC" ? QTimeZone(QTimeZone::UTC) : QTimeZone(zone);
        QVERIFY(tz.isValid());
        const TimeGrid grid(size, tz);
        const qint64 begin = grid.floor(utcSeconds(time));
        QCOMPARE(QDateTime::fromSecsSinceEpoch(begin, QTimeZone::UTC).toString(Qt::ISODate), start);
        QCOMPARE(QDateTime::fromSecsSinceEpoch(grid.next(begin), QTimeZone::UTC).toString(Qt::ISODate), next);
        QCOMPARE(grid.floor(begin), begin);
    }

    void localZoneFollowsTz_data()
    {
        QTest::addColumn<QByteArray>("tz");
        QTest::addColumn<QString>("start");
        QTest::newRow("utc") << QByteArray("UTC") << u"2026-03-14T00:00:00Z"_s;
        QTest::newRow("berlin") << QByteArray("Europe/Berlin") << u"2026-03-13T23:00:00Z"_s;
        QTest::newRow("los angeles") << QByteArray("America/Los_Angeles") << u"2026-03-14T07:00:00Z"_s;
    }

    void localZoneFollowsTz()
    {
        QFETCH(QByteArray, tz);
        QFETCH(QString, start);
        const QByteArray saved = qgetenv("TZ");
        qputenv("TZ", tz);
        tzset();
        const TimeGrid grid(86400, QTimeZone::systemTimeZone());
        const qint64 begin = grid.floor(utcSeconds(QStringLiteral("2026-03-14T12:00:00Z")));
        qputenv("TZ", saved);
        tzset();
        QCOMPARE(QDateTime::fromSecsSinceEpoch(begin, QTimeZone::UTC).toString(Qt::ISODate), start);
    }

    void chooseSize_data()
    {
        QTest::addColumn<qint64>("span");
        QTest::addColumn<int>("buckets");
        QTest::addColumn<qint64>("minimum");
        QTest::addColumn<qint64>("size");
        QTest::newRow("nothing") << qint64(0) << 120 << qint64(1) << qint64(1);
        QTest::newRow("two minutes") << qint64(120) << 120 << qint64(1) << qint64(1);
        QTest::newRow("an hour") << qint64(3600) << 120 << qint64(1) << qint64(30);
        QTest::newRow("two hours") << qint64(7200) << 120 << qint64(1) << qint64(60);
        QTest::newRow("a day") << qint64(86400) << 100 << qint64(1) << qint64(1800);
        QTest::newRow("ten years") << qint64(315360000) << 100 << qint64(1) << qint64(86400);
        QTest::newRow("coarse data") << qint64(10) << 100 << qint64(60) << qint64(60);
    }

    void chooseSize()
    {
        QFETCH(qint64, span);
        QFETCH(int, buckets);
        QFETCH(qint64, minimum);
        QFETCH(qint64, size);
        QCOMPARE(TimeGrid::chooseSize(span, buckets, minimum), size);
    }

    void parseSize_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("seconds"); // 0: not a size
        QTest::newRow("1s") << u"1s"_s << qint64(1);
        QTest::newRow("1m") << u"1m"_s << qint64(60);
        QTest::newRow("60s") << u"60s"_s << qint64(60);
        QTest::newRow("3h") << u"3h"_s << qint64(10800);
        QTest::newRow("1d") << u"1d"_s << qint64(86400);
        QTest::newRow("90s") << u"90s"_s << qint64(0);
        QTest::newRow("empty") << u""_s << qint64(0);
        QTest::newRow("unit only") << u"m"_s << qint64(0);
        QTest::newRow("negative") << u"-1m"_s << qint64(0);
        QTest::newRow("week") << u"1w"_s << qint64(0);
    }

    void parseSize()
    {
        QFETCH(QString, text);
        QFETCH(qint64, seconds);
        QCOMPARE(TimeGrid::parseSize(text).value_or(0), seconds);
        if (seconds > 0)
            QCOMPARE(TimeGrid::parseSize(TimeGrid::sizeName(seconds)).value_or(0), seconds);
    }
};

QTEST_GUILESS_MAIN(TstTimeGrid)
#include "tst_timegrid.moc"
