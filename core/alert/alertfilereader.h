// SPDX-FileCopyrightText: 2026 Tideline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "parse/logformat.h"

#include <QByteArray>
#include <QString>

#include <expected>

class AlertEngine;

/// Reads the records of a log file, in file order, and feeds them to an
/// AlertEngine: the reading side of `tideline-cli watch` (and of any
/// caller that runs rules over a file or its appended tail).
///
/// Records are folded as the filter engine folds them
/// (FoldedRecord::startsRecord); the first line read always starts one.
/// A record over kMaxRecordBytes is cut there: the line after the cut
/// starts the next record. Reads with pread in blocks of 1 MiB; holds at
/// most the current record in memory. Parses a record fully only when a
/// rule's query needs parsed fields; otherwise reads its time alone.
///
/// The file descriptor, format, context and engine outlive the reader.
/// Not thread-safe; synchronous.
class AlertFileReader
{
public:
    /// What to do with the data at the end of a read.
    enum class End {
        HoldLastRecord,     ///< a growing file: the last record may get continuation lines, keep it
        FlushCompleteLines, ///< feed the held record (its complete lines); keep a line without '\n'
        FlushAll,           ///< the data ends here: feed everything, a last line without '\n' too
    };

    AlertFileReader(int fd, const LogFormat &format, const TimeContext &context, AlertEngine &engine);

    /// Feeds the records of [position(), @p to) (and the held record).
    /// A file shorter than @p to ends the read where its data ends.
    std::expected<void, QString> read(qint64 to, End end);
    /// Moves to the start of the last line of [position(), @p to) that
    /// has no '\n' (or to @p to), counting lines, feeding nothing: where
    /// following starts.
    std::expected<void, QString> skipTo(qint64 to);
    /// Starts over at byte 0, line 1 (the file was truncated).
    void restart();

    /// The file offset read up to.
    qint64 position() const { return m_readPos; }
    /// Whether a record (or part of a line) is held back.
    bool holding() const { return !m_carry.isEmpty(); }

private:
    std::expected<qint64, QString> readBlock(qint64 at, qint64 length, char *into) const;
    /// Feeds the records m_carry completes; see End.
    void process(End end);
    /// Feeds m_carry[begin, end) as the record at m_recordLine.
    void feedRecord(qsizetype begin, qsizetype end);

    int m_fd;
    const LogFormat &m_format;
    const TimeContext &m_context;
    AlertEngine &m_engine;
    QByteArray m_carry;        ///< the held record from its first byte, up to m_readPos
    qsizetype m_scanned = 0;   ///< m_carry's bytes already split into lines
    qint64 m_readPos = 0;
    qint64 m_recordLine = 1;   ///< 1-based line of m_carry's first byte
    qint64 m_recordLines = 0;  ///< complete lines in the held record
};
