// SPDX-FileCopyrightText: 2026 Tideline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "textspool.h"

#include "index/transcoder.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>
#include <QThreadPool>

#include <atomic>
#include <mutex>

#include <unistd.h>

namespace {
QString spoolDirectory()
{
    QString dir = QStandardPaths::writableLocation(QStandardPaths::CacheLocation);
    if (dir.isEmpty() || !QDir().mkpath(dir + QStringLiteral("/spool")))
        return QDir::tempPath();
    return dir + QStringLiteral("/spool");
}

} // namespace

/// What the worker shares with its TextSpool (see ScanJob in logfile.cpp).
struct SpoolJob
{
    std::atomic<bool> cancel = false;
    std::mutex mutex;
    TextSpool *receiver = nullptr; // guarded by mutex
    int in = -1;
    int out = -1;

    ~SpoolJob()
    {
        if (in >= 0)
            ::close(in);
        if (out >= 0)
            ::close(out);
    }

    template<typename Call>
    void post(Call call)
    {
        std::lock_guard lock(mutex);
        if (TextSpool *const r = receiver)
            QMetaObject::invokeMethod(r, [r, call = std::move(call)] { call(r); }, Qt::QueuedConnection);
    }
};

TextSpool::TextSpool(QObject *parent)
    : QObject(parent)
    , m_file(spoolDirectory() + QStringLiteral("/spool-XXXXXX.log"))
{
}

TextSpool::~TextSpool()
{
    if (m_job) {
        m_job->cancel = true;
        std::lock_guard lock(m_job->mutex);
        m_job->receiver = nullptr;
    }
}

std::expected<QString, QString> TextSpool::start(int sourceFd, TextEncoding encoding)
{
    if (!m_file.open())
        return std::unexpected(tr("Cannot create a temporary copy in %1: %2. Free some space or check the permissions.")
                                   .arg(QFileInfo(m_file.fileTemplate()).absolutePath(), m_file.errorString()));
    auto job = std::make_shared<SpoolJob>();
    job->receiver = this;
    job->in = ::dup(sourceFd);
    job->out = ::dup(m_file.handle());
    m_job = job;
    QThreadPool::globalInstance()->start([job, encoding] {
        const auto result = transcodeToUtf8(job->in, job->out, encoding, job->cancel, [&job](qint64 written) {
            job->post([written](TextSpool *self) {
                self->m_written = written;
                Q_EMIT self->grew(written);
            });
        });
        const QString error = result ? QString() : result.error();
        job->post([error](TextSpool *self) {
            self->m_finished = true;
            Q_EMIT self->finished(error);
        });
    });
    return m_file.fileName();
}
