// SPDX-FileCopyrightText: 2026 Tideline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "recordprinter.h"

#include "clicommands.h"
#include "loginput.h"

#include <QFile>

#include <csignal>
#include <unistd.h>

RecordPrinter::RecordPrinter(const Exporter &exporter)
    : m_exporter(exporter)
{
}

std::expected<qint64, QString> RecordPrinter::print(const std::vector<std::unique_ptr<LogInput>> &inputs, const Query &query,
                                                    const QString &outPath)
{
    std::vector<ExportSource> sources;
    for (const auto &input : inputs)
        sources.push_back({input->fd(), 0, input->size(), 0, input->formatPtr(), input->context(), query, input->name()});
    const std::atomic<bool> cancel = false;
    if (!outPath.isEmpty()) {
        // A file size limit (ulimit -f) must fail the write, not kill us with the temporary file left behind.
        std::signal(SIGXFSZ, SIG_IGN);
        const auto report = m_exporter.writeFile(sources, outPath, cancel);
        if (!report)
            return std::unexpected(report.error());
        printWarnings(*report);
        return report->records;
    }
    QFile out;
    if (!out.open(STDOUT_FILENO, QIODevice::WriteOnly, QFileDevice::DontCloseHandle))
        return std::unexpected(Cli::tr("cannot write to standard output: %1").arg(out.errorString()));
    const auto report = m_exporter.write(sources, out, cancel);
    if (!out.flush() && report)
        return std::unexpected(Cli::tr("writing to standard output failed: %1").arg(out.errorString()));
    if (!report)
        return std::unexpected(report.error());
    printWarnings(*report);
    return report->records;
}

void RecordPrinter::printWarnings(const ExportReport &report)
{
    for (const QString &warning : report.warnings)
        printErr(QStringLiteral("tideline-cli: %1\n").arg(warning));
}
