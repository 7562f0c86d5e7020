#pragma once

// JSON fixtures, kept apart because moc cannot read raw string literals.
namespace fixtures {
inline constexpr const char MailboxWithExtra[] =
    R"({"id":12,"name":"Sales inbox","email":"sales@acme.test","senderName":"ACME","color":"#f00"})";
inline constexpr const char MailboxIdString[] = R"({"id":"15"})";
inline constexpr const char MailboxSubset[] = R"({"id":12,"email":"sales@acme.test"})";
inline constexpr const char TwoSenders[] =
    R"([{"email":"sales@acme.test","name":"Dana Roe","sender":"Dana Roe <sales@acme.test>"},
                    {"email":"sales@acme.test","name":"ACME Sales","sender":"ACME Sales <sales@acme.test>"}])";
inline constexpr const char FieldAll[] =
    R"({"name":"id","type":"int","title":"id","description":null,"validationRules":[],
                "requiredGroups":["get"],"filterable":false,"sortable":false,"editable":false,
                "multiple":false,"elementType":null})";
inline constexpr const char FieldSubset[] = R"({"name":"email","type":"string"})";
inline constexpr const char TimeFull[] =
    R"({"start":1772441740,"finish":1772441740.31,"duration":0.19,"processing":0.17,
                "date_start":"2026-03-02T09:15:40+01:00","date_finish":"2026-03-02T09:15:40+01:00",
                "operating_reset_at":1772442340,"operating":0.17})";
inline constexpr const char TimePartial[] = R"({"start":1.5})";
} // namespace fixtures
