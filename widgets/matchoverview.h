// SPDX-FileCopyrightText: 2026 Tideline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointer>
#include <QWidget>

#include <vector>

class FilteredModel;

/// A thin strip beside the log table's scroll bar that shows where the
/// matches are in the whole file (Find mode, where every line is a row).
/// Each pixel row is a bucket of lines and is marked when a match starts in
/// it, so painting costs O(height × log matches) whatever the number of
/// matches (two RowSet::countBelow() per bucket). Clicking asks for the
/// first match at or after the bucket clicked (lineRequested()).
///
/// Reads the model (not owned) on the GUI thread; repaints as it changes.
class MatchOverview : public QWidget
{
    Q_OBJECT

public:
    explicit MatchOverview(QWidget *parent = nullptr);

    void setModel(FilteredModel *model);
    /// For each of @p buckets equal slices of the file's lines, whether a
    /// match starts in it.
    std::vector<bool> marks(int buckets) const;
    /// The first line of the bucket at @p y of a strip @p height pixels high.
    qint64 lineAtY(int y, int height) const;

    QSize sizeHint() const override;

Q_SIGNALS:
    /// The user clicked: go to the match starting at @p line.
    void lineRequested(qint64 line);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;

private:
    qint64 lineCount() const;

    QPointer<FilteredModel> m_model;
};
