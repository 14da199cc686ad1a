// A small client for the queue hub (SignalR's JSON protocol over a WebSocket). It reconnects by
// itself after any drop, forever, and calls onOpen again each time so the page re-reads the state.
"use strict";
function opdLive(onOpen, handlers, onStatus) {
  const RS = "\u001e";
  let socket = null, nextId = 0, lastHeard = 0;
  const pending = {};
  function send(message) { if (socket && socket.readyState === 1) socket.send(JSON.stringify(message) + RS); }
  function invoke(target, ...args) {
    return new Promise(resolve => {
      const id = String(++nextId);
      pending[id] = resolve;
      send({ type: 1, invocationId: id, target, arguments: args });
    });
  }
  function connect() {
    const s = new WebSocket((location.protocol === "https:" ? "wss://" : "ws://") + location.host + "/hubs/queue");
    socket = s;
    let ready = false;
    s.onopen = () => { lastHeard = Date.now(); s.send(JSON.stringify({ protocol: "json", version: 1 }) + RS); };
    s.onmessage = event => {
      lastHeard = Date.now();
      for (const part of String(event.data).split(RS)) {
        if (!part) continue;
        const m = JSON.parse(part);
        if (!ready) { ready = true; if (onStatus) onStatus(true); onOpen(invoke); continue; }
        if (m.type === 1 && handlers[m.target]) handlers[m.target](...m.arguments);
        else if (m.type === 3 && pending[m.invocationId]) { pending[m.invocationId](m.result); delete pending[m.invocationId]; }
        else if (m.type === 7) s.close();
      }
    };
    s.onclose = () => {
      if (socket !== s) return;
      socket = null;
      if (onStatus) onStatus(false);
      setTimeout(connect, 1000 + Math.random() * 2000);
    };
  }
  // Keep the connection alive, and notice a silent network drop: the server pings every 15 seconds.
  setInterval(() => {
    send({ type: 6 });
    if (socket && socket.readyState === 1 && Date.now() - lastHeard > 35000) socket.close();
  }, 10000);
  connect();
  return { invoke };
}
