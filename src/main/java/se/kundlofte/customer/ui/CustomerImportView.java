package se.kundlofte.customer.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.RolesAllowed;
import se.kundlofte.base.RuleViolationException;
import se.kundlofte.base.ui.Notifications;
import se.kundlofte.base.ui.TitledView;
import se.kundlofte.customer.CustomerImportService;
import se.kundlofte.customer.CustomerImportService.ImportResult;
import se.kundlofte.customer.ImportPreview;
import se.kundlofte.customer.ImportPreview.ImportError;
import se.kundlofte.customer.ImportPreview.ImportedCustomer;
import se.kundlofte.security.Permission;

/**
 * CSV import of customers and stakeholders: upload, preview with a per-row error report, then
 * import everything or nothing.
 */
@Route("customers/import")
@RolesAllowed(Permission.CUSTOMER_EDIT)
class CustomerImportView extends Main implements TitledView {

    final Upload upload = new Upload();
    final Div summary = new Div();
    final Grid<ImportError> errors = new Grid<>();
    final Grid<ImportedCustomer> customers = new Grid<>();
    final Button importButton = new Button();

    private final CustomerImportService importer;
    private byte[] file;

    CustomerImportView(CustomerImportService importer) {
        this.importer = importer;
        addClassName("import-view");

        RouterLink back = new RouterLink(getTranslation("customer.backToRegister"), CustomerListView.class);
        back.addClassName("back-link");
        Paragraph help = new Paragraph(getTranslation("import.help"));
        Paragraph columns = new Paragraph(getTranslation("import.columns"));
        columns.addClassName("muted");

        upload.setUploadHandler(
                UploadHandler.inMemory((metadata, bytes) -> getUI().ifPresent(ui -> ui.access(() -> received(bytes)))));
        upload.setAcceptedFileTypes(".csv", "text/csv", ".txt", "text/plain");
        upload.setMaxFiles(1);
        upload.setI18n(new UploadI18N()
                .setAddFiles(new UploadI18N.AddFiles()
                        .setOne(getTranslation("upload.add"))
                        .setMany(getTranslation("upload.add")))
                .setDropFiles(new UploadI18N.DropFiles()
                        .setOne(getTranslation("upload.drop"))
                        .setMany(getTranslation("upload.drop")))
                .setError(new UploadI18N.Error()
                        .setTooManyFiles(getTranslation("upload.tooMany"))
                        .setFileIsTooBig(getTranslation(
                                "import.error.tooLarge", CustomerImportService.MAX_BYTES / (1024 * 1024)))
                        .setIncorrectFileType(getTranslation("upload.wrongType"))));
        upload.setMaxFileSize(CustomerImportService.MAX_BYTES);
        upload.addFileRejectedListener(
                e -> Notifications.error(getTranslation("import.error.rejected", e.getErrorMessage())));
        upload.addFileRemovedListener(e -> clear());

        summary.addClassName("import-summary");
        errors.addColumn(ImportError::line)
                .setHeader(getTranslation("import.column.line"))
                .setWidth("6rem")
                .setFlexGrow(0);
        errors.addColumn(ImportError::column)
                .setHeader(getTranslation("import.column.column"))
                .setFlexGrow(1);
        errors.addColumn(e -> getTranslation(e.messageKey(), e.args().toArray()))
                .setHeader(getTranslation("import.column.reason"))
                .setFlexGrow(3);
        errors.addColumn(ImportError::value)
                .setHeader(getTranslation("import.column.value"))
                .setFlexGrow(1);
        errors.setAllRowsVisible(true);
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

        add(back, help, columns, upload, summary, errors, customers, importButton);
    }

    /** Shows what the file would do; nothing is saved yet. */
    void received(byte[] bytes) {
        file = bytes;
        ImportPreview preview = importer.preview(bytes);
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
        errors.setItems(preview.errors());
        errors.setVisible(!preview.errors().isEmpty());
        customers.setItems(preview.customers());
        customers.setVisible(!preview.customers().isEmpty());
        importButton.setEnabled(preview.valid());
    }

    private void runImport() {
        try {
            ImportResult result = importer.importFile(file);
            Notifications.success(getTranslation(
                    "import.done",
                    result.customersCreated(),
                    result.customersUpdated(),
                    result.stakeholdersCreated(),
                    result.stakeholdersUpdated()));
            getUI().ifPresent(ui -> ui.navigate(CustomerListView.class));
        } catch (RuleViolationException e) {
            Notifications.error(getTranslation(e.getMessageKey(), e.getArgs()));
        }
    }

    private void clear() {
        file = null;
        summary.removeAll();
        errors.setVisible(false);
        customers.setVisible(false);
        importButton.setEnabled(false);
    }

    @Override
    public String titleKey() {
        return "import.title";
    }
}
