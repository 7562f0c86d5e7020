// mail.mailbox.field.list / field.get rows: the FieldDescriptor reader.
#include "FuzzInput.h"
#include "models/JsonDisplay.h"
#include "rest/FieldDescriptor.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QList<mb::FieldDescriptor> fields =
        mb::FieldDescriptor::listFromJson(mb::fuzz::itemsOf(mb::fuzz::bytes(data, size)));
    for (const mb::FieldDescriptor &field : fields) {
        const QJsonObject json = field.toJson();
        for (auto it = json.begin(); it != json.end(); ++it)
            (void)mb::jsonDisplayText(it.value());
    }
    return 0;
}
