// kfw-cluster-sim: a simulated Kubernetes API server with the Kubeflow custom resources and the
// profile and notebook controllers, and Kubeflow's gateway with Pipelines, KFAM and the notebook
// servers, on loopback, for tests and for trying the workbench's cluster pages without a cluster.

#include "simkfp.h"
#include "simnotebooks.h"
#include "simschema.h"
#include "simseed.h"
#include "simserver.h"
#include "simstore.h"
#include "simtls.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QSaveFile>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QTemporaryDir>

#include <cstdio>

using namespace kfw::sim;

namespace {

QString randomToken()
{
    QByteArray bytes(24, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(bytes.data()),
                                          bytes.size() / 4);
    return QString::fromLatin1(
        bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

bool writeKubeconfig(const QString &path, const QString &server, const QString &adminToken,
                     const QString &userToken, const SimCertificates *certs, QString *error)
{
    QByteArray yaml = "apiVersion: v1\nkind: Config\nclusters:\n- name: kfw-sim\n  cluster:\n";
    yaml += "    server: " + server.toUtf8() + "\n";
    if (certs)
        yaml += "    certificate-authority-data: " + certs->caPem.toBase64() + "\n";
    yaml += "users:\n- name: kfw-sim-admin\n  user:\n    token: " + adminToken.toUtf8() + "\n";
    yaml += "- name: kfw-sim-user\n  user:\n    token: " + userToken.toUtf8() + "\n";
    if (certs) {
        yaml += "- name: kfw-sim-cert\n  user:\n";
        yaml += "    client-certificate-data: " + certs->clientCertPem.toBase64() + "\n";
        yaml += "    client-key-data: " + certs->clientKeyPem.toBase64() + "\n";
    }
    yaml += "contexts:\n"
            "- name: kfw-sim\n  context:\n    cluster: kfw-sim\n    user: kfw-sim-admin\n"
            "    namespace: default\n"
            "- name: kfw-sim-user\n  context:\n    cluster: kfw-sim\n    user: kfw-sim-user\n"
            "    namespace: kubeflow-user-example-com\n";
    if (certs)
        yaml += "- name: kfw-sim-cert\n  context:\n    cluster: kfw-sim\n    user: kfw-sim-cert\n"
                "    namespace: default\n";
    yaml += "current-context: kfw-sim\n";
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = file.errorString();
        return false;
    }
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    file.write(yaml);
    if (!file.commit()) {
        *error = file.errorString();
        return false;
    }
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"kfw-cluster-sim"_qs);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"A simulated Kubernetes API server with the Kubeflow resources and the profile and "
        "notebook controllers (RBAC from RoleBindings included, port-forward to notebook pods), "
        "and Kubeflow's gateway: login, Pipelines at /pipeline, access management (KFAM) at /kfam, "
        "also through the service proxy of profiles-kfam, and notebook servers at /notebook. On "
        "loopback."_qs);
    parser.addHelpOption();
    const QCommandLineOption port(u"port"_qs, u"Port to listen on (0 picks a free one)."_qs,
                                  u"N"_qs, u"0"_qs);
    const QCommandLineOption tls(u"tls"_qs, u"Serve HTTPS with a certificate authority made at "
                                            "start-up."_qs);
    const QCommandLineOption seed(
        u"seed"_qs,
        u"Fill the cluster: \"demo\" (three profiles with contributors, notebooks, jobs)."_qs,
        u"what"_qs);
    const QCommandLineOption seedPods(u"seed-pods"_qs, u"Add N pods (for load tests)."_qs, u"N"_qs,
                                      u"0"_qs);
    const QCommandLineOption seedPodNamespaces(
        u"seed-pod-namespaces"_qs, u"Spread --seed-pods over N namespaces."_qs, u"N"_qs, u"10"_qs);
    const QCommandLineOption kubeconfig(
        u"write-kubeconfig"_qs, u"Write a kubeconfig that points at the simulator."_qs, u"FILE"_qs);
    const QCommandLineOption token(u"token"_qs, u"The administrator's bearer token."_qs,
                                   u"TOKEN"_qs);
    const QCommandLineOption history(u"history"_qs,
                                     u"Watch history kept (older versions get 410 Gone)."_qs,
                                     u"N"_qs, u"50000"_qs);
    const QCommandLineOption dropWatch(u"drop-watch-after"_qs,
                                       u"Break every watch after N events."_qs, u"N"_qs, u"0"_qs);
    const QCommandLineOption errorRate(u"error-rate"_qs, u"Share of requests answered 5xx."_qs,
                                       u"R"_qs, u"0"_qs);
    const QCommandLineOption latency(u"latency-ms"_qs, u"Delay added to every answer."_qs, u"MS"_qs,
                                     u"0"_qs);
    const QCommandLineOption tokenExpiry(
        u"token-expires-after"_qs, u"Tokens stop working after N requests."_qs, u"N"_qs, u"0"_qs);
    const QCommandLineOption throttle(
        u"throttle"_qs, u"Answer the next N requests 429 with Retry-After."_qs, u"N"_qs, u"0"_qs);
    const QCommandLineOption crdDir(
        u"crd-dir"_qs,
        u"Validate custom resources against the CustomResourceDefinitions in DIR (repeatable; "
        "default: $KFW_CONFORMANCE_DIR/kubeflow/crd)."_qs,
        u"DIR"_qs);
    const QCommandLineOption kfpRunSeconds(u"kfp-run-seconds"_qs,
                                           u"Seconds a KFP run spends pending and then running."_qs,
                                           u"S"_qs, u"2"_qs);
    const QCommandLineOption sessionSeconds(
        u"session-seconds"_qs,
        u"Seconds a Kubeflow gateway login lasts (0: until /_sim/sessions/expire)."_qs, u"S"_qs,
        u"0"_qs);
    const QCommandLineOption notebookReadySeconds(
        u"notebook-ready-seconds"_qs,
        u"Seconds a notebook's pod spends in ContainerCreating before it is ready."_qs, u"S"_qs,
        u"1"_qs);
    parser.addOptions({port, tls, seed, seedPods, seedPodNamespaces, kubeconfig, token, history,
                       dropWatch, errorRate, latency, tokenExpiry, throttle, crdDir, kfpRunSeconds,
                       sessionSeconds, notebookReadySeconds});
    parser.process(app);

    SimSchemas schemas;
    QStringList crdDirs = parser.values(crdDir);
    if (crdDirs.isEmpty()) {
        const QString conformance = qEnvironmentVariable("KFW_CONFORMANCE_DIR");
        if (!conformance.isEmpty() && QDir(conformance + u"/kubeflow/crd"_qs).exists())
            crdDirs << conformance + u"/kubeflow/crd"_qs;
    }
    for (const QString &dir : std::as_const(crdDirs)) {
        QString error;
        if (!schemas.load(dir, &error)) {
            std::fprintf(stderr, "kfw-cluster-sim: cannot read CRDs: %s\n", qPrintable(error));
            return 1;
        }
    }
    if (schemas.versionCount() == 0)
        std::fprintf(stderr, "kfw-cluster-sim: no CRD files (--crd-dir); custom resources are "
                             "served unvalidated\n");

    SimStore store;
    store.setHistoryLimit(parser.value(history).toLongLong());
    SimServer server(&store);
    server.kfp()->setRunSeconds(parser.value(kfpRunSeconds).toDouble());
    server.notebooks()->setReadySeconds(parser.value(notebookReadySeconds).toDouble());
    server.gateway().setSessionSeconds(parser.value(sessionSeconds).toInt());
    server.setSchemas(&schemas);

    const QString adminToken = parser.isSet(token) ? parser.value(token) : randomToken();
    SimUser admin;
    admin.name = u"kubernetes-admin"_qs;
    admin.groups = QStringList{u"system:masters"_qs, u"system:authenticated"_qs};
    admin.token = adminToken;
    admin.rules << SimRule{{u"*"_qs}, {u"*"_qs}, {}};
    server.addUser(admin);

    const QString userToken = randomToken();
    SimUser user;
    user.name = u"user@example.com"_qs;
    user.groups = QStringList{u"system:authenticated"_qs};
    user.token = userToken;
    user.rules << SimRule{{u"*"_qs}, {u"*"_qs}, {u"kubeflow-user-example-com"_qs}};
    user.rules << SimRule{{u"get"_qs, u"list"_qs, u"watch"_qs}, {u"profiles"_qs}, {}};
    server.addUser(user);

    // The other demo profiles' owners, for logging in at the gateway (password 12341234): they
    // may list profiles, and what they may do in namespaces comes from RoleBindings only.
    for (const QString &owner : {u"ana@example.com"_qs, u"bo@example.com"_qs}) {
        SimUser u;
        u.name = owner;
        u.groups = QStringList{u"system:authenticated"_qs};
        u.token = randomToken();
        u.rules << SimRule{{u"get"_qs, u"list"_qs, u"watch"_qs}, {u"profiles"_qs}, {}};
        server.addUser(u);
    }

    SimFaults &faults = server.faults();
    faults.dropWatchAfterEvents = parser.value(dropWatch).toInt();
    faults.serverErrorRate = parser.value(errorRate).toDouble();
    faults.latencyMs = parser.value(latency).toInt();
    faults.tokenExpiresAfter = parser.value(tokenExpiry).toInt();
    faults.throttleNext = parser.value(throttle).toInt();

    QTemporaryDir certDir;
    SimCertificates certs;
    if (parser.isSet(tls)) {
        QString error;
        if (!certDir.isValid() ||
            !makeCertificates(certDir.path(), u"cert-admin"_qs, &certs, &error)) {
            std::fprintf(stderr, "kfw-cluster-sim: %s\n", qPrintable(error));
            return 1;
        }
        QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
        configuration.setLocalCertificate(QSslCertificate(certs.serverCertPem));
        configuration.setPrivateKey(QSslKey(certs.serverKeyPem, QSsl::Ec));
        configuration.setCaCertificates({QSslCertificate(certs.caPem)});
        // Ask for a client certificate but accept bearer tokens without one.
        configuration.setPeerVerifyMode(QSslSocket::QueryPeer);
        server.setTls(configuration);
        SimUser certAdmin;
        certAdmin.name = u"cert-admin"_qs;
        certAdmin.groups = QStringList{u"system:masters"_qs};
        certAdmin.rules << SimRule{{u"*"_qs}, {u"*"_qs}, {}};
        server.addUser(certAdmin);
    }

    SimStore *s = &store;
    {
        const SimKind *ns = findSimKind({}, u"v1"_qs, u"namespaces"_qs);
        s->create(*ns, {}, QJsonObject{{u"metadata"_qs, QJsonObject{{u"name"_qs, u"default"_qs}}}});
    }
    if (parser.value(seed) == u"demo") {
        seedDemo(s, &server);
        server.kfp()->seedDemo();
    } else if (parser.isSet(seed)) {
        std::fprintf(stderr, "kfw-cluster-sim: unknown seed \"%s\"; the only seed is \"demo\"\n",
                     qPrintable(parser.value(seed)));
        return 2;
    }
    // Seeds bypass admission; say so when one would not pass it, so the demo stays honest.
    for (const SimKind &kind : simKinds()) {
        if (!schemas.find(kind))
            continue;
        for (QJsonObject object : store.objects(kind)) {
            const SimAdmission admission = schemas.admit(kind, &object, FieldValidation::Strict);
            if (admission.refusal)
                std::fprintf(stderr, "kfw-cluster-sim: seeded object does not validate: %s\n",
                             qPrintable(admission.refusal->body.value(u"message").toString()));
        }
    }
    if (parser.value(seedPods).toInt() > 0)
        kfw::sim::seedPods(s, parser.value(seedPods).toInt(),
                           parser.value(seedPodNamespaces).toInt());

    const quint16 bound =
        server.listen(QHostAddress::LocalHost, quint16(parser.value(port).toUInt()));
    if (bound == 0) {
        std::fprintf(stderr, "kfw-cluster-sim: cannot listen on 127.0.0.1:%s\n",
                     qPrintable(parser.value(port)));
        return 1;
    }
    const QString url = QStringLiteral("%1://127.0.0.1:%2")
                            .arg(parser.isSet(tls) ? u"https"_qs : u"http"_qs)
                            .arg(bound);
    if (parser.isSet(kubeconfig)) {
        QString error;
        if (!writeKubeconfig(parser.value(kubeconfig), url, adminToken, userToken,
                             parser.isSet(tls) ? &certs : nullptr, &error)) {
            std::fprintf(stderr, "kfw-cluster-sim: cannot write %s: %s\n",
                         qPrintable(parser.value(kubeconfig)), qPrintable(error));
            return 1;
        }
    }
    std::printf("kfw-cluster-sim listening on %s\n", qPrintable(url));
    std::fflush(stdout);
    return app.exec();
}
