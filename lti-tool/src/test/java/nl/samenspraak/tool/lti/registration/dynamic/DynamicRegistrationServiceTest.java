package nl.samenspraak.tool.lti.registration.dynamic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import nl.samenspraak.program.content.Language;
import nl.samenspraak.tool.infrastructure.persistence.TestDatabase;
import nl.samenspraak.tool.infrastructure.web.HttpClientProducer;
import nl.samenspraak.tool.infrastructure.web.OutboundAddresses;
import nl.samenspraak.tool.infrastructure.web.PublicAddress;
import nl.samenspraak.tool.it.platform.FakeRegistrationPlatform;
import nl.samenspraak.tool.lti.registration.Deployment;
import nl.samenspraak.tool.lti.registration.JdbcPlatformRegistrations;
import nl.samenspraak.tool.lti.registration.PlatformRegistration;
import nl.samenspraak.tool.lti.registration.RegistrationService;
import nl.samenspraak.tool.texts.Texts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The whole registration against a fake platform on 127.0.0.1 and the real embedded database. */
class DynamicRegistrationServiceTest {

    private static final String TOKEN = "reg-token-4f1c9e";

    @TempDir
    Path dataDir;

    private TestDatabase database;
    private RegistrationService registrations;
    private final HttpClient http = new HttpClientProducer().httpClient();
    private final List<String> logLines = new CopyOnWriteArrayList<>();
    private final Logger toolLog = Logger.getLogger("nl.samenspraak");
    private final Handler logCapture = new Handler() {
        @Override
        public void publish(LogRecord line) {
            logLines.add(line.getMessage());
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @BeforeEach
    void openDatabase() {
        database = TestDatabase.in(dataDir);
        registrations = new RegistrationService(new JdbcPlatformRegistrations(database.sql()), Clock.systemUTC(),
                new Texts());
        toolLog.addHandler(logCapture);
    }

    @AfterEach
    void closeDatabase() {
        toolLog.removeHandler(logCapture);
        database.close();
    }

    private DynamicRegistrationService service(String toolAddress) {
        return service(toolAddress, "127.0.0.1");
    }

    private DynamicRegistrationService service(String toolAddress, String intranetPlatforms) {
        return new DynamicRegistrationService(new DynamicRegistrationClient(http,
                new OutboundAddresses(intranetPlatforms, InetAddress::getAllByName)), registrations,
                new JdbcPlatformRegistrations(database.sql()), new PublicAddress(toolAddress), new Texts());
    }

    private DynamicRegistrationService localTool() {
        return service("http://127.0.0.1:9280");
    }

    @Test
    void moodleIsRegisteredWithItsDeployment() {
        try (FakeRegistrationPlatform moodle = FakeRegistrationPlatform.start(FakeRegistrationPlatform.Shape.MOODLE, TOKEN)) {
            DynamicRegistrationService.Registered registered = localTool().register(
                    moodle.configurationUrl().toString(), RegistrationToken.of(TOKEN), Language.NL);

            PlatformRegistration stored = registrations.find(registered.registration().id()).orElseThrow();
            assertEquals(moodle.issuer(), stored.issuer());
            assertEquals(moodle.clientId(), stored.clientId());
            assertEquals(PlatformRegistration.RegisteredBy.DYNAMIC, stored.registeredBy());
            assertEquals(Optional.of("moodle"), stored.productFamily());
            assertEquals("Moodle (127.0.0.1)", stored.name());
            assertTrue(stored.enabled());
            assertEquals(moodle.issuer() + "/mod/lti/auth.php", stored.authorizationUrl().toString());
            assertEquals(moodle.issuer() + "/mod/lti/token.php", stored.tokenUrl().toString());
            assertEquals(moodle.issuer() + "/mod/lti/certs.php", stored.jwksUrl().toString());
            assertEquals(moodle.deploymentIds(), stored.deployments().stream().map(Deployment::deploymentId).toList());
            assertFalse(registered.alreadyRegistered());
            assertEquals(1, moodle.registrationRequests().size());
            assertEquals("http://127.0.0.1:9280/lti/login",
                    moodle.registrationRequests().get(0).path("initiate_login_uri").asText());
        }
    }

    @Test
    void canvasGetsTheTokenWithTheConfigurationRequestAndGivesNoDeployment() {
        try (FakeRegistrationPlatform canvas = FakeRegistrationPlatform.start(FakeRegistrationPlatform.Shape.CANVAS, TOKEN)) {
            DynamicRegistrationService.Registered registered = localTool().register(
                    canvas.configurationUrl().toString(), RegistrationToken.of(TOKEN), Language.NL);

            assertEquals(List.of("Bearer " + TOKEN), canvas.configurationAuthorizations());
            assertEquals("Proefschool Zonnewijzer", registered.registration().name());
            assertEquals(Optional.empty(), registered.deploymentId());
            assertEquals(List.of(), registered.registration().deployments());
            assertEquals(Optional.of("canvas"), registered.registration().productFamily());
        }
    }

    @Test
    void registeringAgainUnderTheSameClientIdAddsTheDeployment() {
        try (FakeRegistrationPlatform platform = FakeRegistrationPlatform.start(FakeRegistrationPlatform.Shape.MOODLE, TOKEN)) {
            DynamicRegistrationService tool = localTool();
            DynamicRegistrationService.Registered first = tool.register(platform.configurationUrl().toString(),
                    RegistrationToken.of(TOKEN), Language.NL);

            DynamicRegistrationService.Registered again = tool.register(platform.configurationUrl().toString(),
                    RegistrationToken.of(TOKEN), Language.NL);

            assertTrue(again.alreadyRegistered());
            assertEquals(first.registration().id(), again.registration().id());
            assertEquals(platform.deploymentIds(), again.registration().deployments().stream()
                    .map(Deployment::deploymentId).toList());
            assertEquals(2, platform.deploymentIds().size());
            assertEquals(1, registrations.all().size());
        }
    }

    @Test
    void aRefusedTokenStoresNothing() {
        try (FakeRegistrationPlatform moodle = FakeRegistrationPlatform.start(FakeRegistrationPlatform.Shape.MOODLE, TOKEN)) {
            RegistrationRejectedException refused = assertThrows(RegistrationRejectedException.class,
                    () -> localTool().register(moodle.configurationUrl().toString(), RegistrationToken.of("stale-token"), Language.NL));

            assertEquals(RegistrationError.REGISTRATION_TOKEN_REFUSED, refused.error());
            assertEquals("401", refused.arguments().get(1));
            assertEquals(List.of(), registrations.all());
        }
    }

    @Test
    void aForeignIssuerIsRefusedBeforeThePlatformIsAsked() {
        try (FakeRegistrationPlatform canvas = FakeRegistrationPlatform.start(FakeRegistrationPlatform.Shape.CANVAS, TOKEN)
                .claimingIssuer("https://canvas.instructure.com")) {
            RegistrationRejectedException refused = assertThrows(RegistrationRejectedException.class,
                    () -> localTool().register(canvas.configurationUrl().toString(), RegistrationToken.of(TOKEN), Language.NL));

            assertEquals(RegistrationError.ISSUER_MISMATCH, refused.error());
            assertFalse(refused.getMessage().contains(TOKEN), refused.getMessage());
            assertEquals(List.of(), canvas.registrationRequests());
            assertEquals(List.of(), registrations.all());
        }
    }

    @Test
    void withoutTheAllowListTheToolDoesNotCallItsOwnMachine() {
        try (FakeRegistrationPlatform moodle = FakeRegistrationPlatform.start(FakeRegistrationPlatform.Shape.MOODLE, TOKEN)) {
            RegistrationRejectedException refused = assertThrows(RegistrationRejectedException.class,
                    () -> service("http://127.0.0.1:9280", "").preview(moodle.configurationUrl().toString(),
                            RegistrationToken.of(TOKEN), Language.NL));

            assertEquals(RegistrationError.ADDRESS_NOT_ALLOWED, refused.error());
            assertEquals(List.of(), moodle.configurationAuthorizations(), "the platform was not called");
        }
    }

    @Test
    void aRedirectIsNotFollowed() throws IOException {
        try (FakeRegistrationPlatform moodle = FakeRegistrationPlatform.start(FakeRegistrationPlatform.Shape.MOODLE, TOKEN)) {
            HttpServer redirector = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            redirector.createContext("/", exchange -> {
                exchange.getResponseHeaders().add("Location", moodle.configurationUrl().toString());
                exchange.sendResponseHeaders(302, -1);
                exchange.close();
            });
            redirector.start();
            try {
                String start = "http://127.0.0.1:" + redirector.getAddress().getPort() + "/openid-configuration";
                RegistrationRejectedException refused = assertThrows(RegistrationRejectedException.class,
                        () -> localTool().preview(start, RegistrationToken.of(TOKEN), Language.NL));

                assertEquals(RegistrationError.CONFIGURATION_UNAVAILABLE, refused.error());
                assertTrue(refused.arguments().get(1).toString().contains("redirect"), refused.getMessage());
                assertEquals(List.of(), moodle.configurationAuthorizations(), "the redirect's target was not called");
            } finally {
                redirector.stop(0);
            }
        }
    }

    @Test
    void anUnreachablePlatformIsSaidSo() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }

        RegistrationRejectedException refused = assertThrows(RegistrationRejectedException.class,
                () -> localTool().preview("http://127.0.0.1:" + closedPort + "/openid-configuration", Optional.empty(),
                        Language.NL));

        assertEquals(RegistrationError.CONFIGURATION_UNAVAILABLE, refused.error());
        assertEquals("the connection was refused", refused.arguments().get(1));
    }

    @Test
    void theTokenNeverReachesTheLog() {
        try (FakeRegistrationPlatform canvas = FakeRegistrationPlatform.start(FakeRegistrationPlatform.Shape.CANVAS, TOKEN);
             FakeRegistrationPlatform moodle = FakeRegistrationPlatform.start(FakeRegistrationPlatform.Shape.MOODLE, "other")) {
            localTool().register(canvas.configurationUrl().toString(), RegistrationToken.of(TOKEN), Language.NL);
            assertThrows(RegistrationRejectedException.class,
                    () -> localTool().register(moodle.configurationUrl().toString(), RegistrationToken.of(TOKEN), Language.NL));

            assertFalse(logLines.isEmpty(), "the registration is logged");
            logLines.forEach(line -> assertFalse(line.contains(TOKEN), line));
        }
    }
}
