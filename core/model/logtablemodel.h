// SPDX-FileCopyrightText: 2026 Tideline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/parsedline.h"

#include <QAbstractTableModel>
#include <QCache>
#include <QPointer>

#include <limits>

class LogFile;

/// The lines of a LogFile as a table: line number, time, level, source and
/// message, parsed with the file's format. data() reads and parses only
/// the rows asked for (a few hundred parsed rows are cached), so the model
/// costs nothing per row; it grows in batches as the index does.
///
/// Lives on the GUI thread with its LogFile, which it does not own.
class LogTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    /// The fixed columns; parsed fields the user adds follow MessageColumn.
    enum Column { LineColumn, TimeColumn, LevelColumn, SourceColumn, MessageColumn, ColumnCount };
    enum Role {
        LineNumberRole = Qt::UserRole + 1, ///< qint64, 1-based line number
        RawTextRole,                       ///< QString, the whole line as text (capped)
        TruncatedRole,                     ///< bool, the line was longer than shown
        LevelRole,                         ///< int, the row's Level (any column)
        TimeRole,                          ///< qint64 TimeNs, or kNoTime
        FieldNamesRole,                    ///< QStringList, the names of the row's parsed fields
        LastRole = FieldNamesRole,         ///< models built on this one number their roles after it
    };

    explicit LogTableModel(LogFile *file, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// The most rows a Qt view can address: a row is an int.
    static constexpr qint64 kMaxRows = std::numeric_limits<int>::max();
    /// Rows past rowLimit() (kMaxRows) are not shown; true then.
    bool isCapped() const;
    qint64 rowLimit() const { return m_rowLimit; }
    /// Shows at most @p rows rows (1..kMaxRows). Tests use a small limit to
    /// stand in for a file of more than 2^31 lines. Call before the file opens.
    void setRowLimit(qint64 rows);
    /// Extra columns, one per parsed field name (e.g. "status", "user.id"),
    /// after the fixed ones; rows without the field show nothing there.
    void setFieldColumns(const QStringList &names);
    const QStringList &fieldColumns() const { return m_fieldColumns; }
    /// Show times in UTC instead of the local zone.
    void setUtc(bool utc);
    /// Lines longer than this many characters are shown cut, with a marker.
    static constexpr int kMaxShownChars = 4096;

private:
    void onLinesAdded();
    void onReset();
    void onFormatChanged();
    const ParsedLine &parsed(int row) const;
    QVariant display(const ParsedLine &line, int row, int column) const;
    QString shownText(QByteArrayView bytes, const ParsedLine &line) const;

    QPointer<LogFile> m_file;
    mutable QCache<int, ParsedLine> m_cache;
    QStringList m_fieldColumns;
    qint64 m_rowLimit = kMaxRows;
    int m_rows = 0;
    bool m_utc = false;
};
