#include "AccountManager.h"

#include "AccountStore.h"
#include "SecretStore.h"
#include "settings/AccountCache.h"

#include <QDir>
#include <QFileInfo>
#include <QFileSystemWatcher>

#include <algorithm>

namespace mb {

namespace {

bool sameName(const Account &account, const QString &name)
{
    return account.title().compare(name.trimmed(), Qt::CaseInsensitive) == 0;
}

bool samePortal(const QUrl &a, const QUrl &b)
{
    return a.scheme() == b.scheme() && a.host().compare(b.host(), Qt::CaseInsensitive) == 0 &&
           a.port(a.scheme() == u"https" ? 443 : 80) == b.port(b.scheme() == u"https" ? 443 : 80);
}

} // namespace

AccountManager::AccountManager(QObject *parent)
    : QObject(parent)
    , m_secrets(new SecretStore(this))
    , m_store(new AccountStore(m_secrets, this))
    , m_watcher(new QFileSystemWatcher(this))
    , m_cacheDirectory(AccountCache::defaultDirectory())
{
    watchSettingsFile();
    reload();
}

AccountManager::AccountManager(AccountStore *store, SecretStore *secrets, QObject *parent)
    : QObject(parent)
    , m_secrets(secrets)
    , m_store(store)
    , m_watcher(new QFileSystemWatcher(this))
    , m_cacheDirectory(AccountCache::defaultDirectory())
{
    watchSettingsFile();
    reload();
}

AccountManager::~AccountManager() = default;

void AccountManager::setCacheDirectory(const QString &directory)
{
    m_cacheDirectory = directory;
}

void AccountManager::watchSettingsFile()
{
    // Our own writes arrive through the store's signals at once; the other program's through
    // the file. QSettings replaces the file on every write, so the folder is watched too and
    // the file is watched anew whenever it reappears.
    for (auto signal : {&AccountStore::accountAdded, &AccountStore::accountChanged,
                        &AccountStore::accountRemoved, &AccountStore::currentAccountChanged})
        connect(m_store, signal, this, &AccountManager::reload);
    const QFileInfo file(m_store->settingsFileName());
    const auto rewatch = [this, file] {
        if (file.exists() && !m_watcher->files().contains(file.absoluteFilePath()))
            m_watcher->addPath(file.absoluteFilePath());
        reload();
    };
    connect(m_watcher, &QFileSystemWatcher::fileChanged, this, rewatch);
    connect(m_watcher, &QFileSystemWatcher::directoryChanged, this, rewatch);
    // The folder exists from the start, so the first account the other program saves is
    // noticed too.
    if (QDir().mkpath(file.absolutePath()))
        m_watcher->addPath(file.absolutePath());
    if (file.exists())
        m_watcher->addPath(file.absoluteFilePath());
}

void AccountManager::reload()
{
    const QList<Account> accounts = m_store->accounts();
    const QString current = m_store->currentAccountId();
    if (accounts == m_accounts && current == m_currentId)
        return;
    // An account gone, here or through the other program: its saved lists go with it.
    const AccountCache cache(m_cacheDirectory);
    for (const Account &before : std::as_const(m_accounts)) {
        if (std::none_of(accounts.begin(), accounts.end(),
                         [&before](const Account &a) { return a.id == before.id; }))
            cache.remove(before.id);
    }
    m_accounts = accounts;
    m_currentId = current;
    Q_EMIT accountsChanged();
}

std::optional<Account> AccountManager::account(const QString &id) const
{
    const auto it = std::find_if(m_accounts.begin(), m_accounts.end(),
                                 [&id](const Account &a) { return a.id == id; });
    return it == m_accounts.end() ? std::nullopt : std::optional<Account>(*it);
}

std::optional<Account> AccountManager::currentAccount() const
{
    return account(m_currentId);
}

std::optional<Account> AccountManager::find(const QString &name, QString *error) const
{
    if (const auto byId = account(name.trimmed()))
        return byId;
    QList<Account> named;
    std::copy_if(m_accounts.begin(), m_accounts.end(), std::back_inserter(named),
                 [&name](const Account &a) { return sameName(a, name); });
    if (named.size() == 1)
        return named.constFirst();
    if (error) {
        *error = named.isEmpty()
                     ? tr("There is no saved account called “%1”.").arg(name)
                     : tr("%1 saved accounts are called “%2”; use the account's id instead.")
                           .arg(QString::number(named.size()), name);
    }
    return std::nullopt;
}

bool AccountManager::nameTaken(const QString &name, const QString &ownId) const
{
    return std::any_of(m_accounts.begin(), m_accounts.end(), [&](const Account &account) {
        return account.id != ownId && (sameName(account, name) || account.id == name);
    });
}

bool AccountManager::nameTakenFor(const Account &candidate, const QString &name) const
{
    const std::optional<Account> same = m_store->findSameUser(candidate);
    return nameTaken(name, same ? same->id : QString());
}

QString AccountManager::uniqueName(const QString &wanted, const QString &ownId) const
{
    QString name = wanted;
    for (int n = 2; nameTaken(name, ownId); ++n)
        name = QStringLiteral("%1 (%2)").arg(wanted).arg(n);
    return name;
}

std::optional<Account> AccountManager::oauthAccountOf(const QUrl &portal) const
{
    std::optional<Account> found;
    for (const Account &account : m_accounts) {
        if (account.authKind != Account::AuthKind::OAuth || !samePortal(account.portalUrl, portal))
            continue;
        if (!found || account.id == m_currentId)
            found = account;
    }
    return found;
}

void AccountManager::keepForSessionOnly()
{
    m_store->setSessionOnly(true);
    m_secrets->setMode(SecretStore::Mode::SessionOnly);
}

bool AccountManager::isSessionOnly() const
{
    return m_store->keepsAccountsInMemory();
}

Account AccountManager::adopt(Account account, const QString &requestedName, QStringList *problems)
{
    reload(); // the account was just saved through the store
    QString name = requestedName;
    if (name.isEmpty() && account.displayName.isEmpty())
        name = uniqueName(account.portalUrl.host(), account.id);
    if (!name.isEmpty() && name != account.displayName) {
        if (m_store->rename(account.id, name))
            account.displayName = name;
        else if (problems)
            problems->append(m_store->errorString());
    }
    if (!m_store->setCurrentAccount(account.id) && problems)
        problems->append(m_store->errorString());
    reload();
    return account;
}

} // namespace mb
