/**
 * The platforms (LMSs) that may launch the tool, keyed by issuer and client_id, with their endpoints and
 * deployments; added by hand by an administrator or through LTI Dynamic Registration.
 */
package nl.samenspraak.tool.lti.registration;
