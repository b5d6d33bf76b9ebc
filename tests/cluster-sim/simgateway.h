#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QStringList>

#include <optional>

namespace kfw::sim {

struct SimRequest;

// The login in front of a Kubeflow install as istio routes it: oauth2-proxy's /oauth2 endpoints
// and its session cookie, and Dex's local password login, in memory. The server asks it who a
// request's cookie belongs to and answers the login pages with it.
class SimGateway
{
public:
    // An answer the server writes as it is.
    struct Answer
    {
        int status = 200;
        QByteArray contentType;
        QByteArray body;
        QByteArray headers; // extra header lines, each ending in CRLF
    };

    static constexpr QByteArrayView cookieName = "oauth2_proxy_kubeflow";
    // Kubeflow's default password for its example user.
    static constexpr QStringView defaultPassword = u"12341234";

    // Whether a path (split at '/') is the gateway's: "/", /oauth2/..., /dex/..., /pipeline/...,
    // /kfam/...
    static bool serves(const QStringList &segments);
    // The value of a cookie from the request's Cookie headers, or empty.
    static QByteArray cookie(const SimRequest &request, QByteArrayView name);

    // The user a request's session cookie belongs to; empty without a live session.
    QString sessionUser(const SimRequest &request);

    // Answers the steps of the login that need no session: /oauth2/start, /oauth2/callback,
    // /oauth2/sign_out, /dex/auth and /dex/auth/local. users are the names that may log in;
    // secure marks the cookie for HTTPS. nullopt for the other paths.
    std::optional<Answer> login(const SimRequest &request, const QStringList &segments,
                                const QStringList &users, bool secure);

    // What oauth2-proxy answers a request without a valid session or token.
    static Answer unauthenticated(const SimRequest &request);
    static Answer userInfo(const QString &user);
    static Answer page(const QString &title);

    // A user's password; every known user has defaultPassword unless set here.
    void setPassword(const QString &user, const QString &password);
    // Sessions end this many seconds after the login; 0 keeps them.
    void setSessionSeconds(int seconds) { m_sessionSeconds = seconds; }
    // Forgets every session and returns how many there were.
    int expireSessions();
    int sessionCount() const { return int(m_sessions.size()); }
    int loginCount() const { return m_logins; }

private:
    struct Session
    {
        QString user;
        qint64 since = 0; // ms since the epoch
    };
    struct Code
    {
        QString user;
        QString state;
    };

    Answer loginForm(const QString &state, bool failed) const;
    bool passwordMatches(const QString &user, const QString &password) const;

    QHash<QString, QString> m_passwords;
    QHash<QString, QString> m_states; // state -> where to go after the login
    QHash<QString, Code> m_codes;
    QHash<QByteArray, Session> m_sessions; // cookie value -> session
    int m_sessionSeconds = 0;
    int m_logins = 0;
};

} // namespace kfw::sim
