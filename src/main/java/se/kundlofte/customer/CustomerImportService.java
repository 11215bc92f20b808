package se.kundlofte.customer;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.kundlofte.base.RuleViolationException;
import se.kundlofte.base.csv.CsvFormat;
import se.kundlofte.base.csv.CsvFormat.CsvRow;
import se.kundlofte.base.i18n.TranslationProvider;
import se.kundlofte.customer.ImportPreview.ImportError;
import se.kundlofte.customer.ImportPreview.ImportedCustomer;
import se.kundlofte.customer.ImportPreview.ImportedStakeholder;
import se.kundlofte.security.CurrentUser;
import se.kundlofte.security.Permission;
import se.kundlofte.security.Permission.Require;
import se.kundlofte.user.UserDirectory;
import se.kundlofte.user.UserRef;

/**
 * CSV import of customers and their stakeholders (one row per stakeholder; customer columns
 * repeat). All or nothing: the preview lists every error, and the import re-checks the file in
 * its own transaction. A customer already in the register (same org number, else same name) is
 * updated, not duplicated; so is a stakeholder with the same email, else name.
 */
@Service
@PreAuthorize(Require.CUSTOMER_EDIT)
public class CustomerImportService {

    public static final int MAX_BYTES = 2 * 1024 * 1024;
    public static final int MAX_ROWS = 5000;

    private static final Logger log = LoggerFactory.getLogger(CustomerImportService.class);

    private final CustomerRepository customers;
    private final StakeholderRepository stakeholders;
    private final IndustryRepository industries;
    private final UserDirectory userDirectory;
    private final TranslationProvider translations;
    private final CustomerAudit audit;

    CustomerImportService(
            CustomerRepository customers,
            StakeholderRepository stakeholders,
            IndustryRepository industries,
            UserDirectory userDirectory,
            TranslationProvider translations,
            CustomerAudit audit) {
        this.audit = audit;
        this.customers = customers;
        this.stakeholders = stakeholders;
        this.industries = industries;
        this.userDirectory = userDirectory;
        this.translations = translations;
    }

    /** Reads the file and reports what it would do; saves nothing. */
    @Transactional(readOnly = true)
    public ImportPreview preview(byte[] file) {
        return new Reader(file).read();
    }

    /** Imports the file when it has no errors; otherwise saves nothing and refuses. */
    @Transactional
    public ImportResult importFile(byte[] file) {
        ImportPreview preview = new Reader(file).read();
        if (!preview.valid()) {
            throw new RuleViolationException(
                    "import.error.notValid", preview.errors().size());
        }
        int created = 0;
        int updated = 0;
        int stakeholdersCreated = 0;
        int stakeholdersUpdated = 0;
        for (ImportedCustomer imported : preview.customers()) {
            Customer customer;
            if (imported.existingId() == null) {
                customer = customers.save(new Customer(
                        imported.form(),
                        OrgNumber.normalize(imported.form().orgNumber()).orElse(null)));
                customers.flush();
                audit.created(customer);
                created++;
            } else {
                customer = customers.findById(imported.existingId()).orElseThrow();
                var before = audit.values(customer);
                customer.apply(
                        merge(customer, imported.form()),
                        OrgNumber.normalize(imported.form().orgNumber()).orElse(customer.getOrgNumber()));
                customers.flush();
                audit.changed(customer, before);
                updated++;
            }
            List<Stakeholder> existing = stakeholders.findByCustomerIdOrderByNameAsc(customer.getId());
            for (ImportedStakeholder row : imported.stakeholders()) {
                Optional<Stakeholder> match = existing.stream()
                        .filter(s -> sameStakeholder(s, row.form()))
                        .findFirst();
                if (match.isPresent()) {
                    var before = audit.values(match.get());
                    match.get().apply(row.form());
                    stakeholders.flush();
                    audit.changed(match.get(), before);
                    stakeholdersUpdated++;
                } else {
                    Stakeholder stakeholder = stakeholders.saveAndFlush(new Stakeholder(customer.getId(), row.form()));
                    audit.created(stakeholder);
                    existing = new ArrayList<>(existing);
                    existing.add(stakeholder);
                    stakeholdersCreated++;
                }
            }
            stakeholders.flush();
        }
        ImportResult result = new ImportResult(created, updated, stakeholdersCreated, stakeholdersUpdated);
        log.info(
                "Customer import by {}: {}",
                CurrentUser.get().map(u -> u.getUsername()).orElse("system"),
                result);
        return result;
    }

    /** Blank optional values in the file keep what the register has. */
    private static CustomerForm merge(Customer current, CustomerForm file) {
        return new CustomerForm(
                file.name(),
                file.orgNumber(),
                file.industryId() != null ? file.industryId() : current.getIndustryId(),
                file.segment(),
                file.keyAccount(),
                file.ownerId() != null ? file.ownerId() : current.getOwnerId(),
                file.notes() != null && !file.notes().isBlank() ? file.notes() : current.getNotes());
    }

    private static boolean sameStakeholder(Stakeholder existing, StakeholderForm row) {
        if (existing.getEmail() != null && row.email() != null && !row.email().isBlank()) {
            return existing.getEmail().equalsIgnoreCase(row.email().trim());
        }
        return existing.getName().equalsIgnoreCase(row.name().trim());
    }

    /** What an import did. */
    public record ImportResult(
            int customersCreated, int customersUpdated, int stakeholdersCreated, int stakeholdersUpdated) {}

    /** One pass over one file: parses, looks up and validates every row. */
    private final class Reader {

        private final byte[] file;
        private final List<ImportError> errors = new ArrayList<>();
        private final Map<CustomerCsvColumn, Integer> columns = new EnumMap<>(CustomerCsvColumn.class);
        private final Map<CustomerCsvColumn, String> headers = new EnumMap<>(CustomerCsvColumn.class);
        private final Map<String, Long> industriesByName = new java.util.HashMap<>();
        private final Map<String, Segment> segmentsByName = new java.util.HashMap<>();
        private final Map<String, CustomerRole> rolesByName = new java.util.HashMap<>();

        Reader(byte[] file) {
            this.file = file;
            for (Industry industry : industries.findAll()) {
                industriesByName.put(key(industry.getNameSv()), industry.getId());
                industriesByName.put(key(industry.getNameEn()), industry.getId());
            }
            for (Segment segment : Segment.values()) {
                names(segment.name(), segment.translationKey()).forEach(name -> segmentsByName.put(name, segment));
            }
            for (CustomerRole role : CustomerRole.values()) {
                names(role.name(), role.translationKey()).forEach(name -> rolesByName.put(name, role));
            }
        }

        private List<String> names(String code, String translationKey) {
            return List.of(
                    key(code),
                    key(translations.getTranslation(translationKey, TranslationProvider.SWEDISH)),
                    key(translations.getTranslation(translationKey, TranslationProvider.ENGLISH)));
        }

        ImportPreview read() {
            if (file == null || file.length == 0) {
                return fail("import.error.empty");
            }
            if (file.length > MAX_BYTES) {
                return fail("import.error.tooLarge");
            }
            List<CsvRow> rows = CsvFormat.parse(CsvFormat.decode(file));
            if (rows.isEmpty()) {
                return fail("import.error.empty");
            }
            if (rows.size() - 1 > MAX_ROWS) {
                return fail("import.error.tooManyRows");
            }
            readHeader(rows.getFirst());
            if (!columns.containsKey(CustomerCsvColumn.NAME)) {
                errors.add(new ImportError(rows.getFirst().line(), "", "import.error.noNameColumn", ""));
                return new ImportPreview(rows.size() - 1, List.of(), List.copyOf(errors));
            }
            Map<String, Group> groups = new LinkedHashMap<>();
            for (CsvRow row : rows.subList(1, rows.size())) {
                readRow(row, groups);
            }
            List<ImportedCustomer> result = groups.values().stream()
                    .map(g -> new ImportedCustomer(g.line, g.form, g.existingId, List.copyOf(g.stakeholders)))
                    .toList();
            return new ImportPreview(rows.size() - 1, result, List.copyOf(errors));
        }

        private ImportPreview fail(String key) {
            errors.add(new ImportError(0, "", key, "", MAX_BYTES / (1024 * 1024), MAX_ROWS));
            return new ImportPreview(0, List.of(), List.copyOf(errors));
        }

        private void readHeader(CsvRow header) {
            for (int i = 0; i < header.fields().size(); i++) {
                int index = i;
                String text = header.get(i);
                CustomerCsvColumn.of(text)
                        .ifPresentOrElse(
                                column -> {
                                    columns.putIfAbsent(column, index);
                                    headers.putIfAbsent(column, text);
                                },
                                () -> {
                                    if (!text.isBlank()) {
                                        errors.add(new ImportError(
                                                header.line(), text, "import.error.unknownColumn", text));
                                    }
                                });
            }
        }

        private String value(CsvRow row, CustomerCsvColumn column) {
            String value = row.get(columns.getOrDefault(column, -1));
            // Undo the export's protection against spreadsheet formulas.
            return value.length() > 1 && value.charAt(0) == '\'' && "=+-@".indexOf(value.charAt(1)) >= 0
                    ? value.substring(1)
                    : value;
        }

        private void error(CsvRow row, CustomerCsvColumn column, String key, String value, Object... args) {
            errors.add(new ImportError(row.line(), headers.getOrDefault(column, ""), key, value, args));
        }

        private void readRow(CsvRow row, Map<String, Group> groups) {
            String name = value(row, CustomerCsvColumn.NAME);
            String orgText = value(row, CustomerCsvColumn.ORG_NUMBER);
            int errorsBefore = errors.size();
            CustomerRules.required(name, CustomerRules.NAME_MAX)
                    .ifPresent(k -> error(row, CustomerCsvColumn.NAME, k, name, CustomerRules.NAME_MAX));
            String orgNumber = null;
            if (!orgText.isBlank()) {
                orgNumber = OrgNumber.normalize(orgText).orElse(null);
                if (orgNumber == null) {
                    error(row, CustomerCsvColumn.ORG_NUMBER, "customer.error.orgNumber", orgText);
                }
            }
            if (errors.size() > errorsBefore) {
                return;
            }
            String groupKey = orgNumber != null ? orgNumber : "name:" + key(name);
            Group group = groups.get(groupKey);
            if (group == null) {
                CustomerForm form = customerForm(row, name, orgNumber);
                if (form == null) {
                    return;
                }
                group = new Group(row.line(), form, existingCustomer(orgNumber, name));
                groups.put(groupKey, group);
            }
            stakeholder(row).ifPresent(group.stakeholders::add);
        }

        private CustomerForm customerForm(CsvRow row, String name, String orgNumber) {
            int errorsBefore = errors.size();
            Long industryId = null;
            String industryText = value(row, CustomerCsvColumn.INDUSTRY);
            if (!industryText.isBlank()) {
                industryId = industriesByName.get(key(industryText));
                if (industryId == null) {
                    error(row, CustomerCsvColumn.INDUSTRY, "import.error.unknownIndustry", industryText);
                }
            }
            Segment segment = Segment.SMALL_BUSINESS;
            String segmentText = value(row, CustomerCsvColumn.SEGMENT);
            if (!segmentText.isBlank()) {
                segment = segmentsByName.get(key(segmentText));
                if (segment == null) {
                    error(row, CustomerCsvColumn.SEGMENT, "import.error.unknownSegment", segmentText);
                }
            }
            Boolean keyAccount = bool(value(row, CustomerCsvColumn.KEY_ACCOUNT));
            if (keyAccount == null) {
                error(
                        row,
                        CustomerCsvColumn.KEY_ACCOUNT,
                        "import.error.yesNo",
                        value(row, CustomerCsvColumn.KEY_ACCOUNT));
            }
            Long ownerId = null;
            String ownerText = value(row, CustomerCsvColumn.OWNER);
            if (!ownerText.isBlank()) {
                ownerId = userDirectory
                        .activeWithPermission(Permission.CUSTOMER_OWN, ownerText)
                        .map(UserRef::id)
                        .orElse(null);
                if (ownerId == null) {
                    error(row, CustomerCsvColumn.OWNER, "import.error.unknownOwner", ownerText);
                }
            }
            String notes = value(row, CustomerCsvColumn.NOTES);
            CustomerRules.optional(notes, CustomerRules.NOTES_MAX)
                    .ifPresent(k -> error(
                            row, CustomerCsvColumn.NOTES, k, notes.substring(0, 40) + "…", CustomerRules.NOTES_MAX));
            if (errors.size() > errorsBefore) {
                return null;
            }
            return new CustomerForm(name, orgNumber, industryId, segment, keyAccount, ownerId, notes);
        }

        private Long existingCustomer(String orgNumber, String name) {
            Optional<Customer> match = orgNumber != null ? customers.findByOrgNumber(orgNumber) : Optional.empty();
            if (match.isEmpty()) {
                match = customers.findFirstByNameOrderByIdAsc(name.trim());
                // A same-named customer with another org number is another organisation.
                if (match.isPresent() && orgNumber != null && match.get().getOrgNumber() != null) {
                    match = Optional.empty();
                }
            }
            return match.map(Customer::getId).orElse(null);
        }

        private Optional<ImportedStakeholder> stakeholder(CsvRow row) {
            String name = value(row, CustomerCsvColumn.STAKEHOLDER_NAME);
            String title = value(row, CustomerCsvColumn.STAKEHOLDER_TITLE);
            String email = value(row, CustomerCsvColumn.STAKEHOLDER_EMAIL);
            String phone = value(row, CustomerCsvColumn.STAKEHOLDER_PHONE);
            String rolesText = value(row, CustomerCsvColumn.STAKEHOLDER_ROLES);
            if (name.isBlank() && email.isBlank() && phone.isBlank() && rolesText.isBlank()) {
                return Optional.empty();
            }
            int errorsBefore = errors.size();
            CustomerRules.required(name, CustomerRules.PERSON_MAX)
                    .ifPresent(k -> error(row, CustomerCsvColumn.STAKEHOLDER_NAME, k, name, CustomerRules.PERSON_MAX));
            CustomerRules.optional(title, CustomerRules.PERSON_MAX)
                    .ifPresent(
                            k -> error(row, CustomerCsvColumn.STAKEHOLDER_TITLE, k, title, CustomerRules.PERSON_MAX));
            CustomerRules.email(email).ifPresent(k -> error(row, CustomerCsvColumn.STAKEHOLDER_EMAIL, k, email));
            CustomerRules.phone(phone).ifPresent(k -> error(row, CustomerCsvColumn.STAKEHOLDER_PHONE, k, phone));
            Set<CustomerRole> roles = EnumSet.noneOf(CustomerRole.class);
            for (String part : rolesText.split("[,|/;+]")) {
                if (!part.isBlank()) {
                    CustomerRole role = rolesByName.get(key(part));
                    if (role == null) {
                        error(row, CustomerCsvColumn.STAKEHOLDER_ROLES, "import.error.unknownRole", part.trim());
                    } else {
                        roles.add(role);
                    }
                }
            }
            if (rolesText.isBlank()) {
                error(row, CustomerCsvColumn.STAKEHOLDER_ROLES, "stakeholder.error.roles", "");
            }
            Boolean primary = bool(value(row, CustomerCsvColumn.PRIMARY_CONTACT));
            if (primary == null) {
                error(
                        row,
                        CustomerCsvColumn.PRIMARY_CONTACT,
                        "import.error.yesNo",
                        value(row, CustomerCsvColumn.PRIMARY_CONTACT));
            }
            if (errors.size() > errorsBefore) {
                return Optional.empty();
            }
            return Optional.of(new ImportedStakeholder(
                    row.line(), new StakeholderForm(name, title, email, phone, roles, primary)));
        }
    }

    private static final class Group {
        final int line;
        final CustomerForm form;
        final Long existingId;
        final List<ImportedStakeholder> stakeholders = new ArrayList<>();

        Group(int line, CustomerForm form, Long existingId) {
            this.line = line;
            this.form = form;
            this.existingId = existingId;
        }
    }

    /** Yes/no as people type it; blank is no; null when it is neither. */
    static Boolean bool(String text) {
        String value = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        return switch (value) {
            case "", "nej", "no", "n", "false", "0", "falskt" -> false;
            case "ja", "yes", "j", "y", "true", "1", "x", "sant" -> true;
            default -> null;
        };
    }

    /** Case, accent and punctuation blind key for matching names and codes. */
    static String key(String text) {
        return CustomerCsvColumn.normalize(text).replace("&", "och");
    }
}
