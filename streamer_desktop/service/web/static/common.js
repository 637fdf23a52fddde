// Shared by the customer's and the admin's pages: API calls, DOM building, dates.
// Every text that came from a person is set with textContent, never as HTML.

export const STRINGS = {
  chatButton: "Chat with a consultant",
  title: "Live shopping chat",
  close: "Close",
  yourName: "Your name",
  firstMessage: "How can we help?",
  start: "Start chat",
  send: "Send",
  messagePlaceholder: "Write a message…",
  comeBack: "Come back to this chat later with this link:",
  proposalTitle: "Live video proposed",
  proposalText: "{streamer} suggests a live video on",
  email: "Your e-mail",
  consent: "I agree to the processing of my personal data",
  consentLink: "(what this means)",
  confirm: "Confirm",
  decline: "Cancel",
  later: "Decide later",
  review: "Review the proposal",
  invalidEmail: "Please enter a valid e-mail address.",
  consentRequired: "Please agree to the processing of your personal data.",
  appointment: "Your live video",
  addToCalendar: "Add to calendar:",
  icsFile: "Calendar file (.ics)",
  google: "Google Calendar",
  outlook: "Outlook",
  cancelAppointment: "Cancel the appointment",
  cancelled: "The appointment was cancelled.",
  checkEmail: "Done! We sent the details and a calendar invitation to your e-mail.",
  declined: "You declined the proposed time. You can agree on another one in the chat.",
  cancelledByStreamer: "The consultant cancelled the live video.",
  started: "The live video has started.",
  join: "Join now",
  missed: "The live video did not take place.",
  proposedAt: "Live video proposed for {when}",
  offline: "Connection lost, reconnecting…",
  failed: "Something went wrong. Please try again.",
};

export function t(key, values = {}) {
  let text = STRINGS[key] ?? key;
  for (const [name, value] of Object.entries(values)) text = text.replace(`{${name}}`, value);
  return text;
}

// el("p", {class: "x", onclick: f}, "text", child) builds an element; strings are text.
export function el(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === null || value === false) continue;
    if (name.startsWith("on")) node.addEventListener(name.slice(2), value);
    else if (value === true) node.setAttribute(name, "");
    else node.setAttribute(name, String(value));
  }
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    node.append(typeof child === "string" ? document.createTextNode(child) : child);
  }
  return node;
}

export class ApiError extends Error {
  constructor(status, body) {
    super(body?.message || t("failed"));
    this.status = status;
    this.code = body?.error;
  }
}

export async function api(path, options = {}) {
  return (await apiWithHeaders(path, options)).data;
}

// Like api(), also returning the response headers.
export async function apiWithHeaders(path, { method = "GET", body, token } = {}) {
  const headers = { Accept: "application/json" };
  if (body !== undefined) headers["Content-Type"] = "application/json";
  if (token) headers.Authorization = `Bearer ${token}`;
  const response = await fetch(path, {
    method, headers, body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  const data = text ? JSON.parse(text) : null;
  if (!response.ok) throw new ApiError(response.status, data);
  return { data, headers: response.headers };
}

export function language() {
  return navigator.language || "en";
}

export function formatWhen(iso, timeZone) {
  const options = { dateStyle: "full", timeStyle: "short", timeZone };
  return new Intl.DateTimeFormat(language(), options).format(new Date(iso));
}

function compact(iso) {
  return new Date(iso).toISOString().replace(/[-:]/g, "").replace(/\.\d{3}/, "");
}

// Links that add the appointment to a calendar, all with UTC times.
export function calendarLinks(appointment) {
  const title = `Live video with ${appointment.streamer_name}, ${appointment.business_name}`;
  const details = `${location.origin}/appointment/${appointment.token}`;
  const google = new URL("https://calendar.google.com/calendar/render");
  google.search = new URLSearchParams({
    action: "TEMPLATE", text: title, details,
    dates: `${compact(appointment.starts_at)}/${compact(appointment.ends_at)}`,
  }).toString();
  const outlook = new URL("https://outlook.live.com/calendar/0/deeplink/compose");
  outlook.search = new URLSearchParams({
    path: "/calendar/action/compose", rru: "addevent", subject: title, body: details,
    startdt: new Date(appointment.starts_at).toISOString(),
    enddt: new Date(appointment.ends_at).toISOString(),
  }).toString();
  return {
    ics: `/api/a/${encodeURIComponent(appointment.token)}/calendar.ics`,
    google: google.toString(),
    outlook: outlook.toString(),
  };
}

export function isEmail(text) {
  return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(text.trim());
}

// The path segment after /prefix/, e.g. the token of /appointment/<token>.
export function tokenFrom(prefix) {
  const parts = location.pathname.split("/").filter(Boolean);
  return parts[0] === prefix && parts[1] ? decodeURIComponent(parts[1]) : null;
}
