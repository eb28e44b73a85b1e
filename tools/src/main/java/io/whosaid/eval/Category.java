package io.whosaid.eval;

/** The lines of the evaluation table: what is counted with precision/recall, and what as a share. */
public enum Category {
    PERSON("people", true),
    ORGANIZATION("organizations", true),
    ENTITY("people + organizations", true),
    PERSON_NOT_PERSON("Person nodes that are not people", false),
    QUOTE_DIRECT("quotes DIRECT (kind must match)", true),
    QUOTE_PARTIAL("quotes PARTIAL (kind must match)", true),
    QUOTE_DIRECT_OR_PARTIAL("quotes in marks, any kind", true),
    QUOTE_INDIRECT("quotes INDIRECT", true),
    SPEAKER_DIRECT("speaker of matched DIRECT", false),
    SPEAKER_PARTIAL("speaker of matched PARTIAL", false),
    SPEAKER_INDIRECT("speaker of matched INDIRECT", false),
    SPEAKER_ALL("speaker of matched quotes, all kinds", false),
    SPEAKER_DESCRIBED_OR_GROUP("speaker when a description or group", false),
    SPEAKER_MISSING("matched quotes in marks, no source", false),
    ABOUT("about (quote, entity) pairs", true),
    ROLE_PAIR("roles (person, org)", true),
    ROLE_WITH_WORD("roles (person, org, role word)", true),
    ROLE_WITHOUT_ORG("roles without org (person, role)", true),
    COMMENT_MENTION("comment mentions", true),
    SPAM("spam comments", true),
    SCARE_QUOTE_TAKEN("scare quotes taken as quotes", false);

    private final String label;
    private final boolean precisionRecall;

    Category(String label, boolean precisionRecall) {
        this.label = label;
        this.precisionRecall = precisionRecall;
    }

    public String label() {
        return label;
    }

    /** True for categories scored by precision/recall (a {@link Counts}), false for a share (a {@link Tally}). */
    public boolean isPrecisionRecall() {
        return precisionRecall;
    }
}
