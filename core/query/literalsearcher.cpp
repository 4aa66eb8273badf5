// SPDX-FileCopyrightText: 2026 Tideline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "literalsearcher.h"

#include <cstring>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace {

constexpr bool isAsciiLetter(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

constexpr char asciiLower(char c)
{
    return c >= 'A' && c <= 'Z' ? static_cast<char>(c + ('a' - 'A')) : c;
}

} // namespace

LiteralSearcher::LiteralSearcher(QByteArrayView needle, Case mode)
    : m_needle(needle.toByteArray())
    , m_case(mode)
{
    if (m_case == Case::AsciiInsensitive) {
        for (char &c : m_needle)
            c = asciiLower(c);
        if (!m_needle.isEmpty()) {
            m_firstMask = isAsciiLetter(m_needle.front()) ? 0x20 : 0;
            m_lastMask = isAsciiLetter(m_needle.back()) ? 0x20 : 0;
        }
    }
}

bool LiteralSearcher::verify(const char *candidate) const
{
    const qsizetype n = m_needle.size();
    if (m_case == Case::Sensitive)
        return std::memcmp(candidate, m_needle.constData(), static_cast<std::size_t>(n)) == 0;
    const char *needle = m_needle.constData();
    for (qsizetype i = 0; i < n; ++i)
        if (asciiLower(candidate[i]) != needle[i])
            return false;
    return true;
}

qsizetype LiteralSearcher::scalarIndexIn(const char *data, qsizetype from, qsizetype last) const
{
    const char first = m_needle.front();
    for (qsizetype i = from; i <= last; ++i) {
        const char c = m_case == Case::Sensitive ? data[i] : asciiLower(data[i]);
        if (c == first && verify(data + i))
            return i;
    }
    return -1;
}

qsizetype LiteralSearcher::indexIn(QByteArrayView haystack, qsizetype from) const
{
    const qsizetype n = m_needle.size();
    if (from < 0)
        from = 0;
    if (n == 0)
        return from <= haystack.size() ? from : -1;
    const qsizetype last = haystack.size() - n; // the last position a match can start
    if (from > last)
        return -1;
    const char *const data = haystack.data();
    qsizetype i = from;
#if defined(__SSE2__)
    const __m128i first = _mm_set1_epi8(m_needle.front());
    const __m128i lastByte = _mm_set1_epi8(m_needle.back());
    const __m128i firstMask = _mm_set1_epi8(static_cast<char>(m_firstMask));
    const __m128i lastMask = _mm_set1_epi8(static_cast<char>(m_lastMask));
    for (; i + 15 <= last; i += 16) {
        const __m128i a = _mm_or_si128(_mm_loadu_si128(reinterpret_cast<const __m128i *>(data + i)), firstMask);
        const __m128i b =
            _mm_or_si128(_mm_loadu_si128(reinterpret_cast<const __m128i *>(data + i + n - 1)), lastMask);
        auto bits = static_cast<unsigned>(_mm_movemask_epi8(
            _mm_and_si128(_mm_cmpeq_epi8(a, first), _mm_cmpeq_epi8(b, lastByte))));
        while (bits != 0) {
            const qsizetype at = i + __builtin_ctz(bits);
            if (verify(data + at))
                return at;
            bits &= bits - 1;
        }
    }
#endif
    return scalarIndexIn(data, i, last);
}
