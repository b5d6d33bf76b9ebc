#pragma once

#include "cluster/pipelinespec/pipelineeditor.h"

#include <QHash>
#include <QJsonObject>
#include <QMap>
#include <QObject>
#include <QPointF>
#include <QString>

#include <functional>

class QUndoStack;

namespace kfw::views::editor {

// Positions of the tasks of every DAG: dag -> task -> top-left corner.
using Positions = QHash<QString, QHash<QString, QPointF>>;

// A note on the canvas: where it is and what it says. Comments live in the layout file, never in
// the pipeline.
struct Comment
{
    QPointF pos;
    QString text;
    bool operator==(const Comment &) const = default;
};
// dag -> comment id -> comment.
using Comments = QHash<QString, QMap<QString, Comment>>;

// A pipeline file as read from disk, before it becomes a document (reading runs off the GUI
// thread).
struct LoadedPipeline
{
    std::optional<pipelinespec::PipelineDocument> document;
    Positions positions;
    Comments comments;
    QString error;       // why the pipeline could not be read
    QString layoutError; // why the sidecar layout was ignored (the pipeline still opens)
};

// One pipeline open in the editor: the PipelineSpec model (the truth), its file, the layout kept
// beside it, and the undo stack. Every change goes through a QUndoCommand; the canvas mirrors
// the document through its signals and never holds state of its own.
//
// The file is the PipelineSpec YAML exactly as the KFP compiler writes it; positions live in a
// sidecar "<file>.layout.json", so the YAML stays a pure PipelineSpec.
class EditorDocument : public QObject
{
    Q_OBJECT
public:
    explicit EditorDocument(pipelinespec::PipelineDocument document, QString path = {},
                            Positions positions = {}, QObject *parent = nullptr);
    ~EditorDocument() override;

    // Reads the pipeline and its sidecar layout (to be run off the GUI thread).
    static LoadedPipeline read(const QString &path);
    static QString layoutPath(const QString &pipelinePath);
    static QJsonObject layoutToJson(const Positions &positions, const Comments &comments = {});
    static Positions layoutFromJson(const QJsonObject &json, QString *error,
                                    Comments *comments = nullptr);

    const pipelinespec::PipelineDocument &document() const { return m_editor.document(); }
    const pipelinespec::PipelineEditor &editor() const { return m_editor; }
    QString path() const { return m_path; }
    // The name shown on the tab: the file name, or the pipeline's name for a new document.
    QString title() const;
    QUndoStack *undoStack() const { return m_undo; }
    bool isModified() const;
    // Marks the document as changed from its file (a recovered copy of unsaved work).
    void markModified();
    // The name of this document's recovery copy (autosave); stable while it is open.
    QString recoveryId() const { return m_recoveryId; }
    void setRecoveryId(const QString &id) { m_recoveryId = id; }

    const Positions &positions() const { return m_positions; }
    const Comments &comments() const { return m_comments; }
    // The comments of a document just opened or recovered (no undo step).
    void setComments(const Comments &comments) { m_comments = comments; }
    // Adds, changes (moved, retyped) or, with nullopt, removes a comment, as one undo step.
    void setComment(const QString &dag, const QString &id, const std::optional<Comment> &comment,
                    const QString &text);
    std::optional<QPointF> position(const QString &dag, const QString &task) const;
    // Places tasks without an undo step: the first layout of a level nobody has arranged yet.
    void placeInitially(const QString &dag, const QHash<QString, QPointF> &positions);

    // Edits (each one undo step).
    enum class Merge
    {
        No,
        WithPrevious, // successive moves of the same tasks made this way are one step
    };
    void moveTasks(const QString &dag, const QHash<QString, QPointF> &from,
                   const QHash<QString, QPointF> &to, const QString &text, Merge merge = Merge::No);
    // Removes tasks of one DAG; returns false and sets *error when the model refuses.
    bool removeTasks(const QString &dag, const QStringList &tasks, QString *error);
    // Any change of the model (and of positions, for tasks it adds, renames or removes) as one
    // undo step. The change works on a copy; when it fails nothing changes and *error says why.
    using Change = std::function<pipelinespec::EditResult(pipelinespec::PipelineEditor &editor,
                                                          Positions &positions)>;
    bool edit(const QString &text, const Change &change, QString *error);
    // Adds a task of a new component (definition) or of one the pipeline has (component name),
    // at a position. Returns the task's name, or empty with *error.
    QString addTask(const QString &dag, const pipelinespec::ComponentDefinition &definition,
                    QPointF at, QString *error);
    QString addTask(const QString &dag, const QString &component, QPointF at, QString *error);
    // Feeds an output of one task into an input of another (same DAG); refused with the reason
    // when the types do not fit.
    bool connectPorts(const QString &dag, const QString &producer, const QString &output,
                      const QString &consumer, const QString &input, QString *error);
    // Why connecting would be refused (empty when it would work); nothing changes.
    QString connectProblem(const QString &dag, const QString &producer, const QString &output,
                           const QString &consumer, const QString &input) const;
    // "after": consumer runs once producer has finished.
    bool addDependency(const QString &dag, const QString &producer, const QString &consumer,
                       QString *error);
    std::optional<pipelinespec::TaskId> taskId(const QString &dag, const QString &task) const
    {
        return m_editor.find(dag, task);
    }

    // Writes the YAML and the sidecar through QSaveFile on a worker thread; saved() tells how it
    // went. The document is clean afterwards unless it was edited meanwhile.
    void save(const QString &path);
    bool isSaving() const { return m_saving; }

signals:
    // The tasks or edges of a DAG changed (after an edit, an undo or a redo).
    void structureChanged();
    // Comments of a DAG were added, changed or removed.
    void commentsChanged(const QString &dag);
    // Tasks of a DAG moved.
    void tasksMoved(const QString &dag, const QStringList &tasks);
    void modifiedChanged(bool modified);
    void pathChanged(const QString &path);
    // An empty message on success.
    void saved(const QString &error);

private:
    friend class MoveTasksCommand;
    friend class ReplaceModelCommand;
    friend class SetCommentCommand;
    void applyComment(const QString &dag, const QString &id, const std::optional<Comment> &comment);
    void applyPositions(const QString &dag, const QHash<QString, QPointF> &positions);
    static pipelinespec::EditResult placeTask(pipelinespec::PipelineEditor &editor,
                                              Positions &positions, const QString &dag,
                                              const QString &component, QPointF at, QString *added);
    bool
    betweenTasks(const QString &text, const QString &dag, const QString &producer,
                 const QString &consumer, QString *error,
                 const std::function<pipelinespec::EditResult(pipelinespec::PipelineEditor &,
                                                              pipelinespec::TaskId from,
                                                              pipelinespec::TaskId to)> &change);
    void replaceModel(const pipelinespec::PipelineDocument &document, const Positions &positions);

    pipelinespec::PipelineEditor m_editor;
    QString m_path;
    Positions m_positions;
    Comments m_comments;
    QUndoStack *m_undo;
    bool m_saving = false;
    QString m_recoveryId;
};

} // namespace kfw::views::editor
