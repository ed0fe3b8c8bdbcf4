import { describe, expect, it } from "vitest";
import { can, PERMISSIONS, ROLES } from "./roles";

describe("the permissions table", () => {
  it("lets every role report and work setbacks", () => {
    for (const role of ROLES) {
      expect(can(role, "create:setback:any")).toBe(true);
      expect(can(role, "create:communication:any")).toBe(true);
    }
  });

  it("keeps approvals, closing as minor and reports for managers and admins", () => {
    for (const permission of ["approve:compensation:any", "close-minor:setback:any", "read:report:any", "read:team-inbox:any"] as const) {
      expect([can("member", permission), can("manager", permission), can("admin", permission)]).toEqual([false, true, true]);
    }
  });

  it("keeps users, settings and backups for admins", () => {
    for (const permission of ["manage:user:any", "manage:settings:any", "manage:backup:any"] as const) {
      expect([can("member", permission), can("manager", permission), can("admin", permission)]).toEqual([false, false, true]);
    }
  });

  it("gives each role everything the role below it has", () => {
    for (const p of PERMISSIONS.member) expect(PERMISSIONS.manager.has(p)).toBe(true);
    for (const p of PERMISSIONS.manager) expect(PERMISSIONS.admin.has(p)).toBe(true);
  });

  it("refuses a missing role", () => {
    expect(can(null, "read:setback:any")).toBe(false);
  });
});
