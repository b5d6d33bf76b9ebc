#include "cluster/kubeflow/kubeflowprofiles.h"

#include "cluster/kube/quantity.h"
#include "cluster/kube/resourcekind.h"
#include "cluster/kubeflow/servicecalls.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPointer>
#include <QRegularExpression>

#include <algorithm>

namespace kfw::kubeflow {

using namespace kfw::backend;
using calls::chain;
using calls::failed;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("kfw::kubeflow::KubeflowProfileService", text);
}

// The ResourceQuota the profile controller keeps equal to a Profile's resourceQuotaSpec.
const QString kQuotaName = QStringLiteral("kf-resource-quota");
// The label the profile controller puts on a profile's namespace.
const QString kProfileLabel = QStringLiteral("app.kubernetes.io/part-of=kubeflow-profile");

template<typename T>
QFuture<T> ready(T value)
{
    return QtFuture::makeReadyFuture(std::move(value));
}

// KFAM said no (or the gateway did): a message that says who may.
bool refused(const kube::ApiResponse &r)
{
    return r.status == 401 || r.status == 403;
}

// The API server refused the service proxy itself (a Kubernetes Status), not KFAM.
bool proxyRefused(const kube::ApiResponse &r)
{
    return r.status == 403 && r.object.value(u"kind").toString() == u"Status";
}

QString kfamFailure(const kube::ApiResponse &r, const QString &refusal)
{
    if (proxyRefused(r))
        return tr("You may not reach Kubeflow's access management through the API server's "
                  "service proxy (%1). Connect through the Kubeflow gateway instead: Backend "
                  "menu ▸ Pipelines connection…")
            .arg(r.error);
    if (refused(r))
        return refusal + u' ' + tr("(The server said: %1)").arg(r.error);
    if (r.status == 404 || r.status == 502 || r.status == 503 || r.status == 0)
        return tr("Kubeflow's access management (KFAM) cannot be reached: %1. Check that the "
                  "profiles-kfam service runs in the kubeflow namespace.")
            .arg(r.error);
    return r.error;
}

QList<QuotaEntry> quotaOf(const QJsonObject &hard, const QJsonObject &used)
{
    QList<QuotaEntry> entries;
    for (auto it = hard.begin(); it != hard.end(); ++it)
        entries << QuotaEntry{it.key(), it.value().toString(),
                              used.contains(it.key()) ? used.value(it.key()).toString()
                                                      : QString()};
    return entries;
}

bool lessByName(const ProfileInfo &a, const ProfileInfo &b)
{
    return a.name < b.name;
}

// Whether role a gives at least as much as role b.
int strength(ProfileRole role)
{
    switch (role) {
    case ProfileRole::Owner:
        return 4;
    case ProfileRole::Admin:
        return 3;
    case ProfileRole::Edit:
        return 2;
    case ProfileRole::View:
        return 1;
    case ProfileRole::None:
        break;
    }
    return 0;
}

} // namespace

ProfileInfo profileFromJson(const QJsonObject &profile)
{
    ProfileInfo p;
    const QJsonObject metadata = profile.value(u"metadata").toObject();
    const QJsonObject spec = profile.value(u"spec").toObject();
    p.name = metadata.value(u"name").toString();
    p.created = QDateTime::fromString(metadata.value(u"creationTimestamp").toString(), Qt::ISODate);
    p.owner = spec.value(u"owner").toObject().value(u"name").toString();
    p.quota = quotaOf(spec.value(u"resourceQuotaSpec").toObject().value(u"hard").toObject(), {});
    for (const QJsonValue &c : profile.value(u"status").toObject().value(u"conditions").toArray()) {
        const QJsonObject condition = c.toObject();
        const QString type = condition.value(u"type").toString();
        if (type == u"Failed" || condition.value(u"status").toString() == u"False")
            p.problem = condition.value(u"message").toString(type);
    }
    return p;
}

QJsonObject profileObject(const ProfileRequest &request)
{
    QJsonObject spec{
        {QStringLiteral("owner"), QJsonObject{{QStringLiteral("kind"), QStringLiteral("User")},
                                              {QStringLiteral("name"), request.owner.trimmed()}}}};
    if (!request.quota.isEmpty()) {
        QJsonObject hard;
        for (auto it = request.quota.begin(); it != request.quota.end(); ++it)
            hard.insert(it.key(), it.value().trimmed());
        spec.insert(QStringLiteral("resourceQuotaSpec"),
                    QJsonObject{{QStringLiteral("hard"), hard}});
    }
    if (!request.plugins.isEmpty())
        spec.insert(QStringLiteral("plugins"), request.plugins);
    // As the Central Dashboard sends it: KFAM decodes it into its Profile type.
    return QJsonObject{
        {QStringLiteral("metadata"), QJsonObject{{QStringLiteral("name"), request.name.trimmed()}}},
        {QStringLiteral("spec"), spec}};
}

KubeflowProfileService::KubeflowProfileService(QObject *parent)
    : ProfileService(parent)
{}

void KubeflowProfileService::set(std::shared_ptr<const kube::KubeClient> kube,
                                 std::shared_ptr<const kube::KubeClient> gateway,
                                 const QString &gatewayToken)
{
    ++m_generation;
    m_kube = std::move(kube);
    m_gateway = std::move(gateway);
    m_gatewayToken = gatewayToken;
    m_session.reset();
    // Callers waiting for the old session get an answer too.
    for (const auto &promise : std::exchange(m_waiting, {})) {
        promise->addResult(SessionResult::failure(tr("The cluster connection changed.")));
        promise->finish();
    }
}

QMap<QString, QString> KubeflowProfileService::jwtClaims(const QString &token)
{
    QMap<QString, QString> claims;
    const QStringList parts = token.trimmed().split(u'.');
    if (parts.size() != 3)
        return claims;
    const QByteArray payload = QByteArray::fromBase64(
        parts.at(1).toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    const QJsonObject object = QJsonDocument::fromJson(payload).object();
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QJsonValue v = it.value();
        if (v.isString())
            claims.insert(it.key(), v.toString());
        else if (v.isDouble())
            claims.insert(it.key(), QString::number(qint64(v.toDouble())));
        else if (v.isBool())
            claims.insert(it.key(), v.toBool() ? QStringLiteral("true") : QStringLiteral("false"));
        else if (v.isArray())
            claims.insert(it.key(), v.toVariant().toStringList().join(u", "));
    }
    return claims;
}

QFuture<Result<Identity>> KubeflowProfileService::findIdentity() const
{
    if (m_gateway) {
        // oauth2-proxy says whose session or token it is; an id token says it itself too.
        const QMap<QString, QString> claims = jwtClaims(m_gatewayToken);
        const bool token = !m_gatewayToken.isEmpty();
        http::Request request;
        request.url = m_gateway->url(QStringLiteral("/oauth2/userinfo"));
        request.headers << qMakePair(QByteArray("Accept"), QByteArray("application/json"));
        return m_gateway->send(request).then(
            QtFuture::Launch::Sync, [claims, token](const kube::ApiResponse &r) {
                Identity identity;
                identity.source =
                    token ? QStringLiteral("token") : QStringLiteral("gateway session");
                identity.claims = claims;
                identity.user = r.object.value(u"email").toString(
                    r.object.value(u"user").toString(claims.value(QStringLiteral("email"))));
                for (const QJsonValue &g : r.object.value(u"groups").toArray())
                    identity.groups << g.toString();
                if (identity.user.isEmpty())
                    return Result<Identity>::failure(
                        r.ok()
                            ? tr("The Kubeflow gateway did not say who you are.")
                            : tr("The Kubeflow gateway did not say who you are: %1").arg(r.error));
                return Result<Identity>{identity, {}};
            });
    }
    return m_kube->selfSubjectReview().then(QtFuture::Launch::Sync, [](const kube::ApiResponse &r) {
        if (!r.ok())
            return Result<Identity>::failure(
                tr("The cluster did not say who you are (SelfSubjectReview): %1").arg(r.error));
        const QJsonObject info = r.object.value(u"status").toObject().value(u"userInfo").toObject();
        Identity identity;
        identity.source = QStringLiteral("kubeconfig");
        identity.user = info.value(u"username").toString();
        for (const QJsonValue &g : info.value(u"groups").toArray())
            identity.groups << g.toString();
        return Result<Identity>{identity, {}};
    });
}

QFuture<KubeflowProfileService::SessionResult> KubeflowProfileService::session()
{
    if (m_session)
        return ready(SessionResult{*m_session, {}});
    if (!m_kube)
        return ready(SessionResult::failure(tr("The cluster is not connected.")));
    auto promise = std::make_shared<QPromise<SessionResult>>();
    promise->start();
    const bool first = m_waiting.empty();
    m_waiting.push_back(promise);
    if (first)
        startSession();
    return promise->future();
}

void KubeflowProfileService::startSession()
{
    const quint64 generation = m_generation;
    const auto kube = m_kube;
    const auto gateway = m_gateway;
    const QPointer<KubeflowProfileService> self(this);
    const auto finish = [self, generation](const SessionResult &r) {
        if (!self || generation != self->m_generation)
            return;
        if (r.ok())
            self->m_session = r.value;
        for (const auto &promise : std::exchange(self->m_waiting, {})) {
            promise->addResult(r);
            promise->finish();
        }
    };
    whenFinished(findIdentity(), this, [this, kube, gateway, finish](const Result<Identity> &who) {
        if (!who.ok())
            return finish(SessionResult::failure(who.error));
        // Through the gateway KFAM learns the caller from the gateway; through the service
        // proxy it is told.
        auto kfam = gateway ? std::make_shared<const KfamClient>(gateway, QStringLiteral("/kfam"))
                            : std::make_shared<const KfamClient>(
                                  kube, KfamClient::serviceProxyPath(), who.value.user);
        whenFinished(kfam->isClusterAdmin(who.value.user), this,
                     [who, kfam, finish](const kube::ApiResponse &admin) {
                         Session s{who.value, kfam};
                         s.identity.clusterAdmin = admin.ok() && admin.value.toBool();
                         finish(SessionResult{s, {}});
                     });
    });
}

QFuture<Result<Identity>> KubeflowProfileService::identity()
{
    return session().then(QtFuture::Launch::Sync, [](const SessionResult &s) {
        return s.ok() ? Result<Identity>{s.value.identity, {}} : Result<Identity>::failure(s.error);
    });
}

QFuture<Result<QList<ProfileInfo>>> KubeflowProfileService::accessible()
{
    const Kube kube = m_kube;
    return chain<QList<ProfileInfo>>(session(), [kube](const SessionResult &s) {
        if (!s.ok())
            return failed<QList<ProfileInfo>>(s.error);
        // A cluster administrator may work in every profile.
        return accessibleFor(kube, s.value, s.value.identity.clusterAdmin);
    });
}

QFuture<KubeflowProfileService::Profiles>
KubeflowProfileService::accessibleFor(const Kube &kube, const Session &session, bool every)
{
    const QString me = session.identity.user;
    return chain<QList<ProfileInfo>>(
        session.kfam->bindings(me, {}), [session, me, kube, every](const kube::ApiResponse &r) {
            if (!r.ok())
                return accessibleByReview(kube, session, r.error);
            QMap<QString, ProfileInfo> byName;
            for (const KfamBinding &b : KfamClient::bindingsOf(r)) {
                if (b.user != me || b.ns.isEmpty())
                    continue;
                ProfileInfo &p = byName[b.ns];
                p.name = b.ns;
                const ProfileRole role = roleFromName(b.role);
                if (strength(role) > strength(p.role))
                    p.role = role;
            }
            // Owners are told apart from admins by the Profile, where the user may read it; with
            // every, the profiles the user has no role in are kept too.
            return kube->listAll(kube::kinds::profiles(), {})
                .then(QtFuture::Launch::Sync, [byName, me,
                                               every](const kube::ListResult &profiles) {
                    if (every && !profiles.ok())
                        return Result<QList<ProfileInfo>>::failure(
                            tr("The profiles cannot be listed: %1").arg(profiles.error));
                    QMap<QString, ProfileInfo> out = every ? QMap<QString, ProfileInfo>() : byName;
                    for (const QJsonObject &o : profiles.items) {
                        ProfileInfo p = profileFromJson(o);
                        if (p.owner == me)
                            p.role = ProfileRole::Owner;
                        else if (byName.contains(p.name))
                            p.role = byName.value(p.name).role;
                        else if (!every)
                            continue;
                        out[p.name] = p;
                    }
                    return Result<QList<ProfileInfo>>{out.values(), {}};
                });
        });
}

QFuture<KubeflowProfileService::Profiles>
KubeflowProfileService::accessibleByReview(const Kube &kube, const Session &session,
                                           const QString &kfamError)
{
    // Without KFAM: the profiles (or the namespaces labelled as profiles) the user may read, and
    // what the user may do in each.
    const QString me = session.identity.user;
    kube::ListOptions labelled;
    labelled.labelSelector = kProfileLabel;
    auto profiles = kube->listAll(kube::kinds::profiles(), {});
    return chain<QList<ProfileInfo>>(profiles, [kube, me, kfamError,
                                                labelled](const kube::ListResult &fromProfiles) {
        const auto candidates = [kube, labelled, fromProfiles]() -> QFuture<kube::ListResult> {
            if (fromProfiles.ok())
                return QtFuture::makeReadyFuture(fromProfiles);
            return kube->listAll(kube::kinds::namespaces(), {}, labelled);
        };
        return chain<QList<ProfileInfo>>(candidates(), [kube, me,
                                                        kfamError](const kube::ListResult &found) {
            if (!found.ok())
                return failed<QList<ProfileInfo>>(
                    tr("Your profiles cannot be listed: Kubeflow's access management answered "
                       "\"%1\", and the cluster's profiles and namespaces cannot be read either "
                       "(%2).")
                        .arg(kfamError, found.error));
            QList<QFuture<ProfileInfo>> checks;
            for (const QJsonObject &object : found.items) {
                ProfileInfo p = profileFromJson(object);
                if (object.value(u"kind").toString() == u"Namespace" || p.owner.isEmpty())
                    p.owner = object.value(u"metadata")
                                  .toObject()
                                  .value(u"annotations")
                                  .toObject()
                                  .value(u"owner")
                                  .toString();
                const QList<std::pair<QString, const kube::ResourceKind *>> reviews = {
                    {QStringLiteral("create"), &kube::kinds::roleBindings()},
                    {QStringLiteral("create"), &kube::kinds::pods()},
                    {QStringLiteral("list"), &kube::kinds::pods()}};
                QList<QFuture<kube::ApiResponse>> asked;
                for (const auto &[verb, kind] : reviews)
                    asked << kube->accessReview(verb, *kind, p.name);
                checks << QtFuture::whenAll(asked.begin(), asked.end())
                              .then(QtFuture::Launch::Sync,
                                    [p, me](const QList<QFuture<kube::ApiResponse>> &answers) {
                                        ProfileInfo out = p;
                                        const ProfileRole roles[] = {ProfileRole::Admin,
                                                                     ProfileRole::Edit,
                                                                     ProfileRole::View};
                                        for (int i = 0; i < 3; ++i) {
                                            const kube::ApiResponse a = answers.at(i).result();
                                            if (a.ok() && a.object.value(u"status")
                                                              .toObject()
                                                              .value(u"allowed")
                                                              .toBool()) {
                                                out.role = roles[i];
                                                break;
                                            }
                                        }
                                        if (out.role != ProfileRole::None && out.owner == me)
                                            out.role = ProfileRole::Owner;
                                        return out;
                                    });
            }
            if (checks.isEmpty())
                return ready(Result<QList<ProfileInfo>>{});
            return QtFuture::whenAll(checks.begin(), checks.end())
                .then(QtFuture::Launch::Sync, [](const QList<QFuture<ProfileInfo>> &done) {
                    Result<QList<ProfileInfo>> out;
                    for (const QFuture<ProfileInfo> &f : done) {
                        if (f.result().role != ProfileRole::None)
                            out.value << f.result();
                    }
                    return out;
                });
        });
    });
}

QFuture<ProfileInfo> KubeflowProfileService::described(const Kube &kube, ProfileInfo profile,
                                                       const Session &session)
{
    auto quota = kube->get(kube::kinds::resourceQuotas(), profile.name, kQuotaName);
    auto bindings = session.kfam->bindings({}, profile.name);
    QList<QFuture<kube::ApiResponse>> both{quota, bindings};
    return QtFuture::whenAll(both.begin(), both.end())
        .then(QtFuture::Launch::Sync, [profile](const QList<QFuture<kube::ApiResponse>> &done) {
            ProfileInfo p = profile;
            const kube::ApiResponse q = done.at(0).result();
            if (q.ok()) {
                const QJsonObject status = q.object.value(u"status").toObject();
                const QJsonObject hard =
                    status.contains(u"hard")
                        ? status.value(u"hard").toObject()
                        : q.object.value(u"spec").toObject().value(u"hard").toObject();
                p.quota = quotaOf(hard, status.value(u"used").toObject());
            }
            const kube::ApiResponse b = done.at(1).result();
            if (b.ok()) {
                int count = 0;
                for (const KfamBinding &binding : KfamClient::bindingsOf(b)) {
                    if (binding.ns == p.name && binding.user != p.owner)
                        ++count;
                }
                p.contributors = count;
            }
            return p;
        });
}

QFuture<Result<QList<ProfileInfo>>> KubeflowProfileService::list()
{
    const Kube kube = m_kube;
    return chain<QList<ProfileInfo>>(session(), [kube](const SessionResult &s) {
        if (!s.ok())
            return failed<QList<ProfileInfo>>(s.error);
        const Session session = s.value;
        const auto describeAll = [kube, session](const QList<ProfileInfo> &profiles) {
            QList<QFuture<ProfileInfo>> all;
            for (const ProfileInfo &p : profiles)
                all << described(kube, p, session);
            if (all.isEmpty())
                return ready(Result<QList<ProfileInfo>>{});
            return QtFuture::whenAll(all.begin(), all.end())
                .then(QtFuture::Launch::Sync, [](const QList<QFuture<ProfileInfo>> &done) {
                    Result<QList<ProfileInfo>> out;
                    for (const QFuture<ProfileInfo> &f : done)
                        out.value << f.result();
                    std::sort(out.value.begin(), out.value.end(), lessByName);
                    return out;
                });
        };
        // A cluster administrator sees every profile, with their own role where they have one.
        auto profiles = accessibleFor(kube, session, session.identity.clusterAdmin);
        return chain<QList<ProfileInfo>>(profiles,
                                         [describeAll](const Result<QList<ProfileInfo>> &r) {
                                             if (!r.ok())
                                                 return failed<QList<ProfileInfo>>(r.error);
                                             return describeAll(r.value);
                                         });
    });
}

QFuture<Result<Done>> KubeflowProfileService::announce(QFuture<Result<Done>> call,
                                                       const QString &profile)
{
    return onSuccess(call, this, [this, profile](const Result<Done> &) { emit changed(profile); });
}

QFuture<Result<Done>> KubeflowProfileService::create(const ProfileRequest &request)
{
    if (const QString problem = kube::namespaceNameProblem(request.name.trimmed());
        !problem.isEmpty())
        return failed<Done>(tr("The profile name cannot be used: %1").arg(problem));
    if (request.owner.trimmed().isEmpty())
        return failed<Done>(tr("Enter the owner of the profile (their user name or email)."));
    for (auto it = request.quota.begin(); it != request.quota.end(); ++it) {
        if (const QString problem = kube::quantityProblem(it.value()); !problem.isEmpty())
            return failed<Done>(tr("The quota for %1 cannot be used: %2").arg(it.key(), problem));
    }
    const QJsonObject profile = profileObject(request);
    const QString name = request.name.trimmed();
    return announce(
        chain<Done>(session(),
                    [profile, name](const SessionResult &s) {
                        if (!s.ok())
                            return failed<Done>(s.error);
                        return s.value.kfam->createProfile(profile).then(
                            QtFuture::Launch::Sync, [name](const kube::ApiResponse &r) {
                                if (r.ok())
                                    return Result<Done>{};
                                return Result<Done>::failure(kfamFailure(
                                    r, tr("You may not create the profile %1.").arg(name)));
                            });
                    }),
        name);
}

QFuture<Result<Done>> KubeflowProfileService::setQuota(const QString &profile,
                                                       const QMap<QString, QString> &quota)
{
    QJsonObject hard;
    for (auto it = quota.begin(); it != quota.end(); ++it) {
        if (const QString problem = kube::quantityProblem(it.value()); !problem.isEmpty())
            return failed<Done>(tr("The quota for %1 cannot be used: %2").arg(it.key(), problem));
        hard.insert(it.key(), it.value().trimmed());
    }
    if (!m_kube)
        return failed<Done>(tr("The cluster is not connected."));
    // "add" replaces the whole quota (a merge patch would keep resources left out).
    const QJsonArray patch{QJsonObject{
        {QStringLiteral("op"), QStringLiteral("add")},
        {QStringLiteral("path"), QStringLiteral("/spec/resourceQuotaSpec")},
        {QStringLiteral("value"),
         hard.isEmpty() ? QJsonObject{} : QJsonObject{{QStringLiteral("hard"), hard}}}}};
    auto call = m_kube
                    ->patch(kube::kinds::profiles(), {}, profile, kube::PatchType::Json,
                            QJsonDocument(patch).toJson(QJsonDocument::Compact))
                    .then(QtFuture::Launch::Sync, [profile](const kube::ApiResponse &r) {
                        if (r.ok())
                            return Result<Done>{};
                        if (r.status == 403)
                            return Result<Done>::failure(
                                tr("Only a cluster administrator can change the quota of %1: "
                                   "Kubeflow's profile controller keeps the namespace's quota "
                                   "equal to the Profile, which other users may not edit. (%2)")
                                    .arg(profile, r.error));
                        return Result<Done>::failure(r.error);
                    });
    return announce(call, profile);
}

QFuture<Result<Done>> KubeflowProfileService::ownersChange(
    const QString &profile, const QString &refusal,
    std::function<QFuture<kube::ApiResponse>(const KfamClient &)> call)
{
    const Kube kube = m_kube;
    return announce(
        chain<Done>(
            session(),
            [kube, profile, refusal, call](const SessionResult &s) {
                if (!s.ok())
                    return failed<Done>(s.error);
                const Session session = s.value;
                return chain<
                    Done>(kube->get(kube::kinds::profiles(), {}, profile), [session, profile,
                                                                            refusal,
                                                                            call](const kube::
                                                                                      ApiResponse
                                                                                          &read) {
                    // KFAM lets only the owner or a cluster administrator change a profile; said
                    // here when the Profile shows it, without asking (a refused session at the
                    // gateway would look like an expired one).
                    const QString owner =
                        read.ok() ? profileFromJson(read.object).owner : QString();
                    const bool mayChange =
                        session.identity.clusterAdmin || owner == session.identity.user;
                    if (!owner.isEmpty() && !mayChange)
                        return failed<Done>(refusal);
                    return call(*session.kfam)
                        .then(QtFuture::Launch::Sync, [profile, refusal, mayChange,
                                                       owner](const kube::ApiResponse &r) {
                            if (r.ok())
                                return Result<Done>{};
                            if (refused(r) && !proxyRefused(r) && mayChange && !owner.isEmpty())
                                return Result<Done>::failure(
                                    tr("Kubeflow refused the change to %1 although you may make "
                                       "it (%2). The gateway may keep Kubeflow's access "
                                       "management to the Central Dashboard (Istio's "
                                       "AuthorizationPolicy profiles-kfam does by default): ask "
                                       "an administrator to allow it, or use a context that may "
                                       "use the API server's service proxy.")
                                        .arg(profile, r.error));
                            return Result<Done>::failure(kfamFailure(r, refusal));
                        });
                });
            }),
        profile);
}

QFuture<Result<Done>> KubeflowProfileService::remove(const QString &profile)
{
    return ownersChange(
        profile, tr("Only the owner of %1 or a cluster administrator can delete it.").arg(profile),
        [profile](const KfamClient &kfam) { return kfam.deleteProfile(profile); });
}

QFuture<Result<QList<Contributor>>> KubeflowProfileService::contributors(const QString &profile)
{
    const auto kube = m_kube;
    return chain<QList<Contributor>>(session(), [profile, kube](const SessionResult &s) {
        if (!s.ok())
            return failed<QList<Contributor>>(s.error);
        auto owner = kube->get(kube::kinds::profiles(), {}, profile);
        auto bindings = s.value.kfam->bindings({}, profile);
        QList<QFuture<kube::ApiResponse>> both{owner, bindings};
        return QtFuture::whenAll(both.begin(), both.end())
            .then(QtFuture::Launch::Sync, [profile](const QList<QFuture<kube::ApiResponse>> &done) {
                const kube::ApiResponse b = done.at(1).result();
                if (!b.ok())
                    return Result<QList<Contributor>>::failure(
                        kfamFailure(b, tr("You may not see who contributes to %1.").arg(profile)));
                const QString ownerName = profileFromJson(done.at(0).result().object).owner;
                Result<QList<Contributor>> out;
                for (const KfamBinding &binding : KfamClient::bindingsOf(b)) {
                    if (binding.ns != profile)
                        continue;
                    const bool isOwner = !ownerName.isEmpty() && binding.user == ownerName;
                    out.value << Contributor{binding.user, isOwner ? ProfileRole::Owner
                                                                   : roleFromName(binding.role)};
                }
                std::sort(out.value.begin(), out.value.end(),
                          [](const Contributor &x, const Contributor &y) {
                              if (strength(x.role) != strength(y.role))
                                  return strength(x.role) > strength(y.role);
                              return x.user < y.user;
                          });
                return out;
            });
    });
}

QFuture<Result<Done>> KubeflowProfileService::addContributor(const QString &profile,
                                                             const QString &user, ProfileRole role)
{
    const QString who = user.trimmed();
    if (who.isEmpty())
        return failed<Done>(tr("Enter the contributor's user name (usually their email)."));
    if (who.contains(QRegularExpression(QStringLiteral("\\s"))))
        return failed<Done>(tr("A user name cannot contain spaces."));
    if (role != ProfileRole::Admin && role != ProfileRole::Edit && role != ProfileRole::View)
        return failed<Done>(tr("Choose the role admin, edit or view."));
    const KfamBinding binding{who, profile, roleName(role), {}};
    return ownersChange(
        profile,
        tr("Only the owner of %1 or a cluster administrator can add contributors.").arg(profile),
        [binding](const KfamClient &kfam) { return kfam.createBinding(binding); });
}

QFuture<Result<Done>> KubeflowProfileService::removeContributor(const QString &profile,
                                                                const Contributor &contributor)
{
    if (contributor.role == ProfileRole::Owner)
        return failed<Done>(tr("%1 owns %2 and cannot be removed from it; a cluster administrator "
                               "can give the profile another owner.")
                                .arg(contributor.user, profile));
    const KfamBinding binding{contributor.user, profile, roleName(contributor.role), {}};
    return ownersChange(
        profile,
        tr("Only the owner of %1 or a cluster administrator can remove contributors.").arg(profile),
        [binding](const KfamClient &kfam) { return kfam.deleteBinding(binding); });
}

} // namespace kfw::kubeflow
