// SPDX-FileCopyrightText: 2026 Tideline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "parse/textformat.h"

#include "parse/levelnames.h"
#include "parse/timeparser.h"

#include <QCoreApplication>

#include <array>

namespace {

constexpr int kMaxTokens = 5;
constexpr qsizetype kMaxScan = 96;

/// Per byte: kSeparator, kTokenEnd (one table load instead of up to eight
/// compares per byte of every header scanned).
constexpr quint8 kSeparator = 1;
constexpr quint8 kTokenEnd = 2;
constexpr std::array<quint8, 256> kByteClass = [] {
    std::array<quint8, 256> table{};
    for (const char c : {' ', '\t', '-', ':', '|', '[', ']', ','})
        table[static_cast<unsigned char>(c)] |= kSeparator;
    for (const char c : {' ', '\t', ':', ']', '|', ','})
        table[static_cast<unsigned char>(c)] |= kTokenEnd;
    return table;
}();

bool isSeparator(char c)
{
    return (kByteClass[static_cast<unsigned char>(c)] & kSeparator) != 0;
}

bool isTokenEnd(char c)
{
    return (kByteClass[static_cast<unsigned char>(c)] & kTokenEnd) != 0;
}

bool allDigits(QByteArrayView t)
{
    if (t.isEmpty())
        return false;
    for (char c : t)
        if (c < '0' || c > '9')
            return false;
    return true;
}

/// A thread or request id in hex ("000000000264F", "7f3a9c01"): at least
/// six hex digits, one of them a decimal digit.
bool isHexId(QByteArrayView t)
{
    if (t.size() < 6)
        return false;
    bool digit = false;
    for (char c : t) {
        const bool decimal = c >= '0' && c <= '9';
        if (!decimal && !((c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F')))
            return false;
        digit = digit || decimal;
    }
    return digit;
}

bool allUpper(QByteArrayView t)
{
    for (char c : t)
        if (c >= 'a' && c <= 'z')
            return false;
    return true;
}

/// Skips blanks, ':' and " - " between header parts and the message.
qsizetype skipDashes(QByteArrayView s, qsizetype pos)
{
    while (pos < s.size()
           && (s[pos] == ' ' || s[pos] == '\t' || s[pos] == ':'
               || (s[pos] == '-' && (pos + 1 >= s.size() || s[pos + 1] == ' '))))
        ++pos;
    return pos;
}

qsizetype skipSeparators(QByteArrayView line, qsizetype pos)
{
    while (pos < line.size() && isSeparator(line[pos]))
        ++pos;
    return pos;
}

/// Skips a bracketed token with nesting ("[QuorumPeer[myid=1]/0:...]").
qsizetype skipBracketed(QByteArrayView line, qsizetype pos)
{
    int depth = 0;
    for (qsizetype i = pos; i < line.size(); ++i) {
        if (line[i] == '[')
            ++depth;
        else if (line[i] == ']' && --depth == 0)
            return i + 1;
    }
    return pos;
}

/// Looks for the level among the first tokens after the stamp (numbers and
/// hex ids, such as pids and thread ids, are skipped).
void scanLevel(QByteArrayView line, qsizetype pos, TextFormat::Header &h)
{
    bool onlyNumbers = true;
    const qsizetype limit = std::min(line.size(), pos + kMaxScan);
    for (int i = 0; i < kMaxTokens && pos < limit; ++i) {
        pos = skipSeparators(line, pos);
        const qsizetype start = pos;
        while (pos < line.size() && !isTokenEnd(line[pos]))
            ++pos;
        const QByteArrayView token = line.sliced(start, pos - start);
        if (token.isEmpty())
            return;
        if (allDigits(token) || isHexId(token))
            continue;
        Level l = Level::Unknown;
        if (token.size() == 1 && onlyNumbers)
            l = std::string_view("VDIWEFA").find(token.front()) != std::string_view::npos ? parseLevel(token) : Level::Unknown;
        else if (onlyNumbers || allUpper(token))
            l = LevelNames::parseWord(token);
        if (l != Level::Unknown) {
            h.level = l;
            h.levelBegin = start;
            h.levelEnd = pos;
            h.bodyBegin = pos;
            return;
        }
        onlyNumbers = false;
    }
}

} // namespace

QString TextFormat::name() const
{
    return QStringLiteral("text");
}

QString TextFormat::description() const
{
    return QCoreApplication::translate("TextFormat", "Text logs: timestamp, level, message (log4j, Python, Go, glog, ...)");
}

bool TextFormat::scanHeader(QByteArrayView line, const TimeContext &ctx, Header &h)
{
    TimeLayout layout = TimeLayout::None;
    const int n = TimeParser::sniff(line, ctx, h.time, layout);
    if (n == 0)
        return false;
    qsizetype pos = n;
    if (line.front() == '[' && pos < line.size() && line[pos] == ']')
        ++pos;
    h.bodyBegin = pos;
    if (layout == TimeLayout::Glog) {
        const qsizetype letter = line.front() == '[' ? 1 : 0;
        h.level = parseLevel(line.sliced(letter, 1));
        h.glog = true;
        return true;
    }
    scanLevel(line, pos, h);
    return true;
}

bool TextFormat::startsRecord(QByteArrayView line) const
{
    static const TimeContext utc(0, QTimeZone(QTimeZone::UTC));
    TimeNs t = kNoTime;
    TimeLayout layout = TimeLayout::None;
    return TimeParser::sniff(chomp(line), utc, t, layout) > 0;
}

bool TextFormat::extractTimeLevel(QByteArrayView line, TimeNs &time, Level &level, const TimeContext &ctx) const
{
    Header h;
    if (!scanHeader(chomp(line), ctx, h))
        return false;
    time = h.time;
    level = h.level;
    return true;
}

bool TextFormat::parse(QByteArrayView line, Record &out, const TimeContext &ctx) const
{
    setPlain(line, out);
    const QByteArrayView s = out.raw;
    Header h;
    if (!scanHeader(s, ctx, h))
        return false;
    out.time = h.time;
    out.level = h.level;
    qsizetype pos = skipDashes(s, h.bodyBegin);
    if (h.glog) {
        // "I0115 10:00:00.123456  1234 file.cc:42] message"
        const qsizetype close = s.indexOf("] ", pos);
        if (close > 0 && close - pos < 64)
            pos = close + 2;
    } else if (h.levelBegin >= 0) {
        pos = skipSeparators(s, h.levelEnd);
        // "[thread]" right after the level.
        qsizetype p = h.levelEnd;
        while (p < s.size() && (s[p] == ' ' || s[p] == ']'))
            ++p;
        if (p < s.size() && s[p] == '[') {
            const qsizetype end = skipBracketed(s, p);
            if (end > p) {
                out.fields.push_back(Field{QByteArrayLiteral("thread"), s.sliced(p + 1, end - p - 2).toByteArray()});
                pos = skipSeparators(s, end);
            }
        }
        // "logger:" (no spaces, contains a letter) before the message.
        qsizetype e = pos;
        while (e < s.size() && s[e] != ' ' && s[e] != ':')
            ++e;
        if (e > pos + 1 && e + 1 < s.size() && s[e] == ':' && s[e + 1] == ' ') {
            const QByteArray logger = s.sliced(pos, e - pos).toByteArray();
            out.fields.push_back(Field{QByteArrayLiteral("logger"), logger});
            out.fields.push_back(Field{QByteArrayLiteral("source"), logger});
            pos = e + 2;
        }
    }
    pos = skipDashes(s, pos);
    out.message = s.sliced(std::min(pos, s.size()));
    return true;
}
