package io.whosaid.api.observation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import graphql.language.Document;
import graphql.language.OperationDefinition;
import graphql.parser.Parser;
import org.junit.jupiter.api.Test;

/** Operation names as metrics label them: a bounded set, whatever names clients send. */
class OperationLabelsTest {

    @Test
    void namesAreKeptUpToTheCapacityAndLaterNewOnesAreOther() {
        OperationLabels labels = new OperationLabels(3);
        assertEquals("A", labels.bounded("A"));
        assertEquals("B", labels.bounded("B"));
        assertEquals("C", labels.bounded("C"));
        assertEquals("other", labels.bounded("D"));
        assertEquals("A", labels.bounded("A"), "a name already kept stays itself");
        for (int i = 0; i < 10_000; i++) {
            assertEquals("other", labels.bounded("Generated" + i));
        }
    }

    @Test
    void longNamesAreOtherAndUnnamedOperationsAreNamedByTheirFirstRootField() {
        OperationLabels labels = new OperationLabels(100);
        String longName = "Q".repeat(65);
        assertEquals(
                "other",
                labels.bounded(
                        OperationLabels.nameOf(operation("query " + longName + " { articles { totalCount } }"))));
        assertEquals(
                "anonymous:people",
                OperationLabels.nameOf(operation("{ people(name: \"x\") { totalCount } articles { totalCount } }")));
        assertEquals(
                "Named",
                OperationLabels.nameOf(
                        operation("mutation Named { ingestArticle(input: {text: \"t\"}) { created } }")));
        assertEquals(
                "mutation",
                OperationLabels.typeOf(
                        operation("mutation Named { ingestArticle(input: {text: \"t\"}) { created } }")));
        assertEquals("unknown", OperationLabels.nameOf(null));
    }

    private static OperationDefinition operation(String query) {
        Document document = Parser.parse(query);
        return document.getDefinitionsOfType(OperationDefinition.class).get(0);
    }
}
