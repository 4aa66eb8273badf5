// SPDX-FileCopyrightText: 2026 Tideline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "messagehighlighter.h"

#include "highlightrepository.h"

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Format>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/State>
#include <KSyntaxHighlighting/Theme>

MessageHighlighter::MessageHighlighter()
    : m_cache(kCachedTexts)
{
    setDefinition(logFileDefinition());
    setDark(false);
}

bool MessageHighlighter::isValid() const
{
    return definition().isValid();
}

void MessageHighlighter::setDark(bool dark)
{
    setTheme(highlightRepository().defaultTheme(dark ? KSyntaxHighlighting::Repository::DarkTheme
                                                     : KSyntaxHighlighting::Repository::LightTheme));
    m_cache.clear();
}

const MessageHighlighter::Spans &MessageHighlighter::spans(const QString &text)
{
    if (!isValid() || text.isEmpty())
        return m_none;
    if (Spans *cached = m_cache.object(text))
        return *cached;
    auto *spans = new Spans;
    m_building = spans;
    highlightLine(text, KSyntaxHighlighting::State());
    m_building = nullptr;
    m_cache.insert(text, spans);
    return *spans;
}

void MessageHighlighter::applyFormat(int offset, int length, const KSyntaxHighlighting::Format &format)
{
    if (!m_building || length <= 0 || !format.isValid() || format.isDefaultTextStyle(theme())
        || !format.hasTextColor(theme()))
        return;
    m_building->append({offset, length, format.textColor(theme())});
}
