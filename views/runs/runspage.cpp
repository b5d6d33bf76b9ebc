#include "views/runs/runspage.h"

#include "cluster/backend/backendregistry.h"
#include "ui/actionregistry.h"
#include "ui/documentrouter.h"
#include "ui/icons.h"
#include "ui/notificationcenter.h"
#include "ui/pageaction.h"
#include "ui/recentfiles.h"
#include "views/experiments/experimentsdialog.h"
#include "views/pipeline-editor/rungraph.h"
#include "views/runs/artifactview.h"
#include "views/runs/runcompare.h"
#include "views/runs/runlauncher.h"
#include "views/runs/runlistmodel.h"
#include "views/runs/runs.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace kfw::views {

using namespace kfw::backend;

namespace {
enum TaskColumn
{
    TaskName,
    TaskState,
    TaskDuration,
    TaskAttempts,
    TaskNote,
};
} // namespace

RunsPage::RunsPage(const ui::ShellContext &context, PendingPipeline *pending, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_model(new RunListModel(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 10, 12, 10);

    // Toolbar: start a run, filters, actions on the selected run.
    auto *bar = new QHBoxLayout;
    auto *newRun =
        new QAction(ui::icon(QStringLiteral("play")), tr("Run a Pipeline File..."), this);
    newRun->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    newRun->setToolTip(tr("Choose a compiled pipeline (YAML or JSON) and start a run (Ctrl+R)"));
    connect(newRun, &QAction::triggered, this, &RunsPage::chooseFile);
    auto *newButton = new QToolButton(this);
    newButton->setDefaultAction(newRun);
    newButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    bar->addWidget(newButton);
    bar->addSpacing(12);
    // Filters get a row of their own, so that the text fields keep room to type in.
    auto *filters = new QHBoxLayout;
    m_stateFilter = new QComboBox(this);
    m_stateFilter->addItem(tr("All states"), QString());
    for (const QString &s :
         {state::Running, state::Succeeded, state::Failed, state::Canceled, state::Interrupted})
        m_stateFilter->addItem(RunListModel::stateText(s), s);
    m_stateFilter->setToolTip(tr("Show only runs in this state"));
    filters->addWidget(m_stateFilter);
    m_search = new QLineEdit(this);
    m_search->setPlaceholderText(tr("Filter runs by name"));
    m_search->setClearButtonEnabled(true);
    filters->addWidget(m_search, 1);
    m_experimentFilter = new QComboBox(this);
    m_experimentFilter->setObjectName(QStringLiteral("runs-experiment"));
    m_experimentFilter->addItem(tr("All experiments"), QString());
    m_experimentFilter->setToolTip(tr("Show only the runs of one experiment"));
    filters->addWidget(m_experimentFilter);
    m_since = new QComboBox(this);
    m_since->setObjectName(QStringLiteral("runs-since"));
    m_since->addItem(tr("Any time"), 0);
    m_since->addItem(tr("Last hour"), 3600);
    m_since->addItem(tr("Last 24 hours"), 24 * 3600);
    m_since->addItem(tr("Last 7 days"), 7 * 24 * 3600);
    m_since->addItem(tr("Last 30 days"), 30 * 24 * 3600);
    m_since->setToolTip(tr("Show only runs started in this time"));
    filters->addWidget(m_since);
    m_condition = new QLineEdit(this);
    m_condition->setObjectName(QStringLiteral("runs-condition"));
    m_condition->setPlaceholderText(tr("accuracy >= 0.9, epochs = 20, label:team=vision"));
    m_condition->setToolTip(tr("Show only runs with a metric in bounds (accuracy >= 0.9, "
                               "evaluate/metrics/loss <= 0.2), a parameter set to a value "
                               "(epochs = 20) or a label (label:team=vision); several "
                               "separated by commas"));
    m_condition->setClearButtonEnabled(true);
    filters->addWidget(m_condition, 1);
    m_archived = new QCheckBox(tr("Archived"), this);
    m_archived->setToolTip(tr("Show archived runs instead of active ones"));
    filters->addWidget(m_archived);
    m_terminate = ui::addPageAction(this, bar, tr("Stop"), QKeySequence(Qt::CTRL | Qt::Key_Period),
                                    tr("Stop the selected run and all its tasks (Ctrl+.)"));
    m_retry =
        ui::addPageAction(this, bar, tr("Retry"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R),
                          tr("Run a failed, stopped or interrupted run again; finished tasks are "
                             "reused (Ctrl+Shift+R)"));
    m_archive = ui::addPageAction(this, bar, tr("Archive"), QKeySequence(),
                                  tr("Move the selected run to the archive, or back"));
    m_delete = ui::addPageAction(this, bar, tr("Delete"), QKeySequence(QKeySequence::Delete),
                                 tr("Delete the selected run and its files (Del)"));
    m_compare = ui::addPageAction(
        this, bar, tr("Compare"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C),
        tr("Compare the selected runs side by side: parameters, metrics and charts; with a "
           "comparison open, add them to it, from any backend (Ctrl+Shift+C)"));
    connect(m_compare, &QAction::triggered, this, &RunsPage::compareSelected);
    m_clone = ui::addPageAction(
        this, bar, tr("Clone"), QKeySequence(Qt::CTRL | Qt::Key_D),
        tr("Run the selected run's pipeline again with its values, edited first (Ctrl+D)"));
    connect(m_clone, &QAction::triggered, this, &RunsPage::cloneSelected);
    m_editLabels = new QAction(tr("Labels..."), this);
    m_editLabels->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    m_editLabels->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_editLabels->setToolTip(tr("Set the labels of the selected run, to find it by later "
                                "(label:team=vision in the filter) (Ctrl+L)"));
    addAction(m_editLabels);
    if (m_context.actions)
        m_context.actions->add(m_editLabels, tr("Runs"));
    connect(m_editLabels, &QAction::triggered, this, &RunsPage::editLabels);
    auto *experiments = new QAction(tr("Experiments…"), this);
    experiments->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    experiments->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    experiments->setToolTip(tr("Create, archive, restore and delete experiments (Ctrl+Shift+E)"));
    addAction(experiments);
    if (m_context.actions)
        m_context.actions->add(experiments, tr("Runs"));
    auto *experimentsButton = new QToolButton(this);
    experimentsButton->setDefaultAction(experiments);
    bar->addWidget(experimentsButton);
    connect(experiments, &QAction::triggered, this, &RunsPage::showExperiments);
    auto *refresh = new QAction(tr("Refresh Runs"), this);
    refresh->setShortcut(QKeySequence(QKeySequence::Refresh));
    refresh->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(refresh, &QAction::triggered, m_model, &RunListModel::refresh);
    addAction(refresh);
    connect(m_terminate, &QAction::triggered, this, [this] { act(QStringLiteral("terminate")); });
    connect(m_retry, &QAction::triggered, this, [this] { act(QStringLiteral("retry")); });
    connect(m_archive, &QAction::triggered, this, [this] { act(QStringLiteral("archive")); });
    connect(m_delete, &QAction::triggered, this, [this] { act(QStringLiteral("delete")); });
    bar->addStretch(1);
    layout->addLayout(bar);
    layout->addLayout(filters);
    if (m_context.actions) {
        m_context.actions->add(newRun, tr("Runs"));
        m_context.actions->add(refresh, tr("Runs"));
    }

    m_unavailable = new QLabel(this);
    m_unavailable->setWordWrap(true);
    m_unavailable->hide();
    layout->addWidget(m_unavailable);
    // An empty table says how to fill it, or that the filters hide every run.
    m_empty = new QLabel(this);
    m_empty->setObjectName(QStringLiteral("runs-empty"));
    m_empty->setWordWrap(true);
    m_empty->hide();
    layout->addWidget(m_empty);

    // The run form, shown when a pipeline file is chosen.
    m_launcherFrame = new QFrame(this);
    static_cast<QFrame *>(m_launcherFrame)->setFrameShape(QFrame::StyledPanel);
    m_launcherFrame->setAutoFillBackground(true);
    m_launcherFrame->setBackgroundRole(QPalette::Base);
    auto *frameLayout = new QVBoxLayout(m_launcherFrame);
    m_launcher = new RunLauncher(m_launcherFrame);
    m_launcher->setActivityTracker(m_context.activity);
    m_model->setActivityTracker(m_context.activity);
    frameLayout->addWidget(m_launcher);
    m_launcherFrame->hide();
    layout->addWidget(m_launcherFrame);
    connect(m_launcher, &RunLauncher::closeRequested, this, [this] {
        m_launcherFrame->hide();
        m_table->setFocus();
    });
    connect(m_launcher, &RunLauncher::started, this, [this](const RunInfo &run) {
        m_launcherFrame->hide();
        m_selectAfterLoad = run.id;
        if (m_archived->isChecked() || !m_stateFilter->currentData().toString().isEmpty() ||
            !m_search->text().isEmpty()) {
            m_search->clear();
            m_stateFilter->setCurrentIndex(0);
            m_archived->setChecked(false);
        }
        m_model->refresh();
    });
    connect(m_launcher, &RunLauncher::failed, this, [this](const QString &message) {
        m_context.notifications->post(ui::NotificationCenter::Severity::Error,
                                      tr("The run did not start"), message, tr("Runs"));
    });

    auto *split = new QSplitter(Qt::Vertical, this);
    m_table = new QTableView(split);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    // Several runs can be selected to compare; the details follow the current one.
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->verticalHeader()->hide();
    // Newest first; a click on Run, Status, Duration or Started sorts by it (on the backend).
    m_table->horizontalHeader()->setSortIndicator(RunListModel::Started, Qt::DescendingOrder);
    m_table->setSortingEnabled(true);
    // Columns fit their contents, measured on the first rows only, so that long lists stay fast.
    m_table->horizontalHeader()->setResizeContentsPrecision(50);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(RunListModel::Name, QHeaderView::Stretch);
    m_table->setAlternatingRowColors(true);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_table->addActions({m_clone, m_editLabels, m_terminate, m_retry, m_archive, m_delete});
    m_table->setObjectName(QStringLiteral("runs-table"));
    // Metric and parameter columns, chosen from the header's menu or the Columns button.
    m_columnsMenu = new QMenu(tr("Columns"), this);
    connect(m_columnsMenu, &QMenu::aboutToShow, this, &RunsPage::fillColumnsMenu);
    m_table->horizontalHeader()->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_table->horizontalHeader(), &QWidget::customContextMenuRequested, this,
            [this](const QPoint &at) {
                m_columnsMenu->popup(m_table->horizontalHeader()->mapToGlobal(at));
            });
    auto *columnsButton = new QToolButton(this);
    columnsButton->setText(tr("Columns"));
    columnsButton->setObjectName(QStringLiteral("runs-columns"));
    columnsButton->setToolTip(
        tr("Show metrics and parameters of the runs as columns (also on the header's menu)"));
    columnsButton->setMenu(m_columnsMenu);
    columnsButton->setPopupMode(QToolButton::InstantPopup);
    bar->addWidget(columnsButton);
    {
        const QSettings settings;
        m_model->setExtraColumns(
            settings.value(QStringLiteral("runs/metricColumns")).toStringList(),
            settings.value(QStringLiteral("runs/parameterColumns")).toStringList());
    }
    connect(m_model, &RunListModel::sortRefused, this, [this](const QString &message) {
        // The header shows the order the table is in.
        QHeaderView *header = m_table->horizontalHeader();
        const QSignalBlocker block(header);
        header->setSortIndicator(m_model->columnOfSort(m_model->query().page.sortBy),
                                 m_model->query().page.descending ? Qt::DescendingOrder
                                                                  : Qt::AscendingOrder);
        m_context.notifications->post(ui::NotificationCenter::Severity::Info, tr("Order unchanged"),
                                      message, tr("Runs"));
    });

    auto *detail = new QWidget(split);
    auto *detailLayout = new QVBoxLayout(detail);
    detailLayout->setContentsMargins(0, 6, 0, 0);
    m_detailTitle = new QLabel(tr("Select a run to see its tasks and logs."), detail);
    m_detailTitle->setWordWrap(true);
    m_detailTitle->setTextInteractionFlags(Qt::TextSelectableByMouse);
    detailLayout->addWidget(m_detailTitle);
    auto *detailSplit = new QSplitter(Qt::Horizontal, detail);
    m_tasks = new QTreeWidget(detailSplit);
    m_tasks->setRootIsDecorated(false);
    m_tasks->setHeaderLabels(
        {tr("Task"), tr("Status"), tr("Duration"), tr("Attempts"), tr("Note")});
    m_tasks->setObjectName(QStringLiteral("tasks"));
    auto *tabs = new QTabWidget(detailSplit);
    // The run on the editor's canvas: tasks with their states, live; a click picks the task.
    m_graph = new editor::RunGraph(tabs);
    tabs->addTab(m_graph, tr("Graph"));
    connect(m_graph, &editor::RunGraph::taskPicked, this, [this](const QString &path) {
        for (int i = 0; i < m_tasks->topLevelItemCount(); ++i) {
            if (m_tasks->topLevelItem(i)->data(TaskName, Qt::UserRole).toString() == path)
                m_tasks->setCurrentItem(m_tasks->topLevelItem(i));
        }
    });
    m_log = new QPlainTextEdit(tabs);
    m_log->setReadOnly(true);
    m_log->setMaximumBlockCount(50000);
    m_log->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_log->setPlaceholderText(tr("Select a task to see its log."));
    m_log->setObjectName(QStringLiteral("task-log"));
    tabs->addTab(m_log, tr("Log"));
    // What went into the selected task.
    m_inputs = new QTreeWidget(tabs);
    m_inputs->setObjectName(QStringLiteral("task-inputs"));
    m_inputs->setRootIsDecorated(false);
    m_inputs->setHeaderLabels({tr("Input"), tr("Value")});
    tabs->addTab(m_inputs, tr("Inputs"));
    // What happened to it: each state of each attempt, with what was said.
    m_events = new QTreeWidget(tabs);
    m_events->setObjectName(QStringLiteral("task-events"));
    m_events->setRootIsDecorated(false);
    m_events->setHeaderLabels({tr("Time"), tr("Attempt"), tr("Status"), tr("Detail")});
    tabs->addTab(m_events, tr("Events"));
    // The selected task's outputs: parameter values, and artifacts with their metadata.
    auto *outputsPage = new QWidget(tabs);
    auto *outputsLayout = new QVBoxLayout(outputsPage);
    outputsLayout->setContentsMargins(0, 0, 0, 0);
    auto *outputsSplit = new QSplitter(Qt::Vertical, outputsPage);
    m_outputs = new QTreeWidget(outputsSplit);
    m_outputs->setObjectName(QStringLiteral("task-outputs"));
    m_outputs->setHeaderLabels({tr("Output"), tr("Value or type"), tr("Location")});
    // The selected artifact, shown by its type.
    m_artifactView = new ArtifactView(outputsSplit);
    outputsSplit->setStretchFactor(0, 1);
    outputsSplit->setStretchFactor(1, 2);
    outputsLayout->addWidget(outputsSplit, 1);
    m_saveArtifact = new QAction(tr("Save Artifact As..."), this);
    m_saveArtifact->setToolTip(
        tr("Copy the selected artifact (file or folder) to a folder of your choice"));
    m_saveArtifact->setEnabled(false);
    auto *saveButton = new QToolButton(outputsPage);
    saveButton->setDefaultAction(m_saveArtifact);
    outputsLayout->addWidget(saveButton, 0, Qt::AlignRight);
    tabs->addTab(outputsPage, tr("Outputs"));
    connect(m_outputs, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        // A metadata line belongs to its artifact.
        if (item && item->parent())
            item = item->parent();
        const int index = item && item->data(0, Qt::UserRole).isValid()
                              ? item->data(0, Qt::UserRole).toInt()
                              : -1;
        m_saveArtifact->setEnabled(index >= 0);
        if (index < 0 || index >= m_detail.artifacts.size())
            m_artifactView->clear();
        else if (m_shownArtifact != index) // the same one again after a refresh stays as it is
            m_artifactView->show(m_detail.artifacts.at(index), m_runs);
        m_shownArtifact = index;
    });
    connect(m_saveArtifact, &QAction::triggered, this, [this] {
        auto *dialog = new QFileDialog(this, tr("Save Artifact To"));
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setFileMode(QFileDialog::Directory);
        dialog->setOption(QFileDialog::ShowDirsOnly);
        connect(dialog, &QFileDialog::fileSelected, this, &RunsPage::saveSelectedArtifact);
        dialog->open();
    });
    detailSplit->setStretchFactor(0, 2);
    detailSplit->setStretchFactor(1, 3);
    detailLayout->addWidget(detailSplit, 1);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    layout->addWidget(split, 1);

    m_refreshSoon.setSingleShot(true);
    m_refreshSoon.setInterval(250);
    connect(&m_refreshSoon, &QTimer::timeout, m_model, &RunListModel::refresh);
    m_detailSoon.setSingleShot(true);
    m_detailSoon.setInterval(200);
    connect(&m_detailSoon, &QTimer::timeout, this, &RunsPage::loadDetail);
    // A backend that does not signal every change (a cluster) is asked again: often while a run
    // shown is going on, seldom otherwise, and not while the page is hidden.
    connect(&m_poll, &QTimer::timeout, this, [this] {
        if (!m_runs || m_runs->signalsEveryChange() || !isVisible())
            return;
        bool going =
            m_detail.run.id == m_runId && !m_runId.isEmpty() && !state::isFinal(m_detail.run.state);
        for (int row = 0; row < m_model->rowCount() && !going; ++row)
            going = !state::isFinal(m_model->run(row)->state);
        m_poll.setInterval(going ? kPollWhileGoingMs : kPollIdleMs);
        if (!m_model->isLoading())
            m_model->refresh();
        if (!m_runId.isEmpty() && !state::isFinal(m_detail.run.state))
            loadDetail();
    });

    connect(m_stateFilter, &QComboBox::currentIndexChanged, this, &RunsPage::applyFilters);
    connect(m_archived, &QCheckBox::toggled, this, &RunsPage::applyFilters);
    auto *searchDelay = new QTimer(this);
    searchDelay->setSingleShot(true);
    searchDelay->setInterval(250);
    connect(m_search, &QLineEdit::textChanged, searchDelay, qOverload<>(&QTimer::start));
    connect(m_condition, &QLineEdit::textChanged, searchDelay, qOverload<>(&QTimer::start));
    connect(m_since, &QComboBox::currentIndexChanged, this, &RunsPage::applyFilters);
    connect(m_experimentFilter, &QComboBox::currentIndexChanged, this, &RunsPage::applyFilters);
    connect(searchDelay, &QTimer::timeout, this, &RunsPage::applyFilters);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                const RunInfo *r = m_model->run(current.row());
                showRun(r ? r->id : QString());
            });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &RunsPage::updateActions);
    connect(m_model, &RunListModel::loaded, this, [this](const QString &error) {
        const bool filtered = m_model->query().archived || !m_model->query().states.isEmpty() ||
                              !m_search->text().trimmed().isEmpty() ||
                              !m_condition->text().trimmed().isEmpty() ||
                              m_experimentFilter->currentIndex() > 0 || m_since->currentIndex() > 0;
        m_empty->setText(filtered ? tr("No runs match the filters.")
                                  : tr("No runs yet. Run a pipeline file (Ctrl+R), or the "
                                       "pipeline open in the editor (Ctrl+R there)."));
        // Without a backend that runs pipelines, m_unavailable says so instead.
        m_empty->setVisible(m_runs && error.isEmpty() && m_model->rowCount() == 0);
        if (!error.isEmpty()) {
            m_context.notifications->post(ui::NotificationCenter::Severity::Error,
                                          tr("Could not list the runs"), error, tr("Runs"));
            return;
        }
        // An experiment made since the names were read (here, or elsewhere on a cluster): the
        // names are read again, once for each one missing.
        bool missing = false;
        for (int row = 0; row < m_model->rowCount(); ++row) {
            const QString experiment = m_model->run(row)->experimentId;
            if (!experiment.isEmpty() && !m_experimentNames.contains(experiment) &&
                !m_experimentsAsked.contains(experiment)) {
                m_experimentsAsked.insert(experiment);
                missing = true;
            }
        }
        if (missing && m_backend && m_backend->can(Capability::Experiments))
            loadExperimentNames(m_backend->experiments(), false);
        // Keep the selection across reloads, or select the run just started.
        const QString wanted =
            m_selectAfterLoad.isEmpty() ? m_runId : std::exchange(m_selectAfterLoad, QString());
        if (!wanted.isEmpty() && !selectRun(wanted))
            showRun(QString());
        // With nothing chosen, the newest run is shown.
        if (m_runId.isEmpty() && m_model->rowCount() > 0)
            selectRun(m_model->run(0)->id);
        updateActions();
    });
    connect(m_tasks, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        const QString path = item ? item->data(TaskName, Qt::UserRole).toString() : QString();
        if (path != m_taskPath) {
            m_taskPath = path;
            showTaskLog();
        }
        showTaskOutputs();
        showTaskEvents();
    });

    connect(m_context.backends, &BackendRegistry::activeChanged, this, &RunsPage::bindBackend);
    bindBackend(m_context.backends->active());

    auto takePending = [this, pending] {
        const PendingPipeline::Pipeline pipeline = pending->take();
        if (!pipeline.path.isEmpty())
            startRunOf(pipeline.path, pipeline.versionId, pipeline.versionName);
    };
    connect(pending, &PendingPipeline::arrived, this, takePending);
    takePending();
}

void RunsPage::loadExperimentNames(ExperimentService *experiments, bool fresh)
{
    if (fresh) {
        m_experimentNames.clear();
        m_experimentsAsked.clear();
        m_model->setExperimentNames({});
    }
    const quint64 generation = ++m_experimentGeneration;
    if (!experiments)
        return;
    for (const bool archived : {false, true}) {
        ExperimentQuery query;
        query.page.pageSize = 200;
        query.archived = archived;
        backend::whenFinished(experiments->list(query), this,
                              [this, generation](const Result<Page<ExperimentInfo>> &r) {
                                  if (!r.ok() || generation != m_experimentGeneration)
                                      return;
                                  for (const ExperimentInfo &e : r.value.items)
                                      m_experimentNames.insert(e.id, e.name);
                                  m_model->setExperimentNames(m_experimentNames);
                                  fillExperimentFilter();
                              });
    }
}

void RunsPage::fillExperimentFilter()
{
    // The experiments by name; the one chosen stays chosen while it exists.
    const QString current = m_experimentFilter->currentData().toString();
    QSignalBlocker block(m_experimentFilter);
    while (m_experimentFilter->count() > 1)
        m_experimentFilter->removeItem(1);
    QList<std::pair<QString, QString>> byName;
    for (auto it = m_experimentNames.begin(); it != m_experimentNames.end(); ++it)
        byName.append({it.value(), it.key()});
    std::sort(byName.begin(), byName.end());
    for (const auto &[name, id] : byName)
        m_experimentFilter->addItem(name, id);
    const int index = m_experimentFilter->findData(current);
    m_experimentFilter->setCurrentIndex(std::max(0, index));
    if (index < 0 && !current.isEmpty())
        applyFilters(); // the experiment chosen is gone
}

void RunsPage::showExperiments()
{
    ExperimentService *experiments =
        m_backend && m_backend->can(Capability::Experiments) ? m_backend->experiments() : nullptr;
    auto *dialog = new ExperimentsDialog(experiments, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // Names and archived runs may have changed (the service may go with its backend meanwhile).
    connect(dialog, &ExperimentsDialog::listed, this,
            [this, service = QPointer<ExperimentService>(experiments)] {
                loadExperimentNames(service);
                m_refreshSoon.start();
            });
    dialog->open();
}

void RunsPage::bindBackend(Backend *backend)
{
    if (m_backend && m_backend != backend)
        m_backend->disconnect(this);
    if (backend && m_backend != backend) {
        connect(backend, &Backend::capabilitiesChanged, this,
                [this, backend] { bindBackend(backend); });
        connect(backend, &Backend::scopeChanged, this, [this, backend] { bindBackend(backend); });
    }
    m_backend = backend;
    if (m_runs)
        m_runs->disconnect(this);
    m_runs = backend && backend->can(Capability::Runs) ? backend->runs() : nullptr;
    ExperimentService *experiments =
        backend && backend->can(Capability::Experiments) ? backend->experiments() : nullptr;
    m_launcher->setServices(m_runs, experiments, backend ? backend->workstation() : nullptr);
    if (m_runs && !m_runs->signalsEveryChange()) {
        m_poll.setInterval(kPollWhileGoingMs);
        m_poll.start();
    } else {
        m_poll.stop();
    }
    m_model->setService(m_runs);
    loadExperimentNames(experiments);
    m_unavailable->setVisible(!m_runs);
    if (!m_runs)
        m_empty->hide();
    m_unavailable->setText(backend ? tr("%1 does not run pipelines; switch to a backend that does.")
                                         .arg(backend->displayName())
                                   : tr("No backend is open."));
    if (m_runs) {
        connect(m_runs, &RunService::runChanged, this, [this](const QString &runId) {
            m_refreshSoon.start();
            if (runId == m_runId)
                m_detailSoon.start();
        });
        connect(m_runs, &RunService::taskChanged, this, [this](const QString &runId) {
            if (runId == m_runId)
                m_detailSoon.start();
        });
        connect(m_runs, &RunService::runLogAppended, this,
                [this](const QString &runId, const QString &path, const QByteArray &chunk) {
                    if (runId != m_runId || path != m_taskPath)
                        return;
                    QScrollBar *bar = m_log->verticalScrollBar();
                    const bool atEnd = bar->value() == bar->maximum();
                    QTextCursor cursor(m_log->document());
                    cursor.movePosition(QTextCursor::End);
                    cursor.insertText(m_logDecoder.decode(chunk));
                    if (atEnd)
                        bar->setValue(bar->maximum());
                });
    }
    showRun(QString());
    updateActions();
}

void RunsPage::applyFilters()
{
    // The order chosen in the table stays; the filters are set afresh.
    RunQuery q;
    q.page.sortBy = m_model->query().page.sortBy;
    q.page.descending = m_model->query().page.descending;
    QString error;
    if (!parseRunCondition(m_condition->text(), &q, &error)) {
        // The table stays as it is until the condition reads; the field says why.
        m_condition->setStyleSheet(QStringLiteral("QLineEdit { border: 1px solid #c62828; }"));
        m_condition->setToolTip(error);
        return;
    }
    m_condition->setStyleSheet({});
    m_condition->setToolTip(tr("Show only runs with a metric in bounds (accuracy >= 0.9, "
                               "evaluate/metrics/loss <= 0.2), a parameter set to a value "
                               "(epochs = 20) or a label (label:team=vision); several "
                               "separated by commas"));
    if (const int seconds = m_since->currentData().toInt(); seconds > 0)
        q.createdAfter = QDateTime::currentDateTimeUtc().addSecs(-seconds);
    q.nameContains = m_search->text().trimmed();
    q.experimentId = m_experimentFilter->currentData().toString();
    if (const QString s = m_stateFilter->currentData().toString(); !s.isEmpty())
        q.states = {s};
    q.archived = m_archived->isChecked();
    m_model->setQuery(q);
}

void RunsPage::chooseFile()
{
    auto *dialog = new QFileDialog(this, tr("Run a Pipeline File"), QString(),
                                   m_context.documents->fileDialogFilter());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &file) {
        // Straight to the run form (the router would open pipeline files in the editor), and a
        // recent file like any other opened one.
        if (m_context.recentFiles)
            m_context.recentFiles->add(file);
        startRunOf(file);
    });
    dialog->open();
}

void RunsPage::startRunOf(const QString &path, const QString &versionId, const QString &versionName)
{
    m_launcherFrame->show();
    m_launcher->openPipeline(path, versionId, versionName);
}

QString RunsPage::selectedRunId() const
{
    const RunInfo *r = m_model->run(m_table->currentIndex().row());
    return r ? r->id : QString();
}

bool RunsPage::selectRun(const QString &runId)
{
    const int row = m_model->rowOf(runId);
    if (row < 0)
        return false;
    m_table->setCurrentIndex(m_model->index(row, 0));
    if (runId == m_runId)
        m_detailSoon.start(); // same run, fresh facts
    return true;
}

void RunsPage::showRun(const QString &runId)
{
    if (runId == m_runId && !runId.isEmpty())
        return;
    m_runId = runId;
    m_taskPath.clear();
    m_tasks->clear();
    m_log->clear();
    m_outputs->clear();
    ++m_logGeneration;
    if (runId.isEmpty())
        m_detailTitle->setText(tr("Select a run to see its tasks and logs."));
    else
        loadDetail();
    updateActions();
}

void RunsPage::loadDetail()
{
    if (!m_runs || m_runId.isEmpty())
        return;
    const quint64 generation = ++m_detailGeneration;
    const QString runId = m_runId;
    auto future = m_runs->get(runId);
    m_context.activity->track(future, tr("Loading run %1").arg(runId));
    backend::whenFinished(future, this, [this, generation, runId](const Result<RunDetail> &r) {
        if (generation != m_detailGeneration || runId != m_runId)
            return;
        if (!r.ok()) {
            m_detailTitle->setText(r.error);
            return;
        }
        m_detail = r.value;
        m_graph->show(r.value);
        const RunInfo &run = r.value.run;
        QString title = tr("%1 — %2").arg(run.name, RunListModel::stateText(run.state));
        if (!run.message.isEmpty())
            title += QStringLiteral(": ") + run.message;
        m_detailTitle->setText(title);
        const QString keep = m_taskPath;
        QTreeWidgetItem *select = nullptr;
        QTreeWidgetItem *firstFailed = nullptr;
        QSignalBlocker block(m_tasks);
        m_tasks->clear();
        for (const TaskInfo &t : r.value.tasks) {
            QString note = t.cached ? tr("cached") : QString();
            if (!t.message.isEmpty())
                note = note.isEmpty() ? t.message : note + QStringLiteral("; ") + t.message;
            // From the first attempt's start to the end (or to now while it runs).
            QString duration;
            if (t.started.isValid())
                duration = RunListModel::durationText(std::max<qint64>(
                    0, t.started.secsTo(t.finished.isValid() ? t.finished
                                                             : QDateTime::currentDateTimeUtc())));
            auto *item =
                new QTreeWidgetItem(m_tasks, {t.path, RunListModel::stateText(t.state), duration,
                                              QString::number(t.attempts), note});
            if (t.exitCode > 0)
                item->setToolTip(TaskState, tr("exit code %1").arg(t.exitCode));
            item->setData(TaskName, Qt::UserRole, t.path);
            item->setToolTip(TaskName, t.path);
            item->setToolTip(TaskNote, note);
            if (t.path == keep)
                select = item;
            if (!firstFailed && t.state == state::Failed)
                firstFailed = item;
        }
        // Long task paths get at most half the width, so that the status stays in view (the full
        // path is in the tooltip).
        m_tasks->resizeColumnToContents(TaskName);
        m_tasks->setColumnWidth(TaskName,
                                std::min(m_tasks->columnWidth(TaskName),
                                         std::max(120, m_tasks->viewport()->width() / 2)));
        if (!select)
            select =
                firstFailed ? firstFailed : m_tasks->topLevelItem(m_tasks->topLevelItemCount() - 1);
        if (select) {
            m_tasks->setCurrentItem(select);
            const QString path = select->data(TaskName, Qt::UserRole).toString();
            if (path != m_taskPath) {
                m_taskPath = path;
                showTaskLog();
            }
        }
        showTaskOutputs();
        showTaskEvents();
        for (int row = 0; row < m_model->rowCount(); ++row)
            if (m_model->run(row)->id == runId && m_model->run(row)->state != run.state)
                m_refreshSoon.start();
        updateActions();
    });
}

void RunsPage::showTaskOutputs()
{
    // The artifact shown stays when a refresh of the same task brings it back.
    const QTreeWidgetItem *current = m_outputs->currentItem();
    while (current && current->parent())
        current = current->parent();
    const QString shownName = current ? current->text(0) : QString();
    const QString shownTask = m_shownArtifactTask;
    QSignalBlocker block(m_outputs);
    m_outputs->clear();
    m_shownArtifactTask = m_runId + QLatin1Char('/') + m_taskPath;
    m_saveArtifact->setEnabled(false);
    if (m_taskPath.isEmpty() || m_detail.run.id != m_runId) {
        m_shownArtifact = -1;
        m_artifactView->clear();
        return;
    }
    for (const TaskInfo &t : std::as_const(m_detail.tasks)) {
        if (t.path != m_taskPath)
            continue;
        for (auto it = t.outputs.begin(); it != t.outputs.end(); ++it)
            new QTreeWidgetItem(m_outputs, {it.key(), jsonValueText(it.value())});
    }
    for (int i = 0; i < m_detail.artifacts.size(); ++i) {
        const ArtifactInfo &a = m_detail.artifacts.at(i);
        if (a.taskPath != m_taskPath)
            continue;
        auto *item = new QTreeWidgetItem(m_outputs, {a.name, a.schemaTitle, a.uri});
        item->setData(0, Qt::UserRole, i);
        item->setToolTip(2, a.uri);
        // Metadata: scalar metrics, confusion matrices, whatever the component logged.
        for (auto it = a.metadata.begin(); it != a.metadata.end(); ++it)
            new QTreeWidgetItem(item, {it.key(), jsonValueText(it.value())});
        item->setExpanded(true);
        if (shownTask == m_shownArtifactTask && a.name == shownName) {
            m_outputs->setCurrentItem(item);
            m_shownArtifact = i;
        }
    }
    if (!m_detail.outputsNote.isEmpty()) {
        // Why outputs are missing, where they would be.
        auto *note = new QTreeWidgetItem(m_outputs, {m_detail.outputsNote});
        note->setFirstColumnSpanned(true);
        note->setToolTip(0, m_detail.outputsNote);
        note->setForeground(0, palette().brush(QPalette::Disabled, QPalette::Text));
        note->setFlags(Qt::ItemIsEnabled);
    }
    if (!m_outputs->currentItem()) {
        m_shownArtifact = -1;
        m_artifactView->clear();
    }
    m_saveArtifact->setEnabled(m_shownArtifact >= 0);
    m_outputs->resizeColumnToContents(0);
}

void RunsPage::showTaskEvents()
{
    m_inputs->clear();
    m_events->clear();
    if (m_taskPath.isEmpty() || m_detail.run.id != m_runId)
        return;
    for (const TaskInfo &t : std::as_const(m_detail.tasks)) {
        if (t.path != m_taskPath)
            continue;
        for (auto it = t.inputs.begin(); it != t.inputs.end(); ++it) {
            auto *item = new QTreeWidgetItem(m_inputs, {it.key(), jsonValueText(it.value())});
            item->setToolTip(1, item->text(1));
        }
        for (const TaskEvent &e : t.events) {
            auto *item = new QTreeWidgetItem(
                m_events, {QLocale().toString(e.time.toLocalTime(),
                                              QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz")),
                           e.attempt > 0 ? QString::number(e.attempt) : QStringLiteral("–"),
                           RunListModel::stateText(e.state), e.message});
            item->setToolTip(3, e.message);
            if (e.state == state::Failed)
                item->setForeground(2, QColor(0xd3, 0x2f, 0x2f));
        }
    }
    m_inputs->resizeColumnToContents(0);
    for (int column = 0; column < 3; ++column)
        m_events->resizeColumnToContents(column);
    // The latest at hand.
    if (m_events->topLevelItemCount() > 0)
        m_events->scrollToItem(m_events->topLevelItem(m_events->topLevelItemCount() - 1));
}

void RunsPage::fillColumnsMenu()
{
    m_columnsMenu->clear();
    const auto section = [this](const QString &title, QStringList names, const QStringList &chosen,
                                bool metrics) {
        m_columnsMenu->addSection(title);
        for (const QString &name : chosen)
            if (!names.contains(name))
                names << name;
        if (names.isEmpty()) {
            m_columnsMenu
                ->addAction(metrics ? tr("No metrics in the runs listed")
                                    : tr("No parameters in the runs listed"))
                ->setEnabled(false);
            return;
        }
        for (const QString &name : std::as_const(names)) {
            QAction *action = m_columnsMenu->addAction(name);
            action->setCheckable(true);
            action->setChecked(chosen.contains(name));
            connect(action, &QAction::toggled, this, [this, name, metrics](bool on) {
                QStringList metricColumns = m_model->metricColumns();
                QStringList parameterColumns = m_model->parameterColumns();
                QStringList &list = metrics ? metricColumns : parameterColumns;
                list.removeAll(name);
                if (on)
                    list << name;
                setExtraColumns(metricColumns, parameterColumns);
            });
        }
    };
    section(tr("Metrics"), m_model->knownMetrics(), m_model->metricColumns(), true);
    section(tr("Parameters"), m_model->knownParameters(), m_model->parameterColumns(), false);
}

void RunsPage::setExtraColumns(const QStringList &metrics, const QStringList &parameters)
{
    // A column that goes takes its order with it.
    const QString sortBy = m_model->query().page.sortBy;
    // The selected runs stay selected across the new columns.
    QStringList selected;
    for (const QModelIndex &row : m_table->selectionModel()->selectedRows())
        if (const RunInfo *r = m_model->run(row.row()))
            selected << r->id;
    m_model->setExtraColumns(metrics, parameters);
    QItemSelection selection;
    for (const QString &id : std::as_const(selected))
        if (const int row = m_model->rowOf(id); row >= 0)
            selection.select(m_model->index(row, 0),
                             m_model->index(row, m_model->columnCount() - 1));
    m_table->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
    QSettings settings;
    settings.setValue(QStringLiteral("runs/metricColumns"), metrics);
    settings.setValue(QStringLiteral("runs/parameterColumns"), parameters);
    if (m_model->columnOfSort(sortBy) < 0)
        m_table->horizontalHeader()->setSortIndicator(RunListModel::Started, Qt::DescendingOrder);
}

void RunsPage::saveSelectedArtifact(const QString &folder)
{
    QTreeWidgetItem *item = m_outputs->currentItem();
    if (!m_runs || !item || !item->data(0, Qt::UserRole).isValid())
        return;
    const int index = item->data(0, Qt::UserRole).toInt();
    if (index < 0 || index >= m_detail.artifacts.size())
        return;
    auto future = m_runs->downloadArtifact(m_detail.artifacts.at(index), folder);
    m_context.activity->track(future,
                              tr("Saving artifact %1").arg(m_detail.artifacts.at(index).name));
    backend::whenFinished(future, this, [this](const Result<QString> &r) {
        if (r.ok())
            m_context.notifications->post(ui::NotificationCenter::Severity::Info,
                                          tr("Artifact saved"), r.value, tr("Runs"));
        else
            m_context.notifications->post(ui::NotificationCenter::Severity::Error,
                                          tr("Could not save the artifact"), r.error, tr("Runs"));
    });
}

void RunsPage::showTaskLog()
{
    const quint64 generation = ++m_logGeneration;
    m_log->clear();
    if (!m_runs || m_runId.isEmpty() || m_taskPath.isEmpty())
        return;
    auto future = m_runs->taskLog(m_runId, m_taskPath);
    m_context.activity->track(future, tr("Loading the log of %1").arg(m_taskPath));
    backend::whenFinished(future, this, [this, generation](const Result<QByteArray> &r) {
        if (generation != m_logGeneration)
            return;
        m_logDecoder = QStringDecoder(QStringDecoder::Utf8);
        if (!r.ok()) {
            m_log->setPlainText(r.error);
            return;
        }
        // The window shows the end of a long log (laying out megabytes would stall the window);
        // the whole log stays in the task's folder.
        constexpr qsizetype kShown = 512 * 1024;
        QByteArray text = r.value;
        QString prefix;
        if (text.size() > kShown) {
            text = text.right(kShown);
            text = text.mid(text.indexOf('\n') + 1); // from a whole line
            prefix = tr("[the beginning of this log is left out here; %1 in all]\n")
                         .arg(QLocale().formattedDataSize(r.value.size()));
        }
        m_log->setPlainText(prefix + QString::fromUtf8(text));
        m_log->verticalScrollBar()->setValue(m_log->verticalScrollBar()->maximum());
    });
}

void RunsPage::updateActions()
{
    const RunInfo *r = m_model->run(m_model->rowOf(m_runId));
    const bool running = r && !state::isFinal(r->state);
    m_terminate->setEnabled(r && running);
    m_retry->setEnabled(r && (r->state == state::Failed || r->state == state::Canceled ||
                              r->state == state::Interrupted));
    m_archive->setEnabled(r != nullptr);
    m_archive->setText(r && r->archived ? tr("Restore") : tr("Archive"));
    m_delete->setEnabled(r && !running);
    m_clone->setEnabled(r != nullptr);
    m_editLabels->setEnabled(r != nullptr);
    // One run opens a comparison that more can be added to (from this or another backend).
    m_compare->setEnabled(m_table->selectionModel()->hasSelection());
}

void RunsPage::editLabels()
{
    const RunInfo *r = m_model->run(m_model->rowOf(m_runId));
    if (!r || !m_runs)
        return;
    auto *dialog = new QInputDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Labels of %1").arg(r->name));
    dialog->setLabelText(tr("Labels as key=value, separated by commas:"));
    dialog->setTextValue(labelsText(r->labels));
    connect(dialog, &QInputDialog::textValueSelected, this,
            [this, runId = r->id, service = m_runs](const QString &text) {
                QMap<QString, QString> labels;
                QString error;
                if (!parseLabels(text, &labels, &error))
                    return m_context.notifications->post(ui::NotificationCenter::Severity::Error,
                                                         tr("Labels not set"), error, tr("Runs"));
                if (!service)
                    return;
                backend::whenFinished(
                    service->setLabels(runId, labels), this, [this](const Result<Done> &set) {
                        if (!set.ok())
                            m_context.notifications->post(ui::NotificationCenter::Severity::Error,
                                                          tr("Labels not set"), set.error,
                                                          tr("Runs"));
                        m_refreshSoon.start();
                    });
            });
    dialog->open();
}

void RunsPage::cloneSelected()
{
    const QString runId = selectedRunId();
    if (!m_runs || runId.isEmpty())
        return;
    const auto open = [this](const RunDetail &detail) {
        m_launcherFrame->show();
        m_launcher->cloneRun(
            detail, m_experimentNames.value(detail.run.experimentId, detail.run.experimentId));
    };
    // The pipeline as it was run; a cluster may give it only through the run's version.
    const auto withSpec = [this, open](RunDetail detail) {
        if (!detail.pipelineSpec.isEmpty() || detail.run.pipelineVersionId.isEmpty() ||
            !m_backend || !m_backend->can(Capability::Pipelines))
            return open(detail);
        backend::whenFinished(m_backend->pipelines()->spec(detail.run.pipelineVersionId), this,
                              [open, detail](const Result<QByteArray> &r) mutable {
                                  if (r.ok())
                                      detail.pipelineSpec = r.value;
                                  open(detail);
                              });
    };
    if (m_detail.run.id == runId)
        return withSpec(m_detail);
    backend::whenFinished(m_runs->get(runId), this, [this, withSpec](const Result<RunDetail> &r) {
        if (!r.ok())
            return m_context.notifications->post(ui::NotificationCenter::Severity::Error,
                                                 tr("Could not clone the run"), r.error,
                                                 tr("Runs"));
        withSpec(r.value);
    });
}

void RunsPage::compareSelected()
{
    QStringList ids;
    QModelIndexList rows = m_table->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end());
    for (const QModelIndex &row : std::as_const(rows)) {
        if (const RunInfo *r = m_model->run(row.row()))
            ids << r->id;
    }
    if (ids.isEmpty() || !m_runs)
        return;
    // Each run's facts, read together; the comparison opens when all have come.
    const QString source = m_backend ? m_backend->displayName() : QString();
    struct Gathered
    {
        QList<std::optional<ComparedRun>> runs;
        QStringList errors;
        qsizetype pending = 0;
    };
    auto gathered = std::make_shared<Gathered>();
    gathered->runs.resize(ids.size());
    gathered->pending = ids.size();
    const int activity =
        m_context.activity->start(tr("Reading %n runs to compare", nullptr, int(ids.size())));
    for (qsizetype i = 0; i < ids.size(); ++i) {
        backend::whenFinished(m_runs->get(ids[i]), this,
                              [this, i, source, gathered, activity](const Result<RunDetail> &r) {
                                  if (r.ok())
                                      gathered->runs[i] = ComparedRun{source, r.value};
                                  else
                                      gathered->errors << r.error;
                                  if (--gathered->pending > 0)
                                      return;
                                  m_context.activity->finish(activity);
                                  if (!gathered->errors.isEmpty())
                                      m_context.notifications->post(
                                          ui::NotificationCenter::Severity::Warning,
                                          tr("Some runs could not be compared"),
                                          gathered->errors.join(QLatin1Char('\n')), tr("Runs"));
                                  QList<ComparedRun> runs;
                                  for (const auto &run : gathered->runs) {
                                      if (run)
                                          runs << *run;
                                  }
                                  if (runs.isEmpty())
                                      return;
                                  if (!m_comparison) {
                                      m_comparison = new RunCompareView(this);
                                      m_comparison->setWindowFlag(Qt::Window);
                                      m_comparison->setAttribute(Qt::WA_DeleteOnClose);
                                      m_comparison->resize(1100, 720);
                                  }
                                  m_comparison->addRuns(runs);
                                  m_comparison->show();
                                  m_comparison->raise();
                                  m_comparison->activateWindow();
                                  updateActions();
                              });
    }
}

void RunsPage::act(const QString &what)
{
    if (!m_runs)
        return;
    // The selected runs (several, with Ctrl or Shift), else the one shown.
    QList<RunInfo> targets;
    for (const QModelIndex &row : m_table->selectionModel()->selectedRows()) {
        if (const RunInfo *r = m_model->run(row.row()))
            targets << *r;
    }
    if (targets.isEmpty()) {
        if (const RunInfo *r = m_model->run(m_model->rowOf(m_runId)))
            targets << *r;
    }
    // Each action applies to the runs it can: stop the running ones, retry the failed ones...
    const auto fits = [&what](const RunInfo &r) {
        const bool running = !state::isFinal(r.state);
        if (what == QLatin1String("terminate"))
            return running;
        if (what == QLatin1String("retry"))
            return r.state == state::Failed || r.state == state::Canceled ||
                   r.state == state::Interrupted;
        if (what == QLatin1String("delete"))
            return !running;
        return true;
    };
    targets.removeIf([&fits](const RunInfo &r) { return !fits(r); });
    if (targets.isEmpty())
        return;
    auto report = [this](const QString &name, const QString &failedTitle) {
        return [this, name, failedTitle](const Result<Done> &result) {
            if (!result.ok())
                m_context.notifications->post(ui::NotificationCenter::Severity::Error,
                                              failedTitle.arg(name), result.error, tr("Runs"));
            m_refreshSoon.start();
            m_detailSoon.start();
        };
    };
    const auto apply = [this, what, report](const QList<RunInfo> &runs) {
        for (const RunInfo &r : runs) {
            if (!m_runs)
                return;
            if (what == QLatin1String("terminate"))
                backend::whenFinished(m_runs->terminate(r.id), this,
                                      report(r.name, tr("Could not stop %1")));
            else if (what == QLatin1String("retry"))
                backend::whenFinished(m_runs->retry(r.id), this,
                                      report(r.name, tr("Could not retry %1")));
            else if (what == QLatin1String("archive"))
                backend::whenFinished(r.archived ? m_runs->unarchive(r.id) : m_runs->archive(r.id),
                                      this, report(r.name, tr("Could not archive or restore %1")));
            else if (what == QLatin1String("delete"))
                backend::whenFinished(m_runs->remove(r.id), this,
                                      report(r.name, tr("Could not delete %1")));
        }
    };
    if (what != QLatin1String("delete"))
        return apply(targets);
    auto *box = new QMessageBox(
        QMessageBox::Warning, tr("Delete Run"),
        targets.size() == 1
            ? tr("Delete run %1 with its logs and artifacts? This cannot be undone.")
                  .arg(targets.first().name)
            : tr("Delete %1 runs with their logs and artifacts? This cannot be undone.")
                  .arg(targets.size()),
        QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("runs-delete"));
    auto *confirm = box->addButton(tr("Delete"), QMessageBox::DestructiveRole);
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this,
            [confirm, targets, apply](QAbstractButton *button) {
                if (button == confirm)
                    apply(targets);
            });
    box->open();
}

} // namespace kfw::views
