#pragma once

// Pipelines generated for the benchmarks, shaped like what the KFP SDK compiles from Python
// components, and the timing helper they share.

#include "cluster/pipelinespec/yamlvalue.h"
#include "cluster/pipelinespec/yamlwriter.h"

#include <QElapsedTimer>
#include <QList>

#include <algorithm>
#include <functional>
#include <initializer_list>
#include <vector>

namespace kfw::bench {

inline pipelinespec::YamlValue
map(std::initializer_list<std::pair<const char *, pipelinespec::YamlValue>> entries)
{
    pipelinespec::YamlValue m = pipelinespec::YamlValue::mapping();
    for (const auto &[k, v] : entries)
        m.insert(QString::fromLatin1(k), v);
    return m;
}

inline pipelinespec::YamlValue str(const QString &s)
{
    return pipelinespec::YamlValue::string(s);
}

// The tasks task i reads from: one of the five before it and, with fan-in, for every 7th task a
// second one 6 to 15 tasks back, so that the graph has edges that span several columns, as real
// pipelines do.
inline QList<int> upstreams(int i, bool fanIn)
{
    if (i == 0)
        return {};
    QList<int> from{i - 1 - (i * 7919) % std::min(i, 5)};
    if (fanIn && i % 7 == 0)
        from.append(i - 6 - (i * 31) % std::min(i - 6, 10));
    return from;
}

// A pipeline of `tasks` tasks: one component and one executor per task (a lightweight Python
// component), each task reading its upstream tasks' outputs.
inline QByteArray generatePipeline(int tasks, bool fanIn)
{
    using pipelinespec::YamlValue;
    YamlValue components = YamlValue::mapping();
    YamlValue executors = YamlValue::mapping();
    YamlValue dagTasks = YamlValue::mapping();
    const QString source =
        QStringLiteral(
            "\nimport kfp\nfrom kfp import dsl\nfrom kfp.dsl import *\nfrom typing import "
            "*\n\n") +
        (fanIn ? QStringLiteral("def step(x: float, y: float = 0.0) -> float:\n    import math\n"
                                "    return math.sqrt(abs(x + y)) + 1.0\n\n")
               : QStringLiteral("def step(x: float) -> float:\n    import math\n    return "
                                "math.sqrt(abs(x)) + 1.0\n\n"));
    const YamlValue number = map({{"parameterType", str(QStringLiteral("NUMBER_DOUBLE"))}});
    for (int i = 0; i < tasks; ++i) {
        const QString name = QStringLiteral("step-%1").arg(i);
        const QList<int> from = upstreams(i, fanIn);
        YamlValue declared = map({{"x", number}});
        if (from.size() > 1)
            declared.insert(QStringLiteral("y"), number);
        components.insert(
            QStringLiteral("comp-") + name,
            map({{"executorLabel", str(QStringLiteral("exec-") + name)},
                 {"inputDefinitions", map({{"parameters", declared}})},
                 {"outputDefinitions", map({{"parameters", map({{"Output", number}})}})}}));
        YamlValue command = YamlValue::sequence(
            {str(QStringLiteral("sh")), str(QStringLiteral("-ec")),
             str(QStringLiteral(
                 "program_path=$(mktemp -d)\n\nprintf \"%s\" \"$0\" > "
                 "\"$program_path/ephemeral_component.py\"\n"
                 "_KFP_RUNTIME=true python3 -m kfp.dsl.executor_main --component_module_path "
                 "\"$program_path/ephemeral_component.py\" \"$@\"\n")),
             str(source)});
        executors.insert(
            QStringLiteral("exec-") + name,
            map({{"container",
                  map({{"args", YamlValue::sequence({str(QStringLiteral("--executor_input")),
                                                     str(QStringLiteral("{{$}}")),
                                                     str(QStringLiteral("--function_to_execute")),
                                                     str(QStringLiteral("step"))})},
                       {"command", command},
                       {"image", str(QStringLiteral("python:3.11"))}})}}));
        auto output = [](int producer) {
            return map({{"taskOutputParameter",
                         map({{"outputParameterKey", str(QStringLiteral("Output"))},
                              {"producerTask", str(QStringLiteral("step-%1").arg(producer))}})}});
        };
        YamlValue bindings = YamlValue::mapping();
        if (from.isEmpty())
            bindings.insert(QStringLiteral("x"),
                            map({{"runtimeValue", map({{"constant", YamlValue::real(2.0)}})}}));
        else
            bindings.insert(QStringLiteral("x"), output(from[0]));
        if (from.size() > 1)
            bindings.insert(QStringLiteral("y"), output(from[1]));
        dagTasks.insert(name,
                        map({{"cachingOptions", map({{"enableCache", YamlValue::boolean(true)}})},
                             {"componentRef", map({{"name", str(QStringLiteral("comp-") + name)}})},
                             {"inputs", map({{"parameters", bindings}})},
                             {"taskInfo", map({{"name", str(name)}})}}));
    }
    YamlValue spec =
        map({{"components", components},
             {"deploymentSpec", map({{"executors", executors}})},
             {"pipelineInfo", map({{"name", str(QStringLiteral("generated-%1").arg(tasks))}})},
             {"root", map({{"dag", map({{"tasks", dagTasks}})}})},
             {"schemaVersion", str(QStringLiteral("2.1.0"))},
             {"sdkVersion", str(QStringLiteral("kfp-2.14.3"))}});
    return pipelinespec::YamlWriter::write(spec);
}

inline double elapsedMs(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

// The median of `repeats` runs of work, in milliseconds.
inline double medianMs(int repeats, const std::function<void()> &work)
{
    std::vector<double> ms;
    for (int i = 0; i < repeats; ++i) {
        QElapsedTimer t;
        t.start();
        work();
        ms.push_back(elapsedMs(t));
    }
    std::sort(ms.begin(), ms.end());
    return ms[ms.size() / 2];
}

} // namespace kfw::bench
