// The dashboard: sorts the zones table by a column; a date chosen in the selector loads at once.
(function () {
  'use strict';
  var table = document.getElementById('zones');
  if (table) {
    var heads = table.querySelectorAll('thead th');
    heads.forEach(function (th) {
      th.querySelector('button').addEventListener('click', function () {
        var col = Number(th.dataset.col);
        var num = th.dataset.type === 'num';
        var dir = th.getAttribute('aria-sort') === 'descending' ? 'ascending' : 'descending';
        if (!num && th.getAttribute('aria-sort') === 'none') { dir = 'ascending'; }
        heads.forEach(function (h) { h.setAttribute('aria-sort', 'none'); });
        th.setAttribute('aria-sort', dir);
        var tbody = table.tBodies[0];
        var rows = Array.prototype.slice.call(tbody.rows);
        rows.sort(function (a, b) {
          var x = a.cells[col].dataset.v, y = b.cells[col].dataset.v;
          var c = num ? (Number(x) - Number(y)) : x.localeCompare(y, document.documentElement.lang);
          return dir === 'ascending' ? c : -c;
        });
        rows.forEach(function (r) { tbody.appendChild(r); });
      });
    });
  }
  var select = document.getElementById('asof-select');
  if (select) {
    select.addEventListener('change', function () { select.form.submit(); });
  }
})();
