#pragma once

class QString;

namespace kfw::sim {

class SimServer;
class SimStore;

// Fills the store with a believable multi-user Kubeflow installation: profiles and their
// namespaces, notebooks in several states with their pods and events, nodes with metrics,
// Katib experiments, inference services and training jobs.
void seedDemo(SimStore *store, SimServer *server);

// Adds `count` pods spread over `namespaces` namespaces (for list and watch benchmarks).
void seedPods(SimStore *store, int count, int namespaces);

} // namespace kfw::sim
