// SPDX-FileCopyrightText: 2026 Tideline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "textmatcher.h"

#include <algorithm>

namespace {

bool hasUppercase(const QString &text)
{
    return std::any_of(text.cbegin(), text.cend(), [](QChar c) { return c.isUpper(); });
}

bool isAscii(const QString &text)
{
    return std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.unicode() < 0x80; });
}

char16_t asciiLower(char16_t c)
{
    return c >= u'A' && c <= u'Z' ? static_cast<char16_t>(c + (u'a' - u'A')) : c;
}

} // namespace

TextMatcher::TextMatcher(const QString &text)
    : m_text(text)
    , m_caseSensitive(hasUppercase(text))
    , m_unicodeFold(!m_caseSensitive && !isAscii(text))
    , m_searcher(text.toUtf8(),
                 m_caseSensitive ? LiteralSearcher::Case::Sensitive : LiteralSearcher::Case::AsciiInsensitive)
{
}

bool TextMatcher::matches(QByteArrayView utf8) const
{
    if (!m_unicodeFold)
        return m_searcher.containedIn(utf8);
    return QString::fromUtf8(utf8).contains(m_text, Qt::CaseInsensitive);
}

qsizetype TextMatcher::asciiFoldIndexIn(QStringView text, qsizetype from) const
{
    const qsizetype n = m_text.size();
    for (qsizetype i = from; i + n <= text.size(); ++i) {
        qsizetype k = 0;
        while (k < n && asciiLower(text[i + k].unicode()) == asciiLower(m_text[k].unicode()))
            ++k;
        if (k == n)
            return i;
    }
    return -1;
}

void TextMatcher::findIn(QStringView text, QList<std::pair<qsizetype, qsizetype>> &ranges) const
{
    const qsizetype n = m_text.size();
    if (n == 0)
        return;
    qsizetype at = 0;
    while (true) {
        if (m_caseSensitive)
            at = text.indexOf(m_text, at, Qt::CaseSensitive);
        else if (m_unicodeFold)
            at = text.indexOf(m_text, at, Qt::CaseInsensitive);
        else
            at = asciiFoldIndexIn(text, at);
        if (at < 0)
            return;
        ranges.append({at, n});
        at += n;
    }
}
