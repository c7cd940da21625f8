package nl.samenspraak.tool.interfaces.rest;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A problem a resource raised on purpose. */
@Provider
public class ProblemExceptionMapper implements ExceptionMapper<ProblemException> {

    @Context
    UriInfo uriInfo;

    @Override
    public Response toResponse(ProblemException exception) {
        Response.ResponseBuilder response = Response.fromResponse(
                exception.problem().at(uriInfo.getRequestUri().getRawPath()).toResponse());
        exception.headers().forEach(response::header);
        return response.build();
    }
}
