// One observation between the teacher and a colleague, either way: its state, when and where the
// conversation is (planned, rescheduled or cancelled, changeable until the observation is submitted), the
// calendar file, and the way to the form or to the submitted observation.
import { api } from './session.js';
import { h } from './dom.js';
import { fill, localDateTime } from './format.js';
import { language, t } from './i18n.js';
import { confirmDialog } from './confirm.js';
import { phoneLink } from './phone-link.js';
import { capitalised, nameOf, observationBadge } from './peer-people.js';
import './texts-peer-coaching.js';

/** One direction: its state, the planning (changeable until submitted), the calendar file, the way to the form. */
export function observationPlanning(part, partner, observation, title, mine) {
  const text = t();
  const id = `plan-${observation.id}`;
  const name = nameOf(partner);
  const content = [
    h('h4', { id: `${id}-title` }, capitalised(title), ' ', observationBadge(observation.state)),
    observation.plannedAt || observation.state !== 'submitted' ? h('p', { id: `${id}-summary`, tabindex: '-1' },
      summary(observation)) : null,
    observation.plannedAt && !observation.cancelled ? h('p', {}, fill(text.plannedDetails, {
      kind: observation.kind ? text.conversationKinds[observation.kind] : text.conversationKindNone,
      minutes: observation.minutes })) : null,
    observation.note ? h('p', {}, fill(text.plannedNote, { note: observation.note })) : null,
  ];
  if (observation.plannedAt) {
    content.push(h('p', {}, h('button', { type: 'button', class: 'secondary', 'aria-label': fill(text.addToCalendarLabel,
      { observer: mine ? text.you : name, observed: mine ? name : text.you }),
    onclick: (event) => part.download(observation, event.currentTarget) }, text.addToCalendar)));
  }
  if (observation.state !== 'submitted') {
    content.push(planning(part, observation));
  }
  if (mine && observation.state !== 'submitted') {
    content.push(h('p', {}, h('a', { href: `#observation-${observation.id}` }, text.toForm)));
    content.push(phoneLink(part.base, observation));
  } else if (observation.state === 'submitted') {
    content.push(h('p', {}, h('a', { href: `#feedback-${observation.id}` },
      mine ? text.readOwn : fill(text.readFeedback, { name }))));
  }
  return h('section', { class: 'observation-planning', 'aria-labelledby': `${id}-title` }, content);
}

/** When the conversation is, or that it is not planned yet or was cancelled. */
function summary(observation) {
  const text = t();
  if (!observation.plannedAt) {
    return text.notPlanned;
  }
  const when = localDateTime(observation.plannedAt, language());
  return fill(observation.cancelled ? text.cancelledOn : text.plannedOn, { when });
}

function planning(part, observation) {
  const text = t();
  const id = `plan-${observation.id}`;
  const days = part.ctx.view.planningWindow;
  const at = h('input', { type: 'datetime-local', id: `${id}-at`, name: 'plannedAt', value: observation.plannedAt || '',
    min: days && `${days.earliest}T00:00`, max: days && `${days.latest}T23:59`, 'aria-describedby': `${id}-error` });
  const kind = h('select', { id: `${id}-kind`, name: 'kind', 'aria-describedby': `${id}-error` },
    h('option', { value: '' }, text.conversationKindChoose),
    Object.entries(text.conversationKinds).map(([value, label]) => h('option',
      { value, selected: observation.kind === value }, label)));
  const { minMinutes, maxMinutes } = part.state.limits;
  const minutes = h('input', { type: 'number', id: `${id}-minutes`, name: 'minutes', min: minMinutes, max: maxMinutes,
    step: 5, value: observation.minutes, inputmode: 'numeric', 'aria-describedby': `${id}-minutes-help ${id}-error` });
  const note = h('input', { type: 'text', id: `${id}-note`, name: 'note', value: observation.note || '',
    maxlength: part.state.limits.note, 'aria-describedby': `${id}-note-help ${id}-error` });
  const error = h('p', { class: 'field__error', id: `${id}-error`, 'aria-live': 'polite' });
  const form = h('form', { class: 'planning', novalidate: true },
    h('div', { class: 'field' }, h('label', { for: at.id }, text.plannedAtLabel), at),
    h('div', { class: 'field' }, h('label', { for: kind.id }, text.conversationKindLabel), kind),
    h('div', { class: 'field' }, h('label', { for: minutes.id }, text.minutesLabel),
      h('p', { class: 'field__help', id: `${id}-minutes-help` }, fill(text.minutesHelp, { min: minMinutes, max: maxMinutes })),
      minutes),
    h('div', { class: 'field' }, h('label', { for: note.id }, text.noteLabel),
      h('p', { class: 'field__help', id: `${id}-note-help` }, text.noteHelp), note),
    error,
    h('button', { type: 'submit', class: 'secondary' }, text.planSave),
    observation.plannedAt && !observation.cancelled ? [' ', h('button', { type: 'button', class: 'secondary',
      onclick: () => cancel(part, observation, error) }, text.planCancel)] : null);
  // Open until there is a planning; then it is there to change, out of the way.
  const details = h('details', { class: 'planning-details', open: !observation.plannedAt },
    h('summary', {}, observation.plannedAt ? text.planChange : text.planNew), form);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    await part.change(() => api(`${part.base}/observations/${observation.id}/planning`,
      { method: 'PUT', body: { plannedAt: at.value || null, note: note.value, kind: kind.value || null,
        minutes: minutes.value === '' ? null : Number(minutes.value) } }),
    { focus: `${id}-summary`, announce: text.planSaved, error, fields: { plannedAt: at, note, kind, minutes } });
  });
  return details;
}

/** Calls the conversation off after a confirmation: the partner sees it and calendars drop the event. */
async function cancel(part, observation, error) {
  const text = t();
  const confirmed = await confirmDialog({ title: text.planCancelConfirmTitle, text: text.planCancelConfirmText,
    yes: text.planCancelConfirmYes, no: text.confirmNo });
  if (confirmed) {
    await part.change(() => api(`${part.base}/observations/${observation.id}/cancel`, { method: 'POST' }),
      { focus: `plan-${observation.id}-summary`, announce: text.planCancelled, error });
  }
}
