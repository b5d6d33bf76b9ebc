#include "cluster/kubeflow/kubeflownotebooks.h"

#include "cluster/kube/informer.h"
#include "cluster/kube/portforward.h"
#include "cluster/kube/quantity.h"
#include "cluster/kubeflow/kfpaccess.h"
#include "cluster/kubeflow/notebooks.h"
#include "cluster/kubeflow/servicecalls.h"

#include <QDateTime>
#include <QJsonArray>
#include <QPromise>

#include <algorithm>

namespace kfw::kubeflow {

using namespace backend;
namespace kinds = kube::kinds;

namespace {

bool aboutNotebook(const QJsonObject &event, const QString &name)
{
    const QJsonObject o = event.value(u"involvedObject").toObject();
    return o.value(u"kind").toString() == u"Notebook" &&
           (name.isEmpty() || o.value(u"name").toString() == name);
}

// The pod of a notebook (the StatefulSet's only replica).
QString podOf(const QString &notebook)
{
    return notebook + QStringLiteral("-0");
}

} // namespace

KubeflowNotebookService::KubeflowNotebookService(ProfileService *profiles, QObject *parent)
    : NotebookService(parent)
    , m_profiles(profiles)
{
    // Watch events come in bursts (a pod starting changes its notebook several times).
    m_changed.setSingleShot(true);
    m_changed.setInterval(150);
    connect(&m_changed, &QTimer::timeout, this, &NotebookService::changed);
}

KubeflowNotebookService::~KubeflowNotebookService() = default;

void KubeflowNotebookService::set(std::shared_ptr<const kube::KubeClient> kube,
                                  std::shared_ptr<const kube::KubeClient> gateway,
                                  std::shared_ptr<GatewayCredentials> credentials)
{
    stopWatching();
    m_kube = std::move(kube);
    m_gateway = std::move(gateway);
    m_credentials = std::move(credentials);
}

void KubeflowNotebookService::setNamespace(const QString &ns)
{
    if (ns == m_namespace)
        return;
    stopWatching();
    m_namespace = ns;
    emit changed();
}

QString KubeflowNotebookService::unavailable() const
{
    if (!m_kube)
        return tr("The cluster is not connected.");
    if (m_namespace.isEmpty())
        return tr("Choose a namespace first.");
    return {};
}

void KubeflowNotebookService::stopWatching()
{
    delete m_informer;
    // Port-forwards belong to the connection and namespace they were opened in.
    for (const QPointer<kube::PortForward> &forward : std::as_const(m_forwards))
        delete forward;
    m_forwards.clear();
}

void KubeflowNotebookService::watch()
{
    if (m_informer || !unavailable().isEmpty())
        return;
    m_informer = new kube::Informer(m_kube, kinds::notebooks(), m_namespace, {}, this);
    // The first sync is the list the caller asked for already.
    connect(m_informer, &kube::Informer::changed, this, [this] {
        if (m_informer && m_informer->hasSynced())
            m_changed.start();
    });
    m_informer->start();
}

QFuture<Result<QList<NotebookInfo>>> KubeflowNotebookService::list()
{
    using R = Result<QList<NotebookInfo>>;
    if (const QString why = unavailable(); !why.isEmpty())
        return calls::failed<QList<NotebookInfo>>(why);
    watch();
    const auto kube = m_kube;
    const QString ns = m_namespace;
    return calls::chain<QList<NotebookInfo>>(
        kube->listAll(kinds::notebooks(), ns), [kube, ns](const kube::ListResult &books) {
            if (!books.ok())
                return QtFuture::makeReadyFuture(R::failure(books.error));
            // Events say why a notebook that is not ready is stuck; a user who may not read
            // them still sees the notebooks.
            return kube->listAll(kinds::events(), ns)
                .then(QtFuture::Launch::Sync, [books](const kube::ListResult &events) {
                    QList<QJsonObject> about;
                    for (const QJsonObject &e : events.items) {
                        if (aboutNotebook(e, {}))
                            about << e;
                    }
                    R out;
                    for (const QJsonObject &nb : books.items) {
                        const QString name =
                            nb.value(u"metadata").toObject().value(u"name").toString();
                        QList<QJsonObject> mine;
                        for (const QJsonObject &e : std::as_const(about)) {
                            if (aboutNotebook(e, name))
                                mine << e;
                        }
                        out.value << notebooks::info(nb, mine);
                    }
                    std::sort(out.value.begin(), out.value.end(),
                              [](const NotebookInfo &a, const NotebookInfo &b) {
                                  return a.name < b.name;
                              });
                    return out;
                });
        });
}

QFuture<Result<SpawnerConfig>> KubeflowNotebookService::spawnerConfig()
{
    using R = Result<SpawnerConfig>;
    if (!m_kube)
        return calls::failed<SpawnerConfig>(unavailable());
    kube::ListOptions options;
    options.labelSelector = notebooks::configLabelSelector.toString();
    return m_kube->list(kinds::configMaps(), QStringLiteral("kubeflow"), options)
        .then(QtFuture::Launch::Sync, [](const kube::ListResult &found) {
            R out;
            out.value = notebooks::defaultSpawnerConfig();
            const QString defaults = out.value.source;
            if (!found.ok()) {
                out.value.source = tr("%1: the cluster's configuration could not be read (%2)")
                                       .arg(defaults, found.error);
                return out;
            }
            for (const QJsonObject &map : found.items) {
                const QJsonObject data = map.value(u"data").toObject();
                if (!data.contains(notebooks::configKey))
                    continue;
                const QString name = map.value(u"metadata").toObject().value(u"name").toString();
                QString error;
                SpawnerConfig config;
                if (!notebooks::parseSpawnerConfig(
                        data.value(notebooks::configKey).toString().toUtf8(), &config, &error)) {
                    out.value.source = tr("%1: ConfigMap kubeflow/%2 is not usable (%3)")
                                           .arg(defaults, name, error);
                    return out;
                }
                config.source = tr("ConfigMap kubeflow/%1").arg(name);
                out.value = config;
                return out;
            }
            out.value.source =
                tr("%1: the cluster has no Jupyter web app configuration").arg(defaults);
            return out;
        });
}

QFuture<Result<QList<PodDefaultInfo>>> KubeflowNotebookService::podDefaults()
{
    using R = Result<QList<PodDefaultInfo>>;
    if (const QString why = unavailable(); !why.isEmpty())
        return calls::failed<QList<PodDefaultInfo>>(why);
    return m_kube->listAll(kinds::podDefaults(), m_namespace)
        .then(QtFuture::Launch::Sync, [](const kube::ListResult &found) {
            if (!found.ok())
                return R::failure(found.error);
            R out;
            for (const QJsonObject &pd : found.items) {
                PodDefaultInfo p;
                p.name = pd.value(u"metadata").toObject().value(u"name").toString();
                const QJsonObject spec = pd.value(u"spec").toObject();
                p.description = spec.value(u"desc").toString();
                // The web app offers a PodDefault by the first label of its selector.
                const QJsonObject labels =
                    spec.value(u"selector").toObject().value(u"matchLabels").toObject();
                p.label = labels.isEmpty() ? QString() : labels.begin().key();
                if (!p.label.isEmpty())
                    out.value << p;
            }
            return out;
        });
}

NotebookPlan KubeflowNotebookService::plan(const NotebookRequest &request,
                                           const SpawnerConfig &config) const
{
    return notebooks::plan(request, config, m_namespace);
}

QFuture<Result<Done>> KubeflowNotebookService::changing(QFuture<Result<Done>> f)
{
    return onSuccess(std::move(f), this, [this](const Result<Done> &) { m_changed.start(); });
}

QFuture<Result<Done>> KubeflowNotebookService::create(const NotebookRequest &request,
                                                      const SpawnerConfig &config)
{
    if (const QString why = unavailable(); !why.isEmpty())
        return calls::failed<Done>(why);
    if (request.creator.isEmpty() && m_profiles) {
        // The web app records who created a notebook; the cluster says who the user is.
        auto promise = std::make_shared<QPromise<Result<Done>>>();
        promise->start();
        QFuture<Result<Done>> out = promise->future();
        whenFinished(m_profiles->identity(), this,
                     [this, request, config, promise](const Result<Identity> &who) {
                         NotebookRequest named = request;
                         named.creator = who.ok() && !who.value.user.isEmpty()
                                             ? who.value.user
                                             : QStringLiteral("anonymous@kubeflow.org");
                         create(named, config)
                             .then(QtFuture::Launch::Sync, [promise](const Result<Done> &r) {
                                 promise->addResult(r);
                                 promise->finish();
                             });
                     });
        return out;
    }
    const NotebookPlan p = plan(request, config);
    if (!p.problems.isEmpty())
        return calls::failed<Done>(p.problems.join(u'\n'));
    // The volumes first, one after the other, then the notebook that mounts them: what the
    // web app does, so that the pod never waits for a claim that is not there.
    const auto kube = m_kube;
    const QString ns = m_namespace;
    QFuture<Result<Done>> steps = QtFuture::makeReadyFuture(Result<Done>{});
    for (const QJsonObject &pvc : p.volumes) {
        steps = calls::chain<Done>(steps, [kube, ns, pvc](const Result<Done> &before) {
            if (!before.ok())
                return QtFuture::makeReadyFuture(before);
            return calls::done(kube->create(kinds::persistentVolumeClaims(), ns, pvc));
        });
    }
    const QJsonObject notebook = p.notebook;
    steps = calls::chain<Done>(steps, [kube, ns, notebook](const Result<Done> &before) {
        if (!before.ok())
            return QtFuture::makeReadyFuture(before);
        return calls::done(kube->create(kinds::notebooks(), ns, notebook));
    });
    return changing(steps);
}

QFuture<Result<Done>> KubeflowNotebookService::setStopped(const QString &name, bool stopped)
{
    if (const QString why = unavailable(); !why.isEmpty())
        return calls::failed<Done>(why);
    return changing(
        calls::done(m_kube->patch(kinds::notebooks(), m_namespace, name, kube::PatchType::Merge,
                                  notebooks::stopPatch(stopped, QDateTime::currentDateTimeUtc()))));
}

QFuture<Result<Done>> KubeflowNotebookService::setResources(const QString &name, const QString &cpu,
                                                            const QString &cpuLimit,
                                                            const QString &memory,
                                                            const QString &memoryLimit, int gpus,
                                                            const QString &gpuVendor)
{
    if (const QString why = unavailable(); !why.isEmpty())
        return calls::failed<Done>(why);
    const auto kube = m_kube;
    const QString ns = m_namespace;
    return changing(calls::chain<Done>(
        kube->get(kinds::notebooks(), ns, name), [=](const kube::ApiResponse &got) {
            if (!got.ok())
                return calls::failed<Done>(got.error);
            if (!notebooks::info(got.object, {}).stopped)
                return calls::failed<Done>(
                    tr("Stop %1 before changing its resources: the change restarts its pod.")
                        .arg(name));
            return calls::done(
                kube->patch(kinds::notebooks(), ns, name, kube::PatchType::Json,
                            notebooks::resourcesPatch(got.object, cpu, cpuLimit, memory,
                                                      memoryLimit, gpus, gpuVendor)));
        }));
}

QFuture<Result<Done>> KubeflowNotebookService::remove(const QString &name)
{
    if (const QString why = unavailable(); !why.isEmpty())
        return calls::failed<Done>(why);
    return changing(calls::done(m_kube->remove(kinds::notebooks(), m_namespace, name)));
}

QFuture<Result<QList<EventInfo>>> KubeflowNotebookService::events(const QString &name)
{
    using R = Result<QList<EventInfo>>;
    if (const QString why = unavailable(); !why.isEmpty())
        return calls::failed<QList<EventInfo>>(why);
    return m_kube->listAll(kinds::events(), m_namespace)
        .then(QtFuture::Launch::Sync, [name](const kube::ListResult &found) {
            if (!found.ok())
                return R::failure(found.error);
            R out;
            for (const QJsonObject &e : found.items) {
                const QJsonObject o = e.value(u"involvedObject").toObject();
                const QString kind = o.value(u"kind").toString();
                const QString object = o.value(u"name").toString();
                if ((kind == u"Notebook" && object == name) ||
                    (kind == u"Pod" && object == podOf(name)) ||
                    (kind == u"StatefulSet" && object == name))
                    out.value << notebooks::eventInfo(e);
            }
            std::sort(out.value.begin(), out.value.end(),
                      [](const EventInfo &a, const EventInfo &b) { return a.last < b.last; });
            return out;
        });
}

QFuture<Result<QString>> KubeflowNotebookService::log(const QString &name)
{
    if (const QString why = unavailable(); !why.isEmpty())
        return calls::failed<QString>(why);
    auto promise = std::make_shared<QPromise<Result<QString>>>();
    promise->start();
    QFuture<Result<QString>> out = promise->future();
    kube::PodLogOptions options;
    options.container = name; // the web app names the container after the notebook
    options.tailLines = 1000;
    kube::LogStream *stream = m_kube->podLog(m_namespace, podOf(name), options, this);
    auto text = std::make_shared<QByteArray>();
    connect(stream, &kube::LogStream::text, stream,
            [text](const QByteArray &chunk) { *text += chunk; });
    connect(stream, &kube::LogStream::ended, stream,
            [stream, text, promise, name](const QString &error) {
                stream->deleteLater();
                Result<QString> r;
                if (!error.isEmpty())
                    r.error = tr("The log of %1 cannot be read: %2").arg(name, error);
                else
                    r.value = QString::fromUtf8(*text);
                promise->addResult(r);
                promise->finish();
            });
    return out;
}

QFuture<Result<NotebookConnection>> KubeflowNotebookService::connection(const QString &name)
{
    if (const QString why = unavailable(); !why.isEmpty())
        return calls::failed<NotebookConnection>(why);
    // The path Istio routes to the notebook (the notebook controller's VirtualService), which
    // is also where the server listens (its NB_PREFIX).
    const QString path = QStringLiteral("/notebook/%1/%2/").arg(m_namespace, name);
    if (m_gateway) {
        Result<NotebookConnection> r;
        r.value.url = m_gateway->url(path);
        r.value.via = tr("Kubeflow gateway");
        if (m_credentials) {
            if (const QString token = m_credentials->token(); !token.isEmpty())
                r.value.headers << qMakePair(QByteArray("Authorization"),
                                             QByteArray("Bearer ") + token.toUtf8());
            if (const QString cookie = m_credentials->cookie(); !cookie.isEmpty()) {
                r.value.cookieName = QByteArray(kSessionCookie);
                r.value.cookieValue = cookie.toUtf8();
            }
        }
        return QtFuture::makeReadyFuture(r);
    }
    // Without the gateway: a port-forward to the notebook's pod through the API server, on the
    // port its server listens on (the container's first port, else Jupyter's 8888).
    const auto forwarded = [path](const kube::PortForward *forward) {
        Result<NotebookConnection> r;
        r.value.url =
            QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(forward->localPort()).arg(path));
        r.value.via = tr("port-forward to %1").arg(forward->pod());
        return r;
    };
    const QString key = m_namespace + u'/' + name;
    if (const kube::PortForward *existing = m_forwards.value(key))
        return QtFuture::makeReadyFuture(forwarded(existing));
    auto promise = std::make_shared<QPromise<Result<NotebookConnection>>>();
    promise->start();
    QFuture<Result<NotebookConnection>> out = promise->future();
    const auto finish = [promise](const Result<NotebookConnection> &r) {
        promise->addResult(r);
        promise->finish();
    };
    const auto kube = m_kube;
    const QString ns = m_namespace;
    whenFinished(
        kube->get(kinds::notebooks(), ns, name), this,
        [this, kube, ns, name, key, finish, forwarded](const kube::ApiResponse &got) {
            if (!got.ok())
                return finish(Result<NotebookConnection>::failure(got.error));
            const int port = got.object.value(u"spec")
                                 .toObject()
                                 .value(u"template")
                                 .toObject()
                                 .value(u"spec")
                                 .toObject()
                                 .value(u"containers")
                                 .toArray()
                                 .at(0)
                                 .toObject()
                                 .value(u"ports")
                                 .toArray()
                                 .at(0)
                                 .toObject()
                                 .value(u"containerPort")
                                 .toInt(8888);
            auto *forward =
                new kube::PortForward(kube->connection(), ns, podOf(name), quint16(port), this);
            QString error;
            if (!forward->listen(&error)) {
                delete forward;
                return finish(Result<NotebookConnection>::failure(error));
            }
            m_forwards.insert(key, forward);
            connect(forward, &kube::PortForward::failed, this,
                    [this, name](const QString &message) { emit connectionFailed(name, message); });
            finish(forwarded(forward));
        });
    return out;
}

QFuture<Result<QList<VolumeInfo>>> KubeflowNotebookService::volumes()
{
    using R = Result<QList<VolumeInfo>>;
    if (const QString why = unavailable(); !why.isEmpty())
        return calls::failed<QList<VolumeInfo>>(why);
    const auto kube = m_kube;
    const QString ns = m_namespace;
    return calls::chain<QList<VolumeInfo>>(
        kube->listAll(kinds::persistentVolumeClaims(), ns),
        [kube, ns](const kube::ListResult &pvcs) {
            if (!pvcs.ok())
                return QtFuture::makeReadyFuture(R::failure(pvcs.error));
            return kube->listAll(kinds::notebooks(), ns)
                .then(QtFuture::Launch::Sync, [pvcs](const kube::ListResult &books) {
                    // Each notebook read once, not once per volume.
                    QList<NotebookInfo> users;
                    for (const QJsonObject &nb : books.items)
                        users << notebooks::info(nb, {});
                    R out;
                    for (const QJsonObject &pvc : pvcs.items)
                        out.value << notebooks::volumeInfo(pvc, users);
                    std::sort(
                        out.value.begin(), out.value.end(),
                        [](const VolumeInfo &a, const VolumeInfo &b) { return a.name < b.name; });
                    return out;
                });
        });
}

QStringList KubeflowNotebookService::volumeProblems(const NotebookVolume &volume) const
{
    return notebooks::volumeProblems(volume);
}

QFuture<Result<Done>> KubeflowNotebookService::createVolume(const NotebookVolume &volume)
{
    if (const QString why = unavailable(); !why.isEmpty())
        return calls::failed<Done>(why);
    if (const QStringList problems = volumeProblems(volume); !problems.isEmpty())
        return calls::failed<Done>(problems.join(u'\n'));
    return changing(calls::done(m_kube->create(kinds::persistentVolumeClaims(), m_namespace,
                                               notebooks::volumeObject(volume, {}))));
}

QFuture<Result<Done>> KubeflowNotebookService::removeVolume(const QString &name)
{
    if (const QString why = unavailable(); !why.isEmpty())
        return calls::failed<Done>(why);
    const auto kube = m_kube;
    const QString ns = m_namespace;
    return changing(calls::chain<Done>(
        kube->listAll(kinds::notebooks(), ns), [kube, ns, name](const kube::ListResult &books) {
            QStringList users;
            for (const QJsonObject &nb : books.items) {
                const NotebookInfo n = notebooks::info(nb, {});
                if (n.volumes.contains(name))
                    users << n.name;
            }
            if (!users.isEmpty())
                return calls::failed<Done>(tr("%1 is mounted by %2; delete the notebook first.")
                                               .arg(name, users.join(QStringLiteral(", "))));
            return calls::done(kube->remove(kinds::persistentVolumeClaims(), ns, name));
        }));
}

} // namespace kfw::kubeflow
