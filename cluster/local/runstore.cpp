#include "cluster/local/runstore.h"

#include "cluster/pipelinespec/yamlreader.h"
#include "cluster/pipelinespec/yamlwriter.h"

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
    // Runs that were running when the app last stopped did not finish: say so.
    m_interrupted.clear();
    QSqlQuery q(db);
    q.exec(QStringLiteral("SELECT id FROM runs WHERE state IN ('PENDING', 'RUNNING')"));
    while (q.next())
        m_interrupted << q.value(0).toString();
    if (!m_interrupted.isEmpty()) {
        const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
        exec(QStringLiteral("UPDATE runs SET state='INTERRUPTED', finished=?, message=? WHERE state IN ('PENDING', 'RUNNING')"),
             {now, tr("the workbench stopped while this run was running")}, nullptr);
        exec(QStringLiteral("UPDATE tasks SET state='INTERRUPTED', updated=? WHERE state IN ('PENDING', 'RUNNING')"), {now}, nullptr);
    }
    return true;
}

bool RunStore::addRun(const StoredRun &run, QString *error)
{
    return exec(QStringLiteral("INSERT INTO runs (id, name, pipeline_name, experiment, state, message, parameters, created, spec, run_dir) "
                               "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                {run.id, run.name, run.pipelineName, run.experiment.isEmpty() ? QStringLiteral("Default") : run.experiment,
                 run.state.isEmpty() ? QStringLiteral("PENDING") : run.state, run.message, json(run.parameters),
                 (run.created.isValid() ? run.created : QDateTime::currentDateTimeUtc()).toString(Qt::ISODateWithMs), run.spec,
                 run.runDir},
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
    bool ok = exec(QStringLiteral("INSERT INTO tasks (run_id, path, name, state, attempts, message, log_file, inputs, outputs, updated) "
                                  "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(run_id, path) DO UPDATE SET state=excluded.state, "
                                  "attempts=excluded.attempts, message=excluded.message, log_file=excluded.log_file, "
                                  "inputs=excluded.inputs, outputs=excluded.outputs, updated=excluded.updated"),
                   {runId, task.path, task.name, taskStateName(task.state), task.attempts, task.message, task.logFile,
                    json(toJson(task.inputs)), json(toJson(task.outputs)), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
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
    return r;
}

QString where(const RunQuery &query, QVariantList *values)
{
    QStringList clauses;
    if (!query.state.isEmpty()) {
        clauses << QStringLiteral("state = ?");
        *values << query.state;
    }
    if (!query.experiment.isEmpty()) {
        clauses << QStringLiteral("experiment = ?");
        *values << query.experiment;
    }
    if (!query.nameContains.isEmpty()) {
        clauses << QStringLiteral("instr(lower(name), lower(?)) > 0");
        *values << query.nameContains;
    }
    return clauses.isEmpty() ? QString() : QStringLiteral(" WHERE ") + clauses.join(QStringLiteral(" AND "));
}
} // namespace

std::optional<StoredRun> RunStore::run(const QString &id) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("SELECT id, name, pipeline_name, experiment, state, message, parameters, created, finished, spec, run_dir "
                             "FROM runs WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return runFrom(q);
}

QList<StoredRun> RunStore::runs(const RunQuery &query) const
{
    QVariantList values;
    const QString sql = QStringLiteral("SELECT id, name, pipeline_name, experiment, state, message, parameters, created, finished, NULL, run_dir "
                                       "FROM runs")
                        + where(query, &values) + QStringLiteral(" ORDER BY created DESC, id LIMIT ? OFFSET ?");
    values << query.limit << query.offset;
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
    q.prepare(QStringLiteral("SELECT path, name, state, attempts, message, log_file, inputs, outputs, updated FROM tasks "
                             "WHERE run_id = ? ORDER BY rowid"));
    q.addBindValue(runId);
    QList<StoredTask> out;
    if (q.exec())
        while (q.next())
            out << StoredTask{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toInt(),
                              q.value(4).toString(), q.value(5).toString(), object(q.value(6).toString()),
                              object(q.value(7).toString()), QDateTime::fromString(q.value(8).toString(), Qt::ISODateWithMs)};
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

RunRecorder::RunRecorder(LocalRunner *runner, RunStore *store, const QString &runId, QObject *parent)
    : QObject(parent)
{
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

} // namespace kfw::local
