// SPDX-FileCopyrightText: 2026 Tideline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "detailcontroller.h"

#include "detailpane.h"
#include "logview.h"

#include "index/logfile.h"
#include "model/logtablemodel.h"
#include "model/parsedline.h"
#include "model/recordmodel.h"
#include "parse/timeparser.h"

#include <QSettings>
#include <QSplitter>

namespace {
const auto kVisibleKey = QStringLiteral("detailPane/visible");
const auto kSplitKey = QStringLiteral("detailPane/split");
const auto kFieldsKey = QStringLiteral("detailPane/fieldsSplit");
const auto kWrapKey = QStringLiteral("detailPane/wrap");
constexpr int kCoalesceMs = 30;
constexpr qint64 kMaxContinuationLines = 500;
} // namespace

DetailController::DetailController(LogFile *file, LogView *view, QSplitter *splitter, DetailPane *pane,
                                   QObject *parent)
    : QObject(parent)
    , m_file(file)
    , m_view(view)
    , m_splitter(splitter)
    , m_pane(pane)
{
    const QSettings settings;
    m_splitter->restoreState(settings.value(kSplitKey).toByteArray());
    m_pane->restoreState(settings.value(kFieldsKey).toByteArray());
    m_pane->setWordWrap(settings.value(kWrapKey, true).toBool());
    m_pane->setVisible(settings.value(kVisibleKey, false).toBool());
    m_timer.setSingleShot(true);
    m_timer.setInterval(kCoalesceMs);
    m_timer.callOnTimeout(this, &DetailController::update);
    connect(m_splitter, &QSplitter::splitterMoved, this,
            [this] { QSettings().setValue(kSplitKey, m_splitter->saveState()); });
    connect(m_pane, &DetailPane::wordWrapChanged, this, [](bool wrap) { QSettings().setValue(kWrapKey, wrap); });
    connect(m_view, &LogView::currentRowChanged, this, &DetailController::scheduleUpdate);
    connect(m_file, &LogFile::formatChanged, this, &DetailController::scheduleUpdate);
}

DetailController::~DetailController()
{
    QSettings().setValue(kFieldsKey, m_pane->saveState());
}

void DetailController::setVisible(bool visible)
{
    m_pane->setVisible(visible);
    QSettings().setValue(kVisibleKey, visible);
    if (visible)
        update();
}

bool DetailController::isVisible() const
{
    return !m_pane->isHidden();
}

void DetailController::scheduleUpdate()
{
    if (isVisible())
        m_timer.start();
}

void DetailController::update()
{
    const int row = m_view->currentRow();
    if (row < 0 || !m_view->model()) {
        m_pane->clear();
        return;
    }
    // Any row of a record (a continuation row too) shows the whole record.
    const QModelIndex index = m_view->model()->index(row, 0);
    const QVariant recordLine = index.data(RecordModel::RecordFirstLineRole);
    const qint64 line = recordLine.isValid() ? recordLine.toLongLong()
                                             : index.data(LogTableModel::LineNumberRole).toLongLong() - 1;
    qint64 fullLength = 0;
    QByteArray bytes = m_file->lineBytes(line, DetailPane::kMaxChars * 4, &fullLength);
    const bool cut = fullLength > bytes.size();
    const QByteArray continuation = cut ? QByteArray() : continuationOf(line);
    auto parsed = parseLine(std::move(bytes), m_file->format(), {}, m_file->timeContext());
    parsed->fullLength = fullLength;
    parsed->truncated = cut;
    const QString formatName = m_file->format() ? m_file->format()->name() : QString();
    m_pane->setTimeText(timeText(parsed->record.time));
    if (continuation.isEmpty())
        m_pane->showLine(*parsed, formatName);
    else
        m_pane->showRecord(QString::fromUtf8(parsed->bytes + continuation), DetailPane::fieldsOf(parsed->record),
                           formatName);
}

void DetailController::setUtc(bool utc)
{
    if (utc == m_utc)
        return;
    m_utc = utc;
    scheduleUpdate();
}

QString DetailController::timeText(TimeNs time) const
{
    if (time == kNoTime)
        return {};
    // As the table shows it, with the zone said: "2026-03-14 08:00:01.250 UTC".
    QString text = QString::fromLatin1(TimeParser::formatIso(time, m_file->timeContext(), m_utc));
    text.replace(u'T', u' ');
    return m_utc ? tr("%1 UTC").arg(text.remove(u'Z')) : tr("%1 local time").arg(text);
}

QByteArray DetailController::continuationOf(qint64 line) const
{
    // The lines after @p line that belong to its record (a stack trace).
    QByteArray text;
    const LogFormatPtr format = m_file->format();
    for (qint64 next = line + 1; format && next < m_file->lineCount() && next <= line + kMaxContinuationLines; ++next) {
        const QByteArray bytes = m_file->lineBytes(next, DetailPane::kMaxChars);
        if (format->startsRecord(bytes) || text.size() + bytes.size() > DetailPane::kMaxChars)
            break;
        text += '\n' + bytes;
    }
    return text;
}
