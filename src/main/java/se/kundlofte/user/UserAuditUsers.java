package se.kundlofte.user;

import java.util.List;
import org.springframework.stereotype.Component;
import se.kundlofte.audit.AuditUsers;

/** The audit log narrows to users from the directory (with the directory's access rules). */
@Component
class UserAuditUsers implements AuditUsers {

    private final UserDirectory directory;

    UserAuditUsers(UserDirectory directory) {
        this.directory = directory;
    }

    @Override
    public List<Person> everyone() {
        return directory.everyone().stream()
                .map(user -> new Person(user.id(), user.username(), user.fullName()))
                .toList();
    }
}
