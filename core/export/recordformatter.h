// SPDX-FileCopyrightText: 2026 Tideline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "export/exportoptions.h"
#include "export/redactor.h"
#include "parse/logformat.h"
#include "record/record.h"

#include <QByteArray>
#include <QString>

class ExportBuffer;

/// Turns one record's bytes into its exported form (raw, a CSV row or a
/// JSON line), redacted as the options say. Long values go to the buffer in
/// pieces (see ExportBuffer): without redaction, formatting a record needs
/// no copy of it. Not thread-safe (reuses a Record); the options, redactor,
/// format and context outlive it.
class RecordFormatter
{
public:
    /// @p sourceName non-empty: CSV gets a leading "file" column and JSON
    /// lines a "file" key (exports of several files).
    RecordFormatter(const ExportOptions &options, const Redactor &redactor, const LogFormat &format, const TimeContext &context,
                    const QString &sourceName = {});

    /// The CSV header row when the options ask for one; else empty.
    QByteArray header() const;
    /// Appends the record @p record (its bytes with the final line
    /// terminator, as in the file) whose first line is @p line (1-based).
    void append(ExportBuffer &out, QByteArrayView record, qint64 line);

private:
    /// @p text redacted when asked for, else @p text itself (not copied).
    QByteArray redacted(QByteArrayView text) const;
    QByteArray cell(const ExportColumn &column, qint64 line) const;
    void appendCsv(ExportBuffer &out, qint64 line);
    void appendJson(ExportBuffer &out, qint64 line);
    QByteArray time() const;

    const ExportOptions &m_options;
    const Redactor &m_redactor;
    const LogFormat &m_format;
    const TimeContext &m_context;
    QList<ExportColumn> m_columns;
    QByteArray m_sourceName;
    Record m_record;
};
