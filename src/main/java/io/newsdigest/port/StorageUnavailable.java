package io.newsdigest.port;

/**
 * A store could not answer now (network, throttling, a service error); nothing is wrong with the data, and the
 * same call may succeed later.
 */
public class StorageUnavailable extends RuntimeException {

    public StorageUnavailable(String message, Throwable cause) {
        super(message, cause);
    }
}
