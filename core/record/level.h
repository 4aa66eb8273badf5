// SPDX-FileCopyrightText: 2026 Tideline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

/// A record's severity, normalised across formats. The order is the
/// severity order used by `level:>=warn`; Unknown sorts below Trace.
enum class Level : quint8 {
    Unknown = 0,
    Trace,
    Debug,
    Info,
    Notice,
    Warn,
    Error,
    Critical,
    Fatal,
};

inline constexpr int kLevelCount = 9;
