// SPDX-FileCopyrightText: 2026 Tideline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "clicommands.h"

#include "index/fileaccess.h"
#include "index/lineindexer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

struct FileStats
{
    qint64 lines = 0;
    qint64 bytes = 0;
    qint64 indexMs = 0;
    qint64 indexMemory = 0;
};

std::expected<FileStats, QString> statsOf(const QString &path)
{
    QFile file(path);
    if (auto opened = openLogFile(file); !opened)
        return std::unexpected(opened.error());
    QElapsedTimer clock;
    clock.start();
    LineIndex index;
    const std::atomic<bool> cancel = false;
    const auto scanned = scanLines(file.handle(), 0, file.size(), IndexOptions{}, cancel,
                                   [&index](std::shared_ptr<const IndexChunk> chunk) { index.append(std::move(chunk)); });
    if (!scanned)
        return std::unexpected(Cli::tr("reading “%1” failed: %2").arg(path, scanned.error().message));
    return FileStats{index.lineCount(true), index.indexedBytes(), clock.elapsed(), index.memoryBytes()};
}

QString asJson(const QString &path, const FileStats &stats)
{
    const QJsonObject object{
        {QStringLiteral("file"), path},
        {QStringLiteral("lines"), stats.lines},
        {QStringLiteral("bytes"), stats.bytes},
        {QStringLiteral("index_ms"), stats.indexMs},
        {QStringLiteral("index_memory_bytes"), stats.indexMemory},
    };
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)) + u'\n';
}

QString asText(const QString &path, const FileStats &stats)
{
    return Cli::tr("%1: %2 lines, %3 bytes, indexed in %4 ms\n")
        .arg(path)
        .arg(stats.lines)
        .arg(stats.bytes)
        .arg(stats.indexMs);
}

} // namespace

int runStats(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Cli::tr("Prints the lines, bytes and index time of each file."));
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, Cli::tr("Show this help."));
    const QCommandLineOption json(QStringLiteral("json"), Cli::tr("One JSON object per file."));
    parser.addOptions({help, json});
    parser.addPositionalArgument(QStringLiteral("FILE"), Cli::tr("Log files."), QStringLiteral("FILE..."));
    if (!parser.parse(arguments))
        return usageError(parser.errorText());
    if (parser.isSet(help)) {
        printOut(parser.helpText());
        return ExitOk;
    }
    if (parser.positionalArguments().isEmpty())
        return usageError(Cli::tr("stats needs at least one FILE"));
    int status = ExitOk;
    for (const QString &path : parser.positionalArguments()) {
        const auto stats = statsOf(path);
        if (!stats) {
            printErr(QStringLiteral("tideline-cli: %1\n").arg(stats.error()));
            status = ExitFailure;
            continue;
        }
        printOut(parser.isSet(json) ? asJson(path, *stats) : asText(path, *stats));
    }
    return status;
}
