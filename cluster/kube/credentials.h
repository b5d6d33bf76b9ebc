#pragma once

#include "cluster/http/message.h"
#include "cluster/kube/kubeconfig.h"

#include <QDateTime>
#include <QFuture>
#include <QPromise>
#include <QSet>

#include <atomic>
#include <memory>
#include <mutex>

namespace kfw::kube {

// What a request must carry to be authenticated, or why it cannot be.
struct Authorization
{
    http::Headers headers;
    // A client certificate and key (PEM) to present instead, from an exec plugin.
    QByteArray clientCertPem;
    QByteArray clientKeyPem;
    QString error;
    // The user must first approve running the exec plugin described in `error`.
    bool needsApproval = false;

    bool ok() const { return error.isEmpty(); }
};

// Supplies credentials for requests to one cluster. authorize(true) is asked after a 401: a
// source that can get fresh credentials (token file, exec plugin, OIDC refresh) does so.
// Thread-safe.
class CredentialSource
{
public:
    virtual ~CredentialSource() = default;
    virtual QFuture<Authorization> authorize(bool refresh) = 0;
    // Whether authorize(true) can give anything new.
    virtual bool canRefresh() const { return false; }
    // Whether the server refused these credentials: 401, and for a login gateway its redirect
    // to the login page.
    virtual bool rejected(const http::Response &response) const { return response.status == 401; }
};

// No credentials (anonymous, or client certificates only, which travel in the TLS handshake).
class NoCredentials final : public CredentialSource
{
public:
    QFuture<Authorization> authorize(bool refresh) override;
};

// A bearer token or basic-auth pair written in the kubeconfig.
class StaticCredentials final : public CredentialSource
{
public:
    explicit StaticCredentials(http::Headers headers);
    QFuture<Authorization> authorize(bool refresh) override;

private:
    http::Headers m_headers;
};

// A token read from a file, read again after a minute or after a 401, as client-go does for
// projected service-account tokens that rotate.
class TokenFileCredentials final : public CredentialSource
{
public:
    explicit TokenFileCredentials(QString path);
    QFuture<Authorization> authorize(bool refresh) override;
    bool canRefresh() const override { return true; }

private:
    QString m_path;
    std::mutex m_mutex;
    QByteArray m_token;
    qint64 m_readAt = 0;
};

} // namespace kfw::kube

namespace kfw::kube {

// The exec plugins the user has approved, each remembered by kubeconfig file, user entry and a
// fingerprint of command, arguments and environment: a changed plugin needs approval again.
// Kept in a JSON file of the workbench's settings (it holds no secrets).
class ExecApprovals
{
public:
    // An empty path keeps approvals in memory only (tests, the CLI).
    explicit ExecApprovals(QString path = {});

    static QByteArray fingerprint(const ExecConfig &exec);

    bool isApproved(const QString &kubeconfigFile, const QString &user,
                    const ExecConfig &exec) const;
    // Remembers the approval (in the file, when there is one). Returns an error message.
    QString approve(const QString &kubeconfigFile, const QString &user, const ExecConfig &exec);
    // Approves every plugin for the life of this object only (the CLI's --approve-exec).
    void approveAllForThisRun() { m_approveAll = true; }

private:
    static QString key(const QString &kubeconfigFile, const QString &user, const QByteArray &fp);
    void load() const;

    QString m_path;
    mutable std::mutex m_mutex;
    mutable QSet<QString> m_approved;
    mutable bool m_loaded = false;
    bool m_approveAll = false;
};

// The text shown when asking for approval: the exact command, arguments and environment.
QString describeExecPlugin(const ExecConfig &exec);

// Credentials from an exec plugin (client.authentication.k8s.io/v1 or v1beta1): run only once
// approved, given the cluster when provideClusterInfo asks for it, cached until the credential's
// expirationTimestamp, run again after a 401. Plugins that need a terminal (interactiveMode
// Always) are refused with a message, since the workbench has none to give them.
class ExecCredentials final
    : public CredentialSource
    , public std::enable_shared_from_this<ExecCredentials>
{
public:
    ExecCredentials(ResolvedContext context, std::shared_ptr<ExecApprovals> approvals);

    QFuture<Authorization> authorize(bool refresh) override;
    bool canRefresh() const override { return true; }

    // How many times the plugin has run (tests).
    int runs() const { return m_runs; }

private:
    Authorization run();

    ResolvedContext m_context;
    ExecConfig m_exec;
    std::shared_ptr<ExecApprovals> m_approvals;
    std::mutex m_mutex;     // guards the cache
    std::mutex m_running;   // one plugin run at a time
    Authorization m_cached; // a token header or a client certificate; empty before a run
    QDateTime m_expires;    // invalid: no expiry given
    QDateTime m_obtained;
    std::atomic<int> m_runs{0};
};

} // namespace kfw::kube

namespace kfw::backend {
class SecretStore;
}
namespace kfw::http {
class Transport;
}

namespace kfw::kube {

// The seconds-since-epoch "exp" claim of a JWT, or 0 when it has none or is not a JWT.
qint64 jwtExpiry(const QByteArray &token);

// The legacy oidc auth-provider: the id-token while it is valid, then a new one from the
// issuer's token endpoint with the refresh token. Refreshed tokens go to the OS keychain (the
// kubeconfig is never rewritten) and are preferred there on the next start.
class OidcCredentials final
    : public CredentialSource
    , public std::enable_shared_from_this<OidcCredentials>
{
public:
    OidcCredentials(ResolvedContext context, http::Transport &transport,
                    std::shared_ptr<backend::SecretStore> vault);

    QFuture<Authorization> authorize(bool refresh) override;
    bool canRefresh() const override;

    // The keychain entry for this kubeconfig user.
    QString vaultName() const;

private:
    void refreshTokens(std::shared_ptr<QPromise<Authorization>> promise);
    void finish(std::shared_ptr<QPromise<Authorization>> promise, const QString &error);
    http::Headers headers() const;

    ResolvedContext m_context;
    http::Transport &m_transport;
    std::shared_ptr<backend::SecretStore> m_vault;
    mutable std::mutex m_mutex;
    QByteArray m_idToken;
    QByteArray m_refreshToken;
    bool m_vaultRead = false;
};

} // namespace kfw::kube
