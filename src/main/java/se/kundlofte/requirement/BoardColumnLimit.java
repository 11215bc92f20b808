package se.kundlofte.requirement;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** The work-in-progress limit of one board column, set by administrators. */
@Entity
@Table(name = "board_column")
public class BoardColumnLimit {

    @Id
    @Enumerated(EnumType.STRING)
    Stage stage;

    @Version
    long version;

    @Column(name = "wip_limit")
    Integer wipLimit;

    protected BoardColumnLimit() {}
}
