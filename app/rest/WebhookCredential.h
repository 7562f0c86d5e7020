#pragma once

#include "Credential.h"

#include <optional>

namespace mb {

// An incoming webhook: https://{portal}/rest/api/{user_id}/{code}/ . The code in the
// path is the secret.
class WebhookCredential : public Credential
{
    Q_OBJECT
public:
    // Accepts the v1 form (/rest/{uid}/{code}/) and the v3 form (/rest/api/{uid}/{code}/),
    // with or without a trailing method name (mail.mailbox.list, profile.json, ...).
    // Returns nullopt and fills `why` (translated) when the URL is not a webhook URL.
    struct Parts
    {
        QUrl portal;    // scheme://host[:port]/ (path of a portal in a subfolder kept)
        QString userId; // digits
        QString code;   // the secret
    };
    static std::optional<Parts> parse(const QUrl &url, QString *why = nullptr);

    explicit WebhookCredential(const Parts &parts, QObject *parent = nullptr);

    // The normalised v3 base URL, ending in '/': contains the secret, never log it.
    QUrl baseUrl() const;
    // The same with the code masked: https://acme.test/rest/api/7/k3••••/
    QString maskedUrl() const;
    static QString maskCode(const QString &code);

    Kind kind() const override { return Kind::Webhook; }
    QUrl portalUrl() const override { return m_parts.portal; }
    QUrl methodUrlOn(const QUrl &portal, const QString &method) const override;
    void authorize(QNetworkRequest &request, QJsonObject *body) const override;
    bool supportsBatch() const override { return true; }
    QByteArrayList secrets() const override;
    QString displayUrl(const QString &method) const override;
    void relocate(const QUrl &newPortalUrl) override;

private:
    Parts m_parts;
};

} // namespace mb
