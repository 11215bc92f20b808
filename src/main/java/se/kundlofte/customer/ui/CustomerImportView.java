package se.kundlofte.customer.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import se.kundlofte.base.RuleViolationException;
import se.kundlofte.base.imports.ImportText;
import se.kundlofte.base.imports.ValueQuestion;
import se.kundlofte.base.imports.ui.ColumnMappingForm;
import se.kundlofte.base.imports.ui.CsvUpload;
import se.kundlofte.base.imports.ui.ImportProblemGrid;
import se.kundlofte.base.imports.ui.ValueMatchingForm;
import se.kundlofte.base.ui.Notifications;
import se.kundlofte.base.ui.TitledView;
import se.kundlofte.customer.CustomerImportFields;
import se.kundlofte.customer.CustomerImportOptions;
import se.kundlofte.customer.CustomerImportService;
import se.kundlofte.customer.CustomerImportService.ImportResult;
import se.kundlofte.customer.ImportPreview;
import se.kundlofte.customer.ImportPreview.ImportedCustomer;
import se.kundlofte.security.CurrentUser;
import se.kundlofte.security.Permission;

/**
 * CSV import of customers and stakeholders as a wizard on one page: upload; map the file's columns
 * to our fields; match values that are not exact; the report lists every problem (also as CSV);
 * then import everything or nothing. Each change of mapping or values previews the file again.
 */
@Route("customers/import")
@RolesAllowed(Permission.CUSTOMER_EDIT)
class CustomerImportView extends Main implements TitledView {

    final Upload upload = new Upload();
    final Div mappingStep = new Div();
    final ColumnMappingForm mapping;
    final Div valuesStep = new Div();
    final ValueMatchingForm values;
    final Checkbox createIndustries = new Checkbox();
    final Div reportStep = new Div();
    final Div summary = new Div();
    final Anchor downloadProblems = new Anchor();
    final ImportProblemGrid errors = new ImportProblemGrid();
    final Grid<ImportedCustomer> customers = new Grid<>();
    final Button importButton = new Button();

    private final CustomerImportService importer;
    private byte[] file;
    private CustomerImportOptions options;
    private ImportPreview preview;

    CustomerImportView(CustomerImportService importer) {
        this.importer = importer;
        this.options = CustomerImportOptions.automatic(getLocale());
        addClassName("import-view");

        RouterLink back = new RouterLink(getTranslation("customer.backToRegister"), CustomerListView.class);
        back.addClassName("back-link");
        Paragraph help = new Paragraph(getTranslation("import.help"));
        Paragraph columns = new Paragraph(getTranslation("import.columns"));
        columns.addClassName("muted");

        CsvUpload.configure(upload, CustomerImportService.MAX_BYTES, this::received, this::clear);

        summary.addClassName("import-summary");
        errors.setVisible(false);
        customers
                .addColumn(ImportedCustomer::line)
                .setHeader(getTranslation("import.column.line"))
                .setWidth("6rem")
                .setFlexGrow(0);
        customers
                .addColumn(c -> c.form().name())
                .setHeader(getTranslation("customer.field.name"))
                .setFlexGrow(3);
        customers
                .addColumn(c -> c.form().orgNumber())
                .setHeader(getTranslation("customer.field.orgNumber"))
                .setFlexGrow(1);
        customers
                .addColumn(c -> getTranslation(c.existingId() == null ? "import.action.new" : "import.action.update"))
                .setHeader(getTranslation("import.column.action"))
                .setFlexGrow(1);
        customers
                .addColumn(c -> c.stakeholders().size())
                .setHeader(getTranslation("stakeholders.title"))
                .setFlexGrow(1);
        customers.setAllRowsVisible(true);
        customers.setVisible(false);

        importButton.setText(getTranslation("import.action.import"));
        importButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        importButton.setEnabled(false);
        importButton.addClickListener(e -> runImport());

        mapping = new ColumnMappingForm(CustomerImportFields.all(), m -> refresh(options.withMapping(m)));
        mappingStep.add(
                new H3(getTranslation("import.mapping.title")),
                new Paragraph(getTranslation("import.mapping.help")),
                mapping);
        values = new ValueMatchingForm(v -> refresh(options.withValues(v)));
        createIndustries.setLabel(getTranslation("import.createIndustries"));
        // A courtesy: the service refuses industry creation to everyone but administrators.
        createIndustries.setVisible(CurrentUser.can(Permission.INDUSTRY_ADMIN));
        createIndustries.addValueChangeListener(e -> refresh(options.withCreateMissingIndustries(e.getValue())));
        valuesStep.add(
                new H3(getTranslation("import.values.title")),
                new Paragraph(getTranslation("import.values.help")),
                createIndustries,
                values);
        downloadProblems.setText(getTranslation("import.problems.download"));
        downloadProblems.setHref(errors.csv());
        reportStep.add(new H3(getTranslation("import.report.title")), summary, downloadProblems, errors, customers);
        for (Div step : new Div[] {mappingStep, valuesStep, reportStep}) {
            step.addClassName("import-step");
            step.setVisible(false);
        }

        add(back, help, columns, upload, mappingStep, valuesStep, reportStep, importButton);
    }

    /** A new file: mapped automatically (or as last time), then previewed; nothing is saved yet. */
    void received(byte[] bytes) {
        file = bytes;
        refresh(CustomerImportOptions.automatic(getLocale()).withCreateMissingIndustries(createIndustries.getValue()));
    }

    /** Previews the file with changed options and shows every step again. */
    private void refresh(CustomerImportOptions changed) {
        if (file == null) {
            return;
        }
        preview = importer.preview(file, changed);
        options = changed.withMapping(preview.mapping());
        mapping.show(preview.mapping(), preview.samples());
        mappingStep.setVisible(!preview.mapping().headers().isEmpty());
        values.show(preview.questions(), options.values(), this::note);
        valuesStep.setVisible(!preview.questions().isEmpty());
        reportStep.setVisible(true);
        summary.removeAll();
        if (preview.valid()) {
            summary.add(new Span(getTranslation(
                    "import.summary.valid",
                    preview.rows(),
                    preview.newCustomers(),
                    preview.updatedCustomers(),
                    preview.customers().stream()
                            .mapToInt(c -> c.stakeholders().size())
                            .sum())));
            summary.setClassName("import-summary ok");
        } else {
            summary.add(new Span(
                    getTranslation("import.summary.invalid", preview.errors().size())));
            summary.setClassName("import-summary failed");
        }
        if (!preview.newIndustries().isEmpty()) {
            summary.add(
                    new Paragraph(getTranslation("import.newIndustries", String.join(", ", preview.newIndustries()))));
        }
        errors.show(preview.errors());
        downloadProblems.setVisible(!preview.errors().isEmpty());
        customers.setItems(preview.customers());
        customers.setVisible(!preview.customers().isEmpty());
        importButton.setEnabled(preview.valid());
    }

    /** Under an unmatched industry, when the import creates missing ones. */
    private String note(ValueQuestion question) {
        boolean willCreate = options.createMissingIndustries()
                && "INDUSTRY".equals(question.field())
                && options.values().get(question.field(), question.valueKey()).isEmpty()
                && preview.newIndustries().stream()
                        .anyMatch(n -> ImportText.key(n).equals(question.valueKey()));
        return willCreate ? getTranslation("import.values.willCreate") : "";
    }

    private void runImport() {
        try {
            ImportResult result = importer.importFile(file, options);
            Notifications.success(getTranslation(
                            "import.done",
                            result.customersCreated(),
                            result.customersUpdated(),
                            result.stakeholdersCreated(),
                            result.stakeholdersUpdated())
                    + (result.industriesCreated() > 0
                            ? " " + getTranslation("import.doneIndustries", result.industriesCreated())
                            : ""));
            getUI().ifPresent(ui -> ui.navigate(CustomerListView.class));
        } catch (RuleViolationException e) {
            Notifications.error(getTranslation(e.getMessageKey(), e.getArgs()));
        }
    }

    private void clear() {
        file = null;
        preview = null;
        summary.removeAll();
        mappingStep.setVisible(false);
        valuesStep.setVisible(false);
        reportStep.setVisible(false);
        importButton.setEnabled(false);
    }

    @Override
    public String titleKey() {
        return "import.title";
    }
}
