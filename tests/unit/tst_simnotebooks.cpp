// The simulator's notebook controller over real HTTP on loopback: a Notebook gets its
// StatefulSet, Service and pod, its status follows the pod as upstream's controller fills it,
// the stop annotation scales it to nothing and back, pod events are re-emitted onto the Notebook,
// and the notebook's Jupyter server answers at NB_PREFIX through the gateway and through a
// WebSocket port-forward of its pod. The demo seed's notebooks, PodDefaults and Jupyter web app
// ConfigMap are checked against the conformance files (when present), and every Notebook the
// controller writes against the Notebook CRD.

#include "simkfam.h"
#include "simhttp.h"
#include "simnotebooks.h"
#include "simschema.h"
#include "simseed.h"
#include "simserver.h"
#include "simstore.h"

#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>
#include <QUrlQuery>
#include <QWebSocket>
#include <QWebSocketHandshakeOptions>

using namespace kfw;

using kfw::testing::Http;

namespace {

const QString kAdminToken = u"admin-token-for-notebook-tests"_qs;
const QString kOwnerToken = u"owner-token-for-notebook-tests"_qs;
const QString kViewerToken = u"viewer-token-for-notebook-tests"_qs;
const QString kStrangerToken = u"stranger-token-for-notebook-tests"_qs;
const QString kOwner = u"user@example.com"_qs;
const QString kViewer = u"ana@example.com"_qs;
const QString kStranger = u"carl@example.com"_qs;
const QString kNs = u"kubeflow-user-example-com"_qs;
const QString kImage = u"ghcr.io/kubeflow/kubeflow/notebook-servers/jupyter-scipy:v1.10.0"_qs;
const QByteArray kBrowserAccept = "text/html,application/xhtml+xml,*/*;q=0.8";
// What Kubeflow 1.10's kustomize build names the spawner ConfigMap (`kubectl kustomize
// components/crud-web-apps/jupyter/manifests/overlays/istio` at kubeflow/kubeflow v1.10.0): its
// suffix hashes the data, which is the conformance file.
const QString kSpawnerConfigMap = u"jupyter-web-app-config-9c2fbg2gdc"_qs;

QString notebooksPath(const QString &name = {})
{
    return u"/apis/kubeflow.org/v1/namespaces/"_qs + kNs + u"/notebooks"_qs +
           (name.isEmpty() ? QString() : u'/' + name);
}

QString podPath(const QString &name)
{
    return u"/api/v1/namespaces/"_qs + kNs + u"/pods/"_qs + name;
}

// A Notebook as the Jupyter web app sends it.
QJsonObject notebookBody(const QString &name, const QString &image,
                         const QString &containerName = {}, const QJsonArray &volumes = {},
                         const QJsonArray &mounts = {})
{
    QJsonObject container{
        {u"name"_qs, containerName.isEmpty() ? name : containerName},
        {u"image"_qs, image},
        {u"imagePullPolicy"_qs, u"IfNotPresent"_qs},
        {u"resources"_qs, QJsonObject{{u"requests"_qs, QJsonObject{{u"cpu"_qs, u"500m"_qs},
                                                                   {u"memory"_qs, u"1Gi"_qs}}}}}};
    if (!mounts.isEmpty())
        container.insert(u"volumeMounts"_qs, mounts);
    QJsonObject podSpec{{u"serviceAccountName"_qs, u"default-editor"_qs},
                        {u"containers"_qs, QJsonArray{container}}};
    if (!volumes.isEmpty())
        podSpec.insert(u"volumes"_qs, volumes);
    return QJsonObject{
        {u"apiVersion"_qs, u"kubeflow.org/v1"_qs},
        {u"kind"_qs, u"Notebook"_qs},
        {u"metadata"_qs,
         QJsonObject{{u"name"_qs, name},
                     {u"labels"_qs, QJsonObject{{u"app"_qs, name}}},
                     {u"annotations"_qs,
                      QJsonObject{{u"notebooks.kubeflow.org/server-type"_qs, u"jupyter"_qs},
                                  {u"notebooks.kubeflow.org/creator"_qs, kOwner}}}}},
        {u"spec"_qs, QJsonObject{{u"template"_qs, QJsonObject{{u"spec"_qs, podSpec}}}}}};
}

// A condition of a list by type.
QJsonObject conditionOf(const QJsonObject &status, const QString &type)
{
    for (const QJsonValue &c : status.value(u"conditions").toArray()) {
        if (c[u"type"].toString() == type)
            return c.toObject();
    }
    return {};
}

QString titleOf(const QByteArray &html)
{
    static const QRegularExpression title(u"<title>([^<]*)</title>"_qs);
    return title.match(QString::fromUtf8(html)).captured(1);
}

} // namespace

class TestSimNotebooks : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void notebookGetsAReadyPod();
    void containerStateNeedsTheNotebooksContainer();
    void stopAndStart();
    void deletingRemovesWhatItOwned();
    void missingImageWarnsOnTheNotebook();
    void missingSecretKeepsCreating();
    void missingClaimKeepsUnscheduled();
    void gateway_data();
    void gateway();
    void gatewaySession();
    void jupyterStatus();
    void portForward_data();
    void portForward();
    void portForwardToAClosedPort();
    void portForwardRefusals_data();
    void portForwardRefusals();
    void seededConfigMap();
    void seededPodDefaults();
    void seededNotebooks_data();
    void seededNotebooks();

private:
    Http send(const QByteArray &method, const QString &pathAndQuery,
              const QList<QPair<QByteArray, QByteArray>> &headers, const QByteArray &body = {},
              const QByteArray &contentType = "application/json", quint16 port = 0);
    Http api(const QByteArray &method, const QString &path, const QJsonObject &body = {},
             const QString &token = kAdminToken,
             const QByteArray &contentType = "application/json");
    QJsonObject get(const QString &path, const QString &token = kAdminToken)
    {
        return api("GET", path, {}, token).json();
    }
    // Creates a Notebook as its owner; false with a warning when the server refuses it.
    bool create(const QJsonObject &notebook);
    // Creates a Notebook as its owner and waits until its pod is ready.
    bool createReady(const QString &name);
    // An upgrade request written by hand, and the answer up to the end of its headers (and
    // body): the status line and the body say what the server made of the handshake.
    Http rawUpgrade(const QString &pathAndQuery, const QByteArray &extraHeaders);
    // Why a Notebook would not pass the Notebook CRD's schema; empty when it would (or when
    // the CRDs are not there).
    QString schemaProblem(QJsonObject notebook) const;
    QByteArray logIn(const QString &user);

    sim::SimStore *m_store = nullptr;
    sim::SimServer *m_server = nullptr;
    sim::SimSchemas m_schemas;
    bool m_haveSchemas = false;
    QNetworkAccessManager *m_network = nullptr;
    quint16 m_port = 0;
    // The demo seed, in a simulator of its own.
    sim::SimStore *m_seedStore = nullptr;
    sim::SimServer *m_seedServer = nullptr;
    quint16 m_seedPort = 0;
};

void TestSimNotebooks::initTestCase()
{
    const QString conformance = qEnvironmentVariable("KFW_CONFORMANCE_DIR");
    const QString crds = conformance + u"/kubeflow/crd"_qs;
    QString problem;
    m_haveSchemas = !conformance.isEmpty() && QDir(crds).exists() && m_schemas.load(crds, &problem);
    if (!m_haveSchemas)
        qWarning("Kubeflow CRDs not readable (set KFW_CONFORMANCE_DIR): Notebooks are not "
                 "validated against their CRD");

    m_store = new sim::SimStore(this);
    m_server = new sim::SimServer(m_store, this);
    if (m_haveSchemas)
        m_server->setSchemas(&m_schemas);
    // Short, so that the tests see pods start; long enough to see them wait first.
    m_server->notebooks()->setReadySeconds(0.5);
    const auto addUser = [this](const QString &name, const QString &token,
                                const QList<sim::SimRule> &rules) {
        sim::SimUser user;
        user.name = name;
        user.token = token;
        user.groups = QStringList{u"system:authenticated"_qs};
        user.rules = rules;
        m_server->addUser(user);
    };
    const QStringList read{u"get"_qs, u"list"_qs, u"watch"_qs};
    addUser(u"admin"_qs, kAdminToken, {sim::SimRule{{u"*"_qs}, {u"*"_qs}, {}}});
    // What users may do in namespaces comes from the profile's RoleBindings alone.
    addUser(kOwner, kOwnerToken, {sim::SimRule{read, {u"profiles"_qs}, {}}});
    addUser(kViewer, kViewerToken, {sim::SimRule{read, {u"profiles"_qs}, {}}});
    addUser(kStranger, kStrangerToken, {});

    const sim::SimKind *namespaces = sim::findSimKind({}, u"v1"_qs, u"namespaces"_qs);
    for (const QString &name : {u"default"_qs, u"kubeflow"_qs})
        m_store->create(*namespaces, {},
                        QJsonObject{{u"metadata"_qs, QJsonObject{{u"name"_qs, name}}}});
    m_port = m_server->listen(QHostAddress::LocalHost, 0);
    QVERIFY(m_port != 0);
    m_network = new QNetworkAccessManager(this);

    // The owner's profile, and the viewer as a contributor the way KFAM adds one.
    const Http profile = api(
        "POST", u"/apis/kubeflow.org/v1/profiles"_qs,
        QJsonObject{{u"metadata"_qs, QJsonObject{{u"name"_qs, kNs}}},
                    {u"spec"_qs, QJsonObject{{u"owner"_qs, QJsonObject{{u"kind"_qs, u"User"_qs},
                                                                       {u"name"_qs, kOwner}}}}}});
    QCOMPARE(profile.status, 201);
    QTRY_COMPARE(api("GET", u"/api/v1/namespaces/"_qs + kNs).status, 200);
    const Http binding = api(
        "POST", u"/apis/rbac.authorization.k8s.io/v1/namespaces/"_qs + kNs + u"/rolebindings"_qs,
        sim::SimKfam::roleBindingFor(
            QJsonObject{{u"user"_qs, QJsonObject{{u"kind"_qs, u"User"_qs}, {u"name"_qs, kViewer}}},
                        {u"referredNamespace"_qs, kNs},
                        {u"RoleRef"_qs,
                         QJsonObject{{u"kind"_qs, u"ClusterRole"_qs}, {u"name"_qs, u"view"_qs}}}}));
    QCOMPARE(binding.status, 201);

    m_seedStore = new sim::SimStore(this);
    m_seedServer = new sim::SimServer(m_seedStore, this);
    if (m_haveSchemas)
        m_seedServer->setSchemas(&m_schemas);
    m_seedServer->addUser(
        sim::SimUser{u"admin"_qs, {}, kAdminToken, {sim::SimRule{{u"*"_qs}, {u"*"_qs}, {}}}});
    sim::seedDemo(m_seedStore, m_seedServer);
    m_seedPort = m_seedServer->listen(QHostAddress::LocalHost, 0);
    QVERIFY(m_seedPort != 0);
}

void TestSimNotebooks::cleanupTestCase()
{
    // The servers go before the schemas they validate against.
    delete m_server;
    m_server = nullptr;
    delete m_seedServer;
    m_seedServer = nullptr;
}

Http TestSimNotebooks::send(const QByteArray &method, const QString &pathAndQuery,
                            const QList<QPair<QByteArray, QByteArray>> &headers,
                            const QByteArray &body, const QByteArray &contentType, quint16 port)
{
    return testing::sendHttp(*m_network, port ? port : m_port, method, pathAndQuery, headers, body,
                             contentType);
}

Http TestSimNotebooks::api(const QByteArray &method, const QString &path, const QJsonObject &body,
                           const QString &token, const QByteArray &contentType)
{
    return send(method, path, {{"Authorization", "Bearer " + token.toUtf8()}},
                body.isEmpty() ? QByteArray() : QJsonDocument(body).toJson(QJsonDocument::Compact),
                contentType);
}

bool TestSimNotebooks::create(const QJsonObject &notebook)
{
    const Http created = api("POST", notebooksPath(), notebook, kOwnerToken);
    if (created.status != 201)
        qWarning("creating notebook: HTTP %d %s", created.status, created.body.constData());
    return created.status == 201;
}

bool TestSimNotebooks::createReady(const QString &name)
{
    if (api("GET", notebooksPath(name)).status == 404 && !create(notebookBody(name, kImage)))
        return false;
    return QTest::qWaitFor(
        [&] { return get(notebooksPath(name))[u"status"][u"readyReplicas"].toInt() == 1; }, 5000);
}

Http TestSimNotebooks::rawUpgrade(const QString &pathAndQuery, const QByteArray &extraHeaders)
{
    // The server runs in this thread: waits must spin the event loop.
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, m_port);
    if (!QTest::qWaitFor([&] { return socket.state() == QAbstractSocket::ConnectedState; }, 5000))
        return {};
    socket.write("GET " + pathAndQuery.toUtf8() + " HTTP/1.1\r\nHost: 127.0.0.1\r\n" +
                 "Connection: Upgrade\r\nUpgrade: websocket\r\nSec-WebSocket-Version: 13\r\n" +
                 "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n" + extraHeaders + "\r\n");
    QByteArray received;
    const auto isComplete = [&] {
        received += socket.readAll();
        const qsizetype end = received.indexOf("\r\n\r\n");
        if (end < 0)
            return false;
        static const QRegularExpression length(u"(?i)\r\ncontent-length: *(\\d+)"_qs);
        const auto match = length.match(QString::fromLatin1(received.left(end)));
        return !match.hasMatch() || received.size() >= end + 4 + match.captured(1).toInt();
    };
    if (!QTest::qWaitFor(isComplete, 5000))
        return Http{0, received, {}, {}};
    Http answer;
    answer.status = received.split(' ').value(1).toInt();
    answer.body = received.mid(received.indexOf("\r\n\r\n") + 4);
    answer.location = received.left(received.indexOf("\r\n\r\n")); // the head, for messages
    return answer;
}

QString TestSimNotebooks::schemaProblem(QJsonObject notebook) const
{
    if (!m_haveSchemas)
        return {};
    const sim::SimKind *kind = sim::findSimKind(u"kubeflow.org"_qs, u"v1"_qs, u"notebooks"_qs);
    const sim::SimAdmission admission =
        m_schemas.admit(*kind, &notebook, sim::FieldValidation::Strict);
    return admission.refusal ? admission.refusal->body.value(u"message").toString() : QString();
}

QByteArray TestSimNotebooks::logIn(const QString &user)
{
    const QList<QPair<QByteArray, QByteArray>> browser{{"Accept", kBrowserAccept}};
    const Http start = send("GET", u"/oauth2/start?rd=%2F"_qs, browser);
    const QString state = QUrlQuery(QUrl::fromEncoded(start.location).query())
                              .queryItemValue(u"state"_qs, QUrl::FullyEncoded);
    const Http posted = send("POST", u"/dex/auth/local?state="_qs + state, {},
                             "login=" + QUrl::toPercentEncoding(user) + "&password=12341234",
                             "application/x-www-form-urlencoded");
    if (posted.status != 302)
        return {};
    const Http callback = send("GET", QString::fromLatin1(posted.location), browser);
    static const QRegularExpression cookie(u"^oauth2_proxy_kubeflow=([^;]+);"_qs);
    return cookie.match(QString::fromLatin1(callback.setCookie)).captured(1).toLatin1();
}

void TestSimNotebooks::notebookGetsAReadyPod()
{
    QVERIFY(create(notebookBody(u"lab"_qs, kImage)));
    const QString uid = get(notebooksPath(u"lab"_qs))[u"metadata"][u"uid"].toString();

    // At first the pod waits for its container, and so does the Notebook.
    QTRY_COMPARE(api("GET", podPath(u"lab-0"_qs)).status, 200);
    QJsonObject pod = get(podPath(u"lab-0"_qs));
    QCOMPARE(pod[u"status"][u"phase"].toString(), u"Pending"_qs);
    QCOMPARE(pod[u"status"][u"containerStatuses"][0][u"state"].toObject(),
             (QJsonObject{{u"waiting"_qs, QJsonObject{{u"reason"_qs, u"ContainerCreating"_qs}}}}));
    QTRY_COMPARE(get(notebooksPath(u"lab"_qs))[u"status"][u"containerState"][u"waiting"][u"reason"]
                     .toString(),
                 u"ContainerCreating"_qs);
    QJsonObject notebook = get(notebooksPath(u"lab"_qs));
    QCOMPARE(notebook[u"status"][u"readyReplicas"].toInt(-1), 0);
    QCOMPARE(schemaProblem(notebook), QString());

    // What upstream's controller puts in the pod.
    const QJsonObject labels = pod[u"metadata"][u"labels"].toObject();
    QCOMPARE(labels.value(u"notebook-name").toString(), u"lab"_qs);
    QCOMPARE(labels.value(u"statefulset").toString(), u"lab"_qs);
    QCOMPARE(labels.value(u"app").toString(), u"lab"_qs); // the Notebook's own labels
    QVERIFY(labels.value(u"controller-revision-hash").toString().startsWith(u"lab-"));
    const QJsonObject container = pod[u"spec"][u"containers"][0].toObject();
    QVERIFY2(container.value(u"env").toArray().contains(
                 QJsonObject{{u"name"_qs, u"NB_PREFIX"_qs},
                             {u"value"_qs, QString(u"/notebook/"_qs + kNs + u"/lab"_qs)}}),
             QJsonDocument(container).toJson().constData());
    QCOMPARE(container.value(u"workingDir").toString(), u"/home/jovyan"_qs);
    QCOMPARE(container[u"ports"][0][u"containerPort"].toInt(), 8888);
    QCOMPARE(pod[u"spec"][u"serviceAccountName"].toString(), u"default-editor"_qs);
    QCOMPARE(pod[u"spec"][u"securityContext"][u"fsGroup"].toInt(), 100);

    // The pod belongs to the StatefulSet, and the StatefulSet and the Service to the Notebook.
    const QJsonObject podOwner = pod[u"metadata"][u"ownerReferences"][0].toObject();
    QCOMPARE(podOwner[u"kind"].toString(), u"StatefulSet"_qs);
    QCOMPARE(podOwner[u"name"].toString(), u"lab"_qs);
    QVERIFY(podOwner[u"controller"].toBool());
    const QJsonObject set = get(u"/apis/apps/v1/namespaces/"_qs + kNs + u"/statefulsets/lab"_qs);
    QCOMPARE(podOwner[u"uid"].toString(), set[u"metadata"][u"uid"].toString());
    QCOMPARE(set[u"spec"][u"replicas"].toInt(), 1);
    const QJsonObject service = get(u"/api/v1/namespaces/"_qs + kNs + u"/services/lab"_qs);
    for (const QJsonObject &owned : {set, service}) {
        const QJsonObject ref = owned[u"metadata"][u"ownerReferences"][0].toObject();
        QCOMPARE(ref[u"kind"].toString(), u"Notebook"_qs);
        QCOMPARE(ref[u"uid"].toString(), uid);
    }
    QCOMPARE(service[u"spec"][u"selector"].toObject(),
             (QJsonObject{{u"statefulset"_qs, u"lab"_qs}}));
    const QJsonObject port = service[u"spec"][u"ports"][0].toObject();
    QCOMPARE(port[u"name"].toString(), u"http-lab"_qs);
    QCOMPARE(port[u"port"].toInt(), 80);
    QCOMPARE(port[u"targetPort"].toInt(), 8888);

    // Then it runs and is ready, and the Notebook says so.
    QTRY_COMPARE(get(notebooksPath(u"lab"_qs))[u"status"][u"readyReplicas"].toInt(), 1);
    notebook = get(notebooksPath(u"lab"_qs));
    pod = get(podPath(u"lab-0"_qs));
    QCOMPARE(pod[u"status"][u"phase"].toString(), u"Running"_qs);
    const QString startedAt =
        notebook[u"status"][u"containerState"][u"running"][u"startedAt"].toString();
    QVERIFY(!startedAt.isEmpty());
    QCOMPARE(
        startedAt,
        pod[u"status"][u"containerStatuses"][0][u"state"][u"running"][u"startedAt"].toString());
    // The pod's conditions, with the probe time a pod leaves out filled in.
    const QJsonObject ready = conditionOf(notebook[u"status"].toObject(), u"Ready"_qs);
    QCOMPARE(ready[u"status"].toString(), u"True"_qs);
    QVERIFY(!ready[u"lastProbeTime"].toString().isEmpty());
    QCOMPARE(notebook[u"status"][u"conditions"].toArray().size(),
             pod[u"status"][u"conditions"].toArray().size());
    QCOMPARE(schemaProblem(notebook), QString());
    QCOMPARE(get(u"/apis/apps/v1/namespaces/"_qs + kNs +
                 u"/statefulsets/lab"_qs)[u"status"][u"readyReplicas"]
                 .toInt(),
             1);

    // The start-up events, re-emitted onto the Notebook as the Jupyter web app lists them.
    QTRY_VERIFY([&] {
        const QJsonArray events =
            get(u"/api/v1/namespaces/"_qs + kNs +
                u"/events?fieldSelector=involvedObject.kind%3DNotebook,involvedObject.name%3Dlab"_qs)
                [u"items"]
                    .toArray();
        return std::any_of(events.begin(), events.end(), [](const QJsonValue &e) {
            return e[u"reason"].toString() == u"Started" &&
                   e[u"message"].toString() == u"Reissued from pod/lab-0: Started container lab";
        });
    }());
}

void TestSimNotebooks::containerStateNeedsTheNotebooksContainer()
{
    // Upstream copies the state of the container named like the Notebook only.
    QVERIFY(create(notebookBody(u"other-name"_qs, kImage, u"main"_qs)));
    QTRY_COMPARE(get(notebooksPath(u"other-name"_qs))[u"status"][u"readyReplicas"].toInt(), 1);
    const QJsonObject status = get(notebooksPath(u"other-name"_qs))[u"status"].toObject();
    QCOMPARE(status.value(u"containerState").toObject(), QJsonObject());
    QCOMPARE(conditionOf(status, u"Ready"_qs)[u"status"].toString(), u"True"_qs);
}

void TestSimNotebooks::stopAndStart()
{
    QVERIFY(createReady(u"stoppable"_qs));
    const QString stop = u"kubeflow-resource-stopped"_qs;
    // As the Jupyter web app stops a notebook: a merge patch with the annotation.
    const Http stopped = api(
        "PATCH", notebooksPath(u"stoppable"_qs),
        QJsonObject{
            {u"metadata"_qs,
             QJsonObject{{u"annotations"_qs, QJsonObject{{stop, u"2026-11-28T10:00:00Z"_qs}}}}}},
        kOwnerToken, "application/merge-patch+json");
    QCOMPARE(stopped.status, 200);
    QTRY_COMPARE(api("GET", podPath(u"stoppable-0"_qs)).status, 404);
    QTRY_COMPARE(get(notebooksPath(u"stoppable"_qs))[u"status"].toObject(),
                 (QJsonObject{{u"conditions"_qs, QJsonArray()},
                              {u"readyReplicas"_qs, 0},
                              {u"containerState"_qs, QJsonObject()}}));
    QCOMPARE(schemaProblem(get(notebooksPath(u"stoppable"_qs))), QString());
    QCOMPARE(get(u"/apis/apps/v1/namespaces/"_qs + kNs +
                 u"/statefulsets/stoppable"_qs)[u"spec"][u"replicas"]
                 .toInt(-1),
             0);
    // Nothing serves the notebook: Envoy has no healthy upstream.
    const Http unavailable = send("GET", u"/notebook/"_qs + kNs + u"/stoppable/"_qs,
                                  {{"Authorization", "Bearer " + kOwnerToken.toUtf8()}});
    QCOMPARE(unavailable.status, 503);
    QCOMPARE(unavailable.body, "no healthy upstream");

    const Http started =
        api("PATCH", notebooksPath(u"stoppable"_qs),
            QJsonObject{{u"metadata"_qs,
                         QJsonObject{{u"annotations"_qs, QJsonObject{{stop, QJsonValue::Null}}}}}},
            kOwnerToken, "application/merge-patch+json");
    QCOMPARE(started.status, 200);
    QTRY_COMPARE(api("GET", podPath(u"stoppable-0"_qs)).status, 200);
    QTRY_COMPARE(get(notebooksPath(u"stoppable"_qs))[u"status"][u"readyReplicas"].toInt(), 1);
}

void TestSimNotebooks::deletingRemovesWhatItOwned()
{
    QVERIFY(createReady(u"doomed"_qs));
    QCOMPARE(api("DELETE", notebooksPath(u"doomed"_qs), {}, kOwnerToken).status, 200);
    QTRY_COMPARE(api("GET", podPath(u"doomed-0"_qs)).status, 404);
    QTRY_COMPARE(
        api("GET", u"/apis/apps/v1/namespaces/"_qs + kNs + u"/statefulsets/doomed"_qs).status, 404);
    QTRY_COMPARE(api("GET", u"/api/v1/namespaces/"_qs + kNs + u"/services/doomed"_qs).status, 404);
}

void TestSimNotebooks::missingImageWarnsOnTheNotebook()
{
    const QString image = u"ghcr.io/example/jupyter:does-not-exist"_qs;
    QVERIFY(create(notebookBody(u"badimage"_qs, image)));
    QTRY_COMPARE(
        get(notebooksPath(u"badimage"_qs))[u"status"][u"containerState"][u"waiting"][u"reason"]
            .toString(),
        u"ImagePullBackOff"_qs);
    const QJsonObject notebook = get(notebooksPath(u"badimage"_qs));
    QCOMPARE(notebook[u"status"][u"readyReplicas"].toInt(-1), 0);
    QCOMPARE(schemaProblem(notebook), QString());

    // The kubelet's warning on the pod comes back on the Notebook, where the Jupyter web app
    // looks for the reason a notebook does not start.
    const QString events = u"/api/v1/namespaces/"_qs + kNs + u"/events?fieldSelector="_qs;
    QTRY_VERIFY(!get(events + u"involvedObject.kind%3DNotebook,involvedObject.name%3Dbadimage,"
                              "type%3DWarning"_qs)[u"items"]
                     .toArray()
                     .isEmpty());
    const QJsonArray warnings =
        get(events + u"involvedObject.kind%3DNotebook,"
                     "involvedObject.name%3Dbadimage,type%3DWarning"_qs)[u"items"]
            .toArray();
    const QString pulled = u"Reissued from pod/badimage-0: Failed to pull image \""_qs + image;
    QVERIFY2(std::any_of(warnings.begin(), warnings.end(),
                         [&](const QJsonValue &e) {
                             return e[u"reason"].toString() == u"Failed" &&
                                    e[u"message"].toString().startsWith(pulled) &&
                                    e[u"involvedObject"][u"uid"] == notebook[u"metadata"][u"uid"];
                         }),
             QJsonDocument(warnings).toJson());
    const QJsonArray podWarnings =
        get(events + u"involvedObject.kind%3DPod,involvedObject.name%3Dbadimage-0,"
                     "type%3DWarning"_qs)[u"items"]
            .toArray();
    QVERIFY(!podWarnings.isEmpty());
    // Never ready, however long it waits.
    QTest::qWait(500);
    QCOMPARE(get(notebooksPath(u"badimage"_qs))[u"status"][u"readyReplicas"].toInt(-1), 0);
}

void TestSimNotebooks::missingSecretKeepsCreating()
{
    const QJsonArray volumes{
        QJsonObject{{u"name"_qs, u"creds"_qs},
                    {u"secret"_qs, QJsonObject{{u"secretName"_qs, u"lab-creds"_qs}}}}};
    const QJsonArray mounts{
        QJsonObject{{u"name"_qs, u"creds"_qs}, {u"mountPath"_qs, u"/home/jovyan/.creds"_qs}}};
    QVERIFY(create(notebookBody(u"needs-secret"_qs, kImage, {}, volumes, mounts)));
    const QString events = u"/api/v1/namespaces/"_qs + kNs +
                           u"/events?fieldSelector=involvedObject.kind%3DNotebook,"
                           "involvedObject.name%3Dneeds-secret,reason%3DFailedMount"_qs;
    QTRY_COMPARE(get(events)[u"items"].toArray().size(), 1);
    QCOMPARE(get(events)[u"items"][0][u"message"].toString(),
             u"Reissued from pod/needs-secret-0: MountVolume.SetUp failed for volume \"creds\" : "
             "secret \"lab-creds\" not found"_qs);
    QCOMPARE(
        get(notebooksPath(u"needs-secret"_qs))[u"status"][u"containerState"][u"waiting"][u"reason"]
            .toString(),
        u"ContainerCreating"_qs);

    // Once the Secret is there the kubelet mounts it and the notebook starts.
    QCOMPARE(api("POST", u"/api/v1/namespaces/"_qs + kNs + u"/secrets"_qs,
                 QJsonObject{{u"metadata"_qs, QJsonObject{{u"name"_qs, u"lab-creds"_qs}}},
                             {u"stringData"_qs, QJsonObject{{u"key"_qs, u"value"_qs}}}},
                 kOwnerToken)
                 .status,
             201);
    QTRY_COMPARE(get(notebooksPath(u"needs-secret"_qs))[u"status"][u"readyReplicas"].toInt(), 1);
}

void TestSimNotebooks::missingClaimKeepsUnscheduled()
{
    const QJsonArray volumes{QJsonObject{
        {u"name"_qs, u"workspace"_qs},
        {u"persistentVolumeClaim"_qs, QJsonObject{{u"claimName"_qs, u"unclaimed"_qs}}}}};
    const QJsonArray mounts{
        QJsonObject{{u"name"_qs, u"workspace"_qs}, {u"mountPath"_qs, u"/home/jovyan"_qs}}};
    QVERIFY(create(notebookBody(u"needs-claim"_qs, kImage, {}, volumes, mounts)));
    // The scheduler's condition is what the Notebook shows: no container state yet.
    QTRY_COMPARE(conditionOf(get(notebooksPath(u"needs-claim"_qs))[u"status"].toObject(),
                             u"PodScheduled"_qs)[u"reason"]
                     .toString(),
                 u"Unschedulable"_qs);
    const QJsonObject status = get(notebooksPath(u"needs-claim"_qs))[u"status"].toObject();
    QCOMPARE(status.value(u"containerState").toObject(), QJsonObject());
    QVERIFY(conditionOf(status, u"PodScheduled"_qs)[u"message"].toString().contains(
        u"persistentvolumeclaim \"unclaimed\" not found"));
    QCOMPARE(get(podPath(u"needs-claim-0"_qs))[u"spec"][u"nodeName"].toString(), QString());

    QCOMPARE(
        api("POST", u"/api/v1/namespaces/"_qs + kNs + u"/persistentvolumeclaims"_qs,
            QJsonObject{{u"metadata"_qs, QJsonObject{{u"name"_qs, u"unclaimed"_qs}}},
                        {u"spec"_qs,
                         QJsonObject{{u"accessModes"_qs, QJsonArray{u"ReadWriteOnce"_qs}},
                                     {u"resources"_qs,
                                      QJsonObject{{u"requests"_qs,
                                                   QJsonObject{{u"storage"_qs, u"1Gi"_qs}}}}}}}},
            kOwnerToken)
            .status,
        201);
    QTRY_COMPARE(get(notebooksPath(u"needs-claim"_qs))[u"status"][u"readyReplicas"].toInt(), 1);
}

void TestSimNotebooks::gateway_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("token");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QByteArray>("body");
    const QString page = u"JupyterLab · "_qs + kNs + u"/portal"_qs;
    const QString base = u"/notebook/"_qs + kNs + u"/portal/"_qs;
    QTest::addRow("owner") << base << kOwnerToken << 200 << page << QByteArray();
    QTest::addRow("owner, a page under the prefix")
        << base + u"lab/tree/work.ipynb"_qs << kOwnerToken << 200 << page << QByteArray();
    // Kubeflow's AuthorizationPolicies admit the profile's contributors, viewers too.
    QTest::addRow("contributor") << base << kViewerToken << 200 << page << QByteArray();
    QTest::addRow("stranger") << base << kStrangerToken << 403 << QString()
                              << QByteArray("RBAC: access denied");
    // Kubernetes RBAC does not reach into the mesh: an administrator who is no contributor
    // is refused too.
    QTest::addRow("cluster administrator")
        << base << kAdminToken << 403 << QString() << QByteArray("RBAC: access denied");
    QTest::addRow("no credentials") << base << QString() << 401 << QString() << QByteArray();
    QTest::addRow("no such notebook") << u"/notebook/"_qs + kNs + u"/absent/"_qs << kOwnerToken
                                      << 404 << QString() << QByteArray();
}

void TestSimNotebooks::gateway()
{
    QFETCH(QString, path);
    QFETCH(QString, token);
    QFETCH(int, status);
    QFETCH(QString, title);
    QFETCH(QByteArray, body);
    QVERIFY(createReady(u"portal"_qs));
    QList<QPair<QByteArray, QByteArray>> headers;
    if (!token.isEmpty())
        headers << qMakePair(QByteArray("Authorization"), "Bearer " + token.toUtf8());
    const Http answer = send("GET", path, headers);
    QCOMPARE(answer.status, status);
    if (!title.isEmpty())
        QCOMPARE(titleOf(answer.body), title);
    if (!body.isEmpty())
        QCOMPARE(answer.body, body);
}

void TestSimNotebooks::gatewaySession()
{
    QVERIFY(createReady(u"portal"_qs));
    const QString path = u"/notebook/"_qs + kNs + u"/portal/lab"_qs;
    // A browser without a session is sent to the login first.
    const Http anonymous = send("GET", path, {{"Accept", kBrowserAccept}});
    QCOMPARE(anonymous.status, 302);
    QVERIFY(anonymous.location.startsWith("/oauth2/start?rd="));
    const QByteArray session = logIn(kOwner);
    QVERIFY(!session.isEmpty());
    const Http page = send(
        "GET", path, {{"Accept", kBrowserAccept}, {"Cookie", "oauth2_proxy_kubeflow=" + session}});
    QCOMPARE(page.status, 200);
    QCOMPARE(titleOf(page.body), u"JupyterLab · "_qs + kNs + u"/portal"_qs);
}

void TestSimNotebooks::jupyterStatus()
{
    QVERIFY(createReady(u"portal"_qs));
    const QString base = u"/notebook/"_qs + kNs + u"/portal"_qs;
    const QList<QPair<QByteArray, QByteArray>> owner{
        {"Authorization", "Bearer " + kOwnerToken.toUtf8()}};
    QCOMPARE(send("GET", base + u"/lab"_qs, owner).status, 200);
    const Http answer = send("GET", base + u"/api/status"_qs, owner);
    QCOMPARE(answer.status, 200);
    const QJsonObject status = answer.json();
    QCOMPARE(QStringList(status.keys()),
             (QStringList{u"connections"_qs, u"kernels"_qs, u"last_activity"_qs, u"started"_qs}));
    QCOMPARE(status.value(u"connections").toInt(-1), 0);
    QCOMPARE(status.value(u"kernels").toInt(-1), 0);
    const QDateTime started =
        QDateTime::fromString(status.value(u"started").toString(), Qt::ISODateWithMs);
    const QDateTime active =
        QDateTime::fromString(status.value(u"last_activity").toString(), Qt::ISODateWithMs);
    QVERIFY(started.isValid());
    // The page just asked for counts as activity.
    QVERIFY(active.isValid() && active >= started);
    const QString podStarted = get(podPath(
        u"portal-0"_qs))[u"status"][u"containerStatuses"][0][u"state"][u"running"][u"startedAt"]
                                   .toString();
    QCOMPARE(started, QDateTime::fromString(podStarted, Qt::ISODate));
    QCOMPARE(send("GET", base + u"/api/kernels/none"_qs, owner).status, 404);
}

void TestSimNotebooks::portForward_data()
{
    QTest::addColumn<QString>("protocol");
    QTest::addRow("binary") << u"v4.channel.k8s.io"_qs;
    QTest::addRow("base64") << u"v4.base64.channel.k8s.io"_qs;
}

void TestSimNotebooks::portForward()
{
    QFETCH(QString, protocol);
    const bool base64 = protocol.contains(u"base64");
    QVERIFY(createReady(u"portal"_qs));
    QWebSocket socket;
    // Messages as channel and data, whichever encoding the protocol has.
    QList<QPair<int, QByteArray>> messages;
    connect(&socket, &QWebSocket::binaryMessageReceived, this,
            [&](const QByteArray &m) { messages << qMakePair(int(uchar(m.at(0))), m.mid(1)); });
    connect(&socket, &QWebSocket::textMessageReceived, this, [&](const QString &m) {
        messages << qMakePair(m.at(0).unicode() - '0', QByteArray::fromBase64(m.mid(1).toLatin1()));
    });
    QNetworkRequest request(
        QUrl(QStringLiteral("ws://127.0.0.1:%1/api/v1/namespaces/%2/pods/portal-0/portforward"
                            "?ports=8888")
                 .arg(m_port)
                 .arg(kNs)));
    request.setRawHeader("Authorization", "Bearer " + kOwnerToken.toUtf8());
    QWebSocketHandshakeOptions options;
    options.setSubprotocols({u"unknown.example.com"_qs, protocol});
    socket.open(request, options);
    QTRY_COMPARE(socket.state(), QAbstractSocket::ConnectedState);
    QCOMPARE(socket.subprotocol(), protocol);

    // Each channel of the port opens with the port number, little-endian.
    const QByteArray port("\xb8\x22", 2);
    QTRY_COMPARE(messages.size(), 2);
    QCOMPARE(messages.at(0), qMakePair(0, port));
    QCOMPARE(messages.at(1), qMakePair(1, port));
    messages.clear();

    // An HTTP request through the data channel reaches the notebook's Jupyter server.
    const QByteArray get = "GET /notebook/" + kNs.toUtf8() +
                           "/portal/lab HTTP/1.1\r\nHost: localhost:8888\r\n"
                           "Connection: close\r\n\r\n";
    if (base64)
        socket.sendTextMessage(u'0' + QString::fromLatin1(get.toBase64()));
    else
        socket.sendBinaryMessage(QByteArray(1, '\0') + get);
    // The server closes the connection after the answer, and the WebSocket with it.
    QTRY_COMPARE(socket.state(), QAbstractSocket::UnconnectedState);
    QByteArray response;
    for (const auto &[channel, data] : std::as_const(messages)) {
        QCOMPARE(channel, 0);
        response += data;
    }
    QVERIFY2(response.startsWith("HTTP/1.1 200 OK\r\n"), response.constData());
    QCOMPARE(titleOf(response), u"JupyterLab · "_qs + kNs + u"/portal"_qs);
}

void TestSimNotebooks::portForwardToAClosedPort()
{
    QVERIFY(createReady(u"portal"_qs));
    QWebSocket socket;
    QList<QByteArray> messages;
    connect(&socket, &QWebSocket::binaryMessageReceived, this,
            [&](const QByteArray &m) { messages << m; });
    QNetworkRequest request(
        QUrl(QStringLiteral("ws://127.0.0.1:%1/api/v1/namespaces/%2/pods/portal-0/portforward"
                            "?ports=9999")
                 .arg(m_port)
                 .arg(kNs)));
    request.setRawHeader("Authorization", "Bearer " + kOwnerToken.toUtf8());
    QWebSocketHandshakeOptions options;
    options.setSubprotocols({u"v4.channel.k8s.io"_qs});
    socket.open(request, options);
    // Nothing listens on 9999: the error channel says so and the connection ends.
    QTRY_COMPARE(socket.state(), QAbstractSocket::UnconnectedState);
    QCOMPARE(messages.size(), 3);
    QCOMPARE(messages.at(0), QByteArray("\x00\x0f\x27", 3));
    QCOMPARE(messages.at(1), QByteArray("\x01\x0f\x27", 3));
    QCOMPARE(messages.at(2).at(0), '\x01');
    QVERIFY2(messages.at(2).contains("error forwarding port 9999 to pod") &&
                 messages.at(2).contains("connect: connection refused"),
             messages.at(2).constData());
}

void TestSimNotebooks::portForwardRefusals_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("headers");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("message");
    const QString path = u"/api/v1/namespaces/"_qs + kNs + u"/pods/portal-0/portforward"_qs;
    const auto bearer = [](const QString &token) -> QByteArray {
        return "Authorization: Bearer " + token.toUtf8() + "\r\n";
    };
    QTest::addRow("no credentials")
        << path + u"?ports=8888"_qs << QByteArray() << 401 << u"Unauthorized"_qs;
    QTest::addRow("stranger") << path + u"?ports=8888"_qs << bearer(kStrangerToken) << 403
                              << u"User \"carl@example.com\" cannot get resource "
                                 "\"pods/portforward\""_qs;
    // A viewer may read pods but not open a port-forward.
    QTest::addRow("viewer") << path + u"?ports=8888"_qs << bearer(kViewerToken) << 403
                            << u"User \"ana@example.com\" cannot create resource "
                               "\"pods/portforward\""_qs;
    QTest::addRow("no such pod") << u"/api/v1/namespaces/"_qs + kNs +
                                        u"/pods/absent-0/portforward?ports=8888"_qs
                                 << bearer(kOwnerToken) << 404 << u"pods \"absent-0\" not found"_qs;
    QTest::addRow("no port") << path << bearer(kOwnerToken) << 400
                             << u"query parameter \"port\" is required"_qs;
    QTest::addRow("unknown subprotocol")
        << path + u"?ports=8888"_qs
        << QByteArray(bearer(kOwnerToken) +
                      "Sec-WebSocket-Protocol: SPDY/3.1+portforward.k8s.io\r\n")
        << 403 << u"requested protocol(s) are not supported"_qs;
    QTest::addRow("another subresource")
        << u"/api/v1/namespaces/"_qs + kNs + u"/pods/portal-0/exec?command=sh"_qs
        << bearer(kOwnerToken) << 404 << u"could not find the requested resource"_qs;
}

void TestSimNotebooks::portForwardRefusals()
{
    QFETCH(QString, path);
    QFETCH(QByteArray, headers);
    QFETCH(int, status);
    QFETCH(QString, message);
    QVERIFY(createReady(u"portal"_qs));
    const Http answer = rawUpgrade(path, headers);
    QVERIFY2(answer.status == status, answer.location.constData());
    // A Status from the API server, plain text from the kubelet or the WebSocket handshake.
    const QJsonObject json = answer.json();
    const QString text =
        json.isEmpty() ? QString::fromUtf8(answer.body) : json.value(u"message").toString();
    QVERIFY2(text.contains(message), answer.body.constData());

    // Without an upgrade the API server asks for one.
    const Http plain =
        api("GET", u"/api/v1/namespaces/"_qs + kNs + u"/pods/portal-0/portforward?ports=8888"_qs,
            {}, kOwnerToken);
    QCOMPARE(plain.status, 400);
    QCOMPARE(plain.json().value(u"message").toString(), u"Upgrade request required"_qs);
}

void TestSimNotebooks::seededConfigMap()
{
    QFile file(qEnvironmentVariable("KFW_CONFORMANCE_DIR") +
               u"/kubeflow/jupyter-web-app/spawner_ui_config.yaml"_qs);
    if (!file.open(QIODevice::ReadOnly))
        QSKIP("KFW_CONFORMANCE_DIR/kubeflow/jupyter-web-app/spawner_ui_config.yaml is absent: "
              "the seed makes no Jupyter web app ConfigMap");
    const Http list =
        send("GET",
             u"/api/v1/namespaces/kubeflow/configmaps?labelSelector="
             "app%3Djupyter-web-app,kustomize.component%3Djupyter-web-app"_qs,
             {{"Authorization", "Bearer " + kAdminToken.toUtf8()}}, {}, {}, m_seedPort);
    QCOMPARE(list.status, 200);
    const QJsonArray items = list.json().value(u"items").toArray();
    QCOMPARE(items.size(), 1);
    const QJsonObject configMap = items.first().toObject();
    QCOMPARE(configMap[u"metadata"][u"name"].toString(), kSpawnerConfigMap);
    QCOMPARE(configMap[u"data"].toObject().keys(), QStringList{u"spawner_ui_config.yaml"_qs});
    QCOMPARE(configMap[u"data"][u"spawner_ui_config.yaml"].toString().toUtf8(), file.readAll());
}

void TestSimNotebooks::seededPodDefaults()
{
    QFile file(qEnvironmentVariable("KFW_CONFORMANCE_DIR") +
               u"/kubeflow/jupyter-web-app/poddefaults.json"_qs);
    if (!file.open(QIODevice::ReadOnly))
        QSKIP("KFW_CONFORMANCE_DIR/kubeflow/jupyter-web-app/poddefaults.json is absent: the "
              "seed's PodDefaults are its own");
    const QJsonArray fixture =
        QJsonDocument::fromJson(file.readAll()).object().value(u"poddefaults").toArray();
    QVERIFY(!fixture.isEmpty());
    const Http list =
        send("GET", u"/apis/kubeflow.org/v1alpha1/namespaces/"_qs + kNs + u"/poddefaults"_qs,
             {{"Authorization", "Bearer " + kAdminToken.toUtf8()}}, {}, {}, m_seedPort);
    QCOMPARE(list.status, 200);
    const QJsonArray items = list.json().value(u"items").toArray();
    QCOMPARE(items.size(), fixture.size());
    for (qsizetype i = 0; i < items.size(); ++i) {
        QCOMPARE(items.at(i)[u"metadata"][u"name"], fixture.at(i)[u"metadata"][u"name"]);
        QCOMPARE(items.at(i)[u"spec"].toObject(), fixture.at(i)[u"spec"].toObject());
    }
}

void TestSimNotebooks::seededNotebooks_data()
{
    QTest::addColumn<QString>("ns");
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("readyReplicas");
    QTest::addColumn<QString>("state"); // the key of containerState, or empty
    QTest::addColumn<QString>("reason");
    QTest::addColumn<bool>("pod");
    QTest::addColumn<QString>("warning"); // a reason of the Notebook's Warning events
    QTest::addRow("ready") << kNs << u"churn-analysis"_qs << 1 << u"running"_qs << QString() << true
                           << QString();
    QTest::addRow("stopped") << kNs << u"old-experiments"_qs << 0 << QString() << QString() << false
                             << QString();
    QTest::addRow("waiting for a secret")
        << u"team-vision"_qs << u"detector-tuning"_qs << 0 << u"waiting"_qs
        << u"ContainerCreating"_qs << true << u"FailedMount"_qs;
    QTest::addRow("image missing") << u"team-nlp"_qs << u"tokenizer-lab"_qs << 0 << u"waiting"_qs
                                   << u"ImagePullBackOff"_qs << true << u"Failed"_qs;
}

void TestSimNotebooks::seededNotebooks()
{
    QFETCH(QString, ns);
    QFETCH(QString, name);
    QFETCH(int, readyReplicas);
    QFETCH(QString, state);
    QFETCH(QString, reason);
    QFETCH(bool, pod);
    QFETCH(QString, warning);
    const QList<QPair<QByteArray, QByteArray>> admin{
        {"Authorization", "Bearer " + kAdminToken.toUtf8()}};
    const QJsonObject notebook =
        send("GET", u"/apis/kubeflow.org/v1/namespaces/"_qs + ns + u"/notebooks/"_qs + name, admin,
             {}, {}, m_seedPort)
            .json();
    const QJsonObject status = notebook.value(u"status").toObject();
    QCOMPARE(status.value(u"readyReplicas").toInt(-1), readyReplicas);
    const QJsonObject containerState = status.value(u"containerState").toObject();
    QCOMPARE(containerState.keys(), state.isEmpty() ? QStringList() : QStringList{state});
    if (!reason.isEmpty())
        QCOMPARE(containerState[state][u"reason"].toString(), reason);
    QCOMPARE(schemaProblem(notebook), QString());
    QCOMPARE(send("GET", u"/api/v1/namespaces/"_qs + ns + u"/pods/"_qs + name + u"-0"_qs, admin, {},
                  {}, m_seedPort)
                 .status,
             pod ? 200 : 404);
    const QJsonArray events =
        send("GET",
             u"/api/v1/namespaces/"_qs + ns +
                 u"/events?fieldSelector=involvedObject.kind%3DNotebook,involvedObject.name%3D"_qs +
                 name,
             admin, {}, {}, m_seedPort)
            .json()
            .value(u"items")
            .toArray();
    // Long started: the routine events have expired, warnings that repeat are there.
    QStringList warnings;
    for (const QJsonValue &e : events) {
        if (e[u"type"].toString() == u"Warning")
            warnings << e[u"reason"].toString();
        else // the one routine event that repeats
            QCOMPARE(e[u"reason"].toString(), u"BackOff"_qs);
    }
    QCOMPARE(warnings.isEmpty(), warning.isEmpty());
    if (!warning.isEmpty())
        QVERIFY2(warnings.contains(warning), qPrintable(warnings.join(u", ")));
}

QTEST_GUILESS_MAIN(TestSimNotebooks)
#include "tst_simnotebooks.moc"
