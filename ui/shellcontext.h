#pragma once

#include "cluster/kubeflow/kubeflowbackend.h"

namespace kfw::backend {
class BackendRegistry;
}
namespace kfw::kube {
class ConnectionManager;
}

namespace kfw::ui {

class ActionRegistry;
class ActivityTracker;
class DocumentRouter;
class NotificationCenter;
class RecentFiles;
class ThemeManager;

// The shared services a page may use. Created once by the composition root; pages keep the
// pointers, never own them.
struct ShellContext
{
    backend::BackendRegistry *backends = nullptr;
    NotificationCenter *notifications = nullptr;
    ActivityTracker *activity = nullptr;
    DocumentRouter *documents = nullptr;
    RecentFiles *recentFiles = nullptr;
    ThemeManager *theme = nullptr;
    ActionRegistry *actions = nullptr;
    // The kubeconfig contexts and their connections; may be null (tests of single pages).
    kube::ConnectionManager *connections = nullptr;
    // What cluster backends use for the Kubeflow gateway: the keychain, the session store and
    // the browser login.
    kubeflow::KubeflowBackend::Environment kubeflow;
};

} // namespace kfw::ui
