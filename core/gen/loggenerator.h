// SPDX-FileCopyrightText: 2026 Tideline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "record/record.h"

#include <QByteArray>
#include <QStringView>

#include <optional>

QT_BEGIN_NAMESPACE
class QIODevice;
QT_END_NAMESPACE

/// The shapes of log the generator writes.
enum class GeneratorFormat {
    Access, ///< Apache/nginx combined access log
    Json,   ///< application JSON lines (ts, level, service, msg, fields)
    Syslog, ///< RFC 3164 syslog
    Mixed,  ///< access, JSON and log4j-style text lines with Java stack traces
};

std::optional<GeneratorFormat> generatorFormatFromName(QStringView name);

struct GeneratorOptions
{
    quint64 seed = 1;
    GeneratorFormat format = GeneratorFormat::Mixed;
    TimeNs start = 1773475200LL * 1000000000LL; ///< 2026-03-14T08:00:00Z
    qint64 meanGapMs = 200;                     ///< mean time between records
};

/// Writes realistic, deterministic logs: the same options give the same
/// bytes. Traffic has periodic error bursts (every ten minutes of log time,
/// about 40 s with many 5xx responses and errors) so timelines have a shape.
/// Used by `tideline --demo`, `tideline-cli generate`, tests and benchmarks.
/// Not thread-safe; cheap to create one per thread.
class LogGenerator
{
public:
    explicit LogGenerator(const GeneratorOptions &options);

    /// Appends one record (one line, or several for a stack trace), each
    /// line ending in '\n', and advances the clock. Returns the line count.
    int appendRecord(QByteArray &out);
    /// Writes exactly @p lines lines (a trailing stack trace is cut short).
    /// Returns false when the device refused to write.
    bool writeLines(QIODevice &device, qint64 lines);
    /// Moves the clock, e.g. to wall time for the live demo.
    void setTime(TimeNs time) { m_time = time; }
    TimeNs time() const { return m_time; }

private:
    quint64 next();
    quint64 below(quint64 bound) { return next() % bound; }
    bool chance(int percent) { return below(100) < static_cast<quint64>(percent); }
    bool inBurst() const;
    void advanceClock();
    void appendAccess(QByteArray &out);
    void appendJson(QByteArray &out);
    void appendSyslog(QByteArray &out);
    int appendText(QByteArray &out);

    GeneratorOptions m_options;
    quint64 m_state;
    TimeNs m_time;
};
