// A customer's conversation: messages, live events, the confirmation pop-up and the
// appointment box. Used by the shop's chat widget and by the stream page.

import {
  ApiError, api, apiWithHeaders, askBeforeCancelling, calendarLinks, el, formatWhen, isEmail, t,
} from "./common.js";

export class Conversation {
  constructor(root, token, { onGone, onStreamPage = false } = {}) {
    this.root = root;
    this.token = token;
    this.onGone = onGone;
    this.onStreamPage = onStreamPage;  // the stream page needs no link to itself
    this.messages = new Map();
    this.dismissed = new Set();
    this.draft = { email: "", consent: false };  // kept when the proposal is put off
    this.list = el("ol", { class: "messages", "aria-live": "polite" });
    this.status = el("p", { class: "status", role: "status" });
    this.input = el("input", { type: "text", name: "message", maxlength: 4000,
                               "aria-label": t("Write a message…"),
                               placeholder: t("Write a message…") });
    this.form = el("form", { class: "composer", onsubmit: (event) => this.send(event) },
                   this.input, el("button", { type: "submit" }, t("Send")));
    // The proposal is a modal dialog over the conversation: announced as one, opaque,
    // holding the focus while it is open and giving it back when it closes.
    this.popup = el("div", { class: "popup", hidden: true, role: "dialog", "aria-modal": "true",
                             "aria-labelledby": "proposal-title",
                             "aria-describedby": "proposal-when",
                             onkeydown: (event) => this.trapFocus(event) });
    this.returnFocus = null;
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
      const isNew = !this.messages.has(message.id);
      this.messages.set(message.id, message);
      this.render();
      if (isNew && message.sender !== "customer" && this.onIncoming) this.onIncoming(message);
    });
    // The live picture's signalling, for the stream page.
    for (const type of ["live.joined", "live.offered"]) {
      this.events.addEventListener(type, (event) => this.onLive?.(type, JSON.parse(event.data).live));
    }
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
    // The list scrolls inside itself: scrolling the page would carry a customer away
    // from the live picture whenever a message arrives.
    this.list.scrollTop = this.list.scrollHeight;
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
        content = a?.status === "cancelled" && a?.cancelled_by !== "customer"
          ? el("p", {}, t("Proposal withdrawn: {when}", { when }))
          : el("p", {}, t("Live video proposed for {when}", { when }),
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
        content = el("p", {}, t("The live video has started."), " ", this.joinLink());
        break;
      case "stream_completed":
        content = el("p", {}, t("The live video has ended."));
        break;
      case "transferred":
        content = el("p", {}, t("{name} now looks after your request.", { name: message.body }));
        break;
      default:
        content = el("p", {}, t("The live video did not take place."));
    }
    return el("li", { class: `message ${message.sender} ${message.kind}`,
                      "data-kind": message.kind }, content);
  }

  // "Join now", leading to the stream page (none on the stream page itself).
  joinLink() {
    return this.onStreamPage ? null
      : el("a", { href: `/stream/${encodeURIComponent(this.token)}`, class: "join" }, t("Join now"));
  }

  box(appointment) {
    const heading = [
      el("h3", {}, t("Your live video")),
      el("p", { class: "when" }, formatWhen(appointment)),
      el("p", {}, `${appointment.streamer_name}, ${appointment.business_name}`)];
    const attributes = { class: "appointment-box", "aria-label": t("Your live video"),
                         "data-status": appointment.status };
    if (appointment.status === "live") {
      // Live: nothing left to put in a calendar, and the service refuses a cancel.
      return el("section", attributes, ...heading,
        el("p", { class: "live-now" }, el("span", { class: "live-dot", "aria-hidden": "true" }),
           t("Live now")),
        this.joinLink());
    }
    if (!["awaiting_customer", "confirmed"].includes(appointment.status)) {
      return el("section", attributes, ...heading,
        el("p", { class: "hint" }, appointment.status === "completed" ? t("The live video has ended.")
                                                                      : t("The live video did not take place.")));
    }
    const links = calendarLinks(appointment);
    return el("section", attributes, ...heading,
      el("p", { class: "calendar" }, t("Add to calendar:"), " ",
        el("a", { href: links.ics, download: "live-video.ics", class: "ics" }, t("Calendar file (.ics)")),
        " · ", el("a", { href: links.google, target: "_blank", rel: "noopener" }, t("Google Calendar")),
        " · ", el("a", { href: links.outlook, target: "_blank", rel: "noopener" }, t("Outlook"))),
      el("p", { class: "hint" }, t("Done! We sent the details and a calendar invitation to your e-mail.")),
      askBeforeCancelling(appointment, () => this.cancel(appointment)));
  }

  showProposal(appointment) {
    if (this.popup.dataset.token === appointment.token && !this.popup.hidden) return;
    if (this.popup.hidden) this.returnFocus = document.activeElement;
    const error = el("p", { class: "error", role: "alert", id: "proposal-error" });
    const later = () => { this.dismissed.add(appointment.token); this.render(); };
    const oneClick = Boolean(appointment.email);  // moved after they confirmed
    let body;
    let fields = null;
    if (oneClick) {
      body = [el("p", {}, t("{streamer} moved your live video to", { streamer: appointment.streamer_name })),
              el("p", { class: "when", id: "proposal-when" }, formatWhen(appointment)),
              el("p", { class: "hint" }, t("Confirm the new time with one click: we write to {email} as before.",
                                           { email: appointment.email }))];
    } else {
      const email = el("input", { type: "email", name: "email", required: true,
                                  autocomplete: "email", id: "proposal-email",
                                  "aria-describedby": "proposal-error",
                                  oninput: () => { this.draft.email = email.value; } });
      const consent = el("input", { type: "checkbox", name: "consent", id: "proposal-consent",
                                    "aria-describedby": "proposal-error",
                                    onchange: () => { this.draft.consent = consent.checked; } });
      email.value = this.draft.email;
      consent.checked = this.draft.consent;
      fields = { email, consent };
      body = [el("p", {}, t("{streamer} suggests a live video on", { streamer: appointment.streamer_name })),
              el("p", { class: "when", id: "proposal-when" }, formatWhen(appointment)),
              el("label", { for: "proposal-email" }, t("Your e-mail")), email];
    }
    const confirm = el("button", { type: "submit", class: "confirm" },
                       oneClick ? t("Confirm the new time") : t("Confirm"));
    const form = el("form", {
      class: "proposal", "aria-labelledby": "proposal-title", novalidate: true,
      onsubmit: (event) => this.confirm(event, appointment, fields, error),
      onkeydown: (event) => { if (event.key === "Escape") later(); },
    },
      el("div", { class: "proposal-body" },
        el("h3", { id: "proposal-title" }, oneClick ? t("New time proposed") : t("Live video proposed")),
        ...body),
      el("div", { class: "proposal-footer" },
        fields ? el("label", { class: "consent" }, fields.consent, " ",
                    t("I agree to the processing of my personal data"), " ",
                    el("a", { href: "/privacy", target: "_blank", rel: "noopener" }, t("(what this means)")))
               : null,
        error,
        el("div", { class: "actions" },
          el("button", { type: "button", class: "decline",
                         onclick: () => this.cancel(appointment) }, t("Decline this time")),
          el("button", { type: "button", class: "later", onclick: later }, t("Decide later")),
          confirm)));
    this.popup.dataset.token = appointment.token;
    this.popup.replaceChildren(form);
    this.popup.hidden = false;
    (fields ? fields.email : confirm).focus();
  }

  hideProposal() {
    if (this.popup.hidden) return;
    const hadFocus = this.popup.contains(document.activeElement);
    this.popup.hidden = true;
    delete this.popup.dataset.token;
    if (hadFocus) {
      const back = this.returnFocus?.isConnected ? this.returnFocus : this.input;
      back.focus();
    }
    this.returnFocus = null;
  }

  // Tab and Shift+Tab go round the dialog's own controls while it is open.
  trapFocus(event) {
    if (event.key !== "Tab" || this.popup.hidden) return;
    const focusable = [...this.popup.querySelectorAll("input, button, a[href]")]
      .filter((node) => !node.disabled && node.offsetParent !== null);
    if (!focusable.length) return;
    const first = focusable[0];
    const last = focusable.at(-1);
    if (event.shiftKey && document.activeElement === first) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && document.activeElement === last) {
      event.preventDefault();
      first.focus();
    }
  }

  async confirm(event, appointment, fields, error) {
    event.preventDefault();
    let body = {};
    if (fields) {
      const { email, consent } = fields;
      email.removeAttribute("aria-invalid");
      consent.removeAttribute("aria-invalid");
      if (!isEmail(email.value)) {
        error.textContent = t("Please enter a valid e-mail address.");
        email.setAttribute("aria-invalid", "true");
        email.focus();
        return;
      }
      if (!consent.checked) {
        error.textContent = t("Please tick the box: without your consent to the processing of your personal data we cannot send you the invitation and the link.");
        consent.setAttribute("aria-invalid", "true");
        consent.focus();
        return;
      }
      body = { email: email.value.trim(), consent: true };
    }
    try {
      const updated = await api(`/api/a/${encodeURIComponent(appointment.token)}/confirm`, {
        method: "POST", body,
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
