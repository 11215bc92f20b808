package se.kundlofte.user;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface AppUserRepository extends JpaRepository<AppUser, Long> {

    Optional<AppUser> findByUsername(String username);

    boolean existsByUsername(String username);

    Optional<AppUser> findBySsoSubject(String ssoSubject);

    /** One page of users whose name, username, email or department contains the text. */
    @Query("""
            select u from AppUser u
            where :search is null
               or lower(u.fullName) like :search
               or lower(u.username) like :search
               or lower(u.email) like :search
               or lower(u.department) like :search
            """)
    Slice<AppUser> search(@Param("search") @Nullable String search, Pageable pageable);

    /** The active administrators, locked so that two admins cannot remove the last one at once. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select u from AppUser u where u.active = true and 'ADMIN' member of u.roles")
    List<AppUser> lockActiveAdmins();

    /** Sets the language without touching the version: it never conflicts with an admin's edit. */
    @Modifying
    @Query("update AppUser u set u.preferredLanguage = :language where u.id = :id")
    int updatePreferredLanguage(@Param("id") long id, @Param("language") String language);

    /*
     * Names only, not users: loading the entities fetched every user's roles as well, and the board
     * and the customer register ask for their owner choices on every open.
     */
    @Query("select new se.kundlofte.user.UserRef(u.id, u.username, u.fullName) from AppUser u"
            + " where u.active = true and :role member of u.roles order by u.fullName, u.id")
    List<UserRef> findActiveWithRole(@Param("role") String role);

    @Query("select new se.kundlofte.user.UserRef(u.id, u.username, u.fullName) from AppUser u"
            + " where u.active = true and exists (select r from AppUser a join a.roles r where a = u and r in :roles)"
            + " order by u.fullName, u.id")
    @org.springframework.transaction.annotation.Transactional(
            propagation = org.springframework.transaction.annotation.Propagation.SUPPORTS,
            readOnly = true)
    List<UserRef> findActiveWithAnyRole(@Param("roles") java.util.Collection<String> roles);
}
