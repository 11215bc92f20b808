package se.kundlofte.base.imports;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.data.jpa.repository.JpaRepository;

/**
 * Column mappings remembered per user and kind of import. Feature import services call it inside
 * their own transactions and access rules.
 */
public interface RememberedColumnRepository extends JpaRepository<RememberedColumn, Long> {

    List<RememberedColumn> findByUserIdAndImportKind(long userId, String importKind);

    /** Header key → field key (or {@link ColumnMapping#IGNORE}) as the user chose last time. */
    default Map<String, String> remembered(long userId, String importKind) {
        Map<String, String> result = new HashMap<>();
        findByUserIdAndImportKind(userId, importKind).forEach(c -> result.put(c.getHeaderKey(), c.getFieldKey()));
        return result;
    }

    /** Keeps the decided columns of the mapping for the user's next import of this kind. */
    default void remember(long userId, String importKind, ColumnMapping mapping) {
        Map<String, RememberedColumn> existing = new HashMap<>();
        findByUserIdAndImportKind(userId, importKind).forEach(c -> existing.put(c.getHeaderKey(), c));
        mapping.decisions().forEach((header, field) -> {
            if (header.length() > RememberedColumns.HEADER_MAX) {
                return;
            }
            RememberedColumn column = existing.get(header);
            if (column == null) {
                save(new RememberedColumn(userId, importKind, header, field));
            } else {
                column.setFieldKey(field);
            }
        });
        flush();
    }
}
