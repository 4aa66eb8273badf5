// SPDX-FileCopyrightText: 2026 Tideline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "alert/alertrule.h"
#include "alert/alertruleserror.h"

#include <QDialog>
#include <QJsonObject>

#include <expected>

QT_BEGIN_NAMESPACE
class QDialogButtonBox;
class QListWidget;
class QPushButton;
QT_END_NAMESPACE

class AlertRuleForm;

/// Alerts ▸ Edit Rules: the list of rules and the fields of the selected
/// one. Every edit is validated at once with AlertRulesLoader::parseRule
/// (plus unique names); the error shows under the fields, the field is
/// marked, and Save stays disabled while any rule has an error.
/// After accept(), rules() holds the parsed rules.
class AlertRulesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AlertRulesDialog(const std::vector<AlertRule> &rules, QWidget *parent = nullptr);

    /// The rules as saved (valid once accepted).
    const std::vector<AlertRule> &rules() const { return m_rules; }
    AlertRuleForm *form() const { return m_form; }
    QListWidget *list() const { return m_list; }
    QPushButton *addButton() const { return m_add; }
    QPushButton *removeButton() const { return m_remove; }
    QPushButton *saveButton() const;

    void accept() override;

private:
    void addRule();
    void removeRule();
    void showRule(int row);
    void onEdited();
    /// The rule at @p row parsed, with names checked against the others.
    std::expected<AlertRule, AlertRulesError> validate(int row) const;
    void validateAll();

    QList<QJsonObject> m_objects;
    std::vector<AlertRule> m_rules;
    QListWidget *m_list;
    AlertRuleForm *m_form;
    QPushButton *m_add;
    QPushButton *m_remove;
    QDialogButtonBox *m_buttons;
};
