package io.ocppsim.adapter.rest.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Objects;

/**
 * The envelope of every answer: {@code {"success": true, "data": ...}} or
 * {@code {"success": false, "error": {"code": ..., "message": ..., "details": {...}}}}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ApiResponse(boolean success, Object data, ApiError error) {

    public static ApiResponse ok(Object data) {
        return new ApiResponse(true, Objects.requireNonNull(data, "data"), null);
    }

    public static ApiResponse failure(ApiError error) {
        return new ApiResponse(false, null, Objects.requireNonNull(error, "error"));
    }
}
