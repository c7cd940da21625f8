package nl.samenspraak.tool.interfaces.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.samenspraak.tool.infrastructure.logging.LogFields;

/**
 * A fault of ours. The client gets a correlation id and no internals; the log gets the stack trace under
 * the same id, so a school's report can be matched to it.
 */
@Provider
public class UnexpectedErrorMapper implements ExceptionMapper<RuntimeException> {

    private static final Logger LOG = Logger.getLogger(UnexpectedErrorMapper.class.getName());

    @Inject
    LogFields fields;

    @Override
    public Response toResponse(RuntimeException exception) {
        String correlationId = UUID.randomUUID().toString();
        // The id as a field of its own in JSON log lines too (ext_correlationId).
        fields.with("correlationId", correlationId, () -> {
            LOG.log(Level.SEVERE, "Unexpected error " + correlationId, exception);
            return correlationId;
        });
        return Problem.of(Response.Status.INTERNAL_SERVER_ERROR,
                "Something went wrong on our side. Try again; if it keeps happening, give your administrator"
                        + " this code: " + correlationId + ".").toResponse();
    }
}
