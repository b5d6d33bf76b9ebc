// A workbench editor with unsaved changes, for the crash-recovery test: opens a pipeline,
// deletes "evaluate", moves "train" down 50 points, writes its recovery copy, prints
// "autosaved X Y" (train's new position) and waits to be killed.
//
// Usage: kfw-editor-child RECOVERY_FOLDER PIPELINE

#include "ui/documentrouter.h"
#include "views/pipeline-editor/canvasitems.h"
#include "views/pipeline-editor/editordocument.h"
#include "views/pipeline-editor/editorpage.h"
#include "views/pipeline-editor/editortab.h"
#include "views/pipeline-editor/pipelinecanvas.h"

#include <QApplication>
#include <QTimer>

#include <cstdio>

using namespace kfw::views::editor;

int main(int argc, char **argv)
{
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    if (argc != 3) {
        std::fprintf(stderr, "usage: kfw-editor-child RECOVERY_FOLDER PIPELINE\n");
        return 2;
    }
    OpenRequests requests;
    EditorPage::Options options;
    options.recoveryFolder = QString::fromLocal8Bit(argv[1]);
    options.autosaveSeconds = 3600; // written on request below, not by the clock
    EditorPage page({}, &requests, {}, options);
    page.resize(1000, 700);
    page.show();
    QObject::connect(
        &page, &EditorPage::fileOpened, &page, [&page](const QString &, EditorTab *tab) {
            if (!tab) {
                std::fprintf(stderr, "the pipeline did not open\n");
                QCoreApplication::exit(1);
                return;
            }
            QObject::connect(tab->canvas(), &PipelineCanvas::levelShown, &page, [&page, tab] {
                static bool edited = false;
                if (edited)
                    return;
                edited = true;
                QString error;
                if (!tab->document()->removeTasks(QStringLiteral("root"),
                                                  {QStringLiteral("evaluate")}, &error)) {
                    std::fprintf(stderr, "%s\n", qPrintable(error));
                    QCoreApplication::exit(1);
                    return;
                }
                tab->canvas()->selectTasks({QStringLiteral("train")});
                tab->canvas()->nudge({0, 50});
                const QPointF train =
                    tab->document()
                        ->position(QStringLiteral("root"), QStringLiteral("train"))
                        .value();
                QObject::connect(&page, &EditorPage::autosaved, &page, [train] {
                    std::printf("autosaved %g %g\n", train.x(), train.y());
                    std::fflush(stdout);
                });
                page.autosaveNow();
            });
        });
    requests.add(QString::fromLocal8Bit(argv[2]));
    return app.exec();
}
