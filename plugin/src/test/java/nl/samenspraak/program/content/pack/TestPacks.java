package nl.samenspraak.program.content.pack;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/** A valid pack with every assignment type and its media, for tests to load as is or break on purpose. */
final class TestPacks {

    static final ObjectMapper JSON = new ObjectMapper();

    private static final String VALID = """
            {
              "formatVersion": 1,
              "id": "test-pack",
              "version": "1.0.0",
              "title": {"nl": "Testpakket", "en": "Test pack"},
              "credits": {"nl": "Gemaakt voor de tests"},
              "modules": [
                {
                  "id": "kijken",
                  "title": {"nl": "Kijken en lezen"},
                  "introduction": {"nl": "Eerst kijken.\\n\\nDan lezen.", "en": "First watch.\\n\\nThen read."},
                  "assignments": [
                    {
                      "id": "test-video",
                      "type": "video",
                      "title": {"nl": "Film"},
                      "instructions": {"nl": "Bekijk de film."},
                      "video": {
                        "source": {"kind": "file", "path": "media/film.webm", "mimeType": "video/webm"},
                        "durationSeconds": 120,
                        "captions": [
                          {"language": "nl", "label": {"nl": "Nederlands"}, "path": "media/film.nl.vtt"},
                          {"language": "en", "label": {"nl": "Engels", "en": "English"}, "url": "https://media.example.nl/film.en.vtt"}
                        ],
                        "film": {"nl": "Het gesprek"}
                      },
                      "requiredWatchedShare": 0.8,
                      "viewingQuestions": [
                        {"id": "eerste-indruk", "kind": "open", "prompt": {"nl": "Wat zie je?"}, "at": 30,
                         "minLength": 10, "maxLength": 500},
                        {"id": "keuze", "kind": "choice", "prompt": {"nl": "Welke?"}, "at": 60,
                         "options": [{"id": "a1", "label": {"nl": "Een"}}, {"id": "a2", "label": {"nl": "Twee"}}]},
                        {"id": "na-afloop", "kind": "scale", "prompt": {"nl": "Hoe ging het?"}, "required": false,
                         "scale": {"min": 1, "max": 5, "minLabel": {"nl": "slecht"}, "maxLabel": {"nl": "goed"}}}
                      ]
                    },
                    {
                      "id": "test-lezen",
                      "type": "reading",
                      "title": {"nl": "Lezen"},
                      "instructions": {"nl": "Lees de tekst."},
                      "text": {"nl": "Een tekst."},
                      "document": {"title": {"nl": "Lezer"}, "path": "docs/lezer.pdf"},
                      "questions": [{"id": "reflectie", "kind": "open", "prompt": {"nl": "Wat neem je mee?"}}]
                    }
                  ]
                },
                {
                  "id": "oefenen",
                  "title": {"nl": "Oefenen"},
                  "assignments": [
                    {
                      "id": "test-coaching",
                      "type": "peer-coaching",
                      "title": {"nl": "Coaching"},
                      "instructions": {"nl": "Observeer elkaar."},
                      "checklist": [{"id": "rustig", "text": {"nl": "Zorg dat je rustig begint."}}],
                      "observationForm": {
                        "marks": [{"id": "gezien", "label": {"nl": "Gezien"}}, {"id": "nog-niet", "label": {"nl": "Nog niet"}}],
                        "phases": [
                          {"id": "opening", "title": {"nl": "Opening"}, "behaviours": [
                            {"id": "welkom", "text": {"nl": "Heet welkom"}}, {"id": "doel", "text": {"nl": "Noemt het doel"}}]},
                          {"id": "afsluiting", "title": {"nl": "Afsluiting"}, "behaviours": [
                            {"id": "afspraken", "text": {"nl": "Maakt afspraken"}}]}
                        ]
                      },
                      "feedback": {"compliment": {"nl": "Een compliment"}, "tip": {"nl": "Een tip"}},
                      "reflectionQuestions": [{"id": "geleerd", "kind": "open", "prompt": {"nl": "Wat leerde je?"}}],
                      "observations": {"give": 1, "receive": 1}
                    },
                    {
                      "id": "test-quickscan",
                      "type": "quickscan",
                      "title": {"nl": "Quickscan"},
                      "instructions": {"nl": "Vul in."},
                      "scale": {"min": 1, "max": 4},
                      "sectors": [
                        {"id": "po", "title": {"nl": "Primair onderwijs"}, "themes": [
                          {"id": "contact", "title": {"nl": "Contact"}, "statements": [
                            {"id": "s1", "text": {"nl": "Ik bel ouders."}}, {"id": "s2", "text": {"nl": "Ik mail ouders."}}]},
                          {"id": "informatie", "title": {"nl": "Informatie"}, "statements": [
                            {"id": "s3", "text": {"nl": "Ik informeer ouders."}}]}
                        ]}
                      ]
                    },
                    {
                      "id": "test-plan",
                      "type": "action-plan",
                      "title": {"nl": "Actieplan"},
                      "instructions": {"nl": "Plan twee acties."},
                      "actions": [{"id": "bellen", "text": {"nl": "Bel een ouder"}}, {"id": "mailen", "text": {"nl": "Mail een ouder"}}],
                      "minActions": 2,
                      "reflectionQuestions": [{"id": "hoe-ging-het", "kind": "open", "prompt": {"nl": "Hoe ging het?"}}]
                    }
                  ]
                }
              ]
            }
            """;

    private TestPacks() {
    }

    static ObjectNode valid() {
        try {
            return (ObjectNode) JSON.readTree(VALID);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The object at a JSON pointer such as {@code /modules/0/assignments/1}. */
    static ObjectNode at(JsonNode pack, String pointer) {
        JsonNode node = pack.at(pointer);
        if (!node.isObject()) {
            fail("No object at " + pointer);
        }
        return (ObjectNode) node;
    }

    /** Writes the media files the valid pack names into a pack folder. */
    static void writeMedia(Path folder) {
        write(folder.resolve("media/film.webm"), "not really a film");
        write(folder.resolve("media/film.nl.vtt"), "WEBVTT\n");
        write(folder.resolve("docs/lezer.pdf"), "%PDF-1.4");
    }

    static void writePack(Path file, JsonNode pack) {
        try {
            write(file, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(pack));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static void write(Path file, String content) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void assertProblem(List<PackProblem> problems, String file, String jsonPath, String messagePart) {
        assertTrue(problems.stream().anyMatch(problem -> problem.file().equals(file)
                        && problem.jsonPath().equals(jsonPath) && problem.message().contains(messagePart)),
                "Expected a problem in " + file + " at " + jsonPath + " saying '" + messagePart + "', got " + problems);
    }
}
