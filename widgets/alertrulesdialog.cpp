// SPDX-FileCopyrightText: 2026 Tideline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "alertrulesdialog.h"

#include "alertruleform.h"

#include "alert/alertrulesloader.h"

#include <QDateTime>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace {

TimeNs wallNow()
{
    return QDateTime::currentMSecsSinceEpoch() * 1000000;
}

/// @p rule as a rules-file object without the fields that hold their
/// default, so the form shows the defaults as placeholders and a recovery
/// level derived from the threshold follows a new threshold.
QJsonObject withoutDefaults(const AlertRule &rule)
{
    QJsonObject full = AlertRulesLoader::toJson(rule);
    const QStringList required{QStringLiteral("name"), QStringLiteral("kind"), QStringLiteral("query"), QStringLiteral("threshold")};
    QJsonObject minimal;
    for (const QString &key : required) {
        if (full.contains(key))
            minimal.insert(key, full.value(key));
    }
    const auto defaults = AlertRulesLoader::parseRule(minimal, 0);
    if (!defaults)
        return full;
    const QJsonObject defaultJson = AlertRulesLoader::toJson(*defaults);
    for (const QString &key : full.keys()) {
        if (!required.contains(key) && defaultJson.value(key) == full.value(key))
            full.remove(key);
    }
    return full;
}

} // namespace

AlertRulesDialog::AlertRulesDialog(const std::vector<AlertRule> &rules, QWidget *parent)
    : QDialog(parent)
    , m_list(new QListWidget(this))
    , m_form(new AlertRuleForm(this))
    , m_add(new QPushButton(tr("&Add"), this))
    , m_remove(new QPushButton(tr("&Remove"), this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Alert Rules"));
    for (const AlertRule &rule : rules) {
        m_objects << withoutDefaults(rule);
        m_list->addItem(rule.name);
    }
    auto *left = new QVBoxLayout;
    left->addWidget(m_list);
    auto *listButtons = new QHBoxLayout;
    listButtons->addWidget(m_add);
    listButtons->addWidget(m_remove);
    left->addLayout(listButtons);
    auto *columns = new QHBoxLayout;
    columns->addLayout(left, 1);
    columns->addWidget(m_form, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns);
    layout->addWidget(m_buttons);
    m_list->setMaximumWidth(220);

    connect(m_add, &QPushButton::clicked, this, &AlertRulesDialog::addRule);
    connect(m_remove, &QPushButton::clicked, this, &AlertRulesDialog::removeRule);
    connect(m_list, &QListWidget::currentRowChanged, this, &AlertRulesDialog::showRule);
    connect(m_form, &AlertRuleForm::edited, this, &AlertRulesDialog::onEdited);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &AlertRulesDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &AlertRulesDialog::reject);
    m_list->setCurrentRow(m_objects.isEmpty() ? -1 : 0);
    showRule(m_list->currentRow());
    resize(640, 420);
}

QPushButton *AlertRulesDialog::saveButton() const
{
    return m_buttons->button(QDialogButtonBox::Save);
}

void AlertRulesDialog::addRule()
{
    QString name = tr("rule %1").arg(m_objects.size() + 1);
    m_objects << QJsonObject{{QStringLiteral("name"), name}, {QStringLiteral("kind"), QStringLiteral("rate")}, {QStringLiteral("query"), QString()}};
    m_list->addItem(name);
    m_list->setCurrentRow(static_cast<int>(m_objects.size()) - 1);
    m_form->field(QStringLiteral("name"))->setFocus();
}

void AlertRulesDialog::removeRule()
{
    const int row = m_list->currentRow();
    if (row < 0)
        return;
    m_objects.removeAt(row);
    delete m_list->takeItem(row);
    showRule(m_list->currentRow());
}

void AlertRulesDialog::showRule(int row)
{
    m_form->setEnabled(row >= 0);
    m_remove->setEnabled(row >= 0);
    m_form->setRule(row >= 0 ? m_objects.at(row) : QJsonObject());
    validateAll();
}

void AlertRulesDialog::onEdited()
{
    const int row = m_list->currentRow();
    if (row < 0)
        return;
    m_objects[row] = m_form->rule();
    m_list->item(row)->setText(m_objects[row].value(QStringLiteral("name")).toString());
    validateAll();
}

std::expected<AlertRule, AlertRulesError> AlertRulesDialog::validate(int row) const
{
    auto rule = AlertRulesLoader::parseRule(m_objects.at(row), wallNow());
    if (!rule)
        return rule;
    for (int other = 0; other < m_objects.size(); ++other) {
        if (other != row && m_objects.at(other).value(QStringLiteral("name")).toString() == rule->name)
            return std::unexpected(AlertRulesError{{}, -1, rule->name, QStringLiteral("name"),
                                                   tr("the name is already used by rule %1").arg(other + 1), 0});
    }
    return rule;
}

void AlertRulesDialog::validateAll()
{
    const int current = m_list->currentRow();
    bool allValid = true;
    for (int row = 0; row < m_objects.size(); ++row) {
        const auto rule = validate(row);
        allValid = allValid && rule.has_value();
        m_list->item(row)->setForeground(rule ? palette().text() : QBrush(QColor(0xd3, 0x2f, 0x2f)));
        if (row == current)
            m_form->showError(rule ? AlertRulesError{} : rule.error());
    }
    if (current < 0)
        m_form->showError({});
    saveButton()->setEnabled(allValid);
}

void AlertRulesDialog::accept()
{
    std::vector<AlertRule> rules;
    for (int row = 0; row < m_objects.size(); ++row) {
        auto rule = validate(row);
        if (!rule) {
            m_list->setCurrentRow(row);
            return;
        }
        rules.push_back(std::move(*rule));
    }
    m_rules = std::move(rules);
    QDialog::accept();
}
