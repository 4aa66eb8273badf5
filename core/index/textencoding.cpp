// SPDX-FileCopyrightText: 2026 Tideline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "textencoding.h"

#include <array>

namespace {

constexpr std::array kAll = {TextEncoding::Utf8, TextEncoding::Utf16LE, TextEncoding::Utf16BE, TextEncoding::Latin1};

/// UTF-16 without a BOM: at least a third of the bytes are NUL, and nine in
/// ten of them on the same parity (a file of NULs has them on both).
std::optional<TextEncoding> sniffUtf16(QByteArrayView head)
{
    const qsizetype n = head.size() & ~qsizetype{1};
    if (n < 16)
        return std::nullopt;
    qsizetype evenNuls = 0, oddNuls = 0;
    for (qsizetype i = 0; i < n; i += 2) {
        evenNuls += head[i] == '\0';
        oddNuls += head[i + 1] == '\0';
    }
    const qsizetype nuls = evenNuls + oddNuls;
    if (nuls * 3 < n)
        return std::nullopt;
    if (oddNuls * 10 >= nuls * 9)
        return TextEncoding::Utf16LE;
    if (evenNuls * 10 >= nuls * 9)
        return TextEncoding::Utf16BE;
    return std::nullopt;
}

} // namespace

TextEncoding detectEncoding(QByteArrayView head)
{
    if (head.startsWith("\xff\xfe"))
        return TextEncoding::Utf16LE;
    if (head.startsWith("\xfe\xff"))
        return TextEncoding::Utf16BE;
    return sniffUtf16(head).value_or(TextEncoding::Utf8);
}

QString encodingName(TextEncoding encoding)
{
    switch (encoding) {
    case TextEncoding::Utf8: return QStringLiteral("UTF-8");
    case TextEncoding::Utf16LE: return QStringLiteral("UTF-16LE");
    case TextEncoding::Utf16BE: return QStringLiteral("UTF-16BE");
    case TextEncoding::Latin1: return QStringLiteral("ISO-8859-1");
    }
    return {};
}

std::optional<TextEncoding> encodingFromName(QStringView name)
{
    for (TextEncoding e : kAll)
        if (name.compare(encodingName(e), Qt::CaseInsensitive) == 0)
            return e;
    return std::nullopt;
}

QStringList encodingNames()
{
    QStringList names;
    for (TextEncoding e : kAll)
        names << encodingName(e);
    return names;
}
