package io.whosaid.model;

import java.util.List;
import java.util.function.IntSupplier;

/** A page of Persons. */
public final class PersonConnection extends Connection<PersonEdge> {
    public PersonConnection(List<PersonEdge> edges, PageInfo pageInfo, IntSupplier totalCount) {
        super(edges, pageInfo, totalCount);
    }
}
