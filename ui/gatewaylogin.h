#pragma once

#include <QDialog>
#include <QFuture>
#include <QUrl>

class QLabel;
class QWebEngineProfile;
class QWebEngineView;

namespace kfw::ui {

// A browser login at a Kubeflow gateway, in a window of the app: the gateway's oauth2-proxy sends
// the user on to the identity provider (Dex, or the organisation's), and when it sets its session
// cookie the window closes and hands the cookie's value on. The browser keeps nothing on disk (an
// off-the-record profile) and checks the gateway's certificate as any browser does.
class GatewayLoginDialog : public QDialog
{
    Q_OBJECT

public:
    GatewayLoginDialog(const QUrl &gateway, QWidget *parent = nullptr);
    ~GatewayLoginDialog() override;

    // The session cookie's value once the login completed.
    QString cookie() const { return m_cookie; }
    QWebEngineView *view() const { return m_view; }

    // Whether a cookie set for host belongs to the gateway (its host, or a domain it is in).
    static bool isGatewayCookie(const QByteArray &name, const QString &cookieDomain,
                                const QString &gatewayHost);

signals:
    void loggedIn(const QString &cookie);

private:
    QUrl m_gateway;
    QWebEngineProfile *m_profile;
    QWebEngineView *m_view;
    QLabel *m_address;
    QString m_cookie;
};

// Opens the login window (without waiting for it) and brings the session cookie, or nothing when
// the user closes the window.
QFuture<QString> loginAtGateway(const QString &gatewayUrl, QWidget *parent);

} // namespace kfw::ui
