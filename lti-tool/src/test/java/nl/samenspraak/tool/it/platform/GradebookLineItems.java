package nl.samenspraak.tool.it.platform;

import static nl.samenspraak.tool.it.platform.PlatformExchanges.fail;
import static nl.samenspraak.tool.it.platform.PlatformExchanges.form;
import static nl.samenspraak.tool.it.platform.PlatformExchanges.json;
import static nl.samenspraak.tool.it.platform.PlatformExchanges.read;
import static nl.samenspraak.tool.it.platform.PlatformExchanges.send;
import static nl.samenspraak.tool.it.platform.PlatformExchanges.status;

import com.nimbusds.jose.util.JSONObjectUtils;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.net.URI;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The grade book's line items: the container (made by POST with the lineitem scope, read paged and filtered
 * by resource_link_id with either line-item scope) and each line item; Moodle's carry {@code ?type_id=}.
 */
final class GradebookLineItems {

    private static final String LINE_ITEM = "application/vnd.ims.lis.v2.lineitem+json";

    private final EmulatedPlatform platform;
    private final PlatformGradebook.Flavour flavour;
    private final List<String> problems;
    private final Map<Integer, Map<String, Object>> items = Collections.synchronizedMap(new LinkedHashMap<>());
    private final AtomicInteger next = new AtomicInteger(1);
    private volatile int pageSize = 2;

    GradebookLineItems(EmulatedPlatform platform, PlatformGradebook.Flavour flavour, List<String> problems) {
        this.platform = platform;
        this.flavour = flavour;
        this.problems = problems;
    }

    URI url() {
        return URI.create(platform.issuer() + "/ags/lineitems");
    }

    void pageSize(int size) {
        pageSize = size;
    }

    boolean has(int number) {
        return items.containsKey(number);
    }

    Map<String, Object> get(int number) {
        return items.get(number);
    }

    Map<Integer, Map<String, Object>> all() {
        synchronized (items) {
            return Map.copyOf(items);
        }
    }

    URI store(Map<String, Object> item) {
        int number = next.getAndIncrement();
        String id = url() + "/" + number + (flavour == PlatformGradebook.Flavour.MOODLE ? "?type_id=" + number : "");
        Map<String, Object> stored = new LinkedHashMap<>(item);
        stored.put("id", id);
        items.put(number, stored);
        return URI.create(id);
    }

    void item(HttpExchange exchange, int number) throws IOException {
        Map<String, Object> item = items.get(number);
        if (item == null) {
            status(exchange, 404);
        } else {
            json(exchange, 200, item, LINE_ITEM);
        }
    }

    void container(HttpExchange exchange, Set<String> scopes) throws IOException {
        if ("POST".equals(exchange.getRequestMethod())) {
            create(exchange, scopes);
            return;
        }
        if (!scopes.contains(PlatformGradebook.LINE_ITEM_SCOPE)
                && !scopes.contains(PlatformGradebook.LINE_ITEM_READ_ONLY_SCOPE)) {
            fail(exchange, problems, 403, "reading line items needs a line-item scope");
            return;
        }
        Map<String, String> query = form(exchange.getRequestURI().getRawQuery());
        List<Map<String, Object>> matching = new ArrayList<>();
        synchronized (items) {
            for (Map<String, Object> item : items.values()) {
                String link = query.get("resource_link_id");
                if (link == null || link.equals(item.get("resourceLinkId"))) {
                    matching.add(item);
                }
            }
        }
        int page = Integer.parseInt(query.getOrDefault("page", "0"));
        int from = Math.min(matching.size(), page * pageSize);
        int to = Math.min(matching.size(), from + pageSize);
        if (to < matching.size()) {
            String nextPage = url() + "?page=" + (page + 1)
                    + (query.containsKey("resource_link_id") ? "&resource_link_id=" + query.get("resource_link_id") : "");
            exchange.getResponseHeaders().add("Link", "<" + nextPage + ">; rel=\"next\"");
        }
        String body = "[" + String.join(",", matching.subList(from, to).stream()
                .map(JSONObjectUtils::toJSONString).toList()) + "]";
        send(exchange, 200, body, "application/vnd.ims.lis.v2.lineitemcontainer+json");
    }

    private void create(HttpExchange exchange, Set<String> scopes) throws IOException {
        String type = exchange.getRequestHeaders().getFirst("Content-Type");
        if (!scopes.contains(PlatformGradebook.LINE_ITEM_SCOPE)) {
            fail(exchange, problems, 403, "creating a line item needs the lineitem scope");
        } else if (!LINE_ITEM.equals(type)) {
            fail(exchange, problems, 415, "a new line item must be " + LINE_ITEM + ", was " + type);
        } else {
            try {
                Map<String, Object> item = new LinkedHashMap<>(JSONObjectUtils.parse(read(exchange)));
                if (!(item.get("scoreMaximum") instanceof Number max) || max.doubleValue() <= 0
                        || !(item.get("label") instanceof String)) {
                    fail(exchange, problems, 400, "a new line item needs a label and a positive scoreMaximum");
                    return;
                }
                URI id = store(item);
                json(exchange, 201, items.get(PlatformGradebook.number(id)), LINE_ITEM);
            } catch (ParseException e) {
                fail(exchange, problems, 400, "the new line item is no JSON object");
            }
        }
    }
}
