#include "views/notebooks/notebookbrowser.h"

#include <QAction>
#include <QDesktopServices>
#include <QLabel>
#include <QMutex>
#include <QNetworkCookie>
#include <QTabWidget>
#include <QToolBar>
#include <QVBoxLayout>
#include <QWebEngineCookieStore>
#include <QWebEngineProfile>
#include <QWebEngineUrlRequestInterceptor>
#include <QWebEngineView>

namespace kfw::views {

// Adds a server's headers (a bearer token) to requests for its host and scheme only. Called on
// the web engine's IO thread.
class NotebookRequestInterceptor : public QWebEngineUrlRequestInterceptor
{
public:
    using QWebEngineUrlRequestInterceptor::QWebEngineUrlRequestInterceptor;

    void setHeaders(const QUrl &url, const QList<QPair<QByteArray, QByteArray>> &headers)
    {
        const QMutexLocker lock(&m_mutex);
        m_headers.insert(origin(url), headers);
    }

    void interceptRequest(QWebEngineUrlRequestInfo &info) override
    {
        const QMutexLocker lock(&m_mutex);
        const auto it = m_headers.constFind(origin(info.requestUrl()));
        if (it == m_headers.constEnd())
            return;
        for (const auto &[name, value] : *it)
            info.setHttpHeader(name, value);
    }

private:
    static QString origin(const QUrl &url)
    {
        return url.scheme() + QStringLiteral("://") + url.host() + u':' +
               QString::number(url.port(url.scheme() == u"https" ? 443 : 80));
    }

    QMutex m_mutex;
    QHash<QString, QList<QPair<QByteArray, QByteArray>>> m_headers;
};

// A notebook's web view: pages it opens in a new window or tab (JupyterLab's and the classic
// notebook's links to a notebook, a terminal, a file) open as tabs of the browser, with the same
// credentials.
class NotebookView : public QWebEngineView
{
public:
    NotebookView(QWebEngineProfile *profile, NotebookBrowser *browser, QWidget *parent)
        : QWebEngineView(profile, parent)
        , m_browser(browser)
    {
        connect(this, &QWebEngineView::titleChanged, this, [this](const QString &title) {
            if (m_opened)
                m_browser->retitle(this, title);
        });
    }
    void setOpened(bool opened) { m_opened = opened; }

protected:
    QWebEngineView *createWindow(QWebEnginePage::WebWindowType) override
    {
        return m_browser->addOpenedView(page()->profile());
    }

private:
    NotebookBrowser *m_browser;
    bool m_opened = false; // opened by a page, titled by its page
};

NotebookBrowser::NotebookBrowser(QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_profile(new QWebEngineProfile(this)) // no storage name: off the record
    , m_interceptor(new NotebookRequestInterceptor(this))
    , m_tabs(new QTabWidget(this))
{
    setWindowTitle(tr("Notebooks"));
    resize(1200, 800);
    m_profile->setHttpCacheType(QWebEngineProfile::MemoryHttpCache);
    m_profile->setPersistentCookiesPolicy(QWebEngineProfile::NoPersistentCookies);
    m_profile->setUrlRequestInterceptor(m_interceptor);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *bar = new QToolBar(this);
    QAction *reload = bar->addAction(tr("Reload"));
    reload->setShortcut(QKeySequence::Refresh);
    reload->setToolTip(tr("Load the notebook's page again (F5)"));
    connect(reload, &QAction::triggered, this, [this] {
        if (auto *v = qobject_cast<QWebEngineView *>(m_tabs->currentWidget()))
            v->reload();
    });
    QAction *external = bar->addAction(tr("Open in System Browser"));
    external->setToolTip(tr("Open this notebook in your web browser (it asks you to log in to "
                            "the gateway there)"));
    connect(external, &QAction::triggered, this, [this] {
        if (auto *v = qobject_cast<QWebEngineView *>(m_tabs->currentWidget()))
            QDesktopServices::openUrl(v->url());
    });
    QAction *close = bar->addAction(tr("Close Tab"));
    // Where the current tab's server is, and how it is reached.
    m_address = new QLabel(bar);
    m_address->setObjectName(QStringLiteral("notebookAddress"));
    m_address->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_address->setContentsMargins(12, 0, 6, 0);
    bar->addWidget(m_address);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        m_address->setText(index < 0 ? QString() : m_tabs->tabToolTip(index));
    });
    close->setShortcut(QKeySequence::Close);
    connect(close, &QAction::triggered, this, [this] { closeTab(m_tabs->currentIndex()); });
    layout->addWidget(bar);
    m_tabs->setTabsClosable(true);
    m_tabs->setDocumentMode(true);
    connect(m_tabs, &QTabWidget::tabCloseRequested, this, &NotebookBrowser::closeTab);
    layout->addWidget(m_tabs, 1);
}

NotebookBrowser::~NotebookBrowser()
{
    // The pages go before their profile.
    while (m_tabs->count() > 0)
        delete m_tabs->widget(0);
}

QWebEngineView *NotebookBrowser::view(const QString &title) const
{
    for (int i = 0; i < m_tabs->count(); ++i) {
        if (m_tabs->tabText(i) == title)
            return qobject_cast<QWebEngineView *>(m_tabs->widget(i));
    }
    return nullptr;
}

QWebEngineView *NotebookBrowser::open(const QString &title,
                                      const backend::NotebookConnection &connection)
{
    m_interceptor->setHeaders(connection.url, connection.headers);
    if (!connection.cookieName.isEmpty()) {
        QNetworkCookie cookie(connection.cookieName, connection.cookieValue);
        cookie.setPath(QStringLiteral("/"));
        cookie.setSecure(connection.url.scheme() == u"https");
        cookie.setHttpOnly(true);
        m_profile->cookieStore()->setCookie(cookie, connection.url);
    }
    QWebEngineView *v = view(title);
    if (!v) {
        v = new NotebookView(m_profile, this, m_tabs);
        m_tabs->addTab(v, title);
        m_tabs->setTabToolTip(
            m_tabs->indexOf(v),
            // The token stays out of sight.
            tr("%1 (%2)").arg(connection.url.toString(QUrl::RemoveQuery), connection.via));
        v->load(connection.url);
    }
    m_tabs->setCurrentWidget(v);
    m_address->setText(m_tabs->tabToolTip(m_tabs->currentIndex()));
    show();
    raise();
    activateWindow();
    return v;
}

QWebEngineView *NotebookBrowser::addOpenedView(QWebEngineProfile *profile)
{
    auto *v = new NotebookView(profile, this, m_tabs);
    v->setOpened(true);
    m_tabs->setCurrentIndex(m_tabs->addTab(v, tr("Opening…")));
    return v;
}

void NotebookBrowser::retitle(QWebEngineView *view, const QString &title)
{
    const int index = m_tabs->indexOf(view);
    if (index >= 0 && !title.isEmpty())
        m_tabs->setTabText(index, title);
}

void NotebookBrowser::closeView(const QString &title)
{
    if (QWebEngineView *v = view(title))
        closeTab(m_tabs->indexOf(v));
}

void NotebookBrowser::closeTab(int index)
{
    // Deleted now, not later: a page must go before the profile it belongs to.
    delete m_tabs->widget(index);
    if (m_tabs->count() == 0)
        hide();
}

} // namespace kfw::views
