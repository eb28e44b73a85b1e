package io.whosaid.ingest.extract;

public enum EntityType {
    PERSON,
    ORGANIZATION
}
