// Custodia's only script of its own. htmx requests carry the CSRF token from the page's meta tags.
document.addEventListener('htmx:configRequest', (event) => {
  const token = document.querySelector('meta[name="_csrf"]');
  const header = document.querySelector('meta[name="_csrf_header"]');
  if (token && header) {
    event.detail.headers[header.content] = token.content;
  }
});

// Forms, or single buttons of a form, that do something hard to undo ask first: data-confirm="...".
document.addEventListener('submit', (event) => {
  const asker = (event.submitter && event.submitter.hasAttribute('data-confirm')) ? event.submitter : event.target;
  const question = asker.getAttribute && asker.getAttribute('data-confirm');
  if (question && !window.confirm(question)) {
    event.preventDefault();
  }
});

// A long form that comes back with problems takes the user to the first one: <form data-focus-first-error>.
document.addEventListener('DOMContentLoaded', () => {
  const invalid = document.querySelector('form[data-focus-first-error] .is-invalid');
  if (invalid) {
    invalid.focus();
  }
});
