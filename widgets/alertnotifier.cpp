// SPDX-FileCopyrightText: 2026 Tideline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "alertnotifier.h"

#include "logtab.h"

#include "alert/alerteventjson.h"
#include "index/logfile.h"

#include <QApplication>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QSettings>
#include <QSystemTrayIcon>
#include <QWidget>

namespace {
const auto kLogKey = QStringLiteral("alerts/eventLogFile");
}

AlertNotifier::AlertNotifier(QWidget *window, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_logPath(QSettings().value(kLogKey).toString())
{
}

void AlertNotifier::setEventLogPath(const QString &path)
{
    m_logPath = path;
    m_logFailed = false;
    QSettings().setValue(kLogKey, path);
}

void AlertNotifier::handle(LogTab *tab, const AlertEvent &event)
{
    if (!m_logPath.isEmpty())
        append(tab, event);
    const bool announce = event.type != AlertEventType::Recovered;
    if (!announce || !m_window || m_window->isActiveWindow())
        return;
    const QString title = tr("Alert: %1").arg(event.ruleName);
    const QString text = messageText(event, QFileInfo(tab->path()).fileName());
    showNotification(title, text);
    Q_EMIT announced(title, text);
}

QString AlertNotifier::messageText(const AlertEvent &event, const QString &fileName)
{
    const QString when = event.time == kNoTime ? tr("no time")
                                               : QDateTime::fromMSecsSinceEpoch(event.time / 1000000).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    const QString value = QLocale().toString(event.value, 'g', 4);
    if (event.type == AlertEventType::Fired)
        return tr("%1: matched at %2 (%3 times)").arg(fileName, when, value);
    return tr("%1: %2 at %3, value %4").arg(fileName, alertEventTypeName(event.type), when, value);
}

QString AlertNotifier::notificationBody(const QString &text)
{
#if defined(Q_OS_UNIX) && !defined(Q_OS_DARWIN)
    return text.toHtmlEscaped();
#else
    return text;
#endif
}

void AlertNotifier::showNotification(const QString &title, const QString &text)
{
    if (!QSystemTrayIcon::isSystemTrayAvailable())
        return;
    if (!m_tray) {
        m_tray = new QSystemTrayIcon(QApplication::windowIcon(), this);
        m_tray->setToolTip(tr("Tideline alerts"));
        connect(m_tray, &QSystemTrayIcon::messageClicked, this, [this] {
            if (m_window) {
                m_window->raise();
                m_window->activateWindow();
            }
        });
        m_tray->show();
    }
    m_tray->showMessage(title, notificationBody(text), QSystemTrayIcon::Warning); // the title is plain text in the protocol
}

void AlertNotifier::append(LogTab *tab, const AlertEvent &event)
{
    QFile file(m_logPath);
    const QByteArray line = alertEventJson(event, tab->logFile()->timeContext(), QFileInfo(tab->path()).fileName());
    if (file.open(QIODevice::WriteOnly | QIODevice::Append) && file.write(line) == line.size()) {
        m_logFailed = false;
        return;
    }
    if (!m_logFailed)
        Q_EMIT errorOccurred(tr("Cannot append alert events to “%1”: %2. Choose another file in Alerts ▸ Log Events to File.")
                                 .arg(m_logPath, file.errorString()));
    m_logFailed = true;
}
