// SPDX-FileCopyrightText: 2026 Tideline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "clicommands.h"
#include "filecommand.h"

#include "loginput.h"

#include "filter/filterengine.h"
#include "parse/timeparser.h"
#include "timeline/histogram.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

/// The default number of buckets when --bucket is not given (the chart's at full width).
constexpr int kDefaultBuckets = 120;
/// More buckets than this: --bucket is too small for the file's time span.
constexpr qint64 kMaxBuckets = 1000000;

struct HistogramArgs
{
    Query query;
    QString queryText;
    qint64 bucket = 0; // 0: chosen from the span
    bool utc = false;
    bool json = false;
    bool timing = false;
};

std::expected<TimeCounts, QString> countsOf(const LogInput &input, const Query &query)
{
    FilterRequest request;
    request.fd = input.fd();
    request.to = input.size();
    request.format = &input.format();
    request.context = &input.context();
    request.query = query;
    FilterOptions options;
    options.collectTimeline = true;
    options.collectMatches = false;
    options.allRecordStarts = false;
    TimeCounts counts;
    const std::atomic<bool> cancel = false;
    const auto scanned = runFilter(request, options, cancel, [&](FilterChunk &&chunk) { counts.merge(chunk.timeline); });
    if (!scanned)
        return std::unexpected(Cli::tr("reading “%1” failed: %2").arg(input.name(), scanned.error()));
    return counts;
}

QString iso(qint64 seconds, const LogInput &input, bool utc)
{
    return QString::fromLatin1(TimeParser::formatIso(seconds * 1000000000LL, input.context(), utc));
}

QString asJson(const LogInput &input, const Histogram &histogram, const HistogramArgs &args)
{
    QJsonArray buckets;
    for (const HistogramBucket &bucket : histogram.buckets) {
        buckets.append(QJsonObject{{QStringLiteral("start"), iso(bucket.start, input, args.utc)},
                                   {QStringLiteral("end"), iso(bucket.end, input, args.utc)},
                                   {QStringLiteral("records"), bucket.total()},
                                   {QStringLiteral("levels"), levelCountsJson(bucket.counts)}});
    }
    const QJsonObject object{
        {QStringLiteral("file"), input.name()},
        {QStringLiteral("query"), args.queryText},
        {QStringLiteral("bucket"), TimeGrid::sizeName(histogram.bucketSeconds)},
        {QStringLiteral("bucket_seconds"), histogram.bucketSeconds},
        {QStringLiteral("zone"), args.utc ? QStringLiteral("UTC") : QString::fromUtf8(input.context().zone().id())},
        {QStringLiteral("records"), histogram.timedTotal},
        {QStringLiteral("untimed"), QJsonObject{{QStringLiteral("records"), histogram.untimedTotal},
                                                {QStringLiteral("levels"), levelCountsJson(histogram.untimed)}}},
        {QStringLiteral("buckets"), buckets},
    };
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)) + u'\n';
}

QString asText(const LogInput &input, const Histogram &histogram, const HistogramArgs &args)
{
    QString text = Cli::tr("%1: %2 records in buckets of %3, %4 without a time\n")
                       .arg(input.name())
                       .arg(histogram.timedTotal)
                       .arg(TimeGrid::sizeName(histogram.bucketSeconds))
                       .arg(histogram.untimedTotal);
    for (const HistogramBucket &bucket : histogram.buckets)
        text += QStringLiteral("%1 %2 %3\n").arg(iso(bucket.start, input, args.utc)).arg(bucket.total(), 9).arg(levelCountsText(bucket.counts));
    return text;
}

/// The histogram of one input; an error message when it cannot be read or bucketed.
std::expected<QString, QString> histogramOf(const LogInput &input, const HistogramArgs &args)
{
    QElapsedTimer clock;
    clock.start();
    const auto counts = countsOf(input, args.query);
    if (!counts)
        return std::unexpected(counts.error());
    const qint64 scanMs = clock.restart();
    const std::vector<TimeSlot> &slots = counts->slots();
    const qint64 span = slots.empty() ? 0 : slots.back().second + counts->resolution() - slots.front().second;
    const qint64 bucket = std::max(args.bucket > 0 ? args.bucket : TimeGrid::chooseSize(span, kDefaultBuckets),
                                   counts->resolution());
    if (span / bucket > kMaxBuckets)
        return std::unexpected(Cli::tr("“%1” spans %2 s: buckets of %3 would be too many; use a larger --bucket")
                                   .arg(input.name())
                                   .arg(span)
                                   .arg(TimeGrid::sizeName(bucket)));
    const QTimeZone zone = args.utc ? QTimeZone(QTimeZone::UTC) : input.context().zone();
    const Histogram histogram = Histogram::build(*counts, TimeGrid(bucket, zone));
    if (args.timing) {
        printErr(Cli::tr("%1: scan %2 ms, buckets %3 µs; %4 slots of %5 s, %6 bytes\n")
                     .arg(input.name())
                     .arg(scanMs)
                     .arg(clock.nsecsElapsed() / 1000)
                     .arg(counts->slots().size())
                     .arg(counts->resolution())
                     .arg(counts->memoryBytes()));
    }
    return args.json ? asJson(input, histogram, args) : asText(input, histogram, args);
}

} // namespace

int runHistogram(const QStringList &arguments)
{
    FileCommand command(QStringLiteral("histogram"), Cli::tr("Prints the records per time bucket and level, as the timeline shows them."));
    QCommandLineParser &parser = command.parser();
    const QCommandLineOption query({QStringLiteral("q"), QStringLiteral("query")}, Cli::tr("Count only the records that match QUERY."),
                                   QStringLiteral("QUERY"));
    const QCommandLineOption bucket(QStringLiteral("bucket"), Cli::tr("Bucket size: 1s, 5s, 10s, 30s, 1m, 5m, 10m, 30m, 1h, 3h, 6h, 12h or 1d (default: from the time span)."),
                                    QStringLiteral("SIZE"));
    const QCommandLineOption utc(QStringLiteral("utc"), Cli::tr("Buckets and times in UTC instead of the local time zone."));
    const QCommandLineOption timing(QStringLiteral("timing"), Cli::tr("Print the scan and bucketing times to standard error."));
    parser.addOptions({query, bucket, utc, timing});
    if (const std::optional<int> done = command.parse(arguments))
        return *done;
    HistogramArgs args;
    args.queryText = parser.value(query);
    args.utc = parser.isSet(utc);
    args.json = command.json();
    args.timing = parser.isSet(timing);
    if (parser.isSet(bucket)) {
        const std::optional<qint64> size = TimeGrid::parseSize(parser.value(bucket));
        if (!size)
            return usageError(Cli::tr("unknown bucket size “%1”: use 1s, 5s, 10s, 30s, 1m, 5m, 10m, 30m, 1h, 3h, 6h, 12h or 1d")
                                  .arg(parser.value(bucket)));
        args.bucket = *size;
    }
    const auto compiled = Query::parse(args.queryText, QDateTime::currentMSecsSinceEpoch() * 1000000);
    if (!compiled) {
        printErr(QStringLiteral("tideline-cli: %1\n  %2\n  %3^\n")
                     .arg(compiled.error().message, args.queryText, QString(std::max(0, compiled.error().column - 1), u' ')));
        return ExitUsage;
    }
    args.query = *compiled;
    return command.forEachFile([&args](const LogInput &input) { return histogramOf(input, args); });
}
