#pragma once

#include "CliOptions.h"
#include "ClientSettings.h"
#include "Command.h"
#include "ResultFormatter.h"
#include "auth/AccountManager.h"

#include <QProcessEnvironment>

#include <QJsonArray>

#include <functional>

namespace mb {
class ListJob;
class RestError;
class RestReply;
} // namespace mb

namespace mb::cli {

class Connection;

// Runs one mail command (list, get, senders, fields, field) against the portal without
// blocking: start() opens the Connection and sends the first request; finished() carries
// the exit status once the output is written and what the run changed is stored.
// Nothing reaches stdout unless the whole command succeeded, so a script never reads half
// a list as if it were all of it.
class CommandRunner : public Command
{
    Q_OBJECT
public:
    CommandRunner(const CliOptions &options, const QProcessEnvironment &environment,
                  const ClientSettings &settings, AccountManager *accountManager,
                  QObject *parent = nullptr);

    void start() override;

private:
    void run();
    // Collects every row of `job` as the portal sent them and prints them once the list is
    // complete.
    void runList(ListJob *job, const QStringList &knownFields);
    // Sends the call `send` makes, again after a pause of the method, and prints the item.
    void runItem(std::function<RestReply *()> send, const QStringList &knownFields);
    // OPERATION_TIME_LIMIT: waits for the paused method and calls `retry`, while the pauses
    // add up to no more than --max-wait. False when the failure is final.
    bool waitForPause(RestError error, const QString &method, std::function<void()> retry);
    void succeed(const QString &output);
    void failCall(const RestError &error);
    void end(ExitCode code);

    CliOptions m_options;
    QProcessEnvironment m_environment;
    ClientSettings m_settings;
    AccountManager *m_accountManager;
    Connection *m_connection = nullptr;
    ResultFormatter m_formatter;
    QJsonArray m_rows;
    qint64 m_waitedSecs = 0; // for paused methods, so far
};

} // namespace mb::cli
