// mail.mailbox.list / get rows: the Mailbox reader and what the views show of each field.
#include "FuzzInput.h"
#include "models/JsonDisplay.h"
#include "rest/Mailbox.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QList<mb::Mailbox> mailboxes =
        mb::Mailbox::listFromJson(mb::fuzz::itemsOf(mb::fuzz::bytes(data, size)));
    for (const mb::Mailbox &mailbox : mailboxes) {
        const QJsonObject json = mailbox.toJson();
        for (auto it = json.begin(); it != json.end(); ++it)
            (void)mb::jsonDisplayText(it.value());
    }
    return 0;
}
