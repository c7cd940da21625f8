package nl.samenspraak.tool.work.application;

import java.time.Instant;
import java.util.Map;

/**
 * The work of every teacher of a course at once, for the trainer's course page: one read per table for the
 * whole course, however many members it has.
 */
public interface CourseWorkStore {

    /** A teacher's work with when it last changed. */
    record CourseWork(StoredWork stored, Instant updatedAt) {
    }

    /** User id to assignment id to work, for every work row in the course. */
    Map<Long, Map<String, CourseWork>> course(long contextId);
}
