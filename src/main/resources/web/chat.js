// The chat page: sends questions to /api/ask, shows the answers (server-escaped HTML), votes.
(function () {
  'use strict';
  var body = document.body;
  var log = document.getElementById('log');
  var form = document.getElementById('ask');
  var input = document.getElementById('q');
  var send = document.getElementById('send');
  var busy = false;

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
    [['up', '\uD83D\uDC4D', body.dataset.up], ['down', '\uD83D\uDC4E', body.dataset.down]].forEach(function (v) {
      var b = document.createElement('button');
      b.type = 'button';
      b.className = 'vote vote-' + v[0];
      b.textContent = v[1];
      b.title = v[2];
      b.setAttribute('aria-label', v[2]);
      b.addEventListener('click', function () {
        fetch('/api/feedback', {method: 'POST', headers: {'Content-Type': 'application/json'},
          body: JSON.stringify({id: id, vote: v[0]})}).then(function (r) { return r.json(); }).then(function (j) {
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
    fetch('/api/ask', {method: 'POST', headers: {'Content-Type': 'application/json'}, body: JSON.stringify(payload)})
      .then(function (r) { return r.json(); })
      .then(function (j) {
        a.removeChild(wait);
        var div = document.createElement('div');
        if (j.html) {
          div.innerHTML = j.html; // built and escaped by the server; the CSP forbids scripts in it
          a.appendChild(div);
          var ans = div.querySelector('.answer');
          if (ans && ans.dataset.feedback) { votes(a, ans.dataset.feedback); }
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
  document.getElementById('new').addEventListener('click', function () {
    fetch('/api/new', {method: 'POST'}).then(function () { log.textContent = ''; input.focus(); });
  });
})();
