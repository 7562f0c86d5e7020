// mail.mailbox.senders rows: the Sender reader and what the views show of each field.
#include "FuzzInput.h"
#include "models/JsonDisplay.h"
#include "rest/Sender.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QList<mb::Sender> senders =
        mb::Sender::listFromJson(mb::fuzz::itemsOf(mb::fuzz::bytes(data, size)));
    for (const mb::Sender &sender : senders) {
        const QJsonObject json = sender.toJson();
        for (auto it = json.begin(); it != json.end(); ++it)
            (void)mb::jsonDisplayText(it.value());
    }
    return 0;
}
