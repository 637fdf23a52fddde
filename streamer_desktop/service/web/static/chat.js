// A customer's conversation: messages, live events, the confirmation pop-up and the
// appointment box. Used by the shop's chat widget and by the stream page.

import {
  ApiError, api, apiWithHeaders, calendarLinks, el, formatWhen, isEmail, t,
} from "./common.js";

export class Conversation {
  constructor(root, token, { onGone } = {}) {
    this.root = root;
    this.token = token;
    this.onGone = onGone;
    this.messages = new Map();
    this.dismissed = new Set();
    this.list = el("ol", { class: "messages", "aria-live": "polite" });
    this.status = el("p", { class: "status", role: "status" });
    this.input = el("input", { type: "text", name: "message", maxlength: 4000,
                               "aria-label": t("Write a message…"),
                               placeholder: t("Write a message…") });
    this.form = el("form", { class: "composer", onsubmit: (event) => this.send(event) },
                   this.input, el("button", { type: "submit" }, t("Send")));
    this.popup = el("div", { class: "popup", hidden: true });
    root.replaceChildren(this.status, this.list, this.form, this.popup);
  }

  async start() {
    let newest;
    try {
      const loaded = await apiWithHeaders(`/api/c/${encodeURIComponent(this.token)}`);
      this.conversation = loaded.data;
      newest = loaded.headers.get("Last-Event-ID");
    } catch (error) {
      if (error instanceof ApiError && error.status === 404 && this.onGone) this.onGone();
      else this.status.textContent = error.message;
      return false;
    }
    for (const message of this.conversation.messages) this.messages.set(message.id, message);
    this.render();
    this.listen(newest);
    return true;
  }

  listen(newest) {
    // Events start right after what was loaded, so nothing falls in between; after a
    // drop, EventSource resumes by itself from the last id it saw.
    const from = newest ? `?last_event_id=${encodeURIComponent(newest)}` : "";
    this.events = new EventSource(`/api/c/${encodeURIComponent(this.token)}/events${from}`);
    this.events.addEventListener("open", () => { this.status.textContent = ""; });
    this.events.addEventListener("error", () => { this.status.textContent = t("Connection lost, reconnecting…"); });
    this.events.addEventListener("message.created", (event) => {
      const { message } = JSON.parse(event.data);
      this.messages.set(message.id, message);
      this.render();
    });
    for (const type of ["stream.confirmed", "stream.cancelled", "stream.started",
                        "stream.completed", "stream.missed", "stream.scheduled"]) {
      this.events.addEventListener(type, (event) => this.update(JSON.parse(event.data)));
    }
  }

  update({ appointment }) {
    // The newest state of an appointment replaces it in every message that shows it.
    for (const message of this.messages.values()) {
      if (message.appointment?.token === appointment.token) message.appointment = appointment;
    }
    this.render();
    if (this.onAppointment) this.onAppointment(appointment);
  }

  stop() {
    this.events?.close();
  }

  async send(event) {
    event.preventDefault();
    const body = this.input.value.trim();
    if (!body) return;
    try {
      const message = await api(`/api/c/${encodeURIComponent(this.token)}/messages`,
                                { method: "POST", body: { body } });
      this.messages.set(message.id, message);
      this.input.value = "";
      this.render();
    } catch (error) {
      this.status.textContent = error.message;  // the typed text stays in the field
    }
  }

  render() {
    const sorted = [...this.messages.values()].sort((a, b) => a.id - b.id);
    this.list.replaceChildren(...sorted.map((message) => this.item(message)));
    this.list.lastElementChild?.scrollIntoView({ block: "end" });
    const asking = sorted.filter((m) => m.kind === "confirmation_request"
      && m.appointment?.status === "awaiting_customer"
      && !this.dismissed.has(m.appointment.token)).at(-1);
    if (asking) this.showProposal(asking.appointment);
    else this.hideProposal();
  }

  item(message) {
    const a = message.appointment;
    const when = a ? formatWhen(a) : "";
    let content;
    switch (message.kind) {
      case "text":
        content = el("p", {}, message.body);
        break;
      case "confirmation_request":
        content = el("p", {}, t("Live video proposed for {when}", { when }),
          a?.status === "awaiting_customer"
            ? el("button", { type: "button", class: "link", onclick: () => {
                this.dismissed.delete(a.token); this.render(); } }, t("Review the proposal")) : null);
        break;
      case "appointment":
        content = a.status === "cancelled" ? el("p", {}, t("The appointment was cancelled.")) : this.box(a);
        break;
      case "declined":
        content = el("p", {}, t("You declined the proposed time. You can agree on another one in the chat."));
        break;
      case "cancellation":
        content = el("p", {}, a?.cancelled_by === "customer" ? t("The appointment was cancelled.")
                                                             : t("The consultant cancelled the live video."));
        break;
      case "stream_started":
        content = el("p", {}, t("The live video has started."), " ",
                     el("a", { href: `/stream/${encodeURIComponent(this.token)}` }, t("Join now")));
        break;
      default:
        content = el("p", {}, t("The live video did not take place."));
    }
    return el("li", { class: `message ${message.sender} ${message.kind}`,
                      "data-kind": message.kind }, content);
  }

  box(appointment) {
    const links = calendarLinks(appointment);
    return el("section", { class: "appointment-box", "aria-label": t("Your live video") },
      el("h3", {}, t("Your live video")),
      el("p", { class: "when" }, formatWhen(appointment)),
      el("p", {}, `${appointment.streamer_name}, ${appointment.business_name}`),
      el("p", { class: "calendar" }, t("Add to calendar:"), " ",
        el("a", { href: links.ics, download: "live-video.ics", class: "ics" }, t("Calendar file (.ics)")),
        " · ", el("a", { href: links.google, target: "_blank", rel: "noopener" }, t("Google Calendar")),
        " · ", el("a", { href: links.outlook, target: "_blank", rel: "noopener" }, t("Outlook"))),
      el("p", { class: "hint" }, t("Done! We sent the details and a calendar invitation to your e-mail.")),
      el("button", { type: "button", class: "cancel-appointment",
                     onclick: () => this.cancel(appointment) }, t("Cancel the appointment")));
  }

  showProposal(appointment) {
    if (this.popup.dataset.token === appointment.token && !this.popup.hidden) return;
    const email = el("input", { type: "email", name: "email", required: true,
                                autocomplete: "email", id: "proposal-email" });
    const consent = el("input", { type: "checkbox", name: "consent", id: "proposal-consent" });
    const error = el("p", { class: "error", role: "alert" });
    const confirm = el("button", { type: "submit", class: "confirm", disabled: true },
                       t("Confirm"));
    const check = () => {
      confirm.disabled = !(isEmail(email.value) && consent.checked);
    };
    email.addEventListener("input", check);
    consent.addEventListener("change", check);
    const form = el("form", {
      class: "proposal", "aria-labelledby": "proposal-title",
      onsubmit: (event) => this.confirm(event, appointment, email, consent, error),
      onkeydown: (event) => {
        if (event.key === "Escape") { this.dismissed.add(appointment.token); this.render(); }
      },
    },
      el("h3", { id: "proposal-title" }, t("Live video proposed")),
      el("p", {}, t("{streamer} suggests a live video on", { streamer: appointment.streamer_name })),
      el("p", { class: "when" }, formatWhen(appointment)),
      el("label", { for: "proposal-email" }, t("Your e-mail")), email,
      el("label", { class: "consent" }, consent, " ", t("I agree to the processing of my personal data"), " ",
         el("a", { href: "/privacy", target: "_blank", rel: "noopener" }, t("(what this means)"))),
      error,
      el("div", { class: "actions" },
        el("button", { type: "button", class: "decline",
                       onclick: () => this.cancel(appointment) }, t("Cancel")),
        el("button", { type: "button", class: "later", onclick: () => {
          this.dismissed.add(appointment.token); this.render(); } }, t("Decide later")),
        confirm));
    this.popup.dataset.token = appointment.token;
    this.popup.replaceChildren(form);
    this.popup.hidden = false;
    email.focus();
  }

  hideProposal() {
    this.popup.hidden = true;
    delete this.popup.dataset.token;
  }

  async confirm(event, appointment, email, consent, error) {
    event.preventDefault();
    if (!isEmail(email.value)) { error.textContent = t("Please enter a valid e-mail address."); return; }
    if (!consent.checked) { error.textContent = t("Please agree to the processing of your personal data."); return; }
    try {
      const updated = await api(`/api/a/${encodeURIComponent(appointment.token)}/confirm`, {
        method: "POST", body: { email: email.value.trim(), consent: true },
      });
      this.update({ appointment: updated });
    } catch (failure) {
      error.textContent = failure.message;
    }
  }

  async cancel(appointment) {
    try {
      const updated = await api(`/api/a/${encodeURIComponent(appointment.token)}/cancel`,
                                { method: "POST" });
      this.update({ appointment: updated });
    } catch (failure) {
      this.status.textContent = failure.message;
    }
  }
}
