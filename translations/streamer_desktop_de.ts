<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../streamer_desktop/desktop/shell/about.py" line="106"/>
        <source>About {app}</source>
        <translation>Über {app}</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/shell/about.py" line="109"/>
        <source>Python {python}, Qt {qt} (PySide6 {pyside}), on {system}.</source>
        <translation>Python {python}, Qt {qt} (PySide6 {pyside}), auf {system}.</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/shell/about.py" line="113"/>
        <source>It bundles these components, each under its own licence:</source>
        <translation>Enthaltene Komponenten, jede unter ihrer eigenen Lizenz:</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/shell/about.py" line="115"/>
        <source>Component</source>
        <translation>Komponente</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/shell/about.py" line="115"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/shell/about.py" line="115"/>
        <source>Licence</source>
        <translation>Lizenz</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/shell/about.py" line="116"/>
        <source>Bundled components and their licences</source>
        <translation>Enthaltene Komponenten und ihre Lizenzen</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/shell/about.py" line="118"/>
        <source>One row per component: its name, its version and its licence.</source>
        <translation>Eine Zeile je Komponente: Name, Version und Lizenz.</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/shell/about.py" line="119"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/shell/about.py" line="120"/>
        <source>Close this window.</source>
        <translation>Dieses Fenster schließen.</translation>
    </message>
</context>
<context>
    <name>Alerts</name>
    <message>
        <location filename="../streamer_desktop/desktop/shell/alerts.py" line="54"/>
        <source>Missed reminder: stream with {name}</source>
        <translation>Verpasste Erinnerung: Stream mit {name}</translation>
    </message>
    <message numerus="yes">
        <location filename="../streamer_desktop/desktop/shell/alerts.py" line="57"/>
        <source>Stream with {name} in %n minute(s)</source>
        <translation>
            <numerusform>Stream mit {name} in %n Minute</numerusform>
            <numerusform>Stream mit {name} in %n Minuten</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/shell/alerts.py" line="60"/>
        <source>Stream with {name} starts now</source>
        <translation>Stream mit {name} beginnt jetzt</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/shell/alerts.py" line="63"/>
        <source>Open it in Active to start.</source>
        <translation>Öffnen Sie ihn unter „Aktiv“, um zu starten.</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/shell/alerts.py" line="64"/>
        <source>The customer has not confirmed yet: it cannot start. Message them from the chat.</source>
        <translation>Der Kunde hat noch nicht bestätigt: Der Stream kann nicht starten. Schreiben Sie ihm im Chat.</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/shell/alerts.py" line="73"/>
        <source>New request from {name}</source>
        <translation>Neue Anfrage von {name}</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/shell/alerts.py" line="74"/>
        <source>Message from {name}</source>
        <translation>Nachricht von {name}</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/shell/alerts.py" line="75"/>
        <source>{name} confirmed the stream</source>
        <translation>{name} hat den Stream bestätigt</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/shell/alerts.py" line="76"/>
        <source>{name} cancelled the stream</source>
        <translation>{name} hat den Stream abgesagt</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/shell/alerts.py" line="77"/>
        <source>{name}&apos;s request was handed to you</source>
        <translation>Die Anfrage von {name} wurde Ihnen übergeben</translation>
    </message>
</context>
<context>
    <name>CancelStreamDialog</name>
    <message>
        <location filename="../streamer_desktop/desktop/stream/questions.py" line="67"/>
        <source>Cancel the stream</source>
        <translation>Stream absagen</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/stream/questions.py" line="69"/>
        <source>Cancel the stream with {name} on {when}? The customer is told in the chat and by e-mail.</source>
        <translation>Den Stream mit {name} am {when} absagen? Der Kunde erfährt es im Chat und per E-Mail.</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/stream/questions.py" line="71"/>
        <source>&amp;Message to the customer (optional):</source>
        <translation>&amp;Nachricht an den Kunden (freiwillig):</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/stream/questions.py" line="72"/>
        <source>Message to the customer</source>
        <translation>Nachricht an den Kunden</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/stream/questions.py" line="74"/>
        <source>For example: Sorry, something came up. Shall we find another time?</source>
        <translation>Zum Beispiel: Leider ist etwas dazwischengekommen. Finden wir eine andere Zeit?</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/stream/questions.py" line="75"/>
        <source>Cancel stream</source>
        <translation>Stream absagen</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/stream/questions.py" line="76"/>
        <source>Keep it</source>
        <translation>Behalten</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/stream/questions.py" line="78"/>
        <source>Sent to the customer with the cancellation, in the chat and by e-mail.</source>
        <translation>Geht mit der Absage an den Kunden, im Chat und per E-Mail.</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/stream/questions.py" line="80"/>
        <source>Cancel the stream; the customer is told.</source>
        <translation>Den Stream absagen; der Kunde wird informiert.</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/stream/questions.py" line="82"/>
        <source>Close this question; the stream stays booked.</source>
        <translation>Diese Frage schließen; der Stream bleibt gebucht.</translation>
    </message>
</context>
<context>
    <name>Cards</name>
    <message>
        <location filename="../streamer_desktop/desktop/requests/clock_texts.py" line="82"/>
        <source>{time} there</source>
        <translation>dort {time}</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/requests/model.py" line="71"/>
        <source>{count} unread</source>
        <translation>{count} ungelesen</translation>
    </message>
</context>
<context>
    <name>Chat</name>
    <message>
        <location filename="../streamer_desktop/desktop/chat/model.py" line="68"/>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/chat/model.py" line="70"/>
        <location filename="../streamer_desktop/desktop/requests/clock_texts.py" line="69"/>
        <source>Yesterday</source>
        <translation>Gestern</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/chat/model.py" line="77"/>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/chat/model.py" line="79"/>
        <source>You</source>
        <translation>Sie</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/chat/model.py" line="80"/>
        <source>Notice</source>
        <translation>Hinweis</translation>
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
        <translation>Stream vorgeschlagen</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/chat/delegate.py" line="82"/>
        <source>Stream confirmed</source>
        <translation>Stream bestätigt</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/chat/delegate.py" line="256"/>
        <source>Actions ▾</source>
        <translation>Aktionen ▾</translation>
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
        <translation>Überfällig</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/texts.py" line="115"/>
        <source>Not confirmed</source>
        <translation>Nicht bestätigt</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/texts.py" line="116"/>
        <source>Starting now</source>
        <translation>Beginnt jetzt</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/texts.py" line="117"/>
        <source>Soon</source>
        <translation>Bald</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/texts.py" line="123"/>
        <source>Awaiting confirmation</source>
        <translation>Wartet auf Bestätigung</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/texts.py" line="124"/>
        <source>Confirmed</source>
        <translation>Bestätigt</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/texts.py" line="125"/>
        <source>Completed</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/texts.py" line="126"/>
        <source>Cancelled</source>
        <translation>Abgesagt</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/texts.py" line="127"/>
        <source>Missed</source>
        <translation>Verpasst</translation>
    </message>
</context>
<context>
    <name>DesktopApp</name>
    <message>
        <location filename="../streamer_desktop/desktop/shell/app.py" line="153"/>
        <source>Streamer desktop</source>
        <translation>Streamer-Desktop</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/shell/app.py" line="199"/>
        <source>The service cannot be reached. Trying again in {seconds} s…</source>
        <translation>Der Dienst ist nicht erreichbar. Neuer Versuch in {seconds} s…</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/shell/session.py" line="82"/>
        <source>Your session has ended. Please sign in again.</source>
        <translation>Ihre Sitzung ist abgelaufen. Bitte melden Sie sich erneut an.</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/shell/session.py" line="108"/>
        <source>The service cannot be reached. Check the address and your connection.</source>
        <translation>Der Dienst ist nicht erreichbar. Prüfen Sie die Adresse und Ihre Verbindung.</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/shell/session.py" line="114"/>
        <source>No keyring works on this computer: you stay signed in until you quit.</source>
        <translation>Auf diesem Computer funktioniert kein Schlüsselbund: Sie bleiben angemeldet, bis Sie das Programm beenden.</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/settings/presenter.py" line="48"/>
        <source>The preview is off while you are live: the stream has the camera.</source>
        <translation>Die Vorschau ist aus, solange Sie live sind: Der Stream nutzt die Kamera.</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/shell/session.py" line="75"/>
        <source>You are signed out.</source>
        <translation>Sie sind abgemeldet.</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/shell/app.py" line="380"/>
        <source>The service cannot be reached.</source>
        <translation>Der Dienst ist nicht erreichbar.</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/shell/app.py" line="384"/>
        <source>Something went wrong: {error}</source>
        <translation>Etwas ist schiefgelaufen: {error}</translation>
    </message>
</context>
<context>
    <name>HandOver</name>
    <message>
        <location filename="../streamer_desktop/desktop/team/handover.py" line="171"/>
        <source>{customer}&apos;s request is now with {name}.</source>
        <translation>Die Anfrage von {customer} liegt jetzt bei {name}.</translation>
    </message>
</context>
<context>
    <name>HandOverDialog</name>
    <message>
        <location filename="../streamer_desktop/desktop/team/handover.py" line="77"/>
        <source>Hand over to a colleague</source>
        <translation>An eine Kollegin oder einen Kollegen übergeben</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/team/handover.py" line="79"/>
        <source>No colleague works in this shop yet.</source>
        <translation>In diesem Shop arbeitet noch niemand sonst.</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/team/handover.py" line="82"/>
        <source>Hand {name}&apos;s request to &amp;whom? The chat and any stream not yet started go along; {name} is told in the chat.</source>
        <translation>An &amp;wen soll die Anfrage von {name} gehen? Der Chat und ein noch nicht begonnener Stream gehen mit; {name} erfährt es im Chat.</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/team/handover.py" line="86"/>
        <source>No colleague is online right now, so {name}&apos;s request stays with you.</source>
        <translation>Gerade ist niemand online, daher bleibt die Anfrage von {name} bei Ihnen.</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/team/handover.py" line="96"/>
        <source>Colleagues</source>
        <translation>Kolleginnen und Kollegen</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/team/handover.py" line="98"/>
        <source>Your shop&apos;s streamers; only those online can take the request.</source>
        <translation>Die Streamer Ihres Shops; nur wer online ist, kann die Anfrage übernehmen.</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/team/handover.py" line="99"/>
        <source>Hand over</source>
        <translation>Übergeben</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/team/handover.py" line="101"/>
        <source>Give the request to the chosen colleague; it leaves your list.</source>
        <translation>Die Anfrage an die gewählte Person übergeben; sie verschwindet aus Ihrer Liste.</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/team/handover.py" line="102"/>
        <source>Keep it</source>
        <translation>Behalten</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/team/handover.py" line="104"/>
        <source>Close this question; the request stays with you.</source>
        <translation>Diese Frage schließen; die Anfrage bleibt bei Ihnen.</translation>
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
            <numerusform>%n offene Anfrage</numerusform>
            <numerusform>%n offene Anfragen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/team/handover.py" line="129"/>
        <source>Choose a colleague who is online.</source>
        <translation>Wählen Sie jemanden, der online ist.</translation>
    </message>
</context>
<context>
    <name>LiveVideo</name>
    <message>
        <location filename="../streamer_desktop/desktop/stream/live_video.py" line="136"/>
        <source>No camera was found on this computer. Connect one and choose it in Settings, or show the test picture.</source>
        <translation>An diesem Computer wurde keine Kamera gefunden. Schließen Sie eine an und wählen Sie sie in den Einstellungen, oder zeigen Sie das Testbild.</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/stream/live_video.py" line="157"/>
        <source>The camera could not be opened ({error}).</source>
        <translation>Die Kamera konnte nicht geöffnet werden ({error}).</translation>
    </message>
</context>
<context>
    <name>LiveView</name>
    <message>
        <location filename="../streamer_desktop/desktop/stream/box.py" line="171"/>
        <source>Live with {name}</source>
        <translation>Live mit {name}</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/stream/box.py" line="173"/>
        <source>The customer watches on the stream page from their e-mail link, with this chat beside the picture. Your messages reach them at once.</source>
        <translation>Der Kunde schaut auf der Stream-Seite aus seinem E-Mail-Link zu, mit diesem Chat neben dem Bild. Ihre Nachrichten erreichen ihn sofort.</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/stream/box.py" line="175"/>
        <source>End stream</source>
        <translation>Stream beenden</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/stream/box.py" line="177"/>
        <source>End the stream; the customer sees that it has ended.</source>
        <translation>Den Stream beenden; der Kunde sieht, dass er vorbei ist.</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/stream/box.py" line="178"/>
        <source>Camera off</source>
        <translation>Kamera aus</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/stream/box.py" line="179"/>
        <source>Turn camera off</source>
        <translation>Kamera ausschalten</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/stream/box.py" line="181"/>
        <source>Microphone off</source>
        <translation>Mikrofon aus</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/stream/box.py" line="182"/>
        <source>Turn microphone off</source>
        <translation>Mikrofon ausschalten</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/stream/box.py" line="183"/>
        <source>Use the test picture</source>
        <translation>Testbild verwenden</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/stream/box.py" line="184"/>
        <source>What the customer sees</source>
        <translation>Was der Kunde sieht</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/stream/box.py" line="186"/>
        <source>Starting the camera…</source>
        <translation>Kamera startet …</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/stream/box.py" line="188"/>
        <source>Live stream</source>
        <translation>Laufender Stream</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/stream/box.py" line="194"/>
        <source>Waiting for {name} to open the stream page…</source>
        <translation>Warten, bis {name} die Stream-Seite öffnet …</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/stream/box.py" line="195"/>
        <source>{name} is joining…</source>
        <translation>{name} kommt dazu …</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/stream/box.py" line="196"/>
        <source>{name} is watching.</source>
        <translation>{name} sieht zu.</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/stream/box.py" line="197"/>
        <source>{name}&apos;s connection dropped; reconnecting…</source>
        <translation>Die Verbindung von {name} ist abgebrochen; sie wird wiederhergestellt …</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/stream/box.py" line="198"/>
        <source>{name} left the stream page.</source>
        <translation>{name} hat die Stream-Seite verlassen.</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/stream/box.py" line="221"/>
        <source>No picture</source>
        <translation>Kein Bild</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/stream/box.py" line="268"/>
        <source>Live for {elapsed}</source>
        <translation>Live seit {elapsed}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../streamer_desktop/desktop/shell/main_window.py" line="309"/>
        <source>Streamer desktop</source>
        <translation>Streamer-Desktop</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/shell/main_window.py" line="310"/>
        <source>My workplace</source>
        <translation>Mein Arbeitsplatz</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/shell/main_window.py" line="311"/>
        <location filename="../streamer_desktop/desktop/shell/main_window.py" line="312"/>
        <source>More actions</source>
        <translation>Weitere Aktionen</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/shell/actions.py" line="61"/>
        <source>Schedule a stream</source>
        <translation>Stream planen</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/shell/actions.py" line="95"/>
        <source>Settings…</source>
        <translation>Einstellungen…</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/shell/main_window.py" line="313"/>
        <source>Help</source>
        <translation>Hilfe</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/shell/actions.py" line="102"/>
        <source>Open the demo shop (customer&apos;s view)</source>
        <translation>Demo-Shop öffnen (Sicht der Kunden)</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/shell/actions.py" line="106"/>
        <source>Open the folder of customer e-mails</source>
        <translation>Ordner der Kunden-E-Mails öffnen</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/shell/actions.py" line="70"/>
        <location filename="../streamer_desktop/desktop/shell/main_window.py" line="353"/>
        <source>Move the stream to another time; the customer is asked to confirm it.</source>
        <translation>Den Stream auf eine andere Zeit verlegen; der Kunde wird um Bestätigung gebeten.</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/shell/actions.py" line="75"/>
        <source>Cancel stream…</source>
        <translation>Stream absagen…</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/shell/actions.py" line="76"/>
        <source>Cancel the stream; you can add a message to the customer.</source>
        <translation>Den Stream absagen; Sie können dem Kunden eine Nachricht mitgeben.</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/shell/actions.py" line="81"/>
        <source>Write to the customer of the open chat.</source>
        <translation>Dem Kunden des geöffneten Chats schreiben.</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/shell/actions.py" line="85"/>
        <source>Hand over to a colleague…</source>
        <translation>An Kollegen übergeben…</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/shell/actions.py" line="86"/>
        <source>Give the request, its chat and its stream to a colleague who is online; the customer is told.</source>
        <translation>Die Anfrage mit Chat und Stream an jemanden übergeben, der online ist; der Kunde wird informiert.</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/shell/actions.py" line="64"/>
        <source>Start stream</source>
        <translation>Stream starten</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/shell/actions.py" line="65"/>
        <source>Go live: the customer gets an e-mail with the link to join.</source>
        <translation>Live gehen: Der Kunde erhält eine E-Mail mit dem Link zur Teilnahme.</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/shell/actions.py" line="92"/>
        <location filename="../streamer_desktop/desktop/shell/main_window.py" line="316"/>
        <source>Find a request</source>
        <translation>Anfrage suchen</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/shell/actions.py" line="118"/>
        <source>Next request</source>
        <translation>Nächste Anfrage</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/shell/actions.py" line="121"/>
        <source>Previous request</source>
        <translation>Vorherige Anfrage</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/shell/actions.py" line="98"/>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/shell/actions.py" line="109"/>
        <source>About Streamer desktop</source>
        <translation>Über Streamer desktop</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/shell/main_window.py" line="315"/>
        <source>Find a customer or message</source>
        <translation>Kunde oder Nachricht suchen</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/shell/main_window.py" line="318"/>
        <source>Shows only the requests whose customer, stream or last message holds what you type. ↓ goes to the first one; Escape clears.</source>
        <translation>Zeigt nur die Anfragen, deren Kunde, Stream oder letzte Nachricht das Eingegebene enthält. ↓ springt zur ersten; Escape leert das Feld.</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/shell/main_window.py" line="321"/>
        <source>No request matches your search.</source>
        <translation>Keine Anfrage passt zu Ihrer Suche.</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/shell/actions.py" line="112"/>
        <source>Sign out</source>
        <translation>Abmelden</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/shell/actions.py" line="115"/>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/shell/main_window.py" line="324"/>
        <location filename="../streamer_desktop/desktop/shell/main_window.py" line="410"/>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/shell/main_window.py" line="323"/>
        <location filename="../streamer_desktop/desktop/shell/main_window.py" line="327"/>
        <source>My requests</source>
        <translation>Meine Anfragen</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/shell/main_window.py" line="326"/>
        <source>Nothing to start right now. A scheduled stream appears here at its start time.</source>
        <translation>Gerade ist nichts zu starten. Ein geplanter Stream erscheint hier zu seiner Startzeit.</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/shell/main_window.py" line="329"/>
        <source>No requests yet. Customers reach you from the chat on the shop&apos;s site.</source>
        <translation>Noch keine Anfragen. Kunden erreichen Sie über den Chat auf der Website des Shops.</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/shell/main_window.py" line="366"/>
        <source>Loading your requests…</source>
        <translation>Ihre Anfragen werden geladen…</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/shell/main_window.py" line="331"/>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/shell/main_window.py" line="332"/>
        <source>Write a message…</source>
        <translation>Nachricht schreiben…</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/shell/main_window.py" line="333"/>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/shell/main_window.py" line="334"/>
        <location filename="../streamer_desktop/desktop/shell/main_window.py" line="338"/>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/shell/main_window.py" line="339"/>
        <source>Send the message to the customer.</source>
        <translation>Die Nachricht an den Kunden senden.</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/shell/main_window.py" line="341"/>
        <source>What you write to the customer of the open chat. Return sends it.</source>
        <translation>Was Sie dem Kunden des geöffneten Chats schreiben. Eingabe sendet es.</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/shell/main_window.py" line="343"/>
        <source>Streams that can start now. Return or a click on one starts it.</source>
        <translation>Streams, die jetzt beginnen können. Eingabe oder ein Klick startet einen.</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/shell/main_window.py" line="345"/>
        <source>Your customers&apos; requests, the most urgent first. The chat shows the selected one; Alt+Down and Alt+Up move between them from anywhere.</source>
        <translation>Die Anfragen Ihrer Kunden, die dringendste zuerst. Der Chat zeigt die ausgewählte; Alt+Ab und Alt+Auf wechseln von überall zwischen ihnen.</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/shell/main_window.py" line="348"/>
        <source>The conversation with the customer, oldest first. A stream&apos;s box offers what can be done with the stream.</source>
        <translation>Das Gespräch mit dem Kunden, das Älteste zuerst. Das Feld eines Streams bietet an, was mit ihm möglich ist.</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/shell/main_window.py" line="351"/>
        <source>Write to the customer about the overdue stream.</source>
        <translation>Dem Kunden wegen des überfälligen Streams schreiben.</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/shell/main_window.py" line="409"/>
        <source>Active · nothing to start now</source>
        <translation>Aktiv · gerade nichts zu starten</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/shell/main_window.py" line="520"/>
        <source>This stream is overdue: the customer is waiting.</source>
        <translation>Dieser Stream ist überfällig: Der Kunde wartet.</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/shell/main_window.py" line="522"/>
        <source>The start time has come, but the customer has not confirmed this stream.</source>
        <translation>Die Startzeit ist da, aber der Kunde hat diesen Stream nicht bestätigt.</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/shell/actions.py" line="80"/>
        <location filename="../streamer_desktop/desktop/shell/main_window.py" line="336"/>
        <source>Message the customer</source>
        <translation>Kunden anschreiben</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/shell/actions.py" line="69"/>
        <location filename="../streamer_desktop/desktop/shell/main_window.py" line="337"/>
        <source>Reschedule…</source>
        <translation>Verschieben…</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/shell/main_window.py" line="355"/>
        <location filename="../streamer_desktop/desktop/shell/main_window.py" line="504"/>
        <source>Select a request to see its chat.</source>
        <translation>Wählen Sie eine Anfrage, um ihren Chat zu sehen.</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/shell/main_window.py" line="370"/>
        <source>Offline: reconnecting… The lists show the last known state.</source>
        <translation>Offline: Verbindung wird wiederhergestellt… Die Listen zeigen den letzten bekannten Stand.</translation>
    </message>
</context>
<context>
    <name>ScheduleDialog</name>
    <message>
        <location filename="../streamer_desktop/desktop/schedule/dialog.py" line="267"/>
        <source>Start time</source>
        <translation>Startzeit</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/schedule/dialog.py" line="267"/>
        <source>Your time</source>
        <translation>Ihre Zeit</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/schedule/dialog.py" line="292"/>
        <source>Use {time}</source>
        <translation>{time} nehmen</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/schedule/texts.py" line="18"/>
        <source>{h} h {m} min</source>
        <translation>{h} Std. {m} Min.</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/schedule/texts.py" line="22"/>
        <source>{h} h</source>
        <translation>{h} Std.</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/schedule/texts.py" line="23"/>
        <source>{m} min</source>
        <translation>{m} Min.</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/schedule/texts.py" line="29"/>
        <source>“{typed}” is not a time. Type it like {example}.</source>
        <translation>„{typed}“ ist keine Uhrzeit. Schreiben Sie sie etwa so: {example}.</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/schedule/texts.py" line="36"/>
        <source>on {day}</source>
        <translation>am {day}</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/schedule/texts.py" line="42"/>
        <source>The customer is {span} ahead of you.</source>
        <translation>Beim Kunden ist es {span} später als bei Ihnen.</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/schedule/texts.py" line="46"/>
        <source>The customer is {span} behind you.</source>
        <translation>Beim Kunden ist es {span} früher als bei Ihnen.</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/schedule/texts.py" line="49"/>
        <source>You and the customer have the same time.</source>
        <translation>Sie und der Kunde haben dieselbe Uhrzeit.</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/schedule/texts.py" line="53"/>
        <source>You: {mine} · Customer: {theirs}</source>
        <translation>Sie: {mine} · Kunde: {theirs}</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/schedule/texts.py" line="61"/>
        <source>forward</source>
        <translation>vor</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/schedule/texts.py" line="63"/>
        <source>back</source>
        <translation>zurück</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/schedule/texts.py" line="65"/>
        <source>Before the stream, clocks in {zone} go {direction} {span} on {when}.</source>
        <translation>Vor dem Stream werden die Uhren in {zone} am {when} um {span} {direction}gestellt.</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/schedule/texts.py" line="76"/>
        <source>{time} does not exist in {zone} on {day}: the clocks jump forward. The nearest valid times are {before} and {after}.</source>
        <translation>{time} gibt es am {day} in {zone} nicht: Die Uhren springen vor. Die nächsten gültigen Zeiten sind {before} und {after}.</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/schedule/texts.py" line="96"/>
        <source>{time} happens twice in {zone} on {day}: the clocks go back. Which one do you mean?</source>
        <translation>{time} gibt es am {day} in {zone} zweimal: Die Uhren werden zurückgestellt. Welche meinen Sie?</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/schedule/texts.py" line="109"/>
        <source>The first, before the switch ({offset})</source>
        <translation>Die erste, vor der Umstellung ({offset})</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/schedule/texts.py" line="111"/>
        <source>The second, after the switch ({offset})</source>
        <translation>Die zweite, nach der Umstellung ({offset})</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/schedule/texts.py" line="117"/>
        <source>late at night</source>
        <translation>spät in der Nacht</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/schedule/texts.py" line="119"/>
        <source>early in the morning</source>
        <translation>früh am Morgen</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/schedule/texts.py" line="121"/>
        <source>It will be {time} for the customer: {part} in their time zone.</source>
        <translation>Beim Kunden ist es dann {time}: {part} in seiner Zeitzone.</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/schedule/texts.py" line="129"/>
        <source>This overlaps your stream with {name}, {start}–{end}.</source>
        <translation>Das überschneidet sich mit Ihrem Stream mit {name}, {start}–{end}.</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/schedule/texts.py" line="133"/>
        <source>The nearest free start is {free}.</source>
        <translation>Der nächste freie Beginn ist {free}.</translation>
    </message>
</context>
<context>
    <name>ScheduleForm</name>
    <message>
        <location filename="../streamer_desktop/desktop/schedule/form.py" line="162"/>
        <source>Reschedule the stream with {name}</source>
        <translation>Stream mit {name} verlegen</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/schedule/form.py" line="163"/>
        <source>Schedule a stream with {name}</source>
        <translation>Stream mit {name} planen</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/schedule/form.py" line="164"/>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/schedule/form.py" line="165"/>
        <source>Tomorrow</source>
        <translation>Morgen</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/schedule/form.py" line="166"/>
        <source>The day after tomorrow</source>
        <translation>Übermorgen</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/schedule/form.py" line="167"/>
        <location filename="../streamer_desktop/desktop/schedule/form.py" line="168"/>
        <source>Customer time</source>
        <translation>Zeit des Kunden</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/schedule/form.py" line="169"/>
        <source>Duration (min)</source>
        <translation>Dauer (Min.)</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/schedule/form.py" line="170"/>
        <source>Duration in minutes</source>
        <translation>Dauer in Minuten</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/schedule/form.py" line="171"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/schedule/form.py" line="172"/>
        <source>Use the nearest free start</source>
        <translation>Nächsten freien Beginn nehmen</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/schedule/form.py" line="173"/>
        <source>This time has already passed. Please pick a later time.</source>
        <translation>Diese Zeit ist schon vorbei. Bitte wählen Sie eine spätere.</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/schedule/form.py" line="175"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/schedule/form.py" line="176"/>
        <source>Reschedule</source>
        <translation>Verschieben</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/schedule/form.py" line="177"/>
        <source>Schedule</source>
        <translation>Planen</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/schedule/form.py" line="179"/>
        <source>The day of the stream.</source>
        <translation>Der Tag des Streams.</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/schedule/form.py" line="180"/>
        <source>Set the date to today.</source>
        <translation>Das Datum auf heute setzen.</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/schedule/form.py" line="181"/>
        <source>Set the date to tomorrow.</source>
        <translation>Das Datum auf morgen setzen.</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/schedule/form.py" line="182"/>
        <source>Set the date to the day after tomorrow.</source>
        <translation>Das Datum auf übermorgen setzen.</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/schedule/form.py" line="184"/>
        <source>The start on your clock; the customer&apos;s time follows it.</source>
        <translation>Der Beginn auf Ihrer Uhr; die Zeit des Kunden folgt ihm.</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/schedule/form.py" line="186"/>
        <source>The start on the customer&apos;s clock; your time follows it.</source>
        <translation>Der Beginn auf der Uhr des Kunden; Ihre Zeit folgt ihm.</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/schedule/form.py" line="187"/>
        <source>How long the stream lasts, in minutes.</source>
        <translation>Wie lange der Stream dauert, in Minuten.</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/schedule/form.py" line="189"/>
        <source>Take the time just before the clocks go forward.</source>
        <translation>Die Zeit kurz vor der Zeitumstellung nehmen.</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/schedule/form.py" line="190"/>
        <source>Take the time just after the clocks go forward.</source>
        <translation>Die Zeit kurz nach der Zeitumstellung nehmen.</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/schedule/form.py" line="192"/>
        <source>Take the first of the two times the clocks show twice.</source>
        <translation>Die erste der beiden Zeiten nehmen, die die Uhr zweimal zeigt.</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/schedule/form.py" line="194"/>
        <source>Take the second of the two times the clocks show twice.</source>
        <translation>Die zweite der beiden Zeiten nehmen, die die Uhr zweimal zeigt.</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/schedule/form.py" line="196"/>
        <source>Move the start to the first time that is free of your other streams.</source>
        <translation>Den Beginn auf die erste Zeit legen, die von Ihren anderen Streams frei ist.</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/schedule/form.py" line="197"/>
        <source>Close without booking anything.</source>
        <translation>Schließen, ohne etwas zu buchen.</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/schedule/form.py" line="199"/>
        <source>Move the stream; the customer is asked to confirm the new time.</source>
        <translation>Den Stream verlegen; der Kunde wird gebeten, die neue Zeit zu bestätigen.</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/schedule/form.py" line="201"/>
        <source>Book the stream and ask the customer to confirm it.</source>
        <translation>Den Stream buchen und den Kunden um Bestätigung bitten.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../streamer_desktop/desktop/settings/dialog.py" line="100"/>
        <source>System language</source>
        <translation>Sprache des Systems</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/settings/dialog.py" line="138"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/settings/dialog.py" line="139"/>
        <source>&amp;Server address (used from the next start)</source>
        <translation>&amp;Serveradresse (gilt ab dem nächsten Start)</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/settings/dialog.py" line="139"/>
        <source>&amp;Time zone</source>
        <translation>&amp;Zeitzone</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/settings/dialog.py" line="140"/>
        <source>&amp;Notifications</source>
        <translation>&amp;Benachrichtigungen</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/settings/dialog.py" line="140"/>
        <source>&amp;Language</source>
        <translation>S&amp;prache</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/settings/dialog.py" line="140"/>
        <source>&amp;Appearance</source>
        <translation>&amp;Erscheinungsbild</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/settings/dialog.py" line="141"/>
        <source>&amp;Camera</source>
        <translation>&amp;Kamera</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/settings/dialog.py" line="142"/>
        <source>The first camera found</source>
        <translation>Die erste gefundene Kamera</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/settings/dialog.py" line="145"/>
        <source>Test picture (a moving pattern with a clock, and a tick)</source>
        <translation>Testbild (ein bewegtes Muster mit Uhr, dazu ein Ticken)</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/settings/dialog.py" line="146"/>
        <source>Camera preview</source>
        <translation>Kameravorschau</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/settings/dialog.py" line="148"/>
        <source>Starting the camera…</source>
        <translation>Kamera startet …</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/settings/dialog.py" line="149"/>
        <source>As the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/settings/dialog.py" line="149"/>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/settings/dialog.py" line="150"/>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/settings/dialog.py" line="154"/>
        <source>Show reminders and new messages</source>
        <translation>Erinnerungen und neue Nachrichten anzeigen</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/settings/dialog.py" line="155"/>
        <source>Empty: the service inside this app</source>
        <translation>Leer: der Dienst in dieser App</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/settings/dialog.py" line="160"/>
        <source>The address of the shop&apos;s sync service; empty runs the service inside this app.</source>
        <translation>Die Adresse des Sync-Dienstes des Shops; leer startet den Dienst in dieser App.</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/settings/dialog.py" line="163"/>
        <source>The zone your times are shown and booked in.</source>
        <translation>Die Zeitzone, in der Ihre Zeiten gezeigt und gebucht werden.</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/settings/dialog.py" line="165"/>
        <source>Pop-ups for stream reminders and for customers&apos; messages while the window is in the background.</source>
        <translation>Hinweise zu Stream-Erinnerungen und Kundennachrichten, während das Fenster im Hintergrund ist.</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/settings/dialog.py" line="167"/>
        <source>The language of the app.</source>
        <translation>Die Sprache der App.</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/settings/dialog.py" line="169"/>
        <source>Light or dark, or as the system is set.</source>
        <translation>Hell oder dunkel, oder wie im System eingestellt.</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/settings/dialog.py" line="171"/>
        <source>What your live streams show; the preview below shows it now.</source>
        <translation>Was Ihre Live-Streams zeigen; die Vorschau darunter zeigt es jetzt.</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/settings/dialog.py" line="172"/>
        <source>Keep these settings and close.</source>
        <translation>Diese Einstellungen übernehmen und schließen.</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/settings/dialog.py" line="173"/>
        <source>Close without changing anything.</source>
        <translation>Schließen, ohne etwas zu ändern.</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/settings/dialog.py" line="206"/>
        <source>&apos;{zone}&apos; is not a known time zone.</source>
        <translation>„{zone}“ ist keine bekannte Zeitzone.</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/settings/dialog.py" line="211"/>
        <source>The server address starts with http:// or https://.</source>
        <translation>Die Serveradresse beginnt mit http:// oder https://.</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../streamer_desktop/desktop/shell/shortcuts.py" line="33"/>
        <location filename="../streamer_desktop/desktop/shell/shortcuts.py" line="35"/>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/shell/shortcuts.py" line="34"/>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/shell/shortcuts.py" line="34"/>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/shell/shortcuts.py" line="37"/>
        <source>One row per action: what it does and the keys that do it.</source>
        <translation>Eine Zeile je Aktion: was sie tut und mit welchen Tasten.</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/shell/shortcuts.py" line="38"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/shell/shortcuts.py" line="39"/>
        <source>Close the list of shortcuts.</source>
        <translation>Die Liste der Tastenkürzel schließen.</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/shell/shortcuts.py" line="40"/>
        <source> or </source>
        <translation> oder </translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../streamer_desktop/desktop/shell/sign_in.py" line="62"/>
        <source>Sign in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/shell/sign_in.py" line="63"/>
        <source>Service: {url}</source>
        <translation>Dienst: {url}</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/shell/sign_in.py" line="64"/>
        <location filename="../streamer_desktop/desktop/shell/sign_in.py" line="65"/>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/shell/sign_in.py" line="66"/>
        <location filename="../streamer_desktop/desktop/shell/sign_in.py" line="67"/>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/shell/sign_in.py" line="68"/>
        <source>The e-mail address you sign in with.</source>
        <translation>Die E-Mail-Adresse, mit der Sie sich anmelden.</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/shell/sign_in.py" line="69"/>
        <source>Your password for this service.</source>
        <translation>Ihr Passwort für diesen Dienst.</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/shell/sign_in.py" line="70"/>
        <source>Sign in with this e-mail and password.</source>
        <translation>Mit dieser E-Mail und diesem Passwort anmelden.</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/shell/sign_in.py" line="71"/>
        <source>Close without signing in.</source>
        <translation>Schließen, ohne sich anzumelden.</translation>
    </message>
</context>
<context>
    <name>SourcePreview</name>
    <message>
        <location filename="../streamer_desktop/desktop/stream/preview.py" line="52"/>
        <source>No camera was found on this computer.</source>
        <translation>An diesem Computer wurde keine Kamera gefunden.</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/stream/preview.py" line="63"/>
        <source>The camera could not be opened ({error}).</source>
        <translation>Die Kamera konnte nicht geöffnet werden ({error}).</translation>
    </message>
</context>
<context>
    <name>StreamBox</name>
    <message>
        <location filename="../streamer_desktop/desktop/stream/box.py" line="79"/>
        <source>Start stream</source>
        <translation>Stream starten</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/stream/box.py" line="81"/>
        <source>Go live: the customer gets an e-mail with the link to join.</source>
        <translation>Live gehen: Der Kunde erhält eine E-Mail mit dem Link zur Teilnahme.</translation>
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
        <translation>Dieser Stream kann nicht starten: Der Kunde hat ihn nicht bestätigt.</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/stream/presenter.py" line="113"/>
        <source>This stream can start from ten minutes before its time.</source>
        <translation>Dieser Stream kann ab zehn Minuten vor Beginn gestartet werden.</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/stream/presenter.py" line="118"/>
        <source>Start the stream with {name} now? They get an e-mail with the link to join.</source>
        <translation>Den Stream mit {name} jetzt starten? Der Kunde erhält eine E-Mail mit dem Link zur Teilnahme.</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/stream/presenter.py" line="120"/>
        <source>Start stream</source>
        <translation>Stream starten</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/stream/presenter.py" line="120"/>
        <source>Not yet</source>
        <translation>Noch nicht</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/stream/presenter.py" line="121"/>
        <source>Start the stream</source>
        <translation>Stream starten</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/stream/presenter.py" line="132"/>
        <source>End the stream with {name}? They see that it has ended.</source>
        <translation>Den Stream mit {name} beenden? Der Kunde sieht, dass er zu Ende ist.</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/stream/presenter.py" line="134"/>
        <source>End stream</source>
        <translation>Stream beenden</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/stream/presenter.py" line="134"/>
        <source>Keep streaming</source>
        <translation>Weiter streamen</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/stream/presenter.py" line="135"/>
        <source>End the stream</source>
        <translation>Stream beenden</translation>
    </message>
</context>
<context>
    <name>StreamScheduler</name>
    <message>
        <location filename="../streamer_desktop/desktop/schedule/presenter.py" line="107"/>
        <source>The service cannot be reached. Your choice is kept; try again when the connection is back.</source>
        <translation>Der Dienst ist nicht erreichbar. Ihre Auswahl bleibt erhalten; versuchen Sie es erneut, wenn die Verbindung zurück ist.</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/schedule/presenter.py" line="118"/>
        <source>another customer</source>
        <translation>einem anderen Kunden</translation>
    </message>
</context>
<context>
    <name>Texts</name>
    <message>
        <location filename="../streamer_desktop/desktop/texts.py" line="16"/>
        <source>awaiting the customer</source>
        <translation>wartet auf den Kunden</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/texts.py" line="19"/>
        <source>confirmed</source>
        <translation>bestätigt</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/texts.py" line="20"/>
        <source>live</source>
        <translation>live</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/texts.py" line="21"/>
        <source>completed</source>
        <translation>beendet</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/texts.py" line="22"/>
        <source>cancelled</source>
        <translation>abgesagt</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/texts.py" line="23"/>
        <source>missed</source>
        <translation>verpasst</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/texts.py" line="29"/>
        <source>starts soon</source>
        <translation>beginnt bald</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/texts.py" line="30"/>
        <source>starting now: click to start</source>
        <translation>beginnt jetzt: zum Starten klicken</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/texts.py" line="31"/>
        <source>overdue</source>
        <translation>überfällig</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/texts.py" line="32"/>
        <source>not confirmed by the customer</source>
        <translation>vom Kunden nicht bestätigt</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/texts.py" line="33"/>
        <source>live now</source>
        <translation>jetzt live</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/texts.py" line="49"/>
        <source>live since {time}</source>
        <translation>live seit {time}</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/texts.py" line="53"/>
        <source>completed, {minutes} min</source>
        <translation>beendet, {minutes} Min.</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/texts.py" line="58"/>
        <source>cancelled by the customer, {when}</source>
        <translation>vom Kunden abgesagt, {when}</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/texts.py" line="60"/>
        <source>cancelled by you, {when}</source>
        <translation>von Ihnen abgesagt, {when}</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/texts.py" line="68"/>
        <source>{mine} (customer {theirs}) · {status}</source>
        <translation>{mine} (Kunde {theirs}) · {status}</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/texts.py" line="82"/>
        <source>Stream proposed for {start}; waiting for the customer to confirm.</source>
        <translation>Stream für {start} vorgeschlagen; wartet auf die Bestätigung des Kunden.</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/texts.py" line="85"/>
        <source>The customer confirmed the stream on {start}.</source>
        <translation>Der Kunde hat den Stream am {start} bestätigt.</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/texts.py" line="88"/>
        <source>The customer declined the stream on {start}.</source>
        <translation>Der Kunde hat den Stream am {start} abgelehnt.</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/texts.py" line="91"/>
        <source>The stream on {start} was cancelled.</source>
        <translation>Der Stream am {start} wurde abgesagt.</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/texts.py" line="94"/>
        <source>The stream started.</source>
        <translation>Der Stream hat begonnen.</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/texts.py" line="95"/>
        <source>Stream ended, {minutes} min</source>
        <translation>Stream beendet, {minutes} Min.</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/texts.py" line="97"/>
        <source>The stream on {start} was missed.</source>
        <translation>Der Stream am {start} wurde verpasst.</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/texts.py" line="100"/>
        <source>The request was handed to {name}; the customer was told.</source>
        <translation>Die Anfrage wurde an {name} übergeben; der Kunde wurde informiert.</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/texts.py" line="133"/>
        <source>{mine} (customer {theirs})</source>
        <translation>{mine} (Kunde {theirs})</translation>
    </message>
</context>
<context>
    <name>TrayMenu</name>
    <message>
        <location filename="../streamer_desktop/desktop/shell/tray.py" line="40"/>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/shell/tray.py" line="41"/>
        <source>Pause notifications</source>
        <translation>Benachrichtigungen pausieren</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/shell/tray.py" line="42"/>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/shell/tray.py" line="44"/>
        <source>Streamer desktop</source>
        <translation>Streamer-Desktop</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <location filename="../streamer_desktop/desktop/workspace.py" line="134"/>
        <source>An update from the service could not be shown ({error}); everything was loaded again.</source>
        <translation>Eine Aktualisierung des Dienstes konnte nicht angezeigt werden ({error}); alles wurde neu geladen.</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/workspace.py" line="232"/>
        <source>The stream did not start.</source>
        <translation>Der Stream hat nicht begonnen.</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/workspace.py" line="245"/>
        <source>The stream is still live.</source>
        <translation>Der Stream läuft weiter.</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/workspace.py" line="256"/>
        <source>This request has no stream to cancel.</source>
        <translation>Diese Anfrage hat keinen Stream zum Absagen.</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/workspace.py" line="259"/>
        <source>The service cannot be reached, so the stream was not cancelled. Your message is kept; try again when the connection is back.</source>
        <translation>Der Dienst ist nicht erreichbar, daher wurde der Stream nicht abgesagt. Ihre Nachricht bleibt erhalten; versuchen Sie es erneut, sobald die Verbindung wieder steht.</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/workspace.py" line="270"/>
        <source>The service cannot be reached. Try again when the connection is back.</source>
        <translation>Der Dienst ist nicht erreichbar. Versuchen Sie es wieder, wenn die Verbindung zurück ist.</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/workspace.py" line="283"/>
        <source>The service cannot be reached, so the request is still yours. Try again when the connection is back.</source>
        <translation>Der Dienst ist nicht erreichbar, daher bleibt die Anfrage bei Ihnen. Versuchen Sie es wieder, wenn die Verbindung zurück ist.</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/workspace.py" line="423"/>
        <source>The service cannot be reached. {outcome} Try again when the connection is back.</source>
        <translation>Der Dienst ist nicht erreichbar. {outcome} Versuchen Sie es erneut, sobald die Verbindung wieder steht.</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/workspace.py" line="425"/>
        <source>Your text is kept.</source>
        <translation>Ihr Text bleibt erhalten.</translation>
    </message>
</context>
</TS>
