package io.newsdigest.aws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.amazonaws.services.lambda.runtime.events.S3Event;
import com.amazonaws.services.lambda.runtime.events.ScheduledEvent;
import com.amazonaws.services.lambda.runtime.events.models.s3.S3EventNotification.S3EventNotificationRecord;
import com.amazonaws.services.lambda.runtime.tests.annotations.Event;
import org.junit.jupiter.params.ParameterizedTest;

/** The files in {@code events/} have the shapes Lambda delivers (read through the Lambda event types). */
class EventFilesTest {

    @ParameterizedTest
    @Event(value = "events/s3-put.json", type = S3Event.class)
    void the_s3_put_event_is_an_object_created_record_in_the_inbox(S3Event event) {
        assertEquals(1, event.getRecords().size());
        S3EventNotificationRecord r = event.getRecords().get(0);
        assertEquals("aws:s3", r.getEventSource());
        assertEquals("ObjectCreated:Put", r.getEventName());
        assertTrue(r.getS3().getObject().getKey().startsWith(BucketLayout.INBOX), r.getS3().getObject().getKey());
        assertNotNull(r.getS3().getBucket().getName());
        assertNotNull(r.getEventTime());
    }

    @ParameterizedTest
    @Event(value = "events/scheduled.json", type = ScheduledEvent.class)
    void the_scheduled_event_is_a_scheduled_event_with_its_time(ScheduledEvent event) {
        assertEquals("Scheduled Event", event.getDetailType());
        assertNotNull(event.getTime());
        assertNotNull(event.getSource());
    }
}
