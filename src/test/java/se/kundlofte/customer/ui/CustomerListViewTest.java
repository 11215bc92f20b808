package se.kundlofte.customer.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.RouterLink;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import se.kundlofte.customer.CustomerListItem;
import se.kundlofte.customer.Segment;
import se.kundlofte.security.AppRoles;
import se.kundlofte.security.CurrentUser;
import se.kundlofte.test.KaribuTest;

class CustomerListViewTest extends KaribuTest {

    @Autowired
    JdbcTemplate jdbc;

    private List<CustomerListItem> rows(CustomerListView view) {
        int size = GridKt._size(view.grid);
        return java.util.stream.IntStream.range(0, size)
                .mapToObj(i -> GridKt._get(view.grid, i))
                .toList();
    }

    @Test
    void everyRoleSeesTheRegisterButOnlySalesAndAdminCanAdd() {
        for (String role : AppRoles.ALL) {
            loginAs(role);
            CustomerListView view = navigate(CustomerListView.class);
            assertThat(GridKt._size(view.grid)).as(role).isGreaterThanOrEqualTo(40);
            boolean canEdit = role.equals(AppRoles.SALES) || role.equals(AppRoles.ADMIN);
            assertThat(view.create.getParent()).as(role).matches(parent -> parent.isPresent() == canEdit);
            assertThat(_find(RouterLink.class, spec -> spec.withText("Import CSV")))
                    .as(role)
                    .hasSize(canEdit ? 1 : 0);
            assertThat(view.export.getText()).isEqualTo("Export CSV");
        }
    }

    @Test
    void filtersNarrowTheGrid() {
        loginAs(AppRoles.CEO);
        CustomerListView view = navigate(CustomerListView.class);
        _setValue(view.search, "Åre");
        assertThat(rows(view)).extracting(CustomerListItem::name).contains("Fjällhotellen i Åre AB");
        _setValue(view.search, "");

        _setValue(view.segment, Segment.PUBLIC_SECTOR);
        assertThat(rows(view)).isNotEmpty().allSatisfy(c -> assertThat(c.segment())
                .isEqualTo(Segment.PUBLIC_SECTOR));
        _setValue(view.keyAccountsOnly, true);
        assertThat(rows(view)).isNotEmpty().allSatisfy(c -> assertThat(c.keyAccount())
                .isTrue());
        _setValue(view.segment, null);
        _setValue(view.keyAccountsOnly, false);

        view.industry
                .getListDataView()
                .getItems()
                .filter(i -> i.nameEn().equals("Hospitality"))
                .findFirst()
                .ifPresent(i -> _setValue(view.industry, i));
        assertThat(rows(view)).isNotEmpty().allSatisfy(c -> assertThat(c.industryEn())
                .isEqualTo("Hospitality"));
        assertThat(GridKt._getFormatted(view.grid, 0, "industry")).isEqualTo("Hospitality");
    }

    @Test
    void createWithValidationErrorsThenSucceed() {
        loginAs(AppRoles.SALES);
        CustomerListView view = navigate(CustomerListView.class);
        _click(view.create);
        CustomerDialog dialog = _get(CustomerDialog.class);
        _setValue(dialog.orgNumber, "123456-7890");
        _click(dialog.save);

        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.name.getErrorMessage()).isEqualTo("Fill in this field.");
        assertThat(dialog.orgNumber.isInvalid()).isTrue();
        assertThat(dialog.orgNumber.getErrorMessage()).startsWith("Not a valid Swedish organisation number");

        _setValue(dialog.name, "Karibu Konsult AB");
        _setValue(dialog.orgNumber, "");
        _click(dialog.save);

        assertThat(dialog.isOpened()).isFalse();
        CustomerView page = currentView(CustomerView.class);
        assertThat(page.customer().name()).isEqualTo("Karibu Konsult AB");
        assertThat(jdbc.queryForObject("select count(*) from customer where name = 'Karibu Konsult AB'", Integer.class))
                .isEqualTo(1);
    }

    @Test
    void aSellersNewCustomerIsTheirsUnlessTheyChooseAnother() {
        loginAs(AppRoles.SALES);
        _click(navigate(CustomerListView.class).create);
        assertThat(_get(CustomerDialog.class).owner.getValue()).isNotNull().satisfies(owner -> assertThat(owner.id())
                .isEqualTo(CurrentUser.require().getUserId()));

        loginAs(AppRoles.ADMIN);
        _click(navigate(CustomerListView.class).create);
        assertThat(_get(CustomerDialog.class).owner.getValue()).isNull();
    }

    @Test
    void theNameLinksToTheCustomerPage() {
        loginAs(AppRoles.MARKETING);
        CustomerListView view = navigate(CustomerListView.class);
        _setValue(view.search, "Försäkringskassan");
        RouterLink link = (RouterLink) GridKt._getCellComponent(view.grid, 0, "name");
        assertThat(link.getText()).isEqualTo("Försäkringskassan");
        UI.getCurrent().navigate(link.getHref());
        assertThat(currentView(CustomerView.class).customer().name()).isEqualTo("Försäkringskassan");
    }
}
