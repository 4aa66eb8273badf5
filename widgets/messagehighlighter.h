// SPDX-FileCopyrightText: 2026 Tideline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <KSyntaxHighlighting/AbstractHighlighter>

#include <QCache>
#include <QColor>
#include <QList>
#include <QString>

/// Colours for the message text of the table's rows, from
/// KSyntaxHighlighting's log-file definition (logFileDefinition()) in the
/// library's default light or dark theme.
///
/// spans() highlights one line of text and caches the result by the text
/// itself (a bounded LRU of kCachedTexts entries): the view asks only for
/// the rows it paints, and a row scrolled back into view, or repainted
/// because the selection moved, costs one hash lookup. A row's text is the
/// key rather than its number, so filtering, expanding records or a new
/// format never shows stale colours.
///
/// GUI thread only (the repository is not thread-safe).
class MessageHighlighter : public KSyntaxHighlighting::AbstractHighlighter
{
public:
    struct Span
    {
        qsizetype start = 0;
        qsizetype length = 0;
        QColor colour;
    };
    using Spans = QList<Span>;

    MessageHighlighter();

    /// False when the library has no log-file definition: spans() is empty then.
    bool isValid() const;
    /// Picks the default dark (else light) theme; forgets the cache.
    void setDark(bool dark);
    /// The coloured runs of @p text, in order; text in the theme's normal
    /// colour has none.
    const Spans &spans(const QString &text);

    static constexpr int kCachedTexts = 4096;

protected:
    void applyFormat(int offset, int length, const KSyntaxHighlighting::Format &format) override;

private:
    QCache<QString, Spans> m_cache;
    Spans *m_building = nullptr;
    Spans m_none;
};
