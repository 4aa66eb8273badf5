// SPDX-FileCopyrightText: 2026 Tideline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "columncontroller.h"

#include "logview.h"

#include "index/logfile.h"
#include "model/logtablemodel.h"

#include <QHeaderView>
#include <QMenu>
#include <QSettings>

namespace {
const auto kFieldsKey = QStringLiteral("fields");
const auto kHeaderKey = QStringLiteral("header");
} // namespace

ColumnController::ColumnController(LogFile *file, LogTableModel *model, LogView *view, QObject *parent)
    : QObject(parent)
    , m_file(file)
    , m_model(model)
    , m_view(view)
{
    QHeaderView *header = m_view->header();
    connect(header, &QHeaderView::customContextMenuRequested, this, [this, header](const QPoint &pos) {
        QMenu *menu = createMenu(header->logicalIndexAt(pos));
        menu->setAttribute(Qt::WA_DeleteOnClose);
        menu->popup(header->mapToGlobal(pos));
    });
    connect(header, &QHeaderView::sectionMoved, this, &ColumnController::save);
    connect(header, &QHeaderView::sectionResized, this, &ColumnController::save);
    connect(m_file, &LogFile::formatChanged, this, &ColumnController::restore);
}

QString ColumnController::settingsGroup() const
{
    const QString format = m_file->format() ? m_file->format()->name() : QStringLiteral("none");
    return QStringLiteral("columns/") + format;
}

void ColumnController::restore()
{
    m_restoring = true;
    QSettings settings;
    settings.beginGroup(settingsGroup());
    m_model->setFieldColumns(settings.value(kFieldsKey).toStringList());
    const QByteArray state = settings.value(kHeaderKey).toByteArray();
    if (!state.isEmpty())
        m_view->header()->restoreState(state);
    m_restoring = false;
}

void ColumnController::save()
{
    if (m_restoring || !m_file->format())
        return;
    QSettings settings;
    settings.beginGroup(settingsGroup());
    settings.setValue(kFieldsKey, m_model->fieldColumns());
    settings.setValue(kHeaderKey, m_view->header()->saveState());
}

QStringList ColumnController::fieldsOfCurrentRow() const
{
    QAbstractItemModel *model = m_view->model();
    const int row = m_view->currentRow() >= 0 ? m_view->currentRow() : m_view->firstVisibleRow();
    if (!model || row < 0 || row >= model->rowCount())
        return {};
    return model->index(row, 0).data(LogTableModel::FieldNamesRole).toStringList();
}

void ColumnController::addFieldColumn(const QString &name)
{
    QStringList fields = m_model->fieldColumns();
    if (fields.contains(name))
        return;
    fields << name;
    m_model->setFieldColumns(fields);
    save();
}

void ColumnController::removeFieldColumn(const QString &name)
{
    QStringList fields = m_model->fieldColumns();
    fields.removeAll(name);
    m_model->setFieldColumns(fields);
    save();
}

void ColumnController::resetColumns()
{
    QSettings().remove(settingsGroup());
    m_model->setFieldColumns({});
    QHeaderView *header = m_view->header();
    for (int section = 0; section < header->count(); ++section) {
        header->moveSection(header->visualIndex(section), section);
        header->setSectionHidden(section, false);
    }
}

QMenu *ColumnController::createMenu(int section)
{
    auto *menu = new QMenu(m_view);
    QHeaderView *header = m_view->header();
    for (int column = 0; column < header->count(); ++column) {
        QAction *action = menu->addAction(m_model->headerData(column, Qt::Horizontal).toString());
        action->setCheckable(true);
        action->setChecked(!header->isSectionHidden(column));
        action->setEnabled(column != LogTableModel::MessageColumn);
        connect(action, &QAction::toggled, this, [this, header, column](bool shown) {
            header->setSectionHidden(column, !shown);
            save();
        });
    }
    menu->addSeparator();
    QMenu *add = menu->addMenu(tr("Add Field Column"));
    const QStringList fields = fieldsOfCurrentRow();
    for (const QString &name : fields) {
        QAction *action = add->addAction(name, this, [this, name] { addFieldColumn(name); });
        action->setEnabled(!m_model->fieldColumns().contains(name));
    }
    add->setEnabled(!fields.isEmpty());
    const QString field = m_model->fieldColumns().value(section - LogTableModel::ColumnCount);
    if (!field.isEmpty())
        menu->addAction(tr("Remove Column “%1”").arg(field), this, [this, field] { removeFieldColumn(field); });
    menu->addAction(tr("Reset Columns"), this, &ColumnController::resetColumns);
    return menu;
}
