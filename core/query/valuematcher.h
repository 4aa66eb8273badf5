// SPDX-FileCopyrightText: 2026 Tideline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "literalsearcher.h"

#include <QList>
#include <QString>

/// The value side of field:value: equality, or a pattern with '*' wildcards
/// (each '*' stands for any run of characters, also an empty one).
///
/// Case-insensitive: an ASCII pattern folds only ASCII letters and works on
/// the UTF-8 bytes without allocating; a pattern with non-ASCII characters
/// compares Unicode case-folded text (slower).
/// Immutable after construction; const calls are safe from many threads.
class ValueMatcher
{
public:
    ValueMatcher() = default;
    /// @p wildcards false: '*' is an ordinary character.
    ValueMatcher(const QString &pattern, bool wildcards);

    /// Whether the whole of @p value matches.
    bool matches(QByteArrayView value) const;

    const QString &pattern() const { return m_pattern; }
    bool hasWildcards() const { return m_segments.size() > 1; }

private:
    bool matchesBytes(QByteArrayView value) const;
    bool matchesFolded(QStringView value) const;

    QString m_pattern;
    bool m_unicode = false;
    QList<LiteralSearcher> m_segments; // the pattern split at '*', ASCII path
    QList<QString> m_foldedSegments;   // the same, case-folded, Unicode path
};
