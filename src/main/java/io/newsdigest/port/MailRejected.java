package io.newsdigest.port;

/** The mail service refused the message; the message says what an operator has to do about it. */
public class MailRejected extends RuntimeException {

    public MailRejected(String message, Throwable cause) {
        super(message, cause);
    }
}
