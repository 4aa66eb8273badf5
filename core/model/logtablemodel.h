// SPDX-FileCopyrightText: 2026 Tideline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>
#include <QPointer>

class LogFile;

/// The rows of a LogFile as a table: one row per line, a line-number column
/// and the text. data() reads and decodes only the rows asked for, so the
/// model costs nothing per row; it grows in batches as the index does.
///
/// Lives on the GUI thread with its LogFile, which it does not own.
class LogTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { LineColumn, TextColumn, ColumnCount };
    enum Role {
        LineNumberRole = Qt::UserRole + 1, ///< qint64, 1-based line number
        RawBytesRole,                      ///< QByteArray, the line's bytes (capped)
        TruncatedRole,                     ///< bool, the line was longer than shown
    };

    explicit LogTableModel(LogFile *file, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// Rows past what a Qt view can address (2^31 - 1) are not shown; true then.
    bool isCapped() const;
    /// Lines longer than this many characters are shown cut, with a marker.
    static constexpr int kMaxShownChars = 4096;

private:
    void onLinesAdded(qint64 first, qint64 count);
    void onReset();
    QString lineText(int row, bool *truncated) const;

    QPointer<LogFile> m_file;
    int m_rows = 0;
};
