/**
 * The privacy API: a teacher's own data and who looked at it ({@code /api/privacy}), and the
 * administrator's teachers, export, erasure and retention ({@code /api/admin/teachers},
 * {@code /api/admin/retention}).
 */
package nl.samenspraak.tool.privacy.interfaces.rest;
