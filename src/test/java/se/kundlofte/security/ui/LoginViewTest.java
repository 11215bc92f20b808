package se.kundlofte.security.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.QueryParameters;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import se.kundlofte.test.KaribuTest;

class LoginViewTest extends KaribuTest {

    @Test
    void anEnglishBrowserGetsTheEnglishLoginPage() {
        LoginView view = navigate(LoginView.class);
        assertThat(_get(H1.class).getText()).isEqualTo("Kundlöfte");
        assertThat(view.texts().getForm().getSubmit()).isEqualTo("Log in");
        assertThat(view.loginForm().getAction()).isEqualTo("login");
        assertThat(view.getPageTitle()).isEqualTo("Log in – Kundlöfte");
        assertThat(view.loginForm().isError()).isFalse();
    }

    @Test
    void theLanguageChosenEarlierIsRemembered() {
        languageCookie(Locale.of("sv"));
        LoginView view = navigate(LoginView.class);
        assertThat(view.texts().getForm().getUsername()).isEqualTo("Användarnamn");
        assertThat(_get(Paragraph.class).getText()).isEqualTo("Håll det du lovar dina kunder.");
    }

    @Test
    void theLanguageSwitchChangesTheLanguageForTheSession() {
        navigate(LoginView.class);
        Button swedish = _get(Button.class, spec -> spec.withId("language-sv"));
        assertThat(swedish.isEnabled()).isTrue();
        assertThat(_get(Button.class, spec -> spec.withId("language-en")).isEnabled())
                .isFalse();

        _click(swedish);

        // The page reloads; the new view is built in Swedish.
        assertThat(UI.getCurrent().getLocale().getLanguage()).isEqualTo("sv");
        UI.getCurrent().getPage().reload();
        UI.getCurrent().navigate("login", com.vaadin.flow.router.QueryParameters.empty());
        LoginView view = navigate(LoginView.class);
        assertThat(view.texts().getForm().getSubmit()).isEqualTo("Logga in");
    }

    @Test
    void aFailedLoginShowsTheErrorMessage() {
        UI.getCurrent().navigate("login", QueryParameters.of("error", ""));
        LoginView view = currentView(LoginView.class);
        assertThat(view.loginForm().isError()).isTrue();
        assertThat(view.texts().getErrorMessage().getTitle()).isEqualTo("Login failed");
    }

    @Test
    void withoutSingleSignOnConfiguredThereIsNoSingleSignOnLink() {
        LoginView view = navigate(LoginView.class);
        _assertNone(Anchor.class);
        assertThat(view.ssoError().isVisible()).isFalse();
    }

    @Test
    void aRefusedSingleSignOnExplainsWhy() {
        UI.getCurrent().navigate("login", QueryParameters.of(LoginView.SSO_ERROR, "no-role"));
        LoginView view = currentView(LoginView.class);
        assertThat(view.ssoError().isVisible()).isTrue();
        assertThat(view.ssoError().getText()).startsWith("Single sign-on worked, but none of your groups");
        assertThat(view.ssoError().getElement().getAttribute("role")).isEqualTo("alert");
        assertThat(view.loginForm().isError()).isFalse();
    }

    @Test
    void anUnknownSingleSignOnErrorGetsTheGeneralMessageInSwedish() {
        languageCookie(Locale.of("sv"));
        UI.getCurrent().navigate("login", QueryParameters.of(LoginView.SSO_ERROR, "<script>"));
        LoginView view = currentView(LoginView.class);
        assertThat(view.ssoError().getText())
                .isEqualTo(
                        "Den enkla inloggningen misslyckades. Försök igen och fråga en administratör om felet kvarstår.");
    }
}
