// SPDX-FileCopyrightText: 2026 Tideline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "alert/alertevent.h"

#include <QObject>
#include <QPointer>

QT_BEGIN_NAMESPACE
class QSystemTrayIcon;
class QWidget;
QT_END_NAMESPACE

class LogTab;

/// Tells the user about live alerts: a desktop notification
/// (QSystemTrayIcon::showMessage, when the system has a tray) when a rule
/// triggers or fires while @p window is not the active window, and,
/// optionally, every event appended as a JSON line (the format of
/// `tideline-cli watch`) to a file the user chose (setting
/// "alerts/eventLogFile"). GUI thread only; appending is synchronous.
class AlertNotifier : public QObject
{
    Q_OBJECT

public:
    explicit AlertNotifier(QWidget *window, QObject *parent = nullptr);

    /// Handles one live event of @p tab.
    void handle(LogTab *tab, const AlertEvent &event);

    /// The JSON-lines file events are appended to; empty: none. Remembered.
    void setEventLogPath(const QString &path);
    QString eventLogPath() const { return m_logPath; }

    /// The text a notification shows for @p event.
    static QString messageText(const AlertEvent &event, const QString &fileName);
    /// @p text as the body of a desktop notification. On Linux and the BSDs
    /// the body goes to the notification server (org.freedesktop.Notifications),
    /// and many read a subset of HTML in it: there it is escaped
    /// (toHtmlEscaped), so a file name such as "<img src=…>.log" shows as
    /// typed. Elsewhere the body is shown as plain text and stays as it is.
    static QString notificationBody(const QString &text);

Q_SIGNALS:
    /// A live alert was announced (shown as a desktop notification where
    /// the system has a tray).
    void announced(const QString &title, const QString &text);
    /// Appending to the event log failed (reported once per path).
    void errorOccurred(const QString &message);

private:
    void showNotification(const QString &title, const QString &text);
    void append(LogTab *tab, const AlertEvent &event);

    QPointer<QWidget> m_window;
    QSystemTrayIcon *m_tray = nullptr;
    QString m_logPath;
    bool m_logFailed = false;
};
