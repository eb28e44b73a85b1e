package io.whosaid.graph;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.queryparser.classic.QueryParserBase;
import org.apache.lucene.queryparser.flexible.core.QueryNodeParseException;
import org.apache.lucene.queryparser.flexible.core.nodes.AndQueryNode;
import org.apache.lucene.queryparser.flexible.core.nodes.BooleanQueryNode;
import org.apache.lucene.queryparser.flexible.core.nodes.FieldQueryNode;
import org.apache.lucene.queryparser.flexible.core.nodes.GroupQueryNode;
import org.apache.lucene.queryparser.flexible.core.nodes.ModifierQueryNode;
import org.apache.lucene.queryparser.flexible.core.nodes.OrQueryNode;
import org.apache.lucene.queryparser.flexible.core.nodes.QueryNode;
import org.apache.lucene.queryparser.flexible.core.nodes.QuotedFieldQueryNode;
import org.apache.lucene.queryparser.flexible.core.util.UnescapedCharSequence;
import org.apache.lucene.queryparser.flexible.standard.parser.StandardSyntaxParser;

/**
 * The search language: what a user typed, read by Lucene's standard syntax parser into a tree, checked against what
 * the language allows, and written back as a full-text query for Neo4j's indexes. Only words, {@code "phrases"},
 * {@code prefix*}, {@code OR}, {@code AND}, {@code NOT}/{@code -}, brackets and {@code type:kind} get through; the
 * rest of Lucene's syntax (fields, fuzzy, ranges, regular expressions, boosts, other wildcards) is refused with a
 * message, so the user's text never reaches Lucene as it was typed. Words side by side must all occur.
 *
 * <p>Words are cut into tokens by the analyzer Neo4j's full-text indexes use by default (standard, no stop words),
 * so the written query means what the index holds, and the same tokens mark the highlights ({@link SearchHighlighter}).
 */
public record SearchQuery(String lucene, Set<Kind> kinds, List<String> terms, List<String> prefixes) {

    /** The kinds of node the search reaches, as {@code type:} names them. */
    public enum Kind {
        PERSON("Person"),
        ORGANIZATION("Organization"),
        QUOTE("Quote"),
        ARTICLE("Article");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** At most this many words (a phrase's words count one each) in one query. */
    public static final int MAX_TERMS = 16;
    /** A prefix needs this many characters before its {@code *}, so it cannot expand to most of the index. */
    public static final int MIN_PREFIX = 3;

    private static final String TEXT = "text";
    private static final String TYPE = "type";
    static final Analyzer ANALYZER = new StandardAnalyzer(CharArraySet.EMPTY_SET);

    /** Refused input; the message says what to change. */
    public static final class InvalidSearchException extends RuntimeException {
        InvalidSearchException(String message) {
            super(message);
        }
    }

    /** The query {@code input} means; {@link InvalidSearchException} when it is not in the language. */
    public static SearchQuery parse(String input) {
        QueryNode tree;
        try {
            tree = new StandardSyntaxParser().parse(input, TEXT);
        } catch (QueryNodeParseException e) {
            throw new InvalidSearchException("is not valid search syntax: close every bracket and quotation mark,"
                    + " put OR and AND between words, or write a character such as ( ) : \" * with a \\ before it");
        }
        Writer writer = new Writer();
        EnumSet<Kind> kinds = EnumSet.allOf(Kind.class);
        String lucene;
        if (isType(tree)) {
            kinds.retainAll(types(tree));
            lucene = null;
        } else if (tree instanceof BooleanQueryNode top && top.getClass() == BooleanQueryNode.class
                || tree instanceof AndQueryNode) {
            // the top-level conjunction: type: clauses here choose the kinds, the others are the words
            List<String> parts = new ArrayList<>();
            boolean positive = false;
            for (QueryNode child : tree.getChildren()) {
                if (isType(child)) {
                    kinds.retainAll(types(child));
                    continue;
                }
                String part = writer.clause(child);
                if (part != null) {
                    parts.add(part);
                    positive |= !part.startsWith("NOT ");
                }
            }
            if (!parts.isEmpty() && !positive) {
                throw new InvalidSearchException("must contain a word to find, not only words to leave out");
            }
            lucene =
                    parts.isEmpty() ? null : parts.size() == 1 ? parts.get(0) : "(" + String.join(" AND ", parts) + ")";
        } else {
            lucene = writer.positive(tree);
        }
        if (kinds.isEmpty()) {
            throw new InvalidSearchException(
                    "the type: terms exclude one another; join kinds with OR: type:(person OR organization)");
        }
        if (lucene == null) {
            throw new InvalidSearchException("must contain at least one word to find (letters or digits)");
        }
        return new SearchQuery(lucene, Set.copyOf(kinds), List.copyOf(writer.terms), List.copyOf(writer.prefixes));
    }

    /** Writes the checked tree back as Lucene text, every token escaped, every operator explicit and bracketed. */
    private static final class Writer {
        private final List<String> terms = new ArrayList<>();
        private final List<String> prefixes = new ArrayList<>();

        /** A node that must match something (not NOT): its text, or null when it has no searchable word. */
        String positive(QueryNode node) {
            String clause = clause(node);
            if (clause != null && clause.startsWith("NOT ")) {
                throw new InvalidSearchException("must contain a word to find, not only words to leave out");
            }
            return clause;
        }

        String clause(QueryNode node) {
            if (isType(node)) {
                throw new InvalidSearchException(
                        "type: goes beside the words (type:person putin), not inside OR, NOT or brackets");
            }
            if (node instanceof ModifierQueryNode modifier) {
                String inner = positive(modifier.getChild());
                return switch (modifier.getModifier()) {
                    case MOD_NOT -> inner == null ? null : "NOT " + inner;
                    default -> inner;
                };
            }
            if (node instanceof GroupQueryNode group) {
                return clause(group.getChild());
            }
            if (node instanceof OrQueryNode) {
                return joined(node, " OR ", false);
            }
            if (node instanceof AndQueryNode || node.getClass() == BooleanQueryNode.class) {
                return joined(node, " AND ", true);
            }
            if (node.getClass() == QuotedFieldQueryNode.class) {
                QuotedFieldQueryNode quoted = (QuotedFieldQueryNode) node;
                checkField(quoted.getFieldAsString());
                return phrase(tokens(quoted.getTextAsString()));
            }
            if (node.getClass() == FieldQueryNode.class) {
                FieldQueryNode field = (FieldQueryNode) node;
                checkField(field.getFieldAsString());
                return word(field.getText());
            }
            throw new InvalidSearchException("uses syntax the search does not support (" + describe(node)
                    + "); use words, \"phrases\", prefix*, OR, AND, NOT and type:");
        }

        private String joined(QueryNode node, String operator, boolean conjunction) {
            List<String> parts = new ArrayList<>();
            boolean positive = false;
            for (QueryNode child : node.getChildren()) {
                String part = conjunction ? clause(child) : positive(child);
                if (part != null) {
                    parts.add(part);
                    positive |= !part.startsWith("NOT ");
                }
            }
            if (parts.isEmpty()) {
                return null;
            }
            if (!positive) {
                throw new InvalidSearchException("must contain a word to find, not only words to leave out");
            }
            return parts.size() == 1 ? parts.get(0) : "(" + String.join(operator, parts) + ")";
        }

        private String word(CharSequence text) {
            String raw = text.toString();
            boolean prefix = raw.endsWith("*") && !escapedAt(text, raw.length() - 1);
            String body = prefix ? raw.substring(0, raw.length() - 1) : raw;
            for (int i = 0; i < body.length(); i++) {
                char c = body.charAt(i);
                if ((c == '*' || c == '?') && !escapedAt(text, i)) {
                    throw new InvalidSearchException(
                            "* may only end a word (a prefix such as volt*); ? is not supported");
                }
            }
            List<String> tokens = tokens(body);
            if (!prefix) {
                return tokens.size() == 1 ? term(tokens.get(0)) : phrase(tokens);
            }
            if (tokens.size() != 1
                    || tokens.get(0).codePointCount(0, tokens.get(0).length()) < MIN_PREFIX) {
                throw new InvalidSearchException("a prefix needs at least " + MIN_PREFIX
                        + " letters or digits of one word" + " before its * (was " + raw + ")");
            }
            count(1);
            prefixes.add(tokens.get(0));
            return QueryParserBase.escape(tokens.get(0)) + "*";
        }

        private String term(String token) {
            count(1);
            terms.add(token);
            return QueryParserBase.escape(token);
        }

        private String phrase(List<String> tokens) {
            if (tokens.isEmpty()) {
                return null;
            }
            if (tokens.size() == 1) {
                return term(tokens.get(0));
            }
            count(tokens.size());
            terms.addAll(tokens);
            StringBuilder text = new StringBuilder("\"");
            for (String token : tokens) {
                text.append(text.length() > 1 ? " " : "").append(QueryParserBase.escape(token));
            }
            return text.append('"').toString();
        }

        private void count(int more) {
            if (terms.size() + prefixes.size() + more > MAX_TERMS) {
                throw new InvalidSearchException("has more than " + MAX_TERMS + " words");
            }
        }
    }

    private static boolean escapedAt(CharSequence text, int index) {
        return text instanceof UnescapedCharSequence unescaped && unescaped.wasEscaped(index);
    }

    private static void checkField(String field) {
        if (!TEXT.equals(field)) {
            throw new InvalidSearchException("unknown field " + field + ": only type: is supported"
                    + " (type:person, type:organization, type:quote, type:article)");
        }
    }

    /** A type: clause, or type: values joined by OR (type:(person OR organization)). */
    private static boolean isType(QueryNode node) {
        if (node instanceof GroupQueryNode group) {
            return isType(group.getChild());
        }
        if (node.getClass() == FieldQueryNode.class) {
            return TYPE.equalsIgnoreCase(((FieldQueryNode) node).getFieldAsString());
        }
        if (node instanceof OrQueryNode && node.getChildren() != null) {
            return node.getChildren().stream().allMatch(SearchQuery::isType);
        }
        return false;
    }

    private static Set<Kind> types(QueryNode node) {
        if (node instanceof GroupQueryNode group) {
            return types(group.getChild());
        }
        if (node instanceof FieldQueryNode field) {
            String name = field.getTextAsString().toUpperCase(Locale.ROOT);
            for (Kind kind : Kind.values()) {
                if (kind.name().equals(name)) {
                    return EnumSet.of(kind);
                }
            }
            throw new InvalidSearchException("unknown type:" + field.getTextAsString()
                    + "; the search finds person, organization, quote and article");
        }
        EnumSet<Kind> union = EnumSet.noneOf(Kind.class);
        for (QueryNode child : node.getChildren()) {
            union.addAll(types(child));
        }
        return union;
    }

    private static String describe(QueryNode node) {
        String name = node.getClass().getSimpleName().replace("QueryNode", "").replace("Node", "");
        return switch (name) {
            case "Fuzzy" -> "~ fuzzy matching";
            case "Boost" -> "^ boosts";
            case "Slop" -> "~ phrase slop";
            case "TermRange" -> "[ ] or { } ranges";
            case "Regexp" -> "/ / regular expressions";
            default -> name;
        };
    }

    /** The tokens the index's analyzer makes of {@code text}. */
    static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        try (TokenStream stream = ANALYZER.tokenStream(TEXT, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                tokens.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return tokens;
    }
}
