// SPDX-FileCopyrightText: 2026 Tideline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "alertsparklinedelegate.h"

#include "alertrulestatemodel.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>

void AlertSparklineDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem background = option;
    initStyleOption(&background, index);
    background.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &background, painter, widget);

    const QList<double> samples = index.data(AlertRuleStateModel::SamplesRole).value<QList<double>>();
    if (samples.size() < 2)
        return;
    const double top = std::max(*std::max_element(samples.begin(), samples.end()), 1e-9);
    const QRectF area = QRectF(option.rect).adjusted(4, 4, -4, -4);
    const double step = area.width() / static_cast<double>(samples.size() - 1);
    QPainterPath path;
    for (qsizetype i = 0; i < samples.size(); ++i) {
        const QPointF point(area.left() + step * static_cast<double>(i), area.bottom() - area.height() * std::max(0.0, samples[i]) / top);
        if (i == 0)
            path.moveTo(point);
        else
            path.lineTo(point);
    }
    const bool firing = index.data(AlertRuleStateModel::StateRole).toInt() == AlertRuleState::Firing;
    const QColor color = (option.state & QStyle::State_Selected) ? option.palette.color(QPalette::HighlightedText)
                         : firing                               ? QColor(0xd3, 0x2f, 0x2f)
                                                                : option.palette.color(QPalette::Link);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(QPen(color, 1.5));
    painter->drawPath(path);
    painter->restore();
}

QSize AlertSparklineDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QSize hint = QStyledItemDelegate::sizeHint(option, index);
    return {std::max(hint.width(), 90), hint.height()};
}
