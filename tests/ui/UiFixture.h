#pragma once

// What the dialog tests share: the local portal, a session-only keychain (never the user's),
// accounts and settings in an INI file of a temporary directory, and a way to save a webhook
// account without going through a dialog.

#include "FakePortal.h"
#include "auth/AccountManager.h"
#include "auth/AccountSession.h"
#include "auth/AccountStore.h"
#include "auth/SecretStore.h"
#include "rest/WebhookCredential.h"
#include "settings/AppSettings.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <optional>

namespace uitest {

struct UiFixture
{
    explicit UiFixture(const fake::PortalConfig &config = {})
        : portal(std::make_unique<fake::FakePortal>(config))
    {
        started = portal->start();
        secrets = std::make_unique<mb::SecretStore>(QStringLiteral("MailboxBrowserTest"));
        secrets->setMode(mb::SecretStore::Mode::SessionOnly);
        const QString ini = dir.filePath(QStringLiteral("mb.ini"));
        store = std::make_unique<mb::AccountStore>(
            std::make_unique<QSettings>(ini, QSettings::IniFormat), secrets.get());
        accounts = std::make_unique<mb::AccountManager>(store.get(), secrets.get());
        // Saved lists (AccountCache) stay in the test's folder, never the user's.
        accounts->setCacheDirectory(dir.filePath(QStringLiteral("cache")));
        settings = std::make_unique<mb::AppSettings>(
            std::make_unique<QSettings>(ini, QSettings::IniFormat));
    }

    ~UiFixture()
    {
        settings.reset();
        accounts.reset();
        store.reset();
        secrets.reset();
        portal.reset();
    }

    // Saves the webhook as an account called `name` (current from then on).
    std::optional<mb::Account> saveWebhook(const QUrl &url, const QString &name)
    {
        const auto parts = mb::WebhookCredential::parse(url);
        if (!parts)
            return std::nullopt;
        std::optional<mb::Account> saved;
        bool done = false;
        QObject context;
        mb::AccountSession::saveWebhook(
            store.get(), secrets.get(), *parts, &context,
            [&](mb::AccountSession *session, const QString &, const mb::SecretError &) {
                if (session)
                    saved = session->account();
                done = true;
            });
        if (!QTest::qWaitFor([&] { return done; }, 10000) || !saved)
            return std::nullopt;
        return accounts->adopt(*saved, name);
    }

    QTemporaryDir dir;
    std::unique_ptr<fake::FakePortal> portal;
    bool started = false;
    std::unique_ptr<mb::SecretStore> secrets;
    std::unique_ptr<mb::AccountStore> store;
    std::unique_ptr<mb::AccountManager> accounts;
    std::unique_ptr<mb::AppSettings> settings;
};

} // namespace uitest
