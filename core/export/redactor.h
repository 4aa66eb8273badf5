// SPDX-FileCopyrightText: 2026 Tideline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QRegularExpression>
#include <QStringList>

#include <expected>

/// Masks sensitive values in exported text with kMask ("[REDACTED]").
///
/// Built-in patterns (when asked for), applied in this order:
/// 1. bearer tokens: a token of 16 or more characters after "Bearer "
///    (any case), the word kept;
/// 2. API keys: AWS access key ids (AKIA/ASIA + 16), GitHub tokens (ghp_,
///    gho_, ghu_, ghs_, ghr_ + 36 or more, github_pat_...), OpenAI-style
///    "sk-" + 20 or more, Stripe-style sk_/pk_/rk_ live_/test_ keys, Slack
///    xox?- tokens, Google "AIza" keys, JSON Web Tokens (eyJ....);
/// 3. e-mail addresses;
/// 4. card numbers: 13 to 19 digits starting with 2-6, optionally in
///    groups separated by single spaces or dashes, that pass the Luhn check
///    (other long numbers, e.g. epoch times starting with 1, are kept);
/// 5. IPv6 addresses: eight groups, or compressed with "::" (times such as
///    10:00:00 and MAC addresses are kept);
/// 6. IPv4 addresses: four dot-separated numbers 0-255 not joined to
///    other letters, digits or dots. A version string that looks exactly
///    like an address ("1.2.3.4") IS masked: it cannot be told apart;
///    "v1.2.3.4", "1.2.3.4.5" and "1.2.3" are kept.
/// Then every user pattern (PCRE2 syntax), whole match masked.
///
/// Text is read as UTF-8; a value with no match is returned byte for byte.
/// Immutable after create(): apply() is thread-safe.
class Redactor
{
public:
    static constexpr QByteArrayView kMask = "[REDACTED]";

    /// A redactor that masks nothing.
    Redactor() = default;
    /// The error names the bad user pattern, the reason and its column.
    static std::expected<Redactor, QString> create(bool builtIns, const QStringList &userPatterns);

    bool isActive() const { return !m_rules.isEmpty(); }
    /// @p text with every match masked.
    QByteArray apply(QByteArrayView text) const;

private:
    struct Rule
    {
        QRegularExpression pattern;
        int group = 0;     ///< the capture group to mask
        bool luhn = false; ///< mask only digit runs that pass the Luhn check
    };
    bool applyRule(const Rule &rule, QString &text) const;

    QList<Rule> m_rules;
};
