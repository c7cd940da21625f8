/**
 * LTI Assignment and Grade Services 2.0: which score a change in a teacher's progress becomes
 * ({@link nl.samenspraak.tool.lti.grades.ScoreRules}), the score and line-item messages, the durable outbox
 * the score is written to in the change's own transaction, and the worker that sends it to the platform's
 * line item (found or created), with backoff, per-user refusals and parking.
 */
package nl.samenspraak.tool.lti.grades;
