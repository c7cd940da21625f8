package nl.samenspraak.program.progress;

import nl.samenspraak.program.content.Assignment;

/** How one type of assignment turns what a teacher did into progress. */
public interface ProgressRule<A extends Assignment> {

    Progress evaluate(A assignment, TeacherWork work);
}
