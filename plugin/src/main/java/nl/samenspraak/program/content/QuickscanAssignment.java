package nl.samenspraak.program.content;

import java.util.List;
import java.util.Objects;

/** A self-assessment: the teacher rates statements on a scale; the result is a score per theme. */
public record QuickscanAssignment(String id, LocalizedText title, LocalizedText instructions,
                                  ScaleDefinition scale, List<Sector> sectors) implements Assignment {

    public QuickscanAssignment {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(instructions, "instructions");
        Objects.requireNonNull(scale, "scale");
        sectors = List.copyOf(sectors);
    }

    @Override
    public AssignmentType type() {
        return AssignmentType.QUICKSCAN;
    }

    @Override
    public List<Question> questions() {
        return List.of();
    }
}
