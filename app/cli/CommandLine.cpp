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
const QString proxyName = QStringLiteral("proxy");
const QString jsonName = QStringLiteral("json");
const QString timeoutName = QStringLiteral("timeout-ms");
const QString retriesName = QStringLiteral("retries");
const QString maxWaitName = QStringLiteral("max-wait");
const QString verboseName = QStringLiteral("verbose");
const QString allowMoveName = QStringLiteral("allow-move");
const QString helpName = QStringLiteral("help");
const QString versionName = QStringLiteral("version");
const QString tlsBackendName = QStringLiteral("tls-backend");
const QString nameName = QStringLiteral("name");
const QString emailName = QStringLiteral("email");
const QString limitName = QStringLiteral("limit");
const QString selectName = QStringLiteral("select");
const QString accountName = QStringLiteral("account");
const QString authServerName = QStringLiteral("auth-server");
const QString checkName = QStringLiteral("check");
const QString clientIdName = QStringLiteral("client-id");
const QString clientSecretEnvName = QStringLiteral("client-secret-env");
const QString redirectPortName = QStringLiteral("redirect-port");
const QString redirectHostName = QStringLiteral("redirect-host");
const QString pasteCodeName = QStringLiteral("paste-code");
const QString noBrowserName = QStringLiteral("no-browser");

constexpr int maxRetries = 10;
constexpr int maxMaxWaitSecs = 24 * 3600;

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
        {portalName,
         tr("Portal address; the OAuth access token is read from $B24_ACCESS_TOKEN. For "
            "'login': the portal to sign in to."),
         tr("URL")},
        {accountName, tr("Use this saved account (its name or id; default: the current account)."),
         tr("NAME")},
        {authServerName,
         tr("OAuth authorization server for sign-in and token refresh (default "
            "https://oauth.bitrix.info/)."),
         tr("URL")},
        {caFileName, tr("Also trust the CA certificates in this PEM file."), tr("PEM")},
        {proxyName,
         tr("Reach the portal through this proxy: http://HOST:PORT, socks5://HOST:PORT, 'none' "
            "or 'system' (default: the system's, from http_proxy, https_proxy and no_proxy). "
            "Addresses on this computer never go through a proxy."),
         tr("URL")},
        {jsonName, tr("Print JSON instead of a table.")},
        {timeoutName, tr("Give up on a request after N milliseconds."), tr("N")},
        {retriesName, tr("Retry a failed read at most N times (default 3)."), tr("N")},
        {maxWaitName,
         tr("When the portal pauses a method for a while, wait at most SECONDS in all for it "
            "(default 60); longer pauses end the command with exit status 5."),
         tr("SECONDS")},
        {allowMoveName,
         tr("Follow the portal when it redirects to another domain (it moved, or changed "
            "hands); saved accounts keep the new address. Without it such a move ends the "
            "command with exit status 6 and sends nothing there.")},
        {{QStringLiteral("v"), verboseName},
         tr("Log every HTTP exchange to stderr, secrets masked.")},
        {{QStringLiteral("h"), helpName}, tr("Show this help and exit.")},
        {versionName, tr("Show the version and exit.")},
        {tlsBackendName, tr("Show the TLS backend in use (schannel on Windows) and exit.")},
    };
}

QList<QCommandLineOption> CommandLine::commandOptions(const Subcommand &command)
{
    // `name` filters mailboxes for `list` but names the new account for `login` and
    // `add-webhook`: same spelling, so each command gets its own help for it.
    const bool namesAccount =
        command.id == Subcommand::Id::Login || command.id == Subcommand::Id::AddWebhook;
    const QList<QCommandLineOption> all{
        namesAccount ? QCommandLineOption(nameName,
                                          tr("Call the account NAME (default: the portal's "
                                             "host name)."),
                                          tr("NAME"))
                     : QCommandLineOption(nameName, tr("Only mailboxes whose name contains TEXT."),
                                          tr("TEXT")),
        {emailName, tr("Only mailboxes whose address contains TEXT."), tr("TEXT")},
        {limitName, tr("Fetch at most N items."), tr("N")},
        {selectName, tr("Only these fields, comma-separated (e.g. id,email)."), tr("FIELDS")},
        {checkName, tr("Call each mail method once per account and report what works.")},
        {clientIdName,
         tr("The application's client_id (default: that of the saved account of the portal)."),
         tr("ID")},
        {clientSecretEnvName,
         tr("Read the client secret from this environment variable (default "
            "$B24_CLIENT_SECRET, else the keychain, else standard input)."),
         tr("VAR")},
        {redirectPortName,
         tr("Listen for the portal's redirect on this port (default: any free port). Use the "
            "port of the handler address on the application's card."),
         tr("N")},
        {redirectHostName,
         tr("The host of the handler address on the application's card: 127.0.0.1 (default) "
            "or localhost, e.g. for http://localhost:7000/."),
         tr("HOST")},
        {pasteCodeName,
         tr("Do not listen for a redirect: read the code the portal shows (or the address the "
            "browser ended on) from standard input.")},
        {noBrowserName, tr("Do not start a browser; only print the sign-in address.")},
    };
    QList<QCommandLineOption> result;
    for (const QCommandLineOption &option : all) {
        if (accepts(command, option.names().constFirst()))
            result.append(option);
    }
    return result;
}

bool CommandLine::accepts(const Subcommand &command, const QString &option)
{
    // --redirect-host and --redirect-port spell one address, the handler registered on the
    // application's card: a command that takes one takes both.
    if (option == redirectHostName)
        return command.options.contains(redirectPortName);
    return command.options.contains(option);
}

QString CommandLine::webhookArgumentWarning()
{
    return tr("Warning: a webhook URL given as a command-line argument can be read by other "
              "users of this computer in the process list, and it stays in the shell history. "
              "Set $B24_WEBHOOK_URL instead, or save the webhook once with '%1 add-webhook -', "
              "which reads the URL from standard input.")
        .arg(QCoreApplication::applicationName());
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
    text += tr("  B24_CLIENT_SECRET the application's client secret for 'login'") + u'\n';
    text += u'\n' +
            tr("Without --webhook, --portal or --account (and without $B24_WEBHOOK_URL) "
               "the current account is used: the last one added, signed in or chosen.") +
            u'\n';
    text += u'\n' + tr("Exit status:") + u'\n';
    text += tr("  0 success, 2 usage error, 3 authentication, permission or keychain problem,\n"
               "  4 other portal error, 5 network or TLS failure, or a method paused by the\n"
               "  portal for longer than --max-wait (the message says when to retry),\n"
               "  6 unexpected answer, or a portal that moved to another domain (see\n"
               "  --allow-move)") +
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
        } else if (first.isSet(tlsBackendName)) {
            result.action = Result::Action::ShowTlsBackend;
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
    // add-webhook tells it itself (AddWebhookCommand), as it also reads from stdin.
    if (!options.webhookUrl.trimmed().isEmpty())
        result.warnings.append(webhookArgumentWarning());
    result.action = Result::Action::Run;
    return result;
}

bool CommandLine::readGlobals(const QCommandLineParser &first, const QCommandLineParser &second,
                              CliOptions &options, QString *error)
{
    options.webhookUrl = globalValue(first, second, webhookName);
    options.portalUrl = globalValue(first, second, portalName);
    options.accountName = globalValue(first, second, accountName);
    options.authServer = globalValue(first, second, authServerName);
    options.caFile = globalValue(first, second, caFileName);
    options.proxy = globalValue(first, second, proxyName);
    options.json = globalIsSet(first, second, jsonName);
    options.verbose = globalIsSet(first, second, verboseName);
    options.allowMove = globalIsSet(first, second, allowMoveName);

    const bool webhook = globalIsSet(first, second, webhookName);
    const bool portal = globalIsSet(first, second, portalName);
    const bool account = globalIsSet(first, second, accountName);
    if (webhook && portal) {
        *error = tr("--webhook and --portal cannot be used together.");
        return false;
    }
    if (account && (webhook || portal)) {
        *error = tr("--account cannot be used together with --webhook or --portal.");
        return false;
    }
    if (account && options.accountName.trimmed().isEmpty()) {
        *error = tr("--account needs an account name or id.");
        return false;
    }
    if (!checkConnectionOptions(*options.command, webhook, portal, account, error))
        return false;
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
    if (globalIsSet(first, second, maxWaitName)) {
        const QString text = globalValue(first, second, maxWaitName);
        const auto value = parseNumber(text, 0, maxMaxWaitSecs);
        if (!value) {
            *error = tr("--max-wait needs a number of seconds from 0 to %1, not '%2'.")
                         .arg(QString::number(maxMaxWaitSecs), text);
            return false;
        }
        options.maxWaitSecs = int(*value);
    }
    return true;
}

bool CommandLine::checkConnectionOptions(const Subcommand &command, bool webhook, bool portal,
                                         bool account, QString *error)
{
    // Each account command takes only the options that mean something to it; silently
    // ignoring a --webhook would let a script believe it talked to that webhook.
    const auto refuse = [&](const QString &option) {
        *error = tr("'%1' does not take %2.").arg(command.name, option);
        return false;
    };
    switch (command.id) {
    case Subcommand::Id::Accounts:
        if (webhook || portal)
            return refuse(webhook ? QStringLiteral("--webhook") : QStringLiteral("--portal"));
        break;
    case Subcommand::Id::Login:
        if (webhook)
            return refuse(QStringLiteral("--webhook"));
        if (!portal && !account) {
            *error = tr("'login' needs --portal URL, or --account NAME to sign in again.");
            return false;
        }
        break;
    case Subcommand::Id::AddWebhook:
    case Subcommand::Id::Logout:
        if (webhook || portal || account) {
            return refuse(webhook  ? QStringLiteral("--webhook")
                          : portal ? QStringLiteral("--portal")
                                   : QStringLiteral("--account"));
        }
        break;
    default:
        break;
    }
    return true;
}

bool CommandLine::readCommandOptions(const QCommandLineParser &parser, CliOptions &options,
                                     QString *error)
{
    // QCommandLineParser warns about lookups of options it was not given, so ask only
    // for the ones this command registered.
    const auto isSet = [&](const QString &name) {
        return accepts(*options.command, name) && parser.isSet(name);
    };
    if (isSet(nameName)) {
        if (options.command->id == Subcommand::Id::List) {
            options.nameFilter = parser.value(nameName);
        } else {
            options.displayName = parser.value(nameName).trimmed();
            if (options.displayName.isEmpty()) {
                *error = tr("--name needs a non-empty name.");
                return false;
            }
        }
    }
    options.check = isSet(checkName);
    options.pasteCode = isSet(pasteCodeName);
    options.noBrowser = isSet(noBrowserName);
    if (isSet(clientIdName)) {
        options.clientId = parser.value(clientIdName).trimmed();
        if (options.clientId.isEmpty()) {
            *error = tr("--client-id needs the application's client_id.");
            return false;
        }
    }
    if (isSet(clientSecretEnvName)) {
        options.clientSecretEnv = parser.value(clientSecretEnvName).trimmed();
        if (options.clientSecretEnv.isEmpty()) {
            *error = tr("--client-secret-env needs the name of an environment variable.");
            return false;
        }
    }
    if (isSet(redirectPortName)) {
        const QString text = parser.value(redirectPortName);
        const auto value = parseNumber(text, 0, 65535);
        if (!value) {
            *error = tr("--redirect-port needs a port number from 0 to 65535, not '%1'.").arg(text);
            return false;
        }
        options.redirectPort = quint16(*value);
    }
    if (isSet(redirectHostName)) {
        const QString text = parser.value(redirectHostName).trimmed();
        if (text.compare(QLatin1String("127.0.0.1")) != 0 &&
            text.compare(QLatin1String("localhost"), Qt::CaseInsensitive) != 0) {
            *error = tr("--redirect-host needs 127.0.0.1 or localhost, not '%1'.").arg(text);
            return false;
        }
        options.redirectHost = text.toLower();
    }
    if (options.pasteCode && (options.redirectPort || !options.redirectHost.isEmpty())) {
        *error = tr("--paste-code cannot be used together with %1.")
                     .arg(options.redirectPort ? QStringLiteral("--redirect-port")
                                               : QStringLiteral("--redirect-host"));
        return false;
    }
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
