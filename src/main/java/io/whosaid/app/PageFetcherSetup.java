package io.whosaid.app;

import io.vertx.core.Vertx;
import io.whosaid.ingest.fetch.AddressPolicy;
import io.whosaid.ingest.fetch.PageFetcher;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The page fetcher of ingestUrl, configured from whosaid.fetch.* and sharing the service's Vert.x. */
public class PageFetcherSetup {

    @Produces
    @Singleton
    PageFetcher pageFetcher(
            Vertx vertx,
            @ConfigProperty(name = "whosaid.fetch.allow-private-networks") boolean allowPrivateNetworks,
            @ConfigProperty(name = "whosaid.fetch.max-redirects") int maxRedirects,
            @ConfigProperty(name = "whosaid.fetch.timeout") Duration timeout,
            @ConfigProperty(name = "whosaid.ingest.max-page-bytes") int maxPageBytes) {
        return new PageFetcher(vertx, new AddressPolicy(allowPrivateNetworks), maxPageBytes, maxRedirects, timeout);
    }
}
