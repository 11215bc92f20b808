package se.kundlofte.customer;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import se.kundlofte.base.csv.CsvFormat;
import se.kundlofte.base.i18n.TranslationProvider;
import se.kundlofte.security.Permission;
import se.kundlofte.security.Permission.Require;
import se.kundlofte.user.UserDirectory;
import se.kundlofte.user.UserRef;

/**
 * CSV export of the filtered register, in the user's language, written a page at a time so that
 * a large register never sits in memory. The columns are those the import reads.
 */
@Service
@PreAuthorize(Require.CUSTOMER_READ)
public class CustomerExportService {

    private static final int PAGE = 200;
    private static final List<CustomerCsvColumn> COLUMNS = List.of(
            CustomerCsvColumn.NAME,
            CustomerCsvColumn.ORG_NUMBER,
            CustomerCsvColumn.INDUSTRY,
            CustomerCsvColumn.SEGMENT,
            CustomerCsvColumn.KEY_ACCOUNT,
            CustomerCsvColumn.OWNER);

    private final CustomerService customers;
    private final UserDirectory userDirectory;
    private final TranslationProvider translations;

    CustomerExportService(CustomerService customers, UserDirectory userDirectory, TranslationProvider translations) {
        this.customers = customers;
        this.userDirectory = userDirectory;
        this.translations = translations;
    }

    /** Writes every customer matching the filter; returns how many. */
    public int export(CustomerFilter filter, Locale locale, OutputStream out) throws IOException {
        Locale language = TranslationProvider.supported(locale);
        java.util.Map<Long, String> usernames = new java.util.HashMap<>();
        for (UserRef user : userDirectory.activeWithPermission(Permission.CUSTOMER_OWN)) {
            usernames.put(user.id(), user.username());
        }
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write(CsvFormat.BOM);
        CsvFormat.writeRow(writer, COLUMNS.stream().map(c -> c.header(language)).toList());
        int count = 0;
        for (int page = 0; ; page++) {
            List<CustomerListItem> rows = customers.list(filter, PageRequest.of(page, PAGE, Sort.by("name")));
            for (CustomerListItem row : rows) {
                CsvFormat.writeRow(
                        writer,
                        List.of(
                                row.name(),
                                nullToEmpty(row.orgNumber()),
                                nullToEmpty(row.industry(language)),
                                translations.getTranslation(row.segment().translationKey(), language),
                                translations.getTranslation(row.keyAccount() ? "csv.yes" : "csv.no", language),
                                row.ownerId() == null ? "" : usernames.getOrDefault(row.ownerId(), "")));
                count++;
            }
            if (rows.size() < PAGE) {
                break;
            }
        }
        writer.flush();
        return count;
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
