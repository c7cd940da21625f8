// A confirmation in a modal <dialog>: the safe choice (cancel) comes first and has the focus; the focus
// returns to where it was when the dialog closes.
import { h } from '../dom.js';

let count = 0;

/** Resolves true when the administrator confirms. */
export function confirmDialog({ title, paragraphs, confirm, cancel, danger = false }) {
  count += 1;
  const titleId = `confirm-title-${count}`;
  const opener = document.activeElement;
  const dialog = h('dialog', { class: 'confirm', 'aria-labelledby': titleId },
    h('form', { method: 'dialog' },
      h('h2', { id: titleId }, title),
      paragraphs.map((text) => h('p', {}, text)),
      h('div', { class: 'actions' },
        h('button', { type: 'submit', value: 'cancel', class: 'secondary', autofocus: true }, cancel),
        h('button', { type: 'submit', value: 'confirm', class: danger ? 'danger' : null, 'data-confirm': true }, confirm))));
  document.body.append(dialog);
  return new Promise((resolve) => {
    dialog.addEventListener('close', () => {
      dialog.remove();
      if (opener && opener.isConnected) {
        opener.focus();
      }
      resolve(dialog.returnValue === 'confirm');
    });
    dialog.showModal();
  });
}
