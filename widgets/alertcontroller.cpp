// SPDX-FileCopyrightText: 2026 Tideline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "alertcontroller.h"

#include "alerthistorymodel.h"
#include "alertrulestatemodel.h"
#include "logtab.h"
#include "logview.h"

#include "alert/alertrunner.h"
#include "index/logfile.h"
#include "model/filteredmodel.h"

#include <QFileInfo>
#include <QLocale>
#include <QSettings>
#include <QTabWidget>

namespace {
const auto kMutedKey = QStringLiteral("alerts/muted");
}

AlertController::AlertController(QObject *parent)
    : QObject(parent)
    , m_history(new AlertHistoryModel(this))
    , m_states(new AlertRuleStateModel(this))
{
    const QStringList muted = QSettings().value(kMutedKey).toStringList();
    m_muted = QSet<QString>(muted.begin(), muted.end());
}

AlertController::~AlertController() = default;

void AlertController::watchTabs(QTabWidget *tabs)
{
    m_tabs = tabs;
    connect(tabs, &QTabWidget::currentChanged, this, [this] {
        for (int i = 0; i < m_tabs->count(); ++i) {
            auto *tab = qobject_cast<LogTab *>(m_tabs->widget(i));
            if (tab && !runner(tab))
                attach(tab);
        }
        setCurrentTab(qobject_cast<LogTab *>(m_tabs->currentWidget()));
    });
}

AlertRunner *AlertController::runner(LogTab *tab) const
{
    return tab ? tab->findChild<AlertRunner *>(QString(), Qt::FindDirectChildrenOnly) : nullptr;
}

void AlertController::attach(LogTab *tab)
{
    delete runner(tab);
    onStarted(tab);
    auto *runner = new AlertRunner(tab->logFile(), m_rules, tab);
    connect(runner, &AlertRunner::started, this, [this, tab] { onStarted(tab); });
    connect(runner, &AlertRunner::occurred, this, [this, tab](const QList<AlertOccurrence> &events, bool live) { onOccurred(tab, events, live); });
    connect(runner, &AlertRunner::snapshotChanged, this, [this, tab, runner] {
        m_history->updatePeaks(tab, runner->rules(), runner->snapshot());
        if (tab == m_current)
            updateStates();
    });
    connect(runner, &AlertRunner::errorOccurred, this, &AlertController::errorOccurred);
    connect(tab, &QObject::destroyed, this, [this, tab] { m_events.remove(tab); });
    if (!m_current)
        setCurrentTab(tab);
}

void AlertController::setRules(std::vector<AlertRule> rules)
{
    m_rules = std::move(rules);
    if (m_tabs) {
        for (int i = 0; i < m_tabs->count(); ++i) {
            if (auto *tab = qobject_cast<LogTab *>(m_tabs->widget(i)); tab && runner(tab))
                runner(tab)->setRules(m_rules);
        }
    }
    updateStates();
}

void AlertController::setMuted(const QString &rule, bool muted)
{
    if (muted)
        m_muted.insert(rule);
    else
        m_muted.remove(rule);
    QStringList names(m_muted.begin(), m_muted.end());
    names.sort();
    QSettings().setValue(kMutedKey, names);
    updateStates();
}

void AlertController::acknowledge(const QString &rule)
{
    m_history->acknowledge(rule);
    updateStates();
}

void AlertController::setCurrentTab(LogTab *tab)
{
    m_current = tab;
    updateStates();
}

void AlertController::onStarted(LogTab *tab)
{
    m_history->removeTab(tab);
    if (m_events.contains(tab)) {
        m_events.remove(tab);
        Q_EMIT eventsChanged(tab, {});
    }
}

void AlertController::onOccurred(LogTab *tab, const QList<AlertOccurrence> &events, bool live)
{
    const QString fileName = QFileInfo(tab->path()).fileName();
    QList<AlertEvent> &recorded = m_events[tab];
    const qsizetype before = recorded.size();
    for (const AlertOccurrence &occurrence : events) {
        const AlertEvent &event = occurrence.event;
        const bool closesOpen = event.type == AlertEventType::Recovered
                                && std::any_of(m_history->entries().begin(), m_history->entries().end(), [&](const AlertHistoryEntry &e) {
                                       return e.open && e.tab == tab && e.rule == event.ruleName;
                                   });
        if (event.type == AlertEventType::Recovered ? !closesOpen : isMuted(event.ruleName))
            continue;
        m_history->add(tab, fileName, occurrence);
        recorded.append(event);
        if (live)
            Q_EMIT liveEvent(tab, event);
    }
    if (recorded.size() != before)
        Q_EMIT eventsChanged(tab, recorded);
    if (tab == m_current)
        updateStates();
}

void AlertController::updateStates()
{
    AlertRunner *current = runner(m_current);
    QList<AlertRuleState> states;
    for (std::size_t i = 0; i < m_rules.size(); ++i) {
        AlertRuleState state;
        state.name = m_rules[i].name;
        state.kind = m_rules[i].kind();
        if (current && i < current->snapshot().size() && current->rules().size() == m_rules.size()) {
            const AlertRuleSnapshot &snapshot = current->snapshot()[i];
            state.value = snapshot.value;
            state.samples = snapshot.samples;
            const bool unacknowledged = m_history->hasUnacknowledged(m_current, state.name);
            const bool firing = snapshot.active || (state.kind == AlertKind::Pattern && unacknowledged);
            state.state = firing ? AlertRuleState::Firing : AlertRuleState::Ok;
            state.acknowledged = firing && !unacknowledged;
        }
        if (isMuted(state.name))
            state.state = AlertRuleState::Muted;
        states << state;
    }
    m_states->setRules(states);
}

QString AlertController::showHistoryEntry(int row)
{
    if (row < 0 || row >= m_history->rowCount())
        return {};
    const AlertHistoryEntry &entry = m_history->entry(row);
    LogTab *tab = entry.tab;
    if (!tab)
        return tr("The tab of “%1” is closed; open the file again to see the record.").arg(entry.fileName);
    if (entry.line < 1)
        return tr("This alert has no record behind it (the source went quiet).");
    if (m_tabs)
        m_tabs->setCurrentWidget(tab);
    const qint64 line = entry.line - 1;
    const int shown = tab->rowForLine(line); // view rows: one per record
    const int rows = tab->view()->model()->rowCount();
    const bool hidden = shown >= rows || tab->lineAt(shown) != line;
    if (shown < rows)
        tab->view()->setCurrentRow(shown);
    tab->view()->setFocus();
    if (hidden)
        return tr("Line %1 is hidden by the filter; clear the filter to see it.").arg(QLocale().toString(entry.line));
    return {};
}
