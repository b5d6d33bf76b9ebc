#pragma once

#include <QAbstractListModel>
#include <QFuture>
#include <QFutureWatcher>
#include <QString>

#include <vector>

namespace kfw::ui {

// The background work in progress (loads, uploads, layouts, runs starting), shown in the status
// bar with its progress. Work reports through a handle id or by handing over its QFuture.
class ActivityTracker : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Roles
    {
        ProgressRole = Qt::UserRole + 1,
        MaximumRole,
    };

    explicit ActivityTracker(QObject *parent = nullptr);

    // Starts an activity and returns its id. maximum 0 means "busy, no measurable progress".
    int start(const QString &title, int maximum = 0);
    void setProgress(int id, int value, int maximum);
    void setTitle(int id, const QString &title);
    void finish(int id);

    // Tracks a future until it finishes; its progress range and value are shown.
    template<typename T>
    int track(const QFuture<T> &future, const QString &title)
    {
        const int id = start(title);
        auto *watcher = new QFutureWatcher<T>(this);
        connect(watcher, &QFutureWatcherBase::progressRangeChanged, this,
                [this, id, watcher](int, int max) { setProgress(id, watcher->progressValue(), max); });
        connect(watcher, &QFutureWatcherBase::progressValueChanged, this,
                [this, id, watcher](int v) { setProgress(id, v, watcher->progressMaximum()); });
        connect(watcher, &QFutureWatcherBase::finished, this, [this, id, watcher] {
            finish(id);
            watcher->deleteLater();
        });
        watcher->setFuture(future);
        return id;
    }

    bool isIdle() const { return m_items.empty(); }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;

signals:
    void busyChanged(bool busy);

private:
    struct Activity
    {
        int id;
        QString title;
        int value = 0;
        int maximum = 0;
    };
    int rowOf(int id) const;

    std::vector<Activity> m_items;
    int m_nextId = 1;
};

} // namespace kfw::ui
