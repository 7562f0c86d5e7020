#pragma once

#include "CliOptions.h"
#include "ClientSettings.h"
#include "Command.h"
#include "auth/AccountManager.h"
#include "auth/MethodPermission.h"

namespace mb {
class WebhookSetup;
}

namespace mb::cli {

// `add-webhook URL|-`: checks an incoming webhook with WebhookSetup (one cheap mail call),
// saves it with AccountSession::saveWebhook and makes it current. Only the masked URL is
// ever printed; `-` reads the URL from stdin so it stays out of the shell's history and the
// process list (a URL argument works, with a warning saying so).
class AddWebhookCommand : public Command
{
    Q_OBJECT
public:
    AddWebhookCommand(const CliOptions &options, const ClientSettings &settings,
                      AccountManager *accountManager, QObject *parent = nullptr);

    void start() override;

    // Whether a webhook that was checked with `status` is saved. The GUI follows the same
    // rule; see the definition for why.

private:
    void checked(MethodPermission::Status status, const RestError &error);
    void save();

    CliOptions m_options;
    ClientSettings m_settings;
    AccountManager *m_accountManager;
    WebhookSetup *m_setup = nullptr;
};

} // namespace mb::cli
