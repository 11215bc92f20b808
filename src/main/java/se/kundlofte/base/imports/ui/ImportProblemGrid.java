package se.kundlofte.base.imports.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.data.provider.ListDataProvider;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.util.ArrayList;
import java.util.List;
import se.kundlofte.base.imports.ImportProblem;
import se.kundlofte.base.imports.ProblemCsv;

/** The problem report of an import: every problem with line, column, reason and value, also as CSV. */
public class ImportProblemGrid extends Grid<ImportProblem> {

    private List<ImportProblem> problems = List.of();

    public ImportProblemGrid() {
        addClassName("import-problems");
        // Reasons list the valid values; they must be readable in full.
        addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        addColumn(p -> p.line() > 0 ? String.valueOf(p.line()) : "")
                .setHeader(getTranslation("import.column.line"))
                .setWidth("6rem")
                .setFlexGrow(0);
        addColumn(ImportProblem::column)
                .setHeader(getTranslation("import.column.column"))
                .setFlexGrow(1);
        addColumn(this::reason)
                .setHeader(getTranslation("import.column.reason"))
                .setFlexGrow(3);
        addColumn(ImportProblem::value)
                .setHeader(getTranslation("import.column.value"))
                .setFlexGrow(1);
        setAllRowsVisible(true);
    }

    public void show(List<ImportProblem> shown) {
        problems = List.copyOf(shown);
        setItems(new ListDataProvider<>(new ArrayList<>(problems)));
        setVisible(!problems.isEmpty());
    }

    /** The translated reason, as the grid and the CSV file show it. */
    public String reason(ImportProblem problem) {
        return getTranslation(problem.messageKey(), problem.args().toArray());
    }

    /** The shown problems as a CSV file, for fixing the file in a spreadsheet. */
    public DownloadHandler csv() {
        return event -> {
            event.setFileName(getTranslation("import.problems.file") + ".csv");
            event.setContentType("text/csv; charset=UTF-8");
            ProblemCsv.write(
                    problems,
                    List.of(
                            getTranslation("import.column.line"),
                            getTranslation("import.column.column"),
                            getTranslation("import.column.value"),
                            getTranslation("import.column.reason")),
                    this::reason,
                    event.getOutputStream());
        };
    }

    /** The shown problems, as the CSV file has them. */
    public List<ImportProblem> problems() {
        return problems;
    }
}
