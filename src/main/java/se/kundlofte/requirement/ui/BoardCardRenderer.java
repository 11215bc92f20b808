package se.kundlofte.requirement.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.data.renderer.LitRenderer;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import se.kundlofte.requirement.BoardCard;
import se.kundlofte.requirement.Priority;

/**
 * A board card as data drawn in the browser: one Lit template for every card, so that the server
 * holds a record per card in view instead of a component tree. Text goes in through Lit
 * bindings, which escape it. Dragging is plain HTML5: the card carries {@code card:<id>} and a
 * drop on a card calls {@code dropBefore} on the server with that id.
 */
final class BoardCardRenderer {

    static final String DRAG_PREFIX = "card:";

    private static final String CARD = "<div class=\"board-card ${item.fresh ? 'fresh' : ''}\" id=\"card-${item.id}\" "
            + "data-stage=\"${item.stage}\" %s>"
            + "<div class=\"card-top\"><a class=\"card-title\" href=\"${item.href}\" router-link>${item.title}</a>%s</div>"
            + "<div class=\"card-meta\"><vaadin-icon class=\"card-source\" icon=\"${item.sourceIcon}\" "
            + "title=\"${item.sourceName}\" aria-label=\"${item.sourceName}\" role=\"img\"></vaadin-icon>"
            + "<span>${item.customer}</span></div>"
            + "<div class=\"badges\"><vaadin-badge class=\"priority\" theme=\"${item.priorityTheme}\">${item.priority}"
            + "</vaadin-badge><vaadin-badge class=\"overdue\" theme=\"error small\" ?hidden=\"${!item.overdue}\">"
            + "<vaadin-icon slot=\"icon\" icon=\"vaadin:clock\"></vaadin-icon>${item.overdue}</vaadin-badge></div>"
            + "<div class=\"card-bottom\"><span class=\"card-owner\">${item.owner}</span>"
            + "<span class=\"card-days\">${item.days}</span></div></div>";

    private static final String DRAG = "draggable=\"true\" "
            + "@dragstart=\"${e => { e.dataTransfer.setData('text/plain', '" + DRAG_PREFIX
            + "' + item.id); e.dataTransfer.effectAllowed = 'move'; }}\" "
            + "@dragover=\"${e => e.preventDefault()}\" "
            + "@drop=\"${e => { e.preventDefault(); e.stopPropagation(); "
            + "const d = e.dataTransfer.getData('text/plain'); if (d.startsWith('" + DRAG_PREFIX
            + "')) dropBefore(d.substring(" + DRAG_PREFIX.length() + ")); }}\"";

    private static final String MENU = "<vaadin-button class=\"card-move\" theme=\"tertiary-inline icon\" "
            + "aria-label=\"${item.moveLabel}\" title=\"${item.moveLabel}\" @click=\"${openMenu}\">"
            + "<vaadin-icon icon=\"vaadin:ellipsis-dots-v\"></vaadin-icon></vaadin-button>";

    private BoardCardRenderer() {}

    /**
     * @param movable whether the user may move cards (drag, drop and the "Move to…" button)
     * @param fresh the id of a card to highlight (a card just created), or a negative number
     */
    static LitRenderer<BoardCard> create(
            Component i18n,
            boolean movable,
            LongSupplier fresh,
            Consumer<BoardCard> openMenu,
            BiConsumer<BoardCard, Long> dropBefore) {
        LitRenderer<BoardCard> renderer = LitRenderer.<BoardCard>of(
                        CARD.formatted(movable ? DRAG : "", movable ? MENU : ""))
                .withProperty("id", BoardCard::id)
                .withProperty("stage", card -> card.stage().name())
                .withProperty("href", card -> RequirementNavigation.requirementUrl(card.id()))
                .withProperty("title", BoardCard::title)
                .withProperty("sourceIcon", card -> card.source().icon())
                .withProperty(
                        "sourceName", card -> i18n.getTranslation(card.source().translationKey()))
                .withProperty(
                        "customer",
                        card -> card.customerName() == null
                                ? i18n.getTranslation("board.noCustomer")
                                : card.customerName())
                .withProperty("priority", card -> priorityText(i18n, card))
                .withProperty("priorityTheme", card -> priorityTheme(card.priority()))
                .withProperty("overdue", card -> card.overdueActions() ? i18n.getTranslation("board.overdue") : "")
                .withProperty(
                        "owner",
                        card -> card.ownerName() == null ? i18n.getTranslation("board.noOwner") : card.ownerName())
                .withProperty("days", card -> i18n.getTranslation("board.daysInStage", card.daysInStage()))
                .withProperty("fresh", card -> card.id() == fresh.getAsLong());
        if (movable) {
            renderer.withProperty("moveLabel", card -> i18n.getTranslation("board.moveMenu", card.title()))
                    .withFunction("openMenu", openMenu::accept)
                    .withFunction("dropBefore", (card, args) -> {
                        long dragged = parseId(args.get(0).asString());
                        if (dragged > 0 && dragged != card.id()) {
                            dropBefore.accept(card, dragged);
                        }
                    });
        }
        return renderer;
    }

    /** The id from a drag's data, or -1 when it is not a card of this board. */
    static long parseId(String data) {
        String id = data.startsWith(DRAG_PREFIX) ? data.substring(DRAG_PREFIX.length()) : data;
        try {
            return Long.parseLong(id.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    static String priorityText(Component i18n, BoardCard card) {
        Priority priority = card.priority();
        return i18n.getTranslation(priority.translationKey())
                + (card.score() != null && priority != Priority.CRITICAL ? " " + card.score() : "");
    }

    private static String priorityTheme(Priority priority) {
        return switch (priority) {
            case CRITICAL -> "small error filled";
            case HIGH -> "small warning";
            case MEDIUM -> "small success";
            default -> "small contrast";
        };
    }
}
