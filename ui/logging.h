#pragma once

#include <QLoggingCategory>

namespace kfw::ui {
Q_DECLARE_LOGGING_CATEGORY(lcUi)
} // namespace kfw::ui
