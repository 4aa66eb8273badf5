// SPDX-FileCopyrightText: 2026 Tideline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "clicommands.h"
#include "filecommand.h"

#include "loginput.h"

#include "filter/filterengine.h"
#include "index/lineindex.h"
#include "parse/timeparser.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

struct FileStats
{
    QString format;
    qint64 lines = 0;
    qint64 bytes = 0;
    qint64 indexMs = 0;
    qint64 indexMemory = 0;
    FilterStats records;
};

std::expected<FileStats, QString> statsOf(const LogInput &input)
{
    QElapsedTimer clock;
    clock.start();
    LineIndex index;
    FileStats stats;
    FilterRequest request;
    request.fd = input.fd();
    request.to = input.size();
    request.format = &input.format();
    request.context = &input.context();
    FilterOptions options;
    options.collectStats = true;
    options.collectMatches = false;
    options.buildIndex = true;
    const std::atomic<bool> cancel = false;
    const auto scanned = runFilter(request, options, cancel, [&](FilterChunk &&chunk) {
        if (chunk.index)
            index.append(std::move(chunk.index));
        stats.records.merge(chunk.stats);
    });
    if (!scanned)
        return std::unexpected(Cli::tr("reading “%1” failed: %2").arg(input.name(), scanned.error()));
    stats.format = input.format().name();
    stats.lines = index.lineCount(true);
    stats.bytes = index.indexedBytes();
    stats.indexMs = clock.elapsed();
    stats.indexMemory = index.memoryBytes();
    return stats;
}

QJsonValue isoOrNull(TimeNs time, const TimeContext &context)
{
    if (time == kNoTime)
        return QJsonValue::Null;
    return QString::fromLatin1(TimeParser::formatIso(time, context));
}

QString asJson(const LogInput &input, const FileStats &stats)
{
    const QJsonObject object{
        {QStringLiteral("file"), input.name()},
        {QStringLiteral("format"), stats.format},
        {QStringLiteral("lines"), stats.lines},
        {QStringLiteral("records"), stats.records.records},
        {QStringLiteral("bytes"), stats.bytes},
        {QStringLiteral("first_time"), isoOrNull(stats.records.firstTime, input.context())},
        {QStringLiteral("last_time"), isoOrNull(stats.records.lastTime, input.context())},
        {QStringLiteral("levels"), levelCountsJson(stats.records.levels)},
        {QStringLiteral("index_ms"), stats.indexMs},
        {QStringLiteral("index_memory_bytes"), stats.indexMemory},
        {QStringLiteral("rss_anon_bytes"), rssAnonBytes()},
    };
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)) + u'\n';
}

QString asText(const LogInput &input, const FileStats &stats)
{
    QString text = Cli::tr("%1: %2 lines, %3 bytes, indexed in %4 ms\n")
                       .arg(input.name())
                       .arg(stats.lines)
                       .arg(stats.bytes)
                       .arg(stats.indexMs);
    text += Cli::tr("  format: %1, %2 records\n").arg(stats.format).arg(stats.records.records);
    if (stats.records.firstTime != kNoTime) {
        text += Cli::tr("  time: %1 to %2\n")
                    .arg(QString::fromLatin1(TimeParser::formatIso(stats.records.firstTime, input.context())),
                         QString::fromLatin1(TimeParser::formatIso(stats.records.lastTime, input.context())));
    } else {
        text += Cli::tr("  time: none\n");
    }
    const QString levels = levelCountsText(stats.records.levels);
    text += Cli::tr("  levels: %1\n").arg(levels.isEmpty() ? Cli::tr("none") : levels);
    return text;
}

} // namespace

qint64 rssAnonBytes()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("RssAnon:"))
            return line.mid(8).trimmed().split(' ').value(0).toLongLong() * 1024;
    }
    return -1;
}

int runStats(const QStringList &arguments)
{
    FileCommand command(QStringLiteral("stats"), Cli::tr("Prints the format, lines, records, time range and levels of each file."));
    if (const std::optional<int> done = command.parse(arguments))
        return *done;
    const bool json = command.json();
    return command.forEachFile([json](const LogInput &input) -> std::expected<QString, QString> {
        const auto stats = statsOf(input);
        if (!stats)
            return std::unexpected(stats.error());
        return json ? asJson(input, *stats) : asText(input, *stats);
    });
}
