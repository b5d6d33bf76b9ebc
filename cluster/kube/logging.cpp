#include "cluster/kube/logging.h"

namespace kfw::kube {
Q_LOGGING_CATEGORY(lcKube, "kfw.cluster.kube", QtWarningMsg)
} // namespace kfw::kube
