// The Profiles page driven with mouse and keys against the simulated cluster: the owner adds a
// contributor with the view role and sees it listed, a contributor who is not the owner is told
// who may add people, an administrator changes a quota (the ResourceQuota follows), a user
// without a profile creates one from the first-time offer, and the local backend says profiles
// belong to clusters.

#include "cluster/backend/backendregistry.h"
#include "cluster/local/localbackend.h"
#include "clustertesting.h"
#include "simcluster.h"
#include "simkinds.h"
#include "views/profiles/profiledialogs.h"
#include "views/profiles/profilelistmodel.h"
#include "views/profiles/profilespage.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace kfw;
using namespace kfw::backend;

namespace {

const QString kAdminToken = u"page-admin-token"_qs;
const QString kOwnerToken = u"page-owner-token"_qs;
const QString kMemberToken = u"page-member-token"_qs;
const QString kNewcomerToken = u"page-newcomer-token"_qs;
const QString kOwner = u"owner@example.com"_qs;
const QString kMember = u"member@example.com"_qs;
const QString kProfile = u"team-lab"_qs;

// Runs action on the modal dialog the next exec() opens.
template<typename Dialog, typename F>
void onDialog(F action)
{
    QTimer::singleShot(0, [action] {
        QTRY_VERIFY(qobject_cast<Dialog *>(QApplication::activeModalWidget()));
        action(qobject_cast<Dialog *>(QApplication::activeModalWidget()));
    });
}

bool hasContributor(const QTableWidget *table, const QString &user, const QString &role)
{
    for (int row = 0; row < table->rowCount(); ++row) {
        if (table->item(row, 0) && table->item(row, 0)->text() == user && table->item(row, 1) &&
            table->item(row, 1)->text() == role)
            return true;
    }
    return false;
}

} // namespace

class TestProfilesPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void ownerAddsAViewer();
    void contributorIsToldWhoMay();
    void administratorChangesTheQuota();
    void firstProfileOfANewcomer();
    void localBackendHasNone();

private:
    // A page whose active backend is the context's, at the gateway with its user's token (or
    // through the kubeconfig for the administrator).
    std::unique_ptr<views::ProfilesPage> pageFor(const QString &context, const QString &token);
    bool selectTeamLab(views::ProfilesPage *page);

    QTemporaryDir m_dir;
    testing::SimCluster m_cluster;
    std::vector<std::unique_ptr<BackendRegistry>> m_registries;
};

void TestProfilesPage::initTestCase()
{
    QVERIFY(m_cluster.start(
        {{u"admin"_qs, testing::simAdministrator(u"admin@example.com"_qs, kAdminToken),
          u"default"_qs},
         {u"owner"_qs, testing::simProfileReader(kOwner, kOwnerToken), u"default"_qs},
         {u"member"_qs, testing::simProfileReader(kMember, kMemberToken), u"default"_qs},
         {u"newcomer"_qs, testing::simProfileReader(u"newcomer@example.com"_qs, kNewcomerToken),
          u"default"_qs}}));
    // The administrator makes the owner's profile; the owner makes the member an editor.
    auto admin = m_cluster.open(u"admin"_qs);
    QVERIFY(admin && admin->profiles());
    ProfileRequest request;
    request.name = kProfile;
    request.owner = kOwner;
    request.quota = {{u"cpu"_qs, u"4"_qs}, {u"memory"_qs, u"16Gi"_qs}};
    const auto created = testing::waitFor(admin->profiles()->create(request));
    QVERIFY2(created.ok(), qPrintable(created.error));
    QVERIFY(QTest::qWaitFor([&] { return m_cluster.store()->namespaceExists(kProfile); }));
    auto owner = m_cluster.openAtGateway(u"owner"_qs, kOwnerToken);
    const auto added =
        testing::waitFor(owner->profiles()->addContributor(kProfile, kMember, ProfileRole::Edit));
    QVERIFY2(added.ok(), qPrintable(added.error));
}

std::unique_ptr<views::ProfilesPage> TestProfilesPage::pageFor(const QString &context,
                                                               const QString &token)
{
    std::unique_ptr<kubeflow::KubeflowBackend> backend =
        token.isEmpty() ? m_cluster.open(context) : m_cluster.openAtGateway(context, token);
    if (!backend)
        return {};
    auto registry = testing::registryWith(std::move(backend));
    ui::ShellContext shell;
    shell.backends = registry.get();
    auto page = std::make_unique<views::ProfilesPage>(shell);
    new QAbstractItemModelTester(
        page->model(), QAbstractItemModelTester::FailureReportingMode::QtTest, page.get());
    page->resize(1100, 700);
    page->show();
    m_registries.push_back(std::move(registry));
    return page;
}

bool TestProfilesPage::selectTeamLab(views::ProfilesPage *page)
{
    if (!QTest::qWaitFor([page] { return page->model()->rowOf(kProfile) >= 0; }, 15000))
        return false;
    const int row = page->model()->rowOf(kProfile);
    const QRect cell = page->table()->visualRect(page->model()->index(row, 0));
    QTest::mouseClick(page->table()->viewport(), Qt::LeftButton, {}, cell.center());
    return page->selectedProfile() == kProfile;
}

void TestProfilesPage::ownerAddsAViewer()
{
    auto page = pageFor(u"owner"_qs, kOwnerToken);
    QVERIFY(page);
    QVERIFY(selectTeamLab(page.get()));
    QTRY_VERIFY_WITH_TIMEOUT(hasContributor(page->contributorTable(), kMember, u"Edit"_qs), 10000);
    QTRY_VERIFY(page->identity()->text().contains(kOwner));
    // The quota's use shows as bars.
    auto *cpu = page->quotaBars()->findChild<QProgressBar *>(u"quota:cpu"_qs);
    QVERIFY(cpu);
    QVERIFY2(cpu->text().contains(u"of 4"), qPrintable(cpu->text()));

    QVERIFY(!page->addContributorButton()->isEnabled());
    page->contributorEdit()->setFocus();
    QTest::keyClicks(page->contributorEdit(), u"viewer@example.com"_qs);
    QVERIFY(page->addContributorButton()->isEnabled());
    QComboBox *role = page->contributorRole();
    role->setCurrentIndex(role->findData(int(ProfileRole::View)));
    QTest::mouseClick(page->addContributorButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(
        hasContributor(page->contributorTable(), u"viewer@example.com"_qs, u"View"_qs), 10000);
    QVERIFY(page->contributorEdit()->text().isEmpty());
    QVERIFY2(!page->message()->text().contains(u"Only"), qPrintable(page->message()->text()));
    // The table counts the contributors: the member and the viewer.
    const int row = page->model()->rowOf(kProfile);
    QTRY_COMPARE(
        page->model()->index(row, views::ProfileListModel::ContributorsColumn).data().toInt(), 2);
}

void TestProfilesPage::contributorIsToldWhoMay()
{
    auto page = pageFor(u"member"_qs, kMemberToken);
    QVERIFY(page);
    QVERIFY(selectTeamLab(page.get()));
    const int row = page->model()->rowOf(kProfile);
    QCOMPARE(page->model()->index(row, views::ProfileListModel::RoleColumn).data().toString(),
             u"Edit"_qs);
    page->contributorEdit()->setFocus();
    QTest::keyClicks(page->contributorEdit(), u"friend@example.com"_qs);
    QTest::keyClick(page->contributorEdit(), Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(
        page->message()->text().contains(u"Only the owner of team-lab or a cluster administrator "
                                         "can add contributors"),
        10000);
    QVERIFY(!hasContributor(page->contributorTable(), u"friend@example.com"_qs, u"Edit"_qs));
    // What was typed stays, to try again or copy.
    QCOMPARE(page->contributorEdit()->text(), u"friend@example.com"_qs);
}

void TestProfilesPage::administratorChangesTheQuota()
{
    auto page = pageFor(u"admin"_qs, {});
    QVERIFY(page);
    QTRY_VERIFY(page->identity()->text().contains(u"cluster administrator"));
    QVERIFY(selectTeamLab(page.get()));
    onDialog<views::QuotaDialog>([](views::QuotaDialog *dialog) {
        QLineEdit *cpu = dialog->form()->field(u"cpu"_qs);
        QCOMPARE(cpu->text(), u"4"_qs);
        cpu->selectAll();
        QTest::keyClicks(cpu, u"lots"_qs);
        auto *save = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save);
        QVERIFY(!save->isEnabled()); // not a quantity
        cpu->selectAll();
        QTest::keyClicks(cpu, u"12"_qs);
        QLineEdit *gpus = dialog->form()->field(u"requests.nvidia.com/gpu"_qs);
        QTest::keyClicks(gpus, u"2"_qs);
        QVERIFY(save->isEnabled());
        QTest::mouseClick(save, Qt::LeftButton);
    });
    // Ctrl+E edits the quota of the selected profile.
    page->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(page.get()));
    QTest::keyClick(page->table(), Qt::Key_E, Qt::ControlModifier);
    const auto hard = [this] {
        const sim::SimResult quota =
            m_cluster.store()->get(*sim::findSimKind({}, u"v1"_qs, u"resourcequotas"_qs), kProfile,
                                   u"kf-resource-quota"_qs);
        return quota.body.value(u"spec").toObject().value(u"hard").toObject();
    };
    QTRY_COMPARE_WITH_TIMEOUT(hard(),
                              (QJsonObject{{u"cpu"_qs, u"12"_qs},
                                           {u"memory"_qs, u"16Gi"_qs},
                                           {u"requests.nvidia.com/gpu"_qs, u"2"_qs}}),
                              10000);
    QTRY_VERIFY_WITH_TIMEOUT(page->quotaBars()->findChild<QProgressBar *>(u"quota:cpu"_qs) &&
                                 page->quotaBars()
                                     ->findChild<QProgressBar *>(u"quota:cpu"_qs)
                                     ->text()
                                     .contains(u"of 12"),
                             10000);
}

void TestProfilesPage::firstProfileOfANewcomer()
{
    auto page = pageFor(u"newcomer"_qs, kNewcomerToken);
    QVERIFY(page);
    auto *offer = page->findChild<QPushButton *>(u"createFirstProfile"_qs);
    QVERIFY(offer);
    QTRY_VERIFY_WITH_TIMEOUT(offer->isVisible(), 10000);
    onDialog<views::ProfileDialog>([](views::ProfileDialog *dialog) {
        // Named and owned for the user; a bad name is refused as typed.
        QCOMPARE(dialog->nameEdit()->text(), u"newcomer"_qs);
        QCOMPARE(dialog->ownerEdit()->text(), u"newcomer@example.com"_qs);
        auto *create = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        dialog->nameEdit()->selectAll();
        QTest::keyClicks(dialog->nameEdit(), u"New_Comer"_qs);
        QVERIFY(!create->isEnabled());
        dialog->nameEdit()->selectAll();
        QTest::keyClicks(dialog->nameEdit(), u"newcomer-lab"_qs);
        QTest::keyClicks(dialog->quotaForm()->field(u"memory"_qs), u"8Gi"_qs);
        QVERIFY(create->isEnabled());
        QTest::mouseClick(create, Qt::LeftButton);
    });
    QTest::mouseClick(offer, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(page->selectedProfile(), u"newcomer-lab"_qs, 15000);
    QVERIFY(m_cluster.store()->namespaceExists(u"newcomer-lab"_qs));
    QTRY_VERIFY(!offer->isVisible());
    const int row = page->model()->rowOf(u"newcomer-lab"_qs);
    QCOMPARE(page->model()->index(row, views::ProfileListModel::RoleColumn).data().toString(),
             u"Owner"_qs);
}

void TestProfilesPage::localBackendHasNone()
{
    auto registry =
        testing::registryWith(std::make_unique<local::LocalBackend>(m_dir.filePath(u"data"_qs)));
    ui::ShellContext shell;
    shell.backends = registry.get();
    views::ProfilesPage page(shell);
    page.show();
    QVERIFY(page.unavailable()->isVisible());
    QVERIFY2(page.unavailable()->text().contains(u"Profiles belong to Kubeflow clusters"),
             qPrintable(page.unavailable()->text()));
    QCOMPARE(page.model()->rowCount(), 0);
    QVERIFY(!page.table()->isEnabled());
    QVERIFY(!page.addContributorButton()->isEnabled());
}

QTEST_MAIN(TestProfilesPage)
#include "tst_profilespage.moc"
