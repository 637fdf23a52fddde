// The stream page of a conversation: waiting until the streamer starts, then live.

import { Conversation } from "./chat.js";
import { el, formatWhen, loadCatalog, t, tokenFrom } from "./common.js";

await loadCatalog();
document.title = t("Your live video");

const state = document.querySelector("#stream-state");
const token = tokenFrom("stream");
const chat = new Conversation(document.querySelector("#stream-chat"), token);

function latest() {
  const withAppointment = [...chat.messages.values()].filter((m) => m.appointment);
  return withAppointment.sort((a, b) => a.id - b.id).at(-1)?.appointment;
}

function show(appointment) {
  if (appointment?.status === "live") {
    state.dataset.state = "live";
    state.replaceChildren(el("h1", {}, t("The live video has started.")));
  } else if (appointment && ["confirmed", "awaiting_customer"].includes(appointment.status)) {
    state.dataset.state = "waiting";
    state.replaceChildren(el("h1", {}, t("Your live video")),
      el("p", {}, formatWhen(appointment)),
      el("p", { class: "hint" }, t("This page changes by itself when the stream starts.")));
  } else if (appointment?.status === "completed") {
    state.dataset.state = "ended";
    state.replaceChildren(el("h1", {}, t("The live video has ended.")),
      el("p", { class: "hint" }, t("Thank you for joining. You can go on chatting below.")));
  } else {
    state.dataset.state = appointment?.status || "none";
    state.replaceChildren(el("h1", {}, appointment?.status === "cancelled" ? t("The appointment was cancelled.")
                                                                           : t("Live shopping chat")));
  }
}

chat.onAppointment = () => show(latest());
chat.start().then(() => show(latest()));
