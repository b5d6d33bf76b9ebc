#include "views/pipeline-editor/recovery.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStandardPaths>

#include <algorithm>
#include <cerrno>
#include <csignal>

#ifdef Q_OS_UNIX
#include <sys/types.h>
#endif

namespace kfw::views::editor::recovery {

namespace {

bool processAlive(qint64 pid)
{
    if (pid <= 0)
        return false;
#ifdef Q_OS_UNIX
    // Signal 0 checks for existence; EPERM means it exists under another user.
    return ::kill(pid_t(pid), 0) == 0 || errno == EPERM;
#else
    return pid == QCoreApplication::applicationPid();
#endif
}

QString metaPath(const QString &folder, const QString &id)
{
    return folder + QLatin1Char('/') + id + QStringLiteral(".json");
}

QString yamlPath(const QString &folder, const QString &id)
{
    return folder + QLatin1Char('/') + id + QStringLiteral(".yaml");
}

} // namespace

QString defaultFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/recovery");
}

QString write(const QString &folder, const QString &id, const QString &originalPath,
              const QString &title, const pipelinespec::PipelineDocument &document,
              const Positions &positions, const Comments &comments)
{
    if (!QDir().mkpath(folder))
        return QCoreApplication::translate("kfw::views::editor::recovery",
                                           "The folder %1 could not be created.")
            .arg(folder);
    // The pipeline first: a copy with metadata but no pipeline would be useless.
    QSaveFile yaml(yamlPath(folder, id));
    if (!yaml.open(QIODevice::WriteOnly) || yaml.write(document.toYaml()) < 0 || !yaml.commit())
        return yaml.errorString();
    const QJsonObject meta{
        {QStringLiteral("path"), originalPath},
        {QStringLiteral("title"), title},
        {QStringLiteral("savedAt"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
        {QStringLiteral("pid"), QCoreApplication::applicationPid()},
        {QStringLiteral("layout"), EditorDocument::layoutToJson(positions, comments)},
    };
    QSaveFile json(metaPath(folder, id));
    if (!json.open(QIODevice::WriteOnly) || json.write(QJsonDocument(meta).toJson()) < 0 ||
        !json.commit())
        return json.errorString();
    return {};
}

void remove(const QString &folder, const QString &id)
{
    QFile::remove(metaPath(folder, id));
    QFile::remove(yamlPath(folder, id));
}

QList<RecoveredDocument> scan(const QString &folder)
{
    QList<RecoveredDocument> found;
    const QDir dir(folder);
    for (const QString &name : dir.entryList({QStringLiteral("*.json")}, QDir::Files)) {
        QFile f(dir.filePath(name));
        if (!f.open(QIODevice::ReadOnly))
            continue;
        const QJsonObject meta = QJsonDocument::fromJson(f.readAll()).object();
        RecoveredDocument doc;
        doc.id = name.chopped(5);
        doc.pid = meta.value(QStringLiteral("pid")).toInteger();
        if (processAlive(doc.pid))
            continue; // another window of the workbench still has it open
        doc.yamlPath = yamlPath(folder, doc.id);
        if (!QFile::exists(doc.yamlPath))
            continue;
        doc.originalPath = meta.value(QStringLiteral("path")).toString();
        doc.title = meta.value(QStringLiteral("title")).toString();
        doc.savedAt = QDateTime::fromString(meta.value(QStringLiteral("savedAt")).toString(),
                                            Qt::ISODateWithMs);
        QString ignored; // a damaged layout still leaves the pipeline worth recovering
        doc.positions = EditorDocument::layoutFromJson(
            meta.value(QStringLiteral("layout")).toObject(), &ignored, &doc.comments);
        found.append(doc);
    }
    std::sort(found.begin(), found.end(),
              [](const auto &a, const auto &b) { return a.savedAt > b.savedAt; });
    return found;
}

} // namespace kfw::views::editor::recovery
