// SPDX-FileCopyrightText: 2026 Tideline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "alertengine.h"
#include "alertfilereader.h"

#include <QList>

#include <atomic>
#include <deque>
#include <expected>
#include <memory>

/// One rule's state as a run last saw it. Plain value.
struct AlertRuleSnapshot
{
    bool active = false;
    double value = 0;
    QList<double> samples; ///< the value once per sample period of log time, oldest first
};

/// An alert event with the highest value its rule reached while the alert
/// lasted (sampled between reads; for a recovery, since its trigger).
struct AlertOccurrence
{
    AlertEvent event;
    double peak = 0;
};

/// The rules running over one file on a worker thread: its own file
/// descriptor, an AlertEngine and an AlertFileReader, plus a sparkline of
/// each rule's value and the peaks of open alerts.
///
/// Not thread-safe: one job at a time drives a run (any thread). Owns its
/// file descriptor (closed in the destructor).
class AlertFileRun
{
public:
    static constexpr int kSamples = 60;
    static constexpr TimeNs kSamplePeriod = 60 * kNsPerSecond;
    /// Bytes read between cancel checks and samples.
    static constexpr qint64 kStepBytes = 64 * 1024;

    /// Opens @p path (read-only) for a run of @p rules; the error is for the user.
    static std::expected<std::unique_ptr<AlertFileRun>, QString> open(const QString &path, LogFormatPtr format, const TimeContext &context,
                                                                       std::vector<AlertRule> rules);
    ~AlertFileRun();
    AlertFileRun(const AlertFileRun &) = delete;
    AlertFileRun &operator=(const AlertFileRun &) = delete;

    /// Feeds [position(), @p to) in steps of kStepBytes, then ends as
    /// @p end says; stops early (without ending) once @p cancel is set.
    std::expected<void, QString> read(qint64 to, AlertFileReader::End end, const std::atomic<bool> &cancel);
    /// One poll of a growing file: reads what was appended, flushes a last
    /// record that stayed unchanged since the previous poll, starts over
    /// when the file shrank; then time passes to @p now (kNoTime: not at all).
    std::expected<void, QString> poll(TimeNs now);
    /// The instant of the engine's clock is complete; evaluates it.
    void settle();
    /// Reads from @p path from now on, at the same offsets: the file the
    /// LogFile reads moved to a copy with the same bytes (a followed file's
    /// mirror). The error is for the user; the run keeps its old file then.
    std::expected<void, QString> switchTo(const QString &path);

    qint64 position() const { return m_reader.position(); }
    /// The file's size now; -1 when it cannot be read.
    qint64 fileSize() const;
    /// The events since the last call.
    QList<AlertOccurrence> takeOccurrences();
    std::vector<AlertRuleSnapshot> snapshot() const;

private:
    AlertFileRun(int fd, LogFormatPtr format, const TimeContext &context, std::vector<AlertRule> rules);
    void onEvent(const AlertEvent &event);
    void sample();

    int m_fd;
    LogFormatPtr m_format;
    TimeContext m_context;
    AlertEngine m_engine;
    AlertFileReader m_reader;
    std::vector<std::deque<double>> m_samples;
    std::vector<double> m_peaks;
    QList<AlertOccurrence> m_out;
    TimeNs m_samplePeriod = kNoTime; ///< index of the period the last sample is in
    qint64 m_lastSize = -1;
};
