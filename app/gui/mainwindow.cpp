// SPDX-FileCopyrightText: 2026 Tideline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "alertcontroller.h"
#include "alertdock.h"
#include "exportdialog.h"
#include "highlightrulesdialog.h"
#include "logtab.h"
#include "levelcolors.h"
#include "logview.h"
#include "timelinemarker.h"
#include "timelinewidget.h"

#include "model/logtablemodel.h"
#include "index/textencoding.h"
#include "parse/formatregistry.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressBar>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>
#include <QTextDocument>
#include <QTimer>

namespace {
constexpr int kMaxRecent = 10;
const auto kRecentKey = QStringLiteral("recentFiles");
const auto kGeometryKey = QStringLiteral("mainWindow/geometry");
const auto kStateKey = QStringLiteral("mainWindow/state"); // docks: shown, where, how big
const auto kTimelineKey = QStringLiteral("timeline/visible");
const auto kUtcKey = QStringLiteral("timeline/utc"); // shared with LogTab and its timeline
} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_stack(new QStackedWidget(this))
    , m_tabs(new QTabWidget(this))
    , m_status(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_alerts(new AlertDock(m_tabs, this))
{
    setWindowTitle(tr("Tideline"));
    setAcceptDrops(true);
    loadFormats();
    m_tabs->setDocumentMode(true);
    m_tabs->setTabsClosable(true);
    m_tabs->setMovable(true);
    connect(m_tabs, &QTabWidget::tabCloseRequested, this, &MainWindow::closeTab);
    connect(m_tabs, &QTabWidget::currentChanged, this, &MainWindow::updateStatus);

    auto *welcome = new QLabel(tr("<h2>No log open</h2><p>Open a file with <b>File ▸ Open</b> (Ctrl+O), "
                                  "drop one here, or start <tt>tideline --demo</tt>.</p>"),
                               this);
    welcome->setAlignment(Qt::AlignCenter);
    welcome->setTextFormat(Qt::RichText);
    m_stack->addWidget(welcome);
    m_stack->addWidget(m_tabs);
    setCentralWidget(m_stack);

    m_status->setTextFormat(Qt::PlainText);
    m_progress->setMaximumWidth(160);
    m_progress->setRange(0, 100);
    m_progress->hide();
    statusBar()->addWidget(m_status, 1);
    statusBar()->addPermanentWidget(m_progress);
    createMenus();
    addDockWidget(Qt::BottomDockWidgetArea, m_alerts);
    connect(m_alerts, &AlertDock::eventsChanged, this, &MainWindow::markAlerts);
    menuBar()->insertMenu(menuBar()->actions().constLast(), m_alerts->menu());
    resize(1100, 700);
    restoreGeometry(QSettings().value(kGeometryKey).toByteArray());
    if (!restoreState(QSettings().value(kStateKey).toByteArray()))
        m_alerts->setVisible(!m_alerts->controller()->rules().empty());
    updateStatus();
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *open = file->addAction(tr("&Open…"), this, &MainWindow::chooseFiles);
    open->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_O)});
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::updateRecentMenu);
    QAction *close = file->addAction(tr("&Close Tab"), this, [this] { closeTab(m_tabs->currentIndex()); });
    close->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_W), QKeySequence(Qt::CTRL | Qt::Key_F4)});
    file->addAction(tr("&Export…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E), this, [this] {
        if (LogTab *tab = currentTab())
            ExportDialog::openFor(tab->logFile(), tab->filteredModel(), tab->view(), this);
    });
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);

    QMenu *copyAs = menuBar()->addMenu(tr("&Edit"))->addMenu(tr("Copy &As"));
    const std::pair<QString, ExportFormat> copyFormats[] = {
        {tr("&Text"), ExportFormat::Raw}, {tr("&CSV"), ExportFormat::Csv}, {tr("&JSON Lines"), ExportFormat::JsonLines}};
    for (const auto &[label, format] : copyFormats) {
        copyAs->addAction(label, this, [this, format] {
            LogTab *tab = currentTab();
            if (!tab)
                return;
            if (auto copied = ExportDialog::copyRows(*tab->logFile(), *tab->filteredModel(), *tab->view(), format); !copied)
                showError(copied.error());
        });
    }

    QMenu *view = menuBar()->addMenu(tr("&View"));
    m_followAction = view->addAction(tr("&Follow New Lines"));
    m_followAction->setShortcut(Qt::Key_F);
    m_followAction->setCheckable(true);
    connect(m_followAction, &QAction::toggled, this, [this](bool on) {
        if (LogTab *tab = currentTab())
            tab->setFollowing(on);
    });
    view->addAction(tr("&Go to Line…"), QKeySequence(Qt::CTRL | Qt::Key_G), this, &MainWindow::goToLine);
    m_formatMenu = view->addMenu(tr("F&ormat"));
    connect(m_formatMenu, &QMenu::aboutToShow, this, &MainWindow::updateFormatMenu);
    m_encodingMenu = view->addMenu(tr("&Encoding"));
    connect(m_encodingMenu, &QMenu::aboutToShow, this, &MainWindow::updateEncodingMenu);
    m_detailAction = view->addAction(tr("&Detail Pane"));
    m_detailAction->setShortcut(QKeySequence(Qt::Key_F4));
    m_detailAction->setCheckable(true);
    connect(m_detailAction, &QAction::toggled, this, [this](bool on) {
        if (LogTab *tab = currentTab())
            tab->setDetailVisible(on);
    });
    m_timelineAction = view->addAction(tr("&Timeline"));
    m_timelineAction->setCheckable(true);
    m_timelineAction->setChecked(QSettings().value(kTimelineKey, true).toBool());
    connect(m_timelineAction, &QAction::toggled, this, [this](bool on) {
        QSettings().setValue(kTimelineKey, on);
        for (int i = 0; i < m_tabs->count(); ++i)
            if (auto *tab = qobject_cast<LogTab *>(m_tabs->widget(i)))
                tab->timeline()->setVisible(on);
    });
    m_utcAction = view->addAction(tr("Times in &UTC"));
    m_utcAction->setCheckable(true);
    m_utcAction->setChecked(QSettings().value(kUtcKey, false).toBool());
    connect(m_utcAction, &QAction::toggled, this, &MainWindow::setUtc);
    view->addAction(m_alerts->toggleViewAction());

    createSearchMenu();

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Tideline"), this, [this] {
        QMessageBox::about(this, tr("About Tideline"),
                           tr("Tideline %1\nA native log viewer for large files.").arg(QApplication::applicationVersion()));
    });
}

void MainWindow::createSearchMenu()
{
    QMenu *search = menuBar()->addMenu(tr("&Search"));
    QAction *filter = search->addAction(tr("&Filter…"), this, [this] {
        if (LogTab *tab = currentTab())
            tab->focusFilter();
    });
    filter->setShortcuts({QKeySequence::Find, QKeySequence(Qt::Key_Slash)});
    QAction *next = search->addAction(tr("&Next Match"), this, [this] {
        if (LogTab *tab = currentTab())
            tab->stepMatch(true);
    });
    next->setShortcuts({QKeySequence(Qt::Key_F3), QKeySequence(Qt::Key_N)});
    QAction *previous = search->addAction(tr("&Previous Match"), this, [this] {
        if (LogTab *tab = currentTab())
            tab->stepMatch(false);
    });
    previous->setShortcuts({QKeySequence(Qt::SHIFT | Qt::Key_F3), QKeySequence(Qt::SHIFT | Qt::Key_N)});
    search->addSeparator();
    search->addAction(tr("&Highlight Rules…"), this, [this] {
        HighlightRulesDialog dialog(HighlightRules::instance()->rules(), this);
        if (dialog.exec() == QDialog::Accepted)
            HighlightRules::instance()->setRules(dialog.rules());
    });
}

LogTab *MainWindow::currentTab() const
{
    return qobject_cast<LogTab *>(m_tabs->currentWidget());
}

LogTab *MainWindow::openFile(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    for (int i = 0; i < m_tabs->count(); ++i) {
        auto *tab = qobject_cast<LogTab *>(m_tabs->widget(i));
        if (tab && tab->path() == absolute) {
            m_tabs->setCurrentIndex(i);
            return tab;
        }
    }
    auto *tab = new LogTab(m_tabs);
    tab->setFormats(m_formats);
    if (auto opened = tab->open(absolute); !opened) {
        delete tab;
        showError(opened.error());
        return nullptr;
    }
    addTab(tab, QFileInfo(absolute).fileName(), absolute);
    tab->setFollowing(m_followNewTabs);
    rememberRecent(absolute);
    return tab;
}

LogTab *MainWindow::openStream(int fd, const QString &name)
{
    auto *tab = new LogTab(m_tabs);
    tab->setFormats(m_formats);
    if (auto opened = tab->openStream(fd, name); !opened) {
        delete tab;
        showError(opened.error());
        return nullptr;
    }
    addTab(tab, name, name);
    return tab;
}

void MainWindow::addTab(LogTab *tab, const QString &title, const QString &toolTip)
{
    connect(tab, &LogTab::statusChanged, this, [this, tab] {
        if (tab == currentTab())
            updateStatus();
    });
    connect(tab, &LogTab::errorOccurred, this, &MainWindow::showError);
    connect(tab, &LogTab::utcChanged, m_utcAction, &QAction::setChecked); // the timeline's own menu
    tab->timeline()->setVisible(m_timelineAction->isChecked());
    const int index = m_tabs->addTab(tab, title);
    m_tabs->setTabToolTip(index, Qt::convertFromPlainText(toolTip)); // a path may hold markup
    m_tabs->setCurrentIndex(index);
    m_stack->setCurrentWidget(m_tabs);
    tab->setFocus();
}

void MainWindow::chooseFiles()
{
    const QStringList paths = QFileDialog::getOpenFileNames(this, tr("Open Log Files"), QString(),
                                                            tr("Log files (*.log *.txt *.json *.jsonl *.out);;All files (*)"));
    for (const QString &path : paths)
        openFile(path);
}

void MainWindow::closeTab(int index)
{
    QWidget *tab = m_tabs->widget(index);
    if (!tab)
        return;
    m_tabs->removeTab(index);
    delete tab; // cancels its indexing
    if (m_tabs->count() == 0)
        m_stack->setCurrentIndex(0);
    updateStatus();
}

void MainWindow::goToLine()
{
    LogTab *tab = currentTab();
    if (!tab || tab->view()->model()->rowCount() == 0)
        return;
    bool ok = false;
    const int lines = static_cast<int>(std::min<qint64>(tab->model()->rowCount(), INT_MAX));
    const int current = tab->view()->currentRow() >= 0
                            ? tab->view()->model()->index(tab->view()->currentRow(), 0).data(LogTableModel::LineNumberRole).toInt()
                            : 1;
    // The spin box takes any number, so that typing past the last line goes
    // to the last line (a spin box limited to it would drop the last digit).
    const int line = QInputDialog::getInt(this, tr("Go to Line"), tr("Line (1 to %1):").arg(lines), current, 1, INT_MAX, 1, &ok);
    if (ok)
        tab->goToLine(std::min(line, lines));
}

void MainWindow::updateStatus()
{
    LogTab *tab = currentTab();
    m_status->setText(tab ? tab->statusText() : tr("Ready"));
    const int percent = tab ? tab->progressPercent() : -1;
    m_progress->setVisible(percent >= 0);
    m_progress->setValue(std::max(0, percent));
    if (m_followAction) {
        const QSignalBlocker blocker(m_followAction);
        m_followAction->setChecked(tab && tab->isFollowing());
    }
    if (m_detailAction) {
        const QSignalBlocker blocker(m_detailAction);
        m_detailAction->setChecked(tab && tab->isDetailVisible());
    }
    setWindowTitle(tab ? tr("%1 — Tideline").arg(QFileInfo(tab->path()).fileName()) : tr("Tideline"));
}

void MainWindow::updateFormatMenu()
{
    m_formatMenu->clear();
    LogTab *tab = currentTab();
    auto *group = new QActionGroup(m_formatMenu);
    for (const LogFormatPtr &format : m_formats) {
        const QString name = format->name();
        QAction *action = m_formatMenu->addAction(name, this, [this, name] {
            if (LogTab *current = currentTab())
                current->setFormatName(name);
        });
        action->setToolTip(Qt::convertFromPlainText(format->description())); // user formats write it
        action->setCheckable(true);
        action->setChecked(tab && tab->formatName() == name);
        action->setEnabled(tab != nullptr);
        group->addAction(action);
    }
}

void MainWindow::updateEncodingMenu()
{
    m_encodingMenu->clear();
    LogTab *tab = currentTab();
    auto *group = new QActionGroup(m_encodingMenu);
    for (const QString &name : encodingNames()) {
        QAction *action = m_encodingMenu->addAction(name, this, [this, name] {
            if (LogTab *current = currentTab())
                current->setEncodingName(name);
        });
        action->setCheckable(true);
        action->setChecked(tab && tab->encodingName() == name);
        action->setEnabled(tab != nullptr);
        group->addAction(action);
    }
}

void MainWindow::markAlerts(LogTab *tab, const QList<AlertEvent> &events)
{
    // Alerts that fired show on that tab's timeline; recoveries do not.
    TimelineMarkers markers;
    for (const AlertEvent &event : events)
        if (event.type != AlertEventType::Recovered && event.time != kNoTime)
            markers.append({event.time, event.ruleName, levelColor(Level::Error)});
    if (tab)
        tab->timeline()->setMarkers(markers);
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = QSettings().value(kRecentKey).toStringList();
    for (const QString &path : recent)
        m_recentMenu->addAction(QDir::toNativeSeparators(path), this, [this, path] { openFile(path); });
    if (recent.isEmpty())
        m_recentMenu->addAction(tr("No recent files"))->setEnabled(false);
}

void MainWindow::rememberRecent(const QString &path)
{
    QSettings settings;
    QStringList recent = settings.value(kRecentKey).toStringList();
    recent.removeAll(path);
    recent.prepend(path);
    while (recent.size() > kMaxRecent)
        recent.removeLast();
    settings.setValue(kRecentKey, recent);
}

void MainWindow::loadFormats()
{
    FormatRegistry registry;
    for (const FormatLoadError &error : registry.loadUserFormats(FormatRegistry::defaultUserFormatDirectory()))
        m_formatErrors << error.message();
    m_formats = registry.formats();
    if (m_formatErrors.isEmpty())
        return;
    // Once the window is up; the other formats work meanwhile.
    const QString message = tr("Some user formats could not be loaded; the other formats work:\n%1")
                                .arg(m_formatErrors.join(u'\n'));
    QTimer::singleShot(0, this, [this, message] { showError(message); });
}

void MainWindow::setUtc(bool utc)
{
    QSettings().setValue(kUtcKey, utc);
    for (int i = 0; i < m_tabs->count(); ++i)
        if (auto *tab = qobject_cast<LogTab *>(m_tabs->widget(i)))
            tab->setUtc(utc);
}

void MainWindow::showError(const QString &message)
{
    statusBar()->showMessage(message, 10000);
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Tideline"), message, QMessageBox::Ok, this);
    box->setTextFormat(Qt::PlainText);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    for (const QUrl &url : event->mimeData()->urls())
        if (url.isLocalFile())
            openFile(url.toLocalFile());
    event->acceptProposedAction();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(kGeometryKey, saveGeometry());
    settings.setValue(kStateKey, saveState());
    event->accept();
}
