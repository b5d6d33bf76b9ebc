#pragma once

#include "cluster/backend/services.h"
#include "ui/activitytracker.h"

#include <QJsonValue>
#include <QPointer>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;

namespace kfw::views {

// A pipeline's input parameter as the run form shows it.
struct ParameterField
{
    QString name;
    QString type; // STRING, NUMBER_INTEGER, NUMBER_DOUBLE, BOOLEAN, LIST, STRUCT
    QJsonValue defaultValue;
    bool optional = false;
    QString description;
};

// What a pipeline file offers to a run form, read off the GUI thread.
struct RunnablePipeline
{
    QString path;
    QByteArray bytes;
    QString name;
    QString description;
    QList<ParameterField> parameters;
    QString error; // why it cannot run (unreadable, not a pipeline, invalid)
};

// A JSON value as the user reads and types it: text as is, numbers shortest, lists and objects
// as compact JSON.
QString jsonValueText(const QJsonValue &value);

// Reads and checks a pipeline file (call from a worker thread).
RunnablePipeline readRunnablePipeline(const QString &path);
// Checks a pipeline's bytes; path names them in messages (call from a worker thread).
RunnablePipeline runnablePipeline(const QByteArray &bytes, const QString &path);

// Turns the text typed for a parameter into its value; returns false with a message when the
// text does not fit the type. Empty text means "not given".
bool parseParameter(const ParameterField &field, const QString &text, QJsonValue *value,
                    QString *error);

// "Start a run": a pipeline file, one field per parameter (checked as you type), the experiment,
// whether to reuse cached results, and Run. Shown above the runs table.
class RunLauncher : public QWidget
{
    Q_OBJECT
public:
    explicit RunLauncher(QWidget *parent = nullptr);

    void setServices(backend::RunService *runs, backend::ExperimentService *experiments,
                     backend::WorkstationService *workstation = nullptr);
    void setActivityTracker(ui::ActivityTracker *activity) { m_activity = activity; }
    // Loads the pipeline (asynchronously) and fills the form. With a version id the run is made
    // from that pipeline version of the backend (the file is what was uploaded as it).
    void openPipeline(const QString &path, const QString &versionId = {},
                      const QString &versionName = {});
    // Fills the form from an earlier run to run it again with edited values: its pipeline as
    // it was run (detail.pipelineSpec; from its version when it has one), its parameter values,
    // its experiment; the new run is named "Clone of …".
    void cloneRun(const backend::RunDetail &detail, const QString &experimentName);
    QString pipelinePath() const { return m_pipeline.path; }
    QString pipelineVersionId() const { return m_versionId; }
    bool isReady() const;
    // Starts the run if the form is complete.
    void run();

signals:
    void started(const kfw::backend::RunInfo &run);
    void failed(const QString &message);
    void closeRequested();
    void readyChanged(bool ready);

private:
    void showPipeline(const RunnablePipeline &pipeline);
    void start(const backend::RunRequest &request);
    void validate();
    void loadExperiments();
    void checkStandIns();
    void setUpStandIns();

    QPointer<backend::RunService> m_runs;
    QPointer<backend::ExperimentService> m_experiments;
    QPointer<backend::WorkstationService> m_workstation;
    backend::MissingStandIns m_missing;
    QWidget *m_standInRow;
    QLabel *m_standInText;
    QComboBox *m_engine;
    QPointer<ui::ActivityTracker> m_activity;
    RunnablePipeline m_pipeline;
    QString m_versionId;
    QString m_runName; // empty: the backend names the run
    quint64 m_generation = 0;
    QLabel *m_title;
    QLabel *m_status;
    QFormLayout *m_form;
    QWidget *m_formHost;
    QComboBox *m_experiment;
    QLineEdit *m_labels;
    QCheckBox *m_cache;
    QPushButton *m_runButton;
    struct Editor
    {
        ParameterField field;
        QWidget *widget; // QLineEdit or QCheckBox
        QLabel *error;
    };
    QList<Editor> m_editors;
    bool m_starting = false;
};

} // namespace kfw::views
