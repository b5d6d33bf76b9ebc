// Container engines: finding podman and docker, the command line a task runs with, and whole
// runs through a stand-in engine (a shell script named docker that runs the container's command
// on the host after checking its mounts): entrypoint-only images, env and secrets given through
// a private env file that does not outlive the task, the Python runtime mounted read-only, and
// cancel and time-out removing the container.

#include "cluster/local/containerengine.h"
#include "cluster/local/runner.h"
#include "tests/unit/runnertesting.h"
#include "cluster/pipelinespec/pipelineeditor.h"

#include <QFile>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace kfw::local;
using namespace kfw::local::testing;
using namespace kfw::pipelinespec;

namespace {

bool writeExecutable(const QString &path, const QByteArray &text)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return false;
    f.write(text);
    f.close();
    return f.setPermissions(f.permissions() | QFileDevice::ExeOwner | QFileDevice::ExeUser);
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// PATH for one scope.
class PathOverride
{
public:
    explicit PathOverride(const QString &path)
        : m_saved(qgetenv("PATH"))
    {
        qputenv("PATH", path.toLocal8Bit());
    }
    ~PathOverride() { qputenv("PATH", m_saved); }

private:
    QByteArray m_saved;
};

// A stand-in for docker. "run" checks that every -v source exists and that the working folder
// is mounted, exports the lines of the --env-file (after printing its mode to the task's log, and
// the names it holds to @LOG@) and runs --entrypoint with the arguments after the image on the
// host; without --entrypoint the fake image's entrypoint runs its first argument as a shell
// script. Any other option, -e among them, is refused. Every call is appended to @LOG@.
const char *kFakeDocker = R"sh(#!/bin/sh
printf '%s\n' "$*" >> '@LOG@'
verb=$1; shift
case "$verb" in
rm) exit 0 ;;
run) ;;
*) echo "fake engine: unknown command $verb" >&2; exit 125 ;;
esac
workdir= entrypoint= mounts=
while [ $# -gt 0 ]; do
    case "$1" in
    --rm|--userns=*) shift ;;
    --name|--user) shift 2 ;;
    --workdir) workdir=$2; shift 2 ;;
    -v) host=${2%%:*}
        [ -e "$host" ] || { echo "fake engine: cannot mount $host" >&2; exit 125; }
        mounts="$mounts $host"; shift 2 ;;
    --env-file)
        [ -f "$2" ] || { echo "fake engine: no env file $2" >&2; exit 125; }
        echo "fake engine: env file mode $(stat -c %a "$2")" >&2
        names=
        while IFS= read -r line || [ -n "$line" ]; do
            case "$line" in ''|'#'*) continue ;; esac
            export "$line"; names="$names ${line%%=*}"
        done < "$2"
        printf 'env file names:%s\n' "$names" >> '@LOG@'
        shift 2 ;;
    --entrypoint) entrypoint=$2; shift 2 ;;
    -*) echo "fake engine: unknown option $1" >&2; exit 125 ;;
    *) break ;;
    esac
done
inside=no
for m in $mounts; do case "$workdir/" in "$m"/*) inside=yes ;; esac; done
[ "$inside" = yes ] || { echo "fake engine: $workdir is not mounted" >&2; exit 125; }
shift # the image
cd "$workdir" || exit 125
[ -n "$entrypoint" ] && exec "$entrypoint" "$@"
exec sh -c "$@"
)sh";

// Where a task's env file is while it runs: beside its log, in the attempt's own folder.
QString envFileOf(const TaskRecord *task)
{
    return QFileInfo(task->logFile).path() + QStringLiteral("/container.env");
}

// The engine's "run" calls for one run, from the stand-in's log.
QStringList runCalls(const QString &engineLog, const QString &runId)
{
    return QString::fromUtf8(readAll(engineLog))
        .split(QLatin1Char('\n'))
        .filter(QStringLiteral("run --rm --name kfw-%1-").arg(runId));
}

} // namespace

class TestContainerEngine : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_engineLog;
    ContainerEngine m_fake;
    int m_runs = 0;

    RunOptions options(bool viaEngine)
    {
        RunOptions o;
        o.runId = QStringLiteral("run%1").arg(++m_runs);
        o.runDir = m_dir.filePath(o.runId);
        o.parallelism = 2;
        if (viaEngine)
            o.engine = m_fake;
        return o;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // The fake engine is found the way the app finds a real one: first on PATH.
        const QString bin = m_dir.filePath(QStringLiteral("bin"));
        QVERIFY(QDir().mkpath(bin));
        m_engineLog = m_dir.filePath(QStringLiteral("engine.log"));
        QVERIFY(writeExecutable(bin + QStringLiteral("/docker"),
                                QByteArray(kFakeDocker).replace("@LOG@", m_engineLog.toUtf8())));
        PathOverride path(bin + QLatin1Char(':') + qEnvironmentVariable("PATH"));
        const auto docker = findContainerEngine(QStringLiteral("docker"));
        QVERIFY(docker);
        QCOMPARE(docker->program, bin + QStringLiteral("/docker"));
        m_fake = *docker;
    }

    void runArgv_data()
    {
        QTest::addColumn<QString>("engine");
        QTest::addColumn<bool>("hasCommand");
        QTest::addColumn<int>("uid");
        QTest::addColumn<QStringList>("expected");
        const QString w = QStringLiteral("/runs/r1/tasks/t/attempt-1/work");
        const QStringList head{QStringLiteral("run"),       QStringLiteral("--rm"),
                               QStringLiteral("--name"),    QStringLiteral("kfw-r1-t-1"),
                               QStringLiteral("--workdir"), w};
        const QStringList mounts{
            QStringLiteral("-v"), QStringLiteral("/runs/r1:/runs/r1"),
            QStringLiteral("-v"), QStringLiteral("/opt/runtime:/opt/runtime:ro"),
            QStringLiteral("-v"), QStringLiteral("/home/u/data:/mnt/data")};
        // Only the env file's path: the values stay off the command line.
        const QStringList env{QStringLiteral("--env-file"),
                              QStringLiteral("/runs/r1/tasks/t/attempt-1/container.env")};
        const QStringList entry{QStringLiteral("--entrypoint"), QStringLiteral("sh"),
                                QStringLiteral("alpine:3.20"), QStringLiteral("-c"),
                                QStringLiteral("echo hi")};
        const QStringList noEntry{QStringLiteral("alpine:3.20"), QStringLiteral("sh"),
                                  QStringLiteral("-c"), QStringLiteral("echo hi")};
        const QStringList keepId{QStringLiteral("--userns=keep-id")};
        const QStringList user{QStringLiteral("--user"), QStringLiteral("1000:100")};
        QTest::addRow("podman, command")
            << "podman" << true << 1000 << head + keepId + mounts + env + entry;
        QTest::addRow("docker, command")
            << "docker" << true << 1000 << head + user + mounts + env + entry;
        QTest::addRow("podman, image entrypoint")
            << "podman" << false << 1000 << head + keepId + mounts + env + noEntry;
        QTest::addRow("docker, image entrypoint")
            << "docker" << false << 1000 << head + user + mounts + env + noEntry;
        // Root runs as the image says: no user mapping.
        QTest::addRow("podman as root") << "podman" << true << 0 << head + mounts + env + entry;
        QTest::addRow("docker as root") << "docker" << true << 0 << head + mounts + env + entry;
    }

    void runArgv()
    {
        QFETCH(QString, engine);
        QFETCH(bool, hasCommand);
        QFETCH(int, uid);
        QFETCH(QStringList, expected);
        TaskLaunch launch;
        launch.argv = {QStringLiteral("sh"), QStringLiteral("-c"), QStringLiteral("echo hi")};
        launch.env = {{QStringLiteral("B"), QStringLiteral("2")},
                      {QStringLiteral("A"), QStringLiteral("x y")}};
        launch.workDir = QStringLiteral("/runs/r1/tasks/t/attempt-1/work");
        ContainerSpec spec;
        spec.image = QStringLiteral("alpine:3.20");
        spec.name = containerName(QStringLiteral("r1"), QStringLiteral("t"), 1);
        spec.mounts = {{QStringLiteral("/runs/r1"), {}, false},
                       {QStringLiteral("/opt/runtime"), {}, true},
                       {QStringLiteral("/home/u/data"), QStringLiteral("/mnt/data"), false}};
        spec.hasCommand = hasCommand;
        spec.userId = uid;
        spec.groupId = uid ? 100 : 0;
        spec.envFile = QStringLiteral("/runs/r1/tasks/t/attempt-1/container.env");
        const QString program = QStringLiteral("/usr/bin/") + engine;
        const QStringList argv = containerRunArgv({program, engine}, launch, spec);
        QCOMPARE(argv, QStringList{program} + expected);
        QVERIFY(!argv.join(QLatin1Char(' ')).contains(QStringLiteral("x y")));
    }

    void containerEnv_data()
    {
        QTest::addColumn<int>("uid");
        QTest::addColumn<QString>("workDir");
        QTest::addColumn<QString>("givenHome");
        QTest::addColumn<QString>("expectedHome"); // empty: none
        const QString w = QStringLiteral("/runs/r1/tasks/t/attempt-1/work");
        // A user the image does not know gets the task's working folder as HOME.
        QTest::addRow("user") << 1000 << w << QString() << w;
        QTest::addRow("user, HOME given")
            << 1000 << w << QStringLiteral("/home/jovyan") << QStringLiteral("/home/jovyan");
        QTest::addRow("user, no working folder") << 1000 << QString() << QString() << QString();
        // Root runs as the image says, with the image's HOME.
        QTest::addRow("root") << 0 << w << QString() << QString();
    }

    void containerEnv()
    {
        QFETCH(int, uid);
        QFETCH(QString, workDir);
        QFETCH(QString, givenHome);
        QFETCH(QString, expectedHome);
        TaskLaunch launch;
        launch.argv = {QStringLiteral("true")};
        launch.env = {{QStringLiteral("A"), QStringLiteral("x y")}};
        if (!givenHome.isEmpty())
            launch.env.insert(QStringLiteral("HOME"), givenHome);
        launch.workDir = workDir;
        ContainerSpec spec;
        spec.userId = spec.groupId = uid;
        QMap<QString, QString> expected{{QStringLiteral("A"), QStringLiteral("x y")}};
        if (!expectedHome.isEmpty())
            expected.insert(QStringLiteral("HOME"), expectedHome);
        QCOMPARE(kfw::local::containerEnv(launch, spec), expected);
    }

    // The env file holds the values verbatim, and no one but the user can read it, whatever was
    // at its path before and whatever the umask.
    void envFileIsPrivate_data()
    {
        QTest::addColumn<QString>("before");
        QTest::addRow("nothing") << QString();
        QTest::addRow("a stale file readable by all") << QStringLiteral("file");
        QTest::addRow("a link to another file") << QStringLiteral("link");
    }

    void envFileIsPrivate()
    {
        QFETCH(QString, before);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("container.env"));
        const QString victim = dir.filePath(QStringLiteral("victim"));
        if (!before.isEmpty()) {
            QFile f(before == QLatin1String("file") ? path : victim);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("OLD=1\n");
            f.close();
            QVERIFY(f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                     QFileDevice::ReadGroup | QFileDevice::ReadOther));
            if (before == QLatin1String("link"))
                QVERIFY(QFile::link(victim, path));
        }
        const QMap<QString, QString> env{{QStringLiteral("A"), QStringLiteral("x y")},
                                         {QStringLiteral("B"), QStringLiteral(" =b #c 'q\" $X")},
                                         {QStringLiteral("EMPTY"), QString()},
                                         {QStringLiteral("U"), QStringLiteral("\u00e9t\u00e9")}};
        const mode_t savedMask = ::umask(0);
        QString error;
        const bool written = writeContainerEnvFile(path, env, &error);
        ::umask(savedMask);
        QVERIFY2(written, qPrintable(error));
        const QFileInfo info(path);
        QVERIFY(!info.isSymLink());
        QCOMPARE(info.permissions(), QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                         QFileDevice::ReadUser | QFileDevice::WriteUser);
        QCOMPARE(readAll(path),
                 QByteArray("A=x y\nB= =b #c 'q\" $X\nEMPTY=\nU=\xc3\xa9t\xc3\xa9\n"));
        if (before == QLatin1String("link"))
            QCOMPARE(readAll(victim), QByteArray("OLD=1\n"));
    }

    // What one line per variable cannot hold is refused, naming the variable and never showing
    // its value, and no file is left.
    void envFileRefuses_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("named"); // what the message must contain
        QTest::addRow("line feed in a value") << "TLS_CERT"
                                              << "-----BEGIN-----\nc2VjcmV0\n-----END-----"
                                              << "TLS_CERT";
        QTest::addRow("carriage return in a value") << "TOKEN"
                                                    << "c2VjcmV0\r"
                                                    << "TOKEN";
        QTest::addRow("= in a name") << "A=B"
                                     << "c2VjcmV0"
                                     << "A=B";
        QTest::addRow("name read as a comment") << "#A"
                                                << "c2VjcmV0"
                                                << "#A";
        QTest::addRow("space in a name") << "MY VAR"
                                         << "c2VjcmV0"
                                         << "MY VAR";
        QTest::addRow("line feed in a name") << "A\nB"
                                             << "c2VjcmV0"
                                             << "A\nB";
        QTest::addRow("empty name") << ""
                                    << "c2VjcmV0"
                                    << "''";
    }

    void envFileRefuses()
    {
        QFETCH(QString, name);
        QFETCH(QString, value);
        QFETCH(QString, named);
        const QMap<QString, QString> env{{QStringLiteral("FINE"), QStringLiteral("1")},
                                         {name, value}};
        const QString problem = containerEnvFileProblem(env);
        QVERIFY2(problem.contains(named), qPrintable(problem));
        QVERIFY2(!problem.contains(QStringLiteral("c2VjcmV0")), qPrintable(problem));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("container.env"));
        QString error;
        QVERIFY(!writeContainerEnvFile(path, env, &error));
        QCOMPARE(error, problem);
        QVERIFY(!QFileInfo::exists(path));
        QVERIFY(containerEnvFileProblem({{QStringLiteral("FINE"), value.simplified()}}).isEmpty());
    }

    void containerNames()
    {
        static const QRegularExpression valid(QStringLiteral("^[a-zA-Z0-9][a-zA-Z0-9_.-]*$"));
        QCOMPARE(containerName(QStringLiteral("3f2a-b1"), QStringLiteral("for-loop-2[1]/train"), 2),
                 QStringLiteral("kfw-3f2a-b1-for-loop-2_1_train-2"));
        QCOMPARE(containerName(QStringLiteral("r"), QStringLiteral("a b/c:d\u00e9"), 1),
                 QStringLiteral("kfw-r-a_b_c_d_-1"));
        // Deep paths stay short and distinct.
        const QString deep = QStringLiteral("for-loop-2[0]/").repeated(20);
        const QString a = containerName(QStringLiteral("run"), deep + QStringLiteral("a"), 1);
        const QString b = containerName(QStringLiteral("run"), deep + QStringLiteral("b"), 1);
        QVERIFY2(a.size() <= 110, qPrintable(a));
        QVERIFY(a != b);
        for (const QString &name : {a, b})
            QVERIFY2(valid.match(name).hasMatch(), qPrintable(name));
        QCOMPARE(
            containerRemoveArgv({QStringLiteral("/usr/bin/docker"), QStringLiteral("docker")}, a),
            (QStringList{QStringLiteral("/usr/bin/docker"), QStringLiteral("rm"),
                         QStringLiteral("-f"), a}));
    }

    void detection()
    {
        QTemporaryDir both, dockerOnly, notExecutable;
        for (const QString &dir : {both.path(), dockerOnly.path()})
            QVERIFY(writeExecutable(dir + QStringLiteral("/docker"), "#!/bin/sh\n"));
        QVERIFY(writeExecutable(both.filePath(QStringLiteral("podman")), "#!/bin/sh\n"));
        QFile plain(notExecutable.filePath(QStringLiteral("podman")));
        QVERIFY(plain.open(QIODevice::WriteOnly));
        plain.close();
        {
            // Podman first, whatever order PATH finds them in.
            PathOverride path(notExecutable.path() + QLatin1Char(':') + dockerOnly.path() +
                              QLatin1Char(':') + both.path());
            const QList<ContainerEngine> engines = installedContainerEngines();
            QCOMPARE(engines.size(), 2);
            QCOMPARE(engines.at(0), (ContainerEngine{both.filePath(QStringLiteral("podman")),
                                                     QStringLiteral("podman")}));
            QCOMPARE(engines.at(1), (ContainerEngine{dockerOnly.filePath(QStringLiteral("docker")),
                                                     QStringLiteral("docker")}));
        }
        {
            PathOverride path(notExecutable.path() + QLatin1Char(':') + dockerOnly.path());
            QCOMPARE(installedContainerEngines().size(), 1);
            QVERIFY(!findContainerEngine(QStringLiteral("podman")));
            QCOMPARE(findContainerEngine(QStringLiteral("docker"))->program,
                     dockerOnly.filePath(QStringLiteral("docker")));
            QVERIFY(!findContainerEngine(QStringLiteral("host")));
        }
        {
            PathOverride path(notExecutable.path());
            QVERIFY(installedContainerEngines().isEmpty());
        }
        // Explicit folders instead of PATH.
        QCOMPARE(installedContainerEngines({both.path()}).size(), 2);
    }

    // A component without a command runs its image's entrypoint: only through an engine.
    void imageEntrypointNeedsAnEngine()
    {
        PipelineEditor ed(PipelineEditor::newPipeline(QStringLiteral("entrypoint")));
        ComponentDefinition greet = ComponentDefinition::container(
            QStringLiteral("greet"), QStringLiteral("busybox:fake"), {},
            {QStringLiteral("printf '%s-%s' \"$GREETING\" \"$DB_PASSWORD\" > \"$0\""),
             out("Output")});
        greet.addParameter(true, QStringLiteral("Output"), QStringLiteral("STRING"));
        QString error;
        const auto t = *ed.addTask(ed.addComponent(greet), &error);
        QVERIFY(ed.setEnv(t, QStringLiteral("GREETING"), QStringLiteral("hello")));
        QVERIFY(ed.mountSecretAsEnv(t, QStringLiteral("db"), QStringLiteral("password"),
                                    QStringLiteral("DB_PASSWORD")));
        const QMap<QString, QMap<QString, QString>> secrets{
            {QStringLiteral("db"), {{QStringLiteral("password"), QStringLiteral("s3cret")}}}};
        {
            RunOptions o = options(false);
            o.secrets = secrets;
            LocalRunner runner(ed.document(), {}, o);
            const Run r = run(runner);
            QCOMPARE(r.state, TaskState::Failed);
            QVERIFY2(r.message.contains(QStringLiteral("needs a container engine")),
                     qPrintable(r.message));
        }
        RunOptions o = options(true);
        o.secrets = secrets;
        LocalRunner runner(ed.document(), {}, o);
        const Run r = run(runner);
        const TaskRecord *task = runner.task(QStringLiteral("greet"));
        const QByteArray log = readAll(task->logFile);
        QVERIFY2(r.state == TaskState::Succeeded,
                 qPrintable(r.message + QLatin1Char('\n') + QString::fromUtf8(log)));
        QCOMPARE(task->outputs.value(QStringLiteral("Output")).text(),
                 QStringLiteral("hello-s3cret"));
        QVERIFY2(log.startsWith("[workbench] image busybox:fake via docker\n"), log.constData());
        QVERIFY(!log.contains("s3cret"));
        const QString call = QString::fromUtf8(readAll(m_engineLog))
                                 .split(QLatin1Char('\n'))
                                 .filter(QStringLiteral("kfw-run"))
                                 .last();
        const QString runDir = m_dir.filePath(o.runId);
        QVERIFY2(call.contains(QStringLiteral("--name kfw-%1-greet-1 ").arg(o.runId)),
                 qPrintable(call));
        QVERIFY2(call.contains(QStringLiteral("-v %1:%1 ").arg(runDir)), qPrintable(call));
        QVERIFY2(!call.contains(QStringLiteral("--entrypoint")), qPrintable(call));
        QVERIFY(!readAll(m_engineLog).contains("s3cret"));
    }

    // The env, secrets among it, reaches the container through a file only the user can read,
    // never the engine's command line (which any user sees in ps), and the file does not outlive
    // the task, whether it succeeds or fails.
    void envGoesThroughAPrivateFile_data()
    {
        QTest::addColumn<bool>("fails");
        QTest::addRow("succeeds") << false;
        QTest::addRow("fails") << true;
    }

    void envGoesThroughAPrivateFile()
    {
        QFETCH(bool, fails);
        // Shell syntax and '=' pass verbatim.
        const QString secret = QStringLiteral("s3cret $HOME `id` 'q\" a=b #c");
        PipelineEditor ed(PipelineEditor::newPipeline(QStringLiteral("env")));
        ComponentDefinition show = ComponentDefinition::container(
            QStringLiteral("show"), QStringLiteral("busybox:fake"),
            {QStringLiteral("sh"), QStringLiteral("-c")},
            {QStringLiteral("printf '%s|%s' \"$GREETING\" \"$DB_PASSWORD\" > \"$0\"") +
                 (fails ? QStringLiteral("; exit 3") : QString()),
             out("Output")});
        show.addParameter(true, QStringLiteral("Output"), QStringLiteral("STRING"));
        QString error;
        const auto t = *ed.addTask(ed.addComponent(show), &error);
        QVERIFY(ed.setEnv(t, QStringLiteral("GREETING"), QStringLiteral("hello world")));
        QVERIFY(ed.mountSecretAsEnv(t, QStringLiteral("db"), QStringLiteral("password"),
                                    QStringLiteral("DB_PASSWORD")));
        RunOptions o = options(true);
        o.secrets = {{QStringLiteral("db"), {{QStringLiteral("password"), secret}}}};
        LocalRunner runner(ed.document(), {}, o);
        const Run r = run(runner);
        const TaskRecord *task = runner.task(QStringLiteral("show"));
        const QByteArray log = readAll(task->logFile);
        QCOMPARE(r.state, fails ? TaskState::Failed : TaskState::Succeeded);
        if (fails)
            QVERIFY2(task->message.contains(QStringLiteral("code 3")), qPrintable(task->message));
        else
            QCOMPARE(task->outputs.value(QStringLiteral("Output")).text(),
                     QStringLiteral("hello world|") + secret);
        // The file was private while the container started, and is gone now.
        QVERIFY2(log.contains("fake engine: env file mode 600\n"), log.constData());
        QVERIFY(!QFileInfo::exists(envFileOf(task)));
        const QStringList calls = runCalls(m_engineLog, o.runId);
        QCOMPARE(calls.size(), 1);
        QVERIFY2(calls.first().contains(QStringLiteral(" --env-file %1 ").arg(envFileOf(task))),
                 qPrintable(calls.first()));
        const QByteArray engineLog = readAll(m_engineLog);
        QVERIFY(!engineLog.contains("s3cret"));
        QVERIFY(!engineLog.contains("hello world"));
        // HOME as well when the tests run as a user other than root.
        static const QRegularExpression names(
            QStringLiteral("^env file names: DB_PASSWORD GREETING( HOME)?$"),
            QRegularExpression::MultilineOption);
        QVERIFY2(QString::fromUtf8(engineLog).contains(names), engineLog.constData());
        QVERIFY(!log.contains("s3cret"));
    }

    // A value an env file cannot hold fails its task before the engine runs, naming the
    // variable: a multi-line secret belongs in a file mounted into the container.
    void multiLineValueFailsTheTask()
    {
        PipelineEditor ed(PipelineEditor::newPipeline(QStringLiteral("multiline")));
        QString error;
        const auto t = *ed.addTask(ed.addComponent(ComponentDefinition::container(
                                       QStringLiteral("tls"), QStringLiteral("busybox:fake"),
                                       {QStringLiteral("true")}, {})),
                                   &error);
        QVERIFY(ed.mountSecretAsEnv(t, QStringLiteral("tls"), QStringLiteral("cert"),
                                    QStringLiteral("TLS_CERT")));
        RunOptions o = options(true);
        o.secrets = {{QStringLiteral("tls"),
                      {{QStringLiteral("cert"), QStringLiteral("-----BEGIN-----\nc2VjcmV0\n")}}}};
        LocalRunner runner(ed.document(), {}, o);
        const Run r = run(runner);
        QCOMPARE(r.state, TaskState::Failed);
        const TaskRecord *task = runner.task(QStringLiteral("tls"));
        QVERIFY2(task->message.contains(QStringLiteral("TLS_CERT")) &&
                     task->message.contains(QStringLiteral("line break")),
                 qPrintable(task->message));
        QVERIFY(!task->message.contains(QStringLiteral("c2VjcmV0")));
        QVERIFY(runCalls(m_engineLog, o.runId).isEmpty());
        QVERIFY(!QFileInfo::exists(envFileOf(task)));
    }

    // An SDK Python component in an image: the kfp install is dropped and the workbench runtime
    // is mounted read-only in its place.
    void pythonComponentUsesTheRuntimeReadOnly()
    {
        QString error;
        const auto twice = ComponentDefinition::fromPythonFunction(
            QStringLiteral("def twice(x: int) -> int:\n    return x * 2\n"),
            QStringLiteral("twice"), QStringLiteral("python:3.11"), {}, &error);
        QVERIFY2(twice, qPrintable(error));
        PipelineEditor ed(PipelineEditor::newPipeline(QStringLiteral("python")));
        const auto t = *ed.addTask(ed.addComponent(*twice), &error);
        QVERIFY(ed.setConstant(t, QStringLiteral("x"), YamlValue::integer(21)));
        RunOptions o = options(true);
        o.pythonRuntimeDir =
            qEnvironmentVariable("KFW_SOURCE_DIR") + QStringLiteral("/resources/runtime");
        LocalRunner runner(ed.document(), {}, o);
        const Run r = run(runner, 60000);
        const QByteArray log = readAll(runner.task(QStringLiteral("twice"))->logFile);
        QVERIFY2(r.state == TaskState::Succeeded,
                 qPrintable(r.message + QLatin1Char('\n') + QString::fromUtf8(log)));
        QCOMPARE(
            runner.task(QStringLiteral("twice"))->outputs.value(QStringLiteral("Output")).toInt(),
            42);
        QVERIFY(log.startsWith("[workbench] image python:3.11 via docker\n"));
        const QString call = QString::fromUtf8(readAll(m_engineLog))
                                 .split(QLatin1Char('\n'))
                                 .filter(QStringLiteral("kfw-run"))
                                 .last();
        QVERIFY2(call.contains(QStringLiteral("-v %1:%1:ro ").arg(o.pythonRuntimeDir)),
                 qPrintable(call));
        // Its value is in the env file: the run could import kfp from the runtime only with it.
        QVERIFY2(call.contains(QStringLiteral(" --env-file ")), qPrintable(call));
        QVERIFY(!call.contains(o.pythonRuntimeDir + QStringLiteral(" ")) ||
                call.contains(QStringLiteral("-v %1:%1:ro ").arg(o.pythonRuntimeDir)));
        static const QRegularExpression names(
            QStringLiteral("^env file names:( HOME)? PYTHONPATH$"),
            QRegularExpression::MultilineOption);
        QVERIFY(QString::fromUtf8(readAll(m_engineLog)).contains(names));
        QVERIFY2(call.contains(QStringLiteral("--entrypoint sh python:3.11 ")), qPrintable(call));
    }

    void cancelAndTimeoutRemoveTheContainer_data()
    {
        QTest::addColumn<bool>("timeout");
        QTest::addRow("cancel") << false;
        QTest::addRow("time-out") << true;
    }

    void cancelAndTimeoutRemoveTheContainer()
    {
        QFETCH(bool, timeout);
        PipelineEditor ed(PipelineEditor::newPipeline(QStringLiteral("long")));
        QString error;
        QVERIFY(ed.addTask(ed.addComponent(ComponentDefinition::container(
                               QStringLiteral("nap"), QStringLiteral("busybox:fake"),
                               {QStringLiteral("sleep")}, {QStringLiteral("60")})),
                           &error));
        RunOptions o = options(true);
        if (timeout)
            o.taskTimeoutSeconds = 1;
        LocalRunner runner(ed.document(), {}, o);
        QSignalSpy done(&runner, &LocalRunner::runFinished);
        QSignalSpy changed(&runner, &LocalRunner::taskChanged);
        runner.start();
        QTRY_VERIFY(changed.count() >= 1); // nap is running
        const QString envFile = envFileOf(runner.task(QStringLiteral("nap")));
        // The engine has read the file, which only the user can read, and the container runs.
        QTRY_VERIFY2(readAll(runner.task(QStringLiteral("nap"))->logFile)
                         .contains("fake engine: env file mode 600\n"),
                     readAll(runner.task(QStringLiteral("nap"))->logFile).constData());
        QVERIFY(QFileInfo::exists(envFile));
        const QString removal = QStringLiteral("rm -f kfw-%1-nap-1").arg(o.runId);
        QVERIFY(!readAll(m_engineLog).contains(removal.toUtf8()));
        if (!timeout)
            runner.cancel();
        QVERIFY(done.wait(15000));
        QCOMPARE(done.first().at(0).value<TaskState>(),
                 timeout ? TaskState::Failed : TaskState::Cancelled);
        const TaskRecord *nap = runner.task(QStringLiteral("nap"));
        QVERIFY2(nap->message.contains(timeout ? QStringLiteral("timed out")
                                               : QStringLiteral("cancelled")),
                 qPrintable(nap->message));
        QVERIFY(!QFileInfo::exists(envFile));
        // The removal is detached: it may land a moment after the run ends.
        QTRY_VERIFY_WITH_TIMEOUT(readAll(m_engineLog).contains(removal.toUtf8()), 5000);
    }
};

QTEST_GUILESS_MAIN(TestContainerEngine)
#include "tst_containerengine.moc"
