#include "KeychainBanner.h"

#include "Retranslator.h"

#include "auth/AccountManager.h"
#include "auth/SecretStore.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace mb {

KeychainBanner::KeychainBanner(AccountManager *accounts, QWidget *parent)
    : QFrame(parent)
    , m_accounts(accounts)
    , m_text(new QLabel(this))
    , m_keep(new QPushButton(this))
{
    setFrameShape(QFrame::StyledPanel);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_keep->setAutoDefault(false);
    auto *layout = new QHBoxLayout(this);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_keep, 0, Qt::AlignVCenter);
    setVisible(false);

    connect(m_keep, &QPushButton::clicked, this, [this] {
        m_accounts->keepForSessionOnly();
        Q_EMIT sessionOnlyChosen();
    });
    connect(m_accounts->secrets(), &SecretStore::keychainUnavailable, this,
            &KeychainBanner::showUnavailable);
    // The choice may be made elsewhere too (the account dialog, after a failed save).
    connect(m_accounts->secrets(), &SecretStore::modeChanged, this, [this] {
        if (m_accounts->isSessionOnly())
            showSessionOnly();
        else
            setVisible(false);
    });
    if (m_accounts->isSessionOnly())
        showSessionOnly();
    Retranslator::bind(this, [this] {
        setAccessibleName(tr("Keychain"));
        m_keep->setText(tr("Keep for this session only"));
        m_keep->setAccessibleName(tr("Keep sign-ins for this session only"));
        updateText();
    });
}

void KeychainBanner::probe()
{
    if (m_accounts->isSessionOnly())
        return;
    m_accounts->secrets()->checkAvailable(this, [this](const SecretError &error) {
        if (error.isStoreUnavailable())
            showUnavailable(error);
    });
}

QString KeychainBanner::text() const
{
    return m_text->text();
}

void KeychainBanner::showUnavailable(const SecretError &error)
{
    if (m_accounts->isSessionOnly())
        return;
    m_shown = Shown::Unavailable;
    m_unavailableCode = error.code();
    updateText();
    m_keep->setVisible(true);
    setVisible(true);
}

void KeychainBanner::showSessionOnly()
{
    m_shown = Shown::SessionOnly;
    updateText();
    m_keep->setVisible(false);
    setVisible(true);
}

void KeychainBanner::updateText()
{
    switch (m_shown) {
    case Shown::Nothing:
        m_text->clear();
        break;
    case Shown::Unavailable: {
        const QString offer = tr("You can keep them for this session only: they are forgotten "
                                 "when you quit.");
        if (m_unavailableCode == SecretError::Code::NoBackend)
            m_text->setText(
                tr("No keychain is available, so Mailbox Browser cannot remember sign-ins. %1")
                    .arg(offer));
        else
            m_text->setText(tr("The keychain cannot be used now, so Mailbox Browser cannot "
                               "remember sign-ins (%1). %2")
                                .arg(SecretError::message(m_unavailableCode), offer));
        break;
    }
    case Shown::SessionOnly:
        m_text->setText(tr("Sign-ins are kept for this session only and forgotten when you quit."));
        break;
    }
}

} // namespace mb
