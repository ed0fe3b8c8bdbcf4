import type { FormState } from "@/app/_components/form-state";

/** What creating a client link answers: the link itself, this once (only its hash is kept). */
export type NewLinkState = FormState & { link?: string };
