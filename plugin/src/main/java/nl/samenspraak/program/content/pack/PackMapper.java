package nl.samenspraak.program.content.pack;

import com.fasterxml.jackson.databind.JsonNode;
import nl.samenspraak.program.content.ActionPlanAssignment;
import nl.samenspraak.program.content.Assignment;
import nl.samenspraak.program.content.Caption;
import nl.samenspraak.program.content.ChecklistItem;
import nl.samenspraak.program.content.ChoiceOption;
import nl.samenspraak.program.content.ChoiceQuestion;
import nl.samenspraak.program.content.ContentPack;
import nl.samenspraak.program.content.FeedbackPrompts;
import nl.samenspraak.program.content.Language;
import nl.samenspraak.program.content.LocalizedText;
import nl.samenspraak.program.content.MediaLink;
import nl.samenspraak.program.content.ObservableBehaviour;
import nl.samenspraak.program.content.ObservationForm;
import nl.samenspraak.program.content.ObservationMark;
import nl.samenspraak.program.content.ObservationPhase;
import nl.samenspraak.program.content.ObservationQuota;
import nl.samenspraak.program.content.OpenQuestion;
import nl.samenspraak.program.content.PackFileRef;
import nl.samenspraak.program.content.PeerCoachingAssignment;
import nl.samenspraak.program.content.PlannedActionOption;
import nl.samenspraak.program.content.Question;
import nl.samenspraak.program.content.QuickscanAssignment;
import nl.samenspraak.program.content.ReadingAssignment;
import nl.samenspraak.program.content.ReadingDocument;
import nl.samenspraak.program.content.ScaleDefinition;
import nl.samenspraak.program.content.ScaleQuestion;
import nl.samenspraak.program.content.Sector;
import nl.samenspraak.program.content.Statement;
import nl.samenspraak.program.content.Theme;
import nl.samenspraak.program.content.TrainingModule;
import nl.samenspraak.program.content.Video;
import nl.samenspraak.program.content.VideoAssignment;
import nl.samenspraak.program.content.VideoSource;
import nl.samenspraak.program.content.VideoSourceOverride;
import nl.samenspraak.program.content.ViewingQuestion;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.Function;
import java.util.stream.StreamSupport;

/**
 * Builds the content model from a pack tree that passed the schema and the semantic rules; it therefore
 * does not check anything itself, and applies the format's defaults.
 */
final class PackMapper {

    /** Files named in this pack belong to it, also when they are a film for another pack's assignment. */
    private final String packId;

    private PackMapper(String packId) {
        this.packId = packId;
    }

    static ContentPack map(JsonNode pack) {
        return new PackMapper(pack.path("id").asText()).pack(pack);
    }

    private ContentPack pack(JsonNode pack) {
        return new ContentPack(packId, pack.path("version").asText(), text(pack.path("title")),
                optionalText(pack, "description"), optionalText(pack, "credits"),
                list(pack.path("modules"), this::module), list(pack.path("videoSources"), this::videoSourceOverride));
    }

    private TrainingModule module(JsonNode module) {
        return new TrainingModule(module.path("id").asText(), text(module.path("title")),
                optionalText(module, "introduction"), list(module.path("assignments"), this::assignment));
    }

    private Assignment assignment(JsonNode assignment) {
        String type = assignment.path("type").asText();
        return switch (type) {
            case "video" -> video(assignment);
            case "reading" -> reading(assignment);
            case "peer-coaching" -> peerCoaching(assignment);
            case "quickscan" -> quickscan(assignment);
            case "action-plan" -> actionPlan(assignment);
            default -> throw new IllegalArgumentException("The schema admits no assignment type '" + type + "'");
        };
    }

    private VideoAssignment video(JsonNode assignment) {
        JsonNode video = assignment.path("video");
        return new VideoAssignment(assignment.path("id").asText(), text(assignment.path("title")),
                text(assignment.path("instructions")),
                new Video(videoSource(video.path("source")), video.path("durationSeconds").asDouble(),
                        list(video.path("captions"), this::caption), optionalText(video, "film")),
                assignment.path("requiredWatchedShare").asDouble(),
                list(assignment.path("viewingQuestions"), this::viewingQuestion));
    }

    private ViewingQuestion viewingQuestion(JsonNode question) {
        return new ViewingQuestion(question(question),
                question.has("at") ? OptionalDouble.of(question.path("at").asDouble()) : OptionalDouble.empty());
    }

    private ReadingAssignment reading(JsonNode assignment) {
        Optional<ReadingDocument> document = assignment.has("document")
                ? Optional.of(new ReadingDocument(text(assignment.path("document").path("title")),
                        link(assignment.path("document"))))
                : Optional.empty();
        return new ReadingAssignment(assignment.path("id").asText(), text(assignment.path("title")),
                text(assignment.path("instructions")), optionalText(assignment, "text"), document,
                list(assignment.path("questions"), this::question));
    }

    private PeerCoachingAssignment peerCoaching(JsonNode assignment) {
        JsonNode form = assignment.path("observationForm");
        JsonNode feedback = assignment.path("feedback");
        JsonNode observations = assignment.path("observations");
        return new PeerCoachingAssignment(assignment.path("id").asText(), text(assignment.path("title")),
                text(assignment.path("instructions")),
                list(assignment.path("checklist"), item -> new ChecklistItem(id(item), text(item.path("text")))),
                new ObservationForm(
                        list(form.path("marks"), mark -> new ObservationMark(id(mark), text(mark.path("label")))),
                        list(form.path("phases"), this::phase)),
                new FeedbackPrompts(text(feedback.path("compliment")), text(feedback.path("tip"))),
                list(assignment.path("reflectionQuestions"), this::question),
                new ObservationQuota(observations.path("give").asInt(), observations.path("receive").asInt()));
    }

    private ObservationPhase phase(JsonNode phase) {
        return new ObservationPhase(id(phase), text(phase.path("title")), list(phase.path("behaviours"),
                behaviour -> new ObservableBehaviour(id(behaviour), text(behaviour.path("text")))));
    }

    private QuickscanAssignment quickscan(JsonNode assignment) {
        return new QuickscanAssignment(assignment.path("id").asText(), text(assignment.path("title")),
                text(assignment.path("instructions")), scale(assignment.path("scale")),
                list(assignment.path("sectors"), this::sector));
    }

    private Sector sector(JsonNode sector) {
        return new Sector(id(sector), text(sector.path("title")), list(sector.path("themes"),
                theme -> new Theme(id(theme), text(theme.path("title")), list(theme.path("statements"),
                        statement -> new Statement(id(statement), text(statement.path("text")))))));
    }

    private ActionPlanAssignment actionPlan(JsonNode assignment) {
        return new ActionPlanAssignment(assignment.path("id").asText(), text(assignment.path("title")),
                text(assignment.path("instructions")),
                list(assignment.path("actions"), action -> new PlannedActionOption(id(action), text(action.path("text")))),
                assignment.path("allowOwnActions").asBoolean(true), assignment.path("minActions").asInt(),
                list(assignment.path("reflectionQuestions"), this::question));
    }

    private Question question(JsonNode question) {
        String kind = question.path("kind").asText();
        LocalizedText prompt = text(question.path("prompt"));
        boolean required = question.path("required").asBoolean(true);
        return switch (kind) {
            case "open" -> new OpenQuestion(id(question), prompt, required,
                    question.path("minLength").asInt(OpenQuestion.DEFAULT_MIN_LENGTH),
                    question.path("maxLength").asInt(OpenQuestion.DEFAULT_MAX_LENGTH));
            case "choice" -> new ChoiceQuestion(id(question), prompt, required,
                    list(question.path("options"), option -> new ChoiceOption(id(option), text(option.path("label")))),
                    question.path("multiple").asBoolean(false));
            case "scale" -> new ScaleQuestion(id(question), prompt, required, scale(question.path("scale")));
            default -> throw new IllegalArgumentException("The schema admits no question kind '" + kind + "'");
        };
    }

    private ScaleDefinition scale(JsonNode scale) {
        return new ScaleDefinition(scale.path("min").asInt(), scale.path("max").asInt(),
                optionalText(scale, "minLabel"), optionalText(scale, "maxLabel"));
    }

    private VideoSourceOverride videoSourceOverride(JsonNode entry) {
        Map<String, Double> questionTimes = new LinkedHashMap<>();
        entry.path("questionTimes").properties()
                .forEach(time -> questionTimes.put(time.getKey(), time.getValue().asDouble()));
        return new VideoSourceOverride(entry.path("assignment").asText(), videoSource(entry.path("source")),
                entry.path("durationSeconds").asDouble(), list(entry.path("captions"), this::caption), questionTimes);
    }

    private VideoSource videoSource(JsonNode source) {
        String kind = source.path("kind").asText();
        return switch (kind) {
            case "file" -> new VideoSource.PackFile(new PackFileRef(packId, source.path("path").asText()),
                    source.path("mimeType").asText());
            case "url" -> new VideoSource.Url(URI.create(source.path("url").asText()), source.path("mimeType").asText());
            case "embed" -> new VideoSource.Embed(URI.create(source.path("url").asText()));
            default -> throw new IllegalArgumentException("The schema admits no video source kind '" + kind + "'");
        };
    }

    private Caption caption(JsonNode caption) {
        Language language = Language.fromCode(caption.path("language").asText()).orElseThrow();
        return new Caption(language, text(caption.path("label")), link(caption));
    }

    private MediaLink link(JsonNode holder) {
        return holder.has("path")
                ? new MediaLink.InPack(new PackFileRef(packId, holder.path("path").asText()))
                : new MediaLink.Web(URI.create(holder.path("url").asText()));
    }

    private static String id(JsonNode node) {
        return node.path("id").asText();
    }

    private static LocalizedText text(JsonNode text) {
        return LocalizedText.of(text.path("nl").asText(), text.has("en") ? text.path("en").asText() : null);
    }

    private static Optional<LocalizedText> optionalText(JsonNode parent, String field) {
        return parent.has(field) ? Optional.of(text(parent.path(field))) : Optional.empty();
    }

    private static <T> List<T> list(JsonNode array, Function<JsonNode, T> element) {
        return StreamSupport.stream(array.spliterator(), false).map(element).toList();
    }
}
