package nl.samenspraak.tool.demo;

import java.util.Optional;

/** Where the demo opens the tool, sent as {@code launch_presentation.document_target}. */
public enum DemoDisplay {
    /** The tool takes the whole browser window. */
    WINDOW("window"),
    /** The tool is embedded in the demo's course page, as most LMSs show a tool. */
    IFRAME("iframe");

    private final String target;

    DemoDisplay(String target) {
        this.target = target;
    }

    /** The document_target value (LTI 1.3 Core, 5.4.1). */
    public String target() {
        return target;
    }

    public static Optional<DemoDisplay> fromTarget(String target) {
        for (DemoDisplay display : values()) {
            if (display.target.equals(target)) {
                return Optional.of(display);
            }
        }
        return Optional.empty();
    }
}
