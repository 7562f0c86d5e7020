#pragma once

// The test-only certificates of certs/ (see certs/README.md): a CA that no system trusts, and
// a certificate for portal.test that it signed.

#include <QByteArray>
#include <QFile>
#include <QString>

namespace testsupport {

inline QString testCertificatePath(const char *name)
{
    return QStringLiteral(MB_TEST_CERTS_DIR "/") + QLatin1String(name);
}

inline QByteArray readTestCertificate(const char *name)
{
    QFile file(testCertificatePath(name));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// The name the portal certificate is for.
inline QString testPortalHost()
{
    return QStringLiteral("portal.test");
}
inline QString testCaFile()
{
    return testCertificatePath("test-proxy-ca.pem");
}
inline QByteArray testCaPem()
{
    return readTestCertificate("test-proxy-ca.pem");
}
inline QByteArray testPortalCertificatePem()
{
    return readTestCertificate("portal-test.pem");
}
inline QByteArray testPortalKeyPem()
{
    return readTestCertificate("portal-test.key");
}

} // namespace testsupport
