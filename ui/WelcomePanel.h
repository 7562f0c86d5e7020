#pragma once

#include <QWidget>

class QPushButton;

namespace mb {

// The way in when no account is open (at first start, there is none yet): "Add account…"
// and "Try the sample portal", under the Mailboxes tab's empty-state line. The window shows
// it; main() answers its signals through MainWindow's.
class WelcomePanel : public QWidget
{
    Q_OBJECT
public:
    explicit WelcomePanel(QWidget *parent = nullptr);

    QPushButton *addAccountButton() const { return m_add; }
    QPushButton *samplePortalButton() const { return m_sample; }

Q_SIGNALS:
    void addAccountRequested();
    void samplePortalRequested();

private:
    QPushButton *m_add;
    QPushButton *m_sample;
};

} // namespace mb
