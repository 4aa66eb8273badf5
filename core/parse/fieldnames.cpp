// SPDX-FileCopyrightText: 2026 Tideline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "parse/fieldnames.h"

#include "parse/timeparser.h"

#include <array>

namespace {

/// The names are QByteArrayViews of literals: their lengths are known at
/// compile time, so most keys are ruled out by their length alone.
template<size_t N>
int rankIn(QByteArrayView key, const std::array<QByteArrayView, N> &names)
{
    for (size_t i = 0; i < N; ++i)
        if (key.size() == names[i].size() && key == names[i])
            return static_cast<int>(i);
    return -1;
}

} // namespace

namespace FieldNames {

int timeRank(QByteArrayView key)
{
    static constexpr std::array<QByteArrayView, 10> kNames{"timestamp", "@timestamp", "time", "ts", "t.$date",
                                                         "t", "datetime", "date", "__REALTIME_TIMESTAMP", "asctime"};
    return rankIn(key, kNames);
}

int levelRank(QByteArrayView key)
{
    static constexpr std::array<QByteArrayView, 9> kNames{"level", "severity", "lvl", "log.level", "loglevel",
                                                        "levelname", "level_name", "severity_text", "PRIORITY"};
    return rankIn(key, kNames);
}

int messageRank(QByteArrayView key)
{
    static constexpr std::array<QByteArrayView, 5> kNames{"msg", "message", "MESSAGE", "log", "body"};
    return rankIn(key, kNames);
}

int sourceRank(QByteArrayView key)
{
    static constexpr std::array<QByteArrayView, 14> kNames{"service", "service.name", "logger", "logger_name", "log.logger",
                                                         "component", "name", "app", "program",
                                                         "SYSLOG_IDENTIFIER", "source", "host", "hostname",
                                                         "_HOSTNAME"};
    return rankIn(key, kNames);
}

bool parseTimeValue(QByteArrayView value, const TimeContext &ctx, TimeNs &out)
{
    if (value.size() >= 2 && value.front() == '"' && value.back() == '"')
        value = value.sliced(1, value.size() - 2);
    if (value.isEmpty())
        return false;
    TimeLayout layout = TimeLayout::None;
    if (TimeParser::sniff(value, ctx, out, layout) > 0)
        return true;
    return TimeParser::parseEpoch(value, out) > 0;
}

} // namespace FieldNames
