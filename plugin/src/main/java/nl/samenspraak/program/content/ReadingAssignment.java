package nl.samenspraak.program.content;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Read a text and/or a linked document, then answer reflection questions. */
public record ReadingAssignment(String id, LocalizedText title, LocalizedText instructions,
                                Optional<LocalizedText> text, Optional<ReadingDocument> document,
                                List<Question> questions) implements Assignment {

    public ReadingAssignment {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(instructions, "instructions");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(document, "document");
        questions = List.copyOf(questions);
    }

    @Override
    public AssignmentType type() {
        return AssignmentType.READING;
    }
}
