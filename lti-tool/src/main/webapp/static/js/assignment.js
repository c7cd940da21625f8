// <ss-assignment>: one assignment as the teacher works on it. The parts per type (film, reading, peer
// coaching, quickscan, action plan), the questions with autosave, submitting, and where the assignment
// stands in its module.
import { api, sessionOwner } from './session.js';
import { h } from './dom.js';
import { dateTime, fill, paragraphs } from './format.js';
import { language, t } from './i18n.js';
import { Autosaver } from './autosave.js';
import { pageStatusText, setText } from './save-status.js';
import { stateBadge } from './badge.js';
import { assignmentPath } from './routes.js';
import { focusElement } from './router.js';
import './question.js';

// The part each kind of assignment adds, loaded when such an assignment opens: a teacher reading a text
// does not download the film player, the quickscan, the action plan or peer coaching.
const PARTS = {
  video: () => import('./film.js').then((module) => module.FilmPart),
  'peer-coaching': () => import('./peer-coaching.js').then((module) => module.PeerCoachingPart),
  quickscan: () => import('./quickscan.js').then((module) => module.QuickscanPart),
  'action-plan': () => import('./action-plan.js').then((module) => module.ActionPlanPart),
};

function localStorageOrNull() {
  try {
    const store = window.localStorage;
    store.setItem('samenspraak.probe', '1');
    store.removeItem('samenspraak.probe');
    return store;
  } catch (blocked) {
    return null;
  }
}

function hasContent(answer) {
  return Boolean(answer) && ((answer.text ?? '').trim() !== '' || (answer.optionIds ?? []).length > 0
    || typeof answer.value === 'number');
}

class SamenspraakAssignment extends HTMLElement {
  constructor() {
    super();
    this.savers = [];
    this.onHidden = () => {
      if (document.visibilityState === 'hidden') {
        this.leave();
      }
    };
    this.onPageHide = () => this.leave();
    this.onOnline = () => this.savers.forEach((saver) => saver.retryNow());
  }

  connectedCallback() {
    window.addEventListener('pagehide', this.onPageHide);
    document.addEventListener('visibilitychange', this.onHidden);
    window.addEventListener('online', this.onOnline);
  }

  disconnectedCallback() {
    window.removeEventListener('pagehide', this.onPageHide);
    document.removeEventListener('visibilitychange', this.onHidden);
    window.removeEventListener('online', this.onOnline);
    this.leave();
  }

  /** What waits goes now and outlives the page; copies stay in the browser until the server has them. */
  leave() {
    this.savers.forEach((saver) => saver.flushOnExit());
    this.film?.leave();
  }

  /**
   * Loads and shows the assignment; {@code focus} names the element to focus afterwards. With a {@code source}
   * it shows what that address answers instead of the teacher's own work: a teacher's work a trainer reads, or a
   * preview; both read-only, without submitting, module progress or feedback of one's own.
   */
  async show(id, { focus = null, source = null } = {}) {
    this.assignmentId = id;
    this.source = source;
    const own = `/api/assignments/${encodeURIComponent(id)}`;
    // The kind's module (film.js…) is imported as soon as the assignment says its kind, while the other two
    // answers may still be on their way: the module's download is not one more step after all of them.
    const [[view, Part], progress, review] = await Promise.all([
      api(source || own).then(async (answer) => [answer, await PARTS[answer.assignment.type]?.() ?? null]),
      source ? null : api('/api/progress').catch(() => null),
      // A teacher's own review and feedback; anyone else (a trainer opening a link) is refused, and sees none.
      source ? null : api(`${own}/feedback`).catch(() => null),
    ]);
    this.Part = Part;
    this.view = view;
    this.programProgress = progress;
    this.ownReview = review;
    await this.loadFeedbackPanel();
    this.render();
    if (focus) {
      const target = document.getElementById(focus);
      if (target) {
        focusElement(target);
      }
    }
    return view;
  }

  title() {
    return this.view?.assignment.title;
  }

  render() {
    const text = t();
    const { view } = this;
    const { assignment } = view;
    this.leave();
    this.savers = [];
    this.values = new Map();
    this.questionElements = new Map();
    const storage = localStorageOrNull();
    const storagePrefix = `samenspraak.draft.${sessionOwner() || 'anonymous'}.${assignment.id}.`;
    this.saver = new Autosaver({
      prefix: `${storagePrefix}answer.`,
      storage,
      send: (questionId, answer, { keepalive, version }) => api(`/api/assignments/${encodeURIComponent(assignment.id)}/answers/${encodeURIComponent(questionId)}`,
        { method: 'PUT', body: answer, keepalive, ifMatch: version }).then((saved) => {
        this.setProgress(saved?.progress);
        return saved;
      }),
      onChange: (questionId, status) => {
        this.questionElements.get(questionId)?.showStatus(status);
        if (status.state === 'locked') {
          this.show(assignment.id, { focus: 'work-note' });
        }
        this.updatePageStatus();
      },
    });
    this.savers.push(this.saver);
    if (view.readOnly) {
      this.saver.forgetAll();
    }
    const ctx = {
      view,
      readOnly: view.readOnly,
      storage,
      storagePrefix,
      question: (question) => this.question(question),
      hasAnswer: (questionId) => hasContent(this.values.get(questionId) ?? view.answers[questionId]),
      setProgress: (progress) => this.setProgress(progress),
      refreshProgress: () => this.refreshProgress(),
      reload: (options) => this.show(assignment.id, { ...options, source: this.source }),
      // A trainer reading a teacher's work, or a preview: nothing on the page may change anything.
      review: Boolean(view.review || view.preview),
      announce: (message) => setText(this.pageStatus, message),
      track: (saver) => this.savers.push(saver),
      statusChanged: () => this.updatePageStatus(),
    };
    this.badgeHolder = h('span', { class: 'assignment__badge' }, stateBadge(this.shownState(view.progress.state)));
    this.pageStatus = h('p', { class: 'page-status', role: 'status' });
    const parts = this.parts(ctx);
    this.replaceChildren(h('article', { class: 'assignment' },
      h('header', { class: 'assignment__header' },
        h('p', { class: 'eyebrow' }, `${text.module}: ${view.module.title}`),
        h('h1', { id: 'assignment-title', tabindex: '-1' }, assignment.title),
        h('p', { class: 'assignment__state' }, `${text.yourState}: `, this.badgeHolder)),
      this.note(),
      this.ownReview && this.feedbackPanel ? this.feedbackPanel(assignment.id, this.ownReview) : null,
      this.pageStatus,
      h('section', { class: 'instructions', 'aria-labelledby': 'instructions-title' },
        h('h2', { id: 'instructions-title' }, text.instructions),
        paragraphs(assignment.instructions).map((paragraph) => h('p', {}, paragraph))),
      parts,
      this.submitSection(),
      this.moduleProgress()));
    this.updatePageStatus();
  }

  parts(ctx) {
    const text = t();
    const { assignment } = ctx.view;
    this.film = null;
    this.quickscan = null;
    switch (assignment.type) {
      case 'video':
        this.film = new this.Part(ctx);
        return this.film.render();
      case 'reading':
        return [this.reading(assignment), this.questions(text.questions, assignment.questions, 'questions-title')];
      case 'peer-coaching':
        return [...new this.Part(ctx).render(),
          this.questions(text.reflectionQuestions, assignment.reflectionQuestions, 'reflection-title')];
      case 'quickscan':
        this.quickscan = new this.Part(ctx);
        return this.quickscan.render();
      case 'action-plan':
        return [...new this.Part(ctx).render(),
          this.questions(text.reflectionQuestions, assignment.reflectionQuestions, 'reflection-title')];
      default:
        return [];
    }
  }

  /** A question of this assignment, with its saved answer or the newer copy this browser kept. */
  question(question) {
    const { view } = this;
    const saved = view.answers[question.id];
    let answer = saved;
    let restored;
    this.saver.known(question.id, saved?.savedAt, saved?.version ?? 0);
    if (!view.readOnly) {
      restored = this.saver.restore(question.id, saved?.savedAt);
      if (restored !== undefined) {
        answer = restored;
        this.values.set(question.id, restored);
      }
    }
    const element = document.createElement('ss-question');
    element.setup({
      question,
      answer,
      readOnly: view.readOnly,
      onAnswer: (value) => {
        this.values.set(question.id, value);
        this.saver.change(question.id, value);
      },
      onResolve: (choice) => {
        const kept = this.saver.resolve(question.id, choice);
        this.values.set(question.id, kept);
        return kept;
      },
    });
    this.questionElements.set(question.id, element);
    element.showStatus(this.saver.status(question.id));
    if (restored !== undefined) {
      queueMicrotask(() => this.saver.change(question.id, restored, { delay: 0 }));
    }
    return element;
  }

  questions(title, questions, id) {
    if (!questions || !questions.length) {
      return null;
    }
    return h('section', { class: 'questions', 'aria-labelledby': id },
      h('h2', { id }, title), questions.map((question) => this.question(question)));
  }

  reading(assignment) {
    const text = t();
    const content = [];
    if (assignment.text) {
      content.push(h('section', { class: 'reading', 'aria-labelledby': 'reading-title' },
        h('h2', { id: 'reading-title' }, text.reading),
        paragraphs(assignment.text).map((paragraph) => h('p', {}, paragraph))));
    }
    if (assignment.document) {
      content.push(h('section', { class: 'panel', 'aria-labelledby': 'document-title' },
        h('h2', { id: 'document-title' }, text.document),
        h('p', {}, h('a', { href: assignment.document.link.url, target: '_blank', rel: 'noopener' },
          assignment.document.title, ' ', h('span', { class: 'muted' }, text.opensInNewTab)))));
    }
    return content;
  }

  note() {
    const text = t();
    const { view } = this;
    if (view.preview) {
      return h('p', { class: 'notice', id: 'work-note' }, text.previewNote);
    }
    if (view.review) {
      return null;
    }
    if (view.readOnly && view.submittedAt) {
      return h('p', { class: 'notice', id: 'work-note', tabindex: '-1' },
        fill(text.submittedNote, { date: dateTime(view.submittedAt, language()) }));
    }
    if (view.reopenedAt) {
      return h('p', { class: 'notice', id: 'work-note', tabindex: '-1' },
        fill(text.reopenedNote, { date: dateTime(view.reopenedAt, language()) }));
    }
    return null;
  }

  canSubmit() {
    if (this.view.review || this.view.preview) {
      return false;
    }
    if (this.view.assignment.type === 'quickscan') {
      return this.quickscan?.canSubmit() ?? false;
    }
    return !this.view.readOnly;
  }

  submitSection() {
    const text = t();
    if (!this.canSubmit()) {
      return null;
    }
    this.issues = h('div', { class: 'issues', id: 'submit-issues', tabindex: '-1', hidden: true });
    this.submitButton = h('button', { type: 'button', id: 'submit', onclick: () => this.submit() }, text.submit);
    return h('section', { class: 'submit panel', 'aria-labelledby': 'submit-title' },
      h('h2', { id: 'submit-title' }, text.submitHeading),
      h('p', {}, text.submitIntro),
      this.issues,
      this.submitButton);
  }

  /**
   * Imports the trainer's review panel (teacher-feedback.js) when there may be something in it: feedback, or a
   * review that needs or gave approval or returned the work (the panel's notes). Most first visits have none,
   * so they do not download it.
   */
  async loadFeedbackPanel() {
    const own = this.ownReview;
    const review = own?.review;
    if (!this.feedbackPanel && own && (own.rounds?.length || review?.needsApproval || review?.approved
      || review?.state === 'returned' || review?.state === 'awaiting_approval')) {
      this.feedbackPanel = (await import('./teacher-feedback.js')).feedbackPanel;
    }
  }

  async submit() {
    const text = t();
    const { assignment } = this.view;
    // only a trainer can undo this, so the teacher says yes to it first; the dialog is imported when first asked
    const { confirmDialog } = await import('./confirm.js');
    const confirmed = await confirmDialog({ title: fill(text.submitConfirmTitle, { assignment: assignment.title }),
      text: assignment.type === 'quickscan' ? `${text.submitConfirmText} ${text.submitConfirmQuickscan}` : text.submitConfirmText,
      yes: text.submitConfirmYes, no: text.confirmNo });
    if (!confirmed) {
      this.submitButton.focus();
      return;
    }
    this.submitButton.disabled = true;
    this.issues.hidden = true;
    setText(this.pageStatus, text.submitting);
    try {
      await this.film?.flush();
      const saved = (await Promise.all(this.savers.map((saver) => saver.flush()))).every(Boolean);
      if (!saved) {
        this.showIssues(text.submitNotSaved, []);
        return;
      }
      const view = await api(`/api/assignments/${encodeURIComponent(assignment.id)}/submit`, { method: 'POST' });
      this.savers.forEach((saver) => saver.forgetAll());
      this.view = view;
      this.programProgress = await api('/api/progress').catch(() => this.programProgress);
      this.ownReview = await api(`/api/assignments/${encodeURIComponent(assignment.id)}/feedback`).catch(() => this.ownReview);
      await this.loadFeedbackPanel();
      this.render();
      setText(this.pageStatus, text.submitted);
      // a quickscan's result is what the teacher came for: it is shown first
      const note = document.getElementById('results-title') || document.getElementById('work-note')
        || document.getElementById('assignment-title');
      focusElement(note);
    } catch (error) {
      this.showIssues(error.message, error.problem?.errors || []);
    } finally {
      if (this.submitButton?.isConnected) {
        this.submitButton.disabled = false;
      }
    }
  }

  showIssues(message, errors) {
    const text = t();
    this.issues.replaceChildren(
      h('h3', {}, text.submitMissing),
      h('p', {}, message),
      errors.length ? h('ul', {}, errors.map((issue) => {
        const target = this.issueTarget(issue.field);
        return h('li', {}, target ? h('a', { href: `#${target.id}`, onclick: (event) => this.showIssueTarget(event, target.id) },
          `${target.name}: `, issue.message) : issue.message);
      })) : null);
    this.issues.hidden = false;
    this.issues.className = 'issues alert';
    setText(this.pageStatus, '');
    focusElement(this.issues);
  }

  /** A submit issue's link: the whole place it names comes into view (a question with its prompt), its field gets the focus. */
  showIssueTarget(event, id) {
    const target = document.getElementById(id);
    if (!target) {
      return;
    }
    event.preventDefault();
    event.stopPropagation();
    focusElement(target.focusTarget?.() || target, 'nearest');
    target.scrollIntoView({ block: 'start' });
  }

  /** The place on the page that a submit issue is about, and what to call it. */
  issueTarget(field) {
    const text = t();
    const { assignment } = this.view;
    const answer = /^answers\.([^.]+)/.exec(field);
    if (answer) {
      this.film?.revealQuestion(answer[1]);
      const element = this.questionElements.get(answer[1]);
      const question = [...(assignment.questions || []), ...(assignment.reflectionQuestions || []),
        ...(assignment.viewingQuestions || []).map((viewing) => viewing.question)].find((q) => q.id === answer[1]);
      if (element && !element.closest('[hidden]')) {
        return { id: element.id, name: question?.prompt || answer[1] };
      }
      return element ? { id: 'film', name: question?.prompt || answer[1] } : null;
    }
    if (field === 'watched') {
      return { id: 'film', name: text.film };
    }
    const theme = /^quickscan\.themes\.([^.]+)/.exec(field);
    if (theme && document.getElementById(`theme-${theme[1]}`)) {
      return { id: `theme-${theme[1]}`, name: document.getElementById(`theme-${theme[1]}-title`).textContent };
    }
    if (field.startsWith('quickscan')) {
      return { id: 'quickscan', name: text.sector };
    }
    if (field.startsWith('actions')) {
      return { id: 'action-plan', name: text.plan };
    }
    const observation = /^observations\.(\d+)/.exec(field);
    if (observation && document.getElementById(`observation-${observation[1]}`)) {
      return { id: `observation-${observation[1]}`, name: document.getElementById(`observation-${observation[1]}-title`).textContent };
    }
    if (field === 'partners') {
      return { id: 'partners', name: text.partnersTitle };
    }
    return null;
  }

  /**
   * The state to show for the rules' state: a trainer reading sees the review's; a teacher whose completed work
   * waits for approval sees that, and returned work shows as returned until it is submitted again.
   */
  shownState(state) {
    if (this.view.review) {
      return this.view.review.state;
    }
    const review = this.ownReview?.review;
    if (review?.needsApproval && state === 'completed' && !review.approved) {
      return 'awaiting_approval';
    }
    return review?.state === 'returned' && state === 'in_progress' ? 'returned' : state;
  }

  /** A new state of the work: the badge at the top and the one in the module's list follow. */
  setProgress(progress) {
    if (progress && progress.state !== this.view.progress.state) {
      this.view.progress = progress;
      this.badgeHolder.replaceChildren(stateBadge(this.shownState(progress.state)));
      this.querySelector('.assignment-list__item--current .badge')?.replaceWith(stateBadge(progress.state));
    }
  }

  async refreshProgress() {
    try {
      const view = await api(`/api/assignments/${encodeURIComponent(this.view.assignment.id)}`);
      this.setProgress(view.progress);
    } catch (ignored) {
      // The badge catches up at the next load.
    }
  }

  updatePageStatus() {
    if (!this.pageStatus || this.view.readOnly) {
      return;
    }
    const all = this.savers.map((saver) => saver.overall());
    const order = ['signed-out', 'conflict', 'retrying', 'invalid', 'pending', 'locked', 'saved'];
    const state = order.find((candidate) => all.some((status) => status.state === candidate)) || 'saved';
    const savedAt = all.map((status) => status.savedAt).filter(Boolean).sort().pop() || null;
    const overall = { state, savedAt };
    setText(this.pageStatus, pageStatusText(overall));
  }

  moduleProgress() {
    const text = t();
    const module = this.programProgress?.modules.find((candidate) => candidate.id === this.view.module.id);
    if (!module) {
      return null;
    }
    return h('nav', { class: 'module-progress panel', 'aria-labelledby': 'module-progress-title' },
      h('h2', { id: 'module-progress-title' }, text.inModule),
      h('p', { class: 'muted' }, `${module.title}: ${fill(text.moduleCount, { done: module.completed, total: module.total })}`),
      moduleList(module, this.view.assignment.id));
  }
}

/** A module's assignments with their badges; the current one and the next one marked. */
export function moduleList(module, currentId = null) {
  const text = t();
  return h('ol', { class: 'assignment-list' }, module.assignments.map((assignment) => {
    const current = assignment.id === currentId;
    return h('li', { class: current ? 'assignment-list__item assignment-list__item--current' : 'assignment-list__item' },
      h('a', { href: assignmentPath(assignment.id), 'aria-current': current ? 'page' : null }, assignment.title),
      ' ', stateBadge(assignment.progress.state),
      assignment.id === module.next && !current ? h('span', { class: 'tag' }, text.next) : null,
      current ? h('span', { class: 'tag tag--current' }, text.current) : null);
  }));
}

customElements.define('ss-assignment', SamenspraakAssignment);
