package nl.samenspraak.tool.it.platform;

import java.net.URI;
import java.util.Map;

/**
 * What the emulated platform shows a real browser: a course page with the tool in an iframe, launched by a
 * login in the frame; optionally with the LTI client-side storage (postMessage) that a tool uses when the
 * browser keeps it from setting cookies; and the authorization endpoint's answer, a form that posts the
 * signed id_token to the tool. The course page makes the tool's frame as tall as the tool asks
 * (lti.frameResize).
 */
final class CoursePage {

    /** The platform's own message hint for a link opened by the course's trainer, whom it launches as Instructor. */
    private static final String TRAINER_HINT = "link-1.instructor";

    /**
     * The platform's side of the LTI Client Side postMessages: values kept per tool origin, answered to
     * the frame that asked.
     */
    private static final String STORAGE = """
            const stored = new Map();
            window.addEventListener('message', (event) => {
              const message = event.data;
              if (!message || typeof message !== 'object') return;
              const key = event.origin + ' ' + message.key;
              if (message.subject === 'lti.put_data') {
                stored.set(key, message.value);
                event.source.postMessage({ subject: 'lti.put_data.response', message_id: message.message_id,
                  key: message.key, value: message.value }, event.origin);
              } else if (message.subject === 'lti.get_data') {
                event.source.postMessage({ subject: 'lti.get_data.response', message_id: message.message_id,
                  key: message.key, value: stored.get(key) }, event.origin);
              }
            });
            """;

    /**
     * The platform's side of lti.frameResize, as Canvas has it: the frame that sent the message gets the
     * height it asked for.
     */
    private static final String FRAME_RESIZE = """
            window.addEventListener('message', (event) => {
              const frame = document.getElementById('tool');
              const message = event.data;
              if (event.source !== frame.contentWindow || !message || message.subject !== 'lti.frameResize') return;
              const height = Number(message.height);
              if (Number.isFinite(height) && height > 0) frame.style.height = Math.ceil(height) + 'px';
            });
            """;

    private CoursePage() {
    }

    static String html(EmulatedPlatform platform, Map<String, String> query) {
        String user = query.getOrDefault("user", "emulated-user-1");
        boolean storage = "true".equals(query.get("storage"));
        // "Select content" (a trainer's deep-linking request), or a link made from item N of the latest response.
        LoginParameters login = platform.login(user).with("lti_message_hint", query.getOrDefault("hint", "link-1"));
        if (storage) {
            login = login.with("lti_storage_target", "_parent");
        }
        if ("instructor".equals(query.get("role"))) {
            login = login.with("lti_message_hint", TRAINER_HINT);
        }
        URI frame = URI.create(platform.loginUrl() + "?" + login.encoded());
        return "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>Emulated course</title></head>"
                + "<body><h1>Emulated course</h1>"
                + (storage ? "<script>" + STORAGE + "</script>" : "")
                + "<script>" + FRAME_RESIZE + "</script>"
                + "<iframe id=\"tool\" name=\"tool\" title=\"Samenspraak\" allow=\"fullscreen\" style=\"width:100%;height:640px\" src=\""
                + frame + "\"></iframe></body></html>";
    }

    static String autoPost(EmulatedPlatform platform, AuthorizationRequest request) {
        String user = request.parameter("login_hint").orElseThrow();
        String hint = request.parameter("lti_message_hint").orElse("link-1");
        String token = platform.signedToken(request, user, claims -> {
            claims.set("name", "Anna de Vries").set("given_name", "Anna").set("family_name", "de Vries");
            if (hint.equals(TRAINER_HINT)) {
                claims.set("name", "Tineke de Trainer").set("given_name", "Tineke").set("family_name", "de Trainer")
                        .roles(LaunchClaims.INSTRUCTOR);
            } else if (hint.equals("deep-linking")) {
                claims.set("name", "Tineke Trainer").set("given_name", "Tineke").set("family_name", "Trainer")
                        .roles(LaunchClaims.INSTRUCTOR)
                        .deepLinking(URI.create(platform.issuer() + "/deep-linking/return?from=course"));
            } else if (hint.startsWith("item-")) {
                int item = Integer.parseInt(hint.substring("item-".length()));
                DeepLinkingReturn.Received latest = platform.deepLinkingReturn().latest().orElseThrow();
                latest.custom(item).forEach((name, value) -> claims.custom(name, (String) value));
                claims.member(LaunchClaims.RESOURCE_LINK, "id", "deep-linked-" + item)
                        .member(LaunchClaims.RESOURCE_LINK, "title", latest.items().get(item).get("title"));
            }
            return platform.person(user).apply(platform.browserLaunches().apply(claims));
        });
        return "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>Signing in</title></head><body>"
                + "<form id=\"launch\" method=\"post\" action=\"" + platform.redirectUri() + "\">"
                + "<input type=\"hidden\" name=\"id_token\" value=\"" + token + "\">"
                + "<input type=\"hidden\" name=\"state\" value=\"" + request.state() + "\">"
                + "<button>Continue</button></form>"
                + "<script>document.getElementById('launch').submit();</script></body></html>";
    }
}
