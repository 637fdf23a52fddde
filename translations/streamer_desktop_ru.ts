<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../streamer_desktop/desktop/shell/about.py" line="106"/>
        <source>About {app}</source>
        <translation>О программе {app}</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/shell/about.py" line="109"/>
        <source>Python {python}, Qt {qt} (PySide6 {pyside}), on {system}.</source>
        <translation>Python {python}, Qt {qt} (PySide6 {pyside}), система {system}.</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/shell/about.py" line="113"/>
        <source>It bundles these components, each under its own licence:</source>
        <translation>В состав входят эти компоненты, каждый под своей лицензией:</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/shell/about.py" line="115"/>
        <source>Component</source>
        <translation>Компонент</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/shell/about.py" line="115"/>
        <source>Version</source>
        <translation>Версия</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/shell/about.py" line="115"/>
        <source>Licence</source>
        <translation>Лицензия</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/shell/about.py" line="116"/>
        <source>Bundled components and their licences</source>
        <translation>Компоненты в составе и их лицензии</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/shell/about.py" line="118"/>
        <source>One row per component: its name, its version and its licence.</source>
        <translation>По строке на компонент: название, версия и лицензия.</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/shell/about.py" line="119"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/shell/about.py" line="120"/>
        <source>Close this window.</source>
        <translation>Закрыть это окно.</translation>
    </message>
</context>
<context>
    <name>Alerts</name>
    <message>
        <location filename="../streamer_desktop/desktop/shell/alerts.py" line="54"/>
        <source>Missed reminder: stream with {name}</source>
        <translation>Пропущенное напоминание: стрим с {name}</translation>
    </message>
    <message numerus="yes">
        <location filename="../streamer_desktop/desktop/shell/alerts.py" line="57"/>
        <source>Stream with {name} in %n minute(s)</source>
        <translation>
            <numerusform>Стрим с {name} через %n минуту</numerusform>
            <numerusform>Стрим с {name} через %n минуты</numerusform>
            <numerusform>Стрим с {name} через %n минут</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/shell/alerts.py" line="60"/>
        <source>Stream with {name} starts now</source>
        <translation>Стрим с {name} начинается сейчас</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/shell/alerts.py" line="63"/>
        <source>Open it in Active to start.</source>
        <translation>Откройте его в разделе «Активные», чтобы начать.</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/shell/alerts.py" line="64"/>
        <source>The customer has not confirmed yet: it cannot start. Message them from the chat.</source>
        <translation>Покупатель ещё не подтвердил: начать стрим нельзя. Напишите ему в чате.</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/shell/alerts.py" line="73"/>
        <source>New request from {name}</source>
        <translation>Новый запрос от {name}</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/shell/alerts.py" line="74"/>
        <source>Message from {name}</source>
        <translation>Сообщение от {name}</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/shell/alerts.py" line="75"/>
        <source>{name} confirmed the stream</source>
        <translation>{name} подтвердил(а) стрим</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/shell/alerts.py" line="76"/>
        <source>{name} cancelled the stream</source>
        <translation>{name} отменил(а) стрим</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/shell/alerts.py" line="77"/>
        <source>{name}&apos;s request was handed to you</source>
        <translation>Вам передали запрос от {name}</translation>
    </message>
</context>
<context>
    <name>CancelStreamDialog</name>
    <message>
        <location filename="../streamer_desktop/desktop/stream/questions.py" line="67"/>
        <source>Cancel the stream</source>
        <translation>Отмена стрима</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/stream/questions.py" line="69"/>
        <source>Cancel the stream with {name} on {when}? The customer is told in the chat and by e-mail.</source>
        <translation>Отменить стрим с {name} {when}? Покупатель узнает об этом в чате и по эл. почте.</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/stream/questions.py" line="71"/>
        <source>&amp;Message to the customer (optional):</source>
        <translation>&amp;Сообщение покупателю (необязательно):</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/stream/questions.py" line="72"/>
        <source>Message to the customer</source>
        <translation>Сообщение покупателю</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/stream/questions.py" line="74"/>
        <source>For example: Sorry, something came up. Shall we find another time?</source>
        <translation>Например: Извините, у меня изменились планы. Подберём другое время?</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/stream/questions.py" line="75"/>
        <source>Cancel stream</source>
        <translation>Отменить стрим</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/stream/questions.py" line="76"/>
        <source>Keep it</source>
        <translation>Оставить</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/stream/questions.py" line="78"/>
        <source>Sent to the customer with the cancellation, in the chat and by e-mail.</source>
        <translation>Отправляется покупателю вместе с отменой, в чат и по почте.</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/stream/questions.py" line="80"/>
        <source>Cancel the stream; the customer is told.</source>
        <translation>Отменить стрим; покупатель получит уведомление.</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/stream/questions.py" line="82"/>
        <source>Close this question; the stream stays booked.</source>
        <translation>Закрыть вопрос; стрим остаётся в расписании.</translation>
    </message>
</context>
<context>
    <name>Cards</name>
    <message>
        <location filename="../streamer_desktop/desktop/requests/clock_texts.py" line="82"/>
        <source>{time} there</source>
        <translation>там {time}</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/requests/model.py" line="71"/>
        <source>{count} unread</source>
        <translation>непрочитанных: {count}</translation>
    </message>
</context>
<context>
    <name>Chat</name>
    <message>
        <location filename="../streamer_desktop/desktop/chat/model.py" line="68"/>
        <source>Today</source>
        <translation>Сегодня</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/chat/model.py" line="70"/>
        <location filename="../streamer_desktop/desktop/requests/clock_texts.py" line="69"/>
        <source>Yesterday</source>
        <translation>Вчера</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/chat/model.py" line="77"/>
        <source>Customer</source>
        <translation>Покупатель</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/chat/model.py" line="79"/>
        <source>You</source>
        <translation>Вы</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/chat/model.py" line="80"/>
        <source>Notice</source>
        <translation>Уведомление</translation>
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
        <translation>Стрим предложен</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/chat/delegate.py" line="82"/>
        <source>Stream confirmed</source>
        <translation>Стрим подтверждён</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/chat/delegate.py" line="256"/>
        <source>Actions ▾</source>
        <translation>Действия ▾</translation>
    </message>
</context>
<context>
    <name>Chip</name>
    <message>
        <location filename="../streamer_desktop/desktop/texts.py" line="112"/>
        <source>Live</source>
        <translation>В эфире</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/texts.py" line="114"/>
        <source>Overdue</source>
        <translation>Просрочен</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/texts.py" line="115"/>
        <source>Not confirmed</source>
        <translation>Не подтверждён</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/texts.py" line="116"/>
        <source>Starting now</source>
        <translation>Начинается</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/texts.py" line="117"/>
        <source>Soon</source>
        <translation>Скоро</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/texts.py" line="123"/>
        <source>Awaiting confirmation</source>
        <translation>Ждёт подтверждения</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/texts.py" line="124"/>
        <source>Confirmed</source>
        <translation>Подтверждён</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/texts.py" line="125"/>
        <source>Completed</source>
        <translation>Завершён</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/texts.py" line="126"/>
        <source>Cancelled</source>
        <translation>Отменён</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/texts.py" line="127"/>
        <source>Missed</source>
        <translation>Пропущен</translation>
    </message>
</context>
<context>
    <name>DesktopApp</name>
    <message>
        <location filename="../streamer_desktop/desktop/shell/app.py" line="153"/>
        <source>Streamer desktop</source>
        <translation>Рабочее место стримера</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/shell/app.py" line="199"/>
        <source>The service cannot be reached. Trying again in {seconds} s…</source>
        <translation>Сервис недоступен. Повторная попытка через {seconds} с…</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/shell/session.py" line="82"/>
        <source>Your session has ended. Please sign in again.</source>
        <translation>Ваш сеанс завершён. Войдите снова.</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/shell/session.py" line="108"/>
        <source>The service cannot be reached. Check the address and your connection.</source>
        <translation>Сервис недоступен. Проверьте адрес и подключение.</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/shell/session.py" line="114"/>
        <source>No keyring works on this computer: you stay signed in until you quit.</source>
        <translation>На этом компьютере нет рабочего хранилища паролей: вход действует до выхода из программы.</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/settings/presenter.py" line="48"/>
        <source>The preview is off while you are live: the stream has the camera.</source>
        <translation>Предпросмотр выключен, пока идёт стрим: камера занята стримом.</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/shell/session.py" line="75"/>
        <source>You are signed out.</source>
        <translation>Вы вышли из системы.</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/shell/app.py" line="380"/>
        <source>The service cannot be reached.</source>
        <translation>Сервис недоступен.</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/shell/app.py" line="384"/>
        <source>Something went wrong: {error}</source>
        <translation>Что-то пошло не так: {error}</translation>
    </message>
</context>
<context>
    <name>HandOver</name>
    <message>
        <location filename="../streamer_desktop/desktop/team/handover.py" line="171"/>
        <source>{customer}&apos;s request is now with {name}.</source>
        <translation>Запрос от {customer} теперь у {name}.</translation>
    </message>
</context>
<context>
    <name>HandOverDialog</name>
    <message>
        <location filename="../streamer_desktop/desktop/team/handover.py" line="77"/>
        <source>Hand over to a colleague</source>
        <translation>Передать коллеге</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/team/handover.py" line="79"/>
        <source>No colleague works in this shop yet.</source>
        <translation>В этом магазине пока нет других стримеров.</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/team/handover.py" line="82"/>
        <source>Hand {name}&apos;s request to &amp;whom? The chat and any stream not yet started go along; {name} is told in the chat.</source>
        <translation>&amp;Кому передать запрос от {name}? Чат и ещё не начавшийся стрим перейдут вместе с ним; {name} узнает об этом в чате.</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/team/handover.py" line="86"/>
        <source>No colleague is online right now, so {name}&apos;s request stays with you.</source>
        <translation>Сейчас никого из коллег нет в сети, поэтому запрос от {name} остаётся у вас.</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/team/handover.py" line="96"/>
        <source>Colleagues</source>
        <translation>Коллеги</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/team/handover.py" line="98"/>
        <source>Your shop&apos;s streamers; only those online can take the request.</source>
        <translation>Стримеры вашего магазина; принять запрос могут только те, кто в сети.</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/team/handover.py" line="99"/>
        <source>Hand over</source>
        <translation>Передать</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/team/handover.py" line="101"/>
        <source>Give the request to the chosen colleague; it leaves your list.</source>
        <translation>Передать запрос выбранному коллеге; он уйдёт из вашего списка.</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/team/handover.py" line="102"/>
        <source>Keep it</source>
        <translation>Оставить</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/team/handover.py" line="104"/>
        <source>Close this question; the request stays with you.</source>
        <translation>Закрыть вопрос; запрос остаётся у вас.</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/team/handover.py" line="107"/>
        <source>online</source>
        <translation>в сети</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/team/handover.py" line="107"/>
        <source>offline</source>
        <translation>не в сети</translation>
    </message>
    <message numerus="yes">
        <location filename="../streamer_desktop/desktop/team/handover.py" line="108"/>
        <source>%n open request(s)</source>
        <translation>
            <numerusform>%n открытый запрос</numerusform>
            <numerusform>%n открытых запроса</numerusform>
            <numerusform>%n открытых запросов</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/team/handover.py" line="129"/>
        <source>Choose a colleague who is online.</source>
        <translation>Выберите коллегу, который в сети.</translation>
    </message>
</context>
<context>
    <name>LiveVideo</name>
    <message>
        <location filename="../streamer_desktop/desktop/stream/live_video.py" line="136"/>
        <source>No camera was found on this computer. Connect one and choose it in Settings, or show the test picture.</source>
        <translation>На этом компьютере не найдена камера. Подключите её и выберите в настройках или покажите тестовое изображение.</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/stream/live_video.py" line="157"/>
        <source>The camera could not be opened ({error}).</source>
        <translation>Не удалось открыть камеру ({error}).</translation>
    </message>
</context>
<context>
    <name>LiveView</name>
    <message>
        <location filename="../streamer_desktop/desktop/stream/box.py" line="171"/>
        <source>Live with {name}</source>
        <translation>В эфире с {name}</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/stream/box.py" line="173"/>
        <source>The customer watches on the stream page from their e-mail link, with this chat beside the picture. Your messages reach them at once.</source>
        <translation>Покупатель смотрит стрим на странице по ссылке из письма, этот чат — рядом с изображением. Ваши сообщения доходят до него сразу.</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/stream/box.py" line="175"/>
        <source>End stream</source>
        <translation>Завершить стрим</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/stream/box.py" line="177"/>
        <source>End the stream; the customer sees that it has ended.</source>
        <translation>Завершить стрим; покупатель увидит, что он окончен.</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/stream/box.py" line="178"/>
        <source>Camera off</source>
        <translation>Камера выключена</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/stream/box.py" line="179"/>
        <source>Turn camera off</source>
        <translation>Выключить камеру</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/stream/box.py" line="181"/>
        <source>Microphone off</source>
        <translation>Микрофон выключен</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/stream/box.py" line="182"/>
        <source>Turn microphone off</source>
        <translation>Выключить микрофон</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/stream/box.py" line="183"/>
        <source>Use the test picture</source>
        <translation>Показать тестовое изображение</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/stream/box.py" line="184"/>
        <source>What the customer sees</source>
        <translation>Что видит покупатель</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/stream/box.py" line="186"/>
        <source>Starting the camera…</source>
        <translation>Камера запускается…</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/stream/box.py" line="188"/>
        <source>Live stream</source>
        <translation>Стрим в эфире</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/stream/box.py" line="194"/>
        <source>Waiting for {name} to open the stream page…</source>
        <translation>Ждём, пока {name} откроет страницу стрима…</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/stream/box.py" line="195"/>
        <source>{name} is joining…</source>
        <translation>{name} подключается…</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/stream/box.py" line="196"/>
        <source>{name} is watching.</source>
        <translation>{name} смотрит стрим.</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/stream/box.py" line="197"/>
        <source>{name}&apos;s connection dropped; reconnecting…</source>
        <translation>Связь с покупателем ({name}) прервалась; восстанавливаем…</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/stream/box.py" line="198"/>
        <source>{name} left the stream page.</source>
        <translation>{name} покинул(а) страницу стрима.</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/stream/box.py" line="221"/>
        <source>No picture</source>
        <translation>Нет изображения</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/stream/box.py" line="268"/>
        <source>Live for {elapsed}</source>
        <translation>В эфире {elapsed}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../streamer_desktop/desktop/shell/main_window.py" line="309"/>
        <source>Streamer desktop</source>
        <translation>Рабочее место стримера</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/shell/main_window.py" line="310"/>
        <source>My workplace</source>
        <translation>Моё рабочее место</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/shell/main_window.py" line="311"/>
        <location filename="../streamer_desktop/desktop/shell/main_window.py" line="312"/>
        <source>More actions</source>
        <translation>Другие действия</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/shell/actions.py" line="61"/>
        <source>Schedule a stream</source>
        <translation>Запланировать стрим</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/shell/actions.py" line="95"/>
        <source>Settings…</source>
        <translation>Настройки…</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/shell/main_window.py" line="313"/>
        <source>Help</source>
        <translation>Справка</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/shell/actions.py" line="102"/>
        <source>Open the demo shop (customer&apos;s view)</source>
        <translation>Открыть демо-магазин (вид покупателя)</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/shell/actions.py" line="106"/>
        <source>Open the folder of customer e-mails</source>
        <translation>Открыть папку писем покупателям</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/shell/actions.py" line="70"/>
        <location filename="../streamer_desktop/desktop/shell/main_window.py" line="353"/>
        <source>Move the stream to another time; the customer is asked to confirm it.</source>
        <translation>Перенести стрим на другое время; покупателя попросят подтвердить его.</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/shell/actions.py" line="75"/>
        <source>Cancel stream…</source>
        <translation>Отменить стрим…</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/shell/actions.py" line="76"/>
        <source>Cancel the stream; you can add a message to the customer.</source>
        <translation>Отменить стрим; можно добавить сообщение покупателю.</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/shell/actions.py" line="81"/>
        <source>Write to the customer of the open chat.</source>
        <translation>Написать покупателю в открытом чате.</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/shell/actions.py" line="85"/>
        <source>Hand over to a colleague…</source>
        <translation>Передать коллеге…</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/shell/actions.py" line="86"/>
        <source>Give the request, its chat and its stream to a colleague who is online; the customer is told.</source>
        <translation>Передать запрос вместе с чатом и стримом коллеге в сети; покупатель получит сообщение.</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/shell/actions.py" line="64"/>
        <source>Start stream</source>
        <translation>Начать стрим</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/shell/actions.py" line="65"/>
        <source>Go live: the customer gets an e-mail with the link to join.</source>
        <translation>Выйти в эфир: покупатель получит письмо со ссылкой для подключения.</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/shell/actions.py" line="92"/>
        <location filename="../streamer_desktop/desktop/shell/main_window.py" line="316"/>
        <source>Find a request</source>
        <translation>Найти запрос</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/shell/actions.py" line="118"/>
        <source>Next request</source>
        <translation>Следующий запрос</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/shell/actions.py" line="121"/>
        <source>Previous request</source>
        <translation>Предыдущий запрос</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/shell/actions.py" line="98"/>
        <source>Keyboard shortcuts</source>
        <translation>Сочетания клавиш</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/shell/actions.py" line="109"/>
        <source>About Streamer desktop</source>
        <translation>О программе Streamer desktop</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/shell/main_window.py" line="315"/>
        <source>Find a customer or message</source>
        <translation>Найти покупателя или сообщение</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/shell/main_window.py" line="318"/>
        <source>Shows only the requests whose customer, stream or last message holds what you type. ↓ goes to the first one; Escape clears.</source>
        <translation>Показывает только запросы, где покупатель, стрим или последнее сообщение содержат введённое. ↓ — к первому из них; Escape очищает поле.</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/shell/main_window.py" line="321"/>
        <source>No request matches your search.</source>
        <translation>Ни один запрос не подходит под поиск.</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/shell/actions.py" line="112"/>
        <source>Sign out</source>
        <translation>Выйти из учётной записи</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/shell/actions.py" line="115"/>
        <source>Quit</source>
        <translation>Выйти</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/shell/main_window.py" line="324"/>
        <location filename="../streamer_desktop/desktop/shell/main_window.py" line="410"/>
        <source>Active</source>
        <translation>Активные</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/shell/main_window.py" line="323"/>
        <location filename="../streamer_desktop/desktop/shell/main_window.py" line="327"/>
        <source>My requests</source>
        <translation>Мои запросы</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/shell/main_window.py" line="326"/>
        <source>Nothing to start right now. A scheduled stream appears here at its start time.</source>
        <translation>Сейчас нечего начинать. Запланированный стрим появится здесь в момент начала.</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/shell/main_window.py" line="329"/>
        <source>No requests yet. Customers reach you from the chat on the shop&apos;s site.</source>
        <translation>Запросов пока нет. Покупатели пишут вам из чата на сайте магазина.</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/shell/main_window.py" line="366"/>
        <source>Loading your requests…</source>
        <translation>Загрузка ваших запросов…</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/shell/main_window.py" line="331"/>
        <source>Chat</source>
        <translation>Чат</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/shell/main_window.py" line="332"/>
        <source>Write a message…</source>
        <translation>Напишите сообщение…</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/shell/main_window.py" line="333"/>
        <source>Message</source>
        <translation>Сообщение</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/shell/main_window.py" line="334"/>
        <location filename="../streamer_desktop/desktop/shell/main_window.py" line="338"/>
        <source>Send</source>
        <translation>Отправить</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/shell/main_window.py" line="339"/>
        <source>Send the message to the customer.</source>
        <translation>Отправить сообщение покупателю.</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/shell/main_window.py" line="341"/>
        <source>What you write to the customer of the open chat. Return sends it.</source>
        <translation>Текст покупателю в открытом чате. Enter отправляет.</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/shell/main_window.py" line="343"/>
        <source>Streams that can start now. Return or a click on one starts it.</source>
        <translation>Стримы, которые можно начать сейчас. Enter или щелчок начинает стрим.</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/shell/main_window.py" line="345"/>
        <source>Your customers&apos; requests, the most urgent first. The chat shows the selected one; Alt+Down and Alt+Up move between them from anywhere.</source>
        <translation>Запросы ваших покупателей, самые срочные сверху. Чат показывает выбранный; Alt+Вниз и Alt+Вверх переключают их откуда угодно.</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/shell/main_window.py" line="348"/>
        <source>The conversation with the customer, oldest first. A stream&apos;s box offers what can be done with the stream.</source>
        <translation>Переписка с покупателем, от старых сообщений к новым. Блок стрима предлагает действия с ним.</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/shell/main_window.py" line="351"/>
        <source>Write to the customer about the overdue stream.</source>
        <translation>Написать покупателю о просроченном стриме.</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/shell/main_window.py" line="409"/>
        <source>Active · nothing to start now</source>
        <translation>Активные · сейчас нечего начинать</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/shell/main_window.py" line="520"/>
        <source>This stream is overdue: the customer is waiting.</source>
        <translation>Стрим просрочен: покупатель ждёт.</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/shell/main_window.py" line="522"/>
        <source>The start time has come, but the customer has not confirmed this stream.</source>
        <translation>Время начала наступило, но покупатель не подтвердил этот стрим.</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/shell/actions.py" line="80"/>
        <location filename="../streamer_desktop/desktop/shell/main_window.py" line="336"/>
        <source>Message the customer</source>
        <translation>Написать покупателю</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/shell/actions.py" line="69"/>
        <location filename="../streamer_desktop/desktop/shell/main_window.py" line="337"/>
        <source>Reschedule…</source>
        <translation>Перенести…</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/shell/main_window.py" line="355"/>
        <location filename="../streamer_desktop/desktop/shell/main_window.py" line="504"/>
        <source>Select a request to see its chat.</source>
        <translation>Выберите запрос, чтобы увидеть его чат.</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/shell/main_window.py" line="370"/>
        <source>Offline: reconnecting… The lists show the last known state.</source>
        <translation>Нет связи: переподключение… Списки показывают последнее известное состояние.</translation>
    </message>
</context>
<context>
    <name>ScheduleDialog</name>
    <message>
        <location filename="../streamer_desktop/desktop/schedule/dialog.py" line="267"/>
        <source>Start time</source>
        <translation>Время начала</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/schedule/dialog.py" line="267"/>
        <source>Your time</source>
        <translation>Ваше время</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/schedule/dialog.py" line="292"/>
        <source>Use {time}</source>
        <translation>Выбрать {time}</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/schedule/texts.py" line="18"/>
        <source>{h} h {m} min</source>
        <translation>{h} ч {m} мин</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/schedule/texts.py" line="22"/>
        <source>{h} h</source>
        <translation>{h} ч</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/schedule/texts.py" line="23"/>
        <source>{m} min</source>
        <translation>{m} мин</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/schedule/texts.py" line="29"/>
        <source>“{typed}” is not a time. Type it like {example}.</source>
        <translation>«{typed}» — не время. Введите его так: {example}.</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/schedule/texts.py" line="36"/>
        <source>on {day}</source>
        <translation>{day}</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/schedule/texts.py" line="42"/>
        <source>The customer is {span} ahead of you.</source>
        <translation>У покупателя на {span} больше, чем у вас.</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/schedule/texts.py" line="46"/>
        <source>The customer is {span} behind you.</source>
        <translation>У покупателя на {span} меньше, чем у вас.</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/schedule/texts.py" line="49"/>
        <source>You and the customer have the same time.</source>
        <translation>У вас и у покупателя одинаковое время.</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/schedule/texts.py" line="53"/>
        <source>You: {mine} · Customer: {theirs}</source>
        <translation>Вы: {mine} · Покупатель: {theirs}</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/schedule/texts.py" line="61"/>
        <source>forward</source>
        <translation>вперёд</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/schedule/texts.py" line="63"/>
        <source>back</source>
        <translation>назад</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/schedule/texts.py" line="65"/>
        <source>Before the stream, clocks in {zone} go {direction} {span} on {when}.</source>
        <translation>До стрима часы в зоне {zone} переводятся {direction} на {span}: {when}.</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/schedule/texts.py" line="76"/>
        <source>{time} does not exist in {zone} on {day}: the clocks jump forward. The nearest valid times are {before} and {after}.</source>
        <translation>Времени {time} в зоне {zone} {day} нет: часы переводятся вперёд. Ближайшее допустимое время — {before} и {after}.</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/schedule/texts.py" line="96"/>
        <source>{time} happens twice in {zone} on {day}: the clocks go back. Which one do you mean?</source>
        <translation>Время {time} в зоне {zone} {day} наступает дважды: часы переводятся назад. Какое вы имеете в виду?</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/schedule/texts.py" line="109"/>
        <source>The first, before the switch ({offset})</source>
        <translation>Первое, до перевода ({offset})</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/schedule/texts.py" line="111"/>
        <source>The second, after the switch ({offset})</source>
        <translation>Второе, после перевода ({offset})</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/schedule/texts.py" line="117"/>
        <source>late at night</source>
        <translation>поздняя ночь</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/schedule/texts.py" line="119"/>
        <source>early in the morning</source>
        <translation>раннее утро</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/schedule/texts.py" line="121"/>
        <source>It will be {time} for the customer: {part} in their time zone.</source>
        <translation>У покупателя будет {time}: {part} в его часовом поясе.</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/schedule/texts.py" line="129"/>
        <source>This overlaps your stream with {name}, {start}–{end}.</source>
        <translation>Это пересекается с вашим стримом с {name}, {start}–{end}.</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/schedule/texts.py" line="133"/>
        <source>The nearest free start is {free}.</source>
        <translation>Ближайшее свободное время начала — {free}.</translation>
    </message>
</context>
<context>
    <name>ScheduleForm</name>
    <message>
        <location filename="../streamer_desktop/desktop/schedule/form.py" line="162"/>
        <source>Reschedule the stream with {name}</source>
        <translation>Перенос стрима с {name}</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/schedule/form.py" line="163"/>
        <source>Schedule a stream with {name}</source>
        <translation>Запланировать стрим с {name}</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/schedule/form.py" line="164"/>
        <source>Today</source>
        <translation>Сегодня</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/schedule/form.py" line="165"/>
        <source>Tomorrow</source>
        <translation>Завтра</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/schedule/form.py" line="166"/>
        <source>The day after tomorrow</source>
        <translation>Послезавтра</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/schedule/form.py" line="167"/>
        <location filename="../streamer_desktop/desktop/schedule/form.py" line="168"/>
        <source>Customer time</source>
        <translation>Время покупателя</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/schedule/form.py" line="169"/>
        <source>Duration (min)</source>
        <translation>Длительность (мин)</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/schedule/form.py" line="170"/>
        <source>Duration in minutes</source>
        <translation>Длительность в минутах</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/schedule/form.py" line="171"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/schedule/form.py" line="172"/>
        <source>Use the nearest free start</source>
        <translation>Выбрать ближайшее свободное время</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/schedule/form.py" line="173"/>
        <source>This time has already passed. Please pick a later time.</source>
        <translation>Это время уже прошло. Выберите более позднее.</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/schedule/form.py" line="175"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/schedule/form.py" line="176"/>
        <source>Reschedule</source>
        <translation>Перенести</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/schedule/form.py" line="177"/>
        <source>Schedule</source>
        <translation>Запланировать</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/schedule/form.py" line="179"/>
        <source>The day of the stream.</source>
        <translation>День стрима.</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/schedule/form.py" line="180"/>
        <source>Set the date to today.</source>
        <translation>Выбрать сегодняшнюю дату.</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/schedule/form.py" line="181"/>
        <source>Set the date to tomorrow.</source>
        <translation>Выбрать завтрашнюю дату.</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/schedule/form.py" line="182"/>
        <source>Set the date to the day after tomorrow.</source>
        <translation>Выбрать послезавтра.</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/schedule/form.py" line="184"/>
        <source>The start on your clock; the customer&apos;s time follows it.</source>
        <translation>Начало по вашим часам; время покупателя подстраивается.</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/schedule/form.py" line="186"/>
        <source>The start on the customer&apos;s clock; your time follows it.</source>
        <translation>Начало по часам покупателя; ваше время подстраивается.</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/schedule/form.py" line="187"/>
        <source>How long the stream lasts, in minutes.</source>
        <translation>Длительность стрима в минутах.</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/schedule/form.py" line="189"/>
        <source>Take the time just before the clocks go forward.</source>
        <translation>Взять время непосредственно перед переводом часов вперёд.</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/schedule/form.py" line="190"/>
        <source>Take the time just after the clocks go forward.</source>
        <translation>Взять время сразу после перевода часов вперёд.</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/schedule/form.py" line="192"/>
        <source>Take the first of the two times the clocks show twice.</source>
        <translation>Взять первое из двух одинаковых показаний часов.</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/schedule/form.py" line="194"/>
        <source>Take the second of the two times the clocks show twice.</source>
        <translation>Взять второе из двух одинаковых показаний часов.</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/schedule/form.py" line="196"/>
        <source>Move the start to the first time that is free of your other streams.</source>
        <translation>Перенести начало на первое время, свободное от ваших других стримов.</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/schedule/form.py" line="197"/>
        <source>Close without booking anything.</source>
        <translation>Закрыть, ничего не назначая.</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/schedule/form.py" line="199"/>
        <source>Move the stream; the customer is asked to confirm the new time.</source>
        <translation>Перенести стрим; покупателя попросят подтвердить новое время.</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/schedule/form.py" line="201"/>
        <source>Book the stream and ask the customer to confirm it.</source>
        <translation>Назначить стрим и попросить покупателя подтвердить его.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../streamer_desktop/desktop/settings/dialog.py" line="100"/>
        <source>System language</source>
        <translation>Язык системы</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/settings/dialog.py" line="138"/>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/settings/dialog.py" line="139"/>
        <source>&amp;Server address (used from the next start)</source>
        <translation>Адрес &amp;сервера (со следующего запуска)</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/settings/dialog.py" line="139"/>
        <source>&amp;Time zone</source>
        <translation>&amp;Часовой пояс</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/settings/dialog.py" line="140"/>
        <source>&amp;Notifications</source>
        <translation>&amp;Уведомления</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/settings/dialog.py" line="140"/>
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/settings/dialog.py" line="140"/>
        <source>&amp;Appearance</source>
        <translation>&amp;Оформление</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/settings/dialog.py" line="141"/>
        <source>&amp;Camera</source>
        <translation>&amp;Камера</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/settings/dialog.py" line="142"/>
        <source>The first camera found</source>
        <translation>Первая найденная камера</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/settings/dialog.py" line="145"/>
        <source>Test picture (a moving pattern with a clock, and a tick)</source>
        <translation>Тестовое изображение (движущийся узор с часами и тиканье)</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/settings/dialog.py" line="146"/>
        <source>Camera preview</source>
        <translation>Предпросмотр камеры</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/settings/dialog.py" line="148"/>
        <source>Starting the camera…</source>
        <translation>Камера запускается…</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/settings/dialog.py" line="149"/>
        <source>As the system</source>
        <translation>Как в системе</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/settings/dialog.py" line="149"/>
        <source>Light</source>
        <translation>Светлое</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/settings/dialog.py" line="150"/>
        <source>Dark</source>
        <translation>Тёмное</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/settings/dialog.py" line="154"/>
        <source>Show reminders and new messages</source>
        <translation>Показывать напоминания и новые сообщения</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/settings/dialog.py" line="155"/>
        <source>Empty: the service inside this app</source>
        <translation>Пусто: сервис внутри приложения</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/settings/dialog.py" line="160"/>
        <source>The address of the shop&apos;s sync service; empty runs the service inside this app.</source>
        <translation>Адрес сервиса синхронизации магазина; если пусто, сервис работает внутри приложения.</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/settings/dialog.py" line="163"/>
        <source>The zone your times are shown and booked in.</source>
        <translation>Часовой пояс, в котором показывается и назначается ваше время.</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/settings/dialog.py" line="165"/>
        <source>Pop-ups for stream reminders and for customers&apos; messages while the window is in the background.</source>
        <translation>Всплывающие напоминания о стримах и сообщения покупателей, пока окно в фоне.</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/settings/dialog.py" line="167"/>
        <source>The language of the app.</source>
        <translation>Язык приложения.</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/settings/dialog.py" line="169"/>
        <source>Light or dark, or as the system is set.</source>
        <translation>Светлое или тёмное, или как в системе.</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/settings/dialog.py" line="171"/>
        <source>What your live streams show; the preview below shows it now.</source>
        <translation>Что показывают ваши стримы; предпросмотр ниже показывает это сейчас.</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/settings/dialog.py" line="172"/>
        <source>Keep these settings and close.</source>
        <translation>Сохранить настройки и закрыть.</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/settings/dialog.py" line="173"/>
        <source>Close without changing anything.</source>
        <translation>Закрыть, ничего не меняя.</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/settings/dialog.py" line="206"/>
        <source>&apos;{zone}&apos; is not a known time zone.</source>
        <translation>«{zone}» — неизвестный часовой пояс.</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/settings/dialog.py" line="211"/>
        <source>The server address starts with http:// or https://.</source>
        <translation>Адрес сервера начинается с http:// или https://.</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../streamer_desktop/desktop/shell/shortcuts.py" line="33"/>
        <location filename="../streamer_desktop/desktop/shell/shortcuts.py" line="35"/>
        <source>Keyboard shortcuts</source>
        <translation>Сочетания клавиш</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/shell/shortcuts.py" line="34"/>
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/shell/shortcuts.py" line="34"/>
        <source>Keys</source>
        <translation>Клавиши</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/shell/shortcuts.py" line="37"/>
        <source>One row per action: what it does and the keys that do it.</source>
        <translation>По строке на действие: что оно делает и какими клавишами.</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/shell/shortcuts.py" line="38"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/shell/shortcuts.py" line="39"/>
        <source>Close the list of shortcuts.</source>
        <translation>Закрыть список сочетаний клавиш.</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/shell/shortcuts.py" line="40"/>
        <source> or </source>
        <translation> или </translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../streamer_desktop/desktop/shell/sign_in.py" line="62"/>
        <source>Sign in</source>
        <translation>Вход</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/shell/sign_in.py" line="63"/>
        <source>Service: {url}</source>
        <translation>Сервис: {url}</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/shell/sign_in.py" line="64"/>
        <location filename="../streamer_desktop/desktop/shell/sign_in.py" line="65"/>
        <source>E-mail</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/shell/sign_in.py" line="66"/>
        <location filename="../streamer_desktop/desktop/shell/sign_in.py" line="67"/>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/shell/sign_in.py" line="68"/>
        <source>The e-mail address you sign in with.</source>
        <translation>Адрес почты для входа.</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/shell/sign_in.py" line="69"/>
        <source>Your password for this service.</source>
        <translation>Ваш пароль для этого сервиса.</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/shell/sign_in.py" line="70"/>
        <source>Sign in with this e-mail and password.</source>
        <translation>Войти с этим адресом и паролем.</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/shell/sign_in.py" line="71"/>
        <source>Close without signing in.</source>
        <translation>Закрыть без входа.</translation>
    </message>
</context>
<context>
    <name>SourcePreview</name>
    <message>
        <location filename="../streamer_desktop/desktop/stream/preview.py" line="52"/>
        <source>No camera was found on this computer.</source>
        <translation>На этом компьютере не найдена камера.</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/stream/preview.py" line="63"/>
        <source>The camera could not be opened ({error}).</source>
        <translation>Не удалось открыть камеру ({error}).</translation>
    </message>
</context>
<context>
    <name>StreamBox</name>
    <message>
        <location filename="../streamer_desktop/desktop/stream/box.py" line="79"/>
        <source>Start stream</source>
        <translation>Начать стрим</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/stream/box.py" line="81"/>
        <source>Go live: the customer gets an e-mail with the link to join.</source>
        <translation>Выйти в эфир: покупатель получит письмо со ссылкой для входа.</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/stream/box.py" line="82"/>
        <source>Stream</source>
        <translation>Стрим</translation>
    </message>
</context>
<context>
    <name>StreamControl</name>
    <message>
        <location filename="../streamer_desktop/desktop/stream/presenter.py" line="111"/>
        <source>This stream cannot start: the customer has not confirmed it.</source>
        <translation>Этот стрим нельзя начать: покупатель его не подтвердил.</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/stream/presenter.py" line="113"/>
        <source>This stream can start from ten minutes before its time.</source>
        <translation>Этот стрим можно начать не раньше чем за десять минут до начала.</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/stream/presenter.py" line="118"/>
        <source>Start the stream with {name} now? They get an e-mail with the link to join.</source>
        <translation>Начать стрим с {name} сейчас? Покупатель получит письмо со ссылкой для входа.</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/stream/presenter.py" line="120"/>
        <source>Start stream</source>
        <translation>Начать стрим</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/stream/presenter.py" line="120"/>
        <source>Not yet</source>
        <translation>Не сейчас</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/stream/presenter.py" line="121"/>
        <source>Start the stream</source>
        <translation>Начало стрима</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/stream/presenter.py" line="132"/>
        <source>End the stream with {name}? They see that it has ended.</source>
        <translation>Завершить стрим с {name}? Покупатель увидит, что он закончился.</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/stream/presenter.py" line="134"/>
        <source>End stream</source>
        <translation>Завершить стрим</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/stream/presenter.py" line="134"/>
        <source>Keep streaming</source>
        <translation>Продолжить</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/stream/presenter.py" line="135"/>
        <source>End the stream</source>
        <translation>Завершение стрима</translation>
    </message>
</context>
<context>
    <name>StreamScheduler</name>
    <message>
        <location filename="../streamer_desktop/desktop/schedule/presenter.py" line="107"/>
        <source>The service cannot be reached. Your choice is kept; try again when the connection is back.</source>
        <translation>Сервис недоступен. Ваш выбор сохранён; повторите, когда связь восстановится.</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/schedule/presenter.py" line="118"/>
        <source>another customer</source>
        <translation>другим покупателем</translation>
    </message>
</context>
<context>
    <name>Texts</name>
    <message>
        <location filename="../streamer_desktop/desktop/texts.py" line="16"/>
        <source>awaiting the customer</source>
        <translation>ждёт покупателя</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/texts.py" line="19"/>
        <source>confirmed</source>
        <translation>подтверждён</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/texts.py" line="20"/>
        <source>live</source>
        <translation>в эфире</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/texts.py" line="21"/>
        <source>completed</source>
        <translation>завершён</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/texts.py" line="22"/>
        <source>cancelled</source>
        <translation>отменён</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/texts.py" line="23"/>
        <source>missed</source>
        <translation>пропущен</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/texts.py" line="29"/>
        <source>starts soon</source>
        <translation>скоро начнётся</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/texts.py" line="30"/>
        <source>starting now: click to start</source>
        <translation>начинается: нажмите, чтобы начать</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/texts.py" line="31"/>
        <source>overdue</source>
        <translation>просрочен</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/texts.py" line="32"/>
        <source>not confirmed by the customer</source>
        <translation>покупатель не подтвердил</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/texts.py" line="33"/>
        <source>live now</source>
        <translation>сейчас в эфире</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/texts.py" line="49"/>
        <source>live since {time}</source>
        <translation>в эфире с {time}</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/texts.py" line="53"/>
        <source>completed, {minutes} min</source>
        <translation>завершён, {minutes} мин</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/texts.py" line="58"/>
        <source>cancelled by the customer, {when}</source>
        <translation>отменён покупателем, {when}</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/texts.py" line="60"/>
        <source>cancelled by you, {when}</source>
        <translation>отменён вами, {when}</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/texts.py" line="68"/>
        <source>{mine} (customer {theirs}) · {status}</source>
        <translation>{mine} (у покупателя {theirs}) · {status}</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/texts.py" line="82"/>
        <source>Stream proposed for {start}; waiting for the customer to confirm.</source>
        <translation>Стрим предложен на {start}; ждём подтверждения покупателя.</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/texts.py" line="85"/>
        <source>The customer confirmed the stream on {start}.</source>
        <translation>Покупатель подтвердил стрим {start}.</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/texts.py" line="88"/>
        <source>The customer declined the stream on {start}.</source>
        <translation>Покупатель отклонил стрим {start}.</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/texts.py" line="91"/>
        <source>The stream on {start} was cancelled.</source>
        <translation>Стрим {start} отменён.</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/texts.py" line="94"/>
        <source>The stream started.</source>
        <translation>Стрим начался.</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/texts.py" line="95"/>
        <source>Stream ended, {minutes} min</source>
        <translation>Стрим завершён, {minutes} мин</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/texts.py" line="97"/>
        <source>The stream on {start} was missed.</source>
        <translation>Стрим {start} пропущен.</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/texts.py" line="100"/>
        <source>The request was handed to {name}; the customer was told.</source>
        <translation>Запрос передан {name}; покупатель получил сообщение.</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/texts.py" line="133"/>
        <source>{mine} (customer {theirs})</source>
        <translation>{mine} (у покупателя {theirs})</translation>
    </message>
</context>
<context>
    <name>TrayMenu</name>
    <message>
        <location filename="../streamer_desktop/desktop/shell/tray.py" line="40"/>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/shell/tray.py" line="41"/>
        <source>Pause notifications</source>
        <translation>Приостановить уведомления</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/shell/tray.py" line="42"/>
        <source>Quit</source>
        <translation>Выйти</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/shell/tray.py" line="44"/>
        <source>Streamer desktop</source>
        <translation>Рабочее место стримера</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <location filename="../streamer_desktop/desktop/workspace.py" line="134"/>
        <source>An update from the service could not be shown ({error}); everything was loaded again.</source>
        <translation>Не удалось показать обновление от сервиса ({error}); всё загружено заново.</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/workspace.py" line="232"/>
        <source>The stream did not start.</source>
        <translation>Стрим не начался.</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/workspace.py" line="245"/>
        <source>The stream is still live.</source>
        <translation>Стрим всё ещё в эфире.</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/workspace.py" line="256"/>
        <source>This request has no stream to cancel.</source>
        <translation>У этой заявки нет стрима для отмены.</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/workspace.py" line="259"/>
        <source>The service cannot be reached, so the stream was not cancelled. Your message is kept; try again when the connection is back.</source>
        <translation>Сервис недоступен, поэтому стрим не отменён. Ваше сообщение сохранено; попробуйте снова, когда связь восстановится.</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/workspace.py" line="270"/>
        <source>The service cannot be reached. Try again when the connection is back.</source>
        <translation>Сервис недоступен. Попробуйте снова, когда связь восстановится.</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/workspace.py" line="283"/>
        <source>The service cannot be reached, so the request is still yours. Try again when the connection is back.</source>
        <translation>Сервис недоступен, поэтому запрос пока остаётся у вас. Попробуйте снова, когда связь восстановится.</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/workspace.py" line="423"/>
        <source>The service cannot be reached. {outcome} Try again when the connection is back.</source>
        <translation>Сервис недоступен. {outcome} Попробуйте снова, когда связь восстановится.</translation>
    </message>
    <message>
        <location filename="../streamer_desktop/desktop/workspace.py" line="425"/>
        <source>Your text is kept.</source>
        <translation>Ваш текст сохранён.</translation>
    </message>
</context>
</TS>
