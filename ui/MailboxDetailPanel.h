#pragma once

#include "PortalTextView.h"

#include <QSet>
#include <QString>
#include <QStringList>
#include <QWidget>

#include <optional>

class QLabel;
class QTableView;
class QToolButton;

namespace mb {

class LoadState;
class MailboxDetailModel;

// The detail panel of the Mailboxes tab, over a MailboxDetailModel:
// - the fields in a table whose Value column takes the free width: Field and Type are as wide
//   as their text, and Description shows only while some field has a description (the
//   portal may describe none);
// - the whole value of the current field in a read-only, selectable box below the table, so
//   a long address is never cut off (Ctrl+C there copies the selection, or the whole value,
//   without control characters or bidi overrides: PortalTextView);
// - what the table does not say: whether the mailbox's address is also one the user may send
//   from, and the mailbox's JSON as the portal sent it (folded away until asked for).
//
// It shows what it is given and asks nothing of the network: the window sets the LoadState
// and passes in the sender addresses.
class MailboxDetailPanel : public QWidget
{
    Q_OBJECT
public:
    // `model` is not owned and must outlive the panel.
    explicit MailboxDetailPanel(MailboxDetailModel *model, QWidget *parent = nullptr);
    ~MailboxDetailPanel() override;

    LoadState *loadState() const { return m_state; }
    QTableView *table() const { return m_table; }
    QLabel *valueLabel() const { return m_valueLabel; }
    QPlainTextEdit *valueView() const { return m_value; }
    QLabel *senderLabel() const { return m_sender; }
    QToolButton *rawJsonButton() const { return m_rawButton; }
    QPlainTextEdit *rawJsonView() const { return m_raw; }

    // The addresses the user may send from (compared without regard to case). `complete`:
    // the list is whole, so an address not in it is not a sender; otherwise (still loading,
    // or failed) such an address is "not known yet".
    void setSenderAddresses(const QStringList &emails, bool complete);
    // Whether the shown mailbox's address is a sender; nullopt while no mailbox is shown or
    // the list is incomplete and does not hold it.
    std::optional<bool> isSender() const;

    // The raw JSON section, folded by default.
    bool isRawJsonShown() const;
    void setRawJsonShown(bool shown);

    // The whole value of the current field as the box shows it; empty without one.
    QString currentValue() const;
    // What Copy takes while one of the panel's text boxes has the focus: its selection, or
    // all of its text when nothing is selected, cleaned (PortalTextView::copyText). Empty
    // when the focus is elsewhere.
    QString focusedText() const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void onAboutToReset();
    void onReset();
    void updateColumns();
    void updateValue();
    void updateSender();
    void updateRawJson();
    void updateVisibility();

    MailboxDetailModel *m_model;
    LoadState *m_state;
    QTableView *m_table;
    QLabel *m_valueLabel;
    PortalTextView *m_value;
    QLabel *m_sender;
    QToolButton *m_rawButton;
    PortalTextView *m_raw;

    QSet<QString> m_senderKeys; // case-folded
    bool m_sendersComplete = false;
    // The field the user last looked at: it stays current when the panel shows another
    // mailbox or the same one again, so one can walk the list comparing that field.
    QString m_currentField;
    bool m_restoring = false;
};

} // namespace mb
