#pragma once

#include <QLoggingCategory>

namespace kfw::backend {
Q_DECLARE_LOGGING_CATEGORY(lcBackend)
} // namespace kfw::backend
