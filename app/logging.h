#pragma once

#include <QLoggingCategory>

namespace kfw::app {
Q_DECLARE_LOGGING_CATEGORY(lcApp)
} // namespace kfw::app
