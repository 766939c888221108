package org.adjudicator.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.adjudicator.UserError;
import org.adjudicator.report.HtmlReport;
import org.adjudicator.report.Messages;

/**
 * The officials' workspace over HTTP, on the JDK's own server: the page (static HTML, CSS and
 * JavaScript modules from the jar) and the JSON API of {@link Api}.
 *
 * <p>Since it is a server: it answers only requests whose {@code Host} (and {@code Origin}, when
 * sent) is its own address, so that a page of another site cannot drive it (DNS rebinding); it
 * serves only the page's own files and the scenarios and sets of its {@link Workspace}; it writes
 * no file; request bodies are bounded; each computation runs on a thread of its own with a time
 * limit, so a rule that loops ends that request with the error and not the server.
 *
 * <p>Its words are in the language the request asks for: its {@code lang} ("es" or "en", in the
 * JSON body or the query), else the browser's {@code Accept-Language}, else English. Only the texts
 * change with it, never a JSON key or a status.
 */
@Singleton
public class WebServer {
    /** The largest request body, and scenario file, taken: as the scenario reader's limit, 16 MB. */
    static final int MAX_BODY = 16 * 1024 * 1024;
    /** How long one request may compute before it is answered with an error. */
    static final long REQUEST_SECONDS = Long.getLong("adjudicator.serve.requestSeconds", 60);

    private static final Map<String, String[]> FILES = Map.of(
            "/", new String[] {"web/index.html", "text/html; charset=utf-8"},
            "/index.html", new String[] {"web/index.html", "text/html; charset=utf-8"},
            "/app.js", new String[] {"web/app.js", "text/javascript; charset=utf-8"},
            "/i18n.js", new String[] {"web/i18n.js", "text/javascript; charset=utf-8"},
            "/style.css", new String[] {"web/style.css", "text/css; charset=utf-8"},
            "/bracket.js", new String[] {"web/bracket.js", "text/javascript; charset=utf-8"},
            "/compare.js", new String[] {"web/compare.js", "text/javascript; charset=utf-8"},
            "/hearing.js", new String[] {"web/hearing.js", "text/javascript; charset=utf-8"},
            "/cell-errors.js", new String[] {"web/cell-errors.js", "text/javascript; charset=utf-8"});

    /**
     * The JDK's server writes an answer's headers and its body in two writes; with Nagle's
     * algorithm on (its default) the body waits for the client to acknowledge the headers, which
     * a client delays by up to 40 ms: every answer took 40 ms more than its work. Read by the JDK's
     * server once, when the first server is created; a setting given with -D is kept.
     */
    static final String NO_DELAY = "sun.net.httpserver.nodelay";

    static {
        if (System.getProperty(NO_DELAY) == null) System.setProperty(NO_DELAY, "true");
    }

    @Inject
    Api api;

    @Inject
    Features features;

    private final ObjectMapper mapper = JsonMapper.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

    {
        mapper.getFactory().setStreamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(64).build());
    }

    /** A server started: its address, until closed. */
    public static final class Running implements AutoCloseable {
        private final HttpServer server;
        private final ExecutorService requests;
        private final ExecutorService engine;
        private final String address;

        Running(HttpServer server, ExecutorService requests, ExecutorService engine, String address) {
            this.server = server;
            this.requests = requests;
            this.engine = engine;
            this.address = address;
        }

        public int port() {
            return server.getAddress().getPort();
        }

        /** {@code http://127.0.0.1:8080/} */
        public String address() {
            return address;
        }

        @Override
        public void close() {
            server.stop(0);
            requests.shutdownNow();
            engine.shutdownNow();
        }
    }

    /** Starts serving on host:port (port 0: any free port). */
    public Running start(Workspace workspace, String host, int port) throws IOException {
        InetAddress address = InetAddress.getByName(host);
        HttpServer server = HttpServer.create(new InetSocketAddress(address, port), 50);
        ExecutorService requests = Executors.newFixedThreadPool(4, daemon("serve-request"));
        ExecutorService engine = Executors.newCachedThreadPool(daemon("serve-engine"));
        int bound = server.getAddress().getPort();
        Set<String> hosts = allowedHosts(address, host, bound);
        server.createContext("/", exchange -> handle(exchange, workspace, hosts, engine));
        server.setExecutor(requests);
        server.start();
        String shownHost = address instanceof Inet6Address ? "[" + address.getHostAddress() + "]" : address.getHostAddress();
        if (address.isAnyLocalAddress()) shownHost = "127.0.0.1";
        return new Running(server, requests, engine, "http://" + shownHost + ":" + bound + "/");
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        return r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        };
    }

    /** host:port as a browser writes it in Host for this server, for every address it listens on. */
    static Set<String> allowedHosts(InetAddress address, String given, int port) {
        Set<String> names = new LinkedHashSet<>();
        names.add(given.toLowerCase(Locale.ROOT));
        if (address.isLoopbackAddress() || address.isAnyLocalAddress()) {
            names.add("localhost");
            names.add("127.0.0.1");
            names.add("[::1]");
        }
        names.add(address instanceof Inet6Address ? "[" + address.getHostAddress() + "]" : address.getHostAddress());
        if (address.isAnyLocalAddress()) {
            try {
                for (NetworkInterface n : Collections.list(NetworkInterface.getNetworkInterfaces())) {
                    for (InetAddress a : Collections.list(n.getInetAddresses())) {
                        names.add(a instanceof Inet6Address ? "[" + a.getHostAddress().replaceAll("%.*$", "") + "]" : a.getHostAddress());
                    }
                }
            } catch (SocketException e) {
                // only the names above
            }
        }
        Set<String> hosts = new LinkedHashSet<>();
        for (String n : names) hosts.add(n + ":" + port);
        return hosts;
    }

    /**
     * The language of one answer, once known: English until the request says otherwise. (Not an
     * exchange attribute: the JDK's server shares those between the exchanges of a context.)
     */
    private static final class Language {
        Messages messages = Messages.ENGLISH;
    }

    private void handle(HttpExchange exchange, Workspace workspace, Set<String> hosts, ExecutorService engine) throws IOException {
        try (exchange) {
            Language language = new Language();
            try {
                language.messages = negotiated(exchange);
                refuseForeign(exchange, hosts);
                route(exchange, workspace, engine, language);
            } catch (EditError e) {
                error(exchange, 400, e.getMessage(), e.details());
            } catch (ApiError e) {
                error(exchange, e.status, e.message(language.messages));
            } catch (UserError e) {
                error(exchange, 400, e.oneLine(language.messages));
            } catch (RuntimeException | StackOverflowError e) {
                e.printStackTrace();
                error(exchange, 500, language.messages.text("api.error.internal", String.valueOf(e)));
            }
        }
    }

    /**
     * The language a request asks for before its body is read: {@code ?lang=es|en}, else the first
     * of Spanish and English in its {@code Accept-Language} (by the weights it gives), else English.
     */
    static Messages negotiated(HttpExchange exchange) {
        String lang = query(exchange.getRequestURI().getRawQuery()).get("lang");
        if (lang != null) return Api.language(lang);
        return fromAcceptLanguage(exchange.getRequestHeaders().getFirst("Accept-Language"));
    }

    /** "es-PE,es;q=0.9,en;q=0.8" gives Spanish; "fr,en;q=0.5" English; none or unreadable, English. */
    static Messages fromAcceptLanguage(String header) {
        if (header == null || header.isBlank()) return Messages.ENGLISH;
        try {
            for (Locale.LanguageRange range : Locale.LanguageRange.parse(header)) {
                if (range.getWeight() <= 0) continue;
                String tag = range.getRange().toLowerCase(Locale.ROOT);
                if (tag.startsWith("es")) return Messages.SPANISH;
                if (tag.startsWith("en")) return Messages.ENGLISH;
            }
        } catch (IllegalArgumentException e) {
            // an unreadable header asks for nothing
        }
        return Messages.ENGLISH;
    }

    /** A request from a page of another site, or through a name that is not this server's, is refused. */
    private static void refuseForeign(HttpExchange exchange, Set<String> hosts) {
        String host = exchange.getRequestHeaders().getFirst("Host");
        if (host == null || !hosts.contains(host.strip().toLowerCase(Locale.ROOT))) {
            throw new ApiError(403, "api.error.host", String.valueOf(host));
        }
        String origin = exchange.getRequestHeaders().getFirst("Origin");
        if (origin != null) {
            String o = origin.strip().toLowerCase(Locale.ROOT);
            if (!o.startsWith("http://") || !hosts.contains(o.substring("http://".length()))) {
                throw new ApiError(403, "api.error.origin", origin);
            }
        }
    }

    private void route(HttpExchange exchange, Workspace workspace, ExecutorService engine, Language language) throws IOException {
        String method = exchange.getRequestMethod();
        String path = exchange.getRequestURI().getRawPath();
        Map<String, String> query = query(exchange.getRequestURI().getRawQuery());
        String[] file = FILES.get(path);
        if (file != null || path.equals("/report.css")) {
            allow(method, "GET");
            byte[] body = file == null ? HtmlReport.css().getBytes(StandardCharsets.UTF_8) : resource(file[0]);
            send(exchange, 200, file == null ? "text/css; charset=utf-8" : file[1], body);
            return;
        }
        switch (path) {
            case "/api/words" -> {
                allow(method, "GET");
                json(exchange, PageWords.of(language.messages));
            }
            case "/api/scenarios" -> {
                allow(method, "GET");
                json(exchange, api.scenarios(workspace, language.messages));
            }
            case "/api/sets" -> {
                allow(method, "GET");
                json(exchange, api.sets(workspace));
            }
            case "/api/rule" -> {
                allow(method, "GET");
                json(exchange, compute(engine, () -> api.rule(workspace, query.get("set"), query.get("rule"))));
            }
            case "/api/simulate" -> {
                if (method.equals("GET")) {
                    json(exchange, api.simulation(query.get("job")));
                } else {
                    JsonNode body = body(exchange, method, language);
                    json(exchange, compute(engine, () -> api.simulate(workspace, body, engine)));
                }
            }
            case "/api/adjudicate" -> {
                JsonNode body = body(exchange, method, language);
                json(exchange, compute(engine, () -> api.adjudicate(workspace, body)));
            }
            case "/api/whatif" -> {
                JsonNode body = body(exchange, method, language);
                json(exchange, compute(engine, () -> EditErrors.attributed(workspace, body,
                        stage -> api.stageSaid(workspace, body.path("scenario").asText(""), stage, Api.messages(body)), () -> api.whatIf(workspace, body))));
            }
            case "/api/explain" -> {
                JsonNode body = body(exchange, method, language);
                json(exchange, compute(engine, () -> api.explain(workspace, body)));
            }
            case "/api/needs" -> {
                JsonNode body = body(exchange, method, language);
                json(exchange, compute(engine, () -> api.needs(workspace, body)));
            }
            case "/api/report" -> {
                JsonNode body = body(exchange, method, language);
                String report = compute(engine, () -> api.report(workspace, body));
                send(exchange, 200, "text/html; charset=utf-8", report.getBytes(StandardCharsets.UTF_8));
            }
            case "/api/compare" -> {
                JsonNode body = body(exchange, method, language);
                json(exchange, compute(engine, () -> features.compare(workspace, body)));
            }
            case "/api/hearing" -> {
                JsonNode body = body(exchange, method, language);
                String record = compute(engine, () -> features.hearing(workspace, body));
                send(exchange, 200, "text/html; charset=utf-8", record.getBytes(StandardCharsets.UTF_8));
            }
            default -> throw new ApiError(404, "api.error.notFound", path);
        }
    }

    private static void allow(String method, String allowed) {
        if (!method.equals(allowed) && !(allowed.equals("GET") && method.equals("HEAD"))) {
            throw new ApiError(405, "api.error.method", method, allowed);
        }
    }

    /** Runs a computation on a thread of its own, for at most {@link #REQUEST_SECONDS}. */
    private static <T> T compute(ExecutorService engine, Callable<T> work) {
        Future<T> future = engine.submit(work);
        try {
            return future.get(REQUEST_SECONDS, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            throw new ApiError(503, "api.error.timeout", String.valueOf(REQUEST_SECONDS));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ApiError(503, "api.error.stopping");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException r) throw r;
            if (cause instanceof StackOverflowError s) throw s;
            throw new IllegalStateException(cause);
        }
    }

    /** The request's JSON body: POST, application/json, at most {@link #MAX_BODY} bytes, one JSON object. */
    private JsonNode body(HttpExchange exchange, String method, Language language) throws IOException {
        allow(method, "POST");
        String type = exchange.getRequestHeaders().getFirst("Content-Type");
        if (type == null || !type.toLowerCase(Locale.ROOT).strip().startsWith("application/json")) {
            throw new ApiError(415, "api.error.contentType");
        }
        String length = exchange.getRequestHeaders().getFirst("Content-Length");
        if (length != null) {
            try {
                if (Long.parseLong(length.strip()) > MAX_BODY) throw tooLarge();
            } catch (NumberFormatException e) {
                throw new ApiError(400, "api.error.contentLength");
            }
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (InputStream in = exchange.getRequestBody()) {
            byte[] buffer = new byte[8192];
            int n;
            while ((n = in.read(buffer)) > 0) {
                bytes.write(buffer, 0, n);
                if (bytes.size() > MAX_BODY) throw tooLarge();
            }
        }
        try {
            JsonNode node = mapper.readTree(bytes.toString(StandardCharsets.UTF_8));
            if (node == null || !node.isObject()) throw new ApiError(400, "api.error.notObject");
            // The body's "lang" is the language of the answer, and of its errors from here on; without
            // one, the language the request asked for otherwise (its Accept-Language), written in.
            if (node.hasNonNull("lang")) {
                if (!node.get("lang").isTextual()) throw new ApiError(400, "api.error.lang", node.get("lang").toString());
                language.messages = Api.language(node.get("lang").asText());
            } else {
                ((ObjectNode) node).put("lang", language.messages.language());
            }
            return node;
        } catch (JsonProcessingException e) {
            String message = e.getOriginalMessage() == null ? "unreadable" : e.getOriginalMessage().lines().findFirst().orElse("unreadable");
            // Jackson's own words stay as it writes them; where they are, in the request's language.
            if (e.getLocation() == null) throw new ApiError(400, "api.error.json", message);
            throw new ApiError(400, "api.error.json.at", message, String.valueOf(e.getLocation().getLineNr()),
                    String.valueOf(e.getLocation().getColumnNr()));
        }
    }

    private static ApiError tooLarge() {
        return new ApiError(413, "api.error.tooLarge", String.valueOf(MAX_BODY / (1024 * 1024)));
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> query = new HashMap<>();
        if (raw == null || raw.isEmpty()) return query;
        for (String part : raw.split("&")) {
            int eq = part.indexOf('=');
            String key = URLDecoder.decode(eq < 0 ? part : part.substring(0, eq), StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : URLDecoder.decode(part.substring(eq + 1), StandardCharsets.UTF_8);
            query.putIfAbsent(key, value);
        }
        return query;
    }

    private void json(HttpExchange exchange, Object document) throws IOException {
        send(exchange, 200, "application/json; charset=utf-8", mapper.writeValueAsBytes(document));
    }

    private void error(HttpExchange exchange, int status, String message) throws IOException {
        error(exchange, status, message, Map.of());
    }

    /** An error with fields besides its sentence (which edit it is about: see {@link EditError}). */
    private void error(HttpExchange exchange, int status, String message, Map<String, Object> details) throws IOException {
        // The client is still sending what was refused: read it (bounded) so that the answer reaches it.
        try (InputStream in = exchange.getRequestBody()) {
            byte[] buffer = new byte[65536];
            long left = 2L * MAX_BODY;
            for (int n = in.read(buffer); n > 0 && left > 0; n = in.read(buffer)) left -= n;
        } catch (IOException e) {
            // the answer is sent all the same
        }
        exchange.getResponseHeaders().set("Connection", "close");
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("error", message);
        answer.putAll(details);
        send(exchange, status, "application/json; charset=utf-8", mapper.writeValueAsBytes(answer));
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        var headers = exchange.getResponseHeaders();
        headers.set("Content-Type", type);
        headers.set("Cache-Control", "no-store");
        headers.set("X-Content-Type-Options", "nosniff");
        headers.set("X-Frame-Options", "DENY");
        headers.set("Referrer-Policy", "no-referrer");
        headers.set("Content-Security-Policy", "default-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; "
                + "form-action 'none'; frame-ancestors 'none'");
        boolean head = exchange.getRequestMethod().equals("HEAD");
        exchange.sendResponseHeaders(status, head ? -1 : body.length == 0 ? -1 : body.length);
        if (!head && body.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = WebServer.class.getResourceAsStream(name)) {
            if (in == null) throw new IllegalStateException("missing resource " + name);
            return in.readAllBytes();
        }
    }
}
