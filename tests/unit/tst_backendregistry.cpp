#include "cluster/backend/backendregistry.h"
#include "cluster/local/localbackend.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace kfw;

namespace {
// A second backend so that switching can be tested; it reports what it was built with.
class FakeClusterBackend final : public backend::Backend
{
public:
    explicit FakeClusterBackend(QString id)
        : m_id(std::move(id))
    {
    }
    QString id() const override { return m_id; }
    QString displayName() const override { return m_id; }
    backend::BackendKind kind() const override { return backend::BackendKind::Cluster; }
    QString location() const override { return QStringLiteral("https://127.0.0.1:6443"); }
    backend::Capabilities capabilities() const override { return backend::Capability::Runs; }

private:
    QString m_id;
};
} // namespace

class TestBackendRegistry : public QObject
{
    Q_OBJECT
private slots:
    void firstBackendBecomesActive()
    {
        backend::BackendRegistry registry;
        QSignalSpy active(&registry, &backend::BackendRegistry::activeChanged);
        QTemporaryDir dir;
        registry.add(std::make_unique<local::LocalBackend>(dir.path()));
        QCOMPARE(active.count(), 1);
        QVERIFY(registry.active());
        QCOMPARE(registry.active()->id(), QStringLiteral("local"));
        QCOMPARE(registry.active()->kind(), backend::BackendKind::Local);
        QCOMPARE(registry.active()->location(), dir.path());

        registry.add(std::make_unique<FakeClusterBackend>(QStringLiteral("kube:dev")));
        QCOMPARE(active.count(), 1); // adding more does not switch
        QCOMPARE(registry.backends().size(), 2);
    }

    void switchAndRemove()
    {
        backend::BackendRegistry registry;
        registry.add(std::make_unique<local::LocalBackend>(QDir::tempPath()));
        registry.add(std::make_unique<FakeClusterBackend>(QStringLiteral("kube:dev")));
        QSignalSpy active(&registry, &backend::BackendRegistry::activeChanged);

        QVERIFY(!registry.setActive(QStringLiteral("kube:missing")));
        QCOMPARE(active.count(), 0);
        QVERIFY(registry.setActive(QStringLiteral("kube:dev")));
        QCOMPARE(active.count(), 1);
        QVERIFY(registry.active()->can(backend::Capability::Runs));
        QVERIFY(!registry.active()->can(backend::Capability::Notebooks));

        // Removing the active backend falls back to the first remaining one.
        QVERIFY(registry.remove(QStringLiteral("kube:dev")));
        QCOMPARE(active.count(), 2);
        QCOMPARE(registry.active()->id(), QStringLiteral("local"));
        QVERIFY(!registry.remove(QStringLiteral("kube:dev")));
    }

    void localBackendDefaultsToUserDataFolder()
    {
        QStandardPaths::setTestModeEnabled(true);
        local::LocalBackend b;
        QCOMPARE(b.dataDir(), QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation));
        QVERIFY(!b.dataDir().isEmpty());
        // What the local backend offers, and that recurring runs need the workbench open.
        for (auto c : {backend::Capability::Pipelines, backend::Capability::Runs, backend::Capability::Experiments,
                       backend::Capability::RecurringRuns, backend::Capability::Artifacts, backend::Capability::RecurringRunsWhileOpen})
            QVERIFY(b.can(c));
        QVERIFY(!b.can(backend::Capability::Profiles));
        QVERIFY(!b.can(backend::Capability::Notebooks));
    }
};

QTEST_GUILESS_MAIN(TestBackendRegistry)
#include "tst_backendregistry.moc"
