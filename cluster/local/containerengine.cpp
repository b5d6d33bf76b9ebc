#include "cluster/local/containerengine.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStandardPaths>

#include <algorithm>
#include <utility>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

namespace kfw::local {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("kfw::local::ContainerEngine", text);
}

// Who the task runs as inside: spec's user, or the current one.
std::pair<int, int> userAndGroup(const ContainerSpec &spec)
{
    int uid = spec.userId, gid = spec.groupId;
#ifdef Q_OS_UNIX
    if (uid < 0)
        uid = int(::getuid());
    if (gid < 0)
        gid = int(::getgid());
#endif
    return {uid, gid};
}

} // namespace

QList<ContainerEngine> installedContainerEngines(const QStringList &searchPaths)
{
    QList<ContainerEngine> engines;
    for (const QString &name : {QStringLiteral("podman"), QStringLiteral("docker")}) {
        const QString program = QStandardPaths::findExecutable(name, searchPaths);
        if (!program.isEmpty())
            engines.append({QFileInfo(program).absoluteFilePath(), name});
    }
    return engines;
}

std::optional<ContainerEngine> findContainerEngine(const QString &name,
                                                   const QStringList &searchPaths)
{
    for (const ContainerEngine &e : installedContainerEngines(searchPaths))
        if (e.name == name)
            return e;
    return std::nullopt;
}

QString containerName(const QString &runId, const QString &taskPath, int attempt)
{
    static const QRegularExpression unsafe(QStringLiteral("[^a-zA-Z0-9_.-]+"));
    QString body =
        QString(runId + QLatin1Char('-') + taskPath).replace(unsafe, QStringLiteral("_"));
    // Engines refuse very long names; deep loop paths keep a readable start and a hash.
    constexpr qsizetype kMaxBody = 100;
    if (body.size() > kMaxBody) {
        const QByteArray hash =
            QCryptographicHash::hash(body.toUtf8(), QCryptographicHash::Sha256).toHex().left(12);
        body = body.left(kMaxBody - 13) + QLatin1Char('-') + QString::fromLatin1(hash);
    }
    return QStringLiteral("kfw-%1-%2").arg(body).arg(attempt);
}

QMap<QString, QString> containerEnv(const TaskLaunch &launch, const ContainerSpec &spec)
{
    QMap<QString, QString> env = launch.env;
    // A user other than root has no home in the image; tools that write there (pip falls back to
    // a user install) get the task's working folder.
    if (userAndGroup(spec).first > 0 && !env.contains(QStringLiteral("HOME")) &&
        !launch.workDir.isEmpty())
        env.insert(QStringLiteral("HOME"), launch.workDir);
    return env;
}

QString containerEnvFileProblem(const QMap<QString, QString> &env)
{
    // Both engines read the file line by line (a trailing carriage return is dropped), skip
    // lines starting with '#' and split at the first '='; docker refuses names with white space.
    static const QRegularExpression lineBreak(QStringLiteral("[\\r\\n]"));
    static const QRegularExpression badName(QStringLiteral("^$|^#|[=\\s]"));
    for (auto it = env.begin(); it != env.end(); ++it) {
        if (it.key().contains(badName))
            return tr("the env variable name '%1' cannot be given to a container").arg(it.key());
        if (it.value().contains(lineBreak))
            return tr("the value of env variable %1 has a line break, which a container engine "
                      "cannot be given (its env file holds one line per variable); mount the "
                      "value as a file instead")
                .arg(it.key());
    }
    return {};
}

bool writeContainerEnvFile(const QString &path, const QMap<QString, QString> &env, QString *error)
{
    if (const QString problem = containerEnvFileProblem(env); !problem.isEmpty()) {
        *error = problem;
        return false;
    }
    // Whatever is at path (a file left by a crash, a link) is never written through: it goes,
    // and the new file is created exclusively, owner-only from the start (a umask can only take
    // bits away) and then set to exactly 0600 before a byte is written.
    QFile::remove(path);
    const QFileDevice::Permissions ownerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::NewOnly, ownerOnly)) {
        *error = tr("cannot create the container's env file %1: %2").arg(path, f.errorString());
        return false;
    }
    QByteArray text;
    for (auto it = env.begin(); it != env.end(); ++it)
        text += it.key().toUtf8() + '=' + it.value().toUtf8() + '\n';
    if (!f.setPermissions(ownerOnly) || f.write(text) != text.size() || !f.flush()) {
        *error = tr("cannot write the container's env file %1: %2").arg(path, f.errorString());
        f.close();
        f.remove();
        return false;
    }
    f.close();
    return true;
}

QStringList containerRunArgv(const ContainerEngine &engine, const TaskLaunch &launch,
                             const ContainerSpec &spec)
{
    QStringList a{engine.program, QStringLiteral("run"), QStringLiteral("--rm"),
                  QStringLiteral("--name"), spec.name};
    if (!launch.workDir.isEmpty())
        a << QStringLiteral("--workdir") << launch.workDir;
    const auto [uid, gid] = userAndGroup(spec);
    // Rootless podman maps the user to the same uid inside; docker's daemon runs as root, so it
    // is told the uid. Root needs neither (and rootful podman refuses keep-id).
    if (uid > 0) {
        if (engine.name == QLatin1String("podman"))
            a << QStringLiteral("--userns=keep-id");
        else
            a << QStringLiteral("--user") << QStringLiteral("%1:%2").arg(uid).arg(std::max(gid, 0));
    }
    for (const ContainerMount &m : spec.mounts) {
        QString volume = m.hostPath + QLatin1Char(':') +
                         (m.containerPath.isEmpty() ? m.hostPath : m.containerPath);
        if (m.readOnly)
            volume += QStringLiteral(":ro");
        a << QStringLiteral("-v") << volume;
    }
    if (!spec.envFile.isEmpty())
        a << QStringLiteral("--env-file") << spec.envFile;
    if (spec.hasCommand && !launch.argv.isEmpty()) {
        a << QStringLiteral("--entrypoint") << launch.argv.first() << spec.image
          << launch.argv.mid(1);
    } else {
        a << spec.image << launch.argv;
    }
    return a;
}

QStringList containerRemoveArgv(const ContainerEngine &engine, const QString &name)
{
    return {engine.program, QStringLiteral("rm"), QStringLiteral("-f"), name};
}

} // namespace kfw::local
