#include "ui/logging.h"

namespace kfw::ui {
Q_LOGGING_CATEGORY(lcUi, "kfw.ui", QtWarningMsg)
} // namespace kfw::ui
