// Small behaviours every page may use, kept out of inline handlers so the Content-Security-Policy can forbid
// inline script: a <select data-submit-on-change> sends its form when changed; a [data-print] button prints;
// a [data-toggle-nav] button opens and folds the console's menu on a phone.
document.addEventListener("change", (event) => {
  const field = event.target.closest("[data-submit-on-change]");
  if (field?.form) field.form.requestSubmit();
});
document.addEventListener("click", (event) => {
  if (event.target.closest("[data-print]")) window.print();
  const toggle = event.target.closest("[data-toggle-nav]");
  if (toggle) {
    const open = document.getElementById(toggle.getAttribute("aria-controls")).classList.toggle("open");
    toggle.setAttribute("aria-expanded", String(open));
  }
});
