// SPDX-FileCopyrightText: 2026 Tideline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "regexmatcher.h"

#include "regexliterals.h"

#include <QStringDecoder>

#include <algorithm>

RegexMatcher::RegexMatcher(const QRegularExpression &regex)
    : m_regex(regex)
    , m_gaveUp(std::make_shared<std::atomic<bool>>(false))
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
    if (gaveUp())
        return false;
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
    // The decoder replaced invalid input, so PCRE2 need not check the subject,
    // and an invalid match is a PCRE2 error: a limit was reached.
    const QRegularExpressionMatch match =
        m_regex.matchView(text, 0, QRegularExpression::NormalMatch, QRegularExpression::DontCheckSubjectStringMatchOption);
    if (!match.isValid())
        giveUp();
    return match.hasMatch();
}

void RegexMatcher::findIn(QStringView text, QList<std::pair<qsizetype, qsizetype>> &ranges) const
{
    // Not globalMatchView(): its iterator ends the same way on "no more
    // matches" and on a PCRE2 error, and only the second one gives up.
    if (gaveUp() || !text.isValidUtf16())
        return;
    qsizetype offset = 0;
    while (offset <= text.size()) {
        const QRegularExpressionMatch m =
            m_regex.matchView(text, offset, QRegularExpression::NormalMatch, QRegularExpression::DontCheckSubjectStringMatchOption);
        if (!m.isValid()) {
            giveUp();
            return;
        }
        if (!m.hasMatch())
            return;
        if (m.capturedLength() > 0) {
            ranges.append({m.capturedStart(), m.capturedLength()});
            offset = m.capturedEnd();
        } else {
            offset = m.capturedEnd() + 1; // past an empty match, never into a surrogate pair
            if (offset < text.size() && text[offset].isLowSurrogate())
                ++offset;
        }
    }
}
