// The pages besides an assignment: a teacher's progress through the modules, the trainer's course
// overview with reopening, and the administrator's start.
import { api } from './session.js';
import { h } from './dom.js';
import { fill } from './format.js';
import { t } from './i18n.js';
import { stateBadge } from './badge.js';
import { moduleList } from './assignment.js';
import { setText } from './save-status.js';

/** A teacher's modules with their assignments, what is done and what is next. */
export async function progressPage(title, intro) {
  const progress = await api(`/api/progress`);
  const text = t();
  return [
    h('h1', { id: 'page-title', tabindex: '-1' }, title),
    h('p', { class: 'lead' }, intro),
    progress.modules.map((module) => h('section', { class: 'panel module', 'aria-labelledby': `module-${module.id}` },
      h('h2', { id: `module-${module.id}` }, module.title),
      h('p', { class: 'muted' }, fill(text.moduleCount, { done: module.completed, total: module.total })),
      moduleList(module))),
  ];
}

function participantName(participant) {
  return participant.name || participant.platformUserId || fill(t().noParticipantName, { id: participant.userId });
}

/** The trainer's overview: participants by assignments, with the state of each and reopening. */
export async function coursePage() {
  const text = t();
  const course = await api(`/api/course/progress`);
  const status = h('p', { class: 'page-status', role: 'status' });
  const assignments = course.modules.flatMap((module) => module.assignments);
  const heading = [h('h1', { id: 'page-title', tabindex: '-1' }, text.courseTitle), h('p', { class: 'lead' }, text.courseIntro), status];
  if (!course.participants.length) {
    return [...heading, h('p', { class: 'notice' }, text.courseEmpty), await gradesSection()];
  }
  const cell = (participant, assignment) => {
    const standing = participant.assignments[assignment.id];
    const content = h('td', {}, stateBadge(standing.state));
    if (standing.submittedAt) {
      const name = participantName(participant);
      const button = h('button', { type: 'button', class: 'secondary small',
        'aria-label': fill(text.reopenLabel, { assignment: assignment.title, name }),
        onclick: async () => {
          button.disabled = true;
          try {
            const progress = await api(`/api/assignments/${encodeURIComponent(assignment.id)}/reopen`,
              { method: 'POST', body: { userId: participant.userId } });
            standing.state = progress.state;
            standing.submittedAt = null;
            content.replaceChildren(stateBadge(progress.state));
            content.setAttribute('tabindex', '-1');
            content.focus();
            setText(status, fill(text.reopened, { assignment: assignment.title, name }));
          } catch (error) {
            button.disabled = false;
            setText(status, error.message);
          }
        } }, text.reopen);
      content.append(button);
    }
    return content;
  };
  const table = h('table', { class: 'course-table' },
    h('caption', { class: 'visually-hidden' }, text.courseTitle),
    h('thead', {},
      h('tr', {}, h('td', {}), course.modules.map((module) => h('th', { scope: 'colgroup', colspan: module.assignments.length }, module.title))),
      h('tr', {}, h('th', { scope: 'col' }, text.participant), assignments.map((assignment) => h('th', { scope: 'col' }, assignment.title)))),
    h('tbody', {}, course.participants.map((participant) => h('tr', {},
      h('th', { scope: 'row' }, participantName(participant)),
      assignments.map((assignment) => cell(participant, assignment))))));
  return [...heading,
    h('div', { class: 'table-scroll', role: 'region', tabindex: '0', 'aria-label': text.tableScroll }, table),
    await gradesSection()];
}

/** Per link of the course: whether grades go to the platform's gradebook, and why not. */
async function gradesSection() {
  const text = t();
  const links = await api(`/api/course/grades`);
  return h('section', { class: 'panel', id: 'course-grades', 'aria-labelledby': 'course-grades-title' },
    h('h2', { id: 'course-grades-title' }, text.gradesTitle),
    h('p', {}, text.gradesIntro),
    links.length ? h('ul', { class: 'grade-links' }, links.map((link) => h('li', { 'data-sending': link.sending },
      h('strong', {}, link.title), ': ', text.gradesSending[link.sending],
      link.parked ? [' ', fill(text.gradesParked, { count: link.parked })] : null)))
      : h('p', { class: 'muted' }, text.gradesNone));
}

/** Who the person is, as the launch told the tool. */
export function whoYouAre(session) {
  const text = t();
  const user = session.user || {};
  const name = user.name || [user.givenName, user.familyName].filter(Boolean).join(' ') || null;
  return h('section', { class: 'panel', 'aria-labelledby': 'who' }, h('h2', { id: 'who' }, text.whoYouAre),
    h('dl', { class: 'facts' },
      h('dt', {}, text.name), h('dd', {}, name || text.noName),
      h('dt', {}, text.role), h('dd', {}, text.roles[session.role]),
      h('dt', {}, text.course), h('dd', {}, session.course ? (session.course.title || session.course.label || session.course.id) : text.noCourse),
      session.link ? [h('dt', {}, text.link), h('dd', {}, session.link.title || session.link.id)] : null,
      h('dt', {}, text.platform), h('dd', {}, session.platform)));
}

/** The administrator's start: who they are and the way to the administration. */
export function adminPage(session, name) {
  const text = t();
  return [
    h('h1', { id: 'page-title', tabindex: '-1' }, name ? `${text.welcome}, ${name}` : text.welcome),
    h('p', { class: 'lead' }, text.roleIntro.administrator),
    whoYouAre(session),
    h('p', {}, h('a', { class: 'button', href: '/admin/' }, text.adminLink)),
  ];
}
