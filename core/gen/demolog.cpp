// SPDX-FileCopyrightText: 2026 Tideline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "demolog.h"

#include <QDateTime>
#include <QDir>

namespace {
constexpr qint64 kNsPerMs = 1000000;
constexpr qint64 kBackfillMs = 2 * 3600 * 1000;

TimeNs nowNs()
{
    return QDateTime::currentMSecsSinceEpoch() * kNsPerMs;
}
} // namespace

DemoLog::DemoLog(QObject *parent)
    : QObject(parent)
    , m_file(QDir::tempPath() + QStringLiteral("/tideline-demo-XXXXXX.log"))
    , m_generator(GeneratorOptions{})
{
    m_timer.setInterval(250);
    m_timer.callOnTimeout(this, &DemoLog::appendUntilNow);
}

std::expected<QString, QString> DemoLog::start(quint64 seed)
{
    if (!m_file.open())
        return std::unexpected(tr("Cannot create the demo log in %1: %2").arg(QDir::tempPath(), m_file.errorString()));
    GeneratorOptions options;
    options.seed = seed;
    options.start = nowNs() - kBackfillMs * kNsPerMs;
    m_generator = LogGenerator(options);
    appendUntilNow();
    m_timer.start();
    return m_file.fileName();
}

void DemoLog::appendUntilNow()
{
    QByteArray chunk;
    const TimeNs now = nowNs();
    while (m_generator.time() < now)
        m_generator.appendRecord(chunk);
    m_file.write(chunk);
    m_file.flush();
}
