#pragma once

#include "cluster/pipelinespec/yamlvalue.h"

namespace kfw::pipelinespec {

// Python's repr() of a loaded YAML value ('text', 1.0, True, None, [..], {..}), as the KFP
// compiler prints parameter defaults in a pipeline file's header.
QString pythonRepr(const YamlValue &value);

// Python's json.dumps() of a value (", " and ": " separators, ASCII only), as the SDK writes
// ParallelFor's raw items and the Concat/IfPresent placeholders.
QString pythonJson(const YamlValue &value);

} // namespace kfw::pipelinespec
