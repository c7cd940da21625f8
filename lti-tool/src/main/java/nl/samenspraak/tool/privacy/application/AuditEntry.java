package nl.samenspraak.tool.privacy.application;

import java.time.Instant;
import java.util.Optional;

/**
 * One audit record as the teacher and the export show it. {@code actorName} is the trainer's name when the
 * platform sent one (else their platform user id), empty for the administrator, the retention run and a
 * trainer who was erased since.
 */
public record AuditEntry(Instant occurredAt, Actor.Kind actorKind, Optional<String> actorName, AuditAction action,
                         Optional<String> courseTitle) {
}
