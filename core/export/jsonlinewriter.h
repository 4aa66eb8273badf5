// SPDX-FileCopyrightText: 2026 Tideline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <vector>

class ExportBuffer;

/// Writes JSON objects, one per line, straight from UTF-8 and byte for byte
/// as QJsonDocument::Compact writes the same QJsonObject built from
/// QString::fromUtf8() of the same bytes:
/// - strings: '"', '\\' and control characters escaped (\b \f \n \r \t,
///   else \u00xx), everything else as it is ('/', DEL, U+2028 and all
///   non-ASCII characters); every byte of an invalid UTF-8 sequence that
///   QString::fromUtf8() rejects becomes U+FFFD, and a leading byte order
///   mark is dropped, as QString::fromUtf8() does;
/// - numbers as QByteArray::number() writes them; no spaces.
/// Long strings are written in pieces (ExportBuffer::kPieceBytes of input
/// at a time, ExportBuffer::flushIfFull() between them), so they never
/// sit whole in the buffer in their escaped form.
///
/// The caller gives the keys in QJsonObject's order: sorted as keyLess()
/// says, each once (see objectOrder()). Not thread-safe; @p out outlives it.
class JsonLineWriter
{
public:
    explicit JsonLineWriter(ExportBuffer &out)
        : m_out(out)
    {
    }

    void beginObject();
    /// Ends the object; the outermost one ends the line as well ('\n').
    void endObject();
    /// @p key: valid UTF-8, as validUtf8() returns it.
    void key(QByteArrayView key);
    /// A string from UTF-8 bytes (any bytes).
    void value(QByteArrayView utf8);
    void value(qint64 number);
    void null();

    /// @p utf8 as QString::fromUtf8() reads it, in UTF-8 again: U+FFFD for
    /// every byte of an invalid sequence, a leading byte order mark dropped.
    /// Shares @p utf8 when that changes nothing.
    static QByteArray validUtf8(const QByteArray &utf8);
    /// Whether @p a sorts before @p b as QJsonObject sorts its keys (by
    /// UTF-16 code units). Both valid UTF-8.
    static bool keyLess(QByteArrayView a, QByteArrayView b);
    /// The indices of @p keys (as validUtf8() returns them) that a
    /// QJsonObject inserted with them in this order keeps, in the order
    /// it writes them: sorted by keyLess(), the last of equal keys.
    static std::vector<std::size_t> objectOrder(const std::vector<QByteArray> &keys);

private:
    /// @p text (valid or not) escaped, in pieces; no quotes.
    void appendEscaped(QByteArrayView text);

    ExportBuffer &m_out;
    int m_depth = 0;
    bool m_comma = false; // the next key needs a ',' before it
};
