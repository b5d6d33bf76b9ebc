// The local run history: schema versions, runs and tasks, filters and paging, metrics, and runs
// that were running when the app stopped.

#include "cluster/local/runstore.h"
#include "cluster/pipelinespec/pipelineeditor.h"

#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace kfw::local;
using namespace kfw::pipelinespec;

class TestRunStore : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    static StoredRun makeRun(const QString &id, const QString &name, const QString &state, const QString &experiment, int minutesAgo)
    {
        StoredRun r;
        r.id = id;
        r.name = name;
        r.pipelineName = QStringLiteral("demo");
        r.experiment = experiment;
        r.state = state;
        r.created = QDateTime::currentDateTimeUtc().addSecs(-60 * minutesAgo);
        r.parameters = QJsonObject{{QStringLiteral("lr"), 0.1}};
        return r;
    }

private slots:
    void schemaIsCreatedAndVersioned()
    {
        const QString path = m_dir.filePath(QStringLiteral("schema.sqlite"));
        {
            RunStore store;
            QString error;
            QVERIFY2(store.open(path, &error), qPrintable(error));
            QCOMPARE(store.schemaVersion(), RunStore::kSchemaVersion);
        }
        {
            RunStore store;
            QString error;
            QVERIFY(store.open(path, &error));
            QCOMPARE(store.schemaVersion(), RunStore::kSchemaVersion);
        }
        // A file from a newer workbench is not touched.
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("bump"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery(db).exec(QStringLiteral("PRAGMA user_version=99"));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("bump"));
        RunStore store;
        QString error;
        QVERIFY(!store.open(path, &error));
        QVERIFY2(error.contains(QStringLiteral("newer workbench")), qPrintable(error));
    }

    void historyFromVersion1IsMigrated()
    {
        const QString path = m_dir.filePath(QStringLiteral("v1.sqlite"));
        {
            RunStore store;
            QString error;
            QVERIFY(store.open(path, &error));
            QVERIFY(store.addRun(makeRun(QStringLiteral("old"), QStringLiteral("old run"), QStringLiteral("SUCCEEDED"), {}, 5), &error));
        }
        {
            // What a version 1 workbench left behind: no task cache (version 2), no catalog,
            // archive flags or recurring runs (version 3), no workstation stand-ins (version 4).
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("downgrade"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            for (const char *sql : {"DROP TABLE task_cache", "DROP TABLE pipeline_versions", "DROP TABLE pipelines", "DROP TABLE experiments",
                                    "DROP TABLE recurring_runs", "DROP INDEX runs_experiment", "ALTER TABLE runs DROP COLUMN archived",
                                    "ALTER TABLE runs DROP COLUMN pipeline_version_id", "ALTER TABLE runs DROP COLUMN recurring_run_id",
                                    "ALTER TABLE tasks DROP COLUMN cached", "DROP TABLE local_secrets", "DROP TABLE local_config_maps",
                                    "DROP TABLE local_volumes", "ALTER TABLE runs DROP COLUMN options", "ALTER TABLE tasks DROP COLUMN started", "ALTER TABLE tasks DROP COLUMN finished",
                                    "ALTER TABLE tasks DROP COLUMN exit_code"})
                QVERIFY2(QSqlQuery(db).exec(QString::fromLatin1(sql)), sql);
            QVERIFY(QSqlQuery(db).exec(QStringLiteral("PRAGMA user_version=1")));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("downgrade"));
        RunStore store;
        QString error;
        QVERIFY2(store.open(path, &error), qPrintable(error));
        QCOMPARE(store.schemaVersion(), 4);
        QCOMPARE(store.run(QStringLiteral("old"))->name, QStringLiteral("old run"));
        QVERIFY(!store.run(QStringLiteral("old"))->archived);
        // The experiments of existing runs become experiments of the catalog.
        QVERIFY(store.experiment(QStringLiteral("Default")).has_value());
        store.storeCached(QStringLiteral("f"), {QStringLiteral("old"), QStringLiteral("t"), {}, {}});
        QVERIFY(store.findCached(QStringLiteral("f")).has_value());
    }

    void taskCacheKeepsTypesAndArtifacts()
    {
        RunStore store;
        QString error;
        QVERIFY(store.open(m_dir.filePath(QStringLiteral("cache.sqlite")), &error));
        CachedOutputs c{QStringLiteral("run-a"), QStringLiteral("loop[2]/train"), {}, {}};
        c.outputs.insert(QStringLiteral("epochs"), YamlValue::integer(3));
        c.outputs.insert(QStringLiteral("loss"), YamlValue::real(1.0));
        c.outputs.insert(QStringLiteral("label"), YamlValue::string(QStringLiteral("3")));
        YamlValue cfg = YamlValue::mapping();
        cfg.insert(QStringLiteral("layers"), YamlValue::integer(2));
        c.outputs.insert(QStringLiteral("config"), cfg);
        RuntimeArtifact model;
        model.name = QStringLiteral("model");
        model.schemaTitle = QStringLiteral("system.Model");
        model.uri = QStringLiteral("/data/runs/run-a/artifacts/train/model");
        model.metadata.insert(QStringLiteral("framework"), YamlValue::string(QStringLiteral("torch")));
        c.artifacts.insert(QStringLiteral("model"), {model});
        store.storeCached(QStringLiteral("abc"), c);

        QVERIFY(!store.findCached(QStringLiteral("other")).has_value());
        const auto hit = store.findCached(QStringLiteral("abc"));
        QVERIFY(hit.has_value());
        QCOMPARE(hit->runId, QStringLiteral("run-a"));
        QCOMPARE(hit->taskPath, QStringLiteral("loop[2]/train"));
        QVERIFY(hit->outputs.value(QStringLiteral("epochs")).isInt());
        QCOMPARE(hit->outputs.value(QStringLiteral("epochs")).toInt(), 3);
        QVERIFY(hit->outputs.value(QStringLiteral("loss")).isFloat());
        QVERIFY(hit->outputs.value(QStringLiteral("label")).isString());
        QCOMPARE(hit->outputs.value(QStringLiteral("config")), cfg);
        QCOMPARE(hit->artifacts.value(QStringLiteral("model")).size(), 1);
        const RuntimeArtifact back = hit->artifacts.value(QStringLiteral("model")).first();
        QCOMPARE(back.schemaTitle, QStringLiteral("system.Model"));
        QCOMPARE(back.uri, model.uri);
        QCOMPARE(back.metadata, model.metadata);

        // Newest wins; clearing one run's entries leaves the others.
        store.storeCached(QStringLiteral("abc"), {QStringLiteral("run-b"), QStringLiteral("train"), {}, {}});
        store.storeCached(QStringLiteral("def"), {QStringLiteral("run-a"), QStringLiteral("eval"), {}, {}});
        QCOMPARE(store.findCached(QStringLiteral("abc"))->runId, QStringLiteral("run-b"));
        QCOMPARE(store.clearCache(QStringLiteral("run-a")), 1);
        QVERIFY(!store.findCached(QStringLiteral("def")).has_value());
        QCOMPARE(store.clearCache(), 1);
        QVERIFY(!store.findCached(QStringLiteral("abc")).has_value());
    }

    void fingerprintFollowsInputs()
    {
        const YamlValue executor = YamlValue::fromJson(QJsonObject{{QStringLiteral("container"), QJsonObject{{QStringLiteral("image"), QStringLiteral("python:3.11")}}}});
        const YamlValue comp = YamlValue::mapping();
        QMap<QString, YamlValue> params{{QStringLiteral("n"), YamlValue::integer(1)}, {QStringLiteral("s"), YamlValue::string(QStringLiteral("x"))}};
        const QString base = taskFingerprint(executor, comp, params, {});
        QCOMPARE(base.size(), 64);
        QCOMPARE(taskFingerprint(executor, comp, params, {}), base);
        QMap<QString, YamlValue> changed = params;
        changed.insert(QStringLiteral("n"), YamlValue::integer(2));
        QVERIFY(taskFingerprint(executor, comp, changed, {}) != base);
        // 1 and "1" are different inputs.
        changed = params;
        changed.insert(QStringLiteral("n"), YamlValue::string(QStringLiteral("1")));
        QVERIFY(taskFingerprint(executor, comp, changed, {}) != base);
        const YamlValue other = YamlValue::fromJson(QJsonObject{{QStringLiteral("container"), QJsonObject{{QStringLiteral("image"), QStringLiteral("python:3.12")}}}});
        QVERIFY(taskFingerprint(other, comp, params, {}) != base);
        RuntimeArtifact data;
        data.uri = QStringLiteral("/tmp/a");
        QVERIFY(taskFingerprint(executor, comp, params, {{QStringLiteral("data"), {data}}}) != base);
    }

    void runsFiltersAndPaging()
    {
        RunStore store;
        QString error;
        QVERIFY(store.open(m_dir.filePath(QStringLiteral("runs.sqlite")), &error));
        for (int i = 0; i < 30; ++i)
            QVERIFY2(store.addRun(makeRun(QStringLiteral("r%1").arg(i, 2, 10, QLatin1Char('0')), QStringLiteral("train %1").arg(i),
                                          i % 3 == 0 ? QStringLiteral("FAILED") : QStringLiteral("SUCCEEDED"),
                                          i < 10 ? QStringLiteral("baseline") : QStringLiteral("tuning"), 100 - i),
                                  &error),
                     qPrintable(error));
        QCOMPARE(store.countRuns(), 30);
        // One query, changed field by field.
        auto query = [](auto change) {
            RunQuery q;
            change(q);
            return q;
        };
        const QList<StoredRun> first = store.runs(query([](RunQuery &q) { q.limit = 10; }));
        QCOMPARE(first.size(), 10);
        QCOMPARE(first.first().id, QStringLiteral("r29")); // newest first
        QCOMPARE(store.runs(query([](RunQuery &q) { q.limit = 10; q.offset = 20; })).last().id, QStringLiteral("r00"));
        QCOMPARE(store.countRuns(query([](RunQuery &q) { q.state = QStringLiteral("FAILED"); })), 10);
        QCOMPARE(store.countRuns(query([](RunQuery &q) { q.experiment = QStringLiteral("baseline"); })), 10);
        QCOMPARE(store.countRuns(query([](RunQuery &q) { q.nameContains = QStringLiteral("TRAIN 1"); })), 11); // 1, 10..19
        // Several states, a time window, oldest first by name.
        QCOMPARE(store.countRuns(query([](RunQuery &q) { q.states = {QStringLiteral("FAILED"), QStringLiteral("SUCCEEDED")}; })), 30);
        const QDateTime r10 = store.run(QStringLiteral("r10"))->created;
        QCOMPARE(store.countRuns(query([&](RunQuery &q) { q.createdAfter = r10; })), 20);
        QCOMPARE(store.countRuns(query([&](RunQuery &q) { q.createdBefore = r10; })), 10);
        QCOMPARE(store.runs(query([](RunQuery &q) { q.sortBy = QStringLiteral("name"); q.descending = false; q.limit = 1; })).first().id,
                 QStringLiteral("r00"));
        // An archived run leaves the active list and appears in the archived one.
        QVERIFY(store.setRunArchived(QStringLiteral("r29"), true, &error));
        QCOMPARE(store.countRuns(), 29);
        QCOMPARE(store.runs(query([](RunQuery &q) { q.archived = true; })).first().id, QStringLiteral("r29"));
        const auto r = store.run(QStringLiteral("r05"));
        QVERIFY(r);
        QCOMPARE(r->parameters.value(QStringLiteral("lr")).toDouble(), 0.1);
        QVERIFY(store.setRunState(QStringLiteral("r05"), QStringLiteral("CANCELED"), QStringLiteral("by the user"), &error));
        QCOMPARE(store.run(QStringLiteral("r05"))->state, QStringLiteral("CANCELED"));
        QVERIFY(store.run(QStringLiteral("r05"))->finished.isValid());
        QVERIFY(!store.run(QStringLiteral("nope")));
    }

    void interruptedRunsAreMarked()
    {
        const QString path = m_dir.filePath(QStringLiteral("crash.sqlite"));
        {
            RunStore store;
            QString error;
            QVERIFY(store.open(path, &error));
            QVERIFY(store.addRun(makeRun(QStringLiteral("live"), QStringLiteral("live"), QStringLiteral("RUNNING"), {}, 1), &error));
            QVERIFY(store.addRun(makeRun(QStringLiteral("done"), QStringLiteral("done"), QStringLiteral("SUCCEEDED"), {}, 2), &error));
            TaskRecord t;
            t.path = QStringLiteral("train");
            t.name = QStringLiteral("train");
            t.state = TaskState::Running;
            QVERIFY(store.recordTask(QStringLiteral("live"), t, &error));
        }
        RunStore store;
        QString error;
        QVERIFY(store.open(path, &error));
        QCOMPARE(store.interruptedOnOpen(), QStringList{QStringLiteral("live")});
        QCOMPARE(store.run(QStringLiteral("live"))->state, QStringLiteral("INTERRUPTED"));
        QCOMPARE(store.tasks(QStringLiteral("live")).first().state, QStringLiteral("INTERRUPTED"));
        QCOMPARE(store.run(QStringLiteral("done"))->state, QStringLiteral("SUCCEEDED"));
    }

    void recorderFollowsARun()
    {
        PipelineEditor ed(PipelineEditor::newPipeline(QStringLiteral("recorded")));
        ComponentDefinition score = ComponentDefinition::container(
            QStringLiteral("score"), QStringLiteral("alpine"),
            {QStringLiteral("sh"), QStringLiteral("-c"),
             QStringLiteral("printf 7 > \"$0\"; printf '{\"artifacts\": {\"metrics\": {\"artifacts\": [{\"name\": \"metrics\", \"uri\": \"%s\", "
                            "\"metadata\": {\"accuracy\": 0.8}}]}}}' \"$2\" > \"$1\""),
             QStringLiteral("{{$.outputs.parameters['n'].output_file}}"), QStringLiteral("{{$.outputs.output_file}}"),
             QStringLiteral("{{$.outputs.artifacts['metrics'].uri}}")},
            {});
        score.addParameter(true, QStringLiteral("n"), QStringLiteral("NUMBER_INTEGER"));
        score.addArtifact(true, QStringLiteral("metrics"), QStringLiteral("system.Metrics"));
        QString error;
        QVERIFY(ed.addTask(ed.addComponent(score), &error));

        RunStore store;
        QVERIFY(store.open(m_dir.filePath(QStringLiteral("recorded.sqlite")), &error));
        StoredRun stored = makeRun(QStringLiteral("rec-1"), QStringLiteral("recorded run"), QStringLiteral("PENDING"), {}, 0);
        stored.spec = ed.document().toYaml();
        QVERIFY(store.addRun(stored, &error));
        RunOptions options;
        options.runDir = m_dir.filePath(QStringLiteral("rec-1"));
        LocalRunner runner(ed.document(), {}, options);
        RunRecorder recorder(&runner, &store, QStringLiteral("rec-1"));
        QCOMPARE(store.run(QStringLiteral("rec-1"))->state, QStringLiteral("RUNNING"));
        QSignalSpy done(&runner, &LocalRunner::runFinished);
        runner.start();
        QVERIFY(done.wait(30000));
        const auto run = store.run(QStringLiteral("rec-1"));
        QCOMPARE(run->state, QStringLiteral("SUCCEEDED"));
        QVERIFY(run->spec.contains("pipelineInfo"));
        const QList<StoredTask> tasks = store.tasks(QStringLiteral("rec-1"));
        QCOMPARE(tasks.size(), 1);
        QCOMPARE(tasks.first().state, QStringLiteral("SUCCEEDED"));
        QCOMPARE(tasks.first().outputs.value(QStringLiteral("n")).toInt(), 7);
        QCOMPARE(store.metrics(QStringLiteral("rec-1")).value(QStringLiteral("score/metrics/accuracy")), 0.8);
    }
};

QTEST_GUILESS_MAIN(TestRunStore)
#include "tst_runstore.moc"
