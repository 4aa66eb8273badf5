// SPDX-FileCopyrightText: 2026 Tideline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "compress/bytesink.h"

#include <QByteArray>
#include <QList>
#include <QStringList>

#include <expected>
#include <optional>

/// What an export writes per record.
enum class ExportFormat {
    Raw,       ///< the record's bytes as in the file, line endings included
    Csv,       ///< RFC 4180, one row per record, see Csv::field()
    JsonLines, ///< one object per record: line, time, level, message, fields, raw
};

/// One CSV column: a table column or a parsed field by name.
struct ExportColumn
{
    enum Kind { Line, Time, Level, Source, Message, Field };
    Kind kind = Message;
    QByteArray field; ///< the field name, for Field

    /// The header text: "line", "time", "level", "source", "message" or the field name.
    QByteArray name() const;
    bool operator==(const ExportColumn &) const = default;
};

/// Everything an export is asked to do besides which records. Plain value.
struct ExportOptions
{
    ExportFormat format = ExportFormat::Raw;
    QList<ExportColumn> columns; ///< CSV: the columns in order; empty: defaultExportColumns()
    bool csvHeader = true;       ///< CSV: a first row with the column names
    bool redact = false;         ///< mask the built-in patterns (see Redactor)
    QStringList redactPatterns;  ///< user regular expressions (PCRE2) to mask as well
    bool utcTimes = false;       ///< times in UTC ("Z") instead of the file's zone
    SinkOptions sink;            ///< compression
};

/// "raw", "csv", "jsonl" (also "json"), case-insensitive.
std::optional<ExportFormat> exportFormatFromName(QStringView name);
/// Line, Time, Level, Source, Message: the table's columns.
QList<ExportColumn> defaultExportColumns();
/// "line,time,level,source,message,status": known names are table columns,
/// any other name is a parsed field. The error names the bad entry.
std::expected<QList<ExportColumn>, QString> parseExportColumns(const QString &list);
