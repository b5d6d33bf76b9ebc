#pragma once

#include <QByteArray>
#include <QString>

namespace kfw::sim {

// A throw-away certificate authority with a server certificate for 127.0.0.1/localhost and a
// client certificate, made with the openssl command at start-up.
struct SimCertificates
{
    QByteArray caPem;
    QByteArray serverCertPem;
    QByteArray serverKeyPem;
    QByteArray clientCertPem;
    QByteArray clientKeyPem;
};

// Makes the certificates in dir; clientName becomes the client certificate's common name.
// Returns false with *error when openssl is missing or fails.
bool makeCertificates(const QString &dir, const QString &clientName, SimCertificates *out,
                      QString *error);

} // namespace kfw::sim
