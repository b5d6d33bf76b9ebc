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
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTimer>
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

    // The servers, and the volumes they use.
    auto *sections = new QTabWidget(this);
    sections->setObjectName(QStringLiteral("notebookSections"));
    sections->setDocumentMode(true);
    m_content = sections;
    auto *splitter = new QSplitter(Qt::Vertical, sections);
    sections->addTab(splitter, tr("Servers"));
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
    sections->addTab(makeVolumesTab(sections), tr("Volumes"));
    connect(sections, &QTabWidget::currentChanged, this, [this](int index) {
        if (index == 1)
            loadVolumes();
    });
    layout->addWidget(sections, 1);
    m_local = makeLocalPanel(this);
    m_local->hide();
    layout->addWidget(m_local, 1);

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
        if (LocalNotebookService *local = m_backend->localNotebooks())
            local->disconnect(this);
    }
    m_backend = backend;
    m_model->setItems({});
    if (backend) {
        connect(backend, &Backend::capabilitiesChanged, this, &NotebooksPage::refresh);
        if (LocalNotebookService *local = backend->localNotebooks())
            connect(local, &LocalNotebookService::serversChanged, this,
                    &NotebooksPage::showLocalServers);
        if (NotebookService *notebooks = backend->notebooks()) {
            connect(notebooks, &NotebookService::changed, this, [this] {
                refresh();
                loadVolumes();
            });
            connect(notebooks, &NotebookService::connectionFailed, this,
                    [this](const QString &name, const QString &message) {
                        setMessage(tr("The connection to %1 failed: %2").arg(name, message), true);
                    });
        }
    }
    refresh();
}

void NotebooksPage::refresh()
{
    const quint64 generation = ++m_generation;
    NotebookService *notebooks = service();
    const bool usable = notebooks != nullptr;
    const bool local = !usable && m_backend && m_backend->localNotebooks();
    m_content->setEnabled(usable);
    m_content->setVisible(!local);
    m_local->setVisible(local);
    m_unavailable->setVisible(!usable && !local);
    m_new->setEnabled(usable);
    if (local)
        showLocalServers();
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
            // A notebook without any status yet shows as waiting for its first ten seconds;
            // nothing changes on the cluster when they are over, so look again then.
            const QDateTime now = QDateTime::currentDateTimeUtc();
            for (const NotebookInfo &n : r.value) {
                if (n.created.isValid() && n.created.secsTo(now) <= 10) {
                    QTimer::singleShot((11 - std::max<qint64>(0, n.created.secsTo(now))) * 1000,
                                       this, &NotebooksPage::refresh);
                    break;
                }
            }
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

QWidget *NotebooksPage::makeVolumesTab(QWidget *parent)
{
    auto *tab = new QWidget(parent);
    auto *layout = new QVBoxLayout(tab);
    auto *bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("Persistent volume claims of the namespace: workspaces and data "
                                 "volumes of notebooks."),
                              tab),
                   1);
    auto *create = new QPushButton(tr("New Volume…"), tab);
    create->setObjectName(QStringLiteral("newVolume"));
    auto *remove = new QPushButton(tr("Delete Volume…"), tab);
    remove->setObjectName(QStringLiteral("deleteVolume"));
    remove->setToolTip(tr("Delete the selected volume and its data (Del); a volume a notebook "
                          "mounts cannot be deleted"));
    bar->addWidget(create);
    bar->addWidget(remove);
    layout->addLayout(bar);
    m_volumes = new QTableWidget(0, 7, tab);
    m_volumes->setObjectName(QStringLiteral("volumesTable"));
    m_volumes->setHorizontalHeaderLabels({tr("Name"), tr("Status"), tr("Size"), tr("Access mode"),
                                          tr("Storage class"), tr("Used by"), tr("Created")});
    m_volumes->horizontalHeader()->setStretchLastSection(true);
    m_volumes->verticalHeader()->hide();
    m_volumes->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_volumes->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_volumes->setSelectionMode(QAbstractItemView::SingleSelection);
    layout->addWidget(m_volumes, 1);
    connect(create, &QPushButton::clicked, this, &NotebooksPage::newVolume);
    connect(remove, &QPushButton::clicked, this, &NotebooksPage::deleteVolume);
    auto *del = new QAction(m_volumes);
    del->setShortcut(QKeySequence::Delete);
    del->setShortcutContext(Qt::WidgetShortcut);
    connect(del, &QAction::triggered, this, &NotebooksPage::deleteVolume);
    m_volumes->addAction(del);
    return tab;
}

void NotebooksPage::loadVolumes()
{
    NotebookService *notebooks = service();
    if (!notebooks || !m_volumes->isVisible())
        return;
    const quint64 generation = ++m_volumeGeneration;
    backend::whenFinished(
        notebooks->volumes(), this, [this, generation](const Result<QList<VolumeInfo>> &r) {
            if (generation != m_volumeGeneration)
                return;
            if (!r.ok()) {
                setMessage(tr("The volumes cannot be read: %1").arg(r.error), true);
                return;
            }
            const QString keep = selectedVolume();
            m_volumes->setRowCount(0);
            for (const VolumeInfo &v : r.value) {
                const int row = m_volumes->rowCount();
                m_volumes->insertRow(row);
                const QStringList cells{
                    v.name,
                    v.phase,
                    v.size,
                    v.accessModes.join(u", "),
                    v.storageClass.isEmpty() ? tr("default") : v.storageClass,
                    v.usedBy.isEmpty() ? tr("no notebook") : v.usedBy.join(u", "),
                    QLocale().toString(v.created.toLocalTime(), QLocale::ShortFormat)};
                for (int c = 0; c < cells.size(); ++c)
                    m_volumes->setItem(row, c, new QTableWidgetItem(cells.at(c)));
                if (v.name == keep)
                    m_volumes->selectRow(row);
            }
            m_volumes->resizeColumnsToContents();
        });
}

QString NotebooksPage::selectedVolume() const
{
    const int row = m_volumes->currentRow();
    return row >= 0 && m_volumes->item(row, 0) ? m_volumes->item(row, 0)->text() : QString();
}

void NotebooksPage::newVolume()
{
    NotebookService *notebooks = service();
    if (!notebooks || m_volumeDialog)
        return;
    auto *dialog = new QDialog(this);
    m_volumeDialog = dialog;
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("New Volume in %1").arg(notebooks->currentNamespace()));
    auto *form = new QFormLayout(dialog);
    auto *name = new QLineEdit(dialog);
    name->setObjectName(QStringLiteral("volumeName"));
    auto *size = new QLineEdit(QStringLiteral("10Gi"), dialog);
    size->setObjectName(QStringLiteral("volumeSize"));
    auto *mode = new QComboBox(dialog);
    mode->addItems({QStringLiteral("ReadWriteOnce"), QStringLiteral("ReadWriteMany"),
                    QStringLiteral("ReadOnlyMany")});
    auto *storageClass = new QLineEdit(dialog);
    storageClass->setPlaceholderText(tr("the cluster's default class"));
    form->addRow(tr("&Name"), name);
    form->addRow(tr("&Size"), size);
    form->addRow(tr("Access mode"), mode);
    form->addRow(tr("Storage class"), storageClass);
    auto *problem = new QLabel(dialog);
    problem->setStyleSheet(QStringLiteral("color: #d32f2f"));
    problem->setWordWrap(true);
    form->addRow(problem);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Create"));
    form->addRow(buttons);
    const auto volume = [=] {
        NotebookVolume v;
        v.claim = name->text().trimmed();
        v.size = size->text().trimmed();
        v.accessMode = mode->currentText();
        v.storageClass = storageClass->text().trimmed();
        return v;
    };
    const QPointer<NotebookService> guard(notebooks);
    const auto check = [=] {
        const QStringList problems = guard ? guard->volumeProblems(volume()) : QStringList();
        problem->setText(problems.join(u'\n'));
        buttons->button(QDialogButtonBox::Ok)->setEnabled(problems.isEmpty());
    };
    connect(name, &QLineEdit::textChanged, dialog, check);
    connect(size, &QLineEdit::textChanged, dialog, check);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, dialog, [=, this] {
        if (!guard)
            return;
        buttons->setEnabled(false);
        const NotebookVolume v = volume();
        backend::whenFinished(guard->createVolume(v), dialog, [=, this](const Result<Done> &r) {
            buttons->setEnabled(true);
            if (!r.ok()) {
                // The form stays as it is: the user corrects it and tries again.
                problem->setText(r.error);
                return;
            }
            setMessage(tr("Created volume %1.").arg(v.claim), false);
            dialog->accept();
            loadVolumes();
        });
    });
    check();
    dialog->open();
}

void NotebooksPage::deleteVolume()
{
    NotebookService *notebooks = service();
    const QString name = selectedVolume();
    if (!notebooks || name.isEmpty())
        return;
    const auto answer = QMessageBox::question(
        this, tr("Delete Volume"),
        tr("Delete volume %1 and the data on it? This cannot be undone.").arg(name),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    backend::whenFinished(notebooks->removeVolume(name), this, [this, name](const Result<Done> &r) {
        if (r.ok())
            setMessage(tr("Deleted volume %1.").arg(name), false);
        else
            setMessage(r.error, true);
        loadVolumes();
    });
}

QWidget *NotebooksPage::makeLocalPanel(QWidget *parent)
{
    auto *panel = new QWidget(parent);
    auto *layout = new QVBoxLayout(panel);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *intro = new QLabel(tr("Jupyter on this computer: start a Jupyter server in a folder and "
                                "work in it here. Kubeflow notebook servers are on clusters: "
                                "choose one in the backend menu (top left)."),
                             panel);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *row = new QHBoxLayout;
    m_localFolder = new QLineEdit(panel);
    m_localFolder->setObjectName(QStringLiteral("localJupyterFolder"));
    m_localFolder->setText(QDir::homePath());
    m_localFolder->setToolTip(tr("The folder Jupyter opens (its file browser's root)"));
    row->addWidget(new QLabel(tr("Folder"), panel));
    row->addWidget(m_localFolder, 1);
    auto *browse = new QPushButton(tr("Browse…"), panel);
    connect(browse, &QPushButton::clicked, this, [this] {
        auto *dialog = new QFileDialog(this, tr("Folder for Jupyter"), m_localFolder->text());
        dialog->setFileMode(QFileDialog::Directory);
        dialog->setOption(QFileDialog::ShowDirsOnly);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &QFileDialog::fileSelected, m_localFolder, &QLineEdit::setText);
        dialog->open();
    });
    row->addWidget(browse);
    m_localStart = new QPushButton(tr("Start Jupyter"), panel);
    m_localStart->setObjectName(QStringLiteral("startLocalJupyter"));
    m_localStart->setToolTip(tr("Start Jupyter in the folder and open it here (Enter)"));
    connect(m_localStart, &QPushButton::clicked, this, &NotebooksPage::startLocal);
    connect(m_localFolder, &QLineEdit::returnPressed, this, &NotebooksPage::startLocal);
    row->addWidget(m_localStart);
    layout->addLayout(row);
    m_localServers = new QTableWidget(0, 3, panel);
    m_localServers->setObjectName(QStringLiteral("localJupyterServers"));
    m_localServers->setHorizontalHeaderLabels({tr("Folder"), tr("Program"), tr("Address")});
    m_localServers->horizontalHeader()->setStretchLastSection(true);
    m_localServers->verticalHeader()->hide();
    m_localServers->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_localServers->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_localServers->setSelectionMode(QAbstractItemView::SingleSelection);
    layout->addWidget(m_localServers, 1);
    auto *buttons = new QHBoxLayout;
    auto *open = new QPushButton(tr("Open"), panel);
    open->setObjectName(QStringLiteral("openLocalJupyter"));
    auto *stop = new QPushButton(tr("Stop Jupyter"), panel);
    stop->setObjectName(QStringLiteral("stopLocalJupyter"));
    buttons->addStretch(1);
    buttons->addWidget(open);
    buttons->addWidget(stop);
    layout->addLayout(buttons);
    const auto selectedFolder = [this] {
        const int r = m_localServers->currentRow();
        return r >= 0 && m_localServers->item(r, 0) ? m_localServers->item(r, 0)->text()
                                                    : QString();
    };
    connect(open, &QPushButton::clicked, this, [this, selectedFolder] {
        LocalNotebookService *local = m_backend ? m_backend->localNotebooks() : nullptr;
        if (!local)
            return;
        for (const LocalNotebook &n : local->servers()) {
            if (n.folder == selectedFolder())
                openLocal(n);
        }
    });
    connect(m_localServers, &QTableWidget::cellDoubleClicked, open, &QPushButton::click);
    connect(stop, &QPushButton::clicked, this, [this, selectedFolder] {
        if (LocalNotebookService *local = m_backend ? m_backend->localNotebooks() : nullptr) {
            const QString folder = selectedFolder();
            if (folder.isEmpty())
                return;
            local->stop(folder);
            if (m_browser)
                m_browser->closeView(localTitle(folder));
            setMessage(tr("Stopping Jupyter in %1.").arg(folder), false);
        }
    });
    return panel;
}

QString NotebooksPage::localTitle(const QString &folder)
{
    return tr("Local: %1")
        .arg(QFileInfo(folder).fileName().isEmpty() ? folder : QFileInfo(folder).fileName());
}

void NotebooksPage::showLocalServers()
{
    LocalNotebookService *local = m_backend ? m_backend->localNotebooks() : nullptr;
    m_localServers->setRowCount(0);
    if (!local)
        return;
    for (const LocalNotebook &n : local->servers()) {
        const int row = m_localServers->rowCount();
        m_localServers->insertRow(row);
        QUrl shown = n.url;
        shown.setQuery(QString()); // the token stays out of sight
        const QStringList cells{n.folder, n.program, shown.toString()};
        for (int c = 0; c < cells.size(); ++c)
            m_localServers->setItem(row, c, new QTableWidgetItem(cells.at(c)));
    }
    m_localServers->resizeColumnsToContents();
}

void NotebooksPage::startLocal()
{
    LocalNotebookService *local = m_backend ? m_backend->localNotebooks() : nullptr;
    const QString folder = m_localFolder->text().trimmed();
    if (!local || folder.isEmpty())
        return;
    m_localStart->setEnabled(false);
    setMessage(tr("Starting Jupyter in %1…").arg(folder), false);
    backend::whenFinished(local->start(folder), this, [this](const Result<LocalNotebook> &r) {
        m_localStart->setEnabled(true);
        if (!r.ok()) {
            setMessage(r.error, true);
            return;
        }
        setMessage(tr("Jupyter runs in %1 (%2).").arg(r.value.folder, r.value.program), false);
        openLocal(r.value);
    });
}

void NotebooksPage::openLocal(const LocalNotebook &notebook)
{
    NotebookConnection c;
    c.url = notebook.url;
    c.via = tr("on this computer");
    if (!m_browser)
        m_browser = new NotebookBrowser(window());
    m_browser->open(localTitle(notebook.folder), c);
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
