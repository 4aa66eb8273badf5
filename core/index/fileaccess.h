// SPDX-FileCopyrightText: 2026 Tideline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <expected>

QT_BEGIN_NAMESPACE
class QFile;
QT_END_NAMESPACE

/// Opens @p file (its fileName() set) read-only after checking that it is a
/// readable regular file. The error tells the user what is wrong with the
/// path and what to do about it. Shared by the GUI and tideline-cli.
std::expected<void, QString> openLogFile(QFile &file);

/// The folder for temporary copies (spools, follow mirrors): "spool" in the
/// cache directory, or the temporary folder when that cannot be created.
QString tempCopyDirectory();
