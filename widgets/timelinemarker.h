// SPDX-FileCopyrightText: 2026 Tideline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "record/record.h"

#include <QColor>
#include <QList>
#include <QString>

/// A moment drawn on the timeline as a vertical line with a short label,
/// e.g. an alert that fired (TimelineWidget::setMarkers()).
struct TimelineMarker
{
    TimeNs time = kNoTime;
    QString label;  ///< shown as plain text; keep it short
    QColor colour;  ///< invalid: the palette's text colour
};
using TimelineMarkers = QList<TimelineMarker>;
