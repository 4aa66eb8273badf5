// SPDX-FileCopyrightText: 2026 Tideline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "record/level.h"

#include <QByteArrayView>

/// The `<PRI>` prefix of syslog lines (RFC 3164 and 5424).
namespace SyslogPriority {

/// Reads `<0>`..`<191>` at the start of @p line: returns its length and
/// sets @p level from the severity (PRI % 8), or returns 0.
qsizetype read(QByteArrayView line, Level &level);

} // namespace SyslogPriority
