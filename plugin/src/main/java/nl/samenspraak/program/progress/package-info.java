/**
 * What a teacher did in an assignment, and the rules that turn it into progress (state and score), one
 * rule per assignment type; plus the checks the web layer uses to reject invalid answers.
 */
package nl.samenspraak.program.progress;
