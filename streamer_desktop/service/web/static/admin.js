// The shop admin's page: sign in, then Settings → Content with the stream switch.

import { api, el, loadCatalog, t } from "./common.js";

await loadCatalog();
document.title = t("Shop settings");

const main = document.querySelector("main");
let token = sessionStorage.getItem("streamer-admin-token");

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
        await settings();
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

async function settings() {
  let me;
  try {
    me = await api("/api/me", { token });
  } catch (failure) {
    sessionStorage.removeItem("streamer-admin-token");
    signIn(failure.status === 401 ? "" : failure.message);
    return;
  }
  if (me.user.role !== "admin") {
    signIn(t("Only an administrator can change the shop's settings."));
    return;
  }
  const current = me.business.settings;
  const status = el("p", { class: "status", role: "status" });
  const save = async (changes) => {
    try {
      await api("/api/business/settings", { method: "PATCH", token, body: changes });
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
  main.replaceChildren(
    el("h1", {}, t("Settings — {shop}", { shop: me.business.name })),
    el("nav", { "aria-label": t("Settings sections") }, el("strong", {}, t("Content"))),
    el("section", { "aria-labelledby": "content-title" },
      el("h2", { id: "content-title" }, t("Content")),
      el("label", { for: "default-duration" }, t("Default stream duration (minutes)")), duration,
      el("fieldset", {}, el("legend", {}, t("Customer quiet hours")),
        el("label", { for: "quiet-start" }, t("From")), quietStart,
        el("label", { for: "quiet-end" }, t("To")), quietEnd),
      el("div", { class: "switch-row" }, toggle,
         el("label", { for: "scheduled-stream-switch" }, t("Scheduled stream"))),
      status));
}

if (token) settings(); else signIn();
