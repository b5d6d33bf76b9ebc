#pragma once

#include <QLoggingCategory>

namespace kfw::pipelinespec {
Q_DECLARE_LOGGING_CATEGORY(lcSpec)
} // namespace kfw::pipelinespec
