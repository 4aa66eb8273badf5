// SPDX-FileCopyrightText: 2026 Tideline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "parse/jsonscanner.h"

#include <bit>
#include <cstring>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace {

bool isBlank(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

bool readHex4(QByteArrayView s, qsizetype at, uint &out)
{
    if (at + 4 > s.size())
        return false;
    uint v = 0;
    for (qsizetype i = at; i < at + 4; ++i) {
        const int h = hexValue(s[i]);
        if (h < 0)
            return false;
        v = v * 16 + uint(h);
    }
    out = v;
    return true;
}

void appendUtf8(QByteArray &out, uint cp)
{
    if (cp < 0x80) {
        out += char(cp);
    } else if (cp < 0x800) {
        out += char(0xC0 | (cp >> 6));
        out += char(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        out += char(0xE0 | (cp >> 12));
        out += char(0x80 | ((cp >> 6) & 0x3F));
        out += char(0x80 | (cp & 0x3F));
    } else {
        out += char(0xF0 | (cp >> 18));
        out += char(0x80 | ((cp >> 12) & 0x3F));
        out += char(0x80 | ((cp >> 6) & 0x3F));
        out += char(0x80 | (cp & 0x3F));
    }
}

} // namespace

JsonScanner::JsonScanner(QByteArrayView text)
    : m_text(text)
{
    skipBlanks();
    if (m_pos >= m_text.size() || m_text[m_pos] != '{')
        m_failed = true;
    else
        ++m_pos;
}

void JsonScanner::skipBlanks()
{
    while (m_pos < m_text.size() && isBlank(m_text[m_pos]))
        ++m_pos;
}

bool JsonScanner::readString(qsizetype &end)
{
    end = stringEnd(m_text, m_pos);
    return end >= 0;
}

qsizetype JsonScanner::stringEnd(QByteArrayView text, qsizetype quoteAt)
{
    const char *base = text.data();
    qsizetype i = quoteAt + 1;
#if defined(__SSE2__)
    // Keys and most values are short: 16-byte probes end them inline until
    // a backslash comes before the first quote.
    for (int probe = 0; probe < 4 && i + 16 <= text.size(); ++probe, i += 16) {
        const __m128i bytes = _mm_loadu_si128(reinterpret_cast<const __m128i *>(base + i));
        const auto quotes = static_cast<unsigned>(_mm_movemask_epi8(_mm_cmpeq_epi8(bytes, _mm_set1_epi8('"'))));
        const auto slashes = static_cast<unsigned>(_mm_movemask_epi8(_mm_cmpeq_epi8(bytes, _mm_set1_epi8('\\'))));
        if ((quotes | slashes) == 0)
            continue;
        if (quotes != 0 && (slashes & ((quotes & (0U - quotes)) - 1)) == 0)
            return i + std::countr_zero(quotes) + 1;
        break; // an escape first: the loop below counts backslashes
    }
#endif
    while (i < text.size()) {
        const void *q = std::memchr(base + i, '"', size_t(text.size() - i));
        if (!q)
            return -1;
        const qsizetype at = static_cast<const char *>(q) - base;
        qsizetype slashes = 0;
        while (at - 1 - slashes > quoteAt && base[at - 1 - slashes] == '\\')
            ++slashes;
        if (slashes % 2 == 0)
            return at + 1;
        i = at + 1;
    }
    return -1;
}

bool JsonScanner::skipNested()
{
    int depth = 0;
    while (m_pos < m_text.size()) {
        const char c = m_text[m_pos];
        if (c == '"') {
            qsizetype end = 0;
            if (!readString(end))
                return false;
            m_pos = end;
            continue;
        }
        if (c == '{' || c == '[') {
            ++depth;
        } else if (c == '}' || c == ']') {
            if (--depth == 0) {
                ++m_pos;
                return true;
            }
        }
        ++m_pos;
    }
    return false;
}

bool JsonScanner::skipValue(Type &type)
{
    if (m_pos >= m_text.size())
        return false;
    const char c = m_text[m_pos];
    if (c == '"') {
        type = Type::String;
        qsizetype end = 0;
        if (!readString(end))
            return false;
        m_pos = end;
        return true;
    }
    if (c == '{' || c == '[') {
        type = c == '{' ? Type::Object : Type::Array;
        return skipNested();
    }
    type = (c == '-' || (c >= '0' && c <= '9')) ? Type::Number : Type::Literal;
    const qsizetype start = m_pos;
    while (m_pos < m_text.size()) {
        const char d = m_text[m_pos];
        if (d == ',' || d == '}' || d == ']' || isBlank(d))
            break;
        ++m_pos;
    }
    return m_pos > start;
}

bool JsonScanner::next(QByteArrayView &key, QByteArrayView &value, Type &type)
{
    if (m_failed || m_finished)
        return false;
    skipBlanks();
    if (m_pos < m_text.size() && m_text[m_pos] == '}') {
        ++m_pos;
        m_finished = true;
        return false;
    }
    if (!m_first) {
        if (m_pos >= m_text.size() || m_text[m_pos] != ',') {
            m_failed = true;
            return false;
        }
        ++m_pos;
        skipBlanks();
    }
    m_first = false;
    qsizetype keyEnd = 0;
    if (m_pos >= m_text.size() || m_text[m_pos] != '"' || !readString(keyEnd)) {
        m_failed = true;
        return false;
    }
    key = m_text.sliced(m_pos + 1, keyEnd - m_pos - 2);
    m_pos = keyEnd;
    skipBlanks();
    if (m_pos >= m_text.size() || m_text[m_pos] != ':') {
        m_failed = true;
        return false;
    }
    ++m_pos;
    skipBlanks();
    const qsizetype valueStart = m_pos;
    if (!skipValue(type)) {
        m_failed = true;
        return false;
    }
    value = m_text.sliced(valueStart, m_pos - valueStart);
    return true;
}

qsizetype JsonScanner::scalarEnd(QByteArrayView text, qsizetype at)
{
    if (at >= text.size() || text[at] == '{' || text[at] == '[')
        return -1;
    if (text[at] == '"')
        return stringEnd(text, at);
    JsonScanner scanner;
    scanner.m_text = text;
    scanner.m_pos = at;
    Type type;
    return scanner.skipValue(type) ? scanner.m_pos : -1;
}

QByteArrayView JsonScanner::stringContent(QByteArrayView raw)
{
    if (raw.size() >= 2 && raw.front() == '"' && raw.back() == '"')
        return raw.sliced(1, raw.size() - 2);
    return raw;
}

QByteArray JsonScanner::unescape(QByteArrayView s)
{
    if (!s.contains('\\'))
        return s.toByteArray();
    QByteArray out;
    out.reserve(s.size());
    for (qsizetype i = 0; i < s.size(); ++i) {
        const char c = s[i];
        if (c != '\\' || i + 1 >= s.size()) {
            out += c;
            continue;
        }
        const char e = s[++i];
        switch (e) {
        case 'n': out += '\n'; break;
        case 't': out += '\t'; break;
        case 'r': out += '\r'; break;
        case 'b': out += '\b'; break;
        case 'f': out += '\f'; break;
        case 'u': {
            uint cp = 0;
            if (!readHex4(s, i + 1, cp)) {
                out += "\\u";
                break;
            }
            i += 4;
            uint low = 0;
            if (cp >= 0xD800 && cp < 0xDC00 && i + 6 < s.size() && s[i + 1] == '\\' && s[i + 2] == 'u'
                && readHex4(s, i + 3, low) && low >= 0xDC00 && low < 0xE000) {
                cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
                i += 6;
            }
            appendUtf8(out, cp);
            break;
        }
        default: out += e; break; // \" \\ \/ and anything unknown
        }
    }
    return out;
}
