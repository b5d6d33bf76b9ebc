#pragma once

#include "cluster/kfp/kfpclient.h"
#include "cluster/kfp/mlmd.h"
#include "cluster/kube/credentials.h"

#include <QFuture>
#include <QPromise>
#include <QSettings>
#include <QString>

#include <functional>
#include <memory>
#include <mutex>

namespace kfw::kubeflow {

// How the workbench reaches Kubeflow Pipelines for one kubeconfig context; chosen by the user and
// remembered per context.
struct KfpAccess
{
    enum class Mode
    {
        // The Kubernetes API server's service proxy with the kubeconfig's credentials.
        ServiceProxy,
        // The Kubeflow gateway (istio + oauth2-proxy) at url, with a bearer token or a browser
        // login's session cookie.
        Gateway,
        // A URL that reaches KFP's API server directly (a port-forward, development).
        Direct,
    };
    enum class GatewayAuth
    {
        BrowserLogin,
        Token,
    };

    Mode mode = Mode::ServiceProxy;
    QString url; // Gateway and Direct
    GatewayAuth gatewayAuth = GatewayAuth::BrowserLogin;
    // Direct only, and only when the user turns it on: the kubeflow-userid header KFP trusts
    // behind the gateway. Anyone who reaches the URL can claim any identity this way.
    bool sendUserId = false;
    QString userId;

    static KfpAccess load(QSettings &settings, const QString &contextName);
    void save(QSettings &settings, const QString &contextName) const;

    // Why these settings cannot be used; empty when they can.
    QString problem() const;
    // Mode and URL in words, e.g. "gateway https://kubeflow.example.com (browser login)".
    QString describe() const;
    // The path under url (or the API server) where the v2beta1 API is.
    QString basePath() const;
    // Where ML Metadata's gRPC-web endpoint and KFP's UI (its artifact proxy) are; empty for a
    // direct URL, which reaches KFP's API server alone.
    QString metadataPath() const;
    QString uiPath() const;

    static QString modeName(Mode mode);
    static std::optional<Mode> modeFromName(const QString &name);

    bool operator==(const KfpAccess &) const = default;
};

// Names of the secrets kept for a context's gateway: the session cookie and the bearer token.
QString gatewayCookieSecret(const QString &contextName);
QString gatewayTokenSecret(const QString &contextName);
// The cookie oauth2-proxy keeps the Kubeflow session in.
inline constexpr char kSessionCookie[] = "oauth2_proxy_kubeflow";

// Credentials at the Kubeflow gateway: a bearer token (OIDC id token or ServiceAccount token),
// or oauth2-proxy's session cookie from a browser login. A refusal (401, or a redirect to
// /oauth2/start or /dex/auth) asks login() for a new session once; requests refused meanwhile
// share that one prompt, and a declined prompt is not repeated until reset(). Thread-safe.
class GatewayCredentials final
    : public kube::CredentialSource
    , public std::enable_shared_from_this<GatewayCredentials>
{
public:
    // Asks the user to log in; brings the new session cookie's value, or nothing when declined.
    using Login = std::function<QFuture<QString>()>;

    static std::shared_ptr<GatewayCredentials> withToken(const QString &token);
    static std::shared_ptr<GatewayCredentials> withSession(const QString &cookie, Login login);

    QFuture<kube::Authorization> authorize(bool refresh) override;
    bool canRefresh() const override;
    bool rejected(const http::Response &response) const override;

    QString cookie() const;
    // The bearer token, when the credentials are one.
    QString token() const;
    // Forgets a declined login, so that the next refusal asks again.
    void reset();
    // How many times login() was asked.
    int logins() const;

private:
    kube::Authorization current() const;

    mutable std::mutex m_mutex;
    QString m_token;
    QString m_cookie;
    Login m_login;
    // The requests waiting for the login under way.
    std::vector<std::shared_ptr<QPromise<kube::Authorization>>> m_waiting;
    bool m_declined = false;
    int m_logins = 0;
};

// The KFP client for a context's access settings: the service proxy through kube, or a client
// of its own for the gateway or direct URL. credentials: the gateway's (ignored otherwise).
struct KfpConnection
{
    std::shared_ptr<const kube::KubeClient> kube; // the client the KFP calls go through
    std::shared_ptr<const kfp::KfpClient> kfp;
    // ML Metadata and artifact contents; null for a direct URL, metadataError saying why.
    std::shared_ptr<const kfp::MetadataClient> metadata;
    QString metadataError;
    QString error;
};
KfpConnection connectKfp(const KfpAccess &access, std::shared_ptr<const kube::KubeClient> kube,
                         http::Transport &transport,
                         std::shared_ptr<kube::CredentialSource> gatewayCredentials = {});

} // namespace kfw::kubeflow
