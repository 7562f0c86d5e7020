#pragma once

#include <QDateTime>
#include <QLabel>
#include <QPointer>

namespace mb {

class MailboxListModel;

// The status bar's word that the list on screen is the one saved at the last run
// (AccountCache), not yet the portal's: "Showing saved data from <time>" while the list is
// read again, "… — the portal cannot be reached" when that read fails for want of a
// connection. It goes once the portal's list has replaced the saved rows.
class SavedDataNotice : public QLabel
{
    Q_OBJECT
public:
    explicit SavedDataNotice(MailboxListModel *model, QWidget *parent = nullptr);

    // The rows shown were saved at `fetchedAt`.
    void showSaved(const QDateTime &fetchedAt);
    // Another account, or none: nothing saved is shown.
    void forget();
    bool isShowingSaved() const { return m_savedAt.isValid(); }
    // The portal could not be reached for the list read again.
    bool isOffline() const;

private:
    void onModelChanged();
    void updateText();

    QPointer<MailboxListModel> m_model;
    QDateTime m_savedAt;
};

} // namespace mb
