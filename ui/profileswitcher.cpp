#include "ui/profileswitcher.h"

#include "cluster/backend/backend.h"
#include "cluster/backend/backendregistry.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QSignalBlocker>

namespace kfw::ui {

using namespace kfw::backend;

namespace {

QString sourceText(const Identity &identity)
{
    if (identity.source == u"kubeconfig")
        return ProfileSwitcher::tr("the kubeconfig's user, as the API server reports it");
    if (identity.source == u"token")
        return ProfileSwitcher::tr("the token used at the Kubeflow gateway");
    return ProfileSwitcher::tr("your session at the Kubeflow gateway");
}

} // namespace

ProfileSwitcher::ProfileSwitcher(BackendRegistry *backends, QComboBox *box, QLabel *identity,
                                 QObject *parent)
    : QObject(parent)
    , m_backends(backends)
    , m_box(box)
    , m_identity(identity)
{
    m_askSoon.setSingleShot(true);
    m_askSoon.setInterval(0);
    connect(&m_askSoon, &QTimer::timeout, this, &ProfileSwitcher::askNow);
    m_identity->setObjectName(QStringLiteral("identityLabel"));
    m_identity->setVisible(false);
    connect(m_backends, &BackendRegistry::activeChanged, this,
            [this] { bind(m_backends->active()); });
    bind(m_backends->active());
}

void ProfileSwitcher::bind(Backend *backend)
{
    if (m_bound == backend)
        return;
    if (m_bound) {
        m_bound->disconnect(this);
        if (ProfileService *profiles = m_bound->profiles())
            profiles->disconnect(this);
    }
    m_bound = backend;
    if (backend) {
        connect(backend, &Backend::capabilitiesChanged, this, [this] { ask(); });
        if (ProfileService *profiles = backend->profiles())
            connect(profiles, &ProfileService::changed, this, [this] { ask(); });
    }
    ask();
}

ProfileService *ProfileSwitcher::service() const
{
    return m_bound && m_bound->can(Capability::Profiles) ? m_bound->profiles() : nullptr;
}

void ProfileSwitcher::refresh(const QString &current, const QString &hint)
{
    m_current = current;
    m_hint = hint;
    m_others.clear();
    for (int i = 0; i < m_box->count(); ++i) {
        if (!m_box->itemText(i).isEmpty())
            m_others << m_box->itemText(i);
    }
    ask();
}

void ProfileSwitcher::ask()
{
    // The window's refresh and the backend's signals come together when a cluster is detected:
    // one request for them all.
    m_askSoon.start();
}

void ProfileSwitcher::askNow()
{
    const quint64 generation = ++m_generation;
    ProfileService *profiles = service();
    m_identity->setVisible(profiles != nullptr);
    if (!profiles) {
        m_profiles.clear();
        return;
    }
    backend::whenFinished(
        profiles->identity(), this, [this, generation](const Result<Identity> &who) {
            if (generation != m_generation)
                return;
            if (!who.ok()) {
                m_identity->setText(tr("Unknown user"));
                m_identity->setToolTip(who.error);
            } else {
                const Identity &i = who.value;
                m_identity->setText(i.clusterAdmin ? tr("%1 (cluster admin)").arg(i.user) : i.user);
                QString tip = tr("Signed in as %1, from %2.").arg(i.user, sourceText(i));
                if (!i.groups.isEmpty())
                    tip += u'\n' + tr("Groups: %1").arg(i.groups.join(u", "));
                for (auto it = i.claims.begin(); it != i.claims.end(); ++it)
                    tip += u'\n' + tr("Claim %1: %2").arg(it.key(), it.value());
                m_identity->setToolTip(tip);
            }
            emit refreshed();
        });
    backend::whenFinished(
        profiles->accessible(), this, [this, generation](const Result<QList<ProfileInfo>> &r) {
            if (generation != m_generation)
                return;
            const QString hint = m_hint.isEmpty() ? QString() : m_hint + u'\n';
            if (!r.ok()) {
                m_box->setToolTip(hint + tr("Your profiles cannot be listed: %1").arg(r.error));
                emit refreshed();
                return;
            }
            m_profiles = r.value;
            const QSignalBlocker blocker(m_box);
            const QString shown = m_box->currentText().isEmpty() ? m_current : m_box->currentText();
            // The profiles first, then the other namespaces the user may list.
            QStringList others = m_others;
            m_box->clear();
            for (const ProfileInfo &p : std::as_const(m_profiles)) {
                others.removeAll(p.name);
                m_box->addItem(p.name, p.name);
                m_box->setItemData(m_box->count() - 1,
                                   tr("Profile; your role: %1").arg(roleTitle(p.role)),
                                   Qt::ToolTipRole);
            }
            if (!m_profiles.isEmpty() && !others.isEmpty())
                m_box->insertSeparator(m_box->count());
            m_box->addItems(others);
            m_box->setEditText(shown);
            m_box->setToolTip(m_profiles.isEmpty()
                                  ? hint + tr("You have no profile on this cluster yet; create "
                                              "one on the Profiles page.")
                                  : tr("Profile (namespace) of the cluster pages"));
            emit refreshed();
        });
}

} // namespace kfw::ui
