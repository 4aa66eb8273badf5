// SPDX-FileCopyrightText: 2026 Tideline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "redactor.h"

#include <QCoreApplication>

namespace {

bool passesLuhn(QStringView candidate)
{
    int sum = 0;
    int digits = 0;
    for (qsizetype i = candidate.size() - 1; i >= 0; --i) {
        if (!candidate[i].isDigit())
            continue;
        int digit = candidate[i].digitValue();
        if (digits % 2 == 1) {
            digit *= 2;
            if (digit > 9)
                digit -= 9;
        }
        sum += digit;
        ++digits;
    }
    return digits >= 13 && digits <= 19 && sum % 10 == 0;
}

const char *const kHex = "[0-9A-Fa-f]{1,4}";

QString ipv6Pattern()
{
    const QString h = QLatin1String(kHex);
    const QStringList forms{
        QStringLiteral("(?:%1:){7}%1").arg(h),
        QStringLiteral("(?:%1:){1,7}:").arg(h),
        QStringLiteral("(?:%1:){1,6}:%1").arg(h),
        QStringLiteral("(?:%1:){1,5}(?::%1){1,2}").arg(h),
        QStringLiteral("(?:%1:){1,4}(?::%1){1,3}").arg(h),
        QStringLiteral("(?:%1:){1,3}(?::%1){1,4}").arg(h),
        QStringLiteral("(?:%1:){1,2}(?::%1){1,5}").arg(h),
        QStringLiteral("%1:(?::%1){1,6}").arg(h),
        QStringLiteral("::(?:%1:){0,6}%1").arg(h),
    };
    return QStringLiteral("(?<![\\w:.])(?:%1)(?![\\w:]|\\.\\d)").arg(forms.join(u'|'));
}

} // namespace

std::expected<Redactor, QString> Redactor::create(bool builtIns, const QStringList &userPatterns)
{
    Redactor redactor;
    const auto add = [&redactor](const QString &pattern, int group = 0, bool luhn = false) {
        redactor.m_rules.append({QRegularExpression(pattern), group, luhn});
    };
    if (builtIns) {
        add(QStringLiteral("\\b(?i:bearer)\\s+([A-Za-z0-9\\-._~+/]{16,}=*)"), 1);
        add(QStringLiteral("\\b(?:(?:AKIA|ASIA)[0-9A-Z]{16}|gh[pousr]_[A-Za-z0-9]{36,}|github_pat_[A-Za-z0-9_]{22,}"
                           "|sk-[A-Za-z0-9_-]{20,}|[spr]k_(?:live|test)_[A-Za-z0-9]{16,}|xox[abprs]-[A-Za-z0-9-]{10,}"
                           "|AIza[0-9A-Za-z_-]{35}|eyJ[A-Za-z0-9_-]{8,}\\.[A-Za-z0-9_-]{8,}\\.[A-Za-z0-9_-]{8,})"));
        add(QStringLiteral("[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}"));
        add(QStringLiteral("(?<![\\w.-])[2-6]\\d{3}(?:[ -]?\\d{1,4}){2,4}(?![\\w.-]?\\d)"), 0, true);
        add(ipv6Pattern());
        add(QStringLiteral("(?<![\\w.])(?:(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)\\.){3}(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)(?!\\.?\\w)"));
    }
    for (const QString &pattern : userPatterns) {
        QRegularExpression re(pattern);
        if (!re.isValid())
            return std::unexpected(QCoreApplication::translate("Redactor", "redaction pattern “%1”: %2 at column %3; fix the regular expression")
                                       .arg(pattern, re.errorString())
                                       .arg(re.patternErrorOffset() + 1));
        redactor.m_rules.append({re, 0, false});
    }
    for (Rule &rule : redactor.m_rules)
        rule.pattern.optimize();
    return redactor;
}

QByteArray Redactor::apply(QByteArrayView text) const
{
    if (m_rules.isEmpty() || text.isEmpty())
        return text.toByteArray();
    QString unicode = QString::fromUtf8(text);
    bool changed = false;
    for (const Rule &rule : m_rules)
        changed = applyRule(rule, unicode) || changed;
    return changed ? unicode.toUtf8() : text.toByteArray();
}

bool Redactor::applyRule(const Rule &rule, QString &text) const
{
    QString result;
    qsizetype copied = 0;
    QRegularExpressionMatchIterator it = rule.pattern.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        if (match.capturedLength(rule.group) == 0)
            continue;
        if (rule.luhn && !passesLuhn(match.capturedView(rule.group)))
            continue;
        result += QStringView(text).sliced(copied, match.capturedStart(rule.group) - copied);
        result += QLatin1String(kMask.data(), kMask.size());
        copied = match.capturedEnd(rule.group);
    }
    if (copied == 0)
        return false;
    result += QStringView(text).sliced(copied);
    text = result;
    return true;
}
