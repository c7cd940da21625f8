/**
 * The session after a launch: a short-lived session token, signed by the tool and bound to registration,
 * deployment, course, user and role, that the page sends as {@code Authorization: Bearer} on every API
 * call, so the tool never needs a third-party cookie after the launch.
 */
package nl.samenspraak.tool.lti.session;
