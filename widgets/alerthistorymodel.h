// SPDX-FileCopyrightText: 2026 Tideline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "logtab.h"

#include "alert/alertfilerun.h"

#include <QAbstractTableModel>
#include <QPointer>

/// One alert in the history: from its trigger to its recovery (rate,
/// anomaly, absence) or a pattern's firing. Plain value.
struct AlertHistoryEntry
{
    QPointer<LogTab> tab; ///< null once the tab is closed
    QString fileName;
    QString rule;
    AlertKind kind = AlertKind::Rate;
    TimeNs triggered = kNoTime;
    TimeNs recovered = kNoTime; ///< kNoTime while firing, and for patterns
    bool open = false;          ///< triggered and not yet recovered
    double peak = 0;
    qint64 line = -1;           ///< 1-based line of the record behind the trigger, -1: none
    bool acknowledged = false;
};

/// The alert history of every tab, oldest first, for the alert panel.
/// Columns: rule, file, triggered at, recovered at, peak. Times show in
/// the local zone. Keeps at most kMaxEntries (the oldest go first).
/// GUI thread only.
class AlertHistoryModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { RuleColumn, FileColumn, TriggeredColumn, RecoveredColumn, PeakColumn, ColumnCount };
    enum Role {
        TriggeredRole = Qt::UserRole + 1, ///< TimeNs (qint64)
        RecoveredRole,                    ///< TimeNs, kNoTime when none
        LineRole,                         ///< qint64, 1-based, -1 when none
    };
    static constexpr int kMaxEntries = 10000;

    explicit AlertHistoryModel(QObject *parent = nullptr);

    /// Adds a trigger or firing, or closes the open entry of the event's
    /// rule in @p tab on a recovery (a recovery with none open is ignored).
    void add(LogTab *tab, const QString &fileName, const AlertOccurrence &occurrence);
    /// Updates the peaks of @p tab's open entries from its rules' current values.
    void updatePeaks(LogTab *tab, const std::vector<AlertRule> &rules, const std::vector<AlertRuleSnapshot> &snapshot);
    /// Drops the entries of @p tab (its rules run again from the start).
    void removeTab(LogTab *tab);
    /// Marks every entry of @p rule acknowledged.
    void acknowledge(const QString &rule);
    /// Whether @p tab has an unacknowledged entry of @p rule.
    bool hasUnacknowledged(LogTab *tab, const QString &rule) const;
    const AlertHistoryEntry &entry(int row) const { return m_entries.at(row); }
    const QList<AlertHistoryEntry> &entries() const { return m_entries; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    int openEntry(LogTab *tab, const QString &rule) const;
    void append(AlertHistoryEntry entry);

    QList<AlertHistoryEntry> m_entries;
};
