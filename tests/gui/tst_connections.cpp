// The connection switcher in the shell against the cluster simulator: kubeconfig contexts listed
// next to the workstation, connected when chosen (several at once), their state and identity
// shown, the namespace selector, failures explained, and an exec plugin that runs only after the
// user approves it in the dialog. On a cluster with Kubeflow profiles the selector offers them
// first, with the user's role, and the identity label says who the user is.

#include "cluster/backend/backendregistry.h"
#include "cluster/kube/connectionmanager.h"
#include "cluster/kubeflow/kubeflowbackend.h"
#include "cluster/local/localbackend.h"
#include "simserver.h"
#include "simstore.h"
#include "ui/actionregistry.h"
#include "ui/activitytracker.h"
#include "ui/documentrouter.h"
#include "ui/mainwindow.h"
#include "ui/notificationcenter.h"
#include "ui/recentfiles.h"
#include "ui/thememanager.h"
#include "views/welcome/welcome.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace kfw;
using State = kube::ContextConnection::State;

class TestConnections : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void contextsAreListedWithTheWorkstation();
    void connectingShowsIdentityAndNamespaces();
    void severalContextsAtOnce();
    void userWhoMayNotListNamespacesTypesOne();
    void unreachableClusterIsExplained();
    void execPluginRunsOnlyAfterApproval();
    void brokenKubeconfigIsShown();
    void profilesInTheSwitcher();

private:
    void writeKubeconfig(const QByteArray &extraUsers = {}, const QByteArray &extraContexts = {});
    void openWindow();
    QAction *contextAction(const QString &name) const
    {
        return m_window->findChild<QToolButton *>(QStringLiteral("backendButton"))
            ->menu()
            ->findChild<QAction *>(QStringLiteral("context.") + name);
    }
    kube::ContextConnection *connection(const QString &name)
    {
        return m_connections->connection(name);
    }

    QTemporaryDir m_home;
    QTemporaryDir m_data;
    sim::SimStore *m_store = nullptr;
    sim::SimServer *m_server = nullptr;
    quint16 m_port = 0;
    quint16 m_deadPort = 0;

    std::unique_ptr<backend::BackendRegistry> m_backends;
    std::unique_ptr<ui::NotificationCenter> m_notifications;
    std::unique_ptr<ui::ActivityTracker> m_activity;
    std::unique_ptr<ui::DocumentRouter> m_documents;
    std::unique_ptr<ui::RecentFiles> m_recent;
    std::unique_ptr<ui::ThemeManager> m_theme;
    std::unique_ptr<ui::ActionRegistry> m_actions;
    std::unique_ptr<kube::ConnectionManager> m_connections;
    ui::PageRegistry m_pages;
    std::unique_ptr<ui::MainWindow> m_window;
    std::shared_ptr<kube::ExecApprovals> m_approvals;
};

void TestConnections::initTestCase()
{
    QVERIFY(m_home.isValid());
    qputenv("HOME", QFile::encodeName(m_home.path()));
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_home.filePath(u"config"_qs)));
    qputenv("XDG_DATA_HOME", QFile::encodeName(m_home.filePath(u"data"_qs)));
    m_store = new sim::SimStore(this);
    for (const char *ns : {"default", "team-a", "team-b"})
        m_store->create(
            *sim::findSimKind({}, u"v1"_qs, u"namespaces"_qs), {},
            QJsonObject{{u"metadata"_qs, QJsonObject{{u"name"_qs, QString::fromLatin1(ns)}}}});
    m_server = new sim::SimServer(m_store, this);
    sim::SimUser admin;
    admin.name = u"admin@example.com"_qs;
    admin.token = u"admin-token"_qs;
    admin.rules << sim::SimRule{{u"*"_qs}, {u"*"_qs}, {}};
    m_server->addUser(admin);
    sim::SimUser viewer;
    viewer.name = u"viewer@example.com"_qs;
    viewer.token = u"viewer-token"_qs;
    viewer.rules << sim::SimRule{{u"get"_qs, u"list"_qs}, {u"*"_qs}, {u"team-b"_qs}};
    m_server->addUser(viewer);
    sim::SimUser plugin;
    plugin.name = u"plugin-user"_qs;
    plugin.token = u"from-plugin"_qs;
    plugin.rules << sim::SimRule{{u"*"_qs}, {u"*"_qs}, {}};
    m_server->addUser(plugin);
    m_port = m_server->listen(QHostAddress::LocalHost, 0);
    QVERIFY(m_port != 0);
    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
    m_deadPort = closed.serverPort();
}

void TestConnections::writeKubeconfig(const QByteArray &extraUsers, const QByteArray &extraContexts)
{
    QDir().mkpath(m_home.filePath(u".kube"_qs));
    QFile file(m_home.filePath(u".kube/config"_qs));
    QVERIFY(file.open(QIODevice::WriteOnly));
    const QByteArray server = "http://127.0.0.1:" + QByteArray::number(m_port);
    const QByteArray dead = "http://127.0.0.1:" + QByteArray::number(m_deadPort);
    file.write("apiVersion: v1\nkind: Config\nclusters:\n"
               "- name: sim\n  cluster:\n    server: " +
               server +
               "\n"
               "- name: dead\n  cluster:\n    server: " +
               dead +
               "\n"
               "users:\n- name: admin\n  user:\n    token: admin-token\n"
               "- name: viewer\n  user:\n    token: viewer-token\n" +
               extraUsers +
               "contexts:\n"
               "- name: sim\n  context:\n    cluster: sim\n    user: admin\n    namespace: team-a\n"
               "- name: viewer\n  context:\n    cluster: sim\n    user: viewer\n"
               "- name: dead\n  context:\n    cluster: dead\n    user: admin\n" +
               extraContexts + "current-context: sim\n");
}

void TestConnections::init()
{
    qunsetenv("KUBECONFIG");
    writeKubeconfig();
    m_backends = std::make_unique<backend::BackendRegistry>();
    m_backends->add(std::make_unique<local::LocalBackend>(m_data.path()));
    m_notifications = std::make_unique<ui::NotificationCenter>();
    m_activity = std::make_unique<ui::ActivityTracker>();
    m_documents = std::make_unique<ui::DocumentRouter>();
    m_recent = std::make_unique<ui::RecentFiles>();
    m_theme = std::make_unique<ui::ThemeManager>();
    m_actions = std::make_unique<ui::ActionRegistry>();
    m_approvals = std::make_shared<kube::ExecApprovals>(m_home.filePath(u"approvals.json"_qs));
    kube::ConnectOptions options;
    options.approvals = m_approvals;
    options.rateLimit.qps = 0;
    m_connections = std::make_unique<kube::ConnectionManager>(options);
    if (m_pages.pages().empty())
        views::registerWelcomePage(m_pages);
}

void TestConnections::openWindow()
{
    ui::ShellContext context{m_backends.get(),  m_notifications.get(), m_activity.get(),
                             m_documents.get(), m_recent.get(),        m_theme.get(),
                             m_actions.get(),   m_connections.get(),   {}};
    m_window = std::make_unique<ui::MainWindow>(context, m_pages);
    m_window->resize(1100, 700);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_connections->reload();
    QTRY_VERIFY(m_connections->isLoaded());
}

void TestConnections::cleanup()
{
    m_window.reset();
    m_backends.reset(); // context backends point at connections
    m_connections.reset();
}

void TestConnections::contextsAreListedWithTheWorkstation()
{
    openWindow();
    auto *button = m_window->findChild<QToolButton *>(QStringLiteral("backendButton"));
    QStringList texts;
    for (QAction *a : button->menu()->actions())
        if (!a->text().isEmpty())
            texts << a->text();
    QVERIFY2(texts.contains(u"Local workstation"_qs), qPrintable(texts.join(u", ")));
    QVERIFY(texts.contains(u"Kubernetes contexts"_qs));
    // The current context comes first and says so; nothing is connected yet.
    const int current = int(texts.indexOf(u"sim (current context)"_qs));
    QVERIFY2(current > 0, qPrintable(texts.join(u", ")));
    QCOMPARE(texts.value(current + 1), u"dead"_qs);
    QCOMPARE(texts.value(current + 2), u"viewer"_qs);
    QCOMPARE(connection(u"sim"_qs)->state(), State::NotConnected);
    QVERIFY(!m_window->findChild<QComboBox *>(QStringLiteral("namespaceBox"))->isVisible());
}

void TestConnections::connectingShowsIdentityAndNamespaces()
{
    openWindow();
    QAction *sim = contextAction(u"sim"_qs);
    QVERIFY(sim);
    sim->trigger();
    QTRY_COMPARE(connection(u"sim"_qs)->state(), State::Connected);
    auto *button = m_window->findChild<QToolButton *>(QStringLiteral("backendButton"));
    QCOMPARE(button->text(), u"sim"_qs);
    QCOMPARE(m_backends->active()->id(), u"kube:sim"_qs);
    auto *label = m_window->findChild<QLabel *>(QStringLiteral("backendLabel"));
    QCOMPARE(label->text(),
             QStringLiteral("Backend: sim — Connected to http://127.0.0.1:%1 (Kubernetes "
                            "v1.31.0-kfw-sim) as admin@example.com")
                 .arg(m_port));
    // Plain http is flagged.
    QVERIFY(connection(u"sim"_qs)->warnings().value(0).contains(u"plain http"_qs));

    auto *box = m_window->findChild<QComboBox *>(QStringLiteral("namespaceBox"));
    QVERIFY(box->isVisible());
    QStringList items;
    for (int i = 0; i < box->count(); ++i)
        items << box->itemText(i);
    QCOMPARE(items, (QStringList{u"default"_qs, u"team-a"_qs, u"team-b"_qs}));
    QCOMPARE(box->currentText(), u"team-a"_qs); // the context's namespace

    // Choosing another namespace with the keyboard scopes the connection.
    box->setFocus();
    box->lineEdit()->selectAll();
    QTest::keyClicks(box->lineEdit(), u"team-b"_qs);
    QTest::keyClick(box->lineEdit(), Qt::Key_Return);
    QCOMPARE(connection(u"sim"_qs)->currentNamespace(), u"team-b"_qs);

    // Back to the workstation: the namespace selector goes away.
    QAction *local = nullptr;
    for (QAction *a : button->menu()->actions())
        if (a->text() == u"Local workstation")
            local = a;
    QVERIFY(local);
    local->trigger(); // rebuilds the menu, so not while iterating it
    QCOMPARE(m_backends->active()->id(), u"local"_qs);
    QTRY_VERIFY(!box->isVisible()); // the tool bar lays out on its next turn
}

void TestConnections::severalContextsAtOnce()
{
    openWindow();
    contextAction(u"sim"_qs)->trigger();
    QTRY_COMPARE(connection(u"sim"_qs)->state(), State::Connected);
    contextAction(u"viewer"_qs)->trigger();
    QTRY_COMPARE(connection(u"viewer"_qs)->state(), State::Connected);
    QCOMPARE(connection(u"sim"_qs)->state(), State::Connected);
    QVERIFY(m_backends->find(u"kube:sim"_qs));
    QVERIFY(m_backends->find(u"kube:viewer"_qs));
    QCOMPARE(m_backends->active()->id(), u"kube:viewer"_qs);
    QVERIFY(contextAction(u"sim"_qs)->text().endsWith(u"— connected"_qs));
}

void TestConnections::userWhoMayNotListNamespacesTypesOne()
{
    openWindow();
    contextAction(u"viewer"_qs)->trigger();
    QTRY_COMPARE(connection(u"viewer"_qs)->state(), State::Connected);
    QVERIFY(!connection(u"viewer"_qs)->canListNamespaces());
    auto *box = m_window->findChild<QComboBox *>(QStringLiteral("namespaceBox"));
    QCOMPARE(box->count(), 0);
    QCOMPARE(box->currentText(), u"default"_qs);
    QVERIFY(box->toolTip().contains(u"type the one you work in"_qs));
    box->lineEdit()->selectAll();
    QTest::keyClicks(box->lineEdit(), u"team-b"_qs);
    QTest::keyClick(box->lineEdit(), Qt::Key_Return);
    QCOMPARE(connection(u"viewer"_qs)->currentNamespace(), u"team-b"_qs);
}

void TestConnections::unreachableClusterIsExplained()
{
    openWindow();
    contextAction(u"dead"_qs)->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(connection(u"dead"_qs)->state(), State::Unreachable, 30000);
    const QString message = connection(u"dead"_qs)->message();
    QVERIFY2(message.contains(QStringLiteral("Could not connect to 127.0.0.1:%1").arg(m_deadPort)),
             qPrintable(message));
    auto *button = m_window->findChild<QToolButton *>(QStringLiteral("backendButton"));
    QCOMPARE(button->text(), u"dead (unreachable)"_qs);
    QCOMPARE(m_notifications->rowCount(), 1);
    QCOMPARE(m_notifications->index(0, 0).data(ui::NotificationCenter::TitleRole).toString(),
             u"Cannot connect to dead"_qs);
}

void TestConnections::execPluginRunsOnlyAfterApproval()
{
    const QString marker = m_home.filePath(u"plugin-ran"_qs);
    const QString script = m_home.filePath(u"plugin.sh"_qs);
    QFile f(script);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("#!/bin/sh\ntouch '" + marker.toUtf8() +
            "'\n"
            "echo "
            "'{\"apiVersion\":\"client.authentication.k8s.io/"
            "v1\",\"kind\":\"ExecCredential\",\"status\":{\"token\":\"from-plugin\"}}'\n");
    f.close();
    f.setPermissions(f.permissions() | QFileDevice::ExeOwner);
    writeKubeconfig(
        "- name: plugin\n  user:\n    exec:\n      apiVersion: client.authentication.k8s.io/v1\n"
        "      command: " +
            script.toUtf8() + "\n      interactiveMode: Never\n",
        "- name: plugin\n  context:\n    cluster: sim\n    user: plugin\n");
    openWindow();
    contextAction(u"plugin"_qs)->trigger();
    QTRY_COMPARE(connection(u"plugin"_qs)->state(), State::ApprovalNeeded);
    QMessageBox *box = nullptr;
    QTRY_VERIFY((box = m_window->findChild<QMessageBox *>(QStringLiteral("execApproval"))));
    QVERIFY(box->informativeText().contains(u"Command: "_qs + script));
    QVERIFY(!QFile::exists(marker));

    // Cancel: nothing runs.
    QTest::mouseClick(box->button(QMessageBox::Cancel), Qt::LeftButton);
    QTest::qWait(200);
    QVERIFY(!QFile::exists(marker));
    QCOMPARE(connection(u"plugin"_qs)->state(), State::ApprovalNeeded);

    // Choosing the context again asks again; approving connects.
    contextAction(u"plugin"_qs)->trigger();
    QTRY_VERIFY((box = m_window->findChild<QMessageBox *>(QStringLiteral("execApproval"))));
    QTest::mouseClick(box->findChild<QPushButton *>(QStringLiteral("approveExec")), Qt::LeftButton);
    QTRY_COMPARE(connection(u"plugin"_qs)->state(), State::Connected);
    QVERIFY(QFile::exists(marker));
    QVERIFY(connection(u"plugin"_qs)->message().endsWith(u"as plugin-user"_qs));
    // Remembered for next time.
    QVERIFY(kube::ExecApprovals(m_home.filePath(u"approvals.json"_qs))
                .isApproved(m_home.filePath(u".kube/config"_qs), u"plugin"_qs,
                            *m_connections->kubeconfig().users.value(u"plugin"_qs).exec));
}

void TestConnections::brokenKubeconfigIsShown()
{
    QFile file(m_home.filePath(u".kube/config"_qs));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("apiVersion: v1\nclusters: [\n");
    file.close();
    openWindow();
    QStringList texts;
    for (QAction *a :
         m_window->findChild<QToolButton *>(QStringLiteral("backendButton"))->menu()->actions())
        texts << a->text();
    QVERIFY2(texts.contains(u"The kubeconfig cannot be used"_qs), qPrintable(texts.join(u", ")));
    QVERIFY(texts.last().contains(u".kube/config"_qs));
    // The workstation still works.
    QCOMPARE(m_backends->active()->id(), u"local"_qs);
}

void TestConnections::profilesInTheSwitcher()
{
    const sim::SimKind &profiles = *sim::findSimKind(u"kubeflow.org"_qs, u"v1"_qs, u"profiles"_qs);
    QVERIFY(m_store
                ->create(profiles, {},
                         QJsonObject{{u"apiVersion"_qs, u"kubeflow.org/v1"_qs},
                                     {u"kind"_qs, u"Profile"_qs},
                                     {u"metadata"_qs, QJsonObject{{u"name"_qs, u"team-lab"_qs}}},
                                     {u"spec"_qs,
                                      QJsonObject{{u"owner"_qs,
                                                   QJsonObject{{u"kind"_qs, u"User"_qs},
                                                               {u"name"_qs, u"admin@example.com"_qs}}}}}})
                .ok());
    QTRY_VERIFY(m_store->namespaceExists(u"team-lab"_qs));
    openWindow();
    contextAction(u"sim"_qs)->trigger();
    QTRY_COMPARE(connection(u"sim"_qs)->state(), State::Connected);
    auto *box = m_window->findChild<QComboBox *>(QStringLiteral("namespaceBox"));
    QTRY_COMPARE_WITH_TIMEOUT(box->itemText(0), u"team-lab"_qs, 10000);
    QCOMPARE(box->itemData(0, Qt::ToolTipRole).toString(), u"Profile; your role: Owner"_qs);
    // The other namespaces the administrator may list follow.
    QStringList rest;
    for (int i = 1; i < box->count(); ++i)
        rest << box->itemText(i);
    QVERIFY2(rest.contains(u"default"_qs) && rest.contains(u"team-a"_qs), qPrintable(rest.join(u", ")));
    QCOMPARE(box->currentText(), u"team-a"_qs);
    auto *identity = m_window->findChild<QLabel *>(QStringLiteral("identityLabel"));
    QVERIFY(identity);
    QTRY_COMPARE(identity->text(), u"admin@example.com (cluster admin)"_qs);
    QVERIFY(identity->toolTip().contains(u"kubeconfig"));
    // Choosing the profile scopes the connection.
    box->setCurrentIndex(0);
    emit box->activated(0);
    QCOMPARE(connection(u"sim"_qs)->currentNamespace(), u"team-lab"_qs);
    QVERIFY(m_store->remove(profiles, {}, u"team-lab"_qs).ok());
}

QTEST_MAIN(TestConnections)
#include "tst_connections.moc"
