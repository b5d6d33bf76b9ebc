#pragma once

#include "cluster/backend/services.h"

#include <QDialog>
#include <QPointer>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace kfw::views {

class ExperimentListModel;

// The experiments of a backend, active or archived (paged, searchable, sortable): create one
// (name and description), archive one (its runs go to the archive with it, as in KFP), restore
// one, delete one that has no runs. Errors are shown in the dialog; the list follows the service
// and keeps the selected experiment across reloads.
class ExperimentsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ExperimentsDialog(backend::ExperimentService *service, QWidget *parent = nullptr);
    QTableView *table() const { return m_table; }
    ExperimentListModel *model() const { return m_model; }
    QCheckBox *archivedToggle() const { return m_archived; }
    QLineEdit *nameField() const { return m_name; }
    QLineEdit *descriptionField() const { return m_description; }
    QLabel *message() const { return m_message; }
    // Selects the experiment of that name among those listed; false when it is not there.
    bool selectByName(const QString &name);
    QString selectedId() const;
    void create();
    // Acts on the selected experiment: "archive", "restore" or "delete".
    void act(const QString &what);

signals:
    // The list was read again (after a change or an error).
    void listed();

private:
    void applyFilter();
    void updateButtons();

    QPointer<backend::ExperimentService> m_service;
    ExperimentListModel *m_model;
    QTableView *m_table;
    QLineEdit *m_search;
    QCheckBox *m_archived;
    QLineEdit *m_name;
    QLineEdit *m_description;
    QPushButton *m_create;
    QPushButton *m_archive;
    QPushButton *m_restore;
    QPushButton *m_delete;
    QLabel *m_message;
    QString m_selected; // kept across reloads
};

} // namespace kfw::views
