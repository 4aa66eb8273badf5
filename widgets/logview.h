// SPDX-FileCopyrightText: 2026 Tideline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractItemModel>
#include <QAbstractScrollArea>
#include <QPointer>

#include <functional>
#include <memory>

QT_BEGIN_NAMESPACE
class QHeaderView;
QT_END_NAMESPACE

class HighlightRules;
class MessageHighlighter;

/// The virtual-scrolling log table.
///
/// Columns come from a horizontal QHeaderView (resize, reorder, hide); rows
/// are painted straight from the model, asking it only for the rows on screen.
/// The view keeps no per-row state, so a model of a hundred million rows
/// costs it nothing (unlike QTableView, whose vertical header stores every
/// row). One current row and a contiguous selection; keyboard as in a text
/// viewer: arrows, PgUp/PgDn, Ctrl+Home/End; Ctrl+C copies the selected lines.
/// When the view is scrolled to the bottom it stays there as rows arrive.
///
/// Multi-line records (a model with RecordModel's roles): a row whose
/// RecordLinesRole is above 1 gets an expander at the start of the message
/// column and a "+N lines" hint at its end; clicking the expander, Right or
/// + expands it (setData(ExpandedRole)), Left or - collapses it (Left on a
/// continuation row goes to its record). Copying a folded record copies all
/// of its lines.
class LogView : public QAbstractScrollArea
{
    Q_OBJECT

public:
    explicit LogView(QWidget *parent = nullptr);
    ~LogView() override;

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
    /// The column that carries the expander and the "+N lines" hint; -1 for none.
    void setMessageColumn(int column) { m_messageColumn = column; }
    /// The expander's rectangle in @p row's message cell (viewport coordinates), or empty.
    QRect expanderRect(int row) const;
    /// Colours the message column's text with KSyntaxHighlighting (see
    /// MessageHighlighter; its theme follows the palette). Off by default.
    void setSyntaxHighlighting(bool on);
    bool hasSyntaxHighlighting() const { return m_syntax != nullptr; }
    /// Find mode marks: rows whose @p rowRole data is true get a tint; cells
    /// whose @p rangesRole data holds QList<std::pair<qsizetype, qsizetype>>
    /// get those (start, length) ranges of their text highlighted. -1: none.
    void setMatchRoles(int rowRole, int rangesRole);
    /// Rows whose @p role data is true (context around matches) get dimmed text; -1: none.
    void setContextRole(int role);
    /// Marker rules: for each row on screen, @p markerAbove(row) returns the
    /// text of a marker drawn as a thin labelled rule at the row's top edge
    /// ("file rotated at 14:02:11"), or an empty string. Null: none.
    void setRowMarkers(std::function<QString(int row)> markerAbove);
    /// Paints the matches of @p rules (not owned) behind the text of the
    /// rows on screen, and repaints when they change; nullptr: none.
    void setHighlightRules(HighlightRules *rules);
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
    void onRowsInserted(const QModelIndex &parent, int first, int last);
    void onRowsRemoved(const QModelIndex &parent, int first, int last);
    void onModelReset();
    bool isFolded(int row) const;
    void setExpanded(int row, bool expanded);
    /// Right/+ (expand), Left/- (collapse): true when handled.
    bool handleExpandKey(int key);
    QRect cellRect(int column, int y) const;
    /// Paints the expander or continuation guide; returns the cell left for the text.
    QRect paintRecordMarks(QPainter &painter, const QRect &cell, const QModelIndex &index, bool selected);
    /// Paints the "+N lines" hint at the cell's right end; returns the cell left for the text.
    QRect paintFoldHint(QPainter &painter, const QRect &cell, const QModelIndex &index, bool selected);
    void updateGeometries();
    void updateScrollBar();
    void fitLineNumberColumn();
    void moveCurrent(int row, bool extend);
    void ensureVisible(int row);
    void paintRow(QPainter &painter, int row, int y);
    void paintMarker(QPainter &painter, const QString &text, int y);
    void paintLevelChip(QPainter &painter, const QRect &cell, const QModelIndex &index, bool selected);
    void paintRuleSpans(QPainter &painter, const QRect &cell, const QString &shown, int flags);
    void paintHighlights(QPainter &painter, const QRect &cell, const QModelIndex &index, const QString &shown, int flags);
    void paintSyntax(QPainter &painter, const QRect &cell, const QString &text);

    QPointer<QAbstractItemModel> m_model;
    QHeaderView *m_header;
    int m_rowHeight = 0;
    int m_current = -1;
    int m_anchor = -1;
    int m_lineDigits = 0;
    int m_levelColumn = -1;
    int m_messageColumn = -1;
    int m_matchRole = -1;
    int m_rangesRole = -1;
    int m_contextRole = -1;
    std::function<QString(int)> m_markerAbove;
    QPointer<HighlightRules> m_rules;
    std::unique_ptr<MessageHighlighter> m_syntax; // null: no syntax colours
};
