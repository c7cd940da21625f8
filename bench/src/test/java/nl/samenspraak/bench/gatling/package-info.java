/**
 * The Gatling load test: teachers launching through the platform emulator, reading, autosaving, watching
 * and submitting, against one server or several behind a load balancer.
 */
package nl.samenspraak.bench.gatling;
