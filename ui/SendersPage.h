#pragma once

#include "models/SenderAddress.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QTableView;

namespace mb {

class LoadState;
class SenderAddressFilterProxyModel;
class SenderAddressModel;
class SenderModel;

// The Senders tab: the addresses the user may send from, one row per address (duplicates
// merged by SenderAddressModel), with a search field (name, address, domain), sortable
// columns (Name, Address, One of my mailboxes, Confirmed), the loading/empty/error state with
// Retry, and a count of what is shown. It shows the SenderModel the window gives it; the
// window's Copy and Export act on shownAddresses(), and its FailureCoordinator answers the
// Retry of loadState() (with every other view that failed), as for every view of the window.
class SendersPage : public QWidget
{
    Q_OBJECT
public:
    // `senders` is not owned.
    explicit SendersPage(SenderModel *senders, QWidget *parent = nullptr);

    QLineEdit *searchField() const { return m_search; }
    QTableView *view() const { return m_view; }
    LoadState *loadState() const { return m_state; }
    QLabel *countLabel() const { return m_count; }
    SenderAddressModel *addressModel() const { return m_addresses; }
    SenderAddressFilterProxyModel *proxy() const { return m_proxy; }

    // The rows the view shows, in its order (search and sort applied).
    QList<SenderAddress> shownAddresses() const;
    int shownCount() const;

    // Ctrl+F: the search field, its text selected.
    void focusSearch();
    // Follows the model: loading, error, empty text, count. `accountOpen`: a session is open
    // (without one the window's Mailboxes tab says why nothing shows).
    void updateState(bool accountOpen);

Q_SIGNALS:
    void signInRequested();
    // What there is to export changed (rows shown, loading).
    void contentChanged();

private:
    SenderModel *m_senders;
    SenderAddressModel *m_addresses;
    SenderAddressFilterProxyModel *m_proxy;
    QLineEdit *m_search;
    LoadState *m_state;
    QLabel *m_count;
    QTableView *m_view;
    bool m_accountOpen = false;
};

} // namespace mb
