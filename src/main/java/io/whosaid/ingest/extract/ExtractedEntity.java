package io.whosaid.ingest.extract;

import java.util.List;

/**
 * A person or organization found in one article, once however it was written.
 *
 * @param key          identity within the article and across articles: the lower-cased canonical name with
 *                     punctuation folded ("vladimir v putin", "organization for security and cooperation in europe")
 * @param type         person or organization
 * @param name         canonical name, the fullest form the article used ("Vladimir V. Putin")
 * @param aliases      the other forms the article used for it ("Putin", "Mr. Putin", "OSCE"), without the name
 * @param mentionCount how many times the article refers to it
 * @param description  a short description the article gives ("a prominent Russian foreign-policy analyst"), or null
 */
public record ExtractedEntity(
        String key, EntityType type, String name, List<String> aliases, int mentionCount, String description) {}
