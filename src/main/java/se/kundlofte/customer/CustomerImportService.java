package se.kundlofte.customer;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.kundlofte.base.RuleViolationException;
import se.kundlofte.base.csv.CsvFormat.CsvRow;
import se.kundlofte.base.i18n.TranslationProvider;
import se.kundlofte.base.imports.ColumnMapping;
import se.kundlofte.base.imports.HeaderMatcher;
import se.kundlofte.base.imports.ImportFile;
import se.kundlofte.base.imports.ImportProblem;
import se.kundlofte.base.imports.ImportReading;
import se.kundlofte.base.imports.ImportText;
import se.kundlofte.base.imports.RememberedColumnRepository;
import se.kundlofte.base.imports.ValueMatcher;
import se.kundlofte.customer.ImportPreview.ImportedCustomer;
import se.kundlofte.customer.ImportPreview.ImportedStakeholder;
import se.kundlofte.security.CurrentUser;
import se.kundlofte.security.KundlofteUser;
import se.kundlofte.security.Permission;
import se.kundlofte.security.Permission.Require;
import se.kundlofte.user.UserDirectory;

/**
 * CSV import of customers and their stakeholders (one row per stakeholder; customer columns
 * repeat), in steps: the file's columns are matched to our fields (the user's choices from last
 * time, else known synonyms) and the user may change that; reference values are matched exactly
 * or offered as suggestions the user accepts per distinct value; then the preview lists every
 * problem of every row. All or nothing: the import re-checks the file in its own transaction. A
 * customer already in the register (same org number, else same name) is updated, not duplicated;
 * so is a stakeholder with the same email, else name.
 */
@Service
@PreAuthorize(Require.CUSTOMER_EDIT)
public class CustomerImportService {

    public static final int MAX_BYTES = 2 * 1024 * 1024;
    public static final int MAX_ROWS = 5000;

    /** The kind under which this import's column mappings are remembered. */
    static final String IMPORT_KIND = "customers";

    private static final Logger log = LoggerFactory.getLogger(CustomerImportService.class);

    private final CustomerRepository customers;
    private final StakeholderRepository stakeholders;
    private final IndustryRepository industries;
    private final IndustryService industryService;
    private final UserDirectory userDirectory;
    private final TranslationProvider translations;
    private final CustomerAudit audit;
    private final RememberedColumnRepository rememberedColumns;

    CustomerImportService(
            CustomerRepository customers,
            StakeholderRepository stakeholders,
            IndustryRepository industries,
            IndustryService industryService,
            UserDirectory userDirectory,
            TranslationProvider translations,
            CustomerAudit audit,
            RememberedColumnRepository rememberedColumns) {
        this.audit = audit;
        this.customers = customers;
        this.stakeholders = stakeholders;
        this.industries = industries;
        this.industryService = industryService;
        this.userDirectory = userDirectory;
        this.translations = translations;
        this.rememberedColumns = rememberedColumns;
    }

    /** Reads the file with the automatic column mapping and reports what it would do; saves nothing. */
    @Transactional(readOnly = true)
    public ImportPreview preview(byte[] file) {
        return preview(file, CustomerImportOptions.automatic(TranslationProvider.ENGLISH));
    }

    /**
     * Reads the file as the options say and reports what it would do: the mapping used, every
     * problem, the values to match; saves nothing. Creating industries is for administrators.
     */
    @Transactional(readOnly = true)
    public ImportPreview preview(byte[] file, CustomerImportOptions options) {
        checkMayCreateIndustries(options);
        return new Reader(file, options).read();
    }

    /** Imports the file with the automatic column mapping when it has no problems. */
    @Transactional
    public ImportResult importFile(byte[] file) {
        return importFile(file, CustomerImportOptions.automatic(TranslationProvider.ENGLISH));
    }

    /**
     * Imports the file when it has no problems, otherwise saves nothing and refuses; remembers the
     * column mapping for the user's next import.
     */
    @Transactional
    public ImportResult importFile(byte[] file, CustomerImportOptions options) {
        checkMayCreateIndustries(options);
        ImportPreview preview = new Reader(file, options).read();
        if (!preview.valid()) {
            throw new RuleViolationException(
                    "import.error.notValid", preview.errors().size());
        }
        Map<String, Long> createdIndustries = new HashMap<>();
        for (String name : preview.newIndustries()) {
            createdIndustries.put(
                    ImportText.key(name), industryService.create(name, name).id());
        }
        int created = 0;
        int updated = 0;
        int stakeholdersCreated = 0;
        int stakeholdersUpdated = 0;
        for (ImportedCustomer imported : preview.customers()) {
            CustomerForm form = imported.newIndustry() == null
                    ? imported.form()
                    : withIndustry(imported.form(), createdIndustries.get(ImportText.key(imported.newIndustry())));
            Customer customer;
            if (imported.existingId() == null) {
                customer = customers.save(
                        new Customer(form, OrgNumber.normalize(form.orgNumber()).orElse(null)));
                customers.flush();
                audit.created(customer);
                created++;
            } else {
                customer = customers.findById(imported.existingId()).orElseThrow();
                var before = audit.values(customer);
                customer.apply(
                        merge(customer, form),
                        OrgNumber.normalize(form.orgNumber()).orElse(customer.getOrgNumber()));
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
        CurrentUser.get()
                .ifPresent(user -> rememberedColumns.remember(user.getUserId(), IMPORT_KIND, preview.mapping()));
        ImportResult result =
                new ImportResult(created, updated, stakeholdersCreated, stakeholdersUpdated, createdIndustries.size());
        log.info(
                "Customer import by {}: {}",
                CurrentUser.get().map(u -> u.getUsername()).orElse("system"),
                result);
        return result;
    }

    /** Administrators may let an import create industries; for everyone else it is refused. */
    private static void checkMayCreateIndustries(CustomerImportOptions options) {
        if (options.createMissingIndustries() && !CurrentUser.can(Permission.INDUSTRY_ADMIN)) {
            throw new AccessDeniedException("Only administrators create industries");
        }
    }

    private static CustomerForm withIndustry(CustomerForm form, Long industryId) {
        return new CustomerForm(
                form.name(),
                form.orgNumber(),
                industryId,
                form.segment(),
                form.keyAccount(),
                form.ownerId(),
                form.notes());
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
            int customersCreated,
            int customersUpdated,
            int stakeholdersCreated,
            int stakeholdersUpdated,
            int industriesCreated) {

        public ImportResult(
                int customersCreated, int customersUpdated, int stakeholdersCreated, int stakeholdersUpdated) {
            this(customersCreated, customersUpdated, stakeholdersCreated, stakeholdersUpdated, 0);
        }
    }

    /** One pass over one file: maps columns, matches values and validates every row. */
    private final class Reader {

        private final byte[] file;
        private final CustomerImportOptions options;
        private final CustomerImportValues values;
        private final Map<String, String> newIndustries = new LinkedHashMap<>();
        private @Nullable ImportReading reading;

        Reader(byte[] file, CustomerImportOptions options) {
            this.file = file;
            this.options = options;
            this.values = new CustomerImportValues(
                    industries.findAll(org.springframework.data.domain.Sort.by("nameSv")),
                    userDirectory.activeWithPermission(Permission.CUSTOMER_OWN),
                    translations,
                    options.locale());
        }

        ImportPreview read() {
            ImportFile csv = ImportFile.read(file, MAX_BYTES, MAX_ROWS);
            if (csv.problem() != null) {
                return fail(csv.problem());
            }
            List<CsvRow> rows = csv.rows();
            CsvRow header = rows.getFirst();
            ColumnMapping mapping = options.mapping()
                    .filter(m -> m.headers().equals(header.fields()))
                    .orElseGet(() -> HeaderMatcher.match(header.fields(), CustomerCsvColumn.fields(), remembered()));
            reading = new ImportReading(mapping, options.values());
            reading.checkColumns(header.line());
            List<CsvRow> data = rows.subList(1, rows.size());
            if (!reading.mapped(CustomerCsvColumn.NAME.key())) {
                reading.problem(new ImportProblem(header.line(), "", "import.error.noNameColumn", ""));
                return preview(rows.size() - 1, List.of(), data);
            }
            Map<String, Group> groups = new LinkedHashMap<>();
            for (CsvRow row : data) {
                readRow(row, groups);
            }
            List<ImportedCustomer> result = groups.values().stream()
                    .map(g -> new ImportedCustomer(
                            g.line, g.form, g.existingId, List.copyOf(g.stakeholders), g.newIndustry))
                    .toList();
            return preview(rows.size() - 1, result, data);
        }

        private Map<String, String> remembered() {
            return CurrentUser.get()
                    .map(KundlofteUser::getUserId)
                    .map(id -> rememberedColumns.remembered(id, IMPORT_KIND))
                    .orElse(Map.of());
        }

        private ImportPreview preview(int rowCount, List<ImportedCustomer> result, List<CsvRow> data) {
            ImportReading r = java.util.Objects.requireNonNull(reading);
            return new ImportPreview(
                    rowCount,
                    result,
                    r.problems(),
                    r.mapping(),
                    CustomerCsvColumn.fields(),
                    r.mapping().samples(data),
                    r.questions(),
                    List.copyOf(newIndustries.values()));
        }

        private ImportPreview fail(String key) {
            ImportProblem problem = new ImportProblem(0, "", key, "", MAX_BYTES / (1024 * 1024), MAX_ROWS);
            return new ImportPreview(
                    0,
                    List.of(),
                    List.of(problem),
                    new ColumnMapping(List.of(), List.of()),
                    CustomerCsvColumn.fields(),
                    List.of(),
                    List.of(),
                    List.of());
        }

        private String value(CsvRow row, CustomerCsvColumn column) {
            return java.util.Objects.requireNonNull(reading).value(row, column.key());
        }

        private void error(CsvRow row, CustomerCsvColumn column, String key, String value, Object... args) {
            java.util.Objects.requireNonNull(reading).problem(row, column.key(), key, value, args);
        }

        private <T> Optional<T> match(
                CsvRow row, CustomerCsvColumn column, String text, ValueMatcher<T> matcher, String unknownKey) {
            return java.util.Objects.requireNonNull(reading).match(row, column.key(), text, matcher, unknownKey);
        }

        /** Checks the whole row, reporting every problem; a row with problems adds nothing. */
        private void readRow(CsvRow row, Map<String, Group> groups) {
            ImportReading r = java.util.Objects.requireNonNull(reading);
            int problemsBefore = r.problemCount();
            String name = value(row, CustomerCsvColumn.NAME);
            String orgText = value(row, CustomerCsvColumn.ORG_NUMBER);
            CustomerRules.required(name, CustomerRules.NAME_MAX)
                    .ifPresent(k -> error(row, CustomerCsvColumn.NAME, k, name, CustomerRules.NAME_MAX));
            String orgNumber = null;
            if (!orgText.isBlank()) {
                orgNumber = OrgNumber.normalize(orgText).orElse(null);
                if (orgNumber == null) {
                    error(row, CustomerCsvColumn.ORG_NUMBER, "customer.error.orgNumber", orgText);
                }
            }
            CustomerValues customer = customerValues(row, name, orgNumber);
            Optional<ImportedStakeholder> stakeholder = stakeholder(row);
            if (r.problemCount() > problemsBefore) {
                return;
            }
            String groupKey = orgNumber != null ? orgNumber : "name:" + ImportText.key(name);
            Group group = groups.computeIfAbsent(
                    groupKey,
                    k -> new Group(
                            row.line(),
                            customer.form,
                            existingCustomer(customer.form.orgNumber(), name),
                            customer.newIndustry));
            if (customer.newIndustry != null) {
                newIndustries.putIfAbsent(ImportText.key(customer.newIndustry), customer.newIndustry);
            }
            stakeholder.ifPresent(group.stakeholders::add);
        }

        private CustomerValues customerValues(CsvRow row, String name, @Nullable String orgNumber) {
            ImportReading r = java.util.Objects.requireNonNull(reading);
            Long industryId = null;
            String newIndustry = null;
            String industryText = value(row, CustomerCsvColumn.INDUSTRY);
            if (!industryText.isBlank()) {
                if (options.createMissingIndustries()) {
                    industryId = r.resolve(row, CustomerCsvColumn.INDUSTRY.key(), industryText, values.industries())
                            .orElse(null);
                    if (industryId == null) {
                        newIndustry = industryText.trim();
                        CustomerRules.required(newIndustry, IndustryService.NAME_MAX)
                                .ifPresent(k -> error(
                                        row, CustomerCsvColumn.INDUSTRY, k, industryText, IndustryService.NAME_MAX));
                    }
                } else {
                    industryId = match(
                                    row,
                                    CustomerCsvColumn.INDUSTRY,
                                    industryText,
                                    values.industries(),
                                    "import.error.unknownIndustry")
                            .orElse(null);
                }
            }
            Segment segment = Segment.SMALL_BUSINESS;
            String segmentText = value(row, CustomerCsvColumn.SEGMENT);
            if (!segmentText.isBlank()) {
                segment = match(
                                row,
                                CustomerCsvColumn.SEGMENT,
                                segmentText,
                                values.segments(),
                                "import.error.unknownSegment")
                        .orElse(Segment.SMALL_BUSINESS);
            }
            boolean keyAccount = yesNo(row, CustomerCsvColumn.KEY_ACCOUNT);
            Long ownerId = null;
            String ownerText = value(row, CustomerCsvColumn.OWNER);
            if (!ownerText.isBlank()) {
                ownerId = match(row, CustomerCsvColumn.OWNER, ownerText, values.owners(), "import.error.unknownOwner")
                        .orElse(null);
            }
            String notes = value(row, CustomerCsvColumn.NOTES);
            CustomerRules.optional(notes, CustomerRules.NOTES_MAX)
                    .ifPresent(k -> error(
                            row, CustomerCsvColumn.NOTES, k, notes.substring(0, 40) + "…", CustomerRules.NOTES_MAX));
            return new CustomerValues(
                    new CustomerForm(name, orgNumber, industryId, segment, keyAccount, ownerId, notes), newIndustry);
        }

        /** Blank is no. */
        private boolean yesNo(CsvRow row, CustomerCsvColumn column) {
            String text = value(row, column);
            if (text.isBlank()) {
                return false;
            }
            return match(row, column, text, values.yesNo(), "import.error.yesNo")
                    .orElse(false);
        }

        private Long existingCustomer(@Nullable String orgNumber, String name) {
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
            ImportReading r = java.util.Objects.requireNonNull(reading);
            int problemsBefore = r.problemCount();
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
                    match(
                                    row,
                                    CustomerCsvColumn.STAKEHOLDER_ROLES,
                                    part.trim(),
                                    values.roles(),
                                    "import.error.unknownRole")
                            .ifPresent(roles::add);
                }
            }
            if (rolesText.isBlank()) {
                error(row, CustomerCsvColumn.STAKEHOLDER_ROLES, "stakeholder.error.roles", "");
            }
            boolean primary = yesNo(row, CustomerCsvColumn.PRIMARY_CONTACT);
            if (r.problemCount() > problemsBefore) {
                return Optional.empty();
            }
            return Optional.of(new ImportedStakeholder(
                    row.line(), new StakeholderForm(name, title, email, phone, roles, primary)));
        }
    }

    /** Per column, the first non-blank value of the file, to show beside the mapping. */
    private record CustomerValues(
            CustomerForm form, @Nullable String newIndustry) {}

    private static final class Group {
        final int line;
        final CustomerForm form;
        final @Nullable Long existingId;
        final @Nullable String newIndustry;
        final List<ImportedStakeholder> stakeholders = new ArrayList<>();

        Group(int line, CustomerForm form, @Nullable Long existingId, @Nullable String newIndustry) {
            this.line = line;
            this.form = form;
            this.existingId = existingId;
            this.newIndustry = newIndustry;
        }
    }
}
