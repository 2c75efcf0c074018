package io.ocppsim.adapter.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpHeaders;

/** An HTTP answer of the API, with its body parsed as JSON. */
record ApiAnswer(int status, HttpHeaders headers, String body, JsonNode json) {

    /** Asserts a successful JSON envelope with {@code expectedStatus}; returns its data. */
    JsonNode success(int expectedStatus) {
        assertJson(expectedStatus);
        assertThat(json.get("success").booleanValue()).as("success in %s", body).isTrue();
        assertThat(json.has("error")).as("error in %s", body).isFalse();
        return json.get("data");
    }

    /** Asserts a successful JSON envelope with status 200; returns its data. */
    JsonNode data() {
        return success(200);
    }

    /** Asserts a failed JSON envelope with {@code expectedStatus} and {@code expectedCode}; returns its error. */
    JsonNode failure(int expectedStatus, String expectedCode) {
        assertJson(expectedStatus);
        assertThat(json.get("success").booleanValue()).as("success in %s", body).isFalse();
        assertThat(json.has("data")).as("data in %s", body).isFalse();
        JsonNode error = json.get("error");
        assertThat(error.get("code").asText()).as("code in %s", body).isEqualTo(expectedCode);
        assertThat(error.get("message").asText()).isNotBlank();
        assertThat(error.get("details").isObject()).as("details in %s", body).isTrue();
        return error;
    }

    /** Asserts a 400 BAD_REQUEST that names {@code field}; returns its error. */
    JsonNode badRequest(String field) {
        JsonNode error = failure(400, "BAD_REQUEST");
        assertThat(error.at("/details/field").asText()).as("field in %s", body).isEqualTo(field);
        return error;
    }

    private void assertJson(int expectedStatus) {
        assertThat(status).as("status of %s", body).isEqualTo(expectedStatus);
        assertThat(headers.firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/json"));
        assertThat(json).as("JSON body %s", body).isNotNull();
    }
}
