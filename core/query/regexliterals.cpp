// SPDX-FileCopyrightText: 2026 Tideline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "regexliterals.h"

#include <QRegularExpression>

#include <optional>

namespace {

/// A left-to-right reading of a pattern; position @p i is a QString index.
class LiteralScan
{
public:
    LiteralScan(const QString &pattern, bool caseless)
        : m_p(pattern)
        , m_caseless(caseless)
    {
    }

    /// The literals, or nothing when the pattern has a construct not understood.
    std::optional<std::vector<QByteArray>> run();

private:
    char16_t at(qsizetype i) const { return i < m_p.size() ? m_p[i].unicode() : u'\0'; }
    void flush();
    /// Skips "[...]" starting at @p i; the index after it, or -1.
    qsizetype skipClass(qsizetype i) const;
    /// Skips "(...)" starting at @p i; the index after it, or -1.
    qsizetype skipGroup(qsizetype i) const;
    /// Reads a quantifier at m_i, if any; false when the pattern is not understood.
    bool quantifier(bool &found);

    const QString &m_p;
    const bool m_caseless;
    qsizetype m_i = 0;
    QByteArray m_run;
    std::vector<QByteArray> m_out;
};

void LiteralScan::flush()
{
    if (m_run.size() >= 2)
        m_out.push_back(m_run);
    m_run.clear();
}

qsizetype LiteralScan::skipClass(qsizetype i) const
{
    ++i;
    if (at(i) == u'^')
        ++i;
    if (at(i) == u']')
        ++i;
    while (i < m_p.size() && at(i) != u']') {
        if (at(i) == u'\\')
            i += 2;
        else if (at(i) == u'[' && at(i + 1) == u':') {
            const qsizetype close = m_p.indexOf(QStringLiteral(":]"), i + 2);
            if (close < 0)
                return -1;
            i = close + 2;
        } else
            ++i;
    }
    return i < m_p.size() ? i + 1 : -1;
}

qsizetype LiteralScan::skipGroup(qsizetype i) const
{
    int depth = 0;
    while (i < m_p.size()) {
        const char16_t c = at(i);
        if (c == u'\\') {
            if (at(i + 1) == u'Q')
                return -1;
            i += 2;
            continue;
        }
        if (c == u'[') {
            i = skipClass(i);
            if (i < 0)
                return -1;
            continue;
        }
        if (c == u'(')
            ++depth;
        else if (c == u')' && --depth == 0)
            return i + 1;
        ++i;
    }
    return -1;
}

bool LiteralScan::quantifier(bool &found)
{
    found = false;
    const char16_t c = at(m_i);
    if (c == u'*' || c == u'+' || c == u'?') {
        found = true;
        ++m_i;
    } else if (c == u'{') {
        // {n}, {n,}, {n,m}, {,m}; anything else is not understood (PCRE2
        // would read some of it as literal text).
        qsizetype j = m_i + 1;
        bool digits = false;
        while (at(j) >= u'0' && at(j) <= u'9')
            ++j, digits = true;
        if (at(j) == u',') {
            ++j;
            while (at(j) >= u'0' && at(j) <= u'9')
                ++j, digits = true;
        }
        if (!digits || at(j) != u'}')
            return false;
        found = true;
        m_i = j + 1;
    }
    if (found && (at(m_i) == u'?' || at(m_i) == u'+'))
        ++m_i; // lazy or possessive
    return true;
}

std::optional<std::vector<QByteArray>> LiteralScan::run()
{
    // Escapes that stand for one character type or an assertion and take no argument.
    static const QString kSimpleEscapes = QStringLiteral("dDwWsSbBAzZGhHvVRXntrfe");
    while (m_i < m_p.size()) {
        const char16_t c = at(m_i);
        bool literal = false;
        if (c == u'\\') {
            const char16_t d = at(m_i + 1);
            const bool alnum = (d >= u'0' && d <= u'9') || (d >= u'a' && d <= u'z') || (d >= u'A' && d <= u'Z');
            if (d == u'\0' || d >= 0x80)
                return std::nullopt;
            if (!alnum) {
                literal = true;
                m_run.append(static_cast<char>(d));
            } else if (!kSimpleEscapes.contains(QChar(d))) {
                return std::nullopt;
            }
            m_i += 2;
        } else if (c == u'[') {
            m_i = skipClass(m_i);
        } else if (c == u'(') {
            const char16_t d = at(m_i + 1);
            if (d == u'*' || (d == u'?' && at(m_i + 2) != u':' && at(m_i + 2) != u'=' && at(m_i + 2) != u'!'
                              && at(m_i + 2) != u'<' && at(m_i + 2) != u'>'))
                return std::nullopt; // verbs, inline options, conditionals, ...
            m_i = skipGroup(m_i);
        } else if (c == u'|' || c == u')' || c == u'*' || c == u'+' || c == u'?' || c == u'{') {
            return std::nullopt;
        } else if (c == u'.' || c == u'^' || c == u'$' || c >= 0x80) {
            ++m_i;
        } else {
            const char ch = static_cast<char>(c);
            literal = !(m_caseless && (ch == 'k' || ch == 'K' || ch == 's' || ch == 'S'));
            if (literal)
                m_run.append(ch);
            ++m_i;
        }
        if (m_i < 0)
            return std::nullopt;
        bool quantified = false;
        if (!quantifier(quantified))
            return std::nullopt;
        if (quantified) {
            // The quantified atom may repeat or vanish: drop it from the run (keeping
            // it for "+" would be sound, dropping is simpler) and end the run.
            if (literal)
                m_run.chop(1);
            flush();
        } else if (!literal) {
            flush();
        }
    }
    flush();
    return m_out;
}

} // namespace

std::vector<QByteArray> requiredRegexLiterals(const QRegularExpression &regex)
{
    const QRegularExpression::PatternOptions options = regex.patternOptions();
    if (options.testFlag(QRegularExpression::ExtendedPatternSyntaxOption))
        return {};
    LiteralScan scan(regex.pattern(), options.testFlag(QRegularExpression::CaseInsensitiveOption));
    return scan.run().value_or(std::vector<QByteArray>{});
}
