/**
 * The privacy use cases ({@link nl.samenspraak.tool.privacy.application.PrivacyService},
 * {@link nl.samenspraak.tool.privacy.application.RetentionService}) and the audit trail other capabilities
 * write to ({@link nl.samenspraak.tool.privacy.application.AuditTrail}); storage behind interfaces.
 */
package nl.samenspraak.tool.privacy.application;
