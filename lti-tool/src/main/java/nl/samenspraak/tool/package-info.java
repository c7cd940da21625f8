/** Samenspraak's web application: the REST API, LTI protocol and persistence around the training program. */
package nl.samenspraak.tool;
