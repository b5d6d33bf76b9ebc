#pragma once

#include "cluster/local/taskprocess.h"

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace kfw::local {

// A container engine installed on the workstation, which runs tasks in their images.
struct ContainerEngine
{
    QString program; // absolute path of the podman or docker executable
    QString name;    // "podman" or "docker"

    bool operator==(const ContainerEngine &) const = default;
};

// The engines this workstation has, in preference order (podman, then docker). searchPaths
// empty: the folders of PATH.
QList<ContainerEngine> installedContainerEngines(const QStringList &searchPaths = {});
// The engine called name ("podman" or "docker") if it is installed; nullopt otherwise.
std::optional<ContainerEngine> findContainerEngine(const QString &name,
                                                   const QStringList &searchPaths = {});

// A host folder (or file) visible inside the container.
struct ContainerMount
{
    QString hostPath;
    QString containerPath; // empty: the same path as on the host
    bool readOnly = false;

    bool operator==(const ContainerMount &) const = default;
};

// What the engine runs besides the task's launch.
struct ContainerSpec
{
    QString image;
    QString name; // unique per task attempt, see containerName()
    QList<ContainerMount> mounts;
    // The component has a command: argv[0] replaces the image's entrypoint. False: the image's
    // own entrypoint runs and the whole argv is its arguments.
    bool hasCommand = true;
    // Who the task runs as; -1: the current user. Root runs as the image says.
    int userId = -1;
    int groupId = -1;
    // The file the engine reads the container's env from (see writeContainerEnvFile()), so
    // that values, secrets among them, stay off the engine's command line, which every user
    // of the workstation can read. Empty: no env beyond the image's.
    QString envFile;
};

// A container name unique to one attempt of one task: "kfw-<run id>-<task path>-<attempt>",
// reduced to the characters engines accept ([a-zA-Z0-9_.-]) and to a bounded length.
QString containerName(const QString &runId, const QString &taskPath, int attempt);

// The env the container gets: launch's env, plus HOME at the task's working folder when the
// task runs as a user the image has no home for.
QMap<QString, QString> containerEnv(const TaskLaunch &launch, const ContainerSpec &spec);
// Why env cannot be written to an env file, naming the variable: env files hold one KEY=VALUE
// per line, so neither a name nor a value can hold a line break, and a name cannot be empty or
// hold '=' or white space, or start with '#'. Empty: it can.
QString containerEnvFileProblem(const QMap<QString, QString> &env);
// Writes env to path as KEY=VALUE lines, the format podman and docker read with --env-file. The
// file is readable and writable by the user only (0600) from the moment it exists, and a file
// already at path is replaced rather than reused. False, with *error set, if env has a problem
// (see containerEnvFileProblem()) or the file cannot be written; no file is left then.
bool writeContainerEnvFile(const QString &path, const QMap<QString, QString> &env, QString *error);

// The engine's command line (program first) that runs launch's argv in spec's image: removed
// when it ends, the task's working folder as its working folder, the mounts, spec's env file,
// and the user's uid inside so that files written in mounted folders belong to the user. Paths
// of the executor contract stay valid because folders are mounted at the same path. No env
// value is on it: they are in the env file, written with containerEnv().
QStringList containerRunArgv(const ContainerEngine &engine, const TaskLaunch &launch,
                             const ContainerSpec &spec);
// The command line that removes a container, running or not ("rm -f").
QStringList containerRemoveArgv(const ContainerEngine &engine, const QString &name);

} // namespace kfw::local
