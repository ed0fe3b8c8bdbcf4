// The benchmark's floor for signed-in pages: the same list inside the app's layout and its
// session check.
import { FloorContent } from "@/app/_components/floor-content";

export default function SignedInFloorPage() {
  return <FloorContent />;
}
