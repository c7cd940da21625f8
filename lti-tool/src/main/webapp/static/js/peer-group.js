// The teacher's coaching group on the peer-coaching page, for a group the trainer formed (a pair made by an
// invitation reads as before): who is in it and who formed it; and what the teacher keeps from an ended
// group, read-only: their own drafts ("kept, no longer part of the assignment") and the observations
// submitted there, which keep counting.
import { h } from './dom.js';
import { dateTime, fill, plural } from './format.js';
import { language, t } from './i18n.js';
import { nameOf } from './peer-people.js';
import { namesInSentence } from './peer-groups-logic.js';
import { readOnlyObservation } from './peer-read.js';
import './texts-peer-groups.js';
import './texts-peer-coaching.js';

/** Whether the page shows the teacher's group as a group: one the trainer formed (a pair or a trio). */
export function formedByTrainer(state) {
  return state.group?.formedBy === 'trainer';
}

/** The colleagues of the group, who formed it and since when, and what the assignment asks of each. */
export function groupSummary(state) {
  const text = t();
  const names = namesInSentence(state.partners.map(nameOf), text.namesAnd);
  const quota = fill(text.partnersQuota, {
    give: plural(state.give, text.observationOne, text.observationMany),
    receive: plural(state.receive, text.observationOne, text.observationMany),
  });
  return h('div', { class: 'group-summary', id: 'group-summary' },
    h('p', {}, fill(state.partners.length > 1 ? text.yourGroupTrio : text.yourGroupPair, { names })),
    h('p', { class: 'muted' }, fill(text.groupFormedByTrainerYou, { date: dateTime(state.group.since, language()) }), ' ', quota));
}

/**
 * What stays from ended groups: the teacher's own observations (a draft read-only, or submitted) and the
 * feedback received there; nothing when there is none.
 */
export function endedGroups(assignment, state) {
  const text = t();
  const ended = state.endedPartners || [];
  const read = (observation, title, note) => readOnlyObservation(assignment, observation, title, note);
  const parts = ended.flatMap((partner) => {
    const name = nameOf(partner);
    return [
      partner.given?.state === 'submitted' ? read(partner.given, fill(text.ownSubmitted, { name })) : null,
      partner.given && partner.given.state !== 'submitted'
        ? read(partner.given, fill(text.endedDraft, { name }), text.endedKept) : null,
      partner.received?.state === 'submitted' ? read(partner.received, fill(text.feedbackFrom, { name })) : null,
    ].filter(Boolean);
  });
  if (!parts.length) {
    return null;
  }
  return h('section', { class: 'ended-groups', id: 'ended-groups', 'aria-labelledby': 'ended-groups-title' },
    h('h2', { id: 'ended-groups-title', tabindex: '-1' }, text.endedTitle),
    h('p', {}, text.endedIntro),
    parts);
}
