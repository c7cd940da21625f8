package nl.samenspraak.tool.work.interfaces.rest;

import nl.samenspraak.tool.work.application.ReviewState;
import nl.samenspraak.tool.work.application.ReviewedProgress;

/**
 * The state of reviewed work as the trainer's and teacher's pages show it: the plugin's state
 * ({@link ProgressView}), except {@code awaiting_approval} while the trainer's approval is outstanding and
 * {@code returned} while work returned for revision is not submitted again.
 */
final class ReviewStates {

    private ReviewStates() {
    }

    static String name(ReviewedProgress progress) {
        return switch (progress.review()) {
            case AWAITING_APPROVAL -> "awaiting_approval";
            case RETURNED -> "returned";
            case NONE, APPROVED -> ProgressView.of(progress.rules()).state();
        };
    }
}
