package io.whosaid.eval;

import java.util.List;

/** The scores of one article and the errors behind them. */
public record ArticleEvaluation(String name, Scores scores, List<Finding> findings) {

    public ArticleEvaluation {
        findings = List.copyOf(findings);
    }
}
