package io.whosaid.ingest.extract;

import io.whosaid.ingest.ArticleTextParser;
import io.whosaid.ingest.ParsedArticle;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Prints what the extractor finds in article files: {@code ExtractionDump file...}. A reading aid when tuning rules. */
public final class ExtractionDump {

    private ExtractionDump() {}

    public static void main(String[] args) throws IOException {
        Extractor extractor = new Extractor();
        for (String file : args) {
            ParsedArticle article = new ArticleTextParser().parse(Files.readString(Path.of(file)));
            System.out.println("=== " + file);
            System.out.print(describe(extractor.extract(article)));
        }
    }

    static String describe(Extraction x) {
        StringBuilder out = new StringBuilder();
        for (ExtractedEntity e : x.entities()) {
            out.append(e.type())
                    .append("  ")
                    .append(e.key())
                    .append("  name=")
                    .append(e.name())
                    .append(" aliases=")
                    .append(e.aliases())
                    .append(" n=")
                    .append(e.mentionCount())
                    .append(e.description() == null ? "" : " desc=" + e.description())
                    .append('\n');
        }
        for (ExtractedQuote q : x.quotes()) {
            out.append(q.kind())
                    .append(" [")
                    .append(q.speakerKey())
                    .append("] ")
                    .append(q.cue())
                    .append(String.format(" %.2f", q.confidence()))
                    .append(" “")
                    .append(q.text())
                    .append("” about=")
                    .append(q.aboutKeys())
                    .append('\n');
        }
        for (ExtractedAffiliation a : x.affiliations()) {
            out.append("ROLE ")
                    .append(a.personKey())
                    .append(" — ")
                    .append(a.role())
                    .append(" — ")
                    .append(a.organizationKey())
                    .append('\n');
        }
        for (CommentFacts c : x.comments()) {
            out.append("COMMENT ")
                    .append(c.number())
                    .append(' ')
                    .append(c.mentionKeys())
                    .append(c.spam() ? " SPAM" : "")
                    .append('\n');
        }
        return out.toString();
    }
}
