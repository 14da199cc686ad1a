// The patient pages' chat box: one conversation per browser tab, replies shown as plain text.
"use strict";
(() => {
  const box = document.getElementById("chat");
  const log = document.getElementById("chat-log");
  const input = document.getElementById("chat-input");
  function add(text, who) {
    const p = document.createElement("p");
    p.className = "chat-" + who;
    p.textContent = text;
    log.appendChild(p);
    p.scrollIntoView({ block: "nearest" });
  }
  document.getElementById("chat-form").addEventListener("submit", async e => {
    e.preventDefault();
    const message = input.value.trim();
    if (!message) return;
    add(message, "patient");
    input.value = "";
    try {
      const r = await fetch("/chat", {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ message, thread_id: sessionStorage.getItem("opd-chat") || undefined }),
      });
      const answer = await r.json();
      if (!r.ok) throw new Error(answer.detail);
      sessionStorage.setItem("opd-chat", answer.thread_id);
      add(answer.response, "assistant");
    } catch {
      add(box.dataset.error, "assistant");
    }
  });
})();
