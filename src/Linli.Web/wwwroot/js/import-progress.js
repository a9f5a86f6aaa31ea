// Shows how far a long import has come. The form still posts normally (the page that comes back shows
// the result or the row-by-row errors); while that request runs, this asks the server every
// half second where the import stands and fills the progress bar.
(() => {
  const form = document.querySelector("form[data-import-progress]");
  if (!form) return;
  const box = form.querySelector("[data-testid=import-progress]");
  const bar = box.querySelector("progress");
  const text = box.querySelector("span");
  const phases = { Reading: box.dataset.reading, Checking: box.dataset.checking, Writing: box.dataset.writing };

  form.addEventListener("submit", () => {
    const token = form.querySelector("input[name=progressToken]").value;
    box.hidden = false;
    bar.removeAttribute("value");
    text.textContent = box.dataset.uploading;
    const poll = async () => {
      try {
        const response = await fetch(`${form.dataset.importProgress}?token=${encodeURIComponent(token)}`, { credentials: "same-origin" });
        if (response.ok) {
          const status = await response.json();
          const words = phases[status.phase];
          if (words) text.textContent = words.replace("{0}", status.rows.toLocaleString("zh-CN"));
          if (status.total) bar.value = Math.round((100 * status.rows) / status.total);
          else bar.removeAttribute("value");
        }
      } catch {
        // The page is being replaced by the result; nothing to show any more.
      }
      setTimeout(poll, 500);
    };
    setTimeout(poll, 500);
  });
})();
