// Single keys for the buttons (N, R, D, S, M, U) and a fresh page when the line changes elsewhere.
"use strict";
(() => {
  const box = document.getElementById("console");
  const typing = () => ["INPUT", "SELECT", "TEXTAREA"].includes(document.activeElement?.tagName);
  document.addEventListener("keydown", e => {
    if (typing() || e.ctrlKey || e.altKey || e.metaKey) return;
    const button = document.querySelector(`button[data-key="${e.key.toLowerCase()}"]`);
    if (button) { e.preventDefault(); button.click(); }
  });
  let first = true;
  opdLive(invoke => {
    (box.dataset.doctor ? invoke("WatchDoctor", Number(box.dataset.doctor)) : invoke("WatchDepartment", box.dataset.department))
      .then(() => { if (!first && !typing()) location.reload(); first = false; });
  }, { line: () => { if (!typing()) location.reload(); } });
})();
