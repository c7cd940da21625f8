package nl.samenspraak.tool.privacy.application;

import java.util.Optional;

/**
 * What erasing a teacher removes (or removed), for the administrator's confirmation and answer.
 *
 * @param courses              the courses they are taken out of
 * @param assignments          their work on assignments, with answers, films watched, quickscans, action plans
 * @param answers              how many answers among that work
 * @param observationsKept     observations they submitted for a partner: these stay with the partner, the
 *                             author shown as "a former participant"
 * @param partnershipsEnded    peer-coaching groups they are in with nothing submitted yet: ended, so that the
 *                             colleagues may be grouped anew; each colleague keeps what they wrote
 */
public record ErasureSummary(long userId, Optional<String> name, String platform, int courses, int assignments,
                             int answers, int observationsKept, int partnershipsEnded) {
}
