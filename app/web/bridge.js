// SellerDesk browser bridge: gives the page the same window.go / window.runtime surface that the
// desktop webview has, over HTTP (calls) and Server-Sent Events (events).
(function (SELLERDESK_METHODS) {
  "use strict";
  var listeners = {};
  var source = null;

  function post(path, body) {
    return fetch(path, {
      method: "POST",
      credentials: "same-origin",
      headers: { "Content-Type": "application/json", "X-SellerDesk-Request": "1" },
      body: JSON.stringify(body),
    });
  }

  function call(name, args) {
    return post("/api/" + name, args).then(function (res) {
      return res.json().then(function (body) {
        if (res.status === 401) {
          window.dispatchEvent(new CustomEvent("sellerdesk:unauthorized"));
        }
        if (body && body.error) throw body.error;
        if (!res.ok) throw "서버 오류 (" + res.status + ")";
        return body.result;
      });
    });
  }

  function connect() {
    if (source || typeof EventSource === "undefined") return;
    source = new EventSource("/api/events");
    source.onmessage = function (msg) {
      var ev;
      try { ev = JSON.parse(msg.data); } catch (e) { return; }
      (listeners[ev.name] || []).slice().forEach(function (l) { l(ev.data); });
    };
    source.onerror = function () {
      // EventSource reconnects by itself; a 401 closes it for good, so reopen after login.
      if (source && source.readyState === 2) { source = null; }
    };
  }

  function answer(res) {
    return res.json().then(function (b) {
      if (b && b.error) {
        var err = new Error(b.error);
        err.unlock = !!b.unlock;
        throw err;
      }
      return b;
    });
  }

  function on(name, cb) {
    (listeners[name] = listeners[name] || []).push(cb);
    connect();
    return function () {
      listeners[name] = (listeners[name] || []).filter(function (l) { return l !== cb; });
    };
  }

  // SELLERDESK_METHODS is filled in by the server from its allow-list: {"Desk": ["Overview", …]};
  // SELLERDESK_PACKAGES names each struct's Go package, as Wails does (window.go.app.Orders).
  var SELLERDESK_PACKAGES = SELLERDESK_PACKAGES_JSON;
  var go = {};
  Object.keys(SELLERDESK_METHODS).forEach(function (structName) {
    var pkg = SELLERDESK_PACKAGES[structName] || "app";
    var obj = ((go[pkg] = go[pkg] || {})[structName] = {});
    SELLERDESK_METHODS[structName].forEach(function (m) {
      obj[m] = function () { return call(structName + "." + m, Array.prototype.slice.call(arguments)); };
    });
  });
  window.go = go;
  window.runtime = {
    EventsOn: on,
    EventsOnMultiple: function (name, cb) { return on(name, cb); },
    EventsOff: function (name) { delete listeners[name]; },
    BrowserOpenURL: function (url) { window.open(url, "_blank", "noopener"); },
    WindowPrint: function () { window.print(); },
  };
  window.sellerdeskDoor = {
    kind: "browser",
    session: function () { return fetch("/api/session", { credentials: "same-origin" }).then(function (r) { return r.json(); }); },
    // A refused login or set-up throws an Error with the Korean sentence; err.unlock says the
    // door is locked and wants the unlock code shown on its console.
    login: function (password, unlock) { return post("/api/login", { password: password, unlock: unlock || "" }).then(answer).then(function (b) { source = null; connect(); return b; }); },
    setup: function (password, code) { return post("/api/setup", { password: password, code: code || "" }).then(answer).then(function (b) { connect(); return b; }); },
    logout: function () { return post("/api/logout", {}).then(function () { if (source) source.close(); source = null; }); },
  };
})(SELLERDESK_METHODS_JSON);
