// SPDX-FileCopyrightText: 2026 Tideline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "alertevent.h"

QString alertEventTypeName(AlertEventType type)
{
    switch (type) {
    case AlertEventType::Triggered:
        return QStringLiteral("triggered");
    case AlertEventType::Recovered:
        return QStringLiteral("recovered");
    case AlertEventType::Fired:
        return QStringLiteral("fired");
    }
    return {};
}
