#pragma once

#include <QJsonObject>
#include <QObject>
#include <QStringList>
#include <QUrl>

class QProcess;
class QTimer;

namespace mb {

// The bundled sample portal (`b24-fake-portal`) run for the demo: a local Bitrix24 portal
// on 127.0.0.1 with realistic Unicode sample data, started with the app and stopped with it,
// so a new user can try everything without an account. The process prints one JSON line
// when it listens; ready() hands over what it said (the webhook URL among it).
class SamplePortal : public QObject
{
    Q_OBJECT
public:
    explicit SamplePortal(QObject *parent = nullptr);
    // Stops the process (terminate, then kill) if it still runs.
    ~SamplePortal() override;

    // Where the executable is looked for, in order: $MB_SAMPLE_PORTAL, next to this
    // program (<build>/bin, an installed bin/, a macOS bundle's Contents/MacOS), the
    // installed libexec/mailbox-browser/, and on macOS beside the bundle (a build tree).
    static QStringList candidatePaths();
    static QString findExecutable();

    // Starts it with `arguments` (its own switches, e.g. --mailboxes 40); ready() or failed()
    // follows from the event loop.
    void start(const QStringList &arguments = {});
    void stop();
    bool isRunning() const;

    // What the portal introduced itself with (base_url, webhook_url, client_id, ...).
    QJsonObject info() const { return m_info; }
    QUrl baseUrl() const;
    // Holds the sample webhook's code: a secret of the sample portal, masked like any other.
    QUrl webhookUrl() const;

    static constexpr int StartTimeoutMs = 15'000;

Q_SIGNALS:
    void ready();
    // Could not start, or the process ended while it was supposed to run; translated.
    void failed(const QString &why);

private:
    void onOutput();
    void fail(const QString &why);

    QProcess *m_process = nullptr;
    QTimer *m_startTimeout;
    QByteArray m_firstLine;
    QJsonObject m_info;
    bool m_ready = false;
};

} // namespace mb
