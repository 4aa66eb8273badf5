// SPDX-FileCopyrightText: 2026 Tideline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>

/// Walks the members of one JSON object without building a DOM and without
/// allocating: keys and values come back as views into the text. Nested
/// values are skipped by bracket counting (strings and escapes respected),
/// so a line is read once. Malformed input ends the walk: next() returns
/// false and failed() tells it apart from a clean end.
class JsonScanner
{
public:
    enum class Type : quint8 { String, Number, Object, Array, Literal };

    /// @p text must start (after blanks) with '{'.
    explicit JsonScanner(QByteArrayView text);

    /// The next member. @p key is the raw key without quotes (escapes not
    /// decoded); @p value is the raw value, strings with their quotes.
    bool next(QByteArrayView &key, QByteArrayView &value, Type &type);

    bool failed() const { return m_failed; }
    /// True after next() returned false on the closing '}'.
    bool finished() const { return m_finished; }
    /// Bytes after the closing '}' (valid once finished()).
    QByteArrayView rest() const { return m_text.sliced(m_pos); }

    /// The end of the string, number or literal value that starts at byte
    /// @p at of @p text, as next() would find it; -1 for an object, an
    /// array or a malformed value.
    static qsizetype scalarEnd(QByteArrayView text, qsizetype at);

    /// The content of a raw string value, without its quotes.
    static QByteArrayView stringContent(QByteArrayView raw);
    /// Decodes JSON escapes (\n, \", \uXXXX with surrogates) into UTF-8.
    static QByteArray unescape(QByteArrayView content);

    /// The index after the closing quote of the string whose opening quote
    /// is at @p quoteAt, or -1 when it does not close: the first '"' after
    /// it that an even number of backslashes precedes (any quoted string
    /// with backslash escapes, such as an access log's request).
    static qsizetype stringEnd(QByteArrayView text, qsizetype quoteAt);

private:
    JsonScanner() = default;
    void skipBlanks();
    bool readString(qsizetype &end);
    bool skipValue(Type &type);
    bool skipNested();

    QByteArrayView m_text;
    qsizetype m_pos = 0;
    bool m_failed = false;
    bool m_finished = false;
    bool m_first = true;
};
