#pragma once

#include <QObject>
#include <QString>

namespace kfw::ui {
class DocumentRouter;
class PageRegistry;
} // namespace kfw::ui

namespace kfw::views {

// A pipeline file opened (from --open, the Open dialog or a recent file) before or after the
// Runs page exists: the page takes it when it is created or as it arrives.
class PendingPipeline : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    // A file to run; with a version id, the pipeline version just uploaded from it (the run is
    // made from that version).
    struct Pipeline
    {
        QString path;
        QString versionId;
        QString versionName;
    };
    void set(const QString &path, const QString &versionId = {}, const QString &versionName = {});
    Pipeline take();

signals:
    void arrived();

private:
    Pipeline m_pipeline;
};

// Registers the Runs page. Returns where pipeline files to run are handed to it (owned by owner).
PendingPipeline *registerRunsPage(ui::PageRegistry &pages, QObject *owner);
// Registers the Runs page, and pipeline files as documents it opens ready to run (for a build
// without the pipeline editor).
void registerRunsPage(ui::PageRegistry &pages, ui::DocumentRouter &documents);

} // namespace kfw::views
