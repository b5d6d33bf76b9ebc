#include "cluster/kube/connection.h"

#include <QCoreApplication>

namespace kfw::kube {

namespace {
QString tr(const char *source)
{
    return QCoreApplication::translate("kfw::kube::Connection", source);
}
} // namespace

ConnectionSetup connectionFor(const ResolvedContext &context, http::Transport &transport,
                              const ConnectOptions &options)
{
    ConnectionSetup setup;
    const ClusterEntry &cluster = context.cluster;
    const UserEntry &user = context.user;
    const QUrl server(cluster.server, QUrl::StrictMode);
    if (!server.isValid() || server.host().isEmpty() ||
        (server.scheme() != u"https" && server.scheme() != u"http")) {
        setup.error = tr("The server address \"%1\" of cluster \"%2\" is not an http(s) URL. Fix "
                         "it in %3.")
                          .arg(cluster.server, cluster.name, cluster.sourceFile);
        return setup;
    }
    ClusterConnection &c = setup.connection;
    c.server = server;
    c.defaultNamespace = context.namespaceOrDefault();
    c.http.rateLimit = options.rateLimit;
    c.http.proxyUrl = cluster.proxyUrl;
    c.http.tls.serverName = cluster.tlsServerName;
    c.http.tls.caPem = cluster.certificateAuthorityData;
    c.http.tls.caFile = cluster.certificateAuthority;
    c.http.tls.clientCertPem = user.clientCertificateData;
    c.http.tls.clientCertFile = user.clientCertificate;
    c.http.tls.clientKeyPem = user.clientKeyData;
    c.http.tls.clientKeyFile = user.clientKey;
    if (cluster.insecureSkipTlsVerify) {
        c.http.tls.insecureSkipVerify = true;
        setup.tlsVerified = false;
        setup.warnings << tr("The kubeconfig turns off TLS verification for cluster \"%1\" "
                             "(insecure-skip-tls-verify): the server's identity is not checked, "
                             "so anyone on the network path could read or change the traffic.")
                              .arg(cluster.name);
    } else if (server.scheme() == u"http") {
        setup.tlsVerified = false;
        setup.warnings << tr("Cluster \"%1\" is reached over plain http: credentials and data "
                             "travel unencrypted.")
                              .arg(cluster.name);
    }

    // Impersonation, as kubectl's --as flags written into the kubeconfig.
    if (!user.impersonate.isEmpty()) {
        c.http.defaultHeaders << qMakePair(QByteArray("Impersonate-User"),
                                           user.impersonate.toUtf8());
        if (!user.impersonateUid.isEmpty())
            c.http.defaultHeaders << qMakePair(QByteArray("Impersonate-Uid"),
                                               user.impersonateUid.toUtf8());
        for (const QString &group : user.impersonateGroups)
            c.http.defaultHeaders << qMakePair(QByteArray("Impersonate-Group"), group.toUtf8());
        for (auto it = user.impersonateUserExtra.begin(); it != user.impersonateUserExtra.end();
             ++it) {
            for (const QString &value : it.value())
                c.http.defaultHeaders << qMakePair(
                    "Impersonate-Extra-" + QUrl::toPercentEncoding(it.key()), value.toUtf8());
        }
    }

    if (!user.token.isEmpty()) {
        c.credentials = std::make_shared<StaticCredentials>(
            http::Headers{qMakePair(QByteArray("Authorization"), "Bearer " + user.token.toUtf8())});
    } else if (!user.tokenFile.isEmpty()) {
        c.credentials = std::make_shared<TokenFileCredentials>(user.tokenFile);
    } else if (!user.username.isEmpty() || !user.password.isEmpty()) {
        const QByteArray pair = (user.username + u':' + user.password).toUtf8();
        c.credentials = std::make_shared<StaticCredentials>(
            http::Headers{qMakePair(QByteArray("Authorization"), "Basic " + pair.toBase64())});
    } else if (user.exec) {
        c.credentials = std::make_shared<ExecCredentials>(context, options.approvals);
    } else if (user.authProvider) {
        if (user.authProvider->name != u"oidc") {
            setup.error = tr("The kubeconfig user \"%1\" uses the \"%2\" auth-provider, which "
                             "kubectl no longer supports. Switch the user to its exec plugin "
                             "(gke-gcloud-auth-plugin for GKE, kubelogin for AKS).")
                              .arg(user.name, user.authProvider->name);
            return setup;
        }
        c.credentials = std::make_shared<OidcCredentials>(context, transport, options.vault);
    } else {
        c.credentials = std::make_shared<NoCredentials>();
    }
    return setup;
}

} // namespace kfw::kube
