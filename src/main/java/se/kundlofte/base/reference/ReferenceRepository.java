package se.kundlofte.base.reference;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.repository.NoRepositoryBean;

/** What every reference list's repository offers; a list's own repository extends it. */
@NoRepositoryBean
public interface ReferenceRepository<E extends ReferenceEntity> extends JpaRepository<E, Long> {

    boolean existsByNameSvAndIdNot(String nameSv, long id);

    boolean existsByNameEnAndIdNot(String nameEn, long id);

    boolean existsByIdAndActiveTrue(long id);
}
