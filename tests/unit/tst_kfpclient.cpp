// The KFP v2beta1 client through the Kubernetes API server's service proxy of the simulator:
// upload, list with filters and paging, experiments, runs followed to their final state,
// terminate, errors with KFP's message; and a contract test of every endpoint the client uses
// against the KFP swagger.

#include "cluster/http/transport.h"
#include "cluster/kfp/kfpclient.h"
#include "cluster/kfp/mlmd.h"
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
    void mlMetadataWireFormat();

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

void TestKfpClient::mlMetadataWireFormat()
{
    // Bytes written by hand from metadata_store.proto and struct.proto: an artifact with the
    // custom properties KFP's launcher records (a double, the output's name, an int, a list and a
    // struct wrapped as {"list": ...} / {"struct": ...}), a field of a newer MLMD (99) to skip,
    // and a second artifact.
    const QByteArray artifacts = QByteArray::fromHex(
        "0aa002082a1a336d696e696f3a2f2f6d6c706970656c696e652f76322f6172746966616374732f702f722f"
        "747261696e2f372f6d6574726963732a150a086163637572616379120911000000000000e03f2a190a0c6469"
        "73706c61795f6e616d6512091a076d6574726963732a140a057374657073120b08fdffffffffffffffff012a"
        "410a11636f6e666964656e63654d657472696373122c222a0a280a046c6973741220321e0a172a150a130a06"
        "726563616c6c120911000000000000e83f0a031a01782a450a0f636f6e667573696f6e4d6174726978123222"
        "300a2e0a0673747275637412242a220a200a04726f7773121832160a0911000000000000f03f0a0911000000"
        "000000004030023a00420e73797374656d2e4d6574726963739806050a0f082b420b73797374656d2e48544d"
        "4c");
    const auto decoded = mlmd::artifactsResponse(artifacts);
    QVERIFY(decoded);
    QCOMPARE(decoded->size(), 2);
    const MlmdArtifact &a = decoded->at(0);
    QCOMPARE(a.id, 42);
    QCOMPARE(a.uri, u"minio://mlpipeline/v2/artifacts/p/r/train/7/metrics"_qs);
    QCOMPARE(a.type, u"system.Metrics"_qs);
    QCOMPARE(a.state, 2);
    QCOMPARE(a.customProperties.value(u"accuracy").toDouble(), 0.5);
    QCOMPARE(a.customProperties.value(u"display_name").toString(), u"metrics"_qs);
    QCOMPARE(a.customProperties.value(u"steps").toDouble(), -3.0);
    const QJsonArray points = a.customProperties.value(u"confidenceMetrics").toArray();
    QCOMPARE(points.size(), 2);
    QCOMPARE(points.at(0).toObject().value(u"recall").toDouble(), 0.75);
    QCOMPARE(points.at(1).toString(), u"x"_qs);
    const QJsonArray rows =
        a.customProperties.value(u"confusionMatrix").toObject().value(u"rows").toArray();
    QCOMPARE(rows, (QJsonArray{1.0, 2.0}));
    QCOMPARE(decoded->at(1).id, 43);
    QCOMPARE(decoded->at(1).type, u"system.HTML"_qs);

    // An execution's parameters are a plain struct: a parameter named "list" stays one.
    const auto executions = mlmd::executionsResponse(QByteArray::fromHex(
        "0a3f080718032a390a076f757470757473122e222c0a110a04726f777312091100000000000014400a170a04"
        "6c697374120f1a0d6e6f7420756e77726170706564"));
    QVERIFY(executions);
    QCOMPARE(executions->size(), 1);
    QCOMPARE(executions->at(0).id, 7);
    QCOMPARE(executions->at(0).state, 3);
    const QJsonObject outputs = executions->at(0).customProperties.value(u"outputs").toObject();
    QCOMPARE(outputs.value(u"rows").toDouble(), 5.0);
    QCOMPARE(outputs.value(u"list").toString(), u"not unwrapped"_qs);

    // Cut anywhere, the answer is refused rather than half read.
    for (qsizetype cut = 1; cut < artifacts.size(); cut += 7)
        QVERIFY2(!mlmd::artifactsResponse(artifacts.left(cut)), qPrintable(QString::number(cut)));
    QVERIFY(!mlmd::artifactsResponse(QByteArray::fromHex("0a05ffffffffff")));

    // Requests: ids 5 and 300, one key each (proto2, not packed).
    QCOMPARE(mlmd::idsRequest({5, 300}).toHex(), QByteArray("080508ac02"));
    QCOMPARE(mlmd::frame("ab").toHex(), QByteArray("00000000026162"));

    // Answers: a data frame and a trailer frame; a failed call's status in the trailer or, for a
    // trailers-only answer, in the headers; a frame cut short.
    const QByteArray ok = QByteArray::fromHex("00000000026162") +
                          QByteArray::fromHex("8000000010") + "grpc-status: 0\r\n";
    QCOMPARE(ok.size(), 7 + 5 + 16);
    mlmd::Unframed u = mlmd::unframe(ok);
    QVERIFY2(u.error.isEmpty(), qPrintable(u.error));
    QCOMPARE(u.message, QByteArray("ab"));
    const QByteArray trailer = "grpc-status:5\r\ngrpc-message:no%20such%20thing\r\n";
    QByteArray failed = QByteArray::fromHex("80") + QByteArray(4, '\0') + trailer;
    failed[4] = char(trailer.size());
    u = mlmd::unframe(failed);
    QVERIFY(u.message.isEmpty());
    QVERIFY2(u.error.contains(u"NOT_FOUND") && u.error.contains(u"no such thing"),
             qPrintable(u.error));
    u = mlmd::unframe({}, "14", "upstream connect error");
    QVERIFY2(u.error.contains(u"UNAVAILABLE"), qPrintable(u.error));
    u = mlmd::unframe(QByteArray::fromHex("0000000009616263"));
    QVERIFY2(u.error.contains(u"cut short"), qPrintable(u.error));
    u = mlmd::unframe(QByteArray::fromHex("00000000026162"));
    QVERIFY2(u.error.contains(u"without a status"), qPrintable(u.error));

    // Where KFP's UI finds an artifact.
    const ArtifactLocation minio = artifactLocation(u"minio://mlpipeline/v2/artifacts/x/y"_qs);
    QCOMPARE(minio.source, u"minio"_qs);
    QCOMPARE(minio.bucket, u"mlpipeline"_qs);
    QCOMPARE(minio.key, u"v2/artifacts/x/y"_qs);
    QCOMPARE(artifactLocation(u"gs://bucket/a"_qs).source, u"gcs"_qs);
    QCOMPARE(artifactLocation(u"s3://bucket/a/b"_qs).key, u"a/b"_qs);
    QVERIFY(artifactLocation(u"/tmp/local/file"_qs).source.isEmpty());
    QVERIFY(artifactLocation(u"minio://bucket-only"_qs).source.isEmpty());
    QVERIFY(artifactLocation(u"https://example.com/file"_qs).source.isEmpty());
}

QTEST_GUILESS_MAIN(TestKfpClient)
#include "tst_kfpclient.moc"
