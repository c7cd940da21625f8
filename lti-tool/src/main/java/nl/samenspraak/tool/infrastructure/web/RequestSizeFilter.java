package nl.samenspraak.tool.infrastructure.web;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import nl.samenspraak.program.content.Language;
import nl.samenspraak.program.content.LocalizedText;
import nl.samenspraak.tool.texts.TextKey;
import nl.samenspraak.tool.texts.Texts;

/**
 * Caps what a request may send before anything reads it: a JSON body at {@link #MAX_JSON_BYTES} (no answer,
 * plan or observation comes near it), a form at {@link #MAX_FORM_BYTES} (a platform's id_token with all its
 * claims fits). A larger body gets 413 problem+json; a body without a declared length (chunked) gets 411,
 * since its size could only be learnt by reading it. Jackson's own document limit backs the JSON cap up.
 */
@WebFilter(urlPatterns = "/*")
public class RequestSizeFilter extends HttpFilter {

    public static final int MAX_JSON_BYTES = 64 * 1024;
    static final int MAX_FORM_BYTES = 256 * 1024;

    @Inject
    Texts texts;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String type = request.getContentType() == null ? "" : request.getContentType().toLowerCase(Locale.ROOT);
        long length = request.getContentLengthLong();
        boolean chunked = "chunked".equalsIgnoreCase(request.getHeader("Transfer-Encoding"));
        if (chunked) {
            refuse(request, response, HttpServletResponse.SC_LENGTH_REQUIRED,
                    texts.of(TextKey.REQUEST_SIZE_LENGTH_REQUIRED));
            return;
        }
        long limit = type.startsWith("application/x-www-form-urlencoded") || type.startsWith("multipart/")
                ? MAX_FORM_BYTES : MAX_JSON_BYTES;
        if (length > limit) {
            refuse(request, response, 413, texts.of(TextKey.REQUEST_SIZE_TOO_LARGE, limit / 1024));
            return;
        }
        chain.doFilter(request, response);
    }

    private static void refuse(HttpServletRequest request, HttpServletResponse response, int status,
                               LocalizedText text) throws IOException {
        Language language = Language.fromTag(query(request, "lang") != null ? query(request, "lang")
                : request.getHeader("Accept-Language"));
        String detail = text.in(language);
        String title = status == 413 ? "Content Too Large" : "Length Required";
        response.setStatus(status);
        response.setContentType("application/problem+json");
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Connection", "close");
        response.getOutputStream().write(("{\"type\":\"about:blank\",\"title\":\"" + title + "\",\"status\":" + status
                + ",\"detail\":\"" + detail + "\",\"instance\":\"" + escape(request.getRequestURI()) + "\"}")
                .getBytes(StandardCharsets.UTF_8));
    }

    /** A parameter of the query string, read without touching the body (getParameter would read a form). */
    private static String query(HttpServletRequest request, String name) {
        String query = request.getQueryString();
        if (query == null) {
            return null;
        }
        for (String pair : query.split("&")) {
            if (pair.startsWith(name + "=")) {
                return pair.substring(name.length() + 1);
            }
        }
        return null;
    }

    private static String escape(String text) {
        StringBuilder escaped = new StringBuilder();
        for (char c : text.toCharArray()) {
            if (c == '"' || c == '\\') {
                escaped.append('\\').append(c);
            } else if (c < 0x20) {
                escaped.append(String.format("\\u%04x", (int) c));
            } else {
                escaped.append(c);
            }
        }
        return escaped.toString();
    }
}
