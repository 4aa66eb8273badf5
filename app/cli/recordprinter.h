// SPDX-FileCopyrightText: 2026 Tideline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "filter/filterchunk.h"
#include "record/record.h"

#include <QByteArray>
#include <QString>

class LogInput;

/// Writes the matches of filter chunks to stdout: raw (the record's bytes
/// exactly as in the file, line endings included) or as JSON lines.
/// Reads the bytes back with pread in blocks of up to 1 MiB. Output goes
/// through stdio's buffer (no flush per record). Not thread-safe.
class RecordPrinter
{
public:
    RecordPrinter(const LogInput &input, bool jsonl, bool withFileName);

    /// Prints the matches of @p chunk (which needs byteRanges).
    void print(const FilterChunk &chunk);
    /// The first read error, empty when none; printing stops after one.
    const QString &error() const { return m_error; }

private:
    bool read(qint64 begin, qint64 end);
    void printRaw(const FilterChunk &chunk);
    void printJson(const FilterChunk &chunk);
    QByteArray toJson(qint64 line, QByteArrayView bytes);

    const LogInput &m_input;
    bool m_jsonl;
    bool m_withFileName;
    QByteArray m_buffer;
    Record m_record;
    QString m_error;
};
