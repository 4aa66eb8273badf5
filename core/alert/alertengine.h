// SPDX-FileCopyrightText: 2026 Tideline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "alertevent.h"
#include "alertrule.h"

#include <functional>
#include <memory>
#include <span>
#include <vector>

class RuleEvaluator;

/// Runs alert rules over records in file order, on the records' own
/// timestamps (UTC nanoseconds; nothing local, so DST changes nothing).
///
/// Time: the engine has one clock, which starts at the first time it sees
/// (a record's time or advanceTo()) and never goes back. A record at or
/// after the clock moves it there. A record earlier than the clock (out of
/// order) or without a time is counted at the clock: it is never dropped
/// and never reopens a window that has already been evaluated. Records
/// with equal times form one instant, which rules evaluate once all of its
/// records are in: when a later time arrives, or at advanceTo(). A record
/// at an instant already evaluated (advanceTo(t) then a record at t)
/// re-evaluates it. Before any time is known, only pattern rules with a
/// count of 1 fire (with time kNoTime).
///
/// Windows are half-open: (now - window, now] for rates and pattern
/// groups, [n·bucket, (n+1)·bucket) for anomaly buckets. Between records,
/// every instant where a value changes (a match leaving a window, a bucket
/// closing, a minimum duration passing, an absence deadline) is evaluated
/// exactly, so a gap of a day yields the same events as a day of polling.
///
/// Events go to the sink in time order, synchronously, during feed() and
/// advanceTo(). Not thread-safe: one thread drives an engine.
class AlertEngine
{
public:
    using Sink = std::function<void(const AlertEvent &)>;

    AlertEngine(std::vector<AlertRule> rules, Sink sink);
    ~AlertEngine();
    AlertEngine(const AlertEngine &) = delete;
    AlertEngine &operator=(const AlertEngine &) = delete;

    const std::vector<AlertRule> &rules() const { return m_rules; }
    /// Whether some rule's query reads parsed fields, so feed() needs a
    /// parsed Record (otherwise raw and time suffice).
    bool needsParsedRecord() const { return m_needsParsed; }

    /// One record, in file order; @p line is its 1-based first line. Tests
    /// every rule's query on it (Query::mayMatch, then matches).
    void feed(const Record &record, qint64 line);
    /// The same for a caller that matched the queries itself:
    /// @p matchedRules are indexes into rules(); @p text is the record's
    /// first line for pattern events.
    void feedMatches(TimeNs time, qint64 line, std::span<const int> matchedRules, QByteArrayView text = {});
    /// Time passes to @p now without records (a record-less stretch of a
    /// file, or the wall clock while following); the instant @p now is
    /// evaluated. A @p now before the clock only evaluates the clock's
    /// instant.
    void advanceTo(TimeNs now);

    /// The clock; kNoTime before the first time.
    TimeNs clock() const { return m_clock; }
    /// Whether rule @p rule is in its alert state, and its current value.
    bool active(int rule) const;
    double value(int rule) const;

private:
    /// Settles the clock's instant if needed and moves the clock to @p time.
    void moveClock(TimeNs time);
    void settle();
    void deliver();

    std::vector<AlertRule> m_rules;
    std::vector<std::unique_ptr<RuleEvaluator>> m_evaluators;
    Sink m_sink;
    AlertEvents m_pending;
    std::vector<int> m_matched;
    TimeNs m_clock = kNoTime;
    bool m_dirty = false; ///< the clock's instant has records not yet evaluated
    bool m_needsParsed = false;
};
