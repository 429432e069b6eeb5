// The chat page: sends questions to /api/ask, shows the answers (server-escaped HTML), votes, and the
// session's legal-advice tickets (/api/advice). Everything from users or advisers goes in as textContent.
(function () {
  'use strict';
  var body = document.body;
  var log = document.getElementById('log');
  var form = document.getElementById('ask');
  var input = document.getElementById('q');
  var send = document.getElementById('send');
  var busy = false;
  var advice = document.getElementById('advice');
  var tickets = document.getElementById('tickets');
  var A = advice ? advice.dataset : {};

  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) { e.className = cls; }
    if (text !== undefined) { e.textContent = text; }
    return e;
  }

  // inside another site's iframe the session cookie is not sent: the page's own id goes in a header,
  // kept in sessionStorage so that a reload of the frame continues the conversation
  var session = null;
  if (body.dataset.session) {
    try { session = window.sessionStorage.getItem('cb_sid'); } catch (e) { session = null; }
    if (!session) {
      session = body.dataset.session;
      try { window.sessionStorage.setItem('cb_sid', session); } catch (e) { /* storage blocked: this page only */ }
    }
  }

  function headers(json) {
    var h = {};
    if (json) { h['Content-Type'] = 'application/json'; }
    if (session) { h['X-Session'] = session; }
    return h;
  }

  function post(url, payload) {
    return fetch(url, {method: 'POST', headers: headers(true), body: JSON.stringify(payload)})
      .then(function (r) { return r.json(); });
  }

  function requestId() {
    var a = new Uint8Array(12);
    window.crypto.getRandomValues(a);
    return Array.prototype.map.call(a, function (b) { return ('0' + b.toString(16)).slice(-2); }).join('');
  }

  function note(box, text) {
    var old = box.querySelector('.note');
    if (old) { box.removeChild(old); }
    box.appendChild(el('p', 'note', text || body.dataset.error));
  }

  function ticketItem(t) {
    var li = el('li', 'ticket ticket-' + t.state);
    li.dataset.ticket = t.ticket;
    li.appendChild(el('p', 'ticket-head', '#' + t.ticket + ' \u00b7 ' + t.state_text));
    var ms = el('ul', 'ticket-messages');
    var answered = false;
    t.messages.forEach(function (m) {
      var i = el('li', 'from-' + m.from);
      i.appendChild(el('span', 'who', m.from === 'adviser' ? A.adviser : A.you));
      i.appendChild(el('p', '', m.text));
      if (m.from === 'adviser') { answered = true; }
      ms.appendChild(i);
    });
    li.appendChild(ms);
    if (!answered && t.state !== 'closed') { li.appendChild(el('p', 'hint', A.waiting)); }
    if (t.state !== 'closed') {
      var f = el('form', 'followup');
      var id = 'fu-' + t.ticket;
      var label = el('label', '', (A.followupLabel || '').replace('{0}', t.ticket));
      label.htmlFor = id;
      var ta = el('textarea');
      ta.id = id;
      ta.rows = 2;
      ta.maxLength = 2000;
      var send = el('button', '', A.followupSend);
      send.type = 'submit';
      var close = el('button', 'secondary', A.close);
      close.type = 'button';
      f.appendChild(label);
      f.appendChild(ta);
      var row = el('div', 'choices');
      row.appendChild(send);
      row.appendChild(close);
      f.appendChild(row);
      f.addEventListener('submit', function (e) {
        e.preventDefault();
        if (!ta.value.trim()) { return; }
        post('/api/advice/followup', {ticket: t.ticket, message: ta.value, request: requestId()})
          .then(function (j) { if (j.ok) { loadTickets(); } else { note(f, j.message); } })
          .catch(function () { note(f); });
      });
      close.addEventListener('click', function () {
        post('/api/advice/close', {ticket: t.ticket})
          .then(function (j) { if (j.ok) { loadTickets(); } else { note(f, j.message); } })
          .catch(function () { note(f); });
      });
      li.appendChild(f);
    } else if (!t.vote) {
      var v = el('div', 'votes');
      v.appendChild(el('span', '', A.voteQuestion));
      [['up', '\uD83D\uDC4D', A.voteUp], ['down', '\uD83D\uDC4E', A.voteDown]].forEach(function (x) {
        var b = voteButton(x[0], x[1], x[2]);
        b.addEventListener('click', function () {
          post('/api/advice/vote', {ticket: t.ticket, vote: x[0]}).then(function (j) {
            v.textContent = '';
            v.appendChild(el('span', 'thanks', j.message));
          }).catch(function () { note(v); });
        });
        v.appendChild(b);
      });
      li.appendChild(v);
    }
    return li;
  }

  function loadTickets() {
    if (!advice) { return Promise.resolve(); }
    return fetch('/api/advice', {headers: headers(false)}).then(function (r) { return r.json(); }).then(function (j) {
      advice.dataset.available = j.available ? '1' : '';
      tickets.textContent = '';
      (j.tickets || []).forEach(function (t) { tickets.appendChild(ticketItem(t)); });
      advice.hidden = !(j.tickets && j.tickets.length);
    }).catch(function () {});
  }

  function adviceForm(li, question) {
    if (li.querySelector('form.advice-form')) { return; }
    var f = el('form', 'advice-form');
    f.appendChild(el('p', 'form-title', A.formTitle));
    f.appendChild(el('p', 'hint', A.formHint));
    var label = el('label', 'sr', A.formLabel);
    var ta = el('textarea');
    ta.id = 'adv-' + requestId();
    label.htmlFor = ta.id;
    ta.rows = 3;
    ta.maxLength = Number(A.max) || 2000;
    ta.value = question;
    var send = el('button', '', A.formSend);
    send.type = 'submit';
    var cancel = el('button', 'secondary', A.formCancel);
    cancel.type = 'button';
    var row = el('div', 'choices');
    row.appendChild(send);
    row.appendChild(cancel);
    f.appendChild(label);
    f.appendChild(ta);
    f.appendChild(row);
    var rid = requestId();
    f.addEventListener('submit', function (e) {
      e.preventDefault();
      if (!ta.value.trim()) { return; }
      send.disabled = true;
      post('/api/advice', {question: ta.value, request: rid, lang: body.dataset.lang}).then(function (j) {
        if (j.ticket) {
          li.removeChild(f);
          li.appendChild(el('p', 'confirm', j.message));
          loadTickets();
        } else {
          send.disabled = false;
          note(f, j.message);
        }
      }).catch(function () { send.disabled = false; note(f); });
    });
    cancel.addEventListener('click', function () { li.removeChild(f); });
    li.appendChild(f);
    ta.focus();
  }

  function adviserButton(li, question) {
    var b = el('button', 'adviser secondary', A.button);
    b.type = 'button';
    b.addEventListener('click', function () { adviceForm(li, question); });
    li.appendChild(b);
  }

  // the emoji with a word beside it: where no emoji font is installed the emoji is an empty box
  function voteButton(kind, emoji, word) {
    var b = el('button', 'vote vote-' + kind);
    b.type = 'button';
    var e = el('span', 'emoji', emoji);
    e.setAttribute('aria-hidden', 'true');
    b.appendChild(e);
    b.appendChild(el('span', 'word', word));
    return b;
  }

  function item(cls, who) {
    var li = document.createElement('li');
    li.className = 'msg ' + cls;
    var w = document.createElement('span');
    w.className = 'who';
    w.textContent = who;
    li.appendChild(w);
    log.appendChild(li);
    return li;
  }

  function votes(li, id) {
    var box = document.createElement('div');
    box.className = 'votes';
    [['up', '\uD83D\uDC4D', body.dataset.upShort, body.dataset.up],
     ['down', '\uD83D\uDC4E', body.dataset.downShort, body.dataset.down]].forEach(function (v) {
      var b = voteButton(v[0], v[1], v[2]);
      b.title = v[3];
      b.setAttribute('aria-label', v[3]);
      b.addEventListener('click', function () {
        post('/api/feedback', {id: id, vote: v[0]}).then(function (j) {
          box.textContent = '';
          var s = document.createElement('span');
          s.className = 'thanks';
          s.textContent = j.message || body.dataset.thanks;
          box.appendChild(s);
        }).catch(function () {});
      });
      box.appendChild(b);
    });
    li.appendChild(box);
  }

  function ask(text) {
    text = (text || '').trim();
    if (!text || busy) { return; }
    busy = true;
    send.disabled = true;
    var q = item('user', body.dataset.you);
    var p = document.createElement('p');
    p.textContent = text;
    q.appendChild(p);
    var a = item('bot', body.dataset.bot);
    var wait = document.createElement('p');
    wait.className = 'thinking';
    wait.textContent = body.dataset.thinking;
    a.appendChild(wait);
    a.scrollIntoView({block: 'nearest'});
    var payload = {question: text};
    if (document.cookie.indexOf('cb_lang=') >= 0) { payload.lang = body.dataset.lang; }
    post('/api/ask', payload)
      .then(function (j) {
        a.removeChild(wait);
        var div = document.createElement('div');
        if (j.html) {
          div.innerHTML = j.html; // built and escaped by the server; the CSP forbids scripts in it
          a.appendChild(div);
          var ans = div.querySelector('.answer');
          if (ans && ans.dataset.feedback) { votes(a, ans.dataset.feedback); }
          if (ans && ans.dataset.adviser && advice) { adviserButton(a, text); }
        } else {
          var e = document.createElement('p');
          e.textContent = j.message || body.dataset.error;
          a.appendChild(e);
        }
        a.scrollIntoView({block: 'nearest'});
      })
      .catch(function () { wait.textContent = body.dataset.error; })
      .then(function () { busy = false; send.disabled = false; });
  }

  form.addEventListener('submit', function (e) {
    e.preventDefault();
    var t = input.value;
    input.value = '';
    ask(t);
  });
  input.addEventListener('keydown', function (e) {
    if (e.key === 'Enter' && !e.shiftKey) { e.preventDefault(); form.requestSubmit ? form.requestSubmit() : form.submit(); }
  });
  document.addEventListener('click', function (e) {
    var b = e.target.closest ? e.target.closest('button.suggestion') : null;
    if (b && b.dataset.q) { ask(b.dataset.q); }
  });
  if (advice) {
    document.getElementById('advice-refresh').addEventListener('click', loadTickets);
    loadTickets();
  }
  document.getElementById('new').addEventListener('click', function () {
    fetch('/api/new', {method: 'POST', headers: headers(false)}).then(function () { log.textContent = ''; input.focus(); });
  });
})();
