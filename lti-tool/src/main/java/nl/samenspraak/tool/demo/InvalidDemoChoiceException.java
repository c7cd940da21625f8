package nl.samenspraak.tool.demo;

import java.util.List;

/** The demo page's form named a person, assignment, language or display the demo does not offer. */
public class InvalidDemoChoiceException extends RuntimeException {

    private final transient List<String> fields;

    public InvalidDemoChoiceException(List<String> fields) {
        super("Not offered by the demo: " + String.join(", ", fields), null, false, false);
        this.fields = List.copyOf(fields);
    }

    /** The wrong fields, named as the form names them. */
    public List<String> fields() {
        return fields;
    }
}
