// The trainer's pages about one teacher: the work in one assignment read-only, with approving, returning for
// revision and feedback; all their work on one page to print; and an assignment in preview.
import { api, sessionCourseId } from './session.js';
import { h } from './dom.js';
import { dateTime, fill, percent } from './format.js';
import { language, t } from './i18n.js';
import { stateBadge } from './badge.js';
import { setText } from './save-status.js';
import { focusElement } from './router.js';
import { memberName } from './course.js';
import './assignment.js';

const MAX_FEEDBACK = 4000;
const MAX_REASON = 2000;

function courseBase() {
  return `/api/courses/${sessionCourseId()}`;
}

function backLink() {
  return h('p', { class: 'back' }, h('a', { href: '/app/course' }, `← ${t().backToCourse}`));
}

/** One teacher's work in an assignment, read-only, with the review and the feedback under it. */
export async function memberWorkPage(userId, assignmentId) {
  const source = `${courseBase()}/members/${userId}/assignments/${encodeURIComponent(assignmentId)}`;
  const page = document.createElement('ss-assignment');
  const view = await page.show(assignmentId, { source });
  const panel = h('div', { class: 'review-panels' });
  const drawPanels = (current) => panel.replaceChildren(reviewSection(current, source, reloadPage), feedbackSection(current, source));
  const reloadPage = async (message, focusId) => {
    const fresh = await page.show(assignmentId, { source });
    drawPanels(fresh);
    const status = panel.querySelector(`#${focusId}-status`);
    setText(status, message);
    focusElement(panel.querySelector(`#${focusId}`));
  };
  drawPanels(view);
  return [backLink(), h('p', { class: 'eyebrow' }, fill(t().workOf, { name: memberName(view.member) })), page, panel];
}

function reviewSection(view, source, reloadPage) {
  const text = t();
  const { review } = view;
  const status = h('p', { class: 'page-status', role: 'status', id: 'review-title-status' });
  const content = [h('h2', { id: 'review-title', tabindex: '-1' }, text.reviewTitle),
    h('p', {}, stateBadge(review.state)), status];
  if (review.state === 'awaiting_approval') {
    content.push(h('p', {}, text.reviewNeedsApproval));
  }
  if (review.approved) {
    content.push(h('p', { class: 'notice' }, fill(text.approvedNote, { date: dateTime(review.decidedAt, language()) })));
  }
  if (review.state === 'returned') {
    content.push(h('div', { class: 'notice' }, h('p', {}, text.returnedNote),
      h('p', { class: 'written' }, review.returnReason)));
  }
  if (review.state === 'awaiting_approval') {
    const approve = h('button', { type: 'button', id: 'approve', onclick: async () => {
      approve.disabled = true;
      try {
        await api(`${source}/approve`, { method: 'POST' });
        await reloadPage(text.approvedNow, 'review-title');
      } catch (error) {
        approve.disabled = false;
        setText(status, error.message);
      }
    } }, text.approve);
    content.push(approve);
  }
  if (view.submittedAt) {
    const reason = h('textarea', { id: 'return-reason', rows: 3, maxlength: MAX_REASON });
    const send = h('button', { type: 'button', class: 'secondary', id: 'return', onclick: async () => {
      send.disabled = true;
      try {
        await api(`${source}/return`, { method: 'POST', body: { reason: reason.value } });
        await reloadPage(text.returnedNow, 'review-title');
      } catch (error) {
        send.disabled = false;
        setText(status, error.message);
        focusElement(reason);
      }
    } }, text.returnButton);
    content.push(h('details', { class: 'return' }, h('summary', {}, text.returnTitle),
      h('div', { class: 'field' }, h('label', { for: 'return-reason' }, text.returnReason), reason), send));
  } else if (review.state !== 'returned') {
    content.push(h('p', { class: 'muted' }, text.notSubmittedYet));
  }
  return h('section', { class: 'panel review', 'aria-labelledby': 'review-title' }, content);
}

function roundView(round) {
  const text = t();
  return h('article', { class: 'feedback-round' },
    h('h3', {}, fill(text.roundTitle, { round: round.round })),
    h('p', { class: 'muted' }, round.sentAt
      ? [fill(text.sentNote, { date: dateTime(round.sentAt, language()) }),
        round.seenAt ? `, ${fill(text.seenNote, { date: dateTime(round.seenAt, language()) })}` : '']
      : text.draftNote),
    h('p', { class: 'written' }, round.text),
    round.reply ? [h('h4', {}, text.replyTitle), h('p', { class: 'written' }, round.reply)] : null);
}

function feedbackSection(view, source) {
  const text = t();
  const rounds = view.feedback;
  const latest = rounds[rounds.length - 1];
  const draft = latest && !latest.sentAt ? latest : null;
  const status = h('p', { class: 'page-status', role: 'status', id: 'feedback-title-status' });
  const input = h('textarea', { id: 'feedback-text', rows: 6, maxlength: MAX_FEEDBACK, 'aria-describedby': 'feedback-help' },
    draft ? draft.text : '');
  const section = h('section', { class: 'panel feedback', 'aria-labelledby': 'feedback-title' });
  const redraw = (fresh, message) => {
    section.replaceWith(feedbackSection({ ...view, feedback: fresh }, source));
    const shown = document.getElementById('feedback-title-status');
    setText(shown, message);
    focusElement(document.getElementById('feedback-title'));
  };
  const save = h('button', { type: 'button', class: 'secondary', id: 'save-feedback', onclick: async () => {
    save.disabled = true;
    try {
      redraw(await api(`${source}/feedback`, { method: 'PUT', body: { text: input.value } }), text.draftSaved);
    } catch (error) {
      save.disabled = false;
      setText(status, error.message);
    }
  } }, text.saveDraft);
  const send = h('button', { type: 'button', id: 'send-feedback', onclick: async () => {
    send.disabled = true;
    try {
      await api(`${source}/feedback`, { method: 'PUT', body: { text: input.value } });
      redraw(await api(`${source}/feedback/send`, { method: 'POST' }), text.feedbackSent);
    } catch (error) {
      send.disabled = false;
      setText(status, error.message);
    }
  } }, text.sendFeedback);
  // append() takes nodes only: the lists are flattened and the empty parts left out.
  section.append(...[h('h2', { id: 'feedback-title', tabindex: '-1' }, text.feedbackTitle), status,
    rounds.filter((round) => round.sentAt).map(roundView),
    rounds.some((round) => round.sentAt) ? null : h('p', { class: 'muted' }, text.noFeedbackYet),
    h('div', { class: 'field' },
      h('label', { for: 'feedback-text' }, fill(text.feedbackLabel, { name: memberName(view.member) })),
      h('p', { class: 'field__help', id: 'feedback-help' }, fill(text.feedbackHelp, { max: MAX_FEEDBACK })),
      input),
    h('div', { class: 'actions' }, save, send)].flat(Infinity).filter(Boolean));
  return section;
}

/** An assignment as a teacher sees it before beginning; nothing can be saved. */
export async function previewPage(assignmentId) {
  const page = document.createElement('ss-assignment');
  await page.show(assignmentId, { source: `${courseBase()}/assignments/${encodeURIComponent(assignmentId)}/preview` });
  return [backLink(), h('p', { class: 'eyebrow' }, t().previewTitle), page];
}

function answerText(question, answer) {
  if (!answer) {
    return null;
  }
  if (answer.text !== undefined) {
    return answer.text;
  }
  if (answer.optionIds) {
    return answer.optionIds.map((id) => question.options?.find((option) => option.id === id)?.label || id).join(', ');
  }
  return String(answer.value);
}

function printedAssignment(view) {
  const text = t();
  const { assignment } = view;
  const questions = [...(assignment.viewingQuestions || []).map((viewing) => viewing.question),
    ...(assignment.questions || []), ...(assignment.reflectionQuestions || [])];
  const id = `print-${assignment.id}`;
  const lastAttempt = view.quickscan?.attempts?.[view.quickscan.attempts.length - 1];
  return h('section', { class: 'print-assignment', 'aria-labelledby': id },
    h('h2', { id }, assignment.title),
    h('p', {}, `${text.module}: ${view.module.title} · `, stateBadge(view.review.state)),
    view.watch ? h('p', {}, `${text.film}: ${percent(view.watch.watchedShare)}%`) : null,
    questions.length ? h('dl', { class: 'print-answers' }, questions.map((question) => [
      h('dt', {}, question.prompt),
      h('dd', { class: 'written' }, answerText(question, view.answers[question.id]) ?? h('span', { class: 'muted' }, '—'))])) : null,
    lastAttempt ? h('ul', {}, lastAttempt.results.map((result) =>
      h('li', {}, `${result.title}: ${result.score === null ? '—' : `${percent(result.score)}%`}`))) : null,
    view.actions?.length ? h('ul', {}, view.actions.map((action) => h('li', {},
      action.ownText || assignment.actions?.find((option) => option.id === action.optionId)?.text || action.optionId,
      action.plannedFor ? ` (${action.plannedFor})` : '', action.done ? ' ✓' : ''))) : null,
    view.feedback.filter((round) => round.sentAt).map((round) => h('div', { class: 'print-feedback' },
      h('h3', {}, fill(text.roundTitle, { round: round.round })), h('p', { class: 'written' }, round.text),
      round.reply ? [h('h4', {}, text.replyTitle), h('p', { class: 'written' }, round.reply)] : null)));
}

/** All of one teacher's work on one page, for the browser's print (a PDF from there is fine). */
export async function printPage(userId) {
  const text = t();
  const base = courseBase();
  const matrix = await api(`${base}/matrix`);
  const member = matrix.members.find((candidate) => candidate.userId === userId);
  if (!member) {
    return [backLink(), h('h1', { tabindex: '-1' }, text.notFound)];
  }
  const ids = matrix.modules.flatMap((module) => module.assignments).map((assignment) => assignment.id);
  const views = await Promise.all(ids.map((id) => api(`${base}/members/${userId}/assignments/${encodeURIComponent(id)}`)));
  return [backLink(),
    h('h1', { id: 'page-title', tabindex: '-1' }, fill(text.printTitle, { name: memberName(member) })),
    h('p', { class: 'no-print' }, h('button', { type: 'button', id: 'print', onclick: () => window.print() }, text.printButton)),
    views.map(printedAssignment)];
}
