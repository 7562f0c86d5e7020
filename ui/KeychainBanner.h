#pragma once

#include "auth/SecretError.h"

#include <QFrame>

class QLabel;
class QPushButton;

namespace mb {

class AccountManager;

// Says in plain words when there is no keychain to remember sign-ins in, and offers to keep
// them for this session only (AccountManager::keepForSessionOnly). Appears after probe()
// finds the keychain unusable, or when a keychain write fails for that reason; once the
// choice is made it stays as a short reminder that sign-ins are forgotten on quitting.
class KeychainBanner : public QFrame
{
    Q_OBJECT
public:
    explicit KeychainBanner(AccountManager *accounts, QWidget *parent = nullptr);

    // Asks the keychain whether it works (asynchronously; never blocks the GUI thread).
    void probe();

    QString text() const;
    QPushButton *sessionOnlyButton() const { return m_keep; }

Q_SIGNALS:
    // The user chose "Keep for this session only".
    void sessionOnlyChosen();

private:
    void showUnavailable(const SecretError &error);
    void showSessionOnly();
    // Words what is shown (kept so a language change can word it again).
    void updateText();

    enum class Shown { Nothing, Unavailable, SessionOnly };

    AccountManager *m_accounts;
    QLabel *m_text;
    QPushButton *m_keep;
    Shown m_shown = Shown::Nothing;
    SecretError::Code m_unavailableCode{};
};

} // namespace mb
