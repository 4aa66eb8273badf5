// SPDX-FileCopyrightText: 2026 Tideline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A fixture the GUI tests share: a generated access log.

#include "gen/loggenerator.h"

#include <QFile>
#include <QString>
#include <QtGlobal>

namespace TestSupport {

/// Writes @p lines generated access-log lines to @p path (replacing it) and
/// returns @p path; a fixture that cannot be written ends the test run.
inline QString writeAccessLog(const QString &path, qint64 lines)
{
    QFile file(path);
    GeneratorOptions options;
    options.format = GeneratorFormat::Access;
    LogGenerator generator(options);
    if (!file.open(QIODevice::WriteOnly) || !generator.writeLines(file, lines))
        qFatal("cannot write fixture");
    return path;
}

} // namespace TestSupport
