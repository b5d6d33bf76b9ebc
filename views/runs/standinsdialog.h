#pragma once

#include "cluster/backend/services.h"

#include <QDialog>
#include <QPointer>

class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;

namespace kfw::views {

// Asks for what a pipeline names and this workstation lacks: the values of secrets (typed
// hidden, kept in the OS keychain), config map values, and folders for volume claims. Saving
// stores them through the workstation service; the dialog closes when all are stored.
class StandInsDialog : public QDialog
{
    Q_OBJECT
public:
    StandInsDialog(backend::WorkstationService *workstation,
                   const backend::MissingStandIns &missing, QWidget *parent = nullptr);

signals:
    void saved();

private:
    void save();
    void check();

    struct Field
    {
        enum class Kind
        {
            Secret,
            ConfigMap,
            Volume,
        } kind;
        QString name;
        QString key; // for secrets and config maps
        QLineEdit *edit;
    };
    QPointer<backend::WorkstationService> m_workstation;
    QList<Field> m_fields;
    QLabel *m_error;
    QPushButton *m_save;
    int m_pending = 0;
    QStringList m_failures;
};

} // namespace kfw::views
