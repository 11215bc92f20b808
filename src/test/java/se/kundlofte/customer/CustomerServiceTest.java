package se.kundlofte.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;
import se.kundlofte.base.ConcurrentEditException;
import se.kundlofte.base.FieldValidationException;
import se.kundlofte.base.reference.ReferenceItem;
import se.kundlofte.security.AppRoles;
import se.kundlofte.security.Permission;
import se.kundlofte.test.IntegrationTest;
import se.kundlofte.user.UserDirectory;

@IntegrationTest
@WithUserDetails("sales")
class CustomerServiceTest {

    private static final AtomicInteger SEQUENCE = new AtomicInteger(100);

    @Autowired
    CustomerService customers;

    @Autowired
    StakeholderService stakeholders;

    @Autowired
    NeedService needs;

    @Autowired
    IndustryService industries;

    @Autowired
    UserDirectory userDirectory;

    @Autowired
    JdbcTemplate jdbc;

    /** A valid, unused organisation number. */
    static String freshOrgNumber() {
        return OrgNumber.withCheckDigit("559" + String.format("%06d", SEQUENCE.incrementAndGet() * 7919 % 1_000_000));
    }

    private CustomerForm form(String name) {
        long industry = industries.list(false).getFirst().id();
        long owner = userDirectory.activeWithRole(AppRoles.SALES).getFirst().id();
        return new CustomerForm(name, freshOrgNumber(), industry, Segment.MID_SIZE, false, owner, "Anteckning");
    }

    @Test
    void theDemoRegisterHasAboutFortySwedishCustomersWithStakeholders() {
        List<CustomerListItem> all = customers.list(CustomerFilter.all(), PageRequest.of(0, 200));
        assertThat(all).hasSizeGreaterThanOrEqualTo(40);
        CustomerListItem region = customers
                .list(CustomerFilter.all().withText("Region Västra"), PageRequest.of(0, 5))
                .getFirst();
        assertThat(region.segment()).isEqualTo(Segment.PUBLIC_SECTOR);
        assertThat(region.keyAccount()).isTrue();
        assertThat(region.industrySv()).isEqualTo("Vård och omsorg");
        assertThat(stakeholders.forCustomer(region.id())).hasSizeBetween(2, 6);
        assertThat(needs.forCustomer(region.id())).isNotEmpty();
    }

    @Test
    void createNormalizesTheOrgNumberAndShowsOwnerAndIndustry() {
        CustomerForm form = form("Testbolaget Åre AB");
        String digits = form.orgNumber().replace("-", "");
        CustomerDetails created = customers.create(new CustomerForm(
                form.name(), digits, form.industryId(), form.segment(), true, form.ownerId(), form.notes()));
        assertThat(created.orgNumber()).isEqualTo(form.orgNumber());
        assertThat(created.ownerName()).isNotBlank();
        assertThat(created.industrySv()).isNotBlank();
        assertThat(created.keyAccount()).isTrue();
    }

    @Test
    void invalidInputIsRefusedAndNothingSaved() {
        long before = jdbc.queryForObject("select count(*) from customer", Long.class);
        long ceo = userDirectory.activeWithRole(AppRoles.CEO).getFirst().id();
        assertThatThrownBy(() -> customers.create(new CustomerForm(" ", "556074-3088", -5L, null, false, ceo, null)))
                .isInstanceOfSatisfying(FieldValidationException.class, e -> assertThat(e.getErrors())
                        .extracting(error -> error.field() + ":" + error.messageKey())
                        .containsExactlyInAnyOrder(
                                "name:validation.required",
                                "orgNumber:customer.error.orgNumber",
                                "segment:validation.choose",
                                "industry:validation.choose",
                                "owner:customer.error.ownerNotSales"));
        assertThat(jdbc.queryForObject("select count(*) from customer", Long.class))
                .isEqualTo(before);
    }

    @Test
    void anOrgNumberBelongsToOneCustomer() {
        CustomerDetails first = customers.create(form("Första AB"));
        CustomerForm second = form("Andra AB");
        assertThatThrownBy(() -> customers.create(new CustomerForm(
                        second.name(), first.orgNumber(), null, Segment.SMALL_BUSINESS, false, null, null)))
                .isInstanceOfSatisfying(FieldValidationException.class, e -> assertThat(e.getErrors())
                        .extracting(error -> error.messageKey())
                        .containsExactly("customer.error.orgNumberTaken"));
        // Saving the customer with its own number is fine.
        customers.update(first.id(), first.version(), first.toForm());
    }

    @Test
    void twoUsersEditingTheSameCustomerCannotOverwriteEachOther() {
        CustomerDetails opened = customers.create(form("Samtidigt AB"));
        CustomerDetails firstSave = customers.update(
                opened.id(),
                opened.version(),
                new CustomerForm("Samtidigt AB (ny)", opened.orgNumber(), null, Segment.ENTERPRISE, true, null, null));
        assertThat(firstSave.version()).isGreaterThan(opened.version());
        assertThatThrownBy(() -> customers.update(opened.id(), opened.version(), opened.toForm()))
                .isInstanceOf(ConcurrentEditException.class);
        assertThat(customers.get(opened.id()).name()).isEqualTo("Samtidigt AB (ny)");
    }

    @Test
    void archivedCustomersAreHiddenUnlessAskedFor() {
        CustomerDetails created = customers.create(form("Arkivbolaget Zeta AB"));
        CustomerFilter byName = CustomerFilter.all().withText("Arkivbolaget Zeta");
        assertThat(customers.list(byName, PageRequest.of(0, 10))).hasSize(1);
        customers.setArchived(created.id(), created.version(), true);
        assertThat(customers.list(byName, PageRequest.of(0, 10))).isEmpty();
        assertThat(customers.list(
                        CustomerFilter.all().withText("Arkivbolaget Zeta").withArchived(true), PageRequest.of(0, 10)))
                .singleElement()
                .satisfies(c -> assertThat(c.archived()).isTrue());
    }

    @Test
    void filtersRunInTheDatabase() {
        ReferenceItem retail = industries.list(false).stream()
                .filter(i -> i.nameEn().equals("Retail"))
                .findFirst()
                .orElseThrow();
        List<CustomerListItem> retailers =
                customers.list(CustomerFilter.all().withIndustry(retail.id()), PageRequest.of(0, 100));
        assertThat(retailers).isNotEmpty().allSatisfy(c -> assertThat(c.industryEn())
                .isEqualTo("Retail"));

        assertThat(customers.list(CustomerFilter.all().withKeyAccountsOnly(true), PageRequest.of(0, 100)))
                .isNotEmpty()
                .allSatisfy(c -> assertThat(c.keyAccount()).isTrue());
        assertThat(customers.list(CustomerFilter.all().withSegment(Segment.PUBLIC_SECTOR), PageRequest.of(0, 100)))
                .isNotEmpty()
                .allSatisfy(c -> assertThat(c.segment()).isEqualTo(Segment.PUBLIC_SECTOR));
        long sales2 = userDirectory
                .activeWithPermission(Permission.CUSTOMER_OWN, "sales2")
                .orElseThrow()
                .id();
        assertThat(customers.list(CustomerFilter.all().withOwner(sales2), PageRequest.of(0, 100)))
                .isNotEmpty()
                .allSatisfy(c -> assertThat(c.ownerName()).isEqualTo("Johan Berg"));
    }

    @Test
    void searchFindsByOrgNumberTypedWithoutDashAndSortsSwedish() {
        CustomerDetails created = customers.create(form("Öresundsbron Drift AB"));
        String digits = created.orgNumber().replace("-", "");
        assertThat(customers.list(CustomerFilter.all().withText(digits), PageRequest.of(0, 5)))
                .extracting(CustomerListItem::id)
                .containsExactly(created.id());

        List<String> names = customers.list(CustomerFilter.all(), PageRequest.of(0, 200, Sort.by("name"))).stream()
                .map(CustomerListItem::name)
                .toList();
        int lastZ = -1;
        int firstAao = Integer.MAX_VALUE;
        for (int i = 0; i < names.size(); i++) {
            char first = Character.toUpperCase(names.get(i).charAt(0));
            if (first == 'Z' || first == 'Y' || first == 'V') {
                lastZ = i;
            }
            if (first == 'Å' || first == 'Ä' || first == 'Ö') {
                firstAao = Math.min(firstAao, i);
            }
        }
        assertThat(firstAao).as("Å, Ä and Ö sort after Z").isGreaterThan(lastZ);
    }

    @Test
    void aPageNeverHoldsMoreThanTwoHundredRows() {
        assertThat(customers.list(CustomerFilter.all(), PageRequest.of(0, 10_000)))
                .hasSizeLessThanOrEqualTo(200);
        assertThat(customers.list(CustomerFilter.all(), PageRequest.of(0, 5))).hasSize(5);
    }

    @Test
    void stakeholdersHaveRolesAndOnePrimaryContact() {
        CustomerDetails customer = customers.create(form("Intressentbolaget AB"));
        StakeholderItem first = stakeholders.create(
                customer.id(),
                new StakeholderForm(
                        "Anna Berg",
                        "VD",
                        "anna@berg.se",
                        "070-123 45 67",
                        EnumSet.of(CustomerRole.DECISION_MAKER),
                        true));
        stakeholders.create(
                customer.id(),
                new StakeholderForm(
                        "Bo Ek",
                        "Ekonomichef",
                        "bo@berg.se",
                        null,
                        EnumSet.of(CustomerRole.PAYER, CustomerRole.ASSESSOR),
                        true));
        List<StakeholderItem> people = stakeholders.forCustomer(customer.id());
        assertThat(people)
                .filteredOn(StakeholderItem::primaryContact)
                .extracting(StakeholderItem::name)
                .containsExactly("Bo Ek");
        assertThat(people).filteredOn(p -> p.id() == first.id()).singleElement().satisfies(p -> assertThat(p.roles())
                .containsExactly(CustomerRole.DECISION_MAKER));

        assertThatThrownBy(() -> stakeholders.create(
                        customer.id(), new StakeholderForm("", null, "inte-en-adress", "abc", Set.of(), false)))
                .isInstanceOfSatisfying(FieldValidationException.class, e -> assertThat(e.getErrors())
                        .extracting(error -> error.field())
                        .containsExactlyInAnyOrder("name", "email", "phone", "roles"));
    }

    @Test
    void needsAreDirectOrIndirect() {
        CustomerDetails customer = customers.create(form("Behovsbolaget AB"));
        NeedItem need =
                needs.create(customer.id(), new NeedForm("Trygghet", "Veta vem som äger ärendet", NeedKind.INDIRECT));
        NeedItem edited = needs.update(need.id(), need.version(), new NeedForm("Trygghet", null, NeedKind.INDIRECT));
        assertThat(edited.description()).isNull();
        assertThatThrownBy(() -> needs.update(need.id(), need.version(), need.toForm()))
                .isInstanceOf(ConcurrentEditException.class);
        needs.delete(edited.id(), edited.version());
        assertThat(needs.forCustomer(customer.id())).isEmpty();
    }
}
