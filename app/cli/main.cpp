// SPDX-FileCopyrightText: 2026 Tideline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "clicommands.h"

#include "i18n/translations.h"

#include <QCoreApplication>

#include <cstdio>

namespace {

QString usage()
{
    return Cli::tr("usage: tideline-cli COMMAND [ARGS...]\n"
                                       "\n"
                                       "commands:\n"
                                       "  stats FILE... [--json]           format, lines, records, time range and levels of each file\n"
                                       "  filter FILE... [-q QUERY] [--since T] [--until T] [--count] [--format raw|csv|jsonl] [--follow]\n"
                                       "                                   print the records that match a query (--follow: as they are appended)\n"
                                       "  histogram FILE... [-q QUERY] [--bucket 1m] [--utc] [--json]\n"
                                       "                                   records per time bucket and level, as the timeline shows them\n"
                                       "  formats [--json]                 list the built-in and user formats\n"
                                       "  watch FILE... --rules RULES.json [--from-start] [--once]\n"
                                       "                                   print alert events as JSON lines; follows the files\n"
                                       "  generate --lines N [--seed S] [--format access|json|syslog|mixed] [-o FILE]\n"
                                       "                                   write a deterministic sample log\n"
                                       "\n"
                                       "Run tideline-cli COMMAND --help for a command's options.\n");
}

} // namespace

void printOut(const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, static_cast<size_t>(bytes.size()), stdout);
}

void printErr(const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, static_cast<size_t>(bytes.size()), stderr);
}

int usageError(const QString &message)
{
    printErr(QStringLiteral("tideline-cli: %1\n").arg(message));
    printErr(Cli::tr("Run “tideline-cli --help” for usage.\n"));
    return ExitUsage;
}

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Tideline"));
    QCoreApplication::setApplicationName(QStringLiteral("tideline-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TIDELINE_VERSION));
    installTranslations();

    QStringList args = QCoreApplication::arguments();
    if (args.size() < 2)
        return usageError(Cli::tr("missing command"));
    const QString command = args.takeAt(1);
    if (command == u"--help" || command == u"-h" || command == u"help") {
        printOut(usage());
        return ExitOk;
    }
    if (command == u"--version") {
        printOut(QStringLiteral("tideline-cli %1\n").arg(QCoreApplication::applicationVersion()));
        return ExitOk;
    }
    if (command == u"stats")
        return runStats(args);
    if (command == u"filter")
        return runFilterCommand(args);
    if (command == u"formats")
        return runFormats(args);
    if (command == u"generate")
        return runGenerate(args);
    if (command == u"watch")
        return runWatch(args);
    if (command == u"histogram")
        return runHistogram(args);
    return usageError(Cli::tr("unknown command “%1”").arg(command));
}
