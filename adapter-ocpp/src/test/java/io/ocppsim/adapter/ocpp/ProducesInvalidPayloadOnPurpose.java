package io.ocppsim.adapter.ocpp;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A test that makes the simulator build an invalid payload on purpose, to see it refused. */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface ProducesInvalidPayloadOnPurpose {
}
