package se.kundlofte.base;

import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;

/** Id and optimistic-locking version shared by every editable entity. */
@MappedSuperclass
public abstract class AbstractEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    /**
     * Fails when the caller edited an older version than the stored one, so that a save never
     * silently overwrites a colleague's change.
     */
    public void checkVersion(long versionSeen) {
        if (version != versionSeen) {
            throw new ConcurrentEditException(getClass().getSimpleName(), id);
        }
    }
}
