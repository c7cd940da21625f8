// The observer's phone page (/observe/#<link>): the observation form opened by a personal link, without a
// platform session. The link stays in the address's fragment, which the browser never sends to a server; it
// goes to the API only as Authorization. Drafts are kept on the phone while offline (draft-keeper.js).
import { h } from '../dom.js';
import { confirmDialog } from '../confirm.js';
import { clockTime, dateTime, fill, localDateTime } from '../format.js';
import { emptyForm, formOf, markedCount, withEntry } from '../observation.js';
import { observerTexts } from '../texts-observer.js';
import { DraftKeeper, Status } from './draft-keeper.js';

const main = document.getElementById('main');
const token = decodeURIComponent(location.hash.slice(1));
const claims = readClaims(token);
let lang = claims?.lang || ((navigator.language || '').toLowerCase().startsWith('en') ? 'en' : 'nl');
let text = observerTexts(lang);

/** What the link says about itself (not secret from its holder; the server checks it): observation and language. */
function readClaims(jwt) {
  try {
    const payload = jwt.split('.')[1].replace(/-/g, '+').replace(/_/g, '/');
    return JSON.parse(decodeURIComponent(escape(atob(payload))));
  } catch (malformed) {
    return null;
  }
}

class LinkError extends Error {
  constructor(status, problem) {
    super(problem?.detail || `HTTP ${status}`);
    this.status = status;
    this.problem = problem;
  }
}

/** A call with the link; rejects with a LinkError (status 0: no connection). */
async function call(path, { method = 'GET', body, ifMatch } = {}) {
  const headers = { Accept: 'application/json', Authorization: `Bearer ${token}` };
  if (body !== undefined) {
    headers['Content-Type'] = 'application/json';
  }
  if (ifMatch !== undefined) {
    headers['If-Match'] = `"${ifMatch}"`;
  }
  let response;
  try {
    response = await fetch(`/api/observer-link${path}?lang=${lang}`,
      { method, headers, body: body === undefined ? undefined : JSON.stringify(body), cache: 'no-store' });
  } catch (offline) {
    throw new LinkError(0, null);
  }
  const type = response.headers.get('Content-Type') || '';
  const json = type.includes('json') ? await response.json().catch(() => null) : null;
  if (!response.ok) {
    throw new LinkError(response.status, json);
  }
  return json;
}

/** The page's content: nested lists flattened, absent parts left out, as dom.h does for children. */
function show(...content) {
  main.replaceChildren(...content.flat(Infinity).filter((part) => part !== null && part !== undefined && part !== false));
  const heading = main.querySelector('h1');
  if (heading) {
    heading.focus();
  }
}

/** The draft the phone still holds, written out so it can be copied: nothing typed is lost. */
function unsent(keeper) {
  if (!keeper?.pending()) {
    return null;
  }
  const { form } = keeper.record;
  const examples = Object.values(form.marks || {}).map((mark) => mark.example).filter(Boolean);
  return h('section', { class: 'panel' }, h('p', {}, text.unsentWarning),
    [...examples, form.compliment, form.tip].filter(Boolean).map((part) => h('p', { class: 'written' }, part)));
}

/** A link that does not open the form: what happened and what to do, in the link's language. */
function linkPage(problem, keeper) {
  const kind = (problem?.type || '').split(':').pop();
  const title = { expired: text.expiredTitle, revoked: text.revokedTitle, 'too-many': text.tooManyTitle }[kind]
    || text.invalidTitle;
  document.title = `${title} – Samenspraak`;
  show(h('h1', { tabindex: '-1' }, title), h('p', { class: 'lead', id: 'link-problem' }, problem?.detail || ''),
    unsent(keeper));
}

async function open() {
  document.documentElement.lang = lang;
  if (!claims?.obs) {
    linkPage({ type: 'invalid', detail: text.incompleteLink }, null);
    return;
  }
  const keeper = new DraftKeeper({ key: `samenspraak.observer.${claims.obs}.${claims.jti}`, storage: localStorage,
    send: (form, version) => call('/form', { method: 'PUT', body: form, ifMatch: version }),
    onStatus: () => {} });
  let view;
  try {
    view = await call('');
  } catch (failure) {
    if (failure.status === 0) {
      show(h('h1', { tabindex: '-1' }, text.pageTitle), h('p', { class: 'lead' }, text.offline), unsent(keeper));
      window.addEventListener('online', () => open(), { once: true });
      return;
    }
    linkPage(failure.problem, keeper);
    return;
  }
  lang = view.language;
  text = observerTexts(lang);
  document.documentElement.lang = lang;
  new ObserverForm(view, keeper).render();
}

class ObserverForm {
  constructor(view, keeper) {
    this.view = view;
    this.keeper = keeper;
    this.observation = view.observation;
    this.definition = view.assignment.observationForm;
    keeper.onStatus = (status, details) => this.status(status, details);
    const server = formOf(this.observation);
    if (this.observation.state === 'submitted') {
      this.form = server;
    } else if (keeper.pending() && keeper.record.version === this.observation.version) {
      // Typed on this phone and not sent yet: the phone's version goes on, and is sent now.
      this.form = keeper.record.form;
      queueMicrotask(() => keeper.sendNow());
    } else if (keeper.pending()) {
      this.form = keeper.record.form;
      queueMicrotask(() => this.status(Status.CONFLICT, { current: {
        version: this.observation.version, savedAt: this.observation.savedAt, draft: this.observation.form } }));
    } else {
      this.form = server;
      keeper.adopt(server, this.observation.version);
    }
  }

  render() {
    const name = this.view.observedName || (lang === 'en' ? 'your colleague' : 'je collega');
    document.title = `${text.pageTitle} – Samenspraak`;
    if (this.observation.state === 'submitted') {
      this.done();
      return;
    }
    this.statusLine = h('p', { class: 'save-status', id: 'observer-status', 'aria-live': 'polite' });
    this.markedLine = h('p', { class: 'muted', id: 'observer-marked' });
    this.conflict = h('div', { id: 'observer-conflict' });
    this.issues = h('div', { class: 'issues', id: 'observer-issues', tabindex: '-1', hidden: true });
    const submit = h('button', { type: 'button', id: 'observer-submit' }, text.submit);
    submit.addEventListener('click', () => this.submit(submit));
    const { plannedAt, note } = this.observation;
    show(
      h('h1', { tabindex: '-1' }, text.pageTitle),
      h('p', { class: 'lead' }, fill(text.observing, { name })),
      plannedAt ? h('p', {}, fill(text.plannedOn, { when: localDateTime(plannedAt, lang) })) : null,
      note ? h('p', {}, fill(text.plannedNote, { note })) : null,
      h('p', { class: 'muted' }, fill(text.linkValid, { date: dateTime(this.view.expiresAt, lang) })),
      h('p', { class: 'notice' }, text.noPupilData),
      this.conflict,
      this.definition.phases.map((phase) => h('fieldset', { class: 'phase' },
        h('legend', { class: 'phase__title' }, phase.title),
        phase.behaviours.map((behaviour) => this.behaviour(behaviour)))),
      this.feedback('compliment', text.complimentTitle, this.view.assignment.feedback.compliment),
      this.feedback('tip', text.tipTitle, this.view.assignment.feedback.tip),
      this.statusLine,
      h('section', { class: 'submit panel', 'aria-labelledby': 'submit-title' },
        h('h2', { id: 'submit-title' }, text.submitTitle),
        this.markedLine,
        h('p', {}, text.submitIntro),
        this.issues,
        submit));
    this.showMarked();
    this.status(this.keeper.pending() ? Status.LOCAL : Status.SENT, { savedAt: this.observation.savedAt });
  }

  behaviour(behaviour) {
    const base = `b-${behaviour.id}`;
    const entry = this.form.marks[behaviour.id] || {};
    const radios = this.definition.marks.map((mark, index) => {
      const input = h('input', { type: 'radio', id: `${base}-${index}`, name: base, value: mark.id });
      input.checked = entry.markId === mark.id;
      input.addEventListener('change', () => this.update((form) => withEntry(form, behaviour.id, { markId: mark.id })));
      return h('div', { class: 'choice' }, input, h('label', { for: input.id }, mark.label));
    });
    const example = h('textarea', { id: `${base}-example`, rows: 2, maxlength: this.view.limits.example });
    example.value = entry.example || '';
    example.addEventListener('input', () => this.update((form) => withEntry(form, behaviour.id, { example: example.value })));
    return h('fieldset', { class: 'behaviour', id: base },
      h('legend', {}, behaviour.text),
      h('div', { class: 'marks' }, radios),
      h('div', { class: 'field behaviour__example' }, h('label', { for: example.id }, text.exampleLabel), example));
  }

  feedback(part, title, prompt) {
    const area = h('textarea', { id: `observer-${part}`, rows: 4, maxlength: this.view.limits.feedback,
      'aria-describedby': `observer-${part}-help` });
    area.value = this.form[part] || '';
    area.addEventListener('input', () => this.update((form) => ({ ...form, [part]: area.value })));
    return h('div', { class: 'field' },
      h('h2', {}, h('label', { for: area.id }, title)),
      h('p', { class: 'field__help', id: `observer-${part}-help` }, prompt, ' ', text.noPupilData),
      area);
  }

  update(change) {
    this.form = change(this.form);
    this.keeper.change(this.form);
    this.showMarked();
  }

  showMarked() {
    const { marked, total } = markedCount(this.form, this.definition);
    this.markedLine.textContent = fill(text.marked, { marked, total });
  }

  status(status, details) {
    if (!this.statusLine) {
      return;
    }
    this.statusLine.dataset.state = status;
    const say = (message) => {
      if (this.statusLine.textContent !== message) {
        this.statusLine.textContent = message;
      }
    };
    switch (status) {
      case Status.SENT:
        say(details.savedAt ? fill(text.statusSent, { time: clockTime(details.savedAt, lang) }) : '');
        break;
      case Status.SENDING:
        say(text.statusSending);
        break;
      case Status.LOCAL:
        say(details.retryIn ? fill(text.statusLocalRetry, { seconds: Math.round(details.retryIn / 1000) }) : text.statusLocal);
        break;
      case Status.CONFLICT:
        this.showConflict(details.current);
        say(text.conflictTitle);
        break;
      case Status.GONE:
        linkPage(details.problem, this.keeper);
        break;
      default:
        say(fill(text.statusRefused, { message: details.problem?.detail || '' }));
    }
  }

  /** Both versions side by side; the observer keeps one. */
  showConflict(current) {
    const theirs = current.draft || emptyForm();
    const summary = (form) => {
      const { marked, total } = markedCount(form, this.definition);
      return [h('p', {}, fill(text.marked, { marked, total })),
        form.compliment ? h('p', { class: 'written' }, form.compliment) : null,
        form.tip ? h('p', { class: 'written' }, form.tip) : null];
    };
    const mine = h('button', { type: 'button', id: 'keep-mine' }, text.keepMine);
    const other = h('button', { type: 'button', class: 'secondary', id: 'keep-theirs' }, text.keepTheirs);
    mine.addEventListener('click', () => {
      this.conflict.replaceChildren();
      this.keeper.keepMine(current.version);
    });
    other.addEventListener('click', () => {
      this.keeper.adopt(formOf({ form: theirs }), current.version);
      this.form = formOf({ form: theirs });
      this.observation = { ...this.observation, version: current.version, savedAt: current.savedAt };
      this.render();
    });
    this.conflict.replaceChildren(h('section', { class: 'conflict alert', 'aria-labelledby': 'conflict-title' },
      h('h2', { id: 'conflict-title' }, text.conflictTitle),
      h('p', {}, text.conflictIntro),
      h('div', { class: 'conflict__versions' },
        h('div', { class: 'conflict__version' }, h('h3', {}, text.conflictMine), summary(this.form)),
        h('div', { class: 'conflict__version' },
          h('h3', {}, fill(text.conflictTheirs, { date: current.savedAt ? dateTime(current.savedAt, lang) : '' })),
          summary(theirs))),
      h('p', { class: 'actions' }, mine, other)));
    this.conflict.querySelector('h2').setAttribute('tabindex', '-1');
    this.conflict.querySelector('h2').focus();
  }

  async submit(button) {
    this.issues.hidden = true;
    const confirmed = await confirmDialog({ title: text.confirmTitle, text: text.confirmText, yes: text.confirmYes,
      no: text.confirmNo });
    if (!confirmed) {
      return;
    }
    button.disabled = true;
    try {
      if (!(await this.keeper.sendNow())) {
        this.showIssues(this.statusLine.dataset.state === Status.CONFLICT ? text.conflictTitle : text.submitOffline, []);
        return;
      }
      await call('/submit', { method: 'POST' });
      this.observation = { ...this.observation, state: 'submitted' };
      this.done();
    } catch (failure) {
      if (failure.status === 0) {
        this.showIssues(text.submitOffline, []);
      } else if (failure.status === 401 || failure.status === 410) {
        linkPage(failure.problem, this.keeper);
      } else {
        this.showIssues(failure.message, failure.problem?.errors || []);
      }
    } finally {
      button.disabled = false;
    }
  }

  showIssues(message, errors) {
    const target = (field) => {
      const mark = /^marks\.([^.]+)/.exec(field);
      if (mark) {
        return `#b-${mark[1]}-0`;
      }
      return { compliment: '#observer-compliment', tip: '#observer-tip' }[field] || null;
    };
    this.issues.replaceChildren(h('h3', {}, text.submitMissing), h('p', {}, message),
      errors.length ? h('ul', {}, errors.map((issue) => {
        const href = target(issue.field);
        return h('li', {}, href ? h('a', { href }, issue.message) : issue.message);
      })) : null);
    this.issues.hidden = false;
    this.issues.className = 'issues alert';
    this.issues.focus();
  }

  /** Submitted: a thank-you, and the form as it was sent. */
  done() {
    const { marks } = this.definition;
    const label = (markId) => marks.find((mark) => mark.id === markId)?.label || text.noMark;
    document.title = `${text.submittedTitle} – Samenspraak`;
    show(h('h1', { tabindex: '-1' }, text.submittedTitle),
      h('p', { class: 'lead', role: 'status' }, text.submitted),
      this.definition.phases.map((phase) => h('section', {}, h('h2', {}, phase.title),
        h('ul', {}, phase.behaviours.map((behaviour) => h('li', {}, `${behaviour.text}: ${label(this.form.marks[behaviour.id]?.markId)}`))))),
      h('h2', {}, text.complimentTitle), h('p', { class: 'written' }, this.form.compliment),
      h('h2', {}, text.tipTitle), h('p', { class: 'written' }, this.form.tip));
  }
}

open();
