#include "app/logging.h"

namespace kfw::app {
Q_LOGGING_CATEGORY(lcApp, "kfw.app", QtWarningMsg)
} // namespace kfw::app
