// SPDX-FileCopyrightText: 2026 Tideline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "alert/alertfilerun.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>

QT_BEGIN_NAMESPACE
class QTabWidget;
QT_END_NAMESPACE

class AlertHistoryModel;
class AlertRuleStateModel;
class AlertRunner;
class LogTab;

/// The alert panel's controller: the user's rules, an AlertRunner per open
/// tab (a child of the tab, so it dies with it), the history of every tab,
/// the current tab's rule states, mute and acknowledge.
///
/// Muted rules keep running, but their new triggers and firings are not
/// recorded or announced (an alert open when the rule was muted still
/// records its recovery). Mutes are per rule name, for every tab, and
/// remembered in the settings. GUI thread only.
class AlertController : public QObject
{
    Q_OBJECT

public:
    explicit AlertController(QObject *parent = nullptr);
    ~AlertController() override;

    /// Follows @p tabs: every LogTab in it gets a runner; the rule states
    /// shown are the current tab's.
    void watchTabs(QTabWidget *tabs);
    /// Runs the rules over @p tab's file (again, if it already had a runner).
    void attach(LogTab *tab);

    /// Replaces the rules; every tab replays its file.
    void setRules(std::vector<AlertRule> rules);
    const std::vector<AlertRule> &rules() const { return m_rules; }

    void setMuted(const QString &rule, bool muted);
    bool isMuted(const QString &rule) const { return m_muted.contains(rule); }
    /// Marks @p rule's history entries seen; a firing rule shows "acknowledged".
    void acknowledge(const QString &rule);

    AlertHistoryModel *history() const { return m_history; }
    AlertRuleStateModel *ruleStates() const { return m_states; }
    LogTab *currentTab() const { return m_current; }
    AlertRunner *runner(LogTab *tab) const;

    /// The recorded (unmuted) events of @p tab, in time order: what the
    /// timeline marks.
    QList<AlertEvent> events(LogTab *tab) const { return m_events.value(tab); }

    /// Shows the record behind history row @p row: raises its tab and makes
    /// the line's row current. Returns a message for the user when it
    /// cannot (tab closed, line hidden by the filter), else empty.
    QString showHistoryEntry(int row);

Q_SIGNALS:
    /// @p tab's recorded events changed (for timeline markers).
    void eventsChanged(LogTab *tab, const QList<AlertEvent> &events);
    /// A recorded event from appended data or the wall clock (not from a replay).
    void liveEvent(LogTab *tab, const AlertEvent &event);
    void errorOccurred(const QString &message);

private:
    void setCurrentTab(LogTab *tab);
    void onOccurred(LogTab *tab, const QList<AlertOccurrence> &events, bool live);
    void onStarted(LogTab *tab);
    void updateStates();

    std::vector<AlertRule> m_rules;
    QSet<QString> m_muted;
    QHash<LogTab *, QList<AlertEvent>> m_events; // keys may dangle once a tab is gone; only compared
    QPointer<QTabWidget> m_tabs;
    QPointer<LogTab> m_current;
    AlertHistoryModel *m_history;
    AlertRuleStateModel *m_states;
};
