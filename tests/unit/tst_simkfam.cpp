// The simulator's Kubeflow profile controller, its KFAM (Kubeflow Access Management) and RBAC from
// RoleBindings, over real HTTP on loopback, with every KFAM answer and request body checked
// against the upstream KFAM swagger (when the conformance data is present). Where KFAM itself
// answers other than its swagger declares (bare refusals, plain-text errors), the test names the
// difference, so that the simulator keeps KFAM's behaviour rather than the document's.

#include "simkfam.h"
#include "simhttp.h"
#include "simprofiles.h"
#include "simschema.h"
#include "simserver.h"
#include "simstore.h"
#include "swaggertesting.h"

#include <QDir>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTest>
#include <QTimer>
#include <QUrlQuery>

#include <functional>

using namespace kfw;
using kfw::testing::SwaggerValidator;

using kfw::testing::Http;

namespace {

const QString kAdminToken = u"admin-token-for-kfam-tests"_qs;
const QString kAnaToken = u"ana-token-for-kfam-tests"_qs;
const QString kBobToken = u"bob-token-for-kfam-tests"_qs;
const QString kCarlToken = u"carl-token-for-kfam-tests"_qs;
const QString kDashboardToken = u"dashboard-token-for-kfam-tests"_qs;
const QString kNosyToken = u"nosy-token-for-kfam-tests"_qs;
const QString kAna = u"ana@example.com"_qs;
const QString kBob = u"bob@example.com"_qs;
const QString kCarl = u"carl@example.com"_qs;
const QString kDashboard = u"system:serviceaccount:kubeflow:centraldashboard"_qs;
const QString kRbac = u"rbac.authorization.k8s.io"_qs;

QByteArray json(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

// An answer as it came, and what the swagger says of it and of the request.
// How a test reaches KFAM: through the gateway with a bearer token (the gateway's user is the
// caller), or through the API server's service proxy with a token, where KFAM's caller is only
// what the kubeflow-userid header says.
struct Caller
{
    QString token;
    bool proxy = false;
    QByteArray userId; // the kubeflow-userid header; empty: none
    QString service = u"profiles-kfam:8081"_qs;
};

Caller gatewayAs(const QString &token)
{
    return Caller{token, false, {}, u"profiles-kfam:8081"_qs};
}

Caller proxyAs(const QByteArray &userId, const QString &token = kDashboardToken,
               const QString &service = u"profiles-kfam:8081"_qs)
{
    return Caller{token, true, userId, service};
}

QJsonObject profileBody(const QString &name, const QString &owner, const QJsonObject &hard = {})
{
    QJsonObject spec{{u"owner"_qs, QJsonObject{{u"kind"_qs, u"User"_qs}, {u"name"_qs, owner}}}};
    if (!hard.isEmpty())
        spec.insert(u"resourceQuotaSpec"_qs, QJsonObject{{u"hard"_qs, hard}});
    return QJsonObject{{u"metadata"_qs, QJsonObject{{u"name"_qs, name}}}, {u"spec"_qs, spec}};
}

// A KFAM Binding as the dashboard's Manage Contributors page sends it.
QJsonObject bindingBody(const QString &user, const QString &ns, const QString &role)
{
    return QJsonObject{
        {u"user"_qs, QJsonObject{{u"kind"_qs, u"User"_qs}, {u"name"_qs, user}}},
        {u"referredNamespace"_qs, ns},
        {u"RoleRef"_qs, QJsonObject{{u"kind"_qs, u"ClusterRole"_qs}, {u"name"_qs, role}}}};
}

QJsonObject podBody(const QString &name)
{
    return QJsonObject{
        {u"metadata"_qs, QJsonObject{{u"name"_qs, name}}},
        {u"spec"_qs, QJsonObject{{u"containers"_qs,
                                  QJsonArray{QJsonObject{{u"name"_qs, u"main"_qs},
                                                         {u"image"_qs, u"python:3.11"_qs}}}}}}};
}

// "user|namespace|role" for each binding of a KFAM list, sorted.
QStringList bindingRows(const QJsonObject &entries)
{
    QStringList rows;
    for (const QJsonValue &b : entries.value(u"bindings").toArray())
        rows << b[u"user"][u"name"].toString() + u'|' + b[u"referredNamespace"].toString() + u'|' +
                    b[u"RoleRef"][u"name"].toString();
    rows.sort();
    return rows;
}

// Whether a RoleBinding is a Kubeflow user binding: the user and role annotations KFAM lists,
// the kubeflow-<role> ClusterRole and the user as its one subject. Empty when it is.
QString userBindingProblem(const QJsonObject &binding, const QString &user, const QString &role)
{
    const QJsonObject annotations{{u"user"_qs, user}, {u"role"_qs, role}};
    const QJsonObject roleRef{{u"apiGroup"_qs, kRbac},
                              {u"kind"_qs, u"ClusterRole"_qs},
                              {u"name"_qs, QString(u"kubeflow-"_qs + role)}};
    const QJsonArray subjects{
        QJsonObject{{u"apiGroup"_qs, kRbac}, {u"kind"_qs, u"User"_qs}, {u"name"_qs, user}}};
    const auto json = [](const QJsonValue &v) {
        return QString::fromUtf8(v.isArray() ? QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact)
                                             : QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
    };
    if (binding[u"metadata"][u"annotations"].toObject() != annotations)
        return u"annotations "_qs + json(binding[u"metadata"][u"annotations"]);
    if (binding[u"roleRef"].toObject() != roleRef)
        return u"roleRef "_qs + json(binding[u"roleRef"]);
    if (binding[u"subjects"].toArray() != subjects)
        return u"subjects "_qs + json(binding[u"subjects"]);
    return {};
}

} // namespace

// Asserts the status of a KFAM answer and that answer and request conform to the swagger.
#define KFAM_CHECK(answer, expected)                                                               \
    do {                                                                                           \
        const Http &a_ = (answer);                                                                 \
        QVERIFY2(a_.status == (expected), qPrintable(QStringLiteral("HTTP %1, wanted %2: %3")      \
                                                         .arg(a_.status)                           \
                                                         .arg(expected)                            \
                                                         .arg(QString::fromUtf8(a_.body))));       \
        QVERIFY2(a_.schemaProblems.isEmpty(), qPrintable(a_.schemaProblems.join(u'\n')));          \
    } while (false)

// Asserts the status of a KFAM answer that departs from the swagger as KFAM itself does, and
// that the departure is exactly the one named.
#define KFAM_DEVIATES(answer, expected, problems)                                                  \
    do {                                                                                           \
        const Http &a_ = (answer);                                                                 \
        QVERIFY2(a_.status == (expected), qPrintable(QStringLiteral("HTTP %1, wanted %2: %3")      \
                                                         .arg(a_.status)                           \
                                                         .arg(expected)                            \
                                                         .arg(QString::fromUtf8(a_.body))));       \
        if (m_haveSwagger)                                                                         \
            QCOMPARE(a_.schemaProblems, QStringList(problems));                                    \
    } while (false)

class TestSimKfam : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void profileMakesNamespace();
    void quotaFollowsProfile();
    void deletingProfileRemovesNamespace();
    void namespaceOwnership();
    void kfamCreatesProfileForAnyone();
    void readBindings_data();
    void readBindings();
    void readBindingsRefusesAmbiguousBinding();
    void ownerAddsViewContributor();
    void editContributorAndGroups();
    void nonOwnerIsRefused();
    void clusterAdmin_data();
    void clusterAdmin();
    void serviceProxy();
    void deleteProfile();
    void routes_data();
    void routes();
    void otherPaths();
    void bindingName_data();
    void bindingName();
    void validatorCatchesDrift_data();
    void validatorCatchesDrift();

private:
    Http send(const QByteArray &method, const QString &pathAndQuery,
              const QList<QPair<QByteArray, QByteArray>> &headers, const QByteArray &body,
              const QByteArray &contentType = "application/json");
    // A Kubernetes API call with a bearer token.
    Http api(const QByteArray &method, const QString &path, const QJsonObject &body = {},
             const QString &token = kAdminToken,
             const QByteArray &contentType = "application/json");
    // A KFAM call (path from /kfam) whose request body and answer are checked against the
    // swagger.
    Http kfam(const QByteArray &method, const QString &path, const Caller &caller,
              const QJsonObject &body = {}, const QUrlQuery &query = {});
    // The same with a body as it is (malformed on purpose), checked as an answer only.
    Http kfamRaw(const QByteArray &method, const QString &path, const Caller &caller,
                 const QByteArray &body, const QUrlQuery &query = {});
    // Creates a Profile through the Kubernetes API and waits for the controller's namespace.
    bool makeProfile(const QString &name, const QString &owner, const QJsonObject &hard = {});
    bool eventually(const std::function<bool()> &condition);
    bool canI(const QString &token, const QString &verb, const QString &resource,
              const QString &ns);
    void setUpBindingFixture();

    sim::SimStore *m_store = nullptr;
    sim::SimServer *m_server = nullptr;
    sim::SimSchemas m_schemas;
    bool m_haveSchemas = false;
    QNetworkAccessManager *m_network = nullptr;
    quint16 m_port = 0;
    SwaggerValidator m_swagger;
    bool m_haveSwagger = false;
    bool m_bindingFixture = false;
};

void TestSimKfam::initTestCase()
{
    m_store = new sim::SimStore(this);
    m_server = new sim::SimServer(m_store, this);
    const auto addUser = [this](const QString &name, const QString &token,
                                const QList<sim::SimRule> &rules, const QStringList &groups = {}) {
        sim::SimUser user;
        user.name = name;
        user.token = token;
        user.rules = rules;
        user.groups = groups;
        m_server->addUser(user);
    };
    const QStringList read{u"get"_qs, u"list"_qs, u"watch"_qs};
    addUser(u"admin"_qs, kAdminToken, {sim::SimRule{{u"*"_qs}, {u"*"_qs}, {}}});
    // Profile owners and contributors may list profiles; what they may do in namespaces comes
    // from RoleBindings alone.
    addUser(kAna, kAnaToken, {sim::SimRule{read, {u"profiles"_qs}, {}}});
    addUser(kBob, kBobToken, {sim::SimRule{read, {u"profiles"_qs}, {}}}, {u"ml-team"_qs});
    addUser(kCarl, kCarlToken, {});
    // The central dashboard's ServiceAccount reaches KFAM through the service proxy.
    addUser(kDashboard, kDashboardToken,
            {sim::SimRule{{u"get"_qs, u"create"_qs, u"delete"_qs},
                          {u"services/proxy"_qs},
                          {u"kubeflow"_qs}}});
    // May read pods in kubeflow, but not reach its services.
    addUser(u"nosy@example.com"_qs, kNosyToken,
            {sim::SimRule{read, {u"pods"_qs}, {u"kubeflow"_qs}}});

    const QString conformance = qEnvironmentVariable("KFW_CONFORMANCE_DIR");
    if (conformance.isEmpty()) {
        qWarning("KFW_CONFORMANCE_DIR is not set: KFAM answers and requests are not checked "
                 "against the KFAM swagger, and Profiles are not validated against their CRD");
    } else {
        QString problem;
        m_haveSwagger = m_swagger.load({conformance + u"/kubeflow/kfam/swagger.yaml"_qs}, &problem);
        if (!m_haveSwagger)
            qWarning("KFAM swagger not readable (%s): answers are not checked against it",
                     qPrintable(problem));
        const QString crds = conformance + u"/kubeflow/crd"_qs;
        m_haveSchemas = QDir(crds).exists() && m_schemas.load(crds, &problem);
        if (m_haveSchemas)
            m_server->setSchemas(&m_schemas);
        else
            qWarning("Kubeflow CRDs not readable: Profiles are not validated");
    }

    const sim::SimKind *namespaces = sim::findSimKind({}, u"v1"_qs, u"namespaces"_qs);
    for (const QString &name : {u"default"_qs, u"kubeflow"_qs})
        m_store->create(*namespaces, {},
                        QJsonObject{{u"metadata"_qs, QJsonObject{{u"name"_qs, name}}}});
    m_port = m_server->listen(QHostAddress::LocalHost, 0);
    QVERIFY(m_port != 0);
    m_network = new QNetworkAccessManager(this);
}

void TestSimKfam::cleanupTestCase()
{
    // The server goes before the schemas it validates against.
    delete m_server;
    m_server = nullptr;
}

Http TestSimKfam::send(const QByteArray &method, const QString &pathAndQuery,
                       const QList<QPair<QByteArray, QByteArray>> &headers, const QByteArray &body,
                       const QByteArray &contentType)
{
    return testing::sendHttp(*m_network, m_port, method, pathAndQuery, headers, body,
                             contentType);
}

Http TestSimKfam::api(const QByteArray &method, const QString &path, const QJsonObject &body,
                      const QString &token, const QByteArray &contentType)
{
    return send(method, path, {{"Authorization", "Bearer " + token.toUtf8()}},
                body.isEmpty() ? QByteArray() : json(body), contentType);
}

Http TestSimKfam::kfam(const QByteArray &method, const QString &path, const Caller &caller,
                       const QJsonObject &body, const QUrlQuery &query)
{
    Http answer = kfamRaw(method, path, caller, body.isEmpty() ? QByteArray() : json(body), query);
    if (m_haveSwagger && !body.isEmpty()) {
        for (const QString &problem : m_swagger.checkRequest(method, path, body))
            answer.schemaProblems << u"request "_qs + problem;
    }
    return answer;
}

Http TestSimKfam::kfamRaw(const QByteArray &method, const QString &path, const Caller &caller,
                          const QByteArray &body, const QUrlQuery &query)
{
    QList<QPair<QByteArray, QByteArray>> headers{
        {"Authorization", "Bearer " + caller.token.toUtf8()}};
    QString url = path;
    if (caller.proxy) {
        url = u"/api/v1/namespaces/kubeflow/services/"_qs + caller.service + u"/proxy"_qs + path;
        if (!caller.userId.isEmpty())
            headers << qMakePair(QByteArray("kubeflow-userid"), caller.userId);
    }
    if (!query.isEmpty())
        url += u'?' + query.toString(QUrl::FullyEncoded);
    Http answer = send(method, url, headers, body);
    if (m_haveSwagger)
        answer.schemaProblems = m_swagger.checkRaw(method, path, answer.status, answer.body);
    return answer;
}

bool TestSimKfam::eventually(const std::function<bool()> &condition)
{
    return QTest::qWaitFor(condition, 5000);
}

bool TestSimKfam::makeProfile(const QString &name, const QString &owner, const QJsonObject &hard)
{
    const Http created =
        api("POST", u"/apis/kubeflow.org/v1/profiles"_qs, profileBody(name, owner, hard));
    if (created.status != 201) {
        qWarning("creating profile %s: HTTP %d %s", qPrintable(name), created.status,
                 created.body.constData());
        return false;
    }
    return eventually([&] { return api("GET", u"/api/v1/namespaces/"_qs + name).status == 200; });
}

bool TestSimKfam::canI(const QString &token, const QString &verb, const QString &resource,
                       const QString &ns)
{
    const Http review =
        api("POST", u"/apis/authorization.k8s.io/v1/selfsubjectaccessreviews"_qs,
            QJsonObject{{u"apiVersion"_qs, u"authorization.k8s.io/v1"_qs},
                        {u"kind"_qs, u"SelfSubjectAccessReview"_qs},
                        {u"spec"_qs, QJsonObject{{u"resourceAttributes"_qs,
                                                  QJsonObject{{u"namespace"_qs, ns},
                                                              {u"verb"_qs, verb},
                                                              {u"resource"_qs, resource}}}}}},
            token);
    return review.status == 201 && review.json()[u"status"][u"allowed"].toBool();
}

void TestSimKfam::profileMakesNamespace()
{
    const Http created =
        api("POST", u"/apis/kubeflow.org/v1/profiles"_qs,
            profileBody(u"team-a"_qs, kAna,
                        QJsonObject{{u"cpu"_qs, u"4"_qs}, {u"memory"_qs, u"8Gi"_qs}}));
    QCOMPARE(created.status, 201);
    const QString uid = created.json()[u"metadata"][u"uid"].toString();
    QTRY_COMPARE(api("GET", u"/api/v1/namespaces/team-a"_qs).status, 200);

    const QJsonObject ns = api("GET", u"/api/v1/namespaces/team-a"_qs).json();
    const QJsonObject labels = ns[u"metadata"][u"labels"].toObject();
    QCOMPARE(labels,
             (QJsonObject{{u"istio-injection"_qs, u"enabled"_qs},
                          {u"katib.kubeflow.org/metrics-collector-injection"_qs, u"enabled"_qs},
                          {u"serving.kubeflow.org/inferenceservice"_qs, u"enabled"_qs},
                          {u"pipelines.kubeflow.org/enabled"_qs, u"true"_qs},
                          {u"app.kubernetes.io/part-of"_qs, u"kubeflow-profile"_qs}}));
    QCOMPARE(ns[u"metadata"][u"annotations"].toObject(), (QJsonObject{{u"owner"_qs, kAna}}));
    const QJsonObject ownerRef = ns[u"metadata"][u"ownerReferences"][0].toObject();
    QCOMPARE(ownerRef[u"kind"].toString(), u"Profile"_qs);
    QCOMPARE(ownerRef[u"name"].toString(), u"team-a"_qs);
    QCOMPARE(ownerRef[u"uid"].toString(), uid);
    QVERIFY(ownerRef[u"controller"].toBool());

    const QString rbac = u"/apis/rbac.authorization.k8s.io/v1/namespaces/team-a/rolebindings/"_qs;
    const QJsonObject admin = api("GET", rbac + u"namespaceAdmin"_qs).json();
    QCOMPARE(userBindingProblem(admin, kAna, u"admin"_qs), QString());

    for (const auto &[account, role] : {qMakePair(u"default-editor"_qs, u"kubeflow-edit"_qs),
                                        qMakePair(u"default-viewer"_qs, u"kubeflow-view"_qs)}) {
        QCOMPARE(api("GET", u"/api/v1/namespaces/team-a/serviceaccounts/"_qs + account).status,
                 200);
        const QJsonObject binding = api("GET", rbac + account).json();
        QCOMPARE(binding[u"roleRef"][u"name"].toString(), role);
        QCOMPARE(binding[u"subjects"].toArray(),
                 (QJsonArray{QJsonObject{{u"kind"_qs, u"ServiceAccount"_qs},
                                         {u"name"_qs, account},
                                         {u"namespace"_qs, u"team-a"_qs}}}));
        // Not a contributor: KFAM does not list the ServiceAccounts' bindings.
        QVERIFY(!binding[u"metadata"].toObject().contains(u"annotations"));
    }

    const QString quotaPath = u"/api/v1/namespaces/team-a/resourcequotas/kf-resource-quota"_qs;
    QTRY_VERIFY(api("GET", quotaPath).json()[u"status"].isObject());
    const QJsonObject quota = api("GET", quotaPath).json();
    const QJsonObject hard{{u"cpu"_qs, u"4"_qs}, {u"memory"_qs, u"8Gi"_qs}};
    QCOMPARE(quota[u"spec"].toObject(), (QJsonObject{{u"hard"_qs, hard}}));
    QCOMPARE(
        quota[u"status"].toObject(),
        (QJsonObject{{u"hard"_qs, hard},
                     {u"used"_qs, QJsonObject{{u"cpu"_qs, u"0"_qs}, {u"memory"_qs, u"0"_qs}}}}));

    const QJsonObject profile = api("GET", u"/apis/kubeflow.org/v1/profiles/team-a"_qs).json();
    QCOMPARE(profile[u"metadata"][u"finalizers"].toArray(), QJsonArray{u"profile-finalizer"_qs});
    QVERIFY(profile[u"status"][u"conditions"].toArray().isEmpty());

    // The owner's rights come from namespaceAdmin alone: all of team-a, nothing elsewhere.
    QCOMPARE(
        api("POST", u"/api/v1/namespaces/team-a/pods"_qs, podBody(u"ana-pod"_qs), kAnaToken).status,
        201);
    QCOMPARE(api("GET", u"/apis/rbac.authorization.k8s.io/v1/namespaces/team-a/rolebindings"_qs, {},
                 kAnaToken)
                 .status,
             200);
    const Http elsewhere = api("GET", u"/api/v1/namespaces/kubeflow/pods"_qs, {}, kAnaToken);
    QCOMPARE(elsewhere.status, 403);
}

void TestSimKfam::quotaFollowsProfile()
{
    QVERIFY(makeProfile(u"team-q"_qs, kAna, QJsonObject{{u"cpu"_qs, u"2"_qs}}));
    const QString quotaPath = u"/api/v1/namespaces/team-q/resourcequotas/kf-resource-quota"_qs;
    QTRY_COMPARE(api("GET", quotaPath).json()[u"status"][u"used"].toObject(),
                 (QJsonObject{{u"cpu"_qs, u"0"_qs}}));
    // Usage so far, as the quota controller would count it.
    QCOMPARE(api("PATCH", quotaPath + u"/status"_qs,
                 QJsonObject{{u"status"_qs,
                              QJsonObject{{u"used"_qs, QJsonObject{{u"cpu"_qs, u"1500m"_qs}}}}}},
                 kAdminToken, "application/merge-patch+json")
                 .status,
             200);

    const QString profilePath = u"/apis/kubeflow.org/v1/profiles/team-q"_qs;
    const QJsonObject raised{{u"cpu"_qs, u"8"_qs}, {u"requests.nvidia.com/gpu"_qs, u"1"_qs}};
    QCOMPARE(api("PATCH", profilePath,
                 QJsonObject{{u"spec"_qs, QJsonObject{{u"resourceQuotaSpec"_qs,
                                                       QJsonObject{{u"hard"_qs, raised}}}}}},
                 kAdminToken, "application/merge-patch+json")
                 .status,
             200);
    QTRY_COMPARE(api("GET", quotaPath).json()[u"spec"][u"hard"].toObject(), raised);
    QTRY_COMPARE(
        api("GET", quotaPath).json()[u"status"].toObject(),
        (QJsonObject{{u"hard"_qs, raised},
                     {u"used"_qs, QJsonObject{{u"cpu"_qs, u"1500m"_qs},
                                              {u"requests.nvidia.com/gpu"_qs, u"0"_qs}}}}));

    // Without hard limits the quota goes, and comes back with them.
    QCOMPARE(api("PATCH", profilePath,
                 QJsonObject{{u"spec"_qs, QJsonObject{{u"resourceQuotaSpec"_qs, QJsonValue()}}}},
                 kAdminToken, "application/merge-patch+json")
                 .status,
             200);
    QTRY_COMPARE(api("GET", quotaPath).status, 404);
    const QJsonObject memory{{u"memory"_qs, u"1Gi"_qs}};
    QCOMPARE(api("PATCH", profilePath,
                 QJsonObject{{u"spec"_qs, QJsonObject{{u"resourceQuotaSpec"_qs,
                                                       QJsonObject{{u"hard"_qs, memory}}}}}},
                 kAdminToken, "application/merge-patch+json")
                 .status,
             200);
    QTRY_COMPARE(
        api("GET", quotaPath).json()[u"status"].toObject(),
        (QJsonObject{{u"hard"_qs, memory}, {u"used"_qs, QJsonObject{{u"memory"_qs, u"0"_qs}}}}));
}

void TestSimKfam::deletingProfileRemovesNamespace()
{
    QVERIFY(makeProfile(u"team-d"_qs, kAna));
    QCOMPARE(api("POST", u"/api/v1/namespaces/team-d/pods"_qs, podBody(u"worker"_qs)).status, 201);
    QCOMPARE(api("DELETE", u"/apis/kubeflow.org/v1/profiles/team-d"_qs).status, 200);
    QTRY_COMPARE(api("GET", u"/api/v1/namespaces/team-d"_qs).status, 404);
    const sim::SimKind &bindings = *sim::findSimKind(kRbac, u"v1"_qs, u"rolebindings"_qs);
    QVERIFY(m_store->objects(bindings, u"team-d"_qs).isEmpty());
    QVERIFY(m_store->objects(*sim::findSimKind({}, u"v1"_qs, u"pods"_qs), u"team-d"_qs).isEmpty());
    // The owner's rights went with the binding.
    QVERIFY(!canI(kAnaToken, u"list"_qs, u"pods"_qs, u"team-d"_qs));
}

void TestSimKfam::namespaceOwnership()
{
    // Someone else's namespace is not taken over.
    QCOMPARE(api("POST", u"/api/v1/namespaces"_qs,
                 QJsonObject{{u"metadata"_qs,
                              QJsonObject{{u"name"_qs, u"taken"_qs},
                                          {u"annotations"_qs,
                                           QJsonObject{{u"owner"_qs, u"other@example.com"_qs}}}}}})
                 .status,
             201);
    QCOMPARE(
        api("POST", u"/apis/kubeflow.org/v1/profiles"_qs, profileBody(u"taken"_qs, kAna)).status,
        201);
    const QJsonArray failed{QJsonObject{
        {u"type"_qs, u"Failed"_qs},
        {u"message"_qs,
         u"namespace already exist, but not owned by profile creator ana@example.com"_qs}}};
    QTRY_COMPARE(api("GET", u"/apis/kubeflow.org/v1/profiles/taken"_qs)
                     .json()[u"status"][u"conditions"]
                     .toArray(),
                 failed);
    QCOMPARE(
        api("GET",
            u"/apis/rbac.authorization.k8s.io/v1/namespaces/taken/rolebindings/namespaceAdmin"_qs)
            .status,
        404);
    QVERIFY(!canI(kAnaToken, u"list"_qs, u"pods"_qs, u"taken"_qs));
    // Deleting the Profile leaves the namespace it never owned.
    QCOMPARE(api("DELETE", u"/apis/kubeflow.org/v1/profiles/taken"_qs).status, 200);
    QTest::qWait(50);
    QCOMPARE(api("GET", u"/api/v1/namespaces/taken"_qs).status, 200);

    // A namespace annotated with the same owner is adopted; its own labels are kept.
    QCOMPARE(api("POST", u"/api/v1/namespaces"_qs,
                 QJsonObject{{u"metadata"_qs,
                              QJsonObject{{u"name"_qs, u"mine"_qs},
                                          {u"labels"_qs,
                                           QJsonObject{{u"istio-injection"_qs, u"disabled"_qs}}},
                                          {u"annotations"_qs, QJsonObject{{u"owner"_qs, kAna}}}}}})
                 .status,
             201);
    QCOMPARE(
        api("POST", u"/apis/kubeflow.org/v1/profiles"_qs, profileBody(u"mine"_qs, kAna)).status,
        201);
    QTRY_COMPARE(
        api("GET",
            u"/apis/rbac.authorization.k8s.io/v1/namespaces/mine/rolebindings/namespaceAdmin"_qs)
            .status,
        200);
    const QJsonObject labels =
        api("GET", u"/api/v1/namespaces/mine"_qs).json()[u"metadata"][u"labels"].toObject();
    QCOMPARE(labels.value(u"istio-injection").toString(), u"disabled"_qs);
    QCOMPARE(labels.value(u"app.kubernetes.io/part-of").toString(), u"kubeflow-profile"_qs);
    QVERIFY(api("GET", u"/apis/kubeflow.org/v1/profiles/mine"_qs)
                .json()[u"status"][u"conditions"]
                .toArray()
                .isEmpty());
}

void TestSimKfam::kfamCreatesProfileForAnyone()
{
    // carl may do nothing in the cluster, yet KFAM creates his profile: it checks no caller.
    const Http created = kfam("POST", u"/kfam/v1/profiles"_qs, gatewayAs(kCarlToken),
                              profileBody(u"carl"_qs, kCarl));
    KFAM_CHECK(created, 200);
    QCOMPARE(created.body, QByteArray());
    QCOMPARE(created.contentType, QByteArray("application/json; charset=UTF-8"));
    QTRY_COMPARE(api("GET", u"/api/v1/namespaces/carl"_qs).status, 200);
    QTRY_COMPARE(api("GET", u"/api/v1/namespaces/carl/pods"_qs, {}, kCarlToken).status, 200);

    // Failures are the API server's message as plain text, under 403.
    const Http again = kfam("POST", u"/kfam/v1/profiles"_qs, gatewayAs(kCarlToken),
                            profileBody(u"carl"_qs, kCarl));
    KFAM_DEVIATES(again, 403,
                  QStringList{u"$: not JSON: profiles.kubeflow.org \"carl\" already exists"_qs});
    QCOMPARE(again.body, QByteArray("profiles.kubeflow.org \"carl\" already exists"));

    const Http malformed =
        kfamRaw("POST", u"/kfam/v1/profiles"_qs, gatewayAs(kCarlToken), "<profile/>");
    QCOMPARE(malformed.status, 403);
    QCOMPARE(malformed.body, QByteArray("invalid character '<' looking for beginning of value"));
    const Http empty = kfamRaw("POST", u"/kfam/v1/profiles"_qs, gatewayAs(kCarlToken), {});
    QCOMPARE(empty.status, 403);
    QCOMPARE(empty.body, QByteArray("EOF"));

    if (!m_haveSchemas)
        QSKIP("no Profile CRD (KFW_CONFORMANCE_DIR/kubeflow/crd): Profiles are not validated");
    // A Profile goes through the CRD's validation like any other; the swagger's Profile_spec
    // knows only the owner, though KFAM takes the whole Profile.
    const Http invalid =
        kfam("POST", u"/kfam/v1/profiles"_qs, gatewayAs(kCarlToken),
             profileBody(u"carl-2"_qs, kCarl, QJsonObject{{u"cpu"_qs, u"lots"_qs}}));
    QCOMPARE(invalid.status, 403);
    QVERIFY2(invalid.body.startsWith("Profile.kubeflow.org \"carl-2\" is invalid: "
                                     "spec.resourceQuotaSpec.hard.cpu: Invalid value: \"lots\""),
             invalid.body.constData());
    if (m_haveSwagger) {
        QCOMPARE(invalid.schemaProblems.size(), 2);
        QVERIFY(invalid.schemaProblems.at(0).startsWith(u"$: not JSON: Profile.kubeflow.org"));
        QCOMPARE(invalid.schemaProblems.at(1),
                 u"request $.spec.resourceQuotaSpec: not declared in Profile_spec"_qs);
    }
    QCOMPARE(api("GET", u"/apis/kubeflow.org/v1/profiles/carl-2"_qs).status, 404);
}

void TestSimKfam::setUpBindingFixture()
{
    if (m_bindingFixture)
        return;
    QVERIFY(makeProfile(u"team-r1"_qs, kAna));
    QVERIFY(makeProfile(u"team-r2"_qs, kBob));
    KFAM_CHECK(kfam("POST", u"/kfam/v1/bindings"_qs, gatewayAs(kAnaToken),
                    bindingBody(u"dora@example.com"_qs, u"team-r1"_qs, u"edit"_qs)),
               200);
    KFAM_CHECK(kfam("POST", u"/kfam/v1/bindings"_qs, gatewayAs(kBobToken),
                    bindingBody(u"dora@example.com"_qs, u"team-r2"_qs, u"view"_qs)),
               200);
    const QString r1 = u"/apis/rbac.authorization.k8s.io/v1/namespaces/team-r1/rolebindings"_qs;
    // Annotated for frank, bound to mallory: KFAM filters by the annotation, reports the subject.
    QCOMPARE(
        api("POST", r1,
            QJsonObject{
                {u"metadata"_qs,
                 QJsonObject{{u"name"_qs, u"odd"_qs},
                             {u"annotations"_qs, QJsonObject{{u"user"_qs, u"frank@example.com"_qs},
                                                             {u"role"_qs, u"view"_qs}}}}},
                {u"roleRef"_qs, QJsonObject{{u"apiGroup"_qs, kRbac},
                                            {u"kind"_qs, u"ClusterRole"_qs},
                                            {u"name"_qs, u"kubeflow-view"_qs}}},
                {u"subjects"_qs, QJsonArray{QJsonObject{{u"kind"_qs, u"User"_qs},
                                                        {u"name"_qs, u"mallory@example.com"_qs}}}}})
            .status,
        201);
    // Without a role annotation a binding is not KFAM's.
    QCOMPARE(
        api("POST", r1,
            QJsonObject{
                {u"metadata"_qs, QJsonObject{{u"name"_qs, u"half"_qs},
                                             {u"annotations"_qs,
                                              QJsonObject{{u"user"_qs, u"dora@example.com"_qs}}}}},
                {u"roleRef"_qs, QJsonObject{{u"apiGroup"_qs, kRbac},
                                            {u"kind"_qs, u"ClusterRole"_qs},
                                            {u"name"_qs, u"kubeflow-admin"_qs}}},
                {u"subjects"_qs, QJsonArray{QJsonObject{{u"kind"_qs, u"User"_qs},
                                                        {u"name"_qs, u"dora@example.com"_qs}}}}})
            .status,
        201);
    // A namespace without a Profile is read only when asked for by name.
    QCOMPARE(api("POST", u"/api/v1/namespaces"_qs,
                 QJsonObject{{u"metadata"_qs, QJsonObject{{u"name"_qs, u"loose"_qs}}}})
                 .status,
             201);
    QCOMPARE(api("POST", u"/apis/rbac.authorization.k8s.io/v1/namespaces/loose/rolebindings"_qs,
                 sim::SimKfam::roleBindingFor(
                     bindingBody(u"dora@example.com"_qs, u"loose"_qs, u"view"_qs)))
                 .status,
             201);
    m_bindingFixture = true;
}

void TestSimKfam::readBindings_data()
{
    QTest::addColumn<QUrlQuery>("query");
    QTest::addColumn<QStringList>("rows");
    using Q = QUrlQuery;
    using L = QStringList;
    QTest::addRow("namespace") << Q{{u"namespace"_qs, u"team-r1"_qs}}
                               << L{u"ana@example.com|team-r1|admin"_qs,
                                    u"dora@example.com|team-r1|edit"_qs,
                                    u"mallory@example.com|team-r1|view"_qs};
    QTest::addRow("user") << Q{{u"user"_qs, u"dora@example.com"_qs}}
                          << L{u"dora@example.com|team-r1|edit"_qs,
                               u"dora@example.com|team-r2|view"_qs};
    QTest::addRow("role") << Q{{u"role"_qs, u"admin"_qs}, {u"namespace"_qs, u"team-r2"_qs}}
                          << L{u"bob@example.com|team-r2|admin"_qs};
    QTest::addRow("user and role")
        << Q{{u"user"_qs, u"dora@example.com"_qs}, {u"role"_qs, u"edit"_qs}}
        << L{u"dora@example.com|team-r1|edit"_qs};
    QTest::addRow("all three") << Q{{u"user"_qs, u"dora@example.com"_qs},
                                    {u"namespace"_qs, u"team-r2"_qs},
                                    {u"role"_qs, u"view"_qs}}
                               << L{u"dora@example.com|team-r2|view"_qs};
    QTest::addRow("user by annotation")
        << Q{{u"user"_qs, u"frank@example.com"_qs}} << L{u"mallory@example.com|team-r1|view"_qs};
    QTest::addRow("namespace without a profile")
        << Q{{u"namespace"_qs, u"loose"_qs}} << L{u"dora@example.com|loose|view"_qs};
    QTest::addRow("no match") << Q{{u"user"_qs, u"nobody@example.com"_qs}} << L{};
    // The role filter is the annotation's word, not the ClusterRole's name.
    QTest::addRow("role by ClusterRole name")
        << Q{{u"role"_qs, u"kubeflow-edit"_qs}, {u"namespace"_qs, u"team-r1"_qs}} << L{};
}

void TestSimKfam::readBindings()
{
    QFETCH(QUrlQuery, query);
    QFETCH(QStringList, rows);
    setUpBindingFixture();
    // Anyone may read anyone's bindings: carl asks.
    const Http list = kfam("GET", u"/kfam/v1/bindings"_qs, gatewayAs(kCarlToken), {}, query);
    KFAM_CHECK(list, 200);
    QCOMPARE(bindingRows(list.json()), rows);
    if (rows.isEmpty())
        QCOMPARE(list.body, QByteArray("{}")); // no "bindings": Go's omitempty
    for (const QJsonValue &b : list.json().value(u"bindings").toArray()) {
        QCOMPARE(b[u"user"].toObject().keys(), (QStringList{u"kind"_qs, u"name"_qs}));
        QCOMPARE(b[u"user"][u"kind"].toString(), u"User"_qs);
        QCOMPARE(b[u"RoleRef"].toObject(),
                 (QJsonObject{{u"apiGroup"_qs, QString()},
                              {u"kind"_qs, u"ClusterRole"_qs},
                              {u"name"_qs, b[u"RoleRef"][u"name"].toString()}}));
        QVERIFY(!b.toObject().contains(u"status"));
    }

    // Without a namespace, every Profile's namespace and only those.
    const QStringList all =
        bindingRows(kfam("GET", u"/kfam/v1/bindings"_qs, gatewayAs(kCarlToken)).json());
    for (const QString &row : std::as_const(rows)) {
        if (!row.contains(u"|loose|"))
            QVERIFY2(all.contains(row), qPrintable(row));
    }
    QVERIFY(!all.contains(u"dora@example.com|loose|view"_qs));
}

void TestSimKfam::readBindingsRefusesAmbiguousBinding()
{
    // One annotated binding with two subjects spoils the whole list.
    QCOMPARE(api("POST", u"/api/v1/namespaces"_qs,
                 QJsonObject{{u"metadata"_qs, QJsonObject{{u"name"_qs, u"loose-two"_qs}}}})
                 .status,
             201);
    QJsonObject binding = sim::SimKfam::roleBindingFor(
        bindingBody(u"dora@example.com"_qs, u"loose-two"_qs, u"view"_qs));
    QJsonArray subjects = binding.value(u"subjects").toArray();
    subjects.append(QJsonObject{{u"kind"_qs, u"User"_qs}, {u"name"_qs, u"eve@example.com"_qs}});
    binding.insert(u"subjects"_qs, subjects);
    QCOMPARE(api("POST", u"/apis/rbac.authorization.k8s.io/v1/namespaces/loose-two/rolebindings"_qs,
                 binding)
                 .status,
             201);
    const Http list = kfam("GET", u"/kfam/v1/bindings"_qs, gatewayAs(kCarlToken), {},
                           QUrlQuery{{u"namespace"_qs, u"loose-two"_qs}});
    KFAM_DEVIATES(list, 401, QStringList{u"GET /kfam/v1/bindings: status 401 is not declared"_qs});
    QCOMPARE(list.body, QByteArray("binding subject length not equal to 1, actual length: 2"));
}

void TestSimKfam::ownerAddsViewContributor()
{
    QVERIFY(makeProfile(u"team-v"_qs, kAna));
    QVERIFY(!canI(kCarlToken, u"list"_qs, u"pods"_qs, u"team-v"_qs));
    const QJsonObject binding = bindingBody(kCarl, u"team-v"_qs, u"view"_qs);
    const Http added = kfam("POST", u"/kfam/v1/bindings"_qs, gatewayAs(kAnaToken), binding);
    KFAM_CHECK(added, 200);
    QCOMPARE(added.body, QByteArray());

    // Listed with KFAM's role word, and kept as KFAM names and annotates it.
    const Http list = kfam("GET", u"/kfam/v1/bindings"_qs, gatewayAs(kAnaToken), {},
                           QUrlQuery{{u"namespace"_qs, u"team-v"_qs}});
    KFAM_CHECK(list, 200);
    QCOMPARE(bindingRows(list.json()),
             (QStringList{u"ana@example.com|team-v|admin"_qs, u"carl@example.com|team-v|view"_qs}));
    const QJsonObject stored =
        api("GET", u"/apis/rbac.authorization.k8s.io/v1/namespaces/team-v/rolebindings/"
                   "user-carl-example-com-clusterrole-view"_qs)
            .json();
    QCOMPARE(userBindingProblem(stored, kCarl, u"view"_qs), QString());

    // The contributor may now read in team-v, and only read.
    QCOMPARE(api("GET", u"/api/v1/namespaces/team-v/pods"_qs, {}, kCarlToken).status, 200);
    const Http create =
        api("POST", u"/api/v1/namespaces/team-v/pods"_qs, podBody(u"carl-pod"_qs), kCarlToken);
    QCOMPARE(create.status, 403);
    QCOMPARE(create.json()[u"message"].toString(),
             u"pods is forbidden: User \"carl@example.com\" cannot create resource \"pods\" in "
             "API group \"\" in the namespace \"team-v\""_qs);
    QCOMPARE(api("GET", u"/api/v1/namespaces/team-v/secrets"_qs, {}, kCarlToken).status, 403);
    QVERIFY(canI(kCarlToken, u"list"_qs, u"pods"_qs, u"team-v"_qs));
    QVERIFY(canI(kCarlToken, u"get"_qs, u"pods/log"_qs, u"team-v"_qs));
    QVERIFY(!canI(kCarlToken, u"create"_qs, u"pods"_qs, u"team-v"_qs));
    QVERIFY(!canI(kCarlToken, u"list"_qs, u"pods"_qs, u"team-a"_qs));
    const Http rules =
        api("POST", u"/apis/authorization.k8s.io/v1/selfsubjectrulesreviews"_qs,
            QJsonObject{{u"spec"_qs, QJsonObject{{u"namespace"_qs, u"team-v"_qs}}}}, kCarlToken);
    QCOMPARE(rules.status, 201);
    const QJsonArray resourceRules = rules.json()[u"status"][u"resourceRules"].toArray();
    QCOMPARE(resourceRules.size(), 1);
    QCOMPARE(resourceRules.at(0)[u"verbs"].toArray(),
             (QJsonArray{u"get"_qs, u"list"_qs, u"watch"_qs}));
    QVERIFY(resourceRules.at(0)[u"resources"].toArray().contains(u"pods"_qs));
    QVERIFY(!resourceRules.at(0)[u"resources"].toArray().contains(u"secrets"_qs));

    // KFP asks the same question for a call through the gateway.
    const QList<QPair<QByteArray, QByteArray>> asCarl{
        {"Authorization", "Bearer " + kCarlToken.toUtf8()}};
    QCOMPARE(
        send("GET", u"/pipeline/apis/v2beta1/experiments?namespace=team-v"_qs, asCarl, {}).status,
        200);
    QCOMPARE(
        send("GET", u"/pipeline/apis/v2beta1/experiments?namespace=team-a"_qs, asCarl, {}).status,
        403);

    // The owner takes it back; deleting it twice finds nothing the second time.
    KFAM_CHECK(kfam("DELETE", u"/kfam/v1/bindings"_qs, gatewayAs(kAnaToken), binding), 200);
    QCOMPARE(api("GET", u"/api/v1/namespaces/team-v/pods"_qs, {}, kCarlToken).status, 403);
    const Http twice = kfam("DELETE", u"/kfam/v1/bindings"_qs, gatewayAs(kAnaToken), binding);
    KFAM_DEVIATES(twice, 403,
                  QStringList{u"DELETE /kfam/v1/bindings: status 403 is not declared"_qs});
    QCOMPARE(twice.body, QByteArray("rolebinding.rbac.authorization.k8s.io "
                                    "\"user-carl-example-com-clusterrole-view\" not found"));
}

void TestSimKfam::editContributorAndGroups()
{
    QVERIFY(makeProfile(u"team-e"_qs, kAna));
    KFAM_CHECK(kfam("POST", u"/kfam/v1/bindings"_qs, gatewayAs(kAnaToken),
                    bindingBody(kCarl, u"team-e"_qs, u"edit"_qs)),
               200);
    // Edit: everything but changing bindings and quotas.
    QCOMPARE(api("POST", u"/api/v1/namespaces/team-e/pods"_qs, podBody(u"carl-pod"_qs), kCarlToken)
                 .status,
             201);
    QCOMPARE(api("GET", u"/api/v1/namespaces/team-e/secrets"_qs, {}, kCarlToken).status, 200);
    const QString bindings =
        u"/apis/rbac.authorization.k8s.io/v1/namespaces/team-e/rolebindings"_qs;
    QCOMPARE(api("GET", bindings, {}, kCarlToken).status, 200);
    QCOMPARE(api("POST", bindings,
                 sim::SimKfam::roleBindingFor(bindingBody(kCarl, u"team-e"_qs, u"admin"_qs)),
                 kCarlToken)
                 .status,
             403);
    QCOMPARE(api("DELETE", bindings + u"/namespaceAdmin"_qs, {}, kCarlToken).status, 403);
    QCOMPARE(api("POST", u"/api/v1/namespaces/team-e/resourcequotas"_qs,
                 QJsonObject{{u"metadata"_qs, QJsonObject{{u"name"_qs, u"more"_qs}}}}, kCarlToken)
                 .status,
             403);

    // A Group subject binds every member of the group.
    QVERIFY(!canI(kBobToken, u"list"_qs, u"pods"_qs, u"team-e"_qs));
    QCOMPARE(
        api("POST", bindings,
            QJsonObject{{u"metadata"_qs, QJsonObject{{u"name"_qs, u"ml-team-view"_qs}}},
                        {u"roleRef"_qs, QJsonObject{{u"apiGroup"_qs, kRbac},
                                                    {u"kind"_qs, u"ClusterRole"_qs},
                                                    {u"name"_qs, u"view"_qs}}},
                        {u"subjects"_qs, QJsonArray{QJsonObject{{u"apiGroup"_qs, kRbac},
                                                                {u"kind"_qs, u"Group"_qs},
                                                                {u"name"_qs, u"ml-team"_qs}}}}})
            .status,
        201);
    QCOMPARE(api("GET", u"/api/v1/namespaces/team-e/pods"_qs, {}, kBobToken).status, 200);
    QCOMPARE(api("DELETE", u"/api/v1/namespaces/team-e/pods/carl-pod"_qs, {}, kBobToken).status,
             403);
    QVERIFY(canI(kBobToken, u"watch"_qs, u"pods"_qs, u"team-e"_qs));
}

void TestSimKfam::nonOwnerIsRefused()
{
    QVERIFY(makeProfile(u"team-n"_qs, kAna));
    KFAM_CHECK(kfam("POST", u"/kfam/v1/bindings"_qs, gatewayAs(kAnaToken),
                    bindingBody(u"erin@example.com"_qs, u"team-n"_qs, u"view"_qs)),
               200);
    const QString carlEdits = u"/apis/rbac.authorization.k8s.io/v1/namespaces/team-n/rolebindings/"
                              "user-carl-example-com-clusterrole-edit"_qs;

    // carl is not the owner: a bare 403, where the swagger promises an ErrorMessage.
    const Http add = kfam("POST", u"/kfam/v1/bindings"_qs, gatewayAs(kCarlToken),
                          bindingBody(kCarl, u"team-n"_qs, u"edit"_qs));
    KFAM_DEVIATES(add, 403, QStringList{u"$: empty, the swagger declares ErrorMessage"_qs});
    QCOMPARE(add.body, QByteArray());
    QCOMPARE(api("GET", carlEdits).status, 404);

    const QJsonObject erin = bindingBody(u"erin@example.com"_qs, u"team-n"_qs, u"view"_qs);
    const Http remove = kfam("DELETE", u"/kfam/v1/bindings"_qs, gatewayAs(kCarlToken), erin);
    KFAM_DEVIATES(remove, 403,
                  QStringList{u"DELETE /kfam/v1/bindings: status 403 is not declared"_qs});
    QCOMPARE(remove.body, QByteArray());
    QCOMPARE(api("GET", u"/apis/rbac.authorization.k8s.io/v1/namespaces/team-n/rolebindings/"
                        "user-erin-example-com-clusterrole-view"_qs)
                 .status,
             200);

    // A cluster administrator may; a namespace without a Profile has no owner, not even for one.
    KFAM_CHECK(kfam("POST", u"/kfam/v1/bindings"_qs, gatewayAs(kAdminToken),
                    bindingBody(kCarl, u"team-n"_qs, u"edit"_qs)),
               200);
    QCOMPARE(api("GET", carlEdits).status, 200);
    const Http noProfile = kfam("POST", u"/kfam/v1/bindings"_qs, gatewayAs(kAdminToken),
                                bindingBody(kCarl, u"kubeflow"_qs, u"edit"_qs));
    KFAM_DEVIATES(noProfile, 403, QStringList{u"$: empty, the swagger declares ErrorMessage"_qs});

    // A role KFAM does not know maps to no ClusterRole, which the API server refuses.
    const Http owner = kfam("POST", u"/kfam/v1/bindings"_qs, gatewayAs(kAnaToken),
                            bindingBody(kCarl, u"team-n"_qs, u"owner"_qs));
    QCOMPARE(owner.status, 403);
    QCOMPARE(owner.body, QByteArray("RoleBinding.rbac.authorization.k8s.io "
                                    "\"user-carl-example-com-clusterrole-owner\" is invalid: "
                                    "roleRef.name: Required value"));
}

void TestSimKfam::clusterAdmin_data()
{
    QTest::addColumn<QUrlQuery>("query");
    QTest::addColumn<QByteArray>("answer");
    QTest::addRow("administrator") << QUrlQuery{{u"user"_qs, u"admin"_qs}} << QByteArray("true");
    QTest::addRow("profile owner") << QUrlQuery{{u"user"_qs, kAna}} << QByteArray("false");
    QTest::addRow("proxy only") << QUrlQuery{{u"user"_qs, kDashboard}} << QByteArray("false");
    QTest::addRow("unknown user") << QUrlQuery{{u"user"_qs, u"who@example.com"_qs}}
                                  << QByteArray("false");
    QTest::addRow("no user") << QUrlQuery() << QByteArray("false");
}

void TestSimKfam::clusterAdmin()
{
    QFETCH(QUrlQuery, query);
    QFETCH(QByteArray, answer);
    // The question is about the user named; the caller does not matter.
    const Http a = kfam("GET", u"/kfam/v1/role/clusteradmin"_qs, gatewayAs(kCarlToken), {}, query);
    KFAM_CHECK(a, 200);
    QCOMPARE(a.body, answer);
    const Http b = kfam("GET", u"/kfam/v1/role/clusteradmin"_qs, proxyAs({}), {}, query);
    KFAM_CHECK(b, 200);
    QCOMPARE(b.body, answer);
}

void TestSimKfam::serviceProxy()
{
    QVERIFY(makeProfile(u"team-p"_qs, kAna));
    const QJsonObject binding = bindingBody(kCarl, u"team-p"_qs, u"view"_qs);

    // KFAM's caller is the kubeflow-userid header, not the token the API server checked.
    const Http asAdminNamingCarl =
        kfam("POST", u"/kfam/v1/bindings"_qs, proxyAs(kCarl.toUtf8(), kAdminToken), binding);
    KFAM_DEVIATES(asAdminNamingCarl, 403,
                  QStringList{u"$: empty, the swagger declares ErrorMessage"_qs});
    const Http noHeader = kfam("POST", u"/kfam/v1/bindings"_qs, proxyAs({}), binding);
    KFAM_DEVIATES(noHeader, 403, QStringList{u"$: empty, the swagger declares ErrorMessage"_qs});
    QCOMPARE(noHeader.body, QByteArray());
    KFAM_CHECK(kfam("POST", u"/kfam/v1/bindings"_qs, proxyAs(kAna.toUtf8()), binding), 200);
    // Reading needs no identity at all, and the port may be named.
    const Http list =
        kfam("GET", u"/kfam/v1/bindings"_qs, proxyAs({}, kDashboardToken, u"profiles-kfam:http"_qs),
             {}, QUrlQuery{{u"namespace"_qs, u"team-p"_qs}});
    KFAM_CHECK(list, 200);
    QCOMPARE(bindingRows(list.json()),
             (QStringList{u"ana@example.com|team-p|admin"_qs, u"carl@example.com|team-p|view"_qs}));

    // The API server's own refusals come first, as Status objects.
    const QString path =
        u"/api/v1/namespaces/kubeflow/services/profiles-kfam:8081/proxy/kfam/v1/bindings"_qs;
    const Http nosy = send("GET", path, {{"Authorization", "Bearer " + kNosyToken.toUtf8()}}, {});
    QCOMPARE(nosy.status, 403);
    QCOMPARE(nosy.json()[u"kind"].toString(), u"Status"_qs);
    QCOMPARE(nosy.json()[u"reason"].toString(), u"Forbidden"_qs);
    QCOMPARE(nosy.json()[u"message"].toString(),
             u"services \"profiles-kfam:8081\" is forbidden: User \"nosy@example.com\" cannot get "
             "resource \"services/proxy\" in API group \"\" in the namespace \"kubeflow\""_qs);
    const Http anonymous = send("GET", path, {{"kubeflow-userid", kAna.toUtf8()}}, {});
    QCOMPARE(anonymous.status, 401);
    QCOMPARE(anonymous.json()[u"reason"].toString(), u"Unauthorized"_qs);
    // Only KFAM's service: another name is no proxy route.
    QCOMPARE(send("GET",
                  u"/api/v1/namespaces/kubeflow/services/profiles:8081/proxy/kfam/v1/bindings"_qs,
                  {{"Authorization", "Bearer " + kAdminToken.toUtf8()}}, {})
                 .status,
             404);
}

void TestSimKfam::deleteProfile()
{
    QVERIFY(makeProfile(u"team-x"_qs, kAna));
    QVERIFY(makeProfile(u"team-y"_qs, kAna));

    // Not the owner: 401 without a body (the swagger declares 401 with none).
    const Http refused = kfam("DELETE", u"/kfam/v1/profiles/team-x"_qs, gatewayAs(kCarlToken));
    KFAM_CHECK(refused, 401);
    QCOMPARE(refused.body, QByteArray());
    QCOMPARE(api("GET", u"/apis/kubeflow.org/v1/profiles/team-x"_qs).status, 200);
    const Http anonymous = kfam("DELETE", u"/kfam/v1/profiles/team-x"_qs, proxyAs({}));
    KFAM_CHECK(anonymous, 401);

    KFAM_CHECK(kfam("DELETE", u"/kfam/v1/profiles/team-x"_qs, gatewayAs(kAnaToken)), 200);
    QCOMPARE(api("GET", u"/apis/kubeflow.org/v1/profiles/team-x"_qs).status, 404);
    QTRY_COMPARE(api("GET", u"/api/v1/namespaces/team-x"_qs).status, 404);

    KFAM_CHECK(kfam("DELETE", u"/kfam/v1/profiles/team-y"_qs, proxyAs("admin")), 200);
    QTRY_COMPARE(api("GET", u"/api/v1/namespaces/team-y"_qs).status, 404);
    // A profile that does not exist has no owner: 401 again, where the swagger says 404.
    const Http missing = kfam("DELETE", u"/kfam/v1/profiles/team-y"_qs, gatewayAs(kAdminToken));
    KFAM_CHECK(missing, 401);
}

void TestSimKfam::routes_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<bool>("matched");
    QTest::addColumn<QString>("service");
    QTest::addColumn<QString>("rest");
    const QString base = u"/api/v1/namespaces/kubeflow/services/"_qs;
    QTest::addRow("port") << base + u"profiles-kfam:8081/proxy/kfam/v1/bindings"_qs << true
                          << u"profiles-kfam:8081"_qs << u"kfam/v1/bindings"_qs;
    QTest::addRow("port name") << base + u"profiles-kfam:http/proxy/kfam/v1/profiles/x"_qs << true
                               << u"profiles-kfam:http"_qs << u"kfam/v1/profiles/x"_qs;
    QTest::addRow("scheme, encoded") << base + u"http%3Aprofiles-kfam%3A8081/proxy/kfam"_qs << true
                                     << u"http:profiles-kfam:8081"_qs << u"kfam"_qs;
    QTest::addRow("no port") << base + u"profiles-kfam/proxy/kfam/v1/bindings"_qs << true
                             << u"profiles-kfam"_qs << u"kfam/v1/bindings"_qs;
    QTest::addRow("other port") << base + u"profiles-kfam:8080/proxy/kfam/v1/bindings"_qs << false
                                << QString() << QString();
    QTest::addRow("other namespace")
        << u"/api/v1/namespaces/team/services/profiles-kfam:8081/proxy/kfam/v1/bindings"_qs << false
        << QString() << QString();
    QTest::addRow("ml-pipeline") << base + u"ml-pipeline:8888/proxy/apis/v2beta1/runs"_qs << false
                                 << QString() << QString();
}

void TestSimKfam::routes()
{
    QFETCH(QString, path);
    QFETCH(bool, matched);
    QFETCH(QString, service);
    QFETCH(QString, rest);
    const sim::SimKfam::Route route = sim::SimKfam::route(path.split(u'/', Qt::SkipEmptyParts));
    QCOMPARE(route.matched, matched);
    QCOMPARE(route.service, service);
    QCOMPARE(route.rest.join(u'/'), rest);
}

void TestSimKfam::otherPaths()
{
    // What gorilla/mux answers besides KFAM's routes.
    const Http index = kfam("GET", u"/kfam/"_qs, gatewayAs(kCarlToken));
    QCOMPARE(index.status, 200);
    QCOMPARE(index.body, QByteArray("Hello World!"));
    const Http wrongMethod = kfam("GET", u"/kfam/v1/profiles"_qs, gatewayAs(kCarlToken));
    QCOMPARE(wrongMethod.status, 405);
    QCOMPARE(wrongMethod.body, QByteArray());
    const Http unknown = kfam("GET", u"/kfam/v1/users"_qs, proxyAs({}));
    QCOMPARE(unknown.status, 404);
    QCOMPARE(unknown.body, QByteArray("404 page not found\n"));
}

void TestSimKfam::bindingName_data()
{
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("role");
    QTest::addColumn<QString>("name");
    QTest::addRow("email") << u"ana@example.com"_qs << u"edit"_qs
                           << u"user-ana-example-com-clusterrole-edit"_qs;
    QTest::addRow("capitals and plus") << u"Jane.Doe+ML@Example.COM"_qs << u"view"_qs
                                       << u"user-jane-doe-ml-example-com-clusterrole-view"_qs;
    QTest::addRow("runs collapse")
        << u"x__@-y"_qs << u"admin"_qs << u"user-x-y-clusterrole-admin"_qs;
    QTest::addRow("trailing symbol") << u"bot!"_qs << u"view"_qs << u"user-bot-clusterrole-view"_qs;
}

void TestSimKfam::bindingName()
{
    QFETCH(QString, user);
    QFETCH(QString, role);
    QFETCH(QString, name);
    QCOMPARE(sim::SimKfam::bindingName(bindingBody(user, u"ns"_qs, role)), name);
}

// The checks above mean something only if the validator refuses what the swagger does not allow.
void TestSimKfam::validatorCatchesDrift_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QStringList>("problems");

    QTest::addRow("undeclared subject field")
        << QByteArray("GET") << u"/kfam/v1/bindings"_qs << 200
        << QByteArray(
               R"({"bindings":[{"user":{"kind":"User","apiGroup":"rbac.authorization.k8s.io"}}]})")
        << QStringList{u"$.bindings[0].user.apiGroup: not declared in Subject"_qs};
    QTest::addRow("status not a string") << QByteArray("GET") << u"/kfam/v1/bindings"_qs << 200
                                         << QByteArray(R"({"bindings":[{"status":1}]})")
                                         << QStringList{u"$.bindings[0].status: not a string"_qs};
    QTest::addRow("boolean answer")
        << QByteArray("GET") << u"/kfam/v1/role/clusteradmin"_qs << 200 << QByteArray(R"("yes")")
        << QStringList{u"$: not a boolean"_qs};
    QTest::addRow("error message shape")
        << QByteArray("POST") << u"/kfam/v1/bindings"_qs << 403 << QByteArray(R"({"error":"no"})")
        << QStringList{u"$.error: not declared in ErrorMessage"_qs};
    QTest::addRow("body where none is declared")
        << QByteArray("DELETE") << u"/kfam/v1/profiles/p"_qs << 200 << QByteArray("{}")
        << QStringList{u"$: a body where the swagger declares none"_qs};
    QTest::addRow("undeclared status")
        << QByteArray("POST") << u"/kfam/v1/profiles"_qs << 401 << QByteArray()
        << QStringList{u"POST /kfam/v1/profiles: status 401 is not "
                       "declared"_qs};
    QTest::addRow("unknown operation")
        << QByteArray("PUT") << u"/kfam/v1/bindings"_qs << 200 << QByteArray()
        << QStringList{u"PUT /kfam/v1/bindings is not in the swagger"_qs};
}

void TestSimKfam::validatorCatchesDrift()
{
    if (!m_haveSwagger)
        QSKIP("KFW_CONFORMANCE_DIR/kubeflow/kfam/swagger.yaml is absent: no swagger to validate "
              "against");
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(QStringList, problems);
    QCOMPARE(m_swagger.checkRaw(method, path, status, body), problems);
    // And request bodies.
    QCOMPARE(m_swagger.checkRequest("POST", u"/kfam/v1/bindings"_qs,
                                    QJsonObject{{u"referredNamespace"_qs, 3}}),
             QStringList{u"$.referredNamespace: not a string"_qs});
    QCOMPARE(
        m_swagger.checkRequest("POST", u"/kfam/v1/profiles"_qs,
                               QJsonObject{{u"spec"_qs, QJsonObject{{u"owner"_qs, u"ana"_qs}}}}),
        QStringList{u"$.spec.owner: not an object"_qs});
}

QTEST_GUILESS_MAIN(TestSimKfam)
#include "tst_simkfam.moc"
