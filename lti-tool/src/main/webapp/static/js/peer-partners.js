// The teacher's coaching partners on the peer-coaching page: what the closing reflection still waits for,
// the invitations received (to accept or decline) and sent (to withdraw), each partner with the observation
// each way, and the colleagues of the course to invite.
import { api } from './session.js';
import { h } from './dom.js';
import { dateTime, fill, plural } from './format.js';
import { language, t } from './i18n.js';
import { confirmDialog } from './confirm.js';
import { capitalised, nameOf } from './peer-people.js';
import { observationPlanning } from './peer-planning.js';
import { formedByTrainer, groupSummary } from './peer-group.js';
import { stillOwed as owedItems } from './peer-groups-logic.js';
import './texts-peer-coaching.js';

export function partnersSection(part) {
  const text = t();
  const { give, receive } = part.state;
  const quota = fill(text.partnersQuota, {
    give: plural(give, text.observationOne, text.observationMany),
    receive: plural(receive, text.observationOne, text.observationMany),
  });
  const group = formedByTrainer(part.state);
  return h('section', { class: 'partners', id: 'partners', 'aria-labelledby': 'partners-title' },
    h('h2', { id: 'partners-title', tabindex: '-1' }, group ? text.yourGroup : text.partnersTitle),
    group ? groupSummary(part.state) : h('p', {}, text.partnersIntro, ' ', quota),
    stillOwed(part),
    invitationsReceived(part),
    part.state.partners.map((partner) => partnerArticle(part, partner)),
    invitationsSent(part),
    part.state.canChoose ? colleagues(part) : null);
}

/**
 * What the closing reflection waits for, naming each colleague, as the server checks it on submission
 * (peer-groups-logic.js): the observations still to give and to receive, or a partner still to find.
 * Nothing once all is there.
 */
function stillOwed(part) {
  const text = t();
  const words = { give: text.owedGive, receive: text.owedReceive };
  const alone = { partner: text.owedPartner, bigger: text.owedBigger };
  const items = owedItems(part.state).map((item) => alone[item.kind] || fill(words[item.kind], { name: nameOf(item.person) }));
  if (!items.length) {
    return null;
  }
  return h('div', { class: 'notice still-owed', id: 'still-owed' },
    h('h3', { id: 'still-owed-title' }, text.owedTitle),
    h('p', {}, text.owedIntro),
    h('ul', { 'aria-labelledby': 'still-owed-title' }, items.map((item) => h('li', {}, capitalised(item)))));
}

/** Invitations to the teacher, each to accept or decline; nothing when there are none. */
function invitationsReceived(part) {
  const text = t();
  const received = part.state.invitationsReceived;
  if (!received.length) {
    return null;
  }
  return h('div', { class: 'invitations panel', id: 'invitations-received' },
    h('h3', { id: 'invitations-received-title', tabindex: '-1' }, text.invitationsReceivedTitle),
    h('ul', { class: 'colleagues__list', 'aria-labelledby': 'invitations-received-title' }, received.map((invitation) => {
      const name = nameOf(invitation);
      return h('li', { class: 'colleague' },
        h('span', { class: 'colleague__name' }, capitalised(fill(text.invitationFrom, { name }))),
        h('span', { class: 'invitation__actions' },
          h('button', { type: 'button', 'aria-label': fill(text.acceptLabel, { name }),
            onclick: () => answer(part, invitation, 'accept', { focus: `partner-${invitation.userId}`,
              announce: fill(text.chosen, { name }) }) }, text.accept),
          ' ',
          h('button', { type: 'button', class: 'secondary', 'aria-label': fill(text.declineLabel, { name }),
            onclick: () => answer(part, invitation, 'decline', { focus: 'partners-title',
              announce: fill(text.declined, { name }) }) }, text.decline)));
    })),
    h('p', { class: 'field__error', id: 'invitations-received-error', 'aria-live': 'polite' }));
}

/** The teacher's invitations: open (to withdraw) or declined; nothing when there are none. */
function invitationsSent(part) {
  const text = t();
  const sent = part.state.invitationsSent;
  if (!sent.length) {
    return null;
  }
  return h('div', { class: 'invitations', id: 'invitations-sent' },
    h('h3', { id: 'invitations-sent-title', tabindex: '-1' }, text.invitationsSentTitle),
    h('ul', { class: 'colleagues__list', 'aria-labelledby': 'invitations-sent-title' }, sent.map((invitation) => {
      const name = nameOf(invitation);
      const open = invitation.status === 'open';
      return h('li', { class: 'colleague' },
        h('span', { class: 'colleague__name' },
          capitalised(fill(open ? text.invitationOpen : text.invitationDeclined, { name }))),
        open ? h('button', { type: 'button', class: 'secondary', 'aria-label': fill(text.withdrawLabel, { name }),
          onclick: () => part.change(() => api(`${part.base}/invitations/${invitation.id}`, { method: 'DELETE' }),
            { focus: 'partners-title', announce: fill(text.withdrawn, { name }),
              error: document.getElementById('invitations-sent-error') }) }, text.withdraw) : null);
    })),
    h('p', { class: 'field__error', id: 'invitations-sent-error', 'aria-live': 'polite' }));
}

async function answer(part, invitation, how, { focus, announce }) {
  await part.change(() => api(`${part.base}/invitations/${invitation.id}/${how}`, { method: 'POST' }),
    { focus, announce, error: document.getElementById('invitations-received-error') });
}

function colleagues(part) {
  const text = t();
  const { colleagues } = part.state;
  return h('div', { class: 'colleagues' },
    h('h3', { id: 'choose-title' }, text.chooseTitle),
    colleagues.length ? h('ul', { class: 'colleagues__list', 'aria-labelledby': 'choose-title' }, colleagues.map((colleague) => {
      const name = nameOf(colleague);
      let action;
      if (colleague.partner) {
        action = h('span', { class: 'muted' }, text.colleagueIsPartner);
      } else if (colleague.invited) {
        action = h('span', { class: 'muted' }, text.colleagueInvited);
      } else if (colleague.available) {
        action = h('button', { type: 'button', class: 'secondary', 'aria-label': fill(text.chooseLabel, { name }),
          onclick: () => choose(part, colleague) }, text.choose);
      } else {
        action = h('span', { class: 'muted' }, text.colleagueTaken);
      }
      return h('li', { class: 'colleague' }, h('span', { class: 'colleague__name' }, name), action);
    })) : h('p', { class: 'notice' }, text.noColleagues),
    h('p', { class: 'field__error', id: 'choose-error', 'aria-live': 'polite' }));
}

function partnerArticle(part, partner) {
  const text = t();
  const name = nameOf(partner);
  const since = dateTime(partner.since, language());
  return h('article', { class: 'partner panel', 'aria-labelledby': `partner-${partner.userId}` },
    h('h3', { id: `partner-${partner.userId}`, tabindex: '-1' }, capitalised(name)),
    // In a group the trainer formed, the group's summary says who formed it and since when.
    formedByTrainer(part.state) ? null : h('p', { class: 'muted' },
      capitalised(fill(partner.chosenByMe ? text.chosenByYou : text.chosenByPartner, { name, date: since }))),
    // In a trio, each way may have no observation: one colleague observes you, you observe the other.
    partner.given ? observationPlanning(part, partner, partner.given, fill(text.youObserve, { name }), true) : null,
    partner.received ? observationPlanning(part, partner, partner.received, fill(text.observesYou, { name }), false) : null,
    partner.given || partner.received ? null : h('p', {}, fill(text.groupNoObservation, { name })),
    partner.canEnd ? h('p', { class: 'partner__end' }, h('button', { type: 'button', class: 'secondary',
      'aria-label': fill(text.endLabel, { name }), onclick: () => end(part, partner) }, text.endPartnership)) : null,
    h('p', { class: 'field__error', id: `end-${partner.userId}-error`, 'aria-live': 'polite' }));
}

async function choose(part, colleague) {
  const text = t();
  const name = nameOf(colleague);
  const confirmed = await confirmDialog({ title: fill(text.chooseConfirmTitle, { name }),
    text: fill(text.chooseConfirmText, { name }), yes: fill(text.chooseConfirmYes, { name }), no: text.confirmNo });
  if (confirmed) {
    await part.change(() => api(`${part.base}/invitations`, { method: 'POST', body: { userId: colleague.userId } }),
      { focus: 'invitations-sent-title', announce: fill(text.invited, { name }), error: document.getElementById('choose-error') });
  }
}

async function end(part, partner) {
  const text = t();
  const name = nameOf(partner);
  const confirmed = await confirmDialog({ title: fill(text.endConfirmTitle, { name }), text: text.endConfirmText,
    yes: text.endConfirmYes, no: text.confirmNo });
  if (confirmed) {
    await part.change(() => api(`${part.base}/partners/${partner.userId}`, { method: 'DELETE' }),
      { focus: 'partners-title', announce: fill(text.ended, { name }), error: document.getElementById(`end-${partner.userId}-error`) });
  }
}
