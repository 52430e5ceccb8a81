package dev.newsdrop.local;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Which limit a request counts against. */
class RouteKindTest {

    @ParameterizedTest(name = "{0} {1} ({2}) is a {3}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "GET    | /articles         | -                                | READ",
            "get    | /articles/abc/raw | -                                | READ",
            "HEAD   | /openapi.json     | -                                | READ",
            "POST   | /articles         | application/json                 | FETCH",
            "POST   | /articles         | Application/JSON; charset=utf-8  | FETCH",
            "POST   | /articles         | text/html                        | WRITE",
            "POST   | /articles         | -                                | WRITE",
            "POST   | /extract          | application/json                 | WRITE",
            "POST   | /extract          | text/html                        | WRITE",
            "DELETE | /articles/abc     | -                                | WRITE"})
    void requestIsAdmittedUnderItsKindsLimit(String method, String path, String contentType, RouteKind kind) {
        assertEquals(kind, RouteKind.of(method, path, contentType));
    }
}
