package se.kundlofte.user.ui;

import java.util.HashSet;
import java.util.Set;
import se.kundlofte.user.NewUser;
import se.kundlofte.user.UserChanges;
import se.kundlofte.user.UserListItem;

/** The mutable values behind the user dialog's fields. */
class UserFormModel {

    private String username = "";
    private String fullName = "";
    private String email = "";
    private String department = "";
    private Set<String> roles = new HashSet<>();
    private String password = "";

    static UserFormModel of(UserListItem user) {
        UserFormModel model = new UserFormModel();
        model.username = user.username();
        model.fullName = user.fullName();
        model.email = user.email();
        model.department = user.department() == null ? "" : user.department();
        model.roles = new HashSet<>(user.roles());
        return model;
    }

    NewUser toNewUser() {
        return new NewUser(username, fullName, email, department, Set.copyOf(roles), password);
    }

    UserChanges toChanges(UserListItem original) {
        return new UserChanges(original.id(), original.version(), fullName, email, department, Set.copyOf(roles));
    }

    String getUsername() {
        return username;
    }

    void setUsername(String username) {
        this.username = username;
    }

    String getFullName() {
        return fullName;
    }

    void setFullName(String fullName) {
        this.fullName = fullName;
    }

    String getEmail() {
        return email;
    }

    void setEmail(String email) {
        this.email = email;
    }

    String getDepartment() {
        return department;
    }

    void setDepartment(String department) {
        this.department = department;
    }

    Set<String> getRoles() {
        return roles;
    }

    void setRoles(Set<String> roles) {
        this.roles = roles == null ? new HashSet<>() : new HashSet<>(roles);
    }

    String getPassword() {
        return password;
    }

    void setPassword(String password) {
        this.password = password;
    }
}
