// SPDX-FileCopyrightText: 2026 Tideline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "literalsearcher.h"

#include <QList>
#include <QRegularExpression>

#include <atomic>
#include <memory>
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
///
/// A match that gives up (PCRE2 returns an error instead of "no match": its
/// match limit, 10,000,000 steps, or another resource limit was reached,
/// e.g. /(a+)+$/ on forty 'a's and a 'b') counts as no match and sets
/// gaveUp() for this matcher and its copies. From then on matches() is false
/// and findIn() finds nothing at once, so a scan with such a regex ends
/// quickly; the caller reports it (Query::tooExpensiveError()).
/// Immutable after construction but for that flag; const calls are safe
/// from many threads.
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
    /// True once a match gave up (see the class comment).
    bool gaveUp() const { return m_gaveUp && m_gaveUp->load(std::memory_order_relaxed); }
    /// The literals that decide matches() when the regex is one of a few
    /// fixed strings; empty otherwise.
    const std::vector<LiteralSearcher> &literals() const { return m_literals; }

private:
    QRegularExpression m_regex;
    std::vector<LiteralSearcher> m_literals;
    std::shared_ptr<std::atomic<bool>> m_gaveUp; // null for the default-constructed matcher

    void giveUp() const { m_gaveUp->store(true, std::memory_order_relaxed); }
};
