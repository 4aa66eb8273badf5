// SPDX-FileCopyrightText: 2026 Tideline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

QT_BEGIN_NAMESPACE
class QMenu;
class QPoint;
QT_END_NAMESPACE

class LogFile;
class LogTableModel;
class LogView;

/// The table's columns, per format: the header's context menu shows and
/// hides columns and adds any parsed field of the current row as a column
/// (or removes it again); order, widths, visibility and field columns are
/// remembered in QSettings for each format ("columns/<format>/...") and
/// restored when a file of that format opens. GUI thread only; owned by the tab.
class ColumnController : public QObject
{
    Q_OBJECT

public:
    ColumnController(LogFile *file, LogTableModel *model, LogView *view, QObject *parent);

    /// The header's context menu for @p section; the caller owns it.
    QMenu *createMenu(int section);
    /// Adds a column for parsed field @p name (no-op when it is there).
    void addFieldColumn(const QString &name);
    void removeFieldColumn(const QString &name);
    /// Back to the built-in columns for this format.
    void resetColumns();

private:
    QString settingsGroup() const;
    void restore();
    void save();
    QStringList fieldsOfCurrentRow() const;

    LogFile *m_file;
    LogTableModel *m_model;
    LogView *m_view;
    bool m_restoring = false;
};
