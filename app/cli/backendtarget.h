#pragma once

#include "app/cli/command.h"
#include "cluster/backend/backend.h"

#include <memory>

namespace kfw::http {
class Transport;
}
namespace kfw::kube {
class ContextConnection;
struct ConnectOptions;
} // namespace kfw::kube

namespace kfw::app {

// How the command line connects to a context: the exec approvals given in the workbench, plus
// this run's when --approve-exec is given; refreshed tokens in the OS keychain.
kube::ConnectOptions cliConnectOptions(bool approveExec);

// Adds --context, --local, --namespace and --approve-exec: the backend a command works on.
void addBackendOptions(QCommandLineParser &parser);
// Whether the command line names a cluster context (otherwise the local backend is used).
bool wantsCluster(const QCommandLineParser &parser);

// The backend a command works on, opened from its options: the workstation (--local, the
// default), or the Kubeflow cluster of a kubeconfig context (--context NAME) in a profile
// namespace (--namespace NS, default the context's), reached as set for that context in the
// workbench. Opening waits for the connection and KFP's detection.
class BackendTarget
{
public:
    BackendTarget();
    ~BackendTarget();

    // Opens the backend: ExitOk, or the exit code of the failure reported on io. needs: what the
    // command uses; a backend without it is a failure that says why.
    int open(const QCommandLineParser &parser, CliIo &io,
             backend::Capability needs = backend::Capability::Pipelines);
    backend::Backend *backend() const { return m_backend.get(); }
    bool isLocal() const;

private:
    std::unique_ptr<http::Transport> m_transport;
    std::unique_ptr<kube::ContextConnection> m_connection;
    std::unique_ptr<backend::Backend> m_backend;
};

} // namespace kfw::app
