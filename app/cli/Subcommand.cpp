#include "Subcommand.h"

namespace mb::cli {

QString Subcommand::translatedSummary() const
{
    return tr(summary);
}

QString Subcommand::translatedArgumentHelp() const
{
    return argumentHelp ? tr(argumentHelp) : QString();
}

const QList<Subcommand> &Subcommand::all()
{
    static const QList<Subcommand> table{
        {Id::List,
         QStringLiteral("list"),
         QT_TR_NOOP("List the mailboxes you can see (every page unless --limit is given)."),
         {},
         nullptr,
         {QStringLiteral("name"), QStringLiteral("email"), QStringLiteral("limit")}},
        {Id::Get,
         QStringLiteral("get"),
         QT_TR_NOOP("Show one mailbox."),
         QStringLiteral("ID"),
         QT_TR_NOOP("The mailbox id, as shown by 'list'."),
         {QStringLiteral("select")}},
        {Id::Senders,
         QStringLiteral("senders"),
         QT_TR_NOOP("List the addresses you may send from."),
         {},
         nullptr,
         {QStringLiteral("limit")}},
        {Id::Fields,
         QStringLiteral("fields"),
         QT_TR_NOOP("Describe the fields of a mailbox."),
         {},
         nullptr,
         {QStringLiteral("select")}},
        {Id::Field,
         QStringLiteral("field"),
         QT_TR_NOOP("Describe one mailbox field."),
         QStringLiteral("NAME"),
         QT_TR_NOOP("The field name, as shown by 'fields'."),
         {QStringLiteral("select")}},
        {Id::Accounts,
         QStringLiteral("accounts"),
         QT_TR_NOOP("List the saved accounts; --check tests what each may do."),
         {},
         nullptr,
         {QStringLiteral("check")}},
        {Id::Login,
         QStringLiteral("login"),
         QT_TR_NOOP("Sign in to --portal with OAuth in the browser and save the account."),
         {},
         nullptr,
         {QStringLiteral("client-id"), QStringLiteral("client-secret-env"),
          QStringLiteral("redirect-port"), QStringLiteral("redirect-host"),
          QStringLiteral("paste-code"), QStringLiteral("name"), QStringLiteral("no-browser")}},
        {Id::AddWebhook,
         QStringLiteral("add-webhook"),
         QT_TR_NOOP("Check an incoming webhook and save it as an account."),
         QStringLiteral("URL"),
         QT_TR_NOOP("The webhook URL, or - to read it from standard input."),
         {QStringLiteral("name")}},
        {Id::Logout,
         QStringLiteral("logout"),
         QT_TR_NOOP("Remove a saved account and its keychain entries."),
         QStringLiteral("NAME"),
         QT_TR_NOOP("The account's name or id, as shown by 'accounts'."),
         {}},
    };
    return table;
}

const Subcommand *Subcommand::find(const QString &name)
{
    for (const Subcommand &command : all()) {
        if (command.name == name)
            return &command;
    }
    return nullptr;
}

} // namespace mb::cli
