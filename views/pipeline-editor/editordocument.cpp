#include "views/pipeline-editor/editordocument.h"

#include "cluster/backend/services.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QUndoCommand>
#include <QUndoStack>
#include <QUuid>
#include <QtConcurrent/QtConcurrentRun>

namespace kfw::views::editor {

using pipelinespec::PipelineDocument;

namespace {

// Merge ids of the commands that merge with their predecessor.
enum CommandId
{
    MoveId = 1,
};

constexpr int kLayoutVersion = 1;

} // namespace

// Moves tasks of one DAG; successive moves of the same tasks merge into one step.
class MoveTasksCommand : public QUndoCommand
{
public:
    MoveTasksCommand(EditorDocument *document, QString dag, QHash<QString, QPointF> from,
                     QHash<QString, QPointF> to, const QString &text, bool mergeable)
        : QUndoCommand(text)
        , m_mergeable(mergeable)
        , m_document(document)
        , m_dag(std::move(dag))
        , m_from(std::move(from))
        , m_to(std::move(to))
    {}
    int id() const override { return MoveId; }
    bool mergeWith(const QUndoCommand *other) override
    {
        const auto *move = static_cast<const MoveTasksCommand *>(other);
        if (!m_mergeable || !move->m_mergeable || move->m_dag != m_dag ||
            move->m_to.keys() != m_to.keys() || move->text() != text())
            return false;
        m_to = move->m_to;
        return true;
    }
    void undo() override { m_document->applyPositions(m_dag, m_from); }
    void redo() override { m_document->applyPositions(m_dag, m_to); }

private:
    bool m_mergeable;
    EditorDocument *m_document;
    QString m_dag;
    QHash<QString, QPointF> m_from;
    QHash<QString, QPointF> m_to;
};

// Replaces the model and the layout with a copy taken after an edit, and back. Copies of the
// tree share their nodes until written, so keeping both costs little.
class ReplaceModelCommand : public QUndoCommand
{
public:
    ReplaceModelCommand(EditorDocument *document, PipelineDocument before,
                        Positions beforePositions, PipelineDocument after, Positions afterPositions,
                        const QString &text)
        : QUndoCommand(text)
        , m_document(document)
        , m_before(std::move(before))
        , m_after(std::move(after))
        , m_beforePositions(std::move(beforePositions))
        , m_afterPositions(std::move(afterPositions))
    {}
    void undo() override { m_document->replaceModel(m_before, m_beforePositions); }
    void redo() override { m_document->replaceModel(m_after, m_afterPositions); }

private:
    EditorDocument *m_document;
    PipelineDocument m_before;
    PipelineDocument m_after;
    Positions m_beforePositions;
    Positions m_afterPositions;
};

// Adds, changes or removes one comment.
class SetCommentCommand : public QUndoCommand
{
public:
    SetCommentCommand(EditorDocument *document, QString dag, QString id,
                      std::optional<Comment> before, std::optional<Comment> after,
                      const QString &text)
        : QUndoCommand(text)
        , m_document(document)
        , m_dag(std::move(dag))
        , m_id(std::move(id))
        , m_before(std::move(before))
        , m_after(std::move(after))
    {}
    void undo() override { m_document->applyComment(m_dag, m_id, m_before); }
    void redo() override { m_document->applyComment(m_dag, m_id, m_after); }

private:
    EditorDocument *m_document;
    QString m_dag;
    QString m_id;
    std::optional<Comment> m_before;
    std::optional<Comment> m_after;
};

EditorDocument::EditorDocument(PipelineDocument document, QString path, Positions positions,
                               QObject *parent)
    : QObject(parent)
    , m_editor(std::move(document))
    , m_path(std::move(path))
    , m_positions(std::move(positions))
    , m_undo(new QUndoStack(this))
    , m_recoveryId(QUuid::createUuid().toString(QUuid::WithoutBraces))
{
    connect(m_undo, &QUndoStack::cleanChanged, this,
            [this](bool clean) { emit modifiedChanged(!clean); });
}

EditorDocument::~EditorDocument() = default;

QString EditorDocument::layoutPath(const QString &pipelinePath)
{
    return pipelinePath + QStringLiteral(".layout.json");
}

QJsonObject EditorDocument::layoutToJson(const Positions &positions, const Comments &comments)
{
    QJsonObject dags;
    // Sorted keys keep the sidecar stable for version control.
    QStringList dagNames = positions.keys();
    for (auto it = comments.begin(); it != comments.end(); ++it) {
        if (!it->isEmpty() && !dagNames.contains(it.key()))
            dagNames << it.key();
    }
    dagNames.sort();
    for (const QString &dag : dagNames) {
        QJsonObject level;
        QJsonObject tasks;
        const auto placed = positions.value(dag);
        for (auto it = placed.begin(); it != placed.end(); ++it)
            tasks.insert(it.key(), QJsonArray{qRound(it.value().x()), qRound(it.value().y())});
        level.insert(QStringLiteral("tasks"), tasks);
        const auto notes = comments.value(dag);
        if (!notes.isEmpty()) {
            QJsonArray list;
            for (auto it = notes.begin(); it != notes.end(); ++it)
                list.append(QJsonObject{{QStringLiteral("id"), it.key()},
                                        {QStringLiteral("x"), qRound(it->pos.x())},
                                        {QStringLiteral("y"), qRound(it->pos.y())},
                                        {QStringLiteral("text"), it->text}});
            level.insert(QStringLiteral("comments"), list);
        }
        dags.insert(dag, level);
    }
    return QJsonObject{{QStringLiteral("version"), kLayoutVersion}, {QStringLiteral("dags"), dags}};
}

Positions EditorDocument::layoutFromJson(const QJsonObject &json, QString *error,
                                         Comments *comments)
{
    Positions positions;
    if (json.value(QStringLiteral("version")).toInt() != kLayoutVersion) {
        *error =
            tr("the layout file has version %1; this version of the workbench reads version %2")
                .arg(json.value(QStringLiteral("version")).toVariant().toString())
                .arg(kLayoutVersion);
        return {};
    }
    const QJsonObject dags = json.value(QStringLiteral("dags")).toObject();
    for (auto dag = dags.begin(); dag != dags.end(); ++dag) {
        const QJsonObject tasks = dag.value().toObject().value(QStringLiteral("tasks")).toObject();
        for (auto task = tasks.begin(); task != tasks.end(); ++task) {
            const QJsonArray xy = task.value().toArray();
            if (xy.size() != 2 || !xy[0].isDouble() || !xy[1].isDouble()) {
                *error = tr("the position of %1 in %2 is not a pair of numbers")
                             .arg(task.key(), dag.key());
                return {};
            }
            positions[dag.key()].insert(task.key(), QPointF(xy[0].toDouble(), xy[1].toDouble()));
        }
        if (!comments)
            continue;
        for (const QJsonValue &c :
             dag.value().toObject().value(QStringLiteral("comments")).toArray()) {
            const QJsonObject note = c.toObject();
            const QString id = note.value(QStringLiteral("id")).toString();
            if (id.isEmpty() || !note.value(QStringLiteral("x")).isDouble() ||
                !note.value(QStringLiteral("y")).isDouble()) {
                *error = tr("a comment in %1 has no id or position").arg(dag.key());
                return {};
            }
            (*comments)[dag.key()].insert(id, {QPointF(note.value(QStringLiteral("x")).toDouble(),
                                                       note.value(QStringLiteral("y")).toDouble()),
                                               note.value(QStringLiteral("text")).toString()});
        }
    }
    return positions;
}

LoadedPipeline EditorDocument::read(const QString &path)
{
    LoadedPipeline loaded;
    pipelinespec::ReadError error;
    loaded.document = PipelineDocument::load(path, &error);
    if (!loaded.document) {
        loaded.error = error.toString();
        return loaded;
    }
    if (loaded.document->kind() != pipelinespec::DocumentKind::PipelineSpec) {
        loaded.document.reset();
        loaded.error = tr("%1 is a KFP v1 component, not a pipeline. Import it as a component into "
                          "a pipeline instead.")
                           .arg(QFileInfo(path).fileName());
        return loaded;
    }
    QFile sidecar(layoutPath(path));
    if (sidecar.exists()) {
        if (!sidecar.open(QIODevice::ReadOnly)) {
            loaded.layoutError = tr("%1 could not be read (%2); tasks are laid out afresh.")
                                     .arg(QFileInfo(sidecar).fileName(), sidecar.errorString());
            return loaded;
        }
        QJsonParseError parseError;
        const QJsonDocument json = QJsonDocument::fromJson(sidecar.readAll(), &parseError);
        QString why;
        if (parseError.error != QJsonParseError::NoError)
            why = parseError.errorString();
        else if (!json.isObject())
            why = tr("it is not a JSON object");
        else
            loaded.positions = layoutFromJson(json.object(), &why, &loaded.comments);
        if (!why.isEmpty())
            loaded.comments.clear(); // a layout is used whole or not at all
        if (!why.isEmpty())
            loaded.layoutError =
                tr("%1 is not a layout the workbench reads (%2); tasks are laid out afresh.")
                    .arg(QFileInfo(sidecar).fileName(), why);
    }
    return loaded;
}

QString EditorDocument::title() const
{
    if (!m_path.isEmpty())
        return QFileInfo(m_path).fileName();
    const QString name = document().name();
    return name.isEmpty() ? tr("Untitled pipeline") : name;
}

bool EditorDocument::isModified() const
{
    return !m_undo->isClean();
}

void EditorDocument::setComment(const QString &dag, const QString &id,
                                const std::optional<Comment> &comment, const QString &text)
{
    std::optional<Comment> before;
    if (const auto level = m_comments.constFind(dag);
        level != m_comments.constEnd() && level->contains(id))
        before = level->value(id);
    if (before == comment)
        return;
    m_undo->push(new SetCommentCommand(this, dag, id, before, comment, text));
}

void EditorDocument::applyComment(const QString &dag, const QString &id,
                                  const std::optional<Comment> &comment)
{
    if (comment)
        m_comments[dag].insert(id, *comment);
    else
        m_comments[dag].remove(id);
    emit commentsChanged(dag);
}

void EditorDocument::markModified()
{
    m_undo->resetClean(); // emits cleanChanged(false)
}

std::optional<QPointF> EditorDocument::position(const QString &dag, const QString &task) const
{
    const auto level = m_positions.constFind(dag);
    if (level == m_positions.constEnd())
        return std::nullopt;
    const auto p = level->constFind(task);
    if (p == level->constEnd())
        return std::nullopt;
    return *p;
}

void EditorDocument::placeInitially(const QString &dag, const QHash<QString, QPointF> &positions)
{
    auto &level = m_positions[dag];
    for (auto it = positions.begin(); it != positions.end(); ++it)
        level.insert(it.key(), it.value());
}

void EditorDocument::moveTasks(const QString &dag, const QHash<QString, QPointF> &from,
                               const QHash<QString, QPointF> &to, const QString &text, Merge merge)
{
    if (from == to)
        return;
    m_undo->push(new MoveTasksCommand(this, dag, from, to, text, merge == Merge::WithPrevious));
}

void EditorDocument::applyPositions(const QString &dag, const QHash<QString, QPointF> &positions)
{
    auto &level = m_positions[dag];
    for (auto it = positions.begin(); it != positions.end(); ++it)
        level.insert(it.key(), it.value());
    emit tasksMoved(dag, positions.keys());
}

bool EditorDocument::edit(const QString &text, const Change &change, QString *error)
{
    pipelinespec::PipelineEditor editor = m_editor;
    Positions positions = m_positions;
    if (const auto result = change(editor, positions); !result) {
        *error = result.error;
        return false;
    }
    m_undo->push(
        new ReplaceModelCommand(this, document(), m_positions, editor.document(), positions, text));
    return true;
}

bool EditorDocument::removeTasks(const QString &dag, const QStringList &tasks, QString *error)
{
    if (tasks.isEmpty())
        return true;
    const QString text = tasks.size() == 1 ? tr("Delete %1").arg(tasks.first())
                                           : tr("Delete %n tasks", nullptr, int(tasks.size()));
    return edit(
        text,
        [&](pipelinespec::PipelineEditor &editor, Positions &positions) {
            for (const QString &task : tasks) {
                const auto id = editor.find(dag, task);
                if (!id)
                    return pipelinespec::EditResult::fail(
                        tr("There is no task %1 in %2.").arg(task, dag));
                if (const auto result = editor.removeTask(*id); !result)
                    return pipelinespec::EditResult::fail(
                        tr("%1 cannot be removed: %2").arg(task, result.error));
                positions[dag].remove(task);
            }
            return pipelinespec::EditResult();
        },
        error);
}

QString EditorDocument::addTask(const QString &dag,
                                const pipelinespec::ComponentDefinition &definition, QPointF at,
                                QString *error)
{
    QString added;
    edit(
        tr("Add %1").arg(definition.name),
        [&](pipelinespec::PipelineEditor &editor, Positions &positions) {
            const QString component = editor.addComponent(definition);
            return placeTask(editor, positions, dag, component, at, &added);
        },
        error);
    return added;
}

QString EditorDocument::addTask(const QString &dag, const QString &component, QPointF at,
                                QString *error)
{
    QString added;
    edit(
        tr("Add %1").arg(component.startsWith(QLatin1String("comp-")) ? component.mid(5)
                                                                      : component),
        [&](pipelinespec::PipelineEditor &editor, Positions &positions) {
            return placeTask(editor, positions, dag, component, at, &added);
        },
        error);
    return added;
}

pipelinespec::EditResult EditorDocument::placeTask(pipelinespec::PipelineEditor &editor,
                                                   Positions &positions, const QString &dag,
                                                   const QString &component, QPointF at,
                                                   QString *added)
{
    QString why;
    const auto id = editor.addTask(component, dag, &why);
    if (!id)
        return pipelinespec::EditResult::fail(why);
    *added = editor.location(*id)->name;
    positions[dag].insert(*added, at);
    return {};
}

bool EditorDocument::betweenTasks(const QString &text, const QString &dag, const QString &producer,
                                  const QString &consumer, QString *error,
                                  const std::function<pipelinespec::EditResult(
                                      pipelinespec::PipelineEditor &, pipelinespec::TaskId from,
                                      pipelinespec::TaskId to)> &change)
{
    return edit(
        text,
        [&](pipelinespec::PipelineEditor &editor, Positions &) {
            const auto from = editor.find(dag, producer);
            const auto to = editor.find(dag, consumer);
            if (!from || !to)
                return pipelinespec::EditResult::fail(tr("Both tasks must be in the level shown."));
            return change(editor, *from, *to);
        },
        error);
}

bool EditorDocument::connectPorts(const QString &dag, const QString &producer,
                                  const QString &output, const QString &consumer,
                                  const QString &input, QString *error)
{
    return betweenTasks(
        tr("Connect %1.%2 to %3.%4").arg(producer, output, consumer, input), dag, producer,
        consumer, error,
        [&](pipelinespec::PipelineEditor &editor, pipelinespec::TaskId from,
            pipelinespec::TaskId to) { return editor.connect(to, input, from, output); });
}

QString EditorDocument::connectProblem(const QString &dag, const QString &producer,
                                       const QString &output, const QString &consumer,
                                       const QString &input) const
{
    pipelinespec::PipelineEditor editor = m_editor; // a trial on a copy
    const auto from = editor.find(dag, producer);
    const auto to = editor.find(dag, consumer);
    if (!from || !to)
        return tr("Both tasks must be in the level shown.");
    return editor.connect(*to, input, *from, output).error;
}

bool EditorDocument::addDependency(const QString &dag, const QString &producer,
                                   const QString &consumer, QString *error)
{
    return betweenTasks(tr("Run %1 after %2").arg(consumer, producer), dag, producer, consumer,
                        error,
                        [](pipelinespec::PipelineEditor &editor, pipelinespec::TaskId from,
                           pipelinespec::TaskId to) { return editor.addDependency(to, from); });
}

void EditorDocument::replaceModel(const PipelineDocument &document, const Positions &positions)
{
    m_editor = pipelinespec::PipelineEditor(document);
    m_positions = positions;
    emit structureChanged();
}

void EditorDocument::save(const QString &path)
{
    if (m_saving)
        return;
    m_saving = true;
    const int index = m_undo->index();
    auto job = QtConcurrent::run([document = document(), positions = m_positions,
                                  comments = m_comments, path]() -> QString {
        QSaveFile yaml(path);
        if (!yaml.open(QIODevice::WriteOnly) || yaml.write(document.toYaml()) < 0 || !yaml.commit())
            return tr("%1 could not be written (%2). Choose another folder with Save As.")
                .arg(path, yaml.errorString());
        QSaveFile layout(layoutPath(path));
        if (!layout.open(QIODevice::WriteOnly) ||
            layout.write(
                QJsonDocument(layoutToJson(positions, comments)).toJson(QJsonDocument::Indented)) <
                0 ||
            !layout.commit())
            return tr("The pipeline was saved, but its layout %1 could not be written (%2).")
                .arg(layoutPath(path), layout.errorString());
        return {};
    });
    backend::whenFinished(job, this, [this, path, index](const QString &error) {
        m_saving = false;
        if (error.isEmpty()) {
            if (path != m_path) {
                m_path = path;
                emit pathChanged(path);
            }
            if (m_undo->index() == index)
                m_undo->setClean();
        }
        emit saved(error);
    });
}

} // namespace kfw::views::editor
