// The appointment page, reached from the invitation: details, add to calendar, cancel.

import {
  api, askBeforeCancelling, calendarLinks, el, formatWhen, loadCatalog, t, tokenFrom,
} from "./common.js";

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
  const state = {
    cancelled: t("The appointment was cancelled."),
    completed: t("The live video has ended."),
    missed: t("The live video did not take place."),
    live: t("The live video has started."),
  }[appointment.status];
  const open = ["awaiting_customer", "confirmed"].includes(appointment.status);
  const parts = [
    el("h1", {}, t("Your live video")),
    el("p", { class: "when" }, formatWhen(appointment)),
    el("p", {}, `${appointment.streamer_name}, ${appointment.business_name}`),
    el("p", { class: "state", "data-status": appointment.status }, state || ""),
  ];
  if (appointment.status === "awaiting_customer" && appointment.email) {
    // Moved after the customer confirmed: one click confirms the new time.
    parts.push(el("p", { class: "hint" }, t("The time was moved. Confirm the new time with one click: we write to {email} as before.",
                                            { email: appointment.email })),
               el("button", { type: "button", class: "confirm", onclick: confirmNewTime },
                  t("Confirm the new time")));
  }
  if (open) {
    parts.push(el("p", {}, t("Add to calendar:"), " ",
      el("a", { href: links.ics, download: "live-video.ics", class: "ics" }, t("Calendar file (.ics)")),
      " · ", el("a", { href: links.google, rel: "noopener" }, t("Google Calendar")),
      " · ", el("a", { href: links.outlook, rel: "noopener" }, t("Outlook"))),
    askBeforeCancelling(appointment, cancel));
  }
  // replaceChildren would write a null as the text "null": only elements go in.
  main.replaceChildren(...parts);
}

async function confirmNewTime() {
  try {
    await api(`/api/a/${encodeURIComponent(token)}/confirm`, { method: "POST", body: {} });
  } catch (error) {
    main.append(el("p", { class: "error", role: "alert" }, error.message));
    return;
  }
  await show();
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
