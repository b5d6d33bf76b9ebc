#include "views/pipelines/pipelinespage.h"

#include "cluster/backend/backend.h"
#include "cluster/backend/backendregistry.h"
#include "cluster/pipelinespec/pipelinedocument.h"
#include "cluster/pipelinespec/specdiff.h"
#include "ui/activitytracker.h"
#include "ui/documentrouter.h"
#include "ui/notificationcenter.h"
#include "ui/pageaction.h"
#include "views/pipeline-editor/compareview.h"
#include "views/pipeline-editor/rungraph.h"
#include "views/pipelines/pipelinelistmodel.h"
#include "views/pipelines/recurringruns.h"
#include "views/runs/runs.h"

#include <QAbstractButton>
#include <QAction>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSplitter>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace kfw::views {

using backend::PipelineVersionInfo;
using backend::Result;

namespace {

bool isPipelineFile(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    return suffix == QLatin1String("yaml") || suffix == QLatin1String("yml") ||
           suffix == QLatin1String("json");
}

// A file read for upload: its bytes and the pipeline's name, or why it is not a pipeline.
struct ReadUpload
{
    QByteArray bytes;
    QString name;
    QString description;
    QString error;
};

ReadUpload readUpload(const QString &path)
{
    ReadUpload r;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        r.error = f.errorString();
        return r;
    }
    r.bytes = f.readAll();
    pipelinespec::ReadError error;
    const auto document =
        pipelinespec::PipelineDocument::fromBytes(r.bytes, QFileInfo(path).fileName(), &error);
    if (!document)
        r.error = error.toString();
    else {
        r.name = document->name();
        r.description = document->description();
    }
    return r;
}

QString safeName(QString text)
{
    static const QRegularExpression unsafe(QStringLiteral("[^A-Za-z0-9._-]+"));
    return text.replace(unsafe, QStringLiteral("-"));
}

} // namespace

PipelinesPage::PipelinesPage(const ui::ShellContext &context, PendingPipeline *runs,
                             QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_runs(runs)
    , m_model(new PipelineListModel(this))
{
    setObjectName(QStringLiteral("pipelines-page"));
    setAcceptDrops(true);
    auto *layout = new QVBoxLayout(this);
    auto *bar = new QHBoxLayout;
    m_search = new QLineEdit(this);
    m_search->setPlaceholderText(tr("Filter pipelines by name"));
    m_search->setClearButtonEnabled(true);
    bar->addWidget(m_search, 1);
    m_upload = ui::addPageAction(this, bar, tr("Upload…"), QKeySequence(Qt::CTRL | Qt::Key_U),
                                 tr("Add pipeline files: a new pipeline, or a new version of the "
                                    "pipeline of the same name (Ctrl+U; or drop files here)"));
    m_run = ui::addPageAction(this, bar, tr("Run…"), QKeySequence(Qt::CTRL | Qt::Key_R),
                              tr("Start a run of the selected version (Ctrl+R)"));
    m_open = ui::addPageAction(this, bar, tr("Open in Editor"), QKeySequence(Qt::CTRL | Qt::Key_E),
                               tr("Open the selected version in the pipeline editor (Ctrl+E)"));
    m_compare = ui::addPageAction(
        this, bar, tr("Compare Versions"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C),
        tr("Show two selected versions side by side with the differences marked "
           "(Ctrl+Shift+C)"));
    m_delete = ui::addPageAction(this, bar, tr("Delete Pipeline"), QKeySequence::Delete,
                                 tr("Delete the selected pipeline and all its versions (Del)"));
    m_schedule = ui::addPageAction(
        this, bar, tr("Schedule…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R),
        tr("Run the selected version on a schedule: a cron schedule or an interval "
           "(Ctrl+Shift+R)"));
    m_deleteVersions = ui::addPageAction(this, bar, tr("Delete Versions"),
                                         QKeySequence(Qt::SHIFT | Qt::Key_Delete),
                                         tr("Delete the selected versions (Shift+Del)"));
    layout->addLayout(bar);
    m_unavailable = new QLabel(this);
    m_unavailable->setWordWrap(true);
    m_unavailable->hide();
    layout->addWidget(m_unavailable);
    m_empty =
        new QLabel(tr("No pipelines yet. Upload a compiled pipeline (Ctrl+U) or drop pipeline "
                      "files here; the editor's Upload (Ctrl+U there) adds them too."),
                   this);
    m_empty->setObjectName(QStringLiteral("pipelines-empty"));
    m_empty->setWordWrap(true);
    m_empty->hide();
    layout->addWidget(m_empty);

    auto *split = new QSplitter(Qt::Horizontal, this);
    auto *lists = new QSplitter(Qt::Vertical, split);
    m_table = new QTableView(lists);
    m_table->setObjectName(QStringLiteral("pipelines-table"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSortIndicator(PipelineListModel::Created, Qt::DescendingOrder);
    m_table->setSortingEnabled(true);
    auto *lower = new QTabWidget(lists);
    m_versions = new QTreeWidget(lower);
    lower->addTab(m_versions, tr("Versions"));
    // Runs of a version on a schedule.
    m_recurring = new RecurringRunsPanel(m_context, lower);
    lower->addTab(m_recurring, tr("Recurring Runs"));
    m_versions->setObjectName(QStringLiteral("pipeline-versions"));
    m_versions->setRootIsDecorated(false);
    m_versions->setHeaderLabels({tr("Version"), tr("Uploaded"), tr("Description")});
    m_versions->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_graph = new editor::RunGraph(split);
    m_graph->setPlaceholder(tr("Select a version to see its graph."));
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);
    layout->addWidget(split, 1);

    auto *searchDelay = new QTimer(this);
    searchDelay->setSingleShot(true);
    searchDelay->setInterval(250);
    connect(m_search, &QLineEdit::textChanged, searchDelay, qOverload<>(&QTimer::start));
    connect(searchDelay, &QTimer::timeout, this,
            [this] { m_model->setNameFilter(m_search->text().trimmed()); });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                const backend::PipelineInfo *p = m_model->pipeline(current.row());
                showPipeline(p ? p->id : QString());
            });
    connect(m_model, &PipelineListModel::loaded, this, [this](const QString &error) {
        if (!error.isEmpty())
            report(tr("Could not list the pipelines"), error);
        // An empty list says how to fill it.
        m_empty->setVisible(error.isEmpty() && m_model->rowCount() == 0 &&
                            m_search->text().trimmed().isEmpty());
        // The pipeline shown stays selected across reloads.
        const int row = m_model->rowOf(m_pipelineId);
        if (row >= 0 && m_table->currentIndex().row() != row)
            m_table->setCurrentIndex(m_model->index(row, 0));
        updateActions();
    });
    connect(m_versions, &QTreeWidget::itemSelectionChanged, this, [this] {
        showVersion();
        updateActions();
    });
    connect(m_upload, &QAction::triggered, this, &PipelinesPage::chooseFiles);
    connect(m_run, &QAction::triggered, this, &PipelinesPage::runVersion);
    connect(m_open, &QAction::triggered, this, &PipelinesPage::openVersion);
    connect(m_compare, &QAction::triggered, this, &PipelinesPage::compareVersions);
    connect(m_delete, &QAction::triggered, this, &PipelinesPage::deleteSelected);
    connect(m_schedule, &QAction::triggered, this, [this] {
        const QList<PipelineVersionInfo> versions = selectedVersions();
        if (versions.size() == 1)
            m_recurring->schedule(versions.first());
    });
    connect(m_deleteVersions, &QAction::triggered, this, &PipelinesPage::deleteSelected);

    connect(m_context.backends, &backend::BackendRegistry::activeChanged, this,
            &PipelinesPage::bindBackend);
    bindBackend(m_context.backends->active());
}

void PipelinesPage::bindBackend(backend::Backend *backend)
{
    if (m_service)
        disconnect(m_service, nullptr, this, nullptr);
    m_service = backend ? backend->pipelines() : nullptr;
    m_backendName = backend ? backend->displayName() : QString();
    m_unavailable->setVisible(!m_service);
    m_unavailable->setText(
        tr("%1 keeps no pipelines. Use this workstation, or connect to a Kubeflow cluster.")
            .arg(m_backendName.isEmpty() ? tr("This backend") : m_backendName));
    if (m_service)
        connect(m_service, &backend::PipelineService::pipelinesChanged, this, [this] {
            m_model->refresh();
            showPipeline(m_pipelineId);
        });
    m_pipelineId.clear();
    m_recurring->bindBackend(backend);
    m_model->setService(m_service);
    showPipeline({});
}

void PipelinesPage::showPipeline(const QString &pipelineId)
{
    const quint64 generation = ++m_versionsGeneration;
    const bool same = pipelineId == m_pipelineId;
    m_pipelineId = pipelineId;
    const QStringList selected = [this] {
        QStringList ids;
        for (const PipelineVersionInfo &v : selectedVersions())
            ids << v.id;
        return ids;
    }();
    if (pipelineId.isEmpty() || !m_service) {
        m_versions->clear();
        m_shownVersions.clear();
        m_graph->clear();
        updateActions();
        return;
    }
    backend::PageRequest page;
    page.pageSize = 200;
    backend::whenFinished(
        m_service->versions(pipelineId, page), this,
        [this, generation, same,
         selected](const Result<backend::Page<PipelineVersionInfo>> &versions) {
            if (generation != m_versionsGeneration)
                return;
            if (!versions.ok())
                return report(tr("Could not list the versions"), versions.error);
            QSignalBlocker block(m_versions);
            m_versions->clear();
            m_shownVersions = versions.value.items;
            for (int i = 0; i < m_shownVersions.size(); ++i) {
                const PipelineVersionInfo &v = m_shownVersions[i];
                auto *item = new QTreeWidgetItem(
                    m_versions,
                    {v.name, QLocale().toString(v.created.toLocalTime(), QLocale::ShortFormat),
                     v.description.section(QLatin1Char('\n'), 0, 0)});
                item->setData(0, Qt::UserRole, i);
                item->setSelected(same && selected.contains(v.id));
            }
            // A pipeline newly shown starts with its newest version.
            if (m_versions->selectedItems().isEmpty() && m_versions->topLevelItemCount() > 0)
                m_versions->topLevelItem(0)->setSelected(true);
            m_versions->resizeColumnToContents(0);
            block.unblock();
            showVersion();
            updateActions();
        });
}

QList<PipelineVersionInfo> PipelinesPage::selectedVersions() const
{
    QList<std::pair<int, PipelineVersionInfo>> chosen;
    for (QTreeWidgetItem *item : m_versions->selectedItems()) {
        const int i = item->data(0, Qt::UserRole).toInt();
        if (i >= 0 && i < m_shownVersions.size())
            chosen.append({i, m_shownVersions[i]});
    }
    std::sort(chosen.begin(), chosen.end(),
              [](const auto &a, const auto &b) { return a.first < b.first; });
    QList<PipelineVersionInfo> out;
    for (const auto &c : chosen)
        out << c.second;
    return out;
}

void PipelinesPage::showVersion()
{
    const QList<PipelineVersionInfo> versions = selectedVersions();
    const quint64 generation = ++m_graphGeneration;
    if (versions.isEmpty() || !m_service) {
        m_graph->clear();
        return;
    }
    backend::whenFinished(m_service->spec(versions.first().id), this,
                          [this, generation](const Result<QByteArray> &spec) {
                              if (generation != m_graphGeneration)
                                  return;
                              if (!spec.ok())
                                  return report(tr("Could not read the version"), spec.error);
                              backend::RunDetail detail;
                              detail.pipelineSpec = spec.value;
                              m_graph->show(detail);
                          });
}

void PipelinesPage::updateActions()
{
    const qsizetype versions = m_versions->selectedItems().size();
    m_upload->setEnabled(m_service);
    m_run->setEnabled(versions == 1 && m_runs);
    m_open->setEnabled(versions == 1 && m_context.documents);
    m_compare->setEnabled(versions == 2);
    m_schedule->setEnabled(versions == 1);
    m_delete->setEnabled(!m_pipelineId.isEmpty());
    m_deleteVersions->setEnabled(versions >= 1 && versions < m_shownVersions.size());
}

void PipelinesPage::report(const QString &title, const QString &error)
{
    if (m_context.notifications)
        m_context.notifications->post(ui::NotificationCenter::Severity::Error, title, error,
                                      tr("Pipelines"));
}

void PipelinesPage::chooseFiles()
{
    auto *dialog =
        new QFileDialog(this, tr("Upload Pipelines"), {}, tr("Pipelines (*.yaml *.yml *.json)"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFiles);
    connect(dialog, &QFileDialog::filesSelected, this, &PipelinesPage::upload);
    dialog->open();
}

void PipelinesPage::dragEnterEvent(QDragEnterEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (m_service && !urls.isEmpty() && std::all_of(urls.begin(), urls.end(), [](const QUrl &u) {
            return u.isLocalFile() && isPipelineFile(u.toLocalFile());
        }))
        event->acceptProposedAction();
}

void PipelinesPage::dropEvent(QDropEvent *event)
{
    QStringList files;
    for (const QUrl &url : event->mimeData()->urls())
        files << url.toLocalFile();
    event->acceptProposedAction();
    upload(files);
}

void PipelinesPage::upload(const QStringList &files)
{
    for (const QString &file : files) {
        QPointer<backend::PipelineService> service = m_service;
        if (!service)
            return;
        const int activity =
            m_context.activity
                ? m_context.activity->start(tr("Uploading %1").arg(QFileInfo(file).fileName()), 100)
                : -1;
        auto finish = [this, activity, file](const QString &error) {
            if (m_context.activity)
                m_context.activity->finish(activity);
            if (!error.isEmpty())
                report(tr("Could not upload %1").arg(QFileInfo(file).fileName()), error);
            emit uploaded(file, error);
        };
        backend::whenFinished(QtConcurrent::run(readUpload, file), this,
                              [this, service, file, finish, activity](const ReadUpload &read) {
                                  if (!read.error.isEmpty())
                                      return finish(read.error);
                                  if (!service)
                                      return finish(tr("the backend went away"));
                                  backend::PipelineUpload upload;
                                  upload.content = read.bytes;
                                  upload.name = read.name;
                                  upload.description = read.description;
                                  upload.fileName = QFileInfo(file).fileName();
                                  // Progress comes from a worker or network thread.
                                  QPointer<ui::ActivityTracker> tracker = m_context.activity;
                                  upload.progress = [tracker, activity](qint64 sent, qint64 total) {
                                      QMetaObject::invokeMethod(
                                          qApp,
                                          [tracker, activity, sent, total] {
                                              if (tracker && total > 0)
                                                  tracker->setProgress(
                                                      activity, int(sent * 100 / total), 100);
                                          },
                                          Qt::QueuedConnection);
                                  };
                                  backend::addPipelineOrVersion(
                                      service, upload, this,
                                      [this, finish](const Result<PipelineVersionInfo> &r, bool) {
                                          if (!r.ok())
                                              return finish(r.error);
                                          finish({});
                                          // The pipeline uploaded is shown.
                                          m_pipelineId = r.value.pipelineId;
                                          m_model->refresh();
                                          showPipeline(r.value.pipelineId);
                                      });
                              });
    }
}

void PipelinesPage::withVersionFile(
    const PipelineVersionInfo &version,
    std::function<void(const QString &path, const PipelineVersionInfo &)> then)
{
    if (!m_service)
        return;
    const backend::PipelineInfo *pipeline = m_model->pipeline(m_model->rowOf(version.pipelineId));
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
                           QStringLiteral("/pipelines");
    const QString path = folder + QLatin1Char('/') +
                         safeName(pipeline && !version.name.startsWith(pipeline->name)
                                      ? pipeline->name + QLatin1Char('-') + version.name
                                      : version.name) +
                         QStringLiteral(".yaml");
    backend::whenFinished(
        m_service->spec(version.id), this,
        [this, folder, path, version, then](const Result<QByteArray> &spec) {
            if (!spec.ok())
                return report(tr("Could not read the version"), spec.error);
            auto write = QtConcurrent::run([folder, path, bytes = spec.value] {
                QDir().mkpath(folder);
                QSaveFile f(path);
                if (!f.open(QIODevice::WriteOnly) || f.write(bytes) < 0 || !f.commit())
                    return tr("Could not write %1: %2").arg(path, f.errorString());
                return QString();
            });
            backend::whenFinished(write, this, [this, path, version, then](const QString &error) {
                if (!error.isEmpty())
                    return report(tr("Could not keep the version"), error);
                then(path, version);
            });
        });
}

void PipelinesPage::runVersion()
{
    const QList<PipelineVersionInfo> versions = selectedVersions();
    if (versions.size() != 1 || !m_runs)
        return;
    withVersionFile(versions.first(), [this](const QString &path, const PipelineVersionInfo &v) {
        m_runs->set(path, v.id, v.name);
        if (m_context.documents)
            m_context.documents->showPage(QStringLiteral("runs"));
    });
}

void PipelinesPage::openVersion()
{
    const QList<PipelineVersionInfo> versions = selectedVersions();
    if (versions.size() != 1 || !m_context.documents)
        return;
    withVersionFile(versions.first(), [this](const QString &path, const PipelineVersionInfo &) {
        QString error;
        if (!m_context.documents->open(path, &error))
            report(tr("Could not open the version"), error);
    });
}

void PipelinesPage::compareVersions()
{
    const QList<PipelineVersionInfo> versions = selectedVersions();
    if (versions.size() != 2 || !m_service)
        return;
    // The older of the two on the left; both read and compared off the GUI thread.
    const PipelineVersionInfo later = versions[0];
    const PipelineVersionInfo earlier = versions[1];
    QPointer<backend::PipelineService> service = m_service;
    backend::whenFinished(
        service->spec(earlier.id), this,
        [this, service, earlier, later](const Result<QByteArray> &before) {
            if (!before.ok() || !service)
                return report(tr("Could not compare"), before.error);
            backend::whenFinished(
                service->spec(later.id), this,
                [this, earlier, later, before](const Result<QByteArray> &after) {
                    if (!after.ok())
                        return report(tr("Could not compare"), after.error);
                    struct Read
                    {
                        std::optional<pipelinespec::PipelineDocument> before, after;
                        QList<pipelinespec::SpecChange> changes;
                        QString error;
                    };
                    auto job =
                        QtConcurrent::run([a = before.value, b = after.value, earlier, later] {
                            Read r;
                            pipelinespec::ReadError error;
                            r.before =
                                pipelinespec::PipelineDocument::fromBytes(a, earlier.name, &error);
                            r.after =
                                pipelinespec::PipelineDocument::fromBytes(b, later.name, &error);
                            if (!r.before || !r.after)
                                r.error = error.toString();
                            else
                                r.changes = pipelinespec::SpecDiff::compare(*r.before, *r.after);
                            return r;
                        });
                    backend::whenFinished(job, this, [this, earlier, later](const Read &r) {
                        if (!r.error.isEmpty())
                            return report(tr("Could not compare"), r.error);
                        auto *view = new editor::CompareView(*r.before, {}, earlier.name, *r.after,
                                                             {}, later.name, r.changes, this);
                        view->setWindowFlag(Qt::Window);
                        view->setAttribute(Qt::WA_DeleteOnClose);
                        view->setWindowTitle(tr("%1 ↔ %2").arg(earlier.name, later.name));
                        view->resize(1100, 700);
                        view->show();
                        emit compareOpened(view);
                    });
                });
        });
}

void PipelinesPage::deleteSelected()
{
    if (!m_service || m_pipelineId.isEmpty())
        return;
    const bool versionsOnly = sender() == m_deleteVersions;
    const QList<PipelineVersionInfo> versions = selectedVersions();
    const backend::PipelineInfo *pipeline = m_model->pipeline(m_model->rowOf(m_pipelineId));
    const QString name = pipeline ? pipeline->name : m_pipelineId;
    if (versionsOnly && versions.isEmpty())
        return;
    auto *box = new QMessageBox(
        QMessageBox::Warning, versionsOnly ? tr("Delete Versions") : tr("Delete Pipeline"),
        versionsOnly ? tr("Delete %n version(s) of %1? Runs made from them are kept.", nullptr,
                          int(versions.size()))
                           .arg(name)
                     : tr("Delete the pipeline %1 and all its versions? Runs made from them are "
                          "kept.")
                           .arg(name),
        QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("pipelines-delete"));
    auto *confirm = box->addButton(tr("Delete"), QMessageBox::DestructiveRole);
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    const QString pipelineId = m_pipelineId;
    connect(box, &QMessageBox::buttonClicked, this,
            [this, confirm, versionsOnly, versions, pipelineId](QAbstractButton *button) {
                if (button != confirm || !m_service)
                    return;
                auto done = [this](const Result<backend::Done> &r) {
                    if (!r.ok())
                        report(tr("Could not delete"), r.error);
                    m_model->refresh();
                    showPipeline(m_pipelineId);
                };
                if (!versionsOnly) {
                    m_pipelineId.clear();
                    backend::whenFinished(m_service->remove(pipelineId), this, done);
                    return;
                }
                for (const PipelineVersionInfo &v : versions)
                    backend::whenFinished(m_service->removeVersion(v.id), this, done);
            });
    box->open();
}

} // namespace kfw::views
