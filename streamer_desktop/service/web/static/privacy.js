// The personal-data text, in the reader's language.

import { el, loadCatalog, t } from "./common.js";

await loadCatalog();
document.title = t("Your personal data");
document.querySelector("main").replaceChildren(
  el("h1", {}, t("Your personal data (version {version})", { version: "2026-11" })),
  el("p", {}, t("To book a live video we store your e-mail address, the time you agreed to this text and its version, together with your chat. We use them only to send you the appointment, its changes and the link to join, and we delete them when the chat is closed. You can cancel the appointment at any time from the link in the e-mail.")));
