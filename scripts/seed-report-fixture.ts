// Adds the hand-computed report fixture (db/fixtures/reports.ts) to a database: for the end-to-end tests.
import { databasePath, getDb } from "../db/client";
import { seedReportFixture, FIXTURE_CLIENT } from "../db/fixtures/reports";
import { localAuditKey } from "../lib/audit/key-source";

localAuditKey(databasePath());
seedReportFixture(getDb());
console.log(`Added the report fixture (client ${FIXTURE_CLIENT}).`);
