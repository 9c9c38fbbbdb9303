// Sends the CSRF token with every htmx request that changes something. The token comes from the layout's meta
// tags: the content security policy forbids inline scripts, so this file is the one place that reads it.
document.addEventListener('htmx:configRequest', function (event) {
  var token = document.querySelector('meta[name="_csrf"]');
  var header = document.querySelector('meta[name="_csrf_header"]');
  if (token && header && event.detail.verb !== 'get') {
    event.detail.headers[header.getAttribute('content')] = token.getAttribute('content');
  }
});

// Asks before a form marked data-confirm="question" is sent (disabling an account, revoking a token, ...).
document.addEventListener('submit', function (event) {
  var question = event.target.getAttribute && event.target.getAttribute('data-confirm');
  if (question && !window.confirm(question)) {
    event.preventDefault();
  }
});

// Live notifications: a toast closes with its button; a routine or urgent one also by itself after a minute, a
// critical one stays until closed.
document.addEventListener('click', function (event) {
  var close = event.target.closest && event.target.closest('[data-dismiss-toast]');
  if (close) {
    close.closest('.toast').remove();
  }
});
document.addEventListener('htmx:sseMessage', function (event) {
  if (event.detail.type !== 'alert') {
    return;
  }
  document.querySelectorAll('#live-alerts .toast:not([data-timer])').forEach(function (toast) {
    toast.setAttribute('data-timer', '1');
    if (!toast.classList.contains('severity-critical')) {
      setTimeout(function () { toast.remove(); }, 60000);
    }
  });
});

// Progress bars carry their percentage in data-progress: the content security policy forbids style attributes in
// the page, while a width set from script is allowed.
function drawProgress(root) {
  (root || document).querySelectorAll('[data-progress]').forEach(function (bar) {
    bar.style.width = bar.getAttribute('data-progress') + '%';
  });
}
document.addEventListener('DOMContentLoaded', function () { drawProgress(document); });
document.addEventListener('htmx:afterSettle', function (event) { drawProgress(event.target); });

// Draws an ECharts chart in the page's look: its light or dark theme, its font (labels are measured in it, or long
// names are cut), described for screen readers, following the window's size. Returns the chart.
window.eadsChart = function (element, option) {
  var dark = document.documentElement.getAttribute('data-bs-theme') === 'dark';
  var chart = echarts.init(element, dark ? 'dark' : null);
  chart.setOption(Object.assign({
    backgroundColor: 'transparent',
    textStyle: {fontFamily: getComputedStyle(document.body).fontFamily, fontSize: 13},
    aria: {enabled: true}
  }, option));
  window.addEventListener('resize', function () { chart.resize(); });
  return chart;
};
