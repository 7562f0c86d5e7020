// The main window against the local portal, offscreen: the list fills, search narrows it on
// the server, the detail panel follows the selection, and every control has a name.

#include "FakePortal.h"
#include "MainWindow.h"
#include "auth/AccountManager.h"
#include "auth/AccountStore.h"
#include "auth/SecretStore.h"
#include "auth/SessionController.h"
#include "models/MailboxDetailModel.h"
#include "models/MailboxListModel.h"
#include "settings/AppSettings.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QApplication>
#include <QLineEdit>
#include <QSettings>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace mb;

class TestMainWindow : public QObject
{
    Q_OBJECT

    std::unique_ptr<fake::FakePortal> m_portal;
    QTemporaryDir m_dir;
    std::unique_ptr<SecretStore> m_secrets;
    std::unique_ptr<AccountStore> m_store;
    std::unique_ptr<AccountManager> m_accounts;
    std::unique_ptr<AppSettings> m_settings;

private Q_SLOTS:
    void init()
    {
        fake::PortalConfig config;
        config.mailboxes = 40;
        m_portal = std::make_unique<fake::FakePortal>(config);
        QVERIFY(m_portal->start());
        m_secrets = std::make_unique<SecretStore>();
        m_secrets->setMode(SecretStore::Mode::SessionOnly);
        const QString ini = m_dir.filePath(QStringLiteral("mb.ini"));
        m_store = std::make_unique<AccountStore>(
            std::make_unique<QSettings>(ini, QSettings::IniFormat), m_secrets.get());
        m_accounts = std::make_unique<AccountManager>(m_store.get(), m_secrets.get());
        m_settings =
            std::make_unique<AppSettings>(std::make_unique<QSettings>(ini, QSettings::IniFormat));
    }

    void cleanup()
    {
        m_settings.reset();
        m_accounts.reset();
        m_store.reset();
        m_secrets.reset();
        m_portal.reset();
    }

    void listSearchAndDetail()
    {
        SessionController sessions(m_accounts.get());
        MainWindow window(m_accounts.get(), &sessions, m_settings.get());
        QVERIFY(window.windowTitle().contains(QStringLiteral("Mailbox Browser")));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        sessions.openUnsavedWebhook(m_portal->webhookUrl());
        QTableView *view = window.mailboxView();
        QVERIFY(QTest::qWaitFor([&] { return view->model()->rowCount() == 40; }, 10000));

        // Select the fourth mailbox: the detail panel shows it.
        const QString email =
            view->model()->index(3, MailboxListModel::EmailColumn).data().toString();
        view->setFocus();
        view->setCurrentIndex(view->model()->index(3, 0));
        QVERIFY(QTest::qWaitFor([&] { return window.detailModel()->rowCount() >= 4; }, 10000));
        QVERIFY(window.detailModel()->toJson().value(QStringLiteral("email")).toString() == email);

        // Ctrl+F goes to the search field; typing narrows the list on the server.
        QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
        QVERIFY(window.searchField()->hasFocus());
        QTest::keyClicks(window.searchField(), email.section(u'@', 0, 0));
        QVERIFY(QTest::qWaitFor(
            [&] {
                return !window.mailboxModel()->isLoading() &&
                       window.mailboxModel()->searchText() == email.section(u'@', 0, 0) &&
                       view->model()->rowCount() >= 1 && view->model()->rowCount() < 40;
            },
            10000));
        for (int row = 0; row < view->model()->rowCount(); ++row) {
            const QModelIndex index = view->model()->index(row, 0);
            QVERIFY(index.data(MailboxListModel::EmailRole)
                        .toString()
                        .contains(email.section(u'@', 0, 0), Qt::CaseInsensitive) ||
                    index.data(MailboxListModel::NameRole)
                        .toString()
                        .contains(email.section(u'@', 0, 0), Qt::CaseInsensitive));
        }
    }

    void everyControlHasAName()
    {
        SessionController sessions(m_accounts.get());
        MainWindow window(m_accounts.get(), &sessions, m_settings.get());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QList<QWidget *> widgets = window.findChildren<QWidget *>();
        QStringList unnamed;
        for (QWidget *w : widgets) {
            const bool interactive = qobject_cast<QAbstractButton *>(w) ||
                                     qobject_cast<QLineEdit *>(w) ||
                                     qobject_cast<QAbstractItemView *>(w);
            // Views' own viewports and line edits inside spin boxes are parts, not controls.
            if (interactive && w->isVisibleTo(&window) && w->focusPolicy() != Qt::NoFocus &&
                w->accessibleName().isEmpty() && w->toolTip().isEmpty())
                unnamed << QString::fromLatin1(w->metaObject()->className()) + u' ' +
                               w->objectName();
        }
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QStringLiteral(", "))));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
