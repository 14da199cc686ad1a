// A client for the queue hub, written by hand on purpose: the official SignalR client weighs about
// 40 KB, a real cost on a patient's cheap phone with little data, and the pages need only a part of
// it. That part is here: SignalR's JSON hub protocol over a WebSocket; reconnects after any drop,
// forever, with a growing pause; pings, and a silent drop noticed.
// onOpen(invoke) runs after every (re)connect so that the page re-reads the state.
"use strict";
function opdLive(onOpen, handlers, onStatus) {
  const RS = "\u001e", HUB = "/hubs/queue", HANDSHAKE = JSON.stringify({ protocol: "json", version: 1 }) + RS;
  // A connection not ready within OPEN_TIMEOUT has failed (a proxy can hold an upgrade forever);
  // one that stayed up for HEALTHY was a good one, and the pauses between attempts start again.
  const OPEN_TIMEOUT = 10000, HEALTHY = 10000;
  let link = null, nextId = 0, lastHeard = 0, failures = 0, pending = {};
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
    return { send: text => { if (s.readyState === 1) s.send(text); }, close: () => s.close() };
  }

  function connect() {
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
      failures = ready && Date.now() - opened >= HEALTHY ? 0 : failures + 1;
      retry();
    }
    try { current = webSocket(receive, end); }
    catch (e) { current = { close() {} }; setTimeout(end); }
    link = current;
  }

  // Exponential backoff with jitter, capped at 30 seconds, so that a hall full of phones does not
  // come back at one instant after a restart and a failing server is not hammered. After a healthy
  // connection the first retry comes within 2 seconds; after failed attempts 2–4 s, 4–8 s, … 15–30 s.
  function retry() {
    status(false);
    const ceiling = Math.min(30000, 2000 * 2 ** failures), floor = failures ? ceiling / 2 : 0;
    setTimeout(connect, floor + Math.random() * (ceiling - floor));
  }

  // Keep the connection alive, and notice a silent drop: the server pings every 15 seconds.
  setInterval(() => {
    if (!link || !link.ready) return;
    send({ type: 6 });
    if (Date.now() - lastHeard > 35000) link.close();
  }, 10000);
  connect();
  return { invoke };
}
