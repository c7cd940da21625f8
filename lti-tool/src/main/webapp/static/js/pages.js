// The pages besides an assignment: a teacher's progress through the modules (with what needs them at the
// top: invitations, returned work, new feedback, observations planned) and the administrator's start. The
// trainer's course page is course.js.
import { api } from './session.js';
import { h } from './dom.js';
import { fill, plannedTime } from './format.js';
import { language, t } from './i18n.js';
import { moduleList } from './assignment.js';
import { assignmentPath } from './routes.js';

/** A teacher's modules with their assignments, what is done and what is next. */
export async function progressPage(title, intro) {
  const [progress, notices] = await Promise.all([api(`/api/progress`),
    api('/api/notices').catch(() => [])]); // only a learner of a course has notices
  const text = t();
  return [
    h('h1', { id: 'page-title', tabindex: '-1' }, title),
    h('p', { class: 'lead' }, intro),
    notices.length ? h('section', { class: 'notice needs-you', 'aria-labelledby': 'needs-you-title' },
      h('h2', { id: 'needs-you-title' }, text.needsYou),
      h('ul', {}, notices.map((notice) => h('li', { 'data-kind': notice.kind },
        h('a', { href: assignmentPath(notice.assignmentId),
          'data-place': notice.observationId ? `feedback-${notice.observationId}-title` : null },
        noticeText(notice)))))) : null,
    progress.modules.map((module) => h('section', { class: 'panel module', 'aria-labelledby': `module-${module.id}` },
      h('h2', { id: `module-${module.id}` }, module.title),
      h('p', { class: 'muted' }, fill(text.moduleCount, { done: module.completed, total: module.total })),
      moduleList(module))),
  ];
}

/** One notice as a sentence that says its kind in words, so the list needs no colour or icon to be read. */
function noticeText(notice) {
  const text = t();
  const values = { title: notice.title, name: notice.colleague, when: notice.at && plannedTime(notice.at, language()) };
  if (notice.kind === 'observation') {
    return fill(notice.observing ? text.noticeObserving : text.noticeObserved, values);
  }
  return fill(text.notices[notice.kind], values);
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
