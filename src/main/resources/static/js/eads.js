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
