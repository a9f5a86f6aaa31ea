// Scanning a book's label with the phone's camera in the portal. A button marked data-scan-into="<input id>"
// opens the back camera in a preview under it; the first barcode or QR code read fills the input and sends
// its form, as if the resident had typed the code. The decoder (ZXing, from npm at build time) is fetched on the
// first tap only, so the page stays light for those who type. Without a camera, or when the resident says no,
// the button explains and typing still works.
(() => {
  // The page names the decoder's fingerprinted address, which browsers may cache for good.
  const decoderUrl = document.currentScript.dataset.decoder;
  let decoder;
  const loadDecoder = () => decoder ??= new Promise((resolve, reject) => {
    const script = document.createElement("script");
    script.src = decoderUrl;
    script.onload = () => resolve(window.ZXingBrowser);
    script.onerror = reject;
    document.head.append(script);
  });

  document.addEventListener("click", async (event) => {
    const button = event.target.closest("[data-scan-into]");
    if (!button) return;
    const input = document.getElementById(button.dataset.scanInto);
    const preview = document.getElementById(button.dataset.scanPreview);
    const message = document.getElementById(button.dataset.scanMessage);
    if (button.controls) {
      button.controls.stop();
      button.controls = null;
      preview.hidden = true;
      button.textContent = button.dataset.start;
      return;
    }
    message.textContent = "";
    try {
      const zxing = await loadDecoder();
      const reader = new zxing.BrowserMultiFormatReader();
      preview.hidden = false;
      button.textContent = button.dataset.stop;
      button.controls = await reader.decodeFromConstraints({ video: { facingMode: "environment" } }, preview, (result, _error, controls) => {
        if (!result) return;
        controls.stop();
        button.controls = null;
        preview.hidden = true;
        input.value = result.getText();
        input.form.requestSubmit();
      });
    } catch {
      preview.hidden = true;
      button.textContent = button.dataset.start;
      message.textContent = button.dataset.noCamera;
    }
  });
})();
