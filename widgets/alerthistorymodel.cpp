// SPDX-FileCopyrightText: 2026 Tideline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "alerthistorymodel.h"

#include <QDateTime>
#include <QFont>
#include <QLocale>
#include <QTextDocument>

namespace {

QString formatTime(TimeNs time)
{
    if (time == kNoTime)
        return {};
    return QDateTime::fromMSecsSinceEpoch(time / 1000000).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

} // namespace

AlertHistoryModel::AlertHistoryModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void AlertHistoryModel::add(LogTab *tab, const QString &fileName, const AlertOccurrence &occurrence)
{
    const AlertEvent &event = occurrence.event;
    if (event.type == AlertEventType::Recovered) {
        const int row = openEntry(tab, event.ruleName);
        if (row < 0)
            return;
        AlertHistoryEntry &entry = m_entries[row];
        entry.recovered = event.time;
        entry.open = false;
        entry.peak = std::max(entry.peak, occurrence.peak);
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
        return;
    }
    AlertHistoryEntry entry;
    entry.tab = tab;
    entry.fileName = fileName;
    entry.rule = event.ruleName;
    entry.kind = event.kind;
    entry.triggered = event.time;
    entry.open = event.type == AlertEventType::Triggered;
    entry.peak = occurrence.peak;
    entry.line = event.line;
    append(std::move(entry));
}

void AlertHistoryModel::append(AlertHistoryEntry entry)
{
    if (m_entries.size() >= kMaxEntries) {
        beginRemoveRows({}, 0, 0);
        m_entries.removeFirst();
        endRemoveRows();
    }
    const int row = static_cast<int>(m_entries.size());
    beginInsertRows({}, row, row);
    m_entries.append(std::move(entry));
    endInsertRows();
}

void AlertHistoryModel::updatePeaks(LogTab *tab, const std::vector<AlertRule> &rules, const std::vector<AlertRuleSnapshot> &snapshot)
{
    for (std::size_t i = 0; i < rules.size() && i < snapshot.size(); ++i) {
        if (!snapshot[i].active)
            continue;
        const int row = openEntry(tab, rules[i].name);
        if (row >= 0 && snapshot[i].value > m_entries[row].peak) {
            m_entries[row].peak = snapshot[i].value;
            Q_EMIT dataChanged(index(row, PeakColumn), index(row, PeakColumn));
        }
    }
}

void AlertHistoryModel::removeTab(LogTab *tab)
{
    for (int row = static_cast<int>(m_entries.size()) - 1; row >= 0; --row) {
        if (m_entries[row].tab == tab) {
            beginRemoveRows({}, row, row);
            m_entries.removeAt(row);
            endRemoveRows();
        }
    }
}

void AlertHistoryModel::acknowledge(const QString &rule)
{
    for (int row = 0; row < m_entries.size(); ++row) {
        if (m_entries[row].rule == rule && !m_entries[row].acknowledged) {
            m_entries[row].acknowledged = true;
            Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
        }
    }
}

bool AlertHistoryModel::hasUnacknowledged(LogTab *tab, const QString &rule) const
{
    return std::any_of(m_entries.begin(), m_entries.end(),
                       [&](const AlertHistoryEntry &e) { return e.tab == tab && e.rule == rule && !e.acknowledged; });
}

int AlertHistoryModel::openEntry(LogTab *tab, const QString &rule) const
{
    for (int row = static_cast<int>(m_entries.size()) - 1; row >= 0; --row) {
        if (m_entries[row].open && m_entries[row].tab == tab && m_entries[row].rule == rule)
            return row;
    }
    return -1;
}

int AlertHistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_entries.size());
}

int AlertHistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AlertHistoryModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size())
        return {};
    const AlertHistoryEntry &entry = m_entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case RuleColumn: return entry.rule;
        case FileColumn: return entry.fileName;
        case TriggeredColumn: return formatTime(entry.triggered);
        case RecoveredColumn:
            if (entry.kind == AlertKind::Pattern)
                return QStringLiteral("—");
            return entry.open ? tr("firing") : formatTime(entry.recovered);
        case PeakColumn: return QLocale().toString(entry.peak, 'g', 4);
        default: return {};
        }
    case Qt::ToolTipRole:
        // Tool tips render rich text: the file name is escaped.
        return entry.line > 0 ? Qt::convertFromPlainText(tr("Line %1 of %2; double-click to show it").arg(QLocale().toString(entry.line), entry.fileName))
                              : QVariant();
    case Qt::FontRole: {
        QFont font;
        font.setBold(!entry.acknowledged);
        return font;
    }
    case Qt::TextAlignmentRole:
        return index.column() == PeakColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case TriggeredRole: return entry.triggered;
    case RecoveredRole: return entry.recovered;
    case LineRole: return entry.line;
    default: return {};
    }
}

QVariant AlertHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case RuleColumn: return tr("Rule");
    case FileColumn: return tr("File");
    case TriggeredColumn: return tr("Triggered");
    case RecoveredColumn: return tr("Recovered");
    case PeakColumn: return tr("Peak");
    default: return {};
    }
}
