#include "ui/gatewaylogin.h"

#include "cluster/kubeflow/kfpaccess.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QNetworkCookie>
#include <QPromise>
#include <QPushButton>
#include <QVBoxLayout>
#include <QWebEngineCookieStore>
#include <QWebEngineProfile>
#include <QWebEngineView>

namespace kfw::ui {

GatewayLoginDialog::GatewayLoginDialog(const QUrl &gateway, QWidget *parent)
    : QDialog(parent)
    , m_gateway(gateway)
    , m_profile(new QWebEngineProfile(this)) // no storage name: off the record
    , m_view(new QWebEngineView(m_profile, this))
    , m_address(new QLabel(this))
{
    setObjectName(QStringLiteral("gatewayLogin"));
    setWindowTitle(tr("Log in to Kubeflow at %1").arg(gateway.host()));
    m_profile->setHttpCacheType(QWebEngineProfile::MemoryHttpCache);
    m_profile->setPersistentCookiesPolicy(QWebEngineProfile::NoPersistentCookies);
    m_address->setObjectName(QStringLiteral("address"));
    m_address->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // Long login addresses must not widen the window; the whole address is in the tooltip.
    m_address->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    auto *explanation =
        new QLabel(tr("Log in as you do in the browser; check that the address below is your "
                      "Kubeflow's or your organisation's login before you type a password. The "
                      "window closes by itself once Kubeflow has let you in; the session is kept "
                      "in the system keychain."),
                   this);
    explanation->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(explanation);
    layout->addWidget(m_address);
    layout->addWidget(m_view, 1);
    layout->addWidget(buttons);
    resize(720, 640);

    connect(m_view, &QWebEngineView::urlChanged, this, [this](const QUrl &url) {
        m_address->setText(url.toDisplayString());
        m_address->setToolTip(url.toDisplayString());
    });
    connect(m_profile->cookieStore(), &QWebEngineCookieStore::cookieAdded, this,
            [this](const QNetworkCookie &cookie) {
                if (!m_cookie.isEmpty() ||
                    !isGatewayCookie(cookie.name(), cookie.domain(), m_gateway.host()) ||
                    cookie.value().isEmpty())
                    return;
                m_cookie = QString::fromUtf8(cookie.value());
                emit loggedIn(m_cookie);
                accept();
            });
    // The gateway sends a visitor without a session to its login.
    QUrl start = gateway;
    start.setPath(gateway.path().isEmpty() ? QStringLiteral("/") : gateway.path());
    m_view->load(start);
}

GatewayLoginDialog::~GatewayLoginDialog()
{
    // The page goes before its profile.
    delete m_view;
}

bool GatewayLoginDialog::isGatewayCookie(const QByteArray &name, const QString &cookieDomain,
                                         const QString &gatewayHost)
{
    if (name != kubeflow::kSessionCookie)
        return false;
    if (cookieDomain.isEmpty())
        return true;
    const QString domain = cookieDomain.startsWith(u'.') ? cookieDomain.mid(1) : cookieDomain;
    return gatewayHost.compare(domain, Qt::CaseInsensitive) == 0 ||
           gatewayHost.endsWith(u'.' + domain, Qt::CaseInsensitive);
}

QFuture<QString> loginAtGateway(const QString &gatewayUrl, QWidget *parent)
{
    auto promise = std::make_shared<QPromise<QString>>();
    promise->start();
    QFuture<QString> future = promise->future();
    auto *dialog = new GatewayLoginDialog(QUrl(gatewayUrl), parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    QObject::connect(dialog, &QDialog::finished, dialog, [dialog, promise] {
        promise->addResult(dialog->cookie());
        promise->finish();
    });
    dialog->open();
    return future;
}

} // namespace kfw::ui
