#pragma once

#include "cluster/kube/credentials.h"
#include "cluster/kube/kubeclient.h"
#include "cluster/kube/kubeconfig.h"

namespace kfw::kube {

// What connecting needs besides the kubeconfig: where approvals and refreshed tokens are kept.
struct ConnectOptions
{
    std::shared_ptr<ExecApprovals> approvals;
    std::shared_ptr<backend::SecretStore> vault;
    http::RateLimit rateLimit;
};

// A connection built from a kubeconfig context, or why none can be.
struct ConnectionSetup
{
    ClusterConnection connection;
    QString error;
    // Things the user must be told, e.g. that the server's certificate is not checked.
    QStringList warnings;
    bool tlsVerified = true;

    bool ok() const { return error.isEmpty(); }
};

// Builds the transport options (server, certificate authority, client certificate, proxy,
// impersonation) and the credential source a context describes, as kubectl would use them.
ConnectionSetup connectionFor(const ResolvedContext &context, http::Transport &transport,
                              const ConnectOptions &options = {});

} // namespace kfw::kube
