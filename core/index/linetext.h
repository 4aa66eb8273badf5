// SPDX-FileCopyrightText: 2026 Tideline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>
#include <QString>

/// Turns a line's raw bytes into text for display: UTF-8 (invalid sequences
/// become U+FFFD), tabs expanded to 4 columns, other control characters and
/// NUL shown as their Unicode control pictures (U+2400...), so binary junk
/// stays one visible row. A trailing '\r' is dropped.
QString displayText(QByteArrayView raw);
