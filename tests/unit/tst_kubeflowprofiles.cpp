// Kubeflow profiles through the cluster backend, against the simulator's profile controller and
// KFAM: who the user is (kubeconfig, gateway token), the profiles a user may switch to, creating
// a profile with a quota, contributors with each role, quota edits, deletion, and the refusals a
// non-owner and a user without the service proxy get.

#include "cluster/kube/quantity.h"
#include "cluster/kubeflow/kubeflowprofiles.h"
#include "clustertesting.h"
#include "simcluster.h"
#include "simkinds.h"
#include "swaggertesting.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace kfw;
using namespace kfw::kubeflow;
using namespace kfw::backend;

namespace {

const QString kAdminToken = u"profiles-admin-token"_qs;
const QString kOwnerToken = u"profiles-owner-token"_qs;
const QString kMemberToken = u"profiles-member-token"_qs;
const QString kStrangerToken = u"profiles-stranger-token"_qs;
const QString kOwner = u"owner@example.com"_qs;
const QString kMember = u"member@example.com"_qs;

const ProfileInfo *find(const QList<ProfileInfo> &profiles, const QString &name)
{
    for (const ProfileInfo &p : profiles) {
        if (p.name == name)
            return &p;
    }
    return nullptr;
}

QJsonObject quotaHard(sim::SimStore *store, const QString &ns)
{
    const sim::SimResult quota = store->get(*sim::findSimKind({}, u"v1"_qs, u"resourcequotas"_qs),
                                            ns, u"kf-resource-quota"_qs);
    return quota.ok() ? quota.body.value(u"spec").toObject().value(u"hard").toObject()
                      : QJsonObject();
}

bool namespaceExists(sim::SimStore *store, const QString &ns)
{
    return store->namespaceExists(ns);
}

} // namespace

class TestKubeflowProfiles : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void claimsOfAnIdToken();
    void requestBodiesFollowTheSwagger();
    void quantitiesAndNames_data();
    void quantitiesAndNames();
    void identityFromEachSource();
    void createWithQuotaAndSwitchTo();
    void contributorsWithRoles();
    void quotaIsTheAdministratorsToChange();
    void deleteIsTheOwnersOnly();
    void kfamRefusesWhoMayNotReadTheProfile();
    void badInputIsRefusedBeforeSending();
    void withoutTheServiceProxy();

private:
    testing::SimCluster m_cluster;
    std::unique_ptr<KubeflowBackend> m_admin;
    std::unique_ptr<KubeflowBackend> m_owner;
    std::unique_ptr<KubeflowBackend> m_member;
};

void TestKubeflowProfiles::initTestCase()
{
    QVERIFY(m_cluster.start(
        {{u"admin"_qs, testing::simAdministrator(u"admin@example.com"_qs, kAdminToken),
          u"default"_qs},
         {u"owner"_qs, testing::simProfileReader(kOwner, kOwnerToken), u"default"_qs},
         {u"member"_qs, testing::simProfileReader(kMember, kMemberToken, true), u"default"_qs},
         {u"stranger"_qs, sim::SimUser{u"stranger@example.com"_qs, {}, kStrangerToken, {}},
          u"default"_qs}}));
    m_admin = m_cluster.open(u"admin"_qs);
    m_owner = m_cluster.openAtGateway(u"owner"_qs, kOwnerToken);
    m_member = m_cluster.openAtGateway(u"member"_qs, kMemberToken);
    for (KubeflowBackend *b : {m_admin.get(), m_owner.get(), m_member.get()}) {
        QVERIFY(b);
        QVERIFY2(b->can(Capability::Profiles), qPrintable(b->kfpStatus()));
        QVERIFY(b->profiles());
    }
}

void TestKubeflowProfiles::claimsOfAnIdToken()
{
    const auto part = [](const QByteArray &json) {
        return QString::fromLatin1(
            json.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    };
    const QString token = part(R"({"alg":"RS256"})") + u'.' +
                          part(R"({"iss":"https://dex.example.com","email":"ana@example.com",)"
                               R"("groups":["ml","admins"],"exp":1900000000})") +
                          u".c2lnbmF0dXJl"_qs;
    const QMap<QString, QString> claims = KubeflowProfileService::jwtClaims(token);
    QCOMPARE(claims.value(u"email"_qs), u"ana@example.com"_qs);
    QCOMPARE(claims.value(u"iss"_qs), u"https://dex.example.com"_qs);
    QCOMPARE(claims.value(u"groups"_qs), u"ml, admins"_qs);
    QCOMPARE(claims.value(u"exp"_qs), u"1900000000"_qs);
    QVERIFY(KubeflowProfileService::jwtClaims(u"not-a-jwt"_qs).isEmpty());
    QVERIFY(KubeflowProfileService::jwtClaims(u"a.b"_qs).isEmpty());
}

void TestKubeflowProfiles::requestBodiesFollowTheSwagger()
{
    const QString conformance = qEnvironmentVariable("KFW_CONFORMANCE_DIR");
    testing::SwaggerValidator swagger;
    QString problem;
    if (conformance.isEmpty() ||
        !swagger.load({conformance + u"/kubeflow/kfam/swagger.yaml"_qs}, &problem))
        QSKIP("KFW_CONFORMANCE_DIR/kubeflow/kfam/swagger.yaml is absent: the KFAM request bodies "
              "are not checked");
    const KfamBinding binding{kMember, u"team"_qs, u"view"_qs, {}};
    QCOMPARE(swagger.checkRequest("POST", u"/kfam/v1/bindings"_qs, binding.toJson()),
             QStringList());
    QCOMPARE(swagger.checkRequest("DELETE", u"/kfam/v1/bindings"_qs, binding.toJson()),
             QStringList());
    QCOMPARE(KfamBinding::fromJson(binding.toJson()).role, u"view"_qs);
    ProfileRequest request;
    request.name = u"team"_qs;
    request.owner = kOwner;
    QCOMPARE(swagger.checkRequest("POST", u"/kfam/v1/profiles"_qs, profileObject(request)),
             QStringList());
    // The swagger's Profile predates quotas; KFAM takes the whole Profile resource, so a quota
    // is the one field beyond it.
    request.quota = {{u"cpu"_qs, u"2"_qs}};
    const QStringList beyond =
        swagger.checkRequest("POST", u"/kfam/v1/profiles"_qs, profileObject(request));
    QCOMPARE(beyond.size(), 1);
    QVERIFY2(beyond.first().startsWith(u"$.spec.resourceQuotaSpec: not declared"),
             qPrintable(beyond.first()));
}

void TestKubeflowProfiles::quantitiesAndNames_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<double>("value"); // -1: not a quantity
    QTest::addRow("cores") << u"16"_qs << 16.0;
    QTest::addRow("millicores") << u"3500m"_qs << 3.5;
    QTest::addRow("binary") << u"64Gi"_qs << 64.0 * 1024 * 1024 * 1024;
    QTest::addRow("decimal") << u"2G"_qs << 2e9;
    QTest::addRow("exponent") << u"1.5e3"_qs << 1500.0;
    QTest::addRow("fraction") << u".5"_qs << 0.5;
    QTest::addRow("word") << u"lots"_qs << -1.0;
    QTest::addRow("unit only") << u"Gi"_qs << -1.0;
    QTest::addRow("space inside") << u"4 Gi"_qs << -1.0;
}

void TestKubeflowProfiles::quantitiesAndNames()
{
    QFETCH(QString, text);
    QFETCH(double, value);
    const std::optional<double> parsed = kube::parseQuantity(text);
    if (value < 0) {
        QVERIFY(!parsed);
        QVERIFY(!kube::quantityProblem(text).isEmpty());
    } else {
        QVERIFY(parsed);
        QCOMPARE(*parsed, value);
        QVERIFY(kube::quantityProblem(text).isEmpty());
    }
    QVERIFY(kube::namespaceNameProblem(u"team-vision"_qs).isEmpty());
    QVERIFY(!kube::namespaceNameProblem(u"Team_Vision"_qs).isEmpty());
    QVERIFY(!kube::namespaceNameProblem(u"-edge"_qs).isEmpty());
    QVERIFY(!kube::namespaceNameProblem(QString(64, u'a')).isEmpty());
}

void TestKubeflowProfiles::identityFromEachSource()
{
    const auto admin = testing::waitFor(m_admin->profiles()->identity());
    QVERIFY2(admin.ok(), qPrintable(admin.error));
    QCOMPARE(admin.value.user, u"admin@example.com"_qs);
    QCOMPARE(admin.value.source, u"kubeconfig"_qs);
    QVERIFY(admin.value.clusterAdmin);

    const auto owner = testing::waitFor(m_owner->profiles()->identity());
    QVERIFY2(owner.ok(), qPrintable(owner.error));
    QCOMPARE(owner.value.user, kOwner);
    QCOMPARE(owner.value.source, u"token"_qs);
    QVERIFY(!owner.value.clusterAdmin);
}

void TestKubeflowProfiles::createWithQuotaAndSwitchTo()
{
    ProfileService *profiles = m_owner->profiles();
    // A user without a profile has nothing to switch to.
    const auto before = testing::waitFor(profiles->accessible());
    QVERIFY2(before.ok(), qPrintable(before.error));
    QVERIFY(!find(before.value, u"owner-lab"_qs));

    ProfileRequest request;
    request.name = u"owner-lab"_qs;
    request.owner = kOwner;
    request.quota = {{u"cpu"_qs, u"4"_qs}, {u"memory"_qs, u"8Gi"_qs}};
    const auto created = testing::waitFor(profiles->create(request));
    QVERIFY2(created.ok(), qPrintable(created.error));
    // The profile controller makes the namespace and its quota.
    QVERIFY(QTest::qWaitFor([&] { return namespaceExists(m_cluster.store(), u"owner-lab"_qs); }));
    QCOMPARE(quotaHard(m_cluster.store(), u"owner-lab"_qs),
             (QJsonObject{{u"cpu"_qs, u"4"_qs}, {u"memory"_qs, u"8Gi"_qs}}));

    const auto after = testing::waitFor(profiles->accessible());
    QVERIFY2(after.ok(), qPrintable(after.error));
    const ProfileInfo *lab = find(after.value, u"owner-lab"_qs);
    QVERIFY(lab);
    QCOMPARE(lab->role, ProfileRole::Owner);
    QCOMPARE(lab->owner, kOwner);

    const auto listed = testing::waitFor(profiles->list());
    QVERIFY2(listed.ok(), qPrintable(listed.error));
    lab = find(listed.value, u"owner-lab"_qs);
    QVERIFY(lab);
    QCOMPARE(lab->contributors, 0);
    QCOMPARE(lab->quota.size(), 2);
    for (const QuotaEntry &e : lab->quota) {
        QVERIFY(e.resource == u"cpu" || e.resource == u"memory");
        QCOMPARE(e.hard, e.resource == u"cpu" ? u"4"_qs : u"8Gi"_qs);
        QVERIFY2(!e.used.isEmpty(), "the owner reads the quota's use in their namespace");
    }
    // A plain user is not shown other people's profiles; an administrator sees them all.
    const auto memberList = testing::waitFor(m_member->profiles()->list());
    QVERIFY2(memberList.ok(), qPrintable(memberList.error));
    QVERIFY(!find(memberList.value, u"owner-lab"_qs));
    const auto adminList = testing::waitFor(m_admin->profiles()->list());
    QVERIFY2(adminList.ok(), qPrintable(adminList.error));
    QVERIFY(find(adminList.value, u"owner-lab"_qs));
    QCOMPARE(find(adminList.value, u"owner-lab"_qs)->role, ProfileRole::None);
}

void TestKubeflowProfiles::contributorsWithRoles()
{
    ProfileService *owner = m_owner->profiles();
    ProfileService *member = m_member->profiles();
    const auto added =
        testing::waitFor(owner->addContributor(u"owner-lab"_qs, kMember, ProfileRole::View));
    QVERIFY2(added.ok(), qPrintable(added.error));
    const auto listed = testing::waitFor(owner->contributors(u"owner-lab"_qs));
    QVERIFY2(listed.ok(), qPrintable(listed.error));
    QCOMPARE(listed.value.size(), 2);
    QCOMPARE(listed.value.at(0).user, kOwner);
    QCOMPARE(listed.value.at(0).role, ProfileRole::Owner);
    QCOMPARE(listed.value.at(1).user, kMember);
    QCOMPARE(listed.value.at(1).role, ProfileRole::View);

    // The contributor can now switch to the profile, with the view role.
    const auto mine = testing::waitFor(member->accessible());
    QVERIFY2(mine.ok(), qPrintable(mine.error));
    const ProfileInfo *lab = find(mine.value, u"owner-lab"_qs);
    QVERIFY(lab);
    QCOMPARE(lab->role, ProfileRole::View);
    QCOMPARE(testing::waitFor(owner->list()).value.value(0).contributors, 1);

    // A viewer may not add others, and is told who may.
    const auto refused = testing::waitFor(
        member->addContributor(u"owner-lab"_qs, u"friend@example.com"_qs, ProfileRole::Edit));
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error.contains(u"Only the owner of owner-lab"), qPrintable(refused.error));
    const auto notRemoved =
        testing::waitFor(member->removeContributor(u"owner-lab"_qs, listed.value.at(1)));
    QVERIFY(!notRemoved.ok());
    QVERIFY2(notRemoved.error.contains(u"Only the owner of owner-lab"),
             qPrintable(notRemoved.error));
    // The owner cannot be removed.
    const auto ownerRemoved =
        testing::waitFor(owner->removeContributor(u"owner-lab"_qs, listed.value.at(0)));
    QVERIFY(!ownerRemoved.ok());
    QVERIFY2(ownerRemoved.error.contains(u"owns owner-lab"), qPrintable(ownerRemoved.error));

    // Edit and admin roles, then removal.
    QVERIFY(testing::waitFor(
                owner->addContributor(u"owner-lab"_qs, u"editor@example.com"_qs, ProfileRole::Edit))
                .ok());
    QVERIFY(testing::waitFor(owner->addContributor(u"owner-lab"_qs, u"helper@example.com"_qs,
                                                   ProfileRole::Admin))
                .ok());
    const auto all = testing::waitFor(owner->contributors(u"owner-lab"_qs));
    QVERIFY2(all.ok(), qPrintable(all.error));
    QStringList seen;
    for (const Contributor &c : all.value)
        seen << c.user + u'=' + roleName(c.role);
    QCOMPARE(seen, (QStringList{u"owner@example.com=owner"_qs, u"helper@example.com=admin"_qs,
                                u"editor@example.com=edit"_qs, u"member@example.com=view"_qs}));
    QVERIFY(testing::waitFor(
                owner->removeContributor(u"owner-lab"_qs,
                                         Contributor{u"editor@example.com"_qs, ProfileRole::Edit}))
                .ok());
    const auto left = testing::waitFor(owner->contributors(u"owner-lab"_qs));
    QCOMPARE(left.value.size(), 3);
}

void TestKubeflowProfiles::quotaIsTheAdministratorsToChange()
{
    const auto refused =
        testing::waitFor(m_owner->profiles()->setQuota(u"owner-lab"_qs, {{u"cpu"_qs, u"64"_qs}}));
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error.contains(u"Only a cluster administrator"), qPrintable(refused.error));
    QCOMPARE(quotaHard(m_cluster.store(), u"owner-lab"_qs).value(u"cpu").toString(), u"4"_qs);

    // The whole quota is replaced: memory, left out, is no longer limited.
    const auto changed = testing::waitFor(m_admin->profiles()->setQuota(
        u"owner-lab"_qs, {{u"cpu"_qs, u"8"_qs}, {u"requests.nvidia.com/gpu"_qs, u"1"_qs}}));
    QVERIFY2(changed.ok(), qPrintable(changed.error));
    QVERIFY(QTest::qWaitFor([&] {
        return quotaHard(m_cluster.store(), u"owner-lab"_qs) ==
               QJsonObject{{u"cpu"_qs, u"8"_qs}, {u"requests.nvidia.com/gpu"_qs, u"1"_qs}};
    }));
    const auto listed = testing::waitFor(m_owner->profiles()->list());
    const ProfileInfo *lab = find(listed.value, u"owner-lab"_qs);
    QVERIFY(lab);
    QCOMPARE(lab->quota.size(), 2);
}

void TestKubeflowProfiles::deleteIsTheOwnersOnly()
{
    const auto refused = testing::waitFor(m_member->profiles()->remove(u"owner-lab"_qs));
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error.contains(u"Only the owner of owner-lab or a cluster administrator"),
             qPrintable(refused.error));
    QVERIFY(namespaceExists(m_cluster.store(), u"owner-lab"_qs));
    const auto removed = testing::waitFor(m_owner->profiles()->remove(u"owner-lab"_qs));
    QVERIFY2(removed.ok(), qPrintable(removed.error));
    QVERIFY(QTest::qWaitFor([&] { return !namespaceExists(m_cluster.store(), u"owner-lab"_qs); }));
    const auto after = testing::waitFor(m_owner->profiles()->accessible());
    QVERIFY(after.ok());
    QVERIFY(!find(after.value, u"owner-lab"_qs));
}

void TestKubeflowProfiles::kfamRefusesWhoMayNotReadTheProfile()
{
    // A user who may not even read the Profile is refused by KFAM itself, with the same words.
    ProfileRequest request;
    request.name = u"closed-lab"_qs;
    request.owner = kOwner;
    QVERIFY(testing::waitFor(m_owner->profiles()->create(request)).ok());
    auto stranger = m_cluster.openAtGateway(u"stranger"_qs, kStrangerToken);
    QVERIFY(stranger);
    const auto refused = testing::waitFor(stranger->profiles()->addContributor(
        u"closed-lab"_qs, u"me@example.com"_qs, ProfileRole::Edit));
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error.contains(u"Only the owner of closed-lab or a cluster administrator can "
                                    "add contributors") &&
                 refused.error.contains(u"403"),
             qPrintable(refused.error));
    const auto contributors = testing::waitFor(m_owner->profiles()->contributors(u"closed-lab"_qs));
    QCOMPARE(contributors.value.size(), 1);
    QVERIFY(testing::waitFor(m_owner->profiles()->remove(u"closed-lab"_qs)).ok());
}

void TestKubeflowProfiles::badInputIsRefusedBeforeSending()
{
    ProfileService *profiles = m_owner->profiles();
    ProfileRequest bad;
    bad.name = u"Bad_Name"_qs;
    bad.owner = kOwner;
    auto r = testing::waitFor(profiles->create(bad));
    QVERIFY(!r.ok());
    QVERIFY2(r.error.contains(u"lower-case"), qPrintable(r.error));
    bad.name = u"fine-name"_qs;
    bad.quota = {{u"cpu"_qs, u"lots"_qs}};
    r = testing::waitFor(profiles->create(bad));
    QVERIFY(!r.ok());
    QVERIFY2(r.error.contains(u"not a Kubernetes quantity"), qPrintable(r.error));
    QVERIFY(!namespaceExists(m_cluster.store(), u"fine-name"_qs));
    r = testing::waitFor(profiles->addContributor(u"x"_qs, u"two words"_qs, ProfileRole::View));
    QVERIFY(!r.ok());
    QVERIFY2(r.error.contains(u"spaces"), qPrintable(r.error));
}

void TestKubeflowProfiles::withoutTheServiceProxy()
{
    // The member may not use the kubeflow namespace's service proxy, where KFAM is without the
    // gateway: changes say to use the gateway; the profiles to switch to are found from the
    // namespaces and what the member may do in them.
    ProfileRequest request;
    request.name = u"proxy-lab"_qs;
    request.owner = kOwner;
    QVERIFY(testing::waitFor(m_owner->profiles()->create(request)).ok());
    QVERIFY(QTest::qWaitFor([&] { return namespaceExists(m_cluster.store(), u"proxy-lab"_qs); }));
    QVERIFY(testing::waitFor(
                m_owner->profiles()->addContributor(u"proxy-lab"_qs, kMember, ProfileRole::Edit))
                .ok());

    // Even the owner cannot make changes that way.
    auto ownerProxied = m_cluster.open(u"owner"_qs);
    QVERIFY(ownerProxied);
    const auto added = testing::waitFor(ownerProxied->profiles()->addContributor(
        u"proxy-lab"_qs, u"x@example.com"_qs, ProfileRole::View));
    QVERIFY(!added.ok());
    QVERIFY2(added.error.contains(u"service proxy") && added.error.contains(u"gateway"),
             qPrintable(added.error));

    auto proxied = m_cluster.open(u"member"_qs);
    QVERIFY(proxied);
    ProfileService *profiles = proxied->profiles();
    const auto mine = testing::waitFor(profiles->accessible());
    QVERIFY2(mine.ok(), qPrintable(mine.error));
    const ProfileInfo *lab = find(mine.value, u"proxy-lab"_qs);
    QVERIFY(lab);
    QCOMPARE(lab->role, ProfileRole::Edit);
    QCOMPARE(lab->owner, kOwner);
}

QTEST_GUILESS_MAIN(TestKubeflowProfiles)
#include "tst_kubeflowprofiles.moc"
