// `kubeflow-workbench run` on compiled KFP pipelines, offline, as a user runs it.

#include <QDir>
#include <csignal>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QStandardPaths>
#include <QTest>

namespace {
struct Result
{
    int code = -1;
    QJsonObject json;
    QByteArray out;
    QByteArray err;
};
} // namespace

class TestRunCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_home;

    Result run(const QStringList &args, const QByteArray &input = {}, const QMap<QString, QString> &extraEnv = {})
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
        env.remove(QStringLiteral("DISPLAY"));
        for (auto it = extraEnv.begin(); it != extraEnv.end(); ++it)
            env.insert(it.key(), it.value());
        p.setProcessEnvironment(env);
        p.start(qEnvironmentVariable("KFW_APP_BINARY"), args);
        p.write(input);
        p.closeWriteChannel();
        if (!p.waitForFinished(120000)) {
            p.kill();
            p.waitForFinished();
            return {};
        }
        Result r{p.exitCode(), {}, p.readAllStandardOutput(), p.readAllStandardError()};
        r.json = QJsonDocument::fromJson(r.out).object();
        return r;
    }

    // Writes a pipeline into the test's home; empty on failure.
    QString writeFile(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_home.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
            return {};
        return path;
    }

    static QString pipeline(const char *name)
    {
        return qEnvironmentVariable("KFW_CONFORMANCE_DIR") + QStringLiteral("/kfp/pipelines/") + QString::fromLatin1(name);
    }

private slots:
    void initTestCase()
    {
        if (!QFile::exists(pipeline("hello_world.yaml")))
            QSKIP("Kubeflow conformance files not found; set KFW_CONFORMANCE_DIR to run this suite.");
    }

    void pythonPipelineSucceedsOffline()
    {
        const Result r = run({QStringLiteral("run"), QStringLiteral("--json"), pipeline("identity.yaml"), QStringLiteral("-p"),
                              QStringLiteral("value=1")});
        QVERIFY2(r.code == 0, r.out.constData());
        QCOMPARE(r.json.value(QStringLiteral("state")).toString(), QStringLiteral("SUCCEEDED"));
        const QJsonArray tasks = r.json.value(QStringLiteral("tasks")).toArray();
        QCOMPARE(tasks.size(), 1);
        QFile log(tasks.at(0).toObject().value(QStringLiteral("log")).toString());
        QVERIFY(log.open(QIODevice::ReadOnly));
        QVERIFY(log.readAll().contains("kfp install step is skipped"));
    }

    void nestedLoopsAndConditions()
    {
        const Result r = run({QStringLiteral("run"), QStringLiteral("--json"), pipeline("pipeline_with_loops_and_conditions.yaml")});
        QVERIFY2(r.code == 0, r.out.constData());
        int loopTasks = 0;
        for (const QJsonValue &t : r.json.value(QStringLiteral("tasks")).toArray())
            loopTasks += t.toObject().value(QStringLiteral("path")).toString().contains(QLatin1Char('['));
        QVERIFY(loopTasks > 5);
    }

    void parametersAndProgressLines()
    {
        // A required parameter missing: a clear failure before anything runs.
        Result r = run({QStringLiteral("run"), pipeline("sequential_v2.yaml")});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.out.contains("needs a value for parameter 'url'"), r.out.constData());
        r = run({QStringLiteral("run"), QStringLiteral("-p"), QStringLiteral("nope"), pipeline("hello_world.yaml")});
        QCOMPARE(r.code, 2);
        r = run({QStringLiteral("run"), QStringLiteral("-p"), QStringLiteral("unknown=1"), pipeline("hello_world.yaml")});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.out.contains("has no parameter 'unknown'"), r.out.constData());
        // Given on the command line, it runs; each task reports its progress on a line.
        r = run({QStringLiteral("run"), pipeline("identity.yaml"), QStringLiteral("-p"), QStringLiteral("value=hi there")});
        QVERIFY2(r.code == 0, r.out.constData());
        QVERIFY2(r.out.contains("RUNNING    identity") && r.out.contains("SUCCEEDED  identity"), r.out.constData());
        QVERIFY(r.out.contains("SUCCEEDED\n"));
        // The pipeline's outputs come back.
        r = run({QStringLiteral("run"), QStringLiteral("--json"), pipeline("identity.yaml"), QStringLiteral("-p"),
                 QStringLiteral("value=hi there")});
        QCOMPARE(r.json.value(QStringLiteral("outputs")).toObject().value(QStringLiteral("Output")).toString(), QStringLiteral("hi there"));
    }

    void historyAndInterruptedRuns()
    {
        Result r = run({QStringLiteral("run"), QStringLiteral("--json"), pipeline("identity.yaml"), QStringLiteral("-p"),
                        QStringLiteral("value=kept")});
        QCOMPARE(r.code, 0);
        const QString id = r.json.value(QStringLiteral("run_id")).toString();
        Result list = run({QStringLiteral("runs"), QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(list.code, 0);
        bool found = false;
        for (const QJsonValue &v : list.json.value(QStringLiteral("runs")).toArray())
            found = found || v.toObject().value(QStringLiteral("run_id")).toString() == id;
        QVERIFY(found);
        Result got = run({QStringLiteral("runs"), QStringLiteral("get"), id, QStringLiteral("--json")});
        QCOMPARE(got.json.value(QStringLiteral("state")).toString(), QStringLiteral("SUCCEEDED"));
        QCOMPARE(got.json.value(QStringLiteral("tasks")).toArray().at(0).toObject().value(QStringLiteral("outputs")).toObject()
                     .value(QStringLiteral("Output")).toString(),
                 QStringLiteral("kept"));
        Result logs = run({QStringLiteral("runs"), QStringLiteral("logs"), id});
        QVERIFY(logs.out.contains("==> identity <=="));
        QCOMPARE(run({QStringLiteral("runs"), QStringLiteral("get"), QStringLiteral("no-such-run")}).code, 1);
        const Result noId = run({QStringLiteral("runs"), QStringLiteral("retry")});
        QCOMPARE(noId.code, 2);
        QVERIFY2(noId.err.contains("runs retry RUN_ID"), noId.err.constData());

        // A run killed mid-way is INTERRUPTED when the history is next opened, and a retry resumes
        // it: the task that finished comes from the cache (same random value), the other runs.
        const QString file = writeFile(QStringLiteral("nap.yaml"),
                "pipelineInfo: {name: nap}\n"
                "root: {dag: {tasks: {\n"
                "  stamp: {componentRef: {name: comp-stamp}, taskInfo: {name: stamp}, cachingOptions: {enableCache: true}},\n"
                "  nap: {componentRef: {name: comp-nap}, taskInfo: {name: nap}, dependentTasks: [stamp]}}}}\n"
                "components: {comp-nap: {executorLabel: exec-nap},\n"
                "  comp-stamp: {executorLabel: exec-stamp, outputDefinitions: {parameters: {out: {parameterType: STRING}}}}}\n"
                "deploymentSpec: {executors: {exec-nap: {container: {image: alpine, command: [sleep, '2']}},\n"
                "  exec-stamp: {container: {image: alpine, command: [sh, -c, 'od -An -N8 -tx8 /dev/urandom | tr -d \" \\n\" > \"$0\"', "
                "\"{{$.outputs.parameters['out'].output_file}}\"]}}}}\n"
                "schemaVersion: 2.1.0\n");
        QVERIFY(!file.isEmpty());
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("data")));
        p.setProcessEnvironment(env);
        p.start(qEnvironmentVariable("KFW_APP_BINARY"), {QStringLiteral("run"), file});
        QVERIFY(p.waitForStarted());
        QByteArray seen;
        QTRY_VERIFY_WITH_TIMEOUT((seen += p.readAllStandardOutput()).contains("RUNNING    nap"), 20000);
        p.kill(); // SIGKILL: no chance to clean up
        p.waitForFinished();
        list = run({QStringLiteral("runs"), QStringLiteral("list"), QStringLiteral("--json"), QStringLiteral("--state"),
                    QStringLiteral("interrupted")});
        QCOMPARE(list.json.value(QStringLiteral("total_size")).toInt(), 1);
        const QJsonObject interrupted = list.json.value(QStringLiteral("runs")).toArray().at(0).toObject();
        QVERIFY(interrupted.value(QStringLiteral("name")).toString().startsWith(QStringLiteral("nap-")));
        QVERIFY(interrupted.value(QStringLiteral("message")).toString().contains(QStringLiteral("stopped")));
        const QString napId = interrupted.value(QStringLiteral("run_id")).toString();
        auto taskOf = [](const Result &result, const QString &path) {
            for (const QJsonValue &t : result.json.value(QStringLiteral("tasks")).toArray())
                if (t.toObject().value(QStringLiteral("path")).toString() == path)
                    return t.toObject();
            return QJsonObject();
        };
        const Result before = run({QStringLiteral("runs"), QStringLiteral("get"), napId, QStringLiteral("--json")});
        QCOMPARE(taskOf(before, QStringLiteral("stamp")).value(QStringLiteral("state")).toString(), QStringLiteral("SUCCEEDED"));
        QCOMPARE(taskOf(before, QStringLiteral("nap")).value(QStringLiteral("state")).toString(), QStringLiteral("INTERRUPTED"));
        const QString stamped = taskOf(before, QStringLiteral("stamp")).value(QStringLiteral("outputs")).toObject().value(QStringLiteral("out")).toString();
        QCOMPARE(stamped.size(), 16);
        const Result resumed = run({QStringLiteral("runs"), QStringLiteral("retry"), napId, QStringLiteral("--json")});
        QCOMPARE(resumed.code, 0);
        QCOMPARE(resumed.json.value(QStringLiteral("run_id")).toString(), napId);
        QVERIFY(taskOf(resumed, QStringLiteral("stamp")).value(QStringLiteral("cached")).toBool());
        QCOMPARE(taskOf(resumed, QStringLiteral("stamp")).value(QStringLiteral("outputs")).toObject().value(QStringLiteral("out")).toString(),
                 stamped);
        QCOMPARE(taskOf(resumed, QStringLiteral("nap")).value(QStringLiteral("state")).toString(), QStringLiteral("SUCCEEDED"));
        QVERIFY(!taskOf(resumed, QStringLiteral("nap")).value(QStringLiteral("cached")).toBool());
    }

    void cachedTasksReuseOutputs()
    {
        // A task that writes a random value: reruns would differ, cache hits cannot.
        const QString file = writeFile(QStringLiteral("stamp.yaml"),
                "pipelineInfo: {name: stamp}\n"
                "root: {dag: {tasks: {stamp: {componentRef: {name: comp-stamp}, taskInfo: {name: stamp}, cachingOptions: {enableCache: true}}}}}\n"
                "components:\n"
                "  comp-stamp:\n"
                "    executorLabel: exec-stamp\n"
                "    outputDefinitions:\n"
                "      parameters: {out: {parameterType: STRING}}\n"
                "      artifacts: {data: {artifactType: {schemaTitle: system.Dataset, schemaVersion: 0.0.1}}}\n"
                "deploymentSpec: {executors: {exec-stamp: {container: {image: alpine, command: [sh, -c, "
                "'od -An -N8 -tx8 /dev/urandom | tr -d \" \\n\" | tee \"$0\" > \"$1\"', "
                "\"{{$.outputs.parameters['out'].output_file}}\", \"{{$.outputs.artifacts['data'].path}}\"]}}}}\n"
                "schemaVersion: 2.1.0\n");
        QVERIFY(!file.isEmpty());
        auto stamp = [](const Result &r) {
            const QJsonObject t = r.json.value(QStringLiteral("tasks")).toArray().at(0).toObject();
            return std::pair{t.value(QStringLiteral("outputs")).toObject().value(QStringLiteral("out")).toString(),
                             t.value(QStringLiteral("cached")).toBool()};
        };
        const Result first = run({QStringLiteral("run"), QStringLiteral("--json"), file});
        QVERIFY2(first.code == 0, first.out.constData());
        const auto [value, firstCached] = stamp(first);
        QCOMPARE(value.size(), 16);
        QVERIFY(!firstCached);
        // The same task with the same inputs: its outputs come from the first run.
        const Result second = run({QStringLiteral("run"), QStringLiteral("--json"), file});
        QCOMPARE(stamp(second), std::pair(value, true));
        QVERIFY(second.json.value(QStringLiteral("tasks")).toArray().at(0).toObject().value(QStringLiteral("message")).toString()
                    .contains(first.json.value(QStringLiteral("run_id")).toString()));
        // --no-cache runs it again.
        const Result fresh = run({QStringLiteral("run"), QStringLiteral("--json"), QStringLiteral("--no-cache"), file});
        const auto [freshValue, freshCached] = stamp(fresh);
        QVERIFY(!freshCached);
        QVERIFY(freshValue != value);
        // The newest result is cached; when its artifact is gone, the task runs again.
        Result again = run({QStringLiteral("run"), QStringLiteral("--json"), file});
        QCOMPARE(stamp(again), std::pair(freshValue, true));
        Result got = run({QStringLiteral("runs"), QStringLiteral("get"), fresh.json.value(QStringLiteral("run_id")).toString(),
                          QStringLiteral("--json")});
        QVERIFY(got.code == 0);
        QDir(fresh.json.value(QStringLiteral("tasks")).toArray().at(0).toObject().value(QStringLiteral("log")).toString()
                 .section(QStringLiteral("/tasks/"), 0, 0) + QStringLiteral("/artifacts")).removeRecursively();
        again = run({QStringLiteral("run"), QStringLiteral("--json"), file});
        QVERIFY(!stamp(again).second);
        QVERIFY(stamp(again).first != freshValue);
    }

    void failedRunIsRetriedFromTheCache()
    {
        // The second task fails until a flag file exists; the first writes a random value.
        const QString flag = m_home.filePath(QStringLiteral("flag"));
        const QString file = writeFile(QStringLiteral("flaky.yaml"),
                "pipelineInfo: {name: flaky}\n"
                "root:\n"
                "  inputDefinitions: {parameters: {rate: {parameterType: NUMBER_DOUBLE}}}\n"
                "  dag:\n"
                "    tasks:\n"
                "      stamp: {componentRef: {name: comp-stamp}, taskInfo: {name: stamp}, cachingOptions: {enableCache: true},\n"
                "              inputs: {parameters: {rate: {componentInputParameter: rate}}}}\n"
                "      check: {componentRef: {name: comp-check}, taskInfo: {name: check}, dependentTasks: [stamp], cachingOptions: {enableCache: true}}\n"
                "components:\n"
                "  comp-stamp: {executorLabel: exec-stamp, inputDefinitions: {parameters: {rate: {parameterType: NUMBER_DOUBLE}}},\n"
                "               outputDefinitions: {parameters: {out: {parameterType: STRING}}}}\n"
                "  comp-check: {executorLabel: exec-check}\n"
                "deploymentSpec:\n"
                "  executors:\n"
                "    exec-stamp: {container: {image: alpine, command: [sh, -c, 'od -An -N8 -tx8 /dev/urandom | tr -d \" \\n\" > \"$0\"', "
                "\"{{$.outputs.parameters['out'].output_file}}\"]}}\n"
                "    exec-check: {container: {image: alpine, command: [test, -e, '" + flag.toUtf8() + "']}}\n"
                "schemaVersion: 2.1.0\n");
        QVERIFY(!file.isEmpty());
        auto task = [](const Result &r, const QString &path) {
            for (const QJsonValue &t : r.json.value(QStringLiteral("tasks")).toArray())
                if (t.toObject().value(QStringLiteral("path")).toString() == path)
                    return t.toObject();
            return QJsonObject();
        };
        const Result failed = run({QStringLiteral("run"), QStringLiteral("--json"), file, QStringLiteral("-p"), QStringLiteral("rate=1"),
                                   QStringLiteral("--experiment"), QStringLiteral("flaky-tests")});
        QCOMPARE(failed.code, 1);
        QCOMPARE(failed.json.value(QStringLiteral("state")).toString(), QStringLiteral("FAILED"));
        const QString id = failed.json.value(QStringLiteral("run_id")).toString();
        const QString value = task(failed, QStringLiteral("stamp")).value(QStringLiteral("outputs")).toObject().value(QStringLiteral("out")).toString();
        QCOMPARE(value.size(), 16);

        // A successful run is not retried.
        const Result ok = run({QStringLiteral("run"), QStringLiteral("--json"), pipeline("identity.yaml"), QStringLiteral("-p"), QStringLiteral("value=x")});
        Result refused = run({QStringLiteral("runs"), QStringLiteral("retry"), ok.json.value(QStringLiteral("run_id")).toString()});
        QCOMPARE(refused.code, 1);
        QVERIFY2(refused.err.contains("SUCCEEDED"), refused.err.constData());

        // Fixed, the retry runs the same run again in place: the finished task comes from the cache
        // (same value) and the failed one runs.
        QFile(flag).open(QIODevice::WriteOnly);
        const Result retried = run({QStringLiteral("runs"), QStringLiteral("retry"), id, QStringLiteral("--json")});
        QVERIFY2(retried.code == 0, retried.out.constData());
        QCOMPARE(retried.json.value(QStringLiteral("state")).toString(), QStringLiteral("SUCCEEDED"));
        QCOMPARE(retried.json.value(QStringLiteral("run_id")).toString(), id);
        QVERIFY2(QString::fromUtf8(retried.err).contains(QStringLiteral("in place")), retried.err.constData());
        QVERIFY(task(retried, QStringLiteral("stamp")).value(QStringLiteral("cached")).toBool());
        QCOMPARE(task(retried, QStringLiteral("stamp")).value(QStringLiteral("outputs")).toObject().value(QStringLiteral("out")).toString(), value);
        QVERIFY(!task(retried, QStringLiteral("check")).value(QStringLiteral("cached")).toBool());
        // The history holds one run, in its experiment, now succeeded, with the reused task marked.
        const Result listed = run({QStringLiteral("runs"), QStringLiteral("list"), QStringLiteral("--json"), QStringLiteral("--experiment"),
                                   QStringLiteral("flaky-tests")});
        QCOMPARE(listed.json.value(QStringLiteral("total_size")).toInt(), 1);
        QCOMPARE(listed.json.value(QStringLiteral("runs")).toArray().at(0).toObject().value(QStringLiteral("run_id")).toString(), id);
        const Result got = run({QStringLiteral("runs"), QStringLiteral("get"), id, QStringLiteral("--json")});
        QCOMPARE(got.json.value(QStringLiteral("state")).toString(), QStringLiteral("SUCCEEDED"));
        QCOMPARE(got.json.value(QStringLiteral("parameters")).toObject().value(QStringLiteral("rate")).toDouble(), 1.0);
        QCOMPARE(task(got, QStringLiteral("stamp")).value(QStringLiteral("cached")).toBool(), true);
        QCOMPARE(task(got, QStringLiteral("check")).value(QStringLiteral("state")).toString(), QStringLiteral("SUCCEEDED"));
    }

    void containerEngineIsChecked()
    {
        // An unknown engine is a usage error; a missing one says how to go on.
        const Result bogus = run({QStringLiteral("run"), pipeline("identity.yaml"), QStringLiteral("--engine"), QStringLiteral("lxc")});
        QCOMPARE(bogus.code, 2);
        QVERIFY2(bogus.err.contains("host, podman or docker"), bogus.err.constData());
        if (!QStandardPaths::findExecutable(QStringLiteral("podman")).isEmpty())
            QSKIP("podman is installed here; the missing-engine message cannot be shown");
        const Result missing = run({QStringLiteral("run"), pipeline("identity.yaml"), QStringLiteral("--engine"), QStringLiteral("podman")});
        QCOMPARE(missing.code, 1);
        QVERIFY2(missing.err.contains("--engine host"), missing.err.constData());
    }

    void standInsFromTheCommandLine()
    {
        // A task that reads a config map from its env and writes into a volume claim.
        const QString claim = m_home.filePath(QStringLiteral("claim"));
        const QString mount = m_home.filePath(QStringLiteral("mnt"));
        const QString file = writeFile(QStringLiteral("standins.yaml"),
                QStringLiteral("pipelineInfo: {name: standins}\n"
                               "root: {dag: {tasks: {use: {componentRef: {name: comp-use}, taskInfo: {name: use}}}}}\n"
                               "components: {comp-use: {executorLabel: exec-use}}\n"
                               "deploymentSpec: {executors: {exec-use: {container: {image: alpine, command: [sh, -c, "
                               "'echo \"$MODE\" > %1/mode.txt']}}}}\n"
                               "schemaVersion: 2.1.0\n"
                               "---\n"
                               "platforms: {kubernetes: {deploymentSpec: {executors: {exec-use: {\n"
                               "  configMapAsEnv: [{configMapName: settings, keyToEnv: [{configMapKey: mode, envVar: MODE}]}],\n"
                               "  pvcMount: [{pvcName: data-claim, mountPath: '%1'}]}}}}}\n")
                    .arg(mount)
                    .toUtf8());
        QVERIFY(!file.isEmpty());
        Result r = run({QStringLiteral("run"), file});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.out.contains("local configmap set settings mode=VALUE"), r.out.constData());

        QCOMPARE(run({QStringLiteral("local"), QStringLiteral("configmap"), QStringLiteral("set"), QStringLiteral("settings"),
                      QStringLiteral("mode=fast")}).code, 0);
        QCOMPARE(run({QStringLiteral("local"), QStringLiteral("volume"), QStringLiteral("set"), QStringLiteral("data-claim"), claim}).code, 0);
        r = run({QStringLiteral("local"), QStringLiteral("configmap"), QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(r.json.value(QStringLiteral("settings")).toObject().value(QStringLiteral("mode")).toString(), QStringLiteral("fast"));
        r = run({QStringLiteral("local"), QStringLiteral("volume"), QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(r.json.value(QStringLiteral("data-claim")).toString(), claim);

        r = run({QStringLiteral("run"), file});
        QVERIFY2(r.code == 0, r.out.constData());
        QFile mode(claim + QStringLiteral("/mode.txt"));
        QVERIFY(mode.open(QIODevice::ReadOnly));
        QCOMPARE(mode.readAll(), QByteArray("fast\n"));
        QFile::remove(mount);

        // Bad input says what is wrong.
        r = run({QStringLiteral("local"), QStringLiteral("configmap"), QStringLiteral("set"), QStringLiteral("Bad_Name"), QStringLiteral("k=v")});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains("lower-case"), r.err.constData());
        r = run({QStringLiteral("local"), QStringLiteral("configmap"), QStringLiteral("set"), QStringLiteral("settings"), QStringLiteral("novalue")});
        QCOMPARE(r.code, 2);
        QCOMPARE(run({QStringLiteral("local"), QStringLiteral("volume"), QStringLiteral("delete"), QStringLiteral("data-claim")}).code, 0);
        QCOMPARE(run({QStringLiteral("local"), QStringLiteral("volume"), QStringLiteral("delete"), QStringLiteral("data-claim")}).code, 1);
        QCOMPARE(run({QStringLiteral("local"), QStringLiteral("nothing")}).code, 2);
        // Secret values come from standard input, one line per key, and never from the command line;
        // without a keychain nothing is stored and the message says how to get one.
        r = run({QStringLiteral("local"), QStringLiteral("secret"), QStringLiteral("set"), QStringLiteral("api-token"), QStringLiteral("token")},
                "abc\n", {{QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("unix:path=/nonexistent/bus")}});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains("keychain"), r.err.constData());
        r = run({QStringLiteral("local"), QStringLiteral("secret"), QStringLiteral("list"), QStringLiteral("--json")});
        QVERIFY(r.json.isEmpty());
        // A name Kubernetes would refuse is refused before any value is asked for.
        r = run({QStringLiteral("local"), QStringLiteral("secret"), QStringLiteral("set"), QStringLiteral("Bad_Name"), QStringLiteral("k")});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains("lower-case") && !r.err.contains("standard input"), r.err.constData());
        r = run({QStringLiteral("local"), QStringLiteral("secret"), QStringLiteral("set"), QStringLiteral("api-token"), QStringLiteral("token")});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains("standard input"), r.err.constData());
    }

    void stoppedCommandEndsItsTasks()
    {
        // A task that records its pid and sleeps; the command is stopped as Ctrl+C or kill would.
        const QString pidFile = m_home.filePath(QStringLiteral("sleeper.pid"));
        const QString file = writeFile(QStringLiteral("sleeper.yaml"),
                QStringLiteral("pipelineInfo: {name: sleeper}\n"
                               "root: {dag: {tasks: {sleep: {componentRef: {name: comp-sleep}, taskInfo: {name: sleep}}}}}\n"
                               "components: {comp-sleep: {executorLabel: exec-sleep}}\n"
                               "deploymentSpec: {executors: {exec-sleep: {container: {image: alpine, command: [sh, -c, "
                               "'echo $$ > %1; exec sleep 60']}}}}\n"
                               "schemaVersion: 2.1.0\n")
                    .arg(pidFile)
                    .toUtf8());
        QVERIFY(!file.isEmpty());
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("data")));
        p.setProcessEnvironment(env);
        p.start(qEnvironmentVariable("KFW_APP_BINARY"), {QStringLiteral("run"), QStringLiteral("--json"), file});
        QVERIFY(p.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(QFile(pidFile).size() > 0, 20000);
        QFile f(pidFile);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const pid_t sleeper = pid_t(f.readAll().trimmed().toInt());
        QVERIFY(sleeper > 0);
        // Another command opening the history meanwhile leaves the live run alone.
        Result live = run({QStringLiteral("runs"), QStringLiteral("list"), QStringLiteral("--json"), QStringLiteral("--state"),
                           QStringLiteral("running")});
        QCOMPARE(live.json.value(QStringLiteral("total_size")).toInt(), 1);
        p.terminate(); // SIGTERM
        QVERIFY(p.waitForFinished(20000));
        QCOMPARE(p.exitCode(), 1);
        QCOMPARE(QJsonDocument::fromJson(p.readAllStandardOutput()).object().value(QStringLiteral("state")).toString(),
                 QStringLiteral("CANCELED"));
        QTRY_VERIFY_WITH_TIMEOUT(::kill(sleeper, 0) != 0, 10000);
    }

    void pipelineInputArtifactsFromLocalFiles()
    {
        Result r = run({QStringLiteral("run"), pipeline("input_artifact.yaml")});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.out.contains("--artifact data=PATH") || r.err.contains("--artifact data=PATH"), r.err.constData());
        const QString data = writeFile(QStringLiteral("data.csv"), "a,b\n1,2\n");
        r = run({QStringLiteral("run"), QStringLiteral("--json"), pipeline("input_artifact.yaml"), QStringLiteral("--artifact"),
                 QStringLiteral("data=") + data});
        QVERIFY2(r.code == 0, r.err.constData());
        // The component printed the artifact's URI: the local file.
        const Result logs = run({QStringLiteral("runs"), QStringLiteral("logs"), r.json.value(QStringLiteral("run_id")).toString()});
        QVERIFY2(logs.out.contains(data.toUtf8()), logs.out.constData());
        QCOMPARE(run({QStringLiteral("run"), pipeline("input_artifact.yaml"), QStringLiteral("--artifact"), QStringLiteral("data")}).code, 2);
        QCOMPARE(run({QStringLiteral("run"), pipeline("input_artifact.yaml"), QStringLiteral("--artifact"),
                      QStringLiteral("data=/no/such/file")}).code, 1);
    }

    void retryKeepsHowTheRunWasRun()
    {
        // A task slower than the run's time limit: the retry has the same limit and fails the same way.
        const QString file = writeFile(QStringLiteral("slow.yaml"),
                "pipelineInfo: {name: slow}\n"
                "root: {dag: {tasks: {slow: {componentRef: {name: comp-slow}, taskInfo: {name: slow}}}}}\n"
                "components: {comp-slow: {executorLabel: exec-slow}}\n"
                "deploymentSpec: {executors: {exec-slow: {container: {image: alpine, command: [sleep, '5']}}}}\n"
                "schemaVersion: 2.1.0\n");
        const Result first = run({QStringLiteral("run"), QStringLiteral("--json"), file, QStringLiteral("--timeout"), QStringLiteral("1"),
                                  QStringLiteral("--parallelism"), QStringLiteral("1")});
        QCOMPARE(first.code, 1);
        const QString id = first.json.value(QStringLiteral("run_id")).toString();
        const Result got = run({QStringLiteral("runs"), QStringLiteral("get"), id, QStringLiteral("--json")});
        QCOMPARE(got.json.value(QStringLiteral("options")).toObject().value(QStringLiteral("timeout")).toInt(), 1);
        QCOMPARE(got.json.value(QStringLiteral("options")).toObject().value(QStringLiteral("parallelism")).toInt(), 1);
        const Result retried = run({QStringLiteral("runs"), QStringLiteral("retry"), id, QStringLiteral("--json")});
        QCOMPARE(retried.code, 1);
        const QJsonObject slow = retried.json.value(QStringLiteral("tasks")).toArray().at(0).toObject();
        QVERIFY2(slow.value(QStringLiteral("message")).toString().contains(QStringLiteral("time")),
                 qPrintable(slow.value(QStringLiteral("message")).toString()));
    }

    void recurringRunsFromTheCommandLine()
    {
        const QString file = pipeline("identity.yaml");
        const QString rec = QStringLiteral("recurring");
        QCOMPARE(run({rec, QStringLiteral("create"), file}).code, 2); // no trigger
        Result r = run({rec, QStringLiteral("create"), file, QStringLiteral("--cron"), QStringLiteral("0 61 * * * *")});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains("0-59"), r.err.constData());
        QCOMPARE(run({rec, QStringLiteral("create"), file, QStringLiteral("--every"), QStringLiteral("soon")}).code, 2);
        r = run({rec, QStringLiteral("create"), file, QStringLiteral("--every"), QStringLiteral("6h"), QStringLiteral("-p"),
                 QStringLiteral("value=nightly"), QStringLiteral("--name"), QStringLiteral("nightly"), QStringLiteral("--json")});
        QVERIFY2(r.code == 0, r.err.constData());
        const QString id = r.json.value(QStringLiteral("id")).toString();
        QVERIFY(!id.isEmpty());
        // The same file again reuses its pipeline version; a cron schedule is listed with its trigger.
        QCOMPARE(run({rec, QStringLiteral("create"), file, QStringLiteral("--cron"), QStringLiteral("0 30 2 * * *")}).code, 0);
        r = run({rec, QStringLiteral("list"), QStringLiteral("--json")});
        const QJsonArray listed = r.json.value(QStringLiteral("recurring_runs")).toArray();
        QCOMPARE(listed.size(), 2);
        QJsonObject nightly;
        for (const QJsonValue &v : listed)
            if (v.toObject().value(QStringLiteral("id")).toString() == id)
                nightly = v.toObject();
        QCOMPARE(nightly.value(QStringLiteral("name")).toString(), QStringLiteral("nightly"));
        QVERIFY(nightly.value(QStringLiteral("enabled")).toBool());
        QVERIFY(!nightly.value(QStringLiteral("next_fire")).toString().isEmpty());
        QCOMPARE(run({rec, QStringLiteral("disable"), id}).code, 0);
        r = run({rec, QStringLiteral("list"), QStringLiteral("--json")});
        for (const QJsonValue &v : r.json.value(QStringLiteral("recurring_runs")).toArray())
            if (v.toObject().value(QStringLiteral("id")).toString() == id)
                QVERIFY(!v.toObject().value(QStringLiteral("enabled")).toBool());
        QCOMPARE(run({rec, QStringLiteral("delete"), id}).code, 0);
        r = run({rec, QStringLiteral("delete"), id});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains("does not exist"), r.err.constData());
    }

    void invalidPipelinesDoNotRun()
    {
        const Result r = run({QStringLiteral("run"),
                              qEnvironmentVariable("KFW_CONFORMANCE_DIR") + QStringLiteral("/kfp/pipelines-invalid/no_name.yaml")});
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains("empty pipeline name"));
    }
};

QTEST_GUILESS_MAIN(TestRunCli)
#include "tst_run_cli.moc"
