#include "cluster/kube/informer.h"

#include "cluster/kube/logging.h"

#include <QCoreApplication>

namespace kfw::kube {

namespace {
QString uidOf(const QJsonObject &object)
{
    return object.value(u"metadata").toObject().value(u"uid").toString();
}
} // namespace

Informer::Informer(std::shared_ptr<const KubeClient> client, const ResourceKind &kind, QString ns,
                   ListOptions selectors, QObject *parent)
    : QObject(parent)
    , m_client(std::move(client))
    , m_kind(kind)
    , m_namespace(std::move(ns))
    , m_selectors(std::move(selectors))
{
    qRegisterMetaType<InformerDelta>();
    // Children move with the informer to another thread.
    m_retry.setParent(this);
    m_flush.setParent(this);
    m_retry.setSingleShot(true);
    connect(&m_retry, &QTimer::timeout, this, [this] {
        if (m_resourceVersion.isEmpty())
            relist();
        else
            openWatch();
    });
    m_flush.setSingleShot(true);
    m_flush.setInterval(30);
    connect(&m_flush, &QTimer::timeout, this, &Informer::flush);
}

Informer::~Informer()
{
    stop();
}

void Informer::start()
{
    if (m_running)
        return;
    m_running = true;
    relist();
}

void Informer::stop()
{
    m_running = false;
    ++m_generation;
    m_retry.stop();
    delete m_watch;
    m_watch = nullptr;
    if (m_state != State::Idle)
        setState(State::Idle);
}

void Informer::setState(State state, const QString &message)
{
    m_state = state;
    emit stateChanged(state, message);
}

void Informer::relist()
{
    const quint64 generation = ++m_generation;
    delete m_watch;
    m_watch = nullptr;
    ++m_lists;
    setState(State::Listing);
    m_client->listAll(m_kind, m_namespace, m_selectors)
        .then(this, [this, generation](const ListResult &result) {
            if (generation != m_generation || !m_running)
                return;
            if (!result.ok()) {
                m_resourceVersion.clear();
                retryLater(result.error);
                return;
            }
            // The list is the truth: what the cache has and the list lacks was deleted while
            // nobody watched.
            QSet<QString> seen;
            for (const QJsonObject &object : result.items) {
                const QString uid = uidOf(object);
                seen.insert(uid);
                const auto it = m_objects.constFind(uid);
                if (it == m_objects.constEnd() || *it != object)
                    upsert(object);
            }
            const QStringList cached = m_objects.keys();
            for (const QString &uid : cached) {
                if (!seen.contains(uid))
                    erase(uid);
            }
            m_resourceVersion = result.resourceVersion;
            m_failures = 0;
            m_syncPending = !m_synced;
            flush();
            openWatch();
        });
}

void Informer::openWatch()
{
    if (!m_running)
        return;
    delete m_watch;
    WatchOptions options;
    options.labelSelector = m_selectors.labelSelector;
    options.fieldSelector = m_selectors.fieldSelector;
    options.resourceVersion = m_resourceVersion;
    // Spread reconnects of many informers, as client-go does (5 to 10 minutes).
    options.timeoutSeconds = 300 + int(m_random() % 300);
    ++m_watches;
    m_watch = m_client->watch(m_kind, m_namespace, options, this);
    WatchStream *watch = m_watch;
    connect(watch, &WatchStream::opened, this, [this] {
        m_failures = 0;
        setState(State::Watching);
    });
    connect(watch, &WatchStream::event, this, &Informer::onEvent);
    connect(watch, &WatchStream::ended, this, [this, watch](bool gone, const QString &error) {
        if (m_watch != watch)
            return;
        m_watch = nullptr;
        watch->deleteLater();
        onWatchEnded(gone, error);
    });
}

void Informer::onEvent(const QString &type, const QJsonObject &object)
{
    const QString version =
        object.value(u"metadata").toObject().value(u"resourceVersion").toString();
    if (type == u"BOOKMARK") {
        if (!version.isEmpty())
            m_resourceVersion = version;
        return;
    }
    if (type == u"DELETED")
        erase(uidOf(object));
    else
        upsert(object);
    if (!version.isEmpty())
        m_resourceVersion = version;
}

void Informer::onWatchEnded(bool gone, const QString &error)
{
    if (!m_running)
        return;
    if (gone) {
        qCDebug(lcKube) << m_kind.qualifiedName() << "watch: 410 Gone, listing again";
        relist();
        return;
    }
    if (!error.isEmpty()) {
        retryLater(error);
        return;
    }
    // The server closed the watch at its time-out: go on from where it ended.
    openWatch();
}

void Informer::retryLater(const QString &error)
{
    m_lastError = error;
    ++m_failures;
    // Exponential back-off with full jitter, 0.5 s up to 30 s.
    const int ceiling = std::min(30'000, 500 * (1 << std::min(m_failures, 6)));
    const int delay = int(m_random() % quint32(ceiling + 1));
    qCDebug(lcKube) << m_kind.qualifiedName() << "retrying in" << delay << "ms after" << error;
    setState(m_failures >= 3 ? State::Failed : State::BackingOff, error);
    m_retry.start(delay);
}

void Informer::upsert(const QJsonObject &object)
{
    const QString uid = uidOf(object);
    if (uid.isEmpty())
        return;
    m_objects.insert(uid, object);
    m_pendingRemovals.remove(uid);
    m_pendingUpserts.insert(uid, object);
    if (!m_flush.isActive())
        m_flush.start();
}

void Informer::erase(const QString &uid)
{
    if (!m_objects.remove(uid))
        return;
    m_pendingUpserts.remove(uid);
    m_pendingRemovals.insert(uid);
    if (!m_flush.isActive())
        m_flush.start();
}

void Informer::flush()
{
    m_flush.stop();
    InformerDelta delta;
    delta.removed = QStringList(m_pendingRemovals.begin(), m_pendingRemovals.end());
    m_pendingRemovals.clear();
    for (auto it = m_pendingUpserts.begin();
         it != m_pendingUpserts.end() && delta.upserted.size() < m_maxBatch;) {
        delta.upserted.append(it.value());
        it = m_pendingUpserts.erase(it);
    }
    if (!m_pendingUpserts.isEmpty())
        QTimer::singleShot(0, this, &Informer::flush); // the rest on the next turn
    if (!delta.isEmpty())
        emit changed(delta);
    // Synced once the first list has gone out in full.
    if (m_syncPending && m_pendingUpserts.isEmpty()) {
        m_syncPending = false;
        m_synced = true;
        emit synced();
    }
}

} // namespace kfw::kube
