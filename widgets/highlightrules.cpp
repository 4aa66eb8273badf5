// SPDX-FileCopyrightText: 2026 Tideline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "highlightrules.h"

#include <QCoreApplication>
#include <QSettings>
#include <QVariantMap>

namespace {
const auto kRulesKey = QStringLiteral("highlight/rules");

QRegularExpression compiled(const HighlightRules::Rule &rule)
{
    if (rule.regex)
        return QRegularExpression(rule.pattern);
    return QRegularExpression(QRegularExpression::escape(rule.pattern), QRegularExpression::CaseInsensitiveOption);
}
} // namespace

HighlightRules *HighlightRules::instance()
{
    static auto *rules = [] {
        auto *shared = new HighlightRules(QCoreApplication::instance());
        shared->load();
        return shared;
    }();
    return rules;
}

HighlightRules::HighlightRules(QObject *parent)
    : QObject(parent)
{
}

QString HighlightRules::error(const Rule &rule)
{
    if (rule.pattern.isEmpty())
        return tr("The pattern is empty.");
    if (!rule.colour.isValid())
        return tr("“%1” has no valid colour; write one like #ffd54f or orange.").arg(rule.pattern);
    const QRegularExpression expression = compiled(rule);
    if (!expression.isValid())
        return tr("“%1”: %2 at column %3")
            .arg(rule.pattern, expression.errorString())
            .arg(expression.patternErrorOffset() + 1);
    return {};
}

void HighlightRules::setRules(const QList<Rule> &rules)
{
    m_rules.clear();
    QVariantList saved;
    for (const Rule &rule : rules) {
        if (!error(rule).isEmpty())
            continue;
        m_rules << rule;
        saved << QVariantMap{{QStringLiteral("pattern"), rule.pattern},
                             {QStringLiteral("colour"), rule.colour.name(QColor::HexArgb)},
                             {QStringLiteral("regex"), rule.regex}};
    }
    QSettings().setValue(kRulesKey, saved);
    compile();
    Q_EMIT changed();
}

void HighlightRules::load()
{
    m_rules.clear();
    const QVariantList saved = QSettings().value(kRulesKey).toList();
    for (const QVariant &value : saved) {
        const QVariantMap map = value.toMap();
        Rule rule{map.value(QStringLiteral("pattern")).toString(),
                  QColor::fromString(map.value(QStringLiteral("colour")).toString()),
                  map.value(QStringLiteral("regex")).toBool()};
        if (error(rule).isEmpty())
            m_rules << rule;
    }
    compile();
}

void HighlightRules::compile()
{
    m_compiled.clear();
    for (const Rule &rule : std::as_const(m_rules)) {
        m_compiled.push_back(compiled(rule));
        m_compiled.back().optimize();
    }
}

QList<HighlightRules::Span> HighlightRules::spans(QStringView text) const
{
    QList<Span> spans;
    for (std::size_t i = 0; i < m_compiled.size() && spans.size() < kMaxSpans; ++i) {
        auto it = m_compiled[i].globalMatchView(text);
        while (it.hasNext() && spans.size() < kMaxSpans) {
            const QRegularExpressionMatch match = it.next();
            if (match.capturedLength() > 0)
                spans << Span{match.capturedStart(), match.capturedLength(), m_rules[static_cast<qsizetype>(i)].colour};
        }
    }
    return spans;
}
