#include "cluster/local/standins.h"

#include "cluster/local/runstore.h"
#include "cluster/local/secretstore.h"

#include <QJsonObject>
#include <QTimer>

#include <memory>

namespace kfw::local {

using pipelinespec::YamlValue;

StandInNeeds standInNeeds(const pipelinespec::PipelineDocument &doc)
{
    StandInNeeds needs;
    if (!doc.platform())
        return needs;
    const YamlValue *executors =
        doc.platform()->at({"platforms", "kubernetes", "deploymentSpec", "executors"});
    if (!executors || !executors->isMapping())
        return needs;
    // A name written in the spec, or null when it comes from a parameter or an upstream task.
    const auto nameOf = [&needs](const YamlValue &entry, const char *plain,
                                 const char *param) -> QString {
        if (const YamlValue *spec = entry.find(QString::fromLatin1(param))) {
            if (const YamlValue *c = spec->at({"runtimeValue", "constant"}))
                return c->scalarText();
            needs.dynamic = true;
            return {};
        }
        const YamlValue *name = entry.find(QString::fromLatin1(plain));
        return name ? name->scalarText() : QString();
    };
    const auto collect = [&](const YamlValue &cfg, const char *listKey, const char *plain,
                             const char *param, const char *keyField, QSet<QString> *into) {
        if (const YamlValue *list = cfg.find(QString::fromLatin1(listKey));
            list && list->isSequence())
            for (const YamlValue &entry : list->items())
                if (const QString name = nameOf(entry, plain, param); !name.isEmpty()) {
                    into->insert(name);
                    if (const YamlValue *keys = entry.find(QStringLiteral("keyToEnv"));
                        keyField && keys && keys->isSequence())
                        for (const YamlValue &k : keys->items())
                            needs.keys[name].insert(
                                k.value(QString::fromLatin1(keyField)).scalarText());
                }
    };
    for (const auto &e : executors->entries()) {
        collect(e.value, "secretAsEnv", "secretName", "secretNameParameter", "secretKey",
                &needs.secrets);
        collect(e.value, "secretAsVolume", "secretName", "secretNameParameter", nullptr,
                &needs.secrets);
        collect(e.value, "configMapAsEnv", "configMapName", "configMapNameParameter",
                "configMapKey", &needs.configMaps);
        collect(e.value, "configMapAsVolume", "configMapName", "configMapNameParameter", nullptr,
                &needs.configMaps);
        collect(e.value, "pvcMount", "pvcName", "pvcNameParameter", nullptr, &needs.volumes);
        collect(e.value, "pvcMount", "constant", "taskOutputParameter", nullptr, &needs.volumes);
    }
    return needs;
}

void resolveStandIns(const pipelinespec::PipelineDocument &doc, const RunStore &store,
                     SecretStore *secrets, RunOptions options, std::function<void(RunOptions)> done,
                     QObject *context)
{
    const QPointer<QObject> guard(context);
    const bool guarded = context != nullptr;
    const StandInNeeds needs = standInNeeds(doc);
    using Kind = RunStore::StandIn;
    const QMap<QString, QJsonValue> configMaps = store.standIns(Kind::ConfigMap);
    for (auto it = configMaps.begin(); it != configMaps.end(); ++it) {
        if (!needs.dynamic && !needs.configMaps.contains(it.key()))
            continue;
        const QJsonObject data = it.value().toObject();
        for (auto kv = data.begin(); kv != data.end(); ++kv)
            options.configMaps[it.key()].insert(kv.key(), kv.value().toString());
    }
    const QMap<QString, QJsonValue> volumes = store.standIns(Kind::Volume);
    for (auto it = volumes.begin(); it != volumes.end(); ++it)
        if (needs.dynamic || needs.volumes.contains(it.key()))
            options.volumes.insert(it.key(), it.value().toString());

    // Secrets the workstation knows of and the pipeline names, read one after another.
    auto pending = std::make_shared<QStringList>();
    for (const QString &name : store.standIns(Kind::Secret).keys())
        if (needs.dynamic || needs.secrets.contains(name))
            *pending << name;
    if (pending->isEmpty() || !secrets) {
        QTimer::singleShot(
            0, [options = std::move(options), done = std::move(done)] { done(options); });
        return;
    }
    auto state = std::make_shared<RunOptions>(std::move(options));
    auto next = std::make_shared<std::function<void()>>();
    *next = [pending, state, secrets, done = std::move(done), next, guard, guarded]() mutable {
        if (guarded && !guard) {
            *next = nullptr; // the owner of the secret store is gone
            return;
        }
        if (pending->isEmpty()) {
            done(*state);
            *next = nullptr; // breaks the cycle
            return;
        }
        const QString name = pending->takeFirst();
        secrets->read(name,
                      [state, name, next](const SecretStore::Values &values, const QString &error) {
                          if (error.isEmpty())
                              state->secrets.insert(name, values);
                          else
                              state->standInProblems.insert(name, error);
                          if (*next)
                              (*next)();
                      });
    };
    (*next)();
}

} // namespace kfw::local
