package nl.samenspraak.tool.catalog.interfaces.rest;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Optional;
import nl.samenspraak.program.content.pack.PackFile;
import nl.samenspraak.tool.catalog.application.ProgramCatalogService;
import nl.samenspraak.tool.interfaces.rest.Problem;
import nl.samenspraak.tool.interfaces.rest.ProblemException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Files shipped in a content pack (films, captions, documents), with byte ranges so that a video can be
 * played from any point without downloading it whole, and with a content-hash ETag so that a browser
 * keeps them: within the hour it does not ask at all, after that it asks with If-None-Match and gets 304.
 */
@Tag(name = "Catalog")
@Singleton
@Path("media/{packId}/{path: .+}")
public class PackMediaResource {

    /** Packs change only with a new release or a school's new upload; an hour keeps a session's reloads local. */
    private static final String CACHING = "public, max-age=3600";

    private final ProgramCatalogService catalog;
    private final FileTags tags = new FileTags();

    @Inject
    public PackMediaResource(ProgramCatalogService catalog) {
        this.catalog = catalog;
    }

    @GET
    @Operation(summary = "A file shipped in a content pack (film, captions, document), with byte ranges")
    public Response file(@PathParam("packId") String packId, @PathParam("path") String path,
                         @HeaderParam("Range") String range, @HeaderParam("If-Range") String ifRange,
                         @Context Request request) {
        PackFile file = catalog.packFile(packId, path).orElseThrow(() -> new ProblemException(
                Problem.of(Response.Status.NOT_FOUND, "Content pack '" + packId + "' has no file '" + path + "'.")));
        EntityTag tag = tags.of(packId, file);
        Response.ResponseBuilder unchanged = request.evaluatePreconditions(tag);
        if (unchanged != null) {
            return unchanged.tag(tag).header(HttpHeaders.CACHE_CONTROL, CACHING).build();
        }
        String type = mediaType(file.path());
        Optional<ByteRange> requested;
        try {
            // a range of another version of the file would splice two versions: send it whole (RFC 9110, 13.1.5)
            boolean sameVersion = ifRange == null || ifRange.strip().equals("\"" + tag.getValue() + "\"");
            requested = sameVersion ? ByteRange.parse(range, file.size()) : Optional.empty();
        } catch (ByteRange.Unsatisfiable e) {
            return Response.status(Response.Status.REQUESTED_RANGE_NOT_SATISFIABLE)
                    .header("Content-Range", "bytes */" + file.size()).build();
        }
        ByteRange served = requested.orElse(new ByteRange(0, file.size() - 1));
        Response.ResponseBuilder response = requested.isPresent()
                ? Response.status(Response.Status.PARTIAL_CONTENT)
                        .header("Content-Range", "bytes " + served.first() + "-" + served.last() + "/" + file.size())
                : Response.ok();
        return response.type(type)
                .header("Accept-Ranges", "bytes")
                .header(HttpHeaders.CONTENT_LENGTH, served.length())
                .header(HttpHeaders.CACHE_CONTROL, CACHING)
                .tag(tag)
                .header("X-Content-Type-Options", "nosniff")
                .entity(copy(file, served))
                .build();
    }

    private static StreamingOutput copy(PackFile file, ByteRange range) {
        return output -> {
            try (InputStream in = file.open()) {
                in.skipNBytes(range.first());
                byte[] buffer = new byte[64 * 1024];
                long left = range.length();
                while (left > 0) {
                    int read = in.read(buffer, 0, (int) Math.min(buffer.length, left));
                    if (read < 0) {
                        throw new IOException("File " + file.path() + " ended early");
                    }
                    output.write(buffer, 0, read);
                    left -= read;
                }
            }
        };
    }

    static String mediaType(String path) {
        String name = path.toLowerCase(Locale.ROOT);
        if (name.endsWith(".webm")) {
            return "video/webm";
        }
        if (name.endsWith(".mp4")) {
            return "video/mp4";
        }
        if (name.endsWith(".vtt")) {
            return "text/vtt; charset=utf-8";
        }
        if (name.endsWith(".pdf")) {
            return "application/pdf";
        }
        if (name.endsWith(".png")) {
            return "image/png";
        }
        if (name.endsWith(".jpg") || name.endsWith(".jpeg")) {
            return "image/jpeg";
        }
        return "application/octet-stream";
    }
}
