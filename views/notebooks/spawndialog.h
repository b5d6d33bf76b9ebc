#pragma once

#include "cluster/backend/notebookservice.h"

#include <QDialog>
#include <QPointer>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QSpinBox;
class QTableWidget;

namespace kfw::views {

// CPU, memory and GPUs of a notebook: requests with limits that follow the limit factors until
// the user sets them. Shared by the spawn form and the resources dialog.
class ResourceFields : public QWidget
{
    Q_OBJECT
public:
    ResourceFields(const backend::SpawnerConfig &config, QWidget *parent = nullptr);

    // Fills the fields (limits as given: they count as set by the user when they differ from
    // what the factors give).
    void setValues(const QString &cpu, const QString &cpuLimit, const QString &memory,
                   const QString &memoryLimit, int gpus, const QString &gpuVendor);
    QString cpu() const;
    QString cpuLimit() const;
    QString memory() const;
    QString memoryLimit() const;
    int gpus() const;
    QString gpuVendor() const;

    QLineEdit *cpuEdit() const { return m_cpu; }
    QLineEdit *cpuLimitEdit() const { return m_cpuLimit; }
    QLineEdit *memoryEdit() const { return m_memory; }
    QLineEdit *memoryLimitEdit() const { return m_memoryLimit; }
    QSpinBox *gpuBox() const { return m_gpus; }

signals:
    void changed();

private:
    void followFactors();

    backend::SpawnerConfig m_config;
    QLineEdit *m_cpu;
    QLineEdit *m_cpuLimit;
    QLineEdit *m_memory;
    QLineEdit *m_memoryLimit;
    QSpinBox *m_gpus;
    QComboBox *m_vendor;
    bool m_cpuLimitSet = false;
    bool m_memoryLimitSet = false;
};

// The spawner form: a new notebook server as the Jupyter web app's form makes it, driven by the
// cluster's spawner configuration (read-only fields stay as the administrator set them), with the
// namespace's PodDefaults as configurations. Every change is checked at once and the YAML of
// exactly what will be created is shown beside the form. Launch creates it and closes the form
// only when the cluster accepted it; a refusal leaves every choice in place.
class SpawnDialog : public QDialog
{
    Q_OBJECT
public:
    SpawnDialog(backend::NotebookService *service, const backend::SpawnerConfig &config,
                const QList<backend::PodDefaultInfo> &podDefaults, const QString &creator,
                QWidget *parent = nullptr);

    // Starts from an earlier request (cloning a notebook).
    void setRequest(const backend::NotebookRequest &request);
    backend::NotebookRequest request() const;

    QLineEdit *nameEdit() const { return m_name; }
    QComboBox *typeBox() const { return m_type; }
    QComboBox *imageBox() const { return m_image; }
    ResourceFields *resources() const { return m_resources; }
    QCheckBox *workspaceCheck() const { return m_workspace; }
    QCheckBox *workspaceExistingCheck() const { return m_workspaceExisting; }
    QLineEdit *workspaceNameEdit() const { return m_workspaceName; }
    QLineEdit *workspaceSizeEdit() const { return m_workspaceSize; }
    QListWidget *configurationList() const { return m_configurations; }
    QCheckBox *sharedMemoryCheck() const { return m_shm; }
    QPlainTextEdit *preview() const { return m_preview; }
    QLabel *problems() const { return m_problems; }
    QPushButton *launchButton() const;

    void accept() override;

private:
    void onTypeChanged();
    void updateWorkspaceFields();
    void update();

    QPointer<backend::NotebookService> m_service;
    backend::SpawnerConfig m_config;
    QString m_creator;
    QLineEdit *m_name;
    QComboBox *m_type;
    QComboBox *m_image;
    QComboBox *m_pullPolicy;
    ResourceFields *m_resources;
    QCheckBox *m_workspace;
    QCheckBox *m_workspaceExisting;
    QLineEdit *m_workspaceName;
    QLineEdit *m_workspaceSize;
    QComboBox *m_workspaceMode;
    QLineEdit *m_workspaceClass;
    QTableWidget *m_dataVolumes;
    QListWidget *m_configurations;
    QComboBox *m_affinity;
    QComboBox *m_tolerations;
    QCheckBox *m_shm;
    QLabel *m_source;
    QLabel *m_problems;
    QPlainTextEdit *m_preview;
    QDialogButtonBox *m_buttons;
    bool m_workspaceNamed = false; // the user named the workspace volume
    bool m_creating = false;
};

} // namespace kfw::views
