// Peer coaching: the checklist; the teacher's coaching partners or group and invitations (peer-partners.js,
// peer-group.js), the planning of each observation (peer-planning.js), the observer's forms (peer-form.js),
// the observations read once submitted and what stays from an ended group (peer-read.js, peer-group.js). This part puts them on the assignment page in order and redraws the
// page from the server after each change.
import { api, apiFile } from './session.js';
import { h } from './dom.js';
import { fill } from './format.js';
import { t } from './i18n.js';
import { setText } from './save-status.js';
import { calendarFeed } from './calendar-feed.js';
import { nameOf } from './peer-people.js';
import { partnersSection } from './peer-partners.js';
import { ObserverForms } from './peer-form.js';
import { formPreview, readOnlyObservation } from './peer-read.js';
import { endedGroups } from './peer-group.js';
import './texts-peer-coaching.js';

export class PeerCoachingPart {
  /** @param ctx the assignment page's context (view, storage, storagePrefix, reload(), announce(), track()) */
  constructor(ctx) {
    this.ctx = ctx;
    this.assignment = ctx.view.assignment;
    this.state = ctx.view.peerCoaching || null;
    this.base = `/api/assignments/${encodeURIComponent(this.assignment.id)}/peer-coaching`;
    this.forms = new ObserverForms(ctx, this.assignment, this.base, this.state?.limits);
  }

  render() {
    const checklist = h('section', { class: 'panel', 'aria-labelledby': 'checklist-title' },
      h('h2', { id: 'checklist-title' }, t().checklist),
      h('ul', { class: 'checklist' }, this.assignment.checklist.map((item) => h('li', {}, item.text))));
    if (!this.state) {
      return [checklist, h('p', { class: 'notice' }, t().notTakingPart), formPreview(this.assignment)];
    }
    const partners = this.state.partners;
    const read = (observation, title) => readOnlyObservation(this.assignment, observation, title);
    // In a trio a colleague may have no observation one way, so either side may be null.
    const received = partners.filter((partner) => partner.received?.state === 'submitted')
      .map((partner) => read(partner.received, fill(t().feedbackFrom, { name: nameOf(partner) })));
    const given = partners.filter((partner) => partner.given?.state === 'submitted')
      .map((partner) => read(partner.given, fill(t().ownSubmitted, { name: nameOf(partner) })));
    if (this.ctx.review) {
      // A trainer reads the teacher's work: the forms given and received once submitted, nothing to change.
      return [checklist, received, given];
    }
    this.markRead(partners.filter((partner) => partner.received?.state === 'submitted')
      .map((partner) => partner.received));
    return [checklist, partnersSection(this), received,
      partners.filter((partner) => partner.given && partner.given.state !== 'submitted')
        .map((partner) => this.forms.form(partner, partner.given)),
      given, endedGroups(this.assignment, this.state),
      partners.length ? null : formPreview(this.assignment), calendarFeed()];
  }

  /**
   * The page shows the teacher a colleague's submitted observation of them: that is reading it, which ends its
   * notice on the start page. Idempotent on the server, so a redraw may say it again.
   */
  markRead(observations) {
    observations.forEach((observation) => api(`${this.base}/observations/${observation.id}/read`, { method: 'POST' })
      // A notice left standing does no harm: the next visit to this page marks it read again.
      .catch(() => null));
  }

  /**
   * A change of the partnership or planning: what the form waits to save goes first, then the change; the
   * page is drawn again from the server with the focus where the change shows. A refusal is said at
   * {@code error} and marks the field it names.
   */
  async change(request, { focus, announce, error, fields = {} }) {
    Object.values(fields).forEach((field) => field.removeAttribute('aria-invalid'));
    try {
      await this.forms.flush();
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
}
