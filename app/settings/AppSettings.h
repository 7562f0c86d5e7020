#pragma once

#include "auth/SessionSettings.h"

#include <QObject>
#include <QSettings>

#include <memory>

namespace mb {

class NetworkAccessFactory;

// The user's preferences, shared by the GUI and b24mail through the same settings file as
// the accounts: how to reach the network (proxy, an extra certificate authority), which rate
// limits the portal's plan has, and the language. sessionSettings() turns them into what an
// AccountSession is opened with.
class AppSettings : public QObject
{
    Q_OBJECT
public:
    explicit AppSettings(QObject *parent = nullptr); // AccountStore::defaultSettings()
    AppSettings(std::unique_ptr<QSettings> settings, QObject *parent = nullptr);
    ~AppSettings() override;

    NetworkSettings::Proxy proxy() const;
    QString proxyHost() const;
    quint16 proxyPort() const;
    void setProxy(NetworkSettings::Proxy proxy, const QString &host = {}, quint16 port = 0);

    // A PEM file of certificate authorities trusted in addition to the system's; empty: none.
    QString caFile() const;
    void setCaFile(const QString &fileName);

    // Enterprise plans allow 250 requests at 5/s instead of 50 at 2/s (docs §6).
    bool enterpriseLimits() const;
    void setEnterpriseLimits(bool enterprise);

    // "de", "ru", "en"; empty: follow the system.
    QString language() const;
    void setLanguage(const QString &language);

    // What sessions are opened with now. A CA file that cannot be read is left out and
    // `problem` (translated) says why, so a broken file never blocks signing in. Also
    // brings networkAccess() up to date (a CA file may have changed on disk).
    SessionSettings sessionSettings(QString *problem = nullptr) const;
    // The factory of every network access manager of the app: sessions, the webhook check,
    // the OAuth sign-in. Follows the proxy and CA settings as soon as they are written.
    const NetworkAccessFactory *networkAccess() const { return m_network; }

    // Window geometry, splitter positions and the like: opaque bytes under `key`.
    QByteArray uiState(const QString &key) const;
    void setUiState(const QString &key, const QByteArray &state);

    // The folder the last export was written to, where the next save dialog starts; empty
    // before the first export.
    QString lastExportFolder() const;
    void setLastExportFolder(const QString &folder);

Q_SIGNALS:
    void changed();

private:
    void set(const QString &key, const QVariant &value);

    std::unique_ptr<QSettings> m_settings;
    NetworkAccessFactory *m_network;
};

} // namespace mb
