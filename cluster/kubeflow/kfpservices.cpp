#include "cluster/kubeflow/kfpservices.h"

#include "cluster/kubeflow/servicecalls.h"
#include "cluster/pipelinespec/pipelinedocument.h"
#include "cluster/pipelinespec/yamlreader.h"
#include "cluster/pipelinespec/yamlwriter.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMutexLocker>
#include <QPromise>
#include <QSaveFile>
#include <QtConcurrent>

namespace kfw::kubeflow {

using namespace kfw::backend;
using calls::chain;
using calls::done;
using calls::failed;
using calls::mapped;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("kfw::kubeflow::KfpServices", text);
}

// Emits signal of object when the call succeeded (pages refresh on it).
template<typename T, typename Object, typename Signal>
QFuture<Result<T>> announced(QFuture<Result<T>> future, Object *object, Signal signal)
{
    return onSuccess(future, object, [object, signal](const Result<T> &) { (object->*signal)(); });
}

template<typename T>
Page<T> pageOf(const QJsonObject &o, const QString &itemsKey, T (*convert)(const QJsonObject &))
{
    Page<T> page;
    for (const QJsonValue &v : o.value(itemsKey).toArray())
        page.items << convert(v.toObject());
    page.nextPageToken = o.value(u"next_page_token").toString();
    page.totalSize = o.value(u"total_size").toInt(int(page.items.size()));
    return page;
}

kfp::ListRequest listRequest(const PageRequest &page, const QString &ns)
{
    kfp::ListRequest request;
    request.ns = ns;
    request.pageSize = page.pageSize;
    request.pageToken = page.pageToken;
    request.sortBy = kfpSortBy(page);
    return request;
}

void addPredicate(QJsonObject *filter, const QJsonObject &predicate)
{
    QJsonArray predicates = filter->value(u"predicates").toArray();
    predicates.append(predicate);
    filter->insert(u"predicates"_qs, predicates);
}

QJsonObject predicate(const QString &key, const QString &operation, const QString &valueKey,
                      const QJsonValue &value)
{
    return QJsonObject{{u"key"_qs, key}, {u"operation"_qs, operation}, {valueKey, value}};
}

QString rfc3339(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODate);
}

// The PipelineSpec of a file as the JSON object KFP takes in a run or stores for a version.
std::optional<QJsonObject> specObject(const QByteArray &bytes, QString *error)
{
    QList<pipelinespec::YamlValue> documents;
    pipelinespec::ReadError readError;
    if (!pipelinespec::YamlReader::read(bytes, &documents, &readError) || documents.isEmpty()) {
        *error = readError.toString();
        return std::nullopt;
    }
    const QJsonObject spec = documents.first().toJson().toObject();
    if (documents.size() < 2)
        return spec;
    // A file with a platform spec: KFP keeps both under these names.
    return QJsonObject{{u"pipeline_spec"_qs, spec},
                       {u"platform_spec"_qs, documents.at(1).toJson().toObject()}};
}

// The file for a stored pipeline_spec (YAML; two documents when it has a platform spec).
QByteArray specFile(const QJsonObject &stored)
{
    using pipelinespec::YamlValue;
    if (stored.contains(u"pipeline_spec") && stored.value(u"pipeline_spec").isObject())
        return pipelinespec::YamlWriter::writeAll(
            {YamlValue::fromJson(stored.value(u"pipeline_spec")),
             YamlValue::fromJson(stored.value(u"platform_spec"))});
    return pipelinespec::YamlWriter::write(YamlValue::fromJson(stored));
}

} // namespace

void KfpScope::set(std::shared_ptr<const kube::KubeClient> kube,
                   std::shared_ptr<const kfp::KfpClient> kfp,
                   std::shared_ptr<const kfp::MetadataClient> metadata,
                   const QString &metadataError)
{
    m_kube = std::move(kube);
    m_kfp = std::move(kfp);
    m_metadata = std::move(metadata);
    m_metadataError = metadataError;
}

QString KfpScope::unavailable() const
{
    if (!m_kfp)
        return tr("The cluster is not connected yet; connect to it from the backend menu.");
    if (m_namespace.isEmpty())
        return tr("Choose the profile namespace to work in first.");
    return {};
}

void KfpScope::rememberVersion(const QString &versionId, const QString &pipelineId)
{
    if (versionId.isEmpty() || pipelineId.isEmpty())
        return;
    const QMutexLocker lock(&m_mutex);
    m_versionPipelines.insert(versionId, pipelineId);
}

QString KfpScope::pipelineOfVersion(const QString &versionId) const
{
    const QMutexLocker lock(&m_mutex);
    return m_versionPipelines.value(versionId);
}

void KfpScope::rememberPipeline(const QString &pipelineId, const QString &name)
{
    if (pipelineId.isEmpty())
        return;
    const QMutexLocker lock(&m_mutex);
    m_pipelineNames.insert(pipelineId, name);
}

QString KfpScope::pipelineName(const QString &pipelineId) const
{
    const QMutexLocker lock(&m_mutex);
    return m_pipelineNames.value(pipelineId);
}

void KfpScope::rememberVersionName(const QString &versionId, const QString &name)
{
    if (versionId.isEmpty())
        return;
    const QMutexLocker lock(&m_mutex);
    m_versionNames.insert(versionId, name);
}

QString KfpScope::versionName(const QString &versionId) const
{
    const QMutexLocker lock(&m_mutex);
    return m_versionNames.value(versionId);
}

QString kfpSortBy(const PageRequest &page)
{
    static const QHash<QString, QString> fields = {{u"created"_qs, u"created_at"_qs},
                                                   {u"name"_qs, u"display_name"_qs},
                                                   {u"finished"_qs, u"finished_at"_qs},
                                                   {u"state"_qs, u"state"_qs}};
    if (page.sortBy.isEmpty())
        return {};
    return fields.value(page.sortBy, page.sortBy) +
           (page.descending ? QStringLiteral(" desc") : QString());
}

QDateTime kfpTime(const QJsonValue &value)
{
    const QDateTime t = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    // KFP answers "1970-01-01T00:00:00Z" for times that are not set.
    return t.isValid() && t.toSecsSinceEpoch() > 0 ? t : QDateTime();
}

PipelineInfo pipelineFromJson(const QJsonObject &o)
{
    PipelineInfo p;
    p.id = o.value(u"pipeline_id").toString();
    p.name = o.value(u"display_name").toString(o.value(u"name").toString());
    p.description = o.value(u"description").toString();
    p.created = kfpTime(o.value(u"created_at"));
    return p;
}

PipelineVersionInfo versionFromJson(const QJsonObject &o)
{
    PipelineVersionInfo v;
    v.id = o.value(u"pipeline_version_id").toString();
    v.pipelineId = o.value(u"pipeline_id").toString();
    v.name = o.value(u"display_name").toString(o.value(u"name").toString());
    v.description = o.value(u"description").toString();
    v.created = kfpTime(o.value(u"created_at"));
    return v;
}

ExperimentInfo experimentFromJson(const QJsonObject &o)
{
    ExperimentInfo e;
    e.id = o.value(u"experiment_id").toString();
    e.name = o.value(u"display_name").toString();
    e.description = o.value(u"description").toString();
    e.created = kfpTime(o.value(u"created_at"));
    e.archived = o.value(u"storage_state").toString() == u"ARCHIVED";
    return e;
}

RunInfo runFromJson(const QJsonObject &o)
{
    RunInfo r;
    r.id = o.value(u"run_id").toString();
    r.name = o.value(u"display_name").toString();
    const QJsonObject reference = o.value(u"pipeline_version_reference").toObject();
    r.pipelineVersionId = reference.value(u"pipeline_version_id")
                              .toString(o.value(u"pipeline_version_id").toString());
    const QJsonObject spec = o.value(u"pipeline_spec").toObject();
    const QJsonObject pipelineSpec =
        spec.contains(u"pipeline_spec") ? spec.value(u"pipeline_spec").toObject() : spec;
    r.pipelineName = pipelineSpec.value(u"pipelineInfo").toObject().value(u"name").toString();
    r.experimentId = o.value(u"experiment_id").toString();
    r.recurringRunId = o.value(u"recurring_run_id").toString();
    r.state = o.value(u"state").toString();
    if (r.state.isEmpty() || r.state == u"RUNTIME_STATE_UNSPECIFIED")
        r.state = state::Pending;
    if (r.state == u"PAUSED")
        r.state = state::Running;
    r.message = o.value(u"error").toObject().value(u"message").toString();
    r.parameters = o.value(u"runtime_config").toObject().value(u"parameters").toObject();
    r.created = kfpTime(o.value(u"created_at"));
    r.finished = kfpTime(o.value(u"finished_at"));
    r.archived = o.value(u"storage_state").toString() == u"ARCHIVED";
    return r;
}

RunDetail runDetailFromJson(const QJsonObject &o, MetadataRefs *refs)
{
    RunDetail d;
    d.run = runFromJson(o);
    const QJsonArray tasks = o.value(u"run_details").toObject().value(u"task_details").toArray();
    // Task paths are their display names under their parents', as the local backend names them.
    QHash<QString, QJsonObject> byId;
    for (const QJsonValue &v : tasks)
        byId.insert(v.toObject().value(u"task_id").toString(), v.toObject());
    const auto pathOf = [&byId](QJsonObject t) {
        QString path = t.value(u"display_name").toString();
        QSet<QString> seen;
        while (byId.contains(t.value(u"parent_task_id").toString())) {
            const QString parent = t.value(u"parent_task_id").toString();
            if (seen.contains(parent))
                break;
            seen.insert(parent);
            t = byId.value(parent);
            path = t.value(u"display_name").toString() + u'/' + path;
        }
        return path;
    };
    for (const QJsonValue &v : tasks) {
        const QJsonObject t = v.toObject();
        TaskInfo task;
        task.path = pathOf(t);
        task.name = t.value(u"display_name").toString();
        task.state = t.value(u"state").toString();
        task.cached = task.state == u"CACHED";
        if (task.cached)
            task.state = state::Succeeded;
        task.message = t.value(u"error").toObject().value(u"message").toString();
        // The run API names a task's artifacts by their ML Metadata ids, and its parameters
        // not at all: both are read from ML Metadata (addMetadata).
        if (refs) {
            if (const qint64 execution = t.value(u"execution_id").toVariant().toLongLong())
                refs->executions.insert(task.path, execution);
            const QJsonObject outputs = t.value(u"outputs").toObject();
            for (auto it = outputs.begin(); it != outputs.end(); ++it) {
                for (const QJsonValue &id : it.value().toObject().value(u"artifact_ids").toArray())
                    refs->outputs << MetadataRefs::Output{task.path, it.key(),
                                                          id.toVariant().toLongLong()};
            }
        }
        task.started = kfpTime(t.value(u"start_time"));
        // Each attempt of a retried task is a child pod; a task that started ran at least once.
        task.attempts =
            std::max(int(t.value(u"child_tasks").toArray().size()), task.started.isValid() ? 1 : 0);
        task.finished = kfpTime(t.value(u"end_time"));
        task.updated = task.finished.isValid()  ? task.finished
                       : task.started.isValid() ? task.started
                                                : kfpTime(t.value(u"create_time"));
        // Its states as KFP recorded them; each start of running is an attempt.
        int attempt = 0;
        for (const QJsonValue &h : t.value(u"state_history").toArray()) {
            const QJsonObject change = h.toObject();
            TaskEvent event;
            event.time = kfpTime(change.value(u"update_time"));
            event.state = change.value(u"state").toString();
            event.message = change.value(u"error").toObject().value(u"message").toString();
            if (event.state == u"CACHED") {
                event.state = state::Succeeded;
                event.message = tr("outputs reused from the cache");
            }
            if (event.state == state::Running)
                ++attempt;
            event.attempt = attempt;
            task.events << event;
        }
        d.tasks << task;
    }
    if (o.value(u"pipeline_spec").isObject())
        d.pipelineSpec = specFile(o.value(u"pipeline_spec").toObject());
    return d;
}

void addMetadata(RunDetail *detail, const MetadataRefs &refs,
                 const QList<kfp::MlmdArtifact> &artifacts,
                 const QList<kfp::MlmdExecution> &executions)
{
    QHash<qint64, const kfp::MlmdExecution *> executionById;
    for (const kfp::MlmdExecution &e : executions)
        executionById.insert(e.id, &e);
    for (TaskInfo &task : detail->tasks) {
        const kfp::MlmdExecution *e = executionById.value(refs.executions.value(task.path));
        if (!e)
            continue;
        task.inputs = e->customProperties.value(u"inputs").toObject();
        task.outputs = e->customProperties.value(u"outputs").toObject();
    }
    QHash<qint64, const kfp::MlmdArtifact *> artifactById;
    for (const kfp::MlmdArtifact &a : artifacts)
        artifactById.insert(a.id, &a);
    for (const MetadataRefs::Output &output : refs.outputs) {
        const kfp::MlmdArtifact *a = artifactById.value(output.artifactId);
        if (!a)
            continue;
        ArtifactInfo info;
        info.taskPath = output.taskPath;
        info.name = output.name;
        info.uri = a->uri;
        info.schemaTitle = a->type;
        info.metadata = a->customProperties;
        // The launcher's own note of the output's name, not something the component logged.
        info.metadata.remove(u"display_name"_qs);
        if (info.schemaTitle == u"system.Metrics") {
            for (auto it = info.metadata.begin(); it != info.metadata.end(); ++it) {
                if (it.value().isDouble())
                    detail->metrics.insert(info.taskPath + u'/' + info.name + u'/' + it.key(),
                                           it.value().toDouble());
            }
        }
        detail->artifacts << info;
    }
}

RecurringRunInfo recurringRunFromJson(const QJsonObject &o)
{
    RecurringRunInfo r;
    r.id = o.value(u"recurring_run_id").toString();
    r.name = o.value(u"display_name").toString();
    r.pipelineVersionId = o.value(u"pipeline_version_reference")
                              .toObject()
                              .value(u"pipeline_version_id")
                              .toString(o.value(u"pipeline_version_id").toString());
    r.parameters = o.value(u"runtime_config").toObject().value(u"parameters").toObject();
    r.experimentId = o.value(u"experiment_id").toString();
    const QJsonObject trigger = o.value(u"trigger").toObject();
    QJsonObject schedule = trigger.value(u"cron_schedule").toObject();
    if (!schedule.isEmpty()) {
        r.cron = schedule.value(u"cron").toString();
    } else {
        schedule = trigger.value(u"periodic_schedule").toObject();
        r.intervalSeconds = schedule.value(u"interval_second").toVariant().toLongLong();
    }
    r.startTime = kfpTime(schedule.value(u"start_time"));
    r.endTime = kfpTime(schedule.value(u"end_time"));
    r.maxConcurrency = o.value(u"max_concurrency").toVariant().toInt();
    r.catchup = !o.value(u"no_catchup").toBool();
    r.enabled =
        o.value(u"mode").toString() != u"DISABLE" && o.value(u"status").toString() != u"DISABLED";
    r.created = kfpTime(o.value(u"created_at"));
    return r;
}

QJsonObject runFilter(const RunQuery &query)
{
    QJsonObject filter;
    if (query.states.size() == 1)
        addPredicate(&filter, predicate(u"state"_qs, u"EQUALS"_qs, u"string_value"_qs,
                                        query.states.first()));
    else if (query.states.size() > 1)
        addPredicate(&filter, predicate(u"state"_qs, u"IN"_qs, u"string_values"_qs,
                                        QJsonObject{{u"values"_qs,
                                                     QJsonArray::fromStringList(query.states)}}));
    if (!query.nameContains.isEmpty())
        addPredicate(&filter, predicate(u"display_name"_qs, u"IS_SUBSTRING"_qs, u"string_value"_qs,
                                        query.nameContains));
    if (query.createdAfter.isValid())
        addPredicate(&filter, predicate(u"created_at"_qs, u"GREATER_THAN_EQUALS"_qs,
                                        u"timestamp_value"_qs, rfc3339(query.createdAfter)));
    if (query.createdBefore.isValid())
        addPredicate(&filter, predicate(u"created_at"_qs, u"LESS_THAN"_qs, u"timestamp_value"_qs,
                                        rfc3339(query.createdBefore)));
    if (!query.recurringRunId.isEmpty())
        addPredicate(&filter, predicate(u"recurring_run_id"_qs, u"EQUALS"_qs, u"string_value"_qs,
                                        query.recurringRunId));
    addPredicate(&filter, predicate(u"storage_state"_qs, u"EQUALS"_qs, u"string_value"_qs,
                                    query.archived ? u"ARCHIVED"_qs : u"AVAILABLE"_qs));
    return filter;
}

// ---- pipelines ----

KfpPipelineService::KfpPipelineService(KfpScope *scope, QObject *parent)
    : PipelineService(parent)
    , m_scope(scope)
{}

QFuture<Result<Page<PipelineInfo>>> KfpPipelineService::list(const PipelineQuery &query)
{
    if (const QString why = m_scope->unavailable(); !why.isEmpty())
        return failed<Page<PipelineInfo>>(why);
    kfp::ListRequest request = listRequest(query.page, m_scope->ns());
    if (!query.nameContains.isEmpty())
        request.filter =
            kfp::stringPredicate(u"display_name"_qs, u"IS_SUBSTRING"_qs, query.nameContains);
    return mapped<Page<PipelineInfo>>(
        m_scope->kfp()->listPipelines(request), [](const QJsonObject &o) {
            return pageOf<PipelineInfo>(o, u"pipelines"_qs, pipelineFromJson);
        });
}

QFuture<Result<PipelineInfo>> KfpPipelineService::get(const QString &pipelineId)
{
    if (const QString why = m_scope->unavailable(); !why.isEmpty())
        return failed<PipelineInfo>(why);
    return mapped<PipelineInfo>(m_scope->kfp()->getPipeline(pipelineId), pipelineFromJson);
}

QFuture<Result<PipelineVersionInfo>> KfpPipelineService::upload(const PipelineUpload &upload)
{
    return uploadVersion({}, upload);
}

QFuture<Result<PipelineVersionInfo>> KfpPipelineService::uploadVersion(const QString &pipelineId,
                                                                       const PipelineUpload &upload)
{
    if (const QString why = m_scope->unavailable(); !why.isEmpty())
        return failed<PipelineVersionInfo>(why);
    // The file is read off the calling thread: it must be a pipeline, and names it when the upload
    // does not.
    auto checked = QtConcurrent::run([upload]() -> Result<QString> {
        pipelinespec::ReadError error;
        const QString fileName =
            upload.fileName.isEmpty() ? QStringLiteral("pipeline.yaml") : upload.fileName;
        const auto doc =
            pipelinespec::PipelineDocument::fromBytes(upload.content, fileName, &error);
        if (!doc)
            return Result<QString>::failure(error.toString());
        Result<QString> name;
        name.value = upload.name.trimmed().isEmpty() ? doc->name() : upload.name.trimmed();
        return name;
    });
    const auto kfp = m_scope->kfp();
    // Answers may come after the backend is gone: they keep the scope alive.
    const std::shared_ptr<KfpScope> scope = m_scope->shared_from_this();
    const QString ns = m_scope->ns();
    return announced(
        chain<PipelineVersionInfo>(
            checked,
            [kfp, scope, ns, pipelineId, upload](const Result<QString> &name) {
                if (!name.ok())
                    return failed<PipelineVersionInfo>(name.error);
                const QString fileName =
                    upload.fileName.isEmpty() ? QStringLiteral("pipeline.yaml") : upload.fileName;
                if (!pipelineId.isEmpty())
                    return mapped<PipelineVersionInfo>(
                        kfp->uploadPipelineVersion(upload.content, fileName, pipelineId, name.value,
                                                   upload.description, upload.progress),
                        [scope](const QJsonObject &o) {
                            const PipelineVersionInfo v = versionFromJson(o);
                            scope->rememberVersion(v.id, v.pipelineId);
                            return v;
                        });
                // Uploading a pipeline answers with the pipeline; its first version is the newest.
                return chain<PipelineVersionInfo>(
                    kfp->uploadPipeline(upload.content, fileName, name.value, upload.description,
                                        ns, upload.progress),
                    [kfp, scope](const kube::ApiResponse &created) {
                        if (!created.ok())
                            return failed<PipelineVersionInfo>(created.error);
                        kfp::ListRequest newest;
                        newest.pageSize = 1;
                        newest.sortBy = u"created_at desc"_qs;
                        const QString id = created.object.value(u"pipeline_id").toString();
                        return mapped<PipelineVersionInfo>(
                            kfp->listPipelineVersions(id, newest),
                            [scope, id](const QJsonObject &o) {
                                PipelineVersionInfo v = versionFromJson(
                                    o.value(u"pipeline_versions").toArray().first().toObject());
                                v.pipelineId = id;
                                scope->rememberVersion(v.id, id);
                                return v;
                            });
                    });
            }),
        this, &PipelineService::pipelinesChanged);
}

QFuture<Result<Done>> KfpPipelineService::remove(const QString &pipelineId)
{
    if (const QString why = m_scope->unavailable(); !why.isEmpty())
        return failed<Done>(why);
    // The service's contract: the pipeline goes with its versions.
    return announced(done(m_scope->kfp()->deletePipeline(pipelineId, true)), this,
                     &PipelineService::pipelinesChanged);
}

QFuture<Result<Page<PipelineVersionInfo>>> KfpPipelineService::versions(const QString &pipelineId,
                                                                        const PageRequest &page)
{
    if (const QString why = m_scope->unavailable(); !why.isEmpty())
        return failed<Page<PipelineVersionInfo>>(why);
    // Answers may come after the backend is gone: they keep the scope alive.
    const std::shared_ptr<KfpScope> scope = m_scope->shared_from_this();
    return mapped<Page<PipelineVersionInfo>>(
        m_scope->kfp()->listPipelineVersions(pipelineId, listRequest(page, {})),
        [scope, pipelineId](const QJsonObject &o) {
            Page<PipelineVersionInfo> versions =
                pageOf<PipelineVersionInfo>(o, u"pipeline_versions"_qs, versionFromJson);
            for (PipelineVersionInfo &v : versions.items) {
                if (v.pipelineId.isEmpty())
                    v.pipelineId = pipelineId;
                scope->rememberVersion(v.id, v.pipelineId);
            }
            return versions;
        });
}

QFuture<kube::ApiResponse> KfpPipelineService::getVersion(const QString &versionId,
                                                          const QString &pipelineId)
{
    return m_scope->kfp()->call(
        u"PipelineService_GetPipelineVersion"_qs,
        {{u"pipeline_id"_qs, pipelineId}, {u"pipeline_version_id"_qs, versionId}});
}

namespace {
QString unknownVersion(const QString &versionId)
{
    return tr("Pipeline version %1 is not known here; list its pipeline's versions first.")
        .arg(versionId);
}
} // namespace

QFuture<Result<PipelineVersionInfo>> KfpPipelineService::version(const QString &versionId)
{
    if (const QString why = m_scope->unavailable(); !why.isEmpty())
        return failed<PipelineVersionInfo>(why);
    const QString pipelineId = m_scope->pipelineOfVersion(versionId);
    if (pipelineId.isEmpty())
        return failed<PipelineVersionInfo>(unknownVersion(versionId));
    return mapped<PipelineVersionInfo>(getVersion(versionId, pipelineId), versionFromJson);
}

QFuture<Result<QByteArray>> KfpPipelineService::spec(const QString &versionId)
{
    if (const QString why = m_scope->unavailable(); !why.isEmpty())
        return failed<QByteArray>(why);
    const QString pipelineId = m_scope->pipelineOfVersion(versionId);
    if (pipelineId.isEmpty())
        return failed<QByteArray>(unknownVersion(versionId));
    return mapped<QByteArray>(getVersion(versionId, pipelineId), [](const QJsonObject &o) {
        return specFile(o.value(u"pipeline_spec").toObject());
    });
}

QFuture<Result<Done>> KfpPipelineService::removeVersion(const QString &versionId)
{
    if (const QString why = m_scope->unavailable(); !why.isEmpty())
        return failed<Done>(why);
    const QString pipelineId = m_scope->pipelineOfVersion(versionId);
    if (pipelineId.isEmpty())
        return failed<Done>(unknownVersion(versionId));
    return announced(done(m_scope->kfp()->call(u"PipelineService_DeletePipelineVersion"_qs,
                                               {{u"pipeline_id"_qs, pipelineId},
                                                {u"pipeline_version_id"_qs, versionId}})),
                     this, &PipelineService::pipelinesChanged);
}

// ---- experiments ----

KfpExperimentService::KfpExperimentService(KfpScope *scope, QObject *parent)
    : ExperimentService(parent)
    , m_scope(scope)
{}

QFuture<Result<Page<ExperimentInfo>>> KfpExperimentService::list(const ExperimentQuery &query)
{
    if (const QString why = m_scope->unavailable(); !why.isEmpty())
        return failed<Page<ExperimentInfo>>(why);
    kfp::ListRequest request = listRequest(query.page, m_scope->ns());
    addPredicate(&request.filter, predicate(u"storage_state"_qs, u"EQUALS"_qs, u"string_value"_qs,
                                            query.archived ? u"ARCHIVED"_qs : u"AVAILABLE"_qs));
    if (!query.nameContains.isEmpty())
        addPredicate(&request.filter, predicate(u"display_name"_qs, u"IS_SUBSTRING"_qs,
                                                u"string_value"_qs, query.nameContains));
    return mapped<Page<ExperimentInfo>>(
        m_scope->kfp()->listExperiments(request), [](const QJsonObject &o) {
            return pageOf<ExperimentInfo>(o, u"experiments"_qs, experimentFromJson);
        });
}

QFuture<Result<ExperimentInfo>> KfpExperimentService::create(const QString &name,
                                                             const QString &description)
{
    if (const QString why = m_scope->unavailable(); !why.isEmpty())
        return failed<ExperimentInfo>(why);
    return announced(
        mapped<ExperimentInfo>(m_scope->kfp()->createExperiment(name, m_scope->ns(), description),
                               experimentFromJson),
        this, &ExperimentService::experimentsChanged);
}

QFuture<Result<Done>> KfpExperimentService::archive(const QString &experimentId)
{
    if (const QString why = m_scope->unavailable(); !why.isEmpty())
        return failed<Done>(why);
    return announced(done(m_scope->kfp()->archiveExperiment(experimentId)), this,
                     &ExperimentService::experimentsChanged);
}

QFuture<Result<Done>> KfpExperimentService::unarchive(const QString &experimentId)
{
    if (const QString why = m_scope->unavailable(); !why.isEmpty())
        return failed<Done>(why);
    return announced(done(m_scope->kfp()->call(u"ExperimentService_UnarchiveExperiment"_qs,
                                               {{u"experiment_id"_qs, experimentId}})),
                     this, &ExperimentService::experimentsChanged);
}

QFuture<Result<Done>> KfpExperimentService::remove(const QString &experimentId)
{
    if (const QString why = m_scope->unavailable(); !why.isEmpty())
        return failed<Done>(why);
    return announced(done(m_scope->kfp()->call(u"ExperimentService_DeleteExperiment"_qs,
                                               {{u"experiment_id"_qs, experimentId}})),
                     this, &ExperimentService::experimentsChanged);
}

// ---- runs ----

KfpRunService::KfpRunService(KfpScope *scope, QObject *parent)
    : RunService(parent)
    , m_scope(scope)
    , m_artifactWriter(std::make_unique<QThreadPool>())
{
    m_artifactWriter->setMaxThreadCount(1);
}

QFuture<Result<RunInfo>> KfpRunService::create(const RunRequest &request)
{
    if (const QString why = m_scope->unavailable(); !why.isEmpty())
        return failed<RunInfo>(why);
    QJsonObject body{{u"display_name"_qs,
                      request.name.isEmpty()
                          ? tr("Run of %1").arg(QDateTime::currentDateTime().toString(Qt::ISODate))
                          : request.name},
                     {u"runtime_config"_qs, QJsonObject{{u"parameters"_qs, request.parameters}}}};
    if (!request.experimentId.isEmpty())
        body.insert(u"experiment_id"_qs, request.experimentId);
    if (!request.pipelineVersionId.isEmpty()) {
        const QString pipelineId = m_scope->pipelineOfVersion(request.pipelineVersionId);
        if (pipelineId.isEmpty())
            return failed<RunInfo>(unknownVersion(request.pipelineVersionId));
        body.insert(u"pipeline_version_reference"_qs,
                    QJsonObject{{u"pipeline_id"_qs, pipelineId},
                                {u"pipeline_version_id"_qs, request.pipelineVersionId}});
    }
    // A file's bytes are read off the calling thread (a pipeline may have thousands of tasks).
    const bool fromFile = request.pipelineVersionId.isEmpty();
    const QByteArray bytes = request.pipelineSpec;
    auto withSpec = QtConcurrent::run([body, fromFile, bytes]() -> Result<QJsonObject> {
        Result<QJsonObject> r;
        r.value = body;
        if (!fromFile)
            return r;
        QString error;
        const auto spec = specObject(bytes, &error);
        if (!spec)
            return Result<QJsonObject>::failure(tr("The pipeline cannot be read: %1").arg(error));
        r.value.insert(u"pipeline_spec"_qs, *spec);
        return r;
    });
    const auto kfp = m_scope->kfp();
    auto future = chain<RunInfo>(withSpec, [kfp](const Result<QJsonObject> &r) {
        if (!r.ok())
            return failed<RunInfo>(r.error);
        return mapped<RunInfo>(kfp->call(u"RunService_CreateRun"_qs, {}, {}, r.value), runFromJson);
    });
    return onSuccess(future, this, [this](const Result<RunInfo> &r) {
        emit runChanged(r.value.id, r.value.state);
    });
}

namespace {

// The run's version and pipeline, remembered.
void rememberReference(KfpScope *scope, const QJsonObject &run)
{
    const QJsonObject reference = run.value(u"pipeline_version_reference").toObject();
    scope->rememberVersion(reference.value(u"pipeline_version_id").toString(),
                           reference.value(u"pipeline_id").toString());
}

// The run's task parameters, artifacts and metrics from ML Metadata. The run itself is shown
// whatever ML Metadata says: a failure there becomes the detail's outputsNote.
QFuture<Result<RunDetail>> withMetadata(const Result<RunDetail> &run, const MetadataRefs &refs,
                                        std::shared_ptr<const kfp::MetadataClient> metadata,
                                        const QString &unreachable)
{
    if (!run.ok() || refs.isEmpty())
        return QtFuture::makeReadyFuture(run);
    if (!metadata) {
        Result<RunDetail> r = run;
        r.value.outputsNote = unreachable;
        return QtFuture::makeReadyFuture(r);
    }
    QList<qint64> artifactIds;
    for (const MetadataRefs::Output &output : refs.outputs)
        artifactIds << output.artifactId;
    const QList<qint64> executionIds = refs.executions.values();
    using Artifacts = kfp::MetadataClient::Answer<QList<kfp::MlmdArtifact>>;
    using Executions = kfp::MetadataClient::Answer<QList<kfp::MlmdExecution>>;
    auto artifacts = artifactIds.isEmpty() ? QtFuture::makeReadyFuture(Artifacts{})
                                           : metadata->artifacts(artifactIds);
    return chain<RunDetail>(artifacts, [run, refs, metadata, executionIds](const Artifacts &a) {
        auto executions = executionIds.isEmpty() ? QtFuture::makeReadyFuture(Executions{})
                                                 : metadata->executions(executionIds);
        return executions.then(QtFuture::Launch::Sync, [run, refs, a](const Executions &e) {
            Result<RunDetail> r = run;
            addMetadata(&r.value, refs, a.value, e.value);
            QStringList problems;
            if (!a.ok())
                problems << a.error;
            if (!e.ok() && e.error != a.error)
                problems << e.error;
            if (problems.isEmpty() && r.value.artifacts.size() < refs.outputs.size())
                problems << KfpRunService::tr("ML Metadata no longer holds %n of the run's "
                                              "artifacts.",
                                              nullptr,
                                              int(refs.outputs.size() - r.value.artifacts.size()));
            r.value.outputsNote = problems.join(u'\n');
            return r;
        });
    });
}

// Runs made from an uploaded version name their pipeline and version by id only: the names are
// looked up once (those not known yet, all at once) and then filled in.
template<typename T>
QFuture<Result<T>> withPipelineNames(QFuture<Result<T>> runs, std::shared_ptr<KfpScope> scope,
                                     QList<RunInfo *> (*runsOf)(T &))
{
    const auto fill = [scope, runsOf](Result<T> r) {
        for (RunInfo *run : runsOf(r.value)) {
            if (run->pipelineName.isEmpty())
                run->pipelineName =
                    scope->pipelineName(scope->pipelineOfVersion(run->pipelineVersionId));
            if (run->pipelineVersionName.isEmpty())
                run->pipelineVersionName = scope->versionName(run->pipelineVersionId);
        }
        return r;
    };
    const auto kfp = scope->kfp();
    return chain<T>(runs, [kfp, scope, runsOf, fill](Result<T> r) {
        QSet<QString> unknownPipelines;
        QHash<QString, QString> unknownVersions; // version -> its pipeline
        if (r.ok()) {
            for (RunInfo *run : runsOf(r.value)) {
                const QString pipelineId = scope->pipelineOfVersion(run->pipelineVersionId);
                if (pipelineId.isEmpty())
                    continue;
                if (run->pipelineName.isEmpty() && scope->pipelineName(pipelineId).isNull())
                    unknownPipelines.insert(pipelineId);
                if (scope->versionName(run->pipelineVersionId).isNull())
                    unknownVersions.insert(run->pipelineVersionId, pipelineId);
            }
        }
        if (unknownPipelines.isEmpty() && unknownVersions.isEmpty())
            return QtFuture::makeReadyFuture(fill(r));
        QList<QFuture<kube::ApiResponse>> lookups;
        for (const QString &id : std::as_const(unknownPipelines))
            lookups << kfp->getPipeline(id);
        for (auto it = unknownVersions.cbegin(); it != unknownVersions.cend(); ++it)
            lookups << kfp->call(
                u"PipelineService_GetPipelineVersion"_qs,
                {{u"pipeline_id"_qs, it.value()}, {u"pipeline_version_id"_qs, it.key()}});
        return QtFuture::whenAll(lookups.begin(), lookups.end())
            .then(QtFuture::Launch::Sync, [scope, fill, r, unknownPipelines, unknownVersions](
                                              const QList<QFuture<kube::ApiResponse>> &done) {
                for (const QFuture<kube::ApiResponse> &f : done) {
                    if (f.resultCount() == 0 || !f.result().ok())
                        continue;
                    const QJsonObject o = f.result().object;
                    if (o.contains(u"pipeline_version_id")) {
                        const PipelineVersionInfo v = versionFromJson(o);
                        scope->rememberVersionName(v.id, v.name);
                    } else {
                        const PipelineInfo p = pipelineFromJson(o);
                        scope->rememberPipeline(p.id, p.name);
                    }
                }
                // What was deleted since is not asked for again.
                for (const QString &id : unknownPipelines) {
                    if (scope->pipelineName(id).isNull())
                        scope->rememberPipeline(id, QStringLiteral(""));
                }
                for (auto it = unknownVersions.cbegin(); it != unknownVersions.cend(); ++it) {
                    if (scope->versionName(it.key()).isNull())
                        scope->rememberVersionName(it.key(), QStringLiteral(""));
                }
                return fill(r);
            });
    });
}

QList<RunInfo *> runsOfPage(Page<RunInfo> &page)
{
    QList<RunInfo *> runs;
    for (RunInfo &r : page.items)
        runs << &r;
    return runs;
}

QList<RunInfo *> runOfDetail(RunDetail &detail)
{
    return {&detail.run};
}

} // namespace

QFuture<Result<Page<RunInfo>>> KfpRunService::list(const RunQuery &query)
{
    if (const QString why = m_scope->unavailable(); !why.isEmpty())
        return failed<Page<RunInfo>>(why);
    // KFP's run filters know neither metrics nor parameter values, and its runs have no labels.
    if (!query.metricKey.isEmpty() || !query.parameterName.isEmpty() || !query.labels.isEmpty())
        return failed<Page<RunInfo>>(
            tr("A Kubeflow cluster cannot filter runs by metric, parameter or label; clear that "
               "filter, or compare the runs (Ctrl+Shift+C) to sort them by a metric."));
    if (!query.page.sortBy.isEmpty() && !canSortBy(query.page.sortBy))
        return failed<Page<RunInfo>>(
            tr("A Kubeflow cluster sorts runs by name, status, start or end time only."));
    kfp::ListRequest request = listRequest(query.page, m_scope->ns());
    request.filter = runFilter(query);
    // Answers may come after the backend is gone: they keep the scope alive.
    const std::shared_ptr<KfpScope> scope = m_scope->shared_from_this();
    auto page = mapped<Page<RunInfo>>(m_scope->kfp()->listRuns(request, query.experimentId),
                                      [scope](const QJsonObject &o) {
                                          for (const QJsonValue &v : o.value(u"runs").toArray())
                                              rememberReference(scope.get(), v.toObject());
                                          return pageOf<RunInfo>(o, u"runs"_qs, runFromJson);
                                      });
    return withPipelineNames<Page<RunInfo>>(page, scope, runsOfPage);
}

QFuture<Result<RunDetail>> KfpRunService::get(const QString &runId)
{
    if (const QString why = m_scope->unavailable(); !why.isEmpty())
        return failed<RunDetail>(why);
    // Answers may come after the backend is gone: they keep the scope alive.
    const std::shared_ptr<KfpScope> scope = m_scope->shared_from_this();
    auto refs = std::make_shared<MetadataRefs>();
    auto detail =
        mapped<RunDetail>(m_scope->kfp()->getRun(runId), [scope, refs](const QJsonObject &o) {
            rememberReference(scope.get(), o);
            return runDetailFromJson(o, refs.get());
        });
    auto withOutputs = chain<RunDetail>(detail, [scope, refs](const Result<RunDetail> &r) {
        return withMetadata(r, *refs, scope->metadata(), scope->metadataError());
    });
    return withPipelineNames<RunDetail>(withOutputs, scope, runOfDetail);
}

QFuture<Result<Done>> KfpRunService::action(const QString &operation, const QString &runId)
{
    if (const QString why = m_scope->unavailable(); !why.isEmpty())
        return failed<Done>(why);
    auto future = done(m_scope->kfp()->call(operation, {{u"run_id"_qs, runId}}));
    return onSuccess(future, this,
                     [this, runId](const Result<Done> &) { emit runChanged(runId, {}); });
}

QFuture<Result<Done>> KfpRunService::terminate(const QString &runId)
{
    return action(u"RunService_TerminateRun"_qs, runId);
}

QFuture<Result<Done>> KfpRunService::retry(const QString &runId)
{
    return action(u"RunService_RetryRun"_qs, runId);
}

QFuture<Result<Done>> KfpRunService::archive(const QString &runId)
{
    return action(u"RunService_ArchiveRun"_qs, runId);
}

QFuture<Result<Done>> KfpRunService::unarchive(const QString &runId)
{
    return action(u"RunService_UnarchiveRun"_qs, runId);
}

QFuture<Result<Done>> KfpRunService::remove(const QString &runId)
{
    return action(u"RunService_DeleteRun"_qs, runId);
}

QFuture<Result<QByteArray>> KfpRunService::taskLog(const QString &runId, const QString &taskPath)
{
    auto promise = std::make_shared<QPromise<Result<QByteArray>>>();
    promise->start();
    QFuture<Result<QByteArray>> out = promise->future();
    const auto finish = [promise](const Result<QByteArray> &r) {
        promise->addResult(r);
        promise->finish();
    };
    // When the cluster cannot give the log (its pod is gone, the cluster is out of reach), the
    // copy kept here after the task ended stands in.
    const auto fromCache = [this, runId, taskPath, finish](const QString &why) {
        backend::whenFinished(m_logs.load(runId, taskPath), this,
                              [finish, why](const std::optional<QByteArray> &kept) {
                                  if (!kept)
                                      return finish(Result<QByteArray>::failure(why));
                                  Result<QByteArray> log;
                                  log.value = *kept;
                                  finish(log);
                              });
    };
    if (const QString why = m_scope->unavailable(); !why.isEmpty()) {
        fromCache(why);
        return out;
    }
    const auto kube = m_scope->kube();
    const QString ns = m_scope->ns();
    // The task's pod comes from the run; its log is read from the pod while it exists.
    backend::whenFinished(
        m_scope->kfp()->getRun(runId), this,
        [this, kube, ns, runId, taskPath, finish, fromCache](const kube::ApiResponse &r) {
            if (!r.ok())
                return fromCache(r.error);
            const RunDetail detail = runDetailFromJson(r.object);
            const QJsonArray tasks =
                r.object.value(u"run_details").toObject().value(u"task_details").toArray();
            QString pod;
            QString path = taskPath;
            bool running = false;
            for (qsizetype i = 0; i < detail.tasks.size(); ++i) {
                const TaskInfo &task = detail.tasks.at(i);
                if (task.path == taskPath || task.name == taskPath) {
                    pod = tasks.at(i).toObject().value(u"pod_name").toString();
                    path = task.path;
                    running = !state::isFinal(task.state) && !task.finished.isValid();
                }
            }
            if (pod.isEmpty())
                return fromCache(
                    tr("Task %1 of run %2 has no pod (yet); its log appears once it runs.")
                        .arg(taskPath, runId));
            kube::PodLogOptions options;
            options.container = u"main"_qs;
            kube::LogStream *stream = kube->podLog(ns, pod, options, this);
            auto text = std::make_shared<QByteArray>();
            connect(stream, &kube::LogStream::text, stream,
                    [text](const QByteArray &chunk) { *text += chunk; });
            connect(stream, &kube::LogStream::ended, stream,
                    [this, stream, text, finish, fromCache, ns, pod, runId, path,
                     running](const QString &error) {
                        stream->deleteLater();
                        if (!error.isEmpty())
                            return fromCache(
                                tr("%1 The log was not kept on this computer: it is kept once "
                                   "it has been shown after the task ended.")
                                    .arg(error));
                        Result<QByteArray> log;
                        log.value = *text;
                        finish(log);
                        if (running)
                            followLog(ns, pod, runId, path);
                        else
                            m_logs.store(runId, path, *text);
                    });
        });
    return out;
}

void KfpRunService::followLog(const QString &ns, const QString &pod, const QString &runId,
                              const QString &taskPath)
{
    const QString key = runId + u'/' + taskPath;
    if (m_followers.contains(key) || !m_scope->kube())
        return;
    // What the task writes from now on comes as runLogAppended, until its pod ends.
    kube::PodLogOptions options;
    options.container = u"main"_qs;
    options.follow = true;
    options.tailLines = 0;
    kube::LogStream *stream = m_scope->kube()->podLog(ns, pod, options, this);
    m_followers.insert(key, stream);
    connect(stream, &kube::LogStream::text, this, [this, runId, taskPath](const QByteArray &chunk) {
        emit runLogAppended(runId, taskPath, chunk);
    });
    connect(stream, &kube::LogStream::ended, this, [this, key, stream, ns, pod, runId, taskPath] {
        m_followers.remove(key);
        stream->deleteLater();
        keepLog(ns, pod, runId, taskPath);
    });
}

void KfpRunService::keepLog(const QString &ns, const QString &pod, const QString &runId,
                            const QString &taskPath)
{
    if (!m_scope->kube())
        return;
    // The whole log once the task has ended, kept for when its pod is gone.
    kube::PodLogOptions options;
    options.container = u"main"_qs;
    kube::LogStream *stream = m_scope->kube()->podLog(ns, pod, options, this);
    auto text = std::make_shared<QByteArray>();
    connect(stream, &kube::LogStream::text, stream,
            [text](const QByteArray &chunk) { *text += chunk; });
    connect(stream, &kube::LogStream::ended, this,
            [this, stream, text, runId, taskPath](const QString &error) {
                stream->deleteLater();
                if (error.isEmpty()) {
                    m_logs.store(runId, taskPath, *text);
                    emit taskLogKept(runId, taskPath);
                }
            });
}

QFuture<Result<QString>> KfpRunService::downloadArtifact(const ArtifactInfo &artifact,
                                                         const QString &destinationDir)
{
    if (const QString why = m_scope->unavailable(); !why.isEmpty())
        return failed<QString>(why);
    const std::shared_ptr<const kfp::MetadataClient> metadata = m_scope->metadata();
    if (!metadata)
        return failed<QString>(m_scope->metadataError());
    // The file is named for the last part of its key (KFP names it for the output); names from
    // the cluster never reach outside the folder.
    QString fileName = kfp::artifactLocation(artifact.uri).key.section(u'/', -1);
    if (fileName.isEmpty() || fileName == u"." || fileName == u"..")
        fileName = QFileInfo(artifact.name).fileName();
    if (fileName.isEmpty() || fileName == u"." || fileName == u".." || fileName.contains(u'\\'))
        fileName = u"artifact"_qs;
    QString problem;
    kube::LogStream *stream = metadata->download(artifact.uri, m_scope->ns(), this, &problem);
    if (!stream)
        return failed<QString>(problem);
    // The file is made, written piece by piece and kept on the writer thread, in that order; it
    // is kept only when the whole body came.
    struct Download
    {
        QPromise<Result<QString>> promise;
        std::unique_ptr<QSaveFile> file;
        QString error;
    };
    auto d = std::make_shared<Download>();
    d->promise.start();
    QFuture<Result<QString>> out = d->promise.future();
    QThreadPool *writer = m_artifactWriter.get();
    writer->start([d, destinationDir, fileName] {
        if (!QDir().mkpath(destinationDir)) {
            d->error = tr("cannot create the folder %1").arg(destinationDir);
            return;
        }
        d->file = std::make_unique<QSaveFile>(unusedPath(destinationDir, fileName));
        if (!d->file->open(QIODevice::WriteOnly))
            d->error = tr("cannot write %1 (%2); check that the folder is writable and the disk "
                          "has room")
                           .arg(d->file->fileName(), d->file->errorString());
    });
    connect(stream, &kube::LogStream::text, this, [d, writer](const QByteArray &piece) {
        writer->start([d, piece] {
            if (d->error.isEmpty() && d->file->write(piece) != piece.size())
                d->error = tr("cannot write %1 (%2); check that the folder is writable and the "
                              "disk has room")
                               .arg(d->file->fileName(), d->file->errorString());
        });
    });
    connect(stream, &kube::LogStream::ended, this,
            [d, writer, stream, uri = artifact.uri](const QString &error) {
                stream->deleteLater();
                writer->start([d, error, uri] {
                    if (!error.isEmpty())
                        d->error = tr("KFP's UI did not hand out %1: %2").arg(uri, error);
                    if (d->error.isEmpty() && !d->file->commit())
                        d->error = tr("cannot write %1 (%2); check that the folder is writable "
                                      "and the disk has room")
                                       .arg(d->file->fileName(), d->file->errorString());
                    d->promise.addResult(d->error.isEmpty()
                                             ? Result<QString>{d->file->fileName(), {}}
                                             : Result<QString>::failure(d->error));
                    d->file.reset(); // unless committed, the partial file goes with it
                    d->promise.finish();
                });
            });
    return out;
}

// ---- recurring runs ----

KfpRecurringRunService::KfpRecurringRunService(KfpScope *scope, QObject *parent)
    : RecurringRunService(parent)
    , m_scope(scope)
{}

QFuture<Result<RecurringRunInfo>> KfpRecurringRunService::create(const RecurringRunInfo &r)
{
    if (const QString why = m_scope->unavailable(); !why.isEmpty())
        return failed<RecurringRunInfo>(why);
    const QString pipelineId = m_scope->pipelineOfVersion(r.pipelineVersionId);
    if (pipelineId.isEmpty())
        return failed<RecurringRunInfo>(unknownVersion(r.pipelineVersionId));
    QJsonObject schedule;
    if (r.startTime.isValid())
        schedule.insert(u"start_time"_qs, rfc3339(r.startTime));
    if (r.endTime.isValid())
        schedule.insert(u"end_time"_qs, rfc3339(r.endTime));
    QJsonObject trigger;
    if (!r.cron.isEmpty()) {
        // KFP's scheduled workflows take six fields, seconds first.
        QString cron = r.cron.simplified();
        if (cron.count(u' ') == 4)
            cron.prepend(u"0 "_qs);
        schedule.insert(u"cron"_qs, cron);
        trigger.insert(u"cron_schedule"_qs, schedule);
    } else {
        schedule.insert(u"interval_second"_qs, QString::number(r.intervalSeconds));
        trigger.insert(u"periodic_schedule"_qs, schedule);
    }
    QJsonObject body{{u"display_name"_qs, r.name},
                     {u"pipeline_version_reference"_qs,
                      QJsonObject{{u"pipeline_id"_qs, pipelineId},
                                  {u"pipeline_version_id"_qs, r.pipelineVersionId}}},
                     {u"runtime_config"_qs, QJsonObject{{u"parameters"_qs, r.parameters}}},
                     {u"max_concurrency"_qs, QString::number(std::max(1, r.maxConcurrency))},
                     {u"trigger"_qs, trigger},
                     {u"mode"_qs, r.enabled ? u"ENABLE"_qs : u"DISABLE"_qs},
                     {u"no_catchup"_qs, !r.catchup},
                     {u"namespace"_qs, m_scope->ns()}};
    if (!r.experimentId.isEmpty())
        body.insert(u"experiment_id"_qs, r.experimentId);
    return announced(
        mapped<RecurringRunInfo>(
            m_scope->kfp()->call(u"RecurringRunService_CreateRecurringRun"_qs, {}, {}, body),
            recurringRunFromJson),
        this, &RecurringRunService::recurringRunsChanged);
}

QFuture<Result<Page<RecurringRunInfo>>> KfpRecurringRunService::list(const PageRequest &page)
{
    if (const QString why = m_scope->unavailable(); !why.isEmpty())
        return failed<Page<RecurringRunInfo>>(why);
    return mapped<Page<RecurringRunInfo>>(
        m_scope->kfp()->call(u"RecurringRunService_ListRecurringRuns"_qs, {},
                             kfp::KfpClient::listQuery(listRequest(page, m_scope->ns()))),
        [](const QJsonObject &o) {
            return pageOf<RecurringRunInfo>(o, u"recurringRuns"_qs, recurringRunFromJson);
        });
}

QFuture<Result<Done>> KfpRecurringRunService::setEnabled(const QString &recurringRunId,
                                                         bool enabled)
{
    if (const QString why = m_scope->unavailable(); !why.isEmpty())
        return failed<Done>(why);
    return announced(
        done(m_scope->kfp()->call(enabled ? u"RecurringRunService_EnableRecurringRun"_qs
                                          : u"RecurringRunService_DisableRecurringRun"_qs,
                                  {{u"recurring_run_id"_qs, recurringRunId}})),
        this, &RecurringRunService::recurringRunsChanged);
}

QFuture<Result<Done>> KfpRecurringRunService::remove(const QString &recurringRunId)
{
    if (const QString why = m_scope->unavailable(); !why.isEmpty())
        return failed<Done>(why);
    return announced(done(m_scope->kfp()->call(u"RecurringRunService_DeleteRecurringRun"_qs,
                                               {{u"recurring_run_id"_qs, recurringRunId}})),
                     this, &RecurringRunService::recurringRunsChanged);
}

} // namespace kfw::kubeflow
