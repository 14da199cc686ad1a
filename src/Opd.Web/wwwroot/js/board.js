// The hall board: live numbers, a spoken call for each new call or recall, and it looks after itself
// for days: reconnects after drops and re-reads every line every ten minutes (and after midnight).
"use strict";
(() => {
  const cards = document.getElementById("cards");
  const status = document.getElementById("status");
  const lang = cards.dataset.lang;
  const speechLang = { en: "en-IN", or: "or-IN", hi: "hi-IN" }[lang] || "en-IN";
  let voiceOn = false;
  const voiceButton = document.getElementById("voice");
  voiceButton.addEventListener("click", () => { voiceOn = true; voiceButton.hidden = true; say(" "); });
  const fill = (template, ...values) => values.reduce((text, value, i) => text.replace("{" + i + "}", value), template);
  function say(text) {
    if (!voiceOn || !("speechSynthesis" in window)) return;
    const u = new SpeechSynthesisUtterance(text);
    u.lang = speechLang;
    const voice = speechSynthesis.getVoices().find(v => v.lang.toLowerCase().startsWith(lang));
    if (voice) u.voice = voice;
    speechSynthesis.speak(u);
  }
  function cardOf(line) {
    const key = line.doctor_id ? "doctor:" + line.doctor_id : "department:" + line.department;
    return cards.querySelector(`[data-key="${key}"]`);
  }
  function show(line) {
    const card = line && cardOf(line);
    if (!card) return;
    const serving = line.now_serving;
    const number = card.querySelector('[data-role="serving"]');
    number.textContent = serving ? serving.token_number : "—";
    card.querySelector('[data-role="next"]').textContent = line.waiting.slice(0, 4).map(w => w.token_number).join(" ");
    card.querySelector('[data-role="count"]').textContent = line.waiting_count;
    const called = serving ? String(Date.parse(serving.called_at)) : "";
    if (called && called !== card.dataset.called) {
      number.classList.remove("flash"); void number.offsetWidth; number.classList.add("flash");
      const place = line.room ? fill(cards.dataset.room, line.room) : (line.doctor_name || "");
      say(fill(cards.dataset.call, serving.token_number, place));
    }
    card.dataset.called = called;
  }
  function watchAll(invoke) {
    for (const card of cards.querySelectorAll("[data-key]")) {
      (card.dataset.doctor ? invoke("WatchDoctor", Number(card.dataset.doctor)) : invoke("WatchDepartment", card.dataset.department)).then(show);
    }
  }
  const live = opdLive(watchAll, { line: show }, online => { status.hidden = online; });
  setInterval(() => watchAll(live.invoke), 10 * 60 * 1000);
})();
