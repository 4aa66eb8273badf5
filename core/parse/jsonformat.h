// SPDX-FileCopyrightText: 2026 Tideline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "parse/logformat.h"

/// JSON lines: one object per line, any keys.
///
/// Time comes from ts/time/timestamp/@timestamp/t (ISO text or epoch
/// s/ms/µs/ns), level from level/severity/lvl/log.level (names or
/// bunyan/pino/syslog numbers), message from msg/message. Nested objects
/// are flattened into fields named "a.b"; arrays stay as raw JSON text.
/// The fast path walks the top level once without decoding anything.
class JsonFormat final : public LogFormat
{
public:
    QString name() const override;
    QString description() const override;
    bool parse(QByteArrayView line, Record &out, const TimeContext &ctx) const override;
    bool extractTimeLevel(QByteArrayView line, TimeNs &time, Level &level, const TimeContext &ctx) const override;
    bool startsRecord(QByteArrayView line) const override;
    int specificity() const override { return 90; }

    /// Nesting deeper than this is kept as raw JSON text.
    static constexpr int kMaxDepth = 8;
};
