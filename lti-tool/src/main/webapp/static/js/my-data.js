// "My data": everything the tool keeps about the person, as a download (a readable page, or JSON), and who
// opened, downloaded or erased their work. The footer on every page (privacy-footer.js) links here and to the
// privacy page; this module is imported when the page opens.
import { api, apiFile } from './session.js';
import { h } from './dom.js';
import { dateTime, fill } from './format.js';
import { language, t } from './i18n.js';
import { setText } from './save-status.js';
import { pt } from './texts-privacy.js';

/** Saves a file the API gives through a temporary link, as the browser's download. */
async function download(path, accept, status) {
  const text = pt();
  try {
    const file = await apiFile(path, accept);
    const link = h('a', { href: URL.createObjectURL(file.blob), download: file.name, hidden: true });
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(link.href), 60_000);
    setText(status, fill(text.downloaded, { name: file.name }));
  } catch (failure) {
    setText(status, fill(text.downloadFailed, { message: failure.message }));
  }
}

function who(entry) {
  const text = pt();
  const kind = text.actors[entry.actorKind] || entry.actorKind;
  if (entry.actorKind === 'trainer' || entry.actorKind === 'teacher') {
    return `${kind}: ${entry.actorName || text.formerParticipant}`;
  }
  return kind;
}

/** The page: the downloads, who looked, and the way to the privacy page. */
export async function myDataPage() {
  const text = pt();
  const looks = await api('/api/privacy/audit');
  const status = h('p', { class: 'page-status', role: 'status' });
  return [
    h('h1', { id: 'page-title', tabindex: '-1' }, text.title),
    h('p', { class: 'lead' }, text.intro),
    status,
    h('section', { class: 'panel', 'aria-labelledby': 'export-title' },
      h('h2', { id: 'export-title' }, text.exportTitle),
      h('div', { class: 'actions' },
        h('button', { type: 'button', id: 'export-html', onclick: () => download('/api/privacy/export.html', 'text/html', status) },
          text.exportHtml),
        h('button', { type: 'button', class: 'secondary', id: 'export-json',
          onclick: () => download('/api/privacy/export', 'application/json', status) }, text.exportJson))),
    h('section', { class: 'panel', 'aria-labelledby': 'audit-title' },
      h('h2', { id: 'audit-title' }, text.auditTitle),
      h('p', {}, text.auditIntro),
      // On a phone each record stacks as a card (.stacking), its cells labelled.
      looks.length === 0 ? h('p', { class: 'muted', id: 'audit-empty' }, text.auditEmpty)
        : h('table', { class: 'stacking', id: 'audit-table' },
          h('caption', { class: 'visually-hidden' }, text.auditCaption),
          h('thead', {}, h('tr', {}, [text.when, text.who, text.what, text.course].map((heading) => h('th', { scope: 'col' }, heading)))),
          h('tbody', {}, looks.map((entry) => h('tr', {},
            h('td', { 'data-label': text.when }, dateTime(entry.occurredAt, language())),
            h('td', { 'data-label': text.who }, who(entry)),
            h('td', { 'data-label': text.what }, text.actions[entry.action] || entry.action),
            h('td', { 'data-label': text.course }, entry.course || '–')))))),
    h('section', { 'aria-labelledby': 'more-title' },
      h('h2', { id: 'more-title' }, text.moreTitle),
      h('p', {}, h('a', { href: t().privacyHref, target: '_blank', rel: 'noopener' }, text.more))),
  ];
}
