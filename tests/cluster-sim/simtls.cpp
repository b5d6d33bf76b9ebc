#include "simtls.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>

namespace kfw::sim {

namespace {

bool openssl(const QString &dir, const QStringList &args, QString *error)
{
    const QString program = QStandardPaths::findExecutable(u"openssl"_qs);
    if (program.isEmpty()) {
        *error = u"the openssl command is needed for --tls; install the openssl package"_qs;
        return false;
    }
    QProcess process;
    process.setWorkingDirectory(dir);
    process.start(program, args);
    if (!process.waitForFinished(60000) || process.exitCode() != 0) {
        *error = QStringLiteral("openssl %1 failed: %2")
                     .arg(args.value(0), QString::fromLocal8Bit(process.readAllStandardError()));
        return false;
    }
    return true;
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeFile(const QString &path, const QByteArray &data)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(data) == data.size();
}

} // namespace

bool makeCertificates(const QString &dir, const QString &clientName, SimCertificates *out,
                      QString *error)
{
    const QStringList ec = {u"-newkey"_qs, u"ec"_qs, u"-pkeyopt"_qs,
                            u"ec_paramgen_curve:prime256v1"_qs, u"-nodes"_qs};
    if (!writeFile(dir + u"/server.ext"_qs,
                   "subjectAltName=IP:127.0.0.1,DNS:localhost\nextendedKeyUsage=serverAuth\n") ||
        !writeFile(dir + u"/client.ext"_qs, "extendedKeyUsage=clientAuth\n")) {
        *error = QStringLiteral("cannot write in %1").arg(dir);
        return false;
    }
    const bool ok =
        openssl(dir,
                QStringList{u"req"_qs, u"-x509"_qs} + ec +
                    QStringList{u"-keyout"_qs, u"ca.key"_qs, u"-out"_qs, u"ca.crt"_qs, u"-days"_qs,
                                u"7"_qs, u"-subj"_qs, u"/CN=kfw-cluster-sim-ca"_qs},
                error) &&
        openssl(dir,
                QStringList{u"req"_qs} + ec +
                    QStringList{u"-keyout"_qs, u"server.key"_qs, u"-out"_qs, u"server.csr"_qs,
                                u"-subj"_qs, u"/CN=kfw-cluster-sim"_qs},
                error) &&
        openssl(dir,
                {u"x509"_qs, u"-req"_qs, u"-in"_qs, u"server.csr"_qs, u"-CA"_qs, u"ca.crt"_qs,
                 u"-CAkey"_qs, u"ca.key"_qs, u"-CAcreateserial"_qs, u"-out"_qs, u"server.crt"_qs,
                 u"-days"_qs, u"7"_qs, u"-extfile"_qs, u"server.ext"_qs},
                error) &&
        openssl(dir,
                QStringList{u"req"_qs} + ec +
                    QStringList{u"-keyout"_qs, u"client.key"_qs, u"-out"_qs, u"client.csr"_qs,
                                u"-subj"_qs,
                                QStringLiteral("/O=system:masters/CN=%1").arg(clientName)},
                error) &&
        openssl(dir,
                {u"x509"_qs, u"-req"_qs, u"-in"_qs, u"client.csr"_qs, u"-CA"_qs, u"ca.crt"_qs,
                 u"-CAkey"_qs, u"ca.key"_qs, u"-CAcreateserial"_qs, u"-out"_qs, u"client.crt"_qs,
                 u"-days"_qs, u"7"_qs, u"-extfile"_qs, u"client.ext"_qs},
                error);
    if (!ok)
        return false;
    out->caPem = readFile(dir + u"/ca.crt"_qs);
    out->serverCertPem = readFile(dir + u"/server.crt"_qs);
    out->serverKeyPem = readFile(dir + u"/server.key"_qs);
    out->clientCertPem = readFile(dir + u"/client.crt"_qs);
    out->clientKeyPem = readFile(dir + u"/client.key"_qs);
    return true;
}

} // namespace kfw::sim
