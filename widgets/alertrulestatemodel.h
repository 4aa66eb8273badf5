// SPDX-FileCopyrightText: 2026 Tideline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "alert/alertrule.h"

#include <QAbstractTableModel>

/// One rule's line in the alert panel. Plain value.
struct AlertRuleState
{
    enum State { Ok, Firing, Muted };

    QString name;
    AlertKind kind = AlertKind::Rate;
    State state = Ok;
    bool acknowledged = false; ///< firing, but the user has seen it
    double value = 0;
    QList<double> samples;     ///< recent values, oldest first (the sparkline)
};

/// The rules of the current tab with their state, value and a sparkline
/// (SamplesRole, painted by AlertSparklineDelegate). Small; GUI thread only.
class AlertRuleStateModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { RuleColumn, StateColumn, ValueColumn, TrendColumn, ColumnCount };
    enum Role {
        SamplesRole = Qt::UserRole + 1, ///< QList<double>
        StateRole,                      ///< int, AlertRuleState::State
    };

    explicit AlertRuleStateModel(QObject *parent = nullptr);

    /// Replaces the rows (same rules: dataChanged only, so selection stays).
    void setRules(const QList<AlertRuleState> &rules);
    const AlertRuleState &rule(int row) const { return m_rules.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// "ok", "firing", "firing (acknowledged)", "muted" (translated).
    static QString stateText(const AlertRuleState &rule);

private:
    QList<AlertRuleState> m_rules;
};
