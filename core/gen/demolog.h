// SPDX-FileCopyrightText: 2026 Tideline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gen/loggenerator.h"

#include <QObject>
#include <QTemporaryFile>
#include <QTimer>

#include <expected>

/// The live demo log behind `tideline --demo`: a temporary file holding the
/// last two hours of generated mixed traffic (access, JSON and text lines
/// with error bursts), to which new records are appended in wall-clock time
/// a few times a second. The file is removed when the object is destroyed.
class DemoLog : public QObject
{
    Q_OBJECT

public:
    explicit DemoLog(QObject *parent = nullptr);

    /// Writes the backfill and starts appending. Returns the file's path.
    std::expected<QString, QString> start(quint64 seed = 1);
    QString path() const { return m_file.fileName(); }

private:
    void appendUntilNow();

    QTemporaryFile m_file;
    LogGenerator m_generator;
    QTimer m_timer;
};
