#include "app/cli/backendtarget.h"

#include "cluster/backend/secretstore.h"
#include "cluster/http/transport.h"
#include "cluster/kube/connectionmanager.h"
#include "cluster/kubeflow/kubeflowbackend.h"
#include "cluster/local/localbackend.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QSettings>
#include <QStandardPaths>
#include <QTimer>

namespace kfw::app {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("kfw::app::BackendTarget", text);
}

// Runs the event loop until done() holds or the time is up; returns done().
template<typename F>
bool waitFor(F done, int ms)
{
    QEventLoop loop;
    QTimer poll;
    poll.start(20);
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (done())
            loop.quit();
    });
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    if (!done())
        loop.exec();
    return done();
}

} // namespace

kube::ConnectOptions cliConnectOptions(bool approveExec)
{
    kube::ConnectOptions options;
    // Approvals given in the workbench count; --approve-exec adds this run only.
    options.approvals = std::make_shared<kube::ExecApprovals>(
        QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation) +
        QStringLiteral("/exec-approvals.json"));
    if (approveExec)
        options.approvals->approveAllForThisRun();
    options.vault =
        std::make_shared<backend::KeychainSecretStore>(QStringLiteral("cluster-token/"));
    return options;
}

void addBackendOptions(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("context"),
                      tr("Work on the Kubeflow cluster of this kubeconfig context."),
                      QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("local"), tr("Work on this workstation (the default).")});
    parser.addOption({{QStringLiteral("n"), QStringLiteral("namespace")},
                      tr("The profile namespace on the cluster (default: the context's)."),
                      QStringLiteral("NS")});
    parser.addOption({QStringLiteral("approve-exec"),
                      tr("Run the kubeconfig's exec credential plugin for this command.")});
}

bool wantsCluster(const QCommandLineParser &parser)
{
    return parser.isSet(QStringLiteral("context"));
}

BackendTarget::BackendTarget() = default;
BackendTarget::~BackendTarget()
{
    // The backend refers to the connection, which uses the transport.
    m_backend.reset();
    m_connection.reset();
    m_transport.reset();
}

bool BackendTarget::isLocal() const
{
    return m_backend && m_backend->kind() == backend::BackendKind::Local;
}

int BackendTarget::open(const QCommandLineParser &parser, CliIo &io, backend::Capability needs)
{
    if (wantsCluster(parser) && parser.isSet(QStringLiteral("local"))) {
        return io.fail(tr("--context and --local exclude each other; give one."), ExitUsage);
    }
    if (needs == backend::Capability::Profiles && !wantsCluster(parser)) {
        return io.fail(tr("Profiles belong to Kubeflow clusters; the workstation has none. Give "
                          "the cluster's kubeconfig context: --context NAME."),
                       ExitUsage);
    }
    if (!wantsCluster(parser)) {
        if (parser.isSet(QStringLiteral("namespace"))) {
            return io.fail(tr("--namespace needs --context: namespaces belong to clusters."),
                           ExitUsage);
        }
        auto local = std::make_unique<local::LocalBackend>();
        local->start();
        m_backend = std::move(local);
        return ExitOk;
    }

    const kube::Kubeconfig config = kube::Kubeconfig::loadDefault();
    if (!config.error().isEmpty()) {
        return io.fail(tr("The kubeconfig cannot be used:\n%1").arg(config.error()));
    }
    const QString contextName = parser.value(QStringLiteral("context"));
    if (!config.contexts.contains(contextName)) {
        return io.fail(tr("There is no context '%1' in the kubeconfig; kubeflow-workbench cluster "
                          "contexts lists them.")
                           .arg(contextName));
    }
    m_transport = std::make_unique<http::Transport>();
    m_connection = std::make_unique<kube::ContextConnection>(
        contextName, *m_transport, cliConnectOptions(parser.isSet(QStringLiteral("approve-exec"))));
    m_connection->connectTo(config);
    using State = kube::ContextConnection::State;
    waitFor(
        [this] {
            return m_connection->state() != State::Connecting &&
                   m_connection->state() != State::NotConnected;
        },
        60000);
    if (m_connection->state() != State::Connected) {
        QString message = m_connection->message();
        if (m_connection->state() == State::ApprovalNeeded)
            message = tr("%1\nPass --approve-exec to run it for this command, or approve it once "
                         "in the workbench.")
                          .arg(m_connection->approvalRequest());
        return io.fail(message.isEmpty() ? tr("Cannot connect to context %1.").arg(contextName)
                                         : message);
    }
    for (const QString &warning : m_connection->warnings())
        io.message(tr("warning: %1").arg(warning));
    if (parser.isSet(QStringLiteral("namespace")))
        m_connection->setCurrentNamespace(parser.value(QStringLiteral("namespace")));

    // Reached as set for this context in the workbench; a browser login cannot happen here, so
    // the gateway uses the token or the session kept by the workbench.
    QSettings settings;
    kubeflow::KubeflowBackend::Environment environment;
    environment.secrets =
        std::make_shared<backend::KeychainSecretStore>(QStringLiteral("kubeflow/"));
    auto cluster = std::make_unique<kubeflow::KubeflowBackend>(
        m_connection.get(), kubeflow::KfpAccess::load(settings, contextName), environment);
    kubeflow::KubeflowBackend *kubeflow = cluster.get();
    waitFor([kubeflow] { return kubeflow->isDetected(); }, 60000);
    m_backend = std::move(cluster);
    if (needs == backend::Capability::Profiles && !kubeflow->can(needs)) {
        return io.fail(tr("Context %1 has no Kubeflow profiles (the Profile resource, "
                          "kubeflow.org/v1, is not installed).")
                           .arg(contextName));
    }
    if (needs == backend::Capability::Pipelines && !kubeflow->can(needs)) {
        return io.fail(kubeflow->kfpStatus().isEmpty()
                           ? tr("Kubeflow Pipelines did not answer on context %1.").arg(contextName)
                           : kubeflow->kfpStatus());
    }
    return ExitOk;
}

} // namespace kfw::app
