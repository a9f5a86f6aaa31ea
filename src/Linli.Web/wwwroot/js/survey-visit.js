// Door-to-door entry that survives a dropped connection. Each saved questionnaire gets an id made on the phone
// (clientKey) and waits in localStorage until the server has it; sending again after a timeout is harmless because
// the server answers a known clientKey with the response it already holds. Entries the server refuses (a broken
// rule) stay listed with the reason, never silently dropped.
(function () {
    const form = document.querySelector("form[data-visit-survey]");
    if (!form) return;
    const surveyId = form.dataset.visitSurvey;
    const storeKey = `linli-visit-${surveyId}`;
    const token = form.querySelector("input[name=__RequestVerificationToken]").value;
    const pending = document.querySelector("[data-visit-pending]");
    const sent = document.querySelector("[data-visit-sent]");
    const rejected = document.querySelector("[data-visit-rejected]");
    const status = document.querySelector("[data-visit-status]");
    let sending = false;

    const load = () => JSON.parse(localStorage.getItem(storeKey) || "[]");
    const store = items => localStorage.setItem(storeKey, JSON.stringify(items));
    const newKey = () => (crypto.randomUUID ? crypto.randomUUID() : `${Date.now()}-${Math.random().toString(16).slice(2)}`);

    const checked = fieldset => [...fieldset.querySelectorAll("input:checked")].map(i => i.value);

    // Questions hidden by skip logic (survey-skip.js) are not answers.
    function answersOf() {
        const answers = {};
        form.querySelectorAll("fieldset[data-key]").forEach(fieldset => {
            if (fieldset.hidden) return;
            const key = fieldset.dataset.key;
            const type = fieldset.dataset.type;
            const other = () => ({ other: (form.elements[`${key}:other`]?.value || "").trim() });
            if (type === "Single" || type === "Multiple") {
                const values = checked(fieldset).map(v => (v === "__other" ? other() : v));
                if (values.length) answers[key] = type === "Single" ? values[0] : values;
            } else if (type === "Scale") {
                const [value] = checked(fieldset);
                if (value) answers[key] = Number(value);
            } else if (type === "Matrix") {
                const rows = {};
                fieldset.querySelectorAll("select").forEach(select => { if (select.value) rows[select.getAttribute("aria-label")] = Number(select.value); });
                if (Object.keys(rows).length) answers[key] = rows;
            } else {
                const field = fieldset.querySelector("input, textarea");
                if (field && field.value.trim()) answers[key] = field.value.trim();
            }
        });
        return answers;
    }

    function render() {
        const items = load();
        pending.textContent = items.filter(i => !i.error).length;
        sent.textContent = Number(localStorage.getItem(`${storeKey}-sent`) || 0);
        rejected.replaceChildren(...items.filter(i => i.error).map(item => {
            const li = document.createElement("li");
            li.className = "list-group-item list-group-item-warning small";
            li.textContent = `${new Date(item.savedAt).toLocaleTimeString("zh-CN")}：${item.error}`;
            const drop = document.createElement("button");
            drop.type = "button";
            drop.className = "btn btn-sm btn-link";
            drop.textContent = rejected.dataset.discardText;
            drop.onclick = () => { store(load().filter(i => i.clientKey !== item.clientKey)); render(); };
            li.append(" ", drop);
            return li;
        }));
    }

    async function sync() {
        if (sending) return;
        sending = true;
        try {
            for (const item of load().filter(i => !i.error)) {
                let response;
                try {
                    response = await fetch(form.dataset.post, {
                        method: "POST",
                        credentials: "same-origin",
                        headers: { "Content-Type": "application/json", "RequestVerificationToken": token },
                        // A lapsed sign-in answers with a redirect to the sign-in page: that must not count as sent.
                        redirect: "manual",
                        body: JSON.stringify({ clientKey: item.clientKey, compoundId: item.compoundId, answers: item.answers }),
                    });
                } catch {
                    status.textContent = status.dataset.offlineText;
                    return;
                }
                const items = load();
                // Signed out, or a page token that no longer matches the sign-in: kept until the page is reloaded signed in.
                if (response.type === "opaqueredirect" || [400, 401, 403].includes(response.status)) {
                    status.textContent = status.dataset.signInText;
                    return;
                }
                if (response.status === 200 || response.status === 201) {
                    store(items.filter(i => i.clientKey !== item.clientKey));
                    localStorage.setItem(`${storeKey}-sent`, Number(localStorage.getItem(`${storeKey}-sent`) || 0) + 1);
                } else if (response.status === 422 || response.status === 409) {
                    const problem = await response.json().catch(() => ({}));
                    const reasons = problem.errors ? Object.entries(problem.errors).map(([k, v]) => `${k}: ${v.join("，")}`).join("；") : (problem.detail || problem.title);
                    store(items.map(i => (i.clientKey === item.clientKey ? { ...i, error: reasons || String(response.status) } : i)));
                } else {
                    status.textContent = status.dataset.offlineText;
                    return;
                }
                render();
            }
            status.textContent = status.dataset.onlineText;
        } finally {
            sending = false;
            render();
        }
    }

    form.addEventListener("submit", event => {
        event.preventDefault();
        const compound = form.elements["compoundId"]?.value;
        const items = load();
        items.push({ clientKey: newKey(), compoundId: compound ? Number(compound) : null, answers: answersOf(), savedAt: Date.now() });
        store(items);
        form.reset();
        if (compound) form.elements["compoundId"].value = compound;
        render();
        window.scrollTo(0, 0);
        sync();
    });
    form.querySelector("[data-visit-sync]")?.addEventListener("click", sync);
    window.addEventListener("online", sync);
    setInterval(sync, 15000);
    render();
    sync();
})();
