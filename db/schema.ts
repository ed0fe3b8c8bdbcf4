// The single source of the data model (PRODUCT.md). Times are UTC epoch milliseconds;
// money is integer minor units (cents) with an ISO currency code beside it.
import { sql } from "drizzle-orm";
import {
  check,
  index,
  integer,
  primaryKey,
  sqliteTable,
  text,
  uniqueIndex,
  type AnySQLiteColumn,
} from "drizzle-orm/sqlite-core";
import { RECORD_EVENTS } from "../lib/audit/record-events";
import { DELIVERY_CHANNELS, DELIVERY_STATUSES } from "../lib/outbox/vocabulary";
import { ROLES } from "../lib/auth/roles";
import {
  CHANNELS,
  COMPENSATION_KINDS,
  COMPENSATION_STATUSES,
  DIRECTIONS,
  FAULT_VALUES,
  FOLLOW_UP_STATUSES,
  REACTIONS,
  SEVERITIES,
  SEVERITY_VALUES,
  SOURCES,
  STAGES,
  TASK_STATUSES,
} from "../lib/setbacks/vocabulary";

const id = () => integer("id").primaryKey({ autoIncrement: true });
const at = (name: string) => integer(name);
const flag = (name: string) => integer(name, { mode: "boolean" });

export const users = sqliteTable(
  "users",
  {
    id: id(),
    email: text("email").notNull(),
    name: text("name").notNull(),
    role: text("role", { enum: ROLES }).notNull(),
    passwordHash: text("password_hash").notNull(),
    active: flag("active").notNull().default(true),
    createdAt: at("created_at").notNull(),
    deactivatedAt: at("deactivated_at"),
    /**
     * Every session carries the version it was signed in under and stands only while it is
     * current (app/_server/auth.ts): signing out adds one, and so does a change of role,
     * password or active flag (a trigger, whichever code makes it), ending every session at once.
     */
    sessionVersion: integer("session_version").notNull().default(0),
  },
  (t) => [uniqueIndex("users_email_unique").on(t.email)],
);

export const clients = sqliteTable(
  "clients",
  {
    id: id(),
    name: text("name").notNull(),
    /**
     * The name as matching sees it (lib/clients/name-key.ts): one client per key. Written with
     * every name; null only for a client that already shared its key with an older one when the
     * column was added (that one keeps the key; renaming either gives the other one).
     */
    nameKey: text("name_key"),
    /** The key without diacritics: what search on names compares. */
    searchKey: text("search_key"),
    accountOwnerId: integer("account_owner_id").references(() => users.id),
    notes: text("notes").notNull().default(""),
    /** Counts edits: an edit made from an older version is refused (no lost update). */
    version: integer("version").notNull().default(1),
    createdAt: at("created_at").notNull(),
    updatedAt: at("updated_at").notNull(),
  },
  (t) => [index("clients_name_idx").on(sql`${t.name} collate nocase`), uniqueIndex("clients_name_key_unique").on(t.nameKey)],
);

export const contacts = sqliteTable(
  "contacts",
  {
    id: id(),
    clientId: integer("client_id")
      .notNull()
      .references(() => clients.id),
    name: text("name").notNull(),
    email: text("email").notNull().default(""),
    phone: text("phone").notNull().default(""),
    role: text("role").notNull().default(""),
    archivedAt: at("archived_at"),
    /** Counts edits: an edit made from an older version is refused (no lost update). */
    version: integer("version").notNull().default(1),
    createdAt: at("created_at").notNull(),
  },
  (t) => [index("contacts_client_idx").on(t.clientId)],
);

/** Setback categories; an admin may add more, so they are rows, not an enum. */
export const categories = sqliteTable("categories", {
  key: text("key").primaryKey(),
  label: text("label").notNull(),
  description: text("description").notNull().default(""),
  active: flag("active").notNull().default(true),
  position: integer("position").notNull().default(0),
});

export const rootCauseCategories = sqliteTable("root_cause_categories", {
  key: text("key").primaryKey(),
  label: text("label").notNull(),
  active: flag("active").notNull().default(true),
  position: integer("position").notNull().default(0),
});

export const setbacks = sqliteTable(
  "setbacks",
  {
    id: id(),
    /** Shown as SB-0001; assigned max+1 inside the creating transaction. */
    number: integer("number").notNull(),
    clientId: integer("client_id")
      .notNull()
      .references(() => clients.id),
    title: text("title").notNull(),
    /** What the client's status page calls it; null shows the title (app/feedback). */
    clientTitle: text("client_title"),
    description: text("description").notNull().default(""),
    category: text("category")
      .notNull()
      .references(() => categories.key),
    severity: text("severity", { enum: SEVERITY_VALUES }).notNull(),
    fault: text("fault", { enum: FAULT_VALUES }).notNull(),
    source: text("source", { enum: SOURCES }).notNull(),
    occurredAt: at("occurred_at").notNull(),
    /** False when nobody has said when it happened (a client's report without a date): occurredAt then holds when it was reported. */
    occurredAtKnown: flag("occurred_at_known").notNull().default(true),
    discoveredAt: at("discovered_at").notNull(),
    impact: text("impact").notNull().default(""),
    ownerId: integer("owner_id").references(() => users.id),
    estimatedCostCents: integer("estimated_cost_cents"),
    clientRequest: text("client_request").notNull().default(""),
    clientRequestAt: at("client_request_at"),
    sharedWithClient: flag("shared_with_client").notNull().default(false),
    stage: text("stage", { enum: STAGES }).notNull(),
    stageChangedAt: at("stage_changed_at").notNull(),
    closedAsMinor: flag("closed_as_minor").notNull().default(false),
    reopenCount: integer("reopen_count").notNull().default(0),
    /** The "none warranted" compensation decision; a granted one is a compensations row. */
    noCompensationReason: text("no_compensation_reason"),
    reportedById: integer("reported_by_id").references(() => users.id),
    /** The client link a client's own report came through; their status page lists it. */
    reportedViaLinkId: integer("reported_via_link_id").references((): AnySQLiteColumn => feedbackLinks.id),
    /** The row's id in the spreadsheet it was imported from, so a re-import does not duplicate. */
    externalId: text("external_id"),
    // Milestones derived from the records (db/queries/milestones-sql.ts), kept exact by triggers
    // on communications, remedy_tasks and follow_ups (migration 0006) so the board and reports
    // read them instead of recomputing them per setback. Never written by the application.
    notifiedAt: at("notified_at"),
    remediedAt: at("remedied_at"),
    followedUpAt: at("followed_up_at"),
    // The standing promise (the latest outbound communication no correction replaced, and what it
    // promised by when, and who wrote it, unless a follow-up completed since kept it), kept by
    // triggers on communications and follow_ups (migrations "setback_standing_promise" and
    // "promise_kept_by_follow_up"; the rule is lib/setbacks/promise.ts) so "Needs me" finds missed
    // promises without reading every communication. Never written by the application.
    lastOutboundId: integer("last_outbound_id"),
    promiseDueAt: at("promise_due_at"),
    promiseAuthorId: integer("promise_author_id"),
    /** Counts edits of the fields above: an edit made from an older version is refused (no lost update). */
    version: integer("version").notNull().default(1),
    createdAt: at("created_at").notNull(),
    updatedAt: at("updated_at").notNull(),
  },
  (t) => [
    uniqueIndex("setbacks_number_unique").on(t.number),
    uniqueIndex("setbacks_external_id_unique").on(t.externalId),
    index("setbacks_stage_idx").on(t.stage, t.discoveredAt),
    index("setbacks_owner_idx").on(t.ownerId, t.stage),
    index("setbacks_client_category_idx").on(t.clientId, t.category, t.discoveredAt),
    index("setbacks_discovered_idx").on(t.discoveredAt),
    index("setbacks_promise_author_idx").on(t.promiseAuthorId, t.promiseDueAt),
    check("setbacks_dates_ck", sql`${t.discoveredAt} >= ${t.occurredAt}`),
  ],
);

export const communications = sqliteTable(
  "communications",
  {
    id: id(),
    setbackId: integer("setback_id")
      .notNull()
      .references(() => setbacks.id),
    contactId: integer("contact_id").references(() => contacts.id),
    direction: text("direction", { enum: DIRECTIONS }).notNull(),
    channel: text("channel", { enum: CHANNELS }).notNull(),
    occurredAt: at("occurred_at").notNull(),
    authorId: integer("author_id").references(() => users.id),
    summary: text("summary").notNull(),
    body: text("body").notNull().default(""),
    promise: text("promise").notNull().default(""),
    promiseDueAt: at("promise_due_at"),
    /** "YYYY-MM-DD" when the promise was made for a day (due at its end in the organisation's zone): shown as the day, never "23:59". */
    promiseDueDay: text("promise_due_day"),
    apologised: flag("apologised").notNull().default(false),
    explainedCause: flag("explained_cause").notNull().default(false),
    offeredRemedy: flag("offered_remedy").notNull().default(false),
    gaveTimeline: flag("gave_timeline").notNull().default(false),
    askedHowToHelp: flag("asked_how_to_help").notNull().default(false),
    reaction: text("reaction", { enum: REACTIONS })
      .notNull()
      .default("unknown"),
    /** Its summary (and date) appear on the client's status page; set when logged, as every column. */
    shownToClient: flag("shown_to_client").notNull().default(false),
    /** Append-only log: a correction is a new row that points at the one it corrects. */
    correctsId: integer("corrects_id").references((): AnySQLiteColumn => communications.id),
    createdAt: at("created_at").notNull(),
  },
  (t) => [
    index("communications_setback_idx").on(t.setbackId, t.direction, t.occurredAt),
    index("communications_occurred_idx").on(t.occurredAt),
    // "Is this one corrected?" is asked for every communication when deriving notified-at.
    index("communications_corrects_idx").on(t.correctsId),
  ],
);

export const remedyTasks = sqliteTable(
  "remedy_tasks",
  {
    id: id(),
    setbackId: integer("setback_id")
      .notNull()
      .references(() => setbacks.id),
    description: text("description").notNull(),
    ownerId: integer("owner_id").references(() => users.id),
    dueAt: at("due_at"),
    status: text("status", { enum: TASK_STATUSES }).notNull().default("open"),
    doneAt: at("done_at"),
    cancelReason: text("cancel_reason"),
    /** Planned earlier and written down late: its due date may have passed (lib/setbacks/due-dates.ts). */
    recordedAfterTheFact: flag("recorded_after_the_fact").notNull().default(false),
    createdAt: at("created_at").notNull(),
  },
  (t) => [
    index("remedy_tasks_setback_idx").on(t.setbackId, t.status),
    index("remedy_tasks_owner_idx").on(t.ownerId, t.status, t.dueAt),
  ],
);

export const compensations = sqliteTable(
  "compensations",
  {
    id: id(),
    setbackId: integer("setback_id")
      .notNull()
      .references(() => setbacks.id),
    kind: text("kind", { enum: COMPENSATION_KINDS }).notNull(),
    amountCents: integer("amount_cents").notNull().default(0),
    currency: text("currency").notNull(),
    description: text("description").notNull().default(""),
    status: text("status", { enum: COMPENSATION_STATUSES })
      .notNull()
      .default("proposed"),
    proposedById: integer("proposed_by_id").references(() => users.id),
    approvedById: integer("approved_by_id").references(() => users.id),
    approvedAt: at("approved_at"),
    /** Why it was rejected. */
    decisionReason: text("decision_reason"),
    issuedAt: at("issued_at"),
    createdAt: at("created_at").notNull(),
  },
  // By status: "Needs me" lists every proposal waiting for a manager.
  (t) => [index("compensations_setback_idx").on(t.setbackId, t.status), index("compensations_status_idx").on(t.status)],
);

export const followUps = sqliteTable(
  "follow_ups",
  {
    id: id(),
    setbackId: integer("setback_id")
      .notNull()
      .references(() => setbacks.id),
    ownerId: integer("owner_id").references(() => users.id),
    dueAt: at("due_at").notNull(),
    status: text("status", { enum: FOLLOW_UP_STATUSES }).notNull().default("planned"),
    doneAt: at("done_at"),
    channel: text("channel", { enum: CHANNELS }),
    satisfaction: integer("satisfaction"),
    retained: flag("retained"),
    notes: text("notes").notNull().default(""),
    createdAt: at("created_at").notNull(),
  },
  (t) => [
    index("follow_ups_setback_idx").on(t.setbackId, t.status),
    index("follow_ups_owner_idx").on(t.ownerId, t.status, t.dueAt),
    check("follow_ups_satisfaction_ck", sql`${t.satisfaction} is null or ${t.satisfaction} between 1 and 5`),
  ],
);

export const lessons = sqliteTable(
  "lessons",
  {
    id: id(),
    setbackId: integer("setback_id")
      .notNull()
      .references(() => setbacks.id),
    rootCauseCategory: text("root_cause_category").references(() => rootCauseCategories.key),
    rootCause: text("root_cause").notNull().default(""),
    wentWell: text("went_well").notNull().default(""),
    wentWrong: text("went_wrong").notNull().default(""),
    /** Markdown, rendered without raw HTML. */
    narrative: text("narrative").notNull().default(""),
    /** "No action" needs a reason instead of preventive actions. */
    noActionReason: text("no_action_reason"),
    authorId: integer("author_id").references(() => users.id),
    /** Counts edits: an edit made from an older version is refused (no lost update). */
    version: integer("version").notNull().default(1),
    createdAt: at("created_at").notNull(),
    updatedAt: at("updated_at").notNull(),
  },
  (t) => [uniqueIndex("lessons_setback_unique").on(t.setbackId)],
);

export const preventiveActions = sqliteTable(
  "preventive_actions",
  {
    id: id(),
    lessonId: integer("lesson_id")
      .notNull()
      .references(() => lessons.id),
    description: text("description").notNull(),
    ownerId: integer("owner_id").references(() => users.id),
    dueAt: at("due_at"),
    doneAt: at("done_at"),
    checkedAt: at("checked_at"),
    worked: flag("worked"),
    checkNotes: text("check_notes").notNull().default(""),
    /** As a remedy task's: planned earlier, written down late. */
    recordedAfterTheFact: flag("recorded_after_the_fact").notNull().default(false),
    createdAt: at("created_at").notNull(),
  },
  (t) => [
    index("preventive_actions_lesson_idx").on(t.lessonId),
    index("preventive_actions_owner_idx").on(t.ownerId, t.doneAt, t.dueAt),
  ],
);

/**
 * The audit log, a hash chain: `hash` = SHA-256 of `prev_hash` and this row's canonical
 * content (lib/audit/chain.ts). Rows are only ever appended.
 */
export const events = sqliteTable(
  "events",
  {
    id: integer("id").primaryKey(),
    occurredAt: at("occurred_at").notNull(),
    actorId: integer("actor_id").references(() => users.id),
    kind: text("kind").notNull(),
    setbackId: integer("setback_id").references(() => setbacks.id),
    clientId: integer("client_id").references(() => clients.id),
    data: text("data").notNull(),
    prevHash: text("prev_hash").notNull(),
    hash: text("hash").notNull(),
  },
  (t) => [
    index("events_setback_idx").on(t.setbackId, t.id),
    index("events_client_idx").on(t.clientId, t.id),
    index("events_kind_idx").on(t.kind, t.occurredAt),
    index("events_occurred_idx").on(t.occurredAt),
    // The event that created each record, found by the record's id in its data: audit:verify
    // checks every record against it (lib/audit/records.ts names the kinds and keys).
    ...RECORD_EVENTS.map((r) =>
      index(`events_${r.table}_record_idx`)
        .on(sql`(${t.data} ->> ${sql.raw(`'$.${r.idKey}'`)})`)
        .where(sql`${t.kind} = ${sql.raw(`'${r.kind}'`)}`),
    ),
  ],
);

/**
 * Signed checkpoints of the audit chain (docs/decisions/010-audit-anchors.md): the head at an
 * event, signed with the audit key, which is never stored in the database. Only appended.
 */
export const auditCheckpoints = sqliteTable("audit_checkpoints", {
  eventId: integer("event_id").primaryKey(),
  hash: text("hash").notNull(),
  signedAt: at("signed_at").notNull(),
  keyId: text("key_id").notNull(),
  signature: text("signature").notNull(),
  /**
   * The operator's one signature of a chain written before checkpoints existed (npm run
   * audit:anchor -- --sign-unsigned): signed as a legacy first signature, so it cannot be forged,
   * and the only checkpoint that may stand first at an event other than 1.
   */
  legacy: flag("legacy").notNull().default(false),
});

export const serviceLevelTargets = sqliteTable("service_level_targets", {
  severity: text("severity", { enum: SEVERITIES }).primaryKey(),
  notifyHours: integer("notify_hours").notNull(),
  remedyHours: integer("remedy_hours").notNull(),
  followUpHours: integer("follow_up_hours").notNull(),
});

/** Organisation-wide settings, one JSON value per key (lib/settings.ts names them). */
export const settings = sqliteTable("settings", {
  key: text("key").primaryKey(),
  value: text("value").notNull(),
});

export const apiTokens = sqliteTable(
  "api_tokens",
  {
    id: id(),
    userId: integer("user_id")
      .notNull()
      .references(() => users.id),
    name: text("name").notNull(),
    tokenHash: text("token_hash").notNull(),
    prefix: text("prefix").notNull(),
    createdAt: at("created_at").notNull(),
    lastUsedAt: at("last_used_at"),
    revokedAt: at("revoked_at"),
  },
  (t) => [uniqueIndex("api_tokens_hash_unique").on(t.tokenHash), index("api_tokens_user_idx").on(t.userId)],
);

export const feedbackLinks = sqliteTable(
  "feedback_links",
  {
    id: id(),
    clientId: integer("client_id")
      .notNull()
      .references(() => clients.id),
    label: text("label").notNull(),
    tokenHash: text("token_hash").notNull(),
    createdById: integer("created_by_id").references(() => users.id),
    createdAt: at("created_at").notNull(),
    revokedAt: at("revoked_at"),
  },
  (t) => [
    uniqueIndex("feedback_links_hash_unique").on(t.tokenHash),
    index("feedback_links_client_idx").on(t.clientId),
  ],
);

/**
 * Failed sign-ins per account ("account:<email>") and per address ("address:<ip>"), for the
 * throttle (lib/auth/throttle.ts). Operational state, not part of the audit trail.
 */
export const signInFailures = sqliteTable("sign_in_failures", {
  key: text("key").primaryKey(),
  failures: integer("failures").notNull(),
  lastFailureAt: at("last_failure_at").notNull(),
});

/**
 * One-time submission keys (a form's hidden key, the API's Idempotency-Key): the first accepted
 * answer to a key, written in the same transaction as the write, so a repeat answers the same
 * without writing again. Per holder ("user:7", "token:3"); pruned after 24 h.
 */
export const submissionKeys = sqliteTable(
  "submission_keys",
  {
    id: id(),
    holder: text("holder").notNull(),
    key: text("key").notNull(),
    /** A hash of what was sent with the key (the command and its input), to refuse a reuse. */
    fingerprint: text("fingerprint").notNull(),
    actorId: integer("actor_id").references(() => users.id),
    /** The command's value as JSON: the answer a repeat gets. */
    answer: text("answer").notNull(),
    createdAt: at("created_at").notNull(),
  },
  (t) => [uniqueIndex("submission_keys_holder_key_unique").on(t.holder, t.key), index("submission_keys_created_idx").on(t.createdAt)],
);

/**
 * The outbox (docs/decisions/014-outbox-and-scheduler.md): every mail and webhook Amends sends,
 * written in the same transaction as the change that causes it, then delivered by a worker with
 * retries. Operational state, not part of the audit trail (an admin's retry is an event).
 */
export const deliveries = sqliteTable(
  "deliveries",
  {
    id: id(),
    /** What it is about and to whom (kind, subject, deadline or event, recipient): written once. */
    key: text("key").notNull(),
    kind: text("kind").notNull(),
    channel: text("channel", { enum: DELIVERY_CHANNELS }).notNull(),
    /** The person it is for, when it is a person's notice (their settings may turn kinds off). */
    userId: integer("user_id").references(() => users.id),
    /** Where it goes: a mail address, or a webhook endpoint's URL. */
    target: text("target").notNull(),
    setbackId: integer("setback_id").references(() => setbacks.id),
    /** What is sent, as JSON: a mail's subject, text, HTML and headers; a webhook's body. */
    payload: text("payload").notNull(),
    status: text("status", { enum: DELIVERY_STATUSES }).notNull().default("pending"),
    attempts: integer("attempts").notNull().default(0),
    nextAttemptAt: at("next_attempt_at").notNull(),
    /** The worker delivering it and until when; after that another worker may take it. */
    claimedBy: text("claimed_by"),
    claimedUntil: at("claimed_until"),
    lastError: text("last_error"),
    /** What the receiving server answered: a mail's Message-ID, a webhook's HTTP status. */
    outcome: text("outcome"),
    createdAt: at("created_at").notNull(),
    sentAt: at("sent_at"),
  },
  (t) => [
    uniqueIndex("deliveries_key_unique").on(t.key),
    index("deliveries_due_idx").on(t.status, t.nextAttemptAt),
    index("deliveries_created_idx").on(t.createdAt),
  ],
);

/**
 * In-app notices: what the bell counts and "Needs me" lists, one per person and notice, written
 * with its mail in the same transaction.
 */
export const notices = sqliteTable(
  "notices",
  {
    id: id(),
    /** The notice's key (kind, subject, deadline or event), shared by its mails. */
    key: text("key").notNull(),
    userId: integer("user_id")
      .notNull()
      .references(() => users.id),
    kind: text("kind").notNull(),
    title: text("title").notNull(),
    /** The page it is about, a path inside the app ("/setbacks/SB-0012#clocks"). */
    href: text("href").notNull(),
    setbackId: integer("setback_id").references(() => setbacks.id),
    createdAt: at("created_at").notNull(),
    readAt: at("read_at"),
  },
  (t) => [uniqueIndex("notices_user_key_unique").on(t.userId, t.key), index("notices_user_unread_idx").on(t.userId, t.readAt, t.createdAt)],
);

/**
 * The scheduler's jobs (lib/outbox/scheduler.ts): which worker holds a job's lease and until when,
 * and how far the sweep has looked (the next sweep looks at what became due after it).
 */
export const schedulerJobs = sqliteTable("scheduler_jobs", {
  name: text("name").primaryKey(),
  holder: text("holder"),
  leaseUntil: at("lease_until"),
  sweptTo: at("swept_to"),
});

/**
 * What each person chose to be told of, per notice kind (lib/notices/kinds.ts): no row means
 * everything; an escalation is sent whatever is written here.
 */
export const notificationPreferences = sqliteTable(
  "notification_preferences",
  {
    userId: integer("user_id")
      .notNull()
      .references(() => users.id),
    kind: text("kind").notNull(),
    mail: flag("mail").notNull(),
    inApp: flag("in_app").notNull(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.kind] })],
);

export type User = typeof users.$inferSelect;
export type Client = typeof clients.$inferSelect;
export type Contact = typeof contacts.$inferSelect;
export type Setback = typeof setbacks.$inferSelect;
export type Communication = typeof communications.$inferSelect;
export type EventRow = typeof events.$inferSelect;
export type CheckpointRow = typeof auditCheckpoints.$inferSelect;
