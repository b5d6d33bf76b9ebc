#include "cluster/backend/services.h"

namespace kfw::backend {

bool state::isFinal(const QString &s)
{
    return s == Succeeded || s == Skipped || s == Failed || s == Canceled || s == Interrupted;
}

PipelineService::~PipelineService() = default;
ExperimentService::~ExperimentService() = default;
RunService::~RunService() = default;
RecurringRunService::~RecurringRunService() = default;
WorkstationService::~WorkstationService() = default;

} // namespace kfw::backend
