#include "ui/notificationspanel.h"

#include "ui/notificationcenter.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QStackedLayout>
#include <QVBoxLayout>

namespace kfw::ui {

NotificationsPanel::NotificationsPanel(NotificationCenter *center, QWidget *parent)
    : QWidget(parent)
    , m_list(new QListView(this))
{
    m_list->setObjectName(QStringLiteral("notificationsList"));
    m_list->setModel(center);
    m_list->setWordWrap(true);
    m_list->setAlternatingRowColors(true);
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setTextElideMode(Qt::ElideNone);
    m_list->setSpacing(2);

    auto *empty = new QLabel(tr("No notifications. Errors, warnings and finished background work "
                                "appear here."), this);
    empty->setWordWrap(true);
    empty->setAlignment(Qt::AlignCenter);
    empty->setForegroundRole(QPalette::PlaceholderText);

    auto *stack = new QStackedLayout;
    stack->addWidget(empty);
    stack->addWidget(m_list);

    auto *clear = new QPushButton(tr("Clear all"), this);
    clear->setObjectName(QStringLiteral("clearNotifications"));
    connect(clear, &QPushButton::clicked, center, &NotificationCenter::clear);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(clear);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addLayout(stack, 1);
    layout->addLayout(buttons);

    auto update = [stack, clear, center] {
        const bool any = center->rowCount() > 0;
        stack->setCurrentIndex(any ? 1 : 0);
        clear->setEnabled(any);
    };
    connect(center, &QAbstractItemModel::rowsInserted, this, update);
    connect(center, &QAbstractItemModel::rowsRemoved, this, update);
    connect(center, &QAbstractItemModel::modelReset, this, update);
    update();
}

} // namespace kfw::ui
