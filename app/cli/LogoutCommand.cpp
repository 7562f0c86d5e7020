#include "LogoutCommand.h"

#include "AccountLookup.h"
#include "Console.h"
#include "auth/AccountStore.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace mb::cli {

LogoutCommand::LogoutCommand(const CliOptions &options, AccountManager *accountManager,
                             QObject *parent)
    : Command(parent)
    , m_options(options)
    , m_accountManager(accountManager)
{}

void LogoutCommand::start()
{
    QString error;
    const std::optional<Account> account =
        findAccount(*m_accountManager, m_options.argument, &error);
    if (!account)
        return fail(ExitCode::Usage, error);
    const QString title = account->title();
    const QString id = account->id;
    m_accountManager->store()->remove(
        id, AccountStore::RemovePolicy::KeepAccountIfKeychainFails, this,
        [this, title, id](bool removed, const SecretError &keychainError) {
            if (keychainError.isError()) {
                const QString message =
                    removed ? tr("“%1” was removed, but its keychain entries could not be "
                                 "deleted: %2")
                            : tr("“%1” was kept because its keychain entries could not be "
                                 "deleted: %2 Run logout again once the keychain works.");
                return fail(exitCodeFor(keychainError),
                            message.arg(title, keychainError.userMessage()));
            }
            if (!removed)
                return fail(ExitCode::Auth, m_accountManager->store()->errorString());
            if (m_options.json) {
                const QJsonObject object{{QStringLiteral("id"), id},
                                         {QStringLiteral("name"), title},
                                         {QStringLiteral("removed"), true}};
                Console::out(QString::fromUtf8(QJsonDocument(object).toJson()));
            } else {
                Console::out(tr("Removed “%1” and its keychain entries.").arg(title) + u'\n');
            }
            finish(ExitCode::Success);
        });
}

} // namespace mb::cli
