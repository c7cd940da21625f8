// "Open on my phone" at an observation the teacher makes: a personal link and its QR code (drawn here from
// the modules the server computed, so nothing is loaded from elsewhere), until when it works, copy and
// revoke. The link is shown once, when made; it is not kept by the page.
import { api } from './session.js';
import { h } from './dom.js';
import { dateTime, fill } from './format.js';
import { language } from './i18n.js';
import { observerTexts } from './texts-observer.js';

const SVG = 'http://www.w3.org/2000/svg';

/** The QR code as an inline SVG image: dark modules on white, with its quiet zone. */
export function qrImage({ size, path }, label) {
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('viewBox', `0 0 ${size} ${size}`);
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-label', label);
  svg.setAttribute('class', 'qr-code');
  svg.setAttribute('shape-rendering', 'crispEdges');
  const background = document.createElementNS(SVG, 'rect');
  background.setAttribute('width', size);
  background.setAttribute('height', size);
  background.setAttribute('fill', '#fff');
  const modules = document.createElementNS(SVG, 'path');
  modules.setAttribute('d', path);
  modules.setAttribute('fill', '#000');
  svg.append(background, modules);
  return svg;
}

/** The phone link of one observation, folded away until the teacher opens it. */
export function phoneLink(base, observation) {
  const text = observerTexts(language());
  const id = `phone-${observation.id}`;
  const address = `${base}/observations/${observation.id}/phone-link`;
  const result = h('div', { class: 'phone-link__result', id: `${id}-result` });
  const status = h('p', { class: 'status-message', id: `${id}-status`, 'aria-live': 'polite' });
  const make = h('button', { type: 'button', class: 'secondary', id: `${id}-make` }, text.phoneMake);
  const say = (message) => {
    status.textContent = message;
  };
  const revoke = async () => {
    try {
      await api(address, { method: 'DELETE' });
      result.replaceChildren();
      make.textContent = text.phoneMake;
      say(text.phoneRevoked);
      make.focus();
    } catch (failure) {
      say(failure.message);
    }
  };
  const show = (link) => {
    const input = h('input', { type: 'text', id: `${id}-url`, readonly: true, value: link.url, spellcheck: 'false' });
    const copy = h('button', { type: 'button', class: 'secondary' }, text.phoneCopy);
    copy.addEventListener('click', async () => {
      input.select();
      try {
        await navigator.clipboard.writeText(link.url);
        say(text.phoneCopied);
      } catch (blocked) {
        // In a platform's frame the clipboard may be closed: the link stays selected to copy by hand.
        input.focus();
      }
    });
    result.replaceChildren(
      qrImage(link.qrCode, text.phoneQrLabel),
      h('div', { class: 'field' }, h('label', { for: input.id }, text.phoneLinkLabel), input),
      h('p', { class: 'muted' }, fill(text.phoneExpires, { date: dateTime(link.expiresAt, language()) })),
      h('p', { class: 'actions' }, copy,
        h('button', { type: 'button', class: 'secondary', id: `${id}-revoke`, onclick: revoke }, text.phoneRevoke)));
  };
  make.addEventListener('click', async () => {
    make.disabled = true;
    try {
      show(await api(address, { method: 'POST' }));
      make.textContent = text.phoneRemake;
      say(text.phoneMade);
    } catch (failure) {
      say(failure.message);
    } finally {
      make.disabled = false;
    }
  });
  return h('details', { class: 'phone-link', id },
    h('summary', {}, text.phoneTitle),
    h('p', {}, text.phoneIntro),
    h('p', {}, make),
    result,
    status);
}
