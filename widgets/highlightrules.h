// SPDX-FileCopyrightText: 2026 Tideline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QList>
#include <QObject>
#include <QRegularExpression>
#include <QString>

#include <vector>

/// The user's highlight rules: text or a regular expression, and the colour
/// its matches get in the log table (see LogView::setHighlightRules()).
/// Persisted in QSettings under "highlight/rules"; one shared instance
/// (instance()) that every view paints with.
///
/// The rules are compiled once when set, not per paint. A plain pattern
/// matches its text ignoring case; a regular expression is PCRE2 as in the
/// query language. GUI thread.
class HighlightRules : public QObject
{
    Q_OBJECT

public:
    struct Rule
    {
        QString pattern;
        QColor colour;
        bool regex = false;
        bool operator==(const Rule &) const = default;
    };
    /// A matched span of a text and its rule's colour.
    struct Span
    {
        qsizetype start = 0;
        qsizetype length = 0;
        QColor colour;
    };

    /// The rules saved in the settings, loaded at the first call.
    static HighlightRules *instance();

    explicit HighlightRules(QObject *parent = nullptr);

    /// Reads the rules saved in the settings (instance() does it once).
    void load();
    const QList<Rule> &rules() const { return m_rules; }
    /// Replaces the rules, saves them and emits changed(). Rules with an
    /// empty pattern, an invalid colour or an invalid regular expression
    /// are dropped (check with error() first).
    void setRules(const QList<Rule> &rules);
    /// The spans of @p text the rules match, rule by rule; at most
    /// kMaxSpans in all.
    QList<Span> spans(QStringView text) const;
    /// Why @p rule cannot be used ("missing closing parenthesis at
    /// column 4"), or an empty string.
    static QString error(const Rule &rule);

    static constexpr int kMaxSpans = 64;

Q_SIGNALS:
    void changed();

private:
    void compile();

    QList<Rule> m_rules;
    std::vector<QRegularExpression> m_compiled; // one per rule
};
