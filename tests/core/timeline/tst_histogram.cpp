// SPDX-FileCopyrightText: 2026 Tideline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "timeline/histogram.h"

#include "filter/filterengine.h"
#include "parse/formatregistry.h"
#include "parse/levelnames.h"

#include <QDateTime>
#include <QTemporaryFile>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const TimeContext &utcContext()
{
    static const TimeContext ctx(1773475200LL * 1000000000LL, QTimeZone::UTC);
    return ctx;
}

/// "08:00:05 info" -> a JSON line at that time on 2026-03-14 (UTC); "- error": without a time.
QByteArray jsonLines(const QStringList &records)
{
    QByteArray bytes;
    for (const QString &record : records) {
        const QStringList parts = record.split(u' ');
        const QByteArray level = parts.value(1).toLatin1();
        if (parts.first() == u"-")
            bytes += R"({"level":")" + level + R"(","msg":"no time"})" + '\n';
        else
            bytes += R"({"ts":"2026-03-14T)" + parts.first().toLatin1() + R"(Z","level":")" + level + R"(","msg":"m"})" + '\n';
    }
    return bytes;
}

/// Counts the records of @p bytes that match @p queryText, as the timeline does.
TimeCounts scan(const QByteArray &bytes, const QString &queryText, qint64 chunkBytes)
{
    QTemporaryFile file;
    if (!file.open() || file.write(bytes) != bytes.size() || !file.flush())
        qFatal("cannot write a temporary file");
    const LogFormatPtr format = FormatRegistry::builtin(u"json");
    const auto query = Query::parse(queryText, 1773475200LL * 1000000000LL);
    if (!query)
        qFatal("bad test query");
    FilterRequest request{file.handle(), 0, bytes.size(), 0, format.get(), &utcContext(), *query};
    FilterOptions options;
    options.collectTimeline = true;
    options.chunkBytes = chunkBytes;
    options.readBytes = std::min<qint64>(chunkBytes, 64 * 1024);
    TimeCounts counts;
    const std::atomic<bool> cancel = false;
    const auto done = runFilter(request, options, cancel, [&](FilterChunk &&chunk) { counts.merge(chunk.timeline); });
    if (!done)
        qFatal("scan failed");
    return counts;
}

QString levelsText(const std::array<qint64, kLevelCount> &counts)
{
    QStringList parts;
    for (int i = kLevelCount - 1; i >= 0; --i) {
        if (const qint64 n = counts[static_cast<std::size_t>(i)])
            parts << QStringLiteral("%1=%2").arg(QString::fromLatin1(levelName(static_cast<Level>(i)))).arg(n);
    }
    return parts.join(u' ');
}

/// "08:00:00@0 error=1 info=2|08:01:00|..." (empty buckets: the time alone).
QString bucketsText(const Histogram &histogram)
{
    QStringList buckets;
    for (const HistogramBucket &bucket : histogram.buckets) {
        QString text = QDateTime::fromSecsSinceEpoch(bucket.start, QTimeZone::UTC).toString(QStringLiteral("HH:mm:ss"));
        if (bucket.firstLine >= 0)
            text += QStringLiteral("@%1 ").arg(bucket.firstLine) + levelsText(bucket.counts);
        buckets << text;
    }
    return buckets.join(u'|');
}

} // namespace

class TstHistogram : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void buckets_data()
    {
        QTest::addColumn<QStringList>("records");
        QTest::addColumn<QString>("query");
        QTest::addColumn<qint64>("bucket");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<QString>("untimed");
        // clang-format off
        QTest::newRow("empty file") << QStringList() << QString() << qint64(60) << u""_s << u""_s;
        QTest::newRow("a single record") << QStringList{u"08:00:05 info"_s} << QString() << qint64(60) << u"08:00:00@0 info=1"_s << u""_s;
        QTest::newRow("levels stack in a bucket")
            << QStringList{u"08:00:01 info"_s, u"08:00:02 error"_s, u"08:00:59 info"_s, u"08:01:00 warn"_s} << QString() << qint64(60)
            << u"08:00:00@0 error=1 info=2|08:01:00@3 warn=1"_s << u""_s;
        QTest::newRow("gaps are empty buckets")
            << QStringList{u"08:00:10 info"_s, u"08:03:10 error"_s} << QString() << qint64(60)
            << u"08:00:00@0 info=1|08:01:00|08:02:00|08:03:00@1 error=1"_s << u""_s;
        QTest::newRow("out of order")
            << QStringList{u"08:02:00 info"_s, u"08:00:30 error"_s, u"08:02:30 info"_s, u"08:00:10 warn"_s} << QString() << qint64(60)
            << u"08:00:00@1 error=1 warn=1|08:01:00|08:02:00@0 info=2"_s << u""_s;
        QTest::newRow("records without time")
            << QStringList{u"- error"_s, u"08:00:10 info"_s, u"- info"_s, u"- error"_s} << QString() << qint64(60)
            << u"08:00:00@1 info=1"_s << u"error=2 info=1"_s;
        QTest::newRow("only records without time") << QStringList{u"- warn"_s} << QString() << qint64(60) << u""_s << u"warn=1"_s;
        QTest::newRow("query keeps the matches")
            << QStringList{u"08:00:01 info"_s, u"08:00:02 error"_s, u"08:05:00 error"_s, u"- error"_s} << u"level:error"_s << qint64(300)
            << u"08:00:00@1 error=1|08:05:00@2 error=1"_s << u"error=1"_s;
        QTest::newRow("5 s buckets")
            << QStringList{u"08:00:01 info"_s, u"08:00:04 info"_s, u"08:00:05 debug"_s, u"08:00:16 info"_s} << QString() << qint64(5)
            << u"08:00:00@0 info=2|08:00:05@2 debug=1|08:00:10|08:00:15@3 info=1"_s << u""_s;
        QTest::newRow("hour buckets")
            << QStringList{u"08:59:59 info"_s, u"09:00:00 warn"_s, u"11:30:00 fatal"_s} << QString() << qint64(3600)
            << u"08:00:00@0 info=1|09:00:00@1 warn=1|10:00:00|11:00:00@2 fatal=1"_s << u""_s;
        // clang-format on
    }

    void buckets()
    {
        QFETCH(QStringList, records);
        QFETCH(QString, query);
        QFETCH(qint64, bucket);
        QFETCH(QString, expected);
        QFETCH(QString, untimed);
        const QByteArray bytes = jsonLines(records);
        // Tiny chunks: the records reach the counts out of order and merged.
        for (const qint64 chunkBytes : {qint64(8) * 1024 * 1024, qint64(60), qint64(1)}) {
            const TimeCounts counts = scan(bytes, query, chunkBytes);
            const Histogram histogram = Histogram::build(counts, TimeGrid(bucket, QTimeZone::UTC));
            QCOMPARE(bucketsText(histogram), expected);
            QCOMPARE(levelsText(histogram.untimed), untimed);
            qint64 sum = 0;
            for (const HistogramBucket &b : histogram.buckets)
                sum += b.total();
            QCOMPARE(histogram.timedTotal, sum);
        }
    }

    void rangeLimitsTheBuckets()
    {
        const TimeCounts counts = scan(jsonLines({u"08:00:10 info"_s, u"08:01:10 info"_s, u"08:02:10 error"_s, u"08:03:10 info"_s}), {}, 1 << 20);
        const qint64 base = QDateTime(QDate(2026, 3, 14), QTime(8, 0), QTimeZone::UTC).toSecsSinceEpoch();
        const Histogram histogram = Histogram::build(counts, TimeGrid(60, QTimeZone::UTC), base + 60, base + 180);
        QCOMPARE(bucketsText(histogram), QStringLiteral("08:01:00@1 info=1|08:02:00@2 error=1"));
        QCOMPARE(histogram.bucketAt(base + 130), 1);
        QCOMPARE(histogram.bucketAt(base), -1);
    }

    void manySecondsCoarsen()
    {
        TimeCounts counts;
        const auto slots = static_cast<qint64>(TimeCounts::kMaxSlots) + 10;
        for (qint64 i = 0; i < slots; ++i)
            counts.add(i * 1000000000LL, Level::Info, i);
        counts.finish();
        QCOMPARE(counts.resolution(), qint64(60));
        QCOMPARE(counts.timedTotal(), slots);
        QCOMPARE(counts.slots().front().firstLine, qint64(0));
        // A finer chunk merged in is coarsened to the counts' resolution.
        TimeCounts fine;
        fine.add(30LL * 1000000000LL, Level::Error, 99);
        fine.finish();
        counts.merge(fine);
        QCOMPARE(counts.slots().front().counts[static_cast<std::size_t>(Level::Error)], 1U);
        QCOMPARE(counts.timedTotal(), slots + 1);
    }
};

QTEST_GUILESS_MAIN(TstHistogram)
#include "tst_histogram.moc"
