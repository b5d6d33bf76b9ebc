// The Kubeflow gateway login in a QtWebEngine window, under Xvfb, against the cluster simulator's
// oauth2-proxy/Dex flow: the user types into Dex's form, the window closes with the session
// cookie, the cookie lands in the keychain (or, without one, the session store — never a file),
// an expired session asks for exactly one new login however many calls are refused, and a
// cancelled login is not asked again. And the pipelines connection dialog checks what is typed.

#include "cluster/http/transport.h"
#include "cluster/kube/connectionmanager.h"
#include "cluster/kubeflow/kubeflowbackend.h"
#include "clustertesting.h"
#include "simgateway.h"
#include "simserver.h"
#include "simstore.h"
#include "ui/gatewaylogin.h"
#include "ui/kfpaccessdialog.h"

#include <QApplication>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDirIterator>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTemporaryDir>
#include <QTest>
#include <QWebEnginePage>
#include <QWebEngineView>

using namespace kfw;
using namespace kfw::kubeflow;
using namespace kfw::backend;

namespace {

const QString kAdminToken = u"gateway-admin-token"_qs;
const QString kUser = u"user@example.com"_qs;
const QString kProfile = u"kubeflow-user-example-com"_qs;

template<typename T>
Result<T> wait(QFuture<Result<T>> future)
{
    return testing::waitFor(std::move(future), 60000);
}

QList<ui::GatewayLoginDialog *> loginWindows()
{
    QList<ui::GatewayLoginDialog *> windows;
    for (QWidget *w : QApplication::topLevelWidgets()) {
        if (auto *d = qobject_cast<ui::GatewayLoginDialog *>(w); d && d->isVisible())
            windows << d;
    }
    return windows;
}

// Runs a script in the page and waits for its result.
QVariant evaluate(QWebEnginePage *page, const QString &script)
{
    QVariant result;
    bool done = false;
    page->runJavaScript(script, [&](const QVariant &v) {
        result = v;
        done = true;
    });
    if (!QTest::qWaitFor([&] { return done; }, 10000))
        return {};
    return result;
}

// Types into Dex's form in the login window and submits it, as the user would.
bool typeLogin(ui::GatewayLoginDialog *window, const QString &password)
{
    QWebEnginePage *page = window->view()->page();
    // The window went through /oauth2/start to Dex's form.
    if (!QTest::qWaitFor(
            [&] {
                return evaluate(page, u"document.getElementById('submit-login') !== null"_qs)
                    .toBool();
            },
            30000))
        return false;
    evaluate(page, QStringLiteral("document.getElementById('login').value = '%1';"
                                  "document.getElementById('password').value = '%2';"
                                  "document.getElementById('submit-login').click(); true")
                       .arg(kUser, password));
    return true;
}

// Whether any file under dir holds text.
bool anyFileContains(const QString &dir, const QByteArray &text)
{
    QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile f(it.next());
        if (f.open(QIODevice::ReadOnly) && f.readAll().contains(text))
            return true;
    }
    return false;
}

} // namespace

class TestGatewayLogin : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cookiesOfTheGatewayOnly();
    void browserLoginExpiryAndCancel();
    void connectionDialogChecksWhatIsTyped();

private:
    QTemporaryDir m_home;
    sim::SimStore *m_store = nullptr;
    sim::SimServer *m_server = nullptr;
    quint16 m_port = 0;
    kube::Kubeconfig m_config;
    http::Transport m_transport;
};

void TestGatewayLogin::initTestCase()
{
    // Nothing of the test may land in the user's files; the scan below looks here.
    qputenv("HOME", m_home.path().toUtf8());
    qputenv("XDG_DATA_HOME", m_home.filePath(u"data"_qs).toUtf8());
    qputenv("XDG_CONFIG_HOME", m_home.filePath(u"config"_qs).toUtf8());
    qputenv("XDG_CACHE_HOME", m_home.filePath(u"cache"_qs).toUtf8());
    m_store = new sim::SimStore(this);
    m_server = new sim::SimServer(m_store, this);
    m_server->addUser(testing::simAdministrator(u"admin"_qs, kAdminToken));
    m_server->addUser(testing::simProfileUser(kUser, u"gateway-user-token"_qs, kProfile));
    m_port = m_server->listen(QHostAddress::LocalHost, 0);
    QVERIFY(m_port != 0);
    QFile file(m_home.filePath(u"kubeconfig"_qs));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QStringLiteral(R"(apiVersion: v1
kind: Config
clusters:
- name: sim
  cluster: {server: "http://127.0.0.1:%1"}
users:
- name: user
  user: {token: gateway-user-token}
contexts:
- name: user
  context: {cluster: sim, user: user, namespace: %2}
current-context: user
)")
                   .arg(m_port)
                   .arg(kProfile)
                   .toUtf8());
    file.close();
    m_config = kube::Kubeconfig::load({file.fileName()});
    QVERIFY2(m_config.error().isEmpty(), qPrintable(m_config.error()));
}

void TestGatewayLogin::cookiesOfTheGatewayOnly()
{
    using D = ui::GatewayLoginDialog;
    QVERIFY(D::isGatewayCookie(kSessionCookie, {}, u"kubeflow.example.com"_qs));
    QVERIFY(D::isGatewayCookie(kSessionCookie, u".example.com"_qs, u"kubeflow.example.com"_qs));
    QVERIFY(
        D::isGatewayCookie(kSessionCookie, u"kubeflow.example.com"_qs, u"KUBEFLOW.example.com"_qs));
    QVERIFY(!D::isGatewayCookie(kSessionCookie, u"other.com"_qs, u"kubeflow.example.com"_qs));
    QVERIFY(!D::isGatewayCookie(kSessionCookie, u"ample.com"_qs, u"kubeflow.example.com"_qs));
    QVERIFY(!D::isGatewayCookie("dex_session", {}, u"kubeflow.example.com"_qs));
}

void TestGatewayLogin::browserLoginExpiryAndCancel()
{
    kube::ContextConnection connection(u"user"_qs, m_transport, kube::ConnectOptions{});
    connection.connectTo(m_config);
    QTRY_COMPARE_WITH_TIMEOUT(connection.state(), kube::ContextConnection::State::Connected, 10000);

    KfpAccess access;
    access.mode = KfpAccess::Mode::Gateway;
    access.url = QStringLiteral("http://127.0.0.1:%1").arg(m_port);
    KubeflowBackend::Environment environment;
    // The real keychain: where none runs (a build machine), the session store keeps the login.
    environment.secrets = std::make_shared<KeychainSecretStore>(u"kfw-test-gateway/"_qs);
    auto session = std::make_shared<MemorySecretStore>();
    environment.sessionStore = session;
    int prompts = 0;
    environment.login = [&prompts](const QString &url) {
        ++prompts;
        return ui::loginAtGateway(url, nullptr);
    };
    KubeflowBackend backend(&connection, access, environment);

    // No session yet: the first call opens the login window.
    QTRY_COMPARE_WITH_TIMEOUT(loginWindows().size(), 1, 20000);
    ui::GatewayLoginDialog *window = loginWindows().first();
    // A wrong password keeps the window open and says so.
    QVERIFY(typeLogin(window, u"wrong"_qs));
    QTRY_VERIFY_WITH_TIMEOUT(evaluate(window->view()->page(), u"document.body.innerText"_qs)
                                 .toString()
                                 .contains(u"Invalid Email Address and password"),
                             20000);
    QCOMPARE(loginWindows().size(), 1);
    QVERIFY(typeLogin(window, sim::SimGateway::defaultPassword.toString()));
    QTRY_VERIFY_WITH_TIMEOUT(backend.isDetected(), 30000);
    QVERIFY2(backend.can(Capability::Pipelines), qPrintable(backend.kfpStatus()));
    QCOMPARE(prompts, 1);
    QCOMPARE(m_server->gateway().loginCount(), 1);
    QTRY_COMPARE(loginWindows().size(), 0);

    // The session is kept in the keychain, or in the session store without one; never in a file.
    const QString cookie = backend.gatewayCredentials()->cookie();
    QVERIFY(!cookie.isEmpty());
    QString kept;
    bool read = false;
    environment.secrets->read(gatewayCookieSecret(u"user"_qs),
                              [&](const SecretStore::Values &v, const QString &) {
                                  kept = v.value(u"value"_qs);
                                  read = true;
                              });
    QTRY_VERIFY_WITH_TIMEOUT(read, 20000);
    if (kept.isEmpty()) {
        read = false;
        session->read(gatewayCookieSecret(u"user"_qs),
                      [&](const SecretStore::Values &v, const QString &) {
                          kept = v.value(u"value"_qs);
                          read = true;
                      });
        QTRY_VERIFY(read);
    } else {
        environment.secrets->remove(gatewayCookieSecret(u"user"_qs), [](const QString &) {});
    }
    QCOMPARE(kept, cookie);
    QVERIFY(!anyFileContains(m_home.path(), cookie.toUtf8()));

    // The calls work in the user's profile.
    const auto created = wait(backend.experiments()->create(u"from-the-gateway"_qs, {}));
    QVERIFY2(created.ok(), qPrintable(created.error));

    // The session expires: three refused calls open exactly one login window.
    QVERIFY(m_server->gateway().expireSessions() > 0);
    auto a = backend.experiments()->list({});
    auto b = backend.runs()->list({});
    auto c = backend.pipelines()->list({});
    QTRY_COMPARE_WITH_TIMEOUT(loginWindows().size(), 1, 20000);
    QTest::qWait(300);
    QCOMPARE(loginWindows().size(), 1);
    QCOMPARE(prompts, 2);
    QVERIFY(typeLogin(loginWindows().first(), sim::SimGateway::defaultPassword.toString()));
    QVERIFY2(wait(a).ok(), qPrintable(wait(a).error));
    QVERIFY(wait(b).ok());
    QVERIFY(wait(c).ok());
    QCOMPARE(prompts, 2);
    QVERIFY(backend.gatewayCredentials()->cookie() != cookie);

    // The user closes the window: the call fails saying so, and no window comes back by itself.
    m_server->gateway().expireSessions();
    auto declined = backend.experiments()->list({});
    QTRY_COMPARE_WITH_TIMEOUT(loginWindows().size(), 1, 20000);
    loginWindows().first()->reject();
    const auto failed = wait(declined);
    QVERIFY(!failed.ok());
    QVERIFY2(failed.error.contains(u"cancelled"), qPrintable(failed.error));
    QVERIFY(!wait(backend.runs()->list({})).ok());
    QTest::qWait(300);
    QCOMPARE(loginWindows().size(), 0);
    QCOMPARE(prompts, 3);
}

void TestGatewayLogin::connectionDialogChecksWhatIsTyped()
{
    ui::KfpAccessDialog dialog(u"prod"_qs, KfpAccess{});
    dialog.show();
    QPushButton *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    auto *url = dialog.findChild<QLineEdit *>(u"url"_qs);
    auto *problem = dialog.findChild<QLabel *>(u"problem"_qs);
    QVERIFY(ok->isEnabled()); // the service proxy needs nothing
    QVERIFY(!url->isEnabled());

    dialog.findChild<QRadioButton *>(u"gateway"_qs)->click();
    QVERIFY(url->isEnabled());
    QVERIFY(!ok->isEnabled());
    QVERIFY(problem->text().contains(u"gateway's URL"));
    QTest::keyClicks(url, u"ftp://x"_qs);
    QVERIFY(!ok->isEnabled());
    QVERIFY(problem->text().contains(u"not an http or https URL"));
    url->clear();
    QTest::keyClicks(url, u"https://kubeflow.example.com"_qs);
    QVERIFY(ok->isEnabled());
    QVERIFY(problem->isHidden());
    auto *token = dialog.findChild<QLineEdit *>(u"token"_qs);
    QVERIFY(!token->isEnabled());
    dialog.findChild<QRadioButton *>(u"useToken"_qs)->click();
    QVERIFY(token->isEnabled());
    QCOMPARE(token->echoMode(), QLineEdit::Password);
    QTest::keyClicks(token, u"secret-token"_qs);
    QCOMPARE(dialog.access().mode, KfpAccess::Mode::Gateway);
    QCOMPARE(dialog.access().gatewayAuth, KfpAccess::GatewayAuth::Token);
    QCOMPARE(dialog.token(), u"secret-token"_qs);

    // The identity header is opt-in, flagged unsafe, and needs a user id.
    dialog.findChild<QRadioButton *>(u"direct"_qs)->click();
    auto *send = dialog.findChild<QCheckBox *>(u"sendUserId"_qs);
    QVERIFY(send->isEnabled());
    QVERIFY(!dialog.access().sendUserId);
    send->click();
    QVERIFY(!ok->isEnabled());
    QTest::keyClicks(dialog.findChild<QLineEdit *>(u"userId"_qs), kUser);
    QVERIFY(ok->isEnabled());
    const KfpAccess direct = dialog.access();
    QVERIFY(direct.sendUserId);
    QCOMPARE(direct.userId, kUser);
    QVERIFY(direct.describe().contains(u"unsafe"));
}

int main(int argc, char **argv)
{
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    qputenv("QTWEBENGINE_DISABLE_SANDBOX", "1");
    qputenv("QTWEBENGINE_CHROMIUM_FLAGS", "--disable-gpu --disable-dev-shm-usage");
    QApplication app(argc, argv);
    TestGatewayLogin test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_gatewaylogin.moc"
