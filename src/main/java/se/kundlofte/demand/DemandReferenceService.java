package se.kundlofte.demand;

import java.util.List;
import java.util.function.BiFunction;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.kundlofte.audit.AuditSubject;
import se.kundlofte.audit.AuditTrail;
import se.kundlofte.base.reference.ReferenceItem;
import se.kundlofte.base.reference.ReferenceList;
import se.kundlofte.security.Permission.Require;

/** Failure causes and contact channels: everyone reads them, administrators maintain them. */
@Service
@PreAuthorize(Require.DEMAND_READ)
@Transactional(readOnly = true)
public class DemandReferenceService {

    /** The two reference lists. */
    public enum Kind {
        CAUSE,
        CHANNEL
    }

    /** The sizes of the name columns of failure_cause and contact_channel. */
    static final int CAUSE_NAME_MAX = 120;

    static final int CHANNEL_NAME_MAX = 80;

    private static final Sort ORDER = Sort.by("sortOrder", "id");

    private final ReferenceList<FailureCause> causes;
    private final ReferenceList<ContactChannel> channels;

    DemandReferenceService(FailureCauseRepository causes, ContactChannelRepository channels, AuditTrail audit) {
        this.causes = new ReferenceList<>(
                causes,
                audit.references(AuditSubject.CAUSE),
                settings(
                        CAUSE_NAME_MAX,
                        (sv, en) -> new FailureCause(
                                "CUSTOM_" + (causes.maxId() + 1), sv, en, causes.maxSortOrder() + 10)));
        this.channels = new ReferenceList<>(
                channels,
                audit.references(AuditSubject.CHANNEL),
                settings(
                        CHANNEL_NAME_MAX,
                        (sv, en) -> new ContactChannel(
                                "CUSTOM_" + (channels.maxId() + 1), sv, en, channels.maxSortOrder() + 10)));
    }

    private static <E> ReferenceList.Settings<E> settings(int nameMax, BiFunction<String, String, E> factory) {
        return new ReferenceList.Settings<>(
                nameMax, ORDER, "demand.reference.error.taken", "demand.reference.error.notFound", factory);
    }

    public List<ReferenceItem> causes(boolean includeInactive) {
        return causes.list(includeInactive);
    }

    public List<ReferenceItem> channels(boolean includeInactive) {
        return channels.list(includeInactive);
    }

    /** Adds an entry at the end of the list. */
    @Transactional
    @PreAuthorize(Require.DEMAND_REFERENCE_ADMIN)
    public ReferenceItem add(Kind kind, String nameSv, String nameEn) {
        return list(kind).create(nameSv, nameEn);
    }

    /** Renames or (de)activates; refuses when someone else saved the entry meanwhile. */
    @Transactional
    @PreAuthorize(Require.DEMAND_REFERENCE_ADMIN)
    public ReferenceItem update(Kind kind, long id, long version, String nameSv, String nameEn, boolean active) {
        return list(kind).update(id, version, nameSv, nameEn, active);
    }

    private ReferenceList<?> list(Kind kind) {
        return kind == Kind.CAUSE ? causes : channels;
    }
}
