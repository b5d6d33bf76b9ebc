#pragma once

#include "cluster/backend/backendregistry.h"
#include "cluster/local/localbackend.h"
#include "cluster/local/secretstore.h"
#include "ui/actionregistry.h"
#include "ui/activitytracker.h"
#include "ui/documentrouter.h"
#include "ui/notificationcenter.h"
#include "ui/shellcontext.h"

#include <QTemporaryDir>

#include <memory>

namespace kfw::test {

// What a page test needs of the shell: a local backend keeping its data in a temporary folder
// (the active backend), notifications, the activity tracker, the document router and the
// command palette's actions.
struct LocalShell
{
    QTemporaryDir dir;
    backend::BackendRegistry backends;
    ui::NotificationCenter notifications;
    ui::ActivityTracker activity;
    ui::DocumentRouter documents;
    ui::ActionRegistry actions;

    LocalShell()
    {
        backends.add(
            std::make_unique<local::LocalBackend>(dir.filePath(QStringLiteral("data")), nullptr,
                                                  std::make_unique<local::MemorySecretStore>()));
    }

    ui::ShellContext context()
    {
        ui::ShellContext c;
        c.backends = &backends;
        c.notifications = &notifications;
        c.activity = &activity;
        c.documents = &documents;
        c.actions = &actions;
        return c;
    }
};

} // namespace kfw::test
