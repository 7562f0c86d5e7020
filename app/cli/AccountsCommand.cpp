#include "AccountsCommand.h"

#include "AccountLookup.h"
#include "Connection.h"
#include "Console.h"
#include "TableFormatter.h"
#include "auth/AccountStore.h"
#include "auth/PermissionProbe.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace mb::cli {

namespace {

QString jsonText(const QJsonArray &array)
{
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
}

QString userText(const Account &account)
{
    if (account.userName.isEmpty())
        return account.userId;
    if (account.userId.isEmpty())
        return account.userName;
    return QStringLiteral("%1 (%2)").arg(account.userName, account.userId);
}

} // namespace

AccountsCommand::AccountsCommand(const CliOptions &options, const ClientSettings &settings,
                                 AccountManager *accountManager, QObject *parent)
    : Command(parent)
    , m_options(options)
    , m_settings(settings)
    , m_accountManager(accountManager)
{}

QJsonObject AccountsCommand::toJson(const Account &account, bool current)
{
    QJsonObject object{
        {QStringLiteral("id"), account.id},
        {QStringLiteral("name"), account.title()},
        {QStringLiteral("kind"), Account::authKindToString(account.authKind)},
        {QStringLiteral("portal"), account.portalUrl.toString()},
        {QStringLiteral("userId"), account.userId},
        {QStringLiteral("userName"), account.userName},
        {QStringLiteral("scopes"), QJsonArray::fromStringList(account.scopes)},
        {QStringLiteral("current"), current},
    };
    if (!account.memberId.isEmpty())
        object.insert(QStringLiteral("memberId"), account.memberId);
    if (!account.clientId.isEmpty())
        object.insert(QStringLiteral("clientId"), account.clientId);
    return object;
}

void AccountsCommand::start()
{
    m_currentId = m_accountManager->currentAccountId();
    if (m_options.accountName.isEmpty()) {
        m_accounts = m_accountManager->accounts();
    } else {
        QString error;
        const std::optional<Account> account =
            findAccount(*m_accountManager, m_options.accountName, &error);
        if (!account)
            return fail(ExitCode::Usage, error);
        m_accounts = {*account};
    }
    if (!m_options.check) {
        printList();
        return finish(ExitCode::Success);
    }
    checkNext();
}

void AccountsCommand::printList()
{
    if (m_options.json) {
        QJsonArray array;
        for (const Account &account : std::as_const(m_accounts))
            array.append(toJson(account, account.id == m_currentId));
        Console::out(jsonText(array));
        return;
    }
    // Headers are the JSON keys, as in the other tables.
    TableFormatter table({QStringLiteral("current"), QStringLiteral("name"), QStringLiteral("kind"),
                          QStringLiteral("portal"), QStringLiteral("user"),
                          QStringLiteral("scopes"), QStringLiteral("id")});
    for (const Account &account : std::as_const(m_accounts)) {
        table.addRow({account.id == m_currentId ? QStringLiteral("*") : QString(), account.title(),
                      Account::authKindToString(account.authKind), account.portalUrl.toString(),
                      userText(account), account.scopes.join(u','), account.id});
    }
    Console::out(table.toString());
}

void AccountsCommand::checkNext()
{
    if (m_checked.size() == m_accounts.size())
        return printChecks();
    const Account account = m_accounts.at(m_checked.size());
    Connection::openAccount(
        account, m_options, m_settings, m_accountManager, this,
        [this, account](Connection *connection, ExitCode code, const QString &error) {
            if (!connection) {
                m_checked.append({account, std::nullopt, error, code});
                return checkNext();
            }
            probe(connection);
        });
}

void AccountsCommand::probe(Connection *connection)
{
    auto *probe = new PermissionProbe(connection->client(), connection);
    connect(probe, &PermissionProbe::finished, this,
            [this, connection](const PermissionReport &report) {
                Checked checked{*connection->account(), report, {}, codeFor(report)};
                m_checked.append(checked);
                // Whatever a refresh during the probe rotated is stored before the next
                // account (or the end of the process).
                connection->settle([this, connection] {
                    connection->deleteLater();
                    checkNext();
                });
            });
    probe->run();
}

ExitCode AccountsCommand::codeFor(const PermissionReport &report)
{
    using Status = MethodPermission::Status;
    ExitCode code = ExitCode::Success;
    for (const MethodPermission &method : report.methods) {
        switch (method.status) {
        case Status::Works:
            break;
        case Status::MissingScope:
        case Status::NoAccess:
        case Status::SignInNeeded:
            return ExitCode::Auth;
        case Status::NotAvailable:
            if (code == ExitCode::Success)
                code = ExitCode::Api;
            break;
        case Status::Failed:
            if (code == ExitCode::Success)
                code = exitCodeFor(method.error);
            break;
        }
    }
    return code;
}

QString AccountsCommand::statusText(const MethodPermission &permission)
{
    const QString text = MethodPermission::statusText(permission.status);
    if (permission.status == MethodPermission::Status::Failed && permission.error.isError())
        return QStringLiteral("%1: %2").arg(text, permission.error.technicalMessage());
    return text;
}

void AccountsCommand::printChecks()
{
    ExitCode code = ExitCode::Success;
    for (const Checked &checked : std::as_const(m_checked)) {
        // A permission or keychain problem is what the user must fix first; it decides.
        if (checked.code == ExitCode::Auth)
            code = ExitCode::Auth;
        else if (code == ExitCode::Success)
            code = checked.code;
    }

    if (m_options.json) {
        QJsonArray array;
        for (const Checked &checked : std::as_const(m_checked)) {
            QJsonObject object = toJson(checked.account, checked.account.id == m_currentId);
            QJsonObject check{{QStringLiteral("ok"), checked.code == ExitCode::Success}};
            if (checked.report) {
                QJsonArray methods;
                for (const MethodPermission &method : checked.report->methods) {
                    QJsonObject entry{
                        {QStringLiteral("method"), method.method},
                        {QStringLiteral("status"), MethodPermission::statusName(method.status)},
                        {QStringLiteral("text"), statusText(method)}};
                    if (!method.error.code().isEmpty())
                        entry.insert(QStringLiteral("error"), method.error.code());
                    methods.append(entry);
                }
                check.insert(QStringLiteral("methods"), methods);
            } else {
                check.insert(QStringLiteral("error"), checked.error);
            }
            object.insert(QStringLiteral("check"), check);
            array.append(object);
        }
        Console::out(jsonText(array));
    } else {
        TableFormatter table(
            {QStringLiteral("name"), QStringLiteral("method"), QStringLiteral("status")});
        for (const Checked &checked : std::as_const(m_checked)) {
            if (!checked.report) {
                table.addRow({checked.account.title(), QString(), checked.error});
                continue;
            }
            for (const MethodPermission &method : checked.report->methods)
                table.addRow({checked.account.title(), method.method, statusText(method)});
        }
        Console::out(table.toString());
    }
    if (code != ExitCode::Success)
        Console::error(tr("Not every account can use every mail method; see above."));
    finish(code);
}

} // namespace mb::cli
