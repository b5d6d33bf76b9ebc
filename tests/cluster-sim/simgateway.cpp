#include "simgateway.h"

#include "simserver.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QUrl>

namespace kfw::sim {

namespace {

const QString kClientId = u"kubeflow-oidc-authservice"_qs;

QByteArray randomText(int bytes)
{
    QByteArray data(bytes, Qt::Uninitialized);
    for (char &c : data)
        c = char(QRandomGenerator::system()->bounded(256));
    return data.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

// Only paths on this host, as oauth2-proxy allows for rd: no other host, no scheme.
QString localPath(const QString &rd)
{
    if (!rd.startsWith(u'/') || rd.startsWith(u"//") || rd.startsWith(u"/\\"))
        return u"/"_qs;
    return rd;
}

QByteArray html(const QString &title, const QString &body)
{
    return QStringLiteral("<!DOCTYPE html>\n<html>\n<head>\n<meta charset=\"utf-8\">\n"
                          "<title>%1</title>\n</head>\n<body>\n%2</body>\n</html>\n")
        .arg(title.toHtmlEscaped(), body)
        .toUtf8();
}

// A 302 as Go's http.Redirect writes it.
SimGateway::Answer redirect(const QString &to)
{
    const QByteArray location = QUrl(to, QUrl::TolerantMode).toEncoded();
    return {302, "text/html; charset=utf-8",
            "<a href=\"" + QString::fromLatin1(location).toHtmlEscaped().toLatin1() +
                "\">Found</a>.\n\n",
            "Location: " + location + "\r\n"};
}

QByteArray sessionCookie(const QByteArray &value, int maxAge, bool secure)
{
    QByteArray header = "Set-Cookie: " + SimGateway::cookieName.toByteArray() + '=' + value;
    header += "; Path=/";
    if (maxAge >= 0)
        header += "; Max-Age=" + QByteArray::number(maxAge);
    header += "; HttpOnly; SameSite=Lax";
    if (secure)
        header += "; Secure";
    return header + "\r\n";
}

// application/x-www-form-urlencoded: '+' is a space there, not in QUrlQuery.
QUrlQuery formBody(const QByteArray &body)
{
    QByteArray text = body;
    text.replace('+', "%20");
    return QUrlQuery(QString::fromLatin1(text));
}

} // namespace

bool SimGateway::serves(const QStringList &segments)
{
    static const QStringList roots = {u"oauth2"_qs, u"dex"_qs, u"pipeline"_qs, u"kfam"_qs,
                                      u"ml_metadata.MetadataStoreService"_qs};
    return segments.isEmpty() || roots.contains(segments.first());
}

QByteArray SimGateway::cookie(const SimRequest &request, QByteArrayView name)
{
    // Browsers send one Cookie header of "a=1; b=2"; a proxy may split it into several.
    for (const auto &[key, value] : request.headers) {
        if (key.compare("cookie", Qt::CaseInsensitive) != 0)
            continue;
        for (const QByteArray &pair : value.split(';')) {
            const QByteArray trimmed = pair.trimmed();
            const qsizetype equals = trimmed.indexOf('=');
            if (equals > 0 && trimmed.left(equals).trimmed() == name) {
                QByteArray found = trimmed.mid(equals + 1).trimmed();
                if (found.size() >= 2 && found.startsWith('"') && found.endsWith('"'))
                    found = found.mid(1, found.size() - 2);
                return found;
            }
        }
    }
    return {};
}

QString SimGateway::sessionUser(const SimRequest &request)
{
    const QByteArray value = cookie(request, cookieName);
    if (value.isEmpty())
        return {};
    const auto it = m_sessions.constFind(value);
    if (it == m_sessions.constEnd())
        return {};
    if (m_sessionSeconds > 0 &&
        QDateTime::currentMSecsSinceEpoch() - it->since > qint64(m_sessionSeconds) * 1000) {
        m_sessions.remove(value);
        return {};
    }
    return it->user;
}

std::optional<SimGateway::Answer> SimGateway::login(const SimRequest &request,
                                                    const QStringList &segments,
                                                    const QStringList &users, bool secure)
{
    const auto param = [&](const QString &name) {
        return request.query.queryItemValue(name, QUrl::FullyDecoded);
    };
    if (segments == QStringList{u"oauth2"_qs, u"start"_qs}) {
        const QString state = QString::fromLatin1(randomText(24));
        m_states.insert(state, localPath(param(u"rd"_qs)));
        return redirect(u"/dex/auth?client_id="_qs + kClientId +
                        u"&redirect_uri=/oauth2/callback&response_type=code"
                        "&scope=openid+profile+email+groups&state="_qs +
                        QString::fromLatin1(QUrl::toPercentEncoding(state)));
    }
    if (segments == QStringList{u"dex"_qs, u"auth"_qs} && request.method == "GET") {
        if (param(u"client_id"_qs) != kClientId)
            return Answer{400,
                          "text/html; charset=utf-8",
                          html(u"Dex"_qs, u"<p>Bad Request: Unregistered client_id.</p>\n"_qs),
                          {}};
        return loginForm(param(u"state"_qs), false);
    }
    if (segments == QStringList{u"dex"_qs, u"auth"_qs, u"local"_qs}) {
        const QString state = param(u"state"_qs);
        if (request.method == "GET")
            return loginForm(state, false);
        if (request.method != "POST")
            return Answer{405, "text/plain; charset=utf-8", "Method Not Allowed\n", {}};
        if (!m_states.contains(state))
            return Answer{400,
                          "text/html; charset=utf-8",
                          html(u"Dex"_qs, u"<p>Invalid login request: start again.</p>\n"_qs),
                          {}};
        const QUrlQuery form = formBody(request.body);
        const QString user = form.queryItemValue(u"login"_qs, QUrl::FullyDecoded);
        const QString password = form.queryItemValue(u"password"_qs, QUrl::FullyDecoded);
        if (!users.contains(user) || !passwordMatches(user, password))
            return loginForm(state, true);
        const QString code = QString::fromLatin1(randomText(24));
        m_codes.insert(code, Code{user, state});
        return redirect(QStringLiteral("/oauth2/callback?code=%1&state=%2")
                            .arg(code, QString::fromLatin1(QUrl::toPercentEncoding(state))));
    }
    if (segments == QStringList{u"oauth2"_qs, u"callback"_qs}) {
        const QString state = param(u"state"_qs);
        const Code code = m_codes.take(param(u"code"_qs));
        if (code.user.isEmpty() || code.state != state || !m_states.contains(state))
            return Answer{403,
                          "text/html; charset=utf-8",
                          html(u"Forbidden"_qs, u"<p>Login Failed: Unable to find a valid CSRF "
                                                "token. Please try again.</p>\n"_qs),
                          {}};
        const QByteArray value = randomText(32);
        m_sessions.insert(value, Session{code.user, QDateTime::currentMSecsSinceEpoch()});
        ++m_logins;
        Answer answer = redirect(m_states.take(state));
        answer.headers += sessionCookie(value, -1, secure);
        return answer;
    }
    if (segments == QStringList{u"oauth2"_qs, u"sign_out"_qs}) {
        m_sessions.remove(cookie(request, cookieName));
        const QString rd = param(u"rd"_qs);
        Answer answer = redirect(rd.isEmpty() ? u"/"_qs : localPath(rd));
        answer.headers += sessionCookie({}, 0, secure);
        return answer;
    }
    return std::nullopt;
}

SimGateway::Answer SimGateway::unauthenticated(const SimRequest &request)
{
    // A browser is sent to the login. An API client (no text/html in Accept) gets 401, as
    // oauth2-proxy answers requests it does not take for a browser's: a login page would only
    // confuse a client that parses JSON, and 401 tells it to log in again.
    if (request.header("accept").contains("text/html")) {
        QString rd = request.path;
        if (!request.query.isEmpty())
            rd += u'?' + request.query.toString(QUrl::FullyEncoded);
        return redirect(u"/oauth2/start?rd="_qs + QString::fromLatin1(QUrl::toPercentEncoding(rd)));
    }
    const QString message = u"Unauthorized: no valid session cookie or bearer token"_qs;
    return {401,
            "application/json",
            QJsonDocument(QJsonObject{{u"error"_qs, message},
                                      {u"code"_qs, 16}, // UNAUTHENTICATED
                                      {u"message"_qs, message}})
                .toJson(QJsonDocument::Compact),
            {}};
}

SimGateway::Answer SimGateway::userInfo(const QString &user)
{
    return {200,
            "application/json",
            QJsonDocument(QJsonObject{{u"user"_qs, user},
                                      {u"email"_qs, user},
                                      {u"preferredUsername"_qs, user},
                                      {u"groups"_qs, QJsonArray()}})
                .toJson(QJsonDocument::Compact),
            {}};
}

SimGateway::Answer SimGateway::page(const QString &title)
{
    return {200,
            "text/html; charset=utf-8",
            html(title, QStringLiteral("<h1>%1</h1>\n").arg(title.toHtmlEscaped())),
            {}};
}

void SimGateway::setPassword(const QString &user, const QString &password)
{
    m_passwords.insert(user, password);
}

int SimGateway::expireSessions()
{
    const int count = int(m_sessions.size());
    m_sessions.clear();
    return count;
}

bool SimGateway::passwordMatches(const QString &user, const QString &password) const
{
    return m_passwords.value(user, defaultPassword.toString()) == password;
}

// Dex's local login page, with its element ids (login, password, submit-login), which scripted
// logins look for.
SimGateway::Answer SimGateway::loginForm(const QString &state, bool failed) const
{
    const QString action = u"/dex/auth/local?state="_qs +
                           QString::fromLatin1(QUrl::toPercentEncoding(state)).toHtmlEscaped();
    QString body = u"<div class=\"theme-panel\">\n"
                   "<h2 class=\"theme-heading\">Log in to Your Account</h2>\n"_qs;
    body += QStringLiteral("<form method=\"post\" action=\"%1\">\n").arg(action);
    body += u"<div class=\"theme-form-row\">\n"
            "<label for=\"login\">Email Address</label>\n"
            "<input tabindex=\"1\" required id=\"login\" name=\"login\" type=\"text\" "
            "placeholder=\"email address\" autofocus>\n</div>\n"
            "<div class=\"theme-form-row\">\n"
            "<label for=\"password\">Password</label>\n"
            "<input tabindex=\"2\" required id=\"password\" name=\"password\" type=\"password\" "
            "placeholder=\"password\">\n</div>\n"_qs;
    if (failed)
        body += u"<div id=\"login-error\" class=\"dex-error-box\">Invalid Email Address and "
                "password.</div>\n"_qs;
    body += u"<button tabindex=\"3\" id=\"submit-login\" type=\"submit\">Login</button>\n"
            "</form>\n</div>\n"_qs;
    return {200, "text/html; charset=utf-8", html(u"Log in to Dex"_qs, body), {}};
}

} // namespace kfw::sim
