package io.whosaid.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.smallrye.graphql.runtime.SmallRyeGraphQLAbstractHandler;
import io.smallrye.graphql.websocket.graphqltransportws.GraphQLTransportWSSubprotocolHandler;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The service's classes that extend a framework's runtime-internal class, because no public extension point does
 * what they do (each says why in its comment). A framework upgrade can change such a class without breaking the
 * build, so this test fails when the version changes: read the new version's source of the class named in the
 * message, run the behaviour tests named there, then write the new version here.
 */
class FrameworkInternalsTest {

    @Test
    void quarkusGraphQLHandlerIsTheVersionReviewed() {
        assertEquals(
                "3.33.2",
                versionOf(SmallRyeGraphQLAbstractHandler.class),
                "GraphQLEndpoint.Executor and SubscriptionSockets extend Quarkus's SmallRyeGraphQLAbstractHandler: check"
                        + " that handle() still activates the request context and sets the caller's identity before"
                        + " doHandle(), then run GraphQLOverHttpTest (theCallersIdentityReachesTheResolvers),"
                        + " EditingTest (concurrentEditorsOnOverlappingEntitiesLoseNothing) and SubscriptionsTest");
    }

    @Test
    void smallRyeSocketHandlerIsTheVersionReviewed() {
        assertEquals(
                "2.17.0",
                versionOf(GraphQLTransportWSSubprotocolHandler.class),
                "SubscriptionSockets' GatedHandler extends SmallRye's GraphQLTransportWSSubprotocolHandler: check that"
                        + " every subscribe message still goes through onOperationRequest, then run SubscriptionsTest"
                        + " (theSocketKeepsTheHttpRules)");
    }

    /** The version of the jar a class comes from: its manifest's, else the version in the jar's file name. */
    private static String versionOf(Class<?> type) {
        String version = type.getPackage().getImplementationVersion();
        if (version != null) {
            return version;
        }
        String location =
                type.getProtectionDomain().getCodeSource().getLocation().getPath();
        Matcher inName = Pattern.compile("-(\\d+\\.\\d+\\.\\d+[^/]*)\\.jar$").matcher(location);
        return inName.find() ? inName.group(1) : location;
    }
}
