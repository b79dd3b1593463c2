package io.newsdigest.aws;

import io.newsdigest.port.MailRejected;
import io.newsdigest.port.MailUnavailable;
import io.newsdigest.port.Mailer;
import io.newsdigest.port.OutgoingMail;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.sesv2.SesV2Client;
import software.amazon.awssdk.services.sesv2.model.AccountSuspendedException;
import software.amazon.awssdk.services.sesv2.model.BadRequestException;
import software.amazon.awssdk.services.sesv2.model.LimitExceededException;
import software.amazon.awssdk.services.sesv2.model.MailFromDomainNotVerifiedException;
import software.amazon.awssdk.services.sesv2.model.MessageRejectedException;
import software.amazon.awssdk.services.sesv2.model.NotFoundException;
import software.amazon.awssdk.services.sesv2.model.SendingPausedException;
import software.amazon.awssdk.services.sesv2.model.SesV2Exception;
import software.amazon.awssdk.services.sesv2.model.TooManyRequestsException;

/**
 * Sends through Amazon SES (API v2) as a raw message, so what arrives is byte for byte the MIME message that was
 * composed, naming the configured SES configuration set (its event destination sees bounces, complaints, rejects
 * and deliveries). Throttling is retried with backoff by the client (see {@link AwsClients#ses}); what SES still
 * refuses becomes a {@link MailRejected} whose message tells the operator what to fix.
 */
final class SesMailer implements Mailer {

    private final SesV2Client ses;
    private final String configurationSet;

    /** @param configurationSet the SES configuration set every send names, or null for none */
    SesMailer(SesV2Client ses, String configurationSet) {
        this.ses = ses;
        this.configurationSet = configurationSet;
    }

    @Override
    public String send(OutgoingMail mail) {
        try {
            return ses.sendEmail(b -> b
                    .fromEmailAddress(mail.from())
                    .configurationSetName(configurationSet)
                    .destination(d -> d.toAddresses(mail.to()))
                    .content(c -> c.raw(r -> r.data(SdkBytes.fromByteArray(mail.mime())))))
                    .messageId();
        } catch (TooManyRequestsException | LimitExceededException e) {
            throw new MailUnavailable("SES kept throttling the send after every retry (" + detail(e)
                    + "); the day stays open for the next attempt.", RedactedError.of(e));
        } catch (MessageRejectedException e) {
            throw new MailRejected("SES rejected the message (" + detail(e) + "). If the account is still in the"
                    + " SES sandbox, every recipient must be a verified identity too: verify " + mail.to()
                    + " in the SES console, or request production access.", RedactedError.of(e));
        } catch (MailFromDomainNotVerifiedException e) {
            throw new MailRejected("SES has not verified the sender's MAIL FROM domain (" + detail(e)
                    + "). Finish its DNS setup in the SES console or remove the custom MAIL FROM domain.",
                    RedactedError.of(e));
        } catch (AccountSuspendedException | SendingPausedException e) {
            throw new MailRejected("SES sending is paused or suspended for this account in this region ("
                    + detail(e) + "). See the SES account dashboard.", RedactedError.of(e));
        } catch (NotFoundException e) {
            throw new MailRejected("SES does not know the sender " + mail.from() + " in this region (" + detail(e)
                    + "). Create and verify the identity in the SES console of the function's region.",
                    RedactedError.of(e));
        } catch (BadRequestException e) {
            throw new MailRejected("SES refused the request as invalid (" + detail(e)
                    + "). Check NEWS_DIGEST_SENDER and NEWS_DIGEST_RECIPIENTS.", RedactedError.of(e));
        } catch (SesV2Exception e) {
            if (e.statusCode() == 403) {
                throw new MailRejected("The function may not send as " + mail.from() + " (" + detail(e)
                        + "). Its role needs ses:SendEmail and ses:SendRawEmail on the sender identity's ARN; in the SES sandbox"
                        + " also on each recipient's identity.", RedactedError.of(e));
            }
            if (e.statusCode() >= 400 && e.statusCode() < 500) {
                throw new MailRejected("SES refused the message (" + detail(e) + ").", RedactedError.of(e));
            }
            throw new MailUnavailable("SES failed to take the message (" + detail(e) + ").", RedactedError.of(e));
        } catch (SdkException e) {
            throw new MailUnavailable("SES could not be reached (" + RedactedError.text(e.getMessage()) + ").",
                    RedactedError.of(e));
        }
    }

    /** The error's code and the first line of its message, secrets masked ({@link RedactedError}). */
    private static String detail(SesV2Exception e) {
        String code = e.awsErrorDetails() == null ? e.getClass().getSimpleName() : e.awsErrorDetails().errorCode();
        String message = e.awsErrorDetails() == null ? e.getMessage() : e.awsErrorDetails().errorMessage();
        return code + ": " + RedactedError.text(message);
    }
}
