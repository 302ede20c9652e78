// Objectives: the key-result form shows only the fields of the chosen kind. Without script every field
// shows, and the server ignores those the kind does not use.
(function () {
  'use strict';

  function update(form) {
    var checked = form.querySelector('input.pw-kind:checked') || form.querySelector('input[type=hidden][name=kind]');
    var kind = checked ? checked.value : null;
    form.querySelectorAll('[data-kinds]').forEach(function (group) {
      var kinds = group.getAttribute('data-kinds').split(' ');
      group.hidden = kind !== null && kinds.indexOf(kind) < 0;
    });
  }

  document.addEventListener('DOMContentLoaded', function () {
    var form = document.getElementById('key-result-form');
    if (!form) {
      return;
    }
    form.addEventListener('change', function (event) {
      if (event.target.classList.contains('pw-kind')) {
        update(form);
      }
    });
    update(form);
  });
})();
