// SPDX-FileCopyrightText: 2026 Tideline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "record/level.h"

#include <QWidget>

#include <array>

QT_BEGIN_NAMESPACE
class QLabel;
class QToolButton;
QT_END_NAMESPACE

/// The line above the timeline chart: the bucket size, the records without a
/// time, and one entry per level (colour, name, count) that toggles the
/// level in the filter (levelClicked(); the owner switches the filter bar's
/// level toggle and reports back with setLevelShown()).
class TimelineLegend : public QWidget
{
    Q_OBJECT

public:
    explicit TimelineLegend(QWidget *parent = nullptr);

    /// Records per level (timed and untimed) for the current filter; a
    /// level with none is hidden unless switched off.
    void setCounts(const std::array<qint64, kLevelCount> &counts);
    /// Whether @p level is switched on in the filter (an entry off is struck out).
    void setLevelShown(Level level, bool shown);
    /// "1 min buckets", and how many matching records have no time.
    void setSummary(qint64 bucketSeconds, qint64 untimed);

    QToolButton *levelEntry(Level level) const { return m_entries[static_cast<std::size_t>(level)]; }
    QLabel *untimedLabel() const { return m_untimed; }
    QLabel *bucketLabel() const { return m_bucket; }

Q_SIGNALS:
    void levelClicked(Level level);

private:
    void updateEntry(Level level);

    std::array<QToolButton *, kLevelCount> m_entries{};
    std::array<qint64, kLevelCount> m_counts{};
    std::array<bool, kLevelCount> m_shown{};
    QLabel *m_bucket;
    QLabel *m_untimed;
};
