// SPDX-FileCopyrightText: 2026 Tideline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "alertrule.h"

QString alertKindName(AlertKind kind)
{
    switch (kind) {
    case AlertKind::Rate:
        return QStringLiteral("rate");
    case AlertKind::Pattern:
        return QStringLiteral("pattern");
    case AlertKind::Anomaly:
        return QStringLiteral("anomaly");
    case AlertKind::Absence:
        return QStringLiteral("absence");
    }
    return {};
}

QString alertDirectionName(AlertDirection direction)
{
    switch (direction) {
    case AlertDirection::Above:
        return QStringLiteral("above");
    case AlertDirection::Below:
        return QStringLiteral("below");
    case AlertDirection::Both:
        return QStringLiteral("both");
    }
    return {};
}
