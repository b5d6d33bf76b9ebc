#pragma once

// For tests that run kfw-cluster-sim as a separate process (as kubectl and the CLI see it).

#include <QProcess>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

namespace kfw::sim {

// Starts the simulator with args (plus "--port 0") and returns the address it listens on, or an
// empty string with *error saying why.
inline QString startSimulatorProcess(QProcess &process, const QString &program, QStringList args,
                                     QString *error)
{
    args << QStringLiteral("--port") << QStringLiteral("0");
    process.start(program, args);
    if (!process.waitForStarted()) {
        *error = process.errorString();
        return {};
    }
    QString output;
    for (int i = 0; i < 100 && !output.contains(u"listening on"); ++i) {
        process.waitForReadyRead(200);
        output += QString::fromUtf8(process.readAllStandardOutput());
    }
    const QString address =
        QRegularExpression(QStringLiteral("listening on (\\S+)")).match(output).captured(1);
    if (address.isEmpty())
        *error = output + QString::fromUtf8(process.readAllStandardError());
    return address;
}

} // namespace kfw::sim
