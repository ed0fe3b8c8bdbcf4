// Who may do what: one table, asked by the UI (to show a control) and by every action and
// route (to allow the write). Entries are action:entity:scope after the Epic Stack's RBAC record.

export const ROLES = ["member", "manager", "admin"] as const;
export type Role = (typeof ROLES)[number];

const MEMBER = [
  "read:setback:any",
  "create:setback:any",
  "update:setback:any",
  "move:setback:any",
  "read:client:any",
  "create:client:any",
  "update:client:any",
  "create:communication:any",
  "create:remedy:any",
  "update:remedy:any",
  "propose:compensation:any",
  "create:follow-up:any",
  "update:follow-up:any",
  "create:lesson:any",
  "update:lesson:any",
  "manage:api-token:own",
  "manage:notifications:own",
] as const;

const MANAGER = [
  ...MEMBER,
  "approve:compensation:any",
  "close-minor:setback:any",
  "read:report:any",
  "run:retrospective:any",
  "read:audit:any",
  "verify:audit:any",
  "read:follow-up:any",
  "manage:feedback-link:any",
  // The inbox's team part: untriaged client reports and breaches of setbacks nobody owns.
  "read:team-inbox:any",
] as const;

const ADMIN = [
  ...MANAGER,
  "manage:user:any",
  "manage:category:any",
  "manage:settings:any",
  "manage:backup:any",
] as const;

export type Permission = (typeof ADMIN)[number];

export const PERMISSIONS: Readonly<Record<Role, ReadonlySet<Permission>>> = {
  member: new Set<Permission>(MEMBER),
  manager: new Set<Permission>(MANAGER),
  admin: new Set<Permission>(ADMIN),
};

export function can(role: Role | null | undefined, permission: Permission): boolean {
  return role != null && PERMISSIONS[role].has(permission);
}

export function isRole(value: unknown): value is Role {
  return typeof value === "string" && (ROLES as readonly string[]).includes(value);
}
