#pragma once

#include "ui/pageregistry.h"
#include "ui/shellcontext.h"

#include <QHash>
#include <QMainWindow>
#include <QPointer>

class QAction;
class QActionGroup;
class QComboBox;
class QDockWidget;
class QLabel;
class QListWidget;
class QMessageBox;
class QMenu;
class QStackedWidget;
class QToolButton;

namespace kfw::kube {
class ContextConnection;
}

namespace kfw::ui {

class CommandPalette;
class ProfileSwitcher;

// The workbench window: navigation of the registered pages on the left, the top bar (backend
// switcher, command search, notifications, theme), the current page, the notifications panel
// and a status bar with background activity. Pages are created when first shown.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    MainWindow(const ShellContext &context, const PageRegistry &pages, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Shows the page; false when no page has that id.
    bool showPage(const QString &id);
    QString currentPageId() const;
    // The page's widget, or nullptr when it was not created yet.
    QWidget *pageWidget(const QString &id) const { return m_pageWidgets.value(id); }

    // Restores geometry, dock state and the last page from the settings.
    void restoreSession(const QString &pageOverride = {});

    // Asks the user for a file and opens it through the document router.
    void openFileDialog();
    // Opens a file through the document router; errors go to the notifications.
    bool openFile(const QString &path);

    CommandPalette *commandPalette();

    // Makes the kubeconfig context the active backend and connects it if it is not; false when
    // the kubeconfig has no such context.
    bool connectContext(const QString &contextName);
    QListWidget *navigation() const { return m_navigation; }
    QDockWidget *notificationsDock() const { return m_notificationsDock; }

signals:
    void pageShown(const QString &id);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildNavigation();
    void buildActions();
    void buildMenus();
    void buildTopBar();
    void buildStatusBar();
    void rebuildRecentMenu();
    void rebuildNewActions();
    void updateBackendButton();
    // Makes the kubeconfig context the active backend and connects it if it is not.
    void activateContext(const QString &contextName);
    void onConnectionChanged(kube::ContextConnection *connection);
    void askExecApproval(kube::ContextConnection *connection);
    // How the active cluster backend reaches Kubeflow Pipelines.
    void editPipelinesConnection();
    void updateNamespaceBox();
    kube::ContextConnection *activeConnection() const;
    void updateNotificationButton(int unread);
    QAction *addAction(const QString &objectName, const QString &category, const QString &iconName,
                       const QKeySequence &shortcut);

    ShellContext m_context;
    const PageRegistry &m_pages;

    QListWidget *m_navigation = nullptr;
    QStackedWidget *m_stack = nullptr;
    QHash<QString, QWidget *> m_pageWidgets;
    QHash<QString, QAction *> m_pageActions;
    CommandPalette *m_palette = nullptr;
    QDockWidget *m_notificationsDock = nullptr;
    QToolButton *m_backendButton = nullptr;
    QToolButton *m_notificationsButton = nullptr;
    QLabel *m_backendLabel = nullptr;
    QComboBox *m_namespaceBox = nullptr;
    QAction *m_namespaceAction = nullptr;
    QLabel *m_identityLabel = nullptr;
    ProfileSwitcher *m_profileSwitcher = nullptr;
    QPointer<QMessageBox> m_approvalBox;
    QHash<QString, int> m_connectingActivity; // context -> activity id
    QMenu *m_fileMenu = nullptr;
    QMenu *m_recentMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_themeMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QList<QAction *> m_newActions;

    QAction *m_openAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_paletteAction = nullptr;
    QAction *m_notificationsAction = nullptr;
    QAction *m_fullScreenAction = nullptr;
    QAction *m_themeSystemAction = nullptr;
    QAction *m_themeLightAction = nullptr;
    QAction *m_themeDarkAction = nullptr;
    QAction *m_toggleThemeAction = nullptr;
    QAction *m_docsAction = nullptr;
    QAction *m_kubeflowDocsAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QActionGroup *m_themeGroup = nullptr;
};

} // namespace kfw::ui
