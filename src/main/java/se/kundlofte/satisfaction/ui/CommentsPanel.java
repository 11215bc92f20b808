package se.kundlofte.satisfaction.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import se.kundlofte.satisfaction.ResponseItem;
import se.kundlofte.satisfaction.SatisfactionFilter;
import se.kundlofte.satisfaction.SatisfactionService;
import se.kundlofte.satisfaction.SurveyType;

/** The customers' own words: responses with a comment, newest first, read lazily, with score badges and search. */
class CommentsPanel extends Div {

    final TextField search = new TextField();
    final Grid<ResponseItem> grid = new Grid<>();

    CommentsPanel(
            SatisfactionService satisfaction,
            Supplier<@Nullable SatisfactionFilter> filter,
            Supplier<SurveyType> type) {
        addClassName("comments-panel");
        search.setPlaceholder(getTranslation("satisfaction.comments.search"));
        search.setAriaLabel(getTranslation("satisfaction.comments.search"));
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        grid.addComponentColumn(r -> ScoreFormat.badge(r.type(), r.score()))
                .setHeader(getTranslation("satisfaction.field.score"))
                .setKey("score")
                .setWidth("8rem")
                .setFlexGrow(0);
        grid.addColumn(ResponseItem::answeredOn)
                .setHeader(getTranslation("satisfaction.field.answeredOn"))
                .setWidth("8rem")
                .setFlexGrow(0);
        grid.addColumn(ResponseItem::customerName)
                .setHeader(getTranslation("satisfaction.field.customer"))
                .setFlexGrow(1);
        grid.addColumn(ResponseItem::comment)
                .setHeader(getTranslation("satisfaction.field.comment"))
                .setKey("comment")
                .setFlexGrow(4);
        grid.setItems(query -> {
            SatisfactionFilter f = filter.get();
            if (f == null) {
                return java.util.stream.Stream.empty();
            }
            return satisfaction
                    .comments(
                            f.withText(search.getValue()),
                            type.get(),
                            PageRequest.of(query.getPage(), query.getPageSize()))
                    .stream();
        });
        grid.setHeight("24rem");
        add(search, grid);
    }

    void refresh() {
        grid.getDataProvider().refreshAll();
    }
}
