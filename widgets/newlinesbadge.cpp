// SPDX-FileCopyrightText: 2026 Tideline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "newlinesbadge.h"

#include "logview.h"

#include <QAbstractItemModel>
#include <QEvent>
#include <QKeyEvent>
#include <QScrollBar>

#include <climits>

namespace {
constexpr int kMargin = 12;
}

NewLinesBadge::NewLinesBadge(LogView *view)
    : QToolButton(view)
    , m_view(view)
{
    setObjectName(QStringLiteral("newLinesBadge"));
    setCursor(Qt::PointingHandCursor);
    setAutoRaise(false);
    setToolTip(tr("Jump to the newest line (End)"));
    setStyleSheet(QStringLiteral("QToolButton { border-radius: 10px; padding: 3px 10px; background: palette(highlight);"
                                 " color: palette(highlighted-text); }"));
    hide();
    connect(this, &QToolButton::clicked, this, &NewLinesBadge::jumpToBottom);
    connect(view->verticalScrollBar(), &QScrollBar::valueChanged, this, &NewLinesBadge::onScrolled);
    view->installEventFilter(this);
    watchModel(view->model());
}

void NewLinesBadge::watchModel(QAbstractItemModel *model)
{
    if (m_model)
        m_model->disconnect(this);
    m_model = model;
    clear();
    if (!model)
        return;
    connect(model, &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex &, int first, int last) { onRowsInserted(first, last); });
    connect(model, &QAbstractItemModel::modelReset, this, [this] {
        m_armed = false; // a new filter's rows are not new lines; armed again at the bottom
        clear();
    });
}

void NewLinesBadge::setCounting(bool on)
{
    m_counting = on;
    m_armed = on && m_view->model() && m_view->model()->rowCount() > 0 && m_view->isAtBottom();
    if (!on)
        clear();
}

void NewLinesBadge::jumpToBottom()
{
    QScrollBar *bar = m_view->verticalScrollBar();
    bar->setValue(bar->maximum());
    clear();
    m_view->setFocus();
}

bool NewLinesBadge::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view && event->type() == QEvent::Resize)
        place();
    if (watched == m_view && event->type() == QEvent::KeyPress && isVisible()) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_End && key->modifiers() == Qt::NoModifier) {
            jumpToBottom();
            return true;
        }
    }
    return QToolButton::eventFilter(watched, event);
}

void NewLinesBadge::onRowsInserted(int first, int last)
{
    // LogView has already moved down if it was at the bottom (it connected first).
    if (!m_counting || !m_armed || m_view->isAtBottom())
        return;
    m_newRows += last - first + 1;
    setText(tr("%Ln new line(s) ↓", nullptr, int(std::min<qint64>(m_newRows, INT_MAX))));
    adjustSize();
    place();
    show();
    raise();
}

void NewLinesBadge::onScrolled()
{
    if (!m_view->isAtBottom())
        return;
    m_armed = m_counting;
    clear();
}

void NewLinesBadge::place()
{
    const QRect area = m_view->viewport()->geometry();
    move(area.right() - width() - kMargin, area.bottom() - height() - kMargin);
}

void NewLinesBadge::clear()
{
    m_newRows = 0;
    hide();
}
