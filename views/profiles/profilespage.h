#pragma once

#include "cluster/backend/profileservice.h"
#include "ui/shellcontext.h"

#include <QPointer>
#include <QWidget>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTableWidget;
class QVBoxLayout;

namespace kfw::backend {
class Backend;
}

namespace kfw::views {

class ProfileListModel;

// Kubeflow profiles of the active cluster: who the user is, the profiles they own or contribute
// to (every profile for a cluster administrator) with quota use and contributors; create a
// profile (the first-time flow when the user has none), change its quota, delete it; list, add
// and remove contributors with the admin, edit or view role. On the local backend the page says
// that profiles belong to clusters.
class ProfilesPage : public QWidget
{
    Q_OBJECT
public:
    explicit ProfilesPage(const ui::ShellContext &context, QWidget *parent = nullptr);

    ProfileListModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QTableWidget *contributorTable() const { return m_contributors; }
    QLineEdit *contributorEdit() const { return m_contributorUser; }
    QComboBox *contributorRole() const { return m_contributorRole; }
    QPushButton *addContributorButton() const { return m_addContributor; }
    // The last message of an action on the selected profile (a refusal says who may).
    QLabel *message() const { return m_message; }
    QLabel *unavailable() const { return m_unavailable; }
    QLabel *identity() const { return m_identity; }
    // The quota bars of the selected profile, by resource.
    QWidget *quotaBars() const { return m_quotaBars; }
    QString selectedProfile() const;
    bool selectProfile(const QString &name);
    // Asks the backend again.
    void refresh();
    // Opens the dialogs (they run modally); public for tests and the command palette.
    void createProfile();
    void editQuota();
    void deleteProfile();
    void addContributor();
    void removeContributor();

private:
    void bindBackend(backend::Backend *backend);
    backend::ProfileService *service() const;
    void showSelected();
    void loadContributors();
    void updateActions();
    void setMessage(const QString &text, bool error);
    // Tells the user the result of a change and refreshes.
    void finishChange(const backend::Result<backend::Done> &result, const QString &success);

    ui::ShellContext m_context;
    QPointer<backend::Backend> m_backend;
    backend::Identity m_me;
    ProfileListModel *m_model;
    QLabel *m_identity;
    QLabel *m_unavailable;
    QWidget *m_firstTime;
    QWidget *m_content;
    QTableView *m_table;
    QLabel *m_title;
    QLabel *m_problem;
    QWidget *m_quotaBars;
    QVBoxLayout *m_quotaLayout;
    QTableWidget *m_contributors;
    QLineEdit *m_contributorUser;
    QComboBox *m_contributorRole;
    QPushButton *m_addContributor;
    QPushButton *m_removeContributor;
    QLabel *m_message;
    QAction *m_newProfile;
    QAction *m_editQuota;
    QAction *m_delete;
    QAction *m_refresh;
    QList<backend::Contributor> m_contributorList;
    quint64 m_generation = 0;
    quint64 m_contributorGeneration = 0;
    QString m_selectAfterLoad;
};

} // namespace kfw::views
