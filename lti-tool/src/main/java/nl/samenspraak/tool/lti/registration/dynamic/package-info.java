/**
 * LTI Dynamic Registration 1.0: a platform's administrator pastes {@code /lti/register} into the LMS, the
 * tool reads the platform's OpenID configuration, registers itself at the platform and stores the result.
 */
package nl.samenspraak.tool.lti.registration.dynamic;
