#include "views/runs/runs.h"

#include "ui/documentrouter.h"
#include "ui/pageregistry.h"
#include "views/runs/runspage.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace kfw::views {

void PendingPipeline::set(const QString &path, const QString &versionId, const QString &versionName)
{
    m_pipeline = {path, versionId, versionName};
    emit arrived();
}

PendingPipeline::Pipeline PendingPipeline::take()
{
    return std::exchange(m_pipeline, Pipeline());
}

PendingPipeline *registerRunsPage(ui::PageRegistry &pages, QObject *owner)
{
    auto *pending = new PendingPipeline(owner);
    pages.add({
        QStringLiteral("runs"),
        [] { return QCoreApplication::translate("kfw::views::RunsPage", "Runs"); },
        QStringLiteral("play"),
        20,
        [pending](const ui::ShellContext &context, QWidget *parent) {
            return new RunsPage(context, pending, parent);
        },
    });
    return pending;
}

void registerRunsPage(ui::PageRegistry &pages, ui::DocumentRouter &documents)
{
    PendingPipeline *pending = registerRunsPage(pages, &documents);
    ui::DocumentType pipeline;
    pipeline.id = QStringLiteral("pipeline");
    pipeline.title = [] {
        return QCoreApplication::translate("kfw::views::RunsPage", "Pipeline");
    };
    pipeline.suffixes = {QStringLiteral("yaml"), QStringLiteral("yml"), QStringLiteral("json")};
    pipeline.pageId = QStringLiteral("runs");
    pipeline.open = [pending](const QString &path, QString *error) {
        if (!QFileInfo(path).isReadable()) {
            *error = QCoreApplication::translate("kfw::views::RunsPage",
                                                 "%1 cannot be read; check its permissions.")
                         .arg(path);
            return false;
        }
        pending->set(path);
        return true;
    };
    documents.registerType(std::move(pipeline));
}

} // namespace kfw::views
