#include "AddWebhookCommand.h"

#include "AccountLookup.h"
#include "AccountsCommand.h"
#include "CommandLine.h"
#include "Console.h"
#include "TerminalInput.h"
#include "auth/AccountSession.h"
#include "auth/AccountStore.h"
#include "auth/WebhookSetup.h"

#include <QJsonDocument>

namespace mb::cli {

AddWebhookCommand::AddWebhookCommand(const CliOptions &options, const ClientSettings &settings,
                                     AccountManager *accountManager, QObject *parent)
    : Command(parent)
    , m_options(options)
    , m_settings(settings)
    , m_accountManager(accountManager)
{}

void AddWebhookCommand::start()
{
    QString text = m_options.argument.trimmed();
    if (text == u"-") {
        if (TerminalInput::isInteractive())
            Console::prompt(tr("Webhook URL: "));
        const std::optional<QString> line = TerminalInput::readLine(true);
        if (!line || line->trimmed().isEmpty())
            return fail(ExitCode::Usage, tr("No webhook URL on standard input."));
        text = line->trimmed();
    } else {
        Console::error(CommandLine::webhookArgumentWarning());
    }

    m_setup = new WebhookSetup(m_settings.networkAccess(), this);
    m_setup->setClientOptions(m_settings.clientOptions());
    connect(m_setup, &WebhookSetup::checked, this, &AddWebhookCommand::checked);
    if (!m_setup->check(text)) {
        // errorString() never repeats the URL: it may hold the code.
        return fail(ExitCode::Usage,
                    tr("The webhook URL is not usable: %1").arg(m_setup->errorString()));
    }
    if (!m_options.displayName.isEmpty()) {
        Account candidate;
        candidate.authKind = Account::AuthKind::Webhook;
        candidate.portalUrl = m_setup->parts().portal;
        candidate.userId = m_setup->parts().userId;
        if (m_accountManager->nameTakenFor(candidate, m_options.displayName)) {
            m_setup->abort();
            return fail(
                ExitCode::Usage,
                tr("Another saved account is already called “%1”.").arg(m_options.displayName));
        }
    }
}

void AddWebhookCommand::checked(MethodPermission::Status status, const RestError &error)
{
    if (WebhookSetup::worthKeeping(status))
        return save();
    if (error.category() == RestError::Category::PortalMoved) {
        // As for any other command: only --allow-move follows the portal to another domain.
        return fail(exitCodeFor(error),
                    tr("%1 Nothing was sent to the new address and nothing was saved. If you "
                       "expect this move, run the command again with --allow-move; the account "
                       "is then saved with the new address.")
                        .arg(error.userMessage()));
    }
    ExitCode code = ExitCode::Auth;
    if (status == MethodPermission::Status::NotAvailable)
        code = ExitCode::Api;
    else if (status == MethodPermission::Status::Failed)
        code = error.isError() ? exitCodeFor(error) : ExitCode::Api;
    fail(code, tr("%1 Nothing was saved.").arg(m_setup->statusMessage()));
}

void AddWebhookCommand::save()
{
    AccountSession::saveWebhook(
        m_accountManager->store(), m_accountManager->secrets(), m_setup->parts(), this,
        [this](AccountSession *session, const QString &error, const SecretError &keychainError) {
            if (!session) {
                return fail(keychainError.isError() ? exitCodeFor(keychainError) : ExitCode::Auth,
                            error);
            }
            const Account account =
                adoptAccount(*m_accountManager, session->account(), m_options.displayName);
            session->deleteLater(); // this run makes no calls with it

            const MethodPermission::Status status = m_setup->status();
            if (m_options.json) {
                QJsonObject object = AccountsCommand::toJson(account, true);
                object.insert(QStringLiteral("url"), m_setup->maskedUrl());
                object.insert(QStringLiteral("status"), MethodPermission::statusName(status));
                Console::out(QString::fromUtf8(QJsonDocument(object).toJson()));
            } else {
                Console::out(
                    tr("Saved “%1” (%2) as the current account. %3")
                        .arg(account.title(), m_setup->maskedUrl(), m_setup->statusMessage()) +
                    u'\n');
            }
            if (status == MethodPermission::Status::Works)
                return finish(ExitCode::Success);
            Console::error(m_setup->statusMessage());
            finish(ExitCode::Auth);
        });
}

} // namespace mb::cli
