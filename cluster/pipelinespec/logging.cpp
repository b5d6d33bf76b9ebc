#include "cluster/pipelinespec/logging.h"

namespace kfw::pipelinespec {
Q_LOGGING_CATEGORY(lcSpec, "kfw.pipeline.spec", QtWarningMsg)
} // namespace kfw::pipelinespec
