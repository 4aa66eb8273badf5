// SPDX-FileCopyrightText: 2026 Tideline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointer>
#include <QToolButton>

class LogView;
QT_BEGIN_NAMESPACE
class QAbstractItemModel;
QT_END_NAMESPACE

/// The "N new lines ↓" badge over a followed LogView.
///
/// While counting (setCounting(true), i.e. while the file is followed) and
/// the user has scrolled up from the bottom, rows that arrive leave the view where it is
/// (LogView moves only when at the bottom) and are counted here; the badge
/// shows at the bottom right of the view. A click, or End in the view,
/// scrolls to the bottom, from where the view follows again; scrolling there
/// by hand hides the badge too. Child of the view; watches the view's model
/// at construction and after setModel() through watchModel().
class NewLinesBadge : public QToolButton
{
    Q_OBJECT

public:
    explicit NewLinesBadge(LogView *view);

    /// Watches @p model's inserted rows (the view's model).
    void watchModel(QAbstractItemModel *model);
    /// Counts new rows only while on; off hides the badge.
    void setCounting(bool on);
    /// Rows that arrived since the user scrolled up.
    qint64 newRows() const { return m_newRows; }
    /// Scrolls the view to its last row and hides the badge.
    void jumpToBottom();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void onRowsInserted(int first, int last);
    void onScrolled();
    void place();
    void clear();

    LogView *m_view;
    QPointer<QAbstractItemModel> m_model;
    qint64 m_newRows = 0;
    bool m_counting = false;
    bool m_armed = false; // the view was at the bottom while counting: rows
                          // that arrive after the user left it are new to them
};
