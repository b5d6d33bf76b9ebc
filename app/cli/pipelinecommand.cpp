#include "app/cli/pipelinecommand.h"

#include "cluster/pipelinespec/pipelinedocument.h"
#include "cluster/pipelinespec/specdiff.h"
#include "cluster/pipelinespec/validator.h"
#include "cluster/pipelinespec/yamlwriter.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QSaveFile>

#include <functional>

namespace kfw::app {
namespace {

using namespace kfw::pipelinespec;

QString tr(const char *text)
{
    return QCoreApplication::translate("kfw::app::PipelineCommand", text);
}

std::optional<PipelineDocument> loadOrReport(const QString &path, CliIo &io, int *code)
{
    ReadError error;
    auto doc = PipelineDocument::load(path, &error);
    if (!doc)
        *code = io.fail(error.toString());
    return doc;
}

// The readable tree of `inspect`: inputs, outputs, and each DAG's tasks with their component,
// dependencies and conditions, sub-DAGs indented under the task that runs them.
void printTree(const PipelineDocument &doc, QTextStream &out)
{
    const YamlValue &spec = doc.spec();
    out << QStringLiteral("Pipeline %1").arg(doc.name());
    const QString sdk = spec.value(QStringLiteral("sdkVersion")).scalarText();
    out << QStringLiteral("  (schema %1%2)\n")
               .arg(spec.value(QStringLiteral("schemaVersion")).scalarText(),
                    sdk.isEmpty() ? QString() : QStringLiteral(", ") + sdk);
    if (!doc.description().isEmpty())
        out << "  " << doc.description().section(QLatin1Char('\n'), 0, 0) << '\n';
    const QStringList headerLines = doc.header().split(QLatin1Char('\n'));
    for (const QString &l : headerLines) {
        if (l.startsWith(QLatin1String("# Inputs")) || l.startsWith(QLatin1String("# Outputs")))
            out << l.mid(2) << '\n';
        else if (l.startsWith(QLatin1String("#    ")))
            out << "  " << l.mid(5) << '\n';
    }
    const YamlValue *components = spec.find(QStringLiteral("components"));
    std::function<void(const YamlValue &, int)> dag = [&](const YamlValue &component, int depth) {
        const YamlValue *tasks = component.at({"dag", "tasks"});
        if (!tasks)
            return;
        for (const auto &t : tasks->entries()) {
            const YamlValue &task = t.value;
            const QString compName = task.at({"componentRef", "name"}) ? task.at({"componentRef", "name"})->scalarText()
                                                                      : QString();
            QString line = QString(depth * 2 + 2, QLatin1Char(' ')) + t.key.scalarText();
            line += QStringLiteral("  [%1]").arg(compName);
            QStringList notes;
            const YamlValue deps = task.value(QStringLiteral("dependentTasks"));
            if (deps.size() > 0) {
                QStringList names;
                for (const YamlValue &d : deps.items())
                    names << d.scalarText();
                notes << QStringLiteral("after %1").arg(names.join(QStringLiteral(", ")));
            }
            if (const YamlValue *cond = task.at({"triggerPolicy", "condition"}))
                notes << QStringLiteral("if %1").arg(cond->scalarText());
            if (task.contains(QStringLiteral("parameterIterator")) || task.contains(QStringLiteral("artifactIterator")))
                notes << QStringLiteral("loop");
            const YamlValue *comp = components ? components->find(compName) : nullptr;
            if (comp && comp->contains(QStringLiteral("executorLabel"))) {
                const QString exec = comp->value(QStringLiteral("executorLabel")).scalarText();
                if (const YamlValue *image = spec.at({"deploymentSpec", "executors"})
                                                 ? spec.at({"deploymentSpec", "executors"})->find(exec)
                                                 : nullptr) {
                    if (const YamlValue *img = image->at({"container", "image"}))
                        notes << img->scalarText();
                    else if (image->contains(QStringLiteral("importer")))
                        notes << QStringLiteral("importer");
                }
            }
            if (!notes.isEmpty())
                line += QStringLiteral("  ") + notes.join(QStringLiteral("; "));
            out << line << '\n';
            if (comp && comp->contains(QStringLiteral("dag")))
                dag(*comp, depth + 1);
        }
    };
    out << "Tasks:\n";
    dag(spec.value(QStringLiteral("root")), 0);
    if (doc.platform())
        out << "Kubernetes platform options: yes\n";
}

class PipelineCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("pipeline"); }
    QString summary() const override
    {
        return QCoreApplication::translate("kfw::app::PipelineCommand",
                                           "Inspect, validate, format or compare KFP pipeline files.");
    }
    void configure(QCommandLineParser &parser) override
    {
        parser.addPositionalArgument(QStringLiteral("action"),
                                     tr("inspect FILE | validate FILE... | format FILE [-o OUT] | diff A B"));
        parser.addPositionalArgument(QStringLiteral("files"), tr("Pipeline files (YAML or JSON)."),
                                     QStringLiteral("FILE..."));
        parser.addOption({{QStringLiteral("o"), QStringLiteral("output")},
                          tr("With format: write to OUT instead of standard output."),
                          QStringLiteral("OUT")});
    }

    int run(const QCommandLineParser &parser, CliIo &io) override
    {
        const QStringList args = parser.positionalArguments();
        const QString action = args.value(0);
        const QStringList files = args.mid(1);
        if (action == QLatin1String("inspect") && files.size() == 1)
            return inspect(files.first(), io);
        if (action == QLatin1String("validate") && !files.isEmpty())
            return validate(files, io);
        if (action == QLatin1String("format") && files.size() == 1)
            return format(files.first(), parser.value(QStringLiteral("output")), io);
        if (action == QLatin1String("diff") && files.size() == 2)
            return diff(files.at(0), files.at(1), io);
        return io.fail(tr("usage: kubeflow-workbench pipeline inspect FILE [--json] | validate FILE... | format FILE "
                          "[-o OUT] | diff A B [--json]"),
                       ExitUsage);
    }

private:
    int inspect(const QString &path, CliIo &io)
    {
        int code = ExitOk;
        auto doc = loadOrReport(path, io, &code);
        if (!doc)
            return code;
        if (doc->kind() == DocumentKind::V1Component) {
            if (io.json()) {
                io.printJson(QJsonObject{{QStringLiteral("kind"), QStringLiteral("v1-component")},
                                         {QStringLiteral("name"), doc->name()}});
            } else {
                io.out() << tr("KFP v1 component '%1' (import it into a pipeline to use it)").arg(doc->name()) << '\n';
            }
            return ExitOk;
        }
        if (io.json())
            io.printJson(doc->manifest().toJson());
        else
            printTree(*doc, io.out());
        return ExitOk;
    }

    int validate(const QStringList &paths, CliIo &io)
    {
        bool anyError = false;
        QJsonArray results;
        for (const QString &path : paths) {
            ReadError error;
            auto doc = PipelineDocument::load(path, &error);
            QJsonArray findings;
            if (!doc) {
                anyError = true;
                findings.append(QJsonObject{{QStringLiteral("severity"), QStringLiteral("error")},
                                            {QStringLiteral("code"), QStringLiteral("unreadable")},
                                            {QStringLiteral("line"), error.line},
                                            {QStringLiteral("column"), error.column},
                                            {QStringLiteral("message"), QString(error.message + QLatin1Char(' ') + error.hint)}});
                if (!io.json())
                    io.err() << error.toString() << '\n';
            } else {
                const QList<Finding> list = Validator::validate(*doc);
                anyError = anyError || Validator::hasErrors(list);
                for (const Finding &f : list) {
                    findings.append(QJsonObject{
                        {QStringLiteral("severity"),
                         f.severity == Finding::Severity::Error ? QStringLiteral("error") : QStringLiteral("warning")},
                        {QStringLiteral("code"), f.code},
                        {QStringLiteral("path"), f.path},
                        {QStringLiteral("line"), f.mark.line},
                        {QStringLiteral("column"), f.mark.column},
                        {QStringLiteral("message"), f.message}});
                    if (!io.json())
                        io.out() << path << ':' << f.toString() << '\n';
                }
                if (!io.json() && list.isEmpty())
                    io.out() << path << ": " << tr("no problems found") << '\n';
            }
            results.append(QJsonObject{{QStringLiteral("file"), path}, {QStringLiteral("findings"), findings}});
        }
        if (io.json())
            io.printJson(QJsonObject{{QStringLiteral("ok"), !anyError}, {QStringLiteral("files"), results}});
        io.out().flush();
        io.err().flush();
        return anyError ? ExitFailed : ExitOk;
    }

    int format(const QString &path, const QString &output, CliIo &io)
    {
        int code = ExitOk;
        auto doc = loadOrReport(path, io, &code);
        if (!doc)
            return code;
        const QByteArray bytes = doc->kind() == DocumentKind::PipelineSpec ? doc->toYaml()
                                                                           : YamlWriter::writeAll(doc->documents());
        if (output.isEmpty()) {
            io.out() << QString::fromUtf8(bytes);
            io.out().flush();
            return ExitOk;
        }
        QSaveFile file(output);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
            return io.fail(tr("could not write %1: %2").arg(output, file.errorString()));
        return ExitOk;
    }

    int diff(const QString &a, const QString &b, CliIo &io)
    {
        int code = ExitOk;
        auto before = loadOrReport(a, io, &code);
        if (!before)
            return code;
        auto after = loadOrReport(b, io, &code);
        if (!after)
            return code;
        const QList<SpecChange> changes = SpecDiff::compare(*before, *after);
        if (io.json()) {
            io.printJson(SpecDiff::toJson(changes));
        } else if (changes.isEmpty()) {
            io.out() << tr("The pipelines are structurally the same.") << '\n';
        } else {
            for (const SpecChange &c : changes)
                io.out() << c.toString() << '\n';
        }
        return ExitOk;
    }
};

} // namespace

std::unique_ptr<Command> makePipelineCommand()
{
    return std::make_unique<PipelineCommand>();
}

} // namespace kfw::app
