#include "SystemCaStore.h"

#include <QFile>
#include <QSslConfiguration>
#include <QThreadPool>

#include <future>
#include <memory>
#include <mutex>

namespace mb {

namespace {

std::once_flag g_started;
std::shared_future<QList<QSslCertificate>> g_roots;

QList<QSslCertificate> readRoots()
{
    // Qt reads every file of the certificate folders as well as the bundle built from them,
    // so each root is parsed twice. The bundle alone holds the roots OpenSSL's own lookup
    // would find (update-ca-certificates writes both).
    const QString bundle = SystemCaStore::bundlePath();
    if (!bundle.isEmpty()) {
        QList<QSslCertificate> roots = QSslCertificate::fromPath(bundle, QSsl::Pem);
        if (!roots.isEmpty())
            return roots;
    }
    return QSslConfiguration::systemCaCertificates();
}

} // namespace

QString SystemCaStore::bundlePath()
{
#if defined(Q_OS_UNIX) && !defined(Q_OS_DARWIN) && !defined(Q_OS_ANDROID)
    // Debian, Ubuntu, Arch, Gentoo; Fedora, RHEL; openSUSE; Alpine.
    static const char *const bundles[] = {
        "/etc/ssl/certs/ca-certificates.crt",
        "/etc/pki/tls/certs/ca-bundle.crt",
        "/etc/ssl/ca-bundle.pem",
        "/etc/ssl/cert.pem",
    };
    for (const char *path : bundles) {
        const QString file = QString::fromLatin1(path);
        if (QFile::exists(file))
            return file;
    }
#endif
    return {};
}

void SystemCaStore::preload()
{
    // Qt's global pool: QCoreApplication waits for it on exit, so a read still running then
    // never outlives the Qt it uses.
    std::call_once(g_started, [] {
        auto promise = std::make_shared<std::promise<QList<QSslCertificate>>>();
        g_roots = promise->get_future().share();
        QThreadPool::globalInstance()->start([promise] { promise->set_value(readRoots()); });
    });
}

QList<QSslCertificate> SystemCaStore::certificates()
{
    preload();
    return g_roots.get();
}

} // namespace mb
