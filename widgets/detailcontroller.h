// SPDX-FileCopyrightText: 2026 Tideline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "record/record.h"

#include <QObject>
#include <QTimer>

QT_BEGIN_NAMESPACE
class QSplitter;
QT_END_NAMESPACE

class DetailPane;
class LogFile;
class LogView;

/// Keeps a tab's DetailPane showing the view's current record: reads the
/// record's line (by file line number, so filtered views work too) and the
/// continuation lines after it (a stack trace), parses it with the file's
/// format and hands it to the pane. Updates are coalesced
/// (holding an arrow key parses only the rows the user stops on). The
/// pane's visibility, its size in the splitter and word wrap are remembered
/// in QSettings. GUI thread only; owned by the tab.
class DetailController : public QObject
{
    Q_OBJECT

public:
    DetailController(LogFile *file, LogView *view, QSplitter *splitter, DetailPane *pane, QObject *parent);
    ~DetailController() override;

    void setVisible(bool visible);
    /// Shows the record's time in UTC (else local time) in the pane's title.
    void setUtc(bool utc);
    bool isVisible() const;

private:
    void scheduleUpdate();
    void update();
    QByteArray continuationOf(qint64 line) const;
    QString timeText(TimeNs time) const;

    LogFile *m_file;
    LogView *m_view;
    QSplitter *m_splitter;
    DetailPane *m_pane;
    QTimer m_timer;
    bool m_utc = false;
};
