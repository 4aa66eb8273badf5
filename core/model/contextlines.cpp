// SPDX-FileCopyrightText: 2026 Tideline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "contextlines.h"

#include "filter/filterchunk.h"

#include <algorithm>
#include <utility>

void ContextLines::reset(int records)
{
    m_lines.clear();
    m_recentStarts.clear();
    m_afterLine = 0;
    m_afterBudget = -1;
    m_records = std::max(0, records);
}

void ContextLines::add(const FilterChunk &chunk)
{
    for (qsizetype i = 0; i < chunk.matchCount(); ++i) {
        const qint64 first = chunk.matchLine(i);
        const qint64 count = chunk.matchLineCount(i);
        extendAfter(chunk, first);
        const qint64 start = contextStart(chunk, first);
        m_lines.append(start, first - start);
        m_lines.append(first, count);
        m_afterLine = first + count;
        m_afterBudget = m_records;
    }
    extendAfter(chunk, chunk.firstLine + chunk.lineCount);
    rememberStarts(chunk);
}

qint64 ContextLines::contextStart(const FilterChunk &chunk, qint64 line) const
{
    // Lines up to m_lines.last() are settled: no need to look below them.
    const qint64 settled = m_lines.last() + 1;
    qint64 need = m_records;
    if (chunk.recordStarts.empty()) {
        const qint64 n = std::min(need, line - std::max(chunk.firstLine, settled));
        line -= std::max<qint64>(n, 0);
        need -= std::max<qint64>(n, 0);
    } else {
        while (need > 0 && line > chunk.firstLine && line > settled) {
            --line;
            if (chunk.startsRecord(line - chunk.firstLine))
                --need;
        }
    }
    if (need == 0 || line <= settled || line > chunk.firstLine)
        return line;
    // The context reaches into earlier chunks; the lines before this chunk's
    // first record start belong to the last record remembered.
    const auto remembered = static_cast<qint64>(m_recentStarts.size());
    return need <= remembered ? m_recentStarts[static_cast<std::size_t>(remembered - need)] : 0;
}

void ContextLines::extendAfter(const FilterChunk &chunk, qint64 until)
{
    if (m_afterBudget < 0)
        return;
    qint64 line = std::max(m_afterLine, chunk.firstLine);
    const qint64 end = std::min(until, chunk.firstLine + chunk.lineCount);
    if (chunk.recordStarts.empty()) {
        const qint64 n = std::clamp<qint64>(end - line, 0, m_afterBudget);
        m_lines.append(line, n);
        line += n;
        m_afterBudget -= n;
        if (line < end)
            m_afterBudget = -1;
    } else {
        for (; line < end; ++line) {
            if (chunk.startsRecord(line - chunk.firstLine) && --m_afterBudget < 0)
                break;
            m_lines.append(line);
        }
    }
    m_afterLine = std::max(m_afterLine, line);
}

void ContextLines::rememberStarts(const FilterChunk &chunk)
{
    if (m_records == 0)
        return;
    std::deque<qint64> starts; // this chunk's last ones, ascending
    if (chunk.recordStarts.empty()) {
        for (qint64 rel = std::max<qint64>(0, chunk.lineCount - m_records); rel < chunk.lineCount; ++rel)
            starts.push_back(chunk.firstLine + rel);
    } else {
        for (qint64 rel = chunk.lineCount - 1; rel >= 0 && std::cmp_less(starts.size(), m_records); --rel) {
            if (chunk.startsRecord(rel))
                starts.push_front(chunk.firstLine + rel);
        }
    }
    m_recentStarts.insert(m_recentStarts.end(), starts.begin(), starts.end());
    while (std::cmp_greater(m_recentStarts.size(), m_records))
        m_recentStarts.pop_front();
}
