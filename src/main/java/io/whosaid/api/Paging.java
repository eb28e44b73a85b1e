package io.whosaid.api;

import io.whosaid.api.errors.BadInputException;
import io.whosaid.graph.Page;
import io.whosaid.graph.PageRequest;
import io.whosaid.model.PageInfo;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Relay paging: checks {@code first} and {@code after}, and makes the opaque cursors. A cursor encodes the
 * position in the connection's fixed order; clients must treat it as a token.
 */
@ApplicationScoped
public class Paging {

    private static final String PREFIX = "whosaid:";

    private final int maxPageSize;
    private final int defaultPageSize;

    public Paging(@ConfigProperty(name = "whosaid.api.max-page-size") int maxPageSize,
                  @ConfigProperty(name = "whosaid.api.default-page-size") int defaultPageSize) {
        this.maxPageSize = maxPageSize;
        this.defaultPageSize = Math.min(defaultPageSize, maxPageSize);
    }

    public PageRequest request(Integer first, String after) {
        return new PageRequest(after == null ? 0 : decode(after) + 1, size(first));
    }

    /** {@code first} checked against the limit: 0..max, default when absent. */
    public int size(Integer first) {
        if (first == null) {
            return defaultPageSize;
        }
        if (first < 0 || first > maxPageSize) {
            throw new BadInputException("first must be between 0 and " + maxPageSize + ", was " + first);
        }
        return first;
    }

    public int maxPageSize() {
        return maxPageSize;
    }

    public static String cursor(int position) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString((PREFIX + position).getBytes(StandardCharsets.UTF_8));
    }

    public static PageInfo pageInfo(Page<?> page) {
        int size = page.items().size();
        return new PageInfo(page.hasNext(), page.offset() > 0,
                size == 0 ? null : cursor(page.offset()), size == 0 ? null : cursor(page.offset() + size - 1));
    }

    private static int decode(String cursor) {
        try {
            String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            if (text.startsWith(PREFIX)) {
                int position = Integer.parseInt(text.substring(PREFIX.length()));
                if (position >= 0 && position < Integer.MAX_VALUE - 1) {
                    return position;
                }
            }
        } catch (IllegalArgumentException e) {
            // falls through to the error below: a cursor this service did not make
        }
        throw new BadInputException("after is not a cursor this API returned");
    }
}
