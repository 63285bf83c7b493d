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

// A form whose fields depend on a kind (<form data-kind-fields>, a select named "kind", wrappers with
// data-kinds="A B"): only the fields of the chosen kind show. Without this script every field shows and the server
// ignores the ones that do not apply.
document.addEventListener('DOMContentLoaded', () => {
  document.querySelectorAll('form[data-kind-fields]').forEach((form) => {
    const kind = form.querySelector('select[name="kind"]');
    if (!kind) {
      return;
    }
    // A field with a problem stays visible whatever the kind, so no message is ever hidden.
    const show = () => form.querySelectorAll('[data-kinds]').forEach((wrapper) => {
      wrapper.hidden = !wrapper.getAttribute('data-kinds').split(' ').includes(kind.value)
        && !wrapper.querySelector('.is-invalid');
    });
    kind.addEventListener('change', show);
    show();
  });
});

// Charts: <canvas data-chart="doughnut" data-chart-table="#id"> draws the table's rows (the row header is the label,
// data-chart-value the number). The table stays on the page as the chart's text for screen readers and print.
document.addEventListener('DOMContentLoaded', () => {
  if (!window.Chart) {
    return;
  }
  document.querySelectorAll('canvas[data-chart]').forEach((canvas) => {
    const rows = Array.from(document.querySelectorAll(canvas.getAttribute('data-chart-table') + ' tr[data-chart-value]'));
    new window.Chart(canvas, {
      type: canvas.getAttribute('data-chart'),
      data: {
        labels: rows.map((row) => row.querySelector('th').textContent.trim()),
        datasets: [{ data: rows.map((row) => Number(row.getAttribute('data-chart-value'))) }]
      },
      // A doughnut needs its legend; a bar chart's axis already names its bars.
      options: { plugins: { legend: { display: canvas.getAttribute('data-chart') === 'doughnut', position: 'bottom' } },
        animation: false }
    });
  });
});
