package io.newsdigest.port;

/** Sends a finished e-mail. Transient failures are retried inside (with backoff) before anything is thrown. */
public interface Mailer {

    /**
     * @return the mail service's id of the sent message
     * @throws MailRejected    when the service refuses the message for a reason an operator must fix
     * @throws MailUnavailable when the service could not take the message now; sending later may work
     */
    String send(OutgoingMail mail);
}
