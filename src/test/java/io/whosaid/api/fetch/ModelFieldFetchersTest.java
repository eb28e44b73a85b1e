package io.whosaid.api.fetch;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.smallrye.graphql.schema.model.Argument;
import io.smallrye.graphql.schema.model.Execute;
import io.smallrye.graphql.schema.model.Operation;
import io.smallrye.graphql.schema.model.OperationType;
import io.smallrye.graphql.schema.model.Reference;
import io.smallrye.graphql.schema.model.ReferenceType;
import io.smallrye.graphql.schema.model.Type;
import io.smallrye.graphql.schema.model.Wrapper;
import io.smallrye.graphql.schema.model.WrapperType;
import org.junit.jupiter.api.Test;

/** SmallRye asks for a batched field's loader on every request; the same loader comes back each time. */
class ModelFieldFetchersTest {

    private final ModelFieldFetchers fetchers = new ModelFieldFetchers();
    private final Type quote = new Type("io.whosaid.model.Quote", "Quote", null);

    @Test
    void aBatchedFieldOfTheApiGetsOneLoaderForEveryRequest() {
        Operation organizations = sourceOperation("io.whosaid.api.ArticleFields", "organizations");
        var first = fetchers.getOtherWrappedDataFetcher(organizations, quote);
        assertNotNull(first);
        assertSame(first, fetchers.getOtherWrappedDataFetcher(organizations, quote));
        assertNotSame(
                first,
                fetchers.getOtherWrappedDataFetcher(
                        sourceOperation("io.whosaid.api.ArticleFields", "mentions"), quote));
    }

    @Test
    void rootOperationsAndOtherPackagesAreLeftToSmallRye() {
        Operation root = operation("io.whosaid.api.QueryApi", "search");
        assertNull(fetchers.getOtherWrappedDataFetcher(root, quote));
        assertNull(fetchers.getOtherWrappedDataFetcher(sourceOperation("org.example.Other", "quotes"), quote));
    }

    private static Operation sourceOperation(String className, String name) {
        Operation operation = operation(className, name);
        operation.setSourceFieldOn(reference("io.whosaid.model.Article", "Article"));
        // As SmallRye models a batched field: its one argument is the list of parents.
        Argument parents = new Argument();
        parents.setName("articles");
        parents.setMethodArgumentName("articles");
        parents.setReference(reference("io.whosaid.model.Article", "Article"));
        parents.setWrapper(new Wrapper(WrapperType.COLLECTION, "java.util.List"));
        parents.setSourceArgument(true);
        operation.addArgument(parents);
        return operation;
    }

    private static Operation operation(String className, String name) {
        Operation operation = new Operation();
        operation.setClassName(className);
        operation.setMethodName(name);
        operation.setName(name);
        operation.setReference(reference("io.whosaid.model.Quote", "Quote"));
        operation.setOperationType(OperationType.QUERY);
        operation.setExecute(Execute.BLOCKING);
        return operation;
    }

    private static Reference reference(String className, String name) {
        Reference reference = new Reference();
        reference.setClassName(className);
        reference.setName(name);
        reference.setType(ReferenceType.TYPE);
        return reference;
    }
}
