#include "ui/mainwindow.h"

#include "cluster/backend/backendregistry.h"
#include "cluster/kube/connectionmanager.h"
#include "cluster/kubeflow/kubeflowbackend.h"
#include "ui/actionregistry.h"
#include "ui/activityindicator.h"
#include "ui/activitytracker.h"
#include "ui/commandpalette.h"
#include "ui/documentrouter.h"
#include "ui/gatewaylogin.h"
#include "ui/icons.h"
#include "ui/kfpaccessdialog.h"
#include "ui/links.h"
#include "ui/profileswitcher.h"
#include "ui/logging.h"
#include "ui/notificationcenter.h"
#include "ui/notificationspanel.h"
#include "ui/recentfiles.h"
#include "ui/setting.h"
#include "ui/thememanager.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QLineEdit>
#include <QDesktopServices>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QCoreApplication>
#include <QStackedWidget>
#include <QStatusBar>
#include <QToolBar>
#include <QToolButton>
#include <QHBoxLayout>

namespace kfw::ui {
namespace {
const Setting<QByteArray> kGeometry{"shell/geometry", {}};
const Setting<QByteArray> kWindowState{"shell/windowState", {}};
const Setting<QString> kLastPage{"shell/lastPage", {}};
const Setting<QString> kTheme{"ui/theme", QStringLiteral("system")};
constexpr int kWindowStateVersion = 1;
} // namespace

MainWindow::MainWindow(const ShellContext &context, const PageRegistry &pages, QWidget *parent)
    : QMainWindow(parent)
    , m_context(context)
    , m_pages(pages)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Kubeflow Workbench"));
    setWindowIcon(icon(QStringLiteral("app")));
    setMinimumSize(800, 500);

    m_stack = new QStackedWidget(this);
    m_stack->setObjectName(QStringLiteral("pageStack"));
    auto *central = new QWidget(this);
    auto *layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    buildNavigation();
    auto *separator = new QFrame(central);
    separator->setFrameShape(QFrame::VLine);
    separator->setFrameShadow(QFrame::Plain);
    separator->setForegroundRole(QPalette::Mid);
    layout->addWidget(m_navigation);
    layout->addWidget(separator);
    layout->addWidget(m_stack, 1);
    setCentralWidget(central);

    m_notificationsDock = new QDockWidget(tr("Notifications"), this);
    m_notificationsDock->setObjectName(QStringLiteral("notificationsDock"));
    m_notificationsDock->setAllowedAreas(Qt::RightDockWidgetArea | Qt::BottomDockWidgetArea);
    addDockWidget(Qt::RightDockWidgetArea, m_notificationsDock);
    m_notificationsDock->hide();

    buildActions();
    buildMenus();
    buildTopBar();
    buildStatusBar();

    connect(m_context.recentFiles, &RecentFiles::changed, this, &MainWindow::rebuildRecentMenu);
    connect(m_context.documents, &DocumentRouter::typesChanged, this, &MainWindow::rebuildNewActions);
    connect(m_context.documents, &DocumentRouter::pageRequested, this, [this](const QString &pageId) { showPage(pageId); });
    connect(m_context.documents, &DocumentRouter::opened, this, [this](const QString &path, const QString &pageId) {
        m_context.recentFiles->add(path);
        showPage(pageId);
    });
    connect(m_context.notifications, &NotificationCenter::unreadCountChanged, this,
            &MainWindow::updateNotificationButton);
    connect(m_context.notifications, &NotificationCenter::posted, this,
            [this](const NotificationCenter::Notification &n) {
                if (n.severity != NotificationCenter::Severity::Info)
                    statusBar()->showMessage(n.title, 8000);
            });
    connect(m_context.backends, &backend::BackendRegistry::activeChanged, this, &MainWindow::updateBackendButton);
    connect(m_context.backends, &backend::BackendRegistry::backendAdded, this, &MainWindow::updateBackendButton);
    connect(m_context.backends, &backend::BackendRegistry::backendRemoved, this, &MainWindow::updateBackendButton);
    if (m_context.connections)
        connect(m_context.connections, &kube::ConnectionManager::contextsChanged, this,
                &MainWindow::updateBackendButton);
    connect(m_context.theme, &ThemeManager::modeChanged, this, [this](ThemeMode mode) {
        kTheme.setValue(themeModeKey(mode));
        m_themeSystemAction->setChecked(mode == ThemeMode::System);
        m_themeLightAction->setChecked(mode == ThemeMode::Light);
        m_themeDarkAction->setChecked(mode == ThemeMode::Dark);
    });
    connect(m_notificationsDock, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        // The panel is built when first shown, to keep start-up short.
        if (visible && !m_notificationsDock->widget())
            m_notificationsDock->setWidget(new NotificationsPanel(m_context.notifications, m_notificationsDock));
        m_notificationsAction->setChecked(visible);
        if (visible)
            m_context.notifications->markAllRead();
    });

    rebuildRecentMenu();
    rebuildNewActions();
    updateBackendButton();
    updateNotificationButton(m_context.notifications->unreadCount());
}

MainWindow::~MainWindow()
{
    // Docks are hidden while the window is torn down; their handlers must not see a half-destroyed window.
    if (m_notificationsDock)
        m_notificationsDock->disconnect(this);
}

void MainWindow::buildNavigation()
{
    m_navigation = new QListWidget(this);
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setAccessibleName(tr("Pages"));
    m_navigation->setFrameShape(QFrame::NoFrame);
    m_navigation->setIconSize(QSize(20, 20));
    m_navigation->setFixedWidth(208);
    m_navigation->setSpacing(1);
    m_navigation->setBackgroundRole(QPalette::Window);
    m_navigation->setAutoFillBackground(true);
    m_navigation->viewport()->setBackgroundRole(QPalette::Window);
    for (const PageDescriptor &page : m_pages.pages()) {
        auto *item = new QListWidgetItem(icon(page.iconName), page.title(), m_navigation);
        item->setData(Qt::UserRole, page.id);
        item->setToolTip(page.title());
        item->setSizeHint(QSize(0, 36));
    }
    connect(m_navigation, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *item) {
        if (item)
            showPage(item->data(Qt::UserRole).toString());
    });
}

QAction *MainWindow::addAction(const QString &objectName, const QString &category,
                               const QString &iconName, const QKeySequence &shortcut)
{
    auto *action = new QAction(this);
    action->setObjectName(objectName);
    if (!iconName.isEmpty())
        action->setIcon(icon(iconName));
    if (!shortcut.isEmpty())
        action->setShortcut(shortcut);
    action->setShortcutContext(Qt::WindowShortcut);
    QMainWindow::addAction(action);
    m_context.actions->add(action, category);
    return action;
}

void MainWindow::buildActions()
{
    const QString fileCat = tr("File");
    const QString viewCat = tr("View");
    const QString goCat = tr("Go to");
    const QString helpCat = tr("Help");

    int index = 0;
    for (const PageDescriptor &page : m_pages.pages()) {
        const QKeySequence shortcut = index < 9 ? QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + index)) : QKeySequence();
        QAction *a = addAction(QStringLiteral("goto.") + page.id, goCat, page.iconName, shortcut);
        a->setText(page.title());
        const QString id = page.id;
        connect(a, &QAction::triggered, this, [this, id] { showPage(id); });
        m_pageActions.insert(id, a);
        ++index;
    }

    m_openAction = addAction(QStringLiteral("file.open"), fileCat, QStringLiteral("folder-open"), QKeySequence::Open);
    m_openAction->setText(tr("&Open…"));
    connect(m_openAction, &QAction::triggered, this, &MainWindow::openFileDialog);

    m_quitAction = addAction(QStringLiteral("file.quit"), fileCat, {}, QKeySequence(Qt::CTRL | Qt::Key_Q));
    m_quitAction->setText(tr("&Quit"));
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_paletteAction = addAction(QStringLiteral("view.commandPalette"), viewCat, QStringLiteral("search"),
                                QKeySequence(Qt::CTRL | Qt::Key_K));
    m_paletteAction->setText(tr("Command palette…"));
    m_paletteAction->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_K), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P)});
    connect(m_paletteAction, &QAction::triggered, this, [this] { commandPalette()->popup(); });

    m_notificationsAction = addAction(QStringLiteral("view.notifications"), viewCat, QStringLiteral("bell"),
                                      QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    m_notificationsAction->setText(tr("Notifications"));
    m_notificationsAction->setCheckable(true);
    connect(m_notificationsAction, &QAction::triggered, this, [this](bool on) { m_notificationsDock->setVisible(on); });

    m_fullScreenAction = addAction(QStringLiteral("view.fullScreen"), viewCat, {}, QKeySequence::FullScreen);
    m_fullScreenAction->setText(tr("Full screen"));
    m_fullScreenAction->setCheckable(true);
    connect(m_fullScreenAction, &QAction::toggled, this, [this](bool on) {
        setWindowState(on ? (windowState() | Qt::WindowFullScreen) : (windowState() & ~Qt::WindowFullScreen));
    });

    m_themeGroup = new QActionGroup(this);
    m_themeSystemAction = addAction(QStringLiteral("view.theme.system"), viewCat, {}, {});
    m_themeSystemAction->setText(tr("Theme: follow the system"));
    m_themeLightAction = addAction(QStringLiteral("view.theme.light"), viewCat, QStringLiteral("sun"), {});
    m_themeLightAction->setText(tr("Theme: light"));
    m_themeDarkAction = addAction(QStringLiteral("view.theme.dark"), viewCat, QStringLiteral("moon"), {});
    m_themeDarkAction->setText(tr("Theme: dark"));
    for (auto [action, mode] : {std::pair{m_themeSystemAction, ThemeMode::System},
                                std::pair{m_themeLightAction, ThemeMode::Light},
                                std::pair{m_themeDarkAction, ThemeMode::Dark}}) {
        action->setCheckable(true);
        action->setChecked(m_context.theme->mode() == mode);
        m_themeGroup->addAction(action);
        const ThemeMode m = mode;
        connect(action, &QAction::triggered, this, [this, m] { m_context.theme->setMode(m); });
    }
    m_toggleThemeAction = addAction(QStringLiteral("view.theme.toggle"), viewCat, QStringLiteral("contrast"),
                                    QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    m_toggleThemeAction->setText(tr("Switch between light and dark theme"));
    connect(m_toggleThemeAction, &QAction::triggered, this, [this] {
        m_context.theme->setMode(m_context.theme->isDark() ? ThemeMode::Light : ThemeMode::Dark);
    });

    m_docsAction = addAction(QStringLiteral("help.docs"), helpCat, QStringLiteral("book"), QKeySequence::HelpContents);
    m_docsAction->setText(tr("Workbench documentation"));
    connect(m_docsAction, &QAction::triggered, this, [] { QDesktopServices::openUrl(workbenchDocsUrl()); });

    m_kubeflowDocsAction = addAction(QStringLiteral("help.kubeflowDocs"), helpCat, QStringLiteral("book"), {});
    m_kubeflowDocsAction->setText(tr("Kubeflow documentation"));
    connect(m_kubeflowDocsAction, &QAction::triggered, this, [] { QDesktopServices::openUrl(kubeflowDocsUrl()); });

    m_aboutAction = addAction(QStringLiteral("help.about"), helpCat, QStringLiteral("info"), {});
    m_aboutAction->setText(tr("About Kubeflow Workbench"));
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, [this] {
        QMessageBox::about(this, tr("About Kubeflow Workbench"),
                           tr("<h3>Kubeflow Workbench %1</h3>"
                              "<p>A native desktop workbench for Kubeflow: author pipelines, run them on "
                              "this workstation or on a Kubeflow cluster, and compare the results.</p>"
                              "<p>Built with Qt %2.</p>")
                               .arg(QCoreApplication::applicationVersion(), QString::fromLatin1(qVersion())));
    });
}

void MainWindow::buildMenus()
{
    m_fileMenu = menuBar()->addMenu(tr("&File"));
    m_fileMenu->setObjectName(QStringLiteral("fileMenu"));
    m_fileMenu->addAction(m_openAction);
    m_recentMenu = m_fileMenu->addMenu(tr("Open &Recent"));
    m_recentMenu->setObjectName(QStringLiteral("recentMenu"));
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_quitAction);

    m_viewMenu = menuBar()->addMenu(tr("&View"));
    m_viewMenu->setObjectName(QStringLiteral("viewMenu"));
    QMenu *pagesMenu = m_viewMenu->addMenu(tr("&Pages"));
    for (const PageDescriptor &page : m_pages.pages())
        pagesMenu->addAction(m_pageActions.value(page.id));
    m_viewMenu->addAction(m_paletteAction);
    m_viewMenu->addAction(m_notificationsAction);
    m_viewMenu->addSeparator();
    m_themeMenu = m_viewMenu->addMenu(tr("&Theme"));
    m_themeMenu->addAction(m_themeSystemAction);
    m_themeMenu->addAction(m_themeLightAction);
    m_themeMenu->addAction(m_themeDarkAction);
    m_themeMenu->addSeparator();
    m_themeMenu->addAction(m_toggleThemeAction);
    m_viewMenu->addAction(m_fullScreenAction);

    m_helpMenu = menuBar()->addMenu(tr("&Help"));
    m_helpMenu->addAction(m_docsAction);
    m_helpMenu->addAction(m_kubeflowDocsAction);
    m_helpMenu->addSeparator();
    m_helpMenu->addAction(m_aboutAction);
}

void MainWindow::buildTopBar()
{
    auto *bar = addToolBar(tr("Top bar"));
    bar->setObjectName(QStringLiteral("topBar"));
    bar->setMovable(false);
    bar->setFloatable(false);
    bar->setIconSize(QSize(18, 18));
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);

    m_backendButton = new QToolButton(bar);
    m_backendButton->setObjectName(QStringLiteral("backendButton"));
    m_backendButton->setPopupMode(QToolButton::InstantPopup);
    m_backendButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_backendButton->setMenu(new QMenu(m_backendButton));
    m_backendButton->setAccessibleName(tr("Backend"));
    bar->addWidget(m_backendButton);

    // The namespace every cluster page works in: those the user may list, or one typed in.
    m_namespaceBox = new QComboBox(bar);
    m_namespaceBox->setObjectName(QStringLiteral("namespaceBox"));
    m_namespaceBox->setEditable(true);
    m_namespaceBox->setInsertPolicy(QComboBox::NoInsert);
    m_namespaceBox->setMinimumContentsLength(22);
    m_namespaceBox->setAccessibleName(tr("Namespace"));
    m_namespaceBox->lineEdit()->setPlaceholderText(tr("Namespace"));
    m_namespaceBox->setToolTip(tr("Namespace of the cluster pages"));
    auto chooseNamespace = [this] {
        kube::ContextConnection *connection = activeConnection();
        const QString ns = m_namespaceBox->currentText().trimmed();
        if (connection && !ns.isEmpty())
            connection->setCurrentNamespace(ns);
    };
    connect(m_namespaceBox, &QComboBox::activated, this, chooseNamespace);
    connect(m_namespaceBox->lineEdit(), &QLineEdit::editingFinished, this, chooseNamespace);
    m_namespaceAction = bar->addWidget(m_namespaceBox);
    m_namespaceAction->setVisible(false);
    // Who the user is on the active cluster, and the profiles they may switch to.
    m_identityLabel = new QLabel(bar);
    m_identityLabel->setContentsMargins(8, 0, 0, 0);
    m_identityLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    bar->addWidget(m_identityLabel);
    m_profileSwitcher = new ProfileSwitcher(m_context.backends, m_namespaceBox, m_identityLabel, this);

    auto *spacer = new QWidget(bar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    bar->addWidget(spacer);

    auto *search = new QToolButton(bar);
    search->setObjectName(QStringLiteral("commandSearchButton"));
    search->setDefaultAction(m_paletteAction);
    search->setText(tr("Search commands  %1").arg(m_paletteAction->shortcut().toString(QKeySequence::NativeText)));
    search->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    search->setMinimumWidth(260);
    bar->addWidget(search);

    m_notificationsButton = new QToolButton(bar);
    m_notificationsButton->setObjectName(QStringLiteral("notificationsButton"));
    m_notificationsButton->setDefaultAction(m_notificationsAction);
    m_notificationsButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    bar->addWidget(m_notificationsButton);

    auto *theme = new QToolButton(bar);
    theme->setObjectName(QStringLiteral("themeButton"));
    theme->setDefaultAction(m_toggleThemeAction);
    theme->setToolButtonStyle(Qt::ToolButtonIconOnly);
    bar->addWidget(theme);
}

void MainWindow::buildStatusBar()
{
    statusBar()->setObjectName(QStringLiteral("statusBar"));
    statusBar()->addPermanentWidget(new ActivityIndicator(m_context.activity, statusBar()));
    m_backendLabel = new QLabel(statusBar());
    m_backendLabel->setObjectName(QStringLiteral("backendLabel"));
    statusBar()->addPermanentWidget(m_backendLabel);
    statusBar()->showMessage(tr("Ready"), 3000);
}

kube::ContextConnection *MainWindow::activeConnection() const
{
    auto *context = qobject_cast<kubeflow::KubeflowBackend *>(m_context.backends->active());
    return context ? context->connection() : nullptr;
}

namespace {
QString stateText(kube::ContextConnection::State state)
{
    using State = kube::ContextConnection::State;
    switch (state) {
    case State::NotConnected: return MainWindow::tr("not connected");
    case State::Connecting: return MainWindow::tr("connecting…");
    case State::Connected: return MainWindow::tr("connected");
    case State::Unreachable: return MainWindow::tr("unreachable");
    case State::Unauthorized: return MainWindow::tr("unauthorized");
    case State::ApprovalNeeded: return MainWindow::tr("approval needed");
    case State::Misconfigured: return MainWindow::tr("kubeconfig error");
    }
    return {};
}
} // namespace

void MainWindow::updateBackendButton()
{
    backend::Backend *active = m_context.backends->active();
    kube::ContextConnection *connection = activeConnection();
    const QString name = active ? active->displayName() : tr("No backend");
    const QString iconName = active && active->kind() == backend::BackendKind::Cluster ? QStringLiteral("cluster")
                                                                                       : QStringLiteral("workstation");
    m_backendButton->setIcon(icon(iconName));
    if (connection && connection->state() != kube::ContextConnection::State::Connected)
        m_backendButton->setText(tr("%1 (%2)").arg(name, stateText(connection->state())));
    else
        m_backendButton->setText(name);
    QString tip = active ? tr("Backend: %1\n%2").arg(name, active->location()) : name;
    if (connection && !connection->message().isEmpty())
        tip += u'\n' + connection->message();
    if (connection)
        for (const QString &warning : connection->warnings())
            tip += u'\n' + warning;
    auto *kubeflowBackend = qobject_cast<kubeflow::KubeflowBackend *>(active);
    if (kubeflowBackend && !kubeflowBackend->kfpStatus().isEmpty())
        tip += u'\n' + kubeflowBackend->kfpStatus();
    m_backendButton->setToolTip(tip);
    if (connection && !connection->message().isEmpty())
        m_backendLabel->setText(tr("Backend: %1 — %2").arg(name, connection->message().section(u'\n', 0, 0)));
    else
        m_backendLabel->setText(active ? tr("Backend: %1").arg(name) : name);
    m_backendLabel->setToolTip(tip);
    updateNamespaceBox();

    QMenu *menu = m_backendButton->menu();
    menu->clear();
    auto *group = new QActionGroup(menu);
    for (backend::Backend *b : m_context.backends->backends()) {
        if (qobject_cast<kubeflow::KubeflowBackend *>(b))
            continue; // listed with the contexts below
        QAction *a = menu->addAction(icon(b->kind() == backend::BackendKind::Cluster ? QStringLiteral("cluster")
                                                                                      : QStringLiteral("workstation")),
                                     b->displayName());
        a->setCheckable(true);
        a->setChecked(b == active);
        a->setToolTip(b->location());
        group->addAction(a);
        const QString id = b->id();
        connect(a, &QAction::triggered, this, [this, id] { m_context.backends->setActive(id); });
    }
    if (!m_context.connections)
        return;
    if (kubeflowBackend) {
        menu->addSection(tr("Pipelines on %1").arg(kubeflowBackend->displayName()));
        if (!kubeflowBackend->kfpStatus().isEmpty()) {
            QAction *status = menu->addAction(kubeflowBackend->kfpStatus().section(u'\n', 0, 0));
            status->setEnabled(false);
            status->setToolTip(kubeflowBackend->kfpStatus());
        }
        QAction *settings = menu->addAction(tr("Pipelines connection…"));
        settings->setObjectName(QStringLiteral("pipelinesConnection"));
        connect(settings, &QAction::triggered, this, &MainWindow::editPipelinesConnection);
    }
    menu->addSection(tr("Kubernetes contexts"));
    kube::ConnectionManager *connections = m_context.connections;
    if (!connections->isLoaded()) {
        menu->addAction(tr("Reading kubeconfig…"))->setEnabled(false);
        return;
    }
    if (!connections->error().isEmpty()) {
        QAction *a = menu->addAction(tr("The kubeconfig cannot be used"));
        a->setEnabled(false);
        a->setToolTip(connections->error());
        menu->addAction(connections->error().section(u'\n', 0, 0))->setEnabled(false);
        return;
    }
    const QStringList names = connections->contextNames();
    if (names.isEmpty()) {
        menu->addAction(tr("No contexts in the kubeconfig"))->setEnabled(false);
        return;
    }
    for (const QString &contextName : names) {
        kube::ContextConnection *c = connections->connection(contextName);
        QString text = contextName;
        if (contextName == connections->currentContextName())
            text = tr("%1 (current context)").arg(contextName);
        if (c->state() != kube::ContextConnection::State::NotConnected)
            text += QStringLiteral(" — ") + stateText(c->state());
        QAction *a = menu->addAction(icon(QStringLiteral("cluster")), text);
        a->setObjectName(QStringLiteral("context.") + contextName);
        a->setCheckable(true);
        a->setChecked(active && active->id() == kubeflow::KubeflowBackend::idFor(contextName));
        a->setToolTip(c->message().isEmpty() ? connections->kubeconfig().contexts.value(contextName).sourceFile
                                             : c->message());
        group->addAction(a);
        connect(a, &QAction::triggered, this, [this, contextName] { activateContext(contextName); });
    }
}

void MainWindow::updateNamespaceBox()
{
    kube::ContextConnection *connection = activeConnection();
    m_namespaceAction->setVisible(connection != nullptr);
    if (!connection)
        return;
    const QSignalBlocker blocker(m_namespaceBox);
    m_namespaceBox->clear();
    m_namespaceBox->addItems(connection->namespaces());
    m_namespaceBox->setEditText(connection->currentNamespace());
    m_namespaceBox->setToolTip(connection->canListNamespaces()
                                   ? tr("Namespace of the cluster pages")
                                   : tr("You may not list namespaces on this cluster; type the one you work in."));
    m_profileSwitcher->refresh(connection->currentNamespace(), m_namespaceBox->toolTip());
}

void MainWindow::activateContext(const QString &contextName)
{
    kube::ConnectionManager *connections = m_context.connections;
    kube::ContextConnection *connection = connections->connection(contextName);
    const QString id = kubeflow::KubeflowBackend::idFor(contextName);
    using State = kube::ContextConnection::State;
    const State before = connection->state();
    const bool needsConnecting = before != State::Connecting && before != State::Connected && before != State::ApprovalNeeded;
    if (!m_context.backends->find(id)) {
        connect(connection, &kube::ContextConnection::stateChanged, this,
                [this, connection] { onConnectionChanged(connection); });
        connect(connection, &kube::ContextConnection::namespacesChanged, this, &MainWindow::updateNamespaceBox);
        QSettings settings;
        kubeflow::KubeflowBackend::Environment environment = m_context.kubeflow;
        if (!environment.login)
            environment.login = [this](const QString &url) { return loginAtGateway(url, this); };
        auto backend = std::make_unique<kubeflow::KubeflowBackend>(
            connection, kubeflow::KfpAccess::load(settings, contextName), environment);
        connect(backend.get(), &kubeflow::KubeflowBackend::detected, this, &MainWindow::updateBackendButton);
        m_context.backends->add(std::move(backend));
    }
    // Connecting first resolves the context, so the backend knows its server when it becomes active.
    if (needsConnecting)
        connection->connectTo(connections->kubeconfig());
    m_context.backends->setActive(id);
    if (connection->state() == State::ApprovalNeeded)
        askExecApproval(connection);
}

bool MainWindow::connectContext(const QString &contextName)
{
    if (!m_context.connections || !m_context.connections->kubeconfig().contexts.contains(contextName))
        return false;
    activateContext(contextName);
    return true;
}

void MainWindow::onConnectionChanged(kube::ContextConnection *connection)
{
    updateBackendButton();
    using State = kube::ContextConnection::State;
    const State state = connection->state();
    // Connecting shows in the status bar's activity indicator.
    const int activity = m_connectingActivity.take(connection->name());
    if (activity)
        m_context.activity->finish(activity);
    if (state == State::Connecting)
        m_connectingActivity.insert(connection->name(),
                                    m_context.activity->start(tr("Connecting to %1").arg(connection->name())));
    if (state == State::ApprovalNeeded && connection == activeConnection()) {
        askExecApproval(connection);
    } else if (state == State::Unreachable || state == State::Unauthorized || state == State::Misconfigured) {
        m_context.notifications->post(NotificationCenter::Severity::Error,
                                      tr("Cannot connect to %1").arg(connection->name()), connection->message(),
                                      tr("Kubernetes"));
    } else if (state == State::Connected) {
        for (const QString &warning : connection->warnings())
            m_context.notifications->post(NotificationCenter::Severity::Warning,
                                          tr("%1 is not verified").arg(connection->name()), warning, tr("Kubernetes"));
    }
}

void MainWindow::editPipelinesConnection()
{
    auto *backend = qobject_cast<kubeflow::KubeflowBackend *>(m_context.backends->active());
    if (!backend)
        return;
    auto *dialog = new KfpAccessDialog(backend->displayName(), backend->access(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    QPointer<kubeflow::KubeflowBackend> guard(backend);
    connect(dialog, &QDialog::accepted, this, [this, dialog, guard] {
        if (!guard)
            return;
        const kubeflow::KfpAccess access = dialog->access();
        QSettings settings;
        access.save(settings, guard->displayName());
        const QString token = dialog->token();
        if (token.isEmpty()) {
            guard->setAccess(access);
            return;
        }
        m_context.kubeflow.keep(kubeflow::gatewayTokenSecret(guard->displayName()), token,
                                [this, guard, access](const QString &error) {
            // Never in a file: without a keychain the token lasts until the workbench closes.
            if (!error.isEmpty())
                m_context.notifications->post(NotificationCenter::Severity::Warning,
                                              tr("The token is kept until the workbench closes"), error,
                                              tr("Kubeflow"));
            if (guard)
                guard->setAccess(access);
        });
    });
    dialog->open();
}

void MainWindow::askExecApproval(kube::ContextConnection *connection)
{
    if (m_approvalBox)
        return;
    // Never modal to the whole application and never blocking: the answer arrives later.
    m_approvalBox = new QMessageBox(QMessageBox::Warning, tr("Run a credential plugin?"),
                                    tr("Connecting to %1 runs a program from your kubeconfig.").arg(connection->name()),
                                    QMessageBox::Cancel, this);
    m_approvalBox->setObjectName(QStringLiteral("execApproval"));
    m_approvalBox->setInformativeText(connection->approvalRequest()
                                      + tr("\n\nApprove only if you trust this kubeconfig. The approval is "
                                           "remembered for this command, its arguments and environment."));
    QPushButton *approve = m_approvalBox->addButton(tr("Approve and connect"), QMessageBox::AcceptRole);
    approve->setObjectName(QStringLiteral("approveExec"));
    m_approvalBox->setDefaultButton(QMessageBox::Cancel);
    m_approvalBox->setAttribute(Qt::WA_DeleteOnClose);
    QPointer<kube::ContextConnection> guard(connection);
    connect(m_approvalBox, &QMessageBox::buttonClicked, this, [this, guard, approve](QAbstractButton *button) {
        if (button == approve && guard)
            guard->approveAndConnect(m_context.connections->kubeconfig());
    });
    m_approvalBox->open();
}

void MainWindow::updateNotificationButton(int unread)
{
    m_notificationsAction->setIconText(unread > 0 ? QString::number(unread) : QString());
    m_notificationsButton->setToolButtonStyle(unread > 0 ? Qt::ToolButtonTextBesideIcon : Qt::ToolButtonIconOnly);
    m_notificationsAction->setToolTip(unread > 0 ? tr("Notifications: %n unread", nullptr, unread)
                                                 : tr("Notifications"));
}

void MainWindow::rebuildRecentMenu()
{
    m_recentMenu->clear();
    const QStringList files = m_context.recentFiles->files();
    for (const QString &path : files) {
        QAction *a = m_recentMenu->addAction(QFileInfo(path).fileName());
        a->setToolTip(path);
        a->setStatusTip(path);
        connect(a, &QAction::triggered, this, [this, path] { openFile(path); });
    }
    if (!files.isEmpty()) {
        m_recentMenu->addSeparator();
        QAction *clear = m_recentMenu->addAction(tr("Clear recent files"));
        connect(clear, &QAction::triggered, m_context.recentFiles, &RecentFiles::clear);
    }
    m_recentMenu->setEnabled(!files.isEmpty() && !m_context.documents->types().empty());
}

void MainWindow::rebuildNewActions()
{
    qDeleteAll(m_newActions);
    m_newActions.clear();
    bool first = true;
    QAction *before = m_openAction;
    for (const DocumentType &type : m_context.documents->types()) {
        if (!type.createNew)
            continue;
        QAction *a = addAction(QStringLiteral("file.new.") + type.id, tr("File"), QStringLiteral("file-new"),
                               first ? QKeySequence(QKeySequence::New) : QKeySequence());
        a->setText(tr("New %1").arg(type.title()));
        connect(a, &QAction::triggered, this, [create = type.createNew] { create(); });
        m_fileMenu->insertAction(before, a);
        m_newActions << a;
        first = false;
    }
    m_openAction->setEnabled(!m_context.documents->types().empty());
    rebuildRecentMenu();
}

CommandPalette *MainWindow::commandPalette()
{
    // Built on first use, to keep start-up short.
    if (!m_palette)
        m_palette = new CommandPalette(m_context.actions, this);
    return m_palette;
}

bool MainWindow::showPage(const QString &id)
{
    const PageDescriptor *page = m_pages.find(id);
    if (!page)
        return false;
    QWidget *w = m_pageWidgets.value(id);
    if (!w) {
        w = page->create(m_context, m_stack);
        w->setObjectName(QStringLiteral("page.") + id);
        m_stack->addWidget(w);
        m_pageWidgets.insert(id, w);
        qCDebug(lcUi) << "page created" << id;
    }
    m_stack->setCurrentWidget(w);
    for (int i = 0; i < m_navigation->count(); ++i) {
        if (m_navigation->item(i)->data(Qt::UserRole).toString() == id) {
            if (m_navigation->currentRow() != i)
                m_navigation->setCurrentRow(i);
            break;
        }
    }
    kLastPage.setValue(id);
    emit pageShown(id);
    return true;
}

QString MainWindow::currentPageId() const
{
    return m_pageWidgets.key(m_stack->currentWidget());
}

void MainWindow::restoreSession(const QString &pageOverride)
{
    const QByteArray geometry = kGeometry.value();
    if (geometry.isEmpty() || !restoreGeometry(geometry)) {
        const QRect avail = screen() ? screen()->availableGeometry() : QRect(0, 0, 1280, 800);
        resize(QSize(std::min(1360, avail.width() * 9 / 10), std::min(860, avail.height() * 9 / 10)));
    }
    restoreState(kWindowState.value(), kWindowStateVersion);
    QString page = pageOverride.isEmpty() ? kLastPage.value() : pageOverride;
    if (!m_pages.find(page) && !m_pages.pages().empty())
        page = m_pages.pages().front().id;
    if (!page.isEmpty())
        showPage(page);
}

void MainWindow::openFileDialog()
{
    if (m_context.documents->types().empty())
        return;
    auto *dialog = new QFileDialog(this, tr("Open"), QString(), m_context.documents->fileDialogFilter());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFiles);
    connect(dialog, &QFileDialog::filesSelected, this, [this](const QStringList &files) {
        for (const QString &f : files)
            openFile(f);
    });
    dialog->open();
}

bool MainWindow::openFile(const QString &path)
{
    QString error;
    if (m_context.documents->open(path, &error))
        return true;
    m_context.notifications->post(NotificationCenter::Severity::Error, tr("Could not open %1").arg(QFileInfo(path).fileName()),
                                  error, tr("Files"));
    return false;
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    // A page with unsaved work may refuse: it ignores the close event and asks the user, then
    // closes the window again once the work is saved or discarded.
    for (QWidget *page : std::as_const(m_pageWidgets)) {
        QCloseEvent pageClose;
        QCoreApplication::sendEvent(page, &pageClose);
        if (!pageClose.isAccepted()) {
            showPage(m_pageWidgets.key(page));
            event->ignore();
            return;
        }
    }
    kGeometry.setValue(saveGeometry());
    kWindowState.setValue(saveState(kWindowStateVersion));
    QMainWindow::closeEvent(event);
}

} // namespace kfw::ui
