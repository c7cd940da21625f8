// The trainer's review as the teacher sees it on an assignment: waiting for approval, approved, or returned
// with the reason; the feedback sent, each round with the teacher's one reply. Opening it marks it read.
import { api } from './session.js';
import { h } from './dom.js';
import { dateTime, fill } from './format.js';
import { language, t } from './i18n.js';
import { setText } from './save-status.js';
import { focusElement } from './router.js';

const MAX_REPLY = 4000;

function reviewNote(review) {
  const text = t();
  if (review.state === 'awaiting_approval') {
    return h('p', { class: 'notice', id: 'review-note' }, text.awaitingApprovalNote);
  }
  if (review.state === 'returned') {
    return h('div', { class: 'alert', id: 'review-note' },
      h('p', {}, text.returnedByTrainer), h('p', { class: 'written' }, review.returnReason));
  }
  return review.approved ? h('p', { class: 'notice', id: 'review-note' }, text.approvedByTrainer) : null;
}

/** The review's note and the feedback rounds of the teacher's assignment; null when there is neither. */
export function feedbackPanel(assignmentId, own) {
  const base = `/api/assignments/${encodeURIComponent(assignmentId)}/feedback`;
  const note = reviewNote(own.review);
  if (!own.rounds.length) {
    return note;
  }
  if (own.rounds.some((round) => !round.seenAt)) {
    api(`${base}/seen`, { method: 'POST' }).catch(() => null); // read again next time when this fails
  }
  const section = h('section', { class: 'panel feedback', id: 'trainer-feedback', 'aria-labelledby': 'trainer-feedback-title' });
  const draw = (view) => {
    const text = t();
    const status = h('p', { class: 'page-status', role: 'status' });
    // replaceChildren() takes nodes only: the lists are flattened and the empty parts left out.
    section.replaceChildren(...[h('h2', { id: 'trainer-feedback-title', tabindex: '-1' }, text.trainerFeedback),
      view.rounds.map((round) => h('article', { class: 'feedback-round' },
        h('p', { class: 'muted' }, fill(text.sentNote, { date: dateTime(round.sentAt, language()) })),
        h('p', { class: 'written' }, round.text),
        round.reply ? [h('h3', {}, text.yourReply), h('p', { class: 'written' }, round.reply)] : null)),
      view.canReply ? replyForm(status) : null, status].flat(Infinity).filter(Boolean));
  };
  const replyForm = (status) => {
    const text = t();
    const input = h('textarea', { id: 'feedback-reply', rows: 4, maxlength: MAX_REPLY });
    const button = h('button', { type: 'button', id: 'send-reply', onclick: async () => {
      button.disabled = true;
      try {
        draw(await api(`${base}/reply`, { method: 'POST', body: { text: input.value } }));
        const shown = section.querySelector('.page-status');
        setText(shown, text.replySent);
        focusElement(section.querySelector('h2'));
      } catch (error) {
        button.disabled = false;
        setText(status, error.message);
      }
    } }, text.sendReply);
    return h('div', { class: 'field' }, h('label', { for: 'feedback-reply' }, text.replyLabel), input, button);
  };
  draw(own);
  return [note, section];
}
