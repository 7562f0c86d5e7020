#pragma once

#include <QNetworkAccessManager>

#include <memory>

namespace mb {

class NetworkState;

// A manager made by NetworkAccessFactory: puts the factory's current trust on each request
// as it is created (the proxy is asked per request by SettingsProxyFactory).
class SettingsNetworkAccessManager final : public QNetworkAccessManager
{
    Q_OBJECT
public:
    SettingsNetworkAccessManager(std::shared_ptr<const NetworkState> state, QObject *parent);

protected:
    QNetworkReply *createRequest(Operation op, const QNetworkRequest &request,
                                 QIODevice *outgoingData) override;

private:
    std::shared_ptr<const NetworkState> m_state;
};

} // namespace mb
