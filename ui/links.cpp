#include "ui/links.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace kfw::ui {

QUrl workbenchDocsUrl()
{
    const QString appDir = QCoreApplication::applicationDirPath();
    const QStringList candidates = {
        appDir + QStringLiteral("/../share/doc/kubeflow-workbench/README.md"),
        QStringLiteral(KFW_SOURCE_DIR "/README.md"),
    };
    for (const QString &c : candidates) {
        if (QFileInfo::exists(c))
            return QUrl::fromLocalFile(QDir::cleanPath(c));
    }
    return QUrl(QStringLiteral("https://github.com/kubeflow-workbench/kubeflow-workbench#readme"));
}

QUrl kubeflowDocsUrl()
{
    return QUrl(QStringLiteral("https://www.kubeflow.org/docs/"));
}

QUrl kubeflowPipelinesDocsUrl()
{
    return QUrl(QStringLiteral("https://www.kubeflow.org/docs/components/pipelines/"));
}

} // namespace kfw::ui
