#include "cluster/backend/logging.h"

namespace kfw::backend {
Q_LOGGING_CATEGORY(lcBackend, "kfw.backend", QtWarningMsg)
} // namespace kfw::backend
