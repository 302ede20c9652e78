// Pathwise: behaviour without inline scripts (the Content-Security-Policy forbids them).
(function () {
  'use strict';

  // htmx requests carry the CSRF token like forms do, and say they are background requests, so an
  // expired session never makes sign-in return the user to a bare fragment.
  document.addEventListener('htmx:configRequest', function (event) {
    event.detail.headers['X-Requested-With'] = 'XMLHttpRequest';
    var token = document.querySelector('meta[name="_csrf"]');
    var header = document.querySelector('meta[name="_csrf_header"]');
    if (token && header && token.content) {
      event.detail.headers[header.content] = token.content;
    }
  });

  // Forms and buttons with data-confirm ask first; the question text comes from the message bundle.
  document.addEventListener('submit', function (event) {
    var form = event.target;
    var question = form.getAttribute('data-confirm');
    if (question && !window.confirm(question)) {
      event.preventDefault();
    }
  });

  // Back on a tab that was in the background: refresh what htmx loads on `pw-return` (the unread
  // count in the header). Not a timer: polling would keep an idle session alive for ever.
  document.addEventListener('visibilitychange', function () {
    if (document.visibilityState === 'visible' && window.htmx) {
      window.htmx.trigger(document.body, 'pw-return');
    }
  });

  // Move focus to the error summary so screen readers announce it.
  document.addEventListener('DOMContentLoaded', function () {
    var summary = document.getElementById('error-summary');
    if (summary) {
      summary.focus();
    }
  });
})();
