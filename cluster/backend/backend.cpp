#include "cluster/backend/backend.h"

namespace kfw::backend {

Backend::~Backend() = default;

} // namespace kfw::backend
