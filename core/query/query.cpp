// SPDX-FileCopyrightText: 2026 Tideline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "query.h"

#include "querynode.h"
#include "queryparser.h"
#include "queryprefilter.h"

#include <QCoreApplication>

#include <algorithm>

/// Everything a Query shares between its copies.
struct QueryProgram
{
    QueryNode root;
    QueryPrefilter prefilter;
    bool needsParsedRecord = false;
    std::vector<QByteArray> fieldsRead;
};

Query::Query()
    : m_program(std::make_shared<const QueryProgram>())
{
}

Query::Query(std::shared_ptr<const QueryProgram> program)
    : m_program(std::move(program))
{
}

std::expected<Query, QueryError> Query::parse(QStringView text, TimeNs now)
{
    std::expected<QueryNode, QueryError> root = QueryParser::parse(text, now);
    if (!root)
        return std::unexpected(root.error());
    auto program = std::make_shared<QueryProgram>();
    program->root = std::move(*root);
    program->prefilter = QueryPrefilter(program->root);
    program->needsParsedRecord = program->root.needsParsedRecord();
    if (program->needsParsedRecord && !program->root.collectFields(program->fieldsRead))
        program->fieldsRead.clear();
    return Query(std::move(program));
}

bool Query::isEmpty() const
{
    return m_program->root.kind == QueryNode::Kind::All;
}

bool Query::matches(const Record &record) const
{
    return m_program->root.matches(record);
}

bool Query::mayMatch(QByteArrayView raw) const
{
    return m_program->prefilter.mayMatch(raw);
}

bool Query::needsParsedRecord() const
{
    return m_program->needsParsedRecord;
}

const std::vector<QByteArray> &Query::fieldsRead() const
{
    return m_program->fieldsRead;
}

qsizetype Query::findCandidate(QByteArrayView haystack, qsizetype from) const
{
    return m_program->prefilter.findCandidate(haystack, from);
}

QList<std::pair<qsizetype, qsizetype>> Query::highlights(QStringView text) const
{
    QList<std::pair<qsizetype, qsizetype>> ranges;
    m_program->root.findHighlights(text, ranges);
    std::sort(ranges.begin(), ranges.end());
    QList<std::pair<qsizetype, qsizetype>> merged;
    for (const auto &[start, length] : ranges) {
        if (!merged.isEmpty() && start <= merged.back().first + merged.back().second) {
            qsizetype &lastLength = merged.back().second;
            lastLength = std::max(lastLength, start + length - merged.back().first);
        } else {
            merged.append({start, length});
        }
    }
    return merged;
}

QString Query::tooExpensiveError() const
{
    const RegexMatcher *regex = m_program->root.regexThatGaveUp();
    if (!regex)
        return {};
    return QCoreApplication::translate("Query", "query too expensive: the regex /%1/ backtracks too much; make it more specific")
        .arg(regex->regex().pattern());
}

QString Query::toString() const
{
    return m_program->root.toString();
}

QString Query::prefilterString() const
{
    return m_program->prefilter.toString();
}
