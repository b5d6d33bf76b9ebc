#include "cluster/kubeflow/kfpaccess.h"

#include <QCoreApplication>
#include <QUrl>

namespace kfw::kubeflow {

namespace {

// The path of a gateway or direct URL, without a trailing slash: what the routes go under.
QString pathUnder(const QString &url)
{
    QString path = QUrl(url).path();
    while (path.endsWith(u'/'))
        path.chop(1);
    return path;
}

QString tr(const char *text)
{
    return QCoreApplication::translate("kfw::kubeflow::KfpAccess", text);
}

QString group(const QString &contextName)
{
    // Context names may hold '/' (e.g. ARNs); keep each in one group.
    return QStringLiteral("kfp/") + QString::fromLatin1(QUrl::toPercentEncoding(contextName));
}

bool isLoginPage(const QByteArray &location)
{
    const QString path = QUrl(QString::fromUtf8(location)).path();
    return path.startsWith(u"/oauth2/start") || path.startsWith(u"/dex/auth");
}

} // namespace

QString KfpAccess::modeName(Mode mode)
{
    switch (mode) {
    case Mode::ServiceProxy:
        return QStringLiteral("service-proxy");
    case Mode::Gateway:
        return QStringLiteral("gateway");
    case Mode::Direct:
        return QStringLiteral("direct");
    }
    return {};
}

std::optional<KfpAccess::Mode> KfpAccess::modeFromName(const QString &name)
{
    for (const Mode mode : {Mode::ServiceProxy, Mode::Gateway, Mode::Direct}) {
        if (modeName(mode) == name)
            return mode;
    }
    return std::nullopt;
}

KfpAccess KfpAccess::load(QSettings &settings, const QString &contextName)
{
    settings.beginGroup(group(contextName));
    KfpAccess a;
    a.mode = modeFromName(settings.value(QStringLiteral("mode")).toString())
                 .value_or(Mode::ServiceProxy);
    a.url = settings.value(QStringLiteral("url")).toString();
    a.gatewayAuth = settings.value(QStringLiteral("gatewayAuth")).toString() == u"token"
                        ? GatewayAuth::Token
                        : GatewayAuth::BrowserLogin;
    a.sendUserId = settings.value(QStringLiteral("sendUserId"), false).toBool();
    a.userId = settings.value(QStringLiteral("userId")).toString();
    settings.endGroup();
    return a;
}

void KfpAccess::save(QSettings &settings, const QString &contextName) const
{
    settings.beginGroup(group(contextName));
    settings.setValue(QStringLiteral("mode"), modeName(mode));
    settings.setValue(QStringLiteral("url"), url);
    settings.setValue(QStringLiteral("gatewayAuth"), gatewayAuth == GatewayAuth::Token
                                                         ? QStringLiteral("token")
                                                         : QStringLiteral("browser"));
    settings.setValue(QStringLiteral("sendUserId"), sendUserId);
    settings.setValue(QStringLiteral("userId"), userId);
    settings.endGroup();
}

QString KfpAccess::problem() const
{
    if (mode == Mode::ServiceProxy)
        return {};
    const QUrl u(url);
    if (url.isEmpty())
        return mode == Mode::Gateway
                   ? tr("Enter the Kubeflow gateway's URL, e.g. https://kubeflow.example.com.")
                   : tr("Enter the URL of KFP's API server, e.g. http://127.0.0.1:8888 for a "
                        "port-forward.");
    if (!u.isValid() || (u.scheme() != u"https" && u.scheme() != u"http") || u.host().isEmpty())
        return tr("'%1' is not an http or https URL.").arg(url);
    if (mode == Mode::Direct && sendUserId && userId.trimmed().isEmpty())
        return tr("Enter the user id to send as kubeflow-userid, or turn the header off.");
    return {};
}

QString KfpAccess::describe() const
{
    switch (mode) {
    case Mode::ServiceProxy:
        return tr("through the API server's service proxy");
    case Mode::Gateway:
        return gatewayAuth == GatewayAuth::Token ? tr("gateway %1 (token)").arg(url)
                                                 : tr("gateway %1 (browser login)").arg(url);
    case Mode::Direct:
        return sendUserId ? tr("direct URL %1 as %2 (unsafe outside development)").arg(url, userId)
                          : tr("direct URL %1").arg(url);
    }
    return {};
}

QString KfpAccess::basePath() const
{
    switch (mode) {
    case Mode::ServiceProxy:
        return kfp::KfpClient::serviceProxyPath();
    case Mode::Gateway:
        return pathUnder(url) + u"/pipeline";
    case Mode::Direct:
        return pathUnder(url);
    }
    return {};
}

QString KfpAccess::metadataPath() const
{
    switch (mode) {
    case Mode::ServiceProxy:
        return kfp::KfpClient::serviceProxyPath(QStringLiteral("kubeflow"),
                                                QStringLiteral("metadata-envoy-service"), 9090);
    case Mode::Gateway:
        // Kubeflow's gateway routes /ml_metadata to the metadata Envoy.
        return pathUnder(url);
    case Mode::Direct:
        break;
    }
    return {};
}

QString KfpAccess::uiPath() const
{
    switch (mode) {
    case Mode::ServiceProxy:
        return kfp::KfpClient::serviceProxyPath(QStringLiteral("kubeflow"),
                                                QStringLiteral("ml-pipeline-ui"), 80);
    case Mode::Gateway:
        return basePath();
    case Mode::Direct:
        break;
    }
    return {};
}

QString gatewayCookieSecret(const QString &contextName)
{
    return QStringLiteral("kfp-session/") + contextName;
}

QString gatewayTokenSecret(const QString &contextName)
{
    return QStringLiteral("kfp-token/") + contextName;
}

std::shared_ptr<GatewayCredentials> GatewayCredentials::withToken(const QString &token)
{
    auto c = std::make_shared<GatewayCredentials>();
    c->m_token = token;
    return c;
}

std::shared_ptr<GatewayCredentials> GatewayCredentials::withSession(const QString &cookie,
                                                                    Login login)
{
    auto c = std::make_shared<GatewayCredentials>();
    c->m_cookie = cookie;
    c->m_login = std::move(login);
    return c;
}

kube::Authorization GatewayCredentials::current() const
{
    kube::Authorization a;
    if (!m_token.isEmpty())
        a.headers << qMakePair(QByteArray("Authorization"), "Bearer " + m_token.toUtf8());
    else if (!m_cookie.isEmpty())
        a.headers << qMakePair(QByteArray("Cookie"),
                               QByteArray(kSessionCookie) + '=' + m_cookie.toUtf8());
    return a;
}

QFuture<kube::Authorization> GatewayCredentials::authorize(bool refresh)
{
    std::unique_lock lock(m_mutex);
    const bool loggingIn = !m_waiting.empty();
    const bool needLogin = m_login && m_token.isEmpty() && (refresh || m_cookie.isEmpty());
    if (!loggingIn && !needLogin)
        return QtFuture::makeReadyFuture(current());
    if (!loggingIn && m_declined) {
        kube::Authorization a;
        a.error = tr("The Kubeflow session has ended and logging in again was cancelled; "
                     "connect again to log in.");
        return QtFuture::makeReadyFuture(a);
    }
    // One login answers every request refused meanwhile (a future takes one continuation, so
    // each waits on a promise of its own).
    auto promise = std::make_shared<QPromise<kube::Authorization>>();
    promise->start();
    const QFuture<kube::Authorization> result = promise->future();
    m_waiting.push_back(promise);
    if (loggingIn)
        return result;
    ++m_logins;
    const Login login = m_login;
    lock.unlock();
    const auto finish = [self = shared_from_this()](const QString &cookie) {
        kube::Authorization a;
        std::vector<std::shared_ptr<QPromise<kube::Authorization>>> waiting;
        {
            const std::lock_guard guard(self->m_mutex);
            waiting.swap(self->m_waiting);
            if (cookie.isEmpty()) {
                self->m_declined = true;
                a.error = tr("Logging in to Kubeflow was cancelled.");
            } else {
                self->m_declined = false;
                self->m_cookie = cookie;
                a = self->current();
            }
        }
        for (const auto &w : waiting) {
            w->addResult(a);
            w->finish();
        }
    };
    login().then(QtFuture::Launch::Sync, finish).onCanceled([finish] { finish({}); });
    return result;
}

bool GatewayCredentials::canRefresh() const
{
    const std::lock_guard guard(m_mutex);
    return m_login && m_token.isEmpty();
}

bool GatewayCredentials::rejected(const http::Response &response) const
{
    if (response.status == 401)
        return true;
    // oauth2-proxy sends requests without a session to its sign-in, which goes on to Dex.
    return response.status >= 300 && response.status < 400 &&
           isLoginPage(response.header("Location"));
}

QString GatewayCredentials::cookie() const
{
    const std::lock_guard guard(m_mutex);
    return m_cookie;
}

QString GatewayCredentials::token() const
{
    const std::lock_guard guard(m_mutex);
    return m_token;
}

void GatewayCredentials::reset()
{
    const std::lock_guard guard(m_mutex);
    m_declined = false;
}

int GatewayCredentials::logins() const
{
    const std::lock_guard guard(m_mutex);
    return m_logins;
}

KfpConnection connectKfp(const KfpAccess &access, std::shared_ptr<const kube::KubeClient> kube,
                         http::Transport &transport,
                         std::shared_ptr<kube::CredentialSource> gatewayCredentials)
{
    KfpConnection c;
    if (const QString problem = access.problem(); !problem.isEmpty()) {
        c.error = problem;
        return c;
    }
    if (access.mode == KfpAccess::Mode::ServiceProxy) {
        c.kube = kube;
    } else {
        kube::ClusterConnection connection;
        const QUrl url(access.url);
        connection.server = url.adjusted(QUrl::RemovePath | QUrl::RemoveQuery);
        // The same proxy and limits as the cluster; the certificate is checked against the
        // system's authorities.
        connection.http.proxyUrl = kube ? kube->connection().http.proxyUrl : QString();
        if (access.mode == KfpAccess::Mode::Gateway) {
            connection.credentials = gatewayCredentials;
        } else if (access.sendUserId) {
            connection.credentials = std::make_shared<kube::StaticCredentials>(http::Headers{
                qMakePair(QByteArray("kubeflow-userid"), access.userId.trimmed().toUtf8())});
        }
        if (!connection.credentials)
            connection.credentials = std::make_shared<kube::NoCredentials>();
        c.kube = std::make_shared<const kube::KubeClient>(transport, connection);
    }
    c.kfp = std::make_shared<const kfp::KfpClient>(c.kube, access.basePath());
    if (access.mode == KfpAccess::Mode::Direct) {
        c.metadataError = QCoreApplication::translate(
            "kfw::kubeflow::KfpAccess",
            "A direct URL reaches KFP's API server alone; artifacts and metrics of runs are read "
            "from ML Metadata and KFP's UI, which the API server's service proxy or the Kubeflow "
            "gateway reach. Change how the workbench reaches Kubeflow Pipelines to see them.");
    } else {
        c.metadata = std::make_shared<const kfp::MetadataClient>(c.kube, access.metadataPath(),
                                                                 access.uiPath());
    }
    return c;
}

} // namespace kfw::kubeflow
