#include "SenderModel.h"

#include "PlainToolTip.h"
#include "rest/MailApi.h"
#include "rest/MailboxListJob.h"
#include "rest/RestClient.h"
#include "rest/SenderListJob.h"

#include <algorithm>
#include <bit>
#include <utility>

namespace mb {

namespace {
enum Mark : quint8 {
    Own = 1,       // IsOwnMailboxRole
    Confirmed = 2, // IsConfirmedRole
    Repeated = 4,  // not the first row with its displayText()
};

const QList<int> kMarkRoles = {SenderModel::IsOwnMailboxRole, SenderModel::IsConfirmedRole,
                               SenderModel::ReasonRole, Qt::ToolTipRole};
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
    if (client && client == m_client && (m_job || !m_rows.isEmpty()))
        return;
    m_client = client;
    if (!client && !m_own.isEmpty()) {
        // No account: no mailbox of it either. Before the rows go, so no row is signalled.
        m_own.clear();
        Q_EMIT ownMailboxEmailsChanged();
    }
    reload();
}

void SenderModel::clearRows()
{
    m_rows.clear();
    m_keySlots = decltype(m_keySlots)();
    m_keyHashes = decltype(m_keyHashes)();
    m_keyCount = 0;
}

void SenderModel::squeezeRows()
{
    m_rows.squeeze();
    m_keyHashes.shrink_to_fit();
}

void SenderModel::reload()
{
    stopJob();
    m_seeded = false;
    m_fresh = QList<Sender>();
    if (!m_rows.isEmpty()) {
        beginResetModel();
        clearRows();
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
    std::vector<int> addresses;
    bool emailsAdded = false;
    for (const Mailbox &mailbox : mailboxes) {
        if (mailbox.email.isEmpty())
            continue;
        const QString key = SenderRows::addressKey(mailbox.email);
        const quint8 change = m_own.add(key, mailbox.senderName.trimmed());
        if (!change)
            continue;
        emailsAdded = emailsAdded || (change & OwnMailboxSet::NewAddress);
        if (const int address = m_rows.addressOfKey(key); address >= 0)
            addresses.push_back(address);
    }
    remark(std::move(addresses));
    if (emailsAdded)
        Q_EMIT ownMailboxEmailsChanged();
}

void SenderModel::setOwnMailboxEmails(const QStringList &emails)
{
    if (emails.isEmpty() && m_own.isEmpty())
        return;
    m_own.clear();
    for (const QString &email : emails)
        m_own.add(SenderRows::addressKey(email), {});
    remarkAll();
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0), index(int(m_rows.size()) - 1), kMarkRoles);
    Q_EMIT ownMailboxEmailsChanged();
}

bool SenderModel::isOwnMailboxEmail(const QString &email) const
{
    return m_own.contains(SenderRows::addressKey(email));
}

quint8 SenderModel::marksOf(const QString &key, const QString &name) const
{
    if (m_own.isEmpty())
        return Confirmed;
    return (m_own.contains(key) ? Own : 0) | (m_own.isConfirmed(key, name) ? Confirmed : 0);
}

void SenderModel::remark(std::vector<int> addresses)
{
    std::sort(addresses.begin(), addresses.end());
    addresses.erase(std::unique(addresses.begin(), addresses.end()), addresses.end());
    std::vector<int> rows;
    for (const int address : addresses)
        remarkAddress(address, &rows);
    std::sort(rows.begin(), rows.end());
    // One signal per run of adjacent rows.
    for (size_t i = 0; i < rows.size();) {
        size_t j = i;
        while (j + 1 < rows.size() && rows[j + 1] == rows[j] + 1)
            ++j;
        Q_EMIT dataChanged(index(rows[i]), index(rows[j]), kMarkRoles);
        i = j + 1;
    }
}

void SenderModel::remarkAll()
{
    for (int address = 0; address < m_rows.addressCount(); ++address)
        remarkAddress(address, nullptr);
}

void SenderModel::remarkAddress(int address, std::vector<int> *changed)
{
    const int first = m_rows.firstRowOf(address);
    const QString key = SenderRows::addressKey(m_rows.email(first));
    for (int row = first; row >= 0; row = m_rows.nextRowOf(row)) {
        const quint8 flags = m_rows.flags(row);
        const quint8 marks = marksOf(key, m_rows.name(row).trimmed());
        if ((flags & (Own | Confirmed)) == marks)
            continue;
        m_rows.setFlags(row, quint8((flags & ~(Own | Confirmed)) | marks));
        if (changed)
            changed->push_back(row);
    }
}

void SenderModel::appendRow(const Sender &sender)
{
    const int row = int(m_rows.size());
    m_rows.append(sender);
    quint8 flags = marksOf(SenderRows::addressKey(sender.email), sender.name.trimmed());

    // The first row of each display text, in an open-addressing table at most half full.
    const QString text = displayText(sender);
    const auto hash = quint32(qHash(text));
    m_keyHashes.push_back(hash);
    if (size_t(m_keyCount + 1) * 2 > m_keySlots.size()) {
        m_keySlots.assign(std::bit_ceil(std::max<size_t>(16, size_t(m_keyCount + 1) * 2)), -1);
        const size_t mask = m_keySlots.size() - 1;
        for (int held = 0; held < row; ++held) {
            if (m_rows.flags(held) & Repeated)
                continue;
            size_t slot = m_keyHashes[size_t(held)] & mask;
            while (m_keySlots[slot] >= 0)
                slot = (slot + 1) & mask;
            m_keySlots[slot] = held;
        }
    }
    const size_t mask = m_keySlots.size() - 1;
    size_t slot = hash & mask;
    for (; m_keySlots[slot] >= 0; slot = (slot + 1) & mask) {
        const int held = m_keySlots[slot];
        if (m_keyHashes[size_t(held)] == hash && m_rows.displayText(held) == text) {
            flags |= Repeated;
            break;
        }
    }
    if (!(flags & Repeated)) {
        m_keySlots[slot] = row;
        ++m_keyCount;
    }
    m_rows.setFlags(row, flags);
}

bool SenderModel::isFirstOfKey(int row) const
{
    return !(m_rows.flags(row) & Repeated);
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
    for (const Sender &sender : rows)
        appendRow(sender);
    squeezeRows();
    endInsertRows();
    m_seeded = true;
    m_fresh = QList<Sender>();
    return true;
}

void SenderModel::replaceSeeded()
{
    // In place: the rows both lists have change, the rest come or go at the end, so a view
    // keeps its selection and scroll position (a reset would lose both).
    const QList<Sender> fresh = std::exchange(m_fresh, {});
    m_seeded = false;
    const int before = int(m_rows.size());
    const int kept = int(std::min<qsizetype>(fresh.size(), before));
    if (kept > 0) {
        // The rows about to go stay until they are removed.
        const SenderRows old = std::exchange(m_rows, {});
        clearRows();
        for (int row = 0; row < before; ++row)
            appendRow(row < kept ? fresh.at(row) : old.at(row));
        Q_EMIT dataChanged(index(0), index(kept - 1));
    }
    if (fresh.size() > before) {
        beginInsertRows({}, before, int(fresh.size()) - 1);
        for (qsizetype row = before; row < fresh.size(); ++row)
            appendRow(fresh.at(row));
        endInsertRows();
    } else if (fresh.size() < before) {
        beginRemoveRows({}, int(fresh.size()), before - 1);
        const SenderRows old = std::exchange(m_rows, {});
        clearRows();
        for (int row = 0; row < int(fresh.size()); ++row)
            appendRow(old.at(row));
        endRemoveRows();
    }
    squeezeRows();
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
    for (const Sender &sender : senders)
        appendRow(sender);
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
    m_fresh = QList<Sender>(); // a failure keeps the seeded rows
    squeezeRows();
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
    return m_own.contains(SenderRows::addressKey(sender.email));
}

bool SenderModel::isConfirmed(const Sender &sender) const
{
    return m_own.isConfirmed(SenderRows::addressKey(sender.email), sender.name.trimmed());
}

int SenderModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant SenderModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    const quint8 flags = m_rows.flags(row);
    switch (role) {
    case Qt::DisplayRole:
        return isolatedText(m_rows.at(row));
    case PlainTextRole:
        return m_rows.displayText(row);
    case Qt::ToolTipRole:
        return plainToolTip(data(index, ReasonRole).toString());
    case ReasonRole:
        if (!(flags & Own))
            return tr("%1 is a confirmed sender address.").arg(m_rows.email(row));
        return (flags & Confirmed)
                   ? tr("%1 is one of your mailboxes, confirmed as a sender under this name "
                        "as well.")
                         .arg(m_rows.email(row))
                   : tr("%1 is one of your mailboxes.").arg(m_rows.email(row));
    case EmailRole:
        return m_rows.email(row);
    case NameRole:
        return m_rows.name(row);
    case DomainRole: {
        const QString email = m_rows.email(row);
        const qsizetype at = email.lastIndexOf(QLatin1Char('@'));
        return at < 0 ? QString() : email.mid(at + 1);
    }
    case SenderRole:
        return QVariant::fromValue(m_rows.at(row));
    case IsOwnMailboxRole:
        return bool(flags & Own);
    case IsConfirmedRole:
        return bool(flags & Confirmed);
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
