/**
 * Privacy, as a Dutch school's data-processing agreement asks it: a teacher's data exported (JSON and a
 * readable page), a teacher erased by the administrator, a course's personal data erased some months after
 * its last activity (a daily run, once across servers), and an audit trail of who opened, exported or erased
 * whose work. Layered as {@code interfaces.rest} → {@code application} → {@code infrastructure}.
 */
package nl.samenspraak.tool.privacy;
