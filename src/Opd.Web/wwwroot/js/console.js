// Single keys for the buttons (N, R, D, S, M, U) and a fresh page when the line changes elsewhere.
// Once this page has sent a form, keys and pushes wait for its answer: a reload then would race
// the answer and swallow the next key, and a quick second press would send the action again.
"use strict";
(() => {
  const box = document.getElementById("console");
  const typing = () => ["INPUT", "SELECT", "TEXTAREA"].includes(document.activeElement?.tagName);
  let leaving = false;
  document.addEventListener("submit", () => { leaving = true; });
  addEventListener("pageshow", e => { if (e.persisted) leaving = false; });
  document.addEventListener("keydown", e => {
    if (leaving || typing() || e.ctrlKey || e.altKey || e.metaKey) return;
    const button = document.querySelector(`button[data-key="${e.key.toLowerCase()}"]`);
    if (button) { e.preventDefault(); button.click(); }
  });
  const refresh = () => { if (!leaving && !typing()) location.reload(); };
  let first = true;
  opdLive(invoke => {
    (box.dataset.doctor ? invoke("WatchDoctor", Number(box.dataset.doctor)) : invoke("WatchDepartment", box.dataset.department))
      .then(() => { if (!first) refresh(); first = false; });
  }, { line: refresh });
})();
