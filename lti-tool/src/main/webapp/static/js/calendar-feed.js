// The teacher's private calendar feed on the peer-coaching page: whether there is one, a new secret link
// (shown once), stopping it, and how to subscribe in Outlook, Google Calendar and Apple Calendar.
import { api } from './session.js';
import { h } from './dom.js';
import { dateTime, fill } from './format.js';
import { language } from './i18n.js';
import { observerTexts } from './texts-observer.js';

const ADDRESS = '/api/calendar-feed';

export function calendarFeed() {
  const text = observerTexts(language());
  const state = h('p', { id: 'feed-state' });
  const result = h('div', { id: 'feed-result' });
  const status = h('p', { class: 'status-message', id: 'feed-status', 'aria-live': 'polite' });
  const make = h('button', { type: 'button', class: 'secondary', id: 'feed-make' }, text.feedMake);
  const stop = h('button', { type: 'button', class: 'secondary', id: 'feed-revoke', hidden: true }, text.feedRevoke);
  const showState = (feed) => {
    state.textContent = feed.active ? fill(text.feedActive, { date: dateTime(feed.madeAt, language()) }) : text.feedNone;
    make.textContent = feed.active ? text.feedRenew : text.feedMake;
    stop.hidden = !feed.active;
  };
  const act = async (request, after) => {
    make.disabled = true;
    stop.disabled = true;
    try {
      after(await request());
    } catch (failure) {
      status.textContent = failure.message;
    } finally {
      make.disabled = false;
      stop.disabled = false;
    }
  };
  make.addEventListener('click', () => act(() => api(ADDRESS, { method: 'POST' }), (feed) => {
    const input = h('input', { type: 'text', id: 'feed-url', readonly: true, value: feed.url, spellcheck: 'false' });
    result.replaceChildren(h('div', { class: 'field' }, h('label', { for: input.id }, text.feedLinkLabel), input));
    showState({ active: true, madeAt: feed.madeAt });
    status.textContent = text.feedMade;
    input.select();
  }));
  stop.addEventListener('click', () => act(() => api(ADDRESS, { method: 'DELETE' }), (feed) => {
    result.replaceChildren();
    showState(feed);
    status.textContent = text.feedRevoked;
    make.focus();
  }));
  api(ADDRESS).then(showState, (failure) => {
    status.textContent = failure.message;
  });
  return h('section', { class: 'panel calendar-feed', 'aria-labelledby': 'feed-title' },
    h('h2', { id: 'feed-title' }, text.feedTitle),
    h('p', {}, text.feedIntro),
    state,
    h('p', { class: 'actions' }, make, stop),
    result,
    status,
    h('details', {}, h('summary', {}, text.feedHowTitle),
      h('ul', {}, h('li', {}, text.feedOutlook), h('li', {}, text.feedGoogle), h('li', {}, text.feedApple)),
      h('p', { class: 'muted' }, text.feedDelay)));
}
