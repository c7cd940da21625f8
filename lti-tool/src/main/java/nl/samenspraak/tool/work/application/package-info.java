/** The use cases of a teacher's work: save a draft, record watching, submit, reopen, show progress. */
package nl.samenspraak.tool.work.application;
