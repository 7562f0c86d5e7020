#include "CommandLine.h"

#include "Subcommand.h"

#include <QCommandLineParser>

#include <limits>

namespace mb::cli {

namespace {

// Option names, shared by the definitions and the lookups below.
const QString webhookName = QStringLiteral("webhook");
const QString portalName = QStringLiteral("portal");
const QString caFileName = QStringLiteral("ca-file");
const QString jsonName = QStringLiteral("json");
const QString timeoutName = QStringLiteral("timeout-ms");
const QString retriesName = QStringLiteral("retries");
const QString verboseName = QStringLiteral("verbose");
const QString helpName = QStringLiteral("help");
const QString versionName = QStringLiteral("version");
const QString nameName = QStringLiteral("name");
const QString emailName = QStringLiteral("email");
const QString limitName = QStringLiteral("limit");
const QString selectName = QStringLiteral("select");

constexpr int maxRetries = 10;

// The value of a global option given after the command wins over one given before it.
QString globalValue(const QCommandLineParser &first, const QCommandLineParser &second,
                    const QString &name)
{
    return second.isSet(name) ? second.value(name) : first.value(name);
}

bool globalIsSet(const QCommandLineParser &first, const QCommandLineParser &second,
                 const QString &name)
{
    return first.isSet(name) || second.isSet(name);
}

QString versionText()
{
    return QStringLiteral("%1 %2\n").arg(QCoreApplication::applicationName(),
                                         QCoreApplication::applicationVersion());
}

std::optional<qint64> parseNumber(const QString &text, qint64 min, qint64 max)
{
    bool ok = false;
    const qint64 value = text.trimmed().toLongLong(&ok);
    if (!ok || value < min || value > max)
        return std::nullopt;
    return value;
}

} // namespace

QList<QCommandLineOption> CommandLine::globalOptions()
{
    return {
        {webhookName, tr("Incoming webhook URL (default: $B24_WEBHOOK_URL)."), tr("URL")},
        {portalName, tr("Portal address; the OAuth access token is read from $B24_ACCESS_TOKEN."),
         tr("URL")},
        {caFileName, tr("Also trust the CA certificates in this PEM file."), tr("PEM")},
        {jsonName, tr("Print JSON instead of a table.")},
        {timeoutName, tr("Give up on a request after N milliseconds."), tr("N")},
        {retriesName, tr("Retry a failed read at most N times (default 3)."), tr("N")},
        {{QStringLiteral("v"), verboseName},
         tr("Log every HTTP exchange to stderr, secrets masked.")},
        {{QStringLiteral("h"), helpName}, tr("Show this help and exit.")},
        {versionName, tr("Show the version and exit.")},
    };
}

QList<QCommandLineOption> CommandLine::commandOptions(const Subcommand &command)
{
    const QList<QCommandLineOption> all{
        {nameName, tr("Only mailboxes whose name contains TEXT."), tr("TEXT")},
        {emailName, tr("Only mailboxes whose address contains TEXT."), tr("TEXT")},
        {limitName, tr("Fetch at most N items."), tr("N")},
        {selectName, tr("Only these fields, comma-separated (e.g. id,email)."), tr("FIELDS")},
    };
    QList<QCommandLineOption> result;
    for (const QCommandLineOption &option : all) {
        if (command.options.contains(option.names().constFirst()))
            result.append(option);
    }
    return result;
}

QString CommandLine::globalHelp(const QCommandLineParser &parser)
{
    QString text = parser.helpText();
    qsizetype width = 0;
    for (const Subcommand &command : Subcommand::all())
        width = std::max(width, command.name.size());

    text += u'\n' + tr("Commands:") + u'\n';
    for (const Subcommand &command : Subcommand::all()) {
        text += QStringLiteral("  %1  %2\n")
                    .arg(command.name, -int(width))
                    .arg(command.translatedSummary());
    }
    text += tr("Run '%1 <command> --help' for the options of a command.")
                .arg(QCoreApplication::applicationName()) +
            u'\n';
    text += u'\n' + tr("Environment:") + u'\n';
    text += tr("  B24_WEBHOOK_URL   webhook URL, used when --webhook is not given") + u'\n';
    text += tr("  B24_ACCESS_TOKEN  OAuth access token for --portal") + u'\n';
    text += u'\n' + tr("Exit status:") + u'\n';
    text += tr("  0 success, 2 usage error, 3 authentication or permission problem,\n"
               "  4 other portal error, 5 network or TLS failure, 6 unexpected answer") +
            u'\n';
    return text;
}

CommandLine::Result CommandLine::parse(const QStringList &arguments)
{
    QCommandLineParser first;
    first.setApplicationDescription(tr("Lists and inspects the mailboxes of a Bitrix24 portal."));
    first.addOptions(globalOptions());
    first.addPositionalArgument(tr("command"), tr("One of the commands below."), tr("<command>"));
    // Everything after the command name belongs to the command.
    first.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);

    Result result;
    if (!first.parse(arguments)) {
        result.text = first.errorText();
        return result;
    }
    const QStringList positional = first.positionalArguments();
    if (positional.isEmpty()) {
        if (first.isSet(helpName)) {
            result.action = Result::Action::ShowHelp;
            result.text = globalHelp(first);
        } else if (first.isSet(versionName)) {
            result.action = Result::Action::ShowVersion;
            result.text = versionText();
        } else {
            result.text = tr("No command given.");
        }
        return result;
    }
    const Subcommand *command = Subcommand::find(positional.constFirst());
    if (!command) {
        result.text = tr("Unknown command '%1'.").arg(positional.constFirst());
        return result;
    }
    QStringList rest = positional.mid(1);
    rest.prepend(arguments.value(0));
    return parseCommand(first, *command, rest);
}

CommandLine::Result CommandLine::parseCommand(const QCommandLineParser &globals,
                                              const Subcommand &command, const QStringList &rest)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(command.translatedSummary());
    parser.addOptions(commandOptions(command));
    parser.addOptions(globalOptions());
    parser.addPositionalArgument(command.name, command.translatedSummary(), command.name);
    if (!command.argumentName.isEmpty()) {
        parser.addPositionalArgument(command.argumentName, command.translatedArgumentHelp(),
                                     command.argumentName);
    }

    Result result;
    if (!parser.parse(rest)) {
        result.text = parser.errorText();
        return result;
    }
    if (parser.isSet(helpName) || globals.isSet(helpName)) {
        result.action = Result::Action::ShowHelp;
        result.text = parser.helpText();
        return result;
    }
    if (parser.isSet(versionName) || globals.isSet(versionName)) {
        result.action = Result::Action::ShowVersion;
        result.text = versionText();
        return result;
    }

    CliOptions &options = result.options;
    options.command = &command;
    const QStringList positional = parser.positionalArguments();
    const qsizetype expected = command.argumentName.isEmpty() ? 0 : 1;
    if (positional.size() < expected) {
        result.text = tr("'%1' needs an argument: %2.").arg(command.name, command.argumentName);
        return result;
    }
    if (positional.size() > expected) {
        result.text = tr("Unexpected argument '%1'.").arg(positional.value(expected));
        return result;
    }
    options.argument = positional.value(0);
    if (command.id == Subcommand::Id::Get) {
        const auto id = parseNumber(options.argument, 1, std::numeric_limits<qint64>::max());
        if (!id) {
            result.text = tr("'%1' is not a mailbox id.").arg(options.argument);
            return result;
        }
        options.id = *id;
    } else if (expected > 0 && options.argument.trimmed().isEmpty()) {
        result.text = tr("'%1' needs a non-empty %2.").arg(command.name, command.argumentName);
        return result;
    }

    if (!readGlobals(globals, parser, options, &result.text) ||
        !readCommandOptions(parser, options, &result.text)) {
        return result;
    }
    result.action = Result::Action::Run;
    return result;
}

bool CommandLine::readGlobals(const QCommandLineParser &first, const QCommandLineParser &second,
                              CliOptions &options, QString *error)
{
    options.webhookUrl = globalValue(first, second, webhookName);
    options.portalUrl = globalValue(first, second, portalName);
    options.caFile = globalValue(first, second, caFileName);
    options.json = globalIsSet(first, second, jsonName);
    options.verbose = globalIsSet(first, second, verboseName);

    if (globalIsSet(first, second, webhookName) && globalIsSet(first, second, portalName)) {
        *error = tr("--webhook and --portal cannot be used together.");
        return false;
    }
    if (globalIsSet(first, second, timeoutName)) {
        const QString text = globalValue(first, second, timeoutName);
        const auto value = parseNumber(text, 1, std::numeric_limits<int>::max());
        if (!value) {
            *error =
                tr("--timeout-ms needs a positive number of milliseconds, not '%1'.").arg(text);
            return false;
        }
        options.timeoutMs = int(*value);
    }
    if (globalIsSet(first, second, retriesName)) {
        const QString text = globalValue(first, second, retriesName);
        const auto value = parseNumber(text, 0, maxRetries);
        if (!value) {
            *error = tr("--retries needs a number from 0 to %1, not '%2'.")
                         .arg(QString::number(maxRetries), text);
            return false;
        }
        options.retries = int(*value);
    }
    return true;
}

bool CommandLine::readCommandOptions(const QCommandLineParser &parser, CliOptions &options,
                                     QString *error)
{
    // QCommandLineParser warns about lookups of options it was not given, so ask only
    // for the ones this command registered.
    const auto isSet = [&](const QString &name) {
        return options.command->options.contains(name) && parser.isSet(name);
    };
    if (isSet(nameName))
        options.nameFilter = parser.value(nameName);
    if (isSet(emailName))
        options.emailFilter = parser.value(emailName);
    if (isSet(limitName)) {
        const QString text = parser.value(limitName);
        const auto value = parseNumber(text, 1, std::numeric_limits<qint64>::max());
        if (!value) {
            *error = tr("--limit needs a positive number, not '%1'.").arg(text);
            return false;
        }
        options.limit = *value;
    }
    if (isSet(selectName)) {
        for (const QString &field : parser.value(selectName).split(u',', Qt::SkipEmptyParts)) {
            if (!field.trimmed().isEmpty())
                options.select.append(field.trimmed());
        }
        if (options.select.isEmpty()) {
            *error = tr("--select needs at least one field name.");
            return false;
        }
    }
    return true;
}

} // namespace mb::cli
