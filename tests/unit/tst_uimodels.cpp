#include "ui/actionregistry.h"
#include "ui/activitytracker.h"
#include "ui/commandpalette.h"
#include "ui/documentrouter.h"
#include "ui/notificationcenter.h"
#include "ui/pageregistry.h"
#include "ui/recentfiles.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QPromise>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QWidget>

using namespace kfw::ui;

class TestUiModels : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init() { QSettings().clear(); }

    void fuzzyScore_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("matches");
        QTest::addRow("empty query matches") << "" << "Open…" << true;
        QTest::addRow("substring") << "dark" << "Theme: dark" << true;
        QTest::addRow("case-insensitive") << "DARK" << "Theme: dark" << true;
        QTest::addRow("subsequence") << "tmdk" << "Theme: dark" << true;
        QTest::addRow("out of order") << "krad" << "Theme: dark" << false;
        QTest::addRow("missing letter") << "darkz" << "Theme: dark" << false;
        QTest::addRow("spaces ignored in subsequence") << "th dk" << "Theme: dark" << true;
    }
    void fuzzyScore()
    {
        QFETCH(QString, query);
        QFETCH(QString, text);
        QFETCH(bool, matches);
        QCOMPARE(kfw::ui::fuzzyScore(query, text) >= 0, matches);
    }

    void fuzzyScoreRanksWholeWordsFirst()
    {
        QVERIFY(kfw::ui::fuzzyScore(QStringLiteral("open"), QStringLiteral("Open…"))
                > kfw::ui::fuzzyScore(QStringLiteral("open"), QStringLiteral("Reopen")));
        QVERIFY(kfw::ui::fuzzyScore(QStringLiteral("note"), QStringLiteral("Notifications"))
                < kfw::ui::fuzzyScore(QStringLiteral("note"), QStringLiteral("Notebooks")));
        // Initials of words rank above letters scattered inside a word.
        QVERIFY(kfw::ui::fuzzyScore(QStringLiteral("cp"), QStringLiteral("Command palette"))
                > kfw::ui::fuzzyScore(QStringLiteral("cp"), QStringLiteral("Accept")));
    }

    void notificationCenter()
    {
        NotificationCenter center;
        QAbstractItemModelTester tester(&center, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy unread(&center, &NotificationCenter::unreadCountChanged);
        center.post(NotificationCenter::Severity::Info, QStringLiteral("first"));
        center.post(NotificationCenter::Severity::Error, QStringLiteral("second"), QStringLiteral("details"),
                    QStringLiteral("Files"));
        QCOMPARE(center.rowCount(), 2);
        QCOMPARE(center.unreadCount(), 2);
        // Newest first.
        QCOMPARE(center.index(0).data(NotificationCenter::TitleRole).toString(), QStringLiteral("second"));
        QCOMPARE(center.index(0).data().toString(), QStringLiteral("second\ndetails"));
        QCOMPARE(center.index(0).data(NotificationCenter::SeverityRole).toInt(),
                 int(NotificationCenter::Severity::Error));
        QVERIFY(!center.index(0).data(Qt::DecorationRole).value<QIcon>().isNull());
        center.markAllRead();
        QCOMPARE(center.unreadCount(), 0);
        QCOMPARE(unread.last().first().toInt(), 0);
        center.clear();
        QCOMPARE(center.rowCount(), 0);
    }

    void notificationCenterKeepsTheNewestWithinTheLimit()
    {
        NotificationCenter center;
        QAbstractItemModelTester tester(&center, QAbstractItemModelTester::FailureReportingMode::QtTest);
        for (int i = 0; i < NotificationCenter::kMaxNotifications + 5; ++i)
            center.post(NotificationCenter::Severity::Info, QString::number(i));
        QCOMPARE(center.rowCount(), NotificationCenter::kMaxNotifications);
        QCOMPARE(center.at(0).title, QString::number(NotificationCenter::kMaxNotifications + 4));
        QCOMPARE(center.unreadCount(), NotificationCenter::kMaxNotifications);
    }

    void activityTracker()
    {
        ActivityTracker tracker;
        QAbstractItemModelTester tester(&tracker, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy busy(&tracker, &ActivityTracker::busyChanged);
        QVERIFY(tracker.isIdle());
        const int a = tracker.start(QStringLiteral("Uploading"), 10);
        const int b = tracker.start(QStringLiteral("Loading runs"));
        QCOMPARE(busy.count(), 1);
        tracker.setProgress(a, 4, 10);
        QCOMPARE(tracker.index(0).data(ActivityTracker::ProgressRole).toInt(), 4);
        tracker.setProgress(a, 40, 10); // clamped
        QCOMPARE(tracker.index(0).data(ActivityTracker::ProgressRole).toInt(), 10);
        tracker.finish(a);
        QCOMPARE(tracker.rowCount(), 1);
        QCOMPARE(tracker.index(0).data().toString(), QStringLiteral("Loading runs"));
        tracker.finish(b);
        tracker.finish(b); // twice is harmless
        QVERIFY(tracker.isIdle());
        QCOMPARE(busy.count(), 2);
        QCOMPARE(busy.last().first().toBool(), false);
    }

    void activityTrackerFollowsAFuture()
    {
        ActivityTracker tracker;
        QAbstractItemModelTester tester(&tracker, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QPromise<int> promise;
        QFuture<int> future = promise.future();
        tracker.track(future, QStringLiteral("Computing"));
        promise.start();
        promise.setProgressRange(0, 100);
        promise.setProgressValue(25);
        QTRY_COMPARE(tracker.index(0).data(ActivityTracker::ProgressRole).toInt(), 25);
        QCOMPARE(tracker.index(0).data(ActivityTracker::MaximumRole).toInt(), 100);
        promise.addResult(1);
        promise.finish();
        QTRY_VERIFY(tracker.isIdle());
    }

    void actionRegistryAndFilter()
    {
        ActionRegistry registry;
        QAbstractItemModelTester tester(&registry, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QWidget owner;
        auto *open = new QAction(QStringLiteral("Open…"), &owner);
        open->setObjectName(QStringLiteral("file.open"));
        open->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_O));
        auto *dark = new QAction(QStringLiteral("Theme: dark"), &owner);
        auto *disabled = new QAction(QStringLiteral("Theme: disabled"), &owner);
        disabled->setEnabled(false);
        registry.add(open, QStringLiteral("File"));
        registry.add(dark, QStringLiteral("View"));
        registry.add(disabled, QStringLiteral("View"));
        QCOMPARE(registry.rowCount(), 3);
        QCOMPARE(registry.find(QStringLiteral("file.open")), open);
        QCOMPARE(registry.index(0).data(ActionRegistry::ShortcutRole).toString(),
                 QKeySequence(Qt::CTRL | Qt::Key_O).toString(QKeySequence::NativeText));

        CommandFilterModel filter;
        QAbstractItemModelTester filterTester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
        filter.setSourceModel(&registry);
        filter.setQuery({});
        QCOMPARE(filter.rowCount(), 2); // the disabled action is not offered
        filter.setQuery(QStringLiteral("thm"));
        QCOMPARE(filter.rowCount(), 1);
        QCOMPARE(filter.index(0, 0).data().toString(), QStringLiteral("Theme: dark"));
        filter.setQuery(QStringLiteral("view"));
        QCOMPARE(filter.rowCount(), 1); // matches the category too
        filter.setQuery(QStringLiteral("zzz"));
        QCOMPARE(filter.rowCount(), 0);

        delete dark;
        QCOMPARE(registry.rowCount(), 2);
        filter.setQuery({});
        QCOMPARE(filter.rowCount(), 1);
    }

    void recentFiles()
    {
        QTemporaryDir dir;
        {
            RecentFiles recent;
            QSignalSpy changed(&recent, &RecentFiles::changed);
            for (int i = 0; i < RecentFiles::kMaxFiles + 3; ++i)
                recent.add(dir.filePath(QStringLiteral("p%1.yaml").arg(i)));
            recent.add(dir.filePath(QStringLiteral("p3.yaml"))); // moves to the top, no duplicate
            QCOMPARE(recent.files().size(), RecentFiles::kMaxFiles);
            QCOMPARE(recent.files().first(), dir.filePath(QStringLiteral("p3.yaml")));
            QCOMPARE(recent.files().count(dir.filePath(QStringLiteral("p3.yaml"))), 1);
            QCOMPARE(changed.count(), RecentFiles::kMaxFiles + 4);
        }
        RecentFiles reloaded; // persisted in the settings
        QCOMPARE(reloaded.files().size(), RecentFiles::kMaxFiles);
        QCOMPARE(reloaded.files().first(), dir.filePath(QStringLiteral("p3.yaml")));
        reloaded.clear();
        QVERIFY(RecentFiles().files().isEmpty());
    }

    void documentRouter()
    {
        QTemporaryDir dir;
        const QString yaml = dir.filePath(QStringLiteral("pipeline.yaml"));
        const QString text = dir.filePath(QStringLiteral("notes.txt"));
        for (const QString &f : {yaml, text}) {
            QFile file(f);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("x: 1\n");
        }
        DocumentRouter router;
        QString error;
        QVERIFY(!router.open(yaml, &error));
        QVERIFY2(error.contains(QStringLiteral("pipeline.yaml")), qPrintable(error));

        QStringList opened;
        router.registerType({QStringLiteral("pipeline"), [] { return QStringLiteral("Pipeline"); },
                             {QStringLiteral("yaml"), QStringLiteral("yml")}, QStringLiteral("editor"), {},
                             [&](const QString &path, QString *) {
                                 opened << path;
                                 return true;
                             }});
        QSignalSpy openedSpy(&router, &DocumentRouter::opened);
        QVERIFY(router.open(yaml, &error));
        QCOMPARE(opened, QStringList{yaml});
        QCOMPARE(openedSpy.count(), 1);
        QCOMPARE(openedSpy.first().at(1).toString(), QStringLiteral("editor"));

        QVERIFY(!router.open(text, &error));
        QVERIFY2(error.contains(QStringLiteral("yaml")), qPrintable(error));
        QVERIFY(!router.open(dir.filePath(QStringLiteral("missing.yaml")), &error));
        QVERIFY2(error.contains(QStringLiteral("does not exist")), qPrintable(error));
        QCOMPARE(router.fileDialogFilter().section(QStringLiteral(";;"), 0, 0), QStringLiteral("Pipeline (*.yaml *.yml)"));
    }

    void pageRegistryOrders()
    {
        PageRegistry pages;
        auto make = [](const char *id, int order) {
            return PageDescriptor{QString::fromLatin1(id), [] { return QString(); }, {}, order,
                                  [](const ShellContext &, QWidget *p) { return new QWidget(p); }};
        };
        pages.add(make("runs", 30));
        pages.add(make("welcome", 0));
        pages.add(make("editor", 10));
        QStringList ids;
        for (const auto &p : pages.pages())
            ids << p.id;
        QCOMPARE(ids, (QStringList{QStringLiteral("welcome"), QStringLiteral("editor"), QStringLiteral("runs")}));
        QVERIFY(pages.find(QStringLiteral("editor")));
        QVERIFY(!pages.find(QStringLiteral("nope")));
    }
};

QTEST_MAIN(TestUiModels)
#include "tst_uimodels.moc"
