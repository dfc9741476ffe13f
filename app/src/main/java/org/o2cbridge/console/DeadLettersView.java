package org.o2cbridge.console;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import com.github.difflib.patch.Patch;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonReader;
import jakarta.json.JsonWriter;
import jakarta.json.stream.JsonGenerator;
import org.o2cbridge.outbox.DeadLetter;
import org.o2cbridge.outbox.DeadLetterService;
import org.o2cbridge.platform.problem.Problem;
import org.o2cbridge.platform.problem.ProblemException;

import java.io.Serializable;
import java.io.StringReader;
import java.io.StringWriter;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Logger;

/**
 * The dead-letter queue: filter by system, reason and age, inspect payload and error, replay one or
 * many, resolve with a comment, or correct a letter's payload first (edited pretty-printed, the
 * changes shown as a line diff before saving, checked on the server like accepted work). Edits,
 * replays and resolutions go through {@link DeadLetterService}, which records who did it, when and
 * why as an attempt of the work (shown in the order's history).
 */
@Named
@ViewScoped
public class DeadLettersView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(DeadLettersView.class.getName());
    private static final int MOST = 500;

    @Inject
    transient DeadLetterService deadLetters;

    @Inject
    transient Clock clock;

    @Inject
    ConsoleUser user;

    @Inject
    ConsoleAudit audit;

    private String system;
    private String reason;
    private Integer minAgeMinutes;
    private List<DeadLetter> selected = new ArrayList<>();
    private String comment;
    private List<DeadLetter> shown;
    private DeadLetter editing;
    private String editedPayload;
    private String editComment;
    private List<String> changes;

    public List<DeadLetter> getLetters() {
        if (shown == null) {
            String text = reason == null ? "" : reason.strip().toLowerCase(Locale.ROOT);
            shown = deadLetters.list(system == null || system.isBlank() ? null : system, MOST).stream()
                    .filter(l -> text.isEmpty() || (l.reason() != null && l.reason().toLowerCase(Locale.ROOT).contains(text)))
                    .filter(l -> minAgeMinutes == null || l.deadSince() == null
                            || Duration.between(l.deadSince(), clock.instant()).toMinutes() >= minAgeMinutes)
                    .toList();
        }
        return shown;
    }

    public void filter() {
        shown = null;
        selected = new ArrayList<>();
    }

    @OperatorAction
    public void replaySelected() {
        if (selected == null || selected.isEmpty()) {
            message(FacesMessage.SEVERITY_WARN, "Select the dead letters to replay first.");
            return;
        }
        int done = 0;
        for (DeadLetter letter : selected) {
            try {
                deadLetters.replay(letter.id(), user.getName());
                audit.record(user.getName(), "dead letter replay", "dead letter " + letter.id() + " of order "
                        + letter.aggregateId(), letter.reason());
                done++;
            } catch (ProblemException refused) {
                message(FacesMessage.SEVERITY_ERROR, refused.problem().detail());
            }
        }
        int replayed = done;
        LOG.info(() -> "User '" + user.getName() + "' replayed " + replayed + " dead letter(s)");
        message(FacesMessage.SEVERITY_INFO, "Replayed " + done + " dead letter(s).");
        filter();
    }

    @OperatorAction
    public void resolveSelected() {
        if (selected == null || selected.isEmpty() || comment == null || comment.isBlank()) {
            message(FacesMessage.SEVERITY_WARN, "Select the dead letters and say why they are resolved.");
            return;
        }
        int done = 0;
        for (DeadLetter letter : selected) {
            try {
                deadLetters.resolve(letter.id(), user.getName(), comment.strip());
                audit.record(user.getName(), "dead letter resolve", "dead letter " + letter.id() + " of order "
                        + letter.aggregateId(), comment.strip());
                done++;
            } catch (ProblemException refused) {
                message(FacesMessage.SEVERITY_ERROR, refused.problem().detail());
            }
        }
        message(FacesMessage.SEVERITY_INFO, "Resolved " + done + " dead letter(s).");
        comment = null;
        filter();
    }

    /** Opens the editor on a letter's payload, pretty-printed. */
    @OperatorAction
    public void edit(DeadLetter letter) {
        editing = letter;
        editedPayload = pretty(letter.payload());
        editComment = null;
        changes = null;
    }

    /** The edited payload's changes as a unified line diff, and what the server would say of it. */
    @OperatorAction
    public void showChanges() {
        if (editing == null) {
            return;
        }
        changes = diff(pretty(editing.payload()), edited());
        if (changes.isEmpty()) {
            message(FacesMessage.SEVERITY_INFO, "No changes.");
            return;
        }
        try {
            deadLetters.checkPayload(editing, edited());
            message(FacesMessage.SEVERITY_INFO, "The edited payload is valid; save it, then replay the letter.");
        } catch (ProblemException refused) {
            refusal(refused);
        }
    }

    @OperatorAction
    public void savePayload() {
        if (editing == null) {
            return;
        }
        List<String> diff = diff(pretty(editing.payload()), edited());
        if (diff.isEmpty()) {
            message(FacesMessage.SEVERITY_WARN, "The payload is unchanged; nothing to save.");
            return;
        }
        String why = editComment == null || editComment.isBlank() ? null : editComment.strip();
        try {
            DeadLetter saved = deadLetters.editPayload(editing.id(), edited(), user.getName(), why);
            long changed = diff.stream().filter(l -> (l.startsWith("+") && !l.startsWith("+++"))
                    || (l.startsWith("-") && !l.startsWith("---"))).count();
            audit.record(user.getName(), "dead letter payload edit", "dead letter " + saved.id() + " of order "
                    + saved.aggregateId(), (why == null ? "" : why + "; ") + changed + " line(s) changed");
            LOG.info(() -> "User '" + user.getName() + "' edited the payload of dead letter " + saved.id());
            message(FacesMessage.SEVERITY_INFO, "Saved the payload of dead letter " + saved.id()
                    + "; replay it to send it.");
            cancelEdit();
            filter();
        } catch (ProblemException refused) {
            changes = diff;
            refusal(refused);
        }
    }

    public void cancelEdit() {
        editing = null;
        editedPayload = null;
        editComment = null;
        changes = null;
    }

    private String edited() {
        return editedPayload == null ? "" : editedPayload.replace("\r\n", "\n");
    }

    private static void refusal(ProblemException refused) {
        Problem problem = refused.problem();
        message(FacesMessage.SEVERITY_ERROR, problem.detail());
        if (problem.errors() != null && problem.errors().size() > 1) {
            problem.errors().forEach(e -> message(FacesMessage.SEVERITY_ERROR, e.pointer() + " " + e.detail()));
        }
    }

    /** The payload indented, one property a line; a payload that is not JSON as it is. */
    static String pretty(String payload) {
        try (JsonReader reader = Json.createReader(new StringReader(payload))) {
            var value = reader.readValue();
            StringWriter out = new StringWriter();
            try (JsonWriter writer = Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true))
                    .createWriter(out)) {
                writer.write(value);
            }
            return out.toString().strip().replace("\r\n", "\n");
        } catch (JsonException e) {
            return payload;
        }
    }

    /** A unified diff of the lines, three lines of context; empty when nothing changed. */
    static List<String> diff(String stored, String edited) {
        List<String> before = stored.lines().toList();
        List<String> after = edited.lines().toList();
        Patch<String> patch = DiffUtils.diff(before, after);
        if (patch.getDeltas().isEmpty()) {
            return List.of();
        }
        return UnifiedDiffUtils.generateUnifiedDiff("stored", "edited", before, patch, 3);
    }

    private static void message(FacesMessage.Severity severity, String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, text, null));
    }

    public String getSystem() {
        return system;
    }

    public void setSystem(String system) {
        this.system = system;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public Integer getMinAgeMinutes() {
        return minAgeMinutes;
    }

    public void setMinAgeMinutes(Integer minAgeMinutes) {
        this.minAgeMinutes = minAgeMinutes;
    }

    public List<DeadLetter> getSelected() {
        return selected;
    }

    public void setSelected(List<DeadLetter> selected) {
        this.selected = selected;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }

    public DeadLetter getEditing() {
        return editing;
    }

    public String getEditedPayload() {
        return editedPayload;
    }

    public void setEditedPayload(String editedPayload) {
        this.editedPayload = editedPayload;
    }

    public String getEditComment() {
        return editComment;
    }

    public void setEditComment(String editComment) {
        this.editComment = editComment;
    }

    public List<String> getChanges() {
        return changes;
    }
}
