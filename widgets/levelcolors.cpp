// SPDX-FileCopyrightText: 2026 Tideline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "levelcolors.h"

QColor levelColor(Level level)
{
    switch (level) {
    case Level::Fatal: return QColor(0x6a, 0x1b, 0x9a);
    case Level::Critical: return QColor(0x8e, 0x24, 0xaa);
    case Level::Error: return QColor(0xd3, 0x2f, 0x2f);
    case Level::Warn: return QColor(0xf5, 0xa6, 0x23);
    case Level::Notice: return QColor(0x00, 0x89, 0x7b);
    case Level::Info: return QColor(0x26, 0xa6, 0x9a);
    case Level::Debug: return QColor(0x90, 0x90, 0x90);
    case Level::Trace: return QColor(0xb8, 0xb8, 0xb8);
    case Level::Unknown: break;
    }
    return QColor(0xd0, 0xd0, 0xd0);
}

QColor levelTextColor(Level level)
{
    switch (level) {
    case Level::Warn:
    case Level::Trace:
    case Level::Unknown: return QColor(0x20, 0x20, 0x20);
    default: return Qt::white;
    }
}
