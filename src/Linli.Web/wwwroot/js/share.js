// The public activity page's share button: the phone's own share sheet where there is one (WeChat's browser
// and most phones), otherwise the link is copied and the button says so.
document.addEventListener("click", async (event) => {
  const button = event.target.closest("[data-share]");
  if (!button) return;
  const url = button.dataset.share;
  if (navigator.share) {
    try {
      await navigator.share({ title: button.dataset.shareTitle, url });
      return;
    } catch {
      // Dismissed or refused: fall through to copying.
    }
  }
  try {
    await navigator.clipboard.writeText(url);
    button.textContent = button.dataset.copied;
  } catch {
    window.prompt("", url);
  }
});
