<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>mb::ListJob</name>
    <message numerus="yes">
        <source>the portal sent more than %Ln row(s)</source>
        <translation>
            <numerusform>the portal sent more than %Ln row</numerusform>
            <numerusform>the portal sent more than %Ln rows</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mb::LoadState</name>
    <message numerus="yes">
        <source>Loading… %n row(s)</source>
        <translation>
            <numerusform>Loading… %n row</numerusform>
            <numerusform>Loading… %n rows</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mb::MainWindow</name>
    <message numerus="yes">
        <source>Waiting %n s: portal rate limit (%1)</source>
        <translation>
            <numerusform>Waiting %n s: portal rate limit (%1)</numerusform>
            <numerusform>Waiting %n s: portal rate limit (%1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Waiting %n s before trying %1 again: %2</source>
        <translation>
            <numerusform>Waiting %n s before trying %1 again: %2</numerusform>
            <numerusform>Waiting %n s before trying %1 again: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Refreshing %Ln mailbox(es)…</source>
        <translation>
            <numerusform>Refreshing %Ln mailbox…</numerusform>
            <numerusform>Refreshing %Ln mailboxes…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Loading… %1 of %Ln mailbox(es) so far match</source>
        <translation>
            <numerusform>Loading… %1 of %Ln mailbox so far match</numerusform>
            <numerusform>Loading… %1 of %Ln mailboxes so far match</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Loading… %Ln mailbox(es) so far</source>
        <translation>
            <numerusform>Loading… %Ln mailbox so far</numerusform>
            <numerusform>Loading… %Ln mailboxes so far</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln mailbox(es) match</source>
        <translation>
            <numerusform>%1 of %Ln mailbox match</numerusform>
            <numerusform>%1 of %Ln mailboxes match</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The first %Ln mailbox(es); a search also asks the portal</source>
        <translation>
            <numerusform>The first %Ln mailbox; a search also asks the portal</numerusform>
            <numerusform>The first %Ln mailboxes; a search also asks the portal</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln mailbox(es)</source>
        <translation>
            <numerusform>%Ln mailbox</numerusform>
            <numerusform>%Ln mailboxes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sender(s)</source>
        <translation>
            <numerusform>%n sender</numerusform>
            <numerusform>%n senders</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n field(s)</source>
        <translation>
            <numerusform>%n field</numerusform>
            <numerusform>%n fields</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Export the %n sender(s) shown, in the table&apos;s order, as CSV</source>
        <translation>
            <numerusform>Export the %n sender shown, in the table&apos;s order, as CSV</numerusform>
            <numerusform>Export the %n senders shown, in the table&apos;s order, as CSV</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mb::RateMeter</name>
    <message numerus="yes">
        <source>%1 used %n s of the portal&apos;s execution time in the last 10 minutes</source>
        <translation>
            <numerusform>%1 used %n s of the portal&apos;s execution time in the last 10 minutes</numerusform>
            <numerusform>%1 used %n s of the portal&apos;s execution time in the last 10 minutes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mb::SecretStore</name>
    <message numerus="yes">
        <source>no answer within %n seconds</source>
        <translation>
            <numerusform>no answer within %n second</numerusform>
            <numerusform>no answer within %n seconds</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mb::SenderAddressModel</name>
    <message numerus="yes">
        <source>Listed under %n name(s): %1</source>
        <translation>
            <numerusform>Listed under %n name: %1</numerusform>
            <numerusform>Listed under %n names: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mb::SenderPicker</name>
    <message numerus="yes">
        <source>%n sender(s) match: pick one with the arrow keys and Enter (Enter alone takes the top one).</source>
        <translation>
            <numerusform>%n sender matches: pick it with the arrow keys and Enter (Enter alone takes the top one).</numerusform>
            <numerusform>%n senders match: pick one with the arrow keys and Enter (Enter alone takes the top one).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mb::SendersPage</name>
    <message numerus="yes">
        <source>%n sender(s)</source>
        <translation>
            <numerusform>%n sender</numerusform>
            <numerusform>%n senders</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n sender(s) match</source>
        <translation>
            <numerusform>%1 of %n sender match</numerusform>
            <numerusform>%1 of %n senders match</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mb::StatusSummary</name>
    <message numerus="yes">
        <source>fetched %n min ago</source>
        <translation>
            <numerusform>fetched %n min ago</numerusform>
            <numerusform>fetched %n min ago</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mb::TokenEndpoint</name>
    <message numerus="yes">
        <source>no complete answer within %n seconds</source>
        <translation>
            <numerusform>no complete answer within %n second</numerusform>
            <numerusform>no complete answer within %n seconds</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mb::cli::CommandRunner</name>
    <message numerus="yes">
        <source>%1 is paused by the portal; waiting %n second(s) for it.</source>
        <translation>
            <numerusform>%1 is paused by the portal; waiting %n second for it.</numerusform>
            <numerusform>%1 is paused by the portal; waiting %n seconds for it.</numerusform>
        </translation>
    </message>
</context>
</TS>
