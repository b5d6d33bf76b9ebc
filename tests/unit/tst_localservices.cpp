// The local backend's services: pipelines and versions, experiments, runs (create, follow, logs,
// artifacts, terminate, retry in place, archive, delete) and recurring runs, all through the
// backend interfaces the pages use, with the work on the backend's own thread.
#include "cluster/backend/schedule.h"
#include "cluster/backend/services.h"
#include "cluster/local/localbackend.h"
#include "cluster/local/localservices.h"
#include "cluster/local/secretstore.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace kfw;
using namespace kfw::backend;

namespace {

// Waits for a service call without blocking the event loop (signals keep arriving).
template<typename T>
Result<T> wait(QFuture<Result<T>> future, int ms = 30000)
{
    QElapsedTimer clock;
    clock.start();
    while (!future.isFinished() && clock.elapsed() < ms)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    if (!future.isFinished())
        return Result<T>::failure(QStringLiteral("timed out"));
    return future.result();
}

// A pipeline of two container tasks: "stamp" writes a random value and a file artifact, "check"
// fails unless the flag file exists (or sleeps, for runs that must still be running).
QByteArray pipeline(const QString &name, const QString &checkCommand)
{
    return QStringLiteral(
               "pipelineInfo: {name: %1}\n"
               "root:\n"
               "  inputDefinitions: {parameters: {greeting: {parameterType: STRING, defaultValue: "
               "hi}}}\n"
               "  dag: {tasks: {\n"
               "    stamp: {componentRef: {name: comp-stamp}, taskInfo: {name: stamp}, "
               "cachingOptions: {enableCache: true},\n"
               "            inputs: {parameters: {greeting: {componentInputParameter: "
               "greeting}}}},\n"
               "    check: {componentRef: {name: comp-check}, taskInfo: {name: check}, "
               "dependentTasks: [stamp]}}}\n"
               "components:\n"
               "  comp-stamp: {executorLabel: exec-stamp, inputDefinitions: {parameters: "
               "{greeting: {parameterType: STRING}}},\n"
               "    outputDefinitions: {parameters: {out: {parameterType: STRING}},\n"
               "      artifacts: {data: {artifactType: {schemaTitle: system.Dataset, "
               "schemaVersion: 0.0.1}}}}}\n"
               "  comp-check: {executorLabel: exec-check}\n"
               "deploymentSpec:\n"
               "  executors:\n"
               "    exec-stamp: {container: {image: alpine, command: [sh, -c, 'echo \"$2\"; od -An "
               "-N8 -tx8 /dev/urandom | tr -d \" \\n\" "
               "| tee \"$0\" > \"$1\"', \"{{$.outputs.parameters['out'].output_file}}\", "
               "\"{{$.outputs.artifacts['data'].path}}\", "
               "\"{{$.inputs.parameters['greeting']}}\"]}}\n"
               "    exec-check: {container: {image: alpine, command: [sh, -c, '%2']}}\n"
               "schemaVersion: 2.1.0\n")
        .arg(name, checkCommand)
        .toUtf8();
}

const TaskInfo *task(const RunDetail &d, const QString &path)
{
    for (const TaskInfo &t : d.tasks)
        if (t.path == path)
            return &t;
    return nullptr;
}

} // namespace

class TestLocalServices : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<local::LocalBackend> m_backend;
    QString m_data;

    // Waits until the run reaches a final state and returns its details.
    RunDetail finished(const QString &runId)
    {
        RunDetail d;
        QElapsedTimer clock;
        clock.start();
        while (clock.elapsed() < 30000) {
            const auto r = wait(m_backend->runs()->get(runId));
            if (r.ok() && state::isFinal(r.value.run.state))
                return r.value;
            QTest::qWait(50);
        }
        return d;
    }

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        // A fresh history for each test.
        m_data = m_dir.filePath(QStringLiteral("data-") +
                                QString::fromLatin1(QTest::currentTestFunction()));
        m_backend = std::make_unique<local::LocalBackend>(
            m_data, nullptr, std::make_unique<local::MemorySecretStore>());
    }

    void cleanup() { m_backend.reset(); }

    void pipelinesAndVersions()
    {
        PipelineService *pipelines = m_backend->pipelines();
        QVERIFY(pipelines);
        QSignalSpy changed(pipelines, &PipelineService::pipelinesChanged);
        auto first =
            wait(pipelines->upload({pipeline(QStringLiteral("demo"), QStringLiteral("true")),
                                    {},
                                    QStringLiteral("the demo"),
                                    {}}));
        QVERIFY2(first.ok(), qPrintable(first.error));
        QCOMPARE(first.value.name, QStringLiteral("demo"));
        QTRY_COMPARE(changed.count(), 1);
        const QString pipelineId = first.value.pipelineId;
        // A caller's own continuation does not take the place of the change signal.
        bool continued = false;
        pipelines
            ->upload({pipeline(QStringLiteral("demo-continued"), QStringLiteral("true")), {}, {}, {}})
            .then(this, [&continued](const Result<PipelineVersionInfo> &r) { continued = r.ok(); });
        QTRY_VERIFY(continued);
        QTRY_COMPARE(changed.count(), 2);
        QVERIFY(wait(pipelines->remove(wait(pipelines->list({})).value.items.first().id)).ok());

        // The name is taken: the message says how to add a version instead.
        const auto again = wait(pipelines->upload(
            {pipeline(QStringLiteral("demo"), QStringLiteral("true")), {}, {}, {}}));
        QVERIFY(!again.ok());
        QVERIFY2(again.error.contains(QStringLiteral("new version")), qPrintable(again.error));
        // Broken files are refused with what is wrong.
        const auto broken = wait(
            pipelines->upload({"pipelineInfo: {name: [", {}, {}, QStringLiteral("broken.yaml")}));
        QVERIFY(!broken.ok());
        QVERIFY2(broken.error.contains(QStringLiteral("broken.yaml")), qPrintable(broken.error));
        const auto empty = wait(pipelines->upload({{}, {}, {}, QStringLiteral("empty.yaml")}));
        QVERIFY2(empty.error.contains(QStringLiteral("empty")), qPrintable(empty.error));

        for (const char *v : {"v2", "v3"}) {
            const auto version = wait(pipelines->uploadVersion(
                pipelineId, {pipeline(QStringLiteral("demo"), QStringLiteral("exit 0")),
                             QString::fromLatin1(v),
                             {},
                             {}}));
            QVERIFY2(version.ok(), qPrintable(version.error));
        }
        const auto duplicate = wait(pipelines->uploadVersion(
            pipelineId, {pipeline(QStringLiteral("demo"), QStringLiteral("true")),
                         QStringLiteral("v2"),
                         {},
                         {}}));
        QVERIFY2(duplicate.error.contains(QStringLiteral("v2")), qPrintable(duplicate.error));

        // Paging: two versions a page, the token leads to the last one, newest first.
        PageRequest page;
        page.pageSize = 2;
        const auto p1 = wait(pipelines->versions(pipelineId, page));
        QVERIFY(p1.ok());
        QCOMPARE(p1.value.totalSize, 3);
        QCOMPARE(p1.value.items.size(), 2);
        QCOMPARE(p1.value.items.first().name, QStringLiteral("v3"));
        QVERIFY(!p1.value.nextPageToken.isEmpty());
        page.pageToken = p1.value.nextPageToken;
        const auto p2 = wait(pipelines->versions(pipelineId, page));
        QCOMPARE(p2.value.items.size(), 1);
        QCOMPARE(p2.value.items.first().name, QStringLiteral("demo"));
        QVERIFY(p2.value.nextPageToken.isEmpty());
        page.pageToken = QStringLiteral("garbage");
        QVERIFY(wait(pipelines->versions(pipelineId, page))
                    .error.contains(QStringLiteral("first page")));

        const auto spec = wait(pipelines->spec(p1.value.items.first().id));
        QVERIFY(spec.value.contains("exit 0"));
        PipelineQuery query;
        query.nameContains = QStringLiteral("DEM");
        QCOMPARE(wait(pipelines->list(query)).value.totalSize, 1);
        query.nameContains = QStringLiteral("nothing");
        QCOMPARE(wait(pipelines->list(query)).value.totalSize, 0);

        QVERIFY(wait(pipelines->removeVersion(p1.value.items.first().id)).ok());
        QCOMPARE(wait(pipelines->versions(pipelineId, {})).value.totalSize, 2);
        QVERIFY(wait(pipelines->remove(pipelineId)).ok());
        QVERIFY(!wait(pipelines->get(pipelineId)).ok());
        QVERIFY(!wait(pipelines->version(p2.value.items.first().id)).ok());
    }

    void runsFromStartToDeletion()
    {
        RunService *runs = m_backend->runs();
        QSignalSpy runChanged(runs, &RunService::runChanged);
        QSignalSpy logs(runs, &RunService::runLogAppended);
        const QString flag = m_dir.filePath(QStringLiteral("fixed"));
        RunRequest request;
        request.pipelineSpec = pipeline(QStringLiteral("flaky"), QStringLiteral("test -e ") + flag);
        request.parameters =
            QJsonObject{{QStringLiteral("greeting"), QStringLiteral("hello from the test")}};
        request.experimentId = QStringLiteral("services");
        const auto created = wait(runs->create(request));
        QVERIFY2(created.ok(), qPrintable(created.error));
        const QString id = created.value.id;
        QVERIFY(created.value.name.startsWith(QStringLiteral("flaky-")));

        RunDetail d = finished(id);
        QCOMPARE(d.run.state, state::Failed);
        QCOMPARE(d.run.experimentId, QStringLiteral("services"));
        QVERIFY(task(d, QStringLiteral("stamp")));
        QCOMPARE(task(d, QStringLiteral("stamp"))->state, state::Succeeded);
        QCOMPARE(task(d, QStringLiteral("check"))->state, state::Failed);
        const QString stamped =
            task(d, QStringLiteral("stamp"))->outputs.value(QStringLiteral("out")).toString();
        QCOMPARE(stamped.size(), 16);
        QVERIFY(d.pipelineSpec.contains("flaky"));
        QTRY_VERIFY(!runChanged.isEmpty());
        // Live output arrived as it was written, and the log keeps it.
        bool heard = false;
        for (const auto &args : logs)
            heard = heard || args.at(2).toByteArray().contains("hello from the test");
        QVERIFY(heard);
        const auto log = wait(runs->taskLog(id, QStringLiteral("stamp")));
        QVERIFY2(log.value.contains("hello from the test"), log.value.constData());
        QVERIFY(wait(runs->taskLog(id, QStringLiteral("no-such-task")))
                    .error.contains(QStringLiteral("no task")));

        // Artifacts are listed and copied out without overwriting.
        QCOMPARE(d.artifacts.size(), 1);
        QCOMPARE(d.artifacts.first().schemaTitle, QStringLiteral("system.Dataset"));
        const QString out = m_dir.filePath(QStringLiteral("downloads"));
        const auto one = wait(runs->downloadArtifact(d.artifacts.first(), out));
        const auto two = wait(runs->downloadArtifact(d.artifacts.first(), out));
        QVERIFY2(one.ok() && two.ok(), qPrintable(one.error + two.error));
        QVERIFY(one.value != two.value);
        QFile copy(two.value);
        QVERIFY(copy.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromLatin1(copy.readAll()), stamped);

        // Fixed, the run is retried in place: same id, the finished task reused from the cache.
        QFile(flag).open(QIODevice::WriteOnly);
        QVERIFY(wait(runs->retry(id)).ok());
        d = finished(id);
        QCOMPARE(d.run.state, state::Succeeded);
        QVERIFY(task(d, QStringLiteral("stamp"))->cached);
        QCOMPARE(task(d, QStringLiteral("stamp"))->outputs.value(QStringLiteral("out")).toString(),
                 stamped);
        QCOMPARE(task(d, QStringLiteral("check"))->state, state::Succeeded);
        // The failed attempt's folder (and log) stays; the retry ran in a fresh one.
        QCOMPARE(QDir(m_data + QStringLiteral("/runs/") + id + QStringLiteral("/tasks/check"))
                     .entryList(QDir::Dirs | QDir::NoDotAndDotDot),
                 (QStringList{QStringLiteral("attempt-1"), QStringLiteral("attempt-2")}));
        const auto refused = wait(runs->retry(id));
        QVERIFY2(refused.error.contains(QStringLiteral("SUCCEEDED")), qPrintable(refused.error));

        // Filters: by state, experiment and name.
        RunQuery query;
        query.states = {state::Succeeded};
        query.experimentId = QStringLiteral("services");
        query.nameContains = QStringLiteral("FLAKY");
        QCOMPARE(wait(runs->list(query)).value.totalSize, 1);
        query.states = {state::Failed};
        QCOMPARE(wait(runs->list(query)).value.totalSize, 0);

        // Archive moves the run to the archived list; delete removes it and its folder.
        QVERIFY(wait(runs->archive(id)).ok());
        query = {};
        QCOMPARE(wait(runs->list(query)).value.totalSize, 0);
        query.archived = true;
        QCOMPARE(wait(runs->list(query)).value.totalSize, 1);
        QVERIFY(wait(runs->unarchive(id)).ok());
        const QString runDir = m_data + QStringLiteral("/runs/") + id;
        QVERIFY(QFileInfo::exists(runDir));
        QVERIFY(wait(runs->remove(id)).ok());
        QVERIFY(!QFileInfo::exists(runDir));
        QVERIFY(!wait(runs->get(id)).ok());
    }

    void runsWhoseFilesAreReusedAreKept()
    {
        // B takes A's cached outputs, whose files live in A's folder: A cannot go before B.
        RunService *runs = m_backend->runs();
        RunRequest request;
        request.pipelineSpec = pipeline(QStringLiteral("shared"), QStringLiteral("true"));
        const auto a = wait(runs->create(request));
        QCOMPARE(finished(a.value.id).run.state, state::Succeeded);
        const auto b = wait(runs->create(request));
        const RunDetail db = finished(b.value.id);
        QCOMPARE(db.run.state, state::Succeeded);
        QVERIFY(task(db, QStringLiteral("stamp"))->cached);
        const auto refused = wait(runs->remove(a.value.id));
        QVERIFY2(refused.error.contains(b.value.name), qPrintable(refused.error));
        QVERIFY(QFileInfo::exists(m_data + QStringLiteral("/runs/") + a.value.id));
        QVERIFY(wait(runs->remove(b.value.id)).ok());
        QVERIFY(wait(runs->remove(a.value.id)).ok());
    }

    void terminateAndBadRequests()
    {
        RunService *runs = m_backend->runs();
        RunRequest request;
        request.pipelineSpec = pipeline(QStringLiteral("long"), QStringLiteral("sleep 30"));
        const auto created = wait(runs->create(request));
        QVERIFY2(created.ok(), qPrintable(created.error));
        // Deleting a running run is refused; terminating it cancels it.
        QSignalSpy taskChanged(runs, &RunService::taskChanged);
        QTRY_VERIFY_WITH_TIMEOUT(std::any_of(taskChanged.begin(), taskChanged.end(),
                                             [](const QList<QVariant> &a) {
                                                 return a.at(1).toString() ==
                                                            QLatin1String("check") &&
                                                        a.at(2).toString() == state::Running;
                                             }),
                                 20000);
        QVERIFY(wait(runs->remove(created.value.id)).error.contains(QStringLiteral("stop it")));
        QVERIFY(wait(runs->terminate(created.value.id)).ok());
        QCOMPARE(finished(created.value.id).run.state, state::Canceled);
        QVERIFY(
            wait(runs->terminate(created.value.id)).error.contains(QStringLiteral("not running")));

        RunRequest broken;
        broken.pipelineSpec =
            "pipelineInfo: {name: x}\nroot: {dag: {tasks: {}}}\nschemaVersion: 2.1.0\n";
        QVERIFY(!wait(runs->create(broken)).ok());
        QVERIFY(
            wait(runs->create(RunRequest{})).error.contains(QStringLiteral("choose a pipeline")));
        RunRequest gone;
        gone.pipelineVersionId = QStringLiteral("no-such-version");
        QVERIFY(wait(runs->create(gone)).error.contains(QStringLiteral("does not exist")));
    }

    void experiments()
    {
        ExperimentService *experiments = m_backend->experiments();
        QVERIFY(
            wait(experiments->create(QStringLiteral("tuning"), QStringLiteral("learning rates")))
                .ok());
        QVERIFY(wait(experiments->create(QStringLiteral("tuning"), {}))
                    .error.contains(QStringLiteral("exists")));
        QVERIFY(wait(experiments->create(QStringLiteral("  "), {}))
                    .error.contains(QStringLiteral("name")));
        const auto listed = wait(experiments->list({}));
        QCOMPARE(listed.value.totalSize, 2); // Default and tuning
        QVERIFY(wait(experiments->remove(QStringLiteral("Default")))
                    .error.contains(QStringLiteral("cannot be deleted")));

        RunRequest request;
        request.pipelineSpec = pipeline(QStringLiteral("quick"), QStringLiteral("true"));
        request.experimentId = QStringLiteral("tuning");
        const auto run = wait(m_backend->runs()->create(request));
        QVERIFY(run.ok());
        QCOMPARE(finished(run.value.id).run.state, state::Succeeded);
        QVERIFY(wait(experiments->remove(QStringLiteral("tuning")))
                    .error.contains(QStringLiteral("1 runs")));

        // Archiving an experiment archives its runs; new runs are refused until it is restored.
        QVERIFY(wait(experiments->archive(QStringLiteral("tuning"))).ok());
        ExperimentQuery archived;
        archived.archived = true;
        QCOMPARE(wait(experiments->list(archived)).value.items.first().name,
                 QStringLiteral("tuning"));
        QVERIFY(wait(m_backend->runs()->get(run.value.id)).value.run.archived);
        QVERIFY(
            wait(m_backend->runs()->create(request)).error.contains(QStringLiteral("archived")));
        QVERIFY(wait(m_backend->runs()->unarchive(run.value.id))
                    .error.contains(QStringLiteral("restore the experiment")));
        QVERIFY(wait(experiments->unarchive(QStringLiteral("tuning"))).ok());
        QVERIFY(wait(m_backend->runs()->unarchive(run.value.id)).ok());
        QVERIFY(wait(m_backend->runs()->remove(run.value.id)).ok());
        QVERIFY(wait(experiments->remove(QStringLiteral("tuning"))).ok());
    }

    void standInsForClusterObjects()
    {
        // A task that reads a secret and a config map from its env and writes into a volume claim.
        const QString mount = m_dir.filePath(QStringLiteral("mnt-") +
                                             QString::number(QCoreApplication::applicationPid()));
        const QByteArray spec =
            QStringLiteral(
                "pipelineInfo: {name: uses-cluster-objects}\n"
                "root: {dag: {tasks: {use: {componentRef: {name: comp-use}, taskInfo: {name: "
                "use}}}}}\n"
                "components: {comp-use: {executorLabel: exec-use, outputDefinitions: {parameters: "
                "{seen: "
                "{parameterType: STRING}}}}}\n"
                "deploymentSpec: {executors: {exec-use: {container: {image: alpine, command: [sh, "
                "-c, "
                "'printf \"%s:%s\" \"${#PASSWORD}\" \"$MODE\" > \"$0\"; echo kept > %1/out.txt', "
                "\"{{$.outputs.parameters['seen'].output_file}}\"]}}}}\n"
                "schemaVersion: 2.1.0\n"
                "---\n"
                "platforms:\n"
                "  kubernetes:\n"
                "    deploymentSpec:\n"
                "      executors:\n"
                "        exec-use:\n"
                "          secretAsEnv: [{secretName: db-creds, keyToEnv: [{secretKey: password, "
                "envVar: PASSWORD}]}]\n"
                "          configMapAsEnv: [{configMapName: settings, keyToEnv: [{configMapKey: "
                "mode, envVar: MODE}]}]\n"
                "          pvcMount: [{constant: data-claim, mountPath: '%1'}]\n")
                .arg(mount)
                .toUtf8();
        WorkstationService *ws = m_backend->workstation();
        QVERIFY(ws);
        auto missing = wait(ws->missingFor(spec));
        QVERIFY2(missing.ok(), qPrintable(missing.error));
        QCOMPARE(missing.value.secrets.keys(), QStringList{QStringLiteral("db-creds")});
        QCOMPARE(missing.value.secrets.value(QStringLiteral("db-creds")),
                 QStringList{QStringLiteral("password")});
        QCOMPARE(missing.value.configMaps.value(QStringLiteral("settings")),
                 QStringList{QStringLiteral("mode")});
        QCOMPARE(missing.value.volumes, QStringList{QStringLiteral("data-claim")});

        // Without them the task fails and says how to set the secret.
        RunRequest request;
        request.pipelineSpec = spec;
        auto first = wait(m_backend->runs()->create(request));
        QVERIFY2(first.ok(), qPrintable(first.error));
        RunDetail d = finished(first.value.id);
        QCOMPARE(d.run.state, state::Failed);
        QVERIFY2(task(d, QStringLiteral("use"))
                     ->message.contains(QStringLiteral("local secret set db-creds password")),
                 qPrintable(task(d, QStringLiteral("use"))->message));

        // Bad names and folders are refused with the rule.
        QVERIFY(wait(ws->setSecret(QStringLiteral("DB_Creds"),
                                   {{QStringLiteral("k"), QStringLiteral("v")}}))
                    .error.contains(QStringLiteral("lower-case")));
        QVERIFY(wait(ws->setSecret(QStringLiteral("db-creds"), {}))
                    .error.contains(QStringLiteral("at least one key")));
        QVERIFY(wait(ws->setVolume(QStringLiteral("data-claim"), QStringLiteral("relative/folder")))
                    .error.contains(QStringLiteral("absolute")));
        QVERIFY(wait(ws->removeSecret(QStringLiteral("never-set")))
                    .error.contains(QStringLiteral("not set")));

        QSignalSpy changed(ws, &WorkstationService::standInsChanged);
        QVERIFY(wait(ws->setSecret(QStringLiteral("db-creds"),
                                   {{QStringLiteral("password"), QStringLiteral("s3cr3t")}}))
                    .ok());
        QVERIFY(wait(ws->setConfigMap(QStringLiteral("settings"),
                                      {{QStringLiteral("mode"), QStringLiteral("fast")}}))
                    .ok());
        const QString folder = m_dir.filePath(QStringLiteral("claim-folder"));
        QVERIFY(wait(ws->setVolume(QStringLiteral("data-claim"), folder)).ok());
        QTRY_COMPARE(changed.count(), 3);
        QVERIFY(wait(ws->missingFor(spec)).value.isEmpty());
        // Listed by name and keys; the secret's value is not in the listing.
        const auto listed = wait(ws->standIns());
        QCOMPARE(listed.value.secrets.value(QStringLiteral("db-creds")),
                 QStringList{QStringLiteral("password")});
        QCOMPARE(
            listed.value.configMaps.value(QStringLiteral("settings")).value(QStringLiteral("mode")),
            QStringLiteral("fast"));
        QCOMPARE(listed.value.volumes.value(QStringLiteral("data-claim")), folder);

        // A retry in place now gets them: the value reaches the task, the file lands in the folder.
        QVERIFY(wait(m_backend->runs()->retry(first.value.id)).ok());
        d = finished(first.value.id);
        QVERIFY2(d.run.state == state::Succeeded,
                 qPrintable(d.run.message + QStringLiteral(" / ") +
                            task(d, QStringLiteral("use"))->message));
        QCOMPARE(task(d, QStringLiteral("use"))->outputs.value(QStringLiteral("seen")).toString(),
                 QStringLiteral("6:fast"));
        QFile out(folder + QStringLiteral("/out.txt"));
        QVERIFY(out.open(QIODevice::ReadOnly));
        QCOMPARE(out.readAll(), QByteArray("kept\n"));
        // The secret's value is in no task log.
        QVERIFY(!wait(m_backend->runs()->taskLog(first.value.id, QStringLiteral("use")))
                     .value.contains("s3cr3t"));

        QVERIFY(wait(ws->removeSecret(QStringLiteral("db-creds"))).ok());
        QCOMPARE(wait(ws->missingFor(spec)).value.secrets.keys(),
                 QStringList{QStringLiteral("db-creds")});
        QFile::remove(mount);
    }

    void cronSchedules()
    {
        QString error;
        const QTimeZone utc = QTimeZone::utc();
        const QDateTime monday(QDate(2026, 11, 30), QTime(10, 0, 0), utc); // a Monday
        auto next = [&](const char *cron, const QDateTime &after) {
            const auto s = CronSchedule::parse(QString::fromLatin1(cron), &error);
            return s ? s->next(after) : QDateTime();
        };
        QCOMPARE(next("0 0 * * * *", monday), monday.addSecs(3600));     // hourly, six fields
        QCOMPARE(next("*/15 * * * *", monday), monday.addSecs(15 * 60)); // five fields
        QCOMPARE(next("30 2 * * *", monday), QDateTime(QDate(2026, 12, 1), QTime(2, 30), utc));
        QCOMPARE(next("0 0 9 * * MON-FRI",
                      QDateTime(QDate(2026, 12, 4), QTime(10, 0), utc)), // Friday -> Monday
                 QDateTime(QDate(2026, 12, 7), QTime(9, 0), utc));
        QCOMPARE(next("0 0 0 29 FEB *", monday), QDateTime(QDate(2028, 2, 29), QTime(0, 0), utc));
        QCOMPARE(next("0 0 0 1 * 0", monday),
                 QDateTime(QDate(2026, 12, 1), QTime(0, 0), utc)); // day 1 or Sunday
        QVERIFY(!CronSchedule::parse(QStringLiteral("* * *"), &error));
        QVERIFY(error.contains(QStringLiteral("six fields")));
        QVERIFY(!CronSchedule::parse(QStringLiteral("0 61 * * * *"), &error));
        QVERIFY2(error.contains(QStringLiteral("0-59")), qPrintable(error));
        QVERIFY(!CronSchedule::parse(QStringLiteral("0 */0 * * * *"), &error));

        RecurringRunInfo periodic;
        periodic.intervalSeconds = 600;
        periodic.startTime = monday;
        QCOMPARE(nextFire(periodic, monday.addSecs(-5)), monday);
        QCOMPARE(nextFire(periodic, monday), monday.addSecs(600));
        periodic.endTime = monday.addSecs(900);
        QVERIFY(!nextFire(periodic, monday.addSecs(600)).isValid());
        // Without a start time the first fire comes one interval after the creation.
        RecurringRunInfo fromCreation;
        fromCreation.intervalSeconds = 3600;
        fromCreation.created = monday;
        QCOMPARE(nextFire(fromCreation, monday.addSecs(-1)), monday.addSecs(3600));
        periodic.intervalSeconds = 0;
        QVERIFY(!checkTrigger(periodic).isEmpty());
    }

    void recurringRunsFireWhileOpen()
    {
        // Catch-up and concurrency, tick by tick on an engine of the test's own.
        local::LocalEngine engine(m_dir.filePath(QStringLiteral("engine")),
                                  local::pythonRuntimeDir());
        QString error;
        QVERIFY2(engine.ensureOpen(&error), qPrintable(error));
        PipelineInfo p{
            QStringLiteral("p"), QStringLiteral("quick"), {}, QDateTime::currentDateTimeUtc()};
        QVERIFY(engine.store().addPipeline(p, &error));
        PipelineVersionInfo v{QStringLiteral("v"),
                              QStringLiteral("p"),
                              QStringLiteral("quick"),
                              {},
                              QDateTime::currentDateTimeUtc()};
        QVERIFY(engine.store().addPipelineVersion(
            v, pipeline(QStringLiteral("quick"), QStringLiteral("sleep 1")), &error));
        const QDateTime now = QDateTime::currentDateTimeUtc();
        RecurringRunInfo every{};
        every.id = QStringLiteral("every-minute");
        every.name = QStringLiteral("nightly");
        every.pipelineVersionId = QStringLiteral("v");
        every.intervalSeconds = 60;
        every.startTime = now.addSecs(-600); // ten fires missed
        every.maxConcurrency = 2;
        every.catchup = true;
        every.created = every.startTime;
        QVERIFY(engine.store().addRecurringRun(every, &error));
        local::RunQuery mine;
        mine.recurringRunId = every.id;
        engine.fireDueRuns(now);
        engine.fireDueRuns(now);
        engine.fireDueRuns(now); // at most two at once
        QCOMPARE(engine.store().countRuns(mine), 2);
        // Catch-up runs the missed fires in order: the first two scheduled times.
        QCOMPARE(engine.store().recurringRuns().first().lastFire, every.startTime.addSecs(60));

        RecurringRunInfo latest = every;
        latest.id = QStringLiteral("latest-only");
        latest.catchup = false;
        latest.maxConcurrency = 5;
        QVERIFY(engine.store().addRecurringRun(latest, &error));
        engine.fireDueRuns(now);
        mine.recurringRunId = latest.id;
        QCOMPARE(engine.store().countRuns(mine), 1);
        for (const RecurringRunInfo &r : engine.store().recurringRuns())
            if (r.id == latest.id)
                QCOMPARE(r.lastFire, every.startTime.addSecs(600)); // the latest due fire only
        engine.fireDueRuns(now);
        QCOMPARE(engine.store().countRuns(mine), 1); // nothing more is due until the next minute

        // Through the service, with the backend's own clock: a one-second schedule fires by itself
        // while the backend is open, and stops when disabled.
        m_backend->start();
        const auto uploaded = wait(m_backend->pipelines()->upload(
            {pipeline(QStringLiteral("tick"), QStringLiteral("true")), {}, {}, {}}));
        QVERIFY(uploaded.ok());
        RecurringRunInfo tick;
        tick.name = QStringLiteral("tick");
        tick.pipelineVersionId = uploaded.value.id;
        tick.intervalSeconds = 1;
        tick.maxConcurrency = 3;
        QVERIFY(!wait(m_backend->recurringRuns()->create(RecurringRunInfo{})).ok());
        const auto created = wait(m_backend->recurringRuns()->create(tick));
        QVERIFY2(created.ok(), qPrintable(created.error));
        RunQuery fired;
        fired.recurringRunId = created.value.id;
        QTRY_VERIFY_WITH_TIMEOUT(wait(m_backend->runs()->list(fired)).value.totalSize >= 2, 15000);
        QVERIFY(wait(m_backend->recurringRuns()->setEnabled(created.value.id, false)).ok());
        const int count = wait(m_backend->runs()->list(fired)).value.totalSize;
        QTest::qWait(2500);
        QCOMPARE(wait(m_backend->runs()->list(fired)).value.totalSize, count);
        QVERIFY(wait(m_backend->recurringRuns()->remove(created.value.id)).ok());
        QVERIFY(wait(m_backend->recurringRuns()->remove(created.value.id))
                    .error.contains(QStringLiteral("does not exist")));
    }
};

QTEST_GUILESS_MAIN(TestLocalServices)
#include "tst_localservices.moc"
