/**
 * The use cases of a teacher's work: save a draft, record watching, fill in and retake a quickscan, keep an
 * action plan, submit, reopen, show progress.
 */
package nl.samenspraak.tool.work.application;
