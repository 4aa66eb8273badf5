// SPDX-FileCopyrightText: 2026 Tideline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "queryerror.h"

#include <QList>
#include <QString>
#include <QStringView>

#include <expected>

/// One token of the query language.
struct QueryToken
{
    enum class Kind : quint8 {
        Word,   ///< text: the word
        Phrase, ///< text: the unescaped phrase
        Regex,  ///< text: the pattern as written between the slashes; caseInsensitive: the i flag
        Field,  ///< name:op value; text: the value (unescaped when quoted)
        Open,
        Close,
        And,
        Or,
        Not,   ///< the NOT keyword
        Minus, ///< '-' directly before a term
    };
    enum class Op : quint8 { None, Less, LessEqual, Equal, GreaterEqual, Greater };

    Kind kind = Kind::Word;
    int column = 0; ///< 1-based, where the token starts
    QString text;
    QString name;          ///< Field: the field name
    Op op = Op::None;      ///< Field: the comparison written after the colon
    bool quoted = false;   ///< Field: the value was a "phrase"
    int valueColumn = 0;   ///< Field: where the value starts
    bool caseInsensitive = false; ///< Regex: the i flag
};

/// Splits a query into tokens.
///
/// Words end at white space, '(', ')' and '"'. AND, OR and NOT are keywords
/// only in capitals. A word of the shape name:value is a field term; its
/// name starts with a letter, '_' or '@' and continues with letters, digits,
/// '_', '.', '@' or '-'. '-' is negation when a term follows it directly
/// (not white space, ')', another '-' or the end). A token that starts with
/// '/' is a regular expression up to the next unescaped '/', followed by
/// optional flags (only i) and a separator.
class QueryLexer
{
public:
    static std::expected<QList<QueryToken>, QueryError> tokenize(QStringView query);

private:
    explicit QueryLexer(QStringView query)
        : m_text(query)
    {
    }

    std::expected<QList<QueryToken>, QueryError> run();
    std::expected<QueryToken, QueryError> next();
    std::expected<QueryToken, QueryError> phrase();
    std::expected<QueryToken, QueryError> regex();
    std::expected<QueryToken, QueryError> field(qsizetype nameEnd);
    QueryToken word();
    std::expected<QString, QueryError> phraseBody(qsizetype open);
    qsizetype fieldNameEnd() const;
    bool atSeparator(qsizetype pos) const;

    QStringView m_text;
    qsizetype m_pos = 0;
};
