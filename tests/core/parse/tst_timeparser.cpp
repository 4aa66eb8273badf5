// SPDX-FileCopyrightText: 2026 Tideline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "parse/timecontext.h"
#include "parse/timeparser.h"
#include "parse/timepattern.h"

#include <QDateTime>
#include <QTest>

#include <ctime>

namespace {

/// Nanoseconds since the epoch of an ISO 8601 text with explicit offset,
/// computed by Qt, as the independent reference.
TimeNs ns(const char *isoWithOffset, qint64 extraNanos = 0)
{
    const QDateTime dt = QDateTime::fromString(QString::fromLatin1(isoWithOffset), Qt::ISODateWithMs);
    Q_ASSERT(dt.isValid());
    return dt.toMSecsSinceEpoch() * 1'000'000 + extraNanos;
}

void setTz(const QByteArray &tz)
{
    if (tz.isNull())
        qunsetenv("TZ");
    else
        qputenv("TZ", tz);
    tzset();
}

} // namespace

class TestTimeParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup() { setTz(m_savedTz); }
    void initTestCase() { m_savedTz = qgetenv("TZ"); }

    void sniff_data();
    void sniff();
    void garbage_data();
    void garbage();
    void systemZoneHonoursTz_data();
    void systemZoneHonoursTz();
    void yearInference_data();
    void yearInference();
    void pattern_data();
    void pattern();
    void badPattern();
    void formatIso_data();
    void formatIso();

private:
    QByteArray m_savedTz;
};

void TestTimeParser::sniff_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QByteArray>("zone");  // the context's zone for zone-less stamps
    QTest::addColumn<TimeNs>("expected");
    QTest::addColumn<int>("length");
    QTest::addColumn<int>("layout");

    const auto row = [](const char *tag, const char *text, const char *zone, TimeNs expected, int length, TimeLayout layout) {
        QTest::newRow(tag) << QByteArray(text) << QByteArray(zone) << expected << length << int(layout);
    };
    row("iso Z", "2024-01-15T10:00:00Z rest", "UTC", ns("2024-01-15T10:00:00Z"), 20, TimeLayout::Iso);
    row("iso ms offset", "2024-01-15T10:00:00.123+01:00", "UTC", ns("2024-01-15T09:00:00.123Z"), 29, TimeLayout::Iso);
    row("iso ns", "2024-01-15T10:00:00.123456789Z", "UTC", ns("2024-01-15T10:00:00Z", 123456789), 30, TimeLayout::Iso);
    row("iso 10 digits", "2024-01-15T10:00:00.1234567891Z", "UTC", ns("2024-01-15T10:00:00Z", 123456789), 31, TimeLayout::Iso);
    row("iso hhmm", "2024-01-15T10:00:00-0530 x", "UTC", ns("2024-01-15T15:30:00Z"), 24, TimeLayout::Iso);
    row("iso hh", "2024-01-15T10:00:00+02", "UTC", ns("2024-01-15T08:00:00Z"), 22, TimeLayout::Iso);
    row("iso space", "2024-01-15 10:00:00 INFO", "UTC", ns("2024-01-15T10:00:00Z"), 19, TimeLayout::Iso);
    row("iso comma python", "2024-01-15 10:00:00,123 - x", "UTC", ns("2024-01-15T10:00:00.123Z"), 23, TimeLayout::Iso);
    row("iso local Berlin", "2024-01-15 10:00:00", "Europe/Berlin", ns("2024-01-15T09:00:00Z"), 19, TimeLayout::Iso);
    row("iso local Berlin summer", "2024-07-15 10:00:00", "Europe/Berlin", ns("2024-07-15T08:00:00Z"), 19, TimeLayout::Iso);
    row("iso spaced offset", "2024-01-15 10:00:00.5 +0100 CET", "UTC", ns("2024-01-15T09:00:00.500Z"), 27, TimeLayout::Iso);
    row("iso no seconds", "2024-01-15T10:00Z", "UTC", ns("2024-01-15T10:00:00Z"), 17, TimeLayout::Iso);
    row("iso leap day", "2024-02-29T12:00:00Z", "UTC", ns("2024-02-29T12:00:00Z"), 20, TimeLayout::Iso);
    row("iso 2000 leap", "2000-02-29T00:00:00Z", "UTC", ns("2000-02-29T00:00:00Z"), 20, TimeLayout::Iso);
    row("bracketed", "[2016-12-19 20:51:20,700] WARN", "UTC", ns("2016-12-19T20:51:20.700Z"), 24, TimeLayout::Iso);
    row("go slash", "2024/01/15 10:00:00 msg", "UTC", ns("2024-01-15T10:00:00Z"), 19, TimeLayout::SlashYmd);
    row("clf", "10/Oct/2000:13:55:36 -0700]", "UTC", ns("2000-10-10T20:55:36Z"), 26, TimeLayout::Clf);
    row("clf plus", "15/Jan/2024:10:00:00 +0530", "UTC", ns("2024-01-15T04:30:00Z"), 26, TimeLayout::Clf);
    row("ctime", "[Sun Dec 04 04:47:44 2005] [notice]", "UTC", ns("2005-12-04T04:47:44Z"), 25, TimeLayout::Ctime);
    row("ctime micro", "[Wed Oct 11 14:32:52.123456 2000]", "UTC", ns("2000-10-11T14:32:52.123Z", 456000), 32, TimeLayout::Ctime);
    row("spark", "17/06/09 20:10:40 INFO", "UTC", ns("2017-06-09T20:10:40Z"), 17, TimeLayout::ShortYmd);
    row("hdfs", "081109 203615 148 INFO", "UTC", ns("2008-11-09T20:36:15Z"), 13, TimeLayout::Compact);
    row("epoch s", "1705312800 x", "UTC", ns("2024-01-15T10:00:00Z"), 10, TimeLayout::Epoch);
    row("epoch s frac", "1705312800.25 x", "UTC", ns("2024-01-15T10:00:00.250Z"), 13, TimeLayout::Epoch);
    row("epoch ms", "1705312800123", "UTC", ns("2024-01-15T10:00:00.123Z"), 13, TimeLayout::Epoch);
    row("epoch us", "1705312800123456 ", "UTC", ns("2024-01-15T10:00:00.123Z", 456000), 16, TimeLayout::Epoch);
    row("epoch ns", "1705312800123456789", "UTC", ns("2024-01-15T10:00:00.123Z", 456789), 19, TimeLayout::Epoch);
    row("time of day", "16:13:38.811 foo DEBUG x", "UTC", ns("2024-05-31T16:13:38.811Z"), 12, TimeLayout::TimeOfDay);
    row("time of day no fraction", "[00:00:00] x", "UTC", ns("2024-06-01T00:00:00Z"), 9, TimeLayout::TimeOfDay);
}

void TestTimeParser::sniff()
{
    QFETCH(QByteArray, text);
    QFETCH(QByteArray, zone);
    QFETCH(TimeNs, expected);
    QFETCH(int, length);
    QFETCH(int, layout);
    const TimeContext ctx(ns("2024-06-01T00:00:00Z"), QTimeZone(zone));
    TimeNs t = kNoTime;
    TimeLayout found = TimeLayout::None;
    QCOMPARE(TimeParser::sniff(text, ctx, t, found), length);
    QCOMPARE(int(found), layout);
    QCOMPARE(t, expected);
    // The known-layout fast path agrees with sniffing.
    const qsizetype skip = text.startsWith('[') ? 1 : 0;
    TimeNs direct = kNoTime;
    QCOMPARE(TimeParser::parse(found, QByteArrayView(text).sliced(skip), ctx, direct), length - int(skip));
    QCOMPARE(direct, expected);
}

void TestTimeParser::garbage_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("words") << QByteArray("hello world");
    QTest::newRow("month 13") << QByteArray("2024-13-01T00:00:00Z");
    QTest::newRow("feb 30") << QByteArray("2024-02-30T00:00:00Z");
    QTest::newRow("feb 29 non-leap") << QByteArray("2023-02-29T00:00:00Z");
    QTest::newRow("1900 not leap") << QByteArray("1900-02-29T00:00:00Z");
    QTest::newRow("hour 25") << QByteArray("2024-01-01T25:00:00Z");
    QTest::newRow("minute 61") << QByteArray("2024-01-01T10:61:00Z");
    QTest::newRow("date only") << QByteArray("2024-01-15 hello");
    QTest::newRow("truncated") << QByteArray("2024-01-15T10:0");
    QTest::newRow("clf bad month") << QByteArray("10/Foo/2000:13:55:36 -0700");
    QTest::newRow("syslog bad day") << QByteArray("Oct 32 22:14:15 host");
    QTest::newRow("short number") << QByteArray("12345 apples");
    QTest::newRow("11 digits") << QByteArray("17053128001 x");
    QTest::newRow("epoch 1970s") << QByteArray("0000000001 x");
    QTest::newRow("version") << QByteArray("1705312800.1.2");
    QTest::newRow("ip") << QByteArray("192.168.1.1 - -");
    QTest::newRow("binary") << QByteArray("\x00\xff\xfe\x01", 4);
    QTest::newRow("bracket only") << QByteArray("[");
    QTest::newRow("weekday no date") << QByteArray("Sun is shining");
    QTest::newRow("time of day with more colons") << QByteArray("12:34:56:78 x");
    QTest::newRow("time of day no seconds") << QByteArray("12:34 x");
    QTest::newRow("hour 25 of day") << QByteArray("25:00:00 x");
    QTest::newRow("time of day then digit") << QByteArray("12:34:567");
    // Found by fuzz_time: times TimeNs cannot hold overflowed (UB) instead of failing.
    QTest::newRow("epoch 20 digits") << QByteArray("17053128011234567831 x");
    QTest::newRow("epoch 19 digits past int64") << QByteArray("9999999999999999999 x");
    QTest::newRow("epoch seconds past int64 ns") << QByteArray("9999999999 x");
    QTest::newRow("iso year 0") << QByteArray("0000-01-01T00:00:00Z");
    QTest::newRow("iso year 9999") << QByteArray("9999-12-31T23:59:59Z");
    QTest::newRow("iso year 1600") << QByteArray("1600-01-01 00:00:00");
    QTest::newRow("ctime year 9999") << QByteArray("Sun Dec 04 04:47:44 9999");
    QTest::newRow("clf year 1") << QByteArray("10/Oct/0001:13:55:36 -0700");
}

void TestTimeParser::garbage()
{
    QFETCH(QByteArray, text);
    const TimeContext ctx(0, QTimeZone(QTimeZone::UTC));
    TimeNs t = 42;
    TimeLayout layout = TimeLayout::None;
    QCOMPARE(TimeParser::sniff(text, ctx, t, layout), 0);
    // Every layout rejects it too, byte by byte truncations included.
    for (int l = int(TimeLayout::Iso); l <= int(TimeLayout::TimeOfDay); ++l)
        for (qsizetype n = 0; n <= text.size(); ++n)
            TimeParser::parse(TimeLayout(l), QByteArrayView(text).first(n), ctx, t);
}

void TestTimeParser::systemZoneHonoursTz_data()
{
    QTest::addColumn<QByteArray>("tz");
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<TimeNs>("expected");
    // Zone-less stamps in the system zone, across DST changes.
    QTest::newRow("UTC") << QByteArray("UTC") << QByteArray("2024-03-10 12:00:00") << ns("2024-03-10T12:00:00Z");
    QTest::newRow("NY winter") << QByteArray("America/New_York") << QByteArray("2024-03-10 01:30:00") << ns("2024-03-10T06:30:00Z");
    QTest::newRow("NY gap moves forward") << QByteArray("America/New_York") << QByteArray("2024-03-10 02:30:00") << ns("2024-03-10T07:30:00Z");
    QTest::newRow("NY summer") << QByteArray("America/New_York") << QByteArray("2024-03-10 03:30:00") << ns("2024-03-10T07:30:00Z");
    QTest::newRow("NY overlap first") << QByteArray("America/New_York") << QByteArray("2024-11-03 01:30:00") << ns("2024-11-03T05:30:00Z");
    QTest::newRow("NY after fall back") << QByteArray("America/New_York") << QByteArray("2024-11-03 02:30:00") << ns("2024-11-03T07:30:00Z");
    QTest::newRow("Berlin summer") << QByteArray("Europe/Berlin") << QByteArray("2024-07-01 12:00:00") << ns("2024-07-01T10:00:00Z");
    QTest::newRow("Berlin winter") << QByteArray("Europe/Berlin") << QByteArray("2024-12-01 12:00:00") << ns("2024-12-01T11:00:00Z");
    QTest::newRow("Kolkata") << QByteArray("Asia/Kolkata") << QByteArray("2024-01-15 10:00:00") << ns("2024-01-15T04:30:00Z");
    QTest::newRow("LA syslog no year") << QByteArray("America/Los_Angeles") << QByteArray("Nov  3 01:59:59") << ns("2024-11-03T08:59:59Z");
    QTest::newRow("explicit offset ignores TZ") << QByteArray("Asia/Tokyo") << QByteArray("2024-01-15T10:00:00+01:00") << ns("2024-01-15T09:00:00Z");
}

void TestTimeParser::systemZoneHonoursTz()
{
    QFETCH(QByteArray, tz);
    QFETCH(QByteArray, text);
    QFETCH(TimeNs, expected);
    setTz(tz);
    const TimeContext ctx(ns("2024-12-15T00:00:00Z"));
    QCOMPARE(ctx.zone().id(), QTimeZone::systemTimeZone().id());
    TimeNs t = kNoTime;
    TimeLayout layout = TimeLayout::None;
    QVERIFY(TimeParser::sniff(text, ctx, t, layout) > 0);
    QCOMPARE(t, expected);
    // Twice: the second answer comes from the per-hour cache.
    TimeNs again = kNoTime;
    QVERIFY(TimeParser::sniff(text, ctx, again, layout) > 0);
    QCOMPARE(again, expected);
}

void TestTimeParser::yearInference_data()
{
    QTest::addColumn<QByteArray>("reference");
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<TimeNs>("expected");
    QTest::newRow("same year") << QByteArray("2024-06-01T00:00:00Z") << QByteArray("Jan 15 10:00:00") << ns("2024-01-15T10:00:00Z");
    QTest::newRow("rollover Dec in Jan file") << QByteArray("2024-01-02T00:00:00Z") << QByteArray("Dec 31 23:59:59") << ns("2023-12-31T23:59:59Z");
    QTest::newRow("within a day ahead") << QByteArray("2024-03-01T00:00:00Z") << QByteArray("Mar  1 20:00:00") << ns("2024-03-01T20:00:00Z");
    QTest::newRow("more than a day ahead") << QByteArray("2024-03-01T00:00:00Z") << QByteArray("Mar  3 00:00:00") << ns("2023-03-03T00:00:00Z");
    QTest::newRow("feb 29 leap ref") << QByteArray("2024-06-01T00:00:00Z") << QByteArray("Feb 29 12:00:00") << ns("2024-02-29T12:00:00Z");
    QTest::newRow("feb 29 non-leap ref") << QByteArray("2025-06-01T00:00:00Z") << QByteArray("Feb 29 12:00:00") << ns("2024-02-29T12:00:00Z");
    QTest::newRow("android") << QByteArray("2024-06-01T00:00:00Z") << QByteArray("03-17 16:13:38.811") << ns("2024-03-17T16:13:38.811Z");
    QTest::newRow("android rollover") << QByteArray("2024-01-05T00:00:00Z") << QByteArray("12-30 16:13:38.811") << ns("2023-12-30T16:13:38.811Z");
    QTest::newRow("glog") << QByteArray("2024-06-01T00:00:00Z") << QByteArray("E0517 15:04:22.619632 1 a.cc:1]") << ns("2024-05-17T15:04:22.619Z", 632000);
    QTest::newRow("syslog with year") << QByteArray("2024-06-01T00:00:00Z") << QByteArray("Oct 11 22:14:15 2019 host") << ns("2019-10-11T22:14:15Z");
    // A time of day alone: the reference's day, or the day before when later than an hour after the reference.
    QTest::newRow("time of day, same day") << QByteArray("2024-06-01T12:00:00Z") << QByteArray("11:59:00.250 x") << ns("2024-06-01T11:59:00.250Z");
    QTest::newRow("time of day, within the hour") << QByteArray("2024-06-01T12:00:00Z") << QByteArray("12:30:00 x") << ns("2024-06-01T12:30:00Z");
    QTest::newRow("time of day, before midnight") << QByteArray("2024-06-01T00:30:00Z") << QByteArray("23:59:59 x") << ns("2024-05-31T23:59:59Z");
    QTest::newRow("time of day, across a year") << QByteArray("2024-01-01T00:10:00Z") << QByteArray("23:50:00 x") << ns("2023-12-31T23:50:00Z");
}

void TestTimeParser::yearInference()
{
    QFETCH(QByteArray, reference);
    QFETCH(QByteArray, text);
    QFETCH(TimeNs, expected);
    const TimeContext ctx(ns(reference.constData()), QTimeZone(QTimeZone::UTC));
    TimeNs t = kNoTime;
    TimeLayout layout = TimeLayout::None;
    QVERIFY(TimeParser::sniff(text, ctx, t, layout) > 0);
    QCOMPARE(t, expected);
}

void TestTimeParser::pattern_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<TimeNs>("expected");
    QTest::addColumn<int>("length");
    QTest::newRow("strftime") << QStringLiteral("%Y-%m-%d %H:%M:%S") << QByteArray("2024-01-15 10:00:00 x") << ns("2024-01-15T10:00:00Z") << 19;
    QTest::newRow("fraction zone") << QStringLiteral("%d.%m.%Y %H:%M:%S.%f %z") << QByteArray("15.01.2024 10:00:00.5 +0100") << ns("2024-01-15T09:00:00.500Z") << 27;
    QTest::newRow("month name 12h") << QStringLiteral("%b %e %Y %I:%M:%S %p") << QByteArray("Jan  5 2024 01:02:03 PM") << ns("2024-01-05T13:02:03Z") << 23;
    QTest::newRow("weekday") << QStringLiteral("%a, %d %b %Y %H:%M:%S %z") << QByteArray("Mon, 15 Jan 2024 10:00:00 Z") << ns("2024-01-15T10:00:00Z") << 27;
    QTest::newRow("no year") << QStringLiteral("%m/%d %H:%M:%S") << QByteArray("01/15 10:00:00") << ns("2024-01-15T10:00:00Z") << 14;
    QTest::newRow("epoch") << QStringLiteral("%s") << QByteArray("1705312800123") << ns("2024-01-15T10:00:00.123Z") << 13;
    QTest::newRow("named clf") << QStringLiteral("clf") << QByteArray("10/Oct/2000:13:55:36 -0700") << ns("2000-10-10T20:55:36Z") << 26;
    QTest::newRow("auto") << QStringLiteral("auto") << QByteArray("2024-01-15T10:00:00Z") << ns("2024-01-15T10:00:00Z") << 20;
    QTest::newRow("mismatch") << QStringLiteral("%Y-%m-%d") << QByteArray("15/01/2024") << kNoTime << 0;
    QTest::newRow("invalid date") << QStringLiteral("%Y-%m-%d %H:%M:%S") << QByteArray("2023-02-29 00:00:00") << kNoTime << 0;
}

void TestTimeParser::pattern()
{
    QFETCH(QString, pattern);
    QFETCH(QByteArray, text);
    QFETCH(TimeNs, expected);
    QFETCH(int, length);
    const auto p = TimePattern::compile(pattern);
    QVERIFY2(p.has_value(), qPrintable(p.error()));
    const TimeContext ctx(ns("2024-06-01T00:00:00Z"), QTimeZone(QTimeZone::UTC));
    TimeNs t = kNoTime;
    QCOMPARE(p->parse(text, ctx, t), length);
    QCOMPARE(t, expected);
}

void TestTimeParser::badPattern()
{
    const auto p = TimePattern::compile(QStringLiteral("%Y-%q"));
    QVERIFY(!p.has_value());
    QVERIFY2(p.error().contains(u"%q"), qPrintable(p.error()));
    QVERIFY(!TimePattern::compile(QStringLiteral("%Y-%")).has_value());
}

void TestTimeParser::formatIso_data()
{
    QTest::addColumn<TimeNs>("time");
    QTest::addColumn<QByteArray>("zone");
    QTest::addColumn<bool>("utc");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("utc") << ns("2024-01-15T10:00:00Z") << QByteArray("Europe/Berlin") << true << QByteArray("2024-01-15T10:00:00Z");
    QTest::newRow("local winter") << ns("2024-01-15T10:00:00Z") << QByteArray("Europe/Berlin") << false << QByteArray("2024-01-15T11:00:00+01:00");
    QTest::newRow("local summer ms") << ns("2024-07-15T10:00:00.123Z") << QByteArray("Europe/Berlin") << false << QByteArray("2024-07-15T12:00:00.123+02:00");
    QTest::newRow("negative offset us") << ns("2024-01-15T10:00:00Z", 1000) << QByteArray("America/New_York") << false << QByteArray("2024-01-15T05:00:00.000001-05:00");
    QTest::newRow("ns") << ns("2024-01-15T10:00:00Z", 123456789) << QByteArray("UTC") << true << QByteArray("2024-01-15T10:00:00.123456789Z");
    QTest::newRow("half hour") << ns("2024-01-15T10:00:00Z") << QByteArray("Asia/Kolkata") << false << QByteArray("2024-01-15T15:30:00+05:30");
    QTest::newRow("before 1970") << ns("1969-12-31T23:59:59.5Z") << QByteArray("UTC") << true << QByteArray("1969-12-31T23:59:59.500Z");
}

void TestTimeParser::formatIso()
{
    QFETCH(TimeNs, time);
    QFETCH(QByteArray, zone);
    QFETCH(bool, utc);
    QFETCH(QByteArray, expected);
    const TimeContext ctx(0, QTimeZone(zone));
    QCOMPARE(TimeParser::formatIso(time, ctx, utc), expected);
    // Round trip through the parser.
    TimeNs back = kNoTime;
    QCOMPARE(TimeParser::parse(TimeLayout::Iso, expected, ctx, back), int(expected.size()));
    QCOMPARE(back, time);
}

QTEST_GUILESS_MAIN(TestTimeParser)
#include "tst_timeparser.moc"
