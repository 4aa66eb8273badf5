// SPDX-FileCopyrightText: 2026 Tideline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

#include <cstring>

/// Byte runs read a word at a time, for the parsers' per-line fast paths
/// (stamps, level words, JSON shapes): inline, no calls to memcmp().
namespace ByteWords {

/// The eight bytes at @p p as one word, little-endian: byte i of the text
/// is bits 8i..8i+7.
inline quint64 load8(const char *p)
{
    quint64 v;
    std::memcpy(&v, p, sizeof v);
    return v;
}

/// memcmp(@p a, @p b, @p size) == 0 for the short runs the parsers compare:
/// words of eight (the last one overlapping the one before) or two of four,
/// bytes only below four.
inline bool sameBytes(const char *a, const char *b, qsizetype size)
{
    const auto same = [&](qsizetype at, std::size_t width) {
        quint64 x = 0, y = 0;
        std::memcpy(&x, a + at, width);
        std::memcpy(&y, b + at, width);
        return x == y;
    };
    if (size < 8) {
        if (size >= 4)
            return same(0, 4) && same(size - 4, 4);
        for (qsizetype i = 0; i < size; ++i)
            if (a[i] != b[i])
                return false;
        return true;
    }
    for (qsizetype i = 0; i + 8 < size; i += 8)
        if (!same(i, 8))
            return false;
    return same(size - 8, 8);
}

} // namespace ByteWords
