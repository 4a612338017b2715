package org.charter.platform.idempotency;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** {@code charter.idempotency.*}. */
@ConfigurationProperties("charter.idempotency")
public class IdempotencyProperties {

    /** Whether commands honour {@code Idempotency-Key} (needs a MongoClient). */
    private boolean enabled = true;

    /** How long a key and its first answer are kept. */
    private Duration retention = Duration.ofHours(24);

    /** After this, a key still in progress is taken to be abandoned (its server died) and may be claimed again. */
    private Duration inProgressTimeout = Duration.ofMinutes(5);

    /** How often keys older than the retention are purged. */
    private Duration purgeInterval = Duration.ofHours(1);

    /** Database of {@code idempotency_keys}; default: the service's (its MongoDatabase bean, else Boot's Mongo settings). */
    private String database;

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public Duration getRetention() {
        return retention;
    }

    public void setRetention(Duration retention) {
        this.retention = retention;
    }

    public Duration getInProgressTimeout() {
        return inProgressTimeout;
    }

    public void setInProgressTimeout(Duration inProgressTimeout) {
        this.inProgressTimeout = inProgressTimeout;
    }

    public Duration getPurgeInterval() {
        return purgeInterval;
    }

    public void setPurgeInterval(Duration purgeInterval) {
        this.purgeInterval = purgeInterval;
    }

    public String getDatabase() {
        return database;
    }

    public void setDatabase(String database) {
        this.database = database;
    }
}
