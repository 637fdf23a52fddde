// The stream page of a conversation: waiting until the streamer starts, then the live
// picture (sound off until the customer turns it on) with the chat, then "ended".

import { Conversation } from "./chat.js";
import { el, formatWhen, loadCatalog, t, tokenFrom } from "./common.js";
import { Viewer } from "./viewer.js";

await loadCatalog();
document.title = t("Your live video");

const state = document.querySelector("#stream-state");
const stage = document.querySelector("#stream-stage");
const video = document.querySelector("#stream-video");
const note = document.querySelector("#stream-note");
const soundButton = document.querySelector("#sound-button");
const fullScreenButton = document.querySelector("#full-screen-button");
const chatLink = document.querySelector("#chat-link");
const picture = document.querySelector(".stream-screen");
const token = tokenFrom("stream");
const chat = new Conversation(document.querySelector("#stream-chat"), token, { onStreamPage: true });
const viewer = new Viewer(token, video, { onStatus: showStatus, onTakenOver: showTakenOver });

soundButton.textContent = t("Turn on sound");
fullScreenButton.textContent = t("Full screen");
fullScreenButton.hidden = !picture.requestFullscreen;
fullScreenButton.addEventListener("click", () => {
  if (document.fullscreenElement) document.exitFullscreen().catch(() => {});
  else picture.requestFullscreen().catch(() => {});
});
document.addEventListener("fullscreenchange", () => {
  fullScreenButton.textContent = document.fullscreenElement ? t("Leave full screen") : t("Full screen");
});
chatLink.textContent = t("Chat");
chatLink.addEventListener("click", (event) => {
  // In landscape on a phone the picture fills the screen; the chat is one tap away.
  event.preventDefault();
  document.querySelector("#stream-chat").scrollIntoView({ behavior: "smooth" });
  document.querySelector("#stream-chat textarea, #stream-chat input")?.focus({ preventScroll: true });
});
video.setAttribute("aria-label", t("The streamer's live video"));
soundButton.addEventListener("click", () => {
  video.muted = false;
  video.play().catch(() => {});
  soundButton.hidden = true;
});

function showStatus(status) {
  stage.dataset.status = status;
  note.replaceChildren();
  if (status === "connecting") note.append(t("Connecting to the live video…"));
  else if (status === "reconnecting") note.append(t("The connection dropped. Reconnecting…"));
}

function showTakenOver() {
  stage.dataset.status = "elsewhere";
  note.replaceChildren(t("The live video now plays in another window or browser."), " ",
                       el("button", { type: "button", onclick: () => viewer.join() }, t("Watch here")));
}

function latest() {
  const withAppointment = [...chat.messages.values()].filter((m) => m.appointment);
  return withAppointment.sort((a, b) => a.id - b.id).at(-1)?.appointment;
}

function show(appointment) {
  const live = appointment?.status === "live";
  stage.hidden = !live;
  if (live) {
    // A quiet line: the picture is what the customer came for, and red reads as an error.
    state.dataset.state = "live";
    state.replaceChildren(el("p", { class: "live-line" },
      el("span", { class: "live-dot", "aria-hidden": "true" }), t("Live now"), " · ",
      `${appointment.streamer_name}, ${appointment.business_name}`));
    if (!viewer.active && !viewer.takenOver) viewer.join();
    return;
  }
  viewer.stop();
  if (appointment && ["confirmed", "awaiting_customer"].includes(appointment.status)) {
    state.dataset.state = "waiting";
    state.replaceChildren(el("h1", {}, t("Your live video")),
      el("p", {}, formatWhen(appointment)),
      el("p", { class: "hint" }, t("Waiting for the streamer. This page changes by itself when the stream starts.")));
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

chat.onLive = (type, live) => {
  if (type === "live.joined") viewer.joined(live);
  else if (type === "live.offered") viewer.offered(live).catch(() => viewer.rejoin());
};
chat.onAppointment = () => show(latest());
chat.start().then(() => show(latest()));
window.addEventListener("pagehide", () => viewer.leave());
