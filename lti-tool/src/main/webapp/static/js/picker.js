// The pure parts of the trainer's assignment picker: searching, and the due date as the API takes it.

/** The due date of a datetime-local field (the browser's local time) as ISO 8601 in UTC, or null. */
export function dueDate(value) {
  if (!value) {
    return null;
  }
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}

/** Whether an assignment matches the search words (all of them, in title or instructions). */
export function matches(assignment, query) {
  const haystack = `${assignment.title} ${assignment.instructions}`.toLocaleLowerCase();
  return query.toLocaleLowerCase().split(/\s+/).filter(Boolean).every((word) => haystack.includes(word));
}
