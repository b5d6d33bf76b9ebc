#pragma once

#include "cluster/backend/services.h"
#include "ui/shellcontext.h"

#include <QDialog>
#include <QPointer>
#include <QWidget>

class QAction;
class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTreeWidget;

namespace kfw::views {

// A new recurring run of a pipeline version: its name, a cron schedule or an interval, how many
// runs may overlap, whether missed fires are caught up, an optional start and end. The trigger is
// checked as it is typed; OK stays off until it reads.
class RecurringRunDialog : public QDialog
{
    Q_OBJECT
public:
    RecurringRunDialog(const backend::PipelineVersionInfo &version, QWidget *parent = nullptr);
    backend::RecurringRunInfo recurringRun() const;
    QLineEdit *nameField() const { return m_name; }
    QComboBox *kindField() const { return m_kind; }
    QLineEdit *cronField() const { return m_cron; }
    QSpinBox *intervalField() const { return m_interval; }
    QLabel *problem() const { return m_problem; }
    QDialogButtonBox *buttons() const { return m_buttons; }

private:
    void check();

    backend::PipelineVersionInfo m_version;
    QLineEdit *m_name;
    QComboBox *m_kind;
    QLineEdit *m_cron;
    QSpinBox *m_interval;
    QComboBox *m_unit;
    QSpinBox *m_concurrency;
    QCheckBox *m_catchup;
    QCheckBox *m_hasStart;
    QDateTimeEdit *m_start;
    QCheckBox *m_hasEnd;
    QDateTimeEdit *m_end;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};

// The active backend's recurring runs: schedule, enabled (a check box that turns it on or off),
// overlap, last fire; Delete removes the selected one after a question.
class RecurringRunsPanel : public QWidget
{
    Q_OBJECT
public:
    explicit RecurringRunsPanel(const ui::ShellContext &context, QWidget *parent = nullptr);
    void bindBackend(backend::Backend *backend);
    // Opens the dialog for a version; the recurring run is created when it is accepted.
    void schedule(const backend::PipelineVersionInfo &version);
    QTreeWidget *list() const { return m_list; }
    const QList<backend::RecurringRunInfo> &recurringRuns() const { return m_runs; }
    void removeSelected();

signals:
    void changed();

private:
    void reload();
    void report(const QString &title, const QString &error);

    ui::ShellContext m_context;
    QPointer<backend::RecurringRunService> m_service;
    QTreeWidget *m_list;
    QLabel *m_note;
    QAction *m_delete;
    QList<backend::RecurringRunInfo> m_runs;
    quint64 m_generation = 0;
};

} // namespace kfw::views
