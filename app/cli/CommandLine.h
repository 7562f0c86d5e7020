#pragma once

#include "CliOptions.h"

#include <QCommandLineOption>
#include <QCoreApplication>
#include <QList>
#include <QStringList>

class QCommandLineParser;

namespace mb::cli {

struct Subcommand;

// Parses `b24mail [global options] <command> [command options] [argument]`.
// Two passes of QCommandLineParser: the first stops at the command name, the second parses
// the rest against that command's row of the Subcommand table. Global options are
// accepted on either side of the command name, so `b24mail list --json` works too.
class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
public:
    struct Result
    {
        enum class Action { Run, ShowHelp, ShowVersion, ShowTlsBackend, UsageError };
        Action action = Action::UsageError;
        CliOptions options;
        QString text; // help or version text, or the usage error message
        // For stderr before the command runs (Run only); never holds a secret.
        QStringList warnings;
    };

    // `arguments` includes the program name, as QCoreApplication::arguments() does.
    static Result parse(const QStringList &arguments);

    // Told whenever a webhook URL arrives as a command-line argument (--webhook URL,
    // add-webhook URL): other users of the machine can read it in the process list, and it
    // stays in the shell history. Names the alternatives; never contains the URL.
    static QString webhookArgumentWarning();

private:
    static QList<QCommandLineOption> globalOptions();
    static QList<QCommandLineOption> commandOptions(const Subcommand &command);
    static bool accepts(const Subcommand &command, const QString &option);
    static QString globalHelp(const QCommandLineParser &parser);
    static Result parseCommand(const QCommandLineParser &globals, const Subcommand &command,
                               const QStringList &rest);
    static bool readGlobals(const QCommandLineParser &first, const QCommandLineParser &second,
                            CliOptions &options, QString *error);
    static bool checkConnectionOptions(const Subcommand &command, bool webhook, bool portal,
                                       bool account, QString *error);
    static bool readCommandOptions(const QCommandLineParser &parser, CliOptions &options,
                                   QString *error);
};

} // namespace mb::cli
