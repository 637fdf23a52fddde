<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../streamer_desktop/desktop/shell/about.py" line="106"/>
        <source>About {app}</source>
        <translation>About {app}</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/shell/about.py" line="109"/>
        <source>Python {python}, Qt {qt} (PySide6 {pyside}), on {system}.</source>
        <translation>Python {python}, Qt {qt} (PySide6 {pyside}), on {system}.</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/shell/about.py" line="113"/>
        <source>It bundles these components, each under its own licence:</source>
        <translation>It bundles these components, each under its own licence:</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/shell/about.py" line="115"/>
        <source>Component</source>
        <translation>Component</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/shell/about.py" line="115"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/shell/about.py" line="115"/>
        <source>Licence</source>
        <translation>Licence</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/shell/about.py" line="116"/>
        <source>Bundled components and their licences</source>
        <translation>Bundled components and their licences</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/shell/about.py" line="118"/>
        <source>One row per component: its name, its version and its licence.</source>
        <translation>One row per component: its name, its version and its licence.</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/shell/about.py" line="119"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/shell/about.py" line="120"/>
        <source>Close this window.</source>
        <translation>Close this window.</translation>
    </message>
</context>
<context>
    <name>Alerts</name>
    <message>
        <location filename="../streamer_desktop/desktop/shell/alerts.py" line="54"/>
        <source>Missed reminder: stream with {name}</source>
        <translation>Missed reminder: stream with {name}</translation>
    </message>
    <message numerus="yes">
        <location filename="../streamer_desktop/desktop/shell/alerts.py" line="57"/>
        <source>Stream with {name} in %n minute(s)</source>
        <translation>
            <numerusform>Stream with {name} in %n minute</numerusform>
            <numerusform>Stream with {name} in %n minutes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/shell/alerts.py" line="60"/>
        <source>Stream with {name} starts now</source>
        <translation>Stream with {name} starts now</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/shell/alerts.py" line="63"/>
        <source>Open it in Active to start.</source>
        <translation>Open it in Active to start.</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/shell/alerts.py" line="64"/>
        <source>The customer has not confirmed yet: it cannot start. Message them from the chat.</source>
        <translation>The customer has not confirmed yet: it cannot start. Message them from the chat.</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/shell/alerts.py" line="73"/>
        <source>New request from {name}</source>
        <translation>New request from {name}</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/shell/alerts.py" line="74"/>
        <source>Message from {name}</source>
        <translation>Message from {name}</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/shell/alerts.py" line="75"/>
        <source>{name} confirmed the stream</source>
        <translation>{name} confirmed the stream</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/shell/alerts.py" line="76"/>
        <source>{name} cancelled the stream</source>
        <translation>{name} cancelled the stream</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/shell/alerts.py" line="77"/>
        <source>{name}&apos;s request was handed to you</source>
        <translation>{name}&apos;s request was handed to you</translation>
    </message>
</context>
<context>
    <name>CancelStreamDialog</name>
    <message>
        <location filename="../streamer_desktop/desktop/stream/questions.py" line="67"/>
        <source>Cancel the stream</source>
        <translation>Cancel the stream</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/stream/questions.py" line="69"/>
        <source>Cancel the stream with {name} on {when}? The customer is told in the chat and by e-mail.</source>
        <translation>Cancel the stream with {name} on {when}? The customer is told in the chat and by e-mail.</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/stream/questions.py" line="71"/>
        <source>&amp;Message to the customer (optional):</source>
        <translation>&amp;Message to the customer (optional):</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/stream/questions.py" line="72"/>
        <source>Message to the customer</source>
        <translation>Message to the customer</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/stream/questions.py" line="74"/>
        <source>For example: Sorry, something came up. Shall we find another time?</source>
        <translation>For example: Sorry, something came up. Shall we find another time?</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/stream/questions.py" line="75"/>
        <source>Cancel stream</source>
        <translation>Cancel stream</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/stream/questions.py" line="76"/>
        <source>Keep it</source>
        <translation>Keep it</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/stream/questions.py" line="78"/>
        <source>Sent to the customer with the cancellation, in the chat and by e-mail.</source>
        <translation>Sent to the customer with the cancellation, in the chat and by e-mail.</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/stream/questions.py" line="80"/>
        <source>Cancel the stream; the customer is told.</source>
        <translation>Cancel the stream; the customer is told.</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/stream/questions.py" line="82"/>
        <source>Close this question; the stream stays booked.</source>
        <translation>Close this question; the stream stays booked.</translation>
    </message>
</context>
<context>
    <name>Cards</name>
    <message>
        <location filename="../streamer_desktop/desktop/requests/clock_texts.py" line="82"/>
        <source>{time} there</source>
        <translation>{time} there</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/requests/model.py" line="71"/>
        <source>{count} unread</source>
        <translation>{count} unread</translation>
    </message>
</context>
<context>
    <name>Chat</name>
    <message>
        <location filename="../streamer_desktop/desktop/chat/model.py" line="68"/>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/chat/model.py" line="70"/>
        <location filename="../streamer_desktop/desktop/requests/clock_texts.py" line="69"/>
        <source>Yesterday</source>
        <translation>Yesterday</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/chat/model.py" line="77"/>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/chat/model.py" line="79"/>
        <source>You</source>
        <translation>You</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/chat/model.py" line="80"/>
        <source>Notice</source>
        <translation>Notice</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/chat/model.py" line="199"/>
        <source>{who}, {time}: {text}</source>
        <translation>{who}, {time}: {text}</translation>
    </message>
</context>
<context>
    <name>ChatDelegate</name>
    <message>
        <location filename="../streamer_desktop/desktop/chat/delegate.py" line="81"/>
        <source>Stream proposed</source>
        <translation>Stream proposed</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/chat/delegate.py" line="82"/>
        <source>Stream confirmed</source>
        <translation>Stream confirmed</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/chat/delegate.py" line="256"/>
        <source>Actions ▾</source>
        <translation>Actions ▾</translation>
    </message>
</context>
<context>
    <name>Chip</name>
    <message>
        <location filename="../streamer_desktop/desktop/texts.py" line="112"/>
        <source>Live</source>
        <translation>Live</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/texts.py" line="114"/>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/texts.py" line="115"/>
        <source>Not confirmed</source>
        <translation>Not confirmed</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/texts.py" line="116"/>
        <source>Starting now</source>
        <translation>Starting now</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/texts.py" line="117"/>
        <source>Soon</source>
        <translation>Soon</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/texts.py" line="123"/>
        <source>Awaiting confirmation</source>
        <translation>Awaiting confirmation</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/texts.py" line="124"/>
        <source>Confirmed</source>
        <translation>Confirmed</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/texts.py" line="125"/>
        <source>Completed</source>
        <translation>Completed</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/texts.py" line="126"/>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/texts.py" line="127"/>
        <source>Missed</source>
        <translation>Missed</translation>
    </message>
</context>
<context>
    <name>DesktopApp</name>
    <message>
        <location filename="../streamer_desktop/desktop/shell/app.py" line="153"/>
        <source>Streamer desktop</source>
        <translation>Streamer desktop</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/shell/app.py" line="199"/>
        <source>The service cannot be reached. Trying again in {seconds} s…</source>
        <translation>The service cannot be reached. Trying again in {seconds} s…</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/shell/session.py" line="82"/>
        <source>Your session has ended. Please sign in again.</source>
        <translation>Your session has ended. Please sign in again.</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/shell/session.py" line="108"/>
        <source>The service cannot be reached. Check the address and your connection.</source>
        <translation>The service cannot be reached. Check the address and your connection.</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/shell/session.py" line="114"/>
        <source>No keyring works on this computer: you stay signed in until you quit.</source>
        <translation>No keyring works on this computer: you stay signed in until you quit.</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/settings/presenter.py" line="48"/>
        <source>The preview is off while you are live: the stream has the camera.</source>
        <translation>The preview is off while you are live: the stream has the camera.</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/shell/session.py" line="75"/>
        <source>You are signed out.</source>
        <translation>You are signed out.</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/shell/app.py" line="380"/>
        <source>The service cannot be reached.</source>
        <translation>The service cannot be reached.</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/shell/app.py" line="384"/>
        <source>Something went wrong: {error}</source>
        <translation>Something went wrong: {error}</translation>
    </message>
</context>
<context>
    <name>HandOver</name>
    <message>
        <location filename="../streamer_desktop/desktop/team/handover.py" line="171"/>
        <source>{customer}&apos;s request is now with {name}.</source>
        <translation>{customer}&apos;s request is now with {name}.</translation>
    </message>
</context>
<context>
    <name>HandOverDialog</name>
    <message>
        <location filename="../streamer_desktop/desktop/team/handover.py" line="77"/>
        <source>Hand over to a colleague</source>
        <translation>Hand over to a colleague</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/team/handover.py" line="79"/>
        <source>No colleague works in this shop yet.</source>
        <translation>No colleague works in this shop yet.</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/team/handover.py" line="82"/>
        <source>Hand {name}&apos;s request to &amp;whom? The chat and any stream not yet started go along; {name} is told in the chat.</source>
        <translation>Hand {name}&apos;s request to &amp;whom? The chat and any stream not yet started go along; {name} is told in the chat.</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/team/handover.py" line="86"/>
        <source>No colleague is online right now, so {name}&apos;s request stays with you.</source>
        <translation>No colleague is online right now, so {name}&apos;s request stays with you.</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/team/handover.py" line="96"/>
        <source>Colleagues</source>
        <translation>Colleagues</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/team/handover.py" line="98"/>
        <source>Your shop&apos;s streamers; only those online can take the request.</source>
        <translation>Your shop&apos;s streamers; only those online can take the request.</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/team/handover.py" line="99"/>
        <source>Hand over</source>
        <translation>Hand over</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/team/handover.py" line="101"/>
        <source>Give the request to the chosen colleague; it leaves your list.</source>
        <translation>Give the request to the chosen colleague; it leaves your list.</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/team/handover.py" line="102"/>
        <source>Keep it</source>
        <translation>Keep it</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/team/handover.py" line="104"/>
        <source>Close this question; the request stays with you.</source>
        <translation>Close this question; the request stays with you.</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/team/handover.py" line="107"/>
        <source>online</source>
        <translation>online</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/team/handover.py" line="107"/>
        <source>offline</source>
        <translation>offline</translation>
    </message>
    <message numerus="yes">
        <location filename="../streamer_desktop/desktop/team/handover.py" line="108"/>
        <source>%n open request(s)</source>
        <translation>
            <numerusform>%n open request</numerusform>
            <numerusform>%n open requests</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/team/handover.py" line="129"/>
        <source>Choose a colleague who is online.</source>
        <translation>Choose a colleague who is online.</translation>
    </message>
</context>
<context>
    <name>LiveVideo</name>
    <message>
        <location filename="../streamer_desktop/desktop/stream/live_video.py" line="136"/>
        <source>No camera was found on this computer. Connect one and choose it in Settings, or show the test picture.</source>
        <translation>No camera was found on this computer. Connect one and choose it in Settings, or show the test picture.</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/stream/live_video.py" line="157"/>
        <source>The camera could not be opened ({error}).</source>
        <translation>The camera could not be opened ({error}).</translation>
    </message>
</context>
<context>
    <name>LiveView</name>
    <message>
        <location filename="../streamer_desktop/desktop/stream/box.py" line="171"/>
        <source>Live with {name}</source>
        <translation>Live with {name}</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/stream/box.py" line="173"/>
        <source>The customer watches on the stream page from their e-mail link, with this chat beside the picture. Your messages reach them at once.</source>
        <translation>The customer watches on the stream page from their e-mail link, with this chat beside the picture. Your messages reach them at once.</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/stream/box.py" line="175"/>
        <source>End stream</source>
        <translation>End stream</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/stream/box.py" line="177"/>
        <source>End the stream; the customer sees that it has ended.</source>
        <translation>End the stream; the customer sees that it has ended.</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/stream/box.py" line="178"/>
        <source>Camera off</source>
        <translation>Camera off</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/stream/box.py" line="179"/>
        <source>Turn camera off</source>
        <translation>Turn camera off</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/stream/box.py" line="181"/>
        <source>Microphone off</source>
        <translation>Microphone off</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/stream/box.py" line="182"/>
        <source>Turn microphone off</source>
        <translation>Turn microphone off</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/stream/box.py" line="183"/>
        <source>Use the test picture</source>
        <translation>Use the test picture</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/stream/box.py" line="184"/>
        <source>What the customer sees</source>
        <translation>What the customer sees</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/stream/box.py" line="186"/>
        <source>Starting the camera…</source>
        <translation>Starting the camera…</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/stream/box.py" line="188"/>
        <source>Live stream</source>
        <translation>Live stream</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/stream/box.py" line="194"/>
        <source>Waiting for {name} to open the stream page…</source>
        <translation>Waiting for {name} to open the stream page…</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/stream/box.py" line="195"/>
        <source>{name} is joining…</source>
        <translation>{name} is joining…</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/stream/box.py" line="196"/>
        <source>{name} is watching.</source>
        <translation>{name} is watching.</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/stream/box.py" line="197"/>
        <source>{name}&apos;s connection dropped; reconnecting…</source>
        <translation>{name}&apos;s connection dropped; reconnecting…</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/stream/box.py" line="198"/>
        <source>{name} left the stream page.</source>
        <translation>{name} left the stream page.</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/stream/box.py" line="221"/>
        <source>No picture</source>
        <translation>No picture</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/stream/box.py" line="268"/>
        <source>Live for {elapsed}</source>
        <translation>Live for {elapsed}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../streamer_desktop/desktop/shell/main_window.py" line="309"/>
        <source>Streamer desktop</source>
        <translation>Streamer desktop</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/shell/main_window.py" line="310"/>
        <source>My workplace</source>
        <translation>My workplace</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/shell/main_window.py" line="311"/>
        <location filename="../streamer_desktop/desktop/shell/main_window.py" line="312"/>
        <source>More actions</source>
        <translation>More actions</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/shell/actions.py" line="61"/>
        <source>Schedule a stream</source>
        <translation>Schedule a stream</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/shell/actions.py" line="95"/>
        <source>Settings…</source>
        <translation>Settings…</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/shell/main_window.py" line="313"/>
        <source>Help</source>
        <translation>Help</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/shell/actions.py" line="102"/>
        <source>Open the demo shop (customer&apos;s view)</source>
        <translation>Open the demo shop (customer&apos;s view)</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/shell/actions.py" line="106"/>
        <source>Open the folder of customer e-mails</source>
        <translation>Open the folder of customer e-mails</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/shell/actions.py" line="70"/>
        <location filename="../streamer_desktop/desktop/shell/main_window.py" line="353"/>
        <source>Move the stream to another time; the customer is asked to confirm it.</source>
        <translation>Move the stream to another time; the customer is asked to confirm it.</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/shell/actions.py" line="75"/>
        <source>Cancel stream…</source>
        <translation>Cancel stream…</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/shell/actions.py" line="76"/>
        <source>Cancel the stream; you can add a message to the customer.</source>
        <translation>Cancel the stream; you can add a message to the customer.</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/shell/actions.py" line="81"/>
        <source>Write to the customer of the open chat.</source>
        <translation>Write to the customer of the open chat.</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/shell/actions.py" line="85"/>
        <source>Hand over to a colleague…</source>
        <translation>Hand over to a colleague…</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/shell/actions.py" line="86"/>
        <source>Give the request, its chat and its stream to a colleague who is online; the customer is told.</source>
        <translation>Give the request, its chat and its stream to a colleague who is online; the customer is told.</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/shell/actions.py" line="64"/>
        <source>Start stream</source>
        <translation>Start stream</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/shell/actions.py" line="65"/>
        <source>Go live: the customer gets an e-mail with the link to join.</source>
        <translation>Go live: the customer gets an e-mail with the link to join.</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/shell/actions.py" line="92"/>
        <location filename="../streamer_desktop/desktop/shell/main_window.py" line="316"/>
        <source>Find a request</source>
        <translation>Find a request</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/shell/actions.py" line="118"/>
        <source>Next request</source>
        <translation>Next request</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/shell/actions.py" line="121"/>
        <source>Previous request</source>
        <translation>Previous request</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/shell/actions.py" line="98"/>
        <source>Keyboard shortcuts</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/shell/actions.py" line="109"/>
        <source>About Streamer desktop</source>
        <translation>About Streamer desktop</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/shell/main_window.py" line="315"/>
        <source>Find a customer or message</source>
        <translation>Find a customer or message</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/shell/main_window.py" line="318"/>
        <source>Shows only the requests whose customer, stream or last message holds what you type. ↓ goes to the first one; Escape clears.</source>
        <translation>Shows only the requests whose customer, stream or last message holds what you type. ↓ goes to the first one; Escape clears.</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/shell/main_window.py" line="321"/>
        <source>No request matches your search.</source>
        <translation>No request matches your search.</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/shell/actions.py" line="112"/>
        <source>Sign out</source>
        <translation>Sign out</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/shell/actions.py" line="115"/>
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/shell/main_window.py" line="324"/>
        <location filename="../streamer_desktop/desktop/shell/main_window.py" line="410"/>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/shell/main_window.py" line="323"/>
        <location filename="../streamer_desktop/desktop/shell/main_window.py" line="327"/>
        <source>My requests</source>
        <translation>My requests</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/shell/main_window.py" line="326"/>
        <source>Nothing to start right now. A scheduled stream appears here at its start time.</source>
        <translation>Nothing to start right now. A scheduled stream appears here at its start time.</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/shell/main_window.py" line="329"/>
        <source>No requests yet. Customers reach you from the chat on the shop&apos;s site.</source>
        <translation>No requests yet. Customers reach you from the chat on the shop&apos;s site.</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/shell/main_window.py" line="366"/>
        <source>Loading your requests…</source>
        <translation>Loading your requests…</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/shell/main_window.py" line="331"/>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/shell/main_window.py" line="332"/>
        <source>Write a message…</source>
        <translation>Write a message…</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/shell/main_window.py" line="333"/>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/shell/main_window.py" line="334"/>
        <location filename="../streamer_desktop/desktop/shell/main_window.py" line="338"/>
        <source>Send</source>
        <translation>Send</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/shell/main_window.py" line="339"/>
        <source>Send the message to the customer.</source>
        <translation>Send the message to the customer.</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/shell/main_window.py" line="341"/>
        <source>What you write to the customer of the open chat. Return sends it.</source>
        <translation>What you write to the customer of the open chat. Return sends it.</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/shell/main_window.py" line="343"/>
        <source>Streams that can start now. Return or a click on one starts it.</source>
        <translation>Streams that can start now. Return or a click on one starts it.</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/shell/main_window.py" line="345"/>
        <source>Your customers&apos; requests, the most urgent first. The chat shows the selected one; Alt+Down and Alt+Up move between them from anywhere.</source>
        <translation>Your customers&apos; requests, the most urgent first. The chat shows the selected one; Alt+Down and Alt+Up move between them from anywhere.</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/shell/main_window.py" line="348"/>
        <source>The conversation with the customer, oldest first. A stream&apos;s box offers what can be done with the stream.</source>
        <translation>The conversation with the customer, oldest first. A stream&apos;s box offers what can be done with the stream.</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/shell/main_window.py" line="351"/>
        <source>Write to the customer about the overdue stream.</source>
        <translation>Write to the customer about the overdue stream.</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/shell/main_window.py" line="409"/>
        <source>Active · nothing to start now</source>
        <translation>Active · nothing to start now</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/shell/main_window.py" line="520"/>
        <source>This stream is overdue: the customer is waiting.</source>
        <translation>This stream is overdue: the customer is waiting.</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/shell/main_window.py" line="522"/>
        <source>The start time has come, but the customer has not confirmed this stream.</source>
        <translation>The start time has come, but the customer has not confirmed this stream.</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/shell/actions.py" line="80"/>
        <location filename="../streamer_desktop/desktop/shell/main_window.py" line="336"/>
        <source>Message the customer</source>
        <translation>Message the customer</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/shell/actions.py" line="69"/>
        <location filename="../streamer_desktop/desktop/shell/main_window.py" line="337"/>
        <source>Reschedule…</source>
        <translation>Reschedule…</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/shell/main_window.py" line="355"/>
        <location filename="../streamer_desktop/desktop/shell/main_window.py" line="504"/>
        <source>Select a request to see its chat.</source>
        <translation>Select a request to see its chat.</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/shell/main_window.py" line="370"/>
        <source>Offline: reconnecting… The lists show the last known state.</source>
        <translation>Offline: reconnecting… The lists show the last known state.</translation>
    </message>
</context>
<context>
    <name>ScheduleDialog</name>
    <message>
        <location filename="../streamer_desktop/desktop/schedule/dialog.py" line="267"/>
        <source>Start time</source>
        <translation>Start time</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/schedule/dialog.py" line="267"/>
        <source>Your time</source>
        <translation>Your time</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/schedule/dialog.py" line="292"/>
        <source>Use {time}</source>
        <translation>Use {time}</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/schedule/texts.py" line="18"/>
        <source>{h} h {m} min</source>
        <translation>{h} h {m} min</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/schedule/texts.py" line="22"/>
        <source>{h} h</source>
        <translation>{h} h</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/schedule/texts.py" line="23"/>
        <source>{m} min</source>
        <translation>{m} min</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/schedule/texts.py" line="29"/>
        <source>“{typed}” is not a time. Type it like {example}.</source>
        <translation>“{typed}” is not a time. Type it like {example}.</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/schedule/texts.py" line="36"/>
        <source>on {day}</source>
        <translation>on {day}</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/schedule/texts.py" line="42"/>
        <source>The customer is {span} ahead of you.</source>
        <translation>The customer is {span} ahead of you.</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/schedule/texts.py" line="46"/>
        <source>The customer is {span} behind you.</source>
        <translation>The customer is {span} behind you.</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/schedule/texts.py" line="49"/>
        <source>You and the customer have the same time.</source>
        <translation>You and the customer have the same time.</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/schedule/texts.py" line="53"/>
        <source>You: {mine} · Customer: {theirs}</source>
        <translation>You: {mine} · Customer: {theirs}</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/schedule/texts.py" line="61"/>
        <source>forward</source>
        <translation>forward</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/schedule/texts.py" line="63"/>
        <source>back</source>
        <translation>back</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/schedule/texts.py" line="65"/>
        <source>Before the stream, clocks in {zone} go {direction} {span} on {when}.</source>
        <translation>Before the stream, clocks in {zone} go {direction} {span} on {when}.</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/schedule/texts.py" line="76"/>
        <source>{time} does not exist in {zone} on {day}: the clocks jump forward. The nearest valid times are {before} and {after}.</source>
        <translation>{time} does not exist in {zone} on {day}: the clocks jump forward. The nearest valid times are {before} and {after}.</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/schedule/texts.py" line="96"/>
        <source>{time} happens twice in {zone} on {day}: the clocks go back. Which one do you mean?</source>
        <translation>{time} happens twice in {zone} on {day}: the clocks go back. Which one do you mean?</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/schedule/texts.py" line="109"/>
        <source>The first, before the switch ({offset})</source>
        <translation>The first, before the switch ({offset})</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/schedule/texts.py" line="111"/>
        <source>The second, after the switch ({offset})</source>
        <translation>The second, after the switch ({offset})</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/schedule/texts.py" line="117"/>
        <source>late at night</source>
        <translation>late at night</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/schedule/texts.py" line="119"/>
        <source>early in the morning</source>
        <translation>early in the morning</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/schedule/texts.py" line="121"/>
        <source>It will be {time} for the customer: {part} in their time zone.</source>
        <translation>It will be {time} for the customer: {part} in their time zone.</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/schedule/texts.py" line="129"/>
        <source>This overlaps your stream with {name}, {start}–{end}.</source>
        <translation>This overlaps your stream with {name}, {start}–{end}.</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/schedule/texts.py" line="133"/>
        <source>The nearest free start is {free}.</source>
        <translation>The nearest free start is {free}.</translation>
    </message>
</context>
<context>
    <name>ScheduleForm</name>
    <message>
        <location filename="../streamer_desktop/desktop/schedule/form.py" line="162"/>
        <source>Reschedule the stream with {name}</source>
        <translation>Reschedule the stream with {name}</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/schedule/form.py" line="163"/>
        <source>Schedule a stream with {name}</source>
        <translation>Schedule a stream with {name}</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/schedule/form.py" line="164"/>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/schedule/form.py" line="165"/>
        <source>Tomorrow</source>
        <translation>Tomorrow</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/schedule/form.py" line="166"/>
        <source>The day after tomorrow</source>
        <translation>The day after tomorrow</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/schedule/form.py" line="167"/>
        <location filename="../streamer_desktop/desktop/schedule/form.py" line="168"/>
        <source>Customer time</source>
        <translation>Customer time</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/schedule/form.py" line="169"/>
        <source>Duration (min)</source>
        <translation>Duration (min)</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/schedule/form.py" line="170"/>
        <source>Duration in minutes</source>
        <translation>Duration in minutes</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/schedule/form.py" line="171"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/schedule/form.py" line="172"/>
        <source>Use the nearest free start</source>
        <translation>Use the nearest free start</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/schedule/form.py" line="173"/>
        <source>This time has already passed. Please pick a later time.</source>
        <translation>This time has already passed. Please pick a later time.</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/schedule/form.py" line="175"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/schedule/form.py" line="176"/>
        <source>Reschedule</source>
        <translation>Reschedule</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/schedule/form.py" line="177"/>
        <source>Schedule</source>
        <translation>Schedule</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/schedule/form.py" line="179"/>
        <source>The day of the stream.</source>
        <translation>The day of the stream.</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/schedule/form.py" line="180"/>
        <source>Set the date to today.</source>
        <translation>Set the date to today.</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/schedule/form.py" line="181"/>
        <source>Set the date to tomorrow.</source>
        <translation>Set the date to tomorrow.</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/schedule/form.py" line="182"/>
        <source>Set the date to the day after tomorrow.</source>
        <translation>Set the date to the day after tomorrow.</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/schedule/form.py" line="184"/>
        <source>The start on your clock; the customer&apos;s time follows it.</source>
        <translation>The start on your clock; the customer&apos;s time follows it.</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/schedule/form.py" line="186"/>
        <source>The start on the customer&apos;s clock; your time follows it.</source>
        <translation>The start on the customer&apos;s clock; your time follows it.</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/schedule/form.py" line="187"/>
        <source>How long the stream lasts, in minutes.</source>
        <translation>How long the stream lasts, in minutes.</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/schedule/form.py" line="189"/>
        <source>Take the time just before the clocks go forward.</source>
        <translation>Take the time just before the clocks go forward.</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/schedule/form.py" line="190"/>
        <source>Take the time just after the clocks go forward.</source>
        <translation>Take the time just after the clocks go forward.</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/schedule/form.py" line="192"/>
        <source>Take the first of the two times the clocks show twice.</source>
        <translation>Take the first of the two times the clocks show twice.</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/schedule/form.py" line="194"/>
        <source>Take the second of the two times the clocks show twice.</source>
        <translation>Take the second of the two times the clocks show twice.</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/schedule/form.py" line="196"/>
        <source>Move the start to the first time that is free of your other streams.</source>
        <translation>Move the start to the first time that is free of your other streams.</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/schedule/form.py" line="197"/>
        <source>Close without booking anything.</source>
        <translation>Close without booking anything.</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/schedule/form.py" line="199"/>
        <source>Move the stream; the customer is asked to confirm the new time.</source>
        <translation>Move the stream; the customer is asked to confirm the new time.</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/schedule/form.py" line="201"/>
        <source>Book the stream and ask the customer to confirm it.</source>
        <translation>Book the stream and ask the customer to confirm it.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../streamer_desktop/desktop/settings/dialog.py" line="100"/>
        <source>System language</source>
        <translation>System language</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/settings/dialog.py" line="138"/>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/settings/dialog.py" line="139"/>
        <source>&amp;Server address (used from the next start)</source>
        <translation>&amp;Server address (used from the next start)</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/settings/dialog.py" line="139"/>
        <source>&amp;Time zone</source>
        <translation>&amp;Time zone</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/settings/dialog.py" line="140"/>
        <source>&amp;Notifications</source>
        <translation>&amp;Notifications</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/settings/dialog.py" line="140"/>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/settings/dialog.py" line="140"/>
        <source>&amp;Appearance</source>
        <translation>&amp;Appearance</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/settings/dialog.py" line="141"/>
        <source>&amp;Camera</source>
        <translation>&amp;Camera</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/settings/dialog.py" line="142"/>
        <source>The first camera found</source>
        <translation>The first camera found</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/settings/dialog.py" line="145"/>
        <source>Test picture (a moving pattern with a clock, and a tick)</source>
        <translation>Test picture (a moving pattern with a clock, and a tick)</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/settings/dialog.py" line="146"/>
        <source>Camera preview</source>
        <translation>Camera preview</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/settings/dialog.py" line="148"/>
        <source>Starting the camera…</source>
        <translation>Starting the camera…</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/settings/dialog.py" line="149"/>
        <source>As the system</source>
        <translation>As the system</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/settings/dialog.py" line="149"/>
        <source>Light</source>
        <translation>Light</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/settings/dialog.py" line="150"/>
        <source>Dark</source>
        <translation>Dark</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/settings/dialog.py" line="154"/>
        <source>Show reminders and new messages</source>
        <translation>Show reminders and new messages</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/settings/dialog.py" line="155"/>
        <source>Empty: the service inside this app</source>
        <translation>Empty: the service inside this app</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/settings/dialog.py" line="160"/>
        <source>The address of the shop&apos;s sync service; empty runs the service inside this app.</source>
        <translation>The address of the shop&apos;s sync service; empty runs the service inside this app.</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/settings/dialog.py" line="163"/>
        <source>The zone your times are shown and booked in.</source>
        <translation>The zone your times are shown and booked in.</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/settings/dialog.py" line="165"/>
        <source>Pop-ups for stream reminders and for customers&apos; messages while the window is in the background.</source>
        <translation>Pop-ups for stream reminders and for customers&apos; messages while the window is in the background.</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/settings/dialog.py" line="167"/>
        <source>The language of the app.</source>
        <translation>The language of the app.</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/settings/dialog.py" line="169"/>
        <source>Light or dark, or as the system is set.</source>
        <translation>Light or dark, or as the system is set.</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/settings/dialog.py" line="171"/>
        <source>What your live streams show; the preview below shows it now.</source>
        <translation>What your live streams show; the preview below shows it now.</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/settings/dialog.py" line="172"/>
        <source>Keep these settings and close.</source>
        <translation>Keep these settings and close.</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/settings/dialog.py" line="173"/>
        <source>Close without changing anything.</source>
        <translation>Close without changing anything.</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/settings/dialog.py" line="206"/>
        <source>&apos;{zone}&apos; is not a known time zone.</source>
        <translation>&apos;{zone}&apos; is not a known time zone.</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/settings/dialog.py" line="211"/>
        <source>The server address starts with http:// or https://.</source>
        <translation>The server address starts with http:// or https://.</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../streamer_desktop/desktop/shell/shortcuts.py" line="33"/>
        <location filename="../streamer_desktop/desktop/shell/shortcuts.py" line="35"/>
        <source>Keyboard shortcuts</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/shell/shortcuts.py" line="34"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/shell/shortcuts.py" line="34"/>
        <source>Keys</source>
        <translation>Keys</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/shell/shortcuts.py" line="37"/>
        <source>One row per action: what it does and the keys that do it.</source>
        <translation>One row per action: what it does and the keys that do it.</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/shell/shortcuts.py" line="38"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/shell/shortcuts.py" line="39"/>
        <source>Close the list of shortcuts.</source>
        <translation>Close the list of shortcuts.</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/shell/shortcuts.py" line="40"/>
        <source> or </source>
        <translation> or </translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../streamer_desktop/desktop/shell/sign_in.py" line="62"/>
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/shell/sign_in.py" line="63"/>
        <source>Service: {url}</source>
        <translation>Service: {url}</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/shell/sign_in.py" line="64"/>
        <location filename="../streamer_desktop/desktop/shell/sign_in.py" line="65"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/shell/sign_in.py" line="66"/>
        <location filename="../streamer_desktop/desktop/shell/sign_in.py" line="67"/>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/shell/sign_in.py" line="68"/>
        <source>The e-mail address you sign in with.</source>
        <translation>The e-mail address you sign in with.</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/shell/sign_in.py" line="69"/>
        <source>Your password for this service.</source>
        <translation>Your password for this service.</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/shell/sign_in.py" line="70"/>
        <source>Sign in with this e-mail and password.</source>
        <translation>Sign in with this e-mail and password.</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/shell/sign_in.py" line="71"/>
        <source>Close without signing in.</source>
        <translation>Close without signing in.</translation>
    </message>
</context>
<context>
    <name>SourcePreview</name>
    <message>
        <location filename="../streamer_desktop/desktop/stream/preview.py" line="52"/>
        <source>No camera was found on this computer.</source>
        <translation>No camera was found on this computer.</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/stream/preview.py" line="63"/>
        <source>The camera could not be opened ({error}).</source>
        <translation>The camera could not be opened ({error}).</translation>
    </message>
</context>
<context>
    <name>StreamBox</name>
    <message>
        <location filename="../streamer_desktop/desktop/stream/box.py" line="79"/>
        <source>Start stream</source>
        <translation>Start stream</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/stream/box.py" line="81"/>
        <source>Go live: the customer gets an e-mail with the link to join.</source>
        <translation>Go live: the customer gets an e-mail with the link to join.</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/stream/box.py" line="82"/>
        <source>Stream</source>
        <translation>Stream</translation>
    </message>
</context>
<context>
    <name>StreamControl</name>
    <message>
        <location filename="../streamer_desktop/desktop/stream/presenter.py" line="111"/>
        <source>This stream cannot start: the customer has not confirmed it.</source>
        <translation>This stream cannot start: the customer has not confirmed it.</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/stream/presenter.py" line="113"/>
        <source>This stream can start from ten minutes before its time.</source>
        <translation>This stream can start from ten minutes before its time.</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/stream/presenter.py" line="118"/>
        <source>Start the stream with {name} now? They get an e-mail with the link to join.</source>
        <translation>Start the stream with {name} now? They get an e-mail with the link to join.</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/stream/presenter.py" line="120"/>
        <source>Start stream</source>
        <translation>Start stream</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/stream/presenter.py" line="120"/>
        <source>Not yet</source>
        <translation>Not yet</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/stream/presenter.py" line="121"/>
        <source>Start the stream</source>
        <translation>Start the stream</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/stream/presenter.py" line="132"/>
        <source>End the stream with {name}? They see that it has ended.</source>
        <translation>End the stream with {name}? They see that it has ended.</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/stream/presenter.py" line="134"/>
        <source>End stream</source>
        <translation>End stream</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/stream/presenter.py" line="134"/>
        <source>Keep streaming</source>
        <translation>Keep streaming</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/stream/presenter.py" line="135"/>
        <source>End the stream</source>
        <translation>End the stream</translation>
    </message>
</context>
<context>
    <name>StreamScheduler</name>
    <message>
        <location filename="../streamer_desktop/desktop/schedule/presenter.py" line="107"/>
        <source>The service cannot be reached. Your choice is kept; try again when the connection is back.</source>
        <translation>The service cannot be reached. Your choice is kept; try again when the connection is back.</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/schedule/presenter.py" line="118"/>
        <source>another customer</source>
        <translation>another customer</translation>
    </message>
</context>
<context>
    <name>Texts</name>
    <message>
        <location filename="../streamer_desktop/desktop/texts.py" line="16"/>
        <source>awaiting the customer</source>
        <translation>awaiting the customer</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/texts.py" line="19"/>
        <source>confirmed</source>
        <translation>confirmed</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/texts.py" line="20"/>
        <source>live</source>
        <translation>live</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/texts.py" line="21"/>
        <source>completed</source>
        <translation>completed</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/texts.py" line="22"/>
        <source>cancelled</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/texts.py" line="23"/>
        <source>missed</source>
        <translation>missed</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/texts.py" line="29"/>
        <source>starts soon</source>
        <translation>starts soon</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/texts.py" line="30"/>
        <source>starting now: click to start</source>
        <translation>starting now: click to start</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/texts.py" line="31"/>
        <source>overdue</source>
        <translation>overdue</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/texts.py" line="32"/>
        <source>not confirmed by the customer</source>
        <translation>not confirmed by the customer</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/texts.py" line="33"/>
        <source>live now</source>
        <translation>live now</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/texts.py" line="49"/>
        <source>live since {time}</source>
        <translation>live since {time}</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/texts.py" line="53"/>
        <source>completed, {minutes} min</source>
        <translation>completed, {minutes} min</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/texts.py" line="58"/>
        <source>cancelled by the customer, {when}</source>
        <translation>cancelled by the customer, {when}</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/texts.py" line="60"/>
        <source>cancelled by you, {when}</source>
        <translation>cancelled by you, {when}</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/texts.py" line="68"/>
        <source>{mine} (customer {theirs}) · {status}</source>
        <translation>{mine} (customer {theirs}) · {status}</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/texts.py" line="82"/>
        <source>Stream proposed for {start}; waiting for the customer to confirm.</source>
        <translation>Stream proposed for {start}; waiting for the customer to confirm.</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/texts.py" line="85"/>
        <source>The customer confirmed the stream on {start}.</source>
        <translation>The customer confirmed the stream on {start}.</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/texts.py" line="88"/>
        <source>The customer declined the stream on {start}.</source>
        <translation>The customer declined the stream on {start}.</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/texts.py" line="91"/>
        <source>The stream on {start} was cancelled.</source>
        <translation>The stream on {start} was cancelled.</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/texts.py" line="94"/>
        <source>The stream started.</source>
        <translation>The stream started.</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/texts.py" line="95"/>
        <source>Stream ended, {minutes} min</source>
        <translation>Stream ended, {minutes} min</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/texts.py" line="97"/>
        <source>The stream on {start} was missed.</source>
        <translation>The stream on {start} was missed.</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/texts.py" line="100"/>
        <source>The request was handed to {name}; the customer was told.</source>
        <translation>The request was handed to {name}; the customer was told.</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/texts.py" line="133"/>
        <source>{mine} (customer {theirs})</source>
        <translation>{mine} (customer {theirs})</translation>
    </message>
</context>
<context>
    <name>TrayMenu</name>
    <message>
        <location filename="../streamer_desktop/desktop/shell/tray.py" line="40"/>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/shell/tray.py" line="41"/>
        <source>Pause notifications</source>
        <translation>Pause notifications</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/shell/tray.py" line="42"/>
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/shell/tray.py" line="44"/>
        <source>Streamer desktop</source>
        <translation>Streamer desktop</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <location filename="../streamer_desktop/desktop/workspace.py" line="134"/>
        <source>An update from the service could not be shown ({error}); everything was loaded again.</source>
        <translation>An update from the service could not be shown ({error}); everything was loaded again.</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/workspace.py" line="232"/>
        <source>The stream did not start.</source>
        <translation>The stream did not start.</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/workspace.py" line="245"/>
        <source>The stream is still live.</source>
        <translation>The stream is still live.</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/workspace.py" line="256"/>
        <source>This request has no stream to cancel.</source>
        <translation>This request has no stream to cancel.</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/workspace.py" line="259"/>
        <source>The service cannot be reached, so the stream was not cancelled. Your message is kept; try again when the connection is back.</source>
        <translation>The service cannot be reached, so the stream was not cancelled. Your message is kept; try again when the connection is back.</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/workspace.py" line="270"/>
        <source>The service cannot be reached. Try again when the connection is back.</source>
        <translation>The service cannot be reached. Try again when the connection is back.</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/workspace.py" line="283"/>
        <source>The service cannot be reached, so the request is still yours. Try again when the connection is back.</source>
        <translation>The service cannot be reached, so the request is still yours. Try again when the connection is back.</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/workspace.py" line="423"/>
        <source>The service cannot be reached. {outcome} Try again when the connection is back.</source>
        <translation>The service cannot be reached. {outcome} Try again when the connection is back.</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/workspace.py" line="425"/>
        <source>Your text is kept.</source>
        <translation>Your text is kept.</translation>
    </message>
</context>
</TS>
