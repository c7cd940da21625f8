package nl.samenspraak.tool.catalog.interfaces.rest;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.stream.Collectors;
import nl.samenspraak.program.content.PackFileRef;

/** The address under which {@link PackMediaResource} serves a file shipped in a pack. */
final class MediaPaths {

    private MediaPaths() {
    }

    static String of(PackFileRef file) {
        String path = Arrays.stream(file.path().split("/"))
                .map(segment -> URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20"))
                .collect(Collectors.joining("/"));
        return "/api/media/" + file.packId() + "/" + path;
    }
}
