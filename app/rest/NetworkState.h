#pragma once

#include "NetworkSettings.h"

#include <QMutex>
#include <QSslConfiguration>

#include <optional>

namespace mb {

// The settings a NetworkAccessFactory's managers read on every request. Shared with the
// managers and their proxy factories, so it outlives the factory if they do; guarded, as Qt
// may ask a proxy factory from its own threads.
class NetworkState
{
public:
    explicit NetworkState(const NetworkSettings &settings);

    NetworkSettings settings() const;
    // True when the trusted authorities changed.
    bool setSettings(const NetworkSettings &settings);
    // The system's roots plus the extras; nullopt without extras (the default applies).
    // Built on first use: the roots are read on another thread from construction on
    // (SystemCaStore), and this waits for them.
    std::optional<QSslConfiguration> tls() const;

private:
    mutable QMutex m_mutex;
    NetworkSettings m_settings;
    mutable std::optional<QSslConfiguration> m_tls;
};

} // namespace mb
