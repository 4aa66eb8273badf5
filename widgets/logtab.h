// SPDX-FileCopyrightText: 2026 Tideline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

#include <expected>

class LogFile;
class LogTableModel;
class LogView;

/// One open file: its LogFile, the table model over it and the view.
/// Owns all three; closing the tab (deleting it) cancels indexing at once.
class LogTab : public QWidget
{
    Q_OBJECT

public:
    explicit LogTab(QWidget *parent = nullptr);
    ~LogTab() override;

    /// Opens @p path and starts indexing; returns at once. The error says
    /// what went wrong and what to do.
    std::expected<void, QString> open(const QString &path);

    QString path() const;
    /// A one-line summary for the status bar: size, lines, indexing progress.
    QString statusText() const;
    /// Indexing progress in percent, or -1 when not indexing.
    int progressPercent() const;

    LogFile *logFile() const { return m_file; }
    LogView *view() const { return m_view; }
    LogTableModel *model() const { return m_model; }

    /// Uses the format called @p name instead of the detected one.
    void setFormatName(const QString &name);
    /// The current format's name, empty until detected.
    QString formatName() const;

    void setFollowing(bool follow);
    bool isFollowing() const;

Q_SIGNALS:
    /// The status text or progress changed.
    void statusChanged();
    /// Reading the file failed; @p message is for the user.
    void errorOccurred(const QString &message);

private:
    void onFormatChanged();
    void setUpColumns();

    LogFile *m_file;
    LogTableModel *m_model;
    LogView *m_view;
};
