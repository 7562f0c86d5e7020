#include "AccountStore.h"

#include "OAuthClientConfig.h"
#include "SecretStore.h"

#include <QPointer>
#include <QRegularExpression>
#include <QSettings>
#include <QTimer>
#include <QUuid>

#include <algorithm>
#include <utility>

namespace mb {

namespace {

const QString accountsGroup = QStringLiteral("accounts");
const QString currentKey = QStringLiteral("currentAccount");

namespace key {
const QString displayName = QStringLiteral("displayName");
const QString portalUrl = QStringLiteral("portalUrl");
const QString memberId = QStringLiteral("memberId");
const QString userId = QStringLiteral("userId");
const QString userName = QStringLiteral("userName");
const QString authKind = QStringLiteral("authKind");
const QString scopes = QStringLiteral("scopes");
const QString serverEndpoint = QStringLiteral("serverEndpoint");
const QString tokenExpiry = QStringLiteral("tokenExpiry");
const QString clientId = QStringLiteral("clientId");
const QString authorizationServer = QStringLiteral("authorizationServer");
const QString batchAuth = QStringLiteral("batchAuth");
// Only for ordering: QSettings lists groups alphabetically, users expect the order they
// added accounts in. A counter rather than a time: two adds within a clock tick stay ordered.
const QString position = QStringLiteral("position");
} // namespace key

QString groupOf(const QString &id)
{
    return accountsGroup + QLatin1Char('/') + id;
}

// Ids become settings group names and keychain key prefixes: no separators, no surprises.
bool isWellFormedId(const QString &id)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9_-]{1,64}$"));
    return pattern.match(id).hasMatch();
}

QString urlToSetting(const QUrl &url)
{
    return url.isEmpty() ? QString() : url.toString(QUrl::FullyEncoded);
}

} // namespace

std::unique_ptr<QSettings> AccountStore::defaultSettings()
{
    return std::make_unique<QSettings>(QSettings::UserScope, QStringLiteral("MailboxBrowser"),
                                       QStringLiteral("MailboxBrowser"));
}

AccountStore::AccountStore(SecretStore *secrets, QObject *parent)
    : AccountStore(defaultSettings(), secrets, parent)
{}

AccountStore::AccountStore(std::unique_ptr<QSettings> settings, SecretStore *secrets,
                           QObject *parent)
    : QObject(parent)
    , m_settings(std::move(settings))
    , m_secrets(secrets)
{
    Q_ASSERT(m_settings);
    // The secrets of session-only accounts are gone once the store leaves session-only mode.
    if (m_secrets)
        connect(m_secrets, &SecretStore::modeChanged, this, [this](SecretStore::Mode mode) {
            if (mode != SecretStore::Mode::SessionOnly)
                forgetSessionAccounts();
        });
}

AccountStore::~AccountStore() = default;

QString AccountStore::settingsFileName() const
{
    return m_settings->fileName();
}

QList<Account> AccountStore::accounts() const
{
    m_settings->sync();
    m_settings->beginGroup(accountsGroup);
    const QStringList ids = m_settings->childGroups();
    m_settings->endGroup();

    QList<std::pair<qlonglong, Account>> found;
    for (const QString &id : ids) {
        if (!isWellFormedId(id))
            continue;
        const qlonglong position =
            m_settings->value(groupOf(id) + QLatin1Char('/') + key::position).toLongLong();
        found.append({position, readAccount(id)});
    }
    std::stable_sort(found.begin(), found.end(),
                     [](const auto &a, const auto &b) { return a.first < b.first; });
    QList<Account> result;
    result.reserve(found.size());
    for (auto &entry : found)
        result.append(std::move(entry.second));
    result.append(m_sessionAccounts);
    return result;
}

bool AccountStore::isSessionOnly(const QString &id) const
{
    return std::any_of(m_sessionAccounts.cbegin(), m_sessionAccounts.cend(),
                       [&id](const Account &a) { return a.id == id; });
}

bool AccountStore::keepsAccountsInMemory() const
{
    return m_sessionOnly && m_secrets && m_secrets->mode() == SecretStore::Mode::SessionOnly;
}

void AccountStore::forgetSessionAccounts()
{
    const QString currentBefore = currentAccountId();
    const QList<Account> forgotten = std::exchange(m_sessionAccounts, {});
    m_sessionCurrent.clear();
    for (const Account &account : forgotten)
        Q_EMIT accountRemoved(account.id);
    if (!forgotten.isEmpty() && currentAccountId() != currentBefore)
        Q_EMIT currentAccountChanged(currentAccountId());
}

bool AccountStore::contains(const QString &id) const
{
    if (!isWellFormedId(id))
        return false;
    if (isSessionOnly(id))
        return true;
    m_settings->sync();
    m_settings->beginGroup(accountsGroup);
    const bool present = m_settings->childGroups().contains(id);
    m_settings->endGroup();
    return present;
}

std::optional<Account> AccountStore::account(const QString &id) const
{
    for (const Account &a : m_sessionAccounts) {
        if (a.id == id)
            return a;
    }
    if (!contains(id))
        return std::nullopt;
    return readAccount(id);
}

std::optional<Account> AccountStore::findSameUser(const Account &candidate) const
{
    const auto samePortal = [&candidate](const Account &a) {
        // member_id survives a change of the portal's address; the host is the fallback
        // for webhooks, which never learn the member_id.
        if (!a.memberId.isEmpty() && !candidate.memberId.isEmpty())
            return a.memberId == candidate.memberId;
        return a.portalUrl.host().compare(candidate.portalUrl.host(), Qt::CaseInsensitive) == 0;
    };
    // The code exchange need not name the user (docs §5.4 shows user_id only for a refresh),
    // so a new sign-in may not know the id a refresh taught the stored account, or the other
    // way round. An unknown id matches when exactly one account of the portal can be meant.
    std::optional<Account> unknownUser;
    int unknownCount = 0;
    for (const Account &a : accounts()) {
        if (a.authKind != candidate.authKind || !samePortal(a))
            continue;
        if (a.userId == candidate.userId)
            return a;
        if (a.userId.isEmpty() || candidate.userId.isEmpty()) {
            unknownUser = a;
            ++unknownCount;
        }
    }
    return unknownCount == 1 ? unknownUser : std::nullopt;
}

Account AccountStore::readAccount(const QString &id) const
{
    Account a;
    a.id = id;
    m_settings->beginGroup(groupOf(id));
    a.displayName = m_settings->value(key::displayName).toString();
    a.portalUrl = QUrl(m_settings->value(key::portalUrl).toString(), QUrl::StrictMode);
    a.memberId = m_settings->value(key::memberId).toString();
    a.userId = m_settings->value(key::userId).toString();
    a.userName = m_settings->value(key::userName).toString();
    a.authKind = Account::authKindFromString(m_settings->value(key::authKind).toString());
    a.scopes = m_settings->value(key::scopes).toStringList();
    a.serverEndpoint = QUrl(m_settings->value(key::serverEndpoint).toString(), QUrl::StrictMode);
    a.tokenExpiry =
        QDateTime::fromString(m_settings->value(key::tokenExpiry).toString(), Qt::ISODateWithMs);
    a.clientId = m_settings->value(key::clientId).toString();
    a.authorizationServer =
        QUrl(m_settings->value(key::authorizationServer).toString(), QUrl::StrictMode);
    a.batchAuth = m_settings->value(key::batchAuth).toString();
    m_settings->endGroup();
    return a;
}

bool AccountStore::checkStorable(const Account &account)
{
    const QUrl &url = account.portalUrl;
    if (!url.isValid() || url.host().isEmpty() ||
        (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http"))) {
        m_error = tr("\"%1\" is not a portal address.").arg(url.toDisplayString());
        return false;
    }
    // A webhook URL (…/rest/7/<code>/) or credentials in the address would end up in the
    // settings file in the clear.
    const QStringList segments = url.path().split(QLatin1Char('/'), Qt::SkipEmptyParts);
    if (!url.userInfo().isEmpty() || url.hasQuery() || url.hasFragment() ||
        segments.contains(QLatin1String("rest"), Qt::CaseInsensitive)) {
        m_error = tr("The portal address must be the portal itself, such as "
                     "https://example.bitrix24.com/, without a REST path or credentials.");
        return false;
    }
    if (!account.serverEndpoint.isEmpty() &&
        (!account.serverEndpoint.isValid() || !account.serverEndpoint.userInfo().isEmpty() ||
         account.serverEndpoint.hasQuery())) {
        m_error = tr("The authorization server address is not valid.");
        return false;
    }
    // The client secret goes there: the same rule as for the sign-in form and b24mail.
    if (!account.authorizationServer.isEmpty() &&
        !OAuthClientConfig::parseAuthorizationServer(account.authorizationServer.toString())) {
        m_error = tr("The authorization server address is not valid.");
        return false;
    }
    if (account.authKind == Account::AuthKind::Unknown) {
        m_error = tr("The sign-in method of the account is unknown.");
        return false;
    }
    return true;
}

void AccountStore::writeFields(const Account &account)
{
    m_settings->beginGroup(groupOf(account.id));
    m_settings->setValue(key::displayName, account.displayName);
    m_settings->setValue(key::portalUrl, urlToSetting(account.portalUrl));
    m_settings->setValue(key::memberId, account.memberId);
    m_settings->setValue(key::userId, account.userId);
    m_settings->setValue(key::userName, account.userName);
    m_settings->setValue(key::authKind, Account::authKindToString(account.authKind));
    m_settings->setValue(key::scopes, account.scopes);
    m_settings->setValue(key::serverEndpoint, urlToSetting(account.serverEndpoint));
    m_settings->setValue(key::tokenExpiry,
                         account.tokenExpiry.isValid()
                             ? account.tokenExpiry.toUTC().toString(Qt::ISODateWithMs)
                             : QString());
    m_settings->setValue(key::clientId, account.clientId);
    if (account.authorizationServer.isEmpty())
        m_settings->remove(key::authorizationServer);
    else
        m_settings->setValue(key::authorizationServer, urlToSetting(account.authorizationServer));
    if (account.batchAuth.isEmpty())
        m_settings->remove(key::batchAuth);
    else
        m_settings->setValue(key::batchAuth, account.batchAuth);
    m_settings->endGroup();
}

bool AccountStore::commit()
{
    m_settings->sync();
    if (m_settings->status() == QSettings::NoError)
        return true;
    m_error = tr("The settings could not be saved to %1.").arg(m_settings->fileName());
    return false;
}

std::optional<Account> AccountStore::add(Account account)
{
    if (account.id.isEmpty())
        account.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (!isWellFormedId(account.id)) {
        m_error = tr("\"%1\" is not a valid account id.").arg(account.id);
        return std::nullopt;
    }
    if (contains(account.id)) {
        m_error = tr("An account with the id %1 exists already.").arg(account.id);
        return std::nullopt;
    }
    if (!checkStorable(account))
        return std::nullopt;
    if (keepsAccountsInMemory()) {
        m_sessionAccounts.append(account);
        Q_EMIT accountAdded(account.id);
        return account;
    }

    qlonglong last = 0;
    m_settings->beginGroup(accountsGroup);
    for (const QString &id : m_settings->childGroups())
        last =
            std::max(last, m_settings->value(id + QLatin1Char('/') + key::position).toLongLong());
    m_settings->endGroup();

    writeFields(account);
    m_settings->setValue(groupOf(account.id) + QLatin1Char('/') + key::position, last + 1);
    if (!commit())
        return std::nullopt;
    Q_EMIT accountAdded(account.id);
    return account;
}

bool AccountStore::update(const Account &account)
{
    if (!contains(account.id)) {
        m_error = tr("There is no account with the id %1.").arg(account.id);
        return false;
    }
    if (!checkStorable(account))
        return false;
    if (isSessionOnly(account.id)) {
        std::replace_if(
            m_sessionAccounts.begin(), m_sessionAccounts.end(),
            [&account](const Account &a) { return a.id == account.id; }, account);
        Q_EMIT accountChanged(account.id);
        return true;
    }
    writeFields(account);
    if (!commit())
        return false;
    Q_EMIT accountChanged(account.id);
    return true;
}

bool AccountStore::rename(const QString &id, const QString &displayName)
{
    if (!contains(id)) {
        m_error = tr("There is no account with the id %1.").arg(id);
        return false;
    }
    if (isSessionOnly(id)) {
        Account renamed = *account(id);
        renamed.displayName = displayName.trimmed();
        return update(renamed);
    }
    m_settings->setValue(groupOf(id) + QLatin1Char('/') + key::displayName, displayName.trimmed());
    if (!commit())
        return false;
    Q_EMIT accountChanged(id);
    return true;
}

QString AccountStore::currentAccountId() const
{
    if (!m_sessionCurrent.isEmpty() && isSessionOnly(m_sessionCurrent))
        return m_sessionCurrent;
    const QString stored = m_settings->value(currentKey).toString();
    if (!stored.isEmpty() && contains(stored))
        return stored;
    // The stored account was removed (maybe by another process): fall back rather than
    // leave the user with no account while others exist.
    const QList<Account> all = accounts();
    return all.isEmpty() ? QString() : all.constFirst().id;
}

std::optional<Account> AccountStore::currentAccount() const
{
    const QString id = currentAccountId();
    if (id.isEmpty())
        return std::nullopt;
    return account(id);
}

bool AccountStore::setCurrentAccount(const QString &id)
{
    if (!id.isEmpty() && !contains(id)) {
        m_error = tr("There is no account with the id %1.").arg(id);
        return false;
    }
    const QString before = currentAccountId();
    if (isSessionOnly(id)) {
        // The settings keep the saved choice for the next start.
        m_sessionCurrent = id;
    } else {
        m_sessionCurrent.clear();
        if (id.isEmpty())
            m_settings->remove(currentKey);
        else
            m_settings->setValue(currentKey, id);
        if (!commit())
            return false;
    }
    const QString after = currentAccountId();
    if (after != before)
        Q_EMIT currentAccountChanged(after);
    return true;
}

bool AccountStore::removeSettings(const QString &id)
{
    const QString currentBefore = currentAccountId();
    if (isSessionOnly(id)) {
        m_sessionAccounts.removeIf([&id](const Account &a) { return a.id == id; });
        if (m_sessionCurrent == id)
            m_sessionCurrent.clear();
        Q_EMIT accountRemoved(id);
        if (currentAccountId() != currentBefore)
            Q_EMIT currentAccountChanged(currentAccountId());
        return true;
    }
    m_settings->remove(groupOf(id));
    if (m_settings->value(currentKey).toString() == id)
        m_settings->remove(currentKey);
    if (!commit())
        return false;
    Q_EMIT accountRemoved(id);
    const QString currentAfter = currentAccountId();
    if (currentAfter != currentBefore)
        Q_EMIT currentAccountChanged(currentAfter);
    return true;
}

void AccountStore::remove(const QString &id, RemovePolicy policy, const QObject *context,
                          RemoveCallback done)
{
    QPointer<const QObject> alive(context ? context : this);
    RemoveCallback finish = [alive, done = std::move(done)](bool removed,
                                                            const SecretError &error) {
        if (alive && done)
            done(removed, error);
    };

    if (!contains(id)) {
        m_error = tr("There is no account with the id %1.").arg(id);
        QTimer::singleShot(0, this, [finish] { finish(false, SecretError()); });
        return;
    }
    const auto removeRest = [this, id, policy, finish](const SecretError &keychainError) {
        if (keychainError.isError() && policy == RemovePolicy::KeepAccountIfKeychainFails) {
            m_error = keychainError.userMessage();
            finish(false, keychainError);
            return;
        }
        finish(removeSettings(id), keychainError);
    };
    if (!m_secrets) {
        QTimer::singleShot(0, this, [removeRest] { removeRest(SecretError()); });
        return;
    }
    m_secrets->removeAccount(id, this, removeRest);
}

} // namespace mb
