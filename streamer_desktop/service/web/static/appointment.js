// The appointment page, reached from the invitation: details, add to calendar, cancel.

import { api, calendarLinks, el, formatWhen, t, tokenFrom } from "./common.js";

const main = document.querySelector("main");
const token = tokenFrom("appointment");

async function show() {
  let appointment;
  try {
    appointment = await api(`/api/a/${encodeURIComponent(token)}`);
  } catch (error) {
    main.replaceChildren(el("p", { class: "error", role: "alert" }, error.message));
    return;
  }
  const links = calendarLinks(appointment);
  const cancelled = appointment.status === "cancelled";
  main.replaceChildren(
    el("h1", {}, t("appointment")),
    el("p", { class: "when" }, formatWhen(appointment.starts_at, appointment.time_zone)),
    el("p", {}, `${appointment.streamer_name}, ${appointment.business_name}`),
    el("p", { class: "state", "data-status": appointment.status },
       cancelled ? t("cancelled") : ""),
    cancelled ? null : el("p", {}, t("addToCalendar"), " ",
      el("a", { href: links.ics, download: "live-video.ics", class: "ics" }, t("icsFile")),
      " · ", el("a", { href: links.google, rel: "noopener" }, t("google")),
      " · ", el("a", { href: links.outlook, rel: "noopener" }, t("outlook"))),
    cancelled ? null : el("button", { type: "button", class: "cancel-appointment",
                                      onclick: cancel }, t("cancelAppointment")));
}

async function cancel() {
  try {
    await api(`/api/a/${encodeURIComponent(token)}/cancel`, { method: "POST" });
  } catch (error) {
    main.append(el("p", { class: "error", role: "alert" }, error.message));
    return;
  }
  await show();
}

show();
