// SPDX-FileCopyrightText: 2026 Tideline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "clicommands.h"

#include "gen/loggenerator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QSaveFile>

int runGenerate(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Cli::tr("Writes a deterministic sample log: the same options give the same bytes."));
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, Cli::tr("Show this help."));
    const QCommandLineOption lines(QStringLiteral("lines"), Cli::tr("Number of lines to write."), QStringLiteral("N"));
    const QCommandLineOption seed(QStringLiteral("seed"), Cli::tr("Random seed (default 1)."), QStringLiteral("S"),
                                  QStringLiteral("1"));
    const QCommandLineOption format(QStringLiteral("format"), Cli::tr("access, json, syslog or mixed (default)."),
                                    QStringLiteral("FORMAT"), QStringLiteral("mixed"));
    const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")},
                                    Cli::tr("Write to FILE instead of standard output."), QStringLiteral("FILE"));
    parser.addOptions({help, lines, seed, format, output});
    if (!parser.parse(arguments))
        return usageError(parser.errorText());
    if (parser.isSet(help)) {
        printOut(parser.helpText());
        return ExitOk;
    }
    if (!parser.positionalArguments().isEmpty())
        return usageError(Cli::tr("generate takes no FILE arguments; use -o FILE"));
    bool ok = false;
    const qint64 lineCount = parser.value(lines).toLongLong(&ok);
    if (!parser.isSet(lines) || !ok || lineCount < 0)
        return usageError(Cli::tr("--lines needs a whole number of lines, e.g. --lines 1000"));
    GeneratorOptions options;
    options.seed = parser.value(seed).toULongLong(&ok);
    if (!ok)
        return usageError(Cli::tr("--seed needs a whole number"));
    const auto chosen = generatorFormatFromName(parser.value(format));
    if (!chosen)
        return usageError(Cli::tr("unknown --format “%1”: use access, json, syslog or mixed").arg(parser.value(format)));
    options.format = *chosen;

    LogGenerator generator(options);
    if (parser.isSet(output)) {
        QSaveFile file(parser.value(output));
        if (!file.open(QIODevice::WriteOnly) || !generator.writeLines(file, lineCount) || !file.commit()) {
            printErr(Cli::tr("tideline-cli: cannot write “%1”: %2\n").arg(file.fileName(), file.errorString()));
            return ExitFailure;
        }
        return ExitOk;
    }
    QFile out;
    if (!out.open(stdout, QIODevice::WriteOnly) || !generator.writeLines(out, lineCount)) {
        printErr(Cli::tr("tideline-cli: cannot write to standard output\n"));
        return ExitFailure;
    }
    return ExitOk;
}
