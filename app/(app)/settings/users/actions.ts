"use server";
import { runFormAction } from "@/app/_server/form-action";
import { formAction } from "@/app/_server/server-action";
import { changeRole, createUser, deactivateUser, reactivateUser } from "@/lib/commands/users";

const PATH = "/settings/users";

export const createUserAction = formAction((formData) =>
  runFormAction(createUser, formData, { revalidate: [PATH], message: "User created. Give them their password in person." }),
);

export const changeRoleAction = formAction((formData) =>
  runFormAction(changeRole, formData, { revalidate: [PATH], message: "Role changed." }),
);

export const deactivateUserAction = formAction((formData) =>
  runFormAction(deactivateUser, formData, { revalidate: [PATH], message: "User deactivated." }),
);

export const reactivateUserAction = formAction((formData) =>
  runFormAction(reactivateUser, formData, { revalidate: [PATH], message: "User reactivated." }),
);
