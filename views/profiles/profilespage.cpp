#include "views/profiles/profilespage.h"

#include "cluster/backend/backend.h"
#include "cluster/backend/backendregistry.h"
#include "ui/actionregistry.h"
#include "ui/notificationcenter.h"
#include "ui/pageaction.h"
#include "views/profiles/profiledialogs.h"
#include "views/profiles/profilelistmodel.h"

#include <QAction>
#include <QComboBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace kfw::views {

using namespace kfw::backend;

ProfilesPage::ProfilesPage(const ui::ShellContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_model(new ProfileListModel(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 10, 12, 10);

    // Who the user is, and the actions on profiles.
    auto *bar = new QHBoxLayout;
    m_identity = new QLabel(this);
    m_identity->setObjectName(QStringLiteral("profilesIdentity"));
    m_identity->setTextInteractionFlags(Qt::TextSelectableByMouse);
    bar->addWidget(m_identity, 1);
    m_newProfile = ui::addPageAction(
        this, bar, tr("New Profile…"), QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_N),
        tr("Create a profile: a namespace with an owner, contributors and a "
           "quota (Ctrl+Alt+N)"));
    m_editQuota =
        ui::addPageAction(this, bar, tr("Edit Quota…"), QKeySequence(Qt::CTRL | Qt::Key_E),
                          tr("Change the resource quota of the selected profile (Ctrl+E)"));
    m_delete =
        ui::addPageAction(this, bar, tr("Delete Profile…"), QKeySequence(QKeySequence::Delete),
                          tr("Delete the selected profile and its namespace (Del)"));
    m_refresh =
        ui::addPageAction(this, bar, tr("Refresh Profiles"), QKeySequence(QKeySequence::Refresh),
                          tr("Read the profiles again (F5)"));
    // These work wherever the focus is while the page shows; Del only in the page, where the
    // profile table has the selection.
    for (QAction *a : {m_newProfile, m_editQuota, m_refresh})
        a->setShortcutContext(Qt::WindowShortcut);
    m_newProfile->setObjectName(QStringLiteral("profiles.new"));
    m_refresh->setObjectName(QStringLiteral("profiles.refresh"));
    connect(m_newProfile, &QAction::triggered, this, &ProfilesPage::createProfile);
    connect(m_editQuota, &QAction::triggered, this, &ProfilesPage::editQuota);
    connect(m_delete, &QAction::triggered, this, &ProfilesPage::deleteProfile);
    connect(m_refresh, &QAction::triggered, this, &ProfilesPage::refresh);
    if (m_context.actions) {
        for (QAction *a : {m_newProfile, m_editQuota, m_delete, m_refresh})
            m_context.actions->add(a, tr("Profiles"));
    }
    layout->addLayout(bar);

    m_unavailable = new QLabel(this);
    m_unavailable->setObjectName(QStringLiteral("profilesUnavailable"));
    m_unavailable->setWordWrap(true);
    m_unavailable->hide();
    layout->addWidget(m_unavailable);

    // A user without a profile is offered one.
    m_firstTime = new QWidget(this);
    auto *firstLayout = new QHBoxLayout(m_firstTime);
    firstLayout->setContentsMargins(0, 4, 0, 4);
    auto *firstText = new QLabel(tr("You have no profile on this cluster yet. A profile gives you "
                                    "a namespace of your own for notebooks, pipelines and "
                                    "experiments, which you can share with others."),
                                 m_firstTime);
    firstText->setWordWrap(true);
    firstLayout->addWidget(firstText, 1);
    auto *firstButton = new QPushButton(tr("Create Your Profile…"), m_firstTime);
    firstButton->setObjectName(QStringLiteral("createFirstProfile"));
    connect(firstButton, &QPushButton::clicked, this, &ProfilesPage::createProfile);
    firstLayout->addWidget(firstButton);
    m_firstTime->hide();
    layout->addWidget(m_firstTime);

    m_content = new QSplitter(Qt::Horizontal, this);
    auto *splitter = static_cast<QSplitter *>(m_content);
    m_table = new QTableView(splitter);
    m_table->setObjectName(QStringLiteral("profilesTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setSortingEnabled(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAlternatingRowColors(true);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ProfilesPage::showSelected);

    auto *details = new QWidget(splitter);
    auto *detailLayout = new QVBoxLayout(details);
    detailLayout->setContentsMargins(8, 0, 0, 0);
    m_title = new QLabel(details);
    m_title->setWordWrap(true);
    m_title->setTextFormat(Qt::RichText);
    detailLayout->addWidget(m_title);
    m_problem = new QLabel(details);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #d32f2f"));
    m_problem->hide();
    detailLayout->addWidget(m_problem);

    auto *quotaBox = new QGroupBox(tr("Quota use"), details);
    m_quotaBars = quotaBox;
    m_quotaLayout = new QVBoxLayout(quotaBox);
    detailLayout->addWidget(quotaBox);

    auto *contributorsBox = new QGroupBox(tr("Owner and contributors"), details);
    auto *contributorsLayout = new QVBoxLayout(contributorsBox);
    m_contributors = new QTableWidget(0, 2, contributorsBox);
    m_contributors->setObjectName(QStringLiteral("contributorsTable"));
    m_contributors->setHorizontalHeaderLabels({tr("User"), tr("Role")});
    m_contributors->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_contributors->verticalHeader()->hide();
    m_contributors->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_contributors->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_contributors->setSelectionMode(QAbstractItemView::SingleSelection);
    contributorsLayout->addWidget(m_contributors);
    auto *addRow = new QHBoxLayout;
    m_contributorUser = new QLineEdit(contributorsBox);
    m_contributorUser->setObjectName(QStringLiteral("contributorUser"));
    m_contributorUser->setPlaceholderText(tr("User to add, e.g. ana@example.com"));
    m_contributorUser->setClearButtonEnabled(true);
    addRow->addWidget(m_contributorUser, 1);
    m_contributorRole = new QComboBox(contributorsBox);
    m_contributorRole->setObjectName(QStringLiteral("contributorRole"));
    const std::pair<ProfileRole, QString> roles[] = {
        {ProfileRole::Edit, tr("Use and change everything in the namespace")},
        {ProfileRole::View, tr("Read everything in the namespace, change nothing")},
        {ProfileRole::Admin, tr("Edit, and also manage who may use the namespace")}};
    for (const auto &[role, description] : roles) {
        m_contributorRole->addItem(roleTitle(role), int(role));
        m_contributorRole->setItemData(m_contributorRole->count() - 1, description,
                                       Qt::ToolTipRole);
    }
    m_contributorRole->setToolTip(tr("The role to give: Edit, View or Admin"));
    addRow->addWidget(m_contributorRole);
    m_addContributor = new QPushButton(tr("Add"), contributorsBox);
    m_addContributor->setObjectName(QStringLiteral("addContributor"));
    m_addContributor->setToolTip(tr("Give the user this role in the profile (Enter)"));
    addRow->addWidget(m_addContributor);
    m_removeContributor = new QPushButton(tr("Remove"), contributorsBox);
    m_removeContributor->setObjectName(QStringLiteral("removeContributor"));
    m_removeContributor->setToolTip(tr("Take the selected contributor's access away"));
    addRow->addWidget(m_removeContributor);
    contributorsLayout->addLayout(addRow);
    connect(m_addContributor, &QPushButton::clicked, this, &ProfilesPage::addContributor);
    connect(m_contributorUser, &QLineEdit::returnPressed, this, &ProfilesPage::addContributor);
    connect(m_removeContributor, &QPushButton::clicked, this, &ProfilesPage::removeContributor);
    connect(m_contributorUser, &QLineEdit::textChanged, this, &ProfilesPage::updateActions);
    connect(m_contributors, &QTableWidget::itemSelectionChanged, this,
            &ProfilesPage::updateActions);
    detailLayout->addWidget(contributorsBox, 1);

    m_message = new QLabel(details);
    m_message->setObjectName(QStringLiteral("profilesMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    detailLayout->addWidget(m_message);

    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({640, 420});
    layout->addWidget(m_content, 1);

    if (m_context.backends) {
        connect(m_context.backends, &BackendRegistry::activeChanged, this,
                [this] { bindBackend(m_context.backends->active()); });
        bindBackend(m_context.backends->active());
    }
}

ProfileService *ProfilesPage::service() const
{
    return m_backend && m_backend->can(Capability::Profiles) ? m_backend->profiles() : nullptr;
}

void ProfilesPage::bindBackend(Backend *backend)
{
    if (m_backend) {
        m_backend->disconnect(this);
        if (ProfileService *profiles = m_backend->profiles())
            profiles->disconnect(this);
    }
    m_backend = backend;
    if (backend) {
        connect(backend, &Backend::capabilitiesChanged, this, &ProfilesPage::refresh);
        if (ProfileService *profiles = backend->profiles())
            connect(profiles, &ProfileService::changed, this, [this](const QString &name) {
                if (!name.isEmpty() && m_model->rowOf(name) < 0)
                    m_selectAfterLoad = name;
                refresh();
            });
    }
    refresh();
}

void ProfilesPage::refresh()
{
    const quint64 generation = ++m_generation;
    ProfileService *profiles = service();
    const bool usable = profiles != nullptr;
    m_content->setEnabled(usable);
    m_unavailable->setVisible(!usable);
    m_firstTime->hide();
    m_newProfile->setEnabled(usable);
    if (!usable) {
        m_model->setProfiles({});
        m_identity->clear();
        if (!m_backend)
            m_unavailable->setText(tr("No backend is active."));
        else if (m_backend->kind() == BackendKind::Local)
            m_unavailable->setText(
                tr("Profiles belong to Kubeflow clusters: a profile is a namespace on a cluster "
                   "with its owner, contributors and resource quota. The local workstation has "
                   "none. Choose a cluster in the backend menu (top left) to manage its "
                   "profiles."));
        else if (m_backend->capabilities() == Capability::None)
            m_unavailable->setText(tr("Connecting to %1…").arg(m_backend->displayName()));
        else
            m_unavailable->setText(tr("%1 has no Kubeflow profiles (the Profile resource, "
                                      "kubeflow.org/v1, is not installed).")
                                       .arg(m_backend->displayName()));
        showSelected();
        return;
    }
    m_identity->setText(tr("Finding out who you are…"));
    if (m_model->rowCount() == 0)
        m_title->setText(tr("Reading the profiles of %1…").arg(m_backend->displayName()));
    backend::whenFinished(
        profiles->identity(), this, [this, generation](const Result<Identity> &who) {
            if (generation != m_generation)
                return;
            if (!who.ok()) {
                m_identity->setText(tr("Who you are is not known: %1").arg(who.error));
                return;
            }
            m_me = who.value;
            m_identity->setText(m_me.clusterAdmin
                                    ? tr("Signed in as <b>%1</b> — cluster administrator: all "
                                         "profiles are shown.")
                                          .arg(m_me.user.toHtmlEscaped())
                                    : tr("Signed in as <b>%1</b>.").arg(m_me.user.toHtmlEscaped()));
        });
    backend::whenFinished(
        profiles->list(), this, [this, generation](const Result<QList<ProfileInfo>> &r) {
            if (generation != m_generation)
                return;
            if (!r.ok()) {
                m_unavailable->setText(tr("The profiles cannot be read: %1").arg(r.error));
                m_unavailable->show();
                return;
            }
            const QString keep = m_selectAfterLoad.isEmpty() ? selectedProfile()
                                                             : std::exchange(m_selectAfterLoad, {});
            m_model->setProfiles(r.value);
            m_firstTime->setVisible(r.value.isEmpty() && !m_me.clusterAdmin);
            if (!selectProfile(keep) && m_model->rowCount() > 0 && selectedProfile().isEmpty())
                m_table->selectRow(0);
            m_table->resizeColumnsToContents();
            showSelected();
        });
}

QString ProfilesPage::selectedProfile() const
{
    const ProfileInfo *p = m_model->profile(m_table->currentIndex().row());
    return p ? p->name : QString();
}

bool ProfilesPage::selectProfile(const QString &name)
{
    const int row = name.isEmpty() ? -1 : m_model->rowOf(name);
    if (row < 0)
        return false;
    m_table->selectRow(row);
    m_table->setCurrentIndex(m_model->index(row, 0));
    return true;
}

void ProfilesPage::showSelected()
{
    const ProfileInfo *p = m_model->profile(m_table->currentIndex().row());
    while (QLayoutItem *item = m_quotaLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    if (!p) {
        m_title->setText(service() ? tr("Select a profile.") : QString());
        m_problem->hide();
        m_contributors->setRowCount(0);
        m_contributorList.clear();
        updateActions();
        return;
    }
    const QString role = p->role == ProfileRole::None && m_me.clusterAdmin
                             ? tr("none (you administer the cluster)")
                             : roleTitle(p->role);
    m_title->setText(tr("<b>%1</b><br>Owner: %2 · Your role: %3")
                         .arg(p->name.toHtmlEscaped(),
                              (p->owner.isEmpty() ? tr("unknown") : p->owner).toHtmlEscaped(),
                              role));
    m_problem->setText(p->problem);
    m_problem->setVisible(!p->problem.isEmpty());
    if (p->quota.isEmpty())
        m_quotaLayout->addWidget(new QLabel(tr("No quota: the namespace may use what the cluster "
                                               "has."),
                                            m_quotaBars));
    for (const QuotaEntry &e : p->quota) {
        auto *row = new QWidget(m_quotaBars);
        auto *rowLayout = new QHBoxLayout(row);
        rowLayout->setContentsMargins(0, 0, 0, 0);
        auto *label = new QLabel(e.resource, row);
        label->setMinimumWidth(150);
        rowLayout->addWidget(label);
        auto *bar = new QProgressBar(row);
        bar->setObjectName(QStringLiteral("quota:") + e.resource);
        const double share = ProfileListModel::share(e);
        bar->setRange(0, 1000);
        bar->setValue(share < 0 ? 0 : int(std::min(share, 1.0) * 1000));
        bar->setFormat(e.used.isEmpty() ? tr("limit %1 (use not visible to you)").arg(e.hard)
                                        : tr("%1 of %2").arg(e.used, e.hard));
        bar->setTextVisible(true);
        rowLayout->addWidget(bar, 1);
        m_quotaLayout->addWidget(row);
    }
    loadContributors();
    updateActions();
}

void ProfilesPage::loadContributors()
{
    const QString name = selectedProfile();
    ProfileService *profiles = service();
    const quint64 generation = ++m_contributorGeneration;
    if (!profiles || name.isEmpty())
        return;
    backend::whenFinished(
        profiles->contributors(name), this,
        [this, generation, name](const Result<QList<Contributor>> &r) {
            if (generation != m_contributorGeneration)
                return;
            const QString selectedUser =
                m_contributors->currentRow() >= 0 &&
                        m_contributors->item(m_contributors->currentRow(), 0)
                    ? m_contributors->item(m_contributors->currentRow(), 0)->text()
                    : QString();
            m_contributorList = r.ok() ? r.value : QList<Contributor>();
            m_contributors->setRowCount(int(m_contributorList.size()));
            for (int i = 0; i < m_contributorList.size(); ++i) {
                const Contributor &c = m_contributorList.at(i);
                m_contributors->setItem(i, 0, new QTableWidgetItem(c.user));
                m_contributors->setItem(i, 1, new QTableWidgetItem(roleTitle(c.role)));
                if (c.user == selectedUser)
                    m_contributors->selectRow(i);
            }
            if (!r.ok())
                setMessage(r.error, true);
            updateActions();
        });
}

void ProfilesPage::updateActions()
{
    const ProfileInfo *p = m_model->profile(m_table->currentIndex().row());
    const bool usable = service() != nullptr;
    // Actions stay enabled for whom the cluster may still allow (a cluster administrator is not
    // always known as one); a refusal says who may.
    m_editQuota->setEnabled(usable && p);
    m_delete->setEnabled(usable && p);
    m_addContributor->setEnabled(usable && p && !m_contributorUser->text().trimmed().isEmpty());
    const int row = m_contributors->currentRow();
    m_removeContributor->setEnabled(usable && p && row >= 0 && row < m_contributorList.size() &&
                                    m_contributorList.at(row).role != ProfileRole::Owner);
}

void ProfilesPage::setMessage(const QString &text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? QStringLiteral("color: #d32f2f") : QString());
}

void ProfilesPage::finishChange(const Result<Done> &result, const QString &success)
{
    if (!result.ok()) {
        setMessage(result.error, true);
        if (m_context.notifications)
            m_context.notifications->post(ui::NotificationCenter::Severity::Error, tr("Profiles"),
                                          result.error);
        return;
    }
    setMessage(success, false);
    if (m_context.notifications)
        m_context.notifications->post(ui::NotificationCenter::Severity::Info, success);
}

void ProfilesPage::createProfile()
{
    ProfileService *profiles = service();
    if (!profiles)
        return;
    ProfileDialog dialog(m_me.user, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const ProfileRequest request = dialog.request();
    setMessage(tr("Creating %1…").arg(request.name), false);
    m_selectAfterLoad = request.name;
    backend::whenFinished(profiles->create(request), this, [this, request](const Result<Done> &r) {
        finishChange(r, tr("Profile %1 created; its namespace is being set up.").arg(request.name));
    });
}

void ProfilesPage::editQuota()
{
    ProfileService *profiles = service();
    const ProfileInfo *p = m_model->profile(m_table->currentIndex().row());
    if (!profiles || !p)
        return;
    QuotaDialog dialog(*p, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QString name = p->name;
    setMessage(tr("Changing the quota of %1…").arg(name), false);
    backend::whenFinished(profiles->setQuota(name, dialog.quota()), this,
                          [this, name](const Result<Done> &r) {
                              finishChange(r, tr("The quota of %1 was changed.").arg(name));
                          });
}

void ProfilesPage::deleteProfile()
{
    ProfileService *profiles = service();
    const QString name = selectedProfile();
    if (!profiles || name.isEmpty())
        return;
    DeleteProfileDialog dialog(name, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    setMessage(tr("Deleting %1…").arg(name), false);
    backend::whenFinished(profiles->remove(name), this, [this, name](const Result<Done> &r) {
        finishChange(r, tr("Profile %1 deleted.").arg(name));
    });
}

void ProfilesPage::addContributor()
{
    ProfileService *profiles = service();
    const QString name = selectedProfile();
    const QString user = m_contributorUser->text().trimmed();
    if (!profiles || name.isEmpty() || user.isEmpty())
        return;
    const auto role = ProfileRole(m_contributorRole->currentData().toInt());
    setMessage(tr("Adding %1 to %2…").arg(user, name), false);
    backend::whenFinished(
        profiles->addContributor(name, user, role), this,
        [this, name, user, role](const Result<Done> &r) {
            if (r.ok())
                m_contributorUser->clear();
            finishChange(r, tr("%1 may now use %2 (%3).").arg(user, name, roleTitle(role)));
        });
}

void ProfilesPage::removeContributor()
{
    ProfileService *profiles = service();
    const QString name = selectedProfile();
    const int row = m_contributors->currentRow();
    if (!profiles || name.isEmpty() || row < 0 || row >= m_contributorList.size())
        return;
    const Contributor contributor = m_contributorList.at(row);
    setMessage(tr("Removing %1 from %2…").arg(contributor.user, name), false);
    backend::whenFinished(
        profiles->removeContributor(name, contributor), this,
        [this, name, contributor](const Result<Done> &r) {
            finishChange(r, tr("%1 no longer has access to %2.").arg(contributor.user, name));
        });
}

} // namespace kfw::views
