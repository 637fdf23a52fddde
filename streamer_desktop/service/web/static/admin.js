// The shop admin's pages: sign in, then Content (the stream switch and defaults), Team
// (invite, reset a password, disable or remove with handover), Requests (reassign) and
// the audit log.

import { api, el, isEmail, language, loadCatalog, t } from "./common.js";

await loadCatalog();
document.title = t("Shop settings");

const main = document.querySelector("main");
let token = sessionStorage.getItem("streamer-admin-token");
let me;

const SECTIONS = [
  ["content", () => t("Content"), content],
  ["team", () => t("Team"), teamSection],
  ["requests", () => t("Requests"), requestsSection],
  ["audit", () => t("Audit log"), auditSection],
];

const call = (path, options = {}) => api(path, { token, ...options });

// A table whose rows become labelled stacks on a phone (each cell names its column).
function table(id, headers, rows) {
  for (const row of rows) {
    [...row.children].forEach((cell, i) => cell.setAttribute("data-label", headers[i]));
  }
  return el("div", { class: "table-scroll" }, el("table", { id },
    el("thead", {}, el("tr", {}, ...headers.map((h) => el("th", { scope: "col" }, h)))),
    el("tbody", {}, ...rows)));
}

function signIn(error = "") {
  const email = el("input", { type: "email", id: "admin-email", required: true,
                              autocomplete: "username" });
  const password = el("input", { type: "password", id: "admin-password", required: true,
                                 autocomplete: "current-password" });
  main.replaceChildren(el("h1", {}, t("Sign in")),
    el("form", { onsubmit: async (event) => {
      event.preventDefault();
      try {
        const result = await api("/api/auth/login", { method: "POST",
          body: { email: email.value, password: password.value } });
        token = result.token;
        sessionStorage.setItem("streamer-admin-token", token);
        await start();
      } catch (failure) {
        signIn(failure.message);
      }
    } },
      el("label", { for: "admin-email" }, t("E-mail")), email,
      el("label", { for: "admin-password" }, t("Password")), password,
      el("p", { class: "error", role: "alert" }, error),
      el("button", { type: "submit" }, t("Sign in"))));
  email.focus();
}

async function start() {
  try {
    me = await call("/api/me");
  } catch (failure) {
    sessionStorage.removeItem("streamer-admin-token");
    signIn(failure.status === 401 ? "" : failure.message);
    return;
  }
  if (me.user.role !== "admin") {
    signIn(t("Only an administrator can change the shop's settings."));
    return;
  }
  show(location.hash.slice(1) || "content");
}

// One section at a time, chosen in the navigation (and kept in the address's #).
async function show(name) {
  const section = SECTIONS.find(([key]) => key === name) || SECTIONS[0];
  history.replaceState(null, "", `#${section[0]}`);
  const nav = el("nav", { "aria-label": t("Settings sections"), class: "sections" },
    ...SECTIONS.map(([key, label]) => el("a", {
      href: `#${key}`, id: `nav-${key}`, "aria-current": key === section[0] ? "page" : false,
      onclick: (event) => { event.preventDefault(); show(key); } }, label())));
  const body = el("section", { "aria-labelledby": `${section[0]}-title` });
  main.replaceChildren(el("h1", {}, t("Settings — {shop}", { shop: me.business.name })), nav,
                       body);
  try {
    await section[2](body);
  } catch (failure) {
    if (failure.status === 401) { sessionStorage.removeItem("streamer-admin-token"); signIn(); return; }
    body.append(el("p", { class: "error", role: "alert" }, failure.message));
  }
}

async function content(body) {
  const current = (await call("/api/me")).business.settings;
  const status = el("p", { class: "status", role: "status" });
  const save = async (changes) => {
    try {
      await call("/api/business/settings", { method: "PATCH", body: changes });
      status.textContent = t("Saved.");
    } catch (failure) {
      status.textContent = failure.message;
    }
  };
  const duration = el("input", { type: "number", id: "default-duration", min: 5, max: 240,
                                 step: 5, value: current.default_duration_min,
                                 onchange: (e) => save({ default_duration_min: Number(e.target.value) }) });
  const quietStart = el("input", { type: "time", id: "quiet-start", value: current.quiet_hours_start,
                                   onchange: (e) => save({ quiet_hours_start: e.target.value }) });
  const quietEnd = el("input", { type: "time", id: "quiet-end", value: current.quiet_hours_end,
                                 onchange: (e) => save({ quiet_hours_end: e.target.value }) });
  const toggle = el("input", { type: "checkbox", id: "scheduled-stream-switch", role: "switch",
                               checked: current.scheduled_streams_enabled,
                               onchange: (e) => save({ scheduled_streams_enabled: e.target.checked }) });
  body.append(
    el("h2", { id: "content-title" }, t("Content")),
    el("label", { for: "default-duration" }, t("Default stream duration (minutes)")), duration,
    el("fieldset", {}, el("legend", {}, t("Customer quiet hours")),
      el("label", { for: "quiet-start" }, t("From")), quietStart,
      el("label", { for: "quiet-end" }, t("To")), quietEnd),
    el("div", { class: "switch-row" }, toggle,
       el("label", { for: "scheduled-stream-switch" }, t("Scheduled stream"))),
    status);
}

const STATUS_WORDS = {
  active: () => t("Active"), invited: () => t("Invited"), disabled: () => t("Disabled"),
};
const ROLE_WORDS = { streamer: () => t("Streamer"), admin: () => t("Administrator") };

async function teamSection(body, said = "") {
  const members = await call("/api/team");
  const status = el("p", { class: "status", role: "status", id: "team-status" }, said);
  const rows = members.map((m) => {
    const actions = el("div", { class: "actions" });
    const resend = m.status === "invited" ? t("Send the invitation again") : t("Reset password");
    if (m.status !== "disabled") {
      actions.append(el("button", { type: "button", "aria-label": `${resend}: ${m.display_name}`,
        onclick: async () => {
          await act(body, () => call(`/api/admin/team/${m.id}/password-reset`, { method: "POST" }),
                    t("A link went to {email}.", { email: m.email }));
        } }, resend));
    }
    if (m.id !== me.user.id) {
      if (m.status === "disabled") {
        actions.append(el("button", { type: "button", "aria-label": `${t("Enable")}: ${m.display_name}`,
          onclick: () => act(body, () => call(`/api/admin/team/${m.id}/enable`, { method: "POST" }),
                             t("{name} can sign in again.", { name: m.display_name })) },
          t("Enable")));
      } else {
        actions.append(el("button", { type: "button", "aria-label": `${t("Disable")}: ${m.display_name}`,
          onclick: () => askHandover(body, m, members, "disable") }, t("Disable")));
      }
      actions.append(el("button", { type: "button", "aria-label": `${t("Remove")}: ${m.display_name}`,
        onclick: () => askHandover(body, m, members, "remove") }, t("Remove")));
    }
    return el("tr", { "data-email": m.email },
      el("td", {}, m.display_name), el("td", {}, m.email), el("td", {}, ROLE_WORDS[m.role]()),
      el("td", { class: "member-status" }, STATUS_WORDS[m.status]()),
      el("td", {}, m.online ? t("Online") : t("Offline")),
      el("td", { class: "number" }, String(m.open_requests)), el("td", {}, actions));
  });
  const name = el("input", { type: "text", id: "invite-name", required: true, maxlength: 200,
                             autocomplete: "off" });
  const email = el("input", { type: "email", id: "invite-email", required: true,
                              autocomplete: "off" });
  const role = el("select", { id: "invite-role" },
    el("option", { value: "streamer" }, t("Streamer")),
    el("option", { value: "admin" }, t("Administrator")));
  const error = el("p", { class: "error", role: "alert", id: "invite-error" });
  body.append(
    el("h2", { id: "team-title" }, t("Team")),
    table("team-table", [t("Name"), t("E-mail"), t("Role"), t("Status"), t("Presence"),
                         t("Open requests"), t("Actions")], rows),
    status,
    el("h3", {}, t("Invite a member")),
    el("form", { id: "invite-form", novalidate: true, onsubmit: async (event) => {
      event.preventDefault();
      if (!isEmail(email.value)) { error.textContent = t("Please enter a valid e-mail address."); email.focus(); return; }
      try {
        await call("/api/admin/team", { method: "POST", body: {
          email: email.value.trim(), display_name: name.value, role: role.value } });
        body.replaceChildren();
        await teamSection(body, t("An invitation went to {email}.", { email: email.value.trim() }));
      } catch (failure) {
        error.textContent = failure.message;
      }
    } },
      el("label", { for: "invite-name" }, t("Name")), name,
      el("label", { for: "invite-email" }, t("E-mail")), email,
      el("label", { for: "invite-role" }, t("Role")), role,
      error,
      el("button", { type: "submit", id: "invite-button" }, t("Send invitation"))));
}

async function act(body, work, said) {
  try {
    await work();
  } catch (failure) {
    said = failure.message;
  }
  body.replaceChildren();
  await teamSection(body, said);
}

// Disabling or removing asks whom the member's open requests go to.
function askHandover(body, member, members, what) {
  const choices = members.filter((m) => m.id !== member.id && m.status === "active"
                                       && m.role === "streamer");
  const to = el("select", { id: "handover-to" },
    el("option", { value: "" }, t("The least busy streamer")),
    ...choices.map((m) => el("option", { value: m.id }, m.display_name)));
  const dialog = el("dialog", { id: "handover-dialog", "aria-labelledby": "handover-title" },
    el("form", { method: "dialog" },
      el("h2", { id: "handover-title" }, what === "remove"
        ? t("Remove {name}?", { name: member.display_name })
        : t("Disable {name}?", { name: member.display_name })),
      el("p", {}, t("{name} can no longer sign in. Their {count} open requests go to a colleague, with any stream not yet started; each customer is told.",
                    { name: member.display_name, count: member.open_requests })),
      el("label", { for: "handover-to" }, t("Hand the requests to")), to,
      el("div", { class: "actions" },
        el("button", { type: "submit", value: "go", id: "handover-confirm", class: "confirm" },
           what === "remove" ? t("Remove") : t("Disable")),
        el("button", { type: "submit", value: "" }, t("Keep")))));
  dialog.addEventListener("close", async () => {
    dialog.remove();
    if (dialog.returnValue !== "go") return;
    let result;
    await act(body, async () => {
      result = await call(`/api/admin/team/${member.id}/${what}`, { method: "POST",
        body: { to_user_id: to.value ? Number(to.value) : null } });
    }, "");
    if (result) {
      document.getElementById("team-status").textContent = t(
        "{name}: {requests} requests handed over, {moved} streams carried along, {cancelled} cancelled (their customers were told).",
        { name: member.display_name, requests: result.requests_moved, moved: result.streams_moved,
          cancelled: result.streams_cancelled });
    }
  });
  body.append(dialog);
  dialog.showModal();
  to.focus();
}

function when(iso) {
  return new Intl.DateTimeFormat(language(), { dateStyle: "medium", timeStyle: "short" })
    .format(new Date(iso));
}

async function requestsSection(body, said = "") {
  const [requests, members] = await Promise.all([call("/api/requests"), call("/api/team")]);
  const names = Object.fromEntries(members.map((m) => [m.id, m.display_name]));
  const active = members.filter((m) => m.status === "active" && m.role === "streamer");
  const status = el("p", { class: "status", role: "status", id: "requests-status" }, said);
  const rows = requests.filter((r) => r.status === "open").map((r) => {
    const to = el("select", { "aria-label": t("Reassign {customer}'s request to", { customer: r.customer.name }) },
      ...active.map((m) => el("option", { value: m.id, selected: m.id === r.streamer_id }, m.display_name)));
    const move = el("button", { type: "button", onclick: async () => {
      let message;
      try {
        await call(`/api/requests/${r.id}/transfer`, { method: "POST",
          body: { to_user_id: Number(to.value) } });
        message = t("{customer}'s request is now with {name}.", { customer: r.customer.name,
                                                                   name: names[to.value] });
      } catch (failure) {
        message = failure.message;
      }
      body.replaceChildren();
      await requestsSection(body, message);
    } }, t("Reassign"));
    return el("tr", { "data-request": r.id },
      el("td", {}, r.customer.name), el("td", { class: "streamer" }, names[r.streamer_id] || ""),
      el("td", {}, when(r.last_activity_at)),
      el("td", {}, r.stream && ["awaiting_customer", "confirmed", "live"].includes(r.stream.status)
        ? when(r.stream.starts_at) : ""),
      el("td", {}, el("div", { class: "actions" }, to, move)));
  });
  body.append(
    el("h2", { id: "requests-title" }, t("Requests")),
    table("requests-table", [t("Customer"), t("Streamer"), t("Last activity"), t("Stream"),
                             t("Reassign")], rows),
    status);
}

const ACTIONS = {
  "shop.created": () => t("created the shop"),
  "member.invited": () => t("invited"),
  "invitation.resent": () => t("sent the invitation again to"),
  "invitation.accepted": () => t("accepted the invitation"),
  "password.reset": () => t("sent a password link to"),
  "password.changed": () => t("chose a new password"),
  "member.disabled": () => t("disabled"),
  "member.enabled": () => t("enabled"),
  "member.removed": () => t("removed"),
  "request.transferred": () => t("handed over the request of"),
};

async function auditSection(body) {
  const headers = [t("When"), t("Who"), t("What"), t("Whom"), t("Details")];
  const holder = table("audit-table", headers, []);
  const tbody = holder.querySelector("tbody");
  const more = el("button", { type: "button", id: "audit-more" }, t("Show older"));
  let oldest = null;
  const load = async () => {
    const query = oldest ? `?before_id=${oldest}` : "";
    const entries = await call(`/api/admin/audit${query}`);
    for (const e of entries) {
      const detail = Object.entries(e.detail).filter(([, v]) => v !== null && v !== "")
        .map(([k, v]) => `${k}: ${v}`).join(", ");
      const row = el("tr", { "data-action": e.action },
        el("td", {}, when(e.at)), el("td", {}, e.actor === "command line" ? t("command line") : e.actor),
        el("td", {}, (ACTIONS[e.action] || (() => e.action))()), el("td", {}, e.subject),
        el("td", { class: "detail" }, detail));
      [...row.children].forEach((cell, i) => cell.setAttribute("data-label", headers[i]));
      tbody.append(row);
    }
    if (entries.length) oldest = entries.at(-1).id;
    more.hidden = entries.length < 100;
  };
  more.addEventListener("click", load);
  body.append(el("h2", { id: "audit-title" }, t("Audit log")), holder, more);
  await load();
}

if (token) start(); else signIn();
