// SPDX-FileCopyrightText: 2026 Tideline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "record/level.h"

#include <QLatin1StringView>
#include <QStringView>

#include <optional>

/// The level names the query language accepts, case-insensitively:
/// unknown, trace, debug, info, notice, warn/warning, error/err,
/// critical/crit, fatal.
std::optional<Level> queryLevelFromName(QStringView name);

/// The canonical lowercase name of @p level ("warn", "error", ...).
QLatin1StringView queryLevelName(Level level);
