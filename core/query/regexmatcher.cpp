// SPDX-FileCopyrightText: 2026 Tideline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "regexmatcher.h"

#include "regexliterals.h"

#include <QStringDecoder>

#include <algorithm>

RegexMatcher::RegexMatcher(const QRegularExpression &regex)
    : m_regex(regex)
{
    m_regex.optimize();
    const LiteralSearcher::Case mode = m_regex.patternOptions().testFlag(QRegularExpression::CaseInsensitiveOption)
        ? LiteralSearcher::Case::AsciiInsensitive
        : LiteralSearcher::Case::Sensitive;
    for (const QByteArray &literal : regexAsLiterals(m_regex))
        m_literals.emplace_back(literal, mode);
}

bool RegexMatcher::matches(QByteArrayView utf8) const
{
    if (!m_literals.empty())
        return std::any_of(m_literals.cbegin(), m_literals.cend(),
                           [utf8](const LiteralSearcher &literal) { return literal.containedIn(utf8); });
    thread_local QString buffer;
    thread_local QStringDecoder decoder(QStringDecoder::Utf8,
                                        QStringDecoder::Flag::Stateless | QStringDecoder::Flag::ConvertInitialBom);
    const qsizetype space = decoder.requiredSpace(utf8.size());
    if (buffer.size() < space)
        buffer.resize(space);
    QChar *const begin = buffer.data();
    const QChar *const end = decoder.appendToBuffer(begin, utf8);
    decoder.resetState();
    const QStringView text(begin, end - begin);
    // The decoder replaced invalid input, so PCRE2 need not check the subject.
    return m_regex
        .matchView(text, 0, QRegularExpression::NormalMatch, QRegularExpression::DontCheckSubjectStringMatchOption)
        .hasMatch();
}

void RegexMatcher::findIn(QStringView text, QList<std::pair<qsizetype, qsizetype>> &ranges) const
{
    QRegularExpressionMatchIterator it = m_regex.globalMatchView(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        if (m.capturedLength() > 0)
            ranges.append({m.capturedStart(), m.capturedLength()});
    }
}
