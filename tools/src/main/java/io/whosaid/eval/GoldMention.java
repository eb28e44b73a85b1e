package io.whosaid.eval;

/** A reader comment (by thread number, "3.1") that refers to an article entity (by canonical name). */
public record GoldMention(String commentNumber, String entity) {}
