// MailboxDetailModel against the local portal: every field with its labels, a field the
// field list does not describe, quick switching, errors.
#include "ModelTestSupport.h"
#include "ShownToolTip.h"
#include "models/FieldCatalog.h"
#include "models/MailboxDetailModel.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

using namespace mb;
using namespace modeltest;
using namespace Qt::StringLiterals;
using Category = RestError::Category;

namespace {

const QString kGet = QStringLiteral("mail.mailbox.get");
const QString kFieldList = QStringLiteral("mail.mailbox.field.list");

bool waitShown(const MailboxDetailModel &model, int timeoutMs = 15000)
{
    return QTest::qWaitFor([&] { return !model.isLoading(); }, timeoutMs);
}

QVariant at(const MailboxDetailModel &model, int row, int column, int role = Qt::DisplayRole)
{
    return model.data(model.index(row, column), role);
}

QStringList fieldNames(const MailboxDetailModel &model)
{
    QStringList names;
    for (int row = 0; row < model.rowCount(); ++row)
        names.append(at(model, row, 0, MailboxDetailModel::FieldNameRole).toString());
    return names;
}

int rowOf(const MailboxDetailModel &model, const QString &field)
{
    return int(fieldNames(model).indexOf(field));
}

// A portal, a client on it, a catalog for the client and the model under test, with its
// tester attached before anything arrives.
struct Panel
{
    explicit Panel(Portal &p, const QUrl &webhook = {})
        : client(clientFor(webhook.isEmpty() ? p.portal.webhookUrl() : webhook, p.options))
        , model(&catalog)
        , tester(testerFor(&model))
    {
        catalog.setClient(client.get());
    }

    Client client;
    FieldCatalog catalog;
    MailboxDetailModel model;
    std::unique_ptr<QAbstractItemModelTester> tester;
};

const QStringList kDocumentedFields = {QStringLiteral("id"), QStringLiteral("name"),
                                       QStringLiteral("email"), QStringLiteral("senderName")};

} // namespace

class TestMailboxDetailModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { qRegisterMetaType<RestError>(); }

    void showsEveryFieldWithItsLabels()
    {
        Portal p;
        QVERIFY(p.started);
        Panel panel(p);
        MailboxDetailModel &model = panel.model;
        const QJsonObject mailbox = p.portal.mailboxesOf(1).at(2).toObject();
        const qint64 id = mailbox.value(u"id").toInteger();

        QSignalSpy idChanged(&model, &MailboxDetailModel::mailboxIdChanged);
        QSignalSpy loading(&model, &MailboxDetailModel::loadingChanged);
        model.showMailbox(id);
        QCOMPARE(model.mailboxId(), id);
        QCOMPARE(idChanged.count(), 1);
        QVERIFY(model.isLoading());
        QVERIFY(waitShown(model));
        QVERIFY2(model.errorMessage().isEmpty(), qPrintable(model.errorMessage()));
        QCOMPARE(loading.count(), 2);

        QCOMPARE(fieldNames(model), kDocumentedFields); // field.list's order
        QCOMPARE(model.columnCount(), int(MailboxDetailModel::ColumnCount));
        for (int row = 0; row < model.rowCount(); ++row) {
            const QString name = fieldNames(model).at(row);
            const auto descriptor = panel.catalog.descriptor(name);
            QVERIFY(descriptor.has_value());
            QCOMPARE(at(model, row, MailboxDetailModel::FieldColumn).toString(),
                     descriptor->title.value_or(name));
            QCOMPARE(at(model, row, MailboxDetailModel::TypeColumn).toString(), *descriptor->type);
            QCOMPARE(at(model, row, MailboxDetailModel::DescriptionColumn).toString(),
                     descriptor->description.value_or(QString()));
            QCOMPARE(at(model, row, 0, MailboxDetailModel::IsKnownFieldRole), QVariant(true));
            QCOMPARE(
                at(model, row, MailboxDetailModel::ValueColumn, MailboxDetailModel::DescriptorRole)
                    .value<FieldDescriptor>()
                    .name,
                name);
            QCOMPARE(
                at(model, row, MailboxDetailModel::ValueColumn, MailboxDetailModel::RawValueRole),
                mailbox.value(name).toVariant());
        }
        QCOMPARE(at(model, rowOf(model, u"id"_s), MailboxDetailModel::ValueColumn).toString(),
                 QString::number(id));
        QCOMPARE(at(model, rowOf(model, u"id"_s), MailboxDetailModel::TypeColumn).toString(),
                 QStringLiteral("int"));
        QCOMPARE(at(model, rowOf(model, u"email"_s), MailboxDetailModel::ValueColumn).toString(),
                 mailbox.value(u"email").toString());

        QCOMPARE(model.toJson(), mailbox);
        QVERIFY(model.mailbox().has_value());
        QCOMPARE(model.mailbox()->senderName, mailbox.value(u"senderName").toString());
        QCOMPARE(model.headerData(0, Qt::Horizontal).toString(), QStringLiteral("Field"));
        QCOMPARE(model.headerData(1, Qt::Horizontal).toString(), QStringLiteral("Value"));
        QCOMPARE(model.headerData(2, Qt::Horizontal).toString(), QStringLiteral("Type"));
        QCOMPARE(model.headerData(3, Qt::Horizontal).toString(), QStringLiteral("Description"));
        QCOMPARE(model.roleNames().value(MailboxDetailModel::RawValueRole), QByteArray("rawValue"));

        model.clear();
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.mailboxId(), 0);
        QCOMPARE(model.toJson(), QJsonObject());
        QVERIFY(!model.mailbox().has_value());
    }

    void aFieldTheListDoesNotDescribeIsShownAndMarked()
    {
        // A newer portal returns a field its field list does not (yet) describe.
        Portal p;
        QVERIFY(p.started);
        Relay relay(p.portal, [](const QString &method, QJsonObject &body) {
            if (method != kGet)
                return;
            QJsonObject result = body.value(u"result").toObject();
            QJsonObject item = result.value(u"item").toObject();
            item.insert(QStringLiteral("signature"), QStringLiteral("Best regards, ACME"));
            item.insert(QStringLiteral("aliases"),
                        QJsonArray{QStringLiteral("a@acme.test"), QStringLiteral("b@acme.test")});
            result.insert(QStringLiteral("item"), item);
            body.insert(QStringLiteral("result"), result);
        });
        QVERIFY(relay.listening());
        Panel panel(p, relay.webhookUrl());
        MailboxDetailModel &model = panel.model;
        const qint64 id = p.portal.mailboxesOf(1).first().toObject().value(u"id").toInteger();
        model.showMailbox(id);
        QVERIFY(waitShown(model));
        QVERIFY2(model.errorMessage().isEmpty(), qPrintable(model.errorMessage()));
        QVERIFY(panel.catalog.isLoaded());

        // The described fields first, in the list's order; the others after them.
        const QStringList expected = kDocumentedFields + QStringList{u"aliases"_s, u"signature"_s};
        QCOMPARE(fieldNames(model), expected);
        const int signature = rowOf(model, u"signature"_s);
        QCOMPARE(at(model, signature, MailboxDetailModel::FieldColumn).toString(),
                 QStringLiteral("signature"));
        QCOMPARE(at(model, signature, MailboxDetailModel::ValueColumn).toString(),
                 QStringLiteral("Best regards, ACME"));
        QCOMPARE(at(model, signature, 0, MailboxDetailModel::IsKnownFieldRole), QVariant(false));
        QVERIFY(!at(model, signature, 0, MailboxDetailModel::DescriptorRole).isValid());
        QCOMPARE(at(model, signature, MailboxDetailModel::TypeColumn).toString(), QString());
        QVERIFY(at(model, signature, MailboxDetailModel::DescriptionColumn)
                    .toString()
                    .contains(u"field list"));
        QVERIFY(at(model, signature, MailboxDetailModel::FieldColumn, Qt::ToolTipRole)
                    .toString()
                    .contains(u"signature"));
        const int aliases = rowOf(model, u"aliases"_s);
        QCOMPARE(at(model, aliases, MailboxDetailModel::ValueColumn).toString(),
                 QStringLiteral(R"(["a@acme.test","b@acme.test"])"));
        QCOMPARE(
            at(model, aliases, MailboxDetailModel::ValueColumn, MailboxDetailModel::RawValueRole)
                .toStringList(),
            (QStringList{QStringLiteral("a@acme.test"), QStringLiteral("b@acme.test")}));
        QCOMPARE(model.toJson().value(u"signature").toString(),
                 QStringLiteral("Best regards, ACME"));
        QCOMPARE(at(model, rowOf(model, u"email"_s), 0, MailboxDetailModel::IsKnownFieldRole),
                 QVariant(true));
    }

    void toolTipsShowThePortalsWordsAsPlainText()
    {
        // A hostile portal: a name, a field title and a field of its own, all with markup.
        Portal p;
        QVERIFY(p.started);
        Relay relay(p.portal, [](const QString &method, QJsonObject &body) {
            QJsonObject result = body.value(u"result").toObject();
            if (method == kGet) {
                QJsonObject item = result.value(u"item").toObject();
                item.insert(QStringLiteral("name"), tooltiptest::hostileName());
                item.insert(tooltiptest::hostileName(), 1);
                result.insert(QStringLiteral("item"), item);
            } else if (method == kFieldList) {
                QJsonArray items;
                for (const QJsonValue &value : result.value(u"items").toArray()) {
                    QJsonObject field = value.toObject();
                    if (field.value(u"name") == u"email"_s)
                        field.insert(QStringLiteral("title"), tooltiptest::hostileName());
                    items.append(field);
                }
                result.insert(QStringLiteral("items"), items);
            }
            body.insert(QStringLiteral("result"), result);
        });
        QVERIFY(relay.listening());
        Panel panel(p, relay.webhookUrl());
        MailboxDetailModel &model = panel.model;
        model.showMailbox(p.portal.mailboxesOf(1).first().toObject().value(u"id").toInteger());
        QVERIFY(waitShown(model));
        QVERIFY2(model.errorMessage().isEmpty(), qPrintable(model.errorMessage()));
        const auto shownTip = [&](const QString &field, int column) {
            return tooltiptest::shownText(
                at(model, rowOf(model, field), column, Qt::ToolTipRole).toString());
        };
        const QString shown = tooltiptest::hostileNameShown();
        QCOMPARE(shownTip(u"name"_s, MailboxDetailModel::ValueColumn), shown);
        QCOMPARE(shownTip(u"email"_s, MailboxDetailModel::FieldColumn),
                 shown + QStringLiteral(" (field “email”)"));
        QCOMPARE(shownTip(tooltiptest::hostileName(), MailboxDetailModel::FieldColumn),
                 QStringLiteral("“") + shown +
                     QStringLiteral("” is not in the portal's field list: a field this program "
                                    "does not know yet."));
    }

    void labelsFollowWhenTheFieldListComesLater()
    {
        ClientOptions options = fastOptions();
        options.maxRetries = 0;
        Portal p({}, options);
        QVERIFY(p.started);
        p.portal.setFault(fake::Fault::InternalError, 1, kFieldList);
        Panel panel(p);
        MailboxDetailModel &model = panel.model;
        QSignalSpy failed(&panel.catalog, &FieldCatalog::failed);
        const QJsonObject mailbox = p.portal.mailboxesOf(1).first().toObject();
        model.showMailbox(mailbox.value(u"id").toInteger());
        QVERIFY(waitShown(model));
        QCOMPARE(failed.count(), 1);
        // The mailbox is shown all the same, in the documented order, unlabelled, and
        // neither known nor unknown.
        QVERIFY2(model.errorMessage().isEmpty(), qPrintable(model.errorMessage()));
        QCOMPARE(fieldNames(model), kDocumentedFields);
        QCOMPARE(at(model, 0, MailboxDetailModel::TypeColumn).toString(), QString());
        QVERIFY(!at(model, 0, 0, MailboxDetailModel::IsKnownFieldRole).isValid());
        QCOMPARE(at(model, 2, MailboxDetailModel::ValueColumn).toString(),
                 mailbox.value(u"email").toString());

        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy loaded(&panel.catalog, &FieldCatalog::loaded);
        panel.catalog.load();
        QVERIFY(loaded.wait(15000));
        QCOMPARE(reset.count(), 1);
        QCOMPARE(fieldNames(model), kDocumentedFields);
        QCOMPARE(at(model, 0, MailboxDetailModel::TypeColumn).toString(), QStringLiteral("int"));
        QCOMPARE(at(model, 0, 0, MailboxDetailModel::IsKnownFieldRole), QVariant(true));
        QCOMPARE(p.calls(kGet), 1);
    }

    void switchingQuicklyShowsOnlyTheLastMailbox()
    {
        fake::PortalConfig config;
        config.latencyMs = 150;
        Portal p(config);
        QVERIFY(p.started);
        Panel panel(p);
        MailboxDetailModel &model = panel.model;
        const QJsonArray mailboxes = p.portal.mailboxesOf(1);
        const QJsonObject a = mailboxes.at(0).toObject();
        const QJsonObject b = mailboxes.at(1).toObject();
        const QJsonObject c = mailboxes.at(2).toObject();
        panel.catalog.load();
        QVERIFY(QTest::qWaitFor([&] { return panel.catalog.isLoaded(); }, 15000));
        p.portal.resetStats();

        QSignalSpy loading(&model, &MailboxDetailModel::loadingChanged);
        // Three clicks before the event loop runs: the first two never reach the portal.
        model.showMailbox(a.value(u"id").toInteger());
        model.showMailbox(b.value(u"id").toInteger());
        model.showMailbox(c.value(u"id").toInteger());
        QVERIFY(waitShown(model));
        QCOMPARE(model.mailboxId(), c.value(u"id").toInteger());
        QCOMPARE(model.toJson(), c);
        QCOMPARE(p.calls(kGet), 1);

        // A request on the wire when the user moves on: its answer changes nothing.
        model.showMailbox(a.value(u"id").toInteger());
        QVERIFY(QTest::qWaitFor([&] { return p.calls(kGet) == 2; }, 5000));
        QVERIFY(model.isLoading());
        model.showMailbox(b.value(u"id").toInteger());
        QCOMPARE(model.rowCount(), 0); // nothing of the old one while the new one loads
        QVERIFY(waitShown(model));
        QVERIFY2(model.errorMessage().isEmpty(), qPrintable(model.errorMessage()));
        QCOMPARE(model.mailboxId(), b.value(u"id").toInteger());
        QCOMPARE(model.toJson(), b);
        QCOMPARE(at(model, rowOf(model, u"email"_s), MailboxDetailModel::ValueColumn).toString(),
                 b.value(u"email").toString());
        QCOMPARE(p.calls(kGet), 3);
        // Loading went on and off once per settled mailbox, never off in between.
        QCOMPARE(loading.count(), 4);
        QCOMPARE(loading.at(0).at(0).toBool(), true);
        QCOMPARE(loading.at(1).at(0).toBool(), false);
        QCOMPARE(loading.at(2).at(0).toBool(), true);
        QCOMPARE(loading.at(3).at(0).toBool(), false);

        // The superseded answer, had it come, would show up by the time a later one does.
        model.showMailbox(c.value(u"id").toInteger());
        QVERIFY(waitShown(model));
        QCOMPARE(model.toJson(), c);

        // clear() while loading: nothing arrives afterwards.
        model.showMailbox(a.value(u"id").toInteger());
        model.clear();
        QVERIFY(!model.isLoading());
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.showMailbox(b.value(u"id").toInteger());
        QVERIFY(waitShown(model));
        QCOMPARE(model.toJson(), b);
        QCOMPARE(reset.count(), 2); // emptied, then b: no trace of a
    }

    void errorsAreReported()
    {
        Portal p;
        QVERIFY(p.started);
        Panel panel(p);
        MailboxDetailModel &model = panel.model;
        QSignalSpy message(&model, &MailboxDetailModel::errorMessageChanged);

        model.showMailbox(999999);
        QVERIFY(waitShown(model));
        QCOMPARE(model.lastError().category(), Category::NotFound);
        QCOMPARE(model.errorMessage(), model.lastError().userMessage());
        QVERIFY2(model.errorMessage().contains(u"999999"), qPrintable(model.errorMessage()));
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.mailboxId(), 999999);
        QCOMPARE(message.count(), 1);

        // Another user's mailbox: not found either (the portal's default reading).
        const qint64 foreign = p.portal.mailboxesOf(2).first().toObject().value(u"id").toInteger();
        model.showMailbox(foreign);
        QVERIFY(model.errorMessage().isEmpty()); // a new request forgets the old failure
        QVERIFY(waitShown(model));
        QCOMPARE(model.lastError().category(), Category::NotFound);

        const qint64 own = p.portal.mailboxesOf(1).first().toObject().value(u"id").toInteger();
        model.showMailbox(own);
        QVERIFY(waitShown(model));
        QVERIFY(!model.lastError().isError());
        QVERIFY(model.errorMessage().isEmpty());
        QCOMPARE(model.rowCount(), 4);

        // The catalog's account goes: the panel empties.
        panel.catalog.setClient(nullptr);
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.mailboxId(), 0);
        model.showMailbox(own);
        QVERIFY(!model.isLoading());
        QVERIFY(!model.errorMessage().isEmpty());
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestMailboxDetailModel)
#include "tst_mailboxdetailmodel.moc"
