// The trainer's coaching groups of one peer-coaching assignment: the groups (members, who formed each, the
// state of each observation), the members not in a group (marking who never opened the tool and who has an
// open invitation), making pairs or trios of everyone without a group, a group of chosen members, changing a
// group's members and ending a group. Every change asks first, saying that saved work stays with its author;
// a refusal is shown as the server words it. The page is drawn again from each answer.
import { api, sessionCourseId } from './session.js';
import { h } from './dom.js';
import { fill, plural } from './format.js';
import { language, t } from './i18n.js';
import { setText } from './save-status.js';
import { focusElement } from './router.js';
import { confirmDialog } from './confirm.js';
import { memberName } from './course.js';
import { observationBadge } from './peer-people.js';
import { chosenMembers, everyone, groupNumbers, namesInSentence, observationsOf } from './peer-groups-logic.js';
import './texts-peer-groups.js';

/** A member as the trainer reads them, with what keeps them from coaching yet. */
function memberLabel(member) {
  const text = t();
  const notes = [member.launched ? null : text.notLaunched, member.openInvitation ? text.openInvitation : null]
    .filter(Boolean);
  return [h('span', { class: 'group-member__name' }, memberName(member)),
    notes.length ? h('span', { class: 'group-member__note' }, ` (${notes.join('; ')})`) : null];
}

/** The names of members as a list in a sentence. */
function namesOf(members) {
  return namesInSentence(members.map(memberName), t().namesAnd);
}

/** The coaching-groups page of an assignment, drawn anew from each answer of the server. */
export async function peerGroupsPage(assignmentId) {
  const base = `/api/courses/${sessionCourseId()}/assignments/${encodeURIComponent(assignmentId)}/peer-groups`;
  const holder = h('div', { class: 'peer-groups' });
  const status = h('p', { class: 'page-status', role: 'status' });

  /** A change after a confirmation: the answer is the new view, drawn with the focus where the change shows. */
  async function change({ confirm, request, done, focus, error }) {
    if (confirm && !(await confirmDialog(confirm))) {
      return;
    }
    setText(error, '');
    try {
      const fresh = await request();
      draw(fresh);
      setText(status, done(fresh));
      focusElement(holder.querySelector(`#${focus(fresh)}`) || holder.querySelector('#groups-title'));
    } catch (failure) {
      setText(error, failure.problem?.errors?.[0]?.message || failure.message);
      // The confirmation dialog took the focus away: back to the heading of the part the refusal is about.
      const heading = error.closest('article, section')?.querySelector('h2, h3');
      if (heading) {
        focusElement(heading);
      }
    }
  }

  function draw(view) {
    const text = t();
    const numbers = groupNumbers(view.groups);
    const give = plural(view.observations.give, text.observationOne, text.observationMany);
    const receive = plural(view.observations.receive, text.observationOne, text.observationMany);
    holder.replaceChildren(
      h('p', {}, text.groupsIntro, ' ', fill(text.groupsRotation, { give, receive })),
      h('p', { class: 'notice' }, text.groupsSavedWork),
      status,
      ungroupedSection(view),
      h('section', { class: 'groups', 'aria-labelledby': 'groups-title' },
        h('h2', { id: 'groups-title', tabindex: '-1' }, fill(text.groupsCount, { count: view.groups.length })),
        view.groups.length ? view.groups.map((group) => groupArticle(view, group, numbers))
          : h('p', { class: 'muted' }, text.groupsNone)));
  }

  function ungroupedSection(view) {
    const text = t();
    const error = h('p', { class: 'field__error', id: 'ungrouped-error', 'aria-live': 'polite' });
    const section = h('section', { class: 'panel ungrouped', 'aria-labelledby': 'ungrouped-title' },
      h('h2', { id: 'ungrouped-title', tabindex: '-1' }, fill(text.ungroupedTitle, { count: view.ungrouped.length })));
    if (!view.ungrouped.length) {
      section.append(h('p', { class: 'muted' }, text.ungroupedNone));
      return section;
    }
    if (view.ungrouped.length === 1) {
      // One person makes no group: the way is to add them to a group, which the server would say too.
      const [member] = view.ungrouped;
      section.append(h('ul', { class: 'group-choices', 'aria-labelledby': 'ungrouped-title' }, h('li', {}, memberLabel(member))),
        h('p', {}, fill(text.oneLeft, { name: memberName(member) })));
      return section;
    }
    const boxes = view.ungrouped.map((member) => h('input', { type: 'checkbox', id: `choose-${member.userId}`,
      value: member.userId, 'aria-describedby': 'ungrouped-error' }));
    const arrange = (size) => change({
      confirm: { title: text.arrangeConfirmTitle, yes: text.arrangeConfirmYes, no: text.confirmNo,
        text: fill(size === 2 ? text.arrangePairsConfirmText : text.arrangeTriosConfirmText, { count: view.ungrouped.length }) },
      request: () => api(`${base}/arrange`, { method: 'POST', body: { size } }),
      done: () => text.arranged,
      focus: () => 'groups-title',
      error,
    });
    section.append(h('p', {}, text.ungroupedIntro),
      h('ul', { class: 'group-choices', 'aria-labelledby': 'ungrouped-title' }, view.ungrouped.map((member, index) =>
        h('li', { class: 'choice' }, boxes[index], h('label', { for: boxes[index].id }, memberLabel(member))))),
      error,
      h('div', { class: 'actions' },
        h('button', { type: 'button', id: 'make-group', onclick: () => {
          const members = boxes.filter((box) => box.checked).map((box) => Number(box.value));
          change({
            request: () => api(base, { method: 'POST', body: { members } }),
            done: () => fill(text.groupMade, { names: namesOf(view.ungrouped.filter((member) => members.includes(member.userId))) }),
            focus: (fresh) => `group-${fresh.groups[fresh.groups.length - 1]?.id}-title`,
            error,
          });
        } }, text.makeGroup)),
      h('div', { class: 'actions' },
        h('button', { type: 'button', class: 'secondary', id: 'make-pairs', 'aria-describedby': 'arrange-help',
          onclick: () => arrange(2) }, text.makePairs),
        h('button', { type: 'button', class: 'secondary', id: 'make-trios', 'aria-describedby': 'arrange-help',
          onclick: () => arrange(3) }, text.makeTrios)),
      h('p', { class: 'field__help', id: 'arrange-help' }, text.arrangeHelp));
    return section;
  }

  function groupArticle(view, group, numbers) {
    const text = t();
    const number = numbers.get(group.id);
    const id = `group-${group.id}`;
    const error = h('p', { class: 'field__error', id: `${id}-error`, 'aria-live': 'polite' });
    return h('article', { class: 'group panel', id, 'aria-labelledby': `${id}-title` },
      h('h3', { id: `${id}-title`, tabindex: '-1' }, fill(text.groupNumber, { number })),
      h('p', { class: 'muted' }, group.formedBy === 'trainer' ? text.groupFormedByTrainer : text.groupFormedByInvitation),
      h('h4', { id: `${id}-members` }, text.groupMembers),
      h('ul', { class: 'group-members', 'aria-labelledby': `${id}-members` },
        group.members.map((member) => h('li', {}, memberLabel(member)))),
      h('h4', { id: `${id}-observations` }, text.groupObservations),
      h('ul', { class: 'group-observations', 'aria-labelledby': `${id}-observations` },
        observationsOf(group).map((line) => h('li', {},
          fill(text.groupObservation, { observer: memberName(line.observer), observed: memberName(line.observed) }), ' ',
          observationBadge(line.state, text.groupObservationStates)))),
      group.submitted ? h('p', { class: 'notice' }, text.groupSubmittedWork) : null,
      changeForm(view, group, number, error),
      error,
      h('p', { class: 'group__end' }, h('button', { type: 'button', class: 'secondary', id: `${id}-end`,
        'aria-label': fill(text.endGroupLabel, { number }),
        onclick: () => change({
          confirm: { title: fill(text.endConfirmTitle, { number }), text: text.endConfirmText, yes: text.endConfirmYes,
            no: text.confirmNo },
          request: () => api(`${base}/${group.id}`, { method: 'DELETE' }),
          done: () => fill(text.groupEnded, { names: namesOf(group.members) }),
          focus: () => 'ungrouped-title',
          error,
        }) }, text.endGroup)));
  }

  /**
   * Who is in the group: three choices of everyone of the course, the current members chosen; someone of
   * another group is named with it, and the server moves them out of it in the same change.
   */
  function changeForm(view, group, number, error) {
    const text = t();
    const id = `group-${group.id}-change`;
    const people = everyone(view, memberName, language());
    const selects = [0, 1, 2].map((slot) => h('select', { id: `${id}-${slot}`, 'aria-describedby': error.id },
      h('option', { value: '' }, text.nobody),
      people.map((person) => h('option', { value: person.userId, selected: group.members[slot]?.userId === person.userId },
        person.group === null || person.group === number ? memberName(person)
          : fill(text.inGroup, { name: memberName(person), number: person.group })))));
    const form = h('form', { class: 'group-change', id },
      h('p', {}, text.changeIntro),
      selects.map((select, slot) => h('div', { class: 'field field--inline' },
        h('label', { for: select.id }, fill(text.memberSlot, { number: slot + 1 })), select)),
      h('button', { type: 'submit' }, text.saveChange));
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      const members = chosenMembers(selects.map((select) => select.value));
      // The changed group has a new id (and maybe another number): found again by its first member.
      const changed = (fresh) => fresh.groups.find((candidate) => candidate.members.some((member) => member.userId === members[0]));
      change({
        confirm: { title: fill(text.changeConfirmTitle, { number }), text: text.changeConfirmText,
          yes: text.changeConfirmYes, no: text.confirmNo },
        request: () => api(`${base}/${group.id}`, { method: 'PUT', body: { members } }),
        done: (fresh) => fill(text.groupChanged, { names: namesOf(changed(fresh)?.members || []) }),
        focus: (fresh) => `group-${changed(fresh)?.id}-title`,
        error,
      });
    });
    return h('details', { class: 'group-change-details' },
      h('summary', { 'aria-label': fill(text.changeGroupLabel, { number }) }, text.changeGroup), form);
  }

  const first = await api(base);
  draw(first);
  return [h('p', { class: 'back' }, h('a', { href: '/app/course' }, `← ${t().backToCourse}`)),
    h('h1', { id: 'page-title', tabindex: '-1' }, t().groupsTitle),
    h('p', { class: 'lead' }, first.title[language()] || first.title.nl), holder];
}
