#include "SamplePortal.h"

#include "rest/CallLater.h"
#include "rest/SecretRedactor.h"
#include "rest/WebhookCredential.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTimer>

namespace mb {

namespace {
const QString executableName = QStringLiteral("b24-fake-portal");
} // namespace

SamplePortal::SamplePortal(QObject *parent)
    : QObject(parent)
    , m_startTimeout(new QTimer(this))
{
    m_startTimeout->setSingleShot(true);
    connect(m_startTimeout, &QTimer::timeout, this, [this] {
        fail(tr("The sample portal did not start within %1 seconds.").arg(StartTimeoutMs / 1000));
    });
}

SamplePortal::~SamplePortal()
{
    // At exit there may be no event loop left to finish an asynchronous stop: wait a moment.
    if (m_process && m_process->state() != QProcess::NotRunning) {
        m_process->disconnect(this);
        m_process->terminate();
        if (!m_process->waitForFinished(2000))
            m_process->kill();
        m_process->waitForFinished(1000);
    }
}

QStringList SamplePortal::candidatePaths()
{
    QStringList paths;
    const QString fromEnvironment =
        QProcessEnvironment::systemEnvironment().value(QStringLiteral("MB_SAMPLE_PORTAL"));
    if (!fromEnvironment.isEmpty())
        paths << fromEnvironment;
    const QDir here(QCoreApplication::applicationDirPath());
    paths << here.filePath(executableName)
          << here.filePath(QStringLiteral(MB_PORTAL_FROM_BINDIR "/") + executableName);
#ifdef Q_OS_MACOS
    // In a build tree the app runs from mailbox-browser.app/Contents/MacOS, beside the portal
    // in the folder that holds the bundle (an installed bundle carries it in Contents/MacOS).
    paths << here.filePath(QStringLiteral("../../../") + executableName);
#endif
    return paths;
}

QString SamplePortal::findExecutable()
{
    for (const QString &path : candidatePaths()) {
        const QFileInfo file(path);
        if (file.isFile() && file.isExecutable())
            return file.canonicalFilePath();
    }
    return {};
}

void SamplePortal::start(const QStringList &arguments)
{
    stop();
    m_info = {};
    m_firstLine.clear();
    m_ready = false;
    const QString program = findExecutable();
    if (program.isEmpty()) {
        callLater(this, [this] {
            fail(tr("The sample portal (%1) is not installed with this copy of the app.")
                     .arg(executableName));
        });
        return;
    }
    m_process = new QProcess(this);
    m_process->setProgram(program);
    // It listens on 127.0.0.1 only, on ports of its own choosing, and ends when its standard
    // input does: the write end is ours, so however this app ends (even killed or crashed),
    // the portal follows within moments.
    m_process->setArguments(QStringList{QStringLiteral("--port"), QStringLiteral("0"),
                                        QStringLiteral("--exit-with-stdin")} +
                            arguments);
    m_process->setProcessChannelMode(QProcess::SeparateChannels);
    m_process->setStandardErrorFile(QProcess::nullDevice());
    connect(m_process, &QProcess::readyReadStandardOutput, this, &SamplePortal::onOutput);
    connect(m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart)
            fail(tr("The sample portal could not be started: %1").arg(m_process->errorString()));
    });
    connect(m_process, &QProcess::finished, this, [this] {
        // Either way the views would otherwise wait on a portal that is gone.
        fail(m_ready ? tr("The sample portal stopped unexpectedly; restart it from File > "
                          "Accounts… or with --demo.")
                     : tr("The sample portal stopped before it was ready."));
    });
    m_startTimeout->start(StartTimeoutMs);
    m_process->start();
}

void SamplePortal::onOutput()
{
    if (m_ready) {
        m_process->readAllStandardOutput(); // later lines are of no interest
        return;
    }
    m_firstLine += m_process->readAllStandardOutput();
    const qsizetype end = m_firstLine.indexOf('\n');
    if (end < 0)
        return;
    const QJsonObject info = QJsonDocument::fromJson(m_firstLine.left(end)).object();
    m_firstLine.clear();
    const auto parts = WebhookCredential::parse(QUrl(info.value(u"webhook_url").toString()));
    if (!parts) {
        fail(tr("The sample portal gave no usable address."));
        return;
    }
    SecretRedactor::instance().add(parts->code.toUtf8());
    m_info = info;
    m_ready = true;
    m_startTimeout->stop();
    Q_EMIT ready();
}

void SamplePortal::fail(const QString &why)
{
    m_startTimeout->stop();
    stop();
    Q_EMIT failed(why);
}

void SamplePortal::stop()
{
    if (!m_process)
        return;
    QProcess *process = std::exchange(m_process, nullptr);
    process->disconnect(this);
    m_ready = false;
    if (process->state() == QProcess::NotRunning) {
        process->deleteLater();
        return;
    }
    // Asked to end (its input closes, which it watches on every platform, and SIGTERM), and
    // killed after 3 s. If we go first, it sees its input end and follows.
    QObject::connect(process, &QProcess::finished, process, &QObject::deleteLater);
    QTimer::singleShot(3000, process, &QProcess::kill);
    process->closeWriteChannel();
    process->terminate();
}

bool SamplePortal::isRunning() const
{
    return m_process && m_process->state() == QProcess::Running && m_ready;
}

QUrl SamplePortal::baseUrl() const
{
    return QUrl(m_info.value(u"base_url").toString());
}

QUrl SamplePortal::webhookUrl() const
{
    return QUrl(m_info.value(u"webhook_url").toString());
}

} // namespace mb
