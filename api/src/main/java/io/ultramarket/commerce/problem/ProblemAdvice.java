package io.ultramarket.commerce.problem;

import io.ultramarket.commerce.schemas.common.DescribedProblem;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.bind.support.WebExchangeBindException;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.reactive.result.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.server.MissingRequestValueException;
import org.springframework.web.server.ServerErrorException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.ServerWebInputException;
import reactor.core.publisher.Mono;

import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.RejectedExecutionException;
import java.util.stream.Stream;

/**
 * Every error becomes RFC 9457 problem+json: 400 for unreadable or invalid input (with field-level
 * {@code errors}), 404 for an unknown aggregate, nothing found by a read, or an aggregate not yet created at an
 * audited instant, 409 for a concurrent change or a command that does not fit the aggregate's state, 422 for
 * a business rule refused, 503 when the command or audit workers are saturated.
 * Spring's own web errors (415, 405, 406...) come from the base class in the same format.
 */
@RestControllerAdvice
class ProblemAdvice extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemAdvice.class);

    @Override
    protected Mono<ResponseEntity<Object>> handleWebExchangeBindException(WebExchangeBindException ex,
            HttpHeaders headers, HttpStatusCode status, ServerWebExchange exchange) {
        List<FieldError> errors = ex.getFieldErrors().stream()
                .map(error -> new FieldError(error.getField(), error.getDefaultMessage()))
                .toList();
        return Mono.just(invalid(errors));
    }

    @Override
    protected Mono<ResponseEntity<Object>> handleServerWebInputException(ServerWebInputException ex,
            HttpHeaders headers, HttpStatusCode status, ServerWebExchange exchange) {
        FieldError error = RequestBodyErrors.describe(ex)
                .orElseGet(() -> new FieldError(parameterName(ex), reasonOf(ex)));
        return Mono.just(invalid(List.of(error)));
    }

    /** A required query parameter or header is missing: a 400 naming it, like any other invalid input. */
    @Override
    protected Mono<ResponseEntity<Object>> handleMissingRequestValueException(MissingRequestValueException ex,
            HttpHeaders headers, HttpStatusCode status, ServerWebExchange exchange) {
        return Mono.just(invalid(List.of(new FieldError(ex.getName(), ex.getReason()))));
    }

    /** Constraints on query parameters (paging): one error per parameter, named as the client wrote it. */
    @Override
    protected Mono<ResponseEntity<Object>> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
            HttpHeaders headers, HttpStatusCode status, ServerWebExchange exchange) {
        List<FieldError> errors = ex.getParameterValidationResults().stream()
                .flatMap(result -> result.getResolvableErrors().stream()
                        .map(error -> new FieldError(requestName(result.getMethodParameter()), error.getDefaultMessage())))
                .toList();
        return Mono.just(invalid(errors));
    }

    /**
     * WebFlux answers 500 when a path variable converts to null: a blank id ({@code /carts/%20/items}) does,
     * since Spring's converters turn blank text into null for UUIDs and numbers. That is the client's input,
     * not a server fault: a 400 naming the variable, for every path variable of every type.
     */
    @Override
    protected Mono<ResponseEntity<Object>> handleServerErrorException(ServerErrorException ex,
            HttpHeaders headers, HttpStatusCode status, ServerWebExchange exchange) {
        MethodParameter parameter = ex.getMethodParameter();
        if (parameter != null && parameter.hasParameterAnnotation(PathVariable.class)) {
            return Mono.just(invalid(List.of(new FieldError(pathVariableName(parameter), "must not be blank"))));
        }
        return Mono.just(unexpected(ex));
    }

    /**
     * Spring's own refusals (404, 405, 406, 415) are problem+json whatever the request accepts: the fuzz test
     * found a 406 to {@code Accept: text/event-stream} written as an event stream.
     */
    @Override
    protected Mono<ResponseEntity<Object>> createResponseEntity(Object body, HttpHeaders headers, HttpStatusCode status,
            ServerWebExchange exchange) {
        HttpHeaders problemHeaders = new HttpHeaders();
        if (headers != null) {
            problemHeaders.putAll(headers);
        }
        problemHeaders.setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        return super.createResponseEntity(body, problemHeaders, status, exchange);
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ResponseEntity<Object> invalidArgument(IllegalArgumentException ex) {
        if (ex instanceof DescribedProblem described) {
            return described(described);
        }
        return respond(HttpStatus.BAD_REQUEST, ProblemTypes.of("invalid-request"), "Invalid request", ex.getMessage());
    }

    @ExceptionHandler(AggregateNotFoundException.class)
    ResponseEntity<Object> notFound(AggregateNotFoundException ex) {
        return respond(HttpStatus.NOT_FOUND, ProblemTypes.of("not-found"), "Not found",
                "nothing with id " + ex.getAggregateIdentifier() + " exists");
    }

    @ExceptionHandler(AggregateStreamCreationException.class)
    ResponseEntity<Object> alreadyExists(AggregateStreamCreationException ex) {
        return respond(HttpStatus.CONFLICT, ProblemTypes.of("already-exists"), "Already exists",
                "something with this id already exists");
    }

    @ExceptionHandler(ConcurrencyException.class)
    ResponseEntity<Object> concurrentModification(ConcurrencyException ex) {
        return respond(HttpStatus.CONFLICT, ProblemTypes.of("concurrent-modification"), "Concurrent modification",
                "another request changed the same thing at the same time; nothing was changed by this one, retry it");
    }

    @ExceptionHandler(ResourceNotFound.class)
    ResponseEntity<Object> unknownResource(ResourceNotFound ex) {
        return respond(HttpStatus.NOT_FOUND, ProblemTypes.of("not-found"), "Not found", ex.getMessage());
    }

    @ExceptionHandler(InvalidParameters.class)
    ResponseEntity<Object> invalidParameters(InvalidParameters ex) {
        return invalid(ex.errors());
    }

    @ExceptionHandler(RejectedExecutionException.class)
    ResponseEntity<Object> saturated(RejectedExecutionException ex) {
        return respond(HttpStatus.SERVICE_UNAVAILABLE, ProblemTypes.of("overloaded"), "Overloaded",
                "too many requests are waiting for a worker; retry shortly");
    }

    /**
     * A feature's refusal describes itself ({@link DescribedProblem}: 409 for a state that does not allow it,
     * 422 for a business rule, 503 for a store not there ...); anything else is unexpected, logged, and 500.
     */
    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> unexpected(Exception ex) {
        if (ex instanceof DescribedProblem described) {
            return described(described);
        }
        log.error("Unexpected failure while handling a request", ex);
        return respond(HttpStatus.INTERNAL_SERVER_ERROR, ProblemTypes.of("internal-error"), "Internal error",
                "the request failed unexpectedly; it is logged and safe to retry");
    }

    /** A refusal about one field of the request lists it in {@code errors}, as a 400 does. */
    private static ResponseEntity<Object> described(DescribedProblem problem) {
        ResponseEntity<Object> answer = respond(HttpStatus.valueOf(problem.status()), ProblemTypes.of(problem.slug()),
                problem.title(), problem.getMessage());
        problem.field().ifPresent(field -> ((ProblemDetail) answer.getBody()).setProperty("errors",
                List.of(new FieldError(field, problem.getMessage()))));
        return answer;
    }

    private static ResponseEntity<Object> invalid(List<FieldError> errors) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "the request is invalid: see errors for each field");
        problem.setType(ProblemTypes.of("invalid-request"));
        problem.setTitle("Invalid request");
        problem.setProperty("errors", errors);
        return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    /**
     * The content type is set, not negotiated: a client of an event stream accepts only text/event-stream,
     * and would otherwise get the problem written as a server-sent event.
     */
    private static ResponseEntity<Object> respond(HttpStatus status, URI type, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(type);
        problem.setTitle(title);
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    private static String parameterName(ServerWebInputException ex) {
        return ex.getMethodParameter() != null ? requestName(ex.getMethodParameter()) : "$";
    }

    /** The name the client used: a query parameter's or header's declared name, else the Java parameter's. */
    private static String requestName(MethodParameter parameter) {
        return declaredName(parameter)
                .orElseGet(() -> parameter.getParameterName() != null ? parameter.getParameterName() : "$");
    }

    private static Optional<String> declaredName(MethodParameter parameter) {
        RequestParam query = parameter.getParameterAnnotation(RequestParam.class);
        if (query != null) {
            return firstSet(query.name(), query.value());
        }
        RequestHeader header = parameter.getParameterAnnotation(RequestHeader.class);
        return header != null ? firstSet(header.name(), header.value()) : Optional.empty();
    }

    private static String pathVariableName(MethodParameter parameter) {
        PathVariable variable = parameter.getParameterAnnotation(PathVariable.class);
        return (variable == null ? Optional.<String>empty() : firstSet(variable.name(), variable.value()))
                .orElseGet(() -> parameter.getParameterName() != null ? parameter.getParameterName() : "$");
    }

    /** {@code name} and {@code value} are aliases; either may be the one set. */
    private static Optional<String> firstSet(String name, String value) {
        return Stream.of(name, value).filter(text -> !text.isEmpty()).findFirst();
    }

    private static String reasonOf(ServerWebInputException ex) {
        Throwable root = ex;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        // The JDK's own words ("For input string: ...") mean little to a client developer.
        if (root instanceof NumberFormatException && ex.getCause() instanceof TypeMismatchException mismatch) {
            return "'" + mismatch.getValue() + "' is not a whole number";
        }
        return root == ex ? ex.getReason() : root.getMessage();
    }
}
