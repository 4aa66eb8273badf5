// SPDX-FileCopyrightText: 2026 Tideline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "clicommands.h"

#include "followprinter.h"
#include "loginput.h"
#include "recordprinter.h"

#include "compress/compression.h"
#include "export/exporter.h"
#include "filter/filterengine.h"

#include <QCommandLineParser>
#include <QDateTime>

#include <climits>

namespace {

struct FilterArgs
{
    QString queryText;
    bool count = false;
    QString formatName;
    QStringList files;
    QString outPath;
    ExportOptions exportOptions;
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

/// Prints the number of records of @p input that match. False on a read error.
bool countOne(const LogInput &input, const Query &query, bool prefixName)
{
    FilterRequest request;
    request.fd = input.fd();
    request.to = input.size();
    request.format = &input.format();
    request.context = &input.context();
    request.query = query;
    qint64 matches = 0;
    const std::atomic<bool> cancel = false;
    FilterOptions options;
    options.allRecordStarts = false;
    const auto scanned = runFilter(request, options, cancel, [&](FilterChunk &&chunk) { matches += chunk.matchCount(); });
    if (!query.tooExpensiveError().isEmpty())
        return false; // the count would be wrong; runFilterCommand() says why
    printOut(prefixName ? QStringLiteral("%1:%2\n").arg(input.name()).arg(matches) : QStringLiteral("%1\n").arg(matches));
    if (!scanned) {
        printErr(Cli::tr("tideline-cli: reading “%1” failed: %2\n").arg(input.name(), scanned.error()));
        return false;
    }
    return true;
}

/// Reads the output options into @p args; an error message for a bad one.
QString readExportOptions(const QCommandLineParser &parser, const QCommandLineOption &format, const QCommandLineOption &out,
                          const QCommandLineOption &compress, const QCommandLineOption &level, const QCommandLineOption &columns,
                          FilterArgs &args)
{
    ExportOptions &options = args.exportOptions;
    const auto chosen = exportFormatFromName(parser.value(format));
    if (!chosen)
        return Cli::tr("unknown output format “%1”: use raw, csv or jsonl").arg(parser.value(format));
    options.format = *chosen;
    args.outPath = parser.value(out);
    options.sink.compression = compressionForPath(args.outPath);
    if (parser.isSet(compress)) {
        const QString name = parser.value(compress);
        if (name == u"zstd" || name == u"zst")
            options.sink.compression = Compression::Zstd;
        else if (name == u"gzip" || name == u"gz")
            options.sink.compression = Compression::Gzip;
        else if (name == u"none")
            options.sink.compression = Compression::None;
        else
            return Cli::tr("unknown compression “%1”: use zstd, gzip or none").arg(name);
    }
    if (parser.isSet(level)) {
        bool ok = false;
        options.sink.level = parser.value(level).toInt(&ok);
        if (!ok || options.sink.level < 1 || options.sink.level > 19)
            return Cli::tr("--level needs a number from 1 to 19, not “%1”").arg(parser.value(level));
    }
    if (parser.isSet(columns)) {
        auto list = parseExportColumns(parser.value(columns));
        if (!list)
            return list.error();
        options.columns = *list;
    }
    return {};
}

/// Opens every input; the ones that cannot be read are reported and skipped.
std::vector<std::unique_ptr<LogInput>> openInputs(const FilterArgs &args, const FormatRegistry &registry, int &status)
{
    std::vector<std::unique_ptr<LogInput>> inputs;
    for (const QString &path : args.files) {
        auto input = LogInput::open(path, registry, args.formatName);
        if (!input) {
            printErr(QStringLiteral("tideline-cli: %1\n").arg(input.error()));
            status = ExitFailure;
            continue;
        }
        if (!(*input)->warning().isEmpty()) {
            printErr(QStringLiteral("tideline-cli: %1\n").arg((*input)->warning()));
            status = ExitFailure;
        }
        inputs.push_back(std::move(*input));
    }
    return inputs;
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
    const QCommandLineOption format(QStringLiteral("format"), Cli::tr("Output: raw (default), csv or jsonl."), QStringLiteral("raw|csv|jsonl"),
                                    QStringLiteral("raw"));
    const QCommandLineOption out({QStringLiteral("o"), QStringLiteral("output")},
                                 Cli::tr("Write to FILE (atomically) instead of standard output; .zst and .gz compress."), QStringLiteral("FILE"));
    const QCommandLineOption compress(QStringLiteral("compress"), Cli::tr("Compress the output: zstd, gzip or none (default: by the -o name)."),
                                      QStringLiteral("zstd|gzip|none"));
    const QCommandLineOption level(QStringLiteral("level"), Cli::tr("Compression level (zstd 1-19, default 3; gzip 1-9, default 6)."), QStringLiteral("N"));
    const QCommandLineOption columns(QStringLiteral("columns"), Cli::tr("CSV columns, comma-separated (default: line,time,level,source,message)."),
                                     QStringLiteral("LIST"));
    const QCommandLineOption redact(QStringLiteral("redact"), Cli::tr("Mask e-mail and IP addresses, tokens, API keys and card numbers."));
    const QCommandLineOption redactRegex(QStringLiteral("redact-regex"), Cli::tr("Also mask what the regular expression RE matches (repeatable)."),
                                         QStringLiteral("RE"));
    const QCommandLineOption formatName(QStringLiteral("format-name"), Cli::tr("Read the files as format NAME instead of detecting it."),
                                        QStringLiteral("NAME"));
    const QCommandLineOption follow({QStringLiteral("f"), QStringLiteral("follow")},
                                    Cli::tr("Keep reading the FILE and print matching records as they are appended, through rotation "
                                            "and truncation, until Ctrl+C (or until standard input ends)."));
    const QCommandLineOption fromStart(QStringLiteral("from-start"), Cli::tr("With --follow: print the records already in the file first."));
    parser.addOptions({help, query, since, until, count, format, formatName, out, compress, level, columns, redact, redactRegex, follow,
                       fromStart});
    parser.addPositionalArgument(QStringLiteral("FILE"), Cli::tr("Log files; - reads standard input."), QStringLiteral("FILE..."));
    if (!parser.parse(arguments))
        return usageError(parser.errorText());
    if (parser.isSet(help)) {
        printOut(parser.helpText());
        return ExitOk;
    }
    FilterArgs args{combinedQuery(parser, query, since, until), parser.isSet(count), parser.value(formatName), parser.positionalArguments(), {}, {}};
    if (args.files.isEmpty())
        return usageError(Cli::tr("filter needs at least one FILE"));
    if (const QString bad = readExportOptions(parser, format, out, compress, level, columns, args); !bad.isEmpty())
        return usageError(bad);
    args.exportOptions.redact = parser.isSet(redact);
    args.exportOptions.redactPatterns = parser.values(redactRegex);
    const auto exporter = Exporter::create(args.exportOptions);
    if (!exporter)
        return usageError(exporter.error());
    const auto compiled = Query::parse(args.queryText, QDateTime::currentMSecsSinceEpoch() * 1000000);
    if (!compiled)
        return queryError(args.queryText, compiled.error());
    const FormatRegistry registry = cliFormatRegistry();
    if (!args.formatName.isEmpty() && !registry.find(args.formatName))
        return usageError(Cli::tr("unknown format “%1”; “tideline-cli formats” lists them").arg(args.formatName));
    if (args.files.count(QStringLiteral("-")) > 1)
        return usageError(Cli::tr("standard input (-) can be read only once"));

    if (parser.isSet(follow)) {
        if (args.files.size() != 1 || args.count || !args.outPath.isEmpty())
            return usageError(Cli::tr("--follow reads one FILE and prints to standard output (no --count, no -o)"));
        FollowRequest request{args.files.first(), registry.formats(), {}, *compiled, args.exportOptions, parser.isSet(fromStart)};
        if (!args.formatName.isEmpty())
            request.format = registry.find(args.formatName);
        return followAndPrint(request);
    }

    int status = ExitOk;
    const auto inputs = openInputs(args, registry, status);
    if (args.count) {
        for (const auto &input : inputs)
            if (!countOne(*input, *compiled, args.files.size() > 1))
                status = ExitFailure;
        if (const QString tooExpensive = compiled->tooExpensiveError(); !tooExpensive.isEmpty()) {
            printErr(QStringLiteral("tideline-cli: %1\n").arg(tooExpensive));
            return ExitUsage;
        }
        return status;
    }
    if (inputs.empty() && args.outPath.isEmpty())
        return status;
    const auto written = RecordPrinter(*exporter).print(inputs, *compiled, args.outPath);
    if (!written) {
        printErr(QStringLiteral("tideline-cli: %1\n").arg(written.error()));
        return compiled->tooExpensiveError().isEmpty() ? ExitFailure : ExitUsage;
    }
    if (!args.outPath.isEmpty())
        printErr(Cli::tr("tideline-cli: %n record(s) written to “%1”\n", nullptr, static_cast<int>(std::min<qint64>(*written, INT_MAX))).arg(args.outPath));
    return status;
}
