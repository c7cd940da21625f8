// The observation as read, once submitted, and the empty form as the observer will see it, before there is
// a colleague to observe. Drawn from the assignment's form; nothing here changes anything.
import { h } from './dom.js';
import { dateTime, fill } from './format.js';
import { language, t } from './i18n.js';
import { formOf } from './observation.js';
import './texts-peer-coaching.js';

/**
 * A submitted observation as a table per phase, the compliment and the tip; with a note instead of the
 * submission's date, an observation kept read-only (a draft of an ended group).
 */
export function readOnlyObservation(assignment, observation, title, note = null) {
  const text = t();
  const { id } = observation;
  const form = formOf(observation);
  const { marks } = assignment.observationForm;
  const label = (markId) => marks.find((mark) => mark.id === markId)?.label || text.noMark;
  return h('section', { class: 'observation observation--read', id: `feedback-${id}`, 'aria-labelledby': `feedback-${id}-title` },
    h('h2', { id: `feedback-${id}-title`, tabindex: '-1' }, title),
    h('p', { class: 'muted' }, note || fill(text.submittedOn, { date: dateTime(observation.submittedAt, language()) })),
    // On a phone each row becomes a block with the column names in it, rather than a table to scroll.
    assignment.observationForm.phases.map((phase) => h('table', { class: 'form-table stacking' },
      h('caption', {}, phase.title),
      h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, text.behaviour), h('th', { scope: 'col' }, text.markColumn),
        h('th', { scope: 'col' }, text.exampleColumn))),
      h('tbody', {}, phase.behaviours.map((behaviour) => h('tr', {},
        h('th', { scope: 'row', 'data-label': text.behaviour }, behaviour.text),
        h('td', { 'data-label': text.markColumn }, label(form.marks[behaviour.id]?.markId)),
        h('td', { 'data-label': text.exampleColumn }, form.marks[behaviour.id]?.example
          || h('span', { class: 'muted' }, text.noExample))))))),
    h('h3', {}, text.complimentTitle), h('p', { class: 'written' }, form.compliment),
    h('h3', {}, text.tipTitle), h('p', { class: 'written' }, form.tip));
}

/** The form as it looks to the observer, with empty boxes: before there is a partner to observe. */
export function formPreview(assignment) {
  const text = t();
  const form = assignment.observationForm;
  const marks = form.marks.map((mark) => mark.label).join(', ');
  return [
    h('section', { class: 'observation-form', 'aria-labelledby': 'form-title' },
      h('h2', { id: 'form-title' }, text.observationForm),
      h('p', {}, fill(text.observationFormIntro, { marks })),
      // On a phone the table scrolls sideways in its box: focusable, so that a keyboard can scroll it too.
      form.phases.map((phase) => h('div', { class: 'table-scroll', tabindex: '0', role: 'region', 'aria-label': phase.title }, h('table', { class: 'form-table' },
        h('caption', {}, phase.title),
        h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, text.behaviour),
          form.marks.map((mark) => h('th', { scope: 'col', class: 'form-table__mark' }, mark.label)))),
        h('tbody', {}, phase.behaviours.map((behaviour) => h('tr', {},
          h('th', { scope: 'row' }, behaviour.text),
          form.marks.map(() => h('td', { class: 'form-table__mark' }, h('span', { class: 'box', 'aria-hidden': 'true' })))))))))),
    h('section', { class: 'panel', 'aria-labelledby': 'feedback-title' },
      h('h2', { id: 'feedback-title' }, text.feedback),
      Object.values(assignment.feedback).map((prompt) => h('p', {}, prompt))),
  ];
}
