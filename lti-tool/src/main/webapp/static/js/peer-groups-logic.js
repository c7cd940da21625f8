// The pure logic of the coaching-groups pages: the groups' numbers, everyone who can be put in a group
// with where they are now, the members a change form chose, the observations of a group with names, and
// what a teacher's group says about each colleague. No DOM here, so it is tested on its own.

/** Each group's number on the page, 1 upwards in the order the server lists them, by group id. */
export function groupNumbers(groups) {
  return new Map(groups.map((group, index) => [group.id, index + 1]));
}

/**
 * Everyone of the course who can be in a group, sorted by name: the members of each group (with its
 * number) and those without one (number null), for the change form's choices.
 */
export function everyone(view, nameOf, locale = 'nl') {
  const numbers = groupNumbers(view.groups);
  const people = [
    ...view.groups.flatMap((group) => group.members.map((member) => ({ ...member, group: numbers.get(group.id) }))),
    ...view.ungrouped.map((member) => ({ ...member, group: null })),
  ];
  return people.sort((a, b) => nameOf(a).localeCompare(nameOf(b), locale, { sensitivity: 'base' }) || a.userId - b.userId);
}

/** The user ids a change form's choices name, in order, each once; an empty choice is left out. */
export function chosenMembers(values) {
  return [...new Set(values.filter((value) => value !== '' && value !== null && value !== undefined).map(Number))];
}

/** A group's observations with the members they are between, in the order the server lists them. */
export function observationsOf(group) {
  const byId = new Map(group.members.map((member) => [member.userId, member]));
  return group.observations.map((observation) => ({
    observer: byId.get(observation.observerId),
    observed: byId.get(observation.observedId),
    state: observation.state,
  })).filter((line) => line.observer && line.observed);
}

/** Names as a list in a sentence: "Anna", "Anna en Bram", "Anna, Bram en Carla". */
export function namesInSentence(names, and) {
  if (names.length <= 1) {
    return names.join('');
  }
  return `${names.slice(0, -1).join(', ')}${and}${names[names.length - 1]}`;
}

const submitted = (observation) => observation?.state === 'submitted';

/**
 * What the teacher's closing reflection still waits for, as the server checks it: as many submitted
 * observations given and received as the pack asks, counting those submitted in an ended group. Each
 * missing one names the colleague it can still come from; when the group cannot give enough (a pair where
 * two are asked), a bigger group is needed; without a group, a partner to find. Empty once all is there.
 */
export function stillOwed({ give, receive, partners, endedPartners = [] }) {
  const all = [...partners, ...endedPartners];
  const given = all.filter((partner) => submitted(partner.given)).length;
  const received = all.filter((partner) => submitted(partner.received)).length;
  if (!partners.length) {
    return given < give || received < receive ? [{ kind: 'partner' }] : [];
  }
  const items = [];
  let bigger = false;
  const owed = (side, kind, done, asked) => {
    if (done >= asked) {
      return;
    }
    const open = partners.filter((partner) => partner[side] && !submitted(partner[side]));
    open.forEach((partner) => items.push({ kind, person: partner }));
    bigger = bigger || done + open.length < asked;
  };
  owed('given', 'give', given, give);
  owed('received', 'receive', received, receive);
  return bigger ? [...items, { kind: 'bigger' }] : items;
}
