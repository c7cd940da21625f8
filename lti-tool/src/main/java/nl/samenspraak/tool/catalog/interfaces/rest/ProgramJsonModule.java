package nl.samenspraak.tool.catalog.interfaces.rest;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import nl.samenspraak.program.content.ActionPlanAssignment;
import nl.samenspraak.program.content.Assignment;
import nl.samenspraak.program.content.ChoiceQuestion;
import nl.samenspraak.program.content.Language;
import nl.samenspraak.program.content.LocalizedText;
import nl.samenspraak.program.content.MediaLink;
import nl.samenspraak.program.content.OpenQuestion;
import nl.samenspraak.program.content.PeerCoachingAssignment;
import nl.samenspraak.program.content.Question;
import nl.samenspraak.program.content.QuickscanAssignment;
import nl.samenspraak.program.content.ReadingAssignment;
import nl.samenspraak.program.content.ScaleQuestion;
import nl.samenspraak.program.content.VideoAssignment;
import nl.samenspraak.program.content.VideoSource;

/**
 * How the program's records look in JSON: every {@link LocalizedText} as one string in the request's
 * language (a serializer attribute), types and kinds by the codes a pack uses, and files shipped in a
 * pack as addresses under {@code /api/media}.
 */
final class ProgramJsonModule extends SimpleModule {

    /** The serializer attribute that carries the language of the response. */
    static final Class<Language> LANGUAGE = Language.class;

    ProgramJsonModule() {
        super("samenspraak-program");
        addSerializer(LocalizedText.class, new LocalizedTextSerializer());
        addSerializer(Language.class, new LanguageSerializer());
        addSerializer(MediaLink.class, new MediaLinkSerializer());
        addSerializer(VideoSource.class, new VideoSourceSerializer());
        setMixInAnnotation(Assignment.class, AssignmentTypes.class);
        setMixInAnnotation(Question.class, QuestionKinds.class);
    }

    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
    @JsonSubTypes({
            @JsonSubTypes.Type(value = VideoAssignment.class, name = "video"),
            @JsonSubTypes.Type(value = ReadingAssignment.class, name = "reading"),
            @JsonSubTypes.Type(value = PeerCoachingAssignment.class, name = "peer-coaching"),
            @JsonSubTypes.Type(value = QuickscanAssignment.class, name = "quickscan"),
            @JsonSubTypes.Type(value = ActionPlanAssignment.class, name = "action-plan")})
    private interface AssignmentTypes {
    }

    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind")
    @JsonSubTypes({
            @JsonSubTypes.Type(value = OpenQuestion.class, name = "open"),
            @JsonSubTypes.Type(value = ChoiceQuestion.class, name = "choice"),
            @JsonSubTypes.Type(value = ScaleQuestion.class, name = "scale")})
    private interface QuestionKinds {
    }

    private static final class LocalizedTextSerializer extends StdSerializer<LocalizedText> {
        LocalizedTextSerializer() {
            super(LocalizedText.class);
        }

        @Override
        public void serialize(LocalizedText text, JsonGenerator json, SerializerProvider provider) throws IOException {
            Language language = (Language) provider.getAttribute(LANGUAGE);
            json.writeString(text.in(language == null ? Language.NL : language));
        }
    }

    private static final class LanguageSerializer extends StdSerializer<Language> {
        LanguageSerializer() {
            super(Language.class);
        }

        @Override
        public void serialize(Language language, JsonGenerator json, SerializerProvider provider) throws IOException {
            json.writeString(language.code());
        }
    }

    private static final class MediaLinkSerializer extends StdSerializer<MediaLink> {
        MediaLinkSerializer() {
            super(MediaLink.class);
        }

        @Override
        public void serialize(MediaLink link, JsonGenerator json, SerializerProvider provider) throws IOException {
            json.writeStartObject();
            if (link instanceof MediaLink.InPack inPack) {
                json.writeStringField("url", MediaPaths.of(inPack.file()));
            } else if (link instanceof MediaLink.Web web) {
                json.writeStringField("url", web.url().toString());
            }
            json.writeEndObject();
        }
    }

    private static final class VideoSourceSerializer extends StdSerializer<VideoSource> {
        VideoSourceSerializer() {
            super(VideoSource.class);
        }

        @Override
        public void serialize(VideoSource source, JsonGenerator json, SerializerProvider provider) throws IOException {
            json.writeStartObject();
            if (source instanceof VideoSource.PackFile file) {
                json.writeStringField("kind", "file");
                json.writeStringField("url", MediaPaths.of(file.file()));
                json.writeStringField("mimeType", file.mimeType());
            } else if (source instanceof VideoSource.Url url) {
                json.writeStringField("kind", "url");
                json.writeStringField("url", url.url().toString());
                json.writeStringField("mimeType", url.mimeType());
            } else if (source instanceof VideoSource.Embed embed) {
                json.writeStringField("kind", "embed");
                json.writeStringField("url", embed.url().toString());
            }
            json.writeEndObject();
        }
    }
}
