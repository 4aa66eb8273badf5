// SPDX-FileCopyrightText: 2026 Tideline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractItemModel>
#include <QAbstractScrollArea>
#include <QPointer>

QT_BEGIN_NAMESPACE
class QHeaderView;
QT_END_NAMESPACE

/// The virtual-scrolling log table.
///
/// Columns come from a horizontal QHeaderView (resize, reorder, hide); rows
/// are painted straight from the model, asking it only for the rows on screen.
/// The view keeps no per-row state, so a model of a hundred million rows
/// costs it nothing (unlike QTableView, whose vertical header stores every
/// row). One current row and a contiguous selection; keyboard as in a text
/// viewer: arrows, PgUp/PgDn, Ctrl+Home/End; Ctrl+C copies the selected lines.
/// When the view is scrolled to the bottom it stays there as rows arrive.
class LogView : public QAbstractScrollArea
{
    Q_OBJECT

public:
    explicit LogView(QWidget *parent = nullptr);

    void setModel(QAbstractItemModel *model);
    QAbstractItemModel *model() const { return m_model; }
    QHeaderView *header() const { return m_header; }

    int currentRow() const { return m_current; }
    /// Makes @p row current, selects it alone and scrolls it into view.
    void setCurrentRow(int row);
    /// Selected rows, as an inclusive range; {-1, -1} when none.
    std::pair<int, int> selectedRange() const;
    int firstVisibleRow() const;
    /// Rows that fit on screen (the last one may be partly visible).
    int visibleRowCount() const;
    int rowHeight() const { return m_rowHeight; }
    /// The row painted at viewport position @p y, or -1.
    int rowAt(int y) const;
    bool isAtBottom() const;
    /// Paints column @p column as coloured level chips, from the model's
    /// LevelRole (see LogTableModel); -1 for none.
    void setLevelColumn(int column) { m_levelColumn = column; }
    /// Find mode marks: rows whose @p rowRole data is true get a tint; cells
    /// whose @p rangesRole data holds QList<std::pair<qsizetype, qsizetype>>
    /// get those (start, length) ranges of their text highlighted. -1: none.
    void setMatchRoles(int rowRole, int rangesRole);
    /// The text of the selected rows, one line each, for the clipboard.
    QString selectedText() const;

Q_SIGNALS:
    void currentRowChanged(int row);
    void rowActivated(int row);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void changeEvent(QEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;

private:
    void onRowsInserted();
    void onModelReset();
    void updateGeometries();
    void updateScrollBar();
    void fitLineNumberColumn();
    void moveCurrent(int row, bool extend);
    void ensureVisible(int row);
    void paintRow(QPainter &painter, int row, int y);
    void paintLevelChip(QPainter &painter, const QRect &cell, const QModelIndex &index, bool selected);
    void paintHighlights(QPainter &painter, const QRect &cell, const QModelIndex &index, const QString &shown, int flags);

    QPointer<QAbstractItemModel> m_model;
    QHeaderView *m_header;
    int m_rowHeight = 0;
    int m_current = -1;
    int m_anchor = -1;
    int m_lineDigits = 0;
    int m_levelColumn = -1;
    int m_matchRole = -1;
    int m_rangesRole = -1;
};
