// The pure logic of the trainer's course page: which columns and members the filters leave, in which order,
// and the counts per assignment. No DOM here, so it is tested on its own.

/** Work that waits for the trainer: an approval to give, or a teacher's reply to read. */
export function waitsForTrainer(cell) {
  return cell.state === 'awaiting_approval' || cell.feedback === 'replied';
}

/** The assignments shown: all, those of one module, or one. */
export function visibleColumns(modules, { module = '', assignment = '' } = {}) {
  return modules.filter((candidate) => !module || candidate.id === module)
    .flatMap((candidate) => candidate.assignments)
    .filter((candidate) => !assignment || candidate.id === assignment);
}

/** Whether a name holds the search, ignoring case and accents ("Ozdemir" finds "Özdemir"). */
export function nameMatches(name, query) {
  const plain = (text) => (text || '').normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase();
  return plain(name).includes(plain(query.trim()));
}

/**
 * The members the filters leave: the name search, a state in one of the shown assignments, and "waits for
 * me" (an approval or a reply in one of the shown assignments).
 */
export function filterMembers(members, columns, { query = '', state = '', mine = false } = {}) {
  return members.filter((member) => (!query.trim() || nameMatches(member.name, query))
    && (!state || columns.some((column) => member.cells[column.id].state === state))
    && (!mine || columns.some((column) => waitsForTrainer(member.cells[column.id]))));
}

function completed(member, columns) {
  return columns.filter((column) => member.cells[column.id].state === 'completed').length;
}

/** A new list in the chosen order: by name, by last activity (latest first), or by the number completed (most first). */
export function sortMembers(members, sort, columns, locale = 'nl') {
  const byName = (a, b) => (a.name || '').localeCompare(b.name || '', locale, { sensitivity: 'base' }) || a.userId - b.userId;
  const sorted = [...members];
  if (sort === 'activity') {
    sorted.sort((a, b) => (b.lastActivity || '').localeCompare(a.lastActivity || '') || byName(a, b));
  } else if (sort === 'progress') {
    sorted.sort((a, b) => completed(b, columns) - completed(a, columns) || byName(a, b));
  } else {
    sorted.sort(byName);
  }
  return sorted;
}

/** Per assignment: how many of the members completed it and how many wait for approval. */
export function columnCounts(members, assignmentId) {
  let done = 0;
  let waiting = 0;
  for (const member of members) {
    const { state } = member.cells[assignmentId];
    done += state === 'completed' ? 1 : 0;
    waiting += state === 'awaiting_approval' ? 1 : 0;
  }
  return { done, waiting, total: members.length };
}
