#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace mb::cli {

// One entry of b24mail's command table. The parser reads its options and argument from
// here, --help lists it, and main() dispatches on `id` to the command's handler.
struct Subcommand
{
    Q_DECLARE_TR_FUNCTIONS(Subcommand)
public:
    enum class Id { List, Get, Senders, Fields, Field, Accounts, Login, AddWebhook, Logout };

    // The mailbox commands, which talk to a portal through --webhook, --portal, --account
    // or the current account; the others manage the saved accounts.

    Id id;
    QString name;
    const char *summary;      // untranslated source text; see translatedSummary()
    QString argumentName;     // the one positional argument ("ID", "NAME"), or empty
    const char *argumentHelp; // untranslated, or nullptr
    QStringList options;      // names of the command options it accepts (see CommandLine)

    QString translatedSummary() const;
    QString translatedArgumentHelp() const;

    static const QList<Subcommand> &all();
    static const Subcommand *find(const QString &name);
};

} // namespace mb::cli
