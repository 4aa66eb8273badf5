// SPDX-FileCopyrightText: 2026 Tideline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "literalsearcher.h"

#include <QList>
#include <QString>

#include <utility>

/// A word or phrase of a query, found as a substring of a record's text.
///
/// Smart case: the text is case-sensitive when it has an uppercase letter,
/// otherwise case-insensitive. A case-insensitive ASCII text folds only ASCII
/// letters and is searched in the raw UTF-8 bytes without allocating; a
/// case-insensitive text with non-ASCII characters uses Unicode simple case
/// folding (Qt::CaseInsensitive) on the decoded text, a slower path.
///
/// Immutable after construction; const calls are safe from many threads.
class TextMatcher
{
public:
    TextMatcher() = default;
    explicit TextMatcher(const QString &text);

    bool matches(QByteArrayView utf8) const;

    /// Appends the (start, length) of every non-overlapping occurrence in @p text.
    void findIn(QStringView text, QList<std::pair<qsizetype, qsizetype>> &ranges) const;

    const QString &text() const { return m_text; }
    bool isCaseSensitive() const { return m_caseSensitive; }

    /// The byte searcher that decides matches(), or nullptr on the Unicode
    /// path (then no byte literal is safe to require in a prefilter).
    const LiteralSearcher *byteSearcher() const { return m_unicodeFold ? nullptr : &m_searcher; }

private:
    qsizetype asciiFoldIndexIn(QStringView text, qsizetype from) const;

    QString m_text;
    bool m_caseSensitive = false;
    bool m_unicodeFold = false;
    LiteralSearcher m_searcher;
};
