// Shared by the customer's and the admin's pages: API calls, DOM building, dates.
// Every text that came from a person is set with textContent, never as HTML.

// Texts are written in English and looked up in the catalog of the reader's language,
// which the service serves from the same catalogs as its e-mails (loadCatalog).
let catalog = {};

export async function loadCatalog() {
  let shown = "en";
  try {
    const response = await fetch(`/api/i18n/${encodeURIComponent(language())}`);
    if (response.ok) {
      const loaded = await response.json();
      catalog = loaded.messages;
      shown = loaded.locale || "en";
    }
  } catch {
    catalog = {};  // English, as written
  }
  // Screen readers and browsers read the page in the language it is shown in.
  document.documentElement.lang = shown.replace("_", "-");
}

export function t(text, values = {}) {
  let result = catalog[text] || text;
  for (const [name, value] of Object.entries(values)) result = result.replace(`{${name}}`, value);
  return result;
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
    super(body?.message || t("Something went wrong. Please try again."));
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

// The start as the service wrote it for the customer (their zone and language).
// Appointments stored before the service wrote it are formatted here instead.
export function formatWhen(appointment) {
  if (appointment.when) return appointment.when;
  const options = { dateStyle: "full", timeStyle: "short", timeZone: appointment.time_zone };
  return new Intl.DateTimeFormat(language(), options).format(new Date(appointment.starts_at));
}

function compact(iso) {
  return new Date(iso).toISOString().replace(/[-:]/g, "").replace(/\.\d{3}/, "");
}

// Links that add the appointment to a calendar, all with UTC times.
export function calendarLinks(appointment) {
  const title = t("Live video with {streamer}, {business}", {
    streamer: appointment.streamer_name, business: appointment.business_name,
  });
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

// "Cancel the appointment", asking once before it does: the button turns into
// "Cancel your live video on …?" with a yes and a no.
export function askBeforeCancelling(appointment, cancel) {
  const holder = el("div", { class: "cancel-ask" });
  const offer = () => {
    const button = el("button", { type: "button", class: "cancel-appointment",
                                  onclick: () => ask(button) }, t("Cancel the appointment"));
    holder.replaceChildren(button);
    return button;
  };
  const ask = () => {
    const no = el("button", { type: "button", class: "keep-appointment",
                              onclick: () => offer().focus() }, t("No, keep it"));
    holder.replaceChildren(
      el("p", { role: "alert", class: "cancel-question" },
         t("Cancel your live video on {when}?", { when: formatWhen(appointment) })),
      el("div", { class: "actions" },
        el("button", { type: "button", class: "confirm-cancel", onclick: cancel }, t("Yes, cancel it")),
        no));
    no.focus();
  };
  offer();
  return holder;
}

export function isEmail(text) {
  return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(text.trim());
}

// The path segment after /prefix/, e.g. the token of /appointment/<token>.
export function tokenFrom(prefix) {
  const parts = location.pathname.split("/").filter(Boolean);
  return parts[0] === prefix && parts[1] ? decodeURIComponent(parts[1]) : null;
}
