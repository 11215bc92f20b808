package se.kundlofte.audit.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import se.kundlofte.audit.AuditEntry;
import se.kundlofte.audit.AuditSubject;
import se.kundlofte.base.i18n.TranslationProvider;
import se.kundlofte.security.AppRoles;
import se.kundlofte.test.KaribuTest;

class AuditLogViewTest extends KaribuTest {

    @Test
    void anAdminSeesWhoChangedWhatAndNarrowsIt() {
        loginAs(AppRoles.ADMIN);
        AuditLogView view = navigate(AuditLogView.class);
        assertThat(view.from.getValue()).isEqualTo(LocalDate.now().minusDays(30));
        int all = GridKt._size(view.grid);
        assertThat(all).isPositive();
        assertThat(view.total.getText())
                .isEqualTo(java.text.NumberFormat.getIntegerInstance(java.util.Locale.ENGLISH)
                                .format(all) + " changes");
        assertThat(view.export.getText()).isEqualTo("Export CSV");
        // Long names in "What" wrap instead of being cut off.
        assertThat(view.grid.getThemeNames()).contains("wrap-cell-content");

        _setValue(view.subject, AuditSubject.REQUIREMENT);
        int requirements = GridKt._size(view.grid);
        assertThat(requirements).isPositive().isLessThanOrEqualTo(all);
        AuditEntry first = GridKt._get(view.grid, 0);
        assertThat(first.subject()).isEqualTo(AuditSubject.REQUIREMENT);
        // Fields and codes read in the user's language.
        assertThat(GridKt._getFormatted(view.grid, 0, "subject")).isEqualTo("Requirement");
        assertThat(GridKt._getFormatted(view.grid, 0, "field"))
                .doesNotStartWith("!")
                .doesNotContain("history.field");

        _setValue(view.search, "no such text anywhere " + System.nanoTime());
        assertThat(GridKt._size(view.grid)).isZero();
        assertThat(view.total.getText()).isEqualTo("0 changes");
    }

    @Test
    void anEndBeforeTheStartIsMarkedAtTheField() {
        loginAs(AppRoles.ADMIN);
        AuditLogView view = navigate(AuditLogView.class);
        _setValue(view.to, LocalDate.now().minusDays(40));
        assertThat(view.to.isInvalid()).isTrue();
        assertThat(view.to.getErrorMessage()).isEqualTo("The end date is before the start date.");
        _setValue(view.to, null);
        assertThat(view.to.isInvalid()).isFalse();
    }

    @Test
    void theLogReadsInSwedish() {
        languageCookie(TranslationProvider.SWEDISH);
        loginAs(AppRoles.ADMIN);
        AuditLogView view = navigate(AuditLogView.class);
        assertThat(view.total.getText()).endsWith("ändringar");
        _setValue(view.subject, AuditSubject.REQUIREMENT);
        assertThat(GridKt._getFormatted(view.grid, 0, "subject")).isEqualTo("Krav");
    }
}
