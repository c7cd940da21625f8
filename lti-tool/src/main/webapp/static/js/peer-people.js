// How the peer-coaching pages name a colleague and show an observation's state, shared by the teacher's
// partners, planning, forms and group, so that each says it the same way.
import { h } from './dom.js';
import { t } from './i18n.js';
import './texts-peer-coaching.js';

const SHAPES = { open: '○', planned: '◔', draft: '◐', submitted: '✓' };
const LOOKS = { open: 'not_started', planned: 'submitted', draft: 'in_progress', submitted: 'completed' };

/**
 * The state of an observation as a badge: a shape and a word, like the assignment's own; the words are the
 * teacher's page's unless a page gives its own.
 */
export function observationBadge(state, words = t().observationStates) {
  return h('span', { class: `badge badge--${LOOKS[state]}` },
    h('span', { class: 'badge__shape', 'aria-hidden': 'true' }, SHAPES[state]), words[state]);
}

/** A text that may begin with "een oud-deelnemer", as the start of a heading or sentence. */
export function capitalised(text) {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export function nameOf(person) {
  return person.name || (person.formerParticipant ? t().formerParticipant : t().colleagueNoName);
}
