#include "SendersPage.h"

#include "LoadState.h"
#include "Retranslator.h"
#include "RowTable.h"
#include "models/SenderAddressFilterProxyModel.h"
#include "models/SenderAddressModel.h"
#include "models/SenderModel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QVBoxLayout>

namespace mb {

SendersPage::SendersPage(SenderModel *senders, QWidget *parent)
    : QWidget(parent)
    , m_senders(senders)
    , m_addresses(new SenderAddressModel(this))
    , m_proxy(new SenderAddressFilterProxyModel(this))
    , m_search(new QLineEdit(this))
    , m_state(new LoadState(this))
    , m_count(new QLabel(this))
    , m_view(new QTableView(this))
{
    m_addresses->setSourceModel(senders);
    m_proxy->setSourceModel(m_addresses);

    auto *intro = new QLabel(this);
    intro->setWordWrap(true);

    m_search->setClearButtonEnabled(true);
    // The rows are all here: filtering them needs no request, so no debounce either.
    connect(m_search, &QLineEdit::textChanged, m_proxy,
            &SenderAddressFilterProxyModel::setSearchText);

    connect(m_state, &LoadState::signInRequested, this, &SendersPage::signInRequested);

    m_view->setModel(m_proxy);
    setUpRowTable(m_view);
    m_view->setWordWrap(false);
    // The portal's order until the user picks a column; a second click on it goes back.
    QHeaderView *header = m_view->horizontalHeader();
    header->setSortIndicatorClearable(true);
    header->setSortIndicator(-1, Qt::AscendingOrder);
    m_view->setSortingEnabled(true);
    header->setStretchLastSection(false);
    header->setSectionResizeMode(SenderAddressModel::EmailColumn, QHeaderView::Stretch);
    const int em = fontMetrics().horizontalAdvance(u'M');
    m_view->setColumnWidth(SenderAddressModel::NameColumn, 16 * em);
    // The two flags are narrow: as wide as their titles.
    for (int column : {SenderAddressModel::OwnMailboxColumn, SenderAddressModel::ConfirmedColumn})
        header->setSectionResizeMode(column, QHeaderView::ResizeToContents);

    auto update = [this] { updateState(m_accountOpen); };
    connect(senders, &SenderModel::loadingChanged, this, update);
    connect(senders, &SenderModel::errorMessageChanged, this, update);
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_proxy, signal, this, update);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, update);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, update);

    auto *top = new QHBoxLayout;
    top->addWidget(m_search, 1);
    top->addWidget(m_count);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(top);
    layout->addWidget(m_state);
    layout->addWidget(m_view, 1);
    setFocusProxy(m_search);
    Retranslator::bind(this, [this, intro] {
        intro->setText(tr("The addresses you may send from: your mailboxes and other "
                          "addresses confirmed for you."));
        m_search->setPlaceholderText(tr("Search by name, address or domain (Ctrl+F)"));
        m_search->setAccessibleName(tr("Search senders"));
        m_count->setAccessibleName(tr("Number of senders"));
        m_view->setAccessibleName(tr("Senders"));
        updateState(m_accountOpen);
    });
}

QList<SenderAddress> SendersPage::shownAddresses() const
{
    QList<SenderAddress> rows;
    rows.reserve(m_proxy->rowCount());
    for (int row = 0; row < m_proxy->rowCount(); ++row)
        rows << m_addresses->addressAt(m_proxy->mapToSource(m_proxy->index(row, 0)).row());
    return rows;
}

int SendersPage::shownCount() const
{
    return m_proxy->rowCount();
}

void SendersPage::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void SendersPage::updateState(bool accountOpen)
{
    m_accountOpen = accountOpen;
    const int all = m_addresses->rowCount();
    const int shown = m_proxy->rowCount();
    m_state->setLoading(m_senders->isLoading(), m_senders->rowCount());
    m_state->setError(m_senders->errorMessage(), m_senders->lastError());
    QString empty;
    if (accountOpen && !m_senders->isLoading() && m_senders->errorMessage().isEmpty()) {
        if (all == 0)
            empty = tr("There are no addresses you may send from.");
        else if (shown == 0)
            empty = tr("No sender matches “%1”.").arg(m_proxy->searchText());
    }
    m_state->setEmptyText(empty);
    if (!accountOpen || all == 0)
        m_count->clear();
    else if (m_proxy->searchText().isEmpty())
        m_count->setText(tr("%n sender(s)", nullptr, all));
    else
        m_count->setText(tr("%1 of %n sender(s) match", nullptr, all).arg(shown));
    Q_EMIT contentChanged();
}

} // namespace mb
