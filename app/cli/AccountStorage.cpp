#include "AccountStorage.h"

#include "Console.h"

#include "auth/AccountStore.h"
#include "auth/SecretStore.h"

namespace mb::cli {

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

AccountStorage::AccountStorage(QObject *parent)
    : QObject(parent)
    , m_secrets(new SecretStore(this))
    , m_accounts(new AccountStore(m_secrets, this))
{}

AccountStorage::~AccountStorage() = default;

std::optional<Account> AccountStorage::find(const QString &name, QString *error) const
{
    const QList<Account> all = m_accounts->accounts();
    for (const Account &account : all) {
        if (account.id == name.trimmed())
            return account;
    }
    QList<Account> named;
    for (const Account &account : all) {
        if (sameName(account, name))
            named.append(account);
    }
    if (named.size() == 1)
        return named.constFirst();
    if (named.isEmpty()) {
        *error = tr("There is no saved account called “%1”; '%2 accounts' lists them.")
                     .arg(name, QCoreApplication::applicationName());
    } else {
        *error = tr("%1 saved accounts are called “%2”; use the id that '%3 accounts' shows.")
                     .arg(QString::number(named.size()), name, QCoreApplication::applicationName());
    }
    return std::nullopt;
}

bool AccountStorage::nameTaken(const QString &name, const QString &ownId) const
{
    const QList<Account> all = m_accounts->accounts();
    return std::any_of(all.begin(), all.end(), [&](const Account &account) {
        return account.id != ownId && (sameName(account, name) || account.id == name);
    });
}

QString AccountStorage::uniqueName(const QString &wanted, const QString &ownId) const
{
    QString name = wanted;
    for (int n = 2; nameTaken(name, ownId); ++n)
        name = QStringLiteral("%1 (%2)").arg(wanted).arg(n);
    return name;
}

std::optional<Account> AccountStorage::oauthAccountOf(const QUrl &portal) const
{
    std::optional<Account> found;
    const QString current = m_accounts->currentAccountId();
    for (const Account &account : m_accounts->accounts()) {
        if (account.authKind != Account::AuthKind::OAuth || !samePortal(account.portalUrl, portal))
            continue;
        if (!found || account.id == current)
            found = account;
    }
    return found;
}

Account AccountStorage::adopt(Account account, const QString &requestedName) const
{
    QString name = requestedName;
    if (name.isEmpty() && account.displayName.isEmpty())
        name = uniqueName(account.portalUrl.host(), account.id);
    if (!name.isEmpty() && name != account.displayName) {
        if (m_accounts->rename(account.id, name))
            account.displayName = name;
        else
            Console::error(m_accounts->errorString());
    }
    if (!m_accounts->setCurrentAccount(account.id))
        Console::error(m_accounts->errorString());
    return account;
}

} // namespace mb::cli
