// The appointment page, reached from the invitation: details, add to calendar, cancel.

import { api, calendarLinks, el, formatWhen, loadCatalog, t, tokenFrom } from "./common.js";

await loadCatalog();
document.title = t("Your live video");

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
    el("h1", {}, t("Your live video")),
    el("p", { class: "when" }, formatWhen(appointment)),
    el("p", {}, `${appointment.streamer_name}, ${appointment.business_name}`),
    el("p", { class: "state", "data-status": appointment.status },
       cancelled ? t("The appointment was cancelled.") : ""),
    cancelled ? null : el("p", {}, t("Add to calendar:"), " ",
      el("a", { href: links.ics, download: "live-video.ics", class: "ics" }, t("Calendar file (.ics)")),
      " · ", el("a", { href: links.google, rel: "noopener" }, t("Google Calendar")),
      " · ", el("a", { href: links.outlook, rel: "noopener" }, t("Outlook"))),
    cancelled ? null : el("button", { type: "button", class: "cancel-appointment",
                                      onclick: cancel }, t("Cancel the appointment")));
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
