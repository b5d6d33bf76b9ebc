#pragma once

#include "views/pipeline-editor/editordocument.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace kfw::views::editor {

// A document with unsaved changes that a session left behind.
struct RecoveredDocument
{
    QString id;
    QString originalPath; // the file it was opened from (empty for a new pipeline)
    QString title;
    QDateTime savedAt;
    qint64 pid = 0;   // of the process that wrote it
    QString yamlPath; // the recovery copy of the pipeline
    Positions positions;
    Comments comments;
};

// Recovery copies of unsaved documents: "<id>.yaml" (the pipeline) and "<id>.json" (where it
// came from, when, by which process, and its layout) in one folder. Never the user's own file.
// All functions touch the disk; call them off the GUI thread.
namespace recovery {

// The folder the editor uses: <app data>/recovery.
QString defaultFolder();
// Writes a recovery copy; returns an empty string or what went wrong.
QString write(const QString &folder, const QString &id, const QString &originalPath,
              const QString &title, const pipelinespec::PipelineDocument &document,
              const Positions &positions, const Comments &comments = {});
void remove(const QString &folder, const QString &id);
// Copies left by processes that are no longer running (a crash, a kill, a power cut), newest
// first. Copies of a running instance are not listed.
QList<RecoveredDocument> scan(const QString &folder);

} // namespace recovery

} // namespace kfw::views::editor
