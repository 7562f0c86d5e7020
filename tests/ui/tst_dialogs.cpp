// The account and settings dialogs, offscreen: a webhook of the local portal added through
// the dialog's fields is saved and listed, the permission matrix tells a full webhook from
// one without `mail`, removing asks first, the settings round-trip, every control has a name.

#include "AccountDialog.h"
#include "PermissionMatrix.h"
#include "SettingsDialog.h"
#include "UiFixture.h"
#include "UnnamedControls.h"
#include "auth/MethodPermission.h"
#include "auth/SessionController.h"

#include <QCheckBox>
#include <QComboBox>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QToolButton>

using namespace mb;
using namespace uitest;

namespace {

bool waitReport(PermissionMatrix *matrix)
{
    return QTest::qWaitFor(
        [&] { return !matrix->isRunning() && matrix->report().methods.size() == 5; }, 15000);
}

QStringList column(QTableWidget *table, int col, int role = Qt::DisplayRole)
{
    QStringList out;
    for (int row = 0; row < table->rowCount(); ++row)
        out << table->item(row, col)->data(role).toString();
    return out;
}

} // namespace

class TestDialogs : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void webhookIsAddedAndWorks()
    {
        UiFixture f;
        QVERIFY(f.started);
        SessionController sessions(f.accounts.get());
        AccountDialog dialog(f.accounts.get(), &sessions, f.settings.get());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QCOMPARE(dialog.accountList()->count(), 0);

        dialog.webhookField()->setText(f.portal->webhookUrl().toString());
        dialog.webhookAddButton()->click();
        QVERIFY(QTest::qWaitFor([&] { return dialog.accountList()->count() == 1; }, 15000));
        QCOMPARE(f.accounts->accounts().size(), 1);
        const QString id = f.accounts->accounts().first().id;
        QCOMPARE(dialog.selectedAccountId(), id);
        QVERIFY(dialog.accountList()->item(0)->font().bold()); // the current one
        QVERIFY(dialog.statusText().contains(QStringLiteral("works")));
        QVERIFY(dialog.webhookField()->text().isEmpty());

        // The new account is opened and probed: five methods, all working.
        QVERIFY(QTest::qWaitFor([&] { return sessions.session() != nullptr; }, 10000));
        QCOMPARE(sessions.session()->accountId(), id);
        PermissionMatrix *matrix = dialog.permissionMatrix();
        QVERIFY(waitReport(matrix));
        QVERIFY(matrix->report().allWork());
        QCOMPARE(matrix->table()->rowCount(), 5);
        QCOMPARE(column(matrix->table(), PermissionMatrix::StatusColumn, Qt::UserRole),
                 QStringList(5, QStringLiteral("works")));

        // Remove asks first; "no" keeps it.
        QStringList asked;
        bool answer = false;
        dialog.setConfirm([&](const QString &title) {
            asked << title;
            return answer;
        });
        dialog.removeSelected();
        QCOMPARE(asked.size(), 1);
        QCOMPARE(f.accounts->accounts().size(), 1);
        answer = true;
        dialog.removeSelected();
        QVERIFY(QTest::qWaitFor([&] { return dialog.accountList()->count() == 0; }, 10000));
        QVERIFY(f.accounts->accounts().isEmpty());
        QCOMPARE(sessions.session(), nullptr);
    }

    void webhookWithoutMailShowsTheScopeProblem()
    {
        UiFixture f;
        QVERIFY(f.started);
        const QString code = f.portal->addWebhook(1, {QStringLiteral("user")});
        const QUrl url =
            f.portal->baseUrl().resolved(QUrl(QStringLiteral("rest/api/1/") + code + u'/'));
        SessionController sessions(f.accounts.get());
        AccountDialog dialog(f.accounts.get(), &sessions, f.settings.get());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        dialog.webhookField()->setText(url.toString());
        QTest::keyClick(dialog.webhookField(), Qt::Key_Return);
        // Kept: the scope is fixed on the portal without a new URL.
        QVERIFY(QTest::qWaitFor([&] { return dialog.accountList()->count() == 1; }, 15000));
        QVERIFY(dialog.statusText().contains(QStringLiteral("mail")));
        PermissionMatrix *matrix = dialog.permissionMatrix();
        QVERIFY(waitReport(matrix));
        QVERIFY(matrix->report().missingMailScope());
        QCOMPARE(matrix->table()->rowCount(), 5);
        const QStringList statuses =
            column(matrix->table(), PermissionMatrix::StatusColumn, Qt::UserRole);
        QVERIFY2(statuses.contains(QStringLiteral("missing-scope")),
                 qPrintable(statuses.join(u',')));
        for (int row = 0; row < 5; ++row) {
            if (statuses.at(row) != u"works")
                QVERIFY(
                    !matrix->table()->item(row, PermissionMatrix::ReasonColumn)->text().isEmpty());
        }
        QVERIFY(matrix->summary().contains(QStringLiteral("mail")));
    }

    void aBrokenWebhookIsNotSaved()
    {
        UiFixture f;
        QVERIFY(f.started);
        SessionController sessions(f.accounts.get());
        AccountDialog dialog(f.accounts.get(), &sessions, f.settings.get());
        dialog.webhookField()->setText(QStringLiteral("not a webhook"));
        dialog.webhookAddButton()->click();
        QVERIFY(!dialog.statusText().isEmpty());
        QVERIFY(f.accounts->accounts().isEmpty());
    }

    void oauthFields()
    {
        UiFixture f;
        SessionController sessions(f.accounts.get());
        AccountDialog dialog(f.accounts.get(), &sessions, f.settings.get());
        QCOMPARE(dialog.clientSecretField()->echoMode(), QLineEdit::Password);
        dialog.fixedPortChoice()->setChecked(true);
        dialog.portField()->setValue(7123);
        QVERIFY(dialog.handlerLabel()->text().contains(QStringLiteral("http://localhost:7123/")));
        dialog.pasteCodeChoice()->setChecked(true);
        QVERIFY(!dialog.handlerLabel()->text().contains(QStringLiteral("7123")));

        // Sign-in goes to the injected browser with the portal's authorize address.
        QList<QUrl> opened;
        dialog.setBrowserOpener([&](const QUrl &url) {
            opened << url;
            return true;
        });
        dialog.portalField()->setText(QStringLiteral("https://acme.example/"));
        dialog.clientIdField()->setText(QStringLiteral("local.abc"));
        dialog.clientSecretField()->setText(QStringLiteral("s3cret"));
        dialog.startOAuth();
        QVERIFY(QTest::qWaitFor([&] { return !opened.isEmpty(); }, 5000));
        QCOMPARE(opened.first().host(), QStringLiteral("acme.example"));
        QVERIFY(opened.first().path().contains(QStringLiteral("/oauth/authorize")));
        QVERIFY(!opened.first().toString().contains(QStringLiteral("s3cret")));
        dialog.signIn()->cancel();
    }

    void accountListShowsKindAndHost()
    {
        UiFixture f;
        Account webhook;
        webhook.authKind = Account::AuthKind::Webhook;
        webhook.portalUrl = QUrl(QStringLiteral("https://acme.bitrix24.com/"));
        webhook.displayName = QStringLiteral("Sales");
        Account oauth;
        oauth.authKind = Account::AuthKind::OAuth;
        oauth.portalUrl = QUrl(QStringLiteral("https://shop.bitrix24.de/"));
        oauth.displayName = QStringLiteral("Shop");
        QVERIFY(f.store->add(webhook));
        QVERIFY(f.store->add(oauth));
        f.accounts->reload();
        SessionController sessions(f.accounts.get());
        AccountDialog dialog(f.accounts.get(), &sessions, f.settings.get());
        QListWidget *list = dialog.accountList();
        QCOMPARE(list->count(), 2);
        QCOMPARE(list->accessibleName(), AccountDialog::tr("Saved accounts"));
        const QStringList first = list->item(0)->text().split(u'\n');
        QCOMPARE(first.size(), 2);
        QVERIFY(first.at(0).startsWith(QStringLiteral("Sales")));
        QVERIFY(first.at(1).contains(QStringLiteral("Webhook")));
        QVERIFY(first.at(1).contains(QStringLiteral("acme.bitrix24.com")));
        const QStringList second = list->item(1)->text().split(u'\n');
        QCOMPARE(second.at(0), QStringLiteral("Shop"));
        QVERIFY(second.at(1).contains(QStringLiteral("OAuth")));
        QVERIFY(second.at(1).contains(QStringLiteral("shop.bitrix24.de")));
        // Screen readers get both in one sentence.
        const QString spoken = list->item(1)->data(Qt::AccessibleTextRole).toString();
        QVERIFY(spoken.contains(QStringLiteral("Shop")) &&
                spoken.contains(QStringLiteral("OAuth")) &&
                spoken.contains(QStringLiteral("shop.bitrix24.de")));
    }

    void authorizationServerIsChecked()
    {
        UiFixture f;
        SessionController sessions(f.accounts.get());
        AccountDialog dialog(f.accounts.get(), &sessions, f.settings.get());
        QList<QUrl> opened;
        dialog.setBrowserOpener([&](const QUrl &url) {
            opened << url;
            return true;
        });
        dialog.portalField()->setText(QStringLiteral("https://acme.example/"));
        dialog.clientIdField()->setText(QStringLiteral("local.abc"));
        dialog.pasteCodeChoice()->setChecked(true); // no listener on a fixed port
        dialog.clientSecretField()->setText(QStringLiteral("s3cret"));
        dialog.authServerField()->setText(QStringLiteral("http://auth.corp.example/"));
        dialog.startOAuth();
        QVERIFY(dialog.statusText().contains(QStringLiteral("https")));
        QVERIFY(dialog.advancedToggle()->isChecked()); // opened to show the field at fault
        QCOMPARE(dialog.signIn(), nullptr);
        dialog.authServerField()->setText(QStringLiteral("https://auth.corp.example/"));
        dialog.startOAuth();
        QVERIFY(dialog.signIn());
        QCOMPARE(dialog.signIn()->config().authorizationServer,
                 QUrl(QStringLiteral("https://auth.corp.example/")));
        QVERIFY2(QTest::qWaitFor([&] { return !opened.isEmpty(); }, 5000),
                 qPrintable(dialog.statusText()));
        // The authorize page is the portal's; the server only exchanges the code.
        QCOMPARE(opened.first().host(), QStringLiteral("acme.example"));
        dialog.signIn()->cancel();
    }

    void accountDialogControlsHaveNames()
    {
        UiFixture f;
        SessionController sessions(f.accounts.get());
        AccountDialog dialog(f.accounts.get(), &sessions, f.settings.get());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        for (QGroupBox *group : dialog.findChildren<QGroupBox *>())
            group->setVisible(true);
        const QStringList unnamed = unnamedControls(&dialog);
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QStringLiteral(", "))));
    }

    void settingsRoundTrip()
    {
        UiFixture f;
        {
            SettingsDialog dialog(f.settings.get());
            dialog.show();
            QVERIFY(QTest::qWaitForWindowExposed(&dialog));
            const QStringList unnamed = unnamedControls(&dialog);
            QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QStringLiteral(", "))));
            QVERIFY(!dialog.proxyHostField()->isEnabled()); // the system's proxy
            dialog.proxyField()->setCurrentIndex(
                dialog.proxyField()->findData(int(NetworkSettings::Proxy::Socks5)));
            QVERIFY(dialog.proxyHostField()->isEnabled());
            dialog.proxyHostField()->setText(QStringLiteral("socks.example"));
            dialog.proxyPortField()->setValue(1080);
            dialog.caFileField()->setText(QStringLiteral("/etc/ssl/extra.pem"));
            dialog.enterpriseField()->setChecked(true);
            dialog.languageField()->setCurrentIndex(
                dialog.languageField()->findData(QStringLiteral("de")));
            QCOMPARE(dialog.languageField()->currentText(), QStringLiteral("Deutsch"));
            dialog.accept();
        }
        QCOMPARE(f.settings->proxy(), NetworkSettings::Proxy::Socks5);
        QCOMPARE(f.settings->proxyHost(), QStringLiteral("socks.example"));
        QCOMPARE(f.settings->proxyPort(), quint16(1080));
        QCOMPARE(f.settings->caFile(), QStringLiteral("/etc/ssl/extra.pem"));
        QVERIFY(f.settings->enterpriseLimits());
        QCOMPARE(f.settings->language(), QStringLiteral("de"));

        // Shown again: what was saved. Cancel changes nothing.
        SettingsDialog again(f.settings.get());
        QCOMPARE(again.proxyHostField()->text(), QStringLiteral("socks.example"));
        QCOMPARE(again.proxyPortField()->value(), 1080);
        QVERIFY(again.enterpriseField()->isChecked());
        QCOMPARE(again.languageField()->currentData().toString(), QStringLiteral("de"));
        again.proxyField()->setCurrentIndex(
            again.proxyField()->findData(int(NetworkSettings::Proxy::None)));
        again.reject();
        QCOMPARE(f.settings->proxy(), NetworkSettings::Proxy::Socks5);
        again.languageField()->setCurrentIndex(0); // the system's
        again.accept();
        QCOMPARE(f.settings->proxy(), NetworkSettings::Proxy::None);
        QCOMPARE(f.settings->proxyHost(), QString());
        QVERIFY(f.settings->language().isEmpty());
    }
};

QTEST_MAIN(TestDialogs)
#include "tst_dialogs.moc"
