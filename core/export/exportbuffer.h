// SPDX-FileCopyrightText: 2026 Tideline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

class ByteSink;

/// The output of an export on its way to a ByteSink. Formatted bytes
/// collect here and go to the sink about kFlushBytes at a time, so that a
/// huge record is never held whole in its exported form: writers of long
/// values append at most kPieceBytes of input at a time and call
/// flushIfFull() between the pieces.
///
/// Without a sink, it keeps all the bytes (tests, fuzzers). The first write
/// error sticks: later bytes are dropped. Not thread-safe; the sink (not
/// owned) outlives it.
class ExportBuffer
{
public:
    static constexpr qsizetype kFlushBytes = 1024 * 1024;
    static constexpr qsizetype kPieceBytes = 64 * 1024;

    explicit ExportBuffer(ByteSink *sink = nullptr)
        : m_sink(sink)
    {
    }

    void append(QByteArrayView bytes) { m_bytes.append(bytes); }
    void append(char c) { m_bytes.append(c); }
    /// Appends @p count bytes for the caller to fill and returns where they
    /// start (valid until the next call); chop() the ones left unfilled.
    char *appendSpace(qsizetype count)
    {
        const qsizetype size = m_bytes.size();
        m_bytes.resize(size + count);
        return m_bytes.data() + size;
    }
    void chop(qsizetype count) { m_bytes.chop(count); }
    /// Hands the bytes to the sink once they are kFlushBytes or more;
    /// false after a write error.
    bool flushIfFull() { return (m_bytes.size() < kFlushBytes && m_error.isEmpty()) || flush(); }
    /// Hands all the bytes to the sink; false after a write error.
    bool flush();
    /// The bytes not handed to the sink yet: all of them without a sink.
    const QByteArray &bytes() const { return m_bytes; }
    /// Empty, or why writing to the sink failed.
    const QString &error() const { return m_error; }

private:
    ByteSink *m_sink;
    QByteArray m_bytes;
    QString m_error;
};
