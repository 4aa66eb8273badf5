// SPDX-FileCopyrightText: 2026 Tideline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "alertdock.h"

#include "alertcontroller.h"
#include "alerthistorymodel.h"
#include "alertnotifier.h"
#include "alertrulesdialog.h"
#include "alertrulestatemodel.h"
#include "alertsparklinedelegate.h"

#include "alert/alertrulesstore.h"

#include <QAction>
#include <QDateTime>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

namespace {

QTableView *newTable(QAbstractItemModel *model, QWidget *parent)
{
    auto *view = new QTableView(parent);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->verticalHeader()->hide();
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 6);
    view->horizontalHeader()->setHighlightSections(false);
    view->setWordWrap(false);
    view->setShowGrid(false);
    return view;
}

} // namespace

AlertDock::AlertDock(QTabWidget *tabs, QWidget *parent)
    : QDockWidget(tr("Alerts"), parent)
    , m_controller(new AlertController(this))
    , m_notifier(new AlertNotifier(parent ? parent->window() : this, this))
    , m_rulesPath(AlertRulesStore::defaultPath())
{
    setObjectName(QStringLiteral("alertDock"));
    toggleViewAction()->setText(tr("&Alerts Panel"));
    setWidget(createContent());
    createMenu();
    m_controller->watchTabs(tabs);
    connect(m_controller, &AlertController::eventsChanged, this, &AlertDock::eventsChanged);
    connect(m_controller, &AlertController::liveEvent, m_notifier, &AlertNotifier::handle);
    connect(m_controller, &AlertController::errorOccurred, this, &AlertDock::showMessage);
    connect(m_notifier, &AlertNotifier::errorOccurred, this, &AlertDock::reportError);
    loadRules();
}

QWidget *AlertDock::createContent()
{
    auto *content = new QWidget(this);
    auto *toolBar = new QToolBar(content);
    toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_acknowledge = toolBar->addAction(tr("Ac&knowledge"), this, [this] { m_controller->acknowledge(selectedRule()); });
    m_acknowledge->setToolTip(tr("Mark the selected rule's alerts as seen"));
    m_mute = toolBar->addAction(tr("&Mute"));
    m_mute->setCheckable(true);
    m_mute->setToolTip(tr("Record and announce no new alerts of the selected rule"));
    connect(m_mute, &QAction::triggered, this, [this](bool on) { m_controller->setMuted(selectedRule(), on); });
    m_editRules = toolBar->addAction(tr("&Edit Rules…"), this, &AlertDock::editRules);

    m_rules = newTable(m_controller->ruleStates(), content);
    m_rules->setItemDelegateForColumn(AlertRuleStateModel::TrendColumn, new AlertSparklineDelegate(m_rules));
    m_rules->horizontalHeader()->setSectionResizeMode(AlertRuleStateModel::RuleColumn, QHeaderView::Stretch);
    m_rules->horizontalHeader()->resizeSection(AlertRuleStateModel::TrendColumn, 100);
    m_history = newTable(m_controller->history(), content);
    m_history->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_history->horizontalHeader()->setSectionResizeMode(AlertHistoryModel::FileColumn, QHeaderView::Stretch);
    connect(m_history, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        showMessage(m_controller->showHistoryEntry(index.row()));
    });
    connect(m_controller->history(), &QAbstractItemModel::rowsInserted, m_history, [this] {
        if (!m_history->selectionModel()->hasSelection())
            m_history->scrollToBottom();
    });
    connect(m_rules->selectionModel(), &QItemSelectionModel::selectionChanged, this, &AlertDock::updateActions);
    connect(m_controller->ruleStates(), &QAbstractItemModel::dataChanged, this, &AlertDock::updateActions);
    connect(m_controller->ruleStates(), &QAbstractItemModel::modelReset, this, &AlertDock::updateActions);

    auto *splitter = new QSplitter(Qt::Vertical, content);
    splitter->addWidget(m_rules);
    splitter->addWidget(m_history);
    m_message = new QLabel(content);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setWordWrap(true);
    m_message->hide();
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->addWidget(toolBar);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_message);
    updateActions();
    return content;
}

void AlertDock::createMenu()
{
    m_menu = new QMenu(tr("&Alerts"), this);
    m_menu->addAction(m_editRules);
    m_menu->addAction(toggleViewAction());
    m_menu->addSeparator();
    m_menu->addAction(tr("&Log Events to File…"), this, &AlertDock::chooseEventLog);
    QAction *stop = m_menu->addAction(tr("&Stop Logging Events"), this, [this] { m_notifier->setEventLogPath({}); });
    connect(m_menu, &QMenu::aboutToShow, stop, [this, stop] { stop->setEnabled(!m_notifier->eventLogPath().isEmpty()); });
}

void AlertDock::loadRules()
{
    auto rules = AlertRulesStore::load(m_rulesPath, QDateTime::currentMSecsSinceEpoch() * 1000000);
    if (rules) {
        m_controller->setRules(std::move(*rules));
        return;
    }
    QTimer::singleShot(0, this, [this, message = rules.error().message] { reportError(message); });
}

QList<AlertEvent> AlertDock::events(LogTab *tab) const
{
    return m_controller->events(tab);
}

void AlertDock::editRules()
{
    auto *dialog = new AlertRulesDialog(m_controller->rules(), window());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        if (auto saved = AlertRulesStore::save(m_rulesPath, dialog->rules()); !saved)
            reportError(saved.error());
        m_controller->setRules(dialog->rules());
        show();
    });
    dialog->open();
}

void AlertDock::chooseEventLog()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Log Alert Events to File"), m_notifier->eventLogPath(),
                                                      tr("JSON lines (*.jsonl *.json);;All files (*)"), nullptr,
                                                      QFileDialog::DontConfirmOverwrite);
    if (!path.isEmpty())
        m_notifier->setEventLogPath(path);
}

QString AlertDock::selectedRule() const
{
    const QModelIndexList rows = m_rules->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : m_controller->ruleStates()->rule(rows.first().row()).name;
}

void AlertDock::updateActions()
{
    const QString rule = selectedRule();
    m_acknowledge->setEnabled(!rule.isEmpty());
    m_mute->setEnabled(!rule.isEmpty());
    const QSignalBlocker blocker(m_mute);
    m_mute->setChecked(!rule.isEmpty() && m_controller->isMuted(rule));
}

void AlertDock::showMessage(const QString &text)
{
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

void AlertDock::reportError(const QString &text)
{
    showMessage(text);
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Tideline Alerts"), text, QMessageBox::Ok, window());
    box->setTextFormat(Qt::PlainText);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}
