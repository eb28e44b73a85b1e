package io.whosaid.api.live;

import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.smallrye.graphql.runtime.SmallRyeGraphQLAbstractHandler;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.smallrye.graphql.websocket.GraphQLWebSocketSession;
import io.smallrye.graphql.websocket.graphqltransportws.GraphQLTransportWSSubprotocolHandler;
import io.vertx.core.http.ServerWebSocket;
import io.vertx.ext.web.RoutingContext;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.jboss.logging.Logger;

/**
 * GraphQL over WebSocket (graphql-transport-ws) for subscriptions. GraphQLEndpoint opens a socket only for a caller it
 * admitted (authenticated, allowed to read) and gives it a {@link SubscriptionGate}; every {@code subscribe} message is
 * put to the gate before SmallRye runs it, so an operation over the socket meets the same access rules and limits as
 * one over HTTP. Only subscriptions run here: queries and mutations go by HTTP. At most {@code maxActive} subscriptions
 * are open on one socket.
 *
 * <p>It extends Quarkus's runtime-internal {@code SmallRyeGraphQLAbstractHandler} (request context and identity, as
 * {@code GraphQLEndpoint.Executor} does) and SmallRye's {@link GraphQLTransportWSSubprotocolHandler}, because no
 * public extension point puts a check in front of each operation sent over a socket (SmallRye's handler runs
 * whatever it is sent). Pinned by {@code FrameworkInternalsTest} (the versions reviewed) and
 * {@code SubscriptionsTest.theSocketKeepsTheHttpRules}.
 */
public final class SubscriptionSockets extends SmallRyeGraphQLAbstractHandler {

    public static final String PROTOCOL = "graphql-transport-ws";
    private static final Logger LOG = Logger.getLogger(SubscriptionSockets.class);
    private static final String GATE = SubscriptionSockets.class.getName() + ".gate";

    private final int maxActive;

    public SubscriptionSockets(
            CurrentIdentityAssociation identityAssociation, CurrentVertxRequest currentVertxRequest, int maxActive) {
        super(identityAssociation, currentVertxRequest, false);
        this.maxActive = maxActive;
    }

    /** Upgrades the admitted request to a socket whose subscriptions pass {@code gate}. */
    public void open(RoutingContext ctx, SubscriptionGate gate) {
        ctx.put(GATE, gate);
        handle(ctx);
    }

    @Override
    protected void doHandle(RoutingContext ctx) {
        SubscriptionGate gate = ctx.get(GATE);
        // SmallRye's execution writes into this map for each operation: it must be the socket's own, and mutable.
        Map<String, Object> context = new HashMap<>(getMetaData(ctx));
        ctx.request().toWebSocket().onComplete(opened -> {
            if (opened.failed()) {
                LOG.debugf("WebSocket upgrade failed: %s", opened.cause().toString());
                return;
            }
            ServerWebSocket socket = opened.result();
            if (!PROTOCOL.equals(socket.subProtocol())) {
                socket.close((short) 4406, "Subprotocol not acceptable: use " + PROTOCOL);
                return;
            }
            Session session = new Session(socket);
            GatedHandler handler = new GatedHandler(session, context, gate, maxActive);
            session.ended = handler.open::remove;
            socket.closeHandler(ignored -> handler.onClose());
            socket.endHandler(ignored -> handler.onEnd());
            socket.exceptionHandler(handler::onThrowable);
            socket.textMessageHandler(handler::onMessage);
        });
    }

    /** SmallRye's graphql-transport-ws handler with the gate in front of every operation. */
    private static final class GatedHandler extends GraphQLTransportWSSubprotocolHandler {

        private final SubscriptionGate gate;
        private final int maxActive;
        /** The ids of the subscriptions admitted and not ended (by the client or by the service). */
        final Set<String> open = ConcurrentHashMap.newKeySet();

        GatedHandler(
                GraphQLWebSocketSession session, Map<String, Object> context, SubscriptionGate gate, int maxActive) {
            super(session, context);
            this.gate = gate;
            this.maxActive = maxActive;
        }

        @Override
        protected void onOperationRequest(JsonObject message) {
            String id = message.getString("id", null);
            JsonObject payload = message.containsKey("payload") && message.get("payload") instanceof JsonObject p
                    ? p
                    : Json.createObjectBuilder().build();
            Optional<SubscriptionGate.Refusal> refusal = open.size() >= maxActive
                    ? Optional.of(new SubscriptionGate.Refusal(
                            "TOO_MANY_SUBSCRIPTIONS",
                            "At most " + maxActive + " subscriptions may be open on one connection"))
                    : gate.check(payload);
            if (refusal.isEmpty()) {
                if (id != null) {
                    open.add(id);
                }
                // A message is not a request: the resolver that starts the subscription runs in a request context
                // of its own, as one over HTTP does.
                ManagedContext requestContext = Arc.container().requestContext();
                if (requestContext.isActive()) {
                    super.onOperationRequest(message);
                    return;
                }
                requestContext.activate();
                try {
                    super.onOperationRequest(message);
                } finally {
                    requestContext.terminate();
                }
                return;
            }
            try {
                session.sendMessage(Json.createObjectBuilder()
                        .add("id", id == null ? "" : id)
                        .add("type", "error")
                        .add(
                                "payload",
                                Json.createArrayBuilder()
                                        .add(Json.createObjectBuilder()
                                                .add("message", refusal.get().message())
                                                .add(
                                                        "extensions",
                                                        Json.createObjectBuilder()
                                                                .add(
                                                                        "code",
                                                                        refusal.get()
                                                                                .code()))))
                        .build()
                        .toString());
            } catch (java.io.IOException e) {
                LOG.debugf("Could not send a refusal: %s", e.toString());
            }
        }

        @Override
        protected void onMessage(JsonObject message) {
            if ("complete".equals(message.getString("type", null)) && message.containsKey("id")) {
                open.remove(message.getString("id", ""));
            }
            super.onMessage(message);
        }
    }

    /** The socket as SmallRye's handler writes to it; tells which subscriptions the service ended. */
    private static final class Session implements GraphQLWebSocketSession {

        private final ServerWebSocket socket;
        volatile Consumer<String> ended = id -> {};

        Session(ServerWebSocket socket) {
            this.socket = socket;
        }

        @Override
        public void sendMessage(String message) {
            if (message.contains("\"complete\"") || message.contains("\"error\"")) {
                try (JsonReader reader = Json.createReader(new StringReader(message))) {
                    JsonObject sent = reader.readObject();
                    String type = sent.getString("type", "");
                    if ((type.equals("complete") || type.equals("error")) && sent.containsKey("id")) {
                        ended.accept(sent.getString("id", ""));
                    }
                } catch (RuntimeException notAnObject) {
                    // not one of the protocol's messages: nothing ended
                }
            }
            socket.writeTextMessage(message);
        }

        @Override
        public void close(short statusCode, String reason) {
            socket.close(statusCode, reason);
        }

        @Override
        public boolean isClosed() {
            return socket.isClosed();
        }
    }
}
