#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace mb::cli {

struct Subcommand;

// Everything the command line said, validated and typed. The environment
// (B24_WEBHOOK_URL, B24_ACCESS_TOKEN, B24_CLIENT_SECRET) is not read here but where
// credentials are built, so parsing stays a pure function of argv.
struct CliOptions
{
    // Global options: how to reach the portal and how to print.
    QString webhookUrl;  // --webhook
    QString portalUrl;   // --portal (login: the portal to sign in to)
    QString accountName; // --account: a saved account's name or id
    QString authServer;  // --auth-server: the OAuth authorization server
    QString caFile;      // --ca-file
    QString proxy;       // --proxy: a proxy URL, "none" or "system"; empty: the system's
    std::optional<int> timeoutMs;
    std::optional<int> retries;
    int maxWaitSecs = 60; // --max-wait: the longest b24mail waits for a paused method, in all
    bool json = false;
    bool verbose = false;
    bool allowMove = false; // --allow-move: follow the portal to another domain

    // The command and its own options.
    const Subcommand *command = nullptr;
    QString argument;   // the positional argument, if the command takes one
    qint64 id = 0;      // `get`: the argument as a mailbox id
    QString nameFilter; // list --name
    QString emailFilter;
    qint64 limit = -1; // -1: every page
    QStringList select;

    // Account commands.
    bool check = false;      // accounts --check
    QString displayName;     // login / add-webhook --name
    QString clientId;        // login --client-id
    QString clientSecretEnv; // login --client-secret-env: the variable holding the secret
    std::optional<quint16> redirectPort;
    QString redirectHost;   // login --redirect-host: "127.0.0.1" or "localhost"; empty: default
    bool pasteCode = false; // login --paste-code
    bool noBrowser = false; // login --no-browser
};

} // namespace mb::cli
