package io.whosaid.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Issue 3's targets on the annotated evaluation set, so a change to the extractor that breaks them fails the
 * build rather than going unnoticed until someone reruns the evaluation command.
 */
class EvaluationTargetsTest {

    private final ExtractionPipeline pipeline = new ExtractionPipeline();

    @Test
    void evaluationSetMeetsTheTargets() throws IOException {
        Scores total = Scores.empty();
        List<Path> articles;
        try (Stream<Path> files = Files.list(Path.of("eval/articles"))) {
            articles = files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        assertTrue(articles.size() >= 12, "at least 12 annotated articles");
        for (Path article : articles) {
            String name = article.getFileName().toString().replaceFirst("\\.txt$", "");
            GoldFile gold =
                    GoldParser.parse(Files.readString(Path.of("eval/gold", name + ".gold"), StandardCharsets.UTF_8));
            ExtractionPipeline.Result result = pipeline.run(Files.readString(article, StandardCharsets.UTF_8));
            total = total.plus(ArticleScorer.score(
                            name,
                            gold,
                            result.extraction(),
                            result.article().source(),
                            result.article().text())
                    .scores());
        }
        assertTrue(
                total.counts(Category.QUOTE_DIRECT).f1() >= 0.95,
                "DIRECT quote F1 " + total.counts(Category.QUOTE_DIRECT).f1());
        assertTrue(
                total.counts(Category.QUOTE_PARTIAL).f1() >= 0.85,
                "PARTIAL quote F1 " + total.counts(Category.QUOTE_PARTIAL).f1());
        assertTrue(
                total.tally(Category.SPEAKER_DIRECT).share() >= 0.95,
                "speaker share " + total.tally(Category.SPEAKER_DIRECT).share());
        assertTrue(
                total.counts(Category.PERSON).f1() >= 0.90,
                "people F1 " + total.counts(Category.PERSON).f1());
        assertTrue(
                total.counts(Category.ORGANIZATION).f1() >= 0.90,
                "organizations F1 " + total.counts(Category.ORGANIZATION).f1());
        assertEquals(0, total.tally(Category.SCARE_QUOTE_TAKEN).hits(), "scare quotes taken as quotes");
    }
}
