package io.whosaid.model;

/** Ascending (oldest, A to Z, fewest first) or descending. */
public enum SortDirection {
    ASC,
    DESC
}
