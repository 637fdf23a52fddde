// A team member's one-time link: see whom it is for, choose a password, done.

import { api, el, loadCatalog, t, tokenFrom } from "./common.js";

await loadCatalog();
document.title = t("Choose a password");

const main = document.querySelector("main");
const token = tokenFrom("account") || "";

function fail(message) {
  main.replaceChildren(el("h1", {}, t("Choose a password")),
    el("p", { class: "error", role: "alert" }, message));
}

let link;
try {
  link = await api(`/api/account/links/${encodeURIComponent(token)}`);
} catch (failure) {
  fail(failure.message);
}

if (link) {
  const password = el("input", { type: "password", id: "new-password", required: true,
                                 minlength: 10, autocomplete: "new-password",
                                 "aria-describedby": "password-hint" });
  const repeat = el("input", { type: "password", id: "repeat-password", required: true,
                               autocomplete: "new-password" });
  const error = el("p", { class: "error", role: "alert", id: "password-error" });
  const heading = link.purpose === "invite"
    ? t("Welcome to {shop}", { shop: link.business_name })
    : t("A new password for {shop}", { shop: link.business_name });
  main.replaceChildren(
    el("h1", {}, heading),
    el("p", {}, t("{name}, you sign in as {email}.", { name: link.display_name,
                                                       email: link.email })),
    el("form", { onsubmit: async (event) => {
      event.preventDefault();
      if (password.value !== repeat.value) {
        error.textContent = t("The two passwords differ.");
        repeat.focus();
        return;
      }
      try {
        await api("/api/account/password", { method: "POST",
          body: { token, password: password.value } });
        main.replaceChildren(el("h1", {}, t("Your password is set")),
          el("p", { role: "status", id: "password-done" },
             t("Sign in to the Streamer desktop app with {email} and your new password.",
               { email: link.email })));
      } catch (failure) {
        error.textContent = failure.message;
        password.focus();
      }
    } },
      el("label", { for: "new-password" }, t("New password")), password,
      el("p", { class: "hint", id: "password-hint" }, t("At least 10 characters.")),
      el("label", { for: "repeat-password" }, t("Repeat the password")), repeat,
      error,
      el("button", { type: "submit" }, t("Set password"))));
  password.focus();
}
