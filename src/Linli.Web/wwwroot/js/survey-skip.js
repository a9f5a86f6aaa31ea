// Skip logic on a questionnaire form: a fieldset with data-show-if-key shows only when that question's chosen
// options include one of data-show-if-values. Hidden questions are disabled so the form does not send them.
// Used by the portal's answer page and the door-to-door page (forms marked data-skip-logic).
document.querySelectorAll("form[data-skip-logic]").forEach(form => {
    function apply() {
        form.querySelectorAll("fieldset[data-show-if-key]").forEach(fieldset => {
            const key = fieldset.dataset.showIfKey;
            if (!key) return;
            const source = form.querySelector(`fieldset[data-key="${CSS.escape(key)}"]`);
            const wanted = JSON.parse(fieldset.dataset.showIfValues || "[]");
            const chosen = source && !source.disabled ? [...source.querySelectorAll("input:checked")].map(i => i.value) : [];
            const shown = chosen.some(v => wanted.includes(v));
            fieldset.hidden = !shown;
            fieldset.disabled = !shown;
        });
    }
    form.addEventListener("change", apply);
    form.addEventListener("reset", () => setTimeout(apply));
    apply();
});
