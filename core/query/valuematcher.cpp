// SPDX-FileCopyrightText: 2026 Tideline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "valuematcher.h"

#include <algorithm>

namespace {

bool isAscii(const QString &text)
{
    return std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.unicode() < 0x80; });
}

char asciiLower(char c)
{
    return c >= 'A' && c <= 'Z' ? static_cast<char>(c + ('a' - 'A')) : c;
}

/// @p lowered is already lowercase.
bool equalsFolded(QByteArrayView text, QByteArrayView lowered)
{
    if (text.size() != lowered.size())
        return false;
    for (qsizetype i = 0; i < text.size(); ++i)
        if (asciiLower(text[i]) != lowered[i])
            return false;
    return true;
}

} // namespace

ValueMatcher::ValueMatcher(const QString &pattern, bool wildcards)
    : m_pattern(pattern)
    , m_unicode(!isAscii(pattern))
{
    const QList<QString> parts = wildcards ? pattern.split(u'*') : QList<QString>{pattern};
    for (const QString &part : parts) {
        if (m_unicode)
            m_foldedSegments.append(part.toCaseFolded());
        else
            m_segments.append(LiteralSearcher(part.toLatin1(), LiteralSearcher::Case::AsciiInsensitive));
    }
}

bool ValueMatcher::matches(QByteArrayView value) const
{
    if (!m_unicode)
        return matchesBytes(value);
    return matchesFolded(QString::fromUtf8(value).toCaseFolded());
}

// Anchored first segment, anchored last segment, the middle ones leftmost in
// order between them: correct for patterns whose only wildcard is '*'.
bool ValueMatcher::matchesBytes(QByteArrayView value) const
{
    const QByteArray &first = m_segments.front().needle();
    if (m_segments.size() == 1)
        return equalsFolded(value, first);
    const QByteArray &last = m_segments.back().needle();
    if (value.size() < first.size() + last.size() || !equalsFolded(value.first(first.size()), first)
        || !equalsFolded(value.last(last.size()), last))
        return false;
    const QByteArrayView middle = value.sliced(first.size(), value.size() - first.size() - last.size());
    qsizetype at = 0;
    for (qsizetype i = 1; i + 1 < m_segments.size(); ++i) {
        const qsizetype found = m_segments[i].indexIn(middle, at);
        if (found < 0)
            return false;
        at = found + m_segments[i].needle().size();
    }
    return true;
}

bool ValueMatcher::matchesFolded(QStringView value) const
{
    const QString &first = m_foldedSegments.front();
    if (m_foldedSegments.size() == 1)
        return value == first;
    const QString &last = m_foldedSegments.back();
    if (value.size() < first.size() + last.size() || !value.startsWith(first) || !value.endsWith(last))
        return false;
    const QStringView middle = value.sliced(first.size(), value.size() - first.size() - last.size());
    qsizetype at = 0;
    for (qsizetype i = 1; i + 1 < m_foldedSegments.size(); ++i) {
        const qsizetype found = middle.indexOf(m_foldedSegments[i], at);
        if (found < 0)
            return false;
        at = found + m_foldedSegments[i].size();
    }
    return true;
}
