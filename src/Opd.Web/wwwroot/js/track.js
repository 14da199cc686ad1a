// Keeps the token page's place in the queue current without reloading.
"use strict";
(() => {
  const box = document.getElementById("live");
  const token = box.dataset.token;
  const $ = id => document.getElementById(id);
  async function refresh() {
    const r = await fetch("/api/queue/tokens/" + token, { cache: "no-store" });
    if (!r.ok) return;
    const p = await r.json();
    if (p.status !== "pending" && p.status !== "confirmed") { location.reload(); return; }
    $("in-room").hidden = !p.in_room;
    $("waiting").hidden = p.in_room;
    $("position").textContent = p.position ? p.position - 1 : 0;
    $("eta").textContent = p.eta ? p.eta.substring(11, 16) : "—";
    $("eta-source").textContent = p.eta_source ? box.dataset[p.eta_source] : "";
    $("now-serving").textContent = p.now_serving ?? "—";
  }
  opdLive(invoke => {
    (box.dataset.doctor ? invoke("WatchDoctor", Number(box.dataset.doctor)) : invoke("WatchDepartment", box.dataset.department)).then(refresh);
  }, { line: refresh });
})();
