package dev.newsdrop.local;

import dev.newsdrop.config.Settings;
import dev.newsdrop.emulators.ObjectCreatedListener;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The emulated S3 event notification: an object created under the raw prefix of the raw bucket
 * becomes an {@code ObjectCreated} event on the local queue, as S3 → SQS delivers it — more than
 * once, or late, when the {@link Faults} say so.
 */
final class S3Notifications implements ObjectCreatedListener, AutoCloseable {

    private final S3Client s3;
    private final Settings settings;
    private final LocalQueue queue;
    private final Sequencers sequencers;
    private final Faults faults;
    private final Random random;
    private final ScheduledExecutorService later = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "delayed-notifications");
        thread.setDaemon(true);
        return thread;
    });

    S3Notifications(S3Client s3, Settings settings, LocalQueue queue, Sequencers sequencers, Faults faults) {
        this.s3 = s3;
        this.settings = settings;
        this.queue = queue;
        this.sequencers = sequencers;
        this.faults = faults;
        this.random = new Random(faults.seed());
    }

    @Override
    public void created(String bucket, String key, String how) {
        if (!bucket.equals(settings.rawBucket()) || !key.startsWith(settings.rawPrefix())) {
            return;
        }
        String sequencer = sequencers.next();
        HeadObjectResponse head = s3.headObject(r -> r.bucket(bucket).key(key));
        String message = S3EventMessages.notification(new S3EventMessages.Created(bucket, key,
                head.contentLength(), head.eTag() == null ? null : head.eTag().replace("\"", ""),
                head.versionId(), sequencer, how, Instant.now()));
        List<Duration> deliveries;
        synchronized (random) {
            deliveries = faults.deliveries(random);
        }
        for (Duration delay : deliveries) {
            if (delay.isZero()) {
                queue.send(message);
            } else {
                later.schedule(() -> queue.send(message), delay.toMillis(), TimeUnit.MILLISECONDS);
            }
        }
    }

    @Override
    public void close() {
        later.shutdownNow();
    }
}
