// The shell driven like a user: mouse clicks on the navigation, keyboard shortcuts, the command
// palette, the theme switch and the notifications panel, on the offscreen platform.

#include "app/commandline.h"
#include "app/workbench.h"
#include "cluster/backend/backendregistry.h"
#include "cluster/local/localbackend.h"
#include "ui/actionregistry.h"
#include "ui/activitytracker.h"
#include "ui/commandpalette.h"
#include "ui/documentrouter.h"
#include "ui/mainwindow.h"
#include "ui/notificationcenter.h"
#include "ui/recentfiles.h"
#include "ui/thememanager.h"
#include "views/welcome/welcome.h"
#include "views/welcome/welcomepage.h"

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace kfw;

namespace {

// The services of the shell, as the composition root creates them.
struct Shell
{
    backend::BackendRegistry backends;
    ui::NotificationCenter notifications;
    ui::ActivityTracker activity;
    ui::DocumentRouter documents;
    ui::RecentFiles recent;
    ui::ThemeManager theme;
    ui::ActionRegistry actions;
    ui::PageRegistry pages;
    QTemporaryDir dataDir;

    Shell()
    {
        backends.add(std::make_unique<local::LocalBackend>(dataDir.path()));
        views::registerWelcomePage(pages);
        // A second page so that moving between pages can be tested.
        pages.add({QStringLiteral("second"), [] { return QStringLiteral("Second page"); }, QStringLiteral("pipeline"),
                   50, [](const ui::ShellContext &, QWidget *parent) { return new QLabel(QStringLiteral("second"), parent); }});
    }
    ui::ShellContext context()
    {
        return {&backends, &notifications, &activity, &documents, &recent, &theme, &actions, nullptr, {}};
    }
};

bool isDarkPalette()
{
    return QApplication::palette().color(QPalette::Window).lightness() < 128;
}

void clickItem(QListWidget *list, int row)
{
    QListWidgetItem *item = list->item(row);
    QVERIFY(item);
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualItemRect(item).center());
}

} // namespace

class TestShell : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init() { QSettings().clear(); }

    void navigationWithMouseAndKeyboard()
    {
        Shell shell;
        ui::MainWindow window(shell.context(), shell.pages);
        window.restoreSession();
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));

        QCOMPARE(window.currentPageId(), QStringLiteral("welcome"));
        QCOMPARE(window.navigation()->count(), 2);
        QVERIFY(!window.pageWidget(QStringLiteral("second"))); // created only when first shown

        clickItem(window.navigation(), 1);
        QCOMPARE(window.currentPageId(), QStringLiteral("second"));
        QVERIFY(window.pageWidget(QStringLiteral("second"))->isVisible());

        QTest::keyClick(&window, Qt::Key_1, Qt::ControlModifier);
        QCOMPARE(window.currentPageId(), QStringLiteral("welcome"));
        QCOMPARE(window.navigation()->currentRow(), 0);
        QTest::keyClick(&window, Qt::Key_2, Qt::ControlModifier);
        QCOMPARE(window.currentPageId(), QStringLiteral("second"));
    }

    void commandPaletteRunsActionsByKeyboard()
    {
        Shell shell;
        shell.theme.setMode(ui::ThemeMode::Light);
        ui::MainWindow window(shell.context(), shell.pages);
        window.restoreSession();
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        ui::CommandPalette *palette = window.commandPalette();
        QVERIFY(!palette->isVisible());

        QTest::keyClick(&window, Qt::Key_K, Qt::ControlModifier);
        QVERIFY(palette->isVisible());
        QTRY_VERIFY(palette->searchField()->hasFocus());
        // Every enabled action is listed, page actions first.
        QVERIFY(palette->filterModel()->rowCount() >= 10);

        QTest::keyClicks(palette->searchField(), QStringLiteral("theme dark"));
        QVERIFY(palette->filterModel()->rowCount() >= 1);
        QCOMPARE(palette->list()->currentIndex().data().toString(), QStringLiteral("Theme: dark"));
        QTest::keyClick(palette->searchField(), Qt::Key_Return);
        QVERIFY(!palette->isVisible());
        QCOMPARE(shell.theme.mode(), ui::ThemeMode::Dark);
        QVERIFY(isDarkPalette());

        // Arrow keys move the selection; Escape closes without running anything.
        QTest::keyClick(&window, Qt::Key_K, Qt::ControlModifier);
        QTest::keyClicks(palette->searchField(), QStringLiteral("theme"));
        const int rows = palette->filterModel()->rowCount();
        QVERIFY(rows >= 3);
        QTest::keyClick(palette->searchField(), Qt::Key_Down);
        QCOMPARE(palette->list()->currentIndex().row(), 1);
        QTest::keyClick(palette->searchField(), Qt::Key_Up);
        QCOMPARE(palette->list()->currentIndex().row(), 0);
        QTest::keyClick(palette->searchField(), Qt::Key_Escape);
        QVERIFY(!palette->isVisible());
        QCOMPARE(shell.theme.mode(), ui::ThemeMode::Dark);

        // A click on a row runs it: go to the second page.
        QTest::keyClick(&window, Qt::Key_K, Qt::ControlModifier);
        QTest::keyClicks(palette->searchField(), QStringLiteral("second page"));
        QCOMPARE(palette->filterModel()->rowCount(), 1);
        const QRect rect = palette->list()->visualRect(palette->filterModel()->index(0, 0));
        QTest::mouseClick(palette->list()->viewport(), Qt::LeftButton, {}, rect.center());
        QVERIFY(!palette->isVisible());
        QCOMPARE(window.currentPageId(), QStringLiteral("second"));

        // Shortcuts are shown beside the actions.
        QTest::keyClick(&window, Qt::Key_K, Qt::ControlModifier);
        QTest::keyClicks(palette->searchField(), QStringLiteral("command palette"));
        QCOMPARE(palette->list()->currentIndex().data(ui::ActionRegistry::ShortcutRole).toString(),
                 QKeySequence(Qt::CTRL | Qt::Key_K).toString(QKeySequence::NativeText));
    }

    void themeSwitchFollowsTheSystemAndIsRemembered()
    {
        Shell shell;
        shell.theme.setMode(ui::ThemeMode::System);
        shell.theme.setSystemPrefersDark(false);
        ui::MainWindow window(shell.context(), shell.pages);
        window.restoreSession();
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QVERIFY(!isDarkPalette());

        // The desktop switches to dark: the app follows.
        shell.theme.setSystemPrefersDark(true);
        QVERIFY(isDarkPalette());
        shell.theme.setSystemPrefersDark(false);
        QVERIFY(!isDarkPalette());

        // The top bar's theme button switches by mouse, and the choice is saved.
        auto *button = window.findChild<QToolButton *>(QStringLiteral("themeButton"));
        QVERIFY(button);
        QTest::mouseClick(button, Qt::LeftButton);
        QCOMPARE(shell.theme.mode(), ui::ThemeMode::Dark);
        QVERIFY(isDarkPalette());
        QCOMPARE(QSettings().value(QStringLiteral("ui/theme")).toString(), QStringLiteral("dark"));
        // An explicit choice is not overridden by the desktop.
        shell.theme.setSystemPrefersDark(false);
        QVERIFY(isDarkPalette());
        QTest::keyClick(&window, Qt::Key_L, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(shell.theme.mode(), ui::ThemeMode::Light);
        QVERIFY(!isDarkPalette());
    }

    void windowAndLastPageAreRemembered()
    {
        {
            Shell shell;
            ui::MainWindow window(shell.context(), shell.pages);
            window.restoreSession();
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            window.resize(1000, 640);
            clickItem(window.navigation(), 1);
            window.close();
        }
        Shell shell;
        ui::MainWindow window(shell.context(), shell.pages);
        window.restoreSession();
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.currentPageId(), QStringLiteral("second"));
        QCOMPARE(window.size(), QSize(1000, 640));
    }

    void notificationsPanel()
    {
        Shell shell;
        ui::MainWindow window(shell.context(), shell.pages);
        window.restoreSession();
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QVERIFY(!window.notificationsDock()->isVisible());

        // Opening a missing file is reported, not silently ignored.
        QVERIFY(!window.openFile(QStringLiteral("/nonexistent/pipeline.yaml")));
        QCOMPARE(shell.notifications.rowCount(), 1);
        QCOMPARE(shell.notifications.at(0).severity, ui::NotificationCenter::Severity::Error);
        auto *button = window.findChild<QToolButton *>(QStringLiteral("notificationsButton"));
        QCOMPARE(button->text(), QStringLiteral("1"));

        QTest::keyClick(&window, Qt::Key_N, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(window.notificationsDock()->isVisible());
        QCOMPARE(shell.notifications.unreadCount(), 0);
        auto *list = window.notificationsDock()->findChild<QListView *>(QStringLiteral("notificationsList"));
        QVERIFY(list && list->isVisible());
        QVERIFY(list->model()->index(0, 0).data().toString().contains(QStringLiteral("does not exist")));
        auto *clear = window.notificationsDock()->findChild<QPushButton *>(QStringLiteral("clearNotifications"));
        QTest::mouseClick(clear, Qt::LeftButton);
        QCOMPARE(shell.notifications.rowCount(), 0);
    }

    void welcomePageOffersOnlyWhatWorks()
    {
        Shell shell;
        ui::MainWindow window(shell.context(), shell.pages);
        window.restoreSession(QStringLiteral("welcome"));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *page = qobject_cast<views::WelcomePage *>(window.pageWidget(QStringLiteral("welcome")));
        QVERIFY(page);
        auto *start = page->findChild<QWidget *>(QStringLiteral("startCard"));
        QVERIFY(start);
        QVERIFY(!start->isVisible()); // no document type is registered: nothing to start
        QVERIFY(!window.findChild<QAction *>(QStringLiteral("file.open"))->isEnabled());
        QCOMPARE(page->findChild<QLabel *>(QStringLiteral("backendName"))->text(), QStringLiteral("Local workstation"));
        QCOMPARE(page->findChild<QLineEdit *>(QStringLiteral("backendLocation"))->text(), shell.dataDir.path());

        // A page registers a document type: Start offers it, and opening a file lists it as recent.
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("demo.yaml"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("a: 1\n");
        f.close();
        int created = 0;
        QStringList opened;
        shell.documents.registerType({QStringLiteral("pipeline"), [] { return QStringLiteral("Pipeline"); },
                                      {QStringLiteral("yaml")}, QStringLiteral("second"), [&] { ++created; },
                                      [&](const QString &path, QString *) {
                                          opened << path;
                                          return true;
                                      }});
        QVERIFY(start->isVisible());
        auto *newButton = start->findChild<QPushButton *>(QStringLiteral("new.pipeline"));
        QVERIFY(newButton);
        QTest::mouseClick(newButton, Qt::LeftButton);
        QCOMPARE(created, 1);
        QVERIFY(window.findChild<QAction *>(QStringLiteral("file.open"))->isEnabled());

        QVERIFY(window.openFile(file));
        QCOMPARE(opened.size(), 1);
        QCOMPARE(window.currentPageId(), QStringLiteral("second"));
        QCOMPARE(shell.recent.files().first(), file);
        QTest::keyClick(&window, Qt::Key_1, Qt::ControlModifier);
        QCOMPARE(page->recentList()->count(), 1);
        QVERIFY(page->recentList()->isVisible());
        QListWidgetItem *item = page->recentList()->item(0);
        QCOMPARE(item->text(), QStringLiteral("demo.yaml"));
        const QPoint pos = page->recentList()->visualItemRect(item).center();
        // A double click reopens it (a real double click starts with a press on the item) ...
        QTest::mouseClick(page->recentList()->viewport(), Qt::LeftButton, {}, pos);
        QTest::mouseDClick(page->recentList()->viewport(), Qt::LeftButton, {}, pos);
        QCOMPARE(opened.size(), 2);
        // ... and so does Enter on the selected item.
        page->recentList()->setFocus();
        QTest::keyClick(page->recentList(), Qt::Key_Return);
        QCOMPARE(opened.size(), 3);
    }

    void workbenchStartsOnTheLocalBackend()
    {
        app::Workbench workbench;
        app::GuiOptions options;
        options.size = QSize(1100, 700);
        QCOMPARE(workbench.start(options), -1);
        QVERIFY(QTest::qWaitForWindowExposed(workbench.window()));
        QCOMPARE(workbench.window()->size(), QSize(1100, 700));
        QCOMPARE(workbench.context().backends->active()->kind(), backend::BackendKind::Local);
        auto *backendButton = workbench.window()->findChild<QToolButton *>(QStringLiteral("backendButton"));
        QCOMPARE(backendButton->text(), QStringLiteral("Local workstation"));
        QCOMPARE(workbench.window()->currentPageId(), QStringLiteral("welcome"));
        workbench.window()->close();
    }
};

QTEST_MAIN(TestShell)
#include "tst_shell.moc"
