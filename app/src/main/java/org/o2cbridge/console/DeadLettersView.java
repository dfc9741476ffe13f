package org.o2cbridge.console;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.o2cbridge.outbox.DeadLetter;
import org.o2cbridge.outbox.DeadLetterService;
import org.o2cbridge.platform.problem.ProblemException;

import java.io.Serializable;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.logging.Logger;

/**
 * The dead-letter queue: filter by system, reason and age, inspect payload and error, replay one or
 * many, resolve with a comment. Replays and resolutions go through {@link DeadLetterService}, which
 * records who did it, when and why as an attempt of the work (shown in the order's history).
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
}
