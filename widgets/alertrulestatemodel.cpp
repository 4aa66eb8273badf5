// SPDX-FileCopyrightText: 2026 Tideline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "alertrulestatemodel.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

AlertRuleStateModel::AlertRuleStateModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void AlertRuleStateModel::setRules(const QList<AlertRuleState> &rules)
{
    const bool sameRules = rules.size() == m_rules.size()
                           && std::equal(rules.begin(), rules.end(), m_rules.begin(), [](const auto &a, const auto &b) { return a.name == b.name; });
    if (!sameRules) {
        beginResetModel();
        m_rules = rules;
        endResetModel();
        return;
    }
    m_rules = rules;
    if (!m_rules.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(static_cast<int>(m_rules.size()) - 1, ColumnCount - 1));
}

QString AlertRuleStateModel::stateText(const AlertRuleState &rule)
{
    switch (rule.state) {
    case AlertRuleState::Muted: return tr("muted");
    case AlertRuleState::Firing: return rule.acknowledged ? tr("firing (acknowledged)") : tr("firing");
    case AlertRuleState::Ok: break;
    }
    return tr("ok");
}

int AlertRuleStateModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rules.size());
}

int AlertRuleStateModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AlertRuleStateModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rules.size())
        return {};
    const AlertRuleState &rule = m_rules.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case RuleColumn: return rule.name;
        case StateColumn: return stateText(rule);
        case ValueColumn: return QLocale().toString(rule.value, 'g', 4);
        default: return {};
        }
    case Qt::ToolTipRole:
        return index.column() == RuleColumn ? alertKindName(rule.kind) : QVariant();
    case Qt::ForegroundRole:
        if (index.column() == StateColumn && rule.state == AlertRuleState::Firing && !rule.acknowledged)
            return QBrush(QColor(0xd3, 0x2f, 0x2f));
        return {};
    case Qt::TextAlignmentRole:
        return index.column() == ValueColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case SamplesRole: return QVariant::fromValue(rule.samples);
    case StateRole: return static_cast<int>(rule.state);
    default: return {};
    }
}

QVariant AlertRuleStateModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case RuleColumn: return tr("Rule");
    case StateColumn: return tr("State");
    case ValueColumn: return tr("Value");
    case TrendColumn: return tr("Trend");
    default: return {};
    }
}
