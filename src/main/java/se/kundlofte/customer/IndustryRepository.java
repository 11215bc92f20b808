package se.kundlofte.customer;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface IndustryRepository extends JpaRepository<Industry, Long> {

    List<Industry> findAllByOrderByNameSvAsc();

    boolean existsByNameSvAndIdNot(String nameSv, long id);

    boolean existsByNameEnAndIdNot(String nameEn, long id);
}
