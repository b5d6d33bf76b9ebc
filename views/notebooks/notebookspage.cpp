#include "views/notebooks/notebookspage.h"

#include "cluster/backend/backend.h"
#include "cluster/backend/backendregistry.h"
#include "cluster/backend/profileservice.h"
#include "cluster/pipelinespec/yamlvalue.h"
#include "cluster/pipelinespec/yamlwriter.h"
#include "ui/actionregistry.h"
#include "ui/pageaction.h"
#include "views/notebooks/notebookbrowser.h"
#include "views/notebooks/notebooklistmodel.h"
#include "views/notebooks/spawndialog.h"

#include <QAction>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

namespace kfw::views {

using namespace kfw::backend;

namespace {

enum DetailTab
{
    OverviewTab,
    LogTab,
    EventsTab,
    YamlTab,
};

} // namespace

NotebooksPage::NotebooksPage(const ui::ShellContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_model(new NotebookListModel(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 10, 12, 10);

    auto *bar = new QHBoxLayout;
    auto *title = new QLabel(tr("<b>Notebook servers</b>"), this);
    bar->addWidget(title, 1);
    m_new = ui::addPageAction(this, bar, tr("New Notebook…"),
                              QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_N),
                              tr("Launch a notebook server from the cluster's spawner form "
                                 "(Ctrl+Alt+N)"));
    m_connect = ui::addPageAction(this, bar, tr("Connect"), QKeySequence(Qt::CTRL | Qt::Key_Return),
                                  tr("Open the selected notebook in the app (Ctrl+Enter)"));
    m_startStop = ui::addPageAction(this, bar, tr("Stop"), QKeySequence(Qt::CTRL | Qt::Key_T),
                                    tr("Stop or start the selected notebook; a stopped notebook "
                                       "keeps its volumes (Ctrl+T)"));
    m_resources =
        ui::addPageAction(this, bar, tr("Edit Resources…"), QKeySequence(Qt::CTRL | Qt::Key_E),
                          tr("Change CPU, memory and GPUs of the selected stopped "
                             "notebook (Ctrl+E)"));
    m_clone = ui::addPageAction(this, bar, tr("Clone…"), QKeySequence(Qt::CTRL | Qt::Key_D),
                                tr("A new notebook with the selected one's settings (Ctrl+D)"));
    m_delete =
        ui::addPageAction(this, bar, tr("Delete Notebook…"), QKeySequence(QKeySequence::Delete),
                          tr("Delete the selected notebook; its volumes stay (Del)"));
    m_refresh =
        ui::addPageAction(this, bar, tr("Refresh Notebooks"), QKeySequence(QKeySequence::Refresh),
                          tr("Read the notebooks again (F5)"));
    for (QAction *a : {m_new, m_refresh})
        a->setShortcutContext(Qt::WindowShortcut);
    m_new->setObjectName(QStringLiteral("notebooks.new"));
    m_connect->setObjectName(QStringLiteral("notebooks.connect"));
    m_startStop->setObjectName(QStringLiteral("notebooks.startStop"));
    m_resources->setObjectName(QStringLiteral("notebooks.resources"));
    connect(m_new, &QAction::triggered, this, &NotebooksPage::newNotebook);
    connect(m_clone, &QAction::triggered, this, &NotebooksPage::cloneNotebook);
    connect(m_connect, &QAction::triggered, this, &NotebooksPage::connectNotebook);
    connect(m_startStop, &QAction::triggered, this, &NotebooksPage::toggleStopped);
    connect(m_resources, &QAction::triggered, this, &NotebooksPage::editResources);
    connect(m_delete, &QAction::triggered, this, &NotebooksPage::deleteNotebook);
    connect(m_refresh, &QAction::triggered, this, &NotebooksPage::refresh);
    if (m_context.actions) {
        for (QAction *a :
             {m_new, m_connect, m_startStop, m_resources, m_clone, m_delete, m_refresh})
            m_context.actions->add(a, tr("Notebooks"));
    }
    layout->addLayout(bar);

    m_unavailable = new QLabel(this);
    m_unavailable->setObjectName(QStringLiteral("notebooksUnavailable"));
    m_unavailable->setWordWrap(true);
    m_unavailable->hide();
    layout->addWidget(m_unavailable);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    m_content = splitter;
    m_table = new QTableView(splitter);
    m_table->setObjectName(QStringLiteral("notebooksTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAlternatingRowColors(true);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &NotebooksPage::showSelected);
    connect(m_table, &QTableView::activated, this, &NotebooksPage::connectNotebook);

    m_details = new QTabWidget(splitter);
    m_details->setObjectName(QStringLiteral("notebookDetails"));
    m_overview = new QLabel(m_details);
    m_overview->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_overview->setWordWrap(true);
    m_overview->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_overview->setMargin(8);
    m_details->addTab(m_overview, tr("Overview"));
    const QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_log = new QPlainTextEdit(m_details);
    m_log->setObjectName(QStringLiteral("notebookLog"));
    m_log->setReadOnly(true);
    m_log->setFont(fixed);
    m_details->addTab(m_log, tr("Logs"));
    m_events = new QTableWidget(0, 5, m_details);
    m_events->setObjectName(QStringLiteral("notebookEvents"));
    m_events->setHorizontalHeaderLabels(
        {tr("Type"), tr("Reason"), tr("Object"), tr("Last seen"), tr("Message")});
    m_events->horizontalHeader()->setStretchLastSection(true);
    m_events->verticalHeader()->hide();
    m_events->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_details->addTab(m_events, tr("Events"));
    m_yaml = new QPlainTextEdit(m_details);
    m_yaml->setReadOnly(true);
    m_yaml->setFont(fixed);
    m_details->addTab(m_yaml, tr("YAML"));
    connect(m_details, &QTabWidget::currentChanged, this, &NotebooksPage::loadDetails);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    layout->addWidget(splitter, 1);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("notebooksMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_message);

    if (m_context.backends) {
        connect(m_context.backends, &BackendRegistry::activeChanged, this,
                [this] { bindBackend(m_context.backends->active()); });
        bindBackend(m_context.backends->active());
    }
}

NotebooksPage::~NotebooksPage()
{
    delete m_browser;
}

NotebookService *NotebooksPage::service() const
{
    return m_backend && m_backend->can(Capability::Notebooks) ? m_backend->notebooks() : nullptr;
}

void NotebooksPage::bindBackend(Backend *backend)
{
    if (m_backend) {
        m_backend->disconnect(this);
        if (NotebookService *notebooks = m_backend->notebooks())
            notebooks->disconnect(this);
    }
    m_backend = backend;
    m_model->setItems({});
    if (backend) {
        connect(backend, &Backend::capabilitiesChanged, this, &NotebooksPage::refresh);
        if (NotebookService *notebooks = backend->notebooks())
            connect(notebooks, &NotebookService::changed, this, &NotebooksPage::refresh);
    }
    refresh();
}

void NotebooksPage::refresh()
{
    const quint64 generation = ++m_generation;
    NotebookService *notebooks = service();
    const bool usable = notebooks != nullptr;
    m_content->setEnabled(usable);
    m_unavailable->setVisible(!usable);
    m_new->setEnabled(usable);
    if (!usable) {
        m_model->setItems({});
        if (!m_backend)
            m_unavailable->setText(tr("No backend is active."));
        else if (m_backend->kind() == BackendKind::Local)
            m_unavailable->setText(
                tr("Notebook servers run on Kubeflow clusters. Choose a cluster in the backend "
                   "menu (top left) to launch and open its notebooks."));
        else if (m_backend->capabilities() == Capability::None)
            m_unavailable->setText(tr("Connecting to %1…").arg(m_backend->displayName()));
        else
            m_unavailable->setText(tr("%1 has no Kubeflow notebooks (the Notebook resource, "
                                      "kubeflow.org/v1, is not installed).")
                                       .arg(m_backend->displayName()));
        showSelected();
        return;
    }
    backend::whenFinished(
        notebooks->list(), this, [this, generation](const Result<QList<NotebookInfo>> &r) {
            if (generation != m_generation)
                return;
            if (!r.ok()) {
                m_unavailable->setText(
                    tr("The notebooks of %1 cannot be read: %2")
                        .arg(service() ? service()->currentNamespace() : QString(), r.error));
                m_unavailable->show();
                return;
            }
            m_unavailable->setVisible(r.value.isEmpty());
            if (r.value.isEmpty())
                m_unavailable->setText(
                    tr("No notebook servers in %1 yet: New Notebook (Ctrl+Alt+N) launches one.")
                        .arg(service()->currentNamespace()));
            const QString keep = selectedNotebook();
            m_model->setItems(r.value);
            if (!selectNotebook(keep) && m_model->rowCount() > 0 && keep.isEmpty())
                m_table->selectRow(0);
            m_table->resizeColumnsToContents();
            showSelected();
        });
}

QString NotebooksPage::selectedNotebook() const
{
    const NotebookInfo *n = m_model->notebook(m_table->currentIndex().row());
    return n ? n->name : QString();
}

bool NotebooksPage::selectNotebook(const QString &name)
{
    const int row = name.isEmpty() ? -1 : m_model->rowOf(name);
    if (row < 0)
        return false;
    m_table->selectRow(row);
    m_table->setCurrentIndex(m_model->index(row, NotebookListModel::NameColumn));
    return true;
}

void NotebooksPage::updateActions()
{
    const NotebookInfo *n = m_model->notebook(m_table->currentIndex().row());
    const bool any = n && service();
    m_connect->setEnabled(any && n->status.phase == NotebookPhase::Ready);
    m_startStop->setEnabled(any && n->status.phase != NotebookPhase::Terminating);
    m_startStop->setText(n && n->stopped ? tr("Start") : tr("Stop"));
    m_resources->setEnabled(any && n->stopped);
    m_clone->setEnabled(any);
    m_delete->setEnabled(any && n->status.phase != NotebookPhase::Terminating);
}

void NotebooksPage::showSelected()
{
    updateActions();
    const NotebookInfo *n = m_model->notebook(m_table->currentIndex().row());
    if (!n) {
        m_overview->setText(service() ? tr("Select a notebook.") : QString());
        m_log->clear();
        m_events->setRowCount(0);
        m_yaml->clear();
        return;
    }
    const auto row = [](const QString &label, const QString &value) {
        return QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>")
            .arg(label.toHtmlEscaped(), value.toHtmlEscaped());
    };
    const QString phase = phaseTitle(n->status.phase);
    const QString state = n->status.message.isEmpty() || n->status.message == phase
                              ? phase
                              : QStringLiteral("%1 — %2").arg(phase, n->status.message);
    QString html =
        QStringLiteral("<h3>%1</h3><p style='color:%2'>%3</p><table>")
            .arg(n->name.toHtmlEscaped(), NotebookListModel::phaseColor(n->status.phase).name(),
                 state.toHtmlEscaped());
    html += row(tr("Type"), serverTypeTitle(n->serverType));
    html += row(tr("Image"), n->image);
    html += row(tr("CPU"),
                n->cpuLimit.isEmpty() ? n->cpu : tr("%1, limit %2").arg(n->cpu, n->cpuLimit));
    html += row(tr("Memory"), n->memoryLimit.isEmpty()
                                  ? n->memory
                                  : tr("%1, limit %2").arg(n->memory, n->memoryLimit));
    html += row(tr("GPUs"), n->gpus > 0 ? QStringLiteral("%1 × %2").arg(n->gpus).arg(n->gpuVendor)
                                        : tr("none"));
    html += row(tr("Volumes"), n->volumes.isEmpty() ? tr("none") : n->volumes.join(u", "));
    html += row(tr("Configurations"),
                n->configurations.isEmpty() ? tr("none") : n->configurations.join(u", "));
    html += row(tr("Created"), QLocale().toString(n->created.toLocalTime(), QLocale::LongFormat));
    html += row(tr("Last activity"),
                n->lastActivity.isValid()
                    ? QLocale().toString(n->lastActivity.toLocalTime(), QLocale::LongFormat)
                    : tr("not reported (culling is off)"));
    html += QStringLiteral("</table>");
    m_overview->setText(html);
    pipelinespec::YamlWriter::Options options;
    options.sortKeys = false;
    m_yaml->setPlainText(QString::fromUtf8(
        pipelinespec::YamlWriter::write(pipelinespec::YamlValue::fromJson(n->object), options)));
    loadDetails();
}

void NotebooksPage::loadDetails()
{
    NotebookService *notebooks = service();
    const QString name = selectedNotebook();
    if (!notebooks || name.isEmpty())
        return;
    const quint64 generation = ++m_detailGeneration;
    if (m_details->currentIndex() == LogTab) {
        backend::whenFinished(notebooks->log(name), this,
                              [this, generation](const Result<QString> &r) {
                                  if (generation != m_detailGeneration)
                                      return;
                                  m_log->setPlainText(r.ok() ? r.value : r.error);
                                  m_log->moveCursor(QTextCursor::End);
                              });
    } else if (m_details->currentIndex() == EventsTab) {
        backend::whenFinished(
            notebooks->events(name), this, [this, generation](const Result<QList<EventInfo>> &r) {
                if (generation != m_detailGeneration)
                    return;
                m_events->setRowCount(0);
                if (!r.ok()) {
                    setMessage(tr("The events cannot be read: %1").arg(r.error), true);
                    return;
                }
                for (const EventInfo &e : r.value) {
                    const int row = m_events->rowCount();
                    m_events->insertRow(row);
                    const QStringList cells{
                        e.type, e.reason, e.object,
                        QLocale().toString(e.last.toLocalTime(), QLocale::ShortFormat) +
                            (e.count > 1 ? tr(" (×%1)").arg(e.count) : QString()),
                        e.message};
                    for (int c = 0; c < cells.size(); ++c)
                        m_events->setItem(row, c, new QTableWidgetItem(cells.at(c)));
                }
                m_events->resizeColumnsToContents();
            });
    }
}

void NotebooksPage::setMessage(const QString &text, bool error)
{
    m_message->setStyleSheet(error ? QStringLiteral("color: #d32f2f") : QString());
    m_message->setText(text);
}

void NotebooksPage::finishChange(const Result<Done> &result, const QString &success)
{
    if (result.ok())
        setMessage(success, false);
    else
        setMessage(result.error, true);
    refresh();
}

void NotebooksPage::newNotebook()
{
    openSpawnForm(std::nullopt);
}

void NotebooksPage::cloneNotebook()
{
    const NotebookInfo *n = m_model->notebook(m_table->currentIndex().row());
    if (!n)
        return;
    // The clone starts from the selected notebook's settings (its volumes are its own: the
    // clone gets a new workspace).
    NotebookRequest r;
    r.name = n->name + QStringLiteral("-copy");
    r.serverType = n->serverType;
    r.image = n->image;
    r.cpu = n->cpu;
    r.cpuLimit = n->cpuLimit;
    r.memory = n->memory;
    r.memoryLimit = n->memoryLimit;
    r.gpus = n->gpus;
    r.gpuVendor = n->gpuVendor;
    r.configurations = n->configurations;
    r.sharedMemory =
        n->object.value(u"spec")
            .toObject()
            .value(u"template")
            .toObject()
            .value(u"spec")
            .toObject()
            .value(u"volumes")
            .toArray()
            .contains(QJsonObject{{u"name"_qs, u"dshm"_qs},
                                  {u"emptyDir"_qs, QJsonObject{{u"medium"_qs, u"Memory"_qs}}}});
    openSpawnForm(r);
}

void NotebooksPage::openSpawnForm(const std::optional<NotebookRequest> &start)
{
    NotebookService *notebooks = service();
    if (!notebooks || m_spawn)
        return;
    setMessage(tr("Reading the spawner configuration…"), false);
    const QPointer<NotebookService> guard(notebooks);
    const quint64 generation = m_generation;
    auto config = notebooks->spawnerConfig();
    auto podDefaults = notebooks->podDefaults();
    ProfileService *profiles = m_backend ? m_backend->profiles() : nullptr;
    QFuture<Result<Identity>> who =
        profiles ? profiles->identity() : QtFuture::makeReadyFuture(Result<Identity>{});
    backend::whenFinished(config, this, [=, this](const Result<SpawnerConfig> &c) mutable {
        backend::whenFinished(
            podDefaults, this, [=, this](const Result<QList<PodDefaultInfo>> &p) mutable {
                backend::whenFinished(who, this, [=, this](const Result<Identity> &me) {
                    if (!guard || generation != m_generation || m_spawn)
                        return;
                    if (!c.ok()) {
                        setMessage(c.error, true);
                        return;
                    }
                    setMessage(p.ok() ? QString()
                                      : tr("The namespace's configurations (PodDefaults) cannot be "
                                           "read: %1")
                                            .arg(p.error),
                               !p.ok());
                    m_spawn = new SpawnDialog(guard, c.value, p.value, me.value.user, this);
                    m_spawn->setAttribute(Qt::WA_DeleteOnClose);
                    if (start) {
                        NotebookRequest r = *start;
                        if (r.workspace.isEmpty())
                            r.workspace = c.value.workspace.value;
                        r.pullPolicy = c.value.pullPolicy.value;
                        r.creator = me.value.user;
                        m_spawn->setRequest(r);
                    }
                    connect(m_spawn, &QDialog::accepted, this, [this] {
                        const QString name = m_spawn ? m_spawn->request().name : QString();
                        setMessage(tr("Launched %1; it is starting.").arg(name), false);
                        refresh();
                        selectNotebook(name);
                    });
                    m_spawn->open();
                });
            });
    });
}

void NotebooksPage::connectNotebook()
{
    NotebookService *notebooks = service();
    const QString name = selectedNotebook();
    if (!notebooks || name.isEmpty())
        return;
    setMessage(tr("Connecting to %1…").arg(name), false);
    const QString ns = notebooks->currentNamespace();
    backend::whenFinished(
        notebooks->connection(name), this, [this, name, ns](const Result<NotebookConnection> &c) {
            if (!c.ok()) {
                setMessage(c.error, true);
                return;
            }
            if (!m_browser)
                m_browser = new NotebookBrowser(window());
            m_browser->open(ns + u'/' + name, c.value);
            setMessage(tr("%1 is open in the Notebooks window.").arg(name), false);
        });
}

void NotebooksPage::toggleStopped()
{
    NotebookService *notebooks = service();
    const NotebookInfo *n = m_model->notebook(m_table->currentIndex().row());
    if (!notebooks || !n)
        return;
    const bool stop = !n->stopped;
    const QString name = n->name;
    setMessage(stop ? tr("Stopping %1…").arg(name) : tr("Starting %1…").arg(name), false);
    backend::whenFinished(notebooks->setStopped(name, stop), this,
                          [this, name, stop](const Result<Done> &r) {
                              finishChange(r, stop ? tr("Stopped %1; its volumes stay.").arg(name)
                                                   : tr("Starting %1.").arg(name));
                          });
}

void NotebooksPage::editResources()
{
    NotebookService *notebooks = service();
    const NotebookInfo *n = m_model->notebook(m_table->currentIndex().row());
    if (!notebooks || !n)
        return;
    if (!n->stopped) {
        setMessage(tr("Stop %1 first: changing its resources restarts its server.").arg(n->name),
                   true);
        return;
    }
    const NotebookInfo chosen = *n;
    const QPointer<NotebookService> guard(notebooks);
    backend::whenFinished(
        notebooks->spawnerConfig(), this, [this, chosen, guard](const Result<SpawnerConfig> &c) {
            if (!guard || m_resourcesDialog)
                return;
            auto *dialog = new QDialog(this);
            m_resourcesDialog = dialog;
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            dialog->setWindowTitle(tr("Resources of %1").arg(chosen.name));
            auto *layout = new QVBoxLayout(dialog);
            auto *fields = new ResourceFields(c.value, dialog);
            fields->setValues(chosen.cpu, chosen.cpuLimit, chosen.memory, chosen.memoryLimit,
                              chosen.gpus, chosen.gpuVendor);
            layout->addWidget(fields);
            auto *buttons =
                new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, dialog);
            connect(buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
            connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
            layout->addWidget(buttons);
            connect(dialog, &QDialog::accepted, this, [this, chosen, guard, fields] {
                if (!guard)
                    return;
                setMessage(tr("Saving the resources of %1…").arg(chosen.name), false);
                backend::whenFinished(
                    guard->setResources(chosen.name, fields->cpu(), fields->cpuLimit(),
                                        fields->memory(), fields->memoryLimit(), fields->gpus(),
                                        fields->gpuVendor()),
                    this, [this, chosen](const Result<Done> &r) {
                        finishChange(r,
                                     tr("%1 will start with the new resources.").arg(chosen.name));
                    });
            });
            dialog->open();
        });
}

void NotebooksPage::deleteNotebook()
{
    NotebookService *notebooks = service();
    const QString name = selectedNotebook();
    if (!notebooks || name.isEmpty())
        return;
    const auto answer = QMessageBox::question(
        this, tr("Delete Notebook"),
        tr("Delete notebook %1? Its server ends; its volumes stay and can be mounted by another "
           "notebook.")
            .arg(name),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    backend::whenFinished(notebooks->remove(name), this, [this, name](const Result<Done> &r) {
        finishChange(r, tr("Deleted %1.").arg(name));
    });
}

} // namespace kfw::views
