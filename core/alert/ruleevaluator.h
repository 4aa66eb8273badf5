// SPDX-FileCopyrightText: 2026 Tideline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "alertevent.h"

#include <QByteArrayView>

/// The state machine of one rule, driven by AlertEngine on the engine's
/// clock. The engine guarantees: start() once, before anything else that
/// has a time; times passed to add(), advance() and settle() never
/// decrease; advance(to) is called with the previous instant settled.
/// Evaluators append events to @p out (in time order within one call).
/// Not thread-safe.
class RuleEvaluator
{
public:
    explicit RuleEvaluator(int rule)
        : m_rule(rule)
    {
    }
    virtual ~RuleEvaluator() = default;
    RuleEvaluator(const RuleEvaluator &) = delete;
    RuleEvaluator &operator=(const RuleEvaluator &) = delete;

    /// The engine's clock starts at @p time (the first time it sees).
    virtual void start(TimeNs time) = 0;
    /// A matching record at @p time (kNoTime only before start()).
    virtual void add(TimeNs time, qint64 line, QByteArrayView text, AlertEvents &out) = 0;
    /// Time passes without records: handle the changes at instants < @p to.
    virtual void advance(TimeNs to, AlertEvents &out) = 0;
    /// Every record at @p now is in: evaluate the instant @p now.
    virtual void settle(TimeNs now, AlertEvents &out) = 0;

    /// Whether the rule is in its alert state (pattern: never).
    virtual bool active() const = 0;
    /// The current value (see AlertEvent::value).
    virtual double value() const = 0;

protected:
    AlertEvent event(AlertEventType type, TimeNs time, double value, qint64 line) const
    {
        AlertEvent e;
        e.rule = m_rule;
        e.type = type;
        e.time = time;
        e.value = value;
        e.line = line;
        return e;
    }

private:
    int m_rule;
};
