/** The teacher's work API under {@code /api/assignments} and {@code /api/progress}; every call needs a launch session. */
package nl.samenspraak.tool.work.interfaces.rest;
