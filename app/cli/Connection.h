#pragma once

#include <QCoreApplication>
#include <QObject>

#include <memory>

class QProcessEnvironment;

namespace mb {
class Credential;
class RestClient;
} // namespace mb

namespace mb::cli {

struct CliOptions;

// The credential and REST client one b24mail run talks through, built from the command
// line and the environment. Every secret it reads is registered with SecretRedactor
// before anything can print it.
class Connection : public QObject
{
    Q_DECLARE_TR_FUNCTIONS(Connection)
public:
    // Returns null and a translated reason (a usage error: nothing was sent) when the
    // options do not describe a usable connection.
    static std::unique_ptr<Connection> open(const CliOptions &options,
                                            const QProcessEnvironment &environment, QString *error);

    RestClient *client() const { return m_client; }
    Credential *credential() const { return m_credential; }

private:
    Connection() = default;
    bool createCredential(const CliOptions &options, const QProcessEnvironment &environment,
                          QString *error);
    bool createClient(const CliOptions &options, QString *error);

    Credential *m_credential = nullptr; // children of this object
    RestClient *m_client = nullptr;
};

} // namespace mb::cli
