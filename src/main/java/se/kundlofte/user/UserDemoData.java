package se.kundlofte.user;

import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;
import se.kundlofte.base.demo.DemoData;
import se.kundlofte.security.AppRoles;

/** One demo user per role (two in sales), all with the password listed in the README. */
@Component
class UserDemoData implements DemoData {

    static final String PASSWORD = "kundlofte-demo";

    private final UserProvisioning provisioning;

    UserDemoData(UserProvisioning provisioning) {
        this.provisioning = provisioning;
    }

    @Override
    public int order() {
        return 0;
    }

    @Override
    public void load() {
        List.of(
                        user("sales", "Sara Lindqvist", "Sälj", AppRoles.SALES),
                        user("sales2", "Johan Berg", "Sälj", AppRoles.SALES),
                        user("product", "Elin Nyström", "Produktutveckling", AppRoles.PRODUCT_DEVELOPMENT),
                        user("service", "Ahmed Karimi", "Kundtjänst", AppRoles.CUSTOMER_SERVICE),
                        user("marketing", "Maja Ek", "Marknad", AppRoles.MARKETING),
                        user("ceo", "Karin Holm", "Ledning", AppRoles.CEO),
                        user("admin", "Anders Ström", "IT", AppRoles.ADMIN))
                .forEach(provisioning::create);
    }

    private static NewUser user(String username, String name, String department, String role) {
        return new NewUser(username, name, username + "@kundlofte.example", department, Set.of(role), PASSWORD);
    }
}
