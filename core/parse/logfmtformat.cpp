// SPDX-FileCopyrightText: 2026 Tideline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "parse/logfmtformat.h"

#include "parse/fieldnames.h"
#include "parse/jsonscanner.h"
#include "parse/levelnames.h"

#include <QCoreApplication>

#include <array>
#include <bit>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace {

constexpr std::array<bool, 256> kKeyChars = [] {
    std::array<bool, 256> table{};
    for (int c = 0; c < 256; ++c)
        table[static_cast<std::size_t>(c)] = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
            || c == '_' || c == '.' || c == '-' || c == '@' || c == '/' || c == '$';
    return table;
}();

bool isKeyChar(char c)
{
    return kKeyChars[static_cast<unsigned char>(c)];
}

qsizetype skipBlanks(QByteArrayView line, qsizetype pos)
{
    while (pos < line.size() && (line[pos] == ' ' || line[pos] == '\t'))
        ++pos;
    return pos;
}

/// Where the key that starts at @p pos ends: at its first non-key byte.
qsizetype keyEnd(QByteArrayView line, qsizetype pos)
{
    while (pos < line.size() && isKeyChar(line[pos]))
        ++pos;
    return pos;
}

/// Whether the first token of @p line is a pair: walk() refuses any other
/// line, and asking this first is cheap for the lines of a mixed file.
bool opensWithPair(QByteArrayView line)
{
    const qsizetype start = skipBlanks(line, 0);
#if defined(__SSE2__)
    // Most lines of other formats show it in 16 bytes: a space before any
    // '=' ends the first token (a space is no key byte) before an '='.
    if (start + 16 <= line.size()) {
        const __m128i bytes = _mm_loadu_si128(reinterpret_cast<const __m128i *>(line.data() + start));
        const auto spaces = static_cast<unsigned>(_mm_movemask_epi8(_mm_cmpeq_epi8(bytes, _mm_set1_epi8(' '))));
        const auto equals = static_cast<unsigned>(_mm_movemask_epi8(_mm_cmpeq_epi8(bytes, _mm_set1_epi8('='))));
        if (spaces != 0 && (equals == 0 || std::countr_zero(spaces) < std::countr_zero(equals)))
            return false;
    }
#endif
    const qsizetype end = keyEnd(line, start);
    return end > start && end < line.size() && line[end] == '=';
}

/// Splits a logfmt line into pairs, allocation-free.
class PairReader
{
public:
    explicit PairReader(QByteArrayView line)
        : m_line(line)
    {
    }

    /// Next token: a pair (@p value set, quoted flagged) or a bare word.
    bool next(QByteArrayView &key, QByteArrayView &value, bool &isPair, bool &quoted)
    {
        m_pos = skipBlanks(m_line, m_pos);
        if (m_pos >= m_line.size())
            return false;
        const qsizetype start = m_pos;
        m_pos = keyEnd(m_line, m_pos);
        isPair = m_pos > start && m_pos < m_line.size() && m_line[m_pos] == '=';
        quoted = false;
        if (!isPair) {
            while (m_pos < m_line.size() && m_line[m_pos] != ' ' && m_line[m_pos] != '\t')
                ++m_pos;
            key = m_line.sliced(start, m_pos - start);
            value = {};
            return true;
        }
        key = m_line.sliced(start, m_pos - start);
        ++m_pos;
        value = readValue(quoted);
        return true;
    }

private:
    QByteArrayView readValue(bool &quoted)
    {
        if (m_pos < m_line.size() && m_line[m_pos] == '"') {
            const qsizetype start = ++m_pos;
            while (m_pos < m_line.size() && m_line[m_pos] != '"')
                m_pos += m_line[m_pos] == '\\' ? 2 : 1;
            const qsizetype end = std::min(m_pos, m_line.size());
            m_pos = std::min(m_pos + 1, m_line.size());
            quoted = true;
            return m_line.sliced(start, end - start);
        }
        const qsizetype start = m_pos;
        while (m_pos < m_line.size() && m_line[m_pos] != ' ' && m_line[m_pos] != '\t')
            ++m_pos;
        return m_line.sliced(start, m_pos - start);
    }

    QByteArrayView m_line;
    qsizetype m_pos = 0;
};

/// Walks the line; calls @p onPair for each pair. False when not logfmt.
template<typename OnPair>
bool walk(QByteArrayView line, OnPair onPair)
{
    PairReader reader(line);
    QByteArrayView key, value;
    bool isPair = false, quoted = false;
    int pairs = 0, words = 0;
    bool first = true;
    while (reader.next(key, value, isPair, quoted)) {
        if (first && !isPair)
            return false;
        first = false;
        if (isPair) {
            ++pairs;
            onPair(key, value, quoted);
        } else {
            ++words;
        }
    }
    return pairs >= 2 && words <= pairs;
}

} // namespace

QString LogfmtFormat::name() const
{
    return QStringLiteral("logfmt");
}

QString LogfmtFormat::description() const
{
    return QCoreApplication::translate("LogfmtFormat", "logfmt key=value pairs");
}

bool LogfmtFormat::extractTimeLevel(QByteArrayView line, TimeNs &time, Level &level, const TimeContext &ctx) const
{
    line = chomp(line);
    time = kNoTime;
    level = Level::Unknown;
    if (!opensWithPair(line))
        return false;
    int timeRank = 1000, levelRank = 1000;
    return walk(line, [&](QByteArrayView key, QByteArrayView value, bool) {
        const int t = FieldNames::timeRank(key);
        TimeNs parsed = kNoTime;
        if (t >= 0 && t < timeRank && FieldNames::parseTimeValue(value, ctx, parsed)) {
            timeRank = t;
            time = parsed;
        }
        const int l = FieldNames::levelRank(key);
        if (l >= 0 && l < levelRank) {
            const Level lv = parseLevel(value);
            if (lv != Level::Unknown) {
                levelRank = l;
                level = lv;
            }
        }
    });
}

bool LogfmtFormat::parse(QByteArrayView line, Record &out, const TimeContext &ctx) const
{
    setPlain(line, out);
    const QByteArrayView body = out.raw;
    int messageRank = 1000, sourceRank = 1000;
    QByteArrayView message;
    QByteArray source;
    const bool ok = walk(body, [&](QByteArrayView key, QByteArrayView value, bool quoted) {
        QByteArray text = quoted ? JsonScanner::unescape(value) : value.toByteArray();
        const int m = FieldNames::messageRank(key);
        if (m >= 0 && m < messageRank) {
            messageRank = m;
            message = value;
        }
        const int s = FieldNames::sourceRank(key);
        if (s >= 0 && s < sourceRank) {
            sourceRank = s;
            source = text;
        }
        out.fields.push_back(Field{key.toByteArray(), std::move(text)});
    });
    if (!ok) {
        setPlain(line, out);
        return false;
    }
    if (sourceRank < 1000 && !out.field("source"))
        out.fields.push_back(Field{QByteArrayLiteral("source"), source});
    extractTimeLevel(body, out.time, out.level, ctx);
    if (!message.isNull())
        out.message = message;
    return true;
}
