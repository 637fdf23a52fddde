// The shop's chat widget: open a request, chat, and come back to it later.

import { Conversation } from "./chat.js";
import { api, el, language, loadCatalog, t } from "./common.js";

await loadCatalog();

const shop = document.documentElement.dataset.shop || "demo-shop";
const storageKey = `streamer-widget:${shop}`;

const panel = el("section", { class: "widget-panel", id: "chat-panel", hidden: true,
                              "aria-label": t("Live shopping chat") });
const badge = el("span", { class: "badge", hidden: true });
const toggle = el("button", { type: "button", class: "widget-button", id: "chat-button",
                              "aria-controls": "chat-panel", "aria-expanded": "false",
                              onclick: () => setOpen(panel.hidden) },
                  el("span", {}, t("Chat with a consultant")), badge);
document.body.append(toggle, panel);

const pageTitle = document.title;
let conversation = null;
let unseen = 0;

function setOpen(open) {
  panel.hidden = !open;
  toggle.setAttribute("aria-expanded", String(open));
  if (open) setUnseen(0);
  if (open && !conversation) begin();
}

// While the chat is closed, what arrives is counted on the launcher and in the title.
function setUnseen(count) {
  unseen = count;
  badge.hidden = count === 0;
  badge.textContent = String(count);
  toggle.setAttribute("aria-label", count ? t("Chat with a consultant ({count} new)", { count })
                                          : t("Chat with a consultant"));
  document.title = count ? t("({count}) {title}", { count, title: pageTitle }) : pageTitle;
}

function arrived() {
  if (panel.hidden) setUnseen(unseen + 1);
}

function storedToken() {
  const fromLink = new URLSearchParams(location.search).get("c");
  if (fromLink) localStorage.setItem(storageKey, fromLink);
  return fromLink || localStorage.getItem(storageKey);
}

function header() {
  return el("header", {}, el("h2", {}, t("Live shopping chat")),
    el("button", { type: "button", class: "close", "aria-label": t("Close"),
                   onclick: () => setOpen(false) }, "×"));
}

async function begin() {
  const token = storedToken();
  if (token) await resume(token);
  else askFirstMessage();
}

async function resume(token) {
  const body = el("div", { class: "conversation" });
  const link = new URL(location.href);
  link.search = new URLSearchParams({ c: token }).toString();
  panel.replaceChildren(header(), body,
    el("p", { class: "come-back" }, t("Come back to this chat later with this link:"), " ",
       el("a", { href: link.toString(), class: "conversation-link" }, link.toString())));
  conversation = new Conversation(body, token, {
    onGone: () => { localStorage.removeItem(storageKey); conversation = null; askFirstMessage(); },
  });
  conversation.onIncoming = arrived;
  await conversation.start();
}

function askFirstMessage() {
  const name = el("input", { type: "text", name: "name", id: "widget-name", required: true,
                             maxlength: 200, autocomplete: "name" });
  const message = el("textarea", { name: "message", id: "widget-message", required: true,
                                   maxlength: 4000, rows: 3 });
  const error = el("p", { class: "error", role: "alert" });
  const form = el("form", { class: "first-message", onsubmit: async (event) => {
    event.preventDefault();
    try {
      const opened = await api("/api/widget/requests", { method: "POST", body: {
        business: shop, name: name.value, message: message.value,
        time_zone: Intl.DateTimeFormat().resolvedOptions().timeZone,
        locale: language(),
      } });
      localStorage.setItem(storageKey, opened.token);
      await resume(opened.token);
    } catch (failure) {
      error.textContent = failure.message;  // what was typed stays in the form
    }
  } },
    el("label", { for: "widget-name" }, t("Your name")), name,
    el("label", { for: "widget-message" }, t("How can we help?")), message,
    error, el("button", { type: "submit" }, t("Start chat")));
  panel.replaceChildren(header(), form);
  name.focus();
}

if (new URLSearchParams(location.search).has("c")) setOpen(true);
else if (storedToken()) begin();  // closed, but listening: the launcher tells what arrives
