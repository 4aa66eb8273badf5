// SPDX-FileCopyrightText: 2026 Tideline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "clicommands.h"

#include "loginput.h"
#include "recordprinter.h"

#include "filter/filterengine.h"

#include <QCommandLineParser>
#include <QDateTime>

#include <cstdio>

namespace {

struct FilterArgs
{
    QString queryText;
    bool count = false;
    bool jsonl = false;
    QString formatName;
    QStringList files;
};

/// The query with --since/--until appended as since:/until: terms.
QString combinedQuery(const QCommandLineParser &parser, const QCommandLineOption &query, const QCommandLineOption &since,
                      const QCommandLineOption &until)
{
    QStringList parts;
    if (parser.isSet(query))
        parts << parser.values(query).join(u' ');
    const auto term = [](const QString &name, const QString &value) {
        return value.contains(u' ') ? QStringLiteral("%1:\"%2\"").arg(name, value) : QStringLiteral("%1:%2").arg(name, value);
    };
    if (parser.isSet(since))
        parts << term(QStringLiteral("since"), parser.value(since));
    if (parser.isSet(until))
        parts << term(QStringLiteral("until"), parser.value(until));
    if (parts.size() > 1 && parser.isSet(query))
        parts.first() = QStringLiteral("(%1)").arg(parts.first());
    return parts.join(u' ');
}

int queryError(const QString &text, const QueryError &error)
{
    printErr(QStringLiteral("tideline-cli: %1\n  %2\n  %3^\n").arg(error.message, text, QString(std::max(0, error.column - 1), u' ')));
    return ExitUsage;
}

/// Filters one input; prints its records or count. False on a read error.
bool filterOne(const LogInput &input, const Query &query, const FilterArgs &args, bool prefixName)
{
    FilterRequest request;
    request.fd = input.fd();
    request.to = input.size();
    request.format = &input.format();
    request.context = &input.context();
    request.query = query;
    FilterOptions options;
    options.collectRanges = !args.count;
    RecordPrinter printer(input, args.jsonl, prefixName);
    qint64 matches = 0;
    const std::atomic<bool> cancel = false;
    const auto scanned = runFilter(request, options, cancel, [&](FilterChunk &&chunk) {
        matches += chunk.matchCount();
        if (!args.count)
            printer.print(chunk);
    });
    if (args.count)
        printOut(prefixName ? QStringLiteral("%1:%2\n").arg(input.name()).arg(matches) : QStringLiteral("%1\n").arg(matches));
    if (!scanned) {
        printErr(Cli::tr("tideline-cli: reading “%1” failed: %2\n").arg(input.name(), scanned.error()));
        return false;
    }
    if (!printer.error().isEmpty()) {
        printErr(QStringLiteral("tideline-cli: %1\n").arg(printer.error()));
        return false;
    }
    return true;
}

} // namespace

int runFilterCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Cli::tr("Prints the records of the files that match a query, exactly as in the file."));
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, Cli::tr("Show this help."));
    const QCommandLineOption query({QStringLiteral("q"), QStringLiteral("query")}, Cli::tr("The query (see the query language)."), QStringLiteral("QUERY"));
    const QCommandLineOption since(QStringLiteral("since"), Cli::tr("Only records at or after T (-15m, 2024-01-15T10:00)."), QStringLiteral("T"));
    const QCommandLineOption until(QStringLiteral("until"), Cli::tr("Only records before T."), QStringLiteral("T"));
    const QCommandLineOption count(QStringLiteral("count"), Cli::tr("Print the number of matching records only."));
    const QCommandLineOption format(QStringLiteral("format"), Cli::tr("Output: raw (default) or jsonl."), QStringLiteral("raw|jsonl"), QStringLiteral("raw"));
    const QCommandLineOption formatName(QStringLiteral("format-name"), Cli::tr("Read the files as format NAME instead of detecting it."),
                                        QStringLiteral("NAME"));
    parser.addOptions({help, query, since, until, count, format, formatName});
    parser.addPositionalArgument(QStringLiteral("FILE"), Cli::tr("Log files; - reads standard input."), QStringLiteral("FILE..."));
    if (!parser.parse(arguments))
        return usageError(parser.errorText());
    if (parser.isSet(help)) {
        printOut(parser.helpText());
        return ExitOk;
    }
    FilterArgs args{combinedQuery(parser, query, since, until), parser.isSet(count), false, parser.value(formatName),
                    parser.positionalArguments()};
    if (args.files.isEmpty())
        return usageError(Cli::tr("filter needs at least one FILE"));
    if (parser.value(format) != u"raw" && parser.value(format) != u"jsonl")
        return usageError(Cli::tr("unknown output format “%1”: use raw or jsonl").arg(parser.value(format)));
    args.jsonl = parser.value(format) == u"jsonl";
    const auto compiled = Query::parse(args.queryText, QDateTime::currentMSecsSinceEpoch() * 1000000);
    if (!compiled)
        return queryError(args.queryText, compiled.error());
    const FormatRegistry registry = cliFormatRegistry();
    if (!args.formatName.isEmpty() && !registry.find(args.formatName))
        return usageError(Cli::tr("unknown format “%1”; “tideline-cli formats” lists them").arg(args.formatName));
    if (args.files.count(QStringLiteral("-")) > 1)
        return usageError(Cli::tr("standard input (-) can be read only once"));

    static char buffer[1 << 20];
    std::setvbuf(stdout, buffer, _IOFBF, sizeof buffer);
    int status = ExitOk;
    for (const QString &path : args.files) {
        auto input = LogInput::open(path, registry, args.formatName);
        if (!input) {
            printErr(QStringLiteral("tideline-cli: %1\n").arg(input.error()));
            status = ExitFailure;
            continue;
        }
        if (!filterOne(**input, *compiled, args, args.files.size() > 1))
            status = ExitFailure;
    }
    std::fflush(stdout);
    return status;
}
