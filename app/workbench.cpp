#include "app/workbench.h"

#include "app/commandline.h"
#include "app/logging.h"
#include "cluster/backend/backendregistry.h"
#include "cluster/backend/secretstore.h"
#include "cluster/kube/connectionmanager.h"
#include "cluster/local/localbackend.h"
#include "ui/actionregistry.h"
#include "ui/activitytracker.h"
#include "ui/documentrouter.h"
#include "ui/mainwindow.h"
#include "ui/notificationcenter.h"
#include "ui/recentfiles.h"
#include "ui/setting.h"
#include "ui/thememanager.h"
#include "views/notebooks/notebooks.h"
#include "views/pipeline-editor/editor.h"
#include "views/pipelines/pipelines.h"
#include "views/profiles/profiles.h"
#include "views/runs/runs.h"
#include "views/welcome/welcome.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QImageWriter>
#include <QStandardPaths>
#include <QTimer>
#include <QWindow>

#include <cstdio>

namespace kfw::app {
namespace {
const ui::Setting<QString> kTheme{"ui/theme", QStringLiteral("system")};

// Prints "first-frame" once the window has painted, for the start-up benchmark.
class FirstPaintReporter : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_done) {
            m_done = true;
            // Report after this paint has reached the backing store.
            QTimer::singleShot(0, this, [] {
                std::fputs("first-frame\n", stdout);
                std::fflush(stdout);
            });
        }
        return QObject::eventFilter(watched, event);
    }

private:
    bool m_done = false;
};
} // namespace

Workbench::Workbench(QObject *parent)
    : QObject(parent)
{
    m_context.backends = new backend::BackendRegistry(this);
    m_context.notifications = new ui::NotificationCenter(this);
    m_context.activity = new ui::ActivityTracker(this);
    m_context.documents = new ui::DocumentRouter(this);
    m_context.recentFiles = new ui::RecentFiles(this);
    m_context.theme = new ui::ThemeManager(this);
    m_context.actions = new ui::ActionRegistry(this);

    m_context.theme->setMode(ui::themeModeFromKey(kTheme.value()));
    m_context.backends->add(std::make_unique<local::LocalBackend>());

    // Kubernetes contexts: exec plugin approvals are remembered in the settings folder, refreshed
    // tokens in the OS keychain. Nothing connects until the user picks a context.
    kube::ConnectOptions connectOptions;
    connectOptions.approvals = std::make_shared<kube::ExecApprovals>(
        QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation) +
        QStringLiteral("/exec-approvals.json"));
    connectOptions.vault =
        std::make_shared<backend::KeychainSecretStore>(QStringLiteral("cluster-token/"));
    m_context.connections = new kube::ConnectionManager(connectOptions, this);
    m_context.kubeflow.secrets =
        std::make_shared<backend::KeychainSecretStore>(QStringLiteral("kubeflow/"));
    m_context.kubeflow.sessionStore = std::make_shared<backend::MemorySecretStore>();

    // Pages of this build, in navigation order.
    views::registerWelcomePage(m_pages);
    // Pipeline files open in the editor; its Run hands the saved file to the Runs page's form.
    views::PendingPipeline *runs = views::registerRunsPage(m_pages, this);
    views::registerEditorPage(
        m_pages, *m_context.documents,
        [this, runs](const QString &path, const QString &versionId, const QString &versionName) {
            runs->set(path, versionId, versionName);
            m_context.documents->showPage(QStringLiteral("runs"));
        });
    // Pipelines the active backend keeps; a run of a version goes to the Runs page's form.
    views::registerPipelinesPage(m_pages, runs);
    views::registerNotebooksPage(m_pages);
    views::registerProfilesPage(m_pages);
}

Workbench::~Workbench() = default;

int Workbench::start(const GuiOptions &options)
{
    if (!options.theme.isEmpty())
        m_context.theme->setMode(ui::themeModeFromKey(options.theme));
    if (!options.page.isEmpty() && !m_pages.find(options.page)) {
        QStringList ids;
        for (const auto &p : m_pages.pages())
            ids << p.id;
        std::fprintf(stderr, "kubeflow-workbench: %s\n",
                     qUtf8Printable(tr("There is no page '%1'. Pages: %2.")
                                        .arg(options.page, ids.join(QStringLiteral(", ")))));
        return ExitUsage;
    }
    if (!options.screenshot.isEmpty()) {
        const QByteArray format = QFileInfo(options.screenshot).suffix().toLower().toLatin1();
        if (format != "png") {
            std::fprintf(stderr, "kubeflow-workbench: %s\n",
                         qUtf8Printable(tr(
                             "--screenshot writes PNG files; give a file name ending in .png.")));
            return ExitUsage;
        }
    }

    m_window = std::make_unique<ui::MainWindow>(m_context, m_pages);
    m_window->restoreSession(options.page);
    if (options.size.isValid())
        m_window->resize(options.size);
    if (options.benchmarkFirstPaint)
        m_window->installEventFilter(new FirstPaintReporter(this));
    m_window->show();
    // The local backend opens its history and starts its recurring-run clock once the window is up.
    QTimer::singleShot(0, this, [this] {
        if (auto *local = qobject_cast<local::LocalBackend *>(
                m_context.backends->find(QStringLiteral("local"))))
            local->start();
        m_context.connections->reload();
    });
    // Pipelines a crashed session left unsaved: the editor offers them.
    views::whenPipelinesRecovered(this, [this] { m_window->showPage(QStringLiteral("editor")); });

    if (!options.context.isEmpty()) {
        // Connect once the kubeconfig has been read (off the GUI thread).
        auto *once = new QObject(this);
        const int activity = m_context.activity->start(tr("Reading kubeconfig"));
        connect(m_context.connections, &kube::ConnectionManager::contextsChanged, once,
                [this, once, activity, name = options.context] {
                    once->deleteLater();
                    m_context.activity->finish(activity);
                    if (!m_window->connectContext(name))
                        m_context.notifications->post(
                            ui::NotificationCenter::Severity::Error,
                            tr("There is no kubeconfig context \"%1\"").arg(name),
                            m_context.connections->error().isEmpty()
                                ? tr("Contexts: %1")
                                      .arg(m_context.connections->contextNames().join(
                                          QStringLiteral(", ")))
                                : m_context.connections->error(),
                            tr("Kubernetes"));
                });
    }

    for (const QString &file : options.open)
        m_window->openFile(QDir::current().absoluteFilePath(file));

    if (!options.screenshot.isEmpty())
        QTimer::singleShot(0, this, [this, file = options.screenshot] { takeScreenshot(file, 0); });
    return -1;
}

void Workbench::takeScreenshot(const QString &file, int attempt)
{
    // Wait until background loading is done (at most ~15 s), then render.
    constexpr int kMaxAttempts = 150;
    if (!m_context.activity->isIdle() && attempt < kMaxAttempts) {
        QTimer::singleShot(100, this, [this, file, attempt] { takeScreenshot(file, attempt + 1); });
        return;
    }
    QApplication::processEvents();
    const QImage image = m_window->grab().toImage();
    QImageWriter writer(file, "png");
    if (!writer.write(image)) {
        std::fprintf(
            stderr, "kubeflow-workbench: %s\n",
            qUtf8Printable(
                tr("Could not write the screenshot %1: %2").arg(file, writer.errorString())));
        QCoreApplication::exit(ExitFailed);
        return;
    }
    qCDebug(lcApp) << "screenshot written to" << file << image.size();
    m_window->close();
    QCoreApplication::exit(ExitOk);
}

} // namespace kfw::app
