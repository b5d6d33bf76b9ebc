#pragma once

#include <QAbstractListModel>
#include <QPointer>
#include <QString>

#include <vector>

class QAction;

namespace kfw::ui {

// Every action of the window, with the category it is listed under. The command palette lists
// this model; each row shows the action's text, category and shortcut.
class ActionRegistry : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Roles
    {
        CategoryRole = Qt::UserRole + 1,
        ShortcutRole,
        ActionRole,
    };

    explicit ActionRegistry(QObject *parent = nullptr);

    // Registers an action; removed again when the action is destroyed.
    void add(QAction *action, const QString &category);
    QAction *find(const QString &objectName) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;

private:
    struct Entry
    {
        QPointer<QAction> action;
        QString category;
    };
    void removeDestroyed(QObject *action);

    std::vector<Entry> m_entries;
};

} // namespace kfw::ui
