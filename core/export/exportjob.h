// SPDX-FileCopyrightText: 2026 Tideline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "export/exporter.h"

#include <QObject>

#include <memory>

struct ExportWork;

/// Runs Exporter::writeFile() on a worker thread for a dialog.
///
/// start() returns at once; progressChanged() arrives at most every 100 ms,
/// then finished() once. cancel() (or destroying the job) stops the worker
/// at the next chunk; the target file is then left as it was. The job
/// duplicates the sources' file descriptors, so the tab may close meanwhile.
///
/// Lives on the GUI thread; call it from there. Start it once.
class ExportJob : public QObject
{
    Q_OBJECT

public:
    explicit ExportJob(QObject *parent = nullptr);
    ~ExportJob() override;

    void start(const Exporter &exporter, std::vector<ExportSource> sources, const QString &target);
    void cancel();
    bool isRunning() const { return m_running; }

Q_SIGNALS:
    void progressChanged(qint64 done, qint64 total);
    /// @p error empty: @p records records were written to the target, and
    /// @p warnings says what the user should know (ExportReport::warnings).
    /// Otherwise the target was not changed; @p cancelled tells whether the
    /// user cancelled.
    void finished(qint64 records, const QString &error, bool cancelled, const QStringList &warnings);

private:
    friend struct ExportWork;
    std::shared_ptr<ExportWork> m_work;
    bool m_running = false;
};
