/**
 * LTI 1.3 (LTI Advantage), our own code on Nimbus JOSE+JWT: one package per capability, each with its
 * messages, errors and endpoints: registration, keys, login, launch and session.
 */
package nl.samenspraak.tool.lti;
