// The observer's form as the page keeps it, in the API's shape: behaviour id to mark and example, the
// compliment and the tip. Pure functions, so that the tests run them without a browser.

export function emptyForm() {
  return { marks: {}, compliment: '', tip: '' };
}

/** The form as saved, or an empty one before the first draft. */
export function formOf(observation) {
  const form = observation.form || emptyForm();
  return { marks: { ...form.marks }, compliment: form.compliment || '', tip: form.tip || '' };
}

/**
 * The form with one behaviour's mark or example changed; a behaviour with neither is left out, as the
 * server leaves it out.
 */
export function withEntry(form, behaviourId, change) {
  const entry = { markId: null, example: null, ...form.marks[behaviourId], ...change };
  const marks = { ...form.marks };
  if (entry.markId || (entry.example || '').trim()) {
    marks[behaviourId] = entry;
  } else {
    delete marks[behaviourId];
  }
  return { ...form, marks };
}

/** How many behaviours of the observation form have one of its marks, and how many there are. */
export function markedCount(form, observationForm) {
  const markIds = new Set(observationForm.marks.map((mark) => mark.id));
  const behaviours = observationForm.phases.flatMap((phase) => phase.behaviours);
  const marked = behaviours.filter((behaviour) => markIds.has(form.marks[behaviour.id]?.markId)).length;
  return { marked, total: behaviours.length };
}
