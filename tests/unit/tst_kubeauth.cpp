// Connecting with what a kubeconfig says: exec plugins that never run unapproved, their
// credentials cached and renewed after a 401, OIDC tokens refreshed at the issuer and kept in the
// secret store, client certificates, and the warnings and refusals a user must see.

#include "cluster/backend/secretstore.h"
#include "cluster/http/transport.h"
#include "cluster/kube/connection.h"
#include "cluster/kube/kubeclient.h"
#include "clustertesting.h"
#include "simserver.h"
#include "simstore.h"
#include "simtls.h"

#include <QDateTime>
#include <QFile>
#include <QHttpServer>
#include <QHttpServerResponse>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QTemporaryDir>
#include <QTest>

using namespace kfw;
using namespace kfw::kube;

namespace {

template<typename T>
T await(QFuture<T> future)
{
    if (!QTest::qWaitFor([&] { return future.isFinished(); }, 30000))
        return T{};
    return future.result();
}

QByteArray jwt(qint64 exp, const QByteArray &subject)
{
    const QByteArray header =
        QByteArray(R"({"alg":"none"})")
            .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    const QByteArray payload =
        QJsonDocument(QJsonObject{{u"exp"_qs, exp}, {u"sub"_qs, QString::fromUtf8(subject)}})
            .toJson(QJsonDocument::Compact)
            .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    return header + '.' + payload + ".sig";
}

void writeFile(const QString &path, const QByteArray &data, bool executable = false)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(data);
    f.close();
    if (executable)
        f.setPermissions(f.permissions() | QFileDevice::ExeOwner);
}

} // namespace

class TestKubeAuth : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void execPluginNeedsApproval();
    void execPluginRenewedAfter401();
    void execCredentialExpires();
    void execPluginFailuresAreExplained_data();
    void execPluginFailuresAreExplained();
    void oidcRefreshKeepsTokensInTheVault();
    void oidcWithoutRefreshTokenSaysWhatToDo();
    void clientCertificateFromKubeconfig();
    void connectionWarningsAndRefusals();

private:
    void addUser(const QString &name, const QString &token)
    {
        m_server->addUser(testing::simAdministrator(name, token));
    }
    Kubeconfig kubeconfig(const QByteArray &userYaml, const QString &server = {})
    {
        const QString path = m_dir.filePath(QStringLiteral("config-%1").arg(++m_configs));
        QByteArray yaml =
            "apiVersion: v1\nkind: Config\nclusters:\n- name: sim\n  cluster:\n    server: ";
        yaml += (server.isEmpty() ? QStringLiteral("http://127.0.0.1:%1").arg(m_port) : server)
                    .toUtf8();
        yaml += "\nusers:\n- name: me\n  user:\n" + userYaml;
        yaml += "contexts:\n- name: sim\n  context:\n    cluster: sim\n    user: "
                "me\ncurrent-context: sim\n";
        writeFile(path, yaml);
        return Kubeconfig::load({path});
    }
    // A plugin that counts its runs in a file and hands out token-<n>; it records its
    // environment for the test to read.
    QString plugin(const QByteArray &extra = {})
    {
        const QString path = m_dir.filePath(QStringLiteral("plugin-%1.sh").arg(++m_plugins));
        const QString count = m_dir.filePath(QStringLiteral("plugin-%1.count").arg(m_plugins));
        QByteArray script = "#!/bin/sh\n" + extra;
        script += "n=$(cat '" + count.toUtf8() +
                  "' 2>/dev/null || echo 0)\nn=$((n+1))\necho $n > '" + count.toUtf8() + "'\n";
        script += "printf '%s' \"$KUBERNETES_EXEC_INFO\" > '" + count.toUtf8() + ".info'\n";
        script += "echo \"$PLUGIN_GREETING\" > '" + count.toUtf8() + ".env'\n";
        script +=
            "printf "
            "'{\"apiVersion\":\"client.authentication.k8s.io/v1\",\"kind\":\"ExecCredential\","
            "\"status\":{\"token\":\"token-%s\"}}' \"$n\"\n";
        writeFile(path, script, true);
        return path;
    }
    int pluginRuns(int plugin) const
    {
        QFile f(m_dir.filePath(QStringLiteral("plugin-%1.count").arg(plugin)));
        return f.open(QIODevice::ReadOnly) ? f.readAll().trimmed().toInt() : 0;
    }

    http::Transport m_transport;
    sim::SimStore *m_store = nullptr;
    sim::SimServer *m_server = nullptr;
    quint16 m_port = 0;
    QTemporaryDir m_dir;
    int m_configs = 0;
    int m_plugins = 0;
};

void TestKubeAuth::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_store = new sim::SimStore(this);
    m_store->create(*sim::findSimKind({}, u"v1"_qs, u"namespaces"_qs), {},
                    QJsonObject{{u"metadata"_qs, QJsonObject{{u"name"_qs, u"default"_qs}}}});
    m_server = new sim::SimServer(m_store, this);
    m_port = m_server->listen(QHostAddress::LocalHost, 0);
    QVERIFY(m_port != 0);
}

void TestKubeAuth::init()
{
    m_server->faults() = sim::SimFaults{};
}

void TestKubeAuth::execPluginNeedsApproval()
{
    addUser(u"plugin-user"_qs, u"token-1"_qs);
    const QString script = plugin();
    const int id = m_plugins;
    const Kubeconfig config =
        kubeconfig("    exec:\n      apiVersion: client.authentication.k8s.io/v1\n"
                   "      command: " +
                   script.toUtf8() +
                   "\n"
                   "      args: [\"--cluster\", \"sim\"]\n"
                   "      env:\n      - name: PLUGIN_GREETING\n        value: hello\n"
                   "      provideClusterInfo: true\n"
                   "      interactiveMode: Never\n");
    QCOMPARE(config.error(), QString());
    QString error;
    const ResolvedContext context = config.resolve({}, &error);
    QCOMPARE(error, QString());

    const QString approvalsFile = m_dir.filePath(u"approvals.json"_qs);
    auto approvals = std::make_shared<ExecApprovals>(approvalsFile);
    ConnectOptions options;
    options.approvals = approvals;
    const ConnectionSetup setup = connectionFor(context, m_transport, options);
    QVERIFY(setup.ok());
    KubeClient client(m_transport, setup.connection);

    const ApiResponse refused = await(client.get(kinds::namespaces(), {}, u"default"_qs));
    QVERIFY(refused.needsApproval);
    QVERIFY2(refused.error.contains(script + u" --cluster sim"_qs), qPrintable(refused.error));
    QVERIFY2(refused.error.contains(u"PLUGIN_GREETING=hello"_qs), qPrintable(refused.error));
    QCOMPARE(pluginRuns(id), 0); // it did not run

    QCOMPARE(approvals->approve(context.user.sourceFile, context.user.name, *context.user.exec),
             QString());
    const ApiResponse allowed = await(client.get(kinds::namespaces(), {}, u"default"_qs));
    QCOMPARE(allowed.error, QString());
    QCOMPARE(allowed.status, 200);
    QCOMPARE(pluginRuns(id), 1);
    // Cached: no second run for the next call.
    QCOMPARE(await(client.get(kinds::namespaces(), {}, u"default"_qs)).status, 200);
    QCOMPARE(pluginRuns(id), 1);

    // The plugin got its environment and the cluster it is for.
    QFile env(m_dir.filePath(QStringLiteral("plugin-%1.count.env").arg(id)));
    QVERIFY(env.open(QIODevice::ReadOnly));
    QCOMPARE(env.readAll().trimmed(), QByteArray("hello"));
    QFile info(m_dir.filePath(QStringLiteral("plugin-%1.count.info").arg(id)));
    QVERIFY(info.open(QIODevice::ReadOnly));
    const QJsonObject execInfo = QJsonDocument::fromJson(info.readAll()).object();
    QCOMPARE(execInfo.value(u"kind").toString(), u"ExecCredential"_qs);
    QCOMPARE(execInfo.value(u"spec").toObject().value(u"interactive").toBool(true), false);
    QCOMPARE(
        execInfo.value(u"spec").toObject().value(u"cluster").toObject().value(u"server").toString(),
        QStringLiteral("http://127.0.0.1:%1").arg(m_port));

    // Remembered across restarts, but only for this exact command line and environment.
    ExecApprovals reloaded(approvalsFile);
    QVERIFY(reloaded.isApproved(context.user.sourceFile, context.user.name, *context.user.exec));
    ExecConfig changed = *context.user.exec;
    changed.args << u"--extra"_qs;
    QVERIFY(!reloaded.isApproved(context.user.sourceFile, context.user.name, changed));
    QVERIFY(!reloaded.isApproved(context.user.sourceFile, u"someone-else"_qs, *context.user.exec));
    QVERIFY(!reloaded.isApproved(m_dir.filePath(u"other-config"_qs), context.user.name,
                                 *context.user.exec));
}

void TestKubeAuth::execPluginRenewedAfter401()
{
    const QString script = plugin();
    const int id = m_plugins;
    // This plugin's tokens: token-1, then token-2 on the next run.
    addUser(u"renewing"_qs, u"token-1"_qs);
    addUser(u"renewing"_qs, u"token-2"_qs);
    const Kubeconfig config =
        kubeconfig("    exec:\n      apiVersion: client.authentication.k8s.io/v1\n"
                   "      command: " +
                   script.toUtf8() +
                   "\n"
                   "      interactiveMode: Never\n");
    const ResolvedContext context = config.resolve();
    auto approvals = std::make_shared<ExecApprovals>();
    approvals->approveAllForThisRun();
    ConnectOptions options;
    options.approvals = approvals;
    KubeClient client(m_transport, connectionFor(context, m_transport, options).connection);
    QCOMPARE(await(client.get(kinds::namespaces(), {}, u"default"_qs)).status, 200);
    QCOMPARE(pluginRuns(id), 1);
    // The server stops accepting tokens it has seen before: token-1 is now rejected.
    m_server->faults().tokenExpiresAfter = 1;
    const ApiResponse renewed = await(client.get(kinds::namespaces(), {}, u"default"_qs));
    QCOMPARE(renewed.error, QString());
    QCOMPARE(renewed.status, 200);
    QCOMPARE(pluginRuns(id), 2);
}

void TestKubeAuth::execCredentialExpires()
{
    // The plugin says its token expired long ago: every request needs a new one.
    const QString script = plugin();
    const int id = m_plugins;
    QFile f(script);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QByteArray text = f.readAll();
    f.close();
    text.replace(
        "\"status\":{\"token\":\"token-%s\"}",
        "\"status\":{\"token\":\"token-%s\",\"expirationTimestamp\":\"2001-01-01T00:00:00Z\"}");
    writeFile(script, text, true);
    addUser(u"expiring"_qs, u"token-1"_qs);
    addUser(u"expiring"_qs, u"token-2"_qs);
    const Kubeconfig config =
        kubeconfig("    exec:\n      apiVersion: client.authentication.k8s.io/v1\n"
                   "      command: " +
                   script.toUtf8() +
                   "\n"
                   "      interactiveMode: Never\n");
    auto approvals = std::make_shared<ExecApprovals>();
    approvals->approveAllForThisRun();
    ConnectOptions options;
    options.approvals = approvals;
    KubeClient client(m_transport,
                      connectionFor(config.resolve(), m_transport, options).connection);
    QCOMPARE(await(client.get(kinds::namespaces(), {}, u"default"_qs)).status, 200);
    QCOMPARE(await(client.get(kinds::namespaces(), {}, u"default"_qs)).status, 200);
    QCOMPARE(pluginRuns(id), 2);
}

void TestKubeAuth::execPluginFailuresAreExplained_data()
{
    QTest::addColumn<QByteArray>("exec");
    QTest::addColumn<QString>("expected");
    QTest::addRow("missing")
        << QByteArray(
               "      command: kfw-no-such-plugin\n      installHint: Install it with apt.\n")
        << u"was not found.\nInstall it with apt."_qs;
    QTest::addRow("exit code")
        << QByteArray(
               "      command: /bin/sh\n      args: [\"-c\", \"echo token expired >&2; exit 3\"]\n")
        << u"failed (exit code 3): token expired"_qs;
    QTest::addRow("not a credential")
        << QByteArray("      command: /bin/sh\n      args: [\"-c\", \"echo hello\"]\n")
        << u"did not print an ExecCredential"_qs;
    QTest::addRow("wrong apiVersion")
        << QByteArray("      command: /bin/sh\n      args: [\"-c\", \"echo "
                      "'{\\\"apiVersion\\\":\\\"client.authentication.k8s.io/"
                      "v1beta1\\\",\\\"kind\\\":\\\"ExecCredential\\\",\\\"status\\\":{"
                      "\\\"token\\\":\\\"x\\\"}}'\"]\n")
        << u"answered with apiVersion client.authentication.k8s.io/v1beta1"_qs;
    QTest::addRow("needs a terminal")
        << QByteArray("      command: /bin/true\n      interactiveMode: Always\n")
        << u"needs a terminal"_qs;
}

void TestKubeAuth::execPluginFailuresAreExplained()
{
    QFETCH(QByteArray, exec);
    QFETCH(QString, expected);
    if (!exec.contains("interactiveMode"))
        exec += "      interactiveMode: Never\n"; // required by the v1 API
    const Kubeconfig config =
        kubeconfig("    exec:\n      apiVersion: client.authentication.k8s.io/v1\n" + exec);
    QString error;
    const ResolvedContext context = config.resolve({}, &error);
    QCOMPARE(error, QString());
    auto approvals = std::make_shared<ExecApprovals>();
    approvals->approveAllForThisRun();
    ConnectOptions options;
    options.approvals = approvals;
    KubeClient client(m_transport, connectionFor(context, m_transport, options).connection);
    const ApiResponse r = await(client.get(kinds::namespaces(), {}, u"default"_qs));
    QCOMPARE(r.status, 0);
    QVERIFY(!r.needsApproval);
    QVERIFY2(r.error.contains(expected), qPrintable(r.error));
}

void TestKubeAuth::oidcRefreshKeepsTokensInTheVault()
{
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    const QByteArray expired = jwt(now - 60, "ana");
    const QByteArray fresh = jwt(now + 3600, "ana");
    addUser(u"ana"_qs, QString::fromLatin1(fresh));

    QHttpServer issuer;
    int discoveries = 0;
    QByteArray refreshSeen;
    const quint16 issuerPort = issuer.listen(QHostAddress::LocalHost, 0);
    QVERIFY(issuerPort != 0);
    const QString issuerUrl = QStringLiteral("http://127.0.0.1:%1/dex").arg(issuerPort);
    issuer.route(u"/dex/.well-known/openid-configuration"_qs, [&]() -> QHttpServerResponse {
        ++discoveries;
        return QHttpServerResponse(QJsonObject{
            {u"issuer"_qs, issuerUrl}, {u"token_endpoint"_qs, QString(issuerUrl + u"/token"_qs)}});
    });
    issuer.route(
        u"/dex/token"_qs, QHttpServerRequest::Method::Post,
        [&](const QHttpServerRequest &request) -> QHttpServerResponse {
            const QUrlQuery form(QString::fromUtf8(request.body()));
            refreshSeen = form.queryItemValue(u"refresh_token"_qs).toUtf8();
            if (form.queryItemValue(u"grant_type"_qs) != u"refresh_token" ||
                form.queryItemValue(u"client_id"_qs) != u"kubeflow")
                return QHttpServerResponse(QJsonObject{{u"error"_qs, u"invalid_request"_qs}},
                                           QHttpServerResponder::StatusCode::BadRequest);
            return QHttpServerResponse(QJsonObject{{u"id_token"_qs, QString::fromLatin1(fresh)},
                                                   {u"refresh_token"_qs, u"rotated-refresh"_qs}});
        });

    const Kubeconfig config = kubeconfig("    auth-provider:\n      name: oidc\n      config:\n"
                                         "        client-id: kubeflow\n"
                                         "        id-token: " +
                                         expired +
                                         "\n"
                                         "        refresh-token: first-refresh\n"
                                         "        idp-issuer-url: " +
                                         issuerUrl.toUtf8() + "\n");
    const ResolvedContext context = config.resolve();
    auto vault = std::make_shared<backend::MemorySecretStore>();
    ConnectOptions options;
    options.vault = vault;
    KubeClient client(m_transport, connectionFor(context, m_transport, options).connection);
    const ApiResponse r = await(client.get(kinds::namespaces(), {}, u"default"_qs));
    QCOMPARE(r.error, QString());
    QCOMPARE(r.status, 200);
    QCOMPARE(refreshSeen, QByteArray("first-refresh"));
    QCOMPARE(discoveries, 1);

    // The renewed tokens are in the vault, not in the kubeconfig.
    backend::SecretStore::Values stored;
    bool read = false;
    vault->read(QStringLiteral("%1#me").arg(context.user.sourceFile),
                [&](const backend::SecretStore::Values &values, const QString &) {
                    stored = values;
                    read = true;
                });
    QTRY_VERIFY(read);
    QCOMPARE(stored.value(u"id-token"_qs).toLatin1(), fresh);
    QCOMPARE(stored.value(u"refresh-token"_qs), u"rotated-refresh"_qs);
    QFile file(context.user.sourceFile);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(!file.readAll().contains(fresh));

    // A new session finds the valid token in the vault and asks the issuer nothing.
    KubeClient later(m_transport, connectionFor(context, m_transport, options).connection);
    QCOMPARE(await(later.get(kinds::namespaces(), {}, u"default"_qs)).status, 200);
    QCOMPARE(discoveries, 1);
}

void TestKubeAuth::oidcWithoutRefreshTokenSaysWhatToDo()
{
    const Kubeconfig config = kubeconfig("    auth-provider:\n      name: oidc\n      config:\n"
                                         "        client-id: kubeflow\n"
                                         "        id-token: " +
                                         jwt(QDateTime::currentSecsSinceEpoch() - 5, "x") +
                                         "\n"
                                         "        idp-issuer-url: http://127.0.0.1:1/dex\n");
    KubeClient client(m_transport, connectionFor(config.resolve(), m_transport).connection);
    const ApiResponse r = await(client.get(kinds::namespaces(), {}, u"default"_qs));
    QVERIFY2(r.error.contains(u"has expired and there is no refresh token"_qs),
             qPrintable(r.error));
}

void TestKubeAuth::clientCertificateFromKubeconfig()
{
    QTemporaryDir certDir;
    sim::SimCertificates certs;
    QString error;
    if (!sim::makeCertificates(certDir.path(), u"cert-user"_qs, &certs, &error))
        QSKIP(qPrintable(u"no certificates could be made: "_qs + error));
    sim::SimServer tlsServer(m_store);
    sim::SimUser certUser;
    certUser.name = u"cert-user"_qs;
    certUser.rules << sim::SimRule{{u"*"_qs}, {u"*"_qs}, {}};
    tlsServer.addUser(certUser);
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setLocalCertificate(QSslCertificate(certs.serverCertPem));
    tls.setPrivateKey(QSslKey(certs.serverKeyPem, QSsl::Ec));
    tls.setCaCertificates({QSslCertificate(certs.caPem)});
    tls.setPeerVerifyMode(QSslSocket::QueryPeer);
    tlsServer.setTls(tls);
    const quint16 port = tlsServer.listen(QHostAddress::LocalHost, 0);
    QVERIFY(port != 0);
    // Files named relative to the kubeconfig, as kubectl resolves them.
    writeFile(m_dir.filePath(u"ca.crt"_qs), certs.caPem);
    writeFile(m_dir.filePath(u"client.crt"_qs), certs.clientCertPem);
    writeFile(m_dir.filePath(u"client.key"_qs), certs.clientKeyPem);
    const QString path = m_dir.filePath(u"tls-config"_qs);
    writeFile(path, "apiVersion: v1\nkind: Config\nclusters:\n- name: tls\n  cluster:\n"
                    "    server: https://127.0.0.1:" +
                        QByteArray::number(port) +
                        "\n"
                        "    certificate-authority: ca.crt\n"
                        "users:\n- name: cert\n  user:\n    client-certificate: client.crt\n    "
                        "client-key: client.key\n"
                        "contexts:\n- name: tls\n  context:\n    cluster: tls\n    user: "
                        "cert\ncurrent-context: tls\n");
    const ConnectionSetup setup = connectionFor(Kubeconfig::load({path}).resolve(), m_transport);
    QVERIFY(setup.ok());
    QVERIFY(setup.tlsVerified);
    QVERIFY(setup.warnings.isEmpty());
    KubeClient client(m_transport, setup.connection);
    const ApiResponse who = await(client.selfSubjectReview());
    QCOMPARE(who.error, QString());
    QCOMPARE(testing::reviewedUser(who), u"cert-user"_qs);

    // An exec plugin may hand out the client certificate instead of a token.
    const QJsonObject credential{
        {u"apiVersion"_qs, u"client.authentication.k8s.io/v1"_qs},
        {u"kind"_qs, u"ExecCredential"_qs},
        {u"status"_qs,
         QJsonObject{{u"clientCertificateData"_qs, QString::fromLatin1(certs.clientCertPem)},
                     {u"clientKeyData"_qs, QString::fromLatin1(certs.clientKeyPem)}}}};
    writeFile(m_dir.filePath(u"credential.json"_qs), QJsonDocument(credential).toJson());
    const QString execPath = m_dir.filePath(u"tls-exec-config"_qs);
    writeFile(execPath,
              "apiVersion: v1\nkind: Config\nclusters:\n- name: tls\n  cluster:\n"
              "    server: https://127.0.0.1:" +
                  QByteArray::number(port) +
                  "\n"
                  "    certificate-authority: ca.crt\n"
                  "users:\n- name: cert-plugin\n  user:\n    exec:\n"
                  "      apiVersion: client.authentication.k8s.io/v1\n      command: /bin/cat\n"
                  "      args: [\"" +
                  m_dir.filePath(u"credential.json"_qs).toUtf8() +
                  "\"]\n"
                  "      interactiveMode: Never\n"
                  "contexts:\n- name: tls\n  context:\n    cluster: tls\n    user: cert-plugin\n"
                  "current-context: tls\n");
    auto approvals = std::make_shared<ExecApprovals>();
    approvals->approveAllForThisRun();
    ConnectOptions options;
    options.approvals = approvals;
    const ConnectionSetup viaPlugin =
        connectionFor(Kubeconfig::load({execPath}).resolve(), m_transport, options);
    QVERIFY(viaPlugin.ok());
    const Authorization fromPlugin = await(viaPlugin.connection.credentials->authorize(false));
    QCOMPARE(fromPlugin.error, QString());
    QVERIFY(fromPlugin.headers.isEmpty());
    QCOMPARE(fromPlugin.clientCertPem, certs.clientCertPem);
    KubeClient pluginClient(m_transport, viaPlugin.connection);
    const ApiResponse pluginWho = await(pluginClient.selfSubjectReview());
    QCOMPARE(pluginWho.error, QString());
    QCOMPARE(testing::reviewedUser(pluginWho), u"cert-user"_qs);
}

void TestKubeAuth::connectionWarningsAndRefusals()
{
    const ConnectionSetup insecure = connectionFor(
        kubeconfig("    token: abc\n", u"https://127.0.0.1:1"_qs).resolve(), m_transport);
    QVERIFY(insecure.ok());
    QVERIFY(insecure.tlsVerified);

    const QString path = m_dir.filePath(u"insecure-config"_qs);
    writeFile(
        path,
        "apiVersion: v1\nkind: Config\nclusters:\n- name: c\n  cluster:\n"
        "    server: https://example.invalid:6443\n    insecure-skip-tls-verify: true\n"
        "users:\n- name: u\n  user:\n    username: ana\n    password: p4ss\n    as: "
        "admin@example.com\n"
        "    as-groups: [\"ops\"]\n"
        "contexts:\n- name: c\n  context:\n    cluster: c\n    user: u\ncurrent-context: c\n");
    const ConnectionSetup unverified =
        connectionFor(Kubeconfig::load({path}).resolve(), m_transport);
    QVERIFY(unverified.ok());
    QVERIFY(!unverified.tlsVerified);
    QCOMPARE(unverified.warnings.size(), 1);
    QVERIFY(unverified.warnings.first().contains(u"insecure-skip-tls-verify"_qs));
    QVERIFY(unverified.connection.http.tls.insecureSkipVerify);
    QCOMPARE(http::headerValue(unverified.connection.http.defaultHeaders, "Impersonate-User"),
             QByteArray("admin@example.com"));
    QCOMPARE(http::headerValue(unverified.connection.http.defaultHeaders, "Impersonate-Group"),
             QByteArray("ops"));
    const Authorization basic = await(unverified.connection.credentials->authorize(false));
    QCOMPARE(http::headerValue(basic.headers, "Authorization"),
             "Basic " + QByteArray("ana:p4ss").toBase64());

    const ConnectionSetup plain =
        connectionFor(kubeconfig("    token: abc\n").resolve(), m_transport);
    QVERIFY(!plain.tlsVerified);
    QVERIFY(plain.warnings.value(0).contains(u"plain http"_qs));

    const ConnectionSetup gcp = connectionFor(
        kubeconfig("    auth-provider:\n      name: gcp\n      config: {}\n").resolve(),
        m_transport);
    QVERIFY(!gcp.ok());
    QVERIFY2(gcp.error.contains(u"gke-gcloud-auth-plugin"_qs), qPrintable(gcp.error));
}

QTEST_GUILESS_MAIN(TestKubeAuth)
#include "tst_kubeauth.moc"
