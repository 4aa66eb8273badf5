// SPDX-FileCopyrightText: 2026 Tideline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "parse/timecontext.h"
#include "record/record.h"

#include <QByteArrayView>

/// The field names structured formats (JSON, logfmt) use for a record's
/// time, level, message and source, and how their values are read.
/// Allocation-free and thread-safe.
namespace FieldNames {

/// ts, time, timestamp, @timestamp, t, date, datetime, __REALTIME_TIMESTAMP,
/// t.$date (MongoDB). Lower rank = preferred; -1 when not a time key.
int timeRank(QByteArrayView key);
/// level, severity, lvl, log.level, loglevel, levelname, PRIORITY.
int levelRank(QByteArrayView key);
/// msg, message, MESSAGE, log.
int messageRank(QByteArrayView key);
/// service, service.name, logger, logger_name, component, name, app,
/// program, SYSLOG_IDENTIFIER, host, hostname, _HOSTNAME.
int sourceRank(QByteArrayView key);

/// A time value: a timestamp text any TimeParser layout reads, or epoch
/// seconds (with fraction), milliseconds, microseconds or nanoseconds.
/// Quotes around @p value are ignored.
bool parseTimeValue(QByteArrayView value, const TimeContext &ctx, TimeNs &out);

} // namespace FieldNames
