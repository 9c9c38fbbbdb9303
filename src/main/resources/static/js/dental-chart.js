// The dental chart editor: choose a tooth, set its status, surfaces and material, and the chart is sent as JSON.
document.addEventListener('DOMContentLoaded', function () {
  var form = document.getElementById('dental-form');
  if (!form) {
    return;
  }
  var chart = JSON.parse(form.dataset.chart || '{}');
  var selected = null;
  var hidden = document.getElementById('teeth');
  var status = document.getElementById('tooth-status');
  var material = document.getElementById('tooth-material');
  var surfaces = Array.prototype.slice.call(document.querySelectorAll('.tooth-surface'));

  function paint() {
    document.querySelectorAll('.tooth').forEach(function (b) {
      var t = chart[b.dataset.tooth];
      b.className = 'tooth btn btn-sm' + (t ? ' s-' + t.status : '') + (b.dataset.tooth === selected ? ' selected' : '');
      b.setAttribute('aria-pressed', b.dataset.tooth === selected ? 'true' : 'false');
      b.title = t ? t.status + (t.surfaces && t.surfaces.length ? ' ' + t.surfaces.join('') : '') : 'not charted';
    });
    hidden.value = JSON.stringify(chart);
  }

  document.querySelectorAll('.tooth').forEach(function (b) {
    b.addEventListener('click', function () {
      selected = b.dataset.tooth;
      document.getElementById('tooth-selected').textContent = selected;
      var t = chart[selected] || {status: 'VIRGIN', surfaces: []};
      status.value = t.status;
      material.value = t.material || '';
      surfaces.forEach(function (s) { s.checked = (t.surfaces || []).indexOf(s.value) >= 0; });
      paint();
      status.focus();
    });
  });

  document.getElementById('tooth-apply').addEventListener('click', function () {
    if (!selected) {
      return;
    }
    var t = {status: status.value, surfaces: surfaces.filter(function (s) { return s.checked; }).map(function (s) { return s.value; })};
    if (material.value) {
      t.material = material.value;
    }
    chart[selected] = t;
    paint();
  });
  paint();
});
