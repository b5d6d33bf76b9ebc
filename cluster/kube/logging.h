#pragma once

#include <QLoggingCategory>

namespace kfw::kube {
Q_DECLARE_LOGGING_CATEGORY(lcKube)
} // namespace kfw::kube
