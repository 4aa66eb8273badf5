// SPDX-FileCopyrightText: 2026 Tideline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "export/exportoptions.h"
#include "export/redactor.h"
#include "parse/logformat.h"
#include "parse/timecontext.h"
#include "query/query.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <atomic>
#include <expected>
#include <functional>
#include <vector>

QT_BEGIN_NAMESPACE
class QIODevice;
QT_END_NAMESPACE

/// One file's part of an export: the records of [from, to) that match the
/// query. The file descriptor is borrowed (read with pread only); the
/// format is shared.
struct ExportSource
{
    int fd = -1;
    qint64 from = 0;      ///< a line start; the line there starts a record
    qint64 to = 0;        ///< the end of the data to export
    qint64 firstLine = 0; ///< 0-based number of the line at @p from
    LogFormatPtr format;
    TimeContext context;
    Query query;          ///< the empty query exports every record
    QString name;         ///< shown in errors, and in the output of multi-file exports
};

/// What an export did.
struct ExportReport
{
    qint64 records = 0;      ///< records written: the filter's match count over the sources
    qint64 bytesWritten = 0; ///< bytes of output (compressed size)
    /// Where the last record written from the last source ends; -1 when
    /// none was. Equal to that source's `to` when its last record matched.
    qint64 lastRecordEnd = -1;
    /// What the user should know about the export although it succeeded:
    /// a source that turned out shorter than planned (truncated meanwhile)
    /// is exported up to where its data ended, and said so here.
    QStringList warnings;
};

/// done of total source bytes scanned.
using ExportProgress = std::function<void(qint64 done, qint64 total)>;

/// Writes the matching records of one or more sources in the chosen format
/// and compression: the one code path behind File > Export, Copy As and
/// `tideline-cli filter`. The filter runs on all cores (runFilter); the
/// records are read back with pread and written in file order.
///
/// Synchronous: the calls block the calling thread (run them on a worker
/// for big exports); @p cancel is checked once per filter block and per
/// chunk; a cancelled export returns an error. A source that turns out
/// shorter than planned (truncated meanwhile) is exported up to where its
/// data ends, and ExportReport::warnings says so. A query that turns out too
/// expensive (Query::tooExpensiveError()) ends the export with that error.
/// Memory: the output reaches the device about a megabyte at a time, so a
/// huge record costs about its own size for CSV and JSON lines (it is read
/// whole to be parsed) and a megabyte for raw text, which is copied a block
/// at a time (with redaction, it is read whole too). A raw record longer
/// than a block that the data ends inside is written up to there.
/// Immutable after create():
/// one Exporter may run on several threads at once.
class Exporter
{
    Q_DECLARE_TR_FUNCTIONS(Exporter)

public:
    /// The error says which redaction pattern is bad.
    static std::expected<Exporter, QString> create(const ExportOptions &options);

    const ExportOptions &options() const { return m_options; }

    /// Writes to @p device (open for writing; not owned), e.g. standard output.
    std::expected<ExportReport, QString> write(const std::vector<ExportSource> &sources, QIODevice &device,
                                               const std::atomic<bool> &cancel, const ExportProgress &progress = {}) const;
    /// Writes @p path atomically (QSaveFile): the file appears complete
    /// under its name, or not at all; a file already there stays as it was
    /// when the export fails or is cancelled.
    std::expected<ExportReport, QString> writeFile(const std::vector<ExportSource> &sources, const QString &path,
                                                   const std::atomic<bool> &cancel, const ExportProgress &progress = {}) const;
    /// The output in memory, uncompressed whatever the options say (the clipboard).
    std::expected<QByteArray, QString> toBytes(const std::vector<ExportSource> &sources) const;

private:
    Exporter(const ExportOptions &options, Redactor redactor);

    ExportOptions m_options;
    Redactor m_redactor;
};
