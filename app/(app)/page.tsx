import { redirect } from "next/navigation";
import { requireActor } from "@/app/_server/session";

export default async function Home() {
  await requireActor();
  redirect("/board");
}
