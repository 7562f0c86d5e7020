// SenderModel against the local portal: every page, the roles, the own-mailbox flag, errors.
#include "ModelTestSupport.h"
#include "ShownToolTip.h"
#include "models/SenderModel.h"
#include "rest/Mailbox.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

using namespace mb;
using namespace modeltest;

namespace {

bool waitLoaded(const SenderModel &model, int timeoutMs = 30000)
{
    return QTest::qWaitFor([&] { return !model.isLoading(); }, timeoutMs);
}

QVariant at(const SenderModel &model, int row, int role)
{
    return model.data(model.index(row), role);
}

// Row numbers whose email is `email`.
QList<int> rowsOf(const SenderModel &model, const QString &email)
{
    QList<int> rows;
    for (int row = 0; row < model.rowCount(); ++row) {
        if (at(model, row, SenderModel::EmailRole).toString() == email)
            rows.append(row);
    }
    return rows;
}

QStringList mailboxEmails(const fake::FakePortal &portal)
{
    QStringList emails;
    for (const QJsonValue &mailbox : portal.mailboxesOf(1))
        emails.append(mailbox.toObject().value(QStringLiteral("email")).toString());
    return emails;
}

} // namespace

class TestSenderModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { qRegisterMetaType<RestError>(); }

    void everyPageArrivesAsItComes()
    {
        fake::PortalConfig config;
        config.mailboxes = 250; // 254 senders: three pages of 100
        Portal p(config);
        QVERIFY(p.started);
        const QJsonArray expected = p.portal.sendersOf(1);
        QVERIFY(expected.size() > 200);

        SenderModel model;
        const auto tester = testerFor(&model);
        QList<bool> loadingAtInsert;
        connect(&model, &QAbstractItemModel::rowsInserted, this,
                [&] { loadingAtInsert.append(model.isLoading()); });
        QSignalSpy loading(&model, &SenderModel::loadingChanged);
        Client c = p.newClient();
        model.setClient(c.get());
        QVERIFY(model.isLoading());
        QVERIFY(waitLoaded(model));

        QVERIFY2(model.errorMessage().isEmpty(), qPrintable(model.errorMessage()));
        QCOMPARE(model.rowCount(), expected.size());
        for (int row = 0; row < model.rowCount(); ++row) {
            const QJsonObject sender = expected.at(row).toObject();
            QCOMPARE(at(model, row, SenderModel::EmailRole).toString(),
                     sender.value(QStringLiteral("email")).toString());
            QCOMPARE(at(model, row, SenderModel::NameRole).toString(),
                     sender.value(QStringLiteral("name")).toString());
        }
        // Rows came page by page while the model was still loading, not in one go at the end.
        QVERIFY2(loadingAtInsert.size() >= 3, qPrintable(QString::number(loadingAtInsert.size())));
        QVERIFY(!loadingAtInsert.contains(false));
        QCOMPARE(loading.count(), 2);
        QCOMPARE(loading.at(0).at(0).toBool(), true);
        QCOMPARE(loading.at(1).at(0).toBool(), false);
    }

    void rolesAndDuplicates()
    {
        Portal p;
        QVERIFY(p.started);
        SenderModel model;
        const auto tester = testerFor(&model);
        Client c = p.newClient();
        model.setClient(c.get());
        QVERIFY(waitLoaded(model));
        QCOMPARE(model.rowCount(), p.portal.sendersOf(1).size());

        // The first mailbox's address is confirmed under two names: two rows.
        const QString first = mailboxEmails(p.portal).first();
        const QList<int> twice = rowsOf(model, first);
        QCOMPARE(twice.size(), 2);
        QVERIFY(at(model, twice[0], SenderModel::NameRole) !=
                at(model, twice[1], SenderModel::NameRole));
        const QString danaRoe = QStringLiteral("Dana Roe <%1>").arg(first);
        QVERIFY(at(model, twice[0], SenderModel::PlainTextRole) == danaRoe ||
                at(model, twice[1], SenderModel::PlainTextRole) == danaRoe);

        const QList<int> personal = rowsOf(model, QStringLiteral("me.1@personal.test"));
        QCOMPARE(personal.size(), 1);
        const int row = personal.first();
        QCOMPARE(at(model, row, SenderModel::PlainTextRole).toString(),
                 QStringLiteral("Иван Петров <me.1@personal.test>"));
        // On the screen the name is isolated, so it keeps to its side of the address.
        QCOMPARE(at(model, row, Qt::DisplayRole).toString(),
                 QStringLiteral("\u2068Иван Петров\u2069 <me.1@personal.test>"));
        QCOMPARE(at(model, row, SenderModel::NameRole).toString(), QStringLiteral("Иван Петров"));
        QCOMPARE(at(model, row, SenderModel::DomainRole).toString(),
                 QStringLiteral("personal.test"));
        const Sender sender = at(model, row, SenderModel::SenderRole).value<Sender>();
        QCOMPARE(sender.email, QStringLiteral("me.1@personal.test"));
        QCOMPARE(sender.sender, QStringLiteral("Иван Петров <me.1@personal.test>"));

        // No name: the address alone.
        const QList<int> noreply = rowsOf(model, QStringLiteral("noreply.1@acme.test"));
        QCOMPARE(noreply.size(), 1);
        QCOMPARE(at(model, noreply.first(), Qt::DisplayRole).toString(),
                 QStringLiteral("noreply.1@acme.test"));
        QCOMPARE(at(model, noreply.first(), SenderModel::NameRole).toString(), QString());

        const QHash<int, QByteArray> names = model.roleNames();
        QCOMPARE(names.value(SenderModel::EmailRole), QByteArray("email"));
        QCOMPARE(names.value(SenderModel::IsOwnMailboxRole), QByteArray("isOwnMailbox"));
    }

    void displayTextWithoutThePortalsSenderField()
    {
        Sender named;
        named.email = QStringLiteral("sales@acme.test");
        named.name = QStringLiteral("ACME Sales");
        QCOMPARE(SenderModel::displayText(named), QStringLiteral("ACME Sales <sales@acme.test>"));
        Sender bare;
        bare.email = QStringLiteral("sales@acme.test");
        QCOMPARE(SenderModel::displayText(bare), QStringLiteral("sales@acme.test"));
        Sender portalSays = named;
        portalSays.sender = QStringLiteral("“ACME Sales” <sales@acme.test>");
        QCOMPARE(SenderModel::displayText(portalSays), portalSays.sender);
    }

    void isolatedTextForTheScreen()
    {
        Sender hebrew;
        hebrew.email = QStringLiteral("inbox@contoso.test");
        hebrew.name = QStringLiteral("דנה כהן");
        const QString plain = SenderModel::displayText(hebrew);
        QCOMPARE(plain, QStringLiteral("דנה כהן <inbox@contoso.test>"));
        const QString shown = SenderModel::isolatedText(hebrew);
        QCOMPARE(shown, QStringLiteral("\u2068דנה כהן\u2069 <inbox@contoso.test>"));
        QVERIFY(plain.isRightToLeft()); // the name would lead the whole line
        QVERIFY(!shown.isRightToLeft());
        QCOMPARE(SenderModel::withoutBidiControls(shown), plain);
        // The portal's own `sender`, when it ends in the address, is isolated the same way.
        Sender quoted = hebrew;
        quoted.sender = QStringLiteral("“דנה” <inbox@contoso.test>");
        QCOMPARE(SenderModel::isolatedText(quoted),
                 QStringLiteral("\u2068“דנה”\u2069 <inbox@contoso.test>"));
        Sender bare;
        bare.email = QStringLiteral("noreply@acme.test");
        QCOMPARE(SenderModel::isolatedText(bare), bare.email);
    }

    void confirmedTellsAMailboxFromItsOtherNames()
    {
        Portal p;
        QVERIFY(p.started);
        SenderModel model;
        const auto tester = testerFor(&model);
        Client c = p.newClient();
        model.setClient(c.get());
        QVERIFY(waitLoaded(model));
        QList<Mailbox> mailboxes;
        for (const QJsonValue &value : p.portal.mailboxesOf(1))
            mailboxes << Mailbox::fromJson(value.toObject());
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.addOwnMailboxes(mailboxes);
        QCOMPARE(changed.count(), 1);
        QVERIFY(changed.at(0).at(2).value<QList<int>>().contains(SenderModel::IsConfirmedRole));
        for (int row = 0; row < model.rowCount(); ++row) {
            const Sender &sender = model.senderAt(row);
            const auto mailbox =
                std::find_if(mailboxes.cbegin(), mailboxes.cend(), [&](const Mailbox &m) {
                    return m.email.compare(sender.email, Qt::CaseInsensitive) == 0;
                });
            const bool own = mailbox != mailboxes.cend();
            const bool confirmed = !own || mailbox->senderName != sender.name;
            QCOMPARE(at(model, row, SenderModel::IsOwnMailboxRole).toBool(), own);
            QCOMPARE(at(model, row, SenderModel::IsConfirmedRole).toBool(), confirmed);
            if (own && confirmed)
                QVERIFY(at(model, row, Qt::ToolTipRole).toString().contains(u"as well"));
        }
        // Only emails given (no names): a mailbox's rows are its own entries.
        SenderModel emailsOnly;
        emailsOnly.setClient(c.get());
        QVERIFY(waitLoaded(emailsOnly));
        emailsOnly.setOwnMailboxEmails({mailboxes.first().email});
        for (int row : rowsOf(emailsOnly, mailboxes.first().email))
            QVERIFY(!at(emailsOnly, row, SenderModel::IsConfirmedRole).toBool());
    }

    void ownMailboxesAndTooltips()
    {
        Portal p;
        QVERIFY(p.started);
        SenderModel model;
        const auto tester = testerFor(&model);
        Client c = p.newClient();
        model.setClient(c.get());
        QVERIFY(waitLoaded(model));
        QVERIFY(model.rowCount() > 0);

        // Not told anything: every address is an extra confirmed one.
        for (int row = 0; row < model.rowCount(); ++row) {
            QCOMPARE(at(model, row, SenderModel::IsOwnMailboxRole).toBool(), false);
            QVERIFY(at(model, row, Qt::ToolTipRole).toString().contains(u"confirmed sender"));
        }

        // Told (in another spelling of case): the mailboxes' rows change in place.
        QStringList own;
        for (const QString &email : mailboxEmails(p.portal))
            own.append(email.toUpper());
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy ownChanged(&model, &SenderModel::ownMailboxEmailsChanged);
        model.setOwnMailboxEmails(own);
        QCOMPARE(ownChanged.count(), 1);
        QCOMPARE(changed.count(), 1);
        const auto roles = changed.at(0).at(2).value<QList<int>>();
        QVERIFY(roles.contains(SenderModel::IsOwnMailboxRole));
        QVERIFY(roles.contains(Qt::ToolTipRole));

        const QStringList mailboxes = mailboxEmails(p.portal);
        int ownRows = 0;
        for (int row = 0; row < model.rowCount(); ++row) {
            const QString email = at(model, row, SenderModel::EmailRole).toString();
            const bool isOwn = at(model, row, SenderModel::IsOwnMailboxRole).toBool();
            const QString tip = at(model, row, Qt::ToolTipRole).toString();
            QCOMPARE(isOwn, mailboxes.contains(email));
            QVERIFY2(tip.contains(isOwn ? u"one of your mailboxes" : u"confirmed sender"),
                     qPrintable(tip));
            QVERIFY(tip.contains(email));
            ownRows += isOwn;
        }
        // Every mailbox, plus the second name of the first one; the three extras are not.
        QCOMPARE(ownRows, mailboxes.size() + 1);
        QCOMPARE(model.rowCount() - ownRows, 3);

        // Told before the rows come: they arrive flagged.
        SenderModel early;
        const auto earlyTester = testerFor(&early);
        early.setOwnMailboxEmails(mailboxes);
        early.setClient(c.get());
        QVERIFY(waitLoaded(early));
        QCOMPARE(rowsOf(early, mailboxes.first()).size(), 2);
        QVERIFY(at(early, rowsOf(early, mailboxes.first()).first(), SenderModel::IsOwnMailboxRole)
                    .toBool());
    }

    void toolTipShowsTheAddressAsPlainText()
    {
        SenderModel model;
        const QString email = tooltiptest::hostileName() + QStringLiteral("@x.test");
        QVERIFY(model.seed({Sender::fromJson(
            {{QStringLiteral("email"), email}, {QStringLiteral("name"), QStringLiteral("Eve")}})}));
        const QString shown = tooltiptest::hostileNameShown() + QStringLiteral("@x.test");
        QCOMPARE(tooltiptest::shownText(at(model, 0, Qt::ToolTipRole).toString()),
                 shown + QStringLiteral(" is a confirmed sender address."));
        model.setOwnMailboxEmails({email});
        QCOMPARE(tooltiptest::shownText(at(model, 0, Qt::ToolTipRole).toString()),
                 shown + QStringLiteral(" is one of your mailboxes."));
        // The reason itself stays the portal's text, for callers that add to it.
        QCOMPARE(at(model, 0, SenderModel::ReasonRole).toString(),
                 email + QStringLiteral(" is one of your mailboxes."));
    }

    void rowsKeepEveryFieldAsReceived()
    {
        // Held compactly, every entry comes back the same: extra fields, the portal's own
        // `sender` text (made of name and email or not), a field of another type, none.
        const QList<Sender> entries = {
            Sender::fromJson({{QStringLiteral("email"), QStringLiteral("a@x.test")},
                              {QStringLiteral("name"), QStringLiteral("Дана Роу")},
                              {QStringLiteral("sender"), QStringLiteral("Дана Роу <a@x.test>")}}),
            Sender::fromJson({{QStringLiteral("email"), QStringLiteral("b@x.test")},
                              {QStringLiteral("name"), QStringLiteral("B")},
                              {QStringLiteral("sender"), QStringLiteral("“B” <b@x.test>")},
                              {QStringLiteral("id"), 7},
                              {QStringLiteral("extra"), QJsonObject{{QStringLiteral("k"), 1}}}}),
            Sender::fromJson({{QStringLiteral("email"), QStringLiteral("c@x.test")},
                              {QStringLiteral("sender"), QStringLiteral("c@x.test")}}),
            Sender::fromJson({{QStringLiteral("email"), QStringLiteral("d@x.test")},
                              {QStringLiteral("name"), 5}}),
            Sender::fromJson({}),
        };
        SenderModel model;
        const auto tester = testerFor(&model);
        QVERIFY(model.seed(entries));
        QCOMPARE(model.rowCount(), entries.size());
        for (int row = 0; row < model.rowCount(); ++row) {
            const Sender &entry = entries.at(row);
            QVERIFY2(model.senderAt(row).sameItem(entry), qPrintable(QString::number(row)));
            QVERIFY(at(model, row, SenderModel::SenderRole).value<Sender>().sameItem(entry));
            QCOMPARE(model.senderAt(row).toJson(), entry.toJson());
            QCOMPARE(at(model, row, SenderModel::PlainTextRole).toString(),
                     SenderModel::displayText(entry));
            QCOMPARE(at(model, row, Qt::DisplayRole).toString(), SenderModel::isolatedText(entry));
        }
    }

    void aMailboxMarksOnlyTheRowsItChanges()
    {
        const auto sender = [](const QString &email, const QString &name) {
            return Sender::fromJson(
                {{QStringLiteral("email"), email}, {QStringLiteral("name"), name}});
        };
        SenderModel model;
        const auto tester = testerFor(&model);
        QVERIFY(model.seed({sender(QStringLiteral("sales@x.test"), QStringLiteral("Sales")),
                            sender(QStringLiteral("sales@x.test"), QStringLiteral("Dana Roe")),
                            sender(QStringLiteral("other@x.test"), QStringLiteral("Other"))}));
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy ownChanged(&model, &SenderModel::ownMailboxEmailsChanged);
        Mailbox sales;
        sales.email = QStringLiteral(" Sales@X.TEST");
        sales.senderName = QStringLiteral("Sales ");
        // The mailbox comes after its senders (in another spelling): both rows are its.
        model.addOwnMailboxes({sales});
        QCOMPARE(ownChanged.count(), 1);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.at(0).at(0).value<QModelIndex>().row(), 0);
        QCOMPARE(changed.at(0).at(1).value<QModelIndex>().row(), 1);
        QVERIFY(at(model, 0, SenderModel::IsOwnMailboxRole).toBool());
        QVERIFY(!at(model, 0, SenderModel::IsConfirmedRole).toBool());
        QVERIFY(at(model, 1, SenderModel::IsOwnMailboxRole).toBool());
        QVERIFY(at(model, 1, SenderModel::IsConfirmedRole).toBool());
        QVERIFY(!at(model, 2, SenderModel::IsOwnMailboxRole).toBool());
        QVERIFY(model.isOwnMailboxEmail(QStringLiteral("sales@x.test")));
        QCOMPARE(model.ownMailboxCount(), 1);

        // Known already: nothing changes, nothing is signalled.
        changed.clear();
        model.addOwnMailboxes({sales});
        QCOMPARE(changed.count(), 0);
        QCOMPARE(ownChanged.count(), 1);

        // Another mailbox of the address under the second name: only that row changes.
        Mailbox dana = sales;
        dana.senderName = QStringLiteral("Dana Roe");
        model.addOwnMailboxes({dana});
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.at(0).at(0).value<QModelIndex>().row(), 1);
        QCOMPARE(changed.at(0).at(1).value<QModelIndex>().row(), 1);
        QVERIFY(!at(model, 1, SenderModel::IsConfirmedRole).toBool());
        QCOMPARE(ownChanged.count(), 1); // no new address
    }

    void noClientForgetsTheMailboxes()
    {
        SenderModel model;
        const auto tester = testerFor(&model);
        const Sender sales =
            Sender::fromJson({{QStringLiteral("email"), QStringLiteral("s@x.test")},
                              {QStringLiteral("name"), QStringLiteral("S")}});
        QVERIFY(model.seed({sales}));
        Mailbox mailbox;
        mailbox.email = sales.email;
        mailbox.senderName = sales.name;
        model.addOwnMailboxes({mailbox});
        QVERIFY(at(model, 0, SenderModel::IsOwnMailboxRole).toBool());

        QSignalSpy ownChanged(&model, &SenderModel::ownMailboxEmailsChanged);
        model.setClient(nullptr); // the account closed: its rows and its mailboxes go
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(ownChanged.count(), 1);
        QCOMPARE(model.ownMailboxCount(), 0);
        QVERIFY(!model.isOwnMailboxEmail(sales.email));
        QVERIFY(model.seed({sales}));
        QVERIFY(!at(model, 0, SenderModel::IsOwnMailboxRole).toBool());
        QVERIFY(at(model, 0, SenderModel::IsConfirmedRole).toBool());
    }

    void learnsWhichSendersAreMailboxes()
    {
        fake::PortalConfig config;
        config.mailboxes = 130; // more than one page of mailboxes
        Portal p(config);
        QVERIFY(p.started);
        SenderModel model;
        const auto tester = testerFor(&model);
        model.setLearnsOwnMailboxes(true);
        Client c = p.newClient();
        model.setClient(c.get());
        QVERIFY(waitLoaded(model));
        const QStringList mailboxes = mailboxEmails(p.portal);
        QVERIFY(
            QTest::qWaitFor([&] { return model.ownMailboxCount() >= mailboxes.size(); }, 15000));
        // Every mailbox the list holds (the user's own and those shared with them).
        for (const QString &email : mailboxes)
            QVERIFY(model.isOwnMailboxEmail(email));
        int ownRows = 0;
        for (int row = 0; row < model.rowCount(); ++row) {
            const bool isOwn = at(model, row, SenderModel::IsOwnMailboxRole).toBool();
            QCOMPARE(isOwn, mailboxes.contains(at(model, row, SenderModel::EmailRole).toString()));
            ownRows += isOwn;
        }
        QCOMPARE(model.rowCount() - ownRows, 3); // the confirmed extras

        // Another client starts afresh; none: nothing is marked.
        model.setClient(nullptr);
        QCOMPARE(model.ownMailboxCount(), 0);
    }

    void failureIsReportedAndReloadRecovers()
    {
        fake::PortalConfig config;
        config.accessDeniedUsers = {1};
        Portal p(config);
        QVERIFY(p.started);
        SenderModel model;
        const auto tester = testerFor(&model);
        QSignalSpy message(&model, &SenderModel::errorMessageChanged);
        Client c = p.newClient();
        model.setClient(c.get());
        QVERIFY(waitLoaded(model));
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.lastError().category(), RestError::Category::AccessDenied);
        QCOMPARE(model.errorMessage(), model.lastError().userMessage());
        QVERIFY(!model.errorMessage().isEmpty());
        QCOMPARE(message.count(), 1);

        p.portal.config().accessDeniedUsers.clear();
        model.reload();
        QVERIFY(model.errorMessage().isEmpty()); // a new attempt forgets the old failure
        QVERIFY(waitLoaded(model));
        QVERIFY2(model.errorMessage().isEmpty(), qPrintable(model.errorMessage()));
        QCOMPARE(model.rowCount(), p.portal.sendersOf(1).size());
        QCOMPARE(message.count(), 2);
    }

    void reloadWhileLoadingKeepsOneCopy()
    {
        fake::PortalConfig config;
        config.latencyMs = 150;
        Portal p(config);
        QVERIFY(p.started);
        SenderModel model;
        const auto tester = testerFor(&model);
        Client c = p.newClient();
        model.setClient(c.get());
        QVERIFY(QTest::qWaitFor([&] { return p.portal.stats().requests >= 1; }, 5000));
        model.reload(); // the first load's answer must not add its rows
        QVERIFY(waitLoaded(model));
        QVERIFY2(model.errorMessage().isEmpty(), qPrintable(model.errorMessage()));
        QCOMPARE(model.rowCount(), p.portal.sendersOf(1).size());

        // Another account: the rows go, the other's come.
        Client other = p.newClient();
        model.setClient(other.get());
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(model.isLoading());
        QVERIFY(waitLoaded(model));
        QCOMPARE(model.rowCount(), p.portal.sendersOf(1).size());

        model.setClient(nullptr);
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!model.isLoading());
    }
};

QTEST_GUILESS_MAIN(TestSenderModel)
#include "tst_sendermodel.moc"
