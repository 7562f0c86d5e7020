#pragma once

#include "CliOptions.h"
#include "ClientSettings.h"
#include "Command.h"
#include "ResultFormatter.h"

#include <QProcessEnvironment>

namespace mb {
class PagedRequest;
class RestError;
class RestReply;
} // namespace mb

namespace mb::cli {

class AccountStorage;
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
                  const ClientSettings &settings, AccountStorage *storage,
                  QObject *parent = nullptr);

    void start() override;

private:
    enum class Shape { Item, Items };

    void run();
    void runPaged(PagedRequest *request, const QStringList &knownFields);
    void runReply(RestReply *reply, Shape shape, const QStringList &knownFields);
    void succeed(const QString &output);
    void failCall(const RestError &error);
    void end(ExitCode code);

    CliOptions m_options;
    QProcessEnvironment m_environment;
    ClientSettings m_settings;
    AccountStorage *m_storage;
    Connection *m_connection = nullptr;
    ResultFormatter m_formatter;
};

} // namespace mb::cli
