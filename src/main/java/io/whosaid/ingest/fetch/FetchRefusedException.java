package io.whosaid.ingest.fetch;

/** A page was not fetched; {@link #reason()} says why in a form the API turns into an error code. */
public class FetchRefusedException extends RuntimeException {

    public enum Reason {
        /** Not http or https, or not an absolute URL with a host. */
        SCHEME_NOT_ALLOWED,
        /** The host resolves to a loopback, private, link-local, multicast or reserved address. */
        ADDRESS_NOT_ALLOWED,
        /** More redirects than allowed. */
        TOO_MANY_REDIRECTS,
        /** The page is larger than allowed. */
        TOO_LARGE,
        /** The whole fetch took longer than allowed. */
        TIMEOUT,
        /** The host does not resolve, the connection failed, the server answered an error, or not with a page. */
        FAILED
    }

    private final Reason reason;

    public FetchRefusedException(Reason reason, String message) {
        super(message, null, false, false);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
