// SPDX-FileCopyrightText: 2026 Tideline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "literalsearcher.h"

#include <QString>

#include <vector>

struct QueryNode;

/// The literals a record's raw bytes must contain for a query to match.
///
/// A list of clauses that must all hold; a clause holds when any of its
/// literals occurs. Built from the words and phrases that every match needs:
/// an AND needs what each child needs, an OR needs one literal of each
/// branch, a regular expression one of its strings when it is a few literals
/// (regexAsLiterals), else its required literals (requiredRegexLiterals),
/// NOT, fields, levels and times need nothing.
/// So mayMatch() is false only when the query certainly cannot match.
/// Immutable after construction; const calls are safe from many threads and
/// never allocate.
class QueryPrefilter
{
public:
    QueryPrefilter() = default;
    explicit QueryPrefilter(const QueryNode &root);

    bool mayMatch(QByteArrayView raw) const;
    /// The first start at or after @p from of a literal of the most selective
    /// clause, -1 when none; @p from when there is no clause.
    qsizetype findCandidate(QByteArrayView haystack, qsizetype from) const;
    bool isEmpty() const { return m_clauses.empty(); }

    /// For tests: `[["disk full"] ["a" | "b"]]`, ASCII-insensitive literals lowercased with `i`.
    QString toString() const;

private:
    using Clause = std::vector<LiteralSearcher>;
    static std::vector<Clause> clausesOf(const QueryNode &node);

    std::vector<Clause> m_clauses; // the most selective (longest shortest literal) first
};
