package nl.samenspraak.tool.privacy.application;

import java.util.Optional;

/** The program's words an export shows beside the stored ids: assignment titles and question prompts. */
public interface ExportTexts {

    Optional<String> assignmentTitle(String assignmentId);

    Optional<String> question(String assignmentId, String questionId);

    /** How a partner who was erased is named: "a former participant". */
    String formerParticipant();
}
