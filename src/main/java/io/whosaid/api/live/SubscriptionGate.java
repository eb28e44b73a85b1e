package io.whosaid.api.live;

import jakarta.json.JsonObject;
import java.util.Optional;

/** Decides, for one caller's socket, whether a {@code subscribe} message's operation may run (GraphQLEndpoint's checks). */
@FunctionalInterface
public interface SubscriptionGate {

    /** Why the operation in {@code payload} ({query, operationName, variables}) may not run; empty when it may. */
    Optional<Refusal> check(JsonObject payload);

    /** A refusal as the client sees it: the error's {@code extensions.code} and message. */
    record Refusal(String code, String message) {}
}
