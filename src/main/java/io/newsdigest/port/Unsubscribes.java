package io.newsdigest.port;

import java.time.Instant;
import java.util.Collection;
import java.util.Set;

/** The addresses that asked to stop receiving the digest, compared lower-case. */
public interface Unsubscribes {

    /**
     * Records {@code address} as unsubscribed at {@code at}. Returns {@code false}, and changes nothing, when it
     * is recorded already.
     *
     * @throws StorageUnavailable when the record cannot be written now
     */
    boolean add(String address, Instant at);

    /**
     * Which of {@code addresses} (bare, any case) are unsubscribed, as given.
     *
     * @throws StorageUnavailable when the records cannot be read now
     */
    Set<String> among(Collection<String> addresses);
}
