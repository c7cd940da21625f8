package nl.samenspraak.tool.infrastructure.web;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.net.URI;
import java.util.Set;
import java.util.TreeSet;
import nl.samenspraak.program.content.Assignment;
import nl.samenspraak.program.content.Caption;
import nl.samenspraak.program.content.MediaLink;
import nl.samenspraak.program.content.VideoAssignment;
import nl.samenspraak.program.content.VideoSource;
import nl.samenspraak.tool.catalog.application.ProgramCatalogService;

/**
 * The tool's Content-Security-Policy. Everything comes from the tool itself; the only exceptions are the
 * origins of films (media-src) and external players (frame-src) that the loaded content packs name, which a
 * school chose when it linked the original films. Worked out once: packs are read on start. The one inline
 * script, the pages' import map (see {@link StaticFiles}), is allowed by its hash and no other.
 */
@Singleton
public class ContentSecurityPolicy {

    private final String header;

    @Inject
    public ContentSecurityPolicy(ProgramCatalogService catalog, StaticFiles files) {
        Set<String> media = new TreeSet<>();
        Set<String> frames = new TreeSet<>();
        for (Assignment assignment : catalog.catalog().assignments()) {
            if (assignment instanceof VideoAssignment video) {
                VideoSource source = video.video().source();
                if (source instanceof VideoSource.Url url) {
                    media.add(origin(url.url()));
                } else if (source instanceof VideoSource.Embed embed) {
                    frames.add(origin(embed.url()));
                }
                for (Caption caption : video.video().captions()) {
                    if (caption.link() instanceof MediaLink.Web web) {
                        media.add(origin(web.url()));
                    }
                }
            }
        }
        this.header = "default-src 'self'; script-src 'self' " + files.importMapSource() + "; style-src 'self'; img-src 'self' data:;"
                + " font-src 'self'; connect-src 'self'; media-src 'self'" + join(media)
                + "; frame-src 'self'" + join(frames) + "; object-src 'none'; base-uri 'none'";
    }

    public String header() {
        return header;
    }

    private static String join(Set<String> origins) {
        return origins.isEmpty() ? "" : " " + String.join(" ", origins);
    }

    private static String origin(URI uri) {
        return uri.getScheme() + "://" + uri.getRawAuthority();
    }
}
