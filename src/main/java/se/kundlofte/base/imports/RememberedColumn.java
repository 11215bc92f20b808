package se.kundlofte.base.imports;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import se.kundlofte.base.AbstractEntity;

/** A user's choice for one header in one kind of import, offered again at the next import. */
@Entity
@Table(name = "import_column_choice")
public class RememberedColumn extends AbstractEntity {

    @Column(name = "user_id", nullable = false)
    private long userId;

    @Column(name = "import_kind", nullable = false)
    private String importKind;

    @Column(name = "header_key", nullable = false)
    private String headerKey;

    @Column(name = "field_key", nullable = false)
    private String fieldKey;

    protected RememberedColumn() {}

    RememberedColumn(long userId, String importKind, String headerKey, String fieldKey) {
        this.userId = userId;
        this.importKind = importKind;
        this.headerKey = headerKey;
        this.fieldKey = fieldKey;
    }

    public String getHeaderKey() {
        return headerKey;
    }

    public String getFieldKey() {
        return fieldKey;
    }

    void setFieldKey(String fieldKey) {
        this.fieldKey = fieldKey;
    }
}
