#pragma once

#include "cluster/backend/services.h"

#include <QDialog>
#include <QPointer>

class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;

namespace kfw::views {

// The experiments of a backend, active and archived: create one (name and description), archive
// one (its runs go to the archive with it, as in KFP), restore one, delete one that has no runs.
// Errors are shown in the dialog; the list follows the service.
class ExperimentsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ExperimentsDialog(backend::ExperimentService *service, QWidget *parent = nullptr);
    QTreeWidget *list() const { return m_list; }
    QLineEdit *nameField() const { return m_name; }
    QLineEdit *descriptionField() const { return m_description; }
    QLabel *message() const { return m_message; }
    void create();
    // Acts on the selected experiment: "archive", "restore" or "delete".
    void act(const QString &what);

signals:
    // The list was read again (after a change or an error).
    void listed();

private:
    void reload();
    void updateButtons();

    QPointer<backend::ExperimentService> m_service;
    QTreeWidget *m_list;
    QLineEdit *m_name;
    QLineEdit *m_description;
    QPushButton *m_create;
    QPushButton *m_archive;
    QPushButton *m_restore;
    QPushButton *m_delete;
    QLabel *m_message;
    quint64 m_generation = 0;
};

} // namespace kfw::views
