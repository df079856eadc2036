import { redirect } from "next/navigation";

/** /aid opens the charts; the review queue and the rates have their own pages beside it. */
export default function AidPage() {
  redirect("/aid/charts");
}
