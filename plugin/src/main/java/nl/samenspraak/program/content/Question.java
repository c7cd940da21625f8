package nl.samenspraak.program.content;

/** A question a teacher answers. Its id is unique within its assignment. */
public sealed interface Question permits OpenQuestion, ChoiceQuestion, ScaleQuestion {

    String id();

    LocalizedText prompt();

    /** Whether the assignment can only be completed with a valid answer to this question. */
    boolean required();
}
