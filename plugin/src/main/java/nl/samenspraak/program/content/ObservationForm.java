package nl.samenspraak.program.content;

import java.util.List;

/** The form an observer fills in: a mark for every behaviour of every phase. */
public record ObservationForm(List<ObservationMark> marks, List<ObservationPhase> phases) {

    public ObservationForm {
        marks = List.copyOf(marks);
        phases = List.copyOf(phases);
    }

    /** All behaviours of all phases, in order. */
    public List<ObservableBehaviour> behaviours() {
        return phases.stream().flatMap(phase -> phase.behaviours().stream()).toList();
    }

    public boolean hasMark(String markId) {
        return marks.stream().anyMatch(mark -> mark.id().equals(markId));
    }
}
