// SPDX-FileCopyrightText: 2026 Tideline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "logtab.h"

#include "logview.h"

#include "index/logfile.h"
#include "model/logtablemodel.h"

#include <QFileInfo>
#include <QLocale>
#include <QVBoxLayout>

LogTab::LogTab(QWidget *parent)
    : QWidget(parent)
    , m_file(new LogFile(this))
    , m_model(new LogTableModel(m_file, this))
    , m_view(new LogView(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
    m_view->setModel(m_model);
    setFocusProxy(m_view);
    connect(m_file, &LogFile::progressChanged, this, &LogTab::statusChanged);
    connect(m_file, &LogFile::indexingFinished, this, &LogTab::statusChanged);
    connect(m_file, &LogFile::linesAdded, this, &LogTab::statusChanged);
    connect(m_file, &LogFile::errorOccurred, this, &LogTab::errorOccurred);
}

LogTab::~LogTab() = default;

std::expected<void, QString> LogTab::open(const QString &path)
{
    return m_file->open(path);
}

QString LogTab::path() const
{
    return m_file->path();
}

int LogTab::progressPercent() const
{
    if (!m_file->isIndexing() || m_file->sizeBytes() <= 0)
        return -1;
    return static_cast<int>(100 * m_file->indexedBytes() / m_file->sizeBytes());
}

QString LogTab::statusText() const
{
    const QLocale locale;
    QString text = tr("%1 — %2 — %3 lines")
                       .arg(QFileInfo(path()).fileName(), locale.formattedDataSize(m_file->sizeBytes()),
                            locale.toString(m_file->lineCount()));
    if (m_model->isCapped())
        text += tr(" — only the first %1 lines can be shown").arg(locale.toString(INT_MAX));
    if (m_file->isIndexing())
        text += tr(" — indexing %1%").arg(progressPercent());
    else if (m_file->indexMs() >= 0)
        text += tr(" — indexed in %1 ms").arg(locale.toString(m_file->indexMs()));
    if (m_file->isFollowing())
        text += tr(" — following");
    return text;
}

void LogTab::setFollowing(bool follow)
{
    m_file->setFollowing(follow);
    Q_EMIT statusChanged();
}

bool LogTab::isFollowing() const
{
    return m_file->isFollowing();
}
