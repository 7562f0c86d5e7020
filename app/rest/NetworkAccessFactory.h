#pragma once

#include "NetworkSettings.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QSslConfiguration>

#include <memory>

class QNetworkAccessManager;

namespace mb {

class NetworkState;

// The one way to get a network access manager, in the GUI and in b24mail. Every manager it
// makes follows the factory's current NetworkSettings from its next request on: the proxy
// (manual, none, or the system's; loopback addresses never through one), the extra
// certificate authorities added to the system's roots, per request and never process-wide,
// redirects that never go from https to http (REST calls follow theirs by hand, see
// RestClient), and HSTS. setSettings() therefore needs no restart and no new session.
//
// Long-lived: the app (AppSettings) or the command line (ClientSettings) owns it. Managers it
// made keep working, with the last settings, should it go first.
class NetworkAccessFactory : public QObject
{
    Q_OBJECT
public:
    explicit NetworkAccessFactory(const NetworkSettings &settings = {}, QObject *parent = nullptr);
    ~NetworkAccessFactory() override;

    NetworkSettings settings() const;
    // Applies to the next request of every manager made here. A change of trust also drops
    // the managers' open connections, so a certificate authority that was removed is not
    // trusted on through a kept-alive connection.
    void setSettings(const NetworkSettings &settings);

    QNetworkAccessManager *create(QObject *parent) const;

    // The TLS configuration requests get now: the system's roots plus the extra authorities.
    // Adding to a configuration turns off Qt's on-demand loading of the system roots, so they
    // are added explicitly; without extras it is the default configuration.
    QSslConfiguration tlsConfiguration() const;

Q_SIGNALS:
    void settingsChanged();

private:
    std::shared_ptr<NetworkState> m_state;
    mutable QList<QPointer<QNetworkAccessManager>> m_made;
};

} // namespace mb
