package se.kundlofte.satisfaction.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
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
import se.kundlofte.base.imports.ui.ColumnMappingForm;
import se.kundlofte.base.imports.ui.CsvUpload;
import se.kundlofte.base.imports.ui.ImportProblemGrid;
import se.kundlofte.base.imports.ui.ValueMatchingForm;
import se.kundlofte.base.ui.Notifications;
import se.kundlofte.base.ui.TitledView;
import se.kundlofte.satisfaction.SurveyImportFields;
import se.kundlofte.satisfaction.SurveyImportOptions;
import se.kundlofte.satisfaction.SurveyImportPreview;
import se.kundlofte.satisfaction.SurveyImportPreview.ImportedResponse;
import se.kundlofte.satisfaction.SurveyImportService;
import se.kundlofte.satisfaction.SurveyImportService.ImportResult;
import se.kundlofte.security.Permission;

/**
 * CSV import of survey responses with the shared import steps: upload; map the file's columns;
 * match values that are not exact; the report lists every problem (also as CSV); then import
 * everything or nothing. Responses already imported (same external id) are skipped.
 */
@Route("satisfaction/import")
@RolesAllowed(Permission.SATISFACTION_RECORD)
class SurveyImportView extends Main implements TitledView {

    final Upload upload = new Upload();
    final Div mappingStep = new Div();
    final ColumnMappingForm mapping;
    final Div valuesStep = new Div();
    final ValueMatchingForm values;
    final Div reportStep = new Div();
    final Div summary = new Div();
    final Anchor downloadProblems = new Anchor();
    final ImportProblemGrid errors = new ImportProblemGrid();
    final Grid<ImportedResponse> responses = new Grid<>();
    final Button importButton = new Button();

    private final SurveyImportService importer;
    private byte[] file;
    private SurveyImportOptions options;
    private SurveyImportPreview preview;

    SurveyImportView(SurveyImportService importer) {
        this.importer = importer;
        this.options = SurveyImportOptions.automatic(getLocale());
        addClassName("import-view");
        RouterLink back = new RouterLink(getTranslation("satisfaction.import.back"), SatisfactionView.class);
        back.addClassName("back-link");
        Paragraph help = new Paragraph(getTranslation("satisfaction.import.help"));
        Paragraph columns = new Paragraph(getTranslation("satisfaction.import.columns"));
        columns.addClassName("muted");

        CsvUpload.configure(upload, SurveyImportService.MAX_BYTES, this::received, this::clear);

        summary.addClassName("import-summary");
        errors.setVisible(false);
        responses
                .addColumn(ImportedResponse::line)
                .setHeader(getTranslation("import.column.line"))
                .setWidth("6rem")
                .setFlexGrow(0);
        responses
                .addComponentColumn(
                        r -> ScoreFormat.badge(r.form().type(), r.form().score()))
                .setHeader(getTranslation("satisfaction.field.score"))
                .setFlexGrow(1);
        responses
                .addColumn(r -> String.valueOf(r.form().answeredOn()))
                .setHeader(getTranslation("satisfaction.field.answeredOn"))
                .setFlexGrow(1);
        responses
                .addColumn(r -> r.form().comment() == null ? "" : r.form().comment())
                .setHeader(getTranslation("satisfaction.field.comment"))
                .setFlexGrow(3);
        responses.setHeight("20rem");
        responses.setVisible(false);

        importButton.setText(getTranslation("import.action.import"));
        importButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        importButton.setEnabled(false);
        importButton.addClickListener(e -> runImport());

        mapping = new ColumnMappingForm(SurveyImportFields.all(), m -> refresh(options.withMapping(m)));
        mappingStep.add(
                new H3(getTranslation("import.mapping.title")),
                new Paragraph(getTranslation("import.mapping.help")),
                mapping);
        values = new ValueMatchingForm(v -> refresh(options.withValues(v)));
        valuesStep.add(
                new H3(getTranslation("import.values.title")),
                new Paragraph(getTranslation("import.values.help")),
                values);
        downloadProblems.setText(getTranslation("import.problems.download"));
        downloadProblems.setHref(errors.csv());
        reportStep.add(new H3(getTranslation("import.report.title")), summary, downloadProblems, errors, responses);
        for (Div step : new Div[] {mappingStep, valuesStep, reportStep}) {
            step.addClassName("import-step");
            step.setVisible(false);
        }
        add(back, help, columns, upload, mappingStep, valuesStep, reportStep, importButton);
    }

    /** A new file: mapped automatically (or as last time), then previewed; nothing is saved yet. */
    void received(byte[] bytes) {
        file = bytes;
        refresh(SurveyImportOptions.automatic(getLocale()));
    }

    private void refresh(SurveyImportOptions changed) {
        if (file == null) {
            return;
        }
        preview = importer.preview(file, changed);
        options = changed.withMapping(preview.mapping());
        mapping.show(preview.mapping(), preview.samples());
        mappingStep.setVisible(!preview.mapping().headers().isEmpty());
        values.show(preview.questions(), options.values(), q -> "");
        valuesStep.setVisible(!preview.questions().isEmpty());
        reportStep.setVisible(true);
        summary.removeAll();
        if (preview.valid()) {
            long followUps = preview.responses().stream()
                    .filter(r -> r.form().type().needsFollowUp(r.form().score()))
                    .count();
            summary.add(new Span(getTranslation(
                    "satisfaction.import.summary",
                    preview.rows(),
                    preview.responses().size(),
                    preview.alreadyImported(),
                    followUps)));
            summary.setClassName("import-summary ok");
        } else {
            summary.add(new Span(
                    getTranslation("import.summary.invalid", preview.errors().size())));
            summary.setClassName("import-summary failed");
        }
        errors.show(preview.errors());
        downloadProblems.setVisible(!preview.errors().isEmpty());
        responses.setItems(preview.responses());
        responses.setVisible(!preview.responses().isEmpty());
        importButton.setEnabled(preview.valid());
    }

    private void runImport() {
        try {
            ImportResult result = importer.importFile(file, options);
            Notifications.success(getTranslation(
                    "satisfaction.import.done", result.added(), result.alreadyImported(), result.followUpsOpened()));
            getUI().ifPresent(ui -> ui.navigate(SatisfactionView.class));
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
        return "satisfaction.import.title";
    }
}
