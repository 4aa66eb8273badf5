// SPDX-FileCopyrightText: 2026 Tideline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "queryparser.h"

#include "querylevel.h"
#include "querynumber.h"
#include "querytime.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace {

using Kind = QueryToken::Kind;

/// Deeper nesting is surely not typed by hand; the limit keeps recursion
/// (parsing, matching, destruction) far from the stack's end.
constexpr int kMaxDepth = 100;

QString tokenText(const QueryToken &token)
{
    switch (token.kind) {
    case Kind::Open: return u"("_s;
    case Kind::Close: return u")"_s;
    case Kind::And: return u"AND"_s;
    case Kind::Or: return u"OR"_s;
    case Kind::Not: return u"NOT"_s;
    case Kind::Minus: return u"-"_s;
    default: return token.text;
    }
}

QueryNode::Compare compareFor(QueryToken::Op op)
{
    switch (op) {
    case QueryToken::Op::Less: return QueryNode::Compare::Less;
    case QueryToken::Op::LessEqual: return QueryNode::Compare::LessEqual;
    case QueryToken::Op::GreaterEqual: return QueryNode::Compare::GreaterEqual;
    case QueryToken::Op::Greater: return QueryNode::Compare::Greater;
    case QueryToken::Op::None:
    case QueryToken::Op::Equal: break;
    }
    return QueryNode::Compare::Equal;
}

QueryNode withChildren(QueryNode::Kind kind, std::vector<QueryNode> children)
{
    if (children.size() == 1 && kind != QueryNode::Kind::Not)
        return std::move(children.front());
    QueryNode node;
    node.kind = kind;
    node.children = std::move(children);
    return node;
}

QString fieldPrefix(const QueryToken &token)
{
    static constexpr QLatin1StringView kOps[] = {""_L1, "<"_L1, "<="_L1, "="_L1, ">="_L1, ">"_L1};
    return token.name + u':' + kOps[static_cast<int>(token.op)];
}

} // namespace

std::expected<QueryNode, QueryError> QueryParser::parse(QStringView query, TimeNs now)
{
    std::expected<QList<QueryToken>, QueryError> tokens = QueryLexer::tokenize(query);
    if (!tokens)
        return std::unexpected(tokens.error());
    if (tokens->isEmpty())
        return QueryNode{};
    QueryParser parser(std::move(*tokens), query.size(), now);
    std::expected<QueryNode, QueryError> root = parser.orExpr();
    if (root && !parser.atEnd())
        return std::unexpected(parser.unexpected());
    return root;
}

QueryError QueryParser::unexpected() const
{
    const QueryToken &token = m_tokens[m_pos];
    return {QCoreApplication::translate("Query", "unexpected '%1' at column %2").arg(tokenText(token)).arg(token.column),
            token.column};
}

QueryError QueryParser::nothingAfter(const QueryToken &token) const
{
    return {QCoreApplication::translate("Query", "nothing after '%1' at column %2")
                .arg(tokenText(token))
                .arg(token.column),
            token.column};
}

bool QueryParser::startsTerm() const
{
    if (atEnd())
        return false;
    const Kind kind = m_tokens[m_pos].kind;
    return kind != Kind::Close && kind != Kind::Or && kind != Kind::And;
}

std::expected<QueryNode, QueryError> QueryParser::orExpr()
{
    std::vector<QueryNode> children;
    while (true) {
        std::expected<QueryNode, QueryError> child = andExpr();
        if (!child)
            return child;
        children.push_back(std::move(*child));
        if (atEnd() || m_tokens[m_pos].kind != Kind::Or)
            return withChildren(QueryNode::Kind::Or, std::move(children));
        const QueryToken &orToken = m_tokens[m_pos++];
        if (atEnd())
            return std::unexpected(nothingAfter(orToken));
    }
}

std::expected<QueryNode, QueryError> QueryParser::andExpr()
{
    std::vector<QueryNode> children;
    while (true) {
        std::expected<QueryNode, QueryError> child = unary();
        if (!child)
            return child;
        children.push_back(std::move(*child));
        if (!atEnd() && m_tokens[m_pos].kind == Kind::And) {
            const QueryToken &andToken = m_tokens[m_pos++];
            if (atEnd())
                return std::unexpected(nothingAfter(andToken));
        } else if (!startsTerm()) {
            return withChildren(QueryNode::Kind::And, std::move(children));
        }
    }
}

std::expected<QueryNode, QueryError> QueryParser::unary()
{
    if (atEnd())
        return std::unexpected(nothingAfter(m_tokens.back()));
    const QueryToken &token = m_tokens[m_pos];
    if (m_depth >= kMaxDepth)
        return std::unexpected(QueryError{
            QCoreApplication::translate("Query", "the query is nested too deeply at column %1").arg(token.column),
            token.column});
    ++m_depth;
    std::expected<QueryNode, QueryError> node = nestedUnary(token);
    --m_depth;
    return node;
}

std::expected<QueryNode, QueryError> QueryParser::nestedUnary(const QueryToken &token)
{
    if (token.kind != Kind::Not && token.kind != Kind::Minus)
        return primary();
    ++m_pos;
    if (atEnd())
        return std::unexpected(nothingAfter(token));
    std::expected<QueryNode, QueryError> child = unary();
    if (!child)
        return child;
    std::vector<QueryNode> children;
    children.push_back(std::move(*child));
    return withChildren(QueryNode::Kind::Not, std::move(children));
}

std::expected<QueryNode, QueryError> QueryParser::primary()
{
    const QueryToken &token = m_tokens[m_pos];
    switch (token.kind) {
    case Kind::Open: return group();
    case Kind::Close:
    case Kind::And:
    case Kind::Or: return std::unexpected(unexpected());
    default: ++m_pos; return term(token);
    }
}

std::expected<QueryNode, QueryError> QueryParser::group()
{
    const QueryToken &open = m_tokens[m_pos++];
    if (atEnd())
        return std::unexpected(QueryError{
            QCoreApplication::translate("Query", "missing ')' for the '(' at column %1").arg(open.column),
            open.column});
    if (m_tokens[m_pos].kind == Kind::Close)
        return std::unexpected(QueryError{
            QCoreApplication::translate("Query", "empty parentheses at column %1").arg(open.column), open.column});
    std::expected<QueryNode, QueryError> inner = orExpr();
    if (!inner)
        return inner;
    if (atEnd())
        return std::unexpected(QueryError{
            QCoreApplication::translate("Query", "missing ')' for the '(' at column %1").arg(open.column),
            open.column});
    ++m_pos; // orExpr stops only at the end, ')' or an error
    return inner;
}

std::expected<QueryNode, QueryError> QueryParser::term(const QueryToken &token)
{
    QueryNode node;
    switch (token.kind) {
    case Kind::Word:
    case Kind::Phrase:
        node.kind = QueryNode::Kind::Text;
        node.text = TextMatcher(token.text);
        return node;
    case Kind::Regex: return regexTerm(token);
    case Kind::Field: return fieldTerm(token);
    default: return std::unexpected(unexpected());
    }
}

std::expected<QueryNode, QueryError> QueryParser::regexTerm(const QueryToken &token)
{
    QRegularExpression::PatternOptions options = QRegularExpression::NoPatternOption;
    if (token.caseInsensitive)
        options |= QRegularExpression::CaseInsensitiveOption;
    const QRegularExpression regex(token.text, options);
    if (!regex.isValid()) {
        const int col = token.column + 1 + static_cast<int>(regex.patternErrorOffset());
        return std::unexpected(QueryError{
            QCoreApplication::translate("Query", "invalid regular expression at column %1: %2")
                .arg(col)
                .arg(regex.errorString()),
            col});
    }
    QueryNode node;
    node.kind = QueryNode::Kind::Regex;
    node.regex = RegexMatcher(regex);
    return node;
}

std::expected<QueryNode, QueryError> QueryParser::fieldTerm(const QueryToken &token)
{
    const QString name = token.name.toLower();
    if (name == "level"_L1)
        return levelTerm(token);
    if (name == "since"_L1 || name == "until"_L1)
        return timeTerm(token, name == "since"_L1);
    if (token.op != QueryToken::Op::None)
        return numberTerm(token);
    QueryNode node;
    node.kind = QueryNode::Kind::FieldEquals;
    node.messageField = name == "message"_L1 || name == "msg"_L1;
    node.field = node.messageField ? "message"_ba : token.name.toUtf8();
    node.value = ValueMatcher(token.text, !token.quoted);
    return node;
}

std::expected<QueryNode, QueryError> QueryParser::numberTerm(const QueryToken &token)
{
    const std::optional<double> number = queryNumberFromBytes(token.text.toUtf8());
    if (!number)
        return std::unexpected(QueryError{
            QCoreApplication::translate("Query", "expected a number after \"%1\" at column %2, not \"%3\"")
                .arg(fieldPrefix(token))
                .arg(token.valueColumn)
                .arg(token.text),
            token.valueColumn});
    QueryNode node;
    node.kind = QueryNode::Kind::FieldCompare;
    node.compare = compareFor(token.op);
    const QString name = token.name.toLower();
    node.messageField = name == "message"_L1 || name == "msg"_L1;
    node.field = node.messageField ? "message"_ba : token.name.toUtf8();
    node.number = *number;
    return node;
}

std::expected<QueryNode, QueryError> QueryParser::levelTerm(const QueryToken &token)
{
    const std::optional<Level> level = queryLevelFromName(token.text);
    if (!level)
        return std::unexpected(QueryError{
            QCoreApplication::translate("Query", "unknown level \"%1\" at column %2 (use trace, debug, info, "
                                                 "notice, warn, error, critical or fatal)")
                .arg(token.text)
                .arg(token.valueColumn),
            token.valueColumn});
    QueryNode node;
    node.kind = QueryNode::Kind::LevelCompare;
    node.compare = compareFor(token.op);
    node.level = *level;
    return node;
}

std::expected<QueryNode, QueryError> QueryParser::timeTerm(const QueryToken &token, bool since)
{
    const std::optional<QueryTimeSpan> span =
        token.op == QueryToken::Op::None ? parseQueryTime(token.text, m_now) : std::nullopt;
    if (!span) {
        const QString written = fieldPrefix(token).sliced(token.name.size() + 1) + token.text;
        return std::unexpected(QueryError{
            QCoreApplication::translate("Query", "unknown time \"%1\" at column %2 (use -30s, -15m, -2h, -1d, "
                                                 "2024-01-15 or 2024-01-15T10:00)")
                .arg(written)
                .arg(token.valueColumn),
            token.valueColumn});
    }
    QueryNode node;
    node.kind = since ? QueryNode::Kind::Since : QueryNode::Kind::Until;
    node.time = since ? span->begin : span->end;
    return node;
}
