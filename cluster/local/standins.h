#pragma once

#include "cluster/local/secretstore.h"

#include "cluster/local/runner.h"

#include <QObject>
#include <QPointer>
#include <QSet>

#include <functional>

namespace kfw::local {

class RunStore;

// The cluster objects a pipeline's Kubernetes options name: secrets, config maps and volume
// claims. Names given by parameters or upstream outputs are only known while running
// (`dynamic`).
struct StandInNeeds
{
    QSet<QString> secrets;
    QSet<QString> configMaps;
    QSet<QString> volumes;
    // The keys read from each secret and config map by env (volumes take every key).
    QMap<QString, QSet<QString>> keys;
    bool dynamic = false;

    bool isEmpty() const
    {
        return secrets.isEmpty() && configMaps.isEmpty() && volumes.isEmpty() && !dynamic;
    }
};
StandInNeeds standInNeeds(const pipelinespec::PipelineDocument &doc);

// Gives `options` what stands in for them on this workstation: config maps and volume folders
// from the history, secret values from the keychain (only those the pipeline names, or all the
// workstation has when names are dynamic). Calls `done` later on this thread; secrets that cannot
// be read are left out with the reason in options.standInProblems, so that the task that needs
// one fails saying why.
// `context`, when given, owns `secrets`: once it is gone nothing more is read and `done` is not
// called.
void resolveStandIns(const pipelinespec::PipelineDocument &doc, const RunStore &store,
                     SecretStore *secrets, RunOptions options, std::function<void(RunOptions)> done,
                     QObject *context = nullptr);

} // namespace kfw::local
