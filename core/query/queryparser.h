// SPDX-FileCopyrightText: 2026 Tideline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "queryerror.h"
#include "querylexer.h"
#include "querynode.h"

#include <expected>

/// Recursive-descent parser from tokens to a compiled QueryNode tree.
///
///     query   := orExpr? END
///     orExpr  := andExpr ( "OR" andExpr )*
///     andExpr := unary ( "AND"? unary )*
///     unary   := ( "NOT" | "-" ) unary | primary
///     primary := "(" orExpr ")" | term
///
/// Terms are checked and compiled here (regular expressions, numbers, level
/// names, times), so a query either compiles whole or yields one error.
/// Relative times are resolved against @p now.
class QueryParser
{
public:
    static std::expected<QueryNode, QueryError> parse(QStringView query, TimeNs now);

private:
    QueryParser(QList<QueryToken> tokens, qsizetype queryLength, TimeNs now)
        : m_tokens(std::move(tokens))
        , m_queryLength(queryLength)
        , m_now(now)
    {
    }

    std::expected<QueryNode, QueryError> orExpr();
    std::expected<QueryNode, QueryError> andExpr();
    std::expected<QueryNode, QueryError> unary();
    std::expected<QueryNode, QueryError> nestedUnary(const QueryToken &token);
    std::expected<QueryNode, QueryError> primary();
    std::expected<QueryNode, QueryError> group();
    std::expected<QueryNode, QueryError> term(const QueryToken &token);
    std::expected<QueryNode, QueryError> regexTerm(const QueryToken &token);
    std::expected<QueryNode, QueryError> fieldTerm(const QueryToken &token);
    std::expected<QueryNode, QueryError> levelTerm(const QueryToken &token);
    std::expected<QueryNode, QueryError> timeTerm(const QueryToken &token, bool since);
    std::expected<QueryNode, QueryError> numberTerm(const QueryToken &token);

    bool atEnd() const { return m_pos >= m_tokens.size(); }
    bool startsTerm() const;
    QueryError unexpected() const;
    QueryError nothingAfter(const QueryToken &token) const;

    QList<QueryToken> m_tokens;
    qsizetype m_pos = 0;
    int m_depth = 0; ///< nesting of NOT, '-' and '(' around the current token
    qsizetype m_queryLength = 0;
    TimeNs m_now = 0;
};
