// FieldCatalog and FieldModel against the local portal: asked once per client, a failure
// retried, every attribute shown, undocumented ones kept.
#include "ModelTestSupport.h"
#include "ShownToolTip.h"
#include "models/FieldCatalog.h"
#include "models/FieldModel.h"
#include "models/MailboxDetailModel.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

using namespace mb;
using namespace modeltest;

namespace {

const QString kFieldList = QStringLiteral("mail.mailbox.field.list");

// Waits for the catalog's answer; true once it came (loaded or failed).
bool waitSettled(const FieldCatalog &catalog, int timeoutMs = 15000)
{
    return QTest::qWaitFor([&] { return !catalog.isLoading(); }, timeoutMs);
}

QStringList namesOf(const QList<FieldDescriptor> &fields)
{
    QStringList names;
    for (const FieldDescriptor &field : fields)
        names.append(field.name);
    return names;
}

QString cell(const FieldModel &model, int row, int column, int role = Qt::DisplayRole)
{
    return model.data(model.index(row, column), role).toString();
}

const QStringList kDocumentedFields = {QStringLiteral("id"), QStringLiteral("name"),
                                       QStringLiteral("email"), QStringLiteral("senderName")};

} // namespace

class TestFieldModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { qRegisterMetaType<RestError>(); }

    void catalogAsksOncePerClient()
    {
        Portal p;
        QVERIFY(p.started);
        Client first = p.newClient();
        FieldCatalog catalog;
        QSignalSpy loaded(&catalog, &FieldCatalog::loaded);
        QSignalSpy failed(&catalog, &FieldCatalog::failed);
        catalog.load(); // no client: nothing to ask
        QVERIFY(!catalog.isLoading());

        catalog.setClient(first.get());
        QVERIFY(!catalog.isLoaded());
        catalog.load();
        catalog.load(); // while the first runs: the same request
        QVERIFY(catalog.isLoading());
        QVERIFY(loaded.wait(15000));
        QCOMPARE(failed.count(), 0);
        QVERIFY(catalog.isLoaded());
        QCOMPARE(namesOf(catalog.fields()), kDocumentedFields);
        const auto email = catalog.descriptor(QStringLiteral("email"));
        QVERIFY(email.has_value());
        QCOMPARE(email->type, QStringLiteral("string"));
        QCOMPARE(catalog.descriptor(QStringLiteral("id"))->type, QStringLiteral("int"));
        QVERIFY(!catalog.descriptor(QStringLiteral("signature")).has_value());
        QCOMPARE(p.calls(kFieldList), 1);

        // Asked again, by the catalog and by both models built on it: from memory.
        catalog.load();
        QVERIFY(!catalog.isLoading());
        FieldModel fields(&catalog);
        const auto tester = testerFor(&fields);
        QCOMPARE(fields.rowCount(), 4);
        MailboxDetailModel detail(&catalog);
        const auto detailTester = testerFor(&detail);
        detail.showMailbox(p.portal.mailboxesOf(1).first().toObject().value(u"id").toInteger());
        QVERIFY(QTest::qWaitFor([&] { return !detail.isLoading(); }, 15000));
        QCOMPARE(detail.rowCount(), 4);
        QCOMPARE(loaded.count(), 1);
        QCOMPARE(p.calls(kFieldList), 1);

        // Another client (another account): its own request, once.
        Client second = p.newClient();
        QSignalSpy clientChanged(&catalog, &FieldCatalog::clientChanged);
        catalog.setClient(second.get());
        QCOMPARE(clientChanged.count(), 1);
        QVERIFY(!catalog.isLoaded());
        QCOMPARE(fields.rowCount(), 0);
        QVERIFY(fields.isLoading()); // the model asked for the new account's fields
        QVERIFY(loaded.wait(15000));
        QCOMPARE(fields.rowCount(), 4);
        QCOMPARE(p.calls(kFieldList), 2);

        // Back to the first: still known.
        catalog.setClient(first.get());
        QVERIFY(catalog.isLoaded());
        QVERIFY(!catalog.isLoading());
        QCOMPARE(fields.rowCount(), 4);
        QCOMPARE(p.calls(kFieldList), 2);

        // A client that goes takes its fields along; the catalog is left without one.
        first.client.reset();
        QCOMPARE(clientChanged.count(), 3);
        QVERIFY(catalog.client() == nullptr);
        QVERIFY(!catalog.isLoaded());
        QCOMPARE(fields.rowCount(), 0);
        catalog.setClient(second.get());
        QVERIFY(catalog.isLoaded());
        QCOMPARE(p.calls(kFieldList), 2);
    }

    void failureIsReportedAndALaterLoadRetries()
    {
        ClientOptions options = fastOptions();
        options.maxRetries = 0;
        Portal p({}, options);
        QVERIFY(p.started);
        p.portal.setFault(fake::Fault::InternalError, 1, kFieldList);
        Client c = p.newClient();
        FieldCatalog catalog;
        catalog.setClient(c.get());
        FieldModel model(&catalog); // asks the catalog to load
        const auto tester = testerFor(&model);
        QSignalSpy failed(&catalog, &FieldCatalog::failed);
        QSignalSpy message(&model, &FieldModel::errorMessageChanged);
        QVERIFY(model.isLoading());
        QVERIFY(failed.wait(15000));
        QCOMPARE(failed.at(0).at(0).value<RestError>().category(), RestError::Category::Internal);
        QVERIFY(!catalog.isLoaded());
        QCOMPARE(catalog.lastError().category(), RestError::Category::Internal);
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!model.isLoading());
        QCOMPARE(model.lastError().category(), RestError::Category::Internal);
        QCOMPARE(model.errorMessage(), catalog.lastError().userMessage());
        QCOMPARE(message.count(), 1);
        QCOMPARE(p.calls(kFieldList), 1);

        QSignalSpy loaded(&catalog, &FieldCatalog::loaded);
        model.reload();
        QVERIFY(model.errorMessage().isEmpty());
        QVERIFY(loaded.wait(15000));
        QCOMPARE(model.rowCount(), 4);
        QVERIFY(model.errorMessage().isEmpty());
        QVERIFY(!catalog.lastError().isError());
        QCOMPARE(p.calls(kFieldList), 2);
    }

    void modelShowsEveryAttributeInPortalOrder()
    {
        Portal p;
        QVERIFY(p.started);
        Client c = p.newClient();
        FieldCatalog catalog;
        catalog.setClient(c.get());
        FieldModel model(&catalog);
        const auto tester = testerFor(&model);
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(waitSettled(catalog));
        QVERIFY2(model.errorMessage().isEmpty(), qPrintable(model.errorMessage()));
        QCOMPARE(model.columnCount(), int(FieldModel::ColumnCount));

        // Every documented attribute has its column.
        QStringList shown;
        for (int column = 0; column < model.columnCount(); ++column) {
            if (!FieldModel::attributeOf(column).isEmpty())
                shown.append(FieldModel::attributeOf(column));
        }
        QStringList documented = FieldDescriptor::attributeNames();
        shown.sort();
        documented.sort();
        QCOMPARE(shown, documented);
        QCOMPARE(model.headerData(FieldModel::NameColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Name"));
        QCOMPARE(model.headerData(FieldModel::FilterableColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Filterable"));
        QCOMPARE(model.headerData(FieldModel::OtherColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Other"));

        QStringList rows;
        for (int row = 0; row < model.rowCount(); ++row)
            rows.append(cell(model, row, FieldModel::NameColumn));
        QCOMPARE(rows, kDocumentedFields); // the portal's order

        // id: type int, titled by its name, no flag set (§3.4).
        QCOMPARE(cell(model, 0, FieldModel::TypeColumn), QStringLiteral("int"));
        QCOMPARE(cell(model, 0, FieldModel::TitleColumn), QStringLiteral("id"));
        QCOMPARE(cell(model, 1, FieldModel::TypeColumn), QStringLiteral("string"));
        for (int column : {FieldModel::FilterableColumn, FieldModel::SortableColumn,
                           FieldModel::EditableColumn, FieldModel::MultipleColumn})
            QCOMPARE(cell(model, 0, column), QStringLiteral("no"));
        QCOMPARE(cell(model, 0, FieldModel::DescriptionColumn), QString());     // null
        QCOMPARE(cell(model, 0, FieldModel::ValidationRulesColumn), QString()); // []
        QCOMPARE(cell(model, 0, FieldModel::OtherColumn), QString());
        QCOMPARE(model.data(model.index(0, FieldModel::SortableColumn), FieldModel::RawValueRole),
                 QVariant(false));
        QCOMPARE(cell(model, 2, FieldModel::TypeColumn, FieldModel::FieldNameRole),
                 QStringLiteral("email"));
        QCOMPARE(cell(model, 2, FieldModel::TypeColumn, FieldModel::AttributeRole),
                 QStringLiteral("type"));
        const auto descriptor =
            model.data(model.index(3, 0), FieldModel::DescriptorRole).value<FieldDescriptor>();
        QCOMPARE(descriptor.name, QStringLiteral("senderName"));
    }

    void attributesTheDocsDoNotListAreShown()
    {
        // A newer portal describes its fields with one more attribute, and leaves one out.
        Portal p;
        QVERIFY(p.started);
        Relay relay(p.portal, [](const QString &method, QJsonObject &body) {
            if (method != kFieldList)
                return;
            QJsonObject result = body.value(u"result").toObject();
            QJsonArray items;
            for (const QJsonValue &item : result.value(u"items").toArray()) {
                QJsonObject described = item.toObject();
                described.insert(QStringLiteral("maxLength"), 255);
                described.remove(QStringLiteral("multiple"));
                items.append(described);
            }
            result.insert(QStringLiteral("items"), items);
            body.insert(QStringLiteral("result"), result);
        });
        QVERIFY(relay.listening());
        Client c = clientFor(relay.webhookUrl(), p.options);
        FieldCatalog catalog;
        catalog.setClient(c.get());
        FieldModel model(&catalog);
        const auto tester = testerFor(&model);
        QVERIFY(waitSettled(catalog));
        QVERIFY2(model.errorMessage().isEmpty(), qPrintable(model.errorMessage()));
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(cell(model, 1, FieldModel::OtherColumn), QStringLiteral("maxLength: 255"));
        QVERIFY(cell(model, 1, FieldModel::OtherColumn, Qt::ToolTipRole).contains(u"maxLength"));
        const QVariantMap others =
            model.data(model.index(1, FieldModel::OtherColumn), FieldModel::RawValueRole).toMap();
        QCOMPARE(others.value(QStringLiteral("maxLength")).toInt(), 255);
        QCOMPARE(cell(model, 1, FieldModel::TypeColumn), QStringLiteral("string"));
        QCOMPARE(FieldModel::otherAttributes(catalog.fields().at(1)),
                 QStringList{QStringLiteral("maxLength")});

        // Left out: nothing shown, nothing invented, and the tooltip says so.
        QCOMPARE(cell(model, 1, FieldModel::MultipleColumn), QString());
        QVERIFY(!model.data(model.index(1, FieldModel::MultipleColumn), FieldModel::RawValueRole)
                     .isValid());
        QVERIFY(cell(model, 1, FieldModel::MultipleColumn, Qt::ToolTipRole).contains(u"multiple"));
        QCOMPARE(cell(model, 1, FieldModel::EditableColumn), QStringLiteral("no"));
    }

    void toolTipsShowThePortalsWordsAsPlainText()
    {
        // A hostile portal titles a field and names an attribute of its own with markup.
        Portal p;
        QVERIFY(p.started);
        Relay relay(p.portal, [](const QString &method, QJsonObject &body) {
            if (method != kFieldList)
                return;
            QJsonObject result = body.value(u"result").toObject();
            QJsonArray items;
            for (const QJsonValue &item : result.value(u"items").toArray()) {
                QJsonObject described = item.toObject();
                described.insert(QStringLiteral("title"), tooltiptest::hostileName());
                described.insert(tooltiptest::hostileName(), 1);
                items.append(described);
            }
            result.insert(QStringLiteral("items"), items);
            body.insert(QStringLiteral("result"), result);
        });
        QVERIFY(relay.listening());
        Client c = clientFor(relay.webhookUrl(), p.options);
        FieldCatalog catalog;
        catalog.setClient(c.get());
        FieldModel model(&catalog);
        QVERIFY(waitSettled(catalog));
        QVERIFY2(model.errorMessage().isEmpty(), qPrintable(model.errorMessage()));
        const QString shown = tooltiptest::hostileNameShown();
        QCOMPARE(tooltiptest::shownText(cell(model, 0, FieldModel::TitleColumn, Qt::ToolTipRole)),
                 shown);
        QCOMPARE(tooltiptest::shownText(cell(model, 0, FieldModel::OtherColumn, Qt::ToolTipRole)),
                 QStringLiteral("Attributes the documentation does not describe:\n") + shown +
                     QStringLiteral(": 1"));
    }
};

QTEST_GUILESS_MAIN(TestFieldModel)
#include "tst_fieldmodel.moc"
