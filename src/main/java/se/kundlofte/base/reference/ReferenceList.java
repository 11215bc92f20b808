package se.kundlofte.base.reference;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import org.springframework.data.domain.Sort;
import se.kundlofte.base.FieldError;
import se.kundlofte.base.FieldValidationException;
import se.kundlofte.base.RuleViolationException;

/**
 * The rules every reference list shares: both names required, at most {@code nameMax} characters
 * and unique per language; entries are deactivated, never deleted, so that the records using them
 * keep them; every change goes to the audit log. A feature's service holds one per list and adds
 * transactions and access rules.
 */
public final class ReferenceList<E extends ReferenceEntity> {

    /**
     * How one list differs: its name length (the columns' size), its order, the message keys for a
     * name already taken and an entry no longer there, and how a new entry is made.
     */
    public record Settings<E>(
            int nameMax, Sort order, String takenKey, String notFoundKey, BiFunction<String, String, E> factory) {}

    private final ReferenceRepository<E> repository;
    private final ReferenceAudit audit;
    private final Settings<E> settings;

    public ReferenceList(ReferenceRepository<E> repository, ReferenceAudit audit, Settings<E> settings) {
        this.repository = repository;
        this.audit = audit;
        this.settings = settings;
    }

    /** All entries in the list's order; inactive ones too when asked (for administration). */
    public List<ReferenceItem> list(boolean includeInactive) {
        return repository.findAll(settings.order()).stream()
                .filter(entry -> includeInactive || entry.isActive())
                .map(ReferenceEntity::toItem)
                .toList();
    }

    public ReferenceItem create(String nameSv, String nameEn) {
        validate(nameSv, nameEn, -1);
        E entry = repository.saveAndFlush(settings.factory().apply(nameSv.trim(), nameEn.trim()));
        ReferenceItem created = entry.toItem();
        audit.created(created);
        return created;
    }

    /** Renames or (de)activates; refuses when someone else saved the entry meanwhile. */
    public ReferenceItem update(long id, long version, String nameSv, String nameEn, boolean active) {
        E entry = repository.findById(id).orElseThrow(() -> new RuleViolationException(settings.notFoundKey()));
        entry.checkVersion(version);
        validate(nameSv, nameEn, id);
        ReferenceItem before = entry.toItem();
        entry.rename(nameSv.trim(), nameEn.trim());
        entry.setActive(active);
        repository.flush();
        ReferenceItem after = entry.toItem();
        audit.changed(before, after);
        return after;
    }

    public boolean exists(long id) {
        return repository.existsById(id);
    }

    public boolean isActive(long id) {
        return repository.existsByIdAndActiveTrue(id);
    }

    /** The Swedish name (the audit log's label), or null when there is no such entry. */
    public String nameSv(long id) {
        return repository.findById(id).map(ReferenceEntity::getNameSv).orElse(null);
    }

    private void validate(String nameSv, String nameEn, long id) {
        List<FieldError> errors = new ArrayList<>();
        required("nameSv", nameSv, errors);
        required("nameEn", nameEn, errors);
        if (errors.isEmpty() && repository.existsByNameSvAndIdNot(nameSv.trim(), id)) {
            errors.add(new FieldError("nameSv", settings.takenKey()));
        }
        if (errors.isEmpty() && repository.existsByNameEnAndIdNot(nameEn.trim(), id)) {
            errors.add(new FieldError("nameEn", settings.takenKey()));
        }
        FieldValidationException.throwIfAny(errors);
    }

    private void required(String field, String value, List<FieldError> errors) {
        if (value == null || value.isBlank()) {
            errors.add(new FieldError(field, "validation.required", settings.nameMax()));
        } else if (value.trim().length() > settings.nameMax()) {
            errors.add(new FieldError(field, "validation.tooLong", settings.nameMax()));
        }
    }
}
