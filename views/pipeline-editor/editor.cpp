#include "views/pipeline-editor/editor.h"

#include "cluster/backend/services.h"
#include "ui/documentrouter.h"
#include "ui/pageregistry.h"
#include "views/pipeline-editor/editorpage.h"
#include "views/pipeline-editor/recovery.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QtConcurrent/QtConcurrentRun>

namespace kfw::views {

void registerEditorPage(
    ui::PageRegistry &pages, ui::DocumentRouter &documents,
    std::function<void(const QString &path, const QString &versionId, const QString &versionName)>
        run)
{
    auto *requests = new editor::OpenRequests(&documents);
    pages.add({
        QStringLiteral("editor"),
        [] {
            return QCoreApplication::translate("kfw::views::editor::EditorPage", "Pipeline Editor");
        },
        QStringLiteral("pipeline"),
        15,
        [requests, run](const ui::ShellContext &context, QWidget *parent) {
            return new editor::EditorPage(context, requests, run, parent);
        },
    });
    ui::DocumentType pipeline;
    pipeline.id = QStringLiteral("pipeline");
    pipeline.title = [] {
        return QCoreApplication::translate("kfw::views::editor::EditorPage", "Pipeline");
    };
    pipeline.suffixes = {QStringLiteral("yaml"), QStringLiteral("yml"), QStringLiteral("json")};
    pipeline.pageId = QStringLiteral("editor");
    pipeline.createNew = [requests, &documents] {
        requests->requestNew();
        documents.showPage(QStringLiteral("editor"));
    };
    pipeline.open = [requests](const QString &path, QString *error) {
        if (!QFileInfo(path).isReadable()) {
            *error = QCoreApplication::translate("kfw::views::editor::EditorPage",
                                                 "%1 cannot be read; check its permissions.")
                         .arg(path);
            return false;
        }
        requests->add(path);
        return true;
    };
    documents.registerType(std::move(pipeline));
}

void whenPipelinesRecovered(QObject *context, std::function<void()> found)
{
    auto job = QtConcurrent::run(
        [] { return !editor::recovery::scan(editor::recovery::defaultFolder()).isEmpty(); });
    backend::whenFinished(job, context, [found](bool any) {
        if (any)
            found();
    });
}

} // namespace kfw::views
