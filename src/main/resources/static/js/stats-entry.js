// The statistics entry grid: moving through it with the keyboard, saving with Ctrl+S, and marking the cells the
// validation (or a refused save) names. The grid posts through htmx; without script it is a plain form.
(function () {
  function grid() {
    return document.getElementById('entry-grid');
  }

  // Enter and the arrow keys move to the same column of the next or previous row, as in a spreadsheet.
  document.addEventListener('keydown', function (event) {
    var form = grid();
    if (!form) {
      return;
    }
    if ((event.ctrlKey || event.metaKey) && (event.key === 's' || event.key === 'S')) {
      event.preventDefault();
      form.requestSubmit();
      return;
    }
    var input = event.target;
    if (!form.contains(input) || input.tagName !== 'INPUT' || !input.hasAttribute('data-row')) {
      return;
    }
    var step = 0;
    if ((event.key === 'Enter' && !event.shiftKey) || event.key === 'ArrowDown') {
      step = 1;
    } else if ((event.key === 'Enter' && event.shiftKey) || event.key === 'ArrowUp') {
      step = -1;
    }
    if (step === 0) {
      return;
    }
    event.preventDefault();
    var column = input.classList.contains('stats-note') ? '.stats-note' : '.stats-value';
    var cells = Array.prototype.slice.call(form.querySelectorAll(column));
    var next = cells[cells.indexOf(input) + step];
    if (next) {
      next.focus();
      next.select();
    }
  });

  document.addEventListener('input', function (event) {
    var form = grid();
    if (form && form.contains(event.target)) {
      var dirty = document.getElementById('dirty');
      if (dirty) {
        dirty.hidden = false;
      }
    }
  });

  // Marks the cells the validation panel names: refused by the save or blocking in red, warnings in amber.
  function mark() {
    var form = grid();
    var panel = document.getElementById('validation');
    if (!form || !panel) {
      return;
    }
    form.querySelectorAll('.stats-value').forEach(function (input) {
      input.classList.remove('is-invalid', 'border-warning');
      input.removeAttribute('aria-invalid');
    });
    var first = null;
    panel.querySelectorAll('[data-cell]').forEach(function (item) {
      var input = form.querySelector('.stats-value[data-cell="' + item.getAttribute('data-cell') + '"]');
      var kind = item.getAttribute('data-kind');
      if (!input) {
        return;
      }
      if (kind === 'error' || kind === 'blocking') {
        input.classList.add('is-invalid');
        input.setAttribute('aria-invalid', 'true');
        if (kind === 'error' && !first) {
          first = input;
        }
      } else if (kind === 'warning') {
        input.classList.add('border-warning');
      }
    });
    if (first) {
      first.focus();
    }
    if (panel.querySelector('#saved')) {
      var dirty = document.getElementById('dirty');
      if (dirty) {
        dirty.hidden = true;
      }
    }
  }

  // an outerHTML swap replaces the panel itself, so the event is not reliably on it: mark after any settle
  document.addEventListener('htmx:afterSettle', mark);
  document.addEventListener('DOMContentLoaded', mark);
})();
