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
            // archive flags or recurring runs (version 3), no workstation stand-ins (version 4), no
            // task events or labels (version 5).
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("downgrade"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            for (const char *sql : {"DROP TABLE task_cache", "DROP TABLE pipeline_versions", "DROP TABLE pipelines", "DROP TABLE experiments",
                                    "DROP TABLE recurring_runs", "DROP INDEX runs_experiment", "ALTER TABLE runs DROP COLUMN archived",
                                    "ALTER TABLE runs DROP COLUMN pipeline_version_id", "ALTER TABLE runs DROP COLUMN recurring_run_id",
                                    "ALTER TABLE tasks DROP COLUMN cached", "DROP TABLE local_secrets", "DROP TABLE local_config_maps",
                                    "DROP TABLE local_volumes", "ALTER TABLE runs DROP COLUMN options", "ALTER TABLE tasks DROP COLUMN started", "ALTER TABLE tasks DROP COLUMN finished",
                                    "ALTER TABLE tasks DROP COLUMN exit_code", "DROP TABLE task_events", "ALTER TABLE runs DROP COLUMN labels"})
                QVERIFY2(QSqlQuery(db).exec(QString::fromLatin1(sql)), sql);
            QVERIFY(QSqlQuery(db).exec(QStringLiteral("PRAGMA user_version=1")));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("downgrade"));
        RunStore store;
        QString error;
        QVERIFY2(store.open(path, &error), qPrintable(error));
        QCOMPARE(store.schemaVersion(), 5);
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

    void keySetPagesFollowEveryOrder()
    {
        RunStore store;
        QString error;
        QVERIFY(store.open(m_dir.filePath(QStringLiteral("keyset.sqlite")), &error));
        // 25 runs; lr repeats (ties in the order), every fourth run has no accuracy.
        QHash<QString, double> accuracy;
        for (int i = 0; i < 25; ++i) {
            const QString id = QStringLiteral("k%1").arg(i, 2, 10, QLatin1Char('0'));
            StoredRun r = makeRun(id, QStringLiteral("train %1").arg(i % 7), i % 3 == 0 ? QStringLiteral("FAILED") : QStringLiteral("SUCCEEDED"),
                                  {}, 100 - i);
            r.parameters = QJsonObject{{QStringLiteral("lr"), (i % 5) * 0.1}};
            QVERIFY(store.addRun(r, &error));
            if (i % 4 == 0)
                continue;
            TaskRecord t;
            t.path = t.name = QStringLiteral("evaluate");
            t.state = TaskState::Succeeded;
            RuntimeArtifact metrics;
            metrics.schemaTitle = QStringLiteral("system.Metrics");
            metrics.uri = QStringLiteral("/tmp/m");
            accuracy.insert(id, (i * 7 % 25) / 25.0);
            metrics.metadata.insert(QStringLiteral("accuracy"), kfw::pipelinespec::YamlValue::real(accuracy.value(id)));
            t.artifacts.insert(QStringLiteral("metrics"), {metrics});
            QVERIFY2(store.recordTask(id, t, &error), qPrintable(error));
            if (i % 2 == 0)
                QVERIFY(store.setRunState(id, QStringLiteral("SUCCEEDED"), {}, &error));
        }
        const QStringList orders{QStringLiteral("created"), QStringLiteral("name"), QStringLiteral("state"), QStringLiteral("finished"),
                                 QStringLiteral("duration"), QStringLiteral("metric:accuracy"), QStringLiteral("metric:evaluate/metrics/accuracy"),
                                 QStringLiteral("parameter:lr")};
        for (const QString &order : orders) {
            for (const bool descending : {true, false}) {
                RunQuery q;
                q.sortBy = order;
                q.descending = descending;
                q.limit = 1000;
                QStringList all;
                for (const StoredRun &r : store.runs(q))
                    all << r.id;
                QCOMPARE(all.size(), 25);
                // Page by page from the last run of each page, as the service's tokens do.
                QStringList walked;
                q.limit = 4;
                for (int page = 0; page < 10; ++page) {
                    const QList<StoredRun> runs = store.runs(q);
                    for (const StoredRun &r : runs)
                        walked << r.id;
                    if (runs.size() < q.limit)
                        break;
                    q.afterKey = runs.last().sortKey;
                    q.afterRowid = runs.last().rowid;
                }
                QCOMPARE(walked, all);
                if (order.startsWith(QLatin1String("metric:"))) {
                    // Best first (or worst first), and runs without the metric last either way.
                    for (int i = 1; i < 18; ++i)
                        QVERIFY(descending ? accuracy.value(all.at(i - 1)) >= accuracy.value(all.at(i))
                                           : accuracy.value(all.at(i - 1)) <= accuracy.value(all.at(i)));
                    for (int i = 18; i < 25; ++i)
                        QVERIFY2(!accuracy.contains(all.at(i)), qPrintable(all.at(i)));
                }
            }
        }
        // The metrics of a page come in one call.
        const auto metrics = store.metrics(QStringList{QStringLiteral("k01"), QStringLiteral("k04")});
        QCOMPARE(metrics.value(QStringLiteral("k01")).value(QStringLiteral("evaluate/metrics/accuracy")), accuracy.value(QStringLiteral("k01")));
        QVERIFY(!metrics.contains(QStringLiteral("k04")));
    }

    void taskEventsTellAttempts()
    {
        RunStore store;
        QString error;
        QVERIFY(store.open(m_dir.filePath(QStringLiteral("events.sqlite")), &error));
        QVERIFY(store.addRun(makeRun(QStringLiteral("e1"), QStringLiteral("flaky"), QStringLiteral("RUNNING"), {}, 1), &error));
        TaskRecord t;
        t.path = t.name = QStringLiteral("train");
        const auto step = [&](TaskState state, int attempt, const QString &message, int exitCode) {
            t.state = state;
            t.attempts = attempt;
            t.message = message;
            t.exitCode = exitCode;
            QVERIFY(store.recordTask(QStringLiteral("e1"), t, &error));
        };
        step(TaskState::Pending, 0, {}, -1);
        step(TaskState::Running, 1, {}, -1);
        step(TaskState::Running, 1, {}, -1); // recorded again unchanged: no event
        step(TaskState::Running, 1, QStringLiteral("attempt 1 failed; retrying"), 3);
        step(TaskState::Running, 2, {}, -1);
        step(TaskState::Failed, 2, QStringLiteral("out of memory"), 137);
        const QList<kfw::backend::TaskEvent> events = store.taskEvents(QStringLiteral("e1")).value(QStringLiteral("train"));
        QCOMPARE(events.size(), 5);
        QCOMPARE(events.at(0).state, QStringLiteral("PENDING"));
        QCOMPARE(events.at(1).attempt, 1);
        QCOMPARE(events.at(2).message, QStringLiteral("attempt 1 failed; retrying"));
        QCOMPARE(events.at(3).attempt, 2);
        QCOMPARE(events.at(4).state, QStringLiteral("FAILED"));
        QCOMPARE(events.at(4).message, QStringLiteral("exit code 137; out of memory"));
        for (const kfw::backend::TaskEvent &e : events)
            QVERIFY(e.time.isValid());
        // A retry of the run keeps what happened before it.
        QVERIFY(store.resetRun(QStringLiteral("e1"), &error));
        step(TaskState::Running, 1, {}, -1);
        QCOMPARE(store.taskEvents(QStringLiteral("e1")).value(QStringLiteral("train")).size(), 6);
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
