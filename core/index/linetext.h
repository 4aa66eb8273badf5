// SPDX-FileCopyrightText: 2026 Tideline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>
#include <QString>

#include "index/textencoding.h"

/// Turns a line's raw bytes into text for display: UTF-8 (invalid sequences
/// become U+FFFD), tabs expanded to 4 columns, other control characters and
/// NUL shown as their Unicode control pictures (U+2400...), so binary junk
/// stays one visible row. A trailing '\r' is dropped. @p encoding is UTF-8
/// or ISO-8859-1 (UTF-16 files are read through a UTF-8 spool).
QString displayText(QByteArrayView raw, TextEncoding encoding = TextEncoding::Utf8);
