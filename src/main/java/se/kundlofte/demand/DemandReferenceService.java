package se.kundlofte.demand;

import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.kundlofte.base.ConcurrentEditException;
import se.kundlofte.base.FieldError;
import se.kundlofte.base.FieldValidationException;
import se.kundlofte.security.Permission.Require;

/** Failure causes and contact channels: everyone reads them, administrators maintain them. */
@Service
@PreAuthorize(Require.DEMAND_READ)
@Transactional(readOnly = true)
public class DemandReferenceService {

    /** The two reference lists and their tables. */
    public enum Kind {
        CAUSE("failure_cause"),
        CHANNEL("contact_channel");

        private final String table;

        Kind(String table) {
            this.table = table;
        }
    }

    private final JdbcTemplate jdbc;
    private final DemandAudit audit;

    DemandReferenceService(JdbcTemplate jdbc, DemandAudit audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    public List<ReferenceItem> causes(boolean includeInactive) {
        return list(Kind.CAUSE, includeInactive);
    }

    public List<ReferenceItem> channels(boolean includeInactive) {
        return list(Kind.CHANNEL, includeInactive);
    }

    private static final org.springframework.jdbc.core.RowMapper<ReferenceItem> ITEM = (rs, i) -> new ReferenceItem(
            rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getBoolean(6));
    private static final String COLUMNS = "select id, version, code, name_sv, name_en, active from ";

    private List<ReferenceItem> list(Kind kind, boolean includeInactive) {
        return jdbc.query(
                COLUMNS + kind.table + (includeInactive ? "" : " where active = true") + " order by sort_order, id",
                ITEM);
    }

    /** Adds an entry at the end of the list. */
    @Transactional
    @PreAuthorize(Require.DEMAND_REFERENCE_ADMIN)
    public void add(Kind kind, String nameSv, String nameEn) {
        validate(nameSv, nameEn);
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update(
                connection -> {
                    PreparedStatement statement = connection.prepareStatement(
                            "insert into " + kind.table + " (code, name_sv, name_en, sort_order) "
                                    + "select concat('CUSTOM_', coalesce(max(id), 0) + 1), ?, ?, "
                                    + "coalesce(max(sort_order), 0) + 10 from " + kind.table,
                            Statement.RETURN_GENERATED_KEYS);
                    statement.setString(1, nameSv.trim());
                    statement.setString(2, nameEn.trim());
                    return statement;
                },
                key);
        audit.referenceAdded(kind, key.getKey().longValue(), nameSv.trim(), nameEn.trim());
    }

    /** Renames or (de)activates; refuses when someone else saved the entry meanwhile. */
    @Transactional
    @PreAuthorize(Require.DEMAND_REFERENCE_ADMIN)
    public void update(Kind kind, long id, long version, String nameSv, String nameEn, boolean active) {
        validate(nameSv, nameEn);
        ReferenceItem before = jdbc.query(COLUMNS + kind.table + " where id = ?", ITEM, id).stream()
                .findFirst()
                .orElseThrow(() -> new ConcurrentEditException(kind.name(), id));
        int updated = jdbc.update(
                "update " + kind.table + " set name_sv = ?, name_en = ?, active = ?, version = version + 1 "
                        + "where id = ? and version = ?",
                nameSv.trim(),
                nameEn.trim(),
                active,
                id,
                version);
        if (updated == 0) {
            throw new ConcurrentEditException(kind.name(), id);
        }
        audit.referenceChanged(kind, id, before, nameSv.trim(), nameEn.trim(), active);
    }

    private static void validate(String nameSv, String nameEn) {
        List<FieldError> errors = new ArrayList<>();
        if (nameSv == null || nameSv.isBlank()) {
            errors.add(new FieldError("nameSv", "validation.required"));
        } else if (nameSv.trim().length() > 120) {
            errors.add(new FieldError("nameSv", "validation.tooLong", 120));
        }
        if (nameEn == null || nameEn.isBlank()) {
            errors.add(new FieldError("nameEn", "validation.required"));
        } else if (nameEn.trim().length() > 120) {
            errors.add(new FieldError("nameEn", "validation.tooLong", 120));
        }
        FieldValidationException.throwIfAny(errors);
    }
}
