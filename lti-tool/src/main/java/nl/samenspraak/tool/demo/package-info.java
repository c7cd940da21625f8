/**
 * The trial mode: a demo platform inside the tool (its course page, OIDC authorization endpoint and key
 * set under {@code /demo}) that launches the tool as fictional people through the real LTI 1.3 flow.
 */
package nl.samenspraak.tool.demo;
