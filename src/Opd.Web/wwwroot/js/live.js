// A client for the queue hub, written by hand on purpose: the official SignalR client weighs about
// 40 KB, a real cost on a patient's cheap phone with little data, and the pages need only a part of
// it. That part is here: SignalR's JSON hub protocol over a WebSocket (the fast path) or, where a
// proxy refuses the upgrade or the browser has no WebSocket, over SignalR's long polling on the same
// hub; reconnects after any drop, forever, with a growing pause; pings, and a silent drop noticed.
// onOpen(invoke) runs after every (re)connect so that the page re-reads the state.
"use strict";
function opdLive(onOpen, handlers, onStatus) {
  const RS = "\u001e", HUB = "/hubs/queue", HANDSHAKE = JSON.stringify({ protocol: "json", version: 1 }) + RS;
  // A connection not ready within OPEN_TIMEOUT has failed (a proxy can hold an upgrade forever);
  // one that stayed up for HEALTHY was a good one, and the pauses between attempts start again.
  const OPEN_TIMEOUT = 10000, HEALTHY = 10000;
  let link = null, nextId = 0, lastHeard = 0, failures = 0, pending = {};
  // A proxy that refused the upgrade once refuses it again: after a WebSocket failed while long
  // polling worked, the page stays on long polling (a reload tries the WebSocket again) rather than
  // adding a failing attempt, of up to OPEN_TIMEOUT, to every reconnect.
  let socketRefused = typeof WebSocket !== "function";
  const status = online => { if (onStatus) onStatus(online); };
  function send(message) { if (link && link.ready) link.send(JSON.stringify(message) + RS); }
  function invoke(target, ...args) {
    return new Promise(resolve => {
      const id = String(++nextId);
      pending[id] = resolve;
      send({ type: 1, invocationId: id, target, arguments: args });
    });
  }

  // One connection both ways; it needs no negotiation (SignalR's TransportProtocols.md).
  function webSocket(receive, end) {
    const s = new WebSocket((location.protocol === "https:" ? "wss://" : "ws://") + location.host + HUB);
    s.onopen = () => s.send(HANDSHAKE);
    s.onmessage = event => receive(String(event.data));
    s.onclose = end;
    return { socket: true, send: text => { if (s.readyState === 1) s.send(text); }, close: () => s.close() };
  }

  // Long polling: a negotiate gives the connection's token; the first GET only starts the
  // connection, each next one waits for records (200; empty when the server's 90-second poll ran
  // out) or learns that the connection ended (204, or 404 once it is gone). What the page sends
  // goes by POST, one at a time, with whatever piled up meanwhile in one body.
  function longPolling(receive, end) {
    const abort = new AbortController();
    let url = "", outbox = HANDSHAKE, started = false, posting = false, over = false;
    const finish = () => { if (!over) { over = true; abort.abort(); end(); } };
    const request = (method, body) => fetch(url, { method, body, cache: "no-store", signal: abort.signal });
    function flush() {
      if (!started || posting || !outbox || over) return;
      const body = outbox;
      outbox = "";
      posting = true;
      request("POST", body).then(r => {
        if (!r.ok) throw r.status;
        lastHeard = Date.now();
        posting = false;
        flush();
      }).catch(finish);
    }
    (async () => {
      const r = await fetch(HUB + "/negotiate?negotiateVersion=1", { method: "POST", signal: abort.signal });
      const n = await r.json();
      if (!r.ok || !(n.availableTransports || []).some(t => t.transport === "LongPolling")) return;
      url = HUB + "?id=" + encodeURIComponent(n.connectionToken || n.connectionId);
      while (!over) {
        // A poll unanswered well after the server's 90 seconds lost its connection on the way.
        const late = setTimeout(finish, 100000);
        const p = await request("GET");
        const text = p.status === 200 ? await p.text() : null;
        clearTimeout(late);
        if (text === null) return;
        lastHeard = Date.now();
        if (!started) { started = true; flush(); }
        if (text) receive(text);
      }
    })().then(finish, finish);
    return {
      send: text => { outbox += text; flush(); },
      // The DELETE tells the server now rather than when its poll runs out.
      close: () => { if (url && !over) fetch(url, { method: "DELETE" }).catch(() => {}); finish(); },
    };
  }

  function connect(viaSocket, afterSocket) {
    let current = null, ready = false, opened = 0, over = false;
    const timer = setTimeout(() => current.close(), OPEN_TIMEOUT);
    function receive(text) {
      lastHeard = Date.now();
      for (const part of text.split(RS)) {
        if (!part || over) continue;
        let m;
        try { m = JSON.parse(part); } catch (e) { current.close(); return; }
        if (!ready) {
          // The handshake's answer: {} or {"error": ...}.
          if (m.error) { current.close(); return; }
          ready = current.ready = true;
          opened = Date.now();
          clearTimeout(timer);
          if (afterSocket) socketRefused = true;
          status(true);
          onOpen(invoke);
        }
        else if (m.type === 1 && handlers[m.target]) handlers[m.target](...m.arguments);
        else if (m.type === 3 && pending[m.invocationId]) { pending[m.invocationId](m.result); delete pending[m.invocationId]; }
        else if (m.type === 7) current.close();
      }
    }
    function end() {
      if (over) return;
      over = true;
      clearTimeout(timer);
      if (link === current) link = null;
      pending = {};
      // The server may well be there behind a proxy that refuses WebSockets: the same attempt goes on.
      if (!ready && viaSocket) return connect(false, true);
      failures = ready && Date.now() - opened >= HEALTHY ? 0 : failures + 1;
      retry();
    }
    try { current = (viaSocket ? webSocket : longPolling)(receive, end); }
    catch (e) { current = { close() {} }; setTimeout(end); }
    link = current;
  }

  // Exponential backoff with jitter, capped at 30 seconds, so that a hall full of phones does not
  // come back at one instant after a restart and a failing server is not hammered. After a healthy
  // connection the first retry comes within 2 seconds; after failed attempts 2–4 s, 4–8 s, … 15–30 s.
  function retry() {
    status(false);
    const ceiling = Math.min(30000, 2000 * 2 ** failures), floor = failures ? ceiling / 2 : 0;
    setTimeout(() => connect(!socketRefused, false), floor + Math.random() * (ceiling - floor));
  }

  // The server pings a WebSocket every 15 seconds and drops one that is silent for 30. Over long
  // polling it sends no pings, so there the answer to the page's own ping shows the link is alive.
  setInterval(() => {
    if (!link || !link.ready) return;
    if (link.socket || Date.now() - lastHeard > 15000) send({ type: 6 });
    if (Date.now() - lastHeard > 35000) link.close();
  }, 10000);
  connect(!socketRefused, false);
  return { invoke };
}
