#pragma once

class QString;

namespace kfw::sim {

class SimServer;
class SimStore;

// Fills the store with a believable multi-user Kubeflow installation: the profiles
// kubeflow-user-example-com (owner user@example.com), team-vision (ana@example.com) and team-nlp
// (bo@example.com), whose namespaces, namespaceAdmin bindings, ServiceAccounts and quotas the
// server's profile controller makes; two contributors as KFAM adds them (user@example.com edits
// team-vision, ana@example.com views kubeflow-user-example-com); notebooks in several states
// (ready, stopped, waiting on a Secret, failing to pull their image), which the server's notebook
// controller runs; the PodDefaults of the Jupyter web app's fixture and its spawner ConfigMap
// (both from $KFW_CONFORMANCE_DIR, left out without it); nodes with metrics, Katib experiments,
// inference services and training jobs.
void seedDemo(SimStore *store, SimServer *server);

// Adds `count` pods spread over `namespaces` namespaces (for list and watch benchmarks).
void seedPods(SimStore *store, int count, int namespaces);

} // namespace kfw::sim
