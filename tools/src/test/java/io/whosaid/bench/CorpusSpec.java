package io.whosaid.bench;

/**
 * What to generate: the number of articles and the seed; everything else follows from these two, so the same
 * spec always gives the same graph.
 *
 * @param articles how many articles
 * @param seed     the random seed
 */
public record CorpusSpec(int articles, long seed) {

    /** Bumped whenever the generator's output changes, so a cached store of an older corpus is not reused. */
    public static final int GENERATOR_VERSION = 3;

    public CorpusSpec {
        if (articles < 1) {
            throw new IllegalArgumentException("articles must be positive, was " + articles);
        }
    }

    /** News names far fewer people than articles; about one new person per two articles. */
    public int people() {
        return Math.max(300, articles / 2);
    }

    public int organizations() {
        return Math.max(60, articles / 10);
    }

    public int publishers() {
        return 40;
    }

    /** Regular readers per site: a handle comments on many articles of its site. */
    public int commentersPerSite() {
        return Math.max(40, articles / publishers() / 3);
    }

    /** Names the cached store: target/bench-data-KEY. */
    public String key() {
        return articles + "-s" + seed + "-g" + GENERATOR_VERSION;
    }
}
