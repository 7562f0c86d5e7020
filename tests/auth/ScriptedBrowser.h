#pragma once

#include <QByteArray>
#include <QList>
#include <QNetworkProxy>
#include <QNetworkRequest>
#include <QObject>
#include <QSslCertificate>
#include <QUrl>

#include <functional>

class QNetworkAccessManager;
class QNetworkReply;

// Plays the user's browser in OAuth tests: follows the authorize URL with its own network
// access (no cookies, no shared state with the app), lets the test tamper with the portal's
// redirect before following it, and records the pages it saw. Loopback only.
class ScriptedBrowser : public QObject
{
    Q_OBJECT
public:
    explicit ScriptedBrowser(QObject *parent = nullptr);

    // The BrowserOpener handed to OAuthSignIn.
    std::function<bool(const QUrl &)> opener();

    // Called with the portal's redirect target before it is followed; may change it, or
    // return false to stop there (the user closed the tab).
    std::function<bool(QUrl &location)> beforeRedirect;
    bool refuseToOpen = false; // the system has no browser
    // Like a browser set up by its user: the proxy to go through, and certificate
    // authorities trusted in addition to the system's.
    void useProxy(const QNetworkProxy &proxy);
    void trust(const QList<QSslCertificate> &authorities);

    int opened = 0;
    QUrl openedUrl;
    int portalStatus = 0;  // status of the portal's answer to /oauth/authorize/
    QByteArray portalPage; // its body when it did not redirect
    QUrl location;         // the redirect target as followed
    int landingStatus = 0; // what the app's loopback listener answered
    QByteArray landingPage;
    bool done = false; // nothing more will happen

    // The code on the portal's "paste this code" page.
    QString shownCode() const;
    // GET `url`, synchronously for the test (spins the event loop).
    static std::pair<int, QByteArray> fetch(const QUrl &url, int timeoutMs = 5000);

Q_SIGNALS:
    void finished();

private:
    void open(const QUrl &url);
    void follow(const QUrl &url);

    QNetworkRequest request(const QUrl &url) const;

    QNetworkAccessManager *m_nam;
    QList<QSslCertificate> m_authorities;
};
