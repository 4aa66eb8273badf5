// SPDX-FileCopyrightText: 2026 Tideline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "regexliterals.h"

#include <QRegularExpression>

#include <optional>
#include <set>

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
    const QString pattern = regex.pattern(); // outlives the scan, which keeps a reference
    LiteralScan scan(pattern, options.testFlag(QRegularExpression::CaseInsensitiveOption));
    return scan.run().value_or(std::vector<QByteArray>{});
}

namespace {

/// Reads alternation, groups, '?' and literal characters into the set of
/// strings they match; nothing for any other construct or too many strings.
class LanguageScan
{
public:
    LanguageScan(const QString &pattern, bool caseless)
        : m_p(pattern)
        , m_caseless(caseless)
    {
    }

    std::optional<std::set<QByteArray>> run()
    {
        auto all = alternation();
        if (!all || m_i != m_p.size())
            return std::nullopt;
        return all;
    }

private:
    using Language = std::set<QByteArray>;

    char16_t at(qsizetype i) const { return i < m_p.size() ? m_p[i].unicode() : u'\0'; }

    std::optional<Language> alternation()
    {
        auto all = sequence();
        while (all && at(m_i) == u'|') {
            ++m_i;
            auto more = sequence();
            if (!more)
                return std::nullopt;
            all->insert(more->begin(), more->end());
            if (all->size() > kMaxRegexLiterals)
                return std::nullopt;
        }
        return all;
    }

    std::optional<Language> sequence()
    {
        Language all{QByteArray()};
        while (m_i < m_p.size() && at(m_i) != u'|' && at(m_i) != u')') {
            auto atom = this->atom();
            if (!atom)
                return std::nullopt;
            if (at(m_i) == u'?') {
                ++m_i;
                if (at(m_i) == u'?' || at(m_i) == u'+')
                    ++m_i; // lazy or possessive: the same strings
                atom->insert(QByteArray());
            }
            Language product;
            for (const QByteArray &head : all)
                for (const QByteArray &tail : *atom)
                    product.insert(head + tail);
            if (product.size() > kMaxRegexLiterals)
                return std::nullopt;
            all = std::move(product);
        }
        return all;
    }

    std::optional<Language> atom()
    {
        const char16_t c = at(m_i);
        if (c == u'(') {
            m_i += (at(m_i + 1) == u'?' && at(m_i + 2) == u':') ? 3 : 1;
            if (at(m_i - 1) == u'(' && at(m_i) == u'?')
                return std::nullopt; // lookaround, named group, options, ...
            auto inner = alternation();
            if (!inner || at(m_i) != u')')
                return std::nullopt;
            ++m_i;
            return inner;
        }
        char ch = 0;
        if (c == u'\\') {
            const char16_t d = at(m_i + 1);
            const bool alnum = (d >= u'0' && d <= u'9') || (d >= u'a' && d <= u'z') || (d >= u'A' && d <= u'Z');
            if (d < 0x20 || d >= 0x7f || alnum)
                return std::nullopt;
            ch = char(d);
            m_i += 2;
        } else {
            static const QString kSpecial = QStringLiteral(".^$[]{}*+?|()");
            if (c < 0x20 || c >= 0x7f || kSpecial.contains(QChar(c)))
                return std::nullopt;
            ch = char(c);
            ++m_i;
        }
        if (m_caseless && (ch == 'k' || ch == 'K' || ch == 's' || ch == 'S'))
            return std::nullopt;
        if (at(m_i) == u'*' || at(m_i) == u'+' || at(m_i) == u'{')
            return std::nullopt;
        return Language{QByteArray(1, ch)};
    }

    const QString &m_p;
    const bool m_caseless;
    qsizetype m_i = 0;
};

} // namespace

std::vector<QByteArray> regexAsLiterals(const QRegularExpression &regex)
{
    const QRegularExpression::PatternOptions options = regex.patternOptions();
    if (options.testFlag(QRegularExpression::ExtendedPatternSyntaxOption))
        return {};
    const auto language = LanguageScan(regex.pattern(), options.testFlag(QRegularExpression::CaseInsensitiveOption)).run();
    if (!language)
        return {};
    for (const QByteArray &literal : *language)
        if (literal.size() < 2)
            return {};
    return std::vector<QByteArray>(language->begin(), language->end());
}
