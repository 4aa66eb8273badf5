// SPDX-FileCopyrightText: 2026 Tideline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportjob.h"

#include "index/workerlink.h"

#include <QElapsedTimer>
#include <QThreadPool>

#include <unistd.h>

/// What the worker shares with its ExportJob; owns the duplicated descriptors.
struct ExportWork : WorkerLink<ExportJob>
{
    using WorkerLink::WorkerLink;
    std::vector<ExportSource> sources;

    ~ExportWork()
    {
        for (const ExportSource &source : sources)
            if (source.fd >= 0)
                ::close(source.fd);
    }
};

ExportJob::ExportJob(QObject *parent)
    : QObject(parent)
{
}

ExportJob::~ExportJob()
{
    if (m_work)
        m_work->detach();
}

void ExportJob::start(const Exporter &exporter, std::vector<ExportSource> sources, const QString &target)
{
    auto work = std::make_shared<ExportWork>(this);
    for (ExportSource &source : sources)
        source.fd = ::dup(source.fd);
    work->sources = std::move(sources);
    m_work = work;
    m_running = true;
    QThreadPool::globalInstance()->start([work, exporter, target] {
        QElapsedTimer throttle;
        throttle.start();
        const auto progress = [&](qint64 done, qint64 total) {
            if (throttle.elapsed() < 100)
                return;
            throttle.restart();
            work->post([done, total](ExportJob *self) { Q_EMIT self->progressChanged(done, total); });
        };
        const auto report = exporter.writeFile(work->sources, target, work->cancel, progress);
        const bool cancelled = work->cancel.load();
        work->post([report, cancelled](ExportJob *self) {
            self->m_running = false;
            Q_EMIT self->finished(report ? report->records : 0, report ? QString() : report.error(), cancelled,
                                  report ? report->warnings : QStringList());
        });
    });
}

void ExportJob::cancel()
{
    if (m_work)
        m_work->cancel = true;
}
