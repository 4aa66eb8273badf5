// SPDX-FileCopyrightText: 2026 Tideline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "parse/ansi.h"

#include <algorithm>
#include <cstring>

namespace Ansi {
namespace {

constexpr char16_t kEsc = 0x1b;
constexpr char16_t kBel = 0x07;

char16_t unit(char c)
{
    return static_cast<unsigned char>(c);
}

char16_t unit(QChar c)
{
    return c.unicode();
}

/// The length of the escape sequence starting at @p i (text[i] is ESC),
/// for any random-access text of code units.
template<typename Text>
qsizetype sequenceLength(const Text &text, qsizetype i)
{
    const qsizetype n = text.size();
    if (i + 1 >= n)
        return n - i; // a lone ESC at the end
    const auto kind = unit(text[i + 1]);
    qsizetype j = i + 2;
    if (kind == u'[') {
        // Parameter and intermediate bytes 0x20-0x3F, then a final byte 0x40-0x7E.
        while (j < n && unit(text[j]) >= 0x20 && unit(text[j]) <= 0x3f)
            ++j;
        if (j < n && unit(text[j]) >= 0x40 && unit(text[j]) <= 0x7e)
            return j + 1 - i;
        return j - i; // malformed: drop what was read
    }
    if (kind == u']') {
        for (; j < n; ++j) {
            if (unit(text[j]) == kBel)
                return j + 1 - i;
            if (unit(text[j]) == kEsc && j + 1 < n && unit(text[j + 1]) == u'\\')
                return j + 2 - i;
        }
        return n - i;
    }
    // Other sequences: intermediate bytes 0x20-0x2F, then one final byte
    // (charset selection "ESC ( B", keypad modes "ESC =", ...).
    j = i + 1;
    while (j < n && unit(text[j]) >= 0x20 && unit(text[j]) <= 0x2f)
        ++j;
    return std::min(j + 1, n) - i;
}

template<typename Text, typename Out>
void strip(const Text &text, Out &out)
{
    qsizetype i = 0;
    while (i < text.size()) {
        if (unit(text[i]) == kEsc)
            i += sequenceLength(text, i);
        else
            out.append(text[i++]);
    }
}

} // namespace

bool contains(QByteArrayView text)
{
    return !text.isEmpty() && std::memchr(text.data(), char(kEsc), std::size_t(text.size())) != nullptr;
}

bool contains(QStringView text)
{
    return text.contains(QChar(kEsc));
}

QByteArrayView stripInto(QByteArrayView text, QByteArray &out)
{
    out.resize(0); // keeps the capacity, unlike clear()
    if (out.capacity() < text.size())
        out.reserve(text.size());
    qsizetype i = 0;
    while (i < text.size()) {
        const void *esc = std::memchr(text.data() + i, char(kEsc), std::size_t(text.size() - i));
        const qsizetype at = esc ? static_cast<const char *>(esc) - text.data() : text.size();
        out.append(text.data() + i, at - i);
        if (at == text.size())
            break;
        i = at + sequenceLength(text, at);
    }
    return out;
}

QByteArray stripped(QByteArrayView text)
{
    QByteArray out;
    stripInto(text, out);
    return out;
}

QString stripped(QStringView text)
{
    if (!contains(text))
        return text.toString();
    QString out;
    out.reserve(text.size());
    strip(text, out);
    return out;
}

} // namespace Ansi
