// SPDX-FileCopyrightText: 2026 Tideline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "querylexer.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace {

int column(qsizetype pos)
{
    return static_cast<int>(pos) + 1;
}

QueryError errorAt(const QString &message, qsizetype pos)
{
    return QueryError{message.arg(column(pos)), column(pos)};
}

QueryToken tokenAt(QueryToken::Kind kind, qsizetype pos)
{
    QueryToken token;
    token.kind = kind;
    token.column = column(pos);
    return token;
}

bool endsWord(QChar c)
{
    return c.isSpace() || c == u'(' || c == u')' || c == u'"';
}

bool startsName(QChar c)
{
    return c.isLetter() || c == u'_' || c == u'@';
}

bool continuesName(QChar c)
{
    return c.isLetterOrNumber() || c == u'_' || c == u'.' || c == u'@' || c == u'-';
}

} // namespace

std::expected<QList<QueryToken>, QueryError> QueryLexer::tokenize(QStringView query)
{
    return QueryLexer(query).run();
}

std::expected<QList<QueryToken>, QueryError> QueryLexer::run()
{
    QList<QueryToken> tokens;
    while (true) {
        while (m_pos < m_text.size() && m_text[m_pos].isSpace())
            ++m_pos;
        if (m_pos >= m_text.size())
            return tokens;
        std::expected<QueryToken, QueryError> token = next();
        if (!token)
            return std::unexpected(token.error());
        tokens.append(std::move(*token));
    }
}

bool QueryLexer::atSeparator(qsizetype pos) const
{
    return pos >= m_text.size() || endsWord(m_text[pos]);
}

std::expected<QueryToken, QueryError> QueryLexer::next()
{
    const QChar c = m_text[m_pos];
    if (c == u'(' || c == u')') {
        ++m_pos;
        return tokenAt(c == u'(' ? QueryToken::Kind::Open : QueryToken::Kind::Close, m_pos - 1);
    }
    if (c == u'-' && m_pos + 1 < m_text.size()) {
        const QChar after = m_text[m_pos + 1];
        if (!after.isSpace() && after != u')' && after != u'-') {
            ++m_pos;
            return tokenAt(QueryToken::Kind::Minus, m_pos - 1);
        }
    }
    if (c == u'"')
        return phrase();
    if (c == u'/')
        return regex();
    if (const qsizetype nameEnd = fieldNameEnd(); nameEnd > 0)
        return field(nameEnd);
    return word();
}

QueryToken QueryLexer::word()
{
    const qsizetype start = m_pos;
    while (!atSeparator(m_pos))
        ++m_pos;
    QueryToken token = tokenAt(QueryToken::Kind::Word, start);
    token.text = m_text.sliced(start, m_pos - start).toString();
    if (token.text == "AND"_L1)
        token.kind = QueryToken::Kind::And;
    else if (token.text == "OR"_L1)
        token.kind = QueryToken::Kind::Or;
    else if (token.text == "NOT"_L1)
        token.kind = QueryToken::Kind::Not;
    return token;
}

std::expected<QString, QueryError> QueryLexer::phraseBody(qsizetype open)
{
    QString body;
    qsizetype pos = open + 1;
    for (; pos < m_text.size() && m_text[pos] != u'"'; ++pos) {
        if (m_text[pos] == u'\\' && pos + 1 < m_text.size()
            && (m_text[pos + 1] == u'"' || m_text[pos + 1] == u'\\'))
            ++pos;
        body.append(m_text[pos]);
    }
    if (pos >= m_text.size())
        return std::unexpected(
            errorAt(QCoreApplication::translate("Query", "unterminated phrase starting at column %1"), open));
    m_pos = pos + 1;
    return body;
}

std::expected<QueryToken, QueryError> QueryLexer::phrase()
{
    const qsizetype start = m_pos;
    std::expected<QString, QueryError> body = phraseBody(start);
    if (!body)
        return std::unexpected(body.error());
    if (body->isEmpty())
        return std::unexpected(errorAt(QCoreApplication::translate("Query", "empty phrase at column %1"), start));
    QueryToken token = tokenAt(QueryToken::Kind::Phrase, start);
    token.text = *body;
    return token;
}

std::expected<QueryToken, QueryError> QueryLexer::regex()
{
    const qsizetype start = m_pos;
    qsizetype pos = start + 1;
    while (pos < m_text.size() && m_text[pos] != u'/')
        pos += m_text[pos] == u'\\' ? 2 : 1;
    if (pos >= m_text.size())
        return std::unexpected(errorAt(
            QCoreApplication::translate("Query",
                                        "unterminated regular expression starting at column %1 "
                                        "(put text that starts with '/' in quotes)"),
            start));
    QueryToken token = tokenAt(QueryToken::Kind::Regex, start);
    token.text = m_text.sliced(start + 1, pos - start - 1).toString();
    for (++pos; !atSeparator(pos); ++pos) {
        if (m_text[pos] != u'i')
            return std::unexpected(QueryError{
                QCoreApplication::translate("Query",
                                            "unexpected '%1' after the regular expression at column %2 "
                                            "(the only flag is i; put text that starts with '/' in quotes)")
                    .arg(m_text[pos])
                    .arg(column(pos)),
                column(pos)});
        token.caseInsensitive = true;
    }
    if (token.text.isEmpty())
        return std::unexpected(
            errorAt(QCoreApplication::translate("Query", "empty regular expression at column %1"), start));
    m_pos = pos;
    return token;
}

qsizetype QueryLexer::fieldNameEnd() const
{
    if (!startsName(m_text[m_pos]))
        return 0;
    qsizetype pos = m_pos + 1;
    while (pos < m_text.size() && continuesName(m_text[pos]))
        ++pos;
    return pos < m_text.size() && m_text[pos] == u':' ? pos : 0;
}

std::expected<QueryToken, QueryError> QueryLexer::field(qsizetype nameEnd)
{
    QueryToken token = tokenAt(QueryToken::Kind::Field, m_pos);
    token.name = m_text.sliced(m_pos, nameEnd - m_pos).toString();
    qsizetype pos = nameEnd + 1;
    static constexpr std::pair<QLatin1StringView, QueryToken::Op> kOps[] = {
        {">="_L1, QueryToken::Op::GreaterEqual}, {"<="_L1, QueryToken::Op::LessEqual},
        {">"_L1, QueryToken::Op::Greater},       {"<"_L1, QueryToken::Op::Less},
        {"="_L1, QueryToken::Op::Equal},
    };
    for (const auto &[text, op] : kOps) {
        if (m_text.sliced(pos).startsWith(text)) {
            token.op = op;
            pos += text.size();
            break;
        }
    }
    token.valueColumn = column(pos);
    if (pos < m_text.size() && m_text[pos] == u'"') {
        std::expected<QString, QueryError> body = phraseBody(pos);
        if (!body)
            return std::unexpected(body.error());
        token.text = *body;
        token.quoted = true;
        return token;
    }
    const qsizetype start = pos;
    while (!atSeparator(pos))
        ++pos;
    if (pos == start)
        return std::unexpected(QueryError{
            QCoreApplication::translate("Query", "missing value after \"%1\" at column %2 "
                                                 "(put text with ':' in quotes)")
                .arg(m_text.sliced(m_pos, start - m_pos))
                .arg(column(start)),
            column(start)});
    token.text = m_text.sliced(start, pos - start).toString();
    m_pos = pos;
    return token;
}
