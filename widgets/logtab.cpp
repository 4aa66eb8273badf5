// SPDX-FileCopyrightText: 2026 Tideline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "logtab.h"

#include "logview.h"

#include "index/logfile.h"
#include "parse/formatregistry.h"
#include "model/logtablemodel.h"

#include <QFileInfo>
#include <QHeaderView>
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
    setUpColumns();
    connect(m_file, &LogFile::formatChanged, this, &LogTab::onFormatChanged);
    connect(m_file, &LogFile::progressChanged, this, &LogTab::statusChanged);
    connect(m_file, &LogFile::indexingFinished, this, &LogTab::statusChanged);
    connect(m_file, &LogFile::linesAdded, this, &LogTab::statusChanged);
    connect(m_file, &LogFile::errorOccurred, this, &LogTab::errorOccurred);
}

LogTab::~LogTab() = default;

void LogTab::setUpColumns()
{
    QHeaderView *header = m_view->header();
    const QFontMetrics metrics = m_view->fontMetrics();
    header->resizeSection(LogTableModel::TimeColumn, metrics.horizontalAdvance(QStringLiteral("2026-03-14 08:00:00.000")) + 16);
    header->resizeSection(LogTableModel::LevelColumn, metrics.horizontalAdvance(QStringLiteral("CRITICAL")) + 20);
    header->resizeSection(LogTableModel::SourceColumn, metrics.horizontalAdvance(QStringLiteral("x")) * 16);
    m_view->setLevelColumn(LogTableModel::LevelColumn);
}

void LogTab::onFormatChanged()
{
    // Plain text has no time, level or source: show the line alone.
    const bool plain = formatName() == u"plain";
    QHeaderView *header = m_view->header();
    for (int column : {LogTableModel::TimeColumn, LogTableModel::LevelColumn, LogTableModel::SourceColumn})
        header->setSectionHidden(column, plain);
    Q_EMIT statusChanged();
}

QString LogTab::formatName() const
{
    return m_file->format() ? m_file->format()->name() : QString();
}

void LogTab::setFormatName(const QString &name)
{
    if (LogFormatPtr format = FormatRegistry::builtin(name))
        m_file->setFormat(std::move(format));
}

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
    if (!formatName().isEmpty())
        text += tr(" — format: %1").arg(formatName());
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
