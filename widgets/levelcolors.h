// SPDX-FileCopyrightText: 2026 Tideline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "record/level.h"

#include <QColor>

/// The fixed colour of each level, shared by the table's chips and the
/// timeline: fatal/critical purple, error red, warn amber, notice and info
/// blue-green, debug and trace grey, unknown neutral.
QColor levelColor(Level level);
/// Readable text on levelColor(level).
QColor levelTextColor(Level level);
