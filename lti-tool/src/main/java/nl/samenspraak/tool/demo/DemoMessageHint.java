package nl.samenspraak.tool.demo;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.MACVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Objects;
import java.util.Optional;
import nl.samenspraak.program.content.Language;

/**
 * The {@code lti_message_hint} the demo platform sends with a login: which person clicked which link of
 * the course, for which assignment, in which language and display. The tool passes it back unread; the
 * platform signed it (HS256, its own hint key) so that nobody can change it into a launch of another
 * person or link, and it expires with the login it belongs to.
 */
public record DemoMessageHint(DemoPersona persona, String linkId, String assignmentId, Language locale,
                              DemoDisplay display, Instant expiresAt) {

    /** As long as the tool keeps the login's state: a hint is used within that time or not at all. */
    public static final Duration LIFETIME = Duration.ofMinutes(10);
    static final JOSEObjectType TYPE = new JOSEObjectType("samenspraak-demo-hint");

    public DemoMessageHint {
        Objects.requireNonNull(persona, "persona");
        Objects.requireNonNull(linkId, "linkId");
        Objects.requireNonNull(assignmentId, "assignmentId");
        Objects.requireNonNull(locale, "locale");
        Objects.requireNonNull(display, "display");
        Objects.requireNonNull(expiresAt, "expiresAt");
    }

    public String toJWT(byte[] hintKey) {
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .subject(persona.id()).claim("lnk", linkId).claim("asg", assignmentId)
                .claim("loc", locale.code()).claim("tgt", display.target())
                .expirationTime(Date.from(expiresAt)).build();
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.HS256).type(TYPE).build(), claims);
        try {
            jwt.sign(new MACSigner(hintKey));
        } catch (JOSEException e) {
            throw new IllegalStateException("Cannot sign a demo message hint", e);
        }
        return jwt.serialize();
    }

    /**
     * Reads a hint this platform signed.
     *
     * @return empty when the hint is malformed, not signed with the hint key, of another type or expired
     */
    public static Optional<DemoMessageHint> parse(String hint, byte[] hintKey, Instant now) {
        try {
            SignedJWT jwt = SignedJWT.parse(hint);
            if (!JWSAlgorithm.HS256.equals(jwt.getHeader().getAlgorithm()) || !TYPE.equals(jwt.getHeader().getType())
                    || !jwt.verify(new MACVerifier(hintKey))) {
                return Optional.empty();
            }
            JWTClaimsSet claims = jwt.getJWTClaimsSet();
            Date expires = claims.getExpirationTime();
            if (expires == null || !now.isBefore(expires.toInstant())) {
                return Optional.empty();
            }
            Optional<DemoPersona> persona = DemoPersona.fromId(claims.getSubject());
            Optional<Language> locale = Optional.ofNullable(claims.getStringClaim("loc")).flatMap(Language::fromCode);
            Optional<DemoDisplay> display = Optional.ofNullable(claims.getStringClaim("tgt"))
                    .flatMap(DemoDisplay::fromTarget);
            String linkId = claims.getStringClaim("lnk");
            String assignmentId = claims.getStringClaim("asg");
            if (persona.isEmpty() || locale.isEmpty() || display.isEmpty() || linkId == null || assignmentId == null) {
                return Optional.empty();
            }
            return Optional.of(new DemoMessageHint(persona.get(), linkId, assignmentId, locale.get(), display.get(),
                    expires.toInstant()));
        } catch (ParseException | JOSEException e) {
            return Optional.empty();
        }
    }
}
