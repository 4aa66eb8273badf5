// SPDX-FileCopyrightText: 2026 Tideline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "alert/alertevent.h"
#include "parse/logformat.h"

#include <QMainWindow>

#include <vector>

QT_BEGIN_NAMESPACE
class QAction;
class QLabel;
class QMenu;
class QProgressBar;
class QStackedWidget;
class QTabWidget;
QT_END_NAMESPACE

class AlertDock;
class LogTab;

/// The main window: tabs of open files, menus, drag and drop, the status
/// bar. It composes widgets; the work happens in LogTab and core.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);

    /// Opens @p path in a new tab (or shows its tab if already open).
    /// Problems are shown to the user; returns the tab or nullptr.
    LogTab *openFile(const QString &path);
    /// Opens the stream @p fd (standard input) in a new tab, read as it arrives.
    LogTab *openStream(int fd, const QString &name);
    LogTab *currentTab() const;
    QTabWidget *tabs() const { return m_tabs; }
    AlertDock *alertDock() const { return m_alerts; }
    /// View ▸ Timeline: shows or hides the timeline of every tab (remembered).
    QAction *timelineAction() const { return m_timelineAction; }
    /// View ▸ Times in UTC: UTC or local time in every tab's table, detail
    /// pane and timeline (the "timeline/utc" setting).
    QAction *utcAction() const { return m_utcAction; }
    /// User format files that failed to load at start ("FILE:LINE: REASON");
    /// shown to the user once the window is up, the other formats work.
    const QStringList &formatErrors() const { return m_formatErrors; }
    /// Follow new lines in files opened from now on.
    void setFollowNewTabs(bool follow) { m_followNewTabs = follow; }

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void createMenus();
    void createSearchMenu();
    void chooseFiles();
    void closeTab(int index);
    void goToLine();
    void updateStatus();
    void updateRecentMenu();
    void updateFormatMenu();
    void updateEncodingMenu();
    void markAlerts(LogTab *tab, const QList<AlertEvent> &events);
    void addTab(LogTab *tab, const QString &title, const QString &toolTip);
    void rememberRecent(const QString &path);
    void showError(const QString &message);
    /// Loads the built-in and user formats (FormatRegistry::defaultUserFormatDirectory()).
    void loadFormats();
    void setUtc(bool utc);

    QStackedWidget *m_stack;
    QTabWidget *m_tabs;
    QLabel *m_status;
    QProgressBar *m_progress;
    AlertDock *m_alerts;
    QMenu *m_recentMenu = nullptr;
    QMenu *m_formatMenu = nullptr;
    QMenu *m_encodingMenu = nullptr;
    QAction *m_detailAction = nullptr;
    QAction *m_followAction = nullptr;
    QAction *m_timelineAction = nullptr; // View ▸ Timeline, for every tab (remembered)
    QAction *m_utcAction = nullptr;      // View ▸ Times in UTC, for every tab (remembered)
    std::vector<LogFormatPtr> m_formats; // built-in and user formats
    QStringList m_formatErrors;          // user format files that did not load
    bool m_followNewTabs = false;
};
