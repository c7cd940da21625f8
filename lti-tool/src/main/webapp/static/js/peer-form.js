// The observer's forms on the teacher's peer-coaching page: one per observation the teacher gives, a fieldset
// per phase, a mark and an example per behaviour, the compliment and the tip; autosaved as a draft (kept in the
// browser until the server has it, with the choice between two versions saved elsewhere), then submitted
// after a confirmation.
import { api } from './session.js';
import { h } from './dom.js';
import { fill } from './format.js';
import { t } from './i18n.js';
import { Autosaver, State } from './autosave.js';
import { entryStatusText, setText } from './save-status.js';
import { confirmDialog } from './confirm.js';
import { focusElement } from './router.js';
import { formOf, markedCount, withEntry } from './observation.js';
import { nameOf } from './peer-people.js';
import './question.js';
import './texts-peer-coaching.js';

export class ObserverForms {
  /**
   * @param ctx    the assignment page's context (storage, storagePrefix, reload(), announce(), track(), setProgress())
   * @param base   the assignment's peer-coaching address
   * @param limits the most characters an example and a compliment or tip may have
   */
  constructor(ctx, assignment, base, limits) {
    this.ctx = ctx;
    this.assignment = assignment;
    this.base = base;
    this.limits = limits;
    this.forms = new Map();
    this.formStatus = new Map();
    this.saver = new Autosaver({
      prefix: `${ctx.storagePrefix}observation.`,
      storage: ctx.storage,
      send: (id, form, { keepalive, version }) => api(`${this.base}/observations/${id}`,
        { method: 'PUT', body: form, keepalive, ifMatch: version }).then((saved) => {
        ctx.setProgress(saved?.progress);
        return saved;
      }),
      onChange: (id, status) => {
        this.showStatus(id, status);
        ctx.statusChanged();
      },
    });
    ctx.track(this.saver);
  }

  /** Sends what waits to be saved; false when something could not be. */
  flush() {
    return this.saver.flush();
  }

  /** The observer's form for a colleague: a fieldset per phase, a mark and an example per behaviour, compliment, tip. */
  form(person, observation) {
    const text = t();
    const { id } = observation;
    const name = nameOf(person);
    const observationForm = this.assignment.observationForm;
    this.saver.known(String(id), observation.savedAt, observation.version ?? 0);
    let value = formOf(observation);
    const restored = this.saver.restore(String(id), observation.savedAt);
    if (restored !== undefined) {
      value = restored;
      queueMicrotask(() => this.saver.change(String(id), restored, { delay: 0 }));
    }
    this.forms.set(id, value);
    const status = h('p', { class: 'save-status', id: `obs-${id}-status`, 'aria-live': 'polite' });
    const marked = h('p', { class: 'muted', id: `obs-${id}-marked` });
    const conflict = h('div', { class: 'conflict-holder' });
    this.formStatus.set(id, { status, marked, conflict });
    const feedback = (part, prompt) => {
      const question = document.createElement('ss-question');
      question.setup({
        question: { id: `obs-${id}-${part}`, kind: 'open', prompt, required: true, minLength: 0, maxLength: this.limits.feedback },
        answer: { text: value[part] },
        readOnly: false,
        onAnswer: (answer) => this.update(id, (form) => ({ ...form, [part]: answer.text })),
      });
      return question;
    };
    const issues = h('div', { class: 'issues', id: `obs-${id}-issues`, tabindex: '-1', hidden: true });
    const submit = h('button', { type: 'button', id: `obs-${id}-submit` }, text.submitObservation);
    submit.addEventListener('click', () => this.submit(person, observation, submit, issues));
    const section = h('section', { class: 'observation', id: `observation-${id}`, 'aria-labelledby': `observation-${id}-title` },
      h('h2', { id: `observation-${id}-title`, tabindex: '-1' }, fill(text.formTitle, { name })),
      h('p', {}, fill(text.formIntro, { name })),
      h('p', { class: 'notice', id: `observation-${id}-privacy` }, text.formPrivacy),
      observationForm.phases.map((phase) => h('fieldset', { class: 'phase' },
        h('legend', { class: 'phase__title' }, phase.title),
        phase.behaviours.map((behaviour) => this.behaviour(id, behaviour, value.marks[behaviour.id] || {})))),
      h('h3', {}, text.complimentTitle), feedback('compliment', this.assignment.feedback.compliment),
      h('h3', {}, text.tipTitle), feedback('tip', this.assignment.feedback.tip),
      status,
      conflict,
      h('div', { class: 'submit panel' },
        marked,
        h('p', {}, fill(text.submitObservationIntro, { name })),
        issues,
        submit));
    this.showMarked(id);
    this.showStatus(String(id), this.saver.status(String(id)));
    return section;
  }

  /** One behaviour: a radio group of the form's marks with the behaviour as legend, and an example. */
  behaviour(id, behaviour, entry) {
    const text = t();
    const base = `obs-${id}-${behaviour.id}`;
    const radios = this.assignment.observationForm.marks.map((mark, index) => {
      const input = h('input', { type: 'radio', id: `${base}-${index}`, name: base, value: mark.id });
      input.checked = entry.markId === mark.id;
      input.addEventListener('change', () => this.update(id, (form) => withEntry(form, behaviour.id, { markId: mark.id })));
      return h('div', { class: 'choice' }, input, h('label', { for: input.id }, mark.label));
    });
    const example = h('textarea', { id: `${base}-example`, rows: 2, maxlength: this.limits.example });
    example.value = entry.example || '';
    example.addEventListener('input', () => this.update(id, (form) => withEntry(form, behaviour.id, { example: example.value })));
    return h('fieldset', { class: 'behaviour', id: base },
      h('legend', {}, behaviour.text),
      h('div', { class: 'marks' }, radios),
      h('div', { class: 'field behaviour__example' }, h('label', { for: example.id }, text.exampleLabel), example));
  }

  update(id, change) {
    const form = change(this.forms.get(id));
    this.forms.set(id, form);
    this.saver.change(String(id), form);
    this.showMarked(id);
  }

  showMarked(id) {
    const { marked, total } = markedCount(this.forms.get(id), this.assignment.observationForm);
    setText(this.formStatus.get(id).marked, fill(t().marked, { marked, total }));
  }

  showStatus(key, status) {
    const shown = this.formStatus.get(Number(key));
    if (shown) {
      setText(shown.status, status.state === State.LOCKED ? t().observationLocked : entryStatusText(status));
      shown.status.dataset.state = status.state;
      if (status.conflict && !shown.conflict.firstChild) {
        shown.conflict.replaceChildren(this.conflictPanel(Number(key), status.conflict));
      } else if (!status.conflict) {
        shown.conflict.replaceChildren();
      }
    }
  }

  /**
   * The form was saved meanwhile in another tab or on another device: both versions side by side, and the
   * observer chooses. Keeping theirs saves it over the newer one; the saved one is shown in the form again.
   */
  conflictPanel(id, conflict) {
    const text = t();
    const panel = `obs-${id}-conflict`;
    const describe = (form, which) => {
      const { marked, total } = markedCount(formOf({ form }), this.assignment.observationForm);
      const written = (value) => ((value || '').trim() ? value : text.conflictNothing);
      return h('div', { class: 'conflict__text', id: `${panel}-${which}` },
        h('p', {}, fill(text.marked, { marked, total })),
        h('p', {}, `${text.complimentTitle}: ${written(form?.compliment)}`),
        h('p', {}, `${text.tipTitle}: ${written(form?.tip)}`));
    };
    const choose = async (choice) => {
      this.forms.set(id, this.saver.resolve(String(id), choice));
      if (choice === 'current') {
        await this.ctx.reload({ focus: `observation-${id}-title` });
      } else {
        focusElement(document.getElementById(`observation-${id}-title`));
      }
    };
    return h('section', { class: 'conflict alert', id: panel, role: 'group', 'aria-labelledby': `${panel}-title` },
      h('h3', { id: `${panel}-title`, class: 'conflict__title' }, text.observationConflictTitle),
      h('p', {}, text.observationConflictExplain),
      h('div', { class: 'conflict__versions' },
        h('div', { class: 'conflict__version' },
          h('h4', {}, text.conflictMine),
          describe(conflict.mine, 'mine'),
          h('button', { type: 'button', id: `${panel}-keep-mine`, 'aria-describedby': `${panel}-mine`,
            onclick: () => choose('mine') }, text.conflictKeepMine)),
        h('div', { class: 'conflict__version' },
          h('h4', {}, text.conflictCurrent),
          describe(conflict.current.draft, 'current'),
          h('button', { type: 'button', class: 'secondary', id: `${panel}-keep-current`,
            'aria-describedby': `${panel}-current`, onclick: () => choose('current') }, text.conflictKeepCurrent))));
  }

  async submit(person, observation, button, issues) {
    const text = t();
    const { id } = observation;
    const name = nameOf(person);
    // Only a trainer could undo a submission, so the teacher says yes to what follows first.
    const confirmed = await confirmDialog({ title: fill(text.submitObservationConfirmTitle, { name }),
      text: fill(text.submitObservationConfirmText, { name }), yes: text.submitObservationConfirmYes, no: text.confirmNo });
    if (!confirmed) {
      button.focus();
      return;
    }
    button.disabled = true;
    issues.hidden = true;
    try {
      if (!(await this.saver.flush())) {
        this.showIssues(id, issues, text.submitNotSaved, []);
        return;
      }
      await api(`${this.base}/observations/${id}/submit`, { method: 'POST' });
      await this.ctx.reload({ focus: `feedback-${id}-title` });
      this.ctx.announce(fill(text.observationSubmitted, { name }));
    } catch (failure) {
      this.showIssues(id, issues, failure.message, failure.problem?.errors || []);
    } finally {
      if (button.isConnected) {
        button.disabled = false;
      }
    }
  }

  /** What the server says is missing, each item a link to its field. */
  showIssues(id, issues, message, errors) {
    const text = t();
    const behaviours = this.assignment.observationForm.phases.flatMap((phase) => phase.behaviours);
    const target = (field) => {
      const mark = /^marks\.([^.]+)/.exec(field);
      if (mark) {
        return { href: `#obs-${id}-${mark[1]}-0`, name: behaviours.find((behaviour) => behaviour.id === mark[1])?.text };
      }
      const part = { compliment: text.complimentTitle, tip: text.tipTitle }[field];
      return part ? { href: `#q-obs-${id}-${field}`, name: part } : null;
    };
    issues.replaceChildren(h('h3', {}, text.submitMissing), h('p', {}, message),
      errors.length ? h('ul', {}, errors.map((issue) => {
        const link = target(issue.field);
        return h('li', {}, link ? h('a', { href: link.href }, issue.message) : issue.message);
      })) : null);
    issues.hidden = false;
    issues.className = 'issues alert';
    focusElement(issues);
  }

}
