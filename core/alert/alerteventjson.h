// SPDX-FileCopyrightText: 2026 Tideline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "alertevent.h"

#include <QByteArray>

class TimeContext;

/// One alert event as the JSON line `tideline-cli watch` prints (see
/// ALERTS.md): rule, kind, event, time (ISO 8601 in @p context's zone),
/// value (3 decimals), line, file and, for patterns, text. Ends in '\n'.
QByteArray alertEventJson(const AlertEvent &event, const TimeContext &context, const QString &fileName);
