// SPDX-FileCopyrightText: 2026 Tideline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "querylevel.h"

#include <array>
#include <utility>

using namespace Qt::StringLiterals;

namespace {

constexpr std::array<std::pair<QLatin1StringView, Level>, 12> kNames{{
    {"unknown"_L1, Level::Unknown},
    {"trace"_L1, Level::Trace},
    {"debug"_L1, Level::Debug},
    {"info"_L1, Level::Info},
    {"notice"_L1, Level::Notice},
    {"warn"_L1, Level::Warn},
    {"warning"_L1, Level::Warn},
    {"error"_L1, Level::Error},
    {"err"_L1, Level::Error},
    {"critical"_L1, Level::Critical},
    {"crit"_L1, Level::Critical},
    {"fatal"_L1, Level::Fatal},
}};

} // namespace

std::optional<Level> queryLevelFromName(QStringView name)
{
    for (const auto &[text, level] : kNames)
        if (text.compare(name, Qt::CaseInsensitive) == 0)
            return level;
    return std::nullopt;
}

QLatin1StringView queryLevelName(Level level)
{
    for (const auto &[text, value] : kNames)
        if (value == level)
            return text;
    return "unknown"_L1;
}
