// A saved account's cache file, as the disk holds it: whatever the bytes, the reader either
// gives back rows or discards the file, never crashes.
#include "FuzzInput.h"
#include "settings/AccountCache.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const auto contents =
        mb::AccountCache::deserialize(mb::fuzz::bytes(data, size), QStringLiteral("fuzz"));
    if (contents) {
        for (const mb::Mailbox &mailbox : contents->mailboxes)
            (void)mailbox.toJson();
        for (const mb::Sender &sender : contents->senders)
            (void)sender.toJson();
        for (const mb::FieldDescriptor &field : contents->fields)
            (void)field.toJson();
    }
    return 0;
}
