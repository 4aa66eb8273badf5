// SPDX-FileCopyrightText: 2026 Tideline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsonlinewriter.h"

#include "export/exportbuffer.h"

#include <algorithm>
#include <array>

namespace {

constexpr QByteArrayView kReplacement = "\xEF\xBF\xBD"; // U+FFFD
constexpr QByteArrayView kByteOrderMark = "\xEF\xBB\xBF";

/// ASCII characters a JSON string holds as they are.
constexpr std::array<bool, 256> kPlain = [] {
    std::array<bool, 256> plain{};
    for (int c = 0x20; c < 0x80; ++c)
        plain[std::size_t(c)] = c != '"' && c != '\\';
    return plain;
}();

/// The length of the well-formed UTF-8 sequence at @p s (a byte >= 0x80),
/// or 0: QString::fromUtf8() then makes the byte at @p s one U+FFFD.
qsizetype sequenceLength(const uchar *s, const uchar *end)
{
    qsizetype length = 0;
    uchar low = 0x80; // the range of the second byte
    uchar high = 0xBF;
    if (s[0] >= 0xC2 && s[0] <= 0xDF) {
        length = 2;
    } else if (s[0] >= 0xE0 && s[0] <= 0xEF) {
        length = 3;
        low = s[0] == 0xE0 ? 0xA0 : 0x80; // not overlong
        high = s[0] == 0xED ? 0x9F : 0xBF; // no surrogates
    } else if (s[0] >= 0xF0 && s[0] <= 0xF4) {
        length = 4;
        low = s[0] == 0xF0 ? 0x90 : 0x80; // not overlong
        high = s[0] == 0xF4 ? 0x8F : 0xBF; // up to U+10FFFF
    }
    if (length == 0 || end - s < length || s[1] < low || s[1] > high)
        return 0;
    for (qsizetype i = 2; i < length; ++i)
        if ((s[i] & 0xC0) != 0x80)
            return 0;
    return length;
}

/// Writes how QJsonDocument escapes the ASCII character @p c (< 0x20,
/// '"' or '\\') to @p to: 2 or 6 bytes. Returns the end of what it wrote.
char *writeEscape(uchar c, char *to)
{
    *to++ = '\\';
    switch (c) {
    case '"': *to++ = '"'; return to;
    case '\\': *to++ = '\\'; return to;
    case '\b': *to++ = 'b'; return to;
    case '\f': *to++ = 'f'; return to;
    case '\n': *to++ = 'n'; return to;
    case '\r': *to++ = 'r'; return to;
    case '\t': *to++ = 't'; return to;
    default: break;
    }
    constexpr char kHex[] = "0123456789abcdef";
    *to++ = 'u';
    *to++ = '0';
    *to++ = '0';
    *to++ = kHex[c >> 4];
    *to++ = kHex[c & 0xF];
    return to;
}

QByteArrayView withoutByteOrderMark(QByteArrayView utf8)
{
    return utf8.startsWith(kByteOrderMark) ? utf8.sliced(kByteOrderMark.size()) : utf8;
}

} // namespace

void JsonLineWriter::beginObject()
{
    m_out.append('{');
    ++m_depth;
    m_comma = false;
}

void JsonLineWriter::endObject()
{
    m_out.append('}');
    m_comma = --m_depth > 0;
    if (m_depth == 0)
        m_out.append('\n');
}

void JsonLineWriter::key(QByteArrayView key)
{
    if (m_comma)
        m_out.append(',');
    m_out.append('"');
    appendEscaped(key);
    m_out.append("\":");
}

void JsonLineWriter::value(QByteArrayView utf8)
{
    m_out.append('"');
    appendEscaped(withoutByteOrderMark(utf8));
    m_out.append('"');
    m_comma = true;
}

void JsonLineWriter::value(qint64 number)
{
    m_out.append(QByteArray::number(number));
    m_comma = true;
}

void JsonLineWriter::null()
{
    m_out.append("null");
    m_comma = true;
}

void JsonLineWriter::appendEscaped(QByteArrayView text)
{
    const auto *p = reinterpret_cast<const uchar *>(text.data());
    const uchar *const end = p + text.size();
    while (p < end) {
        const uchar *const stop = p + std::min(ExportBuffer::kPieceBytes, qsizetype(end - p));
        // At most 6 bytes out for each byte in, and a sequence may run 3 bytes past stop.
        const qsizetype room = 6 * (stop - p) + 3;
        char *const begin = m_out.appendSpace(room);
        char *to = begin;
        while (p < stop) {
            if (kPlain[*p]) {
                *to++ = char(*p++);
            } else if (*p < 0x80) {
                to = writeEscape(*p++, to);
            } else if (const qsizetype length = sequenceLength(p, end); length > 0) {
                to = std::copy(p, p + length, to);
                p += length;
            } else {
                to = std::copy(kReplacement.begin(), kReplacement.end(), to);
                ++p;
            }
        }
        m_out.chop(room - (to - begin));
        m_out.flushIfFull();
    }
}

QByteArray JsonLineWriter::validUtf8(const QByteArray &utf8)
{
    const QByteArrayView text = withoutByteOrderMark(utf8);
    const auto *p = reinterpret_cast<const uchar *>(text.data());
    const uchar *const end = p + text.size();
    QByteArray valid;
    const uchar *copied = p;
    while (p < end) {
        const qsizetype length = *p < 0x80 ? 1 : sequenceLength(p, end);
        if (length > 0) {
            p += length;
            continue;
        }
        valid.append(QByteArrayView(copied, p - copied)).append(kReplacement);
        copied = ++p;
    }
    if (copied == reinterpret_cast<const uchar *>(text.data()))
        return text.size() == utf8.size() ? utf8 : text.toByteArray();
    return valid.append(QByteArrayView(copied, end - copied));
}

bool JsonLineWriter::keyLess(QByteArrayView a, QByteArrayView b)
{
    const auto [ia, ib] = std::mismatch(a.begin(), a.end(), b.begin(), b.end());
    if (ia == a.end() || ib == b.end())
        return ib != b.end();
    const auto ua = uchar(*ia);
    const auto ub = uchar(*ib);
    // Equal so far, so both are at the start of a character. UTF-8 sorts by
    // code point; UTF-16 puts U+10000 and up (surrogates, lead byte F0..F4)
    // before U+E000..U+FFFF (lead byte EE or EF).
    const auto supplementary = [](uchar lead) { return lead >= 0xF0; };
    const auto privateUseOrAbove = [](uchar lead) { return lead == 0xEE || lead == 0xEF; };
    if (supplementary(ua) && privateUseOrAbove(ub))
        return true;
    if (privateUseOrAbove(ua) && supplementary(ub))
        return false;
    return ua < ub;
}

std::vector<std::size_t> JsonLineWriter::objectOrder(const std::vector<QByteArray> &keys)
{
    std::vector<std::size_t> order(keys.size());
    for (std::size_t i = 0; i < order.size(); ++i)
        order[i] = i;
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return keyLess(keys[a], keys[b]); });
    std::vector<std::size_t> kept;
    kept.reserve(order.size());
    for (std::size_t i = 0; i < order.size(); ++i)
        if (i + 1 == order.size() || keys[order[i]] != keys[order[i + 1]])
            kept.push_back(order[i]); // the last of equal keys: inserted last, it won
    return kept;
}
