// SPDX-FileCopyrightText: 2026 Tideline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>

/// Keeps a settings file that Qt cannot read from being silently
/// overwritten: QSettings reads what it can of a damaged file and, at the
/// next change, writes back only that.
namespace SettingsGuard {

/// When the application's QSettings file has a format error, renames it to
/// "<file>.corrupt-<yyyyMMdd-HHmmss>" (Tideline then starts from the
/// defaults) and returns a message for the user naming the file, the backup
/// and what to do. std::nullopt when the file is fine or does not exist.
/// Call once at start-up, before anything reads the settings.
std::optional<QString> backUpIfCorrupt();

} // namespace SettingsGuard
