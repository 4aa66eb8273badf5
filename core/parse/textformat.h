// SPDX-FileCopyrightText: 2026 Tideline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "parse/logformat.h"

/// The "timestamp level message" family: log4j/logback, Python logging, Go,
/// Rust tracing, glog, Spark, Hadoop, HDFS, Zookeeper, Android logcat,
/// Apache error logs, Kafka and many home-grown loggers.
///
/// A record starts with a timestamp any TimeParser layout reads (optionally
/// inside '['). Within the next few tokens, numbers and hex ids (pids, tids) are
/// skipped and the level is the first level word (case-insensitive as the
/// first word after the stamp and ids, upper case after other words; a
/// single letter only right after the stamp and ids, as logcat writes it;
/// glog's level is the stamp's letter). After the level an optional
/// "[thread]" and a "logger:" token become fields; the rest is the message.
/// Lines without a stamp continue the record above.
class TextFormat final : public LogFormat
{
public:
    QString name() const override;
    QString description() const override;
    bool parse(QByteArrayView line, Record &out, const TimeContext &ctx) const override;
    bool extractTimeLevel(QByteArrayView line, TimeNs &time, Level &level, const TimeContext &ctx) const override;
    bool startsRecord(QByteArrayView line) const override;
    int specificity() const override { return 30; }

    /// Offsets found by the header scan.
    struct Header
    {
        TimeNs time = kNoTime;
        Level level = Level::Unknown;
        qsizetype levelBegin = -1; ///< -1 when the level was not a separate token
        qsizetype levelEnd = -1;
        qsizetype bodyBegin = 0; ///< where the text after the stamp (and level) starts
        bool glog = false;       ///< the level was the stamp's letter
    };
    /// Reads the stamp and the level; false without a stamp.
    static bool scanHeader(QByteArrayView line, const TimeContext &ctx, Header &header);
};
