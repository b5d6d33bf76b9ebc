#pragma once

#include <QWidget>

class QListView;

namespace kfw::ui {

class NotificationCenter;

// The notifications and issues panel: what the app had to tell the user, newest first.
class NotificationsPanel : public QWidget
{
    Q_OBJECT
public:
    explicit NotificationsPanel(NotificationCenter *center, QWidget *parent = nullptr);
    QListView *list() const { return m_list; }

private:
    QListView *m_list;
};

} // namespace kfw::ui
