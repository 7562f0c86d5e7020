#include "SecretStore.h"

#include "SecretServiceProbe.h"
#include "rest/CallLater.h"
#include "rest/SecretRedactor.h"

#include <QPointer>
#include <QTimer>

#include <algorithm>
#include <memory>

#include <qt6keychain/keychain.h>

namespace mb {

namespace {
// checkAvailable() reads this; a real account id is a UUID and never takes this value.
const QString availabilityAccount = QStringLiteral("availability-check");
} // namespace

QString SecretStore::defaultService()
{
    return QStringLiteral("MailboxBrowser");
}

SecretStore::SecretStore(QObject *parent)
    : SecretStore(defaultService(), parent)
{}

SecretStore::SecretStore(const QString &service, QObject *parent)
    : QObject(parent)
    , m_service(service)
{}

SecretStore::~SecretStore() = default;

void SecretStore::setMode(Mode mode)
{
    if (mode == m_mode)
        return;
    m_mode = mode;
    // Session secrets must not outlive the session choice: moving them into the keychain
    // would store what the user asked not to store.
    m_session.clear();
    Q_EMIT modeChanged(mode);
}

QString SecretStore::kindName(Kind kind)
{
    switch (kind) {
    case Kind::AccessToken:
        return QStringLiteral("access_token");
    case Kind::RefreshToken:
        return QStringLiteral("refresh_token");
    case Kind::ClientSecret:
        return QStringLiteral("client_secret");
    case Kind::WebhookUrl:
        return QStringLiteral("webhook_url");
    }
    Q_UNREACHABLE();
    return {};
}

QString SecretStore::entryKey(const QString &accountId, Kind kind)
{
    return accountId + QLatin1Char('/') + kindName(kind);
}

QList<SecretStore::Kind> SecretStore::allKinds()
{
    return {Kind::AccessToken, Kind::RefreshToken, Kind::ClientSecret, Kind::WebhookUrl};
}

SecretStore::DoneCallback SecretStore::guard(const QObject *context, DoneCallback done) const
{
    QPointer<const QObject> alive(context ? context : this);
    return [alive, done = std::move(done)](const SecretError &error) {
        if (alive && done)
            done(error);
    };
}

void SecretStore::deliverLater(const DoneCallback &done, const SecretError &error)
{
    // Even answers known at once go through the event loop, so callers see one behaviour.
    callLater(this, [done, error] { done(error); });
}

SecretError SecretStore::validate(const QString &accountId)
{
    // '/' separates the account from the kind in the entry key.
    if (accountId.isEmpty() || accountId.contains(QLatin1Char('/')))
        return SecretError(SecretError::Code::Other,
                           tr("Invalid account id \"%1\"").arg(accountId));
    return {};
}

void SecretStore::setTimeoutMs(int ms)
{
    m_timeoutMs = std::max(ms, 1);
}

void SecretStore::startJob(QKeychain::Job *job)
{
    job->start();
}

void SecretStore::run(QKeychain::Job *job, std::function<void(QKeychain::Job *)> onSuccess,
                      DoneCallback onError)
{
    // QtKeychain can keep secrets in a plain QSettings file when no keychain exists; we
    // offer session-only mode instead and never write secrets in the clear.
    job->setInsecureFallback(false);
    job->setAutoDelete(true);

    // Whichever comes first, the answer (with its NoBackend probe) or the timeout, settles
    // the operation; the other finds `settled` set and does nothing. A job that never
    // answers is left to QtKeychain: deleting it mid-call is not safe on every backend.
    auto settled = std::make_shared<bool>(false);
    auto *timer = new QTimer(this);
    timer->setSingleShot(true);
    const auto settle = [settled, timer]() {
        if (*settled)
            return false;
        *settled = true;
        timer->stop();
        timer->deleteLater();
        return true;
    };
    const int timeoutMs = m_timeoutMs;
    connect(timer, &QTimer::timeout, this, [settle, onError, timeoutMs] {
        if (settle())
            onError(
                SecretError(SecretError::Code::Timeout, tr("no answer within %n seconds", nullptr,
                                                           std::max(1, (timeoutMs + 999) / 1000))));
    });
    connect(job, &QKeychain::Job::finished, this,
            [this, settled, settle, onSuccess = std::move(onSuccess),
             onError](QKeychain::Job *finished) {
                if (*settled)
                    return; // too late: the caller was told Timeout already
                if (finished->error() == QKeychain::NoError) {
                    settle();
                    onSuccess(finished);
                    return;
                }
                const SecretError error =
                    SecretError::fromKeychain(finished->error(), finished->errorString());
                if (error.code() != SecretError::Code::Other) {
                    settle();
                    onError(error);
                    return;
                }
                SecretServiceProbe::check(
                    this, [settle, error, onError](bool reachable, const QString &why) {
                        if (!settle())
                            return;
                        if (reachable) {
                            onError(error);
                            return;
                        }
                        onError(SecretError(SecretError::Code::NoBackend,
                                            error.detail().isEmpty() ? why : error.detail()));
                    });
            });
    timer->start(timeoutMs);
    startJob(job);
}

void SecretStore::write(const QString &accountId, Kind kind, const QString &secret,
                        const QObject *context, DoneCallback done)
{
    DoneCallback finish = guard(context, std::move(done));
    if (const SecretError invalid = validate(accountId); invalid.isError()) {
        deliverLater(finish, invalid);
        return;
    }
    const QByteArray utf8 = secret.toUtf8();
    if (utf8.isEmpty()) {
        deliverLater(
            finish, SecretError(SecretError::Code::Other, tr("An empty secret cannot be stored.")));
        return;
    }
    if (utf8.size() > MaxEntryBytes) {
        deliverLater(finish,
                     SecretError(SecretError::Code::EntryTooLarge,
                                 tr("%1 bytes, at most %2").arg(utf8.size()).arg(MaxEntryBytes)));
        return;
    }
    // Registered before anything can log it, including a failing backend.
    SecretRedactor::instance().add(utf8);

    const QString key = entryKey(accountId, kind);
    if (m_mode == Mode::SessionOnly) {
        m_session.insert(key, secret);
        deliverLater(finish, {});
        return;
    }
    auto *job = new QKeychain::WritePasswordJob(m_service);
    job->setKey(key);
    job->setTextData(secret);
    run(
        job, [finish](QKeychain::Job *) { finish({}); },
        [this, finish](const SecretError &error) {
            if (error.isStoreUnavailable())
                Q_EMIT keychainUnavailable(error);
            finish(error);
        });
}

void SecretStore::read(const QString &accountId, Kind kind, const QObject *context,
                       ReadCallback done)
{
    QPointer<const QObject> alive(context ? context : this);
    ReadCallback finish = [alive, done = std::move(done)](const SecretError &error,
                                                          const QString &secret) {
        if (alive && done)
            done(error, secret);
    };
    auto finishLater = [this, finish](const SecretError &error, const QString &secret) {
        QTimer::singleShot(0, this, [finish, error, secret] { finish(error, secret); });
    };

    if (const SecretError invalid = validate(accountId); invalid.isError()) {
        finishLater(invalid, {});
        return;
    }
    const QString key = entryKey(accountId, kind);
    if (m_mode == Mode::SessionOnly) {
        const auto it = m_session.constFind(key);
        if (it == m_session.constEnd())
            finishLater(SecretError(SecretError::Code::EntryNotFound), {});
        else
            finishLater({}, it.value());
        return;
    }
    auto *job = new QKeychain::ReadPasswordJob(m_service);
    job->setKey(key);
    run(
        job,
        [finish](QKeychain::Job *finished) {
            const QString secret = static_cast<QKeychain::ReadPasswordJob *>(finished)->textData();
            // Secrets loaded at start-up must be masked in logs just like fresh ones.
            SecretRedactor::instance().add(secret.toUtf8());
            finish({}, secret);
        },
        [finish](const SecretError &error) { finish(error, {}); });
}

void SecretStore::remove(const QString &accountId, Kind kind, const QObject *context,
                         DoneCallback done)
{
    DoneCallback finish = guard(context, std::move(done));
    if (const SecretError invalid = validate(accountId); invalid.isError()) {
        deliverLater(finish, invalid);
        return;
    }
    const QString key = entryKey(accountId, kind);
    if (m_mode == Mode::SessionOnly) {
        m_session.remove(key);
        deliverLater(finish, {});
        return;
    }
    auto *job = new QKeychain::DeletePasswordJob(m_service);
    job->setKey(key);
    run(
        job, [finish](QKeychain::Job *) { finish({}); },
        [finish](const SecretError &error) {
            // The goal, "no such entry", is reached either way.
            finish(error.code() == SecretError::Code::EntryNotFound ? SecretError() : error);
        });
}

void SecretStore::removeAccount(const QString &accountId, const QObject *context, DoneCallback done)
{
    DoneCallback finish = guard(context, std::move(done));
    if (const SecretError invalid = validate(accountId); invalid.isError()) {
        deliverLater(finish, invalid);
        return;
    }
    removeKinds(accountId, allKinds(), finish);
}

void SecretStore::removeKinds(const QString &accountId, QList<Kind> kinds, DoneCallback done)
{
    if (kinds.isEmpty()) {
        deliverLater(done, {});
        return;
    }
    const Kind kind = kinds.takeFirst();
    // One at a time: with no backend the first failure stops the rest, and no keychain
    // sees a burst of parallel prompts.
    remove(accountId, kind, this,
           [this, accountId, kinds = std::move(kinds), done](const SecretError &error) {
               if (error.isError()) {
                   done(error);
                   return;
               }
               removeKinds(accountId, kinds, done);
           });
}

void SecretStore::checkAvailable(const QObject *context, DoneCallback done)
{
    DoneCallback finish = guard(context, std::move(done));
    if (m_mode == Mode::SessionOnly) {
        deliverLater(finish, {});
        return;
    }
    read(availabilityAccount, Kind::AccessToken, this,
         [finish](const SecretError &error, const QString &) {
             finish(error.code() == SecretError::Code::EntryNotFound ? SecretError() : error);
         });
}

} // namespace mb
