// A question in a modal dialog before a step the teacher should not take by accident: it resolves true when
// they confirm. Escape and the second button answer no, which has the focus to begin with.
import { h } from './dom.js';

/**
 * The part of the page the teacher sees, in the page's coordinates. In a platform's frame that is as tall as
 * the page (lti.frameResize) this is a band somewhere in it, which only an IntersectionObserver can tell: the
 * platform's page, of another origin, cannot be asked where it scrolled to.
 */
function visiblePart() {
  return new Promise((resolve) => {
    const observer = new IntersectionObserver(([entry]) => {
      observer.disconnect();
      resolve(entry.intersectionRect);
    });
    observer.observe(document.documentElement);
  });
}

/** In a frame, the dialog goes to the middle of what the teacher sees rather than the middle of the frame. */
async function placeInView(dialog) {
  if (window.parent === window || typeof IntersectionObserver === 'undefined') {
    return;
  }
  const seen = await visiblePart();
  const box = dialog.getBoundingClientRect();
  if (seen.height > 0 && dialog.open && (box.top < seen.top || box.bottom > seen.bottom)) {
    const top = Math.max(0, seen.top + Math.max(0, (seen.height - box.height) / 2));
    Object.assign(dialog.style, { top: `${Math.round(top)}px`, bottom: 'auto' });
  }
}

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
    dialog.querySelector('.secondary').focus({ preventScroll: true });
    placeInView(dialog);
  });
}
