// The trainer's course page: every member by every assignment (grouped by module), with state, last activity,
// score and where the feedback stands; filters, a name search and sorting; counts and the "approval needed"
// switch per assignment; bulk approval of a selection; the CSV download. The names stay in view when the
// table scrolls sideways (a sticky first column); only the table scrolls, not the page.
import { api, apiFile, sessionCourseId } from './session.js';
import { h } from './dom.js';
import { dateTime, fill, percent } from './format.js';
import { language, t } from './i18n.js';
import { stateBadge } from './badge.js';
import { setText } from './save-status.js';
import { memberPrintPath, memberWorkPath, peerGroupsPath, previewPath } from './routes.js';
import { columnCounts, filterMembers, sortMembers, visibleColumns } from './course-matrix.js';

const STATES = ['not_started', 'in_progress', 'submitted', 'awaiting_approval', 'returned', 'completed'];

export function memberName(member) {
  // Without a name from the platform, the platform's own user id, by which the trainer finds the person there.
  return member.name || fill(t().noParticipantName, { id: member.platformUserId || member.userId });
}

function shortDate(iso) {
  return new Intl.DateTimeFormat(language() === 'en' ? 'en-GB' : 'nl-NL', { day: 'numeric', month: 'short' })
    .format(new Date(iso));
}

function stateText(state) {
  return t().states[state] || t().reviewStates[state];
}

/** The way to a peer-coaching assignment's coaching groups, in its column's header. */
function groupsLink(assignment) {
  return h('a', { class: 'matrix-assignment__groups', href: peerGroupsPath(assignment.id),
    'aria-label': fill(t().groupsLinkLabel, { assignment: assignment.title }) }, t().groupsLink);
}

/** The course page; the filters live in the page, so a redraw keeps them. */
export async function coursePage() {
  const text = t();
  const courseId = sessionCourseId();
  const base = `/api/courses/${courseId}`;
  const matrix = await api(`${base}/matrix`);
  const status = h('p', { class: 'page-status', role: 'status' });
  const heading = [h('h1', { id: 'page-title', tabindex: '-1' }, text.matrixTitle), h('p', { class: 'lead' }, text.matrixIntro)];
  if (!matrix.members.length) {
    return [...heading, h('p', { class: 'notice' }, text.matrixEmpty), await gradesSection()];
  }
  const filters = { query: '', state: '', module: '', assignment: '', mine: false, sort: 'name' };
  const selected = new Set();
  const key = (userId, assignmentId) => `${userId}|${assignmentId}`;
  const tableHolder = h('div', { class: 'matrix-scroll', role: 'region', tabindex: '0', 'aria-labelledby': 'matrix-caption' });
  const shown = h('p', { class: 'muted', 'aria-live': 'polite' });
  const bulk = h('button', { type: 'button', id: 'bulk-approve', disabled: true, onclick: () => approveSelected() });

  const option = (value, label, current) => h('option', { value, selected: value === current }, label);
  const assignmentSelect = h('select', { id: 'filter-assignment', onchange: (event) => { filters.assignment = event.target.value; draw(); } });
  const fillAssignments = () => assignmentSelect.replaceChildren(option('', text.filterAll, filters.assignment),
    visibleColumns(matrix.modules, { module: filters.module }).map((assignment) => option(assignment.id, assignment.title, filters.assignment)));
  fillAssignments();
  const field = (id, label, control) => h('div', { class: 'field field--inline' }, h('label', { for: id }, label), control);
  const filterForm = h('form', { class: 'matrix-filters', 'aria-label': text.filters, onsubmit: (event) => event.preventDefault() },
    field('filter-name', text.searchName, h('input', { id: 'filter-name', type: 'search', autocomplete: 'off',
      oninput: (event) => { filters.query = event.target.value; draw(); } })),
    field('filter-state', text.filterState, h('select', { id: 'filter-state', onchange: (event) => { filters.state = event.target.value; draw(); } },
      option('', text.filterAll, ''), STATES.map((state) => option(state, stateText(state), '')))),
    field('filter-module', text.filterModule, h('select', { id: 'filter-module', onchange: (event) => {
      filters.module = event.target.value;
      filters.assignment = '';
      fillAssignments();
      draw();
    } }, option('', text.filterAll, ''), matrix.modules.map((module) => option(module.id, module.title, '')))),
    field('filter-assignment', text.filterAssignment, assignmentSelect),
    field('sort', text.sortBy, h('select', { id: 'sort', onchange: (event) => { filters.sort = event.target.value; draw(); } },
      option('name', text.sortName, 'name'), option('activity', text.sortActivity, ''), option('progress', text.sortProgress, ''))),
    h('div', { class: 'choice choice--inline' },
      h('input', { id: 'filter-mine', type: 'checkbox', onchange: (event) => { filters.mine = event.target.checked; draw(); } }),
      h('label', { for: 'filter-mine' }, text.filterMine)));

  function cell(member, assignment) {
    const value = member.cells[assignment.id];
    const name = memberName(member);
    const label = fill(text.openCell, { name, assignment: assignment.title, state: stateText(value.state) });
    const parts = [h('a', { class: 'matrix-cell__link', href: memberWorkPath(member.userId, assignment.id), 'aria-label': label },
      stateBadge(value.state)),
    value.state === 'not_started' ? null : h('span', { class: 'matrix-cell__meta' },
      `${percent(value.score)}%`, value.lastActivity ? ` · ${shortDate(value.lastActivity)}` : ''),
    value.feedback !== 'none' ? h('span', { class: `matrix-cell__feedback matrix-cell__feedback--${value.feedback}` },
      text.feedbackStages[value.feedback]) : null];
    if (value.state === 'awaiting_approval') {
      const id = `select-${member.userId}-${assignment.id}`;
      parts.push(h('span', { class: 'matrix-cell__select' },
        h('input', { type: 'checkbox', id, checked: selected.has(key(member.userId, assignment.id)),
          'aria-label': fill(text.selectCell, { name, assignment: assignment.title }),
          onchange: (event) => {
            (event.target.checked ? selected.add : selected.delete).call(selected, key(member.userId, assignment.id));
            updateBulk();
          } })));
    }
    return h('td', { class: `matrix-cell matrix-cell--${value.state}` }, parts);
  }

  function header(columns, members) {
    const modules = matrix.modules.map((module) => ({ module, count: module.assignments.filter((a) => columns.includes(a)).length }))
      .filter((entry) => entry.count);
    return h('thead', {},
      h('tr', {}, h('td', { class: 'matrix-corner' }), modules.map(({ module, count }) =>
        h('th', { scope: 'colgroup', colspan: count, class: 'matrix-module' }, module.title))),
      h('tr', {}, h('th', { scope: 'col', class: 'matrix-name' }, text.participantColumn), columns.map((assignment) => {
        const counts = columnCounts(members, assignment.id);
        const switchId = `approval-${assignment.id}`;
        return h('th', { scope: 'col', class: 'matrix-assignment' },
          h('span', { class: 'matrix-assignment__title' }, assignment.title),
          h('span', { class: 'matrix-assignment__count' }, fill(text.columnCount, counts)),
          counts.waiting ? h('span', { class: 'matrix-assignment__count' }, fill(text.columnWaiting, { count: counts.waiting })) : null,
          h('span', { class: 'matrix-assignment__tools' },
            h('input', { type: 'checkbox', id: switchId, checked: assignment.needsApproval,
              'aria-label': fill(text.approvalSwitchLabel, { assignment: assignment.title }),
              onchange: (event) => setApproval(assignment, event.target) }),
            h('label', { for: switchId }, text.approvalNeeded)),
          h('a', { class: 'matrix-assignment__preview', href: previewPath(assignment.id),
            'aria-label': fill(text.previewLabel, { assignment: assignment.title }) }, text.preview),
          assignment.type === 'peer-coaching' ? groupsLink(assignment) : null);
      })));
  }

  function draw() {
    const columns = visibleColumns(matrix.modules, filters);
    const members = sortMembers(filterMembers(matrix.members, columns, filters), filters.sort, columns, language());
    setText(shown, fill(text.shown, { shown: members.length, total: matrix.members.length }));
    const table = h('table', { class: 'matrix' },
      h('caption', { id: 'matrix-caption', class: 'visually-hidden' }, text.matrixTitle),
      header(columns, members),
      h('tbody', {}, members.map((member) => h('tr', {},
        h('th', { scope: 'row', class: 'matrix-name' },
          h('span', { class: 'matrix-name__text' }, memberName(member)),
          h('a', { class: 'matrix-name__print', href: memberPrintPath(member.userId),
            'aria-label': fill(text.printAllLabel, { name: memberName(member) }) }, text.printAll)),
        columns.map((assignment) => cell(member, assignment))))));
    tableHolder.replaceChildren(table);
    updateBulk();
  }

  function updateBulk() {
    bulk.textContent = fill(text.bulkApprove, { count: selected.size });
    bulk.disabled = selected.size === 0;
  }

  async function setApproval(assignment, input) {
    input.disabled = true;
    try {
      await api(`${base}/assignments/${encodeURIComponent(assignment.id)}/approval`,
        { method: 'PUT', body: { needsApproval: input.checked } });
      assignment.needsApproval = input.checked;
      setText(status, fill(input.checked ? text.approvalOn : text.approvalOff, { assignment: assignment.title }));
      await reload();
    } catch (error) {
      input.checked = !input.checked;
      setText(status, error.message);
    } finally {
      input.disabled = false;
    }
  }

  async function reload() {
    const fresh = await api(`${base}/matrix`);
    matrix.members = fresh.members;
    matrix.modules = fresh.modules;
    draw();
  }

  async function approveSelected() {
    bulk.disabled = true;
    const items = [...selected].map((entry) => {
      const [userId, assignmentId] = entry.split('|');
      return { userId: Number(userId), assignmentId };
    });
    try {
      const approved = await api(`${base}/approvals`, { method: 'POST', body: { items } });
      selected.clear();
      await reload();
      setText(status, fill(text.bulkApproved, { count: approved.length }));
    } catch (error) {
      setText(status, error.message);
      updateBulk();
    }
  }

  async function downloadCsv() {
    try {
      const { blob, name } = await apiFile(`${base}/matrix.csv`, 'text/csv');
      const link = h('a', { href: URL.createObjectURL(blob), download: name, hidden: true });
      document.body.append(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(link.href), 0);
    } catch (error) {
      setText(status, error.message);
    }
  }

  draw();
  return [...heading, filterForm,
    h('div', { class: 'matrix-actions' }, shown, bulk,
      h('button', { type: 'button', class: 'secondary', id: 'download-csv', onclick: downloadCsv }, text.downloadCsv)),
    status, tableHolder, await gradesSection()];
}

/** When a teacher last did something, for the work pages. */
export function activityText(iso) {
  return iso ? fill(t().lastActivity, { date: dateTime(iso, language()) }) : t().noActivity;
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
