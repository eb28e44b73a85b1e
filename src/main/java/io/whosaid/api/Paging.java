package io.whosaid.api;

import io.whosaid.api.errors.BadInputException;
import io.whosaid.graph.Ordering;
import io.whosaid.graph.Page;
import io.whosaid.graph.PageRequest;
import io.whosaid.model.PageInfo;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Relay paging: checks {@code first}, {@code after}, {@code last} and {@code before}, turns them into a keyset
 * {@link PageRequest}, and makes the page's cursors ({@link Cursors}).
 */
@ApplicationScoped
public class Paging {

    private final int maxPageSize;
    private final int defaultPageSize;
    private final Cursors cursors;

    public Paging(
            @ConfigProperty(name = "whosaid.api.max-page-size") int maxPageSize,
            @ConfigProperty(name = "whosaid.api.default-page-size") int defaultPageSize,
            Cursors cursors) {
        this.maxPageSize = maxPageSize;
        this.defaultPageSize = Math.min(defaultPageSize, maxPageSize);
        this.cursors = cursors;
    }

    /**
     * The page the arguments ask for in {@code ordering}: the first {@code first} after {@code after}, or the last
     * {@code last} before {@code before}; {@code after} and {@code before} may bound either. {@code first} and
     * {@code last} together are BAD_INPUT, as Relay advises against them.
     */
    public PageRequest request(Integer first, String after, Integer last, String before, Ordering ordering) {
        if (first != null && last != null) {
            throw new BadInputException("give first or last, not both");
        }
        List<Object> from = after == null ? null : cursors.decode("after", after, ordering);
        List<Object> to = before == null ? null : cursors.decode("before", before, ordering);
        if (last != null) {
            return new PageRequest(size("last", last), from, to, true);
        }
        return new PageRequest(size("first", first), from, to, false);
    }

    /** {@code first} checked against the limit: 0..max, default when absent. */
    public int size(Integer first) {
        return size("first", first);
    }

    private int size(String argument, Integer value) {
        if (value == null) {
            return defaultPageSize;
        }
        if (value < 0 || value > maxPageSize) {
            throw new BadInputException(argument + " must be between 0 and " + maxPageSize + ", was " + value);
        }
        return value;
    }

    public int maxPageSize() {
        return maxPageSize;
    }

    /** The cursor of each item of a page, in order. */
    public List<String> cursors(Page<?> page, Ordering ordering) {
        return page.keys().stream().map(key -> cursors.encode(ordering, key)).toList();
    }

    public static PageInfo pageInfo(Page<?> page, List<String> cursors) {
        return new PageInfo(
                page.hasNext(),
                page.hasPrevious(),
                cursors.isEmpty() ? null : cursors.get(0),
                cursors.isEmpty() ? null : cursors.get(cursors.size() - 1));
    }
}
