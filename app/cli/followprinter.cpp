// SPDX-FileCopyrightText: 2026 Tideline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "followprinter.h"

#include "clicommands.h"

#include "export/exporter.h"
#include "filter/foldedrecord.h"
#include "index/logfile.h"

#include <QCoreApplication>
#include <QFile>
#include <QSocketNotifier>

#include <csignal>
#include <cstdio>
#include <optional>
#include <fcntl.h>
#include <unistd.h>

namespace {

int g_stopPipe[2] = {-1, -1};

void onStopSignal(int)
{
    const char byte = 's';
    [[maybe_unused]] const ssize_t ignored = ::write(g_stopPipe[1], &byte, 1);
}

/// SIGINT and SIGTERM end the event loop (a self-pipe: a signal handler may
/// not touch Qt). False when the pipe cannot be made.
bool installStopHandlers()
{
    if (::pipe2(g_stopPipe, O_CLOEXEC | O_NONBLOCK) != 0)
        return false;
    struct sigaction action = {};
    action.sa_handler = onStopSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    sigaction(SIGINT, &action, nullptr);
    sigaction(SIGTERM, &action, nullptr);
    return true;
}

/// Prints the records of one LogFile as its lines become complete.
class Printer
{
public:
    Printer(const LogFile &file, const FollowRequest &request, const Exporter &withHeader, const Exporter &withoutHeader)
        : m_file(file)
        , m_request(request)
        , m_withHeader(withHeader)
        , m_withoutHeader(withoutHeader)
    {
    }

    /// Skips what the file holds now (follow from its end).
    void skipToEnd()
    {
        m_doneByte = m_file.index().endOfCompleteLines();
        m_doneLine = m_file.index().completeLineCount();
    }

    /// Prints the records completed since the last call; @p final: the
    /// input ended, so a last line without '\n' counts too. False on error.
    bool printNew(bool final)
    {
        if (!m_file.format())
            return true; // detected in a moment; nothing is lost meanwhile
        const LineIndex &index = m_file.index();
        const qint64 to = final ? index.indexedBytes() : index.endOfCompleteLines();
        const qint64 lines = final ? index.lineCount(true) : index.completeLineCount();
        if (to <= m_doneByte)
            return true;
        QFile data(m_file.dataPath());
        if (!data.open(QIODevice::ReadOnly))
            return report(data.errorString());
        qint64 line = m_doneLine;
        const qint64 recordsFrom = lateContinuationEnd(line, lines, to);
        const bool raw = m_request.export_.format == ExportFormat::Raw;
        if (recordsFrom > m_doneByte && m_lastMatched && raw && !print(data, recordsFrom, Query(), m_withoutHeader))
            return false;
        m_doneByte = recordsFrom;
        m_doneLine = line;
        if (recordsFrom < to) {
            const auto written = print(data, to, m_request.query, m_headerDone ? m_withoutHeader : m_withHeader);
            if (!written)
                return false;
            m_headerDone = m_headerDone || written->records > 0;
            m_lastMatched = written->lastRecordEnd == to;
        }
        m_doneByte = to;
        m_doneLine = lines;
        return true;
    }

private:
    bool report(const QString &error) const
    {
        printErr(QStringLiteral("tideline-cli: %1: %2\n").arg(m_request.path, error));
        return false;
    }

    /// Continuation lines at the start of what is new belong to the record
    /// printed (or passed over) before: moves @p line past them and returns
    /// where the next record starts (@p to when none does yet).
    qint64 lateContinuationEnd(qint64 &line, qint64 lines, qint64 to) const
    {
        if (m_doneByte == 0)
            return m_doneByte; // the first line always starts a record
        const LogFormat &format = *m_file.format();
        while (line < lines && !FoldedRecord::startsRecord(format, m_file.lineBytes(line, FoldedRecord::kStartBytes)))
            ++line;
        return line < lines ? m_file.index().lineRange(line).begin : to;
    }

    /// Writes the records of [m_doneByte, @p to) of @p data that match @p query to standard output.
    std::optional<ExportReport> print(QFile &data, qint64 to, const Query &query, const Exporter &exporter) const
    {
        const std::vector<ExportSource> sources{
            {data.handle(), m_doneByte, to, m_doneLine, m_file.format(), m_file.timeContext(), query, m_request.path}};
        QFile out;
        if (!out.open(STDOUT_FILENO, QIODevice::WriteOnly, QFileDevice::DontCloseHandle)) {
            report(out.errorString());
            return std::nullopt;
        }
        const std::atomic<bool> cancel = false;
        const auto written = exporter.write(sources, out, cancel);
        out.flush();
        if (!written) {
            report(written.error());
            return std::nullopt;
        }
        return *written;
    }

    const LogFile &m_file;
    const FollowRequest &m_request;
    const Exporter &m_withHeader;
    const Exporter &m_withoutHeader;
    qint64 m_doneByte = 0;
    qint64 m_doneLine = 0;
    bool m_headerDone = false;
    bool m_lastMatched = false; // the last record before m_doneByte was printed
};

std::expected<void, QString> openFollowed(LogFile &file, const FollowRequest &request)
{
    if (request.path == u"-")
        return file.openStream(STDIN_FILENO, request.path);
    auto opened = file.open(request.path);
    if (opened && !file.setFollowing(true))
        return std::unexpected(Cli::tr("“%1” cannot be followed (a compressed or UTF-16 file is read once)").arg(request.path));
    return opened;
}

} // namespace

int followAndPrint(const FollowRequest &request)
{
    ExportOptions noHeader = request.export_;
    noHeader.csvHeader = false;
    const auto withHeader = Exporter::create(request.export_);
    const auto withoutHeader = Exporter::create(noHeader);
    if (!withHeader || !withoutHeader)
        return usageError(withHeader ? withoutHeader.error() : withHeader.error());
    if (!installStopHandlers()) {
        printErr(Cli::tr("tideline-cli: cannot set up the stop signal handlers\n"));
        return ExitFailure;
    }
    LogFile file;
    file.setCandidateFormats(request.candidates);
    if (request.format)
        file.setFormat(request.format);
    if (auto opened = openFollowed(file, request); !opened) {
        printErr(QStringLiteral("tideline-cli: %1\n").arg(opened.error()));
        return ExitFailure;
    }
    const bool stream = request.path == u"-";
    Printer printer(file, request, *withHeader, *withoutHeader);
    int status = ExitOk;
    bool started = stream || request.fromStart;
    const auto step = [&] {
        if (!started) {
            if (file.isIndexing())
                return;
            printer.skipToEnd(); // the first index is complete: what follows is new
            started = true;
        }
        const bool ended = stream && !file.isReadingStream() && !file.isIndexing();
        if (!printer.printNew(ended)) // a query too expensive is a bad query: following it cannot go on
            status = request.query.tooExpensiveError().isEmpty() ? ExitFailure : ExitUsage;
        if (ended || status == ExitUsage)
            QCoreApplication::exit(status);
    };
    QObject::connect(&file, &LogFile::linesAdded, &file, step);
    QObject::connect(&file, &LogFile::indexingFinished, &file, step);
    QObject::connect(&file, &LogFile::formatChanged, &file, step);
    QObject::connect(&file, &LogFile::followEventAdded, &file, [&request](const FollowEvent &event) {
        printErr(QStringLiteral("tideline-cli: %1: %2\n").arg(request.path, LogFile::describe(event)));
    });
    QObject::connect(&file, &LogFile::errorOccurred, &file, [&status](const QString &message) {
        printErr(QStringLiteral("tideline-cli: %1\n").arg(message));
        status = ExitFailure;
    });
    QSocketNotifier stop(g_stopPipe[0], QSocketNotifier::Read);
    QObject::connect(&stop, &QSocketNotifier::activated, &stop, [&] {
        step();
        QCoreApplication::exit(status);
    });
    const int exitCode = QCoreApplication::exec();
    std::fflush(stdout);
    return exitCode;
}
