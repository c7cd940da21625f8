// Peer coaching: the checklist; inviting a colleague of the course as coaching partner, who accepts or
// declines (the sender may withdraw an open invitation); the planning of
// each observation, both ways, with its calendar file; the observer's form, autosaved as a draft and then
// submitted; and the observations read once submitted.
import { api, apiFile } from './session.js';
import { h } from './dom.js';
import { dateTime, fill, localDateTime, plural } from './format.js';
import { language, t } from './i18n.js';
import { Autosaver, State } from './autosave.js';
import { entryStatusText, setText } from './save-status.js';
import { confirmDialog } from './confirm.js';
import { focusElement } from './router.js';
import { formOf, markedCount, withEntry } from './observation.js';
import './question.js';
import { phoneLink } from './phone-link.js';
import { calendarFeed } from './calendar-feed.js';

const SHAPES = { open: '○', planned: '◔', draft: '◐', submitted: '✓' };
const LOOKS = { open: 'not_started', planned: 'submitted', draft: 'in_progress', submitted: 'completed' };

/** The state of an observation as a badge: a shape and a word, like the assignment's own. */
function observationBadge(state) {
  return h('span', { class: `badge badge--${LOOKS[state]}` },
    h('span', { class: 'badge__shape', 'aria-hidden': 'true' }, SHAPES[state]), t().observationStates[state]);
}

/** A text that may begin with "een oud-deelnemer", as the start of a heading or sentence. */
function capitalised(text) {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function nameOf(person) {
  return person.name || (person.formerParticipant ? t().formerParticipant : t().colleagueNoName);
}

export class PeerCoachingPart {
  /** @param ctx the assignment page's context (view, storage, storagePrefix, reload(), announce(), track()) */
  constructor(ctx) {
    this.ctx = ctx;
    this.assignment = ctx.view.assignment;
    this.state = ctx.view.peerCoaching || null;
    this.base = `/api/assignments/${encodeURIComponent(this.assignment.id)}/peer-coaching`;
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

  render() {
    const checklist = h('section', { class: 'panel', 'aria-labelledby': 'checklist-title' },
      h('h2', { id: 'checklist-title' }, t().checklist),
      h('ul', { class: 'checklist' }, this.assignment.checklist.map((item) => h('li', {}, item.text))));
    if (!this.state) {
      return [checklist, h('p', { class: 'notice' }, t().notTakingPart), this.preview()];
    }
    const partners = this.state.partners;
    if (this.ctx.review) {
      // A trainer reads the teacher's work: the forms given and received once submitted, nothing to change.
      return [checklist,
        partners.filter((partner) => partner.received.state === 'submitted')
          .map((partner) => this.readOnly(partner.received, fill(t().feedbackFrom, { name: nameOf(partner) }))),
        partners.filter((partner) => partner.given.state === 'submitted')
          .map((partner) => this.readOnly(partner.given, fill(t().ownSubmitted, { name: nameOf(partner) })))];
    }
    return [checklist, this.partners(),
      partners.filter((partner) => partner.received.state === 'submitted')
        .map((partner) => this.readOnly(partner.received, fill(t().feedbackFrom, { name: nameOf(partner) }))),
      partners.filter((partner) => partner.given.state !== 'submitted').map((partner) => this.form(partner)),
      partners.filter((partner) => partner.given.state === 'submitted')
        .map((partner) => this.readOnly(partner.given, fill(t().ownSubmitted, { name: nameOf(partner) }))),
      partners.length ? null : this.preview(), calendarFeed()];
  }

  partners() {
    const text = t();
    const { give, receive } = this.state;
    const quota = fill(text.partnersQuota, {
      give: plural(give, text.observationOne, text.observationMany),
      receive: plural(receive, text.observationOne, text.observationMany),
    });
    return h('section', { class: 'partners', id: 'partners', 'aria-labelledby': 'partners-title' },
      h('h2', { id: 'partners-title', tabindex: '-1' }, text.partnersTitle),
      h('p', {}, text.partnersIntro, ' ', quota),
      this.stillOwed(),
      this.invitationsReceived(),
      this.state.partners.map((partner) => this.partner(partner)),
      this.invitationsSent(),
      this.state.canChoose ? this.colleagues() : null);
  }

  /**
   * What the closing reflection waits for, naming each colleague, as the server checks it on submission:
   * the observations still to give and to receive, and partners still to find. Nothing once all is there.
   */
  stillOwed() {
    const text = t();
    const { give, receive, partners } = this.state;
    const count = (side) => partners.filter((partner) => partner[side].state === 'submitted').length;
    const items = [];
    if (count('given') < give) {
      partners.filter((partner) => partner.given.state !== 'submitted')
        .forEach((partner) => items.push(fill(text.owedGive, { name: nameOf(partner) })));
    }
    if (count('received') < receive) {
      partners.filter((partner) => partner.received.state !== 'submitted')
        .forEach((partner) => items.push(fill(text.owedReceive, { name: nameOf(partner) })));
    }
    if (partners.length < Math.max(give, receive)) {
      items.push(text.owedPartner);
    }
    if (!items.length) {
      return null;
    }
    return h('div', { class: 'notice still-owed', id: 'still-owed' },
      h('h3', { id: 'still-owed-title' }, text.owedTitle),
      h('p', {}, text.owedIntro),
      h('ul', { 'aria-labelledby': 'still-owed-title' }, items.map((item) => h('li', {}, capitalised(item)))));
  }

  /** Invitations to the teacher, each to accept or decline; nothing when there are none. */
  invitationsReceived() {
    const text = t();
    const received = this.state.invitationsReceived;
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
              onclick: () => this.answer(invitation, 'accept', { focus: `partner-${invitation.userId}`,
                announce: fill(text.chosen, { name }) }) }, text.accept),
            ' ',
            h('button', { type: 'button', class: 'secondary', 'aria-label': fill(text.declineLabel, { name }),
              onclick: () => this.answer(invitation, 'decline', { focus: 'partners-title',
                announce: fill(text.declined, { name }) }) }, text.decline)));
      })),
      h('p', { class: 'field__error', id: 'invitations-received-error', 'aria-live': 'polite' }));
  }

  /** The teacher's invitations: open (to withdraw) or declined; nothing when there are none. */
  invitationsSent() {
    const text = t();
    const sent = this.state.invitationsSent;
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
            onclick: () => this.change(() => api(`${this.base}/invitations/${invitation.id}`, { method: 'DELETE' }),
              { focus: 'partners-title', announce: fill(text.withdrawn, { name }),
                error: document.getElementById('invitations-sent-error') }) }, text.withdraw) : null);
      })),
      h('p', { class: 'field__error', id: 'invitations-sent-error', 'aria-live': 'polite' }));
  }

  async answer(invitation, how, { focus, announce }) {
    await this.change(() => api(`${this.base}/invitations/${invitation.id}/${how}`, { method: 'POST' }),
      { focus, announce, error: document.getElementById('invitations-received-error') });
  }

  colleagues() {
    const text = t();
    const { colleagues } = this.state;
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
            onclick: () => this.choose(colleague) }, text.choose);
        } else {
          action = h('span', { class: 'muted' }, text.colleagueTaken);
        }
        return h('li', { class: 'colleague' }, h('span', { class: 'colleague__name' }, name), action);
      })) : h('p', { class: 'notice' }, text.noColleagues),
      h('p', { class: 'field__error', id: 'choose-error', 'aria-live': 'polite' }));
  }

  partner(partner) {
    const text = t();
    const name = nameOf(partner);
    const since = dateTime(partner.since, language());
    return h('article', { class: 'partner panel', 'aria-labelledby': `partner-${partner.userId}` },
      h('h3', { id: `partner-${partner.userId}`, tabindex: '-1' }, capitalised(name)),
      h('p', { class: 'muted' }, capitalised(fill(partner.chosenByMe ? text.chosenByYou : text.chosenByPartner, { name, date: since }))),
      this.observation(partner, partner.given, fill(text.youObserve, { name }), true),
      this.observation(partner, partner.received, fill(text.observesYou, { name }), false),
      partner.canEnd ? h('p', { class: 'partner__end' }, h('button', { type: 'button', class: 'secondary',
        'aria-label': fill(text.endLabel, { name }), onclick: () => this.end(partner) }, text.endPartnership)) : null,
      h('p', { class: 'field__error', id: `end-${partner.userId}-error`, 'aria-live': 'polite' }));
  }

  /** One direction: its state, the planning (changeable until submitted), the calendar file, the way to the form. */
  observation(partner, observation, title, mine) {
    const text = t();
    const id = `plan-${observation.id}`;
    const name = nameOf(partner);
    const content = [
      h('h4', { id: `${id}-title` }, capitalised(title), ' ', observationBadge(observation.state)),
      observation.plannedAt || observation.state !== 'submitted' ? h('p', { id: `${id}-summary`, tabindex: '-1' },
        this.summary(observation)) : null,
      observation.plannedAt && !observation.cancelled ? h('p', {}, fill(text.plannedDetails, {
        kind: observation.kind ? text.conversationKinds[observation.kind] : text.conversationKindNone,
        minutes: observation.minutes })) : null,
      observation.note ? h('p', {}, fill(text.plannedNote, { note: observation.note })) : null,
    ];
    if (observation.plannedAt) {
      content.push(h('p', {}, h('button', { type: 'button', class: 'secondary', 'aria-label': fill(text.addToCalendarLabel,
        { observer: mine ? text.you : name, observed: mine ? name : text.you }),
      onclick: (event) => this.download(observation, event.currentTarget) }, text.addToCalendar)));
    }
    if (observation.state !== 'submitted') {
      content.push(this.planning(observation));
    }
    if (mine && observation.state !== 'submitted') {
      content.push(h('p', {}, h('a', { href: `#observation-${observation.id}` }, text.toForm)));
      content.push(phoneLink(this.base, observation));
    } else if (observation.state === 'submitted') {
      content.push(h('p', {}, h('a', { href: `#feedback-${observation.id}` },
        mine ? text.readOwn : fill(text.readFeedback, { name }))));
    }
    return h('section', { class: 'observation-planning', 'aria-labelledby': `${id}-title` }, content);
  }

  /** When the conversation is, or that it is not planned yet or was cancelled. */
  summary(observation) {
    const text = t();
    if (!observation.plannedAt) {
      return text.notPlanned;
    }
    const when = localDateTime(observation.plannedAt, language());
    return fill(observation.cancelled ? text.cancelledOn : text.plannedOn, { when });
  }

  planning(observation) {
    const text = t();
    const id = `plan-${observation.id}`;
    const days = this.ctx.view.planningWindow;
    const at = h('input', { type: 'datetime-local', id: `${id}-at`, name: 'plannedAt', value: observation.plannedAt || '',
      min: days && `${days.earliest}T00:00`, max: days && `${days.latest}T23:59`, 'aria-describedby': `${id}-error` });
    const kind = h('select', { id: `${id}-kind`, name: 'kind', 'aria-describedby': `${id}-error` },
      h('option', { value: '' }, text.conversationKindChoose),
      Object.entries(text.conversationKinds).map(([value, label]) => h('option',
        { value, selected: observation.kind === value }, label)));
    const { minMinutes, maxMinutes } = this.state.limits;
    const minutes = h('input', { type: 'number', id: `${id}-minutes`, name: 'minutes', min: minMinutes, max: maxMinutes,
      step: 5, value: observation.minutes, inputmode: 'numeric', 'aria-describedby': `${id}-minutes-help ${id}-error` });
    const note = h('input', { type: 'text', id: `${id}-note`, name: 'note', value: observation.note || '',
      maxlength: this.state.limits.note, 'aria-describedby': `${id}-note-help ${id}-error` });
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
        onclick: () => this.cancel(observation, error) }, text.planCancel)] : null);
    // Open until there is a planning; then it is there to change, out of the way.
    const details = h('details', { class: 'planning-details', open: !observation.plannedAt },
      h('summary', {}, observation.plannedAt ? text.planChange : text.planNew), form);
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      await this.change(() => api(`${this.base}/observations/${observation.id}/planning`,
        { method: 'PUT', body: { plannedAt: at.value || null, note: note.value, kind: kind.value || null,
          minutes: minutes.value === '' ? null : Number(minutes.value) } }),
      { focus: `${id}-summary`, announce: text.planSaved, error, fields: { plannedAt: at, note, kind, minutes } });
    });
    return details;
  }

  /** Calls the conversation off after a confirmation: the partner sees it and calendars drop the event. */
  async cancel(observation, error) {
    const text = t();
    const confirmed = await confirmDialog({ title: text.planCancelConfirmTitle, text: text.planCancelConfirmText,
      yes: text.planCancelConfirmYes, no: text.confirmNo });
    if (confirmed) {
      await this.change(() => api(`${this.base}/observations/${observation.id}/cancel`, { method: 'POST' }),
        { focus: `plan-${observation.id}-summary`, announce: text.planCancelled, error });
    }
  }

  async choose(colleague) {
    const text = t();
    const name = nameOf(colleague);
    const confirmed = await confirmDialog({ title: fill(text.chooseConfirmTitle, { name }),
      text: fill(text.chooseConfirmText, { name }), yes: fill(text.chooseConfirmYes, { name }), no: text.confirmNo });
    if (confirmed) {
      await this.change(() => api(`${this.base}/invitations`, { method: 'POST', body: { userId: colleague.userId } }),
        { focus: 'invitations-sent-title', announce: fill(text.invited, { name }), error: document.getElementById('choose-error') });
    }
  }

  async end(partner) {
    const text = t();
    const name = nameOf(partner);
    const confirmed = await confirmDialog({ title: fill(text.endConfirmTitle, { name }), text: text.endConfirmText,
      yes: text.endConfirmYes, no: text.confirmNo });
    if (confirmed) {
      await this.change(() => api(`${this.base}/partners/${partner.userId}`, { method: 'DELETE' }),
        { focus: 'partners-title', announce: fill(text.ended, { name }), error: document.getElementById(`end-${partner.userId}-error`) });
    }
  }

  /**
   * A change of the partnership or planning: what the form waits to save goes first, then the change; the
   * page is drawn again from the server with the focus where the change shows. A refusal is said at
   * {@code error} and marks the field it names.
   */
  async change(request, { focus, announce, error, fields = {} }) {
    Object.values(fields).forEach((field) => field.removeAttribute('aria-invalid'));
    try {
      await this.saver.flush();
      await request();
      await this.ctx.reload({ focus });
      this.ctx.announce(announce);
    } catch (failure) {
      const issue = failure.problem?.errors?.[0];
      setText(error, issue?.message || failure.message);
      const field = issue && fields[issue.field];
      if (field) {
        field.setAttribute('aria-invalid', 'true');
        field.focus();
      }
    }
  }

  async download(observation, button) {
    try {
      const file = await apiFile(`${this.base}/observations/${observation.id}/calendar.ics`, 'text/calendar');
      const link = h('a', { href: URL.createObjectURL(file.blob), download: file.name, hidden: true });
      document.body.append(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(link.href), 60_000);
    } catch (failure) {
      this.ctx.announce(failure.message);
      button.focus();
    }
  }

  /** The observer's form for a partner: a fieldset per phase, a mark and an example per behaviour, compliment, tip. */
  form(partner) {
    const text = t();
    const observation = partner.given;
    const { id } = observation;
    const name = nameOf(partner);
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
        question: { id: `obs-${id}-${part}`, kind: 'open', prompt, required: true, minLength: 0, maxLength: this.state.limits.feedback },
        answer: { text: value[part] },
        readOnly: false,
        onAnswer: (answer) => this.update(id, (form) => ({ ...form, [part]: answer.text })),
      });
      return question;
    };
    const issues = h('div', { class: 'issues', id: `obs-${id}-issues`, tabindex: '-1', hidden: true });
    const submit = h('button', { type: 'button', id: `obs-${id}-submit` }, text.submitObservation);
    submit.addEventListener('click', () => this.submit(partner, submit, issues));
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
    const example = h('textarea', { id: `${base}-example`, rows: 2, maxlength: this.state.limits.example });
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

  async submit(partner, button, issues) {
    const text = t();
    const { id } = partner.given;
    const name = nameOf(partner);
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

  /** A submitted observation as a table per phase, the compliment and the tip. */
  readOnly(observation, title) {
    const text = t();
    const { id } = observation;
    const form = formOf(observation);
    const { marks } = this.assignment.observationForm;
    const label = (markId) => marks.find((mark) => mark.id === markId)?.label || text.noMark;
    return h('section', { class: 'observation observation--read', id: `feedback-${id}`, 'aria-labelledby': `feedback-${id}-title` },
      h('h2', { id: `feedback-${id}-title`, tabindex: '-1' }, title),
      h('p', { class: 'muted' }, fill(text.submittedOn, { date: dateTime(observation.submittedAt, language()) })),
      // On a phone each row becomes a block with the column names in it, rather than a table to scroll.
      this.assignment.observationForm.phases.map((phase) => h('table', { class: 'form-table stacking' },
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
  preview() {
    const text = t();
    const form = this.assignment.observationForm;
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
        Object.values(this.assignment.feedback).map((prompt) => h('p', {}, prompt))),
    ];
  }
}
