package org.o2cbridge.console;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import org.o2cbridge.mapping.MappingCsv;
import org.o2cbridge.mapping.MappingService;
import org.o2cbridge.mapping.ValueMapping;
import org.o2cbridge.platform.problem.ProblemException;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import org.eclipse.microprofile.config.ConfigProvider;

import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.logging.Logger;

/**
 * The value_map editor: every mapping row, add or change one, delete one, the whole table as
 * CSV, and a CSV file imported as a whole, through {@link MappingService}, which audits each change with the signed-in user's name.
 */
@Named
@ViewScoped
public class MappingsView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(MappingsView.class.getName());

    @Inject
    transient MappingService mappings;

    @Inject
    ConsoleUser user;

    @Inject
    ConsoleAudit audit;

    private transient Part upload;

    private String system;
    private String type;
    private String sourceValue;
    private String targetValue;

    public List<Row> getRows() {
        return mappings.list(null).stream().map(Row::of).toList();
    }

    @OperatorAction
    public void save() {
        try {
            mappings.put(system.strip(), type.strip(), sourceValue.strip(), targetValue.strip(), user.getName());
            LOG.info(() -> "User '" + user.getName() + "' mapped " + system + "/" + type + "/" + sourceValue);
            message(FacesMessage.SEVERITY_INFO, "Saved " + system + " " + type + " " + sourceValue + " → " + targetValue.strip() + ".");
            sourceValue = null;
            targetValue = null;
        } catch (ProblemException refused) {
            message(FacesMessage.SEVERITY_ERROR, refused.problem().detail());
        }
    }

    @OperatorAction
    public void delete(String rowSystem, String rowType, String rowSource) {
        if (mappings.delete(rowSystem, rowType, rowSource, user.getName())) {
            message(FacesMessage.SEVERITY_INFO, "Deleted " + rowSystem + " " + rowType + " " + rowSource + ".");
        }
    }

    /**
     * Imports the uploaded CSV file as the admin API's import does: the whole file is checked first
     * and a bad line refuses it, named, with nothing stored; a good one is stored in one
     * transaction, each change audited by {@link MappingService}, and the import itself in the
     * console's audit log.
     */
    @OperatorAction
    public void importCsv() {
        if (upload == null || upload.getSize() == 0) {
            message(FacesMessage.SEVERITY_ERROR, "Choose a CSV file to import.");
            return;
        }
        String name = upload.getSubmittedFileName();
        try {
            int maxRows = ConfigProvider.getConfig().getOptionalValue("o2c.mapping.import-max-rows", Integer.class).orElse(10000);
            List<MappingCsv.Row> rows = MappingCsv.read(new String(content(upload), StandardCharsets.UTF_8), maxRows);
            MappingService.ImportCounts counts = mappings.importRows(rows, user.getName());
            String summary = importSummary(rows.size(), counts);
            audit.record(user.getName(), "mapping import", name, summary);
            LOG.info(() -> "User '" + user.getName() + "' imported " + name + ": " + summary);
            message(FacesMessage.SEVERITY_INFO, "Imported " + name + ": " + summary);
        } catch (ProblemException refused) {
            message(FacesMessage.SEVERITY_ERROR, name + ": " + refused.problem().detail());
        } finally {
            upload = null;
        }
    }

    static String importSummary(int rows, MappingService.ImportCounts counts) {
        return rows + " row(s): " + counts.added() + " added, " + counts.changed() + " changed, "
                + counts.unchanged() + " unchanged.";
    }

    private static byte[] content(Part part) {
        try (var in = part.getInputStream()) {
            return in.readAllBytes();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    public Part getUpload() {
        return upload;
    }

    public void setUpload(Part upload) {
        this.upload = upload;
    }

    /** The whole table as the admin API's CSV export writes it. */
    public StreamedContent getCsv() {
        return DefaultStreamedContent.builder().name("mappings.csv").contentType("text/csv; charset=UTF-8")
                .stream(() -> new ByteArrayInputStream(MappingCsv.write(mappings.list(null)).getBytes(StandardCharsets.UTF_8)))
                .build();
    }

    private static void message(FacesMessage.Severity severity, String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, text, null));
    }

    /** One mapping row as the page shows it. */
    public record Row(String system, String type, String sourceValue, String targetValue, String updatedBy,
                      String updatedAt) {

        static Row of(ValueMapping mapping) {
            return new Row(mapping.targetSystem(), mapping.mapType(), mapping.sourceValue(), mapping.targetValue(),
                    mapping.updatedBy(), String.valueOf(mapping.updatedAt()));
        }
    }

    public String getSystem() {
        return system;
    }

    public void setSystem(String system) {
        this.system = system;
    }

    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type;
    }

    public String getSourceValue() {
        return sourceValue;
    }

    public void setSourceValue(String sourceValue) {
        this.sourceValue = sourceValue;
    }

    public String getTargetValue() {
        return targetValue;
    }

    public void setTargetValue(String targetValue) {
        this.targetValue = targetValue;
    }
}
