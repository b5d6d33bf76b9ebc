#pragma once

#include "cluster/kube/kubeclient.h"

#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QTimer>

#include <memory>
#include <random>

namespace kfw::kube {

// A batch of changes to a cached list: objects added or changed (whole), and uids removed.
struct InformerDelta
{
    QList<QJsonObject> upserted;
    QStringList removed;
    bool isEmpty() const { return upserted.isEmpty() && removed.isEmpty(); }
};

// Keeps a live copy of one kind's objects (in a namespace, or all) by list and watch: relists
// on 410 Gone, reconnects with jittered back-off after errors, and hands out changes in small
// batches so that a view applies rows, never a reset. Lives in one thread with an event loop; a
// page moves it to a worker thread so that lists and watch events are parsed off the GUI thread.
class Informer : public QObject
{
    Q_OBJECT

public:
    enum class State
    {
        Idle,
        Listing,
        Watching,
        BackingOff,
        Failed
    };
    Q_ENUM(State)

    Informer(std::shared_ptr<const KubeClient> client, const ResourceKind &kind, QString ns,
             ListOptions selectors = {}, QObject *parent = nullptr);
    ~Informer() override;

    // Invokable so that an informer moved to a worker thread can be started from the GUI.
    Q_INVOKABLE void start();
    Q_INVOKABLE void stop();

    State state() const { return m_state; }
    bool hasSynced() const { return m_synced; }
    QString lastError() const { return m_lastError; }
    // The cached objects by uid.
    const QHash<QString, QJsonObject> &objects() const { return m_objects; }
    QString resourceVersion() const { return m_resourceVersion; }
    int listCount() const { return m_lists; }
    int watchCount() const { return m_watches; }

    // How long changes are gathered before a batch goes out.
    void setBatchInterval(int ms) { m_flush.setInterval(ms); }
    // The most objects in one batch: a relist of thousands goes out in several, one per event
    // loop turn, so the receiver never stalls on one.
    void setMaxBatch(int objects) { m_maxBatch = std::max(1, objects); }

signals:
    void changed(const kfw::kube::InformerDelta &delta);
    void synced();
    void stateChanged(kfw::kube::Informer::State state, const QString &message);

private:
    void relist();
    void openWatch();
    void onEvent(const QString &type, const QJsonObject &object);
    void onWatchEnded(bool gone, const QString &error);
    void retryLater(const QString &error);
    void setState(State state, const QString &message = {});
    void upsert(const QJsonObject &object);
    void erase(const QString &uid);
    void flush();

    std::shared_ptr<const KubeClient> m_client;
    ResourceKind m_kind;
    QString m_namespace;
    ListOptions m_selectors;

    State m_state = State::Idle;
    bool m_running = false;
    bool m_synced = false;
    bool m_syncPending = false;
    QString m_lastError;
    quint64 m_generation = 0; // drops answers to calls made before a stop or relist
    QHash<QString, QJsonObject> m_objects;
    QString m_resourceVersion;
    WatchStream *m_watch = nullptr;
    int m_failures = 0;
    int m_lists = 0;
    int m_watches = 0;
    QTimer m_retry;
    QTimer m_flush;
    int m_maxBatch = 2000;
    QHash<QString, QJsonObject> m_pendingUpserts;
    QSet<QString> m_pendingRemovals;
    std::mt19937 m_random{std::random_device{}()};
};

} // namespace kfw::kube

Q_DECLARE_METATYPE(kfw::kube::InformerDelta)
