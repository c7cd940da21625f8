package nl.samenspraak.tool.work.application;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import nl.samenspraak.program.content.ObservableBehaviour;
import nl.samenspraak.program.content.ObservationForm;
import nl.samenspraak.program.content.ObservationMark;
import nl.samenspraak.program.content.PeerCoachingAssignment;
import nl.samenspraak.tool.texts.TextKey;
import nl.samenspraak.tool.texts.Texts;

/**
 * Reads the observer's form against the assignment's observation form: what may be saved as a draft, and
 * what a draft still lacks before it can be submitted.
 */
final class ObservationFormCheck {

    private ObservationFormCheck() {
    }

    /** The form as a draft; refused, naming each field, when a mark or behaviour is unknown or a text too long. */
    static ObservationDraft draft(Texts texts, ObservationForm form, ObservationForms.FormInput input) {
        ObservationForms.FormInput sent = input == null ? new ObservationForms.FormInput(null, null, null) : input;
        List<WorkRejectedException.FieldIssue> issues = new ArrayList<>();
        Map<String, ObservationDraft.BehaviourEntry> behaviours = new LinkedHashMap<>();
        Map<String, ObservationForms.MarkInput> marks = sent.marks() == null ? Map.of() : sent.marks();
        String offered = form.marks().stream().map(ObservationMark::id).collect(Collectors.joining(", "));
        marks.forEach((behaviourId, mark) -> {
            String field = "marks." + behaviourId;
            if (form.behaviours().stream().noneMatch(behaviour -> behaviour.id().equals(behaviourId))) {
                issues.add(new WorkRejectedException.FieldIssue(field,
                        texts.of(TextKey.OBSERVATION_FORM_CHECK_UNKNOWN_BEHAVIOUR)));
                return;
            }
            if (mark == null) {
                return;
            }
            if (mark.markId() != null && !form.hasMark(mark.markId())) {
                issues.add(new WorkRejectedException.FieldIssue(field + ".markId",
                        texts.of(TextKey.OBSERVATION_FORM_CHECK_CHOOSE_MARK, offered)));
            }
            String example = PeerTexts.strip(mark.example());
            PeerTexts.tooLong(texts, field + ".example", example, ObservationForms.MAX_EXAMPLE).ifPresent(issues::add);
            if (mark.markId() != null || !example.isEmpty()) {
                behaviours.put(behaviourId, new ObservationDraft.BehaviourEntry(Optional.ofNullable(mark.markId()),
                        Optional.of(example).filter(text -> !text.isEmpty())));
            }
        });
        String compliment = PeerTexts.strip(sent.compliment());
        String tip = PeerTexts.strip(sent.tip());
        PeerTexts.tooLong(texts, "compliment", compliment, ObservationForms.MAX_FEEDBACK).ifPresent(issues::add);
        PeerTexts.tooLong(texts, "tip", tip, ObservationForms.MAX_FEEDBACK).ifPresent(issues::add);
        PeerTexts.refuseIfAny(texts, TextKey.OBSERVATION_FORM_CHECK_NOT_SAVED, issues);
        return new ObservationDraft(behaviours, compliment, tip);
    }

    /** What a complete observation still lacks: a mark for every behaviour, the compliment, the tip. */
    static List<WorkRejectedException.FieldIssue> missing(Texts texts, PeerCoachingAssignment assignment,
                                                          ObservationDraft draft) {
        List<WorkRejectedException.FieldIssue> missing = new ArrayList<>();
        for (ObservableBehaviour behaviour : assignment.observationForm().behaviours()) {
            boolean marked = Optional.ofNullable(draft.behaviours().get(behaviour.id()))
                    .flatMap(ObservationDraft.BehaviourEntry::markId).isPresent();
            if (!marked) {
                missing.add(new WorkRejectedException.FieldIssue("marks." + behaviour.id(),
                        texts.of(TextKey.OBSERVATION_FORM_CHECK_MARK_MISSING, behaviour.text())));
            }
        }
        if (draft.compliment().isEmpty()) {
            missing.add(new WorkRejectedException.FieldIssue("compliment",
                    texts.of(TextKey.OBSERVATION_FORM_CHECK_COMPLIMENT_MISSING)));
        }
        if (draft.tip().isEmpty()) {
            missing.add(new WorkRejectedException.FieldIssue("tip", texts.of(TextKey.OBSERVATION_FORM_CHECK_TIP_MISSING)));
        }
        return missing;
    }
}
