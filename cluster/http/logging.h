#pragma once

#include <QLoggingCategory>

namespace kfw::http {
Q_DECLARE_LOGGING_CATEGORY(lcHttp)
} // namespace kfw::http
