#include "cluster/backend/services.h"

#include <QFileInfo>
#include <QSet>

namespace kfw::backend {

QString unusedPath(const QString &dir, const QString &fileName)
{
    const QFileInfo name(fileName);
    QString target = dir + QLatin1Char('/') + fileName;
    for (int n = 2; QFileInfo::exists(target); ++n)
        target = dir + QLatin1Char('/') + name.completeBaseName() + QStringLiteral(" (%1)").arg(n) +
                 (name.suffix().isEmpty() ? QString() : QLatin1Char('.') + name.suffix());
    return target;
}

bool state::isFinal(const QString &s)
{
    return s == Succeeded || s == Skipped || s == Failed || s == Canceled || s == Interrupted;
}

PipelineService::~PipelineService() = default;
ExperimentService::~ExperimentService() = default;
RunService::~RunService() = default;

QFuture<Result<Done>> RunService::setLabels(const QString &runId,
                                            const QMap<QString, QString> &labels)
{
    Q_UNUSED(runId)
    Q_UNUSED(labels)
    return QtFuture::makeReadyFuture(Result<Done>::failure(QCoreApplication::translate(
        "kfw::backend::RunService", "This backend keeps no labels on runs; label runs of the "
                                    "workstation's backend.")));
}

bool RunService::canSortBy(const QString &field) const
{
    return field == u"created" || field == u"name" || field == u"state" || field == u"finished";
}
RecurringRunService::~RecurringRunService() = default;
WorkstationService::~WorkstationService() = default;

void addPipelineOrVersion(
    PipelineService *service, PipelineUpload upload, QObject *context,
    std::function<void(const Result<PipelineVersionInfo> &result, bool newVersion)> done)
{
    using Versions = Result<Page<PipelineVersionInfo>>;
    const QPointer<PipelineService> pipelines(service);
    const QString name = upload.name;
    auto gone = [] {
        return Result<PipelineVersionInfo>::failure(
            QCoreApplication::translate("kfw::backend", "the backend went away"));
    };
    PipelineQuery query;
    query.nameContains = name;
    whenFinished(
        service->list(query), context,
        [pipelines, upload, name, context, done,
         gone](const Result<Page<PipelineInfo>> &found) mutable {
            if (!pipelines)
                return done(gone(), false);
            if (!found.ok())
                return done(Result<PipelineVersionInfo>::failure(found.error), false);
            QString existing;
            for (const PipelineInfo &p : found.value.items) {
                if (p.name == name)
                    existing = p.id;
            }
            if (existing.isEmpty()) {
                whenFinished(pipelines->upload(upload), context,
                             [done](const Result<PipelineVersionInfo> &r) { done(r, false); });
                return;
            }
            PageRequest latest;
            latest.pageSize = 200;
            whenFinished(
                pipelines->versions(existing, latest), context,
                [pipelines, upload, name, existing, context, done,
                 gone](const Versions &known) mutable {
                    if (!pipelines)
                        return done(gone(), true);
                    if (!known.ok())
                        return done(Result<PipelineVersionInfo>::failure(known.error), true);
                    QSet<QString> taken;
                    for (const PipelineVersionInfo &v : known.value.items)
                        taken.insert(v.name);
                    // Two uploads may fall in the same second.
                    const QString stamp =
                        QStringLiteral("%1-%2").arg(name, QDateTime::currentDateTimeUtc().toString(
                                                              QStringLiteral("yyyyMMdd-HHmmss")));
                    upload.name = stamp;
                    for (int n = 2; taken.contains(upload.name); ++n)
                        upload.name = QStringLiteral("%1-%2").arg(stamp).arg(n);
                    whenFinished(pipelines->uploadVersion(existing, upload), context,
                                 [done](const Result<PipelineVersionInfo> &r) { done(r, true); });
                });
        });
}

} // namespace kfw::backend
