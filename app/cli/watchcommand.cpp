// SPDX-FileCopyrightText: 2026 Tideline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "clicommands.h"

#include "loginput.h"

#include "alert/alertengine.h"
#include "alert/alerteventjson.h"
#include "alert/alertfilereader.h"
#include "alert/alertrulesloader.h"

#include <QCommandLineParser>
#include <QDateTime>

#include <csignal>
#include <cstdio>
#include <ctime>
#include <sys/stat.h>

namespace {

volatile std::sig_atomic_t g_stop = 0;

void onStopSignal(int)
{
    g_stop = 1;
}

/// SIGINT and SIGTERM end the follow loop; no SA_RESTART, so a sleep ends early.
void installStopHandlers()
{
    struct sigaction action = {};
    action.sa_handler = onStopSignal;
    sigemptyset(&action.sa_mask);
    sigaction(SIGINT, &action, nullptr);
    sigaction(SIGTERM, &action, nullptr);
}

TimeNs wallNow()
{
    return QDateTime::currentMSecsSinceEpoch() * 1000000;
}

/// One watched file: its input, engine and reader.
struct Watched
{
    std::unique_ptr<LogInput> input;
    std::unique_ptr<AlertEngine> engine;
    std::unique_ptr<AlertFileReader> reader;
    qint64 lastSize = 0;
};

std::expected<std::unique_ptr<Watched>, QString> openWatched(const QString &path, const FormatRegistry &registry,
                                                             const QString &formatName, const std::vector<AlertRule> &rules)
{
    auto input = LogInput::open(path, registry, formatName);
    if (!input)
        return std::unexpected(input.error());
    auto watched = std::make_unique<Watched>();
    watched->input = std::move(*input);
    const LogInput *in = watched->input.get();
    watched->engine = std::make_unique<AlertEngine>(rules, [in](const AlertEvent &event) {
        const QByteArray line = alertEventJson(event, in->context(), in->name());
        std::fwrite(line.constData(), 1, static_cast<std::size_t>(line.size()), stdout);
    });
    watched->reader = std::make_unique<AlertFileReader>(in->fd(), in->format(), in->context(), *watched->engine);
    watched->lastSize = in->size();
    return watched;
}

/// The file's size now; -1 when it cannot be read.
qint64 currentSize(const Watched &watched)
{
    struct stat st = {};
    if (::fstat(watched.input->fd(), &st) != 0)
        return -1;
    return static_cast<qint64>(st.st_size);
}

/// One poll of a followed file: reads what was appended. False on a read error.
bool poll(Watched &watched)
{
    const qint64 size = currentSize(watched);
    if (size < 0)
        return false;
    std::expected<void, QString> result;
    if (size < watched.reader->position()) {
        printErr(Cli::tr("tideline-cli: “%1” was truncated; reading it from the start\n").arg(watched.input->name()));
        watched.reader->restart();
    }
    if (size > watched.reader->position())
        result = watched.reader->read(size, AlertFileReader::End::HoldLastRecord);
    else if (size == watched.lastSize && watched.reader->holding())
        result = watched.reader->read(size, AlertFileReader::End::FlushCompleteLines); // quiet for a poll: the last record is whole
    watched.lastSize = size;
    if (!result) {
        printErr(QStringLiteral("tideline-cli: %1: %2\n").arg(watched.input->name(), result.error()));
        return false;
    }
    watched.engine->advanceTo(wallNow());
    return true;
}

int follow(std::vector<std::unique_ptr<Watched>> &watched)
{
    installStopHandlers();
    while (g_stop == 0 && !watched.empty()) {
        for (auto it = watched.begin(); it != watched.end();)
            it = poll(**it) ? it + 1 : watched.erase(it);
        std::fflush(stdout);
        const timespec pause{0, 200 * 1000 * 1000};
        nanosleep(&pause, nullptr);
    }
    std::fflush(stdout);
    return g_stop != 0 ? ExitOk : ExitFailure;
}

/// Replays a file from its start (log time) or skips to its end.
bool start(Watched &watched, bool fromStart, bool once)
{
    const qint64 size = watched.input->size();
    const auto result = fromStart ? watched.reader->read(size, once ? AlertFileReader::End::FlushAll : AlertFileReader::End::HoldLastRecord)
                                  : watched.reader->skipTo(size);
    if (!result) {
        printErr(QStringLiteral("tideline-cli: %1: %2\n").arg(watched.input->name(), result.error()));
        return false;
    }
    if (fromStart)
        watched.engine->advanceTo(watched.engine->clock()); // the last instant is complete
    return true;
}

} // namespace

int runWatch(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Cli::tr("Runs alert rules over log files and prints alert events as JSON lines.\n"
                                             "Without --from-start it starts at the end of each file and follows it."));
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, Cli::tr("Show this help."));
    const QCommandLineOption rulesOption(QStringLiteral("rules"), Cli::tr("The rules file (JSON, see ALERTS.md)."), QStringLiteral("RULES.json"));
    const QCommandLineOption fromStart(QStringLiteral("from-start"), Cli::tr("Replay the files from their start (log time), then follow."));
    const QCommandLineOption once(QStringLiteral("once"), Cli::tr("Replay the files from their start and exit."));
    const QCommandLineOption formatName(QStringLiteral("format-name"), Cli::tr("Read the files as format NAME instead of detecting it."),
                                        QStringLiteral("NAME"));
    parser.addOptions({help, rulesOption, fromStart, once, formatName});
    parser.addPositionalArgument(QStringLiteral("FILE"), Cli::tr("Log files; - reads standard input."), QStringLiteral("FILE..."));
    if (!parser.parse(arguments))
        return usageError(parser.errorText());
    if (parser.isSet(help)) {
        printOut(parser.helpText());
        return ExitOk;
    }
    const QStringList files = parser.positionalArguments();
    if (files.isEmpty())
        return usageError(Cli::tr("watch needs at least one FILE"));
    if (!parser.isSet(rulesOption))
        return usageError(Cli::tr("watch needs --rules RULES.json"));
    if (files.count(QStringLiteral("-")) > 1)
        return usageError(Cli::tr("standard input (-) can be read only once"));
    const auto rules = AlertRulesLoader::load(parser.value(rulesOption), wallNow());
    if (!rules) {
        printErr(QStringLiteral("tideline-cli: %1\n").arg(rules.error().toString()));
        return ExitUsage;
    }
    const FormatRegistry registry = cliFormatRegistry();
    if (parser.isSet(formatName) && !registry.find(parser.value(formatName)))
        return usageError(Cli::tr("unknown format “%1”; “tideline-cli formats” lists them").arg(parser.value(formatName)));

    int status = ExitOk;
    std::vector<std::unique_ptr<Watched>> watched;
    for (const QString &path : files) {
        auto opened = openWatched(path, registry, parser.value(formatName), *rules);
        if (!opened || !start(**opened, parser.isSet(fromStart) || parser.isSet(once), parser.isSet(once))) {
            if (!opened)
                printErr(QStringLiteral("tideline-cli: %1\n").arg(opened.error()));
            status = ExitFailure;
            continue;
        }
        watched.push_back(std::move(*opened));
    }
    std::fflush(stdout);
    if (parser.isSet(once) || watched.empty())
        return status;
    const int followed = follow(watched);
    return status != ExitOk ? status : followed;
}
