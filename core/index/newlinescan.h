// SPDX-FileCopyrightText: 2026 Tideline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

#include <bit>
#include <cstddef>
#include <cstring>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

/// Calls @p onNewline(i) for the index i of every '\n' in [data, data + size),
/// in order. On x86-64, 64 bytes per step: four SSE2 compares give a bit
/// mask of newlines, walked with countr_zero, so the loop has no per-byte
/// branches and dense short lines stay cheap. Shared by the line indexer
/// and the filter engine.
template<typename OnNewline>
inline void forEachNewline(const char *data, std::size_t size, OnNewline &&onNewline)
{
    std::size_t i = 0;
#if defined(__SSE2__)
    const __m128i newline = _mm_set1_epi8('\n');
    const auto maskOf = [&](std::size_t at) {
        const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i *>(data + at));
        return static_cast<quint64>(static_cast<quint32>(_mm_movemask_epi8(_mm_cmpeq_epi8(v, newline))));
    };
    for (; i + 64 <= size; i += 64) {
        quint64 mask = maskOf(i) | (maskOf(i + 16) << 16) | (maskOf(i + 32) << 32) | (maskOf(i + 48) << 48);
        while (mask) {
            onNewline(i + static_cast<std::size_t>(std::countr_zero(mask)));
            mask &= mask - 1;
        }
    }
#endif
    const char *p = data + i;
    const char *const stop = data + size;
    while (const void *nl = std::memchr(p, '\n', static_cast<std::size_t>(stop - p))) {
        const auto at = static_cast<const char *>(nl);
        onNewline(static_cast<std::size_t>(at - data));
        p = at + 1;
    }
}
