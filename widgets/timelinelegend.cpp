// SPDX-FileCopyrightText: 2026 Tideline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "timelinelegend.h"

#include "levelcolors.h"

#include "parse/levelnames.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QToolButton>

#include <climits>

namespace {

QIcon swatch(Level level, bool shown)
{
    QPixmap pixmap(10, 10);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    QColor colour = levelColor(level);
    if (!shown)
        colour.setAlpha(70);
    painter.setPen(Qt::NoPen);
    painter.setBrush(colour);
    painter.drawRoundedRect(QRectF(0.5, 0.5, 9, 9), 2, 2);
    return QIcon(pixmap);
}

QString durationName(qint64 seconds)
{
    if (seconds % 86400 == 0)
        return TimelineLegend::tr("%n day(s)", nullptr, static_cast<int>(seconds / 86400));
    if (seconds % 3600 == 0)
        return TimelineLegend::tr("%n h", nullptr, static_cast<int>(seconds / 3600));
    if (seconds % 60 == 0)
        return TimelineLegend::tr("%n min", nullptr, static_cast<int>(seconds / 60));
    return TimelineLegend::tr("%n s", nullptr, static_cast<int>(seconds));
}

} // namespace

TimelineLegend::TimelineLegend(QWidget *parent)
    : QWidget(parent)
    , m_bucket(new QLabel(this))
    , m_untimed(new QLabel(this))
{
    m_shown.fill(true);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 2, 6, 0);
    layout->setSpacing(2);
    m_bucket->setForegroundRole(QPalette::PlaceholderText);
    m_untimed->setForegroundRole(QPalette::PlaceholderText);
    for (QLabel *label : {m_bucket, m_untimed}) {
        label->setTextFormat(Qt::PlainText);
        QFont small = label->font();
        small.setPointSizeF(small.pointSizeF() * 0.9);
        label->setFont(small);
    }
    layout->addWidget(m_bucket);
    layout->addSpacing(12);
    layout->addWidget(m_untimed);
    layout->addStretch(1);
    // Most severe first, as in the filter bar.
    for (int i = kLevelCount - 1; i >= 0; --i) {
        const auto level = static_cast<Level>(i);
        auto *entry = new QToolButton(this);
        entry->setAutoRaise(true);
        entry->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        entry->setFocusPolicy(Qt::NoFocus);
        entry->setToolTip(tr("Show or hide %1 records").arg(QString::fromLatin1(levelName(level))));
        QFont small = entry->font();
        small.setPointSizeF(small.pointSizeF() * 0.9);
        entry->setFont(small);
        entry->hide();
        connect(entry, &QToolButton::clicked, this, [this, level] { Q_EMIT levelClicked(level); });
        m_entries[static_cast<std::size_t>(i)] = entry;
        layout->addWidget(entry);
    }
    setSummary(0, 0);
}

void TimelineLegend::setCounts(const std::array<qint64, kLevelCount> &counts)
{
    if (counts == m_counts)
        return; // zooming and panning: no relayout, which would resize and redraw the chart
    m_counts = counts;
    for (int i = 0; i < kLevelCount; ++i)
        updateEntry(static_cast<Level>(i));
}

void TimelineLegend::setLevelShown(Level level, bool shown)
{
    m_shown[static_cast<std::size_t>(level)] = shown;
    updateEntry(level);
}

void TimelineLegend::updateEntry(Level level)
{
    const auto i = static_cast<std::size_t>(level);
    QToolButton *entry = m_entries[i];
    const bool shown = m_shown[i];
    entry->setIcon(swatch(level, shown));
    const QString name = QString::fromLatin1(levelName(level));
    entry->setText(shown ? QStringLiteral("%1 %2").arg(name, QLocale().toString(m_counts[i])) : name);
    QFont font = entry->font();
    font.setStrikeOut(!shown);
    entry->setFont(font);
    entry->setVisible(m_counts[i] > 0 || !shown);
}

void TimelineLegend::setSummary(qint64 bucketSeconds, qint64 untimed)
{
    m_bucket->setText(bucketSeconds > 0 ? tr("%1 buckets").arg(durationName(bucketSeconds)) : QString());
    m_untimed->setText(untimed > 0 ? tr("%Ln record(s) without a time, not in the chart", nullptr, static_cast<int>(std::min<qint64>(untimed, INT_MAX))) : QString());
    m_untimed->setVisible(untimed > 0);
}
