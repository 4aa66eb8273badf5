// SPDX-FileCopyrightText: 2026 Tideline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "alert/alertevent.h"

#include <QDockWidget>

QT_BEGIN_NAMESPACE
class QAction;
class QLabel;
class QMenu;
class QTabWidget;
class QTableView;
QT_END_NAMESPACE

class AlertController;
class AlertNotifier;
class LogTab;

/// The alert panel: the current tab's rules with state, value and
/// sparkline; the history of every tab (double-click shows the record);
/// acknowledge and mute for the selected rule; and the Alerts menu (Edit
/// Rules…, Log Events to File…).
///
/// Loads the user's rules (AlertRulesStore) at construction; a rules file
/// that cannot be read is reported in a message box once the event loop
/// runs, and kept as a backup. Follows the LogTabs of @p tabs.
///
/// For the timeline: connect eventsChanged() to the plot of that tab, e.g.
/// `connect(dock, &AlertDock::eventsChanged, this, [](LogTab *tab, const
/// QList<AlertEvent> &events) { ...setMarkers(...) })`; events(tab) gives
/// the current list for a tab shown later.
class AlertDock : public QDockWidget
{
    Q_OBJECT

public:
    AlertDock(QTabWidget *tabs, QWidget *parent = nullptr);

    /// The "&Alerts" menu for the menu bar (owned by the dock).
    QMenu *menu() const { return m_menu; }
    AlertController *controller() const { return m_controller; }
    AlertNotifier *notifier() const { return m_notifier; }
    QTableView *ruleView() const { return m_rules; }
    QTableView *historyView() const { return m_history; }
    /// The line under the tables for messages ("line hidden by the filter").
    QLabel *messageLabel() const { return m_message; }
    QAction *acknowledgeAction() const { return m_acknowledge; }
    QAction *muteAction() const { return m_mute; }
    QAction *editRulesAction() const { return m_editRules; }
    /// The rules file (default: AlertRulesStore::defaultPath()).
    QString rulesPath() const { return m_rulesPath; }

    /// The recorded alert events of @p tab (see AlertController::events()).
    QList<AlertEvent> events(LogTab *tab) const;

    /// Opens the rules editor (non-modal); saving writes the rules file and
    /// runs the new rules over every tab.
    void editRules();

Q_SIGNALS:
    /// @p tab's alert events changed: markers for its timeline.
    void eventsChanged(LogTab *tab, const QList<AlertEvent> &events);

private:
    QWidget *createContent();
    void createMenu();
    void loadRules();
    void chooseEventLog();
    QString selectedRule() const;
    void updateActions();
    void showMessage(const QString &text);
    void reportError(const QString &text);

    AlertController *m_controller;
    AlertNotifier *m_notifier;
    QTableView *m_rules = nullptr;
    QTableView *m_history = nullptr;
    QLabel *m_message = nullptr;
    QMenu *m_menu = nullptr;
    QAction *m_acknowledge = nullptr;
    QAction *m_mute = nullptr;
    QAction *m_editRules = nullptr;
    QString m_rulesPath;
};
