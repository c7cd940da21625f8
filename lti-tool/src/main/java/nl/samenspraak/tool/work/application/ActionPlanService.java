package nl.samenspraak.tool.work.application;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.samenspraak.program.content.ActionPlanAssignment;
import nl.samenspraak.program.content.LocalizedText;
import nl.samenspraak.tool.catalog.application.ProgramCatalogService;
import nl.samenspraak.tool.texts.TextKey;
import nl.samenspraak.tool.texts.Texts;

/**
 * A teacher's action plan: actions chosen from the assignment's list or, when it allows, in their own
 * words; a day for each; ticked off once done. Submitting goes through {@link TeacherWorkService#submit},
 * after which the plan is read-only until a trainer reopens it. Each change is one transaction with the plan's
 * work locked; a refusal rolls it back, so it changes nothing.
 */
@Singleton
public class ActionPlanService {

    static final int MAX_ACTIONS = 20;
    /** The size of the column: an own action is kept as typed, so its length as typed counts. */
    static final int MAX_OWN_TEXT = 500;
    /** A plan looks ahead a school year or two; a date further away (either way) is a typing error. */
    static final int MAX_YEARS_AWAY = 2;

    private final WorkAccess access;
    private final TeacherWorkStore works;
    private final ActionPlanStore store;
    private final Clock clock;
    private final WorkTransactions transactions;
    private final Texts texts;

    @Inject
    public ActionPlanService(ProgramCatalogService catalog, TeacherWorkStore works, ActionPlanStore store, Clock clock,
                             WorkTransactions transactions, Texts texts) {
        this.access = new WorkAccess(catalog, works, texts);
        this.works = works;
        this.store = store;
        this.clock = clock;
        this.transactions = transactions;
        this.texts = texts;
    }

    /**
     * A new action: exactly one of {@code optionId} (from the assignment's list) and {@code ownText}, and
     * optionally the day as YYYY-MM-DD.
     */
    public record NewAction(String optionId, String ownText, String plannedFor) {
    }

    /** The editable fields of an action, all replaced; {@code ownText} only for an own action. */
    public record ActionChange(String plannedFor, Boolean done, String ownText) {
    }

    /** The teacher's actions in their order; none before the first. */
    public List<StoredAction> actions(WorkScope scope, String assignmentId) {
        plan(assignmentId);
        return works.find(scope, assignmentId).map(work -> store.actions(work.id())).orElse(List.of());
    }

    /** Adds an action; the plan's work is locked meanwhile, so that two adds at once cannot pass the limit. */
    public StoredAction add(WorkScope scope, String assignmentId, NewAction action) {
        ActionPlanAssignment plan = plan(assignmentId);
        return transactions.run(affected -> {
            affected.add(scope, assignmentId);
            return add(scope, plan, action);
        });
    }

    private StoredAction add(WorkScope scope, ActionPlanAssignment plan, NewAction action) {
        String assignmentId = plan.id();
        works.ensure(scope, assignmentId, clock.instant());
        Optional<StoredWork> stored = access.lockedUnsubmitted(scope, assignmentId);
        NewAction input = action == null ? new NewAction(null, null, null) : action;
        List<WorkRejectedException.FieldIssue> issues = new ArrayList<>();
        if ((input.optionId() == null) == (input.ownText() == null)) {
            issues.add(new WorkRejectedException.FieldIssue("optionId",
                    texts.of(TextKey.ACTION_PLAN_SEND_EITHER_OPTIONID_ACTION)));
        } else if (input.optionId() != null && !plan.hasAction(input.optionId())) {
            issues.add(new WorkRejectedException.FieldIssue("optionId",
                    texts.of(TextKey.ACTION_PLAN_ACTION_NOT_ASSIGNMENT_S)));
        } else if (input.ownText() != null && !plan.allowOwnActions()) {
            issues.add(new WorkRejectedException.FieldIssue("ownText",
                    texts.of(TextKey.ACTION_PLAN_ASSIGNMENT_CHOOSE_ACTIONS_FROM)));
        } else if (input.ownText() != null) {
            ownTextIssue(input.ownText()).ifPresent(issues::add);
        }
        Optional<LocalDate> plannedFor = plannedFor(input.plannedFor(), issues);
        refuseIfAny(issues);
        List<StoredAction> actions = stored.map(work -> store.actions(work.id())).orElse(List.of());
        if (actions.size() >= MAX_ACTIONS) {
            throw WorkRejectedException.invalid("actions",
                    texts.of(TextKey.ACTION_PLAN_PLAN_MOST_ACTIONS_REMOVE, MAX_ACTIONS));
        }
        if (input.optionId() != null && actions.stream().anyMatch(item -> item.optionId().equals(Optional.of(input.optionId())))) {
            LocalizedText twice = texts.of(TextKey.ACTION_PLAN_ACTION_PLAN_ALREADY);
            throw new WorkRejectedException(WorkRejectedException.Reason.ALREADY_THERE, twice,
                    List.of(new WorkRejectedException.FieldIssue("optionId", twice)));
        }
        Instant now = clock.instant();
        long workId = stored.map(StoredWork::id).orElseGet(() -> works.ensure(scope, assignmentId, now));
        return store.add(workId, Optional.ofNullable(input.optionId()), Optional.ofNullable(input.ownText()), plannedFor, now);
    }

    /** Replaces the day, done and (for an own action) the text. An action without a day cannot be done. */
    public StoredAction change(WorkScope scope, String assignmentId, long actionId, ActionChange change) {
        plan(assignmentId);
        return transactions.run(affected -> {
            affected.add(scope, assignmentId);
            return changeLocked(scope, assignmentId, actionId, change);
        });
    }

    private StoredAction changeLocked(WorkScope scope, String assignmentId, long actionId, ActionChange change) {
        Optional<StoredWork> stored = access.lockedUnsubmitted(scope, assignmentId);
        StoredAction action = stored.flatMap(work -> store.actions(work.id()).stream()
                .filter(item -> item.id() == actionId).findFirst()).orElseThrow(() -> unknownAction(actionId));
        ActionChange input = change == null ? new ActionChange(null, null, null) : change;
        List<WorkRejectedException.FieldIssue> issues = new ArrayList<>();
        Optional<LocalDate> plannedFor = plannedFor(input.plannedFor(), issues);
        if (input.done() == null) {
            issues.add(new WorkRejectedException.FieldIssue("done",
                    texts.of(TextKey.ACTION_PLAN_SAY_WHETHER_ACTION_DONE)));
        } else if (input.done() && input.plannedFor() == null) {
            issues.add(new WorkRejectedException.FieldIssue("done",
                    texts.of(TextKey.ACTION_PLAN_GIVE_ACTION_DATE_ACTION)));
        }
        if (action.optionId().isPresent() && input.ownText() != null) {
            issues.add(new WorkRejectedException.FieldIssue("ownText",
                    texts.of(TextKey.ACTION_PLAN_ACTION_FROM_LIST_NO)));
        } else if (action.ownText().isPresent()) {
            ownTextIssue(input.ownText() == null ? "" : input.ownText()).ifPresent(issues::add);
        }
        refuseIfAny(issues);
        StoredAction changed = new StoredAction(action.id(), action.optionId(),
                action.ownText().map(previous -> input.ownText()), plannedFor, input.done());
        if (!store.update(stored.get().id(), changed, clock.instant())) {
            throw unknownAction(actionId);
        }
        return changed;
    }

    public void remove(WorkScope scope, String assignmentId, long actionId) {
        plan(assignmentId);
        transactions.run(affected -> {
            Optional<StoredWork> stored = access.lockedUnsubmitted(scope, assignmentId);
            if (stored.isEmpty() || !store.remove(stored.get().id(), actionId, clock.instant())) {
                throw unknownAction(actionId);
            }
            affected.add(scope, assignmentId);
            return null;
        });
    }

    private ActionPlanAssignment plan(String assignmentId) {
        return access.assignment(assignmentId, ActionPlanAssignment.class,
                texts.of(TextKey.ACTION_PLAN_NOT_AN_ACTION_PLAN));
    }

    /** What is wrong with an own action's text, if anything: it must be written, and fit. */
    private Optional<WorkRejectedException.FieldIssue> ownTextIssue(String text) {
        if (text.isBlank()) {
            return Optional.of(new WorkRejectedException.FieldIssue("ownText",
                    texts.of(TextKey.ACTION_PLAN_DESCRIBE_OWN_ACTION)));
        }
        if (text.length() > MAX_OWN_TEXT) {
            return Optional.of(new WorkRejectedException.FieldIssue("ownText",
                    texts.of(TextKey.ACTION_PLAN_DESCRIBE_ACTION_MOST_CHARACTERS, MAX_OWN_TEXT, text.length())));
        }
        return Optional.empty();
    }

    /** The days an action can be planned for today, which the page puts in its date picker. */
    public PlanningWindow planningWindow() {
        return PlanningWindow.around(LocalDate.now(clock), MAX_YEARS_AWAY);
    }

    /** The day as sent, or empty without one; a wrong one adds an issue. */
    private Optional<LocalDate> plannedFor(String raw, List<WorkRejectedException.FieldIssue> issues) {
        if (raw == null) {
            return Optional.empty();
        }
        LocalDate today = LocalDate.now(clock);
        PlanningWindow window = PlanningWindow.around(today, MAX_YEARS_AWAY);
        try {
            LocalDate date = LocalDate.parse(raw);
            if (window.contains(date)) {
                return Optional.of(date);
            }
            issues.add(new WorkRejectedException.FieldIssue("plannedFor", window.chooseWithin(texts)));
        } catch (DateTimeParseException e) {
            issues.add(new WorkRejectedException.FieldIssue("plannedFor",
                    texts.of(TextKey.ACTION_PLAN_WRITE_DATE_YYYY_MM, today)));
        }
        return Optional.empty();
    }

    private void refuseIfAny(List<WorkRejectedException.FieldIssue> issues) {
        if (!issues.isEmpty()) {
            throw new WorkRejectedException(WorkRejectedException.Reason.INVALID_INPUT, texts.of(
                    TextKey.ACTION_PLAN_ACTION_NOT_SAVED, issues.get(0).message()), issues);
        }
    }

    private WorkRejectedException unknownAction(long actionId) {
        LocalizedText unknown = texts.of(TextKey.ACTION_PLAN_ACTION_NOT_PLAN_ASSIGNMENT, actionId);
        return new WorkRejectedException(WorkRejectedException.Reason.UNKNOWN_PART, unknown,
                List.of(new WorkRejectedException.FieldIssue("itemId", unknown)));
    }
}
