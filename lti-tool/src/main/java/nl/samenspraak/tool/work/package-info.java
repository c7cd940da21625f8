/**
 * A teacher's work on the assignments: answers saved as drafts and submitted, the film watched, quickscan
 * attempts and action plans, and the progress the plugin's rules make of it.
 */
package nl.samenspraak.tool.work;
