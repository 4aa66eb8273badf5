// SPDX-FileCopyrightText: 2026 Tideline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/linebitmap.h"

#include <deque>

struct FilterChunk;

/// The lines a filtered view shows with N records of context around each
/// match, like grep -C N: every line of each matching record and of the N
/// records before and after it (continuation lines included).
///
/// Fed a scan's chunks in file order (add()); context that runs past a
/// chunk goes on in the next one, so an incremental scan of appended data
/// extends the lines exactly as a full scan of the longer file would.
/// Memory: the LineBitmap (one bit per line up to the last one shown) plus
/// the last N record starts.
///
/// Plain value, not thread-safe.
class ContextLines
{
public:
    /// Forgets every line and counts @p records of context from now on (>= 0).
    void reset(int records);
    int records() const { return m_records; }
    /// Adds the matches of @p chunk, the next chunk of the scan, and their context.
    void add(const FilterChunk &chunk);
    const LineBitmap &lines() const { return m_lines; }

private:
    /// The first line of the context before the record starting at @p line.
    qint64 contextStart(const FilterChunk &chunk, qint64 line) const;
    /// Adds the pending after-context up to (not including) @p until.
    void extendAfter(const FilterChunk &chunk, qint64 until);
    /// Keeps the last m_records record starts, those of @p chunk included.
    void rememberStarts(const FilterChunk &chunk);

    LineBitmap m_lines;
    std::deque<qint64> m_recentStarts; // ascending; the last record starts before the next chunk
    qint64 m_afterLine = 0;            // the next line the after-context may take
    qint64 m_afterBudget = -1;         // record starts it may still take; -1: none pending
    int m_records = 0;
};
