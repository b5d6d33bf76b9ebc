// The simulator's Kubeflow Pipelines API v2beta1, over real HTTP on loopback, with every answer
// checked against the upstream swagger (when the conformance data is present).

#include "simkfp.h"
#include "simserver.h"
#include "simstore.h"
#include "swaggertesting.h"

#include <QDateTime>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QHttpMultiPart>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QTest>
#include <QUrlQuery>

#include <algorithm>

using namespace kfw;
using kfw::testing::SwaggerValidator;

namespace {

const QString kToken = u"admin-token-for-kfp-tests"_qs;
const QString kViewerToken = u"viewer-token-for-kfp-tests"_qs;
const QString kUserToken = u"user-token-for-kfp-tests"_qs;
const QString kUser = u"user@example.com"_qs;
const QString kUserNs = u"kubeflow-user-example-com"_qs;
const QByteArray kBrowserAccept = "text/html,application/xhtml+xml,*/*;q=0.8";
const QString kProxy = u"/api/v1/namespaces/kubeflow/services/ml-pipeline:8888/proxy"_qs;

// A compiled pipeline as `kfp dsl compile` writes it (YAML), trimmed to what the simulator reads.
const QByteArray kPipelineYaml = R"(# PIPELINE DEFINITION
# Name: add-two
pipelineInfo:
  name: add-two
root:
  dag:
    tasks:
      add-a:
        taskInfo:
          name: add-a
      add-b:
        taskInfo:
          name: add-b
schemaVersion: 2.1.0
sdkVersion: kfp-2.7.0
)";

QJsonObject pipelineSpec(const QString &name, const QStringList &tasks)
{
    QJsonObject dag;
    for (const QString &task : tasks)
        dag.insert(task, QJsonObject{{u"taskInfo"_qs, QJsonObject{{u"name"_qs, task}}}});
    return QJsonObject{{u"pipelineInfo"_qs, QJsonObject{{u"name"_qs, name}}},
                       {u"schemaVersion"_qs, u"2.1.0"_qs},
                       {u"root"_qs, QJsonObject{{u"dag"_qs, QJsonObject{{u"tasks"_qs, dag}}}}}};
}

QByteArray json(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

// An HTTP answer with its JSON body and what the swagger says of it.
struct Answer
{
    int status = 0;
    QJsonObject body;
    QStringList schemaProblems;
};

// A plain HTTP answer of the gateway: redirects and cookies are the client's to follow.
struct HttpAnswer
{
    int status = 0;
    QByteArray body;
    QByteArray location;
    QByteArray setCookie;
    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
};

using Headers = QList<QPair<QByteArray, QByteArray>>;

} // namespace

// Asserts the status of an answer and that its body conforms to the swagger.
#define KFP_CHECK(answer, expected)                                                                \
    do {                                                                                           \
        const Answer &a_ = (answer);                                                               \
        QVERIFY2(a_.status == (expected), qPrintable(QStringLiteral("HTTP %1, wanted %2: %3")      \
                                                         .arg(a_.status)                           \
                                                         .arg(expected)                            \
                                                         .arg(QString::fromUtf8(json(a_.body))))); \
        QVERIFY2(a_.schemaProblems.isEmpty(), qPrintable(a_.schemaProblems.join(u'\n')));          \
    } while (false)

class TestSimKfp : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void routes_data();
    void routes();
    void healthzAndAuthorization();
    void pipelinesAndVersions();
    void uploads();
    void listPagingSortAndFilter();
    void experiments();
    void runsProgressToSucceeded();
    void runActions();
    void recurringRuns();
    void errorsHaveTheGatewayShape();
    void seedDemo();
    void taskPodsAndLogs();
    void gatewayLoginStepByStep();
    void gatewayCredentials();
    void gatewaySignOutAndSessionLifetime();
    void directUrlIdentity();
    void validatorCatchesDrift_data();
    void validatorCatchesDrift();

private:
    enum class Via
    {
        Direct,
        Proxy
    };
    Answer call(const QByteArray &method, const QString &path, const QUrlQuery &query = {},
                const QByteArray &body = {}, Via via = Via::Direct, const QString &token = kToken);
    Answer upload(const QString &path, const QUrlQuery &query, const QByteArray &file);
    Answer finish(QNetworkReply *reply, const QByteArray &method, const QString &path,
                  bool validate);
    QString createPipelineWithVersion(const QString &name, const QStringList &tasks,
                                      const QString &ns = {});
    QString createExperiment(const QString &name, const QString &ns);
    // One request as it is: no redirects followed and no cookie jar.
    HttpAnswer http(const QByteArray &method, const QByteArray &pathAndQuery,
                    const Headers &headers = {}, const QByteArray &body = {});
    // The session cookie's value after a login through the gateway, or empty.
    QByteArray logIn(const QString &user, const QString &password);

    sim::SimStore *m_store = nullptr;
    sim::SimServer *m_server = nullptr;
    QNetworkAccessManager *m_network = nullptr;
    quint16 m_port = 0;
    SwaggerValidator m_swagger;
    bool m_haveSwagger = false;
};

void TestSimKfp::initTestCase()
{
    m_store = new sim::SimStore(this);
    m_server = new sim::SimServer(m_store, this);
    m_server->kfp()->setRunSeconds(0.2);
    sim::SimUser admin;
    admin.name = u"admin"_qs;
    admin.token = kToken;
    admin.rules << sim::SimRule{{u"*"_qs}, {u"*"_qs}, {}};
    m_server->addUser(admin);
    // May read pods in kubeflow but not reach services through the proxy.
    sim::SimUser viewer;
    viewer.name = u"viewer@example.com"_qs;
    viewer.token = kViewerToken;
    viewer.rules << sim::SimRule{{u"get"_qs, u"list"_qs}, {u"pods"_qs}, {u"kubeflow"_qs}};
    m_server->addUser(viewer);
    // A Kubeflow profile's owner, as the seeded kubeflow-user-example-com.
    sim::SimUser user;
    user.name = kUser;
    user.token = kUserToken;
    user.rules << sim::SimRule{{u"*"_qs}, {u"*"_qs}, {kUserNs}};
    m_server->addUser(user);
    m_port = m_server->listen(QHostAddress::LocalHost, 0);
    QVERIFY(m_port != 0);
    m_network = new QNetworkAccessManager(this);

    const QString conformance = qEnvironmentVariable("KFW_CONFORMANCE_DIR");
    if (conformance.isEmpty()) {
        qWarning("KFW_CONFORMANCE_DIR is not set: answers are not checked against the KFP "
                 "swagger");
    } else {
        QString problem;
        const QDir dir(conformance + u"/kfp/api/v2beta1"_qs);
        QStringList files;
        for (const char *name :
             {"pipeline.swagger.json", "pipeline.upload.swagger.json", "experiment.swagger.json",
              "run.swagger.json", "recurring_run.swagger.json", "healthz.swagger.json"})
            files << dir.filePath(QString::fromLatin1(name));
        m_haveSwagger = m_swagger.load(files, &problem);
        if (!m_haveSwagger)
            qWarning("KFP swagger not readable (%s): answers are not checked against it",
                     qPrintable(problem));
    }
}

void TestSimKfp::routes_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<bool>("matched");
    QTest::addColumn<bool>("proxied");
    QTest::addColumn<QString>("rest");

    QTest::addRow("direct") << u"/apis/v2beta1/runs/r1:retry"_qs << true << false
                            << u"runs/r1:retry"_qs;
    QTest::addRow("proxy by port")
        << kProxy + u"/apis/v2beta1/healthz"_qs << true << true << u"healthz"_qs;
    QTest::addRow("proxy by port name")
        << u"/api/v1/namespaces/kubeflow/services/ml-pipeline:http/proxy/apis/v2beta1/runs"_qs
        << true << true << u"runs"_qs;
    QTest::addRow("proxy with scheme, encoded")
        << u"/api/v1/namespaces/kubeflow/services/http%3Aml-pipeline%3A8888/proxy/apis/v2beta1"_qs
        << true << true << QString();
    QTest::addRow("other namespace")
        << u"/api/v1/namespaces/team/services/ml-pipeline:8888/proxy/apis/v2beta1/runs"_qs << false
        << false << QString();
    QTest::addRow("other service")
        << u"/api/v1/namespaces/kubeflow/services/ml-pipeline-ui:80/proxy/apis/v2beta1/runs"_qs
        << false << false << QString();
    QTest::addRow("kubernetes group")
        << u"/apis/kubeflow.org/v1/notebooks"_qs << false << false << QString();
}

void TestSimKfp::routes()
{
    QFETCH(QString, path);
    QFETCH(bool, matched);
    QFETCH(bool, proxied);
    QFETCH(QString, rest);
    const sim::SimKfp::Route route = sim::SimKfp::route(path.split(u'/', Qt::SkipEmptyParts));
    QCOMPARE(route.matched, matched);
    QCOMPARE(route.proxied, matched && proxied);
    if (matched)
        QCOMPARE(route.rest.join(u'/'), rest);
}

Answer TestSimKfp::call(const QByteArray &method, const QString &path, const QUrlQuery &query,
                        const QByteArray &body, Via via, const QString &token)
{
    QUrl url(QStringLiteral("http://127.0.0.1:%1").arg(m_port));
    url.setPath((via == Via::Proxy ? kProxy : QString()) + path);
    url.setQuery(query);
    QNetworkRequest request(url);
    request.setRawHeader("Authorization", "Bearer " + token.toUtf8());
    if (!body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    return finish(m_network->sendCustomRequest(request, method, body), method, path, true);
}

Answer TestSimKfp::upload(const QString &path, const QUrlQuery &query, const QByteArray &file)
{
    QUrl url(QStringLiteral("http://127.0.0.1:%1").arg(m_port));
    url.setPath(path);
    url.setQuery(query);
    QNetworkRequest request(url);
    request.setRawHeader("Authorization", "Bearer " + kToken.toUtf8());
    auto *multiPart = new QHttpMultiPart(QHttpMultiPart::FormDataType);
    QHttpPart part;
    part.setHeader(QNetworkRequest::ContentDispositionHeader,
                   QVariant(u"form-data; name=\"uploadfile\"; filename=\"pipeline.yaml\""_qs));
    part.setHeader(QNetworkRequest::ContentTypeHeader, QVariant(u"application/x-yaml"_qs));
    part.setBody(file);
    multiPart->append(part);
    QNetworkReply *reply = m_network->post(request, multiPart);
    multiPart->setParent(reply);
    return finish(reply, "POST", path, true);
}

Answer TestSimKfp::finish(QNetworkReply *reply, const QByteArray &method, const QString &path,
                          bool validate)
{
    QEventLoop loop;
    connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    if (!reply->isFinished())
        loop.exec();
    Answer a;
    a.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    a.body = QJsonDocument::fromJson(reply->readAll()).object();
    reply->deleteLater();
    if (validate && m_haveSwagger)
        a.schemaProblems = m_swagger.check(method, path, a.status, a.body);
    return a;
}

QString TestSimKfp::createPipelineWithVersion(const QString &name, const QStringList &tasks,
                                              const QString &ns)
{
    QJsonObject pipeline{{u"name"_qs, name}, {u"display_name"_qs, name}};
    if (!ns.isEmpty())
        pipeline.insert(u"namespace"_qs, ns);
    const Answer a =
        call("POST", u"/apis/v2beta1/pipelines/create"_qs, {},
             json(QJsonObject{{u"pipeline"_qs, pipeline},
                              {u"pipeline_version"_qs,
                               QJsonObject{{u"name"_qs, QString(name + u"-v1"_qs)},
                                           {u"pipeline_spec"_qs, pipelineSpec(name, tasks)}}}}));
    if (a.status != 200)
        qWarning("creating pipeline %s: %s", qPrintable(name), json(a.body).constData());
    return a.body.value(u"pipeline_id").toString();
}

QString TestSimKfp::createExperiment(const QString &name, const QString &ns)
{
    const Answer a = call("POST", u"/apis/v2beta1/experiments"_qs, {},
                          json(QJsonObject{{u"display_name"_qs, name}, {u"namespace"_qs, ns}}));
    return a.body.value(u"experiment_id").toString();
}

HttpAnswer TestSimKfp::http(const QByteArray &method, const QByteArray &pathAndQuery,
                            const Headers &headers, const QByteArray &body)
{
    QNetworkRequest request(
        QUrl::fromEncoded("http://127.0.0.1:" + QByteArray::number(m_port) + pathAndQuery));
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    for (const auto &[name, value] : headers)
        request.setRawHeader(name, value);
    QNetworkReply *reply = m_network->sendCustomRequest(request, method, body);
    QEventLoop loop;
    connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    if (!reply->isFinished())
        loop.exec();
    HttpAnswer a;
    a.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    a.body = reply->readAll();
    a.location = reply->rawHeader("Location");
    a.setCookie = reply->rawHeader("Set-Cookie");
    reply->deleteLater();
    return a;
}

QByteArray TestSimKfp::logIn(const QString &user, const QString &password)
{
    const Headers browser{{"Accept", kBrowserAccept}};
    const HttpAnswer start = http("GET", "/oauth2/start?rd=%2F", browser);
    const QByteArray state = QUrlQuery(QUrl::fromEncoded(start.location).query())
                                 .queryItemValue(u"state"_qs, QUrl::FullyEncoded)
                                 .toLatin1();
    const HttpAnswer posted = http("POST", "/dex/auth/local?state=" + state,
                                   {{"Content-Type", "application/x-www-form-urlencoded"}},
                                   "login=" + QUrl::toPercentEncoding(user) +
                                       "&password=" + QUrl::toPercentEncoding(password));
    if (posted.status != 302)
        return {};
    const HttpAnswer callback = http("GET", posted.location, browser);
    static const QRegularExpression cookie(u"^oauth2_proxy_kubeflow=([^;]+);"_qs);
    return cookie.match(QString::fromLatin1(callback.setCookie)).captured(1).toLatin1();
}

void TestSimKfp::healthzAndAuthorization()
{
    const Answer direct = call("GET", u"/apis/v2beta1/healthz"_qs);
    KFP_CHECK(direct, 200);
    QCOMPARE(direct.body.value(u"multi_user").toBool(), true);
    KFP_CHECK(call("GET", u"/apis/v2beta1/healthz"_qs, {}, {}, Via::Proxy), 200);

    // The proxy needs services/proxy in kubeflow; the viewer has only pods.
    const Answer refused =
        call("GET", u"/apis/v2beta1/healthz"_qs, {}, {}, Via::Proxy, kViewerToken);
    QCOMPARE(refused.status, 403);
    QCOMPARE(refused.body.value(u"kind").toString(), u"Status"_qs);
    QVERIFY(refused.body.value(u"message").toString().contains(u"services/proxy"));
    const Answer refusedCreate =
        call("POST", u"/apis/v2beta1/experiments"_qs, {},
             json(QJsonObject{{u"display_name"_qs, u"nope"_qs}}), Via::Proxy, kViewerToken);
    QCOMPARE(refusedCreate.status, 403);
    QVERIFY(refusedCreate.body.value(u"message").toString().contains(u"cannot create"));
    QCOMPARE(call("GET", u"/apis/v2beta1/healthz"_qs, {}, {}, Via::Direct, u"wrong"_qs).status,
             401);

    // Through the proxy, a create works like the direct path and is visible on both.
    const Answer created = call(
        "POST", u"/apis/v2beta1/experiments"_qs, {},
        json(QJsonObject{{u"display_name"_qs, u"via-proxy"_qs}, {u"namespace"_qs, u"proxy-ns"_qs}}),
        Via::Proxy);
    KFP_CHECK(created, 200);
    const QString id = created.body.value(u"experiment_id").toString();
    KFP_CHECK(call("GET", u"/apis/v2beta1/experiments/"_qs + id), 200);
}

void TestSimKfp::pipelinesAndVersions()
{
    const Answer created = call("POST", u"/apis/v2beta1/pipelines"_qs, {},
                                json(QJsonObject{{u"name"_qs, u"json-pipeline"_qs},
                                                 {u"description"_qs, u"made from JSON"_qs}}));
    KFP_CHECK(created, 200);
    const QString id = created.body.value(u"pipeline_id").toString();
    QVERIFY(!id.isEmpty());
    QCOMPARE(created.body.value(u"display_name").toString(), u"json-pipeline"_qs);
    QVERIFY(
        QDateTime::fromString(created.body.value(u"created_at").toString(), Qt::ISODate).isValid());

    KFP_CHECK(call("POST", u"/apis/v2beta1/pipelines"_qs, {},
                   json(QJsonObject{{u"name"_qs, u"json-pipeline"_qs}})),
              409);

    const Answer version = call(
        "POST", u"/apis/v2beta1/pipelines/%1/versions"_qs.arg(id), {},
        json(QJsonObject{{u"name"_qs, u"v1"_qs},
                         {u"pipeline_spec"_qs, pipelineSpec(u"json-pipeline"_qs, {u"step"_qs})}}));
    KFP_CHECK(version, 200);
    const QString versionId = version.body.value(u"pipeline_version_id").toString();
    QCOMPARE(version.body.value(u"pipeline_id").toString(), id);
    QCOMPARE(version.body.value(u"pipeline_spec")
                 .toObject()
                 .value(u"pipelineInfo")
                 .toObject()
                 .value(u"name")
                 .toString(),
             u"json-pipeline"_qs);
    // A version needs a spec.
    KFP_CHECK(call("POST", u"/apis/v2beta1/pipelines/%1/versions"_qs.arg(id), {},
                   json(QJsonObject{{u"name"_qs, u"empty"_qs}})),
              400);

    KFP_CHECK(call("GET", u"/apis/v2beta1/pipelines/"_qs + id), 200);
    const Answer byName = call("GET", u"/apis/v2beta1/pipelines/names/json-pipeline"_qs);
    KFP_CHECK(byName, 200);
    QCOMPARE(byName.body.value(u"pipeline_id").toString(), id);
    const Answer gotVersion =
        call("GET", u"/apis/v2beta1/pipelines/%1/versions/%2"_qs.arg(id, versionId));
    KFP_CHECK(gotVersion, 200);
    QCOMPARE(gotVersion.body.value(u"name").toString(), u"v1"_qs);
    const Answer versions = call("GET", u"/apis/v2beta1/pipelines/%1/versions"_qs.arg(id));
    KFP_CHECK(versions, 200);
    QCOMPARE(versions.body.value(u"total_size").toInt(), 1);
    QCOMPARE(versions.body.value(u"pipeline_versions").toArray().size(), 1);

    // As KFP: no deleting a pipeline that still has versions (InvalidArgument, HTTP 400).
    const Answer refused = call("DELETE", u"/apis/v2beta1/pipelines/"_qs + id);
    KFP_CHECK(refused, 400);
    QCOMPARE(refused.body.value(u"code").toInt(), 3);
    QVERIFY(refused.body.value(u"message").toString().contains(u"existing pipeline versions"));

    const Answer deletedVersion =
        call("DELETE", u"/apis/v2beta1/pipelines/%1/versions/%2"_qs.arg(id, versionId));
    KFP_CHECK(deletedVersion, 200);
    QVERIFY(deletedVersion.body.isEmpty());
    KFP_CHECK(call("DELETE", u"/apis/v2beta1/pipelines/"_qs + id), 200);
    KFP_CHECK(call("GET", u"/apis/v2beta1/pipelines/"_qs + id), 404);
}

void TestSimKfp::uploads()
{
    QUrlQuery query;
    query.addQueryItem(u"name"_qs, u"uploaded"_qs);
    query.addQueryItem(u"description"_qs, u"from a file"_qs);
    query.addQueryItem(u"namespace"_qs, u"upload-ns"_qs);
    const Answer pipeline = upload(u"/apis/v2beta1/pipelines/upload"_qs, query, kPipelineYaml);
    KFP_CHECK(pipeline, 200);
    const QString id = pipeline.body.value(u"pipeline_id").toString();
    QCOMPARE(pipeline.body.value(u"name").toString(), u"uploaded"_qs);
    QCOMPARE(pipeline.body.value(u"description").toString(), u"from a file"_qs);
    QCOMPARE(pipeline.body.value(u"namespace").toString(), u"upload-ns"_qs);

    // The upload made the first version from the file.
    const Answer versions = call("GET", u"/apis/v2beta1/pipelines/%1/versions"_qs.arg(id));
    KFP_CHECK(versions, 200);
    QCOMPARE(versions.body.value(u"total_size").toInt(), 1);
    const QJsonObject first = versions.body.value(u"pipeline_versions").toArray().at(0).toObject();
    QCOMPARE(first.value(u"pipeline_spec").toObject().value(u"sdkVersion").toString(),
             u"kfp-2.7.0"_qs);

    QUrlQuery versionQuery;
    versionQuery.addQueryItem(u"pipelineid"_qs, id);
    versionQuery.addQueryItem(u"name"_qs, u"uploaded-v2"_qs);
    const Answer version =
        upload(u"/apis/v2beta1/pipelines/upload_version"_qs, versionQuery, kPipelineYaml);
    KFP_CHECK(version, 200);
    QCOMPARE(version.body.value(u"pipeline_id").toString(), id);
    QCOMPARE(version.body.value(u"name").toString(), u"uploaded-v2"_qs);
    QCOMPARE(call("GET", u"/apis/v2beta1/pipelines/%1/versions"_qs.arg(id))
                 .body.value(u"total_size")
                 .toInt(),
             2);

    // Not a pipeline at all, and a version for a pipeline that does not exist.
    QUrlQuery other;
    other.addQueryItem(u"name"_qs, u"broken"_qs);
    KFP_CHECK(upload(u"/apis/v2beta1/pipelines/upload"_qs, other, "[1, 2"), 400);
    QUrlQuery missing;
    missing.addQueryItem(u"pipelineid"_qs, u"no-such-pipeline"_qs);
    KFP_CHECK(upload(u"/apis/v2beta1/pipelines/upload_version"_qs, missing, kPipelineYaml), 404);
}

void TestSimKfp::listPagingSortAndFilter()
{
    for (int i = 0; i < 5; ++i)
        QVERIFY(
            !createPipelineWithVersion(u"page-%1"_qs.arg(i), {u"t"_qs}, u"paging"_qs).isEmpty());

    // Pages of two, newest name first, until no next_page_token.
    QStringList names;
    QString token;
    int pages = 0;
    do {
        QUrlQuery query;
        query.addQueryItem(u"namespace"_qs, u"paging"_qs);
        query.addQueryItem(u"page_size"_qs, u"2"_qs);
        query.addQueryItem(u"sort_by"_qs, u"name desc"_qs);
        if (!token.isEmpty())
            query.addQueryItem(u"page_token"_qs, token);
        const Answer page = call("GET", u"/apis/v2beta1/pipelines"_qs, query);
        KFP_CHECK(page, 200);
        QCOMPARE(page.body.value(u"total_size").toInt(), 5);
        for (const QJsonValue &p : page.body.value(u"pipelines").toArray())
            names << p.toObject().value(u"name").toString();
        token = page.body.value(u"next_page_token").toString();
        QVERIFY(++pages <= 3);
    } while (!token.isEmpty());
    QCOMPARE(pages, 3);
    QCOMPARE(names,
             (QStringList{u"page-4"_qs, u"page-3"_qs, u"page-2"_qs, u"page-1"_qs, u"page-0"_qs}));

    const auto filtered = [&](const QString &key, const QString &operation, const QString &value) {
        const QJsonObject filter{
            {u"predicates"_qs,
             QJsonArray{QJsonObject{
                 {u"key"_qs, key}, {u"operation"_qs, operation}, {u"string_value"_qs, value}}}}};
        QUrlQuery query;
        query.addQueryItem(u"namespace"_qs, u"paging"_qs);
        query.addQueryItem(u"filter"_qs, QString::fromUtf8(json(filter)));
        query.addQueryItem(u"sort_by"_qs, u"name"_qs);
        return call("GET", u"/apis/v2beta1/pipelines"_qs, query);
    };
    const Answer equals = filtered(u"name"_qs, u"EQUALS"_qs, u"page-2"_qs);
    KFP_CHECK(equals, 200);
    QCOMPARE(equals.body.value(u"total_size").toInt(), 1);
    QCOMPARE(equals.body.value(u"pipelines").toArray().at(0).toObject().value(u"name").toString(),
             u"page-2"_qs);
    const Answer notEquals = filtered(u"display_name"_qs, u"NOT_EQUALS"_qs, u"page-2"_qs);
    KFP_CHECK(notEquals, 200);
    QCOMPARE(notEquals.body.value(u"total_size").toInt(), 4);
    const Answer substring = filtered(u"name"_qs, u"IS_SUBSTRING"_qs, u"ge-3"_qs);
    KFP_CHECK(substring, 200);
    QCOMPARE(substring.body.value(u"total_size").toInt(), 1);
    const Answer none = filtered(u"name"_qs, u"EQUALS"_qs, u"nothing"_qs);
    KFP_CHECK(none, 200);
    QCOMPARE(none.body.value(u"total_size").toInt(), 0);
    QVERIFY(!none.body.contains(u"pipelines"));

    // Bad sort keys, page tokens and filters are the caller's error.
    QUrlQuery badSort;
    badSort.addQueryItem(u"sort_by"_qs, u"colour"_qs);
    KFP_CHECK(call("GET", u"/apis/v2beta1/pipelines"_qs, badSort), 400);
    QUrlQuery badToken;
    badToken.addQueryItem(u"page_token"_qs, u"not-a-token"_qs);
    KFP_CHECK(call("GET", u"/apis/v2beta1/pipelines"_qs, badToken), 400);
    QUrlQuery badFilter;
    badFilter.addQueryItem(u"filter"_qs, u"{\"predicates\": ["_qs);
    KFP_CHECK(call("GET", u"/apis/v2beta1/pipelines"_qs, badFilter), 400);
}

void TestSimKfp::experiments()
{
    const Answer created = call("POST", u"/apis/v2beta1/experiments"_qs, {},
                                json(QJsonObject{{u"display_name"_qs, u"exp-a"_qs},
                                                 {u"description"_qs, u"first"_qs},
                                                 {u"namespace"_qs, u"exp-ns"_qs}}));
    KFP_CHECK(created, 200);
    const QString id = created.body.value(u"experiment_id").toString();
    QCOMPARE(created.body.value(u"storage_state").toString(), u"AVAILABLE"_qs);
    KFP_CHECK(
        call("POST", u"/apis/v2beta1/experiments"_qs, {},
             json(QJsonObject{{u"display_name"_qs, u"exp-a"_qs}, {u"namespace"_qs, u"exp-ns"_qs}})),
        409);
    KFP_CHECK(
        call("POST", u"/apis/v2beta1/experiments"_qs, {},
             json(QJsonObject{{u"display_name"_qs, u"exp-b"_qs}, {u"namespace"_qs, u"exp-ns"_qs}})),
        200);

    QUrlQuery query;
    query.addQueryItem(u"namespace"_qs, u"exp-ns"_qs);
    query.addQueryItem(u"sort_by"_qs, u"created_at desc"_qs);
    const Answer list = call("GET", u"/apis/v2beta1/experiments"_qs, query);
    KFP_CHECK(list, 200);
    QCOMPARE(list.body.value(u"total_size").toInt(), 2);

    KFP_CHECK(call("POST", u"/apis/v2beta1/experiments/%1:archive"_qs.arg(id)), 200);
    QCOMPARE(
        call("GET", u"/apis/v2beta1/experiments/"_qs + id).body.value(u"storage_state").toString(),
        u"ARCHIVED"_qs);
    KFP_CHECK(call("POST", u"/apis/v2beta1/experiments/%1:unarchive"_qs.arg(id)), 200);
    const Answer got = call("GET", u"/apis/v2beta1/experiments/"_qs + id);
    KFP_CHECK(got, 200);
    QCOMPARE(got.body.value(u"storage_state").toString(), u"AVAILABLE"_qs);

    KFP_CHECK(call("DELETE", u"/apis/v2beta1/experiments/"_qs + id), 200);
    KFP_CHECK(call("GET", u"/apis/v2beta1/experiments/"_qs + id), 404);
}

void TestSimKfp::runsProgressToSucceeded()
{
    const QString pipelineId =
        createPipelineWithVersion(u"two-steps"_qs, {u"prepare"_qs, u"train"_qs});
    QVERIFY(!pipelineId.isEmpty());
    const QString experimentId = createExperiment(u"runs-exp"_qs, u"runs-ns"_qs);
    QVERIFY(!experimentId.isEmpty());

    const Answer created =
        call("POST", u"/apis/v2beta1/runs"_qs, {},
             json(QJsonObject{
                 {u"display_name"_qs, u"first run"_qs},
                 {u"experiment_id"_qs, experimentId},
                 {u"pipeline_version_reference"_qs, QJsonObject{{u"pipeline_id"_qs, pipelineId}}},
                 {u"runtime_config"_qs,
                  QJsonObject{{u"parameters"_qs,
                               QJsonObject{{u"epochs"_qs, 3}, {u"model"_qs, u"resnet"_qs}}}}}}));
    KFP_CHECK(created, 200);
    const QString runId = created.body.value(u"run_id").toString();
    QCOMPARE(created.body.value(u"state").toString(), u"PENDING"_qs);
    QVERIFY(!created.body.value(u"pipeline_version_reference")
                 .toObject()
                 .value(u"pipeline_version_id")
                 .toString()
                 .isEmpty());
    QCOMPARE(created.body.value(u"runtime_config")
                 .toObject()
                 .value(u"parameters")
                 .toObject()
                 .value(u"epochs")
                 .toInt(),
             3);

    Answer run;
    QTRY_VERIFY_WITH_TIMEOUT(
        (run = call("GET", u"/apis/v2beta1/runs/"_qs + runId)).body.value(u"state").toString() ==
            u"SUCCEEDED",
        10000);
    KFP_CHECK(run, 200);
    QVERIFY(run.body.contains(u"finished_at"));
    QStringList history;
    for (const QJsonValue &h : run.body.value(u"state_history").toArray())
        history << h.toObject().value(u"state").toString();
    QCOMPARE(history, (QStringList{u"PENDING"_qs, u"RUNNING"_qs, u"SUCCEEDED"_qs}));
    const QJsonArray tasks =
        run.body.value(u"run_details").toObject().value(u"task_details").toArray();
    QCOMPARE(tasks.size(), 2);
    QStringList taskNames;
    for (const QJsonValue &t : tasks) {
        taskNames << t.toObject().value(u"display_name").toString();
        QCOMPARE(t.toObject().value(u"state").toString(), u"SUCCEEDED"_qs);
        QCOMPARE(t.toObject().value(u"run_id").toString(), runId);
        QVERIFY(t.toObject().contains(u"end_time"));
        // Pod names are DNS labels, as the app links them to pod logs.
        QVERIFY(QRegularExpression(u"^[a-z0-9-]+$"_qs)
                    .match(t.toObject().value(u"pod_name").toString())
                    .hasMatch());
    }
    QCOMPARE(taskNames, (QStringList{u"prepare"_qs, u"train"_qs}));
    // The experiment learnt of its run.
    QVERIFY(call("GET", u"/apis/v2beta1/experiments/"_qs + experimentId)
                .body.contains(u"last_run_created_at"));
}

void TestSimKfp::runActions()
{
    const QString experimentId = createExperiment(u"actions-exp"_qs, u"actions-ns"_qs);
    const auto createRun = [&](const QString &name) {
        return call(
            "POST", u"/apis/v2beta1/runs"_qs, {},
            json(QJsonObject{{u"display_name"_qs, name},
                             {u"experiment_id"_qs, experimentId},
                             {u"pipeline_spec"_qs, pipelineSpec(u"inline"_qs, {u"only"_qs})}}));
    };
    const Answer stopped = createRun(u"to-stop"_qs);
    KFP_CHECK(stopped, 200);
    const QString stoppedId = stopped.body.value(u"run_id").toString();
    KFP_CHECK(call("POST", u"/apis/v2beta1/runs/%1:terminate"_qs.arg(stoppedId)), 200);
    QCOMPARE(call("GET", u"/apis/v2beta1/runs/"_qs + stoppedId).body.value(u"state").toString(),
             u"CANCELED"_qs);
    // A terminated run stays terminated: its old timers are void.
    QTest::qWait(600);
    QCOMPARE(call("GET", u"/apis/v2beta1/runs/"_qs + stoppedId).body.value(u"state").toString(),
             u"CANCELED"_qs);
    KFP_CHECK(call("POST", u"/apis/v2beta1/runs/%1:terminate"_qs.arg(stoppedId)), 400);

    KFP_CHECK(call("POST", u"/apis/v2beta1/runs/%1:retry"_qs.arg(stoppedId)), 200);
    QTRY_COMPARE_WITH_TIMEOUT(
        call("GET", u"/apis/v2beta1/runs/"_qs + stoppedId).body.value(u"state").toString(),
        u"SUCCEEDED"_qs, 10000);
    KFP_CHECK(call("POST", u"/apis/v2beta1/runs/%1:retry"_qs.arg(stoppedId)), 400);

    KFP_CHECK(createRun(u"other"_qs), 200);
    QUrlQuery byExperiment;
    byExperiment.addQueryItem(u"experiment_id"_qs, experimentId);
    byExperiment.addQueryItem(u"page_size"_qs, u"1"_qs);
    const Answer list = call("GET", u"/apis/v2beta1/runs"_qs, byExperiment);
    KFP_CHECK(list, 200);
    QCOMPARE(list.body.value(u"total_size").toInt(), 2);
    QCOMPARE(list.body.value(u"runs").toArray().size(), 1);
    QVERIFY(list.body.contains(u"next_page_token"));
    QUrlQuery byNamespace;
    byNamespace.addQueryItem(u"namespace"_qs, u"actions-ns"_qs);
    byNamespace.addQueryItem(
        u"filter"_qs,
        QString::fromUtf8(json(QJsonObject{
            {u"predicates"_qs, QJsonArray{QJsonObject{{u"key"_qs, u"state"_qs},
                                                      {u"operation"_qs, u"EQUALS"_qs},
                                                      {u"string_value"_qs, u"SUCCEEDED"_qs}}}}})));
    const Answer succeeded = call("GET", u"/apis/v2beta1/runs"_qs, byNamespace);
    KFP_CHECK(succeeded, 200);
    QCOMPARE(succeeded.body.value(u"total_size").toInt(), 1);
    QCOMPARE(succeeded.body.value(u"runs").toArray().at(0).toObject().value(u"run_id").toString(),
             stoppedId);

    KFP_CHECK(call("POST", u"/apis/v2beta1/runs/%1:archive"_qs.arg(stoppedId)), 200);
    QCOMPARE(
        call("GET", u"/apis/v2beta1/runs/"_qs + stoppedId).body.value(u"storage_state").toString(),
        u"ARCHIVED"_qs);
    KFP_CHECK(call("POST", u"/apis/v2beta1/runs/%1:unarchive"_qs.arg(stoppedId)), 200);
    QCOMPARE(
        call("GET", u"/apis/v2beta1/runs/"_qs + stoppedId).body.value(u"storage_state").toString(),
        u"AVAILABLE"_qs);
    KFP_CHECK(call("DELETE", u"/apis/v2beta1/runs/"_qs + stoppedId), 200);
    KFP_CHECK(call("GET", u"/apis/v2beta1/runs/"_qs + stoppedId), 404);

    // Neither a spec nor a reference; a reference to nothing.
    KFP_CHECK(call("POST", u"/apis/v2beta1/runs"_qs, {},
                   json(QJsonObject{{u"display_name"_qs, u"empty"_qs}})),
              400);
    KFP_CHECK(call("POST", u"/apis/v2beta1/runs"_qs, {},
                   json(QJsonObject{{u"display_name"_qs, u"dangling"_qs},
                                    {u"pipeline_version_reference"_qs,
                                     QJsonObject{{u"pipeline_id"_qs, u"nope"_qs}}}})),
              404);
}

void TestSimKfp::recurringRuns()
{
    const QString pipelineId = createPipelineWithVersion(u"nightly"_qs, {u"train"_qs});
    const QString experimentId = createExperiment(u"recurring-exp"_qs, u"recurring-ns"_qs);
    const auto recurring = [&](const QJsonObject &trigger, const QString &concurrency) {
        return call("POST", u"/apis/v2beta1/recurringruns"_qs, {},
                    json(QJsonObject{{u"display_name"_qs, u"nightly training"_qs},
                                     {u"experiment_id"_qs, experimentId},
                                     {u"pipeline_version_reference"_qs,
                                      QJsonObject{{u"pipeline_id"_qs, pipelineId}}},
                                     {u"trigger"_qs, trigger},
                                     {u"max_concurrency"_qs, concurrency},
                                     {u"no_catchup"_qs, true},
                                     {u"mode"_qs, u"ENABLE"_qs}}));
    };
    const Answer cron = recurring(
        QJsonObject{{u"cron_schedule"_qs, QJsonObject{{u"cron"_qs, u"0 0 2 * * *"_qs}}}}, u"2"_qs);
    KFP_CHECK(cron, 200);
    const QString id = cron.body.value(u"recurring_run_id").toString();
    QCOMPARE(cron.body.value(u"status").toString(), u"ENABLED"_qs);
    QCOMPARE(cron.body.value(u"namespace").toString(), u"recurring-ns"_qs);
    QCOMPARE(cron.body.value(u"no_catchup").toBool(), true);
    QCOMPARE(cron.body.value(u"max_concurrency").toString(), u"2"_qs);
    KFP_CHECK(recurring(QJsonObject{{u"periodic_schedule"_qs,
                                     QJsonObject{{u"interval_second"_qs, u"3600"_qs}}}},
                        u"1"_qs),
              200);
    KFP_CHECK(recurring(QJsonObject{{u"cron_schedule"_qs, QJsonObject{{u"cron"_qs, u"bad"_qs}}}},
                        u"1"_qs),
              400);
    KFP_CHECK(
        recurring(QJsonObject{{u"cron_schedule"_qs, QJsonObject{{u"cron"_qs, u"0 0 2 * * *"_qs}}}},
                  u"0"_qs),
        400);
    KFP_CHECK(recurring(QJsonObject{}, u"1"_qs), 400);

    QUrlQuery query;
    query.addQueryItem(u"experiment_id"_qs, experimentId);
    const Answer list = call("GET", u"/apis/v2beta1/recurringruns"_qs, query);
    KFP_CHECK(list, 200);
    QCOMPARE(list.body.value(u"total_size").toInt(), 2);
    QCOMPARE(list.body.value(u"recurringRuns").toArray().size(), 2);

    KFP_CHECK(call("POST", u"/apis/v2beta1/recurringruns/%1:disable"_qs.arg(id)), 200);
    QCOMPARE(call("GET", u"/apis/v2beta1/recurringruns/"_qs + id).body.value(u"status").toString(),
             u"DISABLED"_qs);
    KFP_CHECK(call("POST", u"/apis/v2beta1/recurringruns/%1:enable"_qs.arg(id)), 200);
    const Answer got = call("GET", u"/apis/v2beta1/recurringruns/"_qs + id);
    KFP_CHECK(got, 200);
    QCOMPARE(got.body.value(u"status").toString(), u"ENABLED"_qs);
    KFP_CHECK(call("DELETE", u"/apis/v2beta1/recurringruns/"_qs + id), 200);
    KFP_CHECK(call("GET", u"/apis/v2beta1/recurringruns/"_qs + id), 404);
}

void TestSimKfp::errorsHaveTheGatewayShape()
{
    const Answer missing = call("GET", u"/apis/v2beta1/runs/no-such-run"_qs);
    KFP_CHECK(missing, 404);
    QCOMPARE(missing.body.value(u"code").toInt(), 5); // NOT_FOUND
    QVERIFY(missing.body.value(u"message").toString().contains(u"no-such-run"));
    QCOMPARE(missing.body.value(u"error").toString(), missing.body.value(u"message").toString());
    QVERIFY(missing.body.value(u"details").isArray());
    const Answer notJson = call("POST", u"/apis/v2beta1/experiments"_qs, {}, "{not json");
    KFP_CHECK(notJson, 400);
    QCOMPARE(notJson.body.value(u"code").toInt(), 3); // INVALID_ARGUMENT
    if (!m_haveSwagger)
        QSKIP("KFW_CONFORMANCE_DIR/kfp/api/v2beta1 is absent: answers were checked for status "
              "only, not against the KFP swagger");
}

void TestSimKfp::seedDemo()
{
    sim::SimKfp kfp;
    kfp.seedDemo();
    QUrlQuery query;
    query.addQueryItem(u"namespace"_qs, u"kubeflow-user-example-com"_qs);
    const QJsonObject pipelines = kfp.handle("GET", {u"pipelines"_qs}, query, {}, {}).body;
    QCOMPARE(pipelines.value(u"total_size").toInt(), 2);
    const QJsonObject runs = kfp.handle("GET", {u"runs"_qs}, query, {}, {}).body;
    QCOMPARE(runs.value(u"total_size").toInt(), 2);
    for (const QJsonValue &run : runs.value(u"runs").toArray()) {
        QCOMPARE(run.toObject().value(u"state").toString(), u"SUCCEEDED"_qs);
        QVERIFY(!run.toObject()
                     .value(u"run_details")
                     .toObject()
                     .value(u"task_details")
                     .toArray()
                     .isEmpty());
        if (m_haveSwagger)
            QVERIFY2(
                m_swagger.check("GET", u"/apis/v2beta1/runs/x"_qs, 200, run.toObject()).isEmpty(),
                "a seeded run does not conform");
    }
}

void TestSimKfp::taskPodsAndLogs()
{
    // Long enough to look at a run while it runs.
    m_server->kfp()->setRunSeconds(3);
    const auto restore = qScopeGuard([this] { m_server->kfp()->setRunSeconds(0.2); });
    const QString pipelineId = createPipelineWithVersion(u"pods"_qs, {u"fetch"_qs, u"fit"_qs});
    const QString experimentId = createExperiment(u"pods-exp"_qs, kUserNs);
    QVERIFY(!pipelineId.isEmpty() && !experimentId.isEmpty());
    const Answer created = call("POST", u"/apis/v2beta1/runs"_qs, {},
                                json(QJsonObject{{u"display_name"_qs, u"with pods"_qs},
                                                 {u"experiment_id"_qs, experimentId},
                                                 {u"pipeline_version_reference"_qs,
                                                  QJsonObject{{u"pipeline_id"_qs, pipelineId}}}}));
    KFP_CHECK(created, 200);
    const QString runId = created.body.value(u"run_id").toString();

    Answer run;
    QTRY_COMPARE_WITH_TIMEOUT(
        (run = call("GET", u"/apis/v2beta1/runs/"_qs + runId)).body.value(u"state").toString(),
        u"RUNNING"_qs, 5000);
    const QJsonArray tasks =
        run.body.value(u"run_details").toObject().value(u"task_details").toArray();
    QCOMPARE(tasks.size(), 2);
    QString fitPod;
    for (const QJsonValue &t : tasks) {
        if (t.toObject().value(u"display_name").toString() == u"fit")
            fitPod = t.toObject().value(u"pod_name").toString();
    }
    QVERIFY(!fitPod.isEmpty());

    // The profile's owner reads the pod and its log in their namespace.
    const QString podPath = QStringLiteral("/api/v1/namespaces/%1/pods/%2").arg(kUserNs, fitPod);
    const Headers asUser{{"Authorization", "Bearer " + kUserToken.toUtf8()}};
    const HttpAnswer pod = http("GET", podPath.toUtf8(), asUser);
    QCOMPARE(pod.status, 200);
    const QJsonObject podObject = pod.json();
    const QJsonObject labels = podObject.value(u"metadata").toObject().value(u"labels").toObject();
    QCOMPARE(labels.value(u"pipelines.kubeflow.org/v2_component").toString(), u"true"_qs);
    QCOMPARE(labels.value(u"pipeline/runid").toString(), runId);
    const QJsonArray containers =
        podObject.value(u"spec").toObject().value(u"containers").toArray();
    QCOMPARE(containers.size(), 1);
    QCOMPARE(containers.first().toObject().value(u"name").toString(), u"main"_qs);
    QCOMPARE(podObject.value(u"status").toObject().value(u"phase").toString(), u"Running"_qs);
    const QByteArray started = "fit: started (run " + runId.toUtf8() + ")\n";
    const HttpAnswer log = http("GET", (podPath + u"/log?container=main"_qs).toUtf8(), asUser);
    QCOMPARE(log.status, 200);
    QCOMPARE(log.body, started);
    // Someone without pods in that namespace may not.
    QCOMPARE(http("GET", (podPath + u"/log?container=main"_qs).toUtf8(),
                  {{"Authorization", "Bearer " + kViewerToken.toUtf8()}})
                 .status,
             403);

    // A followed log streams the end of the task, and ends with it.
    QNetworkRequest followRequest(
        QUrl(QStringLiteral("http://127.0.0.1:%1%2/log?container=main&follow=true")
                 .arg(m_port)
                 .arg(podPath)));
    followRequest.setRawHeader("Authorization", "Bearer " + kUserToken.toUtf8());
    QNetworkReply *follow = m_network->get(followRequest);
    QByteArray streamed;
    connect(follow, &QNetworkReply::readyRead, this, [&] { streamed += follow->readAll(); });
    QTRY_COMPARE_WITH_TIMEOUT(streamed, started, 5000);
    QVERIFY(!follow->isFinished());
    QTRY_VERIFY_WITH_TIMEOUT(follow->isFinished(), 5000);
    streamed += follow->readAll();
    follow->deleteLater();
    QCOMPARE(streamed, started + "fit: SUCCEEDED\n");
    QCOMPARE(call("GET", u"/apis/v2beta1/runs/"_qs + runId).body.value(u"state").toString(),
             u"SUCCEEDED"_qs);

    const HttpAnswer finished = http("GET", podPath.toUtf8(), asUser);
    QCOMPARE(finished.json().value(u"status").toObject().value(u"phase").toString(),
             u"Succeeded"_qs);
    QCOMPARE(http("GET", (podPath + u"/log?container=main"_qs).toUtf8(), asUser).body,
             started + "fit: SUCCEEDED\n");
    // Every task has its pod, found by the run's label.
    const HttpAnswer byRun =
        http("GET",
             "/api/v1/namespaces/" + kUserNs.toUtf8() +
                 "/pods?labelSelector=" + QUrl::toPercentEncoding(u"pipeline/runid="_qs + runId),
             asUser);
    QCOMPARE(byRun.status, 200);
    QCOMPARE(byRun.json().value(u"items").toArray().size(), 2);
}

void TestSimKfp::gatewayLoginStepByStep()
{
    const Headers browser{{"Accept", kBrowserAccept}};
    const Headers admin{{"Authorization", "Bearer " + kToken.toUtf8()}};
    const int loginsBefore = http("GET", "/_sim/sessions", admin).json().value(u"logins").toInt();

    // 1. A browser asks for a KFP page and is sent to oauth2-proxy with where it wanted to go.
    const QByteArray wanted = "/pipeline/apis/v2beta1/experiments?namespace=" + kUserNs.toUtf8();
    const HttpAnswer first = http("GET", wanted, browser);
    QCOMPARE(first.status, 302);
    QCOMPARE(first.location,
             "/oauth2/start?rd=" + QUrl::toPercentEncoding(QString::fromUtf8(wanted)));

    // 2. oauth2-proxy sends it to Dex with a state.
    const HttpAnswer start = http("GET", first.location, browser);
    QCOMPARE(start.status, 302);
    const QByteArray dexPrefix = "/dex/auth?client_id=kubeflow-oidc-authservice&redirect_uri=/"
                                 "oauth2/callback&response_type=code&scope=openid+profile+email+"
                                 "groups&state=";
    QVERIFY2(start.location.startsWith(dexPrefix), start.location.constData());
    const QByteArray state = start.location.mid(dexPrefix.size());
    QVERIFY(state.size() >= 16);

    // 3. Dex shows its login form.
    const HttpAnswer form = http("GET", start.location, browser);
    QCOMPARE(form.status, 200);
    QVERIFY(form.body.contains("<title>Log in to Dex</title>"));
    QVERIFY(form.body.contains("id=\"login\" name=\"login\""));
    QVERIFY(form.body.contains("id=\"password\" name=\"password\""));
    QVERIFY(form.body.contains("id=\"submit-login\""));
    static const QRegularExpression actionPattern(u"<form method=\"post\" action=\"([^\"]+)\">"_qs);
    const QByteArray action =
        actionPattern.match(QString::fromUtf8(form.body)).captured(1).toUtf8();
    QCOMPARE(action, "/dex/auth/local?state=" + state);

    // 4. A wrong password shows the form again with Dex's error.
    const Headers formType{{"Content-Type", "application/x-www-form-urlencoded"}};
    const HttpAnswer wrong =
        http("POST", action, formType, "login=user%40example.com&password=nope");
    QCOMPARE(wrong.status, 200);
    QVERIFY(wrong.location.isEmpty());
    QVERIFY(wrong.body.contains("Invalid Email Address and password"));
    QVERIFY(!form.body.contains("Invalid Email Address and password"));

    // 5. The right one goes back to oauth2-proxy with a code and the same state.
    const HttpAnswer posted =
        http("POST", action, formType, "login=user%40example.com&password=12341234");
    QCOMPARE(posted.status, 302);
    QVERIFY2(posted.location.startsWith("/oauth2/callback?code="), posted.location.constData());
    QVERIFY(posted.location.endsWith(QByteArray("&state=" + state)));

    // 6. The callback sets the session cookie and returns to the page first asked for.
    const HttpAnswer callback = http("GET", posted.location, browser);
    QCOMPARE(callback.status, 302);
    QCOMPARE(callback.location, wanted);
    static const QRegularExpression cookiePattern(
        u"^oauth2_proxy_kubeflow=([A-Za-z0-9_-]{32,}); Path=/; HttpOnly; SameSite=Lax$"_qs);
    const QRegularExpressionMatch cookie =
        cookiePattern.match(QString::fromLatin1(callback.setCookie));
    QVERIFY2(cookie.hasMatch(), callback.setCookie.constData());
    // The code is good for one login only.
    QCOMPARE(http("GET", posted.location, browser).status, 403);

    // 7. With the cookie (among others), KFP answers as the user in their namespace...
    const Headers session{{"Cookie", "theme=dark; oauth2_proxy_kubeflow=" +
                                         cookie.captured(1).toLatin1() + "; lang=en"}};
    const HttpAnswer createdExperiment =
        http("POST", "/pipeline/apis/v2beta1/experiments", session,
             json(QJsonObject{{u"display_name"_qs, u"from the gateway"_qs},
                              {u"namespace"_qs, kUserNs}}));
    QCOMPARE(createdExperiment.status, 200);
    const HttpAnswer listed = http("GET", wanted, session);
    QCOMPARE(listed.status, 200);
    QStringList names;
    for (const QJsonValue &e : listed.json().value(u"experiments").toArray())
        names << e.toObject().value(u"display_name").toString();
    QVERIFY2(names.contains(u"from the gateway"_qs), qPrintable(names.join(u", ")));

    // ... and refuses another namespace, for lists, creates and objects by id.
    const QString elsewhere = createExperiment(u"not-for-the-user"_qs, u"team-vision"_qs);
    QVERIFY(!elsewhere.isEmpty());
    const HttpAnswer otherList =
        http("GET", "/pipeline/apis/v2beta1/experiments?namespace=team-vision", session);
    QCOMPARE(otherList.status, 403);
    QCOMPARE(otherList.json().value(u"code").toInt(), 7); // PERMISSION_DENIED
    QVERIFY(otherList.json().value(u"message").toString().contains(u"User 'user@example.com'"));
    QCOMPARE(
        http("GET", "/pipeline/apis/v2beta1/experiments/" + elsewhere.toUtf8(), session).status,
        403);
    QCOMPARE(http("POST", "/pipeline/apis/v2beta1/experiments", session,
                  json(QJsonObject{{u"display_name"_qs, u"sneaky"_qs},
                                   {u"namespace"_qs, u"team-vision"_qs}}))
                 .status,
             403);

    // 8. The dashboard and userinfo know the user.
    const HttpAnswer dashboard = http("GET", "/", session);
    QCOMPARE(dashboard.status, 200);
    QVERIFY(dashboard.body.contains("Kubeflow Central Dashboard (simulated)"));
    const QJsonObject info = http("GET", "/oauth2/userinfo", session).json();
    QCOMPARE(info.value(u"user").toString(), kUser);
    QCOMPARE(info.value(u"email").toString(), kUser);
    QVERIFY(info.value(u"groups").isArray());

    // 9. The control endpoint counts the login; expiring sessions makes the cookie worthless.
    const QJsonObject counts = http("GET", "/_sim/sessions", admin).json();
    QCOMPARE(counts.value(u"logins").toInt(), loginsBefore + 1);
    QVERIFY(counts.value(u"sessions").toInt() >= 1);
    QCOMPARE(
        http("POST", "/_sim/sessions/expire", {{"Authorization", "Bearer " + kUserToken.toUtf8()}})
            .status,
        401); // administrators only
    const HttpAnswer expired = http("POST", "/_sim/sessions/expire", admin);
    QCOMPARE(expired.status, 200);
    QCOMPARE(expired.json().value(u"expired").toInt(), counts.value(u"sessions").toInt());
    QCOMPARE(http("GET", "/_sim/sessions", admin).json().value(u"sessions").toInt(), 0);
    const HttpAnswer afterExpiry = http("GET", wanted, session);
    QCOMPARE(afterExpiry.status, 401);
    QCOMPARE(afterExpiry.json().value(u"code").toInt(), 16);
    Headers browserSession = session;
    browserSession << qMakePair(QByteArray("Accept"), kBrowserAccept);
    QVERIFY(http("GET", wanted, browserSession).location.startsWith("/oauth2/start?rd="));
}

void TestSimKfp::gatewayCredentials()
{
    const QByteArray path = "/pipeline/apis/v2beta1/experiments?namespace=" + kUserNs.toUtf8();
    // An API client without credentials gets 401, not a login page.
    const HttpAnswer anonymous = http("GET", path, {{"Accept", "application/json"}});
    QCOMPARE(anonymous.status, 401);
    QVERIFY(anonymous.location.isEmpty());
    QCOMPARE(anonymous.json().value(u"code").toInt(), 16);
    QVERIFY(!anonymous.json().value(u"message").toString().isEmpty());
    QCOMPARE(http("GET", "/oauth2/userinfo").status, 401);
    QCOMPARE(http("GET", "/").status, 401);
    QCOMPARE(http("GET", "/", {{"Accept", kBrowserAccept}}).location, "/oauth2/start?rd=%2F");
    // An unknown cookie is no session.
    QCOMPARE(http("GET", path, {{"Cookie", "oauth2_proxy_kubeflow=made-up-value"}}).status, 401);

    // A bearer token acts as its user, in KFP's multi-user mode.
    const Headers asUser{{"Authorization", "Bearer " + kUserToken.toUtf8()}};
    QCOMPARE(http("GET", path, asUser).status, 200);
    QCOMPARE(http("GET", "/pipeline/apis/v2beta1/runs?namespace=team-vision", asUser).status, 403);
    QCOMPARE(http("GET", "/oauth2/userinfo", asUser).json().value(u"user").toString(), kUser);
    const Headers asAdmin{{"Authorization", "Bearer " + kToken.toUtf8()}};
    QCOMPARE(http("GET", "/pipeline/apis/v2beta1/runs?namespace=team-vision", asAdmin).status, 200);
    QCOMPARE(http("GET", path, {{"Authorization", "Bearer not-a-token"}}).status, 401);

    // The administrator logs in by name, with the default password too.
    QVERIFY(!logIn(u"admin"_qs, u"12341234"_qs).isEmpty());
    QVERIFY(logIn(u"nobody@example.com"_qs, u"12341234"_qs).isEmpty());
    // A changed password replaces the default.
    m_server->gateway().setPassword(u"admin"_qs, u"s3cret"_qs);
    QVERIFY(logIn(u"admin"_qs, u"12341234"_qs).isEmpty());
    QVERIFY(!logIn(u"admin"_qs, u"s3cret"_qs).isEmpty());
    m_server->gateway().setPassword(u"admin"_qs, u"12341234"_qs);

    // A forged state or a foreign redirect target gets nowhere.
    QCOMPARE(http("POST", "/dex/auth/local?state=forged",
                  {{"Content-Type", "application/x-www-form-urlencoded"}},
                  "login=user%40example.com&password=12341234")
                 .status,
             400);
    const HttpAnswer start = http("GET", "/oauth2/start?rd=https%3A%2F%2Fevil.example%2F");
    const QByteArray state = start.location.mid(start.location.indexOf("&state=") + 7);
    const HttpAnswer posted = http("POST", "/dex/auth/local?state=" + state,
                                   {{"Content-Type", "application/x-www-form-urlencoded"}},
                                   "login=user%40example.com&password=12341234");
    QCOMPARE(http("GET", posted.location).location, "/");
}

void TestSimKfp::gatewaySignOutAndSessionLifetime()
{
    const QByteArray path = "/pipeline/apis/v2beta1/experiments?namespace=" + kUserNs.toUtf8();
    const QByteArray cookie = logIn(kUser, u"12341234"_qs);
    QVERIFY(!cookie.isEmpty());
    const Headers session{{"Cookie", "oauth2_proxy_kubeflow=" + cookie}};
    QCOMPARE(http("GET", path, session).status, 200);
    const HttpAnswer signOut = http("GET", "/oauth2/sign_out", session);
    QCOMPARE(signOut.status, 302);
    QVERIFY2(signOut.setCookie.startsWith("oauth2_proxy_kubeflow=; Path=/; Max-Age=0"),
             signOut.setCookie.constData());
    QCOMPARE(http("GET", path, session).status, 401);

    // Sessions that last a second.
    m_server->gateway().setSessionSeconds(1);
    const auto restore = qScopeGuard([this] { m_server->gateway().setSessionSeconds(0); });
    const QByteArray shortLived = logIn(kUser, u"12341234"_qs);
    const Headers shortSession{{"Cookie", "oauth2_proxy_kubeflow=" + shortLived}};
    QCOMPARE(http("GET", path, shortSession).status, 200);
    QTRY_COMPARE_WITH_TIMEOUT(http("GET", path, shortSession).status, 401, 4000);
}

void TestSimKfp::directUrlIdentity()
{
    const QByteArray path = "/apis/v2beta1/experiments?namespace=" + kUserNs.toUtf8();
    // Behind the gateway KFP trusts kubeflow-userid and checks the user's namespaces.
    const Headers asUser{{"kubeflow-userid", kUser.toUtf8()}};
    QCOMPARE(http("GET", path, asUser).status, 200);
    QCOMPARE(http("GET", "/apis/v2beta1/healthz", asUser).status, 200);
    const HttpAnswer other = http("GET", "/apis/v2beta1/experiments?namespace=team-vision", asUser);
    QCOMPARE(other.status, 403);
    QCOMPARE(other.json().value(u"code").toInt(), 7);
    QVERIFY(other.json().value(u"message").toString().contains(u"team-vision"));
    // A list names its namespace in multi-user mode.
    const HttpAnswer unscoped = http("GET", "/apis/v2beta1/runs", asUser);
    QCOMPARE(unscoped.status, 400);
    QCOMPARE(unscoped.json().value(u"code").toInt(), 3);
    // A user the cluster does not know may do nothing.
    QCOMPARE(http("GET", path, {{"kubeflow-userid", "stranger@example.com"}}).status, 403);

    // Without an identity KFP refuses, in grpc-gateway's shape.
    const HttpAnswer anonymous = http("GET", path);
    QCOMPARE(anonymous.status, 401);
    QCOMPARE(anonymous.json().value(u"code").toInt(), 16);
    QVERIFY(anonymous.json()
                .value(u"message")
                .toString()
                .contains(u"Request header error: there is no user identity header."));
    QCOMPARE(anonymous.json().value(u"error").toString(),
             anonymous.json().value(u"message").toString());

    // A bearer token keeps the trusted path: the administrator reaches every namespace.
    QCOMPARE(call("GET", u"/apis/v2beta1/experiments"_qs,
                  QUrlQuery{{u"namespace"_qs, u"team-vision"_qs}})
                 .status,
             200);
}

// The checks above mean something only if the validator refuses what the swagger does not allow.
void TestSimKfp::validatorCatchesDrift_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("status");
    QTest::addColumn<QJsonObject>("body");
    QTest::addColumn<QString>("problem");

    QTest::addRow("undeclared field")
        << QByteArray("GET") << u"/apis/v2beta1/experiments/e1"_qs << 200
        << QJsonObject{{u"experiment_id"_qs, u"e1"_qs}, {u"experimentId"_qs, u"e1"_qs}}
        << u"$.experimentId: not declared in v2beta1Experiment"_qs;
    QTest::addRow("wrong type") << QByteArray("GET") << u"/apis/v2beta1/pipelines"_qs << 200
                                << QJsonObject{{u"total_size"_qs, u"5"_qs}}
                                << u"$.total_size: not an integer"_qs;
    QTest::addRow("enum value") << QByteArray("GET") << u"/apis/v2beta1/runs/r1"_qs << 200
                                << QJsonObject{{u"state"_qs, u"DONE"_qs}}
                                << u"$.state: not a value of the enum v2beta1RuntimeState"_qs;
    QTest::addRow("nested through refs")
        << QByteArray("GET") << u"/apis/v2beta1/runs/r1"_qs << 200
        << QJsonObject{{u"run_details"_qs,
                        QJsonObject{{u"task_details"_qs,
                                     QJsonArray{QJsonObject{{u"start_time"_qs, u"later"_qs}}}}}}}
        << u"$.run_details.task_details[0].start_time: not a date-time: later"_qs;
    QTest::addRow("int64 as a number")
        << QByteArray("GET") << u"/apis/v2beta1/recurringruns/x"_qs << 200
        << QJsonObject{{u"max_concurrency"_qs, 2}} << u"$.max_concurrency: not a string"_qs;
    QTest::addRow("error field only on errors")
        << QByteArray("GET") << u"/apis/v2beta1/healthz"_qs << 200
        << QJsonObject{{u"error"_qs, u"x"_qs}}
        << u"$.error: not declared in v2beta1GetHealthzResponse"_qs;
    QTest::addRow("empty answer") << QByteArray("DELETE") << u"/apis/v2beta1/runs/r1"_qs << 200
                                  << QJsonObject{{u"run_id"_qs, u"r1"_qs}}
                                  << u"$.run_id: not declared in the schema"_qs;
    QTest::addRow("unknown operation")
        << QByteArray("PUT") << u"/apis/v2beta1/runs/r1"_qs << 200 << QJsonObject{}
        << u"PUT /apis/v2beta1/runs/r1 is not in the swagger"_qs;
}

void TestSimKfp::validatorCatchesDrift()
{
    if (!m_haveSwagger)
        QSKIP("KFW_CONFORMANCE_DIR/kfp/api/v2beta1 is absent: no swagger to validate against");
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(int, status);
    QFETCH(QJsonObject, body);
    QFETCH(QString, problem);
    QCOMPARE(m_swagger.check(method, path, status, body), QStringList{problem});
}

QTEST_GUILESS_MAIN(TestSimKfp)
#include "tst_simkfp.moc"
