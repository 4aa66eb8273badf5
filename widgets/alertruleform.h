// SPDX-FileCopyrightText: 2026 Tideline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "alert/alertruleserror.h"

#include <QJsonObject>
#include <QMap>
#include <QWidget>

QT_BEGIN_NAMESPACE
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
QT_END_NAMESPACE

/// The fields of one alert rule: name, kind, query, description and the
/// kind's parameters (only those of the chosen kind are shown). Numbers
/// are typed as text, so anything can be entered and validation
/// (AlertRulesLoader::parseRule) says what is wrong; an empty field takes
/// the default, shown as its placeholder.
class AlertRuleForm : public QWidget
{
    Q_OBJECT

public:
    explicit AlertRuleForm(QWidget *parent = nullptr);

    /// Shows @p rule (a rules-file object).
    void setRule(const QJsonObject &rule);
    /// The fields as a rules-file object: empty fields left out, numbers as
    /// numbers, anything else as typed (so parseRule can reject it).
    QJsonObject rule() const;
    /// Marks the field of @p error and shows its message (with the query's column)
    /// under the fields; an empty message clears the marks.
    void showError(const AlertRulesError &error);
    QString errorText() const;

    /// The input for rules-file field @p key ("name", "query", "threshold"…), or null.
    QWidget *field(const QString &key) const { return m_fields.value(key); }
    QComboBox *kindBox() const { return m_kind; }

Q_SIGNALS:
    /// The user changed a field.
    void edited();

private:
    void addNumber(const QString &key, const QString &label, const QString &placeholder, const QStringList &kinds);
    void updateVisibleRows();

    QFormLayout *m_form;
    QComboBox *m_kind;
    QComboBox *m_direction;
    QLabel *m_error;
    QMap<QString, QWidget *> m_fields;
    QMap<QString, QStringList> m_kindsOf; // field -> kinds that have it
};
