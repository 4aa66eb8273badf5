// SPDX-FileCopyrightText: 2026 Tideline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "matchoverview.h"

#include "model/filteredmodel.h"

#include <QMouseEvent>
#include <QPainter>

#include <algorithm>

namespace {
constexpr int kWidth = 10;
const QColor kMarkColor(230, 160, 0);
} // namespace

MatchOverview::MatchOverview(QWidget *parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Expanding);
    setCursor(Qt::PointingHandCursor);
    setToolTip(tr("Where the matches are in the file; click to go there"));
}

void MatchOverview::setModel(FilteredModel *model)
{
    if (m_model)
        m_model->disconnect(this);
    m_model = model;
    if (model) {
        const auto repaint = [this] { update(); };
        connect(model, &FilteredModel::statusChanged, this, repaint);
        connect(model, &QAbstractItemModel::modelReset, this, repaint);
        connect(model, &QAbstractItemModel::rowsInserted, this, repaint);
    }
    update();
}

QSize MatchOverview::sizeHint() const
{
    return {kWidth, 100};
}

qint64 MatchOverview::lineCount() const
{
    return m_model ? m_model->rowCount() : 0;
}

qint64 MatchOverview::lineAtY(int y, int height) const
{
    if (height <= 0)
        return 0;
    return std::clamp<qint64>(y, 0, height - 1) * lineCount() / height;
}

std::vector<bool> MatchOverview::marks(int buckets) const
{
    std::vector<bool> marked(static_cast<std::size_t>(std::max(buckets, 0)));
    const qint64 lines = lineCount();
    if (!m_model || !m_model->hasQuery() || lines == 0)
        return marked;
    const RowSet &starts = m_model->matchStarts();
    qint64 below = starts.countBelow(0);
    for (int i = 0; i < buckets; ++i) {
        const qint64 end = (i + 1) * lines / buckets;
        const qint64 belowEnd = starts.countBelow(end);
        marked[static_cast<std::size_t>(i)] = belowEnd > below;
        below = belowEnd;
    }
    return marked;
}

void MatchOverview::paintEvent(QPaintEvent *event)
{
    Q_UNUSED(event);
    QPainter painter(this);
    painter.fillRect(rect(), palette().window().color().darker(104));
    const std::vector<bool> marked = marks(height());
    for (int y = 0; y < height(); ++y) {
        // Marks are at least 2 px high, so that one match in a big file shows.
        if (marked[static_cast<std::size_t>(y)])
            painter.fillRect(1, std::min(y, height() - 2), width() - 2, 2, kMarkColor);
    }
}

void MatchOverview::mousePressEvent(QMouseEvent *event)
{
    if (!m_model || event->button() != Qt::LeftButton)
        return;
    const qint64 line = m_model->nextMatchLine(lineAtY(event->position().toPoint().y(), height()) - 1, true);
    if (line >= 0)
        Q_EMIT lineRequested(line);
}
