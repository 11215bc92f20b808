package se.kundlofte.base.imports.ui;

import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.server.streams.UploadHandler;
import java.util.function.Consumer;
import se.kundlofte.base.ui.Notifications;

/**
 * The upload step of every CSV import: one CSV or text file up to the import's size limit, held in
 * memory, handed to the view on its UI thread; translated texts and a clear refusal for a wrong
 * or too large file; removing the file clears the import.
 */
public final class CsvUpload {

    private CsvUpload() {}

    public static void configure(Upload upload, int maxBytes, Consumer<byte[]> received, Runnable removed) {
        upload.setUploadHandler(UploadHandler.inMemory(
                (metadata, bytes) -> upload.getUI().ifPresent(ui -> ui.access(() -> received.accept(bytes)))));
        upload.setAcceptedFileTypes(".csv", "text/csv", ".txt", "text/plain");
        upload.setMaxFiles(1);
        upload.setI18n(new UploadI18N()
                .setAddFiles(new UploadI18N.AddFiles()
                        .setOne(upload.getTranslation("upload.add"))
                        .setMany(upload.getTranslation("upload.add")))
                .setDropFiles(new UploadI18N.DropFiles()
                        .setOne(upload.getTranslation("upload.drop"))
                        .setMany(upload.getTranslation("upload.drop")))
                .setError(new UploadI18N.Error()
                        .setTooManyFiles(upload.getTranslation("upload.tooMany"))
                        .setFileIsTooBig(upload.getTranslation("import.error.tooLarge", maxBytes / (1024 * 1024)))
                        .setIncorrectFileType(upload.getTranslation("upload.wrongType"))));
        upload.setMaxFileSize(maxBytes);
        upload.addFileRejectedListener(
                e -> Notifications.error(upload.getTranslation("import.error.rejected", e.getErrorMessage())));
        upload.addFileRemovedListener(e -> removed.run());
    }
}
