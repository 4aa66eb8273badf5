// SPDX-FileCopyrightText: 2026 Tideline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "alertengine.h"

#include "absenceevaluator.h"
#include "anomalyevaluator.h"
#include "patternevaluator.h"
#include "rateevaluator.h"

#include <algorithm>

namespace {

std::unique_ptr<RuleEvaluator> makeEvaluator(int index, const AlertRule &rule)
{
    struct Make
    {
        int index;
        std::unique_ptr<RuleEvaluator> operator()(const RateRule &p) const { return std::make_unique<RateEvaluator>(index, p); }
        std::unique_ptr<RuleEvaluator> operator()(const PatternRule &p) const { return std::make_unique<PatternEvaluator>(index, p); }
        std::unique_ptr<RuleEvaluator> operator()(const AnomalyRule &p) const { return std::make_unique<AnomalyEvaluator>(index, p); }
        std::unique_ptr<RuleEvaluator> operator()(const AbsenceRule &p) const { return std::make_unique<AbsenceEvaluator>(index, p); }
    };
    return std::visit(Make{index}, rule.params);
}

QByteArrayView firstLine(QByteArrayView raw)
{
    const qsizetype end = raw.indexOf('\n');
    QByteArrayView line = end < 0 ? raw : raw.first(end);
    if (line.endsWith('\r'))
        line.chop(1);
    return line;
}

} // namespace

AlertEngine::AlertEngine(std::vector<AlertRule> rules, Sink sink)
    : m_rules(std::move(rules))
    , m_sink(std::move(sink))
{
    for (std::size_t i = 0; i < m_rules.size(); ++i) {
        m_evaluators.push_back(makeEvaluator(static_cast<int>(i), m_rules[i]));
        m_needsParsed = m_needsParsed || m_rules[i].query.needsParsedRecord();
    }
}

AlertEngine::~AlertEngine() = default;

void AlertEngine::feed(const Record &record, qint64 line)
{
    m_matched.clear();
    for (std::size_t i = 0; i < m_rules.size(); ++i) {
        const Query &query = m_rules[i].query;
        if (query.mayMatch(record.raw) && query.matches(record))
            m_matched.push_back(static_cast<int>(i));
    }
    feedMatches(record.time, line, m_matched, firstLine(record.raw));
}

void AlertEngine::feedMatches(TimeNs time, qint64 line, std::span<const int> matchedRules, QByteArrayView text)
{
    if (time != kNoTime && (m_clock == kNoTime || time > m_clock))
        moveClock(time);
    for (int rule : matchedRules) {
        if (rule >= 0 && rule < static_cast<int>(m_evaluators.size()))
            m_evaluators[static_cast<std::size_t>(rule)]->add(m_clock, line, text, m_pending);
    }
    m_dirty = m_clock != kNoTime;
    deliver();
}

void AlertEngine::advanceTo(TimeNs now)
{
    if (now != kNoTime && (m_clock == kNoTime || now > m_clock)) {
        moveClock(now);
        m_dirty = true;
    }
    settle();
    deliver();
}

void AlertEngine::moveClock(TimeNs time)
{
    if (m_clock == kNoTime) {
        m_clock = time;
        for (const auto &evaluator : m_evaluators)
            evaluator->start(time);
        return;
    }
    settle();
    for (const auto &evaluator : m_evaluators)
        evaluator->advance(time, m_pending);
    m_clock = time;
    m_dirty = true;
}

void AlertEngine::settle()
{
    if (!m_dirty)
        return;
    for (const auto &evaluator : m_evaluators)
        evaluator->settle(m_clock, m_pending);
    m_dirty = false;
}

void AlertEngine::deliver()
{
    if (m_pending.empty())
        return;
    std::stable_sort(m_pending.begin(), m_pending.end(), [](const AlertEvent &a, const AlertEvent &b) { return a.time < b.time; });
    AlertEvents events;
    events.swap(m_pending);
    for (AlertEvent &event : events) {
        const AlertRule &rule = m_rules[static_cast<std::size_t>(event.rule)];
        event.ruleName = rule.name;
        event.kind = rule.kind();
        if (m_sink)
            m_sink(event);
    }
}

bool AlertEngine::active(int rule) const
{
    return rule >= 0 && rule < static_cast<int>(m_evaluators.size()) && m_evaluators[static_cast<std::size_t>(rule)]->active();
}

double AlertEngine::value(int rule) const
{
    return rule >= 0 && rule < static_cast<int>(m_evaluators.size()) ? m_evaluators[static_cast<std::size_t>(rule)]->value() : 0;
}
