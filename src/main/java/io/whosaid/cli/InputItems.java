package io.whosaid.cli;

import io.whosaid.cli.Item.Article;
import io.whosaid.cli.Item.Fetch;
import io.whosaid.ingest.ArticleFormatException;
import io.whosaid.ingest.feed.FeedItem;
import io.whosaid.ingest.feed.FeedReader;
import io.whosaid.ingest.html.PageDecoder;
import io.whosaid.ingest.json.JsonLinesReader;
import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.stream.Stream;

/**
 * The items of the command line's inputs, one at a time, read as they are asked for: at most one file's content, one
 * archive line or one feed is held, whatever the inputs' size. A file's kind comes from its name:
 * <ul>
 *   <li>{@code .jsonl}, {@code .ndjson}: JSON Lines, an article per line;</li>
 *   <li>{@code .json}: one article as JSON;</li>
 *   <li>{@code .html}, {@code .htm}, {@code .xhtml}: a saved web page;</li>
 *   <li>{@code .xml}, {@code .rss}, {@code .atom}: an RSS or Atom feed (each item's link, or its content);</li>
 *   <li>{@code .txt}: a list of urls (one per line, {@code #} comments) when its first line that is not a comment
 *       is an http(s) url, else an article in the text format.</li>
 * </ul>
 * A folder is walked (sorted, recursively); its files of other kinds are passed over. Sizes are checked before a
 * file is read, so a 1 GB file is refused without being loaded.
 */
final class InputItems implements Iterator<Item>, Closeable {

    /** Which part of a feed item is ingested. */
    enum FeedMode {
        /** Its link, fetched by the service; its content when it has no link. */
        LINK,
        /** Its content; its link when it has no content. */
        CONTENT
    }

    /** The sizes over which an input is refused before it is read. */
    record Limits(long articleBytes, long pageBytes, long feedBytes, int lineBytes) {}

    private enum Kind {
        JSON_LINES,
        JSON,
        HTML,
        FEED,
        TEXT_OR_URLS,
        OTHER
    }

    private final Deque<Path> files = new ArrayDeque<>();
    private final Limits limits;
    private final FeedMode feedMode;
    private Iterator<Item> current = Collections.emptyIterator();
    private Closeable open;
    private Item next;
    private long ignored;

    InputItems(List<Path> inputs, Limits limits, FeedMode feedMode) {
        this.limits = limits;
        this.feedMode = feedMode;
        for (Path input : inputs) {
            files.add(input);
        }
    }

    /** Files in folders passed over because their names say no kind this reads. */
    long ignored() {
        return ignored;
    }

    @Override
    public boolean hasNext() {
        while (next == null) {
            if (current.hasNext()) {
                next = current.next();
            } else if (files.isEmpty()) {
                closeOpen();
                return false;
            } else {
                closeOpen();
                current = open(files.poll());
            }
        }
        return true;
    }

    @Override
    public Item next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        Item item = next;
        next = null;
        return item;
    }

    /** How many items the inputs hold, for the progress bar; reads archives and feeds once more to count them. */
    static long count(List<Path> inputs, Limits limits, FeedMode feedMode) {
        long count = 0;
        try (InputItems items = new InputItems(inputs, limits, feedMode)) {
            items.counting = true;
            while (items.hasNext()) {
                items.next();
                count++;
            }
        }
        return count;
    }

    /** While counting, single files are not read (each is one item whatever it holds). */
    private boolean counting;

    private Iterator<Item> open(Path path) {
        String label = path.toString();
        if (Files.isDirectory(path)) {
            try (Stream<Path> walk = Files.walk(path)) {
                List<Path> found = walk.filter(Files::isRegularFile).sorted().toList();
                List<Path> known =
                        found.stream().filter(file -> kind(file) != Kind.OTHER).toList();
                ignored += found.size() - known.size();
                // Depth first, in order, before the inputs that came after the folder.
                for (int i = known.size() - 1; i >= 0; i--) {
                    files.addFirst(known.get(i));
                }
            } catch (IOException | UncheckedIOException e) {
                return single(Item.failed(label, "READ_FAILED", "the folder could not be read: " + e.getMessage()));
            }
            return Collections.emptyIterator();
        }
        if (!Files.isRegularFile(path)) {
            return single(Item.failed(label, "NOT_FOUND", "no such file or folder"));
        }
        try {
            return switch (kind(path)) {
                case JSON_LINES -> jsonLines(path);
                case JSON -> counting ? placeholder(label) : single(article(path, "json", limits.articleBytes()));
                case HTML -> counting ? placeholder(label) : single(page(path));
                case FEED -> feed(path);
                case TEXT_OR_URLS ->
                    isUrlList(path)
                            ? urlList(path)
                            : counting ? placeholder(label) : single(article(path, "text", limits.articleBytes()));
                case OTHER ->
                    single(Item.failed(
                            label,
                            "BAD_INPUT",
                            "not a kind of file this reads (.txt, .html, .json, .jsonl, .xml, .rss, .atom)"));
            };
        } catch (IOException | UncheckedIOException e) {
            return single(Item.failed(label, "READ_FAILED", "could not be read: " + e.getMessage()));
        }
    }

    private static Kind kind(Path path) {
        String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
        String extension = name.lastIndexOf('.') < 0 ? "" : name.substring(name.lastIndexOf('.') + 1);
        return switch (extension) {
            case "jsonl", "ndjson" -> Kind.JSON_LINES;
            case "json" -> Kind.JSON;
            case "html", "htm", "xhtml" -> Kind.HTML;
            case "xml", "rss", "atom" -> Kind.FEED;
            case "txt" -> Kind.TEXT_OR_URLS;
            default -> Kind.OTHER;
        };
    }

    private static Iterator<Item> single(Item item) {
        return List.of(item).iterator();
    }

    private static Iterator<Item> placeholder(String label) {
        return single(Item.failed(label, "COUNTED", ""));
    }

    /** The size first: a file over the limit is refused unread. */
    private static Item.Failure tooLarge(Path path, long limit) throws IOException {
        long size = Files.size(path);
        return size > limit
                ? new Item.Failure("TOO_LARGE", "the file is " + size + " bytes; the limit is " + limit)
                : null;
    }

    private Item article(Path path, String format, long limit) throws IOException {
        String label = path.toString();
        Item.Failure large = tooLarge(path, limit);
        if (large != null) {
            return Item.failed(label, large.code(), large.reason());
        }
        byte[] bytes = Files.readAllBytes(path);
        String text;
        try {
            text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            return Item.failed(label, "BAD_INPUT", "the file is not UTF-8");
        }
        return Item.of(label, ContentKey.of(format, bytes), new Article(format, text, null, null));
    }

    private Item page(Path path) throws IOException {
        String label = path.toString();
        Item.Failure large = tooLarge(path, limits.pageBytes());
        if (large != null) {
            return Item.failed(label, large.code(), large.reason());
        }
        byte[] bytes = Files.readAllBytes(path);
        try {
            return Item.of(
                    label, ContentKey.of("html", bytes), new Article("html", PageDecoder.decode(bytes), null, null));
        } catch (ArticleFormatException e) {
            return Item.failed(label, "BAD_INPUT", e.getMessage());
        }
    }

    private Iterator<Item> jsonLines(Path path) throws IOException {
        JsonLinesReader reader = new JsonLinesReader(Files.newInputStream(path), limits.lineBytes());
        open = reader;
        return new Iterator<>() {
            private JsonLinesReader.Line line = read();

            private JsonLinesReader.Line read() {
                try {
                    return reader.next();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }

            @Override
            public boolean hasNext() {
                return line != null;
            }

            @Override
            public Item next() {
                JsonLinesReader.Line at = line;
                line = read();
                String label = path + ":" + at.number();
                if (!at.readable()) {
                    return Item.failed(label, at.problem().contains("limit") ? "TOO_LARGE" : "BAD_INPUT", at.problem());
                }
                return Item.of(label, ContentKey.of("json", at.json()), new Article("json", at.json(), null, null));
            }
        };
    }

    private static boolean isUrlList(Path path) throws IOException {
        try (BufferedReader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String text = line.strip().replace("\uFEFF", "");
                if (!text.isEmpty() && !text.startsWith("#")) {
                    return isHttpUrl(text);
                }
            }
        } catch (java.nio.charset.MalformedInputException e) {
            return false;
        }
        return false;
    }

    private static boolean isHttpUrl(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        return (lower.startsWith("http://") || lower.startsWith("https://")) && !text.contains(" ");
    }

    private Iterator<Item> urlList(Path path) throws IOException {
        BufferedReader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8);
        open = reader;
        return new Iterator<>() {
            private long number;
            private Item next = read();

            private Item read() {
                try {
                    for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                        number++;
                        String url = line.strip().replace("\uFEFF", "");
                        if (url.isEmpty() || url.startsWith("#")) {
                            continue;
                        }
                        String label = path + ":" + number;
                        if (!isHttpUrl(url)) {
                            return Item.failed(label, "BAD_INPUT", "not an http(s) url: " + abbreviate(url));
                        }
                        return Item.of(label, ContentKey.of("url", url), new Fetch(url, null));
                    }
                    return null;
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }

            @Override
            public boolean hasNext() {
                return next != null;
            }

            @Override
            public Item next() {
                Item item = next;
                next = read();
                return item;
            }
        };
    }

    private Iterator<Item> feed(Path path) throws IOException {
        String label = path.toString();
        Item.Failure large = tooLarge(path, limits.feedBytes());
        if (large != null) {
            return single(Item.failed(label, large.code(), large.reason()));
        }
        List<FeedItem> items;
        try (InputStream in = Files.newInputStream(path)) {
            items = new FeedReader().read(in);
        } catch (ArticleFormatException e) {
            return single(Item.failed(label, "BAD_INPUT", e.getMessage()));
        }
        if (items.isEmpty()) {
            return single(Item.failed(label, "NO_ARTICLE", "the feed has no items"));
        }
        return items.stream().map(item -> feedItem(path, item)).iterator();
    }

    private Item feedItem(Path path, FeedItem item) {
        String label = path + "#" + item.number() + (item.title() == null ? "" : " (" + abbreviate(item.title()) + ")");
        boolean content = item.html() != null && (feedMode == FeedMode.CONTENT || item.link() == null);
        if (content) {
            String page = item.asPage();
            return Item.of(
                    label, ContentKey.of("html", page), new Article("html", page, item.link(), item.publishedAt()));
        }
        if (item.link() != null) {
            return Item.of(label, ContentKey.of("url", item.link()), new Fetch(item.link(), item.publishedAt()));
        }
        return Item.failed(label, "NO_ARTICLE", "the feed item has neither an http(s) link nor content");
    }

    private static String abbreviate(String text) {
        return text.length() <= 60 ? text : text.substring(0, 57) + "...";
    }

    private void closeOpen() {
        if (open != null) {
            try {
                open.close();
            } catch (IOException ignored) {
                // A file only read from: nothing is lost when closing it fails.
            }
            open = null;
        }
    }

    @Override
    public void close() {
        closeOpen();
    }
}
