// A question in a modal dialog before a step the teacher should not take by accident: it resolves true when
// they confirm. Escape and the second button answer no, which has the focus to begin with.
import { h } from './dom.js';

export function confirmDialog({ title, text, yes, no }) {
  return new Promise((resolve) => {
    const dialog = h('dialog', { class: 'confirm', 'aria-labelledby': 'confirm-title', 'aria-describedby': 'confirm-text' },
      h('h2', { id: 'confirm-title' }, title),
      h('p', { id: 'confirm-text' }, text));
    const close = (answer) => {
      dialog.close();
      dialog.remove();
      resolve(answer);
    };
    dialog.append(h('div', { class: 'actions' },
      h('button', { type: 'button', class: 'danger', onclick: () => close(true) }, yes),
      h('button', { type: 'button', class: 'secondary', onclick: () => close(false) }, no)));
    dialog.addEventListener('cancel', (event) => {
      event.preventDefault();
      close(false);
    });
    document.body.append(dialog);
    dialog.showModal();
    dialog.querySelector('.secondary').focus();
  });
}
