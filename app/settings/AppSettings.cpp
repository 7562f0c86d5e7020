#include "AppSettings.h"

#include "auth/AccountStore.h"
#include "rest/NetworkAccessFactory.h"

#include <QFile>
#include <QSslCertificate>

namespace mb {

namespace {
namespace key {
const QString proxy = QStringLiteral("network/proxy");
const QString proxyHost = QStringLiteral("network/proxyHost");
const QString proxyPort = QStringLiteral("network/proxyPort");
const QString caFile = QStringLiteral("network/caFile");
const QString enterprise = QStringLiteral("limits/enterprise");
const QString language = QStringLiteral("ui/language");
const QString uiState = QStringLiteral("ui/state/");
const QString lastExportFolder = QStringLiteral("ui/lastExportFolder");
} // namespace key

QString proxyName(NetworkSettings::Proxy proxy)
{
    switch (proxy) {
    case NetworkSettings::Proxy::None:
        return QStringLiteral("none");
    case NetworkSettings::Proxy::Http:
        return QStringLiteral("http");
    case NetworkSettings::Proxy::Socks5:
        return QStringLiteral("socks5");
    case NetworkSettings::Proxy::System:
        break;
    }
    return QStringLiteral("system");
}
} // namespace

AppSettings::AppSettings(QObject *parent)
    : AppSettings(AccountStore::defaultSettings(), parent)
{}

AppSettings::AppSettings(std::unique_ptr<QSettings> settings, QObject *parent)
    : QObject(parent)
    , m_settings(std::move(settings))
    , m_network(new NetworkAccessFactory({}, this))
{
    sessionSettings();
    connect(this, &AppSettings::changed, this, [this] { sessionSettings(); });
}

AppSettings::~AppSettings() = default;

void AppSettings::set(const QString &key, const QVariant &value)
{
    if (m_settings->value(key) == value)
        return;
    m_settings->setValue(key, value);
    m_settings->sync();
    Q_EMIT changed();
}

NetworkSettings::Proxy AppSettings::proxy() const
{
    const QString name = m_settings->value(key::proxy).toString();
    for (auto proxy : {NetworkSettings::Proxy::None, NetworkSettings::Proxy::Http,
                       NetworkSettings::Proxy::Socks5}) {
        if (name == proxyName(proxy))
            return proxy;
    }
    return NetworkSettings::Proxy::System;
}

QString AppSettings::proxyHost() const
{
    return m_settings->value(key::proxyHost).toString();
}

quint16 AppSettings::proxyPort() const
{
    return quint16(m_settings->value(key::proxyPort).toUInt());
}

void AppSettings::setProxy(NetworkSettings::Proxy proxy, const QString &host, quint16 port)
{
    set(key::proxyHost, host.trimmed());
    set(key::proxyPort, port);
    set(key::proxy, proxyName(proxy));
}

QString AppSettings::caFile() const
{
    return m_settings->value(key::caFile).toString();
}

void AppSettings::setCaFile(const QString &fileName)
{
    set(key::caFile, fileName);
}

bool AppSettings::enterpriseLimits() const
{
    return m_settings->value(key::enterprise, false).toBool();
}

void AppSettings::setEnterpriseLimits(bool enterprise)
{
    set(key::enterprise, enterprise);
}

QString AppSettings::language() const
{
    return m_settings->value(key::language).toString();
}

void AppSettings::setLanguage(const QString &language)
{
    set(key::language, language);
}

QByteArray AppSettings::uiState(const QString &key) const
{
    return m_settings->value(key::uiState + key).toByteArray();
}

void AppSettings::setUiState(const QString &key, const QByteArray &state)
{
    m_settings->setValue(key::uiState + key, state); // not a preference: no changed()
}

QString AppSettings::lastExportFolder() const
{
    return m_settings->value(key::lastExportFolder).toString();
}

void AppSettings::setLastExportFolder(const QString &folder)
{
    m_settings->setValue(key::lastExportFolder, folder); // not a preference: no changed()
}

SessionSettings AppSettings::sessionSettings(QString *problem) const
{
    SessionSettings session;
    session.network.proxy = proxy();
    session.network.proxyHost = proxyHost();
    session.network.proxyPort = proxyPort();
    const bool manual = session.network.proxy == NetworkSettings::Proxy::Http ||
                        session.network.proxy == NetworkSettings::Proxy::Socks5;
    if (manual && (session.network.proxyHost.isEmpty() || session.network.proxyPort == 0)) {
        // A manual proxy without an address would send nothing anywhere.
        session.network.proxy = NetworkSettings::Proxy::System;
        if (problem)
            *problem = tr("The proxy has no host or port; the system's proxy settings are used.");
    }
    if (enterpriseLimits()) {
        session.client.rateBurst = 250;
        session.client.rateDrainPerSec = 5;
    }
    const QString ca = caFile();
    if (!ca.isEmpty()) {
        QFile file(ca);
        const QList<QSslCertificate> certificates =
            file.open(QIODevice::ReadOnly) ? QSslCertificate::fromData(file.readAll(), QSsl::Pem)
                                           : QList<QSslCertificate>{};
        if (certificates.isEmpty()) {
            if (problem)
                *problem = tr("The certificate file %1 holds no readable PEM certificate; it is "
                              "not used.")
                               .arg(ca);
        } else {
            session.network.extraCaCertificates = certificates;
        }
    }
    m_network->setSettings(session.network);
    session.networkAccess = m_network;
    return session;
}

} // namespace mb
