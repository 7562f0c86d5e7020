#pragma once

class QNetworkAccessManager;
class QUrl;

namespace mb {

// Opens the connection to a portal (TCP, and the TLS handshake for https) before the first
// call needs it, so that the handshake overlaps the keychain read instead of following it.
// The manager keeps the connection and the first call goes out on it. Nothing is sent.
void preconnect(QNetworkAccessManager *network, const QUrl &portal);

} // namespace mb
