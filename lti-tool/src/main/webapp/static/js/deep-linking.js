// The trainer's picker for a deep-linking launch ("Select content"): the assignments of all loaded packs,
// searchable, with a preview of each; settings per chosen assignment; the answer goes back to the platform
// as the signed response in a form posted to its return address, which needs none of the tool's cookies.
import { api } from './session.js';
import { h } from './dom.js';
import { fill } from './format.js';
import { language } from './i18n.js';
import { DEEP_LINKING_TEXTS } from './texts-deep-linking.js';
import { dueDate, matches } from './picker.js';

const DEFAULT_SCORE = 100;

function texts() {
  return DEEP_LINKING_TEXTS[language()] || DEEP_LINKING_TEXTS.nl;
}

/** Posts the signed response to the platform, as Deep Linking 2.0 asks: a form with the field JWT. */
export function postToPlatform(returnUrl, jwt) {
  const form = h('form', { method: 'post', action: returnUrl, hidden: true },
    h('input', { type: 'hidden', name: 'JWT', value: jwt }));
  document.body.append(form);
  form.submit();
}

/** The picker page for request {@code id}. */
export async function deepLinkingPage(id) {
  const text = texts();
  const picker = await api(`/api/deep-linking/${encodeURIComponent(id)}`);
  const chosen = new Map();
  const status = h('p', { class: 'page-status', role: 'status' });
  const problem = h('div', { class: 'alert', role: 'alert', tabindex: '-1', hidden: true });
  const count = h('span', { class: 'muted', id: 'dl-count' }, fill(text.chosen, { count: 0 }));
  const search = h('input', { type: 'search', id: 'dl-search', 'aria-describedby': 'dl-search-help' });
  const found = h('p', { class: 'visually-hidden', role: 'status', id: 'dl-found' });
  const inputType = picker.acceptMultiple ? 'checkbox' : 'radio';
  const rows = [];

  const settings = (assignment) => {
    const base = `dl-${assignment.id}`;
    const title = h('input', { type: 'text', id: `${base}-title`, maxlength: 255, required: true });
    title.value = assignment.title;
    const score = h('input', { type: 'number', id: `${base}-score`, min: 0.01, max: 1000, step: 'any',
      'aria-describedby': `${base}-score-help`, required: true });
    score.value = String(DEFAULT_SCORE);
    const approval = h('input', { type: 'checkbox', id: `${base}-approval` });
    const due = h('input', { type: 'datetime-local', id: `${base}-due`, 'aria-describedby': `${base}-due-help` });
    const panel = h('fieldset', { class: 'panel dl-settings', hidden: true },
      h('legend', {}, fill(text.settingsOf, { name: assignment.title })),
      h('div', { class: 'field' }, h('label', { for: title.id }, text.itemTitle), title),
      h('div', { class: 'field-row' },
        h('div', { class: 'field' }, h('label', { for: score.id }, text.scoreMaximum),
          h('p', { class: 'field__help', id: `${base}-score-help` }, text.scoreHelp), score),
        h('div', { class: 'field' }, h('label', { for: due.id }, text.dueAt),
          h('p', { class: 'field__help', id: `${base}-due-help` }, text.dueHelp), due)),
      h('div', { class: 'choice' }, approval, h('label', { for: approval.id }, text.needsApproval)));
    const read = () => ({ assignmentId: assignment.id, title: title.value, scoreMaximum: Number(score.value),
      needsApproval: approval.checked, dueAt: dueDate(due.value) });
    return { panel, read, fields: { title, scoreMaximum: score, dueAt: due } };
  };

  const choose = (assignment, input, form) => {
    if (!picker.acceptMultiple) {
      for (const [, other] of chosen) {
        other.form.panel.hidden = true;
      }
      chosen.clear();
    }
    if (input.checked) {
      chosen.set(assignment.id, { form, input });
      form.panel.hidden = false;
    } else {
      chosen.delete(assignment.id);
      form.panel.hidden = true;
    }
    count.textContent = fill(text.chosen, { count: chosen.size });
  };

  const modules = picker.modules.map((module) => {
    const items = module.assignments.map((assignment) => {
      const input = h('input', { type: inputType, id: `dl-pick-${assignment.id}`, name: 'dl-pick', value: assignment.id });
      const form = settings(assignment);
      input.addEventListener('change', () => {
        if (!picker.acceptMultiple) {
          rows.forEach((row) => { row.form.panel.hidden = true; });
        }
        choose(assignment, input, form);
      });
      const item = h('li', { class: 'dl-item' },
        h('div', { class: 'choice' }, input,
          h('label', { for: input.id },
            h('span', { class: 'choice__name' }, assignment.title, h('span', { class: 'tag' }, text.types[assignment.type] || assignment.type)),
            h('span', { class: 'choice__help' }, fill(text.questions, { count: assignment.questions })))),
        h('details', { class: 'dl-preview' }, h('summary', {}, text.preview), h('p', {}, assignment.instructions)),
        form.panel);
      rows.push({ item, assignment, form, module });
      return item;
    });
    const list = h('ul', { class: 'plain dl-list' }, items);
    const section = h('section', { class: 'dl-module', 'aria-labelledby': `dl-module-${module.id}` },
      h('h2', { id: `dl-module-${module.id}` }, module.title), list);
    return { section, module };
  });

  search.addEventListener('input', () => {
    let shown = 0;
    for (const row of rows) {
      const visible = matches(row.assignment, search.value) || chosen.has(row.assignment.id);
      row.item.hidden = !visible;
      shown += visible ? 1 : 0;
    }
    for (const { section, module } of modules) {
      section.hidden = rows.filter((row) => row.module === module).every((row) => row.item.hidden);
    }
    found.textContent = shown ? fill(text.found, { count: shown }) : text.noneFound;
  });

  const buttons = [];
  const send = async (items, message) => {
    buttons.forEach((button) => { button.disabled = true; });
    problem.hidden = true;
    for (const row of rows) {
      Object.values(row.form.fields).forEach((field) => field.removeAttribute('aria-invalid'));
    }
    try {
      const answer = await api(`/api/deep-linking/${encodeURIComponent(id)}/response`, { method: 'POST', body: { items } });
      status.textContent = message;
      postToPlatform(answer.returnUrl, answer.jwt);
    } catch (error) {
      buttons.forEach((button) => { button.disabled = false; });
      const field = error.problem?.errors?.[0]?.field || '';
      const at = /^items\[(\d+)\]\.(\w+)$/.exec(field);
      if (at) {
        const entry = [...chosen.values()][Number(at[1])];
        const input = entry?.form.fields[at[2]];
        if (input) {
          input.setAttribute('aria-invalid', 'true');
        }
      }
      problem.textContent = fill(text.fixFields, { message: error.message });
      problem.hidden = false;
      problem.focus?.();
    }
  };
  const add = h('button', { type: 'button', id: 'dl-add', onclick: () => {
    if (!chosen.size) {
      problem.textContent = text.chooseFirst;
      problem.hidden = false;
      return;
    }
    send([...chosen.values()].map((entry) => entry.form.read()), text.sending);
  } }, text.add);
  const cancel = h('button', { type: 'button', class: 'secondary', id: 'dl-cancel', onclick: () => send([], text.cancelling) }, text.cancel);
  buttons.push(add, cancel);

  return [
    h('h1', { id: 'page-title', tabindex: '-1' }, text.title),
    h('p', { class: 'lead' }, picker.acceptMultiple ? text.introMultiple : text.introSingle),
    h('div', { class: 'field' }, h('label', { for: search.id }, text.search),
      h('p', { class: 'field__help', id: 'dl-search-help' }, text.searchHelp), search),
    found,
    modules.map(({ section }) => section),
    h('div', { class: 'dl-footer' }, problem, h('div', { class: 'actions' }, add, cancel, count), status),
  ];
}
