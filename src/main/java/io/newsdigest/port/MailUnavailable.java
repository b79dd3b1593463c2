package io.newsdigest.port;

/** The mail service could not take the message now (throttling past the retries, network, outage). */
public class MailUnavailable extends RuntimeException {

    public MailUnavailable(String message, Throwable cause) {
        super(message, cause);
    }
}
