// The Kubeflow cluster backend against the cluster simulator: a kubeconfig context connected,
// KFP detected, and the backend services (pipelines and versions, experiments, runs with filters,
// task logs from the pods, recurring runs) scoped to the profile namespace — reached through the
// service proxy, through the gateway with a browser login's session (expiry asks for one login,
// a cancelled login is not asked again) or a token, and through a direct URL with the opt-in
// kubeflow-userid header.

#include "cluster/http/transport.h"
#include "cluster/kube/connectionmanager.h"
#include "cluster/kubeflow/kubeflowbackend.h"
#include "clustertesting.h"
#include "simcluster.h"
#include "simgateway.h"
#include "simkfp.h"
#include "simkinds.h"
#include "simserver.h"
#include "simstore.h"

#include <QDir>
#include <QNetworkAccessManager>
#include <QNetworkCookieJar>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

using namespace kfw;
using namespace kfw::kubeflow;
using namespace kfw::backend;

namespace {

const QString kAdminToken = u"backend-admin-token"_qs;
const QString kUserToken = u"backend-user-token"_qs;
const QString kUser = u"user@example.com"_qs;
const QString kProfile = u"kubeflow-user-example-com"_qs;

template<typename T>
Result<T> wait(QFuture<Result<T>> future)
{
    return testing::waitFor(std::move(future));
}

QByteArray pipelineFile(const QString &name)
{
    return testing::twoTaskPipeline(name);
}

// Two tasks whose outputs the simulated launcher records (see plantOutputs): evaluate takes the
// run's epochs and a constant learning rate.
QByteArray outputsPipeline(const QString &name)
{
    return QStringLiteral(R"(pipelineInfo:
  name: %1
root:
  dag:
    tasks:
      featurize:
        taskInfo: {name: featurize}
      evaluate:
        taskInfo: {name: evaluate}
        inputs:
          parameters:
            epochs: {componentInputParameter: epochs}
            learning_rate:
              runtimeValue: {constant: 0.01}
  inputDefinitions:
    parameters:
      epochs: {parameterType: NUMBER_INTEGER}
schemaVersion: 2.1.0
sdkVersion: kfp-2.7.0
)")
        .arg(name)
        .toUtf8();
}

// A file larger than one piece of a transfer: numbered lines, 6 MiB and a bit.
QByteArray largeFile()
{
    QByteArray bytes;
    for (int line = 0; bytes.size() < 6 * 1024 * 1024; ++line)
        bytes += "row " + QByteArray::number(line) + ",0.5,cat\n";
    return bytes;
}

// What evaluate and featurize put out when they succeed, as KFP's launcher records it.
void plantOutputs(sim::SimKfp *kfp)
{
    const QJsonObject matrix{
        {u"annotationSpecs"_qs, QJsonArray{QJsonObject{{u"displayName"_qs, u"cat"_qs}},
                                           QJsonObject{{u"displayName"_qs, u"dog"_qs}}}},
        {u"rows"_qs, QJsonArray{QJsonObject{{u"row"_qs, QJsonArray{8, 2}}},
                                QJsonObject{{u"row"_qs, QJsonArray{1, 9}}}}}};
    const QJsonArray roc{QJsonObject{{u"confidenceThreshold"_qs, 0.9},
                                     {u"falsePositiveRate"_qs, 0.1},
                                     {u"recall"_qs, 0.6}},
                         QJsonObject{{u"confidenceThreshold"_qs, 0.2},
                                     {u"falsePositiveRate"_qs, 0.4},
                                     {u"recall"_qs, 0.95}}};
    kfp->setTaskOutputs(
        u"evaluate"_qs,
        QJsonObject{
            {u"parameters"_qs, QJsonObject{{u"verdict"_qs, u"ship it"_qs}, {u"rows"_qs, 2000}}},
            {u"artifacts"_qs,
             QJsonObject{
                 {u"metrics"_qs, QJsonObject{{u"type"_qs, u"system.Metrics"_qs},
                                             {u"metadata"_qs, QJsonObject{{u"accuracy"_qs, 0.875},
                                                                          {u"loss"_qs, 0.31}}}}},
                 {u"classes"_qs,
                  QJsonObject{{u"type"_qs, u"system.ClassificationMetrics"_qs},
                              {u"metadata"_qs, QJsonObject{{u"confusionMatrix"_qs, matrix},
                                                           {u"confidenceMetrics"_qs, roc}}}}},
                 {u"report"_qs, QJsonObject{{u"type"_qs, u"system.HTML"_qs},
                                            {u"content"_qs, u"<h1>Evaluation</h1>"_qs}}}}}});
    kfp->setTaskOutputs(
        u"featurize"_qs,
        QJsonObject{
            {u"artifacts"_qs,
             QJsonObject{
                 {u"table"_qs, QJsonObject{{u"type"_qs, u"system.Dataset"_qs},
                                           {u"metadata"_qs, QJsonObject{{u"rows"_qs, 2000},
                                                                        {u"shuffled"_qs, true}}},
                                           {u"content"_qs, u"a,b\n1,2\n"_qs}}},
                 {u"shards"_qs, QJsonObject{{u"type"_qs, u"system.Dataset"_qs},
                                            {u"content"_qs, QString::fromUtf8(largeFile())}}}}}});
}

// A run of the outputs pipeline followed to its end; its detail.
RunDetail finishedRunWithOutputs(Backend *backend, const QString &name)
{
    const auto experiment = wait(backend->experiments()->create(name, {}));
    if (!experiment.ok()) {
        qWarning("experiment: %s", qPrintable(experiment.error));
        return {};
    }
    RunRequest request;
    request.name = name;
    request.pipelineSpec = outputsPipeline(name);
    request.parameters = QJsonObject{{u"epochs"_qs, 4}};
    request.experimentId = experiment.value.id;
    const auto created = wait(backend->runs()->create(request));
    if (!created.ok()) {
        qWarning("run: %s", qPrintable(created.error));
        return {};
    }
    RunDetail detail;
    if (!QTest::qWaitFor(
            [&] {
                detail = wait(backend->runs()->get(created.value.id)).value;
                return state::isFinal(detail.run.state);
            },
            20000))
        qWarning("the run did not end: %s", qPrintable(detail.run.state));
    return detail;
}

// The simulated gateway with a bearer token kept in an in-memory keychain (empty until
// storeToken).
struct TokenGateway
{
    KfpAccess access;
    KubeflowBackend::Environment environment;
    std::shared_ptr<MemorySecretStore> keychain = std::make_shared<MemorySecretStore>();

    explicit TokenGateway(quint16 port)
    {
        access.mode = KfpAccess::Mode::Gateway;
        access.url = QStringLiteral("http://127.0.0.1:%1/").arg(port);
        access.gatewayAuth = KfpAccess::GatewayAuth::Token;
        environment.secrets = keychain;
    }
    void storeToken(const QString &context, const QString &token) const
    {
        keychain->write(gatewayTokenSecret(context), {{u"value"_qs, token}},
                        [](const QString &) {});
    }
};

// The artifact saved into folder (path: where) and read back; why not, when it could not be.
Result<QByteArray> savedCopy(RunService *runs, const ArtifactInfo &artifact, const QString &folder,
                             QString *path = nullptr)
{
    const auto saved = wait(runs->downloadArtifact(artifact, folder));
    if (!saved.ok())
        return Result<QByteArray>::failure(saved.error);
    if (path)
        *path = saved.value;
    QFile file(saved.value);
    if (!file.open(QIODevice::ReadOnly))
        return Result<QByteArray>::failure(file.errorString());
    return {file.readAll(), {}};
}

const ArtifactInfo *findArtifact(const RunDetail &detail, const QString &task, const QString &name)
{
    for (const ArtifactInfo &a : detail.artifacts) {
        if (a.taskPath == task && a.name == name)
            return &a;
    }
    return nullptr;
}

// Logs in at the simulated gateway as a browser would: /oauth2/start → Dex's form → callback.
// Returns the session cookie's value.
QString browserLogin(quint16 port, const QString &user, const QString &password)
{
    QNetworkAccessManager network;
    network.setRedirectPolicy(QNetworkRequest::NoLessSafeRedirectPolicy);
    const QString base = QStringLiteral("http://127.0.0.1:%1").arg(port);
    QNetworkRequest start(QUrl(base + u"/oauth2/start?rd=/pipeline/"_qs));
    start.setRawHeader("Accept", "text/html");
    QNetworkReply *form = network.get(start);
    if (!QTest::qWaitFor([form] { return form->isFinished(); }, 10000))
        return {};
    const QString html = QString::fromUtf8(form->readAll());
    const QRegularExpressionMatch action =
        QRegularExpression(QStringLiteral("action=\"([^\"]+)\"")).match(html);
    if (!action.hasMatch())
        return {};
    QNetworkRequest post(
        form->url().resolved(QUrl(action.captured(1).replace(u"&amp;"_qs, u"&"_qs))));
    post.setRawHeader("Content-Type", "application/x-www-form-urlencoded");
    post.setRawHeader("Accept", "text/html");
    QUrlQuery fields;
    fields.addQueryItem(u"login"_qs, user);
    fields.addQueryItem(u"password"_qs, password);
    QNetworkReply *done = network.post(post, fields.toString(QUrl::FullyEncoded).toUtf8());
    if (!QTest::qWaitFor([done] { return done->isFinished(); }, 10000))
        return {};
    for (const QNetworkCookie &c : network.cookieJar()->cookiesForUrl(QUrl(base + u"/"_qs))) {
        if (c.name() == QByteArray(kSessionCookie))
            return QString::fromUtf8(c.value());
    }
    return {};
}

} // namespace

class TestKubeflowBackend : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void detectsKubeflowThroughTheServiceProxy();
    void pipelinesAndVersions();
    void experimentsArchiveAndRestore();
    void runsToTheEndWithFiltersAndLogs();
    void recurringRuns();
    void errorsSayWhatIsWrong();
    void artifactsAndMetricsFromMlMetadata();
    void gatewayBrowserLoginAndExpiry();
    void gatewayToken();
    void gatewayRefusals();
    void directUrlWithUserId();
    void accessSettingsAreRemembered();

private:
    // A backend for one of the kubeconfig's contexts, connected and detected.
    std::unique_ptr<KubeflowBackend> open(const QString &context, const KfpAccess &access,
                                          const KubeflowBackend::Environment &environment = {});

    QTemporaryDir m_dir;
    testing::SimCluster m_cluster;
    sim::SimStore *m_store = nullptr;
    sim::SimServer *m_server = nullptr;
    quint16 m_port = 0;
};

void TestKubeflowBackend::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true); // kept task logs go to a test folder
    QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).removeRecursively();
    QVERIFY(m_cluster.start(
        {{u"admin"_qs, testing::simAdministrator(u"admin"_qs, kAdminToken), kProfile},
         {u"user"_qs, testing::simProfileUser(kUser, kUserToken, kProfile), kProfile}}));
    m_store = m_cluster.store();
    m_server = m_cluster.server();
    m_port = m_cluster.port();
    m_server->kfp()->setRunSeconds(0.3);
    plantOutputs(m_server->kfp());
}

std::unique_ptr<KubeflowBackend>
TestKubeflowBackend::open(const QString &context, const KfpAccess &access,
                          const KubeflowBackend::Environment &environment)
{
    return m_cluster.open(context, access, environment);
}

void TestKubeflowBackend::detectsKubeflowThroughTheServiceProxy()
{
    auto backend = open(u"admin"_qs, KfpAccess{});
    QVERIFY(backend);
    QVERIFY(backend->isDetected());
    QVERIFY2(backend->can(Capability::Pipelines), qPrintable(backend->kfpStatus()));
    QVERIFY(backend->can(Capability::Runs));
    QVERIFY(backend->can(Capability::RecurringRuns));
    QCOMPARE(backend->kind(), BackendKind::Cluster);
    QCOMPARE(backend->id(), u"kube:admin"_qs);
    QCOMPARE(backend->currentNamespace(), kProfile);
    // Artifacts of cluster runs are read from ML Metadata and KFP's UI.
    QVERIFY(backend->can(Capability::Artifacts));
    // The namespace follows the connection's.
    QSignalSpy changed(backend.get(), &Backend::scopeChanged);
    backend->connection()->setCurrentNamespace(u"team-b"_qs);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(backend->currentNamespace(), u"team-b"_qs);
}

void TestKubeflowBackend::pipelinesAndVersions()
{
    auto backend = open(u"admin"_qs, KfpAccess{});
    PipelineService *pipelines = backend->pipelines();
    QSignalSpy changed(pipelines, &PipelineService::pipelinesChanged);
    PipelineUpload upload;
    upload.content = pipelineFile(u"backend-pipeline"_qs);
    upload.fileName = u"backend-pipeline.yaml"_qs;
    // The upload reports its progress, up to the whole request body.
    auto sent = std::make_shared<std::atomic<qint64>>(0);
    auto total = std::make_shared<std::atomic<qint64>>(-1);
    upload.progress = [sent, total](qint64 s, qint64 t) {
        *sent = s;
        *total = t;
    };
    const auto first = wait(pipelines->upload(upload));
    QCOMPARE(sent->load(), total->load());
    QVERIFY(total->load() > upload.content.size()); // the file in its multipart envelope
    upload.progress = {};
    QVERIFY2(first.ok(), qPrintable(first.error));
    QVERIFY(!first.value.id.isEmpty());
    QVERIFY(!first.value.pipelineId.isEmpty());
    QCOMPARE(changed.size(), 1);

    // A name that is taken is refused with KFP's message.
    const auto again = wait(pipelines->upload(upload));
    QVERIFY(!again.ok());
    QVERIFY2(again.error.contains(u"exist", Qt::CaseInsensitive), qPrintable(again.error));

    upload.name = u"v2"_qs;
    const auto second = wait(pipelines->uploadVersion(first.value.pipelineId, upload));
    QVERIFY2(second.ok(), qPrintable(second.error));
    QCOMPARE(second.value.pipelineId, first.value.pipelineId);

    PipelineQuery query;
    query.nameContains = u"backend-pipe"_qs;
    const auto listed = wait(pipelines->list(query));
    QVERIFY2(listed.ok(), qPrintable(listed.error));
    QCOMPARE(listed.value.items.size(), 1);
    QCOMPARE(listed.value.items.first().name, u"backend-pipeline"_qs);

    PageRequest page;
    page.sortBy = u"created"_qs;
    page.descending = false;
    const auto versions = wait(pipelines->versions(first.value.pipelineId, page));
    QVERIFY2(versions.ok(), qPrintable(versions.error));
    QCOMPARE(versions.value.items.size(), 2);
    QCOMPARE(versions.value.items.at(1).name, u"v2"_qs);

    const auto version = wait(pipelines->version(second.value.id));
    QVERIFY2(version.ok(), qPrintable(version.error));
    QCOMPARE(version.value.name, u"v2"_qs);
    const auto spec = wait(pipelines->spec(second.value.id));
    QVERIFY2(spec.ok(), qPrintable(spec.error));
    QVERIFY2(spec.value.contains("name: backend-pipeline"), spec.value.constData());

    QVERIFY(wait(pipelines->removeVersion(second.value.id)).ok());
    QCOMPARE(wait(pipelines->versions(first.value.pipelineId, page)).value.items.size(), 1);
    // Removing a pipeline takes its versions with it.
    const auto removed = wait(pipelines->remove(first.value.pipelineId));
    QVERIFY2(removed.ok(), qPrintable(removed.error));
    QVERIFY(!wait(pipelines->get(first.value.pipelineId)).ok());

    // Not a pipeline: refused before anything is sent.
    PipelineUpload bad;
    bad.content = "just: [text";
    bad.fileName = u"bad.yaml"_qs;
    const auto refused = wait(pipelines->upload(bad));
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error.contains(u"bad.yaml"), qPrintable(refused.error));
}

void TestKubeflowBackend::experimentsArchiveAndRestore()
{
    auto backend = open(u"admin"_qs, KfpAccess{});
    ExperimentService *experiments = backend->experiments();
    const auto created = wait(experiments->create(u"backend-exp"_qs, u"tuning"_qs));
    QVERIFY2(created.ok(), qPrintable(created.error));
    QCOMPARE(created.value.name, u"backend-exp"_qs);
    ExperimentQuery query;
    query.nameContains = u"backend-exp"_qs;
    QCOMPARE(wait(experiments->list(query)).value.items.size(), 1);
    // The change is announced and the caller's own continuation runs too.
    QSignalSpy changed(experiments, &ExperimentService::experimentsChanged);
    bool continued = false;
    experiments->archive(created.value.id).then(this, [&continued](const Result<Done> &r) {
        continued = r.ok();
    });
    QTRY_VERIFY(continued);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(wait(experiments->list(query)).value.items.size(), 0);
    query.archived = true;
    const auto archived = wait(experiments->list(query));
    QCOMPARE(archived.value.items.size(), 1);
    QVERIFY(archived.value.items.first().archived);
    QVERIFY(wait(experiments->unarchive(created.value.id)).ok());
    query.archived = false;
    QCOMPARE(wait(experiments->list(query)).value.items.size(), 1);
    QVERIFY(wait(experiments->remove(created.value.id)).ok());
    QCOMPARE(wait(experiments->list(query)).value.items.size(), 0);
}

void TestKubeflowBackend::runsToTheEndWithFiltersAndLogs()
{
    auto backend = open(u"admin"_qs, KfpAccess{});
    PipelineUpload upload;
    upload.content = pipelineFile(u"run-pipeline"_qs);
    const auto version = wait(backend->pipelines()->upload(upload));
    QVERIFY2(version.ok(), qPrintable(version.error));
    const auto experiment = wait(backend->experiments()->create(u"run-exp"_qs, {}));
    QVERIFY(experiment.ok());

    RunService *runs = backend->runs();
    RunRequest request;
    request.name = u"from-version"_qs;
    request.pipelineVersionId = version.value.id;
    request.parameters = QJsonObject{{u"epochs"_qs, 3}};
    request.experimentId = experiment.value.id;
    const auto created = wait(runs->create(request));
    QVERIFY2(created.ok(), qPrintable(created.error));
    QCOMPARE(created.value.experimentId, experiment.value.id);
    QCOMPARE(created.value.parameters.value(u"epochs").toInt(), 3);

    // A run of a file's bytes, without an uploaded pipeline.
    RunRequest fromFile;
    fromFile.name = u"from-file"_qs;
    fromFile.pipelineSpec = pipelineFile(u"file-pipeline"_qs);
    fromFile.experimentId = experiment.value.id;
    const auto adHoc = wait(runs->create(fromFile));
    QVERIFY2(adHoc.ok(), qPrintable(adHoc.error));
    QCOMPARE(adHoc.value.pipelineName, u"file-pipeline"_qs);

    // Followed to its end; the tasks come with it.
    RunDetail detail;
    QVERIFY(QTest::qWaitFor(
        [&] {
            detail = wait(runs->get(created.value.id)).value;
            return state::isFinal(detail.run.state);
        },
        20000));
    QCOMPARE(detail.run.state, state::Succeeded);
    QVERIFY(detail.run.finished.isValid());
    QCOMPARE(detail.tasks.size(), 2);
    QStringList taskNames{detail.tasks.at(0).path, detail.tasks.at(1).path};
    taskNames.sort();
    QCOMPARE(taskNames, (QStringList{u"prepare"_qs, u"train"_qs}));
    QVERIFY(detail.tasks.first().started.isValid());
    QCOMPARE(detail.tasks.first().attempts, 1);

    // The task's log comes from its pod.
    const auto log = wait(runs->taskLog(created.value.id, u"train"_qs));
    QVERIFY2(log.ok(), qPrintable(log.error));
    QVERIFY2(log.value.contains("train: started"), log.value.constData());
    QVERIFY2(log.value.contains("SUCCEEDED"), log.value.constData());
    QVERIFY(!wait(runs->taskLog(created.value.id, u"no-such-task"_qs)).ok());

    // Each task's states as KFP recorded them are its events; running was its first attempt.
    for (const TaskInfo &task : std::as_const(detail.tasks)) {
        QStringList states;
        for (const TaskEvent &event : task.events) {
            states << event.state;
            QVERIFY(event.time.isValid());
        }
        QCOMPARE(states, (QStringList{state::Pending, state::Running, state::Succeeded}));
        QCOMPARE(task.events.at(1).attempt, 1);
    }

    // The ended task's log was kept: once the cluster removes the pod, it still reads.
    const QList<QJsonObject> pods = m_store->objects(sim::simKind("", "v1", "pods"), kProfile);
    QString trainPod;
    for (const QJsonObject &pod : pods) {
        const QString name = pod.value(u"metadata").toObject().value(u"name").toString();
        if (name.startsWith(u"train-"_qs + created.value.id.left(8)))
            trainPod = name;
    }
    QVERIFY2(!trainPod.isEmpty(), "the task's pod is in the cluster");
    QVERIFY(m_store->remove(sim::simKind("", "v1", "pods"), kProfile, trainPod).ok());
    const auto kept = wait(runs->taskLog(created.value.id, u"train"_qs));
    QVERIFY2(kept.ok(), qPrintable(kept.error));
    QCOMPARE(kept.value, log.value);
    // A task whose log was never shown has nothing kept: the message says why.
    QString preparePod;
    for (const QJsonObject &pod : pods) {
        const QString name = pod.value(u"metadata").toObject().value(u"name").toString();
        if (name.startsWith(u"prepare-"_qs + created.value.id.left(8)))
            preparePod = name;
    }
    QVERIFY(m_store->remove(sim::simKind("", "v1", "pods"), kProfile, preparePod).ok());
    const auto lost = wait(runs->taskLog(created.value.id, u"prepare"_qs));
    QVERIFY(!lost.ok());
    QVERIFY2(lost.error.contains(u"not kept"_qs), qPrintable(lost.error));

    // Filters by experiment, state and name.
    RunQuery query;
    query.experimentId = experiment.value.id;
    QCOMPARE(wait(runs->list(query)).value.items.size(), 2);
    query.nameContains = u"from-ver"_qs;
    const auto byName = wait(runs->list(query));
    QCOMPARE(byName.value.items.size(), 1);
    QCOMPARE(byName.value.items.first().id, created.value.id);
    // A run of an uploaded version names its pipeline (looked up by id).
    QCOMPARE(byName.value.items.first().pipelineName, u"run-pipeline"_qs);
    QCOMPARE(detail.run.pipelineName, u"run-pipeline"_qs);
    QCOMPARE(byName.value.items.first().pipelineVersionName, version.value.name);
    QCOMPARE(detail.run.pipelineVersionName, version.value.name);
    query.nameContains.clear();
    query.states = {state::Failed};
    QCOMPARE(wait(runs->list(query)).value.items.size(), 0);
    query.states = {state::Succeeded, state::Running, state::Pending};
    QCOMPARE(wait(runs->list(query)).value.items.size(), 2);
    query.states.clear();
    // KFP runs have no labels: filtering by one and setting them say so.
    query.labels = {{u"team"_qs, u"vision"_qs}};
    QVERIFY(wait(runs->list(query)).error.contains(u"label"_qs));
    query.labels.clear();
    QVERIFY(!wait(runs->setLabels(created.value.id, {{u"team"_qs, u"vision"_qs}})).ok());
    QVERIFY(!runs->canSortBy(u"metric:accuracy"_qs));
    query.page.sortBy = u"duration"_qs;
    QVERIFY(!wait(runs->list(query)).ok());
    query.page = {};
    query.createdAfter = QDateTime::currentDateTimeUtc().addSecs(3600);
    QCOMPARE(wait(runs->list(query)).value.items.size(), 0);
    query.createdAfter = {};

    // Paging: one at a time, the token leads on.
    query.page.pageSize = 1;
    const auto first = wait(runs->list(query));
    QCOMPARE(first.value.items.size(), 1);
    QVERIFY(!first.value.nextPageToken.isEmpty());
    query.page.pageToken = first.value.nextPageToken;
    const auto second = wait(runs->list(query));
    QCOMPARE(second.value.items.size(), 1);
    QVERIFY(second.value.items.first().id != first.value.items.first().id);
    query.page = {};

    // Archive hides a run from the active list; delete removes it.
    QVERIFY(wait(runs->archive(created.value.id)).ok());
    QCOMPARE(wait(runs->list(query)).value.items.size(), 1);
    query.archived = true;
    QCOMPARE(wait(runs->list(query)).value.items.size(), 1);
    QVERIFY(wait(runs->unarchive(created.value.id)).ok());
    QVERIFY(wait(runs->remove(adHoc.value.id)).ok());
    QVERIFY(!wait(runs->get(adHoc.value.id)).ok());

    // Terminate a running run; its log follows while it runs.
    // Pending for 0.3 s as before, then running for 30 s.
    const auto longRun = wait(runs->create(request));
    QVERIFY(longRun.ok());
    m_server->kfp()->setRunSeconds(30);
    QVERIFY(QTest::qWaitFor(
        [&] { return wait(runs->get(longRun.value.id)).value.run.state == state::Running; },
        10000));
    const auto soFar = wait(runs->taskLog(longRun.value.id, u"train"_qs));
    QVERIFY2(soFar.ok(), qPrintable(soFar.error));
    QVERIFY(soFar.value.contains("train: started"));
    QSignalSpy appended(runs, &RunService::runLogAppended);
    QSignalSpy keptSpy(runs, SIGNAL(taskLogKept(QString, QString)));
    QSignalSpy changed(runs, &RunService::runChanged);
    QVERIFY(wait(runs->terminate(longRun.value.id)).ok());
    QCOMPARE(changed.size(), 1);
    QVERIFY(QTest::qWaitFor(
        [&] { return state::isFinal(wait(runs->get(longRun.value.id)).value.run.state); }, 10000));
    QCOMPARE(wait(runs->get(longRun.value.id)).value.run.state, state::Canceled);
    // The end of the task reached the followed log.
    QTRY_VERIFY_WITH_TIMEOUT(!appended.isEmpty(), 10000);
    QCOMPARE(appended.first().at(1).toString(), u"train"_qs);
    // The followed log is kept whole once the task ended.
    QTRY_VERIFY_WITH_TIMEOUT(!keptSpy.isEmpty(), 10000);
    QFile keptFile(
        static_cast<KfpRunService *>(runs)->logCache().fileOf(longRun.value.id, u"train"_qs));
    QVERIFY(keptFile.open(QIODevice::ReadOnly));
    const QByteArray keptLog = keptFile.readAll();
    QVERIFY2(keptLog.contains("train: started") && keptLog.contains("train: CANCELED"),
             keptLog.constData());
    QCOMPARE(keptFile.permissions() & (QFileDevice::ReadOther | QFileDevice::ReadGroup),
             QFileDevice::Permissions());
    QVERIFY2(appended.first().at(2).toByteArray().contains("train: CANCELED"),
             appended.first().at(2).toByteArray().constData());
    m_server->kfp()->setRunSeconds(0.3);
}

void TestKubeflowBackend::recurringRuns()
{
    auto backend = open(u"admin"_qs, KfpAccess{});
    PipelineUpload upload;
    upload.content = pipelineFile(u"nightly"_qs);
    const auto version = wait(backend->pipelines()->upload(upload));
    QVERIFY(version.ok());
    RecurringRunService *recurring = backend->recurringRuns();
    RecurringRunInfo nightly;
    nightly.name = u"nightly"_qs;
    nightly.pipelineVersionId = version.value.id;
    nightly.cron = u"0 2 * * *"_qs; // five fields: KFP's six are made with seconds first
    nightly.maxConcurrency = 2;
    nightly.catchup = false;
    const auto created = wait(recurring->create(nightly));
    QVERIFY2(created.ok(), qPrintable(created.error));
    QCOMPARE(created.value.cron, u"0 0 2 * * *"_qs);
    QCOMPARE(created.value.maxConcurrency, 2);
    QVERIFY(!created.value.catchup);
    QVERIFY(created.value.enabled);

    RecurringRunInfo hourly = nightly;
    hourly.name = u"hourly"_qs;
    hourly.cron.clear();
    hourly.intervalSeconds = 3600;
    const auto periodic = wait(recurring->create(hourly));
    QVERIFY2(periodic.ok(), qPrintable(periodic.error));
    QCOMPARE(periodic.value.intervalSeconds, 3600);

    QVERIFY(wait(recurring->setEnabled(created.value.id, false)).ok());
    const auto listed = wait(recurring->list({}));
    QVERIFY2(listed.ok(), qPrintable(listed.error));
    QCOMPARE(listed.value.items.size(), 2);
    for (const RecurringRunInfo &r : listed.value.items)
        QCOMPARE(r.enabled, r.id != created.value.id);
    QVERIFY(wait(recurring->remove(created.value.id)).ok());
    QVERIFY(wait(recurring->remove(periodic.value.id)).ok());
    QCOMPARE(wait(recurring->list({})).value.items.size(), 0);
}

void TestKubeflowBackend::errorsSayWhatIsWrong()
{
    auto backend = open(u"admin"_qs, KfpAccess{});
    const auto missing = wait(backend->runs()->get(u"no-such-run"_qs));
    QVERIFY(!missing.ok());
    QVERIFY2(missing.error.contains(u"no-such-run"), qPrintable(missing.error));
    // A version the backend has not seen cannot be named alone (KFP needs its pipeline).
    RunRequest request;
    request.pipelineVersionId = u"unknown-version"_qs;
    const auto unknown = wait(backend->runs()->create(request));
    QVERIFY(!unknown.ok());
    QVERIFY2(unknown.error.contains(u"unknown-version"), qPrintable(unknown.error));
    // A broken file is refused before anything is sent, saying why.
    RunRequest broken;
    broken.pipelineSpec = "pipelineInfo: {name: [";
    const auto unreadable = wait(backend->runs()->create(broken));
    QVERIFY(!unreadable.ok());
    QVERIFY2(unreadable.error.contains(u"cannot be read"), qPrintable(unreadable.error));
    // An artifact the object store does not hold: said, naming it.
    const auto artifact = wait(backend->runs()->downloadArtifact(
        ArtifactInfo{u"t"_qs, u"model"_qs, u"minio://mlpipeline/x"_qs, {}, {}}, m_dir.path()));
    QVERIFY(!artifact.ok());
    QVERIFY2(artifact.error.contains(u"minio://mlpipeline/x") &&
                 artifact.error.contains(u"No objects found"),
             qPrintable(artifact.error));
    // One not in an object store KFP's UI reads.
    const auto local = wait(backend->runs()->downloadArtifact(
        ArtifactInfo{u"t"_qs, u"model"_qs, u"/tmp/model"_qs, {}, {}}, m_dir.path()));
    QVERIFY(!local.ok());
    QVERIFY2(local.error.contains(u"/tmp/model"), qPrintable(local.error));

    // KFP not reachable: detection says why and offers nothing of KFP.
    KfpAccess nowhere;
    nowhere.mode = KfpAccess::Mode::Direct;
    nowhere.url = u"http://127.0.0.1:1"_qs;
    auto unreachable = open(u"admin"_qs, nowhere);
    QVERIFY(unreachable->isDetected());
    QVERIFY(!unreachable->can(Capability::Pipelines));
    QVERIFY2(unreachable->kfpStatus().contains(u"not reachable"),
             qPrintable(unreachable->kfpStatus()));
    // A bad URL is refused before anything is tried.
    nowhere.url = u"ftp://example.com"_qs;
    unreachable->setAccess(nowhere);
    QVERIFY(unreachable->kfpStatus().contains(u"not an http or https URL"));
}

void TestKubeflowBackend::artifactsAndMetricsFromMlMetadata()
{
    auto backend = open(u"admin"_qs, KfpAccess{});
    QVERIFY(backend->can(Capability::Artifacts));
    const RunDetail detail = finishedRunWithOutputs(backend.get(), u"outputs-proxy"_qs);
    QCOMPARE(detail.run.state, state::Succeeded);
    QVERIFY2(detail.outputsNote.isEmpty(), qPrintable(detail.outputsNote));
    // A look at the run asks ML Metadata twice: the artifacts and the executions, of all tasks
    // at once.
    const int callsBefore = m_server->kfp()->metadata().calls();
    QVERIFY(wait(backend->runs()->get(detail.run.id)).ok());
    QCOMPARE(m_server->kfp()->metadata().calls() - callsBefore, 2);

    // Parameters from the tasks' executions: what the driver resolved, what the task put out.
    const TaskInfo *evaluate = nullptr;
    for (const TaskInfo &t : detail.tasks) {
        if (t.path == u"evaluate")
            evaluate = &t;
    }
    QVERIFY(evaluate);
    QCOMPARE(evaluate->inputs, (QJsonObject{{u"epochs"_qs, 4}, {u"learning_rate"_qs, 0.01}}));
    QCOMPARE(evaluate->outputs, (QJsonObject{{u"verdict"_qs, u"ship it"_qs}, {u"rows"_qs, 2000}}));

    // Artifacts with their URIs, types and metadata, as the local backend gives them.
    QCOMPARE(detail.artifacts.size(), 5);
    const ArtifactInfo *metrics = findArtifact(detail, u"evaluate"_qs, u"metrics"_qs);
    QVERIFY(metrics);
    QCOMPARE(metrics->schemaTitle, u"system.Metrics"_qs);
    QVERIFY2(metrics->uri.startsWith(u"minio://mlpipeline/v2/artifacts/outputs-proxy/"_qs +
                                     detail.run.id + u"/evaluate/"_qs),
             qPrintable(metrics->uri));
    QCOMPARE(metrics->metadata, (QJsonObject{{u"accuracy"_qs, 0.875}, {u"loss"_qs, 0.31}}));
    QCOMPARE(detail.metrics.value(u"evaluate/metrics/accuracy"_qs), 0.875);
    QCOMPARE(detail.metrics.value(u"evaluate/metrics/loss"_qs), 0.31);
    QCOMPARE(detail.metrics.size(), 2); // only system.Metrics scalars are metrics
    const ArtifactInfo *classes = findArtifact(detail, u"evaluate"_qs, u"classes"_qs);
    QVERIFY(classes);
    QCOMPARE(classes->schemaTitle, u"system.ClassificationMetrics"_qs);
    // The struct and the list come back as the component logged them.
    const QJsonObject matrix = classes->metadata.value(u"confusionMatrix").toObject();
    QCOMPARE(matrix.value(u"rows").toArray().at(1).toObject().value(u"row").toArray(),
             (QJsonArray{1, 9}));
    QCOMPARE(matrix.value(u"annotationSpecs").toArray().size(), 2);
    QCOMPARE(classes->metadata.value(u"confidenceMetrics").toArray().size(), 2);
    const ArtifactInfo *table = findArtifact(detail, u"featurize"_qs, u"table"_qs);
    QVERIFY(table);
    // A bool is kept as an int by the launcher.
    QCOMPARE(table->metadata, (QJsonObject{{u"rows"_qs, 2000}, {u"shuffled"_qs, 1}}));

    // Contents through KFP's UI: named for the output, never overwriting.
    const ArtifactInfo *report = findArtifact(detail, u"evaluate"_qs, u"report"_qs);
    QVERIFY(report);
    QTemporaryDir folder;
    QString path;
    const auto saved = savedCopy(backend->runs(), *report, folder.path(), &path);
    QVERIFY2(saved.ok(), qPrintable(saved.error));
    QCOMPARE(path, folder.filePath(u"report"_qs));
    QCOMPARE(saved.value, QByteArray("<h1>Evaluation</h1>"));
    const auto again = wait(backend->runs()->downloadArtifact(*report, folder.path()));
    QVERIFY2(again.ok(), qPrintable(again.error));
    QCOMPARE(again.value, folder.filePath(u"report (2)"_qs));
    // A file of many pieces arrives whole and in order.
    const ArtifactInfo *shards = findArtifact(detail, u"featurize"_qs, u"shards"_qs);
    QVERIFY(shards);
    const auto large = savedCopy(backend->runs(), *shards, folder.path());
    QVERIFY2(large.ok(), qPrintable(large.error));
    const QByteArray expected = largeFile();
    QCOMPARE(large.value.size(), expected.size());
    QVERIFY(large.value == expected);
    // A failed transfer leaves no file behind.
    const QStringList before = QDir(folder.path()).entryList(QDir::Files);
    ArtifactInfo gone = *shards;
    gone.uri += u"-missing"_qs;
    const auto missing = wait(backend->runs()->downloadArtifact(gone, folder.path()));
    QVERIFY(!missing.ok());
    QVERIFY2(missing.error.contains(u"No objects found"), qPrintable(missing.error));
    QCOMPARE(QDir(folder.path()).entryList(QDir::Files), before);

    // ML Metadata down: the run still shows, with the reason where its outputs would be.
    m_server->kfp()->metadata().setFailing(true);
    const auto withoutOutputs = wait(backend->runs()->get(detail.run.id));
    m_server->kfp()->metadata().setFailing(false);
    QVERIFY2(withoutOutputs.ok(), qPrintable(withoutOutputs.error));
    QCOMPARE(withoutOutputs.value.run.state, state::Succeeded);
    QCOMPARE(withoutOutputs.value.tasks.size(), 2);
    QVERIFY(withoutOutputs.value.artifacts.isEmpty());
    QVERIFY2(withoutOutputs.value.outputsNote.contains(u"UNAVAILABLE"),
             qPrintable(withoutOutputs.value.outputsNote));

    // Through the gateway (a profile user's token) the same, in the user's own namespace.
    const TokenGateway gateway(m_port);
    gateway.storeToken(u"user"_qs, kUserToken);
    auto viaGateway = open(u"user"_qs, gateway.access, gateway.environment);
    QVERIFY2(viaGateway->can(Capability::Artifacts), qPrintable(viaGateway->kfpStatus()));
    const RunDetail userRun = finishedRunWithOutputs(viaGateway.get(), u"outputs-gateway"_qs);
    QCOMPARE(userRun.run.state, state::Succeeded);
    QVERIFY2(userRun.outputsNote.isEmpty(), qPrintable(userRun.outputsNote));
    QCOMPARE(userRun.metrics.value(u"evaluate/metrics/accuracy"_qs), 0.875);
    const ArtifactInfo *userTable = findArtifact(userRun, u"featurize"_qs, u"table"_qs);
    QVERIFY(userTable);
    const auto userCopy = savedCopy(viaGateway->runs(), *userTable, folder.path());
    QVERIFY2(userCopy.ok(), qPrintable(userCopy.error));
    QCOMPARE(userCopy.value, QByteArray("a,b\n1,2\n"));
    // KFP's UI refuses a namespace the user may not view, and an artifact of another one.
    viaGateway->connection()->setCurrentNamespace(u"team-b"_qs);
    const auto foreign = wait(viaGateway->runs()->downloadArtifact(*userTable, folder.path()));
    QVERIFY(!foreign.ok());
    QVERIFY2(foreign.error.contains(u"403"), qPrintable(foreign.error));

    // A direct URL reaches KFP's API server alone: the run shows, and says how to see its
    // outputs.
    KfpAccess direct;
    direct.mode = KfpAccess::Mode::Direct;
    direct.url = QStringLiteral("http://127.0.0.1:%1").arg(m_port);
    direct.sendUserId = true;
    direct.userId = kUser;
    auto viaDirect = open(u"user"_qs, direct);
    QVERIFY2(viaDirect->can(Capability::Runs), qPrintable(viaDirect->kfpStatus()));
    QVERIFY(!viaDirect->can(Capability::Artifacts));
    const auto seenDirectly = wait(viaDirect->runs()->get(userRun.run.id));
    QVERIFY2(seenDirectly.ok(), qPrintable(seenDirectly.error));
    QVERIFY(seenDirectly.value.artifacts.isEmpty());
    QVERIFY2(seenDirectly.value.outputsNote.contains(u"direct URL"),
             qPrintable(seenDirectly.value.outputsNote));
    QVERIFY(!wait(viaDirect->runs()->downloadArtifact(*userTable, folder.path())).ok());
}

void TestKubeflowBackend::gatewayBrowserLoginAndExpiry()
{
    KfpAccess gateway;
    gateway.mode = KfpAccess::Mode::Gateway;
    gateway.url = QStringLiteral("http://127.0.0.1:%1").arg(m_port);
    KubeflowBackend::Environment environment;
    auto keychain = std::make_shared<MemorySecretStore>();
    environment.secrets = keychain;
    int prompts = 0;
    bool cancel = false;
    const quint16 port = m_port;
    environment.login = [&prompts, &cancel, port](const QString &url) {
        ++prompts;
        Q_ASSERT(url.startsWith(u"http://127.0.0.1:"));
        return QtFuture::makeReadyFuture(
            cancel ? QString()
                   : browserLogin(port, kUser, sim::SimGateway::defaultPassword.toString()));
    };
    auto backend = open(u"user"_qs, gateway, environment);
    QVERIFY(backend);
    // The first call had no session: one login, and its cookie is kept in the keychain.
    QVERIFY2(backend->can(Capability::Pipelines), qPrintable(backend->kfpStatus()));
    QCOMPARE(prompts, 1);
    QString stored;
    keychain->read(gatewayCookieSecret(u"user"_qs),
                   [&stored](const SecretStore::Values &v, const QString &) {
                       stored = v.value(u"value"_qs);
                   });
    QTRY_VERIFY(!stored.isEmpty());
    QCOMPARE(stored, backend->gatewayCredentials()->cookie());

    // The user's calls are scoped to the profile namespace and succeed there.
    const auto created = wait(backend->experiments()->create(u"gateway-exp"_qs, {}));
    QVERIFY2(created.ok(), qPrintable(created.error));
    // Another profile is refused by KFP's multi-user check.
    backend->connection()->setCurrentNamespace(u"someone-else"_qs);
    const auto foreign = wait(backend->experiments()->list({}));
    QVERIFY(!foreign.ok());
    backend->connection()->setCurrentNamespace(kProfile);

    // The session expires: three calls at once share exactly one new login.
    QVERIFY(m_server->gateway().expireSessions() > 0);
    auto a = backend->experiments()->list({});
    auto b = backend->runs()->list({});
    auto c = backend->pipelines()->list({});
    QVERIFY2(wait(a).ok(), qPrintable(wait(a).error));
    QVERIFY(wait(b).ok());
    QVERIFY(wait(c).ok());
    QCOMPARE(prompts, 2);
    QCOMPARE(backend->gatewayCredentials()->logins(), 2);

    // A cancelled login fails the call and is not asked again and again.
    m_server->gateway().expireSessions();
    cancel = true;
    const auto declined = wait(backend->experiments()->list({}));
    QVERIFY(!declined.ok());
    QVERIFY2(declined.error.contains(u"cancelled"), qPrintable(declined.error));
    QVERIFY(!wait(backend->runs()->list({})).ok());
    QCOMPARE(prompts, 3);

    // Next start: the kept session is used without a login.
    cancel = false;
    m_server->gateway().expireSessions();
    const QString fresh = browserLogin(port, kUser, sim::SimGateway::defaultPassword.toString());
    keychain->write(gatewayCookieSecret(u"user"_qs), {{u"value"_qs, fresh}},
                    [](const QString &) {});
    const int promptsBefore = prompts;
    auto restarted = open(u"user"_qs, gateway, environment);
    QVERIFY2(restarted->can(Capability::Pipelines), qPrintable(restarted->kfpStatus()));
    QVERIFY(wait(restarted->experiments()->list({})).ok());
    QCOMPARE(prompts, promptsBefore);
}

void TestKubeflowBackend::gatewayToken()
{
    const TokenGateway gateway(m_port);
    // No token stored: said, nothing offered.
    auto without = open(u"user"_qs, gateway.access, gateway.environment);
    QVERIFY(!without->can(Capability::Pipelines));
    QVERIFY2(without->kfpStatus().contains(u"token"), qPrintable(without->kfpStatus()));

    gateway.storeToken(u"user"_qs, kUserToken);
    auto backend = open(u"user"_qs, gateway.access, gateway.environment);
    QVERIFY2(backend->can(Capability::Pipelines), qPrintable(backend->kfpStatus()));
    QVERIFY(wait(backend->experiments()->list({})).ok());
    // A token is not refreshed by a login.
    QVERIFY(!backend->gatewayCredentials()->canRefresh());
}

void TestKubeflowBackend::gatewayRefusals()
{
    // oauth2-proxy answers a request without a valid session with 401, or with a redirect to its
    // sign-in or on to Dex; other redirects are not refusals.
    const auto credentials = GatewayCredentials::withSession(u"old"_qs, {});
    const auto response = [](int status, const QByteArray &location) {
        http::Response r;
        r.status = status;
        if (!location.isEmpty())
            r.headers << qMakePair(QByteArray("Location"), location);
        return r;
    };
    QVERIFY(credentials->rejected(response(401, {})));
    QVERIFY(credentials->rejected(response(302, "/oauth2/start?rd=%2Fpipeline%2F")));
    QVERIFY(credentials->rejected(response(
        302, "https://kubeflow.example.com/dex/auth?client_id=kubeflow-oidc-authservice")));
    QVERIFY(!credentials->rejected(response(302, "/pipeline/")));
    QVERIFY(!credentials->rejected(response(403, {})));
    QVERIFY(!credentials->rejected(response(200, {})));
    // Without a way to log in, a refusal is final: nothing to refresh.
    QVERIFY(!credentials->canRefresh());
}

void TestKubeflowBackend::directUrlWithUserId()
{
    KfpAccess direct;
    direct.mode = KfpAccess::Mode::Direct;
    direct.url = QStringLiteral("http://127.0.0.1:%1").arg(m_port);
    // Without the header KFP has no identity and says so.
    auto anonymous = open(u"user"_qs, direct);
    const auto refused = wait(anonymous->experiments()->list({}));
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error.contains(u"identity"), qPrintable(refused.error));

    direct.sendUserId = true;
    QVERIFY(!direct.problem().isEmpty()); // the user id is needed when the header is on
    direct.userId = kUser;
    QVERIFY(direct.describe().contains(u"unsafe"));
    auto backend = open(u"user"_qs, direct);
    QVERIFY2(backend->can(Capability::Pipelines), qPrintable(backend->kfpStatus()));
    const auto listed = wait(backend->experiments()->list({}));
    QVERIFY2(listed.ok(), qPrintable(listed.error));
}

void TestKubeflowBackend::accessSettingsAreRemembered()
{
    QSettings settings(m_dir.filePath(u"settings.ini"_qs), QSettings::IniFormat);
    KfpAccess access;
    access.mode = KfpAccess::Mode::Direct;
    access.url = u"http://127.0.0.1:8888"_qs;
    access.sendUserId = true;
    access.userId = kUser;
    access.save(settings, u"arn:aws:eks:region:1:cluster/a"_qs);
    KfpAccess other;
    other.mode = KfpAccess::Mode::Gateway;
    other.url = u"https://kubeflow.example.com"_qs;
    other.gatewayAuth = KfpAccess::GatewayAuth::Token;
    other.save(settings, u"b"_qs);
    settings.sync();
    QSettings reread(m_dir.filePath(u"settings.ini"_qs), QSettings::IniFormat);
    QCOMPARE(KfpAccess::load(reread, u"arn:aws:eks:region:1:cluster/a"_qs), access);
    QCOMPARE(KfpAccess::load(reread, u"b"_qs), other);
    QCOMPARE(KfpAccess::load(reread, u"never-set"_qs), KfpAccess{});
    QCOMPARE(other.basePath(), u"/pipeline"_qs);
    QCOMPARE(KfpAccess{}.basePath(),
             u"/api/v1/namespaces/kubeflow/services/ml-pipeline:8888/proxy"_qs);
}

QTEST_GUILESS_MAIN(TestKubeflowBackend)
#include "tst_kubeflowbackend.moc"
