// SPDX-FileCopyrightText: 2026 Tideline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "queryprefilter.h"

#include "querynode.h"
#include "regexliterals.h"

#include <QStringList>

#include <algorithm>
#include <limits>

using namespace Qt::StringLiterals;

namespace {

qsizetype shortest(const std::vector<LiteralSearcher> &clause)
{
    qsizetype n = std::numeric_limits<qsizetype>::max();
    for (const LiteralSearcher &literal : clause)
        n = std::min(n, literal.needle().size());
    return n;
}

} // namespace

QueryPrefilter::QueryPrefilter(const QueryNode &root)
    : m_clauses(clausesOf(root))
{
    std::stable_sort(m_clauses.begin(), m_clauses.end(),
                     [](const Clause &a, const Clause &b) { return shortest(a) > shortest(b); });
}

std::vector<QueryPrefilter::Clause> QueryPrefilter::clausesOf(const QueryNode &node)
{
    switch (node.kind) {
    case QueryNode::Kind::Text:
        if (const LiteralSearcher *searcher = node.text.byteSearcher(); searcher && !searcher->needle().isEmpty())
            return {Clause{*searcher}};
        return {};
    case QueryNode::Kind::Regex: {
        if (!node.regex.literals().empty())
            return {Clause(node.regex.literals())}; // the regex is these literals
        const LiteralSearcher::Case mode = node.regex.regex().patternOptions().testFlag(QRegularExpression::CaseInsensitiveOption)
            ? LiteralSearcher::Case::AsciiInsensitive
            : LiteralSearcher::Case::Sensitive;
        std::vector<Clause> clauses;
        for (const QByteArray &literal : requiredRegexLiterals(node.regex.regex()))
            clauses.push_back(Clause{LiteralSearcher(literal, mode)});
        return clauses;
    }
    case QueryNode::Kind::And: {
        std::vector<Clause> all;
        for (const QueryNode &child : node.children)
            for (Clause &clause : clausesOf(child))
                all.push_back(std::move(clause));
        return all;
    }
    case QueryNode::Kind::Or: {
        // One clause from each branch, the branch's most selective one.
        Clause any;
        for (const QueryNode &child : node.children) {
            std::vector<Clause> branch = clausesOf(child);
            if (branch.empty())
                return {};
            auto best = std::max_element(branch.begin(), branch.end(), [](const Clause &a, const Clause &b) {
                return shortest(a) < shortest(b);
            });
            any.insert(any.end(), best->begin(), best->end());
        }
        return {any};
    }
    default: return {};
    }
}

bool QueryPrefilter::mayMatch(QByteArrayView raw) const
{
    for (const Clause &clause : m_clauses) {
        const bool found = std::any_of(clause.cbegin(), clause.cend(),
                                       [raw](const LiteralSearcher &literal) { return literal.containedIn(raw); });
        if (!found)
            return false;
    }
    return true;
}

qsizetype QueryPrefilter::findCandidate(QByteArrayView haystack, qsizetype from) const
{
    if (m_clauses.empty())
        return from;
    // Windows that grow while they hold no hit: a literal that does not
    // occur (or occurs rarely) is then not searched to the end of the
    // haystack again for every hit of another one.
    const Clause &clause = m_clauses.front();
    qsizetype windowBegin = std::max<qsizetype>(0, from);
    for (qsizetype window = 4096; windowBegin < haystack.size(); windowBegin += window, window = std::min<qsizetype>(window * 2, 1 << 20)) {
        const qsizetype windowEnd = std::min(haystack.size(), windowBegin + window);
        qsizetype first = -1;
        for (const LiteralSearcher &literal : clause) {
            // A hit starts in the window; search only up to the best hit so far.
            const qsizetype end = first < 0 ? windowEnd : first;
            const qsizetype stop = std::min(haystack.size(), end + literal.needle().size() - 1);
            const qsizetype at = literal.indexIn(haystack.first(stop), windowBegin);
            if (at >= 0 && (first < 0 || at < first))
                first = at;
        }
        if (first >= 0)
            return first;
    }
    return -1;
}

QString QueryPrefilter::toString() const
{
    QStringList clauses;
    for (const Clause &clause : m_clauses) {
        QStringList literals;
        for (const LiteralSearcher &literal : clause)
            literals.append(u'"' + QString::fromUtf8(literal.needle()) + u'"'
                            + (literal.caseMode() == LiteralSearcher::Case::AsciiInsensitive ? "i"_L1 : ""_L1));
        clauses.append(u'[' + literals.join(" | "_L1) + u']');
    }
    return u'[' + clauses.join(u' ') + u']';
}
