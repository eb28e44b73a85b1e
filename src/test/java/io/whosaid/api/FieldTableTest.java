package io.whosaid.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLInterfaceType;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLNamedType;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.whosaid.graph.projection.FieldTable;
import io.whosaid.graph.projection.RelatedField;
import io.whosaid.support.Neo4jTestResource;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The field table and the served schema describe the same fields: every field of every node type is a property
 * row or a related row, every row is a field of the schema, and a related row's type, shape and paging agree
 * with the field's declared type and arguments.
 */
@QuarkusTest
@QuarkusTestResource(Neo4jTestResource.class)
class FieldTableTest {

    @Inject
    GraphQLSchema schema;

    @Test
    void everyFieldOfEveryNodeTypeHasARow() {
        GraphQLInterfaceType node = (GraphQLInterfaceType) schema.getType("Node");
        List<String> missing = new ArrayList<>();
        List<GraphQLObjectType> nodeTypes = schema.getImplementations(node);
        assertEquals(
                FieldTable.PROPERTIES.keySet(),
                nodeTypes.stream().map(GraphQLObjectType::getName).collect(java.util.stream.Collectors.toSet()),
                "the node types of the schema and of the table");
        for (GraphQLObjectType type : nodeTypes) {
            Map<String, List<String>> properties = FieldTable.PROPERTIES.get(type.getName());
            for (GraphQLFieldDefinition field : type.getFieldDefinitions()) {
                boolean property = properties.containsKey(field.getName());
                boolean related = FieldTable.related(type.getName(), field.getName()) != null;
                if (property == related) {
                    missing.add(type.getName() + "." + field.getName() + (property ? " has two rows" : " has no row"));
                }
            }
        }
        assertTrue(missing.isEmpty(), String.join("\n", missing));
    }

    @Test
    void everyRowIsAFieldOfTheSchema() {
        List<String> unused = new ArrayList<>();
        FieldTable.PROPERTIES.forEach((typeName, fields) -> {
            GraphQLObjectType type = schema.getObjectType(typeName);
            for (String field : fields.keySet()) {
                if (type == null || type.getFieldDefinition(field) == null) {
                    unused.add(typeName + "." + field);
                }
            }
        });
        for (RelatedField row : FieldTable.RELATED) {
            for (String owner : row.owners()) {
                GraphQLObjectType type = schema.getObjectType(owner);
                if (type == null || type.getFieldDefinition(row.field()) == null) {
                    unused.add(owner + "." + row.field());
                }
            }
        }
        assertTrue(unused.isEmpty(), "rows no field uses: " + unused);
    }

    @Test
    void relatedRowsAgreeWithTheFieldsTypesAndArguments() {
        for (RelatedField row : FieldTable.RELATED) {
            for (String owner : row.owners()) {
                GraphQLFieldDefinition field = schema.getObjectType(owner).getFieldDefinition(row.field());
                String where = owner + "." + row.field();
                GraphQLType declared = GraphQLTypeUtil.unwrapNonNull(field.getType());
                List<String> arguments =
                        field.getArguments().stream().map(a -> a.getName()).toList();
                switch (row.paging()) {
                    case NONE -> assertEquals(row.byStatus() ? List.of("statuses") : List.of(), arguments, where);
                    case TOP -> assertEquals(List.of("first"), arguments, where);
                    case PAGE ->
                        assertEquals(
                                row.byStatus()
                                        ? List.of("first", "after", "last", "before", "statuses")
                                        : List.of("first", "after", "last", "before"),
                                arguments,
                                where);
                }
                boolean list = declared instanceof GraphQLList;
                assertEquals(
                        row.shape() != RelatedField.Shape.SINGLE
                                && row.shape() != RelatedField.Shape.ROLE_SINGLE
                                && row.shape() != RelatedField.Shape.PAGE,
                        list,
                        where);
                // the node's type at the end of nodeAt is the row's
                GraphQLType at = GraphQLTypeUtil.unwrapAll(field.getType());
                for (String step : row.nodeAt()) {
                    GraphQLFieldDefinition next = ((graphql.schema.GraphQLFieldsContainer) at).getFieldDefinition(step);
                    assertNotNull(next, where + " has no " + step);
                    at = GraphQLTypeUtil.unwrapAll(next.getType());
                }
                assertEquals(row.returns(), ((GraphQLNamedType) at).getName(), where);
            }
        }
    }
}
