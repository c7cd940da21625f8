// The state of a teacher's work, as a badge that looks and reads the same on every page: a shape and a
// word, so that it does not depend on colour.
import { h } from './dom.js';
import { t } from './i18n.js';

const SHAPES = { not_started: '○', in_progress: '◐', submitted: '◉', completed: '✓',
  // The trainer's review (texts-trainer.js): waiting for the trainer's approval, returned for revision.
  awaiting_approval: '◔', returned: '↺' };

export function stateBadge(state) {
  const known = SHAPES[state] ? state : 'not_started';
  return h('span', { class: `badge badge--${known}` },
    h('span', { class: 'badge__shape', 'aria-hidden': 'true' }, SHAPES[known]), t().states[known] || t().reviewStates[known]);
}
