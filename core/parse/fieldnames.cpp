// SPDX-FileCopyrightText: 2026 Tideline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "parse/fieldnames.h"

#include "parse/fasttime.h"
#include "parse/timeparser.h"

#include <array>

namespace {

/// A set of names, tested by length first: a bit per length that occurs,
/// so most keys (called for every key of every JSON or logfmt line) are
/// ruled out without a comparison.
template<size_t N>
struct Names
{
    std::array<QByteArrayView, N> names;
    quint64 lengths = 0;

    constexpr explicit Names(const std::array<QByteArrayView, N> &list)
        : names(list)
    {
        for (const QByteArrayView name : list)
            lengths |= quint64{1} << name.size();
    }

    int rankOf(QByteArrayView key) const
    {
        if (key.size() >= 64 || ((lengths >> key.size()) & 1U) == 0)
            return -1;
        for (size_t i = 0; i < N; ++i)
            if (key.size() == names[i].size() && key == names[i])
                return static_cast<int>(i);
        return -1;
    }
};

} // namespace

namespace FieldNames {

int timeRank(QByteArrayView key)
{
    static constexpr Names kNames(std::array<QByteArrayView, 10>{
        "timestamp", "@timestamp", "time", "ts", "t.$date", "t", "datetime", "date", "__REALTIME_TIMESTAMP", "asctime"});
    return kNames.rankOf(key);
}

int levelRank(QByteArrayView key)
{
    static constexpr Names kNames(std::array<QByteArrayView, 9>{
        "level", "severity", "lvl", "log.level", "loglevel", "levelname", "level_name", "severity_text", "PRIORITY"});
    return kNames.rankOf(key);
}

int messageRank(QByteArrayView key)
{
    static constexpr Names kNames(std::array<QByteArrayView, 5>{"msg", "message", "MESSAGE", "log", "body"});
    return kNames.rankOf(key);
}

int sourceRank(QByteArrayView key)
{
    static constexpr Names kNames(std::array<QByteArrayView, 14>{
        "service", "service.name", "logger", "logger_name", "log.logger", "component", "name", "app", "program",
        "SYSLOG_IDENTIFIER", "source", "host", "hostname", "_HOSTNAME"});
    return kNames.rankOf(key);
}

bool parseTimeValue(QByteArrayView value, const TimeContext &ctx, TimeNs &out)
{
    if (value.size() >= 2 && value.front() == '"' && value.back() == '"')
        value = value.sliced(1, value.size() - 2);
    if (value.isEmpty())
        return false;
    // What TimeParser::sniff() does first for "dddd-...", without its detours.
    if (value.size() > 4 && value[4] == '-' && value[0] >= '0' && value[0] <= '9' && FastTime::iso(value, ctx, out) > 0)
        return true;
    TimeLayout layout = TimeLayout::None;
    if (TimeParser::sniff(value, ctx, out, layout) > 0)
        return true;
    return TimeParser::parseEpoch(value, out) > 0;
}

} // namespace FieldNames
