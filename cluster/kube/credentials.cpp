#include "cluster/kube/credentials.h"

#include "cluster/backend/secretstore.h"
#include "cluster/http/client.h"
#include "cluster/kube/logging.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSaveFile>
#include <QStandardPaths>
#include <QUrlQuery>
#include <QtConcurrent>

namespace kfw::kube {

QFuture<Authorization> NoCredentials::authorize(bool)
{
    return QtFuture::makeReadyFuture(Authorization{});
}

StaticCredentials::StaticCredentials(http::Headers headers)
    : m_headers(std::move(headers))
{}

QFuture<Authorization> StaticCredentials::authorize(bool)
{
    Authorization a;
    a.headers = m_headers;
    return QtFuture::makeReadyFuture(a);
}

TokenFileCredentials::TokenFileCredentials(QString path)
    : m_path(std::move(path))
{}

QFuture<Authorization> TokenFileCredentials::authorize(bool refresh)
{
    const std::lock_guard lock(m_mutex);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (refresh || m_token.isEmpty() || now - m_readAt > 60'000) {
        QFile file(m_path);
        if (!file.open(QIODevice::ReadOnly)) {
            Authorization a;
            a.error = QCoreApplication::translate("kfw::kube::Credentials",
                                                  "Cannot read the token file %1 named in the "
                                                  "kubeconfig: %2")
                          .arg(m_path, file.errorString());
            return QtFuture::makeReadyFuture(a);
        }
        m_token = file.readAll().trimmed();
        m_readAt = now;
    }
    Authorization a;
    a.headers << qMakePair(QByteArray("Authorization"), "Bearer " + m_token);
    return QtFuture::makeReadyFuture(a);
}

} // namespace kfw::kube

namespace kfw::kube {

namespace {

QString tr(const char *source)
{
    return QCoreApplication::translate("kfw::kube::Credentials", source);
}

} // namespace

ExecApprovals::ExecApprovals(QString path)
    : m_path(std::move(path))
{}

QByteArray ExecApprovals::fingerprint(const ExecConfig &exec)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    auto add = [&](const QString &part) {
        const QByteArray bytes = part.toUtf8();
        hash.addData(QByteArray(QByteArray::number(bytes.size()) + ':' + bytes));
    };
    add(exec.command);
    for (const QString &arg : exec.args)
        add(arg);
    for (const ExecEnvVar &var : exec.env) {
        add(var.name);
        add(var.value);
    }
    return hash.result().toHex();
}

QString ExecApprovals::key(const QString &kubeconfigFile, const QString &user, const QByteArray &fp)
{
    return QStringLiteral("%1\n%2\n%3").arg(kubeconfigFile, user, QString::fromLatin1(fp));
}

void ExecApprovals::load() const
{
    // Read on first use, not when the workbench starts; the caller holds m_mutex.
    if (m_loaded || m_path.isEmpty())
        return;
    m_loaded = true;
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly))
        return;
    const QJsonArray entries = QJsonDocument::fromJson(file.readAll()).array();
    for (const QJsonValue &entry : entries) {
        const QJsonObject o = entry.toObject();
        m_approved.insert(key(o.value(u"kubeconfig").toString(), o.value(u"user").toString(),
                              o.value(u"fingerprint").toString().toLatin1()));
    }
}

bool ExecApprovals::isApproved(const QString &kubeconfigFile, const QString &user,
                               const ExecConfig &exec) const
{
    const std::lock_guard lock(m_mutex);
    load();
    return m_approveAll || m_approved.contains(key(kubeconfigFile, user, fingerprint(exec)));
}

QString ExecApprovals::approve(const QString &kubeconfigFile, const QString &user,
                               const ExecConfig &exec)
{
    const std::lock_guard lock(m_mutex);
    load();
    m_approved.insert(key(kubeconfigFile, user, fingerprint(exec)));
    if (m_path.isEmpty())
        return {};
    QJsonArray entries;
    for (const QString &k : std::as_const(m_approved)) {
        const QStringList parts = k.split(u'\n');
        entries.append(QJsonObject{{u"kubeconfig"_qs, parts.value(0)},
                                   {u"user"_qs, parts.value(1)},
                                   {u"fingerprint"_qs, parts.value(2)}});
    }
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly))
        return tr("Cannot remember the approval in %1: %2").arg(m_path, file.errorString());
    file.write(QJsonDocument(entries).toJson());
    if (!file.commit())
        return tr("Cannot remember the approval in %1: %2").arg(m_path, file.errorString());
    return {};
}

QString describeExecPlugin(const ExecConfig &exec)
{
    QStringList lines;
    QStringList command{exec.command};
    command += exec.args;
    lines << tr("Command: %1").arg(command.join(u' '));
    for (const ExecEnvVar &var : exec.env)
        lines << tr("Environment: %1=%2").arg(var.name, var.value);
    if (exec.provideClusterInfo)
        lines << tr("It is given the cluster's address and certificate authority.");
    return lines.join(u'\n');
}

ExecCredentials::ExecCredentials(ResolvedContext context, std::shared_ptr<ExecApprovals> approvals)
    : m_context(std::move(context))
    , m_exec(m_context.user.exec.value_or(ExecConfig{}))
    , m_approvals(std::move(approvals))
{}

QFuture<Authorization> ExecCredentials::authorize(bool refresh)
{
    {
        const std::lock_guard lock(m_mutex);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        if (!refresh && m_obtained.isValid() &&
            (!m_expires.isValid() || m_expires > now.addSecs(10)))
            return QtFuture::makeReadyFuture(m_cached);
    }
    if (!m_approvals ||
        !m_approvals->isApproved(m_context.user.sourceFile, m_context.user.name, m_exec)) {
        Authorization a;
        a.needsApproval = true;
        a.error =
            tr("The kubeconfig user \"%1\" (%2) gets its credentials by running a program. "
               "It runs only once you approve it:\n%3")
                .arg(m_context.user.name, m_context.user.sourceFile, describeExecPlugin(m_exec));
        return QtFuture::makeReadyFuture(a);
    }
    if (m_exec.interactiveMode == u"Always") {
        Authorization a;
        a.error = tr("The credential plugin \"%1\" needs a terminal to ask you something "
                     "(interactiveMode: Always). Run a kubectl command with this context in a "
                     "terminal once, then connect again.")
                      .arg(m_exec.command);
        return QtFuture::makeReadyFuture(a);
    }
    const QDateTime asked = QDateTime::currentDateTimeUtc();
    auto self = shared_from_this();
    return QtConcurrent::run([self, asked, refresh] {
        const std::lock_guard running(self->m_running);
        {
            // Someone else ran the plugin while this call waited: use what it got.
            const std::lock_guard lock(self->m_mutex);
            if (self->m_obtained.isValid() && (self->m_obtained >= asked || !refresh) &&
                (!self->m_expires.isValid() ||
                 self->m_expires > QDateTime::currentDateTimeUtc().addSecs(10)))
                return self->m_cached;
        }
        return self->run();
    });
}

Authorization ExecCredentials::run()
{
    Authorization result;
    QString program = m_exec.command;
    if (!program.contains(u'/'))
        program = QStandardPaths::findExecutable(program);
    if (program.isEmpty() || !QFileInfo(program).isExecutable()) {
        result.error = tr("The credential plugin \"%1\" of kubeconfig user \"%2\" was not found.")
                           .arg(m_exec.command, m_context.user.name);
        if (!m_exec.installHint.isEmpty())
            result.error += u'\n' + m_exec.installHint.trimmed();
        return result;
    }

    QJsonObject spec{{u"interactive"_qs, false}};
    if (m_exec.provideClusterInfo) {
        const ClusterEntry &c = m_context.cluster;
        QJsonObject cluster{{u"server"_qs, c.server}};
        if (!c.tlsServerName.isEmpty())
            cluster.insert(u"tls-server-name"_qs, c.tlsServerName);
        if (c.insecureSkipTlsVerify)
            cluster.insert(u"insecure-skip-tls-verify"_qs, true);
        QByteArray ca = c.certificateAuthorityData;
        if (ca.isEmpty() && !c.certificateAuthority.isEmpty()) {
            QFile caFile(c.certificateAuthority);
            if (caFile.open(QIODevice::ReadOnly))
                ca = caFile.readAll();
        }
        if (!ca.isEmpty())
            cluster.insert(u"certificate-authority-data"_qs, QString::fromLatin1(ca.toBase64()));
        if (!c.proxyUrl.isEmpty())
            cluster.insert(u"proxy-url"_qs, c.proxyUrl);
        const QJsonValue config = c.extensions.value(u"client.authentication.k8s.io/exec");
        if (!config.isUndefined())
            cluster.insert(u"config"_qs, config);
        spec.insert(u"cluster"_qs, cluster);
    }
    const QJsonObject info{{u"apiVersion"_qs, m_exec.apiVersion},
                           {u"kind"_qs, u"ExecCredential"_qs},
                           {u"spec"_qs, spec}};

    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const ExecEnvVar &var : m_exec.env)
        env.insert(var.name, var.value);
    env.insert(u"KUBERNETES_EXEC_INFO"_qs,
               QString::fromUtf8(QJsonDocument(info).toJson(QJsonDocument::Compact)));

    QProcess process;
    process.setProcessEnvironment(env);
    process.setProgram(program);
    process.setArguments(m_exec.args);
    process.setStandardInputFile(QProcess::nullDevice());
    ++m_runs;
    qCInfo(lcKube).noquote() << "running the credential plugin" << program << "for user"
                             << m_context.user.name;
    process.start();
    if (!process.waitForStarted(10'000)) {
        result.error = tr("The credential plugin %1 could not be started: %2")
                           .arg(program, process.errorString());
        return result;
    }
    if (!process.waitForFinished(120'000)) {
        process.kill();
        process.waitForFinished(1000);
        result.error =
            tr("The credential plugin %1 did not finish within two minutes.").arg(program);
        return result;
    }
    const QString errors =
        QString::fromLocal8Bit(process.readAllStandardError()).trimmed().left(1000);
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        result.error = tr("The credential plugin %1 failed (exit code %2)%3")
                           .arg(program)
                           .arg(process.exitCode())
                           .arg(errors.isEmpty() ? QString() : u": "_qs + errors);
        return result;
    }
    QJsonParseError parseError{};
    const QJsonObject credential =
        QJsonDocument::fromJson(process.readAllStandardOutput(), &parseError).object();
    if (credential.value(u"kind").toString() != u"ExecCredential") {
        result.error = tr("The credential plugin %1 did not print an ExecCredential (%2).")
                           .arg(program, parseError.error == QJsonParseError::NoError
                                             ? tr("wrong kind")
                                             : parseError.errorString());
        return result;
    }
    if (credential.value(u"apiVersion").toString() != m_exec.apiVersion) {
        result.error =
            tr("The credential plugin %1 answered with apiVersion %2, but the "
               "kubeconfig asks for %3.")
                .arg(program, credential.value(u"apiVersion").toString(), m_exec.apiVersion);
        return result;
    }
    const QJsonObject status = credential.value(u"status").toObject();
    const QString token = status.value(u"token").toString();
    const QByteArray certificate = status.value(u"clientCertificateData").toString().toUtf8();
    const QByteArray key = status.value(u"clientKeyData").toString().toUtf8();
    if (!token.isEmpty()) {
        result.headers = {qMakePair(QByteArray("Authorization"), "Bearer " + token.toUtf8())};
    } else if (!certificate.isEmpty() && !key.isEmpty()) {
        // A client certificate (PEM) for the TLS handshake instead of a token.
        result.clientCertPem = certificate;
        result.clientKeyPem = key;
    } else {
        result.error = certificate.isEmpty() != key.isEmpty()
                           ? tr("The credential plugin %1 returned a client certificate without "
                                "its key, or a key without its certificate.")
                                 .arg(program)
                           : tr("The credential plugin %1 returned neither a token nor a client "
                                "certificate.")
                                 .arg(program);
        return result;
    }
    const QDateTime expires =
        QDateTime::fromString(status.value(u"expirationTimestamp").toString(), Qt::ISODate);
    {
        const std::lock_guard lock(m_mutex);
        m_cached = result;
        m_expires = expires;
        m_obtained = QDateTime::currentDateTimeUtc();
    }
    return result;
}

} // namespace kfw::kube

namespace kfw::kube {

qint64 jwtExpiry(const QByteArray &token)
{
    const QList<QByteArray> parts = token.split('.');
    if (parts.size() != 3)
        return 0;
    const QByteArray payload = QByteArray::fromBase64(parts.at(1), QByteArray::Base64UrlEncoding);
    return QJsonDocument::fromJson(payload).object().value(u"exp").toInteger();
}

OidcCredentials::OidcCredentials(ResolvedContext context, http::Transport &transport,
                                 std::shared_ptr<backend::SecretStore> vault)
    : m_context(std::move(context))
    , m_transport(transport)
    , m_vault(std::move(vault))
{
    const auto config = m_context.user.authProvider.value_or(AuthProviderConfig{}).config;
    m_idToken = config.value(u"id-token"_qs).toUtf8();
    m_refreshToken = config.value(u"refresh-token"_qs).toUtf8();
}

QString OidcCredentials::vaultName() const
{
    return QStringLiteral("%1#%2").arg(m_context.user.sourceFile, m_context.user.name);
}

bool OidcCredentials::canRefresh() const
{
    const std::lock_guard lock(m_mutex);
    return !m_refreshToken.isEmpty();
}

http::Headers OidcCredentials::headers() const
{
    return {qMakePair(QByteArray("Authorization"), "Bearer " + m_idToken)};
}

void OidcCredentials::finish(std::shared_ptr<QPromise<Authorization>> promise, const QString &error)
{
    Authorization a;
    a.error = error;
    if (error.isEmpty()) {
        const std::lock_guard lock(m_mutex);
        a.headers = headers();
    }
    promise->addResult(a);
    promise->finish();
}

QFuture<Authorization> OidcCredentials::authorize(bool refresh)
{
    auto promise = std::make_shared<QPromise<Authorization>>();
    promise->start();
    QFuture<Authorization> future = promise->future();
    auto self = shared_from_this();
    auto decide = [self, promise, refresh] {
        bool valid = false;
        {
            const std::lock_guard lock(self->m_mutex);
            const qint64 exp = jwtExpiry(self->m_idToken);
            valid = !self->m_idToken.isEmpty() &&
                    (exp == 0 || exp > QDateTime::currentSecsSinceEpoch() + 10);
        }
        if (valid && !refresh) {
            self->finish(promise, {});
            return;
        }
        self->refreshTokens(promise);
    };
    bool vaultRead = false;
    {
        const std::lock_guard lock(m_mutex);
        vaultRead = m_vaultRead || !m_vault;
    }
    if (vaultRead) {
        decide();
        return future;
    }
    // Tokens refreshed in an earlier session are newer than the kubeconfig's. The keychain is
    // driven from the main thread, which has the event loop it needs.
    QMetaObject::invokeMethod(QCoreApplication::instance(), [self, decide] {
        self->m_vault->read(
            self->vaultName(),
            [self, decide](const backend::SecretStore::Values &values, const QString &) {
                {
                    const std::lock_guard lock(self->m_mutex);
                    self->m_vaultRead = true;
                    const QByteArray stored = values.value(u"id-token"_qs).toUtf8();
                    if (!stored.isEmpty() && jwtExpiry(stored) >= jwtExpiry(self->m_idToken)) {
                        self->m_idToken = stored;
                        const QString refreshToken = values.value(u"refresh-token"_qs);
                        if (!refreshToken.isEmpty())
                            self->m_refreshToken = refreshToken.toUtf8();
                    }
                }
                decide();
            });
    });
    return future;
}

void OidcCredentials::refreshTokens(std::shared_ptr<QPromise<Authorization>> promise)
{
    const auto config = m_context.user.authProvider.value_or(AuthProviderConfig{}).config;
    QByteArray refreshToken;
    {
        const std::lock_guard lock(m_mutex);
        refreshToken = m_refreshToken;
    }
    const QString issuer = config.value(u"idp-issuer-url"_qs);
    if (refreshToken.isEmpty() || issuer.isEmpty()) {
        finish(promise, tr("The OIDC id-token of kubeconfig user \"%1\" has expired and there is "
                           "no refresh token to renew it. Log in again with your identity "
                           "provider (for example with kubelogin), then connect again.")
                            .arg(m_context.user.name));
        return;
    }
    http::ClientOptions options;
    options.rateLimit.qps = 0;
    options.tls.caPem =
        QByteArray::fromBase64(config.value(u"idp-certificate-authority-data"_qs).toLatin1());
    options.tls.caFile = config.value(u"idp-certificate-authority"_qs);
    if (!options.tls.caFile.isEmpty() && QFileInfo(options.tls.caFile).isRelative())
        options.tls.caFile =
            QFileInfo(m_context.user.sourceFile).absoluteDir().filePath(options.tls.caFile);
    auto client = std::make_shared<http::Client>(m_transport, options);
    http::Request discovery;
    QString base = issuer;
    if (base.endsWith(u'/'))
        base.chop(1);
    discovery.url = QUrl(base + u"/.well-known/openid-configuration"_qs);
    auto self = shared_from_this();
    client->send(discovery).then(QtFuture::Launch::Sync, [=](const http::Response &found) {
        const QString endpoint =
            QJsonDocument::fromJson(found.body).object().value(u"token_endpoint").toString();
        if (!found.isHttpSuccess() || endpoint.isEmpty()) {
            self->finish(promise,
                         tr("Cannot renew the OIDC token: the issuer %1 did not describe "
                            "its token endpoint (%2).")
                             .arg(issuer, found.error.isEmpty() ? QString::number(found.status)
                                                                : found.error));
            return;
        }
        QUrlQuery form;
        form.addQueryItem(u"grant_type"_qs, u"refresh_token"_qs);
        form.addQueryItem(u"refresh_token"_qs, QString::fromUtf8(refreshToken));
        form.addQueryItem(u"client_id"_qs, config.value(u"client-id"_qs));
        if (!config.value(u"client-secret"_qs).isEmpty())
            form.addQueryItem(u"client_secret"_qs, config.value(u"client-secret"_qs));
        http::Request token;
        token.method = "POST";
        token.url = QUrl(endpoint);
        token.headers << qMakePair(QByteArray("Content-Type"),
                                   QByteArray("application/x-www-form-urlencoded"));
        token.body = form.query(QUrl::FullyEncoded).toUtf8();
        client->send(token).then(QtFuture::Launch::Sync, [=](const http::Response &answer) {
            const QJsonObject tokens = QJsonDocument::fromJson(answer.body).object();
            const QByteArray idToken = tokens.value(u"id_token").toString().toUtf8();
            if (!answer.isHttpSuccess() || idToken.isEmpty()) {
                const QString reason = tokens.value(u"error_description")
                                           .toString(tokens.value(u"error").toString(answer.error));
                self->finish(promise, tr("The identity provider refused to renew the OIDC token "
                                         "of kubeconfig user \"%1\" (%2). Log in again.")
                                          .arg(self->m_context.user.name, reason));
                return;
            }
            backend::SecretStore::Values stored;
            {
                const std::lock_guard lock(self->m_mutex);
                self->m_idToken = idToken;
                const QString rotated = tokens.value(u"refresh_token").toString();
                if (!rotated.isEmpty())
                    self->m_refreshToken = rotated.toUtf8();
                stored.insert(u"id-token"_qs, QString::fromUtf8(self->m_idToken));
                stored.insert(u"refresh-token"_qs, QString::fromUtf8(self->m_refreshToken));
            }
            if (!self->m_vault) {
                self->finish(promise, {});
                return;
            }
            QMetaObject::invokeMethod(QCoreApplication::instance(), [self, stored, promise] {
                self->m_vault->write(self->vaultName(), stored,
                                     [self, promise](const QString &error) {
                                         if (!error.isEmpty())
                                             qCWarning(lcKube).noquote()
                                                 << "the renewed OIDC token is not kept:" << error;
                                         self->finish(promise, {});
                                     });
            });
        });
    });
}

} // namespace kfw::kube
