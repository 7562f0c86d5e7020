#include "SenderModel.h"

#include "PlainToolTip.h"
#include "rest/MailApi.h"
#include "rest/MailboxListJob.h"
#include "rest/RestClient.h"
#include "rest/SenderListJob.h"

#include <QStringTokenizer>

#include <algorithm>
#include <utility>

namespace mb {

namespace {
QString emailKey(const QString &email)
{
    // Mail systems treat addresses without regard to case in practice (the portal's sample
    // data spells a domain "Example.test"); a mailbox and its sender entry must match.
    return email.trimmed().toCaseFolded();
}

// Whether `name` is one of the '\n'-joined `names`.
bool hasName(const QString &names, const QString &name)
{
    if (names.size() == name.size())
        return names == name;
    for (const QStringView one : QStringTokenizer(names, u'\n')) {
        if (one == name)
            return true;
    }
    return false;
}
} // namespace

SenderModel::SenderModel(QObject *parent)
    : QAbstractListModel(parent)
{}

SenderModel::~SenderModel()
{
    if (m_job)
        m_job->disconnect(this);
    if (m_mailboxJob)
        m_mailboxJob->disconnect(this);
}

RestClient *SenderModel::client() const
{
    return m_client;
}

void SenderModel::setClient(RestClient *client)
{
    if (client == m_client && (m_job || !m_rows.isEmpty()))
        return;
    m_client = client;
    reload();
}

void SenderModel::reload()
{
    stopJob();
    m_seeded = false;
    m_fresh.clear();
    if (!m_rows.isEmpty()) {
        beginResetModel();
        m_rows.clear();
        m_rowsOfKey.clear();
        endResetModel();
    }
    setError({});
    if (!m_client) {
        learnOwnMailboxes(); // forgets what the last client's mailboxes taught
        return;
    }
    auto *job = MailApi(m_client).listSenders(this);
    m_job = job;
    connect(job, &SenderListJob::sendersArrived, this, &SenderModel::onArrived);
    connect(job, &ListJob::finished, this, [this, job] { onFinished(job); });
    job->fetchAll();
    learnOwnMailboxes(); // after the senders: the client sends its calls in order
    Q_EMIT loadingChanged(true);
}

void SenderModel::setLearnsOwnMailboxes(bool learn)
{
    if (learn == m_learnsOwnMailboxes)
        return;
    m_learnsOwnMailboxes = learn;
    learnOwnMailboxes();
}

void SenderModel::learnOwnMailboxes()
{
    delete m_mailboxJob.data(); // another client's, or the last load's: aborted
    if (!m_learnsOwnMailboxes)
        return;
    setOwnMailboxEmails({});
    if (!m_client)
        return;
    auto *job = MailApi(m_client).listMailboxes({}, this);
    m_mailboxJob = job;
    connect(job, &MailboxListJob::mailboxesArrived, this, &SenderModel::addOwnMailboxes);
    connect(job, &ListJob::finished, job, &QObject::deleteLater);
    job->fetchAll();
}

void SenderModel::addOwnMailboxes(const QList<Mailbox> &mailboxes)
{
    QSet<QString> changed;
    bool emailsAdded = false;
    for (const Mailbox &mailbox : mailboxes) {
        if (mailbox.email.isEmpty())
            continue;
        const QString key = emailKey(mailbox.email);
        auto own = m_own.find(key);
        if (own == m_own.end()) {
            own = m_own.insert(key, QString());
            m_ownEmails.append(mailbox.email);
            changed.insert(key);
            emailsAdded = true;
        }
        const QString name = mailbox.senderName.trimmed();
        if (name.isEmpty() || hasName(*own, name))
            continue;
        *own = own->isEmpty() ? name : *own + QLatin1Char('\n') + name;
        changed.insert(key);
    }
    if (changed.isEmpty())
        return;
    flagsChanged(changed);
    if (emailsAdded)
        Q_EMIT ownMailboxEmailsChanged();
}

void SenderModel::setOwnMailboxEmails(const QStringList &emails)
{
    if (emails == m_ownEmails)
        return;
    m_ownEmails = emails;
    QHash<QString, QString> own;
    own.reserve(emails.size());
    for (const QString &email : emails) {
        const QString key = emailKey(email);
        own.insert(key, m_own.value(key)); // the names known for a kept address stay
    }
    m_own = std::move(own);
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0), index(int(m_rows.size()) - 1),
                           {IsOwnMailboxRole, IsConfirmedRole, ReasonRole, Qt::ToolTipRole});
    Q_EMIT ownMailboxEmailsChanged();
}

void SenderModel::flagsChanged(const QSet<QString> &keys)
{
    QList<int> rows;
    for (const QString &key : keys) {
        const size_t hash = qHash(key);
        for (auto it = m_rowsOfKey.constFind(hash); it != m_rowsOfKey.cend() && it.key() == hash;
             ++it)
            rows.append(it.value());
    }
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    // One signal per run of adjacent rows.
    for (qsizetype i = 0; i < rows.size();) {
        qsizetype j = i;
        while (j + 1 < rows.size() && rows.at(j + 1) == rows.at(j) + 1)
            ++j;
        Q_EMIT dataChanged(index(rows.at(i)), index(rows.at(j)),
                           {IsOwnMailboxRole, IsConfirmedRole, ReasonRole, Qt::ToolTipRole});
        i = j + 1;
    }
}

QString SenderModel::errorMessage() const
{
    return m_error.isError() ? m_error.userMessage() : QString();
}

QString SenderModel::displayText(const Sender &sender)
{
    if (!sender.sender.isEmpty())
        return sender.sender;
    if (sender.name.isEmpty())
        return sender.email;
    return sender.name + QStringLiteral(" <") + sender.email + QLatin1Char('>');
}

QString SenderModel::isolatedText(const Sender &sender)
{
    const QString plain = displayText(sender);
    if (sender.email.isEmpty() || plain == sender.email)
        return plain;
    const QString tail = QStringLiteral("<") + sender.email + QLatin1Char('>');
    if (plain.endsWith(tail)) {
        const QString name = plain.left(plain.size() - tail.size()).trimmed();
        if (!name.isEmpty())
            return QChar(0x2068) + name + QChar(0x2069) + QLatin1Char(' ') + tail;
    }
    return QChar(0x2068) + plain + QChar(0x2069); // a shape of the portal's own
}

QString SenderModel::withoutBidiControls(const QString &text)
{
    QString out = text;
    out.removeIf([](QChar c) {
        return (c.unicode() >= 0x202A && c.unicode() <= 0x202E) ||
               (c.unicode() >= 0x2066 && c.unicode() <= 0x2069);
    });
    return out;
}

bool SenderModel::seed(const QList<Sender> &rows)
{
    if (!m_rows.isEmpty() || rows.isEmpty())
        return false;
    beginInsertRows({}, 0, int(rows.size()) - 1);
    m_rows = rows;
    endInsertRows();
    m_seeded = true;
    m_fresh.clear();
    return true;
}

void SenderModel::replaceSeeded()
{
    // In place: the rows both lists have change, the rest come or go at the end, so a view
    // keeps its selection and scroll position (a reset would lose both).
    const QList<Sender> fresh = std::exchange(m_fresh, {});
    m_seeded = false;
    const int kept = int(std::min(fresh.size(), m_rows.size()));
    for (int row = 0; row < kept; ++row)
        m_rows[row] = fresh.at(row);
    if (kept > 0)
        Q_EMIT dataChanged(index(0), index(kept - 1));
    if (fresh.size() > m_rows.size()) {
        beginInsertRows({}, int(m_rows.size()), int(fresh.size()) - 1);
        m_rows.append(fresh.mid(m_rows.size()));
        endInsertRows();
    } else if (fresh.size() < m_rows.size()) {
        beginRemoveRows({}, int(fresh.size()), int(m_rows.size()) - 1);
        m_rows.resize(fresh.size());
        endRemoveRows();
    }
}

void SenderModel::onArrived(const QList<Sender> &senders)
{
    if (m_seeded) {
        m_fresh += senders;
        return;
    }
    if (senders.isEmpty())
        return;
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + int(senders.size()) - 1);
    m_rows += senders;
    for (int row = first; row < m_rows.size(); ++row)
        m_rowsOfKey.insert(qHash(emailKey(m_rows.at(row).email)), row);
    endInsertRows();
}

void SenderModel::onFinished(SenderListJob *job)
{
    if (job != m_job)
        return;
    job->deleteLater();
    m_job = nullptr;
    if (m_seeded && !job->error().isError())
        replaceSeeded();
    m_fresh.clear(); // a failure keeps the seeded rows
    setError(job->error());
    Q_EMIT loadingChanged(false);
}

void SenderModel::stopJob()
{
    if (!m_job)
        return;
    m_job->disconnect(this);
    delete m_job.data(); // aborts the request in flight
    Q_EMIT loadingChanged(false);
}

void SenderModel::setError(const RestError &error)
{
    const QString before = errorMessage();
    m_error = error;
    if (errorMessage() != before)
        Q_EMIT errorMessageChanged(errorMessage());
}

bool SenderModel::isOwn(const Sender &sender) const
{
    return m_own.contains(emailKey(sender.email));
}

bool SenderModel::isConfirmed(const Sender &sender) const
{
    const auto own = m_own.constFind(emailKey(sender.email));
    if (own == m_own.cend())
        return true;
    // A mailbox's address: confirmed as well when listed under a name none of its mailboxes
    // gives. Names not known (only emails were given): the mailbox's own entry.
    return !own->isEmpty() && !hasName(*own, sender.name.trimmed());
}

int SenderModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant SenderModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Sender &sender = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return isolatedText(sender);
    case PlainTextRole:
        return displayText(sender);
    case Qt::ToolTipRole:
        return plainToolTip(data(index, ReasonRole).toString());
    case ReasonRole:
        if (!isOwn(sender))
            return tr("%1 is a confirmed sender address.").arg(sender.email);
        return isConfirmed(sender)
                   ? tr("%1 is one of your mailboxes, confirmed as a sender under this name "
                        "as well.")
                         .arg(sender.email)
                   : tr("%1 is one of your mailboxes.").arg(sender.email);
    case EmailRole:
        return sender.email;
    case NameRole:
        return sender.name;
    case DomainRole: {
        const qsizetype at = sender.email.lastIndexOf(QLatin1Char('@'));
        return at < 0 ? QString() : sender.email.mid(at + 1);
    }
    case SenderRole:
        return QVariant::fromValue(sender);
    case IsOwnMailboxRole:
        return isOwn(sender);
    case IsConfirmedRole:
        return isConfirmed(sender);
    default:
        return {};
    }
}

QHash<int, QByteArray> SenderModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(EmailRole, "email");
    names.insert(NameRole, "name");
    names.insert(DomainRole, "domain");
    names.insert(SenderRole, "sender");
    names.insert(IsOwnMailboxRole, "isOwnMailbox");
    names.insert(IsConfirmedRole, "isConfirmed");
    names.insert(PlainTextRole, "plainText");
    names.insert(ReasonRole, "reason");
    return names;
}

} // namespace mb
