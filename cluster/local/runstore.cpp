#include "cluster/local/runstore.h"

#include "cluster/pipelinespec/yamlreader.h"
#include "cluster/pipelinespec/yamlwriter.h"

#include <cmath>

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QLockFile>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <QVariant>

namespace kfw::local {
namespace {

QString json(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QString labelsText(const QMap<QString, QString> &labels)
{
    QJsonObject o;
    for (auto it = labels.begin(); it != labels.end(); ++it)
        o.insert(it.key(), it.value());
    return json(o);
}

// The JSON path of an object's member named key, for json_extract().
QString jsonPath(const QString &key)
{
    return QStringLiteral("$.\"%1\"").arg(QString(key).replace(QLatin1Char('"'), QStringLiteral("\\\"")));
}

QJsonObject object(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

QJsonObject toJson(const QMap<QString, pipelinespec::YamlValue> &values)
{
    QJsonObject o;
    for (auto it = values.begin(); it != values.end(); ++it)
        o.insert(it.key(), it.value().toJson());
    return o;
}

// The row a key selects, converted; nothing when there is none.
template<typename Convert>
auto oneRow(const QString &connection, const QString &sql, const QVariant &key, Convert convert)
    -> std::optional<decltype(convert(std::declval<const QSqlQuery &>()))>
{
    QSqlQuery q(QSqlDatabase::database(connection));
    q.prepare(sql);
    q.addBindValue(key);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return convert(q);
}

// Each migration takes the schema from version N-1 to N.
const QList<QStringList> &migrations()
{
    static const QList<QStringList> steps{
        {
            QStringLiteral("CREATE TABLE runs (id TEXT PRIMARY KEY, name TEXT NOT NULL, pipeline_name TEXT NOT NULL, "
                           "experiment TEXT NOT NULL DEFAULT 'Default', state TEXT NOT NULL, message TEXT NOT NULL DEFAULT '', "
                           "parameters TEXT NOT NULL DEFAULT '{}', created TEXT NOT NULL, finished TEXT, spec BLOB, run_dir TEXT)"),
            QStringLiteral("CREATE INDEX runs_created ON runs(created)"),
            QStringLiteral("CREATE INDEX runs_state ON runs(state)"),
            QStringLiteral("CREATE TABLE tasks (run_id TEXT NOT NULL REFERENCES runs(id) ON DELETE CASCADE, path TEXT NOT NULL, "
                           "name TEXT NOT NULL, state TEXT NOT NULL, attempts INTEGER NOT NULL DEFAULT 0, message TEXT NOT NULL DEFAULT '', "
                           "log_file TEXT, inputs TEXT NOT NULL DEFAULT '{}', outputs TEXT NOT NULL DEFAULT '{}', updated TEXT NOT NULL, "
                           "PRIMARY KEY (run_id, path))"),
            QStringLiteral("CREATE TABLE artifacts (run_id TEXT NOT NULL REFERENCES runs(id) ON DELETE CASCADE, task_path TEXT NOT NULL, "
                           "name TEXT NOT NULL, position INTEGER NOT NULL, uri TEXT NOT NULL, schema_title TEXT NOT NULL, "
                           "metadata TEXT NOT NULL DEFAULT '{}', PRIMARY KEY (run_id, task_path, name, position))"),
            QStringLiteral("CREATE TABLE metrics (run_id TEXT NOT NULL REFERENCES runs(id) ON DELETE CASCADE, task_path TEXT NOT NULL, "
                           "artifact TEXT NOT NULL, key TEXT NOT NULL, value REAL NOT NULL, PRIMARY KEY (run_id, task_path, artifact, key))"),
            QStringLiteral("CREATE INDEX metrics_key ON metrics(key, value)"),
        },
        {
            // Version 2: the task cache. Entries outlive their run (a deleted run keeps serving
            // its outputs while the files exist); the runner checks the files before reuse.
            QStringLiteral("CREATE TABLE task_cache (fingerprint TEXT PRIMARY KEY, run_id TEXT NOT NULL, task_path TEXT NOT NULL, "
                           "outputs BLOB NOT NULL, created TEXT NOT NULL)"),
            QStringLiteral("CREATE INDEX task_cache_run ON task_cache(run_id)"),
        },
        {
            // Version 3: pipelines and versions, experiments, archived runs, recurring runs.
            QStringLiteral("CREATE TABLE pipelines (id TEXT PRIMARY KEY, name TEXT NOT NULL UNIQUE, description TEXT NOT NULL DEFAULT '', "
                           "created TEXT NOT NULL)"),
            QStringLiteral("CREATE TABLE pipeline_versions (id TEXT PRIMARY KEY, pipeline_id TEXT NOT NULL REFERENCES pipelines(id) "
                           "ON DELETE CASCADE, name TEXT NOT NULL, description TEXT NOT NULL DEFAULT '', spec BLOB NOT NULL, "
                           "created TEXT NOT NULL, UNIQUE (pipeline_id, name))"),
            QStringLiteral("CREATE TABLE experiments (id TEXT PRIMARY KEY, description TEXT NOT NULL DEFAULT '', created TEXT NOT NULL, "
                           "archived INTEGER NOT NULL DEFAULT 0)"),
            QStringLiteral("INSERT INTO experiments (id, created) SELECT experiment, MIN(created) FROM runs GROUP BY experiment"),
            QStringLiteral("ALTER TABLE runs ADD COLUMN archived INTEGER NOT NULL DEFAULT 0"),
            QStringLiteral("ALTER TABLE runs ADD COLUMN pipeline_version_id TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("ALTER TABLE runs ADD COLUMN recurring_run_id TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("CREATE INDEX runs_experiment ON runs(experiment)"),
            QStringLiteral("CREATE TABLE recurring_runs (id TEXT PRIMARY KEY, name TEXT NOT NULL, pipeline_version_id TEXT NOT NULL, "
                           "parameters TEXT NOT NULL DEFAULT '{}', experiment TEXT NOT NULL, cron TEXT NOT NULL DEFAULT '', "
                           "interval_seconds INTEGER NOT NULL DEFAULT 0, start_time TEXT, end_time TEXT, "
                           "max_concurrency INTEGER NOT NULL DEFAULT 1, catchup INTEGER NOT NULL DEFAULT 1, "
                           "enabled INTEGER NOT NULL DEFAULT 1, created TEXT NOT NULL, last_fire TEXT)"),
            QStringLiteral("ALTER TABLE tasks ADD COLUMN cached INTEGER NOT NULL DEFAULT 0"),
        },
        {
            // Version 4: what stands in for cluster objects on the workstation. Secrets are listed
            // by name and keys only; their values live in the OS keychain.
            QStringLiteral("CREATE TABLE local_secrets (name TEXT PRIMARY KEY, keys TEXT NOT NULL DEFAULT '[]', updated TEXT NOT NULL)"),
            QStringLiteral("CREATE TABLE local_config_maps (name TEXT PRIMARY KEY, data TEXT NOT NULL DEFAULT '{}', updated TEXT NOT NULL)"),
            QStringLiteral("CREATE TABLE local_volumes (name TEXT PRIMARY KEY, folder TEXT NOT NULL, updated TEXT NOT NULL)"),
            // How the run was run (container engine, parallelism, time limit, caching), for retries.
            QStringLiteral("ALTER TABLE runs ADD COLUMN options TEXT NOT NULL DEFAULT '{}'"),
            // When each task ran and how its process ended.
            QStringLiteral("ALTER TABLE tasks ADD COLUMN started TEXT"),
            QStringLiteral("ALTER TABLE tasks ADD COLUMN finished TEXT"),
            QStringLiteral("ALTER TABLE tasks ADD COLUMN exit_code INTEGER NOT NULL DEFAULT -1"),
        },
        {
            // Version 5: what happened to each task (states of its attempts), kept across
            // retries of the run.
            QStringLiteral("CREATE TABLE task_events (run_id TEXT NOT NULL REFERENCES runs(id) ON DELETE CASCADE, task_path TEXT NOT NULL, "
                           "time TEXT NOT NULL, attempt INTEGER NOT NULL, state TEXT NOT NULL, message TEXT NOT NULL DEFAULT '')"),
            QStringLiteral("CREATE INDEX task_events_run ON task_events(run_id)"),
            // The user's labels on runs, a JSON object.
            QStringLiteral("ALTER TABLE runs ADD COLUMN labels TEXT NOT NULL DEFAULT '{}'"),
        },
    };
    return steps;
}

} // namespace

RunStore::RunStore(QObject *parent)
    : QObject(parent)
    , m_connection(QStringLiteral("kfw-runstore-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
{
}

RunStore::~RunStore()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
}

bool RunStore::isOpen() const
{
    return QSqlDatabase::database(m_connection, false).isOpen();
}

bool RunStore::exec(const QString &sql, const QVariantList &values, QString *error) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    if (!q.prepare(sql)) {
        if (error)
            *error = q.lastError().text();
        return false;
    }
    for (const QVariant &v : values) {
        // A null QString binds as SQL NULL; the columns want text.
        if (v.typeId() == QMetaType::QString && v.toString().isNull())
            q.addBindValue(QStringLiteral(""));
        else
            q.addBindValue(v);
    }
    if (!q.exec()) {
        if (error)
            *error = q.lastError().text();
        return false;
    }
    return true;
}

int RunStore::schemaVersion() const
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next())
        return -1;
    return q.value(0).toInt();
}

bool RunStore::open(const QString &path, QString *error)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    db.setDatabaseName(path);
    if (!db.open()) {
        *error = tr("cannot open the run history %1: %2").arg(path, db.lastError().text());
        return false;
    }
    // Durable and safe for one writer with readers alongside.
    for (const char *pragma : {"PRAGMA journal_mode=WAL", "PRAGMA synchronous=NORMAL", "PRAGMA foreign_keys=ON"})
        exec(QString::fromLatin1(pragma), {}, nullptr);
    const int version = schemaVersion();
    if (version > kSchemaVersion) {
        *error = tr("the run history %1 was written by a newer workbench (schema %2); update the workbench").arg(path).arg(version);
        db.close();
        return false;
    }
    for (int v = version; v < kSchemaVersion; ++v) {
        db.transaction();
        for (const QString &sql : migrations().at(v)) {
            if (!exec(sql, {}, error)) {
                db.rollback();
                *error = tr("cannot upgrade the run history %1: %2").arg(path, *error);
                return false;
            }
        }
        exec(QStringLiteral("PRAGMA user_version=%1").arg(v + 1), {}, nullptr);
        db.commit();
    }
    exec(QStringLiteral("INSERT OR IGNORE INTO experiments (id, created) VALUES ('Default', ?)"),
         {QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)}, nullptr);
    // Runs that were running when their workbench stopped did not finish: say so. A run whose
    // owner (this app, another window, a command line) still holds its lock is left alone.
    m_interrupted.clear();
    QSqlQuery q(db);
    q.exec(QStringLiteral("SELECT id, run_dir FROM runs WHERE state IN ('PENDING', 'RUNNING')"));
    while (q.next())
        if (!runIsOwned(q.value(1).toString()))
            m_interrupted << q.value(0).toString();
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    for (const QString &id : std::as_const(m_interrupted)) {
        exec(QStringLiteral("UPDATE runs SET state='INTERRUPTED', finished=?, message=? WHERE id=?"),
             {now, tr("the workbench stopped while this run was running"), id}, nullptr);
        exec(QStringLiteral("UPDATE tasks SET state='INTERRUPTED', updated=? WHERE run_id=? AND state IN ('PENDING', 'RUNNING')"),
             {now, id}, nullptr);
    }
    return true;
}

bool RunStore::addRun(const StoredRun &run, QString *error)
{
    const QString experiment = run.experiment.isEmpty() ? QStringLiteral("Default") : run.experiment;
    const QString created = (run.created.isValid() ? run.created : QDateTime::currentDateTimeUtc()).toString(Qt::ISODateWithMs);
    // A run names its experiment; the experiment comes into being with its first run.
    exec(QStringLiteral("INSERT OR IGNORE INTO experiments (id, created) VALUES (?, ?)"), {experiment, created}, nullptr);
    return exec(QStringLiteral("INSERT INTO runs (id, name, pipeline_name, experiment, state, message, parameters, created, spec, run_dir, "
                               "pipeline_version_id, recurring_run_id, archived, options, labels) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                {run.id, run.name, run.pipelineName, experiment, run.state.isEmpty() ? QStringLiteral("PENDING") : run.state, run.message,
                 json(run.parameters), created, run.spec, run.runDir, run.pipelineVersionId, run.recurringRunId, run.archived ? 1 : 0,
                 json(run.options), labelsText(run.labels)},
                error);
}

bool RunStore::setRunState(const QString &id, const QString &state, const QString &message, QString *error)
{
    const bool final = state != QLatin1String("PENDING") && state != QLatin1String("RUNNING");
    return exec(QStringLiteral("UPDATE runs SET state=?, message=?, finished=? WHERE id=?"),
                {state, message, final ? QVariant(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)) : QVariant(), id},
                error);
}

bool RunStore::recordTask(const QString &runId, const TaskRecord &task, QString *error)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    db.transaction();
    // A change of state, attempt or message is an event of the task.
    const QString state = taskStateName(task.state);
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    QSqlQuery before(db);
    before.prepare(QStringLiteral("SELECT state, attempts, message FROM tasks WHERE run_id = ? AND path = ?"));
    before.addBindValue(runId);
    before.addBindValue(task.path);
    const bool known = before.exec() && before.next();
    bool ok = true;
    if (!known || before.value(0).toString() != state || before.value(1).toInt() != task.attempts
        || before.value(2).toString() != task.message) {
        QString message = task.message;
        if (task.exitCode > 0 && state == QLatin1String("FAILED") && !message.contains(QString::number(task.exitCode)))
            message = tr("exit code %1").arg(task.exitCode) + (message.isEmpty() ? QString() : QStringLiteral("; ") + message);
        if (task.cached && message.isEmpty())
            message = tr("outputs reused from the cache");
        ok = exec(QStringLiteral("INSERT INTO task_events (run_id, task_path, time, attempt, state, message) VALUES (?, ?, ?, ?, ?, ?)"),
                  {runId, task.path, now, task.attempts, state, message}, error);
    }
    ok = ok && exec(QStringLiteral("INSERT INTO tasks (run_id, path, name, state, attempts, message, log_file, inputs, outputs, updated, cached, "
                                  "started, finished, exit_code) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                                  "ON CONFLICT(run_id, path) DO UPDATE SET state=excluded.state, "
                                  "attempts=excluded.attempts, message=excluded.message, log_file=excluded.log_file, "
                                  "inputs=excluded.inputs, outputs=excluded.outputs, updated=excluded.updated, cached=excluded.cached, "
                                  "started=excluded.started, finished=excluded.finished, exit_code=excluded.exit_code"),
                   {runId, task.path, task.name, state, task.attempts, task.message, task.logFile,
                    json(toJson(task.inputs)), json(toJson(task.outputs)), now,
                    task.cached ? 1 : 0, task.started.isValid() ? task.started.toString(Qt::ISODateWithMs) : QString(),
                    task.finished.isValid() ? task.finished.toString(Qt::ISODateWithMs) : QString(), task.exitCode},
                   error);
    for (auto it = task.artifacts.begin(); ok && it != task.artifacts.end(); ++it) {
        int position = 0;
        for (const RuntimeArtifact &a : it.value()) {
            ok = ok && exec(QStringLiteral("INSERT OR REPLACE INTO artifacts (run_id, task_path, name, position, uri, schema_title, metadata) "
                                           "VALUES (?, ?, ?, ?, ?, ?, ?)"),
                            {runId, task.path, it.key(), position++, a.uri, a.schemaTitle,
                             json(a.metadata.isMapping() ? a.metadata.toJson().toObject() : QJsonObject())},
                            error);
            // Scalar metrics are indexed for filtering and comparing runs.
            if (a.schemaTitle == QLatin1String("system.Metrics"))
                for (const auto &m : a.metadata.entries())
                    if (m.value.isNumber())
                        ok = ok && exec(QStringLiteral("INSERT OR REPLACE INTO metrics (run_id, task_path, artifact, key, value) VALUES (?, ?, ?, ?, ?)"),
                                        {runId, task.path, it.key(), m.key.text(), m.value.toDouble()}, error);
        }
    }
    if (!ok) {
        db.rollback();
        return false;
    }
    return db.commit();
}

namespace {
StoredRun runFrom(const QSqlQuery &q)
{
    StoredRun r;
    r.id = q.value(0).toString();
    r.name = q.value(1).toString();
    r.pipelineName = q.value(2).toString();
    r.experiment = q.value(3).toString();
    r.state = q.value(4).toString();
    r.message = q.value(5).toString();
    r.parameters = object(q.value(6).toString());
    r.created = QDateTime::fromString(q.value(7).toString(), Qt::ISODateWithMs);
    r.finished = QDateTime::fromString(q.value(8).toString(), Qt::ISODateWithMs);
    r.spec = q.value(9).toByteArray();
    r.runDir = q.value(10).toString();
    r.pipelineVersionId = q.value(11).toString();
    r.recurringRunId = q.value(12).toString();
    r.archived = q.value(13).toBool();
    r.options = object(q.value(14).toString());
    r.pipelineVersionName = q.value(15).toString();
    const QJsonObject labels = object(q.value(16).toString());
    for (auto it = labels.begin(); it != labels.end(); ++it)
        r.labels.insert(it.key(), it.value().toString());
    r.rowid = q.value(17).toLongLong();
    r.sortKey = q.value(18);
    return r;
}

// The columns runFrom() reads, for a run alone or a listing (whose sort key is added).
const QString kRunColumns = QStringLiteral(
    "id, name, pipeline_name, experiment, state, message, parameters, created, finished, %1, run_dir, pipeline_version_id, "
    "recurring_run_id, archived, options, (SELECT v.name FROM pipeline_versions v WHERE v.id = runs.pipeline_version_id), labels, rowid");


QString where(const RunQuery &query, QVariantList *values)
{
    QStringList clauses{QStringLiteral("archived = ?")};
    *values << (query.archived ? 1 : 0);
    QStringList states = query.states;
    if (!query.state.isEmpty())
        states << query.state;
    if (!states.isEmpty()) {
        clauses << QStringLiteral("state IN (%1)").arg(QStringList(states.size(), QStringLiteral("?")).join(QLatin1Char(',')));
        for (const QString &s : states)
            *values << s;
    }
    if (!query.experiment.isEmpty()) {
        clauses << QStringLiteral("experiment = ?");
        *values << query.experiment;
    }
    if (!query.recurringRunId.isEmpty()) {
        clauses << QStringLiteral("recurring_run_id = ?");
        *values << query.recurringRunId;
    }
    if (!query.nameContains.isEmpty()) {
        clauses << QStringLiteral("instr(lower(name), lower(?)) > 0");
        *values << query.nameContains;
    }
    // A metric within bounds, through the metrics index (key, value).
    if (!query.metricKey.isEmpty()) {
        QStringList metric{QStringLiteral("key = ?")};
        const QStringList parts = query.metricKey.split(QLatin1Char('/'));
        *values << parts.last();
        if (parts.size() >= 3) {
            metric << QStringLiteral("artifact = ?") << QStringLiteral("task_path = ?");
            *values << parts[parts.size() - 2] << parts.mid(0, parts.size() - 2).join(QLatin1Char('/'));
        }
        if (!std::isnan(query.metricMin)) {
            metric << QStringLiteral("value >= ?");
            *values << query.metricMin;
        }
        if (!std::isnan(query.metricMax)) {
            metric << QStringLiteral("value <= ?");
            *values << query.metricMax;
        }
        clauses << QStringLiteral("id IN (SELECT run_id FROM metrics WHERE %1)").arg(metric.join(QStringLiteral(" AND ")));
    }
    // A parameter's value, from the run's parameters (JSON text).
    if (!query.parameterName.isEmpty()) {
        clauses << QStringLiteral("json_extract(parameters, ?) = ?");
        *values << jsonPath(query.parameterName);
        const QJsonValue &v = query.parameterValue;
        *values << (v.isBool() ? QVariant(v.toBool() ? 1 : 0) : v.isDouble() ? QVariant(v.toDouble()) : QVariant(v.toString()));
    }
    for (auto it = query.labels.begin(); it != query.labels.end(); ++it) {
        if (it.value().isEmpty()) {
            clauses << QStringLiteral("json_extract(labels, ?) IS NOT NULL");
            *values << jsonPath(it.key());
        } else {
            clauses << QStringLiteral("json_extract(labels, ?) = ?");
            *values << jsonPath(it.key()) << it.value();
        }
    }
    // Times are stored as ISO 8601 UTC text, which orders as the times do.
    if (query.createdAfter.isValid()) {
        clauses << QStringLiteral("created >= ?");
        *values << query.createdAfter.toUTC().toString(Qt::ISODateWithMs);
    }
    if (query.createdBefore.isValid()) {
        clauses << QStringLiteral("created < ?");
        *values << query.createdBefore.toUTC().toString(Qt::ISODateWithMs);
    }
    return QStringLiteral(" WHERE ") + clauses.join(QStringLiteral(" AND "));
}

// What a listing is ordered by, as an expression with its values. Runs without the metric or
// parameter (or not finished, for the end time) get a key that puts them last either way. Keys
// must not change between two pages.
QString sortExpression(const RunQuery &query, QVariantList *values)
{
    const bool descending = query.descending;
    if (query.sortBy.startsWith(QLatin1String("metric:"))) {
        const QStringList parts = query.sortBy.mid(7).split(QLatin1Char('/'));
        QString match = QStringLiteral("m.key = ?");
        *values << parts.last();
        if (parts.size() >= 3) {
            match += QStringLiteral(" AND m.artifact = ? AND m.task_path = ?");
            *values << parts[parts.size() - 2] << parts.mid(0, parts.size() - 2).join(QLatin1Char('/'));
        }
        return QStringLiteral("COALESCE((SELECT MAX(m.value) FROM metrics m WHERE m.run_id = runs.id AND %1), %2)")
            .arg(match, descending ? QStringLiteral("-9e999") : QStringLiteral("9e999"));
    }
    if (query.sortBy.startsWith(QLatin1String("parameter:"))) {
        *values << jsonPath(query.sortBy.mid(10));
        // Numbers sort below text, and text below blobs.
        return QStringLiteral("COALESCE(json_extract(parameters, ?), %1)").arg(descending ? QStringLiteral("-9e999") : QStringLiteral("X'FF'"));
    }
    if (query.sortBy == QLatin1String("finished"))
        return descending ? QStringLiteral("COALESCE(finished, '')") : QStringLiteral("COALESCE(finished, '~')");
    if (query.sortBy == QLatin1String("duration"))
        // Runs still going count as the longest (a key that grows with time would break paging).
        return QStringLiteral("COALESCE(julianday(finished) - julianday(created), 9e999)");
    static const QHash<QString, QString> columns{{QStringLiteral("name"), QStringLiteral("name")},
                                                 {QStringLiteral("state"), QStringLiteral("state")},
                                                 {QStringLiteral("pipeline"), QStringLiteral("pipeline_name")},
                                                 {QStringLiteral("experiment"), QStringLiteral("experiment")}};
    return columns.value(query.sortBy, QStringLiteral("created"));
}
} // namespace

std::optional<StoredRun> RunStore::run(const QString &id) const
{
    return oneRow(m_connection, QStringLiteral("SELECT %1, NULL FROM runs WHERE id = ?").arg(kRunColumns.arg(QStringLiteral("spec"))), id, runFrom);
}

QList<StoredRun> RunStore::runs(const RunQuery &query) const
{
    // Key-set paging: the next page starts after the last run of the one before, through the
    // index of the order rather than by stepping over every run before it.
    QVariantList values;
    const QString key = sortExpression(query, &values);
    const QVariantList keyValues = values;
    QString sql = QStringLiteral("SELECT %1, %2 FROM runs").arg(kRunColumns.arg(QStringLiteral("NULL")), key) + where(query, &values);
    const QString direction = query.descending ? QStringLiteral(" DESC") : QStringLiteral(" ASC");
    if (query.afterKey.isValid()) {
        sql += QStringLiteral(" AND (%1, rowid) %2 (?, ?)").arg(key, query.descending ? QStringLiteral("<") : QStringLiteral(">"));
        values << keyValues << query.afterKey << query.afterRowid;
    }
    sql += QStringLiteral(" ORDER BY %1%2, rowid%2 LIMIT ? OFFSET ?").arg(key, direction);
    values << keyValues << query.limit << (query.afterKey.isValid() ? 0 : query.offset);
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(sql);
    for (const QVariant &v : values)
        q.addBindValue(v);
    QList<StoredRun> out;
    if (q.exec())
        while (q.next())
            out << runFrom(q);
    return out;
}

int RunStore::countRuns(const RunQuery &query) const
{
    QVariantList values;
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM runs") + where(query, &values));
    for (const QVariant &v : values)
        q.addBindValue(v);
    return q.exec() && q.next() ? q.value(0).toInt() : 0;
}

QList<StoredTask> RunStore::tasks(const QString &runId) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("SELECT path, name, state, attempts, message, log_file, inputs, outputs, updated, cached, started, finished, exit_code FROM tasks "
                             "WHERE run_id = ? ORDER BY rowid"));
    q.addBindValue(runId);
    QList<StoredTask> out;
    if (q.exec())
        while (q.next())
            out << StoredTask{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toInt(),
                              q.value(4).toString(), q.value(5).toString(), object(q.value(6).toString()),
                              object(q.value(7).toString()), QDateTime::fromString(q.value(8).toString(), Qt::ISODateWithMs),
                              q.value(9).toBool(), QDateTime::fromString(q.value(10).toString(), Qt::ISODateWithMs),
                              QDateTime::fromString(q.value(11).toString(), Qt::ISODateWithMs), q.value(12).toInt()};
    return out;
}

QHash<QString, QList<backend::TaskEvent>> RunStore::taskEvents(const QString &runId) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("SELECT task_path, time, attempt, state, message FROM task_events WHERE run_id = ? ORDER BY rowid"));
    q.addBindValue(runId);
    QHash<QString, QList<backend::TaskEvent>> out;
    if (q.exec())
        while (q.next())
            out[q.value(0).toString()] << backend::TaskEvent{QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs),
                                                             q.value(2).toInt(), q.value(3).toString(), q.value(4).toString()};
    return out;
}

QHash<QString, QMap<QString, double>> RunStore::metrics(const QStringList &runIds) const
{
    QHash<QString, QMap<QString, double>> out;
    if (runIds.isEmpty())
        return out;
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("SELECT run_id, task_path, artifact, key, value FROM metrics WHERE run_id IN (%1)")
                  .arg(QStringList(runIds.size(), QStringLiteral("?")).join(QLatin1Char(','))));
    for (const QString &id : runIds)
        q.addBindValue(id);
    if (q.exec())
        while (q.next())
            out[q.value(0).toString()].insert(
                q.value(1).toString() + QLatin1Char('/') + q.value(2).toString() + QLatin1Char('/') + q.value(3).toString(),
                q.value(4).toDouble());
    return out;
}

QMap<QString, double> RunStore::metrics(const QString &runId) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("SELECT task_path, artifact, key, value FROM metrics WHERE run_id = ?"));
    q.addBindValue(runId);
    QMap<QString, double> out;
    if (q.exec())
        while (q.next())
            out.insert(q.value(0).toString() + QLatin1Char('/') + q.value(1).toString() + QLatin1Char('/') + q.value(2).toString(),
                       q.value(3).toDouble());
    return out;
}

namespace {
// Cached outputs are kept as YAML so that parameter types (int, float, struct) survive exactly.
QByteArray cacheText(const CachedOutputs &c)
{
    using pipelinespec::YamlValue;
    YamlValue root = YamlValue::mapping();
    YamlValue params = YamlValue::mapping();
    for (auto it = c.outputs.begin(); it != c.outputs.end(); ++it)
        params.insert(it.key(), it.value());
    root.insert(QStringLiteral("parameters"), params);
    YamlValue artifacts = YamlValue::mapping();
    for (auto it = c.artifacts.begin(); it != c.artifacts.end(); ++it) {
        YamlValue list = YamlValue::sequence();
        for (const RuntimeArtifact &a : it.value())
            list.append(a.toTree());
        artifacts.insert(it.key(), list);
    }
    root.insert(QStringLiteral("artifacts"), artifacts);
    return pipelinespec::YamlWriter::write(root);
}

bool parseCacheText(const QByteArray &text, CachedOutputs *c)
{
    using pipelinespec::YamlValue;
    QList<YamlValue> docs;
    pipelinespec::ReadError error;
    if (!pipelinespec::YamlReader::read(text, &docs, &error) || docs.size() != 1 || !docs.first().isMapping())
        return false;
    const YamlValue &root = docs.first();
    const YamlValue params = root.value(QStringLiteral("parameters"));
    const YamlValue artifacts = root.value(QStringLiteral("artifacts"));
    if (!params.isMapping() || !artifacts.isMapping())
        return false;
    for (const auto &e : params.entries())
        c->outputs.insert(e.key.text(), e.value);
    for (const auto &e : artifacts.entries()) {
        QList<RuntimeArtifact> list;
        for (const YamlValue &one : e.value.items())
            list << RuntimeArtifact::fromTree(one);
        c->artifacts.insert(e.key.text(), list);
    }
    return true;
}
} // namespace

std::optional<CachedOutputs> RunStore::findCached(const QString &fingerprint)
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("SELECT run_id, task_path, outputs FROM task_cache WHERE fingerprint = ?"));
    q.addBindValue(fingerprint);
    if (!q.exec() || !q.next())
        return std::nullopt;
    CachedOutputs c;
    c.runId = q.value(0).toString();
    c.taskPath = q.value(1).toString();
    if (!parseCacheText(q.value(2).toByteArray(), &c))
        return std::nullopt;
    return c;
}

void RunStore::storeCached(const QString &fingerprint, const CachedOutputs &outputs)
{
    exec(QStringLiteral("INSERT OR REPLACE INTO task_cache (fingerprint, run_id, task_path, outputs, created) VALUES (?, ?, ?, ?, ?)"),
         {fingerprint, outputs.runId, outputs.taskPath, cacheText(outputs), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
         nullptr);
}

int RunStore::clearCache(const QString &runId)
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    if (runId.isEmpty()) {
        q.prepare(QStringLiteral("DELETE FROM task_cache"));
    } else {
        q.prepare(QStringLiteral("DELETE FROM task_cache WHERE run_id = ?"));
        q.addBindValue(runId);
    }
    return q.exec() ? q.numRowsAffected() : 0;
}

bool RunStore::setRunArchived(const QString &id, bool archived, QString *error)
{
    return exec(QStringLiteral("UPDATE runs SET archived=? WHERE id=?"), {archived ? 1 : 0, id}, error);
}

QStringList RunStore::runsUsingFilesOf(const QString &id) const
{
    const auto r = run(id);
    QStringList out;
    if (!r || r->runDir.isEmpty())
        return out;
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("SELECT DISTINCT runs.name FROM artifacts JOIN runs ON runs.id = artifacts.run_id "
                             "WHERE artifacts.run_id != ? AND substr(artifacts.uri, 1, ?) = ? ORDER BY runs.name"));
    const QString prefix = r->runDir + QLatin1Char('/');
    q.addBindValue(id);
    q.addBindValue(int(prefix.size()));
    q.addBindValue(prefix);
    if (q.exec())
        while (q.next())
            out << q.value(0).toString();
    return out;
}

bool RunStore::setRunLabels(const QString &id, const QMap<QString, QString> &labels, QString *error)
{
    return exec(QStringLiteral("UPDATE runs SET labels=? WHERE id=?"), {labelsText(labels), id}, error);
}

bool RunStore::removeRun(const QString &id, QString *error)
{
    return exec(QStringLiteral("DELETE FROM runs WHERE id=?"), {id}, error);
}

bool RunStore::resetRun(const QString &id, QString *error)
{
    // The tasks are recorded afresh as the run goes (those reused from the cache say so).
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    db.transaction();
    if (!exec(QStringLiteral("UPDATE runs SET state='PENDING', message='', finished=NULL WHERE id=?"), {id}, error)
        || !exec(QStringLiteral("DELETE FROM tasks WHERE run_id=?"), {id}, error)
        || !exec(QStringLiteral("DELETE FROM artifacts WHERE run_id=?"), {id}, error)
        || !exec(QStringLiteral("DELETE FROM metrics WHERE run_id=?"), {id}, error)) {
        db.rollback();
        return false;
    }
    return db.commit();
}

QList<backend::ArtifactInfo> RunStore::artifacts(const QString &runId) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("SELECT task_path, name, uri, schema_title, metadata FROM artifacts WHERE run_id = ? "
                             "ORDER BY task_path, name, position"));
    q.addBindValue(runId);
    QList<backend::ArtifactInfo> out;
    if (q.exec())
        while (q.next())
            out << backend::ArtifactInfo{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                                         object(q.value(4).toString())};
    return out;
}

namespace {
QDateTime fromIso(const QVariant &v)
{
    return QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
}

// Missing times are stored as empty text.
QString toIso(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : QString();
}

// ORDER BY for a listing: the requested column when it is one of the allowed ones.
QString order(const backend::PageRequest &page, const QStringList &allowed)
{
    const QString column = allowed.contains(page.sortBy) ? page.sortBy : allowed.first();
    const QString direction = page.descending ? QStringLiteral(" DESC") : QStringLiteral(" ASC");
    return QStringLiteral(" ORDER BY %1%2, rowid%2").arg(column, direction);
}

backend::PipelineInfo pipelineFrom(const QSqlQuery &q)
{
    return {q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), fromIso(q.value(3))};
}

backend::PipelineVersionInfo versionFrom(const QSqlQuery &q)
{
    return {q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(), fromIso(q.value(4))};
}

backend::ExperimentInfo experimentFrom(const QSqlQuery &q)
{
    return {q.value(0).toString(), q.value(0).toString(), q.value(1).toString(), fromIso(q.value(2)), q.value(3).toBool()};
}
} // namespace

// Runs a listing query: COUNT(*) over the same WHERE for *total, then one page of rows.
template <typename T, typename Convert>
static QList<T> listRows(const QString &connection, const QString &select, const QString &from, const QVariantList &values,
                         const QString &orderClause, int limit, int offset, int *total, Convert convert)
{
    const QSqlDatabase db = QSqlDatabase::database(connection);
    if (total) {
        QSqlQuery count(db);
        count.prepare(QStringLiteral("SELECT COUNT(*) ") + from);
        for (const QVariant &v : values)
            count.addBindValue(v);
        *total = count.exec() && count.next() ? count.value(0).toInt() : 0;
    }
    QSqlQuery q(db);
    q.prepare(select + QLatin1Char(' ') + from + orderClause + QStringLiteral(" LIMIT ? OFFSET ?"));
    for (const QVariant &v : values)
        q.addBindValue(v);
    q.addBindValue(limit);
    q.addBindValue(offset);
    QList<T> out;
    if (q.exec())
        while (q.next())
            out << convert(q);
    return out;
}

bool RunStore::addPipeline(const backend::PipelineInfo &p, QString *error)
{
    return exec(QStringLiteral("INSERT INTO pipelines (id, name, description, created) VALUES (?, ?, ?, ?)"),
                {p.id, p.name, p.description, toIso(p.created.isValid() ? p.created : QDateTime::currentDateTimeUtc())}, error);
}

bool RunStore::addPipelineVersion(const backend::PipelineVersionInfo &v, const QByteArray &spec, QString *error)
{
    return exec(QStringLiteral("INSERT INTO pipeline_versions (id, pipeline_id, name, description, spec, created) VALUES (?, ?, ?, ?, ?, ?)"),
                {v.id, v.pipelineId, v.name, v.description, spec, toIso(v.created.isValid() ? v.created : QDateTime::currentDateTimeUtc())},
                error);
}

std::optional<backend::PipelineInfo> RunStore::pipeline(const QString &id) const
{
    return oneRow(m_connection, QStringLiteral("SELECT id, name, description, created FROM pipelines WHERE id = ?"), id, pipelineFrom);
}

std::optional<backend::PipelineInfo> RunStore::pipelineByName(const QString &name) const
{
    return oneRow(m_connection, QStringLiteral("SELECT id, name, description, created FROM pipelines WHERE name = ?"), name, pipelineFrom);
}

QList<backend::PipelineInfo> RunStore::pipelines(const QString &nameContains, const backend::PageRequest &page, int offset, int *total) const
{
    QVariantList values;
    QString from = QStringLiteral("FROM pipelines");
    if (!nameContains.isEmpty()) {
        from += QStringLiteral(" WHERE instr(lower(name), lower(?)) > 0");
        values << nameContains;
    }
    return listRows<backend::PipelineInfo>(m_connection, QStringLiteral("SELECT id, name, description, created"), from, values,
                                           order(page, {QStringLiteral("created"), QStringLiteral("name")}), page.pageSize, offset, total,
                                           pipelineFrom);
}

std::optional<backend::PipelineVersionInfo> RunStore::pipelineVersion(const QString &id) const
{
    return oneRow(m_connection, QStringLiteral("SELECT id, pipeline_id, name, description, created FROM pipeline_versions WHERE id = ?"), id, versionFrom);
}

QList<backend::PipelineVersionInfo> RunStore::pipelineVersions(const QString &pipelineId, const backend::PageRequest &page, int offset,
                                                               int *total) const
{
    return listRows<backend::PipelineVersionInfo>(m_connection, QStringLiteral("SELECT id, pipeline_id, name, description, created"),
                                                  QStringLiteral("FROM pipeline_versions WHERE pipeline_id = ?"), {pipelineId},
                                                  order(page, {QStringLiteral("created"), QStringLiteral("name")}), page.pageSize, offset,
                                                  total, versionFrom);
}

QByteArray RunStore::pipelineVersionSpec(const QString &id) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("SELECT spec FROM pipeline_versions WHERE id = ?"));
    q.addBindValue(id);
    return q.exec() && q.next() ? q.value(0).toByteArray() : QByteArray();
}

bool RunStore::removePipeline(const QString &id, QString *error)
{
    return exec(QStringLiteral("DELETE FROM pipelines WHERE id=?"), {id}, error);
}

bool RunStore::removePipelineVersion(const QString &id, QString *error)
{
    return exec(QStringLiteral("DELETE FROM pipeline_versions WHERE id=?"), {id}, error);
}

bool RunStore::addExperiment(const backend::ExperimentInfo &e, QString *error)
{
    return exec(QStringLiteral("INSERT INTO experiments (id, description, created, archived) VALUES (?, ?, ?, 0)"),
                {e.name, e.description, toIso(e.created.isValid() ? e.created : QDateTime::currentDateTimeUtc())}, error);
}

std::optional<backend::ExperimentInfo> RunStore::experiment(const QString &id) const
{
    return oneRow(m_connection, QStringLiteral("SELECT id, description, created, archived FROM experiments WHERE id = ?"), id, experimentFrom);
}

QList<backend::ExperimentInfo> RunStore::experiments(const backend::ExperimentQuery &query, int offset, int *total) const
{
    QVariantList values{query.archived ? 1 : 0};
    QString from = QStringLiteral("FROM experiments WHERE archived = ?");
    if (!query.nameContains.isEmpty()) {
        from += QStringLiteral(" AND instr(lower(id), lower(?)) > 0");
        values << query.nameContains;
    }
    backend::PageRequest page = query.page;
    if (page.sortBy == QLatin1String("name"))
        page.sortBy = QStringLiteral("id");
    return listRows<backend::ExperimentInfo>(m_connection, QStringLiteral("SELECT id, description, created, archived"), from, values,
                                             order(page, {QStringLiteral("created"), QStringLiteral("id")}), page.pageSize, offset, total,
                                             experimentFrom);
}

bool RunStore::setExperimentArchived(const QString &id, bool archived, QString *error)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    db.transaction();
    bool ok = exec(QStringLiteral("UPDATE experiments SET archived=? WHERE id=?"), {archived ? 1 : 0, id}, error);
    if (ok && archived)
        ok = exec(QStringLiteral("UPDATE runs SET archived=1 WHERE experiment=?"), {id}, error);
    if (!ok) {
        db.rollback();
        return false;
    }
    return db.commit();
}

bool RunStore::removeExperiment(const QString &id, QString *error)
{
    return exec(QStringLiteral("DELETE FROM experiments WHERE id=?"), {id}, error);
}

bool RunStore::addRecurringRun(const backend::RecurringRunInfo &r, QString *error)
{
    return exec(QStringLiteral("INSERT INTO recurring_runs (id, name, pipeline_version_id, parameters, experiment, cron, interval_seconds, "
                               "start_time, end_time, max_concurrency, catchup, enabled, created, last_fire) "
                               "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                {r.id, r.name, r.pipelineVersionId, json(r.parameters), r.experimentId.isEmpty() ? QStringLiteral("Default") : r.experimentId,
                 r.cron, r.intervalSeconds, toIso(r.startTime), toIso(r.endTime), r.maxConcurrency, r.catchup ? 1 : 0, r.enabled ? 1 : 0,
                 toIso(r.created.isValid() ? r.created : QDateTime::currentDateTimeUtc()), toIso(r.lastFire)},
                error);
}

QList<backend::RecurringRunInfo> RunStore::recurringRuns() const
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    QList<backend::RecurringRunInfo> out;
    if (!q.exec(QStringLiteral("SELECT id, name, pipeline_version_id, parameters, experiment, cron, interval_seconds, start_time, end_time, "
                               "max_concurrency, catchup, enabled, created, last_fire FROM recurring_runs ORDER BY created DESC, id")))
        return out;
    while (q.next()) {
        backend::RecurringRunInfo r;
        r.id = q.value(0).toString();
        r.name = q.value(1).toString();
        r.pipelineVersionId = q.value(2).toString();
        r.parameters = object(q.value(3).toString());
        r.experimentId = q.value(4).toString();
        r.cron = q.value(5).toString();
        r.intervalSeconds = q.value(6).toLongLong();
        r.startTime = fromIso(q.value(7));
        r.endTime = fromIso(q.value(8));
        r.maxConcurrency = q.value(9).toInt();
        r.catchup = q.value(10).toBool();
        r.enabled = q.value(11).toBool();
        r.created = fromIso(q.value(12));
        r.lastFire = fromIso(q.value(13));
        out << r;
    }
    return out;
}

bool RunStore::setRecurringRunEnabled(const QString &id, bool enabled, QString *error)
{
    return exec(QStringLiteral("UPDATE recurring_runs SET enabled=? WHERE id=?"), {enabled ? 1 : 0, id}, error);
}

bool RunStore::setRecurringRunLastFire(const QString &id, const QDateTime &lastFire, QString *error)
{
    return exec(QStringLiteral("UPDATE recurring_runs SET last_fire=? WHERE id=?"), {toIso(lastFire), id}, error);
}

bool RunStore::removeRecurringRun(const QString &id, QString *error)
{
    return exec(QStringLiteral("DELETE FROM recurring_runs WHERE id=?"), {id}, error);
}

bool RunStore::setStandIn(StandIn kind, const QString &name, const QJsonValue &value, QString *error)
{
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    switch (kind) {
    case StandIn::Secret:
        return exec(QStringLiteral("INSERT OR REPLACE INTO local_secrets (name, keys, updated) VALUES (?, ?, ?)"),
                    {name, QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact)), now}, error);
    case StandIn::ConfigMap:
        return exec(QStringLiteral("INSERT OR REPLACE INTO local_config_maps (name, data, updated) VALUES (?, ?, ?)"),
                    {name, json(value.toObject()), now}, error);
    case StandIn::Volume:
        return exec(QStringLiteral("INSERT OR REPLACE INTO local_volumes (name, folder, updated) VALUES (?, ?, ?)"),
                    {name, value.toString(), now}, error);
    }
    return false;
}

namespace {
QString standInTable(RunStore::StandIn kind)
{
    switch (kind) {
    case RunStore::StandIn::Secret:
        return QStringLiteral("local_secrets");
    case RunStore::StandIn::ConfigMap:
        return QStringLiteral("local_config_maps");
    case RunStore::StandIn::Volume:
        return QStringLiteral("local_volumes");
    }
    return {};
}
} // namespace

bool RunStore::removeStandIn(StandIn kind, const QString &name, QString *error)
{
    return exec(QStringLiteral("DELETE FROM %1 WHERE name=?").arg(standInTable(kind)), {name}, error);
}

QMap<QString, QJsonValue> RunStore::standIns(StandIn kind) const
{
    const QString column = kind == StandIn::Secret      ? QStringLiteral("keys")
                           : kind == StandIn::ConfigMap ? QStringLiteral("data")
                                                        : QStringLiteral("folder");
    QSqlQuery q(QSqlDatabase::database(m_connection));
    QMap<QString, QJsonValue> out;
    if (!q.exec(QStringLiteral("SELECT name, %1 FROM %2 ORDER BY name").arg(column, standInTable(kind))))
        return out;
    while (q.next()) {
        const QString text = q.value(1).toString();
        if (kind == StandIn::Volume)
            out.insert(q.value(0).toString(), text);
        else if (kind == StandIn::Secret)
            out.insert(q.value(0).toString(), QJsonDocument::fromJson(text.toUtf8()).array());
        else
            out.insert(q.value(0).toString(), object(text));
    }
    return out;
}

namespace {
QString ownerLockPath(const QString &runDir)
{
    return runDir + QStringLiteral("/.owner.lock");
}
} // namespace

bool RunStore::runIsOwned(const QString &runDir)
{
    if (runDir.isEmpty() || !QFileInfo::exists(ownerLockPath(runDir)))
        return false;
    // A lock whose process is gone is stale and taken over here; only a live owner refuses it.
    QLockFile probe(ownerLockPath(runDir));
    probe.setStaleLockTime(0);
    if (probe.tryLock(0)) {
        probe.unlock();
        return false;
    }
    return probe.error() == QLockFile::LockFailedError;
}

RunRecorder::RunRecorder(LocalRunner *runner, RunStore *store, const QString &runId, QObject *parent)
    : QObject(parent)
{
    // While this recorder lives, the run is owned: other processes opening the history leave it be.
    if (const auto run = store->run(runId); run && !run->runDir.isEmpty() && QDir().mkpath(run->runDir)) {
        m_owner = std::make_unique<QLockFile>(ownerLockPath(run->runDir));
        m_owner->setStaleLockTime(0);
        if (!m_owner->tryLock(0))
            m_owner.reset();
    }
    connect(runner, &LocalRunner::runFinished, this, [this] {
        if (m_owner)
            m_owner->unlock();
    });
    // States are committed before anyone else hears of them: this connection is made first.
    connect(runner, &LocalRunner::taskChanged, this, [runner, store, runId](const QString &path, TaskState) {
        if (const TaskRecord *t = runner->task(path))
            store->recordTask(runId, *t, nullptr);
    });
    connect(runner, &LocalRunner::runFinished, this, [store, runId](TaskState state, const QString &message) {
        store->setRunState(runId, taskStateName(state), message, nullptr);
    });
    store->setRunState(runId, QStringLiteral("RUNNING"), {}, nullptr);
}

RunRecorder::~RunRecorder() = default;

} // namespace kfw::local
