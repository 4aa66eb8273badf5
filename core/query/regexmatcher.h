// SPDX-FileCopyrightText: 2026 Tideline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "literalsearcher.h"

#include <QList>
#include <QRegularExpression>

#include <utility>
#include <vector>

/// A /regex/ of a query (PCRE2 through QRegularExpression, JIT-compiled).
///
/// matches() decodes the UTF-8 record into a per-thread buffer that is
/// reused, so the decoding does not allocate once the buffer is large
/// enough (QRegularExpression itself still allocates its match object).
/// A regex that is a small set of literals (regexAsLiterals, e.g.
/// /time(d)?out/) is instead decided by searching the raw bytes for them:
/// no decoding, no PCRE2.
/// Immutable after construction; const calls are safe from many threads.
class RegexMatcher
{
public:
    RegexMatcher() = default;
    /// @p regex must be valid; it is optimized (JIT) here.
    explicit RegexMatcher(const QRegularExpression &regex);

    bool matches(QByteArrayView utf8) const;

    /// Appends the (start, length) of every non-empty match in @p text.
    void findIn(QStringView text, QList<std::pair<qsizetype, qsizetype>> &ranges) const;

    const QRegularExpression &regex() const { return m_regex; }
    /// The literals that decide matches() when the regex is one of a few
    /// fixed strings; empty otherwise.
    const std::vector<LiteralSearcher> &literals() const { return m_literals; }

private:
    QRegularExpression m_regex;
    std::vector<LiteralSearcher> m_literals;
};
