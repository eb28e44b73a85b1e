package io.whosaid.eval;

import io.whosaid.ingest.extract.EntityType;
import io.whosaid.ingest.extract.QuoteKind;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads the line-based gold format described in {@code eval/README.md}. References to entities (speakers,
 * subjects, roles, mentions) may use the canonical name or any alias; they are checked against the declared
 * PERSON and ORG lines and stored by canonical name, so a typo in a gold file fails loudly instead of
 * silently lowering a score.
 */
public final class GoldParser {

    /** Marks a speaker the article describes but does not name: {@code ~two people familiar with the talks}. */
    private static final String UNNAMED = "~";

    private GoldParser() {}

    /** One not-yet-resolved line, kept with its number for error messages. */
    private record Line(int number, String[] fields) {}

    public static GoldFile parse(String content) {
        List<GoldEntity> entities = new ArrayList<>();
        List<Line> references = new ArrayList<>();
        Set<String> spam = new LinkedHashSet<>();
        List<String> notQuotes = new ArrayList<>();
        List<GoldOther> others = new ArrayList<>();

        String[] lines = content.split("\\R", -1);
        for (int i = 0; i < lines.length; i++) {
            int number = i + 1;
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] fields =
                    Arrays.stream(line.split("\\|", -1)).map(String::strip).toArray(String[]::new);
            switch (fields[0]) {
                case "PERSON", "ORG" -> entities.add(entity(number, fields, entities));
                case "OTHER" -> others.add(other(number, fields));
                case "QUOTE", "ROLE", "MENTION" -> references.add(new Line(number, fields));
                case "SPAM" -> {
                    expectFields(number, fields, 2);
                    spam.add(commentNumber(number, fields[1]));
                }
                case "NOTQUOTE" -> {
                    expectFields(number, fields, 2);
                    notQuotes.add(nonEmpty(number, fields[1], "text"));
                }
                default -> throw new GoldFormatException(number, "unknown record type '" + fields[0] + "'");
            }
        }

        EntityDirectory directory = new EntityDirectory(entities);
        List<GoldQuote> quotes = new ArrayList<>();
        List<GoldRole> roles = new ArrayList<>();
        List<GoldMention> mentions = new ArrayList<>();
        for (Line line : references) {
            String[] f = line.fields();
            switch (f[0]) {
                case "QUOTE" -> quotes.add(quote(line.number(), f, directory));
                case "ROLE" -> {
                    expectFields(line.number(), f, 4);
                    roles.add(new GoldRole(
                            directory.canonical(line.number(), f[1], EntityType.PERSON),
                            nonEmpty(line.number(), f[2], "role"),
                            f[3].equals("-")
                                    ? null
                                    : directory.canonical(line.number(), f[3], EntityType.ORGANIZATION)));
                }
                default -> {
                    expectFields(line.number(), f, 3);
                    mentions.add(new GoldMention(
                            commentNumber(line.number(), f[1]), directory.canonical(line.number(), f[2], null)));
                }
            }
        }
        return new GoldFile(entities, quotes, roles, mentions, spam, notQuotes, others);
    }

    private static GoldEntity entity(int number, String[] fields, List<GoldEntity> declared) {
        if (fields.length != 2 && fields.length != 3) {
            throw new GoldFormatException(
                    number, fields[0] + " needs 2 or 3 fields: " + fields[0] + "|Name|alias1;alias2");
        }
        String name = nonEmpty(number, fields[1], "name");
        if (declared.stream().anyMatch(e -> e.name().equals(name))) {
            throw new GoldFormatException(number, "entity '" + name + "' is declared twice");
        }
        List<String> aliases = fields.length == 3 ? list(fields[2]) : List.of();
        EntityType type = fields[0].equals("PERSON") ? EntityType.PERSON : EntityType.ORGANIZATION;
        return new GoldEntity(type, name, aliases);
    }

    private static GoldOther other(int number, String[] fields) {
        if (fields.length != 3 && fields.length != 4) {
            throw new GoldFormatException(number, "OTHER needs 3 or 4 fields: OTHER|Name|type|alias1;alias2");
        }
        return new GoldOther(
                nonEmpty(number, fields[1], "name"),
                nonEmpty(number, fields[2], "type"),
                fields.length == 4 ? list(fields[3]) : List.of());
    }

    private static GoldQuote quote(int number, String[] f, EntityDirectory directory) {
        if (f.length != 4 && f.length != 5) {
            throw new GoldFormatException(number, "QUOTE needs QUOTE|KIND|Speaker, ~description or -|text|about:A;B");
        }
        QuoteKind kind;
        try {
            kind = QuoteKind.valueOf(f[1]);
        } catch (IllegalArgumentException e) {
            throw new GoldFormatException(number, "quote kind must be DIRECT, PARTIAL or INDIRECT, not '" + f[1] + "'");
        }
        String unnamedSource = f[2].startsWith(UNNAMED)
                ? nonEmpty(number, f[2].substring(UNNAMED.length()).strip(), "unnamed source")
                : null;
        String speaker = f[2].equals("-") || unnamedSource != null ? null : directory.canonical(number, f[2], null);
        String text = nonEmpty(number, f[3], "quote text");
        if (text.startsWith(GoldQuote.PIECE_SEPARATOR.strip())
                || text.endsWith(GoldQuote.PIECE_SEPARATOR.strip())
                || text.contains(GoldQuote.PIECE_SEPARATOR + GoldQuote.PIECE_SEPARATOR.strip())) {
            throw new GoldFormatException(number, "a piece of a split quote is empty");
        }
        List<String> about = new ArrayList<>();
        if (f.length == 5 && !f[4].isEmpty()) {
            if (!f[4].startsWith("about:")) {
                throw new GoldFormatException(number, "the fifth field must start with 'about:'");
            }
            for (String name : list(f[4].substring("about:".length()))) {
                about.add(directory.canonical(number, name, null));
            }
        }
        return new GoldQuote(kind, speaker, unnamedSource, text, about);
    }

    private static List<String> list(String field) {
        return Arrays.stream(field.split(";"))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toList();
    }

    private static String commentNumber(int number, String field) {
        if (!field.matches("\\d+(\\.\\d+)*")) {
            throw new GoldFormatException(number, "comment number must look like 3 or 3.1, not '" + field + "'");
        }
        return field;
    }

    private static String nonEmpty(int number, String field, String what) {
        if (field.isEmpty()) {
            throw new GoldFormatException(number, what + " is empty");
        }
        return field;
    }

    private static void expectFields(int number, String[] fields, int count) {
        if (fields.length != count) {
            throw new GoldFormatException(number, fields[0] + " needs " + count + " fields, found " + fields.length);
        }
    }

    /** Finds the declared entity a reference means: by canonical name first, then by a unique alias. */
    private record EntityDirectory(List<GoldEntity> entities) {

        String canonical(int number, String reference, EntityType expected) {
            GoldEntity found = entities.stream()
                    .filter(e -> e.name().equals(reference))
                    .findFirst()
                    .orElseGet(() -> byAlias(number, reference));
            if (expected != null && found.type() != expected) {
                throw new GoldFormatException(
                        number, "'" + reference + "' is declared as " + found.type() + ", expected " + expected);
            }
            return found.name();
        }

        private GoldEntity byAlias(int number, String reference) {
            String key = TextFolding.nameKey(reference);
            List<GoldEntity> candidates = entities.stream()
                    .filter(e -> e.allNames().stream()
                            .anyMatch(n -> TextFolding.nameKey(n).equals(key)))
                    .toList();
            if (candidates.isEmpty()) {
                throw new GoldFormatException(number, "no PERSON or ORG line declares '" + reference + "'");
            }
            if (candidates.size() > 1) {
                throw new GoldFormatException(
                        number,
                        "'" + reference + "' could mean any of "
                                + candidates.stream().map(GoldEntity::name).toList() + "; use the canonical name");
            }
            return candidates.get(0);
        }
    }
}
