package se.kundlofte.customer.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.button.Button;
import org.junit.jupiter.api.Test;
import se.kundlofte.base.reference.ui.ReferenceListEditor;
import se.kundlofte.security.AppRoles;
import se.kundlofte.test.KaribuTest;

class IndustryAdminViewTest extends KaribuTest {

    @Test
    void anAdminAddsAnIndustryAndDuplicatesAreRefused() {
        loginAs(AppRoles.ADMIN);
        IndustryAdminView view = navigate(IndustryAdminView.class);
        int before = GridKt._size(view.grid);
        assertThat(before).isGreaterThanOrEqualTo(12);

        _click(view.create);
        ReferenceListEditor.Editor editor = _get(ReferenceListEditor.Editor.class);
        _setValue(editor.nameSv, "Handel");
        _setValue(editor.nameEn, "Trade");
        _click(_get(editor, Button.class, spec -> spec.withText("Save")));
        assertThat(editor.isOpened()).isTrue();
        assertThat(editor.nameSv.getErrorMessage()).isEqualTo("This name is already used by another industry.");

        String unique = "Skogsbruk " + System.nanoTime() % 10000;
        _setValue(editor.nameSv, unique);
        _setValue(editor.nameEn, "Forestry " + unique);
        _click(_get(editor, Button.class, spec -> spec.withText("Save")));
        assertThat(editor.isOpened()).isFalse();
        assertThat(GridKt._size(view.grid)).isEqualTo(before + 1);
    }
}
