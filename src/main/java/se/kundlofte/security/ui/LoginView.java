package se.kundlofte.security.ui;

import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;
import java.util.Locale;
import se.kundlofte.base.i18n.LanguageSwitcher;
import se.kundlofte.base.i18n.TranslationProvider;
import se.kundlofte.security.CurrentUser;
import se.kundlofte.security.SsoLoginRefusedException;
import se.kundlofte.security.SsoProperties;

/**
 * The login page, in Swedish or English, with a language switch; with single sign-on switched on
 * also a link that starts it, and the reason when the portal refused a single sign-on.
 */
@Route(value = LoginView.ROUTE, autoLayout = false)
@AnonymousAllowed
public class LoginView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    public static final String ROUTE = "login";

    /** Query parameter naming why a single sign-on was refused, e.g. {@code no-role}. */
    public static final String SSO_ERROR = "sso-error";

    private static final List<String> SSO_ERRORS = java.util.Arrays.stream(SsoLoginRefusedException.Reason.values())
            .map(SsoLoginRefusedException.Reason::code)
            .toList();

    private final LanguageSwitcher languageSwitcher;
    private final LoginForm loginForm = new LoginForm();
    private final LoginI18n i18n;
    private final Div ssoError = new Div();

    LoginView(LanguageSwitcher languageSwitcher, SsoProperties sso) {
        this.languageSwitcher = languageSwitcher;
        addClassName("login-view");

        H1 brand = new H1(getTranslation("app.name"));
        brand.addClassName("login-brand");
        Paragraph tagline = new Paragraph(getTranslation("login.tagline"));
        tagline.addClassName("login-tagline");

        loginForm.setAction("login");
        loginForm.setForgotPasswordButtonVisible(false);
        i18n = i18n();
        loginForm.setI18n(i18n);

        ssoError.addClassName("login-sso-error");
        ssoError.getElement().setAttribute("role", "alert");
        ssoError.setVisible(false);

        Div card = new Div(brand, tagline, ssoError, loginForm);
        if (sso.enabled()) {
            card.add(ssoLink(sso));
        }
        card.add(languageButtons());
        card.addClassName("login-card");
        add(card);
    }

    /** A plain link (keyboard and screen readers know it) that leaves the app for the provider. */
    private Div ssoLink(SsoProperties sso) {
        Anchor link = new Anchor(sso.loginPath().substring(1), getTranslation("login.sso.button"));
        link.setId("sso-login");
        link.setRouterIgnore(true);
        link.addClassName("login-sso-link");
        Div or = new Div(new Text(getTranslation("login.sso.or")));
        or.addClassName("login-sso-or");
        Div box = new Div(or, link);
        box.addClassName("login-sso");
        return box;
    }

    private Div languageButtons() {
        Div languages = new Div();
        languages.addClassName("login-languages");
        for (Locale locale : TranslationProvider.LOCALES) {
            Button button = new Button(getTranslation("language." + locale.getLanguage()), e -> {
                languageSwitcher.switchTo(locale);
                getUI().ifPresent(ui -> ui.getPage().reload());
            });
            button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            button.setId("language-" + locale.getLanguage());
            boolean current = TranslationProvider.supported(getLocale()).equals(locale);
            button.setEnabled(!current);
            button.getElement().setAttribute("lang", locale.getLanguage());
            languages.add(button);
        }
        return languages;
    }

    private LoginI18n i18n() {
        LoginI18n i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle(getTranslation("login.title"));
        i18n.getForm().setUsername(getTranslation("login.username"));
        i18n.getForm().setPassword(getTranslation("login.password"));
        i18n.getForm().setSubmit(getTranslation("login.submit"));
        i18n.getErrorMessage().setTitle(getTranslation("login.error.title"));
        i18n.getErrorMessage().setMessage(getTranslation("login.error.message"));
        i18n.getErrorMessage().setUsername(getTranslation("login.error.username"));
        i18n.getErrorMessage().setPassword(getTranslation("login.error.password"));
        return i18n;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (CurrentUser.get().isPresent()) {
            event.forwardTo("");
            return;
        }
        var parameters = event.getLocation().getQueryParameters().getParameters();
        loginForm.setError(parameters.containsKey("error"));
        List<String> ssoErrors = parameters.getOrDefault(SSO_ERROR, List.of());
        if (!ssoErrors.isEmpty()) {
            String code = SSO_ERRORS.contains(ssoErrors.getFirst()) ? ssoErrors.getFirst() : "failed";
            ssoError.setText(getTranslation("login.sso.error." + code));
        }
        ssoError.setVisible(!ssoErrors.isEmpty());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.pageTitle");
    }

    LoginForm loginForm() {
        return loginForm;
    }

    LoginI18n texts() {
        return i18n;
    }

    Div ssoError() {
        return ssoError;
    }
}
