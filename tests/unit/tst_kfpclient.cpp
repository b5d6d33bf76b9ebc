// The KFP v2beta1 client through the Kubernetes API server's service proxy of the simulator:
// upload, list with filters and paging, experiments, runs followed to their final state,
// terminate, errors with KFP's message; and a contract test of every endpoint the client uses
// against the KFP swagger.

#include "cluster/http/transport.h"
#include "cluster/kfp/kfpclient.h"
#include "clustertesting.h"
#include "simkfp.h"
#include "simserver.h"
#include "simstore.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace kfw;
using namespace kfw::kfp;
using namespace std::chrono_literals;

namespace {

const QString kToken = u"kfp-client-test-token"_qs;

kube::ApiResponse await(QFuture<kube::ApiResponse> future)
{
    if (!QTest::qWaitFor([&] { return future.isFinished(); }, 30000))
        return kube::ApiResponse{};
    return future.result();
}

const QByteArray kPipeline = testing::twoTaskPipeline(u"client-test"_qs);

QString conformanceDir()
{
    const QString dir = qEnvironmentVariable("KFW_CONFORMANCE_DIR");
    return QDir(dir + u"/kfp/api/v2beta1"_qs).exists() ? dir + u"/kfp/api/v2beta1"_qs : QString();
}

} // namespace

class TestKfpClient : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void endpointsMatchTheSwagger();
    void healthThroughTheServiceProxy();
    void uploadListAndFilterPipelines();
    void experimentsAndRunsToTheEnd();
    void terminateAndErrors();

private:
    // The pipeline uploadListAndFilterPipelines() uploaded, found by name.
    QString uploadedPipelineId() const
    {
        ListRequest byName;
        byName.filter = stringPredicate(u"display_name"_qs, u"EQUALS"_qs, u"client-test"_qs);
        return await(m_kfp->listPipelines(byName))
            .object.value(u"pipelines")
            .toArray()
            .first()
            .toObject()
            .value(u"pipeline_id")
            .toString();
    }

    http::Transport m_transport;
    sim::SimStore *m_store = nullptr;
    sim::SimServer *m_server = nullptr;
    std::unique_ptr<KfpClient> m_kfp;
};

void TestKfpClient::initTestCase()
{
    m_store = new sim::SimStore(this);
    m_server = new sim::SimServer(m_store, this);
    m_server->addUser(testing::simAdministrator(u"admin"_qs, kToken));
    m_server->kfp()->setRunSeconds(0.2);
    const quint16 port = m_server->listen(QHostAddress::LocalHost, 0);
    QVERIFY(port != 0);
    m_kfp = std::make_unique<KfpClient>(std::make_shared<const kube::KubeClient>(
        m_transport, testing::simConnection(port, kToken)));
}

void TestKfpClient::endpointsMatchTheSwagger()
{
    const QString dir = conformanceDir();
    if (dir.isEmpty())
        QSKIP("the KFP swagger is not there (set KFW_CONFORMANCE_DIR to the conformance folder)");
    QHash<QString, QPair<QString, QJsonObject>>
        operations; // operationId -> (METHOD path, operation)
    for (const QString &file : QDir(dir).entryList({u"*.swagger.json"_qs})) {
        if (file.contains(u"single_file"))
            continue;
        QFile f(dir + u'/' + file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QJsonObject paths =
            QJsonDocument::fromJson(f.readAll()).object().value(u"paths").toObject();
        for (auto p = paths.begin(); p != paths.end(); ++p) {
            const QJsonObject ops = p.value().toObject();
            for (auto o = ops.begin(); o != ops.end(); ++o)
                operations.insert(o.value().toObject().value(u"operationId").toString(),
                                  {o.key().toUpper() + u' ' + p.key(), o.value().toObject()});
        }
    }
    QVERIFY(!endpoints().isEmpty());
    for (const Endpoint &e : endpoints()) {
        QVERIFY2(operations.contains(e.operation), qPrintable(e.operation));
        const auto &[where, operation] = operations.value(e.operation);
        QCOMPARE(where, QString::fromLatin1(e.method) + u' ' + e.path);
        QStringList queryNames;
        QStringList formNames;
        QJsonObject bodySchema;
        for (const QJsonValue &v : operation.value(u"parameters").toArray()) {
            const QJsonObject parameter = v.toObject();
            const QString in = parameter.value(u"in").toString();
            if (in == u"query")
                queryNames << parameter.value(u"name").toString();
            else if (in == u"formData")
                formNames << parameter.value(u"name").toString();
            else if (in == u"body")
                bodySchema = parameter.value(u"schema").toObject();
        }
        for (const QString &q : e.query)
            QVERIFY2(queryNames.contains(q), qPrintable(e.operation + u": query " + q));
        if (!formNames.isEmpty()) {
            for (const QString &b : e.body)
                QVERIFY2(formNames.contains(b), qPrintable(e.operation + u": form field " + b));
            continue;
        }
        if (e.body.isEmpty())
            continue;
        // The body's fields are the referenced definition's properties.
        const QString ref = bodySchema.value(u"$ref").toString().section(u'/', -1);
        QVERIFY2(!ref.isEmpty(), qPrintable(e.operation + u": no body schema"));
        bool found = false;
        for (const QString &file : QDir(dir).entryList({u"*.swagger.json"_qs})) {
            QFile f(dir + u'/' + file);
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QJsonObject definition = QJsonDocument::fromJson(f.readAll())
                                               .object()
                                               .value(u"definitions")
                                               .toObject()
                                               .value(ref)
                                               .toObject();
            if (definition.isEmpty())
                continue;
            found = true;
            const QJsonObject properties = definition.value(u"properties").toObject();
            for (const QString &b : e.body)
                QVERIFY2(properties.contains(b), qPrintable(e.operation + u": body field " + b));
            break;
        }
        QVERIFY2(found, qPrintable(ref));
    }
}

void TestKfpClient::healthThroughTheServiceProxy()
{
    const kube::ApiResponse health = await(m_kfp->healthz());
    QCOMPARE(health.error, QString());
    QCOMPARE(health.status, 200);
    QCOMPARE(m_server->requestCounts().value(u"GET "_qs + KfpClient::serviceProxyPath() +
                                             u"/apis/v2beta1/healthz"_qs),
             1);
}

void TestKfpClient::uploadListAndFilterPipelines()
{
    const kube::ApiResponse uploaded = await(m_kfp->uploadPipeline(
        kPipeline, u"client-test.yaml"_qs, u"client-test"_qs, u"two steps"_qs));
    QCOMPARE(uploaded.error, QString());
    const QString id = uploaded.object.value(u"pipeline_id").toString();
    QVERIFY(!id.isEmpty());
    QCOMPARE(uploaded.object.value(u"display_name").toString(), u"client-test"_qs);
    for (int i = 0; i < 3; ++i)
        QVERIFY(
            await(m_kfp->uploadPipeline(kPipeline, u"p.yaml"_qs, QStringLiteral("other-%1").arg(i)))
                .ok());

    ListRequest byName;
    byName.filter = stringPredicate(u"display_name"_qs, u"EQUALS"_qs, u"client-test"_qs);
    const kube::ApiResponse one = await(m_kfp->listPipelines(byName));
    QCOMPARE(one.error, QString());
    QCOMPARE(one.object.value(u"pipelines").toArray().size(), 1);
    QCOMPARE(one.object.value(u"pipelines")
                 .toArray()
                 .first()
                 .toObject()
                 .value(u"pipeline_id")
                 .toString(),
             id);

    ListRequest paged;
    paged.pageSize = 2;
    paged.sortBy = u"display_name desc"_qs;
    const kube::ApiResponse first = await(m_kfp->listPipelines(paged));
    QCOMPARE(first.object.value(u"pipelines").toArray().size(), 2);
    QCOMPARE(first.object.value(u"pipelines")
                 .toArray()
                 .first()
                 .toObject()
                 .value(u"display_name")
                 .toString(),
             u"other-2"_qs);
    paged.pageToken = first.object.value(u"next_page_token").toString();
    QVERIFY(!paged.pageToken.isEmpty());
    const kube::ApiResponse second = await(m_kfp->listPipelines(paged));
    QCOMPARE(second.object.value(u"pipelines").toArray().size(), 2);
    QCOMPARE(second.object.value(u"pipelines")
                 .toArray()
                 .last()
                 .toObject()
                 .value(u"display_name")
                 .toString(),
             u"client-test"_qs);

    const kube::ApiResponse versions = await(m_kfp->listPipelineVersions(id, {}));
    QCOMPARE(versions.object.value(u"pipeline_versions").toArray().size(), 1);
}

void TestKfpClient::experimentsAndRunsToTheEnd()
{
    const kube::ApiResponse experiment =
        await(m_kfp->createExperiment(u"tuning"_qs, u"kubeflow-user-example-com"_qs));
    QCOMPARE(experiment.error, QString());
    const QString experimentId = experiment.object.value(u"experiment_id").toString();
    QVERIFY(!experimentId.isEmpty());

    const QString pipelineId = uploadedPipelineId();
    QVERIFY(!pipelineId.isEmpty());
    const kube::ApiResponse created = await(m_kfp->createRun(
        u"first"_qs, pipelineId, {}, QJsonObject{{u"epochs"_qs, 3}}, experimentId));
    QCOMPARE(created.error, QString());
    const QString runId = created.object.value(u"run_id").toString();
    QVERIFY(!runId.isEmpty());
    QCOMPARE(created.object.value(u"runtime_config")
                 .toObject()
                 .value(u"parameters")
                 .toObject()
                 .value(u"epochs")
                 .toInt(),
             3);

    // Follow it to its final state.
    QString state;
    QJsonObject run;
    QVERIFY(QTest::qWaitFor(
        [&] {
            run = await(m_kfp->getRun(runId)).object;
            state = run.value(u"state").toString();
            return state == u"SUCCEEDED" || state == u"FAILED";
        },
        15000));
    QCOMPARE(state, u"SUCCEEDED"_qs);
    QStringList tasks;
    for (const QJsonValue &t :
         run.value(u"run_details").toObject().value(u"task_details").toArray())
        tasks << t.toObject().value(u"display_name").toString();
    QVERIFY2(tasks.contains(u"prepare"_qs) && tasks.contains(u"train"_qs),
             qPrintable(tasks.join(u", ")));

    const kube::ApiResponse listed = await(m_kfp->listRuns({}, experimentId));
    QCOMPARE(listed.object.value(u"runs").toArray().size(), 1);
    ListRequest succeeded;
    succeeded.filter = stringPredicate(u"state"_qs, u"EQUALS"_qs, u"SUCCEEDED"_qs);
    QCOMPARE(await(m_kfp->listRuns(succeeded, experimentId)).object.value(u"runs").toArray().size(),
             1);
}

void TestKfpClient::terminateAndErrors()
{
    m_server->kfp()->setRunSeconds(30);
    const QString pipelineId = uploadedPipelineId();
    const QString runId = await(m_kfp->createRun(u"long"_qs, pipelineId, {}, {}, {}))
                              .object.value(u"run_id")
                              .toString();
    QVERIFY(!runId.isEmpty());
    QCOMPARE(await(m_kfp->terminateRun(runId)).status, 200);
    QTRY_COMPARE_WITH_TIMEOUT(await(m_kfp->getRun(runId)).object.value(u"state").toString(),
                              u"CANCELED"_qs, 5000);
    QVERIFY(await(m_kfp->retryRun(runId)).ok());
    QCOMPARE(await(m_kfp->deleteRun(runId)).status, 200);

    // KFP's own message reaches the user, not just a status code.
    const kube::ApiResponse missing = await(m_kfp->getRun(u"no-such-run"_qs));
    QCOMPARE(missing.status, 404);
    QVERIFY2(!missing.error.isEmpty() && !missing.error.startsWith(u"The server answered"_qs),
             qPrintable(missing.error));
    const kube::ApiResponse withVersions = await(m_kfp->deletePipeline(pipelineId));
    QVERIFY(!withVersions.ok());
    QVERIFY2(withVersions.error.contains(u"existing pipeline versions"_qs),
             qPrintable(withVersions.error));
    QVERIFY(await(m_kfp->deletePipeline(pipelineId, true)).ok());
    QCOMPARE(await(m_kfp->getPipeline(pipelineId)).status, 404);
    m_server->kfp()->setRunSeconds(0.2);
}

QTEST_GUILESS_MAIN(TestKfpClient)
#include "tst_kfpclient.moc"
