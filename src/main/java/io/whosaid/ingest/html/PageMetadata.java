package io.whosaid.ingest.html;

import java.util.List;

/**
 * What a page says about its article in machine-readable form: JSON-LD, Open Graph and {@code <meta>} tags. Each
 * field is null when the page does not say. Where both say, JSON-LD comes first: it is the most specific.
 *
 * @param headline    JSON-LD's headline
 * @param socialTitle the Open Graph or Twitter title, often with the site's name appended
 */
record PageMetadata(
        String headline,
        String socialTitle,
        String alternativeHeadline,
        String description,
        List<String> authors,
        String datePublished,
        String publisher,
        String url) {}
