// Status messages: one polite live region for the whole page, so a screen reader hears what a button did
// and a sighted administrator sees it, wherever the button was.
const CLEAR_AFTER_MS = 10000;
let timer = null;

function region() {
  return document.getElementById('admin-status');
}

export function announce(message) {
  const status = region();
  clearTimeout(timer);
  // Emptied first, so the same message twice in a row is announced twice.
  status.textContent = '';
  requestAnimationFrame(() => {
    status.textContent = message;
    timer = setTimeout(() => { status.textContent = ''; }, CLEAR_AFTER_MS);
  });
}
