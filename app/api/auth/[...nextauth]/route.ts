import { handlers } from "@/app/_server/auth";
import { authRoutes } from "@/app/_server/auth-route";

export const { GET, POST } = authRoutes(handlers);
