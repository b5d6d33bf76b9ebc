#include "views/pipeline-editor/propertiespanel.h"

#include "cluster/pipelinespec/validator.h"
#include "cluster/pipelinespec/yamlwriter.h"
#include "views/pipeline-editor/daglevel.h"
#include "views/pipeline-editor/editordocument.h"
#include "views/pipeline-editor/pipelinecanvas.h"
#include "views/pipeline-editor/pythonhighlighter.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>

namespace kfw::views::editor {

using pipelinespec::EditResult;
using pipelinespec::PipelineEditor;
using pipelinespec::YamlValue;

namespace {

const QStringList kParameterTypes = {
    QStringLiteral("STRING"),  QStringLiteral("NUMBER_INTEGER"), QStringLiteral("NUMBER_DOUBLE"),
    QStringLiteral("BOOLEAN"), QStringLiteral("LIST"),           QStringLiteral("STRUCT")};

// Calls back when the watched widget loses the focus.
class FocusOutWatcher : public QObject
{
public:
    FocusOutWatcher(QObject *parent, std::function<void()> onFocusOut)
        : QObject(parent)
        , m_onFocusOut(std::move(onFocusOut))
    {}

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::FocusOut)
            m_onFocusOut();
        return QObject::eventFilter(watched, event);
    }

private:
    std::function<void()> m_onFocusOut;
};

QLabel *heading(QWidget *parent, const QString &text)
{
    auto *label = new QLabel(text, parent);
    QFont bold = label->font();
    bold.setBold(true);
    label->setFont(bold);
    return label;
}

} // namespace

PropertiesPanel::PropertiesPanel(EditorDocument *document, PipelineCanvas *canvas, QWidget *parent)
    : QScrollArea(parent)
    , m_document(document)
    , m_canvas(canvas)
{
    setObjectName(QStringLiteral("editor.properties"));
    setWidgetResizable(true);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff); // fields follow the panel's width
    setMinimumWidth(260);
    setFocusPolicy(Qt::StrongFocus); // keeps the keyboard when the field typed in is replaced
    // Rebuilt at once after an edit (so fields never lag the model), and when the selection or
    // the level changes; not while the canvas redraws (its selection is momentarily empty).
    connect(document, &EditorDocument::structureChanged, this, [this] { rebuild(true); });
    connect(canvas, &PipelineCanvas::selectionChanged, this, [this] {
        if (!m_canvas->isBusy())
            rebuild(false);
    });
    connect(canvas, &PipelineCanvas::levelShown, this, [this] { rebuild(false); });
    rebuild(true);
}

std::optional<YamlValue> PropertiesPanel::parseValue(const QString &text, const QString &type,
                                                     QString *error)
{
    const QString t = text.trimmed();
    if (type == QLatin1String("STRING"))
        return YamlValue::string(text);
    if (type == QLatin1String("NUMBER_INTEGER")) {
        bool ok = false;
        const qint64 v = t.toLongLong(&ok);
        if (ok)
            return YamlValue::integer(v);
        *error = tr("\"%1\" is not a whole number").arg(t);
        return std::nullopt;
    }
    if (type == QLatin1String("NUMBER_DOUBLE")) {
        bool ok = false;
        const double v = t.toDouble(&ok);
        if (ok)
            return YamlValue::real(v);
        *error = tr("\"%1\" is not a number").arg(t);
        return std::nullopt;
    }
    if (type == QLatin1String("BOOLEAN")) {
        if (t == QLatin1String("true") || t == QLatin1String("false"))
            return YamlValue::boolean(t == QLatin1String("true"));
        *error = tr("write true or false");
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument json = QJsonDocument::fromJson(t.toUtf8(), &parseError);
    const bool list = type == QLatin1String("LIST");
    if (parseError.error != QJsonParseError::NoError ||
        (list ? !json.isArray() : !json.isObject())) {
        *error = list ? tr("write a JSON list, such as [1, 2, 3]")
                      : tr("write a JSON object, such as {\"a\": 1}");
        return std::nullopt;
    }
    return YamlValue::fromJson(list ? QJsonValue(json.array()) : QJsonValue(json.object()));
}

bool PropertiesPanel::apply(const QString &text,
                            const std::function<QString(PipelineEditor &)> &change)
{
    QString error;
    const bool done = m_document->edit(
        text,
        [&](PipelineEditor &editor, Positions &) {
            const QString why = change(editor);
            return why.isEmpty() ? EditResult() : EditResult::fail(why);
        },
        &error);
    m_lastError = done ? QString() : error;
    if (!done)
        rebuild(true);
    return done;
}

QLineEdit *PropertiesPanel::lineField(QFormLayout *form, const QString &id, const QString &label,
                                      const QString &value,
                                      const std::function<QString(const QString &)> &check,
                                      const std::function<void(const QString &)> &commit)
{
    auto *edit = new QLineEdit(value, form->parentWidget());
    edit->setObjectName(QStringLiteral("property.") + id);
    auto *problem = new QLabel(form->parentWidget());
    problem->setObjectName(QStringLiteral("property.") + id + QStringLiteral(".problem"));
    problem->setWordWrap(true);
    problem->setStyleSheet(QStringLiteral("color: #c62828"));
    problem->hide();
    auto *box = new QWidget(form->parentWidget());
    auto *column = new QVBoxLayout(box);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(2);
    column->addWidget(edit);
    column->addWidget(problem);
    form->addRow(label, box);
    // Checked as typed; applied when the field is left or Enter is pressed.
    connect(edit, &QLineEdit::textEdited, problem, [edit, problem, check] {
        const QString why = check ? check(edit->text()) : QString();
        problem->setText(why);
        problem->setVisible(!why.isEmpty());
    });
    connect(edit, &QLineEdit::editingFinished, this, [this, edit, value, check, commit] {
        if (edit->text() == value || (check && !check(edit->text()).isEmpty()))
            return;
        const QString text = edit->text();
        // Applying rebuilds the form; let this field's signal finish first.
        QMetaObject::invokeMethod(
            this, [commit, text] { commit(text); }, Qt::QueuedConnection);
    });
    return edit;
}

void PropertiesPanel::rebuild(bool force)
{
    const QStringList selected = m_canvas->selectedTasks();
    const QString task = selected.size() == 1 ? selected.first() : QString();
    if (!force && task == m_task && m_canvas->dag() == m_dag && widget())
        return; // showing that already
    m_task = task;
    m_dag = m_canvas->dag();
    QString focused;
    QWidget *had = QApplication::focusWidget();
    const bool hadFocus = had && (had == this || isAncestorOf(had));
    if (hadFocus)
        focused = had->objectName();

    auto *content = new QWidget;
    auto *form = new QFormLayout(content);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_error = new QLabel(m_lastError, content);
    m_error->setObjectName(QStringLiteral("property.error"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #c62828"));
    m_error->setVisible(!m_lastError.isEmpty());
    form->addRow(m_error);
    if (!m_task.isEmpty() && m_document->taskId(m_dag, m_task))
        buildTask(form);
    else
        buildPipeline(form);
    if (hadFocus)
        setFocus(); // before the focused field goes, so the keyboard stays in the page
    setWidget(content);
    // The field typed in is replaced: focus goes to its successor, or stays in the panel, so the
    // page's shortcuts keep working.
    if (hadFocus) {
        if (auto *w = focused.isEmpty() ? nullptr : content->findChild<QWidget *>(focused))
            w->setFocus();
    }
}

void PropertiesPanel::buildTask(QFormLayout *form)
{
    QWidget *parent = form->parentWidget();
    const QString dag = m_dag;
    const QString task = m_task;
    const auto id = m_document->taskId(dag, task);
    const YamlValue *node = m_document->editor().task(*id);
    // The canvas read this level on a worker thread; read it here only while the canvas redraws.
    const DagLevel level = m_canvas->dag() == dag && !m_canvas->isBusy()
                               ? m_canvas->level()
                               : DagLevel::read(m_document->document(), dag);
    const int index = level.indexOf(task);
    if (index < 0)
        return;
    const NodeInfo &info = level.nodes[index];
    form->addRow(heading(parent, tr("Task")));

    lineField(
        form, QStringLiteral("name"), tr("Name"), task,
        [](const QString &text) {
            return PipelineEditor::sanitizeName(text) == text
                       ? QString()
                       : tr("Use lower-case letters, digits and '-' (for example %1)")
                             .arg(PipelineEditor::sanitizeName(text));
        },
        [this, dag, task](const QString &text) {
            QString error;
            const bool done = m_document->edit(
                tr("Rename %1 to %2").arg(task, text),
                [&](PipelineEditor &editor, Positions &positions) {
                    const auto taskId = editor.find(dag, task);
                    const EditResult result = editor.renameTask(*taskId, text);
                    if (result && positions[dag].contains(task))
                        positions[dag].insert(text, positions[dag].take(task));
                    return result;
                },
                &error);
            m_lastError = done ? QString() : error;
            if (done) {
                auto *once = new QObject(this);
                connect(m_canvas, &PipelineCanvas::levelShown, once, [this, once, text] {
                    once->deleteLater();
                    m_canvas->selectTasks({text});
                });
            } else {
                rebuild(true);
            }
        });
    lineField(form, QStringLiteral("displayName"), tr("Display name"), info.displayName, {},
              [this, dag, task](const QString &text) {
                  apply(tr("Display name of %1").arg(task), [&](PipelineEditor &editor) {
                      return editor.setDisplayName(*editor.find(dag, task), text).error;
                  });
              });
    auto *component = new QLabel(info.component, parent);
    component->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form->addRow(tr("Component"), component);
    if (!info.image.isEmpty()) {
        auto *image = new QLabel(info.image, parent);
        image->setTextInteractionFlags(Qt::TextSelectableByMouse);
        form->addRow(tr("Image"), image);
    }

    if (info.group == GroupKind::None) {
        auto *caching = new QCheckBox(tr("Reuse earlier results"), parent);
        caching->setObjectName(QStringLiteral("property.caching"));
        const YamlValue *cache = node->at({"cachingOptions", "enableCache"});
        caching->setChecked(cache && cache->toBool());
        form->addRow(tr("Caching"), caching);
        connect(caching, &QCheckBox::toggled, this, [this, dag, task](bool on) {
            QMetaObject::invokeMethod(
                this,
                [this, dag, task, on] {
                    apply(on ? tr("Cache %1").arg(task) : tr("Do not cache %1").arg(task),
                          [&](PipelineEditor &editor) {
                              return editor.setCaching(*editor.find(dag, task), on).error;
                          });
                },
                Qt::QueuedConnection);
        });
        auto *retries = new QSpinBox(parent);
        retries->setObjectName(QStringLiteral("property.retries"));
        retries->setRange(0, 100);
        const YamlValue *retry = node->at({"retryPolicy", "maxRetryCount"});
        retries->setValue(retry ? int(retry->toInt()) : 0);
        form->addRow(tr("Retries"), retries);
        connect(retries, &QSpinBox::editingFinished, this,
                [this, retries, dag, task, before = retries->value()] {
                    const int n = retries->value();
                    if (n == before)
                        return;
                    QMetaObject::invokeMethod(
                        this,
                        [this, dag, task, n] {
                            apply(tr("Retries of %1").arg(task), [&](PipelineEditor &editor) {
                                return editor.setRetry(*editor.find(dag, task), n).error;
                            });
                        },
                        Qt::QueuedConnection);
                });

        // Resources: the executor's, as the SDK writes them.
        const YamlValue *executors =
            m_document->document().spec().at({"deploymentSpec", "executors"});
        const YamlValue *components = m_document->document().spec().at({"components"});
        const YamlValue *comp = components ? components->find(info.component) : nullptr;
        const YamlValue *exec =
            comp && executors ? executors->find(comp->value(QStringLiteral("executorLabel")).text())
                              : nullptr;
        const YamlValue *resources = exec ? exec->at({"container", "resources"}) : nullptr;
        auto text = [resources](const char *key) {
            return resources && resources->find(QString::fromLatin1(key))
                       ? resources->find(QString::fromLatin1(key))->scalarText()
                       : QString();
        };
        const QString cpu = text("resourceCpuLimit");
        const QString memory = text("resourceMemoryLimit");
        const QString acceleratorType = resources && resources->at({"accelerator", "resourceType"})
                                            ? resources->at({"accelerator", "resourceType"})->text()
                                            : QString();
        const int acceleratorCount =
            resources && resources->at({"accelerator", "resourceCount"})
                ? resources->at({"accelerator", "resourceCount"})->text().toInt()
                : 0;
        if (exec && exec->contains(QStringLiteral("container"))) {
            form->addRow(heading(parent, tr("Resources")));
            auto setResources = [this, dag, task](QString c, QString m, QString type, int count) {
                apply(tr("Resources of %1").arg(task), [&](PipelineEditor &editor) {
                    return editor.setResources(*editor.find(dag, task), c, m, type, count).error;
                });
            };
            lineField(form, QStringLiteral("cpu"), tr("CPU limit"), cpu, {}, [=](const QString &v) {
                setResources(v.trimmed(), memory, acceleratorType, acceleratorCount);
            });
            lineField(form, QStringLiteral("memory"), tr("Memory limit"), memory, {},
                      [=](const QString &v) {
                          setResources(cpu, v.trimmed(), acceleratorType, acceleratorCount);
                      });
            lineField(form, QStringLiteral("acceleratorType"), tr("Accelerator"), acceleratorType,
                      {}, [=](const QString &v) {
                          setResources(cpu, memory, v.trimmed(), std::max(acceleratorCount, 1));
                      });
            lineField(
                form, QStringLiteral("acceleratorCount"), tr("Accelerators"),
                acceleratorCount ? QString::number(acceleratorCount) : QString(),
                [](const QString &v) {
                    bool ok = false;
                    return v.trimmed().isEmpty() || (v.toInt(&ok) >= 0 && ok)
                               ? QString()
                               : tr("a whole number");
                },
                [=](const QString &v) {
                    setResources(cpu, memory, acceleratorType, v.trimmed().toInt());
                });

            // The container: image, command and arguments (one per line).
            form->addRow(heading(parent, tr("Container")));
            const QString label = comp->value(QStringLiteral("executorLabel")).text();
            auto setContainer = [this, label, task](const char *field, const YamlValue &value) {
                apply(tr("%1 of %2").arg(QString::fromLatin1(field), task),
                      [&](PipelineEditor &editor) {
                          YamlValue *container = editor.document()
                                                     .spec()
                                                     .find(QStringLiteral("deploymentSpec"))
                                                     ->find(QStringLiteral("executors"))
                                                     ->find(label)
                                                     ->find(QStringLiteral("container"));
                          if (value.isSequence() && value.size() == 0)
                              container->remove(QString::fromLatin1(field));
                          else
                              container->insert(QString::fromLatin1(field), value);
                          return QString();
                      });
            };
            lineField(
                form, QStringLiteral("image"), tr("Image"),
                exec->at({"container", "image"})->text(),
                [](const QString &v) {
                    return v.trimmed().isEmpty() || v.trimmed().contains(QLatin1Char(' '))
                               ? tr("an image such as python:3.11")
                               : QString();
                },
                [setContainer](const QString &v) {
                    setContainer("image", YamlValue::string(v.trimmed()));
                });
            // A Python function component: its source, highlighted; the interface follows the
            // function's signature when the source is applied.
            const YamlValue *argsList = exec->at({"container", "args"});
            QString function;
            if (argsList && argsList->isSequence()) {
                const auto &items = argsList->items();
                for (size_t i = 0; i + 1 < items.size(); ++i) {
                    if (items[i].text() == QLatin1String("--function_to_execute"))
                        function = items[i + 1].text();
                }
            }
            const YamlValue *commandList = exec->at({"container", "command"});
            if (!function.isEmpty() && commandList && commandList->isSequence() &&
                commandList->size() > 0) {
                const QString preamble =
                    QStringLiteral("\nimport kfp\nfrom kfp import dsl\nfrom kfp.dsl import *\nfrom "
                                   "typing import *\n\n");
                QString module = commandList->items().back().text();
                if (module.startsWith(preamble))
                    module = module.mid(preamble.size());
                module = module.trimmed() + QLatin1Char('\n');
                auto *source = new QPlainTextEdit(module, parent);
                source->setObjectName(QStringLiteral("property.source"));
                QFont mono(QStringLiteral("monospace"));
                mono.setStyleHint(QFont::Monospace);
                source->setFont(mono);
                source->setLineWrapMode(QPlainTextEdit::NoWrap);
                source->setMinimumHeight(source->fontMetrics().lineSpacing() * 10);
                source->setToolTip(tr("The function's source; applied when you leave the field"));
                new PythonHighlighter(source->document());
                form->addRow(tr("Python"), source);
                const QString image = exec->at({"container", "image"})->text();
                const QString componentName = info.component;
                source->installEventFilter(new FocusOutWatcher(source, [this, source, module,
                                                                        function, image, label,
                                                                        componentName, task] {
                    const QString edited = source->toPlainText();
                    if (edited == module)
                        return;
                    QMetaObject::invokeMethod(
                        this,
                        [this, edited, function, image, label, componentName, task] {
                            apply(tr("Source of %1").arg(task),
                                  [&](PipelineEditor &editor) -> QString {
                                      QString error;
                                      const auto definition =
                                          pipelinespec::ComponentDefinition::fromPythonFunction(
                                              edited, function, image, {}, &error);
                                      if (!definition)
                                          return error;
                                      YamlValue &spec = editor.document().spec();
                                      YamlValue *target = spec.find(QStringLiteral("components"))
                                                              ->find(componentName);
                                      for (const auto &[key, value] :
                                           {std::pair{"inputDefinitions", definition->inputs},
                                            std::pair{"outputDefinitions", definition->outputs}}) {
                                          if (value.isMapping() && value.size())
                                              target->insert(QString::fromLatin1(key), value);
                                          else
                                              target->remove(QString::fromLatin1(key));
                                      }
                                      // The new module replaces the old; the install step
                                      // (packages) stays.
                                      YamlValue *container =
                                          spec.find(QStringLiteral("deploymentSpec"))
                                              ->find(QStringLiteral("executors"))
                                              ->find(label)
                                              ->find(QStringLiteral("container"));
                                      YamlValue command =
                                          container->value(QStringLiteral("command"));
                                      command.items().back() =
                                          definition->executor.at({"container", "command"})
                                              ->items()
                                              .back();
                                      container->insert(QStringLiteral("command"), command);
                                      return {};
                                  });
                        },
                        Qt::QueuedConnection);
                }));
            }
            for (const char *field : {"command", "args"}) {
                QStringList lines;
                if (const YamlValue *list = exec->at({"container", field});
                    list && list->isSequence()) {
                    for (const YamlValue &item : list->items())
                        lines << item.scalarText();
                }
                auto *edit = new QPlainTextEdit(lines.join(QLatin1Char('\n')), parent);
                edit->setObjectName(QStringLiteral("property.") + QString::fromLatin1(field));
                edit->setTabChangesFocus(true);
                edit->setLineWrapMode(QPlainTextEdit::NoWrap);
                edit->setFixedHeight(edit->fontMetrics().lineSpacing() * 4 + 12);
                edit->setToolTip(tr("One item per line; applied when you leave the field"));
                form->addRow(qstrcmp(field, "command") == 0 ? tr("Command") : tr("Arguments"),
                             edit);
                // Applied when the field loses focus (a multi-line field has no Enter to apply).
                auto *watcher = new FocusOutWatcher(edit, [edit, lines, setContainer, field] {
                    const QStringList now = edit->toPlainText().split(QLatin1Char('\n'));
                    if (now == lines)
                        return;
                    YamlValue list = YamlValue::sequence();
                    for (const QString &line : now)
                        list.append(YamlValue::string(line));
                    QMetaObject::invokeMethod(
                        edit->parentWidget(),
                        [setContainer, field, list] { setContainer(field, list); },
                        Qt::QueuedConnection);
                });
                edit->installEventFilter(watcher);
            }

            // Environment variables.
            form->addRow(heading(parent, tr("Environment")));
            if (const YamlValue *env = exec->at({"container", "env"})) {
                for (const YamlValue &e : env->items()) {
                    const QString name = e.value(QStringLiteral("name")).text();
                    lineField(
                        form, QStringLiteral("env.") + name, name,
                        e.value(QStringLiteral("value")).scalarText(), {},
                        [this, dag, task, name](const QString &v) {
                            apply(tr("Set %1 of %2").arg(name, task), [&](PipelineEditor &editor) {
                                return editor.setEnv(*editor.find(dag, task), name, v).error;
                            });
                        });
                }
            }
            lineField(
                form, QStringLiteral("env.new"), tr("Add"), QString(),
                [](const QString &v) {
                    return v.isEmpty() || v.contains(QLatin1Char('=')) ? QString()
                                                                       : tr("write NAME=value");
                },
                [this, dag, task](const QString &v) {
                    const QString name = v.section(QLatin1Char('='), 0, 0).trimmed();
                    const QString value = v.section(QLatin1Char('='), 1);
                    apply(tr("Set %1 of %2").arg(name, task), [&](PipelineEditor &editor) {
                        return editor.setEnv(*editor.find(dag, task), name, value).error;
                    });
                });
        }
    }

    // Kubernetes options (the platform document): secrets, config maps, volumes, scheduling,
    // labels.
    if (info.group == GroupKind::None) {
        form->addRow(heading(parent, tr("Kubernetes")));
        const YamlValue *platformExec = nullptr;
        if (const auto &platform = m_document->document().platform()) {
            const YamlValue *components =
                m_document->document().spec().find(QStringLiteral("components"));
            const YamlValue *comp = components ? components->find(info.component) : nullptr;
            const YamlValue *executors =
                platform->at({"platforms", "kubernetes", "deploymentSpec", "executors"});
            platformExec =
                comp && executors
                    ? executors->find(comp->value(QStringLiteral("executorLabel")).text())
                    : nullptr;
        }
        if (platformExec) {
            for (const auto &e : platformExec->entries()) {
                auto *shown = new QLabel(
                    QString::fromUtf8(pipelinespec::YamlWriter::write(e.value)).trimmed(), parent);
                shown->setWordWrap(true);
                shown->setTextInteractionFlags(Qt::TextSelectableByMouse);
                form->addRow(e.key.scalarText(), shown);
            }
        }
        auto *kind = new QComboBox(parent);
        kind->setObjectName(QStringLiteral("property.k8sKind"));
        struct Option
        {
            QString title;
            QString fields; // the hint, translated
            int count;      // how many comma-separated values it takes
        };
        const QList<Option> options = {
            {tr("Secret as environment"), tr("secret, key, ENV_VAR"), 3},
            {tr("Secret as volume"), tr("secret, /mount/path"), 2},
            {tr("Config map as environment"), tr("config-map, key, ENV_VAR"), 3},
            {tr("Config map as volume"), tr("config-map, /mount/path"), 2},
            {tr("Volume claim (PVC)"), tr("claim-name, /mount/path"), 2},
            {tr("Node selector"), tr("label, value"), 2},
            {tr("Toleration"), tr("key, operator (Equal/Exists), value, effect"), 4},
            {tr("Pod label"), tr("key, value"), 2},
            {tr("Pod annotation"), tr("key, value"), 2},
        };
        for (const Option &o : options) {
            kind->addItem(o.title, o.fields);
            kind->setItemData(kind->count() - 1, o.count, Qt::UserRole + 1);
        }
        form->addRow(tr("Add"), kind);
        auto *fields = lineField(
            form, QStringLiteral("k8sFields"), QString(), QString(),
            [kind](const QString &v) {
                const int want = kind->currentData(Qt::UserRole + 1).toInt();
                const int have = int(v.split(QLatin1Char(','), Qt::SkipEmptyParts).size());
                return v.isEmpty() || have == want || (kind->currentIndex() == 6 && have >= 2)
                           ? QString()
                           : tr("write: %1").arg(kind->currentData().toString());
            },
            [this, dag, task, kind](const QString &v) {
                QStringList f;
                for (const QString &part : v.split(QLatin1Char(',')))
                    f << part.trimmed();
                const int choice = kind->currentIndex();
                apply(tr("Kubernetes option of %1").arg(task), [&](PipelineEditor &editor) {
                    const auto taskId = *editor.find(dag, task);
                    auto at = [&f](int i) {
                        return f.value(i);
                    };
                    switch (choice) {
                    case 0:
                        return editor.mountSecretAsEnv(taskId, at(0), at(1), at(2)).error;
                    case 1:
                        return editor.mountSecretAsVolume(taskId, at(0), at(1)).error;
                    case 2:
                        return editor.mountConfigMapAsEnv(taskId, at(0), at(1), at(2)).error;
                    case 3:
                        return editor.mountConfigMapAsVolume(taskId, at(0), at(1)).error;
                    case 4:
                        return editor.mountPvc(taskId, at(0), at(1)).error;
                    case 5:
                        return editor.setNodeSelector(taskId, at(0), at(1)).error;
                    case 6:
                        return editor.addToleration(taskId, at(0), at(1), at(2), at(3)).error;
                    case 7:
                        return editor.setPodLabel(taskId, at(0), at(1)).error;
                    default:
                        return editor.setPodAnnotation(taskId, at(0), at(1)).error;
                    }
                });
            });
        fields->setPlaceholderText(kind->currentData().toString());
        connect(kind, &QComboBox::currentIndexChanged, fields,
                [fields, kind] { fields->setPlaceholderText(kind->currentData().toString()); });
    }

    // Inputs: where each value comes from.
    if (!info.inputs.isEmpty())
        form->addRow(heading(parent, tr("Inputs")));
    QStringList pipelineParameters;
    if (const YamlValue *params =
            m_document->document().spec().at({"root", "inputDefinitions", "parameters"})) {
        for (const auto &p : params->entries())
            pipelineParameters << p.key.scalarText();
    }
    const bool inLoop = dag.startsWith(QLatin1String("comp-for-loop-"));
    for (const PortInfo &port : info.inputs) {
        const QString label = portLabel(port);
        if (port.fromTask || port.artifact) {
            auto *row = new QWidget(parent);
            auto *h = new QHBoxLayout(row);
            h->setContentsMargins(0, 0, 0, 0);
            auto *source = new QLabel(
                port.binding.isEmpty() ? tr("(not connected: drag an output here)") : port.binding,
                row);
            source->setObjectName(QStringLiteral("property.input.") + port.name);
            h->addWidget(source, 1);
            if (!port.binding.isEmpty()) {
                auto *disconnect = new QToolButton(row);
                disconnect->setText(tr("Disconnect"));
                disconnect->setObjectName(QStringLiteral("property.disconnect.") + port.name);
                h->addWidget(disconnect);
                connect(
                    disconnect, &QToolButton::clicked, this, [this, dag, task, name = port.name] {
                        apply(tr("Disconnect %1.%2").arg(task, name), [&](PipelineEditor &editor) {
                            return editor.disconnect(*editor.find(dag, task), name).error;
                        });
                    });
            }
            form->addRow(label, row);
            continue;
        }
        auto *row = new QWidget(parent);
        auto *h = new QHBoxLayout(row);
        h->setContentsMargins(0, 0, 0, 0);
        auto *mode = new QComboBox(row);
        mode->setObjectName(QStringLiteral("property.source.") + port.name);
        mode->addItem(tr("Not set"), QString());
        mode->addItem(tr("Value"), QStringLiteral("constant"));
        for (const QString &p : pipelineParameters)
            mode->addItem(tr("Pipeline: %1").arg(p), QString(QStringLiteral("param:") + p));
        if (inLoop)
            mode->addItem(tr("Loop item"), QStringLiteral("loop"));
        auto *value = new QLineEdit(row);
        value->setObjectName(QStringLiteral("property.value.") + port.name);
        auto *problem = new QLabel(row);
        problem->setStyleSheet(QStringLiteral("color: #c62828"));
        problem->hide();
        const YamlValue *bound = node->at({"inputs", "parameters"});
        bound = bound ? bound->find(port.name) : nullptr;
        if (bound && bound->at({"runtimeValue", "constant"})) {
            mode->setCurrentIndex(1);
            value->setText(valueText(*bound->at({"runtimeValue", "constant"})));
        } else if (bound && bound->find(QStringLiteral("componentInputParameter"))) {
            const QString name = bound->find(QStringLiteral("componentInputParameter"))->text();
            const int i = mode->findData(QString(QStringLiteral("param:") + name));
            mode->setCurrentIndex(i >= 0 ? i
                                         : (inLoop && name.contains(QLatin1String("loop-item"))
                                                ? mode->count() - 1
                                                : 0));
        }
        value->setVisible(mode->currentIndex() == 1);
        h->addWidget(mode);
        h->addWidget(value, 1);
        auto *column = new QWidget(parent);
        auto *v = new QVBoxLayout(column);
        v->setContentsMargins(0, 0, 0, 0);
        v->addWidget(row);
        v->addWidget(problem);
        form->addRow(label, column);
        const QString type = port.type;
        connect(value, &QLineEdit::textEdited, problem, [value, problem, type] {
            QString why;
            parseValue(value->text(), type, &why);
            problem->setText(why);
            problem->setVisible(!why.isEmpty());
        });
        auto commitValue = [this, dag, task, name = port.name, type, value] {
            QString why;
            const auto parsed = parseValue(value->text(), type, &why);
            if (!parsed)
                return;
            const YamlValue constant = *parsed;
            QMetaObject::invokeMethod(
                this,
                [this, dag, task, name, constant] {
                    apply(tr("Set %1.%2").arg(task, name), [&](PipelineEditor &editor) {
                        return editor.setConstant(*editor.find(dag, task), name, constant).error;
                    });
                },
                Qt::QueuedConnection);
        };
        connect(value, &QLineEdit::editingFinished, this, commitValue);
        connect(
            mode, &QComboBox::activated, this,
            [this, mode, value, dag, task, name = port.name, commitValue] {
                const QString choice = mode->currentData().toString();
                if (choice == QLatin1String("constant")) {
                    value->show();
                    value->setFocus();
                    if (!value->text().isEmpty())
                        commitValue();
                    return;
                }
                QMetaObject::invokeMethod(
                    this,
                    [this, dag, task, name, choice] {
                        apply(tr("Set %1.%2").arg(task, name), [&](PipelineEditor &editor) {
                            const auto taskId = *editor.find(dag, task);
                            if (choice.isEmpty())
                                return editor.disconnect(taskId, name).error;
                            if (choice == QLatin1String("loop"))
                                return editor.bindLoopItem(taskId, name, dag).error;
                            return editor.bindPipelineParameter(taskId, name, choice.mid(6)).error;
                        });
                    },
                    Qt::QueuedConnection);
            });
    }
}

void PropertiesPanel::buildPipeline(QFormLayout *form)
{
    QWidget *parent = form->parentWidget();
    form->addRow(heading(parent, tr("Pipeline")));
    const YamlValue &spec = m_document->document().spec();
    auto setInfo = [this](const char *key, const QString &text) {
        apply(tr("Pipeline %1").arg(QString::fromLatin1(key)), [&](PipelineEditor &editor) {
            YamlValue &root = editor.document().spec();
            YamlValue info = root.value(QStringLiteral("pipelineInfo"));
            if (!info.isMapping())
                info = YamlValue::mapping();
            if (text.isEmpty())
                info.remove(QString::fromLatin1(key));
            else
                info.insert(QString::fromLatin1(key), YamlValue::string(text));
            root.insert(QStringLiteral("pipelineInfo"), info);
            return QString();
        });
    };
    lineField(
        form, QStringLiteral("pipelineName"), tr("Name"), m_document->document().name(),
        [](const QString &text) {
            return PipelineEditor::sanitizeName(text) == text
                       ? QString()
                       : tr("Use lower-case letters, digits and '-' (for example %1)")
                             .arg(PipelineEditor::sanitizeName(text));
        },
        [setInfo](const QString &text) { setInfo("name", text); });
    lineField(form, QStringLiteral("description"), tr("Description"),
              m_document->document().description(), {},
              [setInfo](const QString &text) { setInfo("description", text); });
    lineField(form, QStringLiteral("pipelineRoot"), tr("Pipeline root"),
              spec.value(QStringLiteral("defaultPipelineRoot")).text(), {},
              [this](const QString &text) {
                  apply(tr("Pipeline root"), [&](PipelineEditor &editor) {
                      if (text.isEmpty())
                          editor.document().spec().remove(QStringLiteral("defaultPipelineRoot"));
                      else
                          editor.document().spec().insert(QStringLiteral("defaultPipelineRoot"),
                                                          YamlValue::string(text));
                      return QString();
                  });
              });

    form->addRow(heading(parent, tr("Parameters")));
    if (const YamlValue *params = spec.at({"root", "inputDefinitions", "parameters"})) {
        for (const auto &p : params->entries()) {
            const QString name = p.key.scalarText();
            QString text = p.value.value(QStringLiteral("parameterType")).text();
            if (const YamlValue *d = p.value.find(QStringLiteral("defaultValue")))
                text += QStringLiteral(" = ") + valueText(*d);
            auto *row = new QWidget(parent);
            auto *h = new QHBoxLayout(row);
            h->setContentsMargins(0, 0, 0, 0);
            h->addWidget(new QLabel(text, row), 1);
            auto *remove = new QToolButton(row);
            remove->setText(tr("Remove"));
            remove->setObjectName(QStringLiteral("property.removeParameter.") + name);
            h->addWidget(remove);
            connect(remove, &QToolButton::clicked, this, [this, name] {
                apply(tr("Remove parameter %1").arg(name), [&](PipelineEditor &editor) {
                    return editor.removePipelineParameter(name).error;
                });
            });
            form->addRow(name, row);
        }
    }
    // A new parameter: name, type, default.
    auto *row = new QWidget(parent);
    auto *h = new QHBoxLayout(row);
    h->setContentsMargins(0, 0, 0, 0);
    auto *name = new QLineEdit(row);
    name->setObjectName(QStringLiteral("property.newParameter"));
    name->setPlaceholderText(tr("name"));
    auto *type = new QComboBox(row);
    type->setObjectName(QStringLiteral("property.newParameterType"));
    type->addItems(kParameterTypes);
    auto *defaultValue = new QLineEdit(row);
    defaultValue->setObjectName(QStringLiteral("property.newParameterDefault"));
    defaultValue->setPlaceholderText(tr("default (optional)"));
    auto *add = new QPushButton(tr("Add"), row);
    add->setObjectName(QStringLiteral("property.addParameter"));
    // Two lines, so the panel stays narrow.
    auto *column = new QVBoxLayout;
    column->setContentsMargins(0, 0, 0, 0);
    auto *first = new QHBoxLayout;
    first->addWidget(name, 1);
    first->addWidget(type);
    auto *second = new QHBoxLayout;
    second->addWidget(defaultValue, 1);
    second->addWidget(add);
    column->addLayout(first);
    column->addLayout(second);
    h->addLayout(column);
    form->addRow(tr("New"), row);
    connect(add, &QPushButton::clicked, this, [this, name, type, defaultValue] {
        std::optional<YamlValue> value;
        if (!defaultValue->text().isEmpty()) {
            QString why;
            value = parseValue(defaultValue->text(), type->currentText(), &why);
            if (!value) {
                m_lastError = tr("Default of %1: %2").arg(name->text(), why);
                rebuild(true);
                return;
            }
        }
        const QString parameter = name->text().trimmed();
        const QString parameterType = type->currentText();
        QMetaObject::invokeMethod(
            this,
            [this, parameter, parameterType, value] {
                apply(tr("Add parameter %1").arg(parameter), [&](PipelineEditor &editor) {
                    return editor.addPipelineParameter(parameter, parameterType, value).error;
                });
            },
            Qt::QueuedConnection);
    });
}

} // namespace kfw::views::editor
