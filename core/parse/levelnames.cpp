// SPDX-FileCopyrightText: 2026 Tideline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "parse/levelnames.h"

#include "parse/bytewords.h"

#include <array>
#include <bit>
#include <cstring>

namespace {

struct Alias
{
    const char *word;
    Level level;
};

constexpr std::array kAliases{
    Alias{"TRACE", Level::Trace},      Alias{"VERBOSE", Level::Trace},   Alias{"FINEST", Level::Trace},
    Alias{"FINER", Level::Trace},      Alias{"DEBUG", Level::Debug},     Alias{"DBG", Level::Debug},
    Alias{"FINE", Level::Debug},       Alias{"INFO", Level::Info},       Alias{"INFORMATION", Level::Info},
    Alias{"INFORMATIONAL", Level::Info}, Alias{"INF", Level::Info},      Alias{"NOTICE", Level::Notice},
    Alias{"WARN", Level::Warn},        Alias{"WARNING", Level::Warn},    Alias{"WRN", Level::Warn},
    Alias{"ERROR", Level::Error},      Alias{"ERR", Level::Error},       Alias{"EROR", Level::Error},
    Alias{"CRIT", Level::Critical},    Alias{"CRITICAL", Level::Critical}, Alias{"SEVERE", Level::Critical},
    Alias{"FATAL", Level::Fatal},      Alias{"PANIC", Level::Fatal},     Alias{"EMERG", Level::Fatal},
    Alias{"EMERGENCY", Level::Fatal},  Alias{"ALERT", Level::Fatal},     Alias{"DPANIC", Level::Fatal},
};

/// Bit i of entry L: alias i starts with letter 'A' + L (a word is compared
/// only with the aliases of its first letter).
constexpr std::array<quint32, 26> kAliasesByLetter = [] {
    static_assert(kAliases.size() <= 32);
    std::array<quint32, 26> table{};
    for (std::size_t i = 0; i < kAliases.size(); ++i)
        table[static_cast<std::size_t>(kAliases[i].word[0] - 'A')] |= quint32{1} << i;
    return table;
}();

char upper(char c)
{
    return (c >= 'a' && c <= 'z') ? static_cast<char>(c - 'a' + 'A') : c;
}

QByteArrayView trimToken(QByteArrayView t)
{
    auto junk = [](char c) { return c == ' ' || c == '\t' || c == '[' || c == ']' || c == '<' || c == '>' || c == ':' || c == '"'; };
    while (!t.isEmpty() && junk(t.front()))
        t = t.sliced(1);
    while (!t.isEmpty() && junk(t.back()))
        t.chop(1);
    return t;
}

bool equalsUpper(QByteArrayView t, const char *word)
{
    qsizetype i = 0;
    for (; word[i]; ++i)
        if (i >= t.size() || upper(t[i]) != word[i])
            return false;
    return i == t.size();
}

Level fromNumber(QByteArrayView t)
{
    int n = 0;
    for (char c : t) {
        if (c < '0' || c > '9' || n > 1000)
            return Level::Unknown;
        n = n * 10 + (c - '0');
    }
    static constexpr std::array kSyslog{Level::Fatal, Level::Fatal,  Level::Critical, Level::Error,
                                        Level::Warn,  Level::Notice, Level::Info,     Level::Debug};
    if (t.size() == 1)
        return n < 8 ? kSyslog[static_cast<size_t>(n)] : Level::Unknown;
    switch (n) {
    case 10: return Level::Trace;
    case 20: return Level::Debug;
    case 30: return Level::Info;
    case 40: return Level::Warn;
    case 50: return Level::Error;
    case 60: return Level::Fatal;
    default: return Level::Unknown;
    }
}

Level fromLetter(char c)
{
    switch (upper(c)) {
    case 'V':
    case 'T': return Level::Trace;
    case 'D': return Level::Debug;
    case 'I': return Level::Info;
    case 'N': return Level::Notice;
    case 'W': return Level::Warn;
    case 'E': return Level::Error;
    case 'C': return Level::Critical;
    case 'F':
    case 'A': return Level::Fatal;
    default: return Level::Unknown;
    }
}

/// The last tokens a thread read and their levels, in slots hashed by size
/// and end bytes: a log repeats a handful of spellings, and parse() and
/// parseWord() are asked once or more for every line. Constant-initialised,
/// so a thread_local of it needs no guard.
class TokenCache
{
public:
    template<typename Parse>
    Level levelOf(QByteArrayView token, Parse parse)
    {
        if (token.isEmpty() || token.size() > kMaxBytes)
            return parse(token);
        const auto hash = static_cast<unsigned>(token.size()) * 7U + static_cast<unsigned char>(token.front())
            + static_cast<unsigned char>(token.back()) * 3U;
        Slot &slot = m_slots[hash % kSlots];
        if (slot.size == token.size() && ByteWords::sameBytes(slot.bytes, token.data(), token.size()))
            return slot.level;
        std::memcpy(slot.bytes, token.data(), static_cast<std::size_t>(token.size()));
        slot.size = token.size();
        slot.level = parse(token);
        return slot.level;
    }

private:
    static constexpr qsizetype kMaxBytes = 16;
    static constexpr int kSlots = 16;
    struct Slot
    {
        char bytes[kMaxBytes];
        qsizetype size = -1;
        Level level = Level::Unknown;
    };
    Slot m_slots[kSlots];
};

thread_local TokenCache t_words;
thread_local TokenCache t_tokens;

Level wordOf(QByteArrayView token)
{
    const QByteArrayView t = trimToken(token);
    if (t.size() < 3 || t.size() > 13)
        return Level::Unknown;
    const char first = upper(t.front());
    if (first < 'A' || first > 'Z')
        return Level::Unknown;
    for (quint32 candidates = kAliasesByLetter[static_cast<std::size_t>(first - 'A')]; candidates != 0;
         candidates &= candidates - 1) {
        const Alias &a = kAliases[static_cast<std::size_t>(std::countr_zero(candidates))];
        if (equalsUpper(t, a.word))
            return a.level;
    }
    return Level::Unknown;
}

Level levelOf(QByteArrayView token)
{
    const QByteArrayView t = trimToken(token);
    if (t.isEmpty())
        return Level::Unknown;
    if (t.front() >= '0' && t.front() <= '9')
        return fromNumber(t);
    if (t.size() == 1)
        return fromLetter(t.front());
    return wordOf(t);
}

} // namespace

namespace LevelNames {

Level parseWord(QByteArrayView token)
{
    return t_words.levelOf(token, wordOf);
}

Level parse(QByteArrayView token)
{
    return t_tokens.levelOf(token, levelOf);
}

QByteArrayView name(Level level)
{
    switch (level) {
    case Level::Trace: return "trace";
    case Level::Debug: return "debug";
    case Level::Info: return "info";
    case Level::Notice: return "notice";
    case Level::Warn: return "warn";
    case Level::Error: return "error";
    case Level::Critical: return "critical";
    case Level::Fatal: return "fatal";
    case Level::Unknown: break;
    }
    return "unknown";
}

Level fromHttpStatus(int status)
{
    if (status >= 500 && status <= 599)
        return Level::Error;
    if (status >= 400 && status <= 499)
        return Level::Warn;
    return Level::Info;
}

} // namespace LevelNames
