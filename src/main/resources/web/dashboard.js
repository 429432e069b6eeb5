// The dashboard: sorts the zones table by a column (its heading, or on a phone the one select above the
// cards); a date chosen in the selector loads at once.
(function () {
  'use strict';
  var table = document.getElementById('zones');
  var pick = document.getElementById('sort-select');
  if (table) {
    var heads = table.querySelectorAll('thead th');
    var sortBy = function (col, dir) {
      var th = heads[col];
      var num = th.dataset.type === 'num';
      heads.forEach(function (h) { h.setAttribute('aria-sort', 'none'); });
      th.setAttribute('aria-sort', dir);
      if (pick) { pick.value = col + ':' + dir; }
      var tbody = table.tBodies[0];
      var rows = Array.prototype.slice.call(tbody.rows);
      rows.sort(function (a, b) {
        var x = a.cells[col].dataset.v, y = b.cells[col].dataset.v;
        var c = num ? (Number(x) - Number(y)) : x.localeCompare(y, document.documentElement.lang);
        return dir === 'ascending' ? c : -c;
      });
      rows.forEach(function (r) { tbody.appendChild(r); });
    };
    heads.forEach(function (th) {
      th.querySelector('button').addEventListener('click', function () {
        var dir = th.getAttribute('aria-sort') === 'descending' ? 'ascending' : 'descending';
        if (th.dataset.type !== 'num' && th.getAttribute('aria-sort') === 'none') { dir = 'ascending'; }
        sortBy(Number(th.dataset.col), dir);
      });
    });
    if (pick) {
      pick.parentNode.hidden = false;
      pick.addEventListener('change', function () {
        if (pick.value) {
          var v = pick.value.split(':');
          sortBy(Number(v[0]), v[1]);
        }
      });
    }
  }
  var select = document.getElementById('asof-select');
  if (select) {
    select.addEventListener('change', function () { select.form.submit(); });
  }
})();
