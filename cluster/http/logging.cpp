#include "cluster/http/logging.h"

namespace kfw::http {
Q_LOGGING_CATEGORY(lcHttp, "kfw.cluster.http", QtWarningMsg)
} // namespace kfw::http
